"""Recomputing what a newer extractor or gazetteer would store, without fetching anything."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from leadout_tui.core.names.loader import NamesSource
from leadout_tui.core.refresh.jobs import PROCESS_THRESHOLD, JobRunner
from leadout_tui.core.refresh.pipeline import index_documents
from leadout_tui.core.refresh.progress import ProgressCallback, RefreshProgress
from leadout_tui.core.refresh.stories import regroup_stories
from leadout_tui.core.refresh.writer import Writer
from leadout_tui.core.store.db import Store
from leadout_tui.core.store.writes import BodyUpdate
from leadout_tui.core.stories.articles import WINDOW


def _noop(progress: RefreshProgress) -> None:
    return None


async def reextract(
    store: Store,
    *,
    everything: bool = False,
    names: NamesSource,
    on_progress: ProgressCallback = _noop,
) -> tuple[int, int]:
    """Re-run extraction over cached pages (those from older extractors, or all).

    Pages are read and decompressed a few at a time, so memory stays flat on a big cache.
    Returns (articles re-extracted, of which with a body found).
    """
    from leadout_tui.core.extract.article import EXTRACTOR_VERSION

    ids = store.cached_page_ids(only_older_than=None if everything else EXTRACTOR_VERSION)
    in_flight = asyncio.Semaphore(16)
    done = with_body = 0

    async def one(article_id: int, jobs: JobRunner) -> None:
        nonlocal done, with_body
        async with in_flight:
            page = store.cached_page(article_id)
            if page is None:
                return
            # The page is in the cache already: nothing to compress again.
            result = await jobs.run("extract_job", page, names, False)
        writer.add_body(
            BodyUpdate(
                result.article_id,
                result.article,
                result.mentions,
                result.extractor_version,
                page_status=None,
            )
        )
        done += 1
        with_body += result.article.source != "summary"
        on_progress(RefreshProgress("pages", done, len(ids)))

    with (
        JobRunner(names=names) as jobs,
        Writer(store.path, busy_timeout=store.busy_timeout) as writer,
    ):
        jobs.use_processes = len(ids) >= PROCESS_THRESHOLD
        await asyncio.gather(*(one(article_id, jobs) for article_id in ids))
    return done, with_body


async def reindex(
    store: Store,
    *,
    names: NamesSource,
    on_progress: ProgressCallback = _noop,
    window: timedelta = WINDOW,
) -> int:
    """Recompute every article's mentions with the current gazetteer, then regroup every story
    from them; returns how many articles."""
    docs = list(store.documents())
    with JobRunner(names=names) as jobs:
        await index_documents(store, jobs, docs, names, on_progress)
    regroup_stories(store, window=window)
    return len(docs)
