"""The rider/team filter picker: type to narrow (fuzzy, accent-blind), Enter applies."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from leadout_tui.core.text import clean_text
from leadout_tui.ui.entities import Candidate, EntityDirectory
from leadout_tui.ui.messages import EntityChosen

__all__ = ["EntityPicker"]


class EntityPicker(ModalScreen[EntityChosen | None]):
    """Pick a rider (``kind="rider"``) or team; dismisses with the choice or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]

    def __init__(self, kind: str, directory: EntityDirectory) -> None:
        super().__init__()
        self.kind = kind
        self.directory = directory
        self._candidates: list[Candidate] = []

    def compose(self) -> ComposeResult:
        noun = "rider" if self.kind == "rider" else "team"
        with Vertical(id="picker"):
            yield Label(Content(f"Filter by {noun}"), id="picker-title")
            yield Input(placeholder=f"Type a {noun} name…", id="picker-input")
            yield OptionList(id="picker-options")
            yield Label(Content("Enter applies · Esc cancels"), id="picker-help")

    def on_mount(self) -> None:
        self.query_one(Input).cursor_blink = getattr(self.app, "cursor_blink", True)
        self._fill("")

    @on(Input.Changed, "#picker-input")
    def _narrow(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, query: str) -> None:
        self._candidates = self.directory.candidates(query, self.kind)
        options = self.query_one("#picker-options", OptionList)
        options.set_options(self._option(c) for c in self._candidates)
        if not self._candidates:
            options.add_option(Option(Content("No match."), disabled=True))
        options.highlighted = 0 if self._candidates else None

    @staticmethod
    def _option(candidate: Candidate) -> Option:
        line = Content(clean_text(candidate.name)).stylize("bold")
        if candidate.detail:
            line += Content("  " + clean_text(candidate.detail)).stylize("$text-muted")
        count = f"  {candidate.articles} article{'s' if candidate.articles != 1 else ''}"
        line += Content(count if candidate.articles else "  not in cache").stylize("$text-muted")
        return Option(line, id=candidate.entity_id)

    def action_move(self, step: int) -> None:
        options = self.query_one("#picker-options", OptionList)
        options.action_cursor_down() if step > 0 else options.action_cursor_up()

    @on(Input.Submitted, "#picker-input")
    def _apply_highlighted(self) -> None:
        index = self.query_one("#picker-options", OptionList).highlighted
        if index is not None and index < len(self._candidates):
            self._choose(self._candidates[index])

    @on(OptionList.OptionSelected, "#picker-options")
    def _apply_clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_index < len(self._candidates):
            self._choose(self._candidates[event.option_index])

    def _choose(self, candidate: Candidate) -> None:
        self.dismiss(EntityChosen(candidate.entity_id, candidate.kind, candidate.name))

    def action_cancel(self) -> None:
        self.dismiss(None)
