"""Spoiler-free reading: which headlines and leads give a race's result away, and what to show.

``detect.py`` finds results (who won, podiums, jerseys, time gaps, result lists, who abandoned)
in English, Dutch, French, Italian, Spanish and German, from the word lists in ``cues.py``;
``hiding.py`` says what a hidden headline shows instead and whether an article is still inside
the spoiler window. Import the modules themselves (``leadout_tui.core.spoilers.detect``); this
package imports nothing.
"""

__all__ = ["cues", "detect", "hiding"]
