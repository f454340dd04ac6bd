"""The Textual user interface: ``launch.run`` starts it, ``app.make_app`` builds the app."""
