"""CPU-heavy jobs the refresh hands to worker processes: parsing, extraction, mention finding.

Module-level functions with picklable arguments and results, so they run the same in a
``ProcessPoolExecutor`` (big refreshes, both cores) or in a thread (small ones).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from leadout_tui import paths
from leadout_tui.core.columns import summary_blocks
from leadout_tui.core.extract import EXTRACTOR_VERSION, extract_article
from leadout_tui.core.feeds import parse_feed
from leadout_tui.core.gazetteer import load_gazetteer
from leadout_tui.core.mentions import MentionMatcher, count_entities
from leadout_tui.core.models import Block, ExtractedArticle, ParsedFeed, document_text
from leadout_tui.core.records import EntityCount, SpanRecord

__all__ = ["EXTRACTOR_VERSION", "DocumentMentions", "PageJob", "PageResult"]


@dataclass(frozen=True)
class DocumentMentions:
    """The mentions found in one article's document text."""

    article_id: int
    spans: tuple[SpanRecord, ...]
    counts: tuple[EntityCount, ...]
    gazetteer_version: str


@dataclass(frozen=True)
class PageJob:
    """An article page to extract (``html`` is None when only the feed content is at hand)."""

    article_id: int
    url: str
    html: bytes | None
    encoding: str | None
    title: str
    summary: str
    feed_content: str | None
    compress: bool = True


@dataclass(frozen=True)
class PageResult:
    """The extracted article (summary as the only block when no body was found)."""

    article_id: int
    article: ExtractedArticle
    html_gz: bytes | None
    mentions: DocumentMentions


def parse_job(content: bytes, url: str, content_type: str | None) -> ParsedFeed:
    return parse_feed(content, url, content_type)


@cache
def _matcher(gazetteer_file: str | None) -> tuple[MentionMatcher, str]:
    gazetteer = load_gazetteer(
        Path(gazetteer_file) if gazetteer_file else None, cache_dir=paths.cache_dir()
    )
    return MentionMatcher(gazetteer), gazetteer.version


def find_mentions(
    article_id: int, title: str, blocks: tuple[Block, ...], gazetteer_file: str | None
) -> DocumentMentions:
    """Mentions in ``document_text(title, blocks)``: spans for highlighting, counts for filters."""
    matcher, version = _matcher(gazetteer_file)
    mentions = matcher.find(document_text(title, blocks))
    spans = tuple(SpanRecord(m.start, m.end, m.entity_id, m.kind) for m in mentions)
    counts = tuple(EntityCount(*row) for row in count_entities(mentions))
    return DocumentMentions(article_id, spans, counts, version)


def extract_job(job: PageJob, gazetteer_file: str | None) -> PageResult:
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
    mentions = find_mentions(job.article_id, job.title, article.blocks, gazetteer_file)
    html_gz = gzip.compress(job.html, 5) if job.html is not None and job.compress else None
    return PageResult(job.article_id, article, html_gz, mentions)


def mentions_job(
    docs: list[tuple[int, str, tuple[Block, ...], str]], gazetteer_file: str | None
) -> list[DocumentMentions]:
    """Mentions for a batch of stored articles (id, title, blocks, summary)."""
    return [
        find_mentions(article_id, title, blocks or summary_blocks(summary), gazetteer_file)
        for article_id, title, blocks, summary in docs
    ]


def gazetteer_version(gazetteer_file: str | None) -> str:
    """The version of the gazetteer the workers match with (stored beside each article)."""
    return _matcher(gazetteer_file)[1]
