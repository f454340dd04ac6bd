"""Domain models shared by the core and the UI: frozen, with timezone-aware UTC datetimes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import Literal

BlockKind = Literal["paragraph", "heading", "quote", "list_item"]
EntityKind = Literal["rider", "team"]
#: Which source produced an article body: the feed's own full content, JSON-LD ``articleBody``,
#: the JSON page state of a script-rendered page, the main region in a known body container or
#: elsewhere (the general scorer), or nothing (``none``: fall back to the summary).
ExtractionSource = Literal[
    "feed", "json-ld", "page-state", "container", "scorer", "summary", "none"
]
#: Sources that mean no body was found: the article shows its feed summary instead.
NO_BODY: frozenset[str | None] = frozenset({None, "none", "summary"})


def utc_now() -> datetime:
    """Now, timezone-aware in UTC: the only kind of datetime the core stores or compares."""
    return datetime.now(UTC)


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
class Span:
    """A mention: ``document.text[start:end]`` names the rider or team ``entity_id``.

    The one shape of a span: the matcher finds them, the store keeps them, the UI highlights
    them.
    """

    start: int
    end: int
    entity_id: str
    kind: EntityKind


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


@dataclass(frozen=True)
class Document:
    """An article as it is read: its title, then its blocks; mention offsets point into ``text``.

    ``text`` is the title, a blank line, and the blocks separated by blank lines. ``is_body`` is
    False when the blocks are the feed's summary standing in for a body that was not found.
    Build one with :meth:`of`, which holds the rule for that fallback.
    """

    title: str
    blocks: tuple[Block, ...] = ()
    is_body: bool = True

    @classmethod
    def of(cls, title: str, body: Sequence[Block] | None, summary: str) -> Document:
        """The article's document: its body, or without one, the summary as the only block."""
        if body:
            return cls(title, tuple(body), is_body=True)
        return cls(title, (Block("paragraph", summary),) if summary else (), is_body=False)

    @cached_property
    def text(self) -> str:
        return BLOCK_SEPARATOR.join([self.title, *(block.text for block in self.blocks)])

    def part_starts(self) -> tuple[int, ...]:
        """Where the title (the first) and each block start in :attr:`text`."""
        starts = [0]
        parts = [self.title, *(block.text for block in self.blocks)]
        for part in parts[:-1]:
            starts.append(starts[-1] + len(part) + len(BLOCK_SEPARATOR))
        return tuple(starts)
