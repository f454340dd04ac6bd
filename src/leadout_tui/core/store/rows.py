"""What the store's queries return: plain frozen records for the CLI, the TUI and the refresh."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from leadout_tui.core.models import NO_BODY, Block, Document, Span


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
    #: Entries its latest refresh left out by the user's ignore rules.
    ignored_count: int = 0
    #: False for feeds whose items are only links (videos): their pages are never fetched.
    fetch_pages: bool = True

    @property
    def display_title(self) -> str:
        return self.title or self.url


@dataclass(frozen=True)
class ArticleQuery:
    """Filters for the headline list; every field narrows, ``None``/``False`` means any.

    ``since`` and ``before`` bound the article's time (published, else first seen);
    ``category`` is a folder of feeds (the OPML category).
    """

    feed_url: str | None = None
    category: str | None = None
    search: str | None = None
    unread: bool = False
    starred: bool = False
    entity_id: str | None = None
    since: datetime | None = None
    before: datetime | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
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
    #: The story it is grouped in (the id of the story's first article); None until grouped.
    story_id: int | None = None


@dataclass(frozen=True)
class EntityCount:
    """How often an entity is mentioned (in one article, or across the cache)."""

    entity_id: str
    kind: str
    name: str
    count: int
    first_offset: int = 0


@dataclass(frozen=True)
class StoryInfo:
    """A story: its id (its first article's), the article whose title it shows, all its
    articles newest first, and the riders then teams they name (most articles first)."""

    id: int
    headline: ArticleRow
    articles: tuple[ArticleRow, ...]
    entities: tuple[EntityCount, ...]


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
    #: Where the reader left the article (lines scrolled).
    scroll: int = 0
    mentions: tuple[EntityCount, ...] = field(default_factory=tuple)
    #: Its time in the list (published, else first seen) and its story (None until grouped).
    sort_time: datetime | None = None
    story_id: int | None = None

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
class FollowInfo:
    """A followed rider, team or race, with what the cache holds about it."""

    entity_id: str
    kind: str
    name: str
    articles: int
    unread: int
    newest: datetime | None


@dataclass(frozen=True)
class FollowedNews:
    """New articles that name followed riders, teams or races: how many, and whom (most first)."""

    articles: int = 0
    names: tuple[tuple[str, int], ...] = ()

    def describe(self) -> str:
        """``3 new: Tadej Pogačar ×2, Demi Vollering`` (empty when there is nothing)."""
        if not self.articles:
            return ""
        names = ", ".join(name if count == 1 else f"{name} \u00d7{count}"
                          for name, count in self.names)  # fmt: skip
        return f"{self.articles} new: {names}"


@dataclass(frozen=True)
class TrendRow:
    """How often an entity was in the news: articles naming it in a window, the window before,
    and per day (oldest first)."""

    entity_id: str
    kind: str
    name: str
    count: int
    previous: int
    per_day: tuple[int, ...]


@dataclass(frozen=True)
class CleanupCounts:
    """What a cleanup deleted (or would delete, on a dry run)."""

    articles: int
    pages: int
    bytes_freed: int = 0


@dataclass(frozen=True)
class ArticlePage:
    """An article's page: what fetching and extracting it needs (``html`` once it is fetched).

    The store lists the pages still to fetch (no ``html``) and the cached ones (with it); the
    refresh fills in ``html`` after a download and hands the record to an extraction job.
    """

    article_id: int
    url: str
    title: str
    summary: str
    feed_content: str | None
    html: bytes | None = None
    encoding: str | None = None
    #: The feed it came from (its per-feed settings apply to the page too).
    feed_url: str | None = None
    #: The article's published date (ISO text as stored): its season, for the mentions.
    published: str | None = None
