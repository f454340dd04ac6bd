"""CPU-heavy jobs the refresh hands to worker processes: parsing, extraction, mention finding.

Module-level functions with picklable arguments and results (records in ``payloads.py``, so the
main process unpickles them without importing the parsers), run by name through
:class:`leadout_tui.core.refresh.jobs.JobRunner` on worker processes (big refreshes) or a thread.
"""

from __future__ import annotations

import contextlib
import gzip
from dataclasses import replace
from datetime import datetime
from functools import cache

from leadout_tui.core.extract.article import EXTRACTOR_VERSION, extract_article
from leadout_tui.core.feeds.parse import parse_feed
from leadout_tui.core.models import Document
from leadout_tui.core.names.loader import NamesSource
from leadout_tui.core.names.matcher import MentionMatcher, count_entities
from leadout_tui.core.refresh.payloads import FeedParseResult, PageResult
from leadout_tui.core.refresh.preload import preloaded_names
from leadout_tui.core.store.rows import ArticlePage, EntityCount
from leadout_tui.core.store.writes import DocumentMentions


@cache
def _matcher(source: NamesSource) -> tuple[MentionMatcher, str]:
    names = source.load()
    return names.matcher, names.version


def _season(published: datetime | str | None) -> int | None:
    """The year of a published date (a datetime or stored ISO text), if there is one."""
    if isinstance(published, datetime):
        return published.year
    if published and published[:4].isdigit():
        return int(published[:4])
    return None


def find_mentions(
    document: Document, names: NamesSource, published: datetime | str | None = None
) -> DocumentMentions:
    """Mentions in the document's text: spans for highlighting, counts for filters. The
    published date gives the season a bare surname is read in."""
    matcher, version = _matcher(names)
    spans = tuple(matcher.find(document.text, _season(published)))
    counts = tuple(EntityCount(*row) for row in count_entities(spans, matcher.name_of))
    return DocumentMentions(spans, counts, version)


def parse_job(
    content: bytes, url: str, content_type: str | None, names: NamesSource
) -> FeedParseResult:
    """Parse a feed, and find the mentions in each entry's title and summary."""
    feed = parse_feed(content, url, content_type)
    mentions = {
        entry.key: find_mentions(
            Document.of(entry.title, None, entry.summary), names, entry.published
        )
        for entry in feed.entries
    }
    return FeedParseResult(feed, mentions)


def extract_job(page: ArticlePage, names: NamesSource, compress: bool = True) -> PageResult:
    """Extract the body (falling back to the summary), find its mentions, compress the page."""
    article = extract_article(
        page.html if page.html is not None else b"",
        page.url,
        feed_content=page.feed_content,
        encoding=page.encoding,
    )
    document = Document.of(page.title, article.blocks, page.summary)
    if not document.is_body:
        article = replace(article, blocks=document.blocks, source="summary")
    html_gz = gzip.compress(page.html, 5) if page.html is not None and compress else None
    return PageResult(
        page.article_id,
        article,
        html_gz,
        find_mentions(document, names, page.published),
        EXTRACTOR_VERSION,
    )


def mentions_job(
    docs: list[tuple[int, Document]], names: NamesSource
) -> list[tuple[int, DocumentMentions]]:
    """Mentions for a batch of stored articles' documents."""
    return [(article_id, find_mentions(document, names)) for article_id, document in docs]


def _preload() -> None:
    """In the forkserver, which imports this module before it forks a worker: load the names
    the refresh that started it uses, once for all its workers (``preload.py``)."""
    names = preloaded_names()
    if names is not None:
        # Whatever fails here fails again in the worker's first job, which reports it.
        with contextlib.suppress(Exception):
            _matcher(names)


_preload()
