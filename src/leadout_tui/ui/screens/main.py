"""The main screen: headlines | article | mentions, the filters, and the keys that drive them."""

from __future__ import annotations

import webbrowser
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.net.urls import is_web_url
from leadout_tui.core.store.db import Store
from leadout_tui.core.store.rows import ArticleQuery, ArticleRow
from leadout_tui.ui.entities import EntityDirectory
from leadout_tui.ui.messages import (
    EntityChosen,
    HeadlineHighlighted,
    HeadlineOpened,
    RefreshRequested,
    ScreenReady,
)
from leadout_tui.ui.screens.help import HelpScreen, key_lines
from leadout_tui.ui.screens.picker import EntityPicker
from leadout_tui.ui.screens.search import SearchPrompt
from leadout_tui.ui.widgets import ArticleView, HeadlineList, MentionsPanel, StatusLine
from leadout_tui.ui.widgets.status_line import Status

if TYPE_CHECKING:
    from leadout_tui.core.names.loader import Names

__all__ = ["MainScreen"]

PANES = ("headlines", "article", "mentions")
#: Headlines read before the first paint; the rest follow from a worker.
FIRST_PAGE = 300
WIDE, NARROW = 120, 80


class MainScreen(Screen[None]):
    """The reader. Filters combine: one rider or team, a search, and starred-only.

    It reads the cache through ``store`` (the app's connection, this thread's) and follows the
    app's ``status``, ``names`` and ``articles_changed`` reactives; it asks the app for work
    with messages (:class:`ScreenReady`, :class:`RefreshRequested`).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "next_pane", "Next pane", tooltip="Cycle headlines, article, mentions"),
        Binding("shift+tab", "previous_pane", "Previous pane", show=False),
        Binding("f", "pick('rider')", "Rider", tooltip="Filter the headlines by a rider"),
        Binding("t", "pick('team')", "Team", tooltip="Filter the headlines by a team"),
        Binding("slash", "search", "Search", tooltip="Full-text search of titles and text"),
        Binding(
            "escape", "clear_filter", "Clear filter", show=False, tooltip="Clear filters and search"
        ),
        Binding("r", "refresh", "Refresh", tooltip="Fetch the feeds now"),
        Binding("u", "toggle_read", "Read/unread", show=False, tooltip="Toggle read"),
        Binding("s", "toggle_star", "Star", show=False, tooltip="Star or unstar"),
        Binding("S", "starred_only", "Starred", show=False, tooltip="Show starred only"),
        Binding("o", "open_browser", "Browser", show=False, tooltip="Open in the browser"),
        Binding("question_mark", "help", "Help", tooltip="This list of keys"),
        Binding("q", "app.quit", "Quit", tooltip="Quit leadout-tui"),
    ]

    layout_mode: reactive[str] = reactive("wide", init=False)
    """``wide`` (three panes), ``medium`` (mentions under the article) or ``narrow`` (one pane)."""
    pane: reactive[str] = reactive("headlines", init=False)
    """The pane in use; in narrow mode the only one shown."""

    def __init__(
        self, store: Store, *, now: Callable[[], datetime], tz: tzinfo | None = None
    ) -> None:
        super().__init__()
        self.store = store
        self.now = now
        self.tz = tz
        self.names: Names | None = None
        self.entity: EntityChosen | None = None
        self.search: str = ""
        self.starred_only = False
        self._loaded_id: int | None = None
        self._generation = 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield HeadlineList(self.now, id="headlines")
            with Container(id="reading"):
                yield ArticleView(self.tz, id="article")
                yield MentionsPanel(id="mentions")
        yield StatusLine(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#article").border_title = Content("Article")
        self.query_one("#mentions").border_title = Content("Mentions")
        self.set_class(True, "-wide")
        self.set_class(True, "-show-headlines")
        self.reload()
        self.query_one(HeadlineList).focus()
        self.watch(self.app, "status", self.show_status, init=False)
        self.watch(self.app, "names", self._names_loaded, init=False)
        self.watch(self.app, "articles_changed", lambda _: self.reload(), init=False)
        self.post_message(ScreenReady())

    def _names_loaded(self, names: Names | None) -> None:
        self.names = names
        self.redraw_article()

    # -- layout --------------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        width = event.size.width
        self.layout_mode = "wide" if width >= WIDE else "narrow" if width <= NARROW else "medium"

    def watch_layout_mode(self, mode: str) -> None:
        for name in ("wide", "medium", "narrow"):
            self.set_class(name == mode, f"-{name}")

    def watch_pane(self, pane: str) -> None:
        for name in PANES:
            self.set_class(name == pane, f"-show-{name}")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.id in PANES:
            self.pane = event.widget.id or "headlines"

    def _go_to_pane(self, pane: str) -> None:
        self.pane = pane
        widget = self.query_one(f"#{pane}", Widget)
        self.call_after_refresh(widget.focus)

    def action_next_pane(self) -> None:
        self._go_to_pane(PANES[(PANES.index(self.pane) + 1) % len(PANES)])

    def action_previous_pane(self) -> None:
        self._go_to_pane(PANES[(PANES.index(self.pane) - 1) % len(PANES)])

    # -- headlines -----------------------------------------------------------------------------

    def query_for_filters(self) -> ArticleQuery:
        return ArticleQuery(
            search=self.search or None,
            starred=self.starred_only,
            entity_id=self.entity.entity_id if self.entity else None,
        )

    def reload(self, keep_id: int | None = None) -> None:
        """Re-run the headline query, keeping the cursor on the same article when listed.

        The first page is read here, so the list paints at once; a big result is then read
        in full by a worker (its own connection) and swapped in.
        """
        headlines = self.query_one(HeadlineList)
        keep_id = keep_id if keep_id is not None else headlines.current_id
        query = self.query_for_filters()
        self._generation += 1
        try:
            rows = self.store.query_articles(replace(query, limit=FIRST_PAGE))
        except LeadoutError as exc:
            self.show_error(f"Cannot read the database: {exc}")
            rows = []
        headlines.set_rows(rows, keep_id)
        complete = len(rows) < FIRST_PAGE
        headlines.border_title = self._pane_title(len(rows) if complete else None)
        if not complete:
            self._load_all(query, keep_id, headlines.current_id, self._generation)

    @work(thread=True, exclusive=True, group="headlines", exit_on_error=False)
    def _load_all(
        self, query: ArticleQuery, keep_id: int | None, shown_id: int | None, generation: int
    ) -> None:
        try:
            with Store.open(self.store.path) as store:
                rows = store.query_articles(query)
        except LeadoutError as exc:
            self.app.call_from_thread(self.show_error, f"Cannot read headlines: {exc}")
            return
        self.app.call_from_thread(self._all_loaded, rows, keep_id, shown_id, generation)

    def _all_loaded(
        self, rows: list[ArticleRow], keep_id: int | None, shown_id: int | None, generation: int
    ) -> None:
        if generation != self._generation:  # a newer query has started: drop this result
            return
        headlines = self.query_one(HeadlineList)
        # Where the user has moved meanwhile wins; else the article asked for before loading.
        moved = headlines.current_id != shown_id
        headlines.set_rows(rows, headlines.current_id if moved else keep_id)
        headlines.border_title = self._pane_title(len(rows))

    def _pane_title(self, count: int | None) -> Content:
        bits: list[str] = []
        if self.entity:
            bits.append(f"{self.entity.kind.capitalize()}: {self.entity.name}")
        if self.search:
            bits.append(f'Search: "{self.search}"')
        if self.starred_only:
            bits.append("Starred")
        shown = "…" if count is None else f"{count:,}"
        return Content(f"{' · '.join(bits) or 'All articles'} — {shown}")

    @on(HeadlineHighlighted)
    def _show_highlighted(self, event: HeadlineHighlighted) -> None:
        self.show_article(event.article_id)

    def show_article(self, article_id: int | None) -> None:
        """Put an article (or nothing) in the article and mentions panes."""
        if article_id is not None and article_id == self._loaded_id:
            return
        self._loaded_id = article_id
        try:
            detail = self.store.get_article(article_id) if article_id is not None else None
        except LeadoutError as exc:
            self.show_error(f"Cannot read the article: {exc}")
            detail = None
        self.query_one(ArticleView).show(detail)
        mentions = detail.mentions if detail else ()
        self.query_one(MentionsPanel).show(mentions, EntityDirectory(self.names, {}).describe)

    def redraw_article(self) -> None:
        """Draw the current article again (the gazetteer arrived, say)."""
        self._loaded_id = None
        self.show_article(self.query_one(HeadlineList).current_id)

    @on(HeadlineOpened)
    def _open(self, event: HeadlineOpened) -> None:
        self.show_article(event.article_id)
        self._set_read(True)
        self._go_to_pane("article")

    # -- read / star ---------------------------------------------------------------------------

    def _set_read(self, read: bool) -> None:
        headlines = self.query_one(HeadlineList)
        row = headlines.current
        if row is None or row.read == read:
            return
        try:
            self.store.set_read(row.id, read)
        except LeadoutError as exc:
            self.show_error(f"Not marked {'read' if read else 'unread'}: {exc}")
            return
        headlines.replace_row(replace(row, read=read))

    def action_toggle_read(self) -> None:
        row = self.query_one(HeadlineList).current
        if row is not None:
            self._set_read(not row.read)

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

    def action_starred_only(self) -> None:
        self.starred_only = not self.starred_only
        self.reload()

    # -- filters -------------------------------------------------------------------------------

    def action_pick(self, kind: str) -> None:
        self.app.push_screen(EntityPicker(kind, self.entity_directory()), self._pick_done)

    def entity_directory(self) -> EntityDirectory:
        """Everything a picker needs: the names and how many cached articles name each."""
        try:
            counts = {
                c.entity_id: c
                for kind in ("rider", "team")
                for c in self.store.top_entities(kind, limit=100_000)
            }
        except LeadoutError as exc:
            self.show_error(f"Cannot count the mentions: {exc}")
            counts = {}
        return EntityDirectory(self.names, counts)

    def _pick_done(self, choice: EntityChosen | None) -> None:
        if choice is not None:
            self.apply_entity(choice)

    @on(EntityChosen)
    def _entity_from_mentions(self, event: EntityChosen) -> None:
        self.apply_entity(event)

    def apply_entity(self, choice: EntityChosen) -> None:
        self.entity = choice
        self.reload()
        self._go_to_pane("headlines")

    def action_search(self) -> None:
        self.app.push_screen(SearchPrompt(self.search), self._search_done)

    def _search_done(self, query: str | None) -> None:
        if query is not None:
            self.search = query
            self.reload()
            self._go_to_pane("headlines")

    def action_clear_filter(self) -> None:
        if self.entity or self.search or self.starred_only:
            self.entity, self.search, self.starred_only = None, "", False
            self.reload()
        self._go_to_pane("headlines")

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
        try:
            opened = webbrowser.open(row.url or "")
        except webbrowser.Error as exc:
            self.notify(f"Cannot start a browser: {exc}", severity="error")
            return
        if not opened:
            self.notify("No web browser found to open the link.", severity="warning")

    def help_lines(self) -> list[tuple[str, str]]:
        """Every key with its description, for the help screen."""
        movement = {"cursor_down", "cursor_up", "first", "last", "page_down", "page_up"}
        bindings = [
            b
            for b in (*HeadlineList.BINDINGS, *self.BINDINGS)
            if isinstance(b, Binding) and b.action not in movement
        ]
        return [
            ("j k ↓ ↑", "Move (in the article: scroll)"),
            ("g G", "First / last"),
            ("PgDn PgUp", "Page down / up"),
            *key_lines(bindings),
            ("Ctrl+P", "Command palette"),
        ]

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.help_lines()))

    def show_status(self, status: Status) -> None:
        self.query_one(StatusLine).show(status)

    def show_error(self, text: str) -> None:
        """A problem of this screen's own (the database could not be read, say)."""
        self.show_status(Status(text, error=True))
        self.notify(text, severity="error", timeout=6)
