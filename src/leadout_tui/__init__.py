"""leadout-tui: a terminal news reader for road-cycling fans."""

__version__ = "0.1.0"
