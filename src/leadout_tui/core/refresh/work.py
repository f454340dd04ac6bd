"""CPU-heavy jobs the refresh hands to worker processes: parsing, extraction, mention finding.

Module-level functions with picklable arguments and results (records in ``payloads.py``, so the
main process unpickles them without importing the parsers), run by name through
:class:`leadout_tui.core.refresh.jobs.JobRunner` on worker processes (big refreshes) or a thread.
"""

from __future__ import annotations

import gzip
from dataclasses import replace
from functools import cache

from leadout_tui.core.extract.article import EXTRACTOR_VERSION, extract_article
from leadout_tui.core.feeds.parse import parse_feed
from leadout_tui.core.models import Document
from leadout_tui.core.names.loader import NamesSource
from leadout_tui.core.names.matcher import MentionMatcher, count_entities
from leadout_tui.core.refresh.payloads import FeedParseResult, PageResult
from leadout_tui.core.store.rows import ArticlePage, EntityCount
from leadout_tui.core.store.writes import DocumentMentions


@cache
def _matcher(source: NamesSource) -> tuple[MentionMatcher, str]:
    names = source.load()
    return names.matcher, names.version


def find_mentions(document: Document, names: NamesSource) -> DocumentMentions:
    """Mentions in the document's text: spans for highlighting, counts for filters."""
    matcher, version = _matcher(names)
    spans = tuple(matcher.find(document.text))
    counts = tuple(EntityCount(*row) for row in count_entities(spans, matcher.name_of))
    return DocumentMentions(spans, counts, version)


def parse_job(
    content: bytes, url: str, content_type: str | None, names: NamesSource
) -> FeedParseResult:
    """Parse a feed, and find the mentions in each entry's title and summary."""
    feed = parse_feed(content, url, content_type)
    mentions = {
        entry.key: find_mentions(Document.of(entry.title, None, entry.summary), names)
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
        page.article_id, article, html_gz, find_mentions(document, names), EXTRACTOR_VERSION
    )


def mentions_job(
    docs: list[tuple[int, Document]], names: NamesSource
) -> list[tuple[int, DocumentMentions]]:
    """Mentions for a batch of stored articles' documents."""
    return [(article_id, find_mentions(document, names)) for article_id, document in docs]
