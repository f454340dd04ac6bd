"""Reading the gazetteer's files: the bundled CSVs and the user's TOML.

Bundled data lives in the package ``leadout_tui.data.gazetteer``: ``riders.csv``
(``id,name,ascii,aliases,case_sensitive_aliases,nationality,gender,born,teams,active,wins``)
and ``teams.csv``
(``id,name,gender,short_names,former_names,nicknames,years,uci_codes,names,categories``); lists
are ``|``-separated, seasons ``;``-separated ``YEAR:value`` (a rider may have two teams in a
season: a cyclocross trade team and a road team). ``born`` is ``YYYY-MM-DD`` or ``YYYY``;
``active`` the first and last season raced (``1985-1992``); ``wins`` major wins; a team's
``names`` its name per season (``2019:Team Jumbo-Visma;2024:Team Visma | Lease a Bike``) and
``categories`` its category per season (``WT``, ``PRT``, ``CT``, ``DEV``, ``CX``). ``loader.py``
reads both, applies the user's TOML file and returns the :class:`Gazetteer`.

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

Bundled rows that do not parse are skipped with a warning (the app must still start); the
user's file is strict: the first problem raises ``LeadoutError`` naming the file and the line.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.models import utc_now
from leadout_tui.core.names.entities import Entity
from leadout_tui.core.names.folding import fold_keep_case

RIDER_FIELDS = ("id", "name", "ascii", "aliases", "case_sensitive_aliases", "nationality",
                "gender", "born", "teams", "active", "wins")  # fmt: skip
TEAM_FIELDS = ("id", "name", "gender", "short_names", "former_names", "nicknames", "years",
               "uci_codes", "names", "categories")  # fmt: skip
_NATIONALITY = re.compile(r"[A-Z]{3}")
_SEASON_ITEM = re.compile(r"\s*(\d{4})\s*:\s*(\S+)\s*")
_SEASON_NAME = re.compile(r"\s*(\d{4})\s*:\s*(\S.*?)\s*")
_YEARS = re.compile(r"\d{4}(-\d{4})?")


def _split(value: str | None, sep: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(sep) if part.strip())


def _seasons(
    value: str, where: str, warnings: list[str], item: re.Pattern[str] = _SEASON_ITEM
) -> tuple[tuple[int, str], ...]:
    items = []
    for part in _split(value, ";"):
        match = item.fullmatch(part)
        if match:
            items.append((int(match[1]), match[2]))
        else:
            warnings.append(f"{where}: bad season entry {part!r} (want YEAR:value)")
    return tuple(sorted(set(items)))


def _rows(
    text: str, fields: tuple[str, ...], fname: str, warnings: list[str]
) -> Iterator[tuple[str, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != fields:
        warnings.append(f"{fname}: header is {reader.fieldnames}, expected {list(fields)}")
    for row in reader:
        yield f"{fname}:{reader.line_num}", {k: (v or "").strip() for k, v in row.items() if k}


def parse_bundled(riders_text: str, teams_text: str) -> tuple[dict[str, Entity], list[str]]:
    """Entities from the two CSV texts, plus one warning per problem found."""
    warnings: list[str] = []
    entities: dict[str, Entity] = {}

    def add(entity: Entity, where: str) -> None:
        if entity.id in entities:
            warnings.append(f"{where}: duplicate id {entity.id}, row skipped")
        else:
            entities[entity.id] = entity

    for where, row in _rows(teams_text, TEAM_FIELDS, "teams.csv", warnings):
        if not row["id"].startswith("t-") or not row["name"]:
            warnings.append(f"{where}: team needs a 't-' id and a name, row skipped")
            continue
        gender = _gender(row["gender"], where, warnings)
        add(Entity(id=row["id"], kind="team", name=row["name"],
                   ascii_name=fold_keep_case(row["name"]), gender=gender,
                   case_sensitive_aliases=_split(row["nicknames"], "|"),
                   short_names=_split(row["short_names"], "|"),
                   former_names=_split(row["former_names"], "|"), years=row["years"] or None,
                   uci_codes=_seasons(row["uci_codes"], where, warnings),
                   season_names=_seasons(row.get("names", ""), where, warnings, _SEASON_NAME),
                   categories=_seasons(row.get("categories", ""), where, warnings)),
            where)  # fmt: skip
    for where, row in _rows(riders_text, RIDER_FIELDS, "riders.csv", warnings):
        if not row["id"].startswith("r-") or not row["name"]:
            warnings.append(f"{where}: rider needs an 'r-' id and a name, row skipped")
            continue
        nationality = row["nationality"] or None
        if nationality and not _NATIONALITY.fullmatch(nationality):
            warnings.append(f"{where}: nationality {nationality!r} is not a 3-letter code")
        add(Entity(id=row["id"], kind="rider", name=row["name"],
                   ascii_name=row["ascii"] or fold_keep_case(row["name"]),
                   nationality=nationality, gender=_gender(row["gender"], where, warnings),
                   teams=_seasons(row["teams"], where, warnings),
                   aliases=_split(row["aliases"], "|"),
                   case_sensitive_aliases=_split(row["case_sensitive_aliases"], "|"),
                   born=row["born"] or None, active=_years(row.get("active", ""), where, warnings),
                   wins=_split(row.get("wins", ""), "|")), where)  # fmt: skip
    unknown = sorted({t for e in entities.values() for _, t in e.teams if t not in entities})
    if unknown:
        more = " ..." if len(unknown) > 5 else ""
        warnings.append(f"riders.csv: {len(unknown)} team ids not in teams.csv: "
                        f"{', '.join(unknown[:5])}{more}")  # fmt: skip
    return entities, warnings


def _years(value: str, where: str, warnings: list[str]) -> str | None:
    if value and not _YEARS.fullmatch(value):
        warnings.append(f"{where}: active {value!r} is not YEAR or YEAR-YEAR")
        return None
    return value or None


def parse_ordinary_words(text: str) -> dict[str, str]:
    """``ordinary_words.txt``: one ``word lang [lang...]`` per line, ``#`` comments."""
    words = {}
    for line in text.splitlines():
        word, _, langs = line.partition(" ")
        if word and not word.startswith("#"):
            words[word] = langs.strip()
    return words


def _gender(value: str, where: str, warnings: list[str]) -> str | None:
    if value in ("M", "F"):
        return value
    if value:
        warnings.append(f"{where}: gender {value!r} is not M or F")
    return None


# --- the user's TOML file -------------------------------------------------------------------

_LIST_FIELDS = {"aliases", "case_sensitive_aliases", "short_names", "former_names", "nicknames"}
_USER_KEYS = {
    "rider": {"id", "name", "ascii", "aliases", "case_sensitive_aliases", "nationality",
              "gender", "born", "teams", "team"},
    "team": {"id", "name", "gender", "short_names", "former_names", "nicknames", "years",
             "uci_codes"},
    "alias": {"entity", "alias", "case_sensitive"},
}  # fmt: skip
_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*(\w+)[ \t]*\]\]", re.MULTILINE)
_TOML_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)")


class _UserFileError(Exception):
    """A problem in one [[table]] of the user file; turned into a LeadoutError with its line."""


def apply_user_file(entities: dict[str, Entity], data: bytes, path: Path) -> None:
    """Apply the user's entries to ``entities`` in place (riders, then teams, then aliases)."""
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise LeadoutError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        message = _TOML_LINE.sub("", str(exc))
        raise LeadoutError(f"{path}:{found[1] if found else 1}: invalid TOML: {message}") from exc
    text = data.decode("utf-8")
    headers: dict[str, list[int]] = {}
    for match in _HEADER.finditer(text):
        headers.setdefault(match[1], []).append(text.count("\n", 0, match.start()) + 1)
    for name in doc:
        if name not in _USER_KEYS:
            line = text[: text.find(name)].count("\n") + 1 if name in text else 1
            raise LeadoutError(f"{path}:{line}: unknown table {name!r} "
                               "(expected [[rider]], [[team]] or [[alias]])")  # fmt: skip
    for kind in ("team", "rider", "alias"):
        tables = doc.get(kind, [])
        if not isinstance(tables, list):
            tables = [tables]
        for index, table in enumerate(tables):
            lines = headers.get(kind, [])
            line = lines[index] if index < len(lines) else 1
            try:
                _apply_table(entities, kind, table)
            except _UserFileError as exc:
                raise LeadoutError(f"{path}:{line}: [[{kind}]]: {exc}") from None


def _apply_table(entities: dict[str, Entity], kind: str, table: Any) -> None:
    if not isinstance(table, dict):
        raise _UserFileError("expected a table")
    unknown = set(table) - _USER_KEYS[kind]
    if unknown:
        raise _UserFileError(f"unknown key {sorted(unknown)[0]!r} "
                             f"(expected {', '.join(sorted(_USER_KEYS[kind]))})")  # fmt: skip
    for key, value in table.items():
        if key in _LIST_FIELDS:
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise _UserFileError(f"{key} must be a list of strings")
        elif key in ("teams", "uci_codes"):
            if not (isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
                    and all(k.isdigit() and len(k) == 4 for k in value)):  # fmt: skip
                raise _UserFileError(f'{key} must map seasons to strings: {{ 2026 = "..." }}')
        elif key == "case_sensitive":
            if not isinstance(value, bool):
                raise _UserFileError("case_sensitive must be true or false")
        elif not isinstance(value, str) or not value.strip():
            raise _UserFileError(f"{key} must be a non-empty string")
    if kind == "alias":
        _apply_alias(entities, table)
        return
    entity_id = table.get("id")
    prefix = "r-" if kind == "rider" else "t-"
    if not entity_id or not entity_id.startswith(prefix):
        raise _UserFileError(f"needs an id starting with {prefix!r}")
    if table.get("gender", "M") not in ("M", "F"):
        raise _UserFileError('gender must be "M" or "F"')
    if "nationality" in table and not _NATIONALITY.fullmatch(table["nationality"]):
        raise _UserFileError('nationality must be a 3-letter code such as "FRA"')
    old = entities.get(entity_id)
    if old is not None and old.kind != kind:
        raise _UserFileError(f"{entity_id} is a {old.kind}, not a {kind}")
    if old is None and "name" not in table:
        raise _UserFileError(f"new {kind} {entity_id} needs a name")
    changes: dict[str, Any] = {}
    for key, value in sorted(table.items(), key=lambda item: item[0] == "team"):
        if key in _LIST_FIELDS:
            target = "case_sensitive_aliases" if key == "nicknames" else key
            changes[target] = tuple(v.strip() for v in value if v.strip())
        elif key in ("teams", "uci_codes"):
            changes[key] = tuple(sorted((int(k), v) for k, v in value.items()))
        elif key == "team":
            season = utc_now().year
            known = changes.get("teams") or (old.teams if old else ())
            rest = [t for t in known if t[0] != season]
            changes["teams"] = (*rest, (season, value))
        elif key == "ascii":
            changes["ascii_name"] = value
        elif key != "id":
            changes[key] = value
    if old is None:
        changes.setdefault("ascii_name", fold_keep_case(changes["name"]))
        entities[entity_id] = Entity(id=entity_id, kind=kind, **changes)  # type: ignore[arg-type]
    else:
        if "name" in changes and "ascii_name" not in changes:
            changes["ascii_name"] = fold_keep_case(changes["name"])
        entities[entity_id] = dataclasses.replace(old, **changes)


def _apply_alias(entities: dict[str, Entity], table: dict[str, Any]) -> None:
    if "entity" not in table or "alias" not in table:
        raise _UserFileError('needs entity = "r-..." and alias = "..."')
    old = entities.get(table["entity"])
    if old is None:
        raise _UserFileError(f"unknown entity {table['entity']!r}")
    field_name = "case_sensitive_aliases" if table.get("case_sensitive") else "aliases"
    current: tuple[str, ...] = getattr(old, field_name)
    if table["alias"] not in current:
        changes: dict[str, Any] = {field_name: (*current, table["alias"])}
        entities[old.id] = dataclasses.replace(old, **changes)
