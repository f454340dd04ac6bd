"""The page half of a refresh: fetch each article's page, extract its body, store it.

Pages of a feed are scheduled as soon as that feed is stored, so page downloads overlap the
remaining feeds; after the feeds, scheduling all of them picks up pages left from earlier
refreshes (retries, or feeds that answered 304). Each page is a task of the refresh's task
group, which waits for them.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Mapping, Sequence
from contextlib import AsyncExitStack
from dataclasses import replace

from leadout_tui.core.errors import FetchError
from leadout_tui.core.names.loader import NamesSource
from leadout_tui.core.net.fetch import PAGE_MAX_BYTES, Fetcher, FetchResult
from leadout_tui.core.net.urls import host_of
from leadout_tui.core.refresh.jobs import PROCESS_THRESHOLD, JobRunner
from leadout_tui.core.refresh.progress import ProgressCallback, RefreshProgress, RefreshSummary
from leadout_tui.core.refresh.writer import Writer
from leadout_tui.core.store.db import Store
from leadout_tui.core.store.rows import ArticlePage
from leadout_tui.core.store.writes import BodyUpdate

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
PAGE_ACCEPT = "text/html,application/xhtml+xml"


class PageFetcher:
    """Fetches and extracts pages as they are scheduled; counts go into ``summary``."""

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        jobs: JobRunner,
        writer: Writer,
        tasks: asyncio.TaskGroup,
        *,
        summary: RefreshSummary,
        on_progress: ProgressCallback,
        names: NamesSource,
        concurrency: int,
        per_host: int,
        user_agents: Mapping[str, str] | None = None,
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.jobs = jobs
        self.writer = writer
        self.tasks = tasks
        self.summary = summary
        self.on_progress = on_progress
        self.names = names
        self.user_agents = user_agents or {}
        # Pages in hand (downloading, downloaded, being extracted) are bounded, or downloads,
        # faster than extraction, would pile pages up in memory. A page waits for its host's
        # turn before it takes one of these, so one host's queue never holds them all while
        # the other hosts sit idle.
        self._in_hand = asyncio.Semaphore(max(concurrency * 2, 8))
        self._host_turns: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(per_host)
        )
        self._scheduled: set[int] = set()
        self._done = 0

    def schedule(self, feed_ids: Sequence[int] | None) -> None:
        """Start fetching the pending pages of these feeds (all feeds with None)."""
        pending = [
            page
            for page in self.store.pending_pages(feed_ids)
            if page.article_id not in self._scheduled
        ]
        if not pending:
            return
        self._scheduled.update(page.article_id for page in pending)
        if len(self._scheduled) >= PROCESS_THRESHOLD:
            self.jobs.use_processes = True
        for page in pending:
            self.tasks.create_task(self._one(page))

    async def _one(self, page: ArticlePage) -> None:
        async with AsyncExitStack() as in_hand:
            async with self._host_turns[host_of(page.url)]:
                # Held from here until the page is stored; the host's turn ends with the download.
                await in_hand.enter_async_context(self._in_hand)
                result = await self._download(page)
            error = await self._store(page, result)
        self._done += 1
        self.on_progress(
            RefreshProgress("pages", self._done, len(self._scheduled), page.url, error)
        )

    async def _download(self, page: ArticlePage) -> FetchResult | FetchError:
        try:
            return await self.fetcher.get(
                page.url,
                max_bytes=PAGE_MAX_BYTES,
                accept=PAGE_ACCEPT,
                user_agent=self.user_agents.get(page.feed_url or ""),
            )
        except FetchError as exc:
            return exc

    async def _store(self, page: ArticlePage, result: FetchResult | FetchError) -> str | None:
        """Extract and store a downloaded page (or record why it could not be); the error."""
        if isinstance(result, FetchError):
            reason = str(result)
            self.store.record_page_failure(page.article_id, reason)
            self.summary.page_failures.append((page.url, reason))
            if page.feed_content:
                # The feed's own content may be the whole article: show it meanwhile.
                await self._extract(page, page_status=None)
            return reason
        media_type = (result.content_type or "text/html").split(";")[0].strip().lower()
        is_html = media_type in HTML_TYPES or result.content[:1] == b"<"
        fetched = replace(
            page, url=result.url, html=result.content if is_html else None, encoding=result.encoding
        )
        error = None if is_html else f"not an HTML page ({media_type})"
        await self._extract(fetched, page_error=error, page_status="failed" if error else "fetched")
        self.summary.pages_fetched += 1
        return None

    async def _extract(
        self, page: ArticlePage, *, page_status: str | None, page_error: str | None = None
    ) -> None:
        extracted = await self.jobs.run("extract_job", page, self.names)
        self.writer.add_body(
            BodyUpdate(
                page.article_id,
                extracted.article,
                extracted.mentions,
                extracted.extractor_version,
                page_url=page.url,
                html_gz=extracted.html_gz,
                encoding=page.encoding,
                page_error=page_error,
                page_status=page_status,
            )
        )
