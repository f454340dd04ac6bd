"""Races as headlines name them: stage numbers and the best-known race names, in six languages.

Shared by the story grouping (two stages of one race are two stories) and the spoiler-free mode
(a hidden headline still says which race and stage it is about). The race names here are a
stand-in until the gazetteer has a ``race`` kind of entity. Import the modules themselves
(``leadout_tui.core.races.stages``); this package imports nothing.
"""

__all__ = ["known", "stages"]
