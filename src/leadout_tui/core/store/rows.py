"""What the store's queries return: plain frozen records shared by the CLI and the TUI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from leadout_tui.core.models import NO_BODY, Block, Document, ExtractedArticle, ParsedFeed, Span


@dataclass(frozen=True)
class FeedInfo:
    """A subscribed feed with its counts and last outcome (what ``feeds list`` shows)."""

    id: int
    url: str
    title: str | None
    category: str | None
    article_count: int
    unread_count: int
    last_success: datetime | None
    last_error: str | None
    retry_after: datetime | None = None

    @property
    def display_title(self) -> str:
        return self.title or self.url


@dataclass(frozen=True)
class ArticleQuery:
    """Filters for the headline list; every field narrows, ``None``/``False`` means any."""

    feed_url: str | None = None
    search: str | None = None
    unread: bool = False
    starred: bool = False
    entity_id: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class ArticleRow:
    """One headline: enough to draw the list and nothing more."""

    id: int
    feed_id: int
    feed_title: str
    title: str
    url: str | None
    published: datetime | None
    sort_time: datetime
    read: bool
    starred: bool
    rider_count: int


@dataclass(frozen=True)
class EntityCount:
    """How often an entity is mentioned (in one article, or across the cache)."""

    entity_id: str
    kind: str
    name: str
    count: int
    first_offset: int = 0


@dataclass(frozen=True)
class EntityTally:
    """An entity across the cache: in how many articles, and how many mentions in all."""

    entity_id: str
    kind: str
    name: str
    articles: int
    mentions: int


@dataclass(frozen=True)
class ArticleDetail:
    """Everything the article pane shows."""

    id: int
    feed_title: str
    title: str
    url: str | None
    author: str | None
    published: datetime | None
    summary: str
    blocks: tuple[Block, ...]
    extraction_source: str | None
    page_error: str | None
    read: bool
    starred: bool
    spans: tuple[Span, ...] = ()
    mentions: tuple[EntityCount, ...] = field(default_factory=tuple)

    @property
    def document(self) -> Document:
        """What the article pane shows and :attr:`spans` point into (summary if no body)."""
        return stored_document(self.title, self.blocks, self.summary, self.extraction_source)


def stored_document(
    title: str, blocks: tuple[Block, ...], summary: str, source: str | None
) -> Document:
    """An article's document from its stored columns: the body when one was extracted."""
    return Document.of(title, None if source in NO_BODY else blocks, summary)


@dataclass(frozen=True)
class FeedState:
    """What the fetcher needs to know about a feed before requesting it."""

    id: int
    url: str
    etag: str | None
    last_modified: str | None
    retry_after: datetime | None


@dataclass(frozen=True)
class PendingPage:
    """An article whose page still has to be fetched."""

    article_id: int
    url: str
    title: str
    summary: str
    feed_content: str | None


@dataclass(frozen=True)
class CachedPage:
    """A fetched page kept for re-extraction."""

    article_id: int
    url: str
    html: bytes
    encoding: str | None
    title: str
    summary: str
    feed_content: str | None


@dataclass(frozen=True)
class FeedUpdate:
    """A parsed feed to store, with its validators and the mentions found in its entries."""

    feed_id: int
    parsed: ParsedFeed
    etag: str | None
    last_modified: str | None
    mentions: Mapping[str, DocumentMentions]


@dataclass(frozen=True)
class StoreResult:
    """What storing one parsed feed changed."""

    new_ids: tuple[int, ...]
    updated: int


@dataclass(frozen=True)
class DocumentMentions:
    """The mentions found in one article's document text, and the gazetteer that found them."""

    spans: tuple[Span, ...]
    counts: tuple[EntityCount, ...]
    gazetteer_version: str


@dataclass(frozen=True)
class FeedParseResult:
    """A parsed feed with the mentions in each entry's title and summary, by entry key."""

    feed: ParsedFeed
    mentions: dict[str, DocumentMentions]


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
    extractor_version: int


@dataclass(frozen=True)
class BodyUpdate:
    """An extraction result to store, with the page it came from (see ``Store.save_bodies``)."""

    article_id: int
    article: ExtractedArticle
    mentions: DocumentMentions
    extractor_version: int
    page_url: str | None = None
    html_gz: bytes | None = None
    encoding: str | None = None
    page_error: str | None = None
    page_status: str | None = "fetched"
