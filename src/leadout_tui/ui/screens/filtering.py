"""What the headline list shows: the filters' keys (rider, team, search, feed or folder, unread,
starred, age; the Following and trends views, which choose a name) on top of
:class:`~leadout_tui.ui.screens.reader.ReaderScreen`."""

from __future__ import annotations

from dataclasses import replace

from textual import on

from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.store.rows import FollowInfo, TrendRow
from leadout_tui.ui.entities import Candidate
from leadout_tui.ui.filters import EntityFilter, Filters
from leadout_tui.ui.messages import EntityChosen, FeedChosen, FollowingOpened
from leadout_tui.ui.screens.following import FollowingScreen
from leadout_tui.ui.screens.picker import EntityPicker
from leadout_tui.ui.screens.reader import WIDE, ReaderScreen
from leadout_tui.ui.screens.search import SearchPrompt
from leadout_tui.ui.screens.trends import TrendsScreen

__all__ = ["FilteringScreen"]


class FilteringScreen(ReaderScreen):
    """Filters combine: a rider or team, a search, a feed or folder, unread, starred, an age."""

    def apply(self, filters: Filters) -> None:
        """Show the headlines for ``filters``."""
        searched = filters.search != self.filters.search
        self.filters = filters
        self.reload()
        if searched:  # the words the search finds are marked in the article, or no longer
            self.redraw_article()

    def action_pick(self, kind: str) -> None:
        def follow(candidate: Candidate) -> bool | None:
            return self.toggle_follow(candidate.entity_id, candidate.kind, candidate.name)

        picker = EntityPicker(kind, self.entity_directory(), on_follow=follow)
        self.app.push_screen(picker, self._pick_done)

    @on(FollowingOpened)
    def action_following(self) -> None:
        try:
            follows = self.store.follows()
        except LeadoutError as exc:
            self.show_error(f"Cannot read what you follow: {exc}")
            return

        def unfollow(follow: FollowInfo) -> None:
            self.toggle_follow(follow.entity_id, follow.kind, follow.name)

        self.app.push_screen(FollowingScreen(follows, self.now, unfollow), self._pick_done)

    def action_trends(self) -> None:
        def load(days: int, history_days: int) -> list[TrendRow]:
            try:
                return self.store.trends(
                    days=days, now=self.now(), top=None, history_days=history_days
                )
            except LeadoutError as exc:
                self.show_error(f"Cannot count who is in the news: {exc}")
                return []

        self.app.push_screen(TrendsScreen(load), self._pick_done)

    def _pick_done(self, choice: EntityChosen | None) -> None:
        if choice is not None:
            self.apply_entity(choice)

    @on(EntityChosen)
    def _entity_from_mentions(self, event: EntityChosen) -> None:
        self.apply_entity(event)

    def apply_entity(self, choice: EntityChosen) -> None:
        entity = EntityFilter(choice.entity_id, choice.kind, choice.name)
        self.apply(replace(self.filters, entity=entity))
        self._show_headlines()

    def action_search(self) -> None:
        self.app.push_screen(SearchPrompt(self.filters.search), self._search_done)

    def _search_done(self, query: str | None) -> None:
        if query is not None:
            self.apply(replace(self.filters, search=query))
            self.go_to_pane("headlines")

    def action_starred_only(self) -> None:
        self.apply(replace(self.filters, starred=not self.filters.starred))

    def action_unread_only(self) -> None:
        self.apply(replace(self.filters, unread=not self.filters.unread))

    def action_cycle_age(self) -> None:
        self.apply(self.filters.next_age())

    def action_clear_filter(self) -> None:
        if self.filters.active:
            self.apply(Filters())
        self.go_to_pane("headlines")

    # -- feeds and folders ---------------------------------------------------------------------

    def action_toggle_feeds(self) -> None:
        self.show_feeds = not self.show_feeds
        if self.show_feeds:
            self.fill_feeds()
            self.go_to_pane("feeds")
        elif self.pane == "feeds":
            self.go_to_pane("headlines")

    @on(FeedChosen)
    def _feed_chosen(self, event: FeedChosen) -> None:
        self.apply(
            replace(
                self.filters, feed_url=event.feed_url, feed_title=event.title, folder=event.folder
            )
        )
        self._show_headlines()

    def _show_headlines(self) -> None:
        if self.show_feeds and self.size.width < WIDE:
            self.show_feeds = False  # it stood in for the headlines: show them now
        self.go_to_pane("headlines")
