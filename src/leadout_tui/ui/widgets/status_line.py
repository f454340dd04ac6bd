"""The status line: refresh progress, then the last refresh time or the last error."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.widgets import Static

from leadout_tui.core.text import clean_text

__all__ = ["Status", "StatusLine"]


@dataclass(frozen=True)
class Status:
    """What the status line says: ``error`` and ``busy`` colour it."""

    text: str
    error: bool = False
    busy: bool = False


class StatusLine(Static):
    """One line of status text; ``-error`` and ``-busy`` classes colour it (see app.tcss)."""

    def show(self, status: Status) -> None:
        self.set_class(status.error, "-error")
        self.set_class(status.busy, "-busy")
        self.text = clean_text(status.text)
        self.update(Content(self.text))

    text: str = ""
    """The text shown (for tests and the help screen)."""
