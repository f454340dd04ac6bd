"""Riders, teams and races for the UI: picker candidates and the one-line description of an entity.

Works with the gazetteer once it has loaded (fuzzy, accent-blind search; nationality and team)
and, until then or without it, from the names stored with the mentions in the cache.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from leadout_tui.core.names.folding import fold
from leadout_tui.core.store.rows import EntityTally

if TYPE_CHECKING:
    from leadout_tui.core.names.entities import Entity
    from leadout_tui.core.names.loader import Names

__all__ = ["Candidate", "EntityDirectory", "race_line"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_GENDERS = {"M": "men", "F": "women", "MF": "men and women"}


def race_line(race: Entity) -> str:
    """``monument · April · men and women``: a race's category, usual months and fields."""
    return " · ".join(
        bit for bit in (race.category, _months(race.months), _GENDERS.get(race.gender or "")) if bit
    )


def _months(months: tuple[int, ...]) -> str:
    """``August/September``; three months or more in a row as a span: a cyclocross season
    (10, 11, 12, 1, 2) is ``October to February``."""
    runs: list[list[int]] = []
    for month in months:
        if runs and month == runs[-1][-1] % 12 + 1:
            runs[-1].append(month)
        else:
            runs.append([month])
    return "/".join(
        f"{_MONTHS[run[0] - 1]} to {_MONTHS[run[-1] - 1]}"
        if len(run) >= 3
        else "/".join(_MONTHS[m - 1] for m in run)
        for run in runs
    )


@dataclass(frozen=True)
class Candidate:
    """One line of a picker: an entity and how many cached articles name it."""

    entity_id: str
    kind: str
    name: str
    detail: str
    articles: int
    followed: bool = False


class EntityDirectory:
    """Looks entities up in the names (None until they have loaded) and the cache counts."""

    def __init__(
        self,
        names: Names | None,
        counts: dict[str, EntityTally],
        followed: set[str] | None = None,
    ) -> None:
        self.names = names
        self.counts = counts
        #: The ids the user follows (marked ★ where listed); kept up to date by the picker.
        self.followed = followed if followed is not None else set()

    def describe(self, entity_id: str) -> str:
        """``SLO · UAE Team Emirates`` for a rider, ``monument · April`` for a race, "" when
        unknown or a team."""
        if self.names is None:
            return ""
        gazetteer = self.names.gazetteer
        entity = gazetteer.get(entity_id)
        if entity is not None and entity.kind == "race":
            return race_line(entity)
        if entity is None or entity.kind != "rider":
            return ""
        team = gazetteer.team_name_for(entity)
        if team and entity.latest_season < gazetteer.newest_season - 1:
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
        if self.names is not None:
            entities = self.names.search(query, kind=kind, limit=limit * 4)
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
            entity_id,
            kind,
            name,
            self.describe(entity_id),
            count.articles if count else 0,
            entity_id in self.followed,
        )
