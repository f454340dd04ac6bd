"""The mentions pane: riders, teams, then races in the current article; Enter filters by one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from leadout_tui.core.store.rows import EntityCount
from leadout_tui.core.text import clean_text
from leadout_tui.ui.messages import EntityChosen, FollowToggled

__all__ = ["EntityDescriber", "MentionsPanel"]

#: Gives the extra line for an entity (nationality and team), or "" when unknown.
EntityDescriber = Callable[[str], str]


class MentionsPanel(OptionList):
    """Riders, then teams, then races, each with its count; choosing one posts
    :class:`EntityChosen`."""

    #: Every article names its own riders: as Textual's, a new list length would lay the whole
    #: screen out again and repaint every pane. OptionList updates its scrollbar itself.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="mentions_cursor_down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="mentions_cursor_up"),
        Binding("home,g", "first", "First", show=False, id="mentions_first"),
        Binding("end,G", "last", "Last", show=False, id="mentions_last"),
        Binding(
            "w",
            "follow",
            "Follow",
            tooltip="Follow (or stop following) this one",
            id="mentions_follow",
        ),
        Binding(
            "enter",
            "select",
            "Filter by this",
            tooltip="Show only articles naming it",
            id="mentions_select",
        ),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._entities: dict[str, EntityCount] = {}
        self._shown: tuple[Sequence[EntityCount], EntityDescriber] = ((), lambda _id: "")
        self._counts = True

    def show(
        self,
        mentions: Sequence[EntityCount],
        describe: EntityDescriber,
        followed: set[str] | None = None,
        *,
        counts: bool = True,
    ) -> None:
        """List ``mentions`` (riders first, as the store returns them); ★ marks the followed.

        Without ``counts`` (a hidden result), each kind is listed by name without how often
        it is named: who dominates an article's mentions often won.
        """
        if not counts:
            mentions = sorted(mentions, key=lambda m: (m.kind == "team", m.name))
        self._shown = (mentions, describe)
        self._counts = counts
        self._entities = {m.entity_id: m for m in mentions}
        followed = followed or set()
        previous = self.highlighted_option.id if self.highlighted_option else None
        options: list[Option | None] = []
        for kind, heading in (("rider", "Riders"), ("team", "Teams"), ("race", "Races")):
            group = [m for m in mentions if m.kind == kind]
            if not group:
                continue
            if options:
                options.append(None)
            options.append(Option(Content(f"{heading} ({len(group)})"), disabled=True))
            options.extend(
                self._option(m, describe, m.entity_id in followed, counts=counts) for m in group
            )
        if not options:
            options.append(Option(Content("No riders, teams or races mentioned."), disabled=True))
        self.set_options(options)
        ids = [option.id for option in self.options]
        if previous is not None and previous in ids:  # (the same article, redrawn)
            self.highlighted = ids.index(previous)
        else:
            self.highlighted = next(
                (i for i, opt in enumerate(self.options) if not opt.disabled), None
            )

    def mark_followed(self, followed: set[str]) -> None:
        """Draw the same mentions again with these ★ marks (the cursor stays)."""
        self.show(*self._shown, followed, counts=self._counts)

    @staticmethod
    def _option(
        mention: EntityCount, describe: EntityDescriber, followed: bool, *, counts: bool = True
    ) -> Option:
        name = Content(clean_text(mention.name)).stylize("bold")
        if followed:
            name = Content("★ ").stylize("$text-warning") + name
        count = Content(f"  ×{mention.count}" if counts else "").stylize("$text-muted")
        line = Content.assemble(name, count)
        extra = describe(mention.entity_id)
        if extra:
            line = line + Content("\n  " + clean_text(extra)).stylize("$text-muted")
        return Option(line, id=mention.entity_id)

    def action_follow(self) -> None:
        mention = (
            self._entities.get(self.highlighted_option.id or "")
            if self.highlighted_option
            else None
        )
        if mention is not None:
            self.post_message(FollowToggled(mention.entity_id, mention.kind, mention.name))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        mention = self._entities.get(event.option.id or "")
        if mention is not None:
            self.post_message(EntityChosen(mention.entity_id, mention.kind, mention.name))
