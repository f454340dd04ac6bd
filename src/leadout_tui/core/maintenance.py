"""Recomputing what a newer extractor or gazetteer would store, without fetching anything."""

from __future__ import annotations

import asyncio
from pathlib import Path

from leadout_tui.core import work
from leadout_tui.core.jobs import JobRunner
from leadout_tui.core.progress import ProgressCallback, RefreshProgress
from leadout_tui.core.refresh import PROCESS_THRESHOLD, index_documents
from leadout_tui.core.store import Store


def _noop(progress: RefreshProgress) -> None:
    return None


async def reextract(
    store: Store,
    *,
    everything: bool = False,
    gazetteer_file: Path | None = None,
    on_progress: ProgressCallback = _noop,
) -> tuple[int, int]:
    """Re-run extraction over cached pages (those from older extractors, or all).

    Returns (articles re-extracted, of which with a body found).
    """
    pages = list(store.cached_pages(only_older_than=None if everything else work.EXTRACTOR_VERSION))
    gazetteer = str(gazetteer_file) if gazetteer_file else None
    with_body = 0
    with JobRunner() as jobs:
        jobs.use_processes = len(pages) >= PROCESS_THRESHOLD
        tasks = [
            jobs.run(
                work.extract_job,
                work.PageJob(
                    page.article_id,
                    page.url,
                    page.html,
                    page.encoding,
                    page.title,
                    page.summary,
                    page.feed_content,
                    compress=False,
                ),
                gazetteer,
            )
            for page in pages
        ]
        for done, next_result in enumerate(asyncio.as_completed(tasks), 1):
            result = await next_result
            store.save_body(
                result.article_id, result.article, extractor_version=work.EXTRACTOR_VERSION
            )
            found = result.mentions
            store.save_mentions(
                found.article_id, found.spans, found.counts, found.gazetteer_version
            )
            with_body += result.article.source != "summary"
            on_progress(RefreshProgress("pages", done, len(pages)))
    return len(pages), with_body


async def reindex(
    store: Store, *, gazetteer_file: Path | None = None, on_progress: ProgressCallback = _noop
) -> int:
    """Recompute every article's mentions with the current gazetteer; returns how many."""
    docs = list(store.documents())
    with JobRunner() as jobs:
        await index_documents(
            store, jobs, docs, str(gazetteer_file) if gazetteer_file else None, on_progress
        )
    return len(docs)
