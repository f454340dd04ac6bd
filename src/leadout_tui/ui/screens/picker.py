"""The rider/team/race filter picker: type to narrow (fuzzy, accent-blind), Enter applies."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from collections.abc import Callable

from leadout_tui.core.text import clean_text
from leadout_tui.ui.entities import Candidate, EntityDirectory
from leadout_tui.ui.messages import EntityChosen

__all__ = ["EntityPicker"]


class EntityPicker(ModalScreen[EntityChosen | None]):
    """Pick a rider (``kind="rider"``), team or race; dismisses with the choice or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
        # w follows from the list; in the name box w is a letter, so ctrl+w there (a priority
        # binding: the box would take ctrl+w to delete a word).
        Binding("ctrl+w", "toggle_follow", "Follow", show=False, priority=True),
    ]

    def __init__(
        self,
        kind: str,
        directory: EntityDirectory,
        on_follow: Callable[[Candidate], bool | None] | None = None,
    ) -> None:
        super().__init__()
        self.kind = kind
        self.directory = directory
        #: Follows or unfollows a candidate: whether it is followed now (None: unchanged).
        self.on_follow = on_follow
        self._candidates: list[Candidate] = []

    def compose(self) -> ComposeResult:
        noun = self.kind
        with Vertical(id="picker"):
            yield Label(Content(f"Filter by {noun}"), id="picker-title")
            yield Input(placeholder=f"Type a {noun} name…", id="picker-input")
            yield _Candidates(id="picker-options")
            yield Label(
                Content("Enter applies · ctrl+w (w in the list) follows · Esc cancels"),
                id="picker-help",
            )

    def on_mount(self) -> None:
        self.query_one(Input).cursor_blink = getattr(self.app, "cursor_blink", True)
        self._fill("")

    @on(Input.Changed, "#picker-input")
    def _narrow(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, query: str, highlight: int = 0) -> None:
        self._candidates = self.directory.candidates(query, self.kind)
        options = self.query_one("#picker-options", OptionList)
        options.set_options(self._option(c) for c in self._candidates)
        if not self._candidates:
            options.add_option(Option(Content("No match."), disabled=True))
        options.highlighted = (
            min(highlight, len(self._candidates) - 1) if self._candidates else None
        )

    def action_toggle_follow(self) -> None:
        index = self.query_one("#picker-options", OptionList).highlighted
        if self.on_follow is None or index is None or index >= len(self._candidates):
            return
        candidate = self._candidates[index]
        followed = self.on_follow(candidate)
        if followed is None:
            return
        if followed:
            self.directory.followed.add(candidate.entity_id)
        else:
            self.directory.followed.discard(candidate.entity_id)
        self._fill(self.query_one(Input).value, highlight=index)

    @staticmethod
    def _option(candidate: Candidate) -> Option:
        line = Content(clean_text(candidate.name)).stylize("bold")
        if candidate.followed:
            line = Content("★ ").stylize("$text-warning") + line
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


class _Candidates(OptionList):
    """The picker's list: ``w`` follows the highlighted name when the list has the focus."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "screen.toggle_follow", "Follow", show=False),
    ]
