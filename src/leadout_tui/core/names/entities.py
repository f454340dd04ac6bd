"""The gazetteer's data: riders, teams and races (:class:`Entity`), and all of them
(:class:`Gazetteer`).

Plain data only. The files it is read from are parsed in ``files.py``; ``loader.py`` loads and
caches it, and builds what works on it: the name look-up (``lookup.py``) and the matcher's
trie (``trie.py``). The bundled CSV columns and the user's TOML format are described in
``files.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

#: The kinds of entity the data has.
EntityKindName = Literal["rider", "team", "race"]
ENTITY_KINDS: tuple[EntityKindName, ...] = ("rider", "team", "race")


@dataclass(frozen=True)
class Entity:
    """A rider, a team or a race. Fields that do not apply to the kind are empty (or None)."""

    id: str
    kind: EntityKindName
    name: str
    ascii_name: str
    nationality: str | None = None  # 3-letter code, riders only
    gender: str | None = None  # "M" or "F"; races also "MF" (men's and women's editions)
    #: (season, team id) for riders, sorted by season.
    teams: tuple[tuple[int, str], ...] = ()
    #: Other names, matched case-insensitively ("Skjelmose Jensen", "Daniel Martin").
    aliases: tuple[str, ...] = ()
    #: Nicknames matched in exact case only ("Pogi", "Cannibal", "Wolfpack").
    case_sensitive_aliases: tuple[str, ...] = ()
    born: str | None = None
    #: Teams only: the short forms the press uses ("UAE", "Quick-Step").
    short_names: tuple[str, ...] = ()
    #: Teams only: the sponsor names it raced under ("Jumbo-Visma", "Team Sky").
    former_names: tuple[str, ...] = ()
    years: str | None = None  # teams only, as in the data ("2010-2026")
    uci_codes: tuple[tuple[int, str], ...] = ()  # teams only: (season, UCI code)
    #: Riders: the first and last season the data has them racing ("1985-1992").
    active: str | None = None
    #: Riders: major wins ("Tour de France 1985", "World RR 2004").
    wins: tuple[str, ...] = ()
    #: Teams only: the name (season, name) and category (season, "WT"/"PRT"/"CT"/"DEV"/"CX")
    #: of each season the data knows.
    season_names: tuple[tuple[int, str], ...] = ()
    categories: tuple[tuple[int, str], ...] = ()
    #: Races only: "grand tour", "monument", "worldtour", "championship", "cyclocross series".
    category: str | None = None
    #: Races only: the months (1-12) it is usually raced in.
    months: tuple[int, ...] = ()
    #: Races only: names that are the race only when the text says so ("Tour", "World Cup"),
    #: the words that say so (``cues``: "yellow jersey"), and names matched even in lower case
    #: ("la corsa rosa", "world championships").
    context_names: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    lowercase_names: tuple[str, ...] = ()

    @property
    def all_names(self) -> tuple[str, ...]:
        """Every name the entity goes by, canonical name first."""
        names = (self.name, self.ascii_name, *self.aliases, *self.case_sensitive_aliases,
                 *self.short_names, *self.former_names, *self.lowercase_names,
                 *self.context_names)  # fmt: skip
        return tuple(dict.fromkeys(n for n in names if n))

    @property
    def seasons(self) -> tuple[int, int] | None:
        """(first, last) season a rider raced, from ``active`` and the team seasons."""
        years = [season for season, _ in self.teams]
        if self.active:
            first, _, last = self.active.partition("-")
            years += [int(first), int(last or first)]
        return (min(years), max(years)) if years else None

    @property
    def latest_season(self) -> int:
        """The last season the data has for a rider (0 when none); orders equal candidates."""
        seasons = self.seasons
        return seasons[1] if seasons else 0

    def name_in(self, season: int) -> str:
        """A team's name in ``season`` (its latest known name up to then, else its name)."""
        name = self.name
        for year, value in self.season_names:
            if year <= season:
                name = value
        return name if any(y <= season for y, _ in self.season_names) else self.name


@dataclass(frozen=True)
class Gazetteer:
    """All entities by id and the version of the data they came from."""

    entities: Mapping[str, Entity]
    #: A hash of the data, the user's file and the matcher's rules (see ``loader.py``): stored
    #: mentions found with another version are recomputed.
    version: str
    #: Problems found in the bundled data (rows skipped or fields ignored), one line each.
    warnings: tuple[str, ...] = ()
    #: Name words that are ordinary dictionary words -> their languages ("that" -> "en"), from
    #: the bundled ``ordinary_words.txt``; the matcher makes such surnames need context.
    ordinary_words: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    def prepare(self) -> None:
        """Unpack every entity record and find the newest season now, not on first use (a
        cache's records are unpacked lazily): the reader calls this on the thread that loads
        the names, so that the first panel describing a rider does not spend a frame on it."""
        self.newest_season  # noqa: B018  (a cached property: computing it is the point)

    @cached_property
    def newest_season(self) -> int:
        """The newest season any rider has in the data: riders with it are current."""
        return max(
            (e.latest_season for e in self.entities.values() if e.kind == "rider"), default=0
        )

    def __len__(self) -> int:
        return len(self.entities)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def team_name_for(self, rider: Entity | str, season: int | None = None) -> str | None:
        """The display name of the rider's team in ``season`` (default: their latest season)."""
        entity = self.entities.get(rider) if isinstance(rider, str) else rider
        if entity is None or not entity.teams:
            return None
        team_id: str | None = entity.teams[-1][1]
        if season is not None:
            team_id = next((t for s, t in reversed(entity.teams) if s == season), None)
            if team_id is None:
                return None
        team = self.entities.get(team_id or "")
        if team is None:
            return None
        shown = season if season is not None else entity.teams[-1][0]
        return team.name_in(shown)
