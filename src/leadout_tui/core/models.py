"""Domain models shared by the core and the UI: frozen, with timezone-aware UTC datetimes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

BlockKind = Literal["paragraph", "heading", "quote", "list_item"]
EntityKind = Literal["rider", "team"]
#: Which source produced an article body: the feed's own full content, JSON-LD ``articleBody``,
#: a known body container, the general scorer, or nothing (``none``: fall back to the summary).
ExtractionSource = Literal["feed", "json-ld", "container", "scorer", "summary", "none"]


@dataclass(frozen=True)
class Link:
    """A hyperlink kept from the article body so the UI can offer it."""

    text: str
    href: str


@dataclass(frozen=True)
class Block:
    """One body block: whitespace-normalised text, with the links that occur in it."""

    kind: BlockKind
    text: str
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class ExtractedArticle:
    """What extraction finds in one HTML page (``blocks`` is empty when no body was found)."""

    url: str
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    site_name: str | None = None
    image_url: str | None = None
    blocks: tuple[Block, ...] = ()
    source: ExtractionSource = "none"


@dataclass(frozen=True)
class Mention:
    """A rider or team mention: ``text[start:end]`` of the matched document is ``surface``."""

    start: int
    end: int
    surface: str
    kind: EntityKind
    name: str
    entity_id: str


@dataclass(frozen=True)
class FeedEntry:
    """One entry parsed from a feed, before it is stored."""

    key: str  # guid, else link: the dedupe key within its feed
    title: str
    url: str | None
    author: str | None
    published: datetime | None
    updated: datetime | None
    summary: str  # plain text
    content_html: str | None  # the feed's own full content, if any


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed feed: its metadata, entries and any parse warning feedparser raised."""

    title: str | None
    link: str | None
    entries: tuple[FeedEntry, ...] = ()
    warning: str | None = None


#: Separator between the title and the blocks (and between blocks) in an article's document text.
BLOCK_SEPARATOR = "\n\n"


def document_text(title: str, blocks: tuple[Block, ...] | list[Block]) -> str:
    """The text mentions are found in and their offsets point into: title, then each block."""
    return BLOCK_SEPARATOR.join([title, *(block.text for block in blocks)])
