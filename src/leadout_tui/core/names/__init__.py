"""Riders and teams: the gazetteer's data and files, name look-up, and the mention matcher.

Import the modules themselves (``leadout_tui.core.names.matcher``); this package imports
nothing.
"""

__all__ = ["entities", "files", "folding", "lookup", "matcher", "trie", "words"]
