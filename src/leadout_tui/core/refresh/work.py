"""CPU-heavy jobs the refresh hands to worker processes: parsing, extraction, mention finding.

Module-level functions with picklable arguments and results (records in ``records.py``, so the
main process unpickles them without importing the parsers), run by name through
:class:`leadout_tui.core.refresh.jobs.JobRunner` on worker processes (big refreshes) or a thread.
"""

from __future__ import annotations

import gzip
from functools import cache

from leadout_tui.core.extract.article import EXTRACTOR_VERSION, extract_article
from leadout_tui.core.feeds.parse import parse_feed
from leadout_tui.core.models import Block, ExtractedArticle, document_text
from leadout_tui.core.names.loader import NamesSource
from leadout_tui.core.names.matcher import MentionMatcher, count_entities
from leadout_tui.core.store.columns import summary_blocks
from leadout_tui.core.store.rows import (
    DocumentMentions,
    EntityCount,
    FeedParseResult,
    PageJob,
    PageResult,
    SpanRecord,
)


@cache
def _matcher(source: NamesSource) -> tuple[MentionMatcher, str]:
    names = source.load()
    return names.matcher, names.version


def find_mentions(title: str, blocks: tuple[Block, ...], names: NamesSource) -> DocumentMentions:
    """Mentions in ``document_text(title, blocks)``: spans for highlighting, counts for filters."""
    matcher, version = _matcher(names)
    mentions = matcher.find(document_text(title, blocks))
    spans = tuple(SpanRecord(m.start, m.end, m.entity_id, m.kind) for m in mentions)
    counts = tuple(EntityCount(*row) for row in count_entities(mentions))
    return DocumentMentions(spans, counts, version)


def parse_job(
    content: bytes, url: str, content_type: str | None, names: NamesSource
) -> FeedParseResult:
    """Parse a feed, and find the mentions in each entry's title and summary."""
    feed = parse_feed(content, url, content_type)
    mentions = {
        entry.key: find_mentions(entry.title, summary_blocks(entry.summary), names)
        for entry in feed.entries
    }
    return FeedParseResult(feed, mentions)


def extract_job(job: PageJob, names: NamesSource) -> PageResult:
    """Extract the body (falling back to the summary), find its mentions, compress the page."""
    article = extract_article(
        job.html if job.html is not None else b"",
        job.url,
        feed_content=job.feed_content,
        encoding=job.encoding,
    )
    if not article.blocks:
        article = ExtractedArticle(
            url=article.url,
            title=article.title,
            author=article.author,
            published=article.published,
            site_name=article.site_name,
            image_url=article.image_url,
            blocks=summary_blocks(job.summary),
            source="summary",
        )
    mentions = find_mentions(job.title, article.blocks, names)
    html_gz = gzip.compress(job.html, 5) if job.html is not None and job.compress else None
    return PageResult(job.article_id, article, html_gz, mentions, EXTRACTOR_VERSION)


def mentions_job(
    docs: list[tuple[int, str, tuple[Block, ...], str]], names: NamesSource
) -> list[tuple[int, DocumentMentions]]:
    """Mentions for a batch of stored articles (id, title, blocks, summary)."""
    return [
        (article_id, find_mentions(title, blocks or summary_blocks(summary), names))
        for article_id, title, blocks, summary in docs
    ]
