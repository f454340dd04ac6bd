"""What the story grouping knows of an article: a frozen record the store can fill cheaply."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

__all__ = ["WINDOW", "StoryArticle"]

#: How far apart in time two articles about one event may be published.
WINDOW = timedelta(hours=36)


@dataclass(frozen=True)
class StoryArticle:
    """One article as the grouping sees it.

    ``entities`` are the ids of the riders and teams (and, later, races) its stored mentions
    name; ``lead`` is its first paragraph (optional: it makes grouping better, see
    ``benchmarks/stories.py``); ``story_id`` is the story it was put in, None until it is
    grouped. ``published`` must be timezone-aware (the store's sort time).
    """

    article_id: int
    feed_id: int
    title: str
    published: datetime
    entities: frozenset[str] = frozenset()
    lead: str = ""
    story_id: int | None = None

    def __post_init__(self) -> None:
        if self.published.tzinfo is None:
            raise ValueError(f"article {self.article_id}: published must be timezone-aware")
