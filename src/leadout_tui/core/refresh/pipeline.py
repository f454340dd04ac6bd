"""The refresh pipeline: fetch feeds -> parse -> store -> fetch new pages -> extract -> mentions
-> stories.

Used by ``leadout-tui refresh`` and by the TUI's background worker. Network work is async with
bounded concurrency; parsing and extraction run on every core through :class:`JobRunner`; a
feed's pages start downloading as soon as the feed is stored (``pages.py``). Feeds and pages
are stored by one writer thread in small transactions (``writer.py``), so a killed refresh
keeps what it stored.
A failure affects only its own feed or page: it is recorded with a one-line reason and the
refresh goes on.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from leadout_tui.core.errors import FeedParseError, FetchError
from leadout_tui.core.feeds.ignore import IgnoreRule
from leadout_tui.core.models import Document, ParsedFeed, utc_now
from leadout_tui.core.names.loader import NamesSource
from leadout_tui.core.net.fetch import Fetcher, RetryLater
from leadout_tui.core.net.limits import CONCURRENCY, PER_HOST
from leadout_tui.core.refresh.jobs import PROCESS_THRESHOLD, JobRunner
from leadout_tui.core.refresh.pages import PageFetcher
from leadout_tui.core.refresh.progress import ProgressCallback, RefreshProgress, RefreshSummary
from leadout_tui.core.refresh.stories import group_new_stories
from leadout_tui.core.refresh.writer import Writer
from leadout_tui.core.store.columns import from_iso, to_iso
from leadout_tui.core.store.connection import BUSY_TIMEOUT_SECONDS
from leadout_tui.core.store.db import Store
from leadout_tui.core.store.rows import FeedState
from leadout_tui.core.stories.articles import WINDOW

#: Articles per mention-indexing job.
MENTION_BATCH = 200
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8"


@dataclass(frozen=True)
class RefreshOptions:
    """How a refresh runs (``leadout_tui.config.Config.refresh_options`` builds it)."""

    fetch_articles: bool = True
    concurrency: int = CONCURRENCY
    per_host: int = PER_HOST
    timeout: float = 20.0
    #: The riders and teams to find in the articles.
    names: NamesSource = field(default_factory=NamesSource)
    #: How long a write waits for another program's write before the refresh gives up.
    busy_timeout: float = BUSY_TIMEOUT_SECONDS
    #: Entries matching one of these are not stored.
    ignore: tuple[IgnoreRule, ...] = ()
    #: Feed URL -> the User-Agent to send it and its pages (sites that refuse readers).
    user_agents: Mapping[str, str] = field(default_factory=dict)
    #: After a refresh, at most once a day: read, unstarred articles older than this many days
    #: are deleted (0: never).
    keep_days: int = 0
    #: Articles published this close to each other may be one story (``story_hours``).
    story_window: timedelta = WINDOW


def refresh_database(
    db_path: Path,
    *,
    options: RefreshOptions | None = None,
    urls: Sequence[str] | None = None,
    fetch_articles: bool | None = None,
    on_progress: ProgressCallback | None = None,
    summary: RefreshSummary | None = None,
) -> RefreshSummary:
    """Refresh the database at ``db_path`` synchronously (its own event loop and connection).

    ``fetch_articles`` overrides the option of that name (``refresh --no-articles``). The counts
    go into ``summary`` as the refresh goes, so a caller interrupted (Ctrl-C) can still say what
    was stored. A failure of the database itself (a full disk, say) stops the refresh with a
    ``StoreError`` once every request in flight has been cancelled.
    """
    options = options or RefreshOptions()
    if fetch_articles is not None:
        options = replace(options, fetch_articles=fetch_articles)
    with Store.open(db_path, busy_timeout=options.busy_timeout) as store:
        return asyncio.run(Refresh(store, options, on_progress, summary).run(urls))


class Refresh:
    """One refresh run over a store; :meth:`run` does the work and returns the summary."""

    def __init__(
        self,
        store: Store,
        options: RefreshOptions,
        on_progress: ProgressCallback | None = None,
        summary: RefreshSummary | None = None,
    ) -> None:
        self.store = store
        self.options = options
        self.on_progress = on_progress or (lambda progress: None)
        self.summary = summary if summary is not None else RefreshSummary()
        self._not_modified: list[int] = []  # feed ids, recorded together after the feeds
        self._many_feeds = False  # enough feeds to parse on worker processes

    async def run(self, urls: Sequence[str] | None = None) -> RefreshSummary:
        started = time.perf_counter()
        try:
            await self._run(urls)
        finally:
            self.summary.seconds = time.perf_counter() - started
        return self.summary

    async def _run(self, urls: Sequence[str] | None) -> None:
        states = self.store.feed_states(urls)
        with JobRunner(names=self.options.names) as jobs:
            # Bodies are all written before mentions are recomputed: a stale read racing the
            # writer could store summary spans over a new body.
            with Writer(self.store.path, busy_timeout=self.options.busy_timeout) as writer:
                async with Fetcher(
                    concurrency=self.options.concurrency,
                    per_host=self.options.per_host,
                    timeout=self.options.timeout,
                ) as fetcher:
                    # Every download is a task of this group: when one fails for good (the
                    # database, say), the others are cancelled before the client closes.
                    try:
                        async with asyncio.TaskGroup() as tasks:
                            pages = None
                            if self.options.fetch_articles:
                                pages = PageFetcher(
                                    self.store,
                                    fetcher,
                                    jobs,
                                    writer,
                                    tasks,
                                    summary=self.summary,
                                    on_progress=self.on_progress,
                                    names=self.options.names,
                                    concurrency=self.options.concurrency,
                                    per_host=self.options.per_host,
                                    user_agents=self.options.user_agents,
                                )
                            await self._refresh_feeds(fetcher, jobs, writer, states, pages)
                            if pages is not None:
                                pages.schedule(None if urls is None else [s.id for s in states])
                    except BaseExceptionGroup as group:
                        raise first_error(group) from None
            await self._index_mentions(jobs)
        group_new_stories(self.store, window=self.options.story_window)
        self.store.mark_refreshed()
        self.summary.followed = self.store.followed_news(self.summary.new_ids)
        self._clean_up_daily()

    # -- feeds ---------------------------------------------------------------------------------

    async def _refresh_feeds(
        self,
        fetcher: Fetcher,
        jobs: JobRunner,
        writer: Writer,
        states: list[FeedState],
        pages: PageFetcher | None,
    ) -> None:
        now = utc_now()
        due = [s for s in states if s.retry_after is None or s.retry_after <= now]
        self.summary.feeds_skipped = len(states) - len(due)
        self._many_feeds = len(due) >= PROCESS_THRESHOLD
        unconditional = [s for s in due if not (s.etag or s.last_modified)]
        if len(unconditional) >= PROCESS_THRESHOLD:
            # These cannot answer "not modified": they will all need parsing.
            jobs.start_processes()
        total = len(due)
        done = 0

        async def one(state: FeedState) -> None:
            nonlocal done
            error, not_modified = await self._refresh_feed(fetcher, jobs, writer, state)
            if pages is not None and error is None and not not_modified:
                pages.schedule([state.id])  # its pages download while other feeds parse
            done += 1
            self.on_progress(RefreshProgress("feeds", done, total, state.url, error, not_modified))

        async with asyncio.TaskGroup() as feeds:
            for state in due:
                feeds.create_task(one(state))
        self.store.record_not_modified(self._not_modified)

    async def _refresh_feed(
        self, fetcher: Fetcher, jobs: JobRunner, writer: Writer, state: FeedState
    ) -> tuple[str | None, bool]:
        """Fetch, parse and store one feed; returns (error, not_modified)."""
        try:
            result = await fetcher.get(
                state.url,
                etag=state.etag,
                last_modified=state.last_modified,
                accept=FEED_ACCEPT,
                user_agent=self.options.user_agents.get(state.url),
            )
            if result.not_modified:
                self._not_modified.append(state.id)
                self.summary.feeds_not_modified += 1
                return None, True
            if self._many_feeds:
                jobs.start_processes()  # on the first feed to parse: they come up meanwhile
            parsed = await jobs.run(
                "parse_job",
                result.content,
                result.url,
                result.content_type,
                self.options.names,
            )
        except RetryLater as exc:
            return self._feed_failed(state, str(exc), exc.until), False
        except (FetchError, FeedParseError) as exc:
            return self._feed_failed(state, str(exc)), False
        feed, ignored = self._without_ignored(state.url, parsed.feed)
        stored = await writer.store_feed(
            state.id, feed, result.etag, result.last_modified, parsed.mentions, ignored
        )
        self.summary.feeds_ok += 1
        self.summary.new_articles += len(stored.new_ids)
        self.summary.new_ids.extend(stored.new_ids)
        self.summary.updated_articles += stored.updated
        return None, False

    def _without_ignored(self, feed_url: str, feed: ParsedFeed) -> tuple[ParsedFeed, int]:
        """The feed without the entries the user's ignore rules leave out, and how many."""
        rules = self.options.ignore
        if not rules:
            return feed, 0
        kept = tuple(
            entry
            for entry in feed.entries
            if not any(rule.matches(feed_url, entry) for rule in rules)
        )
        return replace(feed, entries=kept), len(feed.entries) - len(kept)

    def _clean_up_daily(self) -> None:
        """Retention: once a day, after a refresh, delete old read articles (see keep_days)."""
        if not self.options.keep_days:
            return
        now = utc_now()
        last = from_iso(self.store.get_meta("last_cleanup"))
        if last is not None and now - last < timedelta(days=1):
            return
        self.store.cleanup(now - timedelta(days=self.options.keep_days))
        self.store.set_meta("last_cleanup", to_iso(now) or "")

    def _feed_failed(self, state: FeedState, reason: str, until: datetime | None = None) -> str:
        self.store.record_feed_failure(state.id, reason, until)
        self.summary.feed_failures.append((state.url, reason))
        return reason

    # -- mentions ------------------------------------------------------------------------------

    async def _index_mentions(self, jobs: JobRunner) -> None:
        """Find mentions for articles never indexed, or indexed with another gazetteer."""
        version = self.options.names.version()
        docs = list(self.store.documents(stale_for=version))
        await index_documents(self.store, jobs, docs, self.options.names, self.on_progress)


async def index_documents(
    store: Store,
    jobs: JobRunner,
    docs: list[tuple[int, Document]],
    names: NamesSource,
    on_progress: ProgressCallback,
) -> None:
    """Compute and store mentions for ``docs`` in batches (shared with ``reindex``)."""
    if not docs:
        return
    jobs.use_processes = jobs.use_processes or len(docs) >= MENTION_BATCH * 2
    batches = [docs[i : i + MENTION_BATCH] for i in range(0, len(docs), MENTION_BATCH)]
    done = 0
    for results in asyncio.as_completed(
        [jobs.run("mentions_job", batch, names) for batch in batches]
    ):
        store.save_mentions(await results)
        done += MENTION_BATCH
        on_progress(RefreshProgress("mentions", min(done, len(docs)), len(docs)))


def first_error(group: BaseExceptionGroup) -> BaseException:
    """The exception that made a task group fail (the others are its cancelled siblings)."""
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            return first_error(exc)
        if not isinstance(exc, asyncio.CancelledError):
            return exc
    return group
