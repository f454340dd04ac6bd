"""The status line: refresh progress, then the last refresh time or the last error."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from leadout_tui.core.text import clean_text

__all__ = ["StatusLine"]


class StatusLine(Static):
    """One line of status text; ``-error`` and ``-busy`` classes colour it (see app.tcss)."""

    def show(self, text: str, *, error: bool = False, busy: bool = False) -> None:
        self.set_class(error, "-error")
        self.set_class(busy, "-busy")
        self.text = clean_text(text)
        self.update(Content(self.text))

    text: str = ""
    """The text shown (for tests and the help screen)."""
