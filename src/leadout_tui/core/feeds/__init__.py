"""Feeds: bytes -> entries (a fast path for plain RSS/Atom, feedparser for the rest), OPML, and
managing subscriptions.

Import the modules themselves (``leadout_tui.core.feeds.parse``); this package imports nothing.
"""

__all__ = ["fastpath", "opml", "parse", "subscriptions"]
