"""Team entities for the gazetteer build: one per licence lineage and gender, with a name and a
category per season, former names and short forms.

Every source names teams its own way ("Team Visma | Lease a Bike", "TEAM VISMA | LEASE A BIKE",
"Visma - Lease a Bike"); :meth:`TeamRegistry.resolve` maps a name (for a gender and season) to
one entity by folded key, and :meth:`TeamRegistry.observe` records what a source says about an
entity's season.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from gazetteer_build.names import fold, nfc, slug

CATEGORIES = ("WT", "PRT", "CT", "DEV", "CX")
_SUFFIXES = ("team", "cycling team", "pro cycling team", "procycling", "pro cycling",
             "cycling", "women", "women team", "ladies", "women s team", "womens team")
_PREFIXES = ("team", "equipo")
#: Team names that belong to a women's squad when the men's one has them too.
_SPONSOR_ONLY = re.compile(r"\s+(Women )?(Professional |Pro |Continental )?Cycling Team$")
_WOMEN_SUFFIX = re.compile(r"\s+(Ladies|Women(?:'s)?(?: Team)?|Women's Team|Féminin|Femenino)$")


def team_key(name: str) -> str:
    """A folded key that ignores spacing, hyphens, '|' and a leading/trailing "Team"."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(name).lower().replace("'", "")).split()
    text = " ".join(words)
    changed = True
    while changed and text:
        changed = False
        for prefix in _PREFIXES:
            if text.startswith(prefix + " ") and len(text) > len(prefix) + 3:
                text, changed = text[len(prefix) + 1:], True
        for suffix in _SUFFIXES:
            if text.endswith(" " + suffix) and len(text) > len(suffix) + 3:
                text, changed = text[: -len(suffix) - 1], True
    return text


@dataclass
class Team:
    id: str
    gender: str
    name: str
    short_names: list[str] = field(default_factory=list)
    former_names: list[str] = field(default_factory=list)
    nicknames: list[str] = field(default_factory=list)
    years: str = ""
    names: dict[int, str] = field(default_factory=dict)
    categories: dict[int, str] = field(default_factory=dict)
    uci_codes: dict[int, str] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)

    def all_names(self) -> list[str]:
        return [self.name, *self.names.values(), *self.former_names, *self.short_names]


class TeamRegistry:
    def __init__(self, curated: list[dict]) -> None:
        self.teams: dict[str, Team] = {}
        self._keys: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._short: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._exact: dict[tuple[str, str], set[str]] = defaultdict(set)
        for row in curated:
            team = Team(id=row["id"], gender=row["gender"], name=nfc(row["name"]),
                        short_names=_split(row["short_names"]),
                        former_names=_split(row["former_names"]),
                        nicknames=_split(row["nicknames"]), years=row["years"])
            if row.get("status_2026") in CATEGORIES:
                team.categories[2026] = row["status_2026"]
            team.sources.add("curated")
            self._add(team)

    def _add(self, team: Team) -> None:
        self.teams[team.id] = team
        self._index(team)

    def _index(self, team: Team) -> None:
        for name in [team.name, *team.names.values(), *team.former_names]:
            self._keys[(team.gender, team_key(name))].add(team.id)
            self._exact[(team.gender, _plain(name))].add(team.id)
        for name in team.short_names:
            self._short[(team.gender, team_key(name))].add(team.id)

    def resolve(self, name: str, gender: str, season: int | None = None) -> str | None:
        """The team entity a name means (for this gender), or None when unknown or unclear."""
        key = team_key(name)
        if not key:
            return None
        exact = self._exact.get((gender, _plain(name))) or set()
        if len(exact) == 1:
            return next(iter(exact))
        ids = self._keys.get((gender, key)) or set()
        if len(ids) > 1 and season is not None:
            # A name two lineages used: the one that raced under it that season wins.
            same = {i for i in ids if team_key(self.teams[i].names.get(season, "")) == key}
            ids = same or ids
        if len(ids) == 1:
            return next(iter(ids))
        if not ids:
            short = self._short.get((gender, key)) or set()
            if len(short) == 1:
                return next(iter(short))
        return None

    def create(self, name: str, gender: str, source: str) -> Team:
        """A new entity named ``name`` (id: its slug, "-women" when the men's id exists)."""
        base = "t-" + slug(name)
        team_id = base if base not in self.teams else f"{base}-{'women' if gender == 'F' else 'men'}"
        n = 2
        while team_id in self.teams:
            team_id, n = f"{base}-{n}", n + 1
        team = Team(id=team_id, gender=gender, name=nfc(name))
        team.sources.add(source)
        self._add(team)
        return team

    def observe(self, team_id: str, season: int, name: str | None = None,
                category: str | None = None, short_names: list[str] = (),
                former_names: list[str] = (), uci_code: str | None = None,
                source: str = "") -> None:
        """What one source says about a team's season; the first name given for a season wins."""
        team = self.teams[team_id]
        if name and season not in team.names:
            team.names[season] = nfc(name.strip())
        if category in CATEGORIES and season not in team.categories:
            team.categories[season] = category
        if uci_code and re.fullmatch(r"[A-Z0-9]{3}", uci_code):
            team.uci_codes.setdefault(season, uci_code)
        for value, target in ((short_names, team.short_names), (former_names, team.former_names)):
            for item in value:
                item = nfc(item.strip())
                if item and item.casefold() not in {t.casefold() for t in target}:
                    target.append(item)
        if source:
            team.sources.add(source)
        self._index(team)

    def finish(self) -> None:
        """Latest season's name becomes the name; earlier season names become former names;
        a women's squad also goes by its sponsor name without "Ladies"/"Women"."""
        for team in self.teams.values():
            if team.names:
                latest = max(team.names)
                if team.names[latest] != team.name and latest >= _latest_curated(team):
                    old = team.name
                    team.name = team.names[latest]
                    _add_unique(team.former_names, old)
            for season in sorted(team.names, reverse=True):
                if team.names[season] != team.name:
                    _add_unique(team.former_names, team.names[season])
            if team.gender == "F":
                for name in [team.name, *team.former_names]:
                    bare = _WOMEN_SUFFIX.sub("", name)
                    if bare != name and len(bare) > 3:
                        _add_unique(team.short_names if name == team.name else
                                    team.former_names, bare)
            bare = _SPONSOR_ONLY.sub("", team.name)
            if bare != team.name and len(bare.split()) >= 2:
                _add_unique(team.short_names, bare)  # "Tashkent City" of "... Cycling Team"
            keys = {team_key(team.name)}
            team.former_names = _dedupe([n for n in team.former_names
                                         if team_key(n) not in keys or n != team.name])
            team.former_names = [n for n in team.former_names if n != team.name]
            team.short_names = _dedupe([n for n in team.short_names if n != team.name
                                        and n not in team.former_names])
            seasons = sorted(set(team.names) | set(team.categories))
            if seasons and not team.years:
                team.years = f"{seasons[0]}-{seasons[-1]}" if len(seasons) > 1 else str(seasons[0])
            elif seasons and team.years:
                first, _, last = team.years.partition("-")
                lo = min(int(first), seasons[0])
                hi = max(int(last or first), seasons[-1])
                team.years = f"{lo}-{hi}"


def _plain(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(name).lower().replace("'", "")).split())


def _latest_curated(team: Team) -> int:
    _, _, last = team.years.partition("-")
    return 0 if not team.years else int(last or team.years)


def _split(value: str) -> list[str]:
    return [nfc(v.strip()) for v in (value or "").split("|") if v.strip()]


def _add_unique(target: list[str], value: str) -> None:
    if value and value.casefold() not in {t.casefold() for t in target}:
        target.append(value)


def _dedupe(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for value in values:
        if value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out
