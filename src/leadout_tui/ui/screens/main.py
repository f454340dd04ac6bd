"""The main screen: every key of the reader, and what it does to the articles listed.

Catching up: ``A`` marks every headline in the view read (asking first when there are more than
:data:`ASK_ABOVE`), ``ctrl+z`` gives them back their unread marks for :data:`UNDO_SECONDS`.
Each binding has an id, the action's name, which is what ``[keys]`` in the config remaps.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import ClassVar

from textual.binding import Binding, BindingType

from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.net.urls import is_web_url
from leadout_tui.ui.messages import RefreshRequested
from leadout_tui.ui.screens.confirm import Confirm
from leadout_tui.ui.screens.filtering import FilteringScreen
from leadout_tui.ui.screens.help import HelpScreen, key_lines
from leadout_tui.ui.widgets import HeadlineList

__all__ = ["ASK_ABOVE", "UNDO_SECONDS", "MainScreen"]

#: Marking more headlines read than this at once asks first.
ASK_ABOVE = 20
#: How long the last batch marked read can be undone.
UNDO_SECONDS = 60


def _key(key: str, action: str, description: str, tooltip: str, *, show: bool = True,
         name: str | None = None) -> Binding:  # fmt: skip
    """A binding whose id (what ``[keys]`` remaps) is its action's name."""
    return Binding(key, action, description, show=show, tooltip=tooltip,
                   id=name or action.split("(")[0].removeprefix("app."))  # fmt: skip


@dataclass(frozen=True)
class _Batch:
    """The last headlines marked read together, for ``ctrl+z``."""

    ids: tuple[int, ...]
    at: float


class MainScreen(FilteringScreen):
    """The reader. Filters combine; marks and stars are saved at once."""

    #: In the footer's order. Help comes first: a narrow terminal cuts the footer's end, and
    #: the help lists every key. Tab is left out of it (the panes are in sight).
    BINDINGS: ClassVar[list[BindingType]] = [
        _key("question_mark", "help", "Help", "This list of keys"),
        _key(
            "tab",
            "next_pane",
            "Next pane",
            "Cycle feeds, headlines, article, mentions",
            show=False,
        ),
        _key("shift+tab", "previous_pane", "Previous pane", "The pane before", show=False),
        _key("f", "pick('rider')", "Rider", "Filter the headlines by a rider", name="pick_rider"),
        _key("t", "pick('team')", "Team", "Filter the headlines by a team", name="pick_team"),
        _key(
            "c",
            "pick('race')",
            "Race",
            "Filter the headlines by a race",
            name="pick_race",
            show=False,
        ),
        _key("slash", "search", "Search", "Full-text search of titles and text"),
        _key("W", "following", "Following", "Riders, teams, races you follow (w follows)"),
        _key("T", "trends", "Trends", "Who is in the news: 24 h / 7 days / 30 days"),
        _key("F", "toggle_feeds", "Feeds", "Feeds pane: Enter shows one feed or folder"),
        _key("U", "unread_only", "Unread", "Show unread only (again: everything)"),
        _key("d", "cycle_age", "Age", "Cycle all / last 24 h / last 7 days", show=False),
        _key("S", "starred_only", "Starred", "Show starred only", show=False),
        _key("escape", "clear_filter", "Clear filter", "Clear filters and search", show=False),
        _key("A", "mark_all_read", "All read", "Mark every headline listed read"),
        _key(
            "ctrl+z", "undo_mark_all", "Undo", "Undo the last 'all read' (for a minute)", show=False
        ),
        _key("u", "toggle_read", "Read/unread", "Toggle read (a story: all of it)", show=False),
        _key("s", "toggle_star", "Star", "Star or unstar", show=False),
        _key(
            "X",
            "toggle_spoilers",
            "Spoilers",
            "Spoiler-free: hide race results (again: show)",
            show=False,
        ),
        _key("v", "reveal", "Reveal", "Show this story's hidden result (again: hide)", show=False),
        _key("r", "refresh", "Refresh", "Fetch the feeds now"),
        _key("o", "open_browser", "Browser", "Open in the browser", show=False),
        _key("y", "copy_link", "Copy link", "Copy the article's link", show=False),
        _key("q", "app.quit", "Quit", "Quit leadout-tui"),
    ]

    _batch: _Batch | None = None

    # -- read / star ---------------------------------------------------------------------------

    def action_toggle_read(self) -> None:
        headlines = self.query_one(HeadlineList)
        line = headlines.current_line
        if line is None:
            return
        if not line.is_story:
            self.set_read(not line.row.read)
            return
        read = not line.read  # a story: all its articles, listed or not
        try:
            self.store.set_stories_read([line.story], read)
        except LeadoutError as exc:
            self.show_error(f"Not marked {'read' if read else 'unread'}: {exc}")
            return
        headlines.replace_rows([replace(row, read=read) for row in line.members])

    def action_toggle_star(self) -> None:
        headlines = self.query_one(HeadlineList)
        row = headlines.current
        if row is None:
            return
        try:
            self.store.set_starred(row.id, not row.starred)
        except LeadoutError as exc:
            self.show_error(f"Star not changed: {exc}")
            return
        headlines.replace_row(replace(row, starred=not row.starred))
        self.notify("Starred." if not row.starred else "Star removed.", timeout=2)

    # -- catching up ---------------------------------------------------------------------------

    def action_mark_all_read(self) -> None:
        try:
            unread = self.store.count_articles(replace(self.current_query(), unread=True))
        except LeadoutError as exc:
            self.show_error(f"Cannot count the headlines: {exc}")
            return
        if unread == 0:
            self.notify("Nothing unread here.", timeout=2)
            return
        if unread > ASK_ABOVE:
            question = f"Mark all {unread:,} unread headlines listed here read?"
            self.app.push_screen(Confirm(question), self._mark_all_answered)
        else:
            self._mark_all()

    def _mark_all_answered(self, yes: bool | None) -> None:
        if yes:
            self._mark_all()

    def _mark_all(self) -> None:
        headlines = self.query_one(HeadlineList)
        stories = {line.story for line in headlines.lines if line.is_story}
        try:
            ids = self.store.mark_read(self.current_query())
            # A story's articles the filters leave out are marked with the ones listed.
            ids = sorted({*ids, *self.store.set_stories_read(stories)})
        except LeadoutError as exc:
            self.show_error(f"Not marked read: {exc}")
            return
        self._batch = _Batch(tuple(ids), time.monotonic())
        self.reload()
        if self.show_feeds:
            self.fill_feeds()
        self.notify(f"Marked {len(ids):,} read. ctrl+z undoes it for a minute.", timeout=4)

    def action_undo_mark_all(self) -> None:
        batch = self._batch
        if batch is None or time.monotonic() - batch.at > UNDO_SECONDS:
            self.notify("Nothing to undo.", timeout=2)
            return
        try:
            self.store.set_read_many(batch.ids, False)
        except LeadoutError as exc:
            self.show_error(f"Not undone: {exc}")
            return
        self._batch = None
        self.reload()
        if self.show_feeds:
            self.fill_feeds()
        self.notify(f"{len(batch.ids):,} unread again.", timeout=3)

    # -- stories and spoilers ------------------------------------------------------------------

    def action_toggle_stories(self) -> None:
        """One line per story, or every article on its own (the palette's "Group stories")."""
        headlines = self.query_one(HeadlineList)
        headlines.set_grouping(not headlines.group_stories)
        self.count_story_riders()
        grouped = headlines.group_stories
        self.notify("Stories grouped." if grouped else "Every article listed.", timeout=2)

    def action_toggle_spoilers(self) -> None:
        self.spoilers.enabled = not self.spoilers.enabled
        self.query_one(HeadlineList).refresh()
        self.redraw_article()
        on = self.spoilers.enabled
        self.notify("Spoiler-free: results hidden." if on else "Results shown.", timeout=2)

    def action_reveal(self) -> None:
        line = self.query_one(HeadlineList).current_line
        if line is None or not self.spoilers.enabled:
            return
        revealed = self.spoilers.revealed
        if line.story in revealed:
            revealed.discard(line.story)
        else:
            revealed.add(line.story)
        self.query_one(HeadlineList).refresh()
        self.redraw_article()

    # -- the rest ------------------------------------------------------------------------------

    def action_refresh(self) -> None:
        self.post_message(RefreshRequested())

    def action_open_browser(self) -> None:
        row = self.query_one(HeadlineList).current
        if row is None:
            return
        if not is_web_url(row.url):
            self.notify("This article has no web link to open.", severity="warning")
            return
        self.app.open_url(row.url or "")

    def action_copy_link(self) -> None:
        row = self.query_one(HeadlineList).current
        if row is None or not is_web_url(row.url):
            self.notify("This article has no web link to copy.", severity="warning")
            return
        self.app.copy_to_clipboard(row.url or "")
        self.notify("Link copied.", timeout=2)

    def help_lines(self) -> list[tuple[str, str]]:
        """Every key (as the user's keymap has it) with its description, for the help screen."""
        movement = {"cursor_down", "cursor_up", "first", "last", "page_down", "page_up",
                    "scroll_down", "scroll_up", "scroll_home", "scroll_end", "select"}  # fmt: skip
        bindings = [
            b
            for b in (*HeadlineList.BINDINGS, *self.BINDINGS)
            if isinstance(b, Binding) and b.action not in movement
        ]
        return [
            ("j k ↓ ↑", "Move (in the article: scroll)"),
            ("g G", "First / last"),
            ("PgDn PgUp", "Page down / up"),
            *key_lines(bindings, self.keys),
            ("w", "Follow / unfollow the name (mentions pane, pickers)"),
            ("Ctrl+P", "Command palette (also: Group stories)"),
        ]

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.help_lines()))
