"""The Following view (``W``): each rider, team and race followed, with its unread articles and
the age of its newest headline; Enter shows its articles, ``w`` stops following it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from leadout_tui.core.store.rows import FollowInfo
from leadout_tui.core.text import clean_text
from leadout_tui.ui.messages import EntityChosen
from leadout_tui.ui.render import format_age

__all__ = ["FollowingScreen"]


class FollowingScreen(ModalScreen[EntityChosen | None]):
    """Dismisses with the chosen name (to filter by) or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,W", "cancel", "Close"),
        Binding("w", "unfollow", "Unfollow", show=False),
    ]

    def __init__(
        self,
        follows: Sequence[FollowInfo],
        now: Callable[[], datetime],
        on_unfollow: Callable[[FollowInfo], None] | None = None,
    ) -> None:
        super().__init__()
        self.follows = list(follows)
        self.now = now
        self.on_unfollow = on_unfollow

    def compose(self) -> ComposeResult:
        with Vertical(id="following"):
            yield Label(Content("Following"), id="following-title")
            yield OptionList(id="following-list")
            yield Label(
                Content("Enter shows their articles · w unfollows · Esc closes"),
                id="following-help",
            )

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        options = self.query_one(OptionList)
        options.set_options(self._option(f) for f in self.follows)
        if not self.follows:
            hint = Content("Nobody yet: press w on a name (mentions pane, f, t).")
            options.add_option(Option(hint, disabled=True))
        options.highlighted = 0 if self.follows else None
        options.focus()

    def _option(self, follow: FollowInfo) -> Option:
        line = Content.assemble(
            Content("★ ").stylize("$text-warning"),
            Content(clean_text(follow.name)).stylize("bold"),
            Content(f"  {follow.kind}").stylize("$text-muted"),
        )
        unread = f"{follow.unread:,} unread" if follow.unread else "nothing unread"
        newest = format_age(follow.newest, self.now()) if follow.newest else ""
        detail = f"\n  {unread}" + (f" · newest {newest} ago" if newest else " · not in the cache")
        return Option(line + Content(detail).stylize("$text-muted"), id=follow.entity_id)

    @on(OptionList.OptionSelected, "#following-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        follow = next(f for f in self.follows if f.entity_id == event.option.id)
        self.dismiss(EntityChosen(follow.entity_id, follow.kind, follow.name))

    def action_unfollow(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is None or index >= len(self.follows) or self.on_unfollow is None:
            return
        self.on_unfollow(self.follows.pop(index))
        self._fill()

    def action_cancel(self) -> None:
        self.dismiss(None)
