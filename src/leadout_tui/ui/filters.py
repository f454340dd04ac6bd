"""What the headline list shows: every active filter at once, as one value.

The main screen holds a :class:`Filters`; its query goes to the store, its title to the pane, and
it is saved with the reader's state so a restart comes back to the same view.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from leadout_tui.core.store.rows import ArticleQuery

__all__ = ["AGES", "EntityFilter", "Filters"]

#: The age filter cycles through these (``d``): everything, the last 24 hours, the last week.
AGES: dict[str, timedelta | None] = {
    "all": None,
    "24h": timedelta(hours=24),
    "7d": timedelta(days=7),
}
_AGE_TITLES = {"24h": "Last 24 h", "7d": "Last 7 days"}


@dataclass(frozen=True)
class EntityFilter:
    """A rider or team (later: race) the headlines must mention."""

    entity_id: str
    kind: str
    name: str


@dataclass(frozen=True)
class Filters:
    """Every filter of the headline list; they combine (all must hold)."""

    entity: EntityFilter | None = None
    search: str = ""
    starred: bool = False
    unread: bool = False
    age: str = "all"
    feed_url: str | None = None
    feed_title: str | None = None
    folder: str | None = None

    @property
    def active(self) -> bool:
        return self != Filters()

    def query(self, now: datetime) -> ArticleQuery:
        span = AGES.get(self.age)
        return ArticleQuery(
            feed_url=self.feed_url,
            category=self.folder,
            search=self.search or None,
            unread=self.unread,
            starred=self.starred,
            entity_id=self.entity.entity_id if self.entity else None,
            since=now - span if span else None,
        )

    def next_age(self) -> Filters:
        ages = list(AGES)
        return replace(self, age=ages[(ages.index(self.age) + 1) % len(ages)])

    def title(self, count: int | None) -> str:
        """The pane title: ``Rider: Tadej Pogačar · Unread — 12`` (``…`` while counting)."""
        bits: list[str] = []
        if self.folder:
            bits.append(f"Folder: {self.folder}")
        if self.feed_url:
            bits.append(f"Feed: {self.feed_title or self.feed_url}")
        if self.entity:
            bits.append(f"{self.entity.kind.capitalize()}: {self.entity.name}")
        if self.search:
            bits.append(f'Search: "{self.search}"')
        if self.unread:
            bits.append("Unread")
        if self.starred:
            bits.append("Starred")
        if self.age in _AGE_TITLES:
            bits.append(_AGE_TITLES[self.age])
        shown = "…" if count is None else f"{count:,}"
        return f"{' · '.join(bits) or 'All articles'} — {shown}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> Filters:
        """Filters saved by an earlier run; anything unreadable means no filter."""
        if not isinstance(data, dict):
            return cls()
        try:
            entity = data.get("entity")
            values = {**data, "entity": EntityFilter(**entity) if entity else None}
            filters = cls(**values)
        except TypeError:
            return cls()
        return filters if filters.age in AGES else replace(filters, age="all")
