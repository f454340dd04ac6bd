"""``leadout-tui who NAME [--json]``: what the gazetteer knows about a rider or a team.

The forgiving look-up of the pickers (``Names.lookup_ranked``): every match of the best tier
is listed, so an ambiguous name ("Yates") shows each rider it may mean. ``--json`` prints
``{"matches": [{"id", "kind", "name", "nationality", "gender", "born", "teams":
[{"season", "team"}], "aliases"}]}``; for a team, ``teams`` holds its own name per season.
Nothing found: exit status 1 and one line on stderr.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from leadout_tui.commands.common import user_names
from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.text import clean_text

if TYPE_CHECKING:
    from leadout_tui.commands.common import Subparsers
    from leadout_tui.core.names.entities import Entity, Gazetteer


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "who", parents=[common], help="what the data knows about a rider or a team"
    )
    parser.add_argument("name", metavar="NAME", help='a rider or team ("pogacar", "visma")')
    parser.add_argument("--json", action="store_true", help="the matches as JSON")
    parser.set_defaults(handler=run_who)


def run_who(args: argparse.Namespace) -> int:
    names = user_names()
    ranked = names.lookup_ranked(args.name)
    if not ranked:
        raise LeadoutError(f"no rider or team matches {args.name!r}")
    best = [entity for entity, tier in ranked if tier == ranked[0][1]]
    matches = [describe(entity, names.gazetteer) for entity in best]
    if args.json:
        print(json.dumps({"matches": matches}, ensure_ascii=False, indent=2))
        return 0
    if len(matches) > 1:
        print(f"{len(matches)} matches for {clean_text(args.name)!r}:\n")
    for entity, match in zip(best, matches, strict=True):
        print("\n".join(_lines(entity, match)) + "\n")
    return 0


def describe(entity: Entity, gazetteer: Gazetteer) -> dict[str, Any]:
    """One match in the ``--json`` form."""
    if entity.kind == "team":
        teams = [{"season": season, "team": name} for season, name in entity.season_names]
        aliases = [*entity.short_names, *entity.former_names, *entity.case_sensitive_aliases]
    else:
        teams = []
        for season, team_id in entity.teams:
            team = gazetteer.get(team_id)
            teams.append({"season": season, "team": team.name_in(season) if team else team_id})
        aliases = [*entity.aliases, *entity.case_sensitive_aliases]
    born = int(entity.born[:4]) if entity.born and entity.born[:4].isdigit() else None
    return {
        "id": entity.id,
        "kind": entity.kind,
        "name": entity.name,
        "nationality": entity.nationality,
        "gender": entity.gender,
        "born": born,
        "teams": teams,
        "aliases": list(dict.fromkeys(a for a in aliases if a != entity.name)),
    }


def _lines(entity: Entity, match: dict[str, Any]) -> list[str]:
    facts = [f"{entity.kind}", f"id {entity.id}"]
    if entity.nationality:
        facts.append(entity.nationality)
    if entity.gender:
        facts.append({"M": "men", "F": "women"}[entity.gender] if entity.kind == "team"
                     else entity.gender)  # fmt: skip
    if entity.born:
        facts.append(f"born {entity.born}")
    if entity.kind == "rider" and entity.active:
        facts.append(f"raced {entity.active}")
    lines = [clean_text(entity.name), "  " + ", ".join(facts)]
    categories = dict(entity.categories)
    for item in match["teams"]:
        category = categories.get(item["season"], "")
        label = f"{category:<4}" if entity.kind == "team" else ""
        lines.append(f"  {item['season']}  {label}{clean_text(item['team'])}")
    if entity.wins:
        lines.append("  wins: " + clean_text(", ".join(entity.wins)))
    if match["aliases"]:
        lines.append("  also: " + clean_text(", ".join(match["aliases"])))
    return lines
