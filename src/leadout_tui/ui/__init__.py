"""The Textual user interface. ``run_app`` and ``make_app`` live in :mod:`leadout_tui.ui.app`."""
