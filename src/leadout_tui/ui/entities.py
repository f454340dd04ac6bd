"""Riders and teams for the UI: picker candidates and the one-line description of an entity.

Works with the gazetteer once it has loaded (fuzzy, accent-blind search; nationality and team)
and, until then or without it, from the names stored with the mentions in the cache.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from leadout_tui.core.store.rows import EntityTally

__all__ = ["Candidate", "EntityDirectory", "fold"]


def fold(text: str) -> str:
    """Lower-case, accent-free text for matching (``Pogačar`` -> ``pogacar``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Candidate:
    """One line of a picker: an entity and how many cached articles name it."""

    entity_id: str
    kind: str
    name: str
    detail: str
    articles: int


class EntityDirectory:
    """Looks entities up in the gazetteer (``Any``: it loads lazily) and the cache counts."""

    def __init__(self, gazetteer: Any | None, counts: dict[str, EntityTally]) -> None:
        self.gazetteer = gazetteer
        self.counts = counts

    def describe(self, entity_id: str) -> str:
        """``SLO · UAE Team Emirates`` for a rider, "" when unknown or a team."""
        if self.gazetteer is None:
            return ""
        entity = self.gazetteer.entities.get(entity_id)
        if entity is None or entity.kind != "rider":
            return ""
        team = None
        try:
            team = self.gazetteer.team_name_for(entity)
        except (AttributeError, KeyError, ValueError):
            team = None
        if team and entity.latest_season < self.gazetteer.newest_season - 1:
            # Not a current rider (or not known to be): the season that team is from.
            team = f"{team} ({entity.latest_season})"
        return " · ".join(bit for bit in (entity.nationality, team) if bit)

    def candidates(self, query: str, kind: str, limit: int = 50) -> list[Candidate]:
        """Entities of ``kind`` matching ``query``; those named in the cache come first."""
        query = query.strip()
        if not query:
            found = sorted(
                (c for c in self.counts.values() if c.kind == kind),
                key=lambda c: (-c.articles, -c.mentions, c.name),
            )
            return [self._candidate(c.entity_id, kind, c.name) for c in found[:limit]]
        if self.gazetteer is not None:
            entities = self.gazetteer.search(query, kind=kind, limit=limit * 4)
            picked = [self._candidate(e.id, kind, e.name) for e in entities]
        else:
            needle = fold(query)
            picked = [
                self._candidate(c.entity_id, kind, c.name)
                for c in self.counts.values()
                if c.kind == kind and needle in fold(c.name)
            ]
        # Stable sort: the gazetteer's relevance order is kept within each group.
        picked.sort(key=lambda c: c.articles == 0)
        return picked[:limit]

    def _candidate(self, entity_id: str, kind: str, name: str) -> Candidate:
        count = self.counts.get(entity_id)
        return Candidate(
            entity_id, kind, name, self.describe(entity_id), count.articles if count else 0
        )
