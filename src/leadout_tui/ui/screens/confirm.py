"""A yes/no question before something that touches many articles at once."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label

__all__ = ["Confirm"]


class Confirm(ModalScreen[bool]):
    """Dismisses with True on ``y`` or Enter, False on ``n`` or Esc."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Label(Content(self.question), id="confirm-question")
            yield Label(Content("y / Enter: yes    n / Esc: no"), id="confirm-help")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
