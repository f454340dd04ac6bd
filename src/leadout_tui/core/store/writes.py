"""What the store is asked to write: parsed feeds, extracted bodies, mentions (plain records)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from leadout_tui.core.models import ExtractedArticle, ParsedFeed, Span
from leadout_tui.core.store.rows import EntityCount


@dataclass(frozen=True)
class DocumentMentions:
    """The mentions found in one article's document text, and the gazetteer that found them."""

    spans: tuple[Span, ...]
    counts: tuple[EntityCount, ...]
    gazetteer_version: str


@dataclass(frozen=True)
class FeedUpdate:
    """A parsed feed to store, with its validators and the mentions found in its entries."""

    feed_id: int
    parsed: ParsedFeed
    etag: str | None
    last_modified: str | None
    mentions: Mapping[str, DocumentMentions]
    #: Entries left out by the ignore rules (stored as the feed's ``ignored_count``).
    ignored: int = 0


@dataclass(frozen=True)
class StoreResult:
    """What storing one parsed feed changed."""

    new_ids: tuple[int, ...]
    updated: int


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
