"""Allow ``python -m leadout_tui``."""

from leadout_tui.cli import entry

entry()
