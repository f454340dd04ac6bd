"""The reader's panes and what they show: feeds | headlines | article | mentions.

:class:`ReaderScreen` lays the panes out for the terminal's width, reads the headlines for the
current :class:`~leadout_tui.ui.filters.Filters`, shows the highlighted article (restoring where
it was last read) and remembers the view between runs. The keys live in the subclasses:
``filtering.py`` (what is listed) and ``main.py`` (what is done to it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Container, Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget

from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.spoilers.hiding import SPOILER_HOURS
from leadout_tui.core.store.db import Store
from leadout_tui.core.store.rows import ArticleQuery, ArticleRow
from leadout_tui.core.text import clean_text
from leadout_tui.ui import longlived
from leadout_tui.ui.entities import EntityDirectory
from leadout_tui.ui.filters import Filters
from leadout_tui.ui.messages import (
    FollowToggled,
    HeadlineHighlighted,
    HeadlineOpened,
    ScreenReady,
)
from leadout_tui.ui.render import search_terms
from leadout_tui.ui.spoilers import SpoilerGuard
from leadout_tui.ui.state import ReaderState, load_reader_state, save_reader_state
from leadout_tui.ui.stories import headline_lines, story_headlines
from leadout_tui.ui.widgets import (
    ArticleView,
    FeedsPanel,
    HeadlineList,
    KeyFooter,
    MentionsPanel,
    StatusLine,
)
from leadout_tui.ui.widgets.headlines import Laid
from leadout_tui.ui.widgets.status_line import Status

if TYPE_CHECKING:
    from leadout_tui.core.names.loader import Names

__all__ = ["ReaderScreen"]

PANES = ("feeds", "headlines", "article", "mentions")
#: Headlines read before the first paint; the rest follow from a worker.
FIRST_PAGE = 300
WIDE, NARROW = 120, 80


class ReaderScreen(Screen[None]):
    """The panes, the headline list for the filters, the article, and the saved view.

    It reads the cache through ``store`` (the app's connection, this thread's) and follows the
    app's ``status``, ``names`` and ``articles_changed`` reactives; it asks the app for work
    with messages (:class:`ScreenReady`, ``RefreshRequested``).
    """

    layout_mode: reactive[str] = reactive("wide", init=False)
    """``wide`` (side by side), ``medium`` (mentions under the article) or ``narrow`` (one pane)."""
    pane: reactive[str] = reactive("headlines", init=False)
    """The pane in use; in narrow mode the only one shown."""
    show_feeds: reactive[bool] = reactive(False, init=False)
    """Whether the feeds pane is open (``F``); below 120 columns it replaces the headlines."""

    def __init__(
        self,
        store: Store,
        *,
        now: Callable[[], datetime],
        tz: tzinfo | None = None,
        keys: Mapping[str, str] | None = None,
        group_stories: bool = False,
        spoiler_free: bool = False,
        spoiler_hours: float = SPOILER_HOURS,
    ) -> None:
        # The classes of layout_mode's and pane's defaults from the start: set on mount, each
        # restyled the whole screen again as it first appeared.
        super().__init__(classes="-wide -show-headlines")
        self.store = store
        self.now = now
        self.tz = tz
        #: The user's ``[keys]`` (binding id -> keys), for the help screen.
        self.keys: Mapping[str, str] = keys or {}
        self.names: Names | None = None
        self.filters = Filters()
        #: The ids of the riders, teams and races followed (★ where they are listed).
        self.followed: set[str] = set()
        self._loaded_id: int | None = None
        self._generation = 0
        self._group_stories = group_stories
        #: What the spoiler-free mode hides now (``spoiler_free``, ``X``; ``v`` reveals a story).
        self.spoilers = SpoilerGuard(now, enabled=spoiler_free, hours=spoiler_hours)

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield FeedsPanel(id="feeds")
            yield HeadlineList(self.now, id="headlines")
            with Container(id="reading"):
                yield ArticleView(self.tz, id="article")
                yield MentionsPanel(id="mentions")
        yield StatusLine(id="status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#feeds").border_title = Content("Feeds")
        self.query_one("#article").border_title = Content("Article")
        self.query_one("#mentions").border_title = Content("Mentions")
        headlines = self.query_one(HeadlineList)
        headlines.group_stories = self._group_stories
        headlines.hidden_title = self.spoilers.headline
        saved = load_reader_state(self.store)
        self.filters = saved.filters
        self.load_follows()
        self.reload(keep_id=saved.article_id)
        self.query_one(HeadlineList).focus()
        self.watch(self.app, "status", self.show_status, init=False)
        self.watch(self.app, "names", self._names_loaded, init=False)
        self.watch(self.app, "articles_changed", lambda _: self.articles_changed(), init=False)
        self.post_message(ScreenReady())

    def _names_loaded(self, names: Names | None) -> None:
        self.names = names
        self.redraw_article()

    def load_follows(self) -> None:
        """Read what is followed, and which cached articles name it (for the ◆ marks)."""
        try:
            self.followed = self.store.followed_ids()
            self.query_one(HeadlineList).followed = self.store.followed_article_ids()
        except LeadoutError as exc:
            self.show_error(f"Cannot read what you follow: {exc}")

    def toggle_follow(self, entity_id: str, kind: str, name: str) -> bool | None:
        """Follow or stop following (saved at once); whether it is followed now, None if unsaved."""
        follow = entity_id not in self.followed
        try:
            if follow:
                self.store.follow(entity_id, kind, name)
            else:
                self.store.unfollow(entity_id)
        except LeadoutError as exc:
            self.show_error(f"Not {'followed' if follow else 'unfollowed'}: {exc}")
            return None
        self.load_follows()
        self.query_one(HeadlineList).refresh()
        self.query_one(MentionsPanel).mark_followed(self.followed)
        if self.show_feeds:
            self.fill_feeds()
        shown = clean_text(name)
        self.notify(f"Following {shown}." if follow else f"No longer following {shown}.", timeout=2)
        return follow

    @on(FollowToggled)
    def _follow_toggled(self, event: FollowToggled) -> None:
        self.toggle_follow(event.entity_id, event.kind, event.name)

    def articles_changed(self) -> None:
        """A refresh stored articles: list them (the cursor stays) and recount the feeds."""
        self.load_follows()
        self.reload()
        if self.show_feeds:
            self.fill_feeds()

    def save_state(self) -> None:
        """Remember the view (filters, selected article, reading position) for the next run."""
        self._save_scroll()
        current = self.query_one(HeadlineList).current_id
        save_reader_state(self.store, ReaderState(self.filters, current))

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

    def watch_show_feeds(self, show: bool) -> None:
        self.set_class(show, "-feeds-open")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.id in PANES:
            self.pane = event.widget.id or "headlines"

    def go_to_pane(self, pane: str) -> None:
        """Show ``pane`` (narrow: instead of the others) and focus it, now.

        Focus is set at once, not after the next refresh: with two keys in quick succession
        (shift+tab twice) a deferred focus could land after the second pane change and leave
        focus on a pane that was hidden meanwhile, or on nothing.
        """
        self.pane = pane
        self.set_focus(self.query_one(f"#{pane}", Widget), scroll_visible=False)

    def _panes(self) -> list[str]:
        return [p for p in PANES if p != "feeds" or self.show_feeds]

    def action_next_pane(self) -> None:
        panes = self._panes()
        current = panes.index(self.pane) if self.pane in panes else 0
        self.go_to_pane(panes[(current + 1) % len(panes)])

    def action_previous_pane(self) -> None:
        panes = self._panes()
        current = panes.index(self.pane) if self.pane in panes else 0
        self.go_to_pane(panes[(current - 1) % len(panes)])

    def fill_feeds(self) -> None:
        try:
            self.query_one(FeedsPanel).show(self.store.list_feeds(), self.store.follows())
        except LeadoutError as exc:
            self.show_error(f"Cannot list the feeds: {exc}")

    # -- headlines -----------------------------------------------------------------------------

    def current_query(self) -> ArticleQuery:
        return self.filters.query(self.now())

    def reload(self, keep_id: int | None = None) -> None:
        """Re-run the headline query, keeping the cursor on the same article when listed.

        The first page is read here, so the list paints at once; a big result is then read
        in full by a worker (its own connection) and swapped in.
        """
        headlines = self.query_one(HeadlineList)
        keep_id = keep_id if keep_id is not None else headlines.current_id
        query = self.current_query()
        self._generation += 1
        try:
            rows = self.store.query_articles(replace(query, limit=FIRST_PAGE))
        except LeadoutError as exc:
            self.show_error(f"Cannot read the database: {exc}")
            rows = []
        headlines.set_rows(rows, keep_id)
        self.count_story_riders()
        complete = len(rows) < FIRST_PAGE
        headlines.border_title = Content(self.filters.title(len(rows) if complete else None))
        if not complete:
            self._load_all(query, keep_id, headlines.current_id, self._generation,
                           headlines.layout_key())  # fmt: skip

    @work(thread=True, exclusive=True, group="headlines", exit_on_error=False)
    def _load_all(
        self,
        query: ArticleQuery,
        keep_id: int | None,
        shown_id: int | None,
        generation: int,
        layout: tuple[bool, frozenset[int]],
    ) -> None:
        grouped, expanded = layout
        try:
            with Store.open(self.store.path) as store:
                rows = store.query_articles(query)
                # Choosing each story's headline, counting its riders and laying out the lines
                # take a while for a big cache: here, not in the UI (about 100 ms for 50,000
                # articles). ``heads`` has a key for each story line.
                heads = story_headlines(rows) if grouped else {}
                riders = store.story_rider_counts(heads) if heads else {}
                lines = headline_lines(rows, grouped=grouped, expanded=expanded, headlines=heads)
        except LeadoutError as exc:
            self.app.call_from_thread(self.show_error, f"Cannot read headlines: {exc}")
            return
        self.app.call_from_thread(
            self._all_loaded, rows, keep_id, shown_id, generation, (layout, lines), heads, riders
        )

    def _all_loaded(
        self,
        rows: list[ArticleRow],
        keep_id: int | None,
        shown_id: int | None,
        generation: int,
        laid: Laid,
        heads: dict[int, int],
        riders: dict[int, int],
    ) -> None:
        if generation != self._generation:  # a newer query has started: drop this result
            return
        headlines = self.query_one(HeadlineList)
        # Where the user has moved meanwhile wins; else the article asked for before loading.
        moved = headlines.current_id != shown_id
        headlines.set_rows(rows, headlines.current_id if moved else keep_id, heads, laid)
        longlived.settle()  # the rows stay until the next full load
        (grouped, _expanded), _lines = laid
        if headlines.group_stories == grouped:
            headlines.story_riders = riders
        else:  # grouping was switched while loading
            self.count_story_riders()
        headlines.border_title = Content(self.filters.title(len(rows)))

    def count_story_riders(self) -> None:
        """The riders of each story listed as one line (the count its line shows)."""
        headlines = self.query_one(HeadlineList)
        stories = [line.story for line in headlines.lines if line.is_story]
        try:
            headlines.story_riders = self.store.story_rider_counts(stories) if stories else {}
        except LeadoutError as exc:
            self.show_error(f"Cannot count the stories' riders: {exc}")

    # -- the article ---------------------------------------------------------------------------

    @on(HeadlineHighlighted)
    def _show_highlighted(self, event: HeadlineHighlighted) -> None:
        self.show_article(event.article_id)

    def show_article(self, article_id: int | None) -> None:
        """Put an article (or nothing) in the article and mentions panes."""
        if article_id is not None and article_id == self._loaded_id:
            return
        self._save_scroll()
        self._loaded_id = article_id
        try:
            detail = self.store.get_article(article_id) if article_id is not None else None
        except LeadoutError as exc:
            self.show_error(f"Cannot read the article: {exc}")
            detail = None
        hidden = None
        if detail is not None:
            story = self.query_one(HeadlineList).story_members(detail.story_id)
            hidden = self.spoilers.article(detail, story)
        if detail is not None and hidden is not None:
            self.query_one(ArticleView).show_hidden(detail, hidden)
        else:
            self.query_one(ArticleView).show(detail, search_terms(self.filters.search))
        mentions = detail.mentions if detail else ()
        describe = EntityDirectory(self.names, {}).describe
        panel = self.query_one(MentionsPanel)
        panel.show(mentions, describe, self.followed, counts=hidden is None)

    def _save_scroll(self) -> None:
        """Keep the shown article's reading position if it moved (restored on its next show)."""
        view = self.query_one(ArticleView)
        article = view.article
        position = view.reading_position
        if article is None or position == article.scroll:
            return
        try:
            self.store.set_scroll(article.id, position)
        except LeadoutError:
            return  # shown in the status line by the write that needs it; a position can wait
        view.article = replace(article, scroll=position)

    def redraw_article(self) -> None:
        """Draw the current article again (the gazetteer arrived, say)."""
        self._loaded_id = None
        self.show_article(self.query_one(HeadlineList).current_id)

    @on(HeadlineOpened)
    def _open(self, event: HeadlineOpened) -> None:
        self.show_article(event.article_id)
        self.set_read(True)
        self.go_to_pane("article")

    def set_read(self, read: bool) -> None:
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

    def entity_directory(self) -> EntityDirectory:
        """Everything a picker needs: the names and how many cached articles name each."""
        try:
            counts = {
                c.entity_id: c
                for kind in ("rider", "team", "race")
                for c in self.store.top_entities(kind, limit=100_000)
            }
        except LeadoutError as exc:
            self.show_error(f"Cannot count the mentions: {exc}")
            counts = {}
        return EntityDirectory(self.names, counts, set(self.followed))

    # -- status --------------------------------------------------------------------------------

    def show_status(self, status: Status) -> None:
        self.query_one(StatusLine).show(status)

    def show_error(self, text: str) -> None:
        """A problem of this screen's own (the database could not be read, say)."""
        self.show_status(Status(text, error=True))
        self.notify(text, severity="error", timeout=6)
