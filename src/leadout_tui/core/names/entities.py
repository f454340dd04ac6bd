"""The gazetteer: the riders and teams the reader knows, loaded from bundled CSVs + a user file.

Bundled data lives in the package ``leadout_tui.data.gazetteer``: ``riders.csv``
(``id,name,ascii,aliases,case_sensitive_aliases,nationality,gender,born,teams``) and
``teams.csv`` (``id,name,gender,short_names,former_names,nicknames,years,uci_codes``); lists are
``|``-separated, seasons ``;``-separated ``YEAR:value``. :func:`load_gazetteer` reads both,
applies the user's TOML file and returns a :class:`Gazetteer`.

The user file (``gazetteer.toml`` in the config directory, say) adds or corrects entries; an
entry whose id exists replaces only the fields it gives, a new id adds an entity::

    [[rider]]
    id = "r-tadej-pogacar"          # required: "r-" + kebab-case name
    nationality = "SLO"             # any rider field: name, ascii, aliases = [...],
    aliases = ["Pogi"]              #   case_sensitive_aliases = [...], gender = "M" | "F",
    team = "t-uae-team-emirates"    #   born, teams = { 2025 = "t-...", 2026 = "t-..." };
                                    #   team = "t-..." sets the current season's team
    [[team]]
    id = "t-hull-thursday"          # required: "t-" + kebab-case name
    name = "Hull Thursday RC"       # required for a new id
    gender = "M"
    short_names = ["Hull Thursday"] # also former_names = [...], nicknames = [...] (exact
                                    #   case), years = "2020-2026", uci_codes = { 2026 = "HTR" }
    [[alias]]
    entity = "r-mathieu-van-der-poel"
    alias = "MVDP"
    case_sensitive = true           # default false

Lists replace the bundled lists (use ``[[alias]]`` to add one name). Unknown tables or keys,
wrong types, a bad id prefix, a new entity without a name or an alias of an unknown entity raise
``LeadoutError("<file>:<line>: ...")``.

``Gazetteer.version`` is a hash of the data, the user file and :data:`RULES_VERSION`; the pipeline
recomputes stored mentions when it changes. Bump ``RULES_VERSION`` whenever the matcher's rules
change what it finds.
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import os
import sys
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from leadout_tui.core.names.lookup import NameIndex
    from leadout_tui.core.names.trie import MentionIndex

EntityKindName = Literal["rider", "team"]
#: Part of :attr:`Gazetteer.version`: bump when mention rules change (stored mentions go stale).
RULES_VERSION = "mentions-2"
DATA_PACKAGE = "leadout_tui.data.gazetteer"


@dataclass(frozen=True)
class Entity:
    """A rider or a team. Fields that do not apply to the kind are empty (or None)."""

    id: str
    kind: EntityKindName
    name: str
    ascii_name: str
    nationality: str | None = None  # 3-letter code, riders only
    gender: str | None = None  # "M" or "F"
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

    @property
    def all_names(self) -> tuple[str, ...]:
        """Every name the entity goes by, canonical name first."""
        names = (self.name, self.ascii_name, *self.aliases, *self.case_sensitive_aliases,
                 *self.short_names, *self.former_names)  # fmt: skip
        return tuple(dict.fromkeys(n for n in names if n))

    @property
    def latest_season(self) -> int:
        """The last season the data has for a rider (0 when none); orders equal candidates."""
        return self.teams[-1][0] if self.teams else 0


@dataclass
class Gazetteer:
    """All entities by id, the data version, and name look-ups for the CLI and the TUI."""

    entities: dict[str, Entity]
    version: str
    #: Problems found in the bundled data (rows skipped or fields ignored), one line each.
    warnings: tuple[str, ...] = ()
    #: Name words that are ordinary dictionary words -> their languages ("that" -> "en"), from
    #: the bundled ``ordinary_words.txt``; the matcher makes such surnames need context.
    ordinary_words: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: Compiled forms built from the entities (the matcher's index), cached with the data.
    _compiled: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

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
        if season is None:
            team_id = entity.teams[-1][1]
        else:
            team_id = next((t for s, t in reversed(entity.teams) if s == season), None)
            if team_id is None:
                return None
        team = self.entities.get(team_id)
        return team.name if team else None

    def mention_index(self) -> MentionIndex:
        """The matcher's name trie (built on first use unless it came from the cache)."""
        index = self._compiled.get("mentions")
        if index is None:
            from leadout_tui.core.names.trie import MentionIndex

            index = self._compiled["mentions"] = MentionIndex.build(self)
        return index

    @cached_property
    def _names(self) -> NameIndex:
        from leadout_tui.core.names.lookup import NameIndex

        return NameIndex(self.entities.values())

    def lookup(self, query: str, kind: str | None = None) -> list[Entity]:
        """Forgiving name look-up: the candidates of the best-matching tier, best first.

        Tiers: exact full name > alias (nicknames, short and former names, any case) >
        surname > first name > word prefixes / fuzzy. "pogacar", "Tadej", "van der poel",
        "POGAČAR" and "vdp" all find one rider; more than one result means the query is
        ambiguous ("Yates" -> Adam and Simon) and the caller should say so rather than pick.
        """
        return [entity for entity, _tier in self._names.lookup(query, kind)]

    def lookup_ranked(self, query: str, kind: str | None = None) -> list[tuple[Entity, int]]:
        """Every candidate with its tier (0 = exact name ... 4 = fuzzy), best first."""
        return self._names.lookup(query, kind, all_tiers=True)

    def search(self, query: str, kind: str | None = None, limit: int = 20) -> list[Entity]:
        """Fuzzy, accent-blind search for a picker: "poga" finds Pogačar (prefix or subsequence)."""
        return self._names.search(query, kind, limit)


def _read_bundled(name: str) -> bytes:
    return resources.files(DATA_PACKAGE).joinpath(name).read_bytes()


def _sources(user_file: Path | None) -> tuple[bytes, bytes, bytes, bytes]:
    user_bytes = user_file.read_bytes() if user_file is not None and user_file.is_file() else b""
    return (
        _read_bundled("riders.csv"),
        _read_bundled("teams.csv"),
        _read_bundled("ordinary_words.txt"),
        user_bytes,
    )


def _version(*parts: bytes) -> str:
    digest = hashlib.sha256(RULES_VERSION.encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()[:16]


def gazetteer_version(user_file: Path | None = None) -> str:
    """The version :func:`load_gazetteer` would give, without parsing anything (a few ms)."""
    return _version(*_sources(user_file))


def load_gazetteer(user_file: Path | None = None, cache_dir: Path | None = None) -> Gazetteer:
    """Load the bundled riders and teams, then apply ``user_file`` (TOML) if it is given.

    A missing ``user_file`` is ignored; an invalid one raises ``LeadoutError`` naming the file
    and line. With ``cache_dir``, the parsed entities and the matcher's index are kept there
    (``gazetteer-<version>.marshal``), which makes the next load several times faster.
    """
    riders_csv, teams_csv, words_txt, user_bytes = _sources(user_file)
    version = _version(riders_csv, teams_csv, words_txt, user_bytes)
    cache_file = None
    if cache_dir is not None:
        python = f"py{sys.version_info[0]}{sys.version_info[1]}"  # marshal's format may change
        cache_file = cache_dir / f"gazetteer-{version}-{python}.marshal"
        cached = _read_cache(cache_file, version)
        if cached is not None:
            return cached
    from leadout_tui.core.names.files import (
        apply_user_file,
        parse_bundled,
        parse_ordinary_words,
    )

    entities, warnings = parse_bundled(riders_csv.decode("utf-8"), teams_csv.decode("utf-8"))
    if user_bytes:
        assert user_file is not None
        apply_user_file(entities, user_bytes, user_file)
    gazetteer = Gazetteer(
        entities=entities,
        version=version,
        warnings=tuple(warnings),
        ordinary_words=parse_ordinary_words(words_txt.decode("utf-8")),
    )
    if cache_file is not None:
        _write_cache(cache_file, gazetteer)
    return gazetteer


def _read_cache(path: Path, version: str) -> Gazetteer | None:
    try:
        data = marshal.loads(path.read_bytes())
        from leadout_tui.core.names.trie import MentionIndex

        entities = {row[0]: Entity(*row) for row in data["entities"]}
        compiled = {"mentions": MentionIndex(*data["mentions"])}
        return Gazetteer(entities, version, tuple(data["warnings"]), data["ordinary"], compiled)
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
        return None  # missing, stale or damaged: rebuild


def _write_cache(path: Path, gazetteer: Gazetteer) -> None:
    """Write the cache atomically and drop older versions; a cache that fails is no error."""
    data = {
        "entities": [dataclasses.astuple(e) for e in gazetteer.entities.values()],
        "warnings": list(gazetteer.warnings),
        "ordinary": gazetteer.ordinary_words,
        "mentions": gazetteer.mention_index().state(),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(data))
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
