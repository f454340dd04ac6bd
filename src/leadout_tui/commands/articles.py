"""``leadout-tui articles`` and ``riders``: what is in the cache, by the TUI's own queries."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from leadout_tui.commands.common import (
    duration,
    local_time,
    open_store,
    positive_int,
    user_names,
)
from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.models import utc_now
from leadout_tui.core.store.columns import to_iso
from leadout_tui.core.store.rows import ArticleQuery
from leadout_tui.core.text import clean_text

if TYPE_CHECKING:
    from leadout_tui.commands.common import Subparsers
    from leadout_tui.core.names.entities import Entity


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("articles", parents=[common], help="list cached articles, newest first")
    parser.add_argument("--feed", metavar="URL", help="only this feed's articles")
    parser.add_argument("--search", metavar="TEXT", help="full-text search in titles and bodies")
    parser.add_argument("--unread", action="store_true", help="only unread articles")
    parser.add_argument("--starred", action="store_true", help="only starred articles")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--rider", metavar="NAME", help='articles mentioning a rider ("pogacar")')
    who.add_argument("--team", metavar="NAME", help='articles mentioning a team ("visma")')
    who.add_argument("--race", metavar="NAME", help='articles mentioning a race ("roubaix")')
    parser.add_argument(
        "--since", type=duration, metavar="DURATION", help="only from the last DURATION (24h, 7d)"
    )
    parser.add_argument("--limit", type=positive_int, metavar="N", help="at most N articles")
    parser.add_argument("--json", action="store_true", help="a JSON array instead of text")
    parser.set_defaults(handler=list_articles)

    riders = sub.add_parser(
        "riders", parents=[common], help="the most-mentioned riders in the cache"
    )
    riders.add_argument("--top", type=positive_int, default=20, metavar="N", help="default 20")
    riders.set_defaults(handler=top_riders)


def resolve_entity(name: str, kind: str | None = None) -> Entity:
    """A forgiving lookup (of one kind, or any) that reports ambiguity instead of guessing.

    An id (``t-visma-lease-a-bike-women``, as ``who`` shows) is taken as it is: it is how to
    pick one of two that share a name.
    """
    names = user_names()
    exact = names.gazetteer.entities.get(name.strip())
    if exact is not None and kind in (None, exact.kind):
        return exact
    ranked = names.lookup_ranked(name, kind)
    if not ranked:
        raise LeadoutError(f"no {kind or 'rider, team or race'} matches {name!r}")
    best = [entity for entity, score in ranked if score == ranked[0][1]]
    if len(best) > 1:
        raise LeadoutError(f"{name!r} is ambiguous: {_candidates(best)} — be more specific")
    return best[0]


def entity_filter(args: argparse.Namespace) -> str | None:
    """The id of the rider, team or race that ``--rider``/``--team``/``--race`` names, if any."""
    for kind in ("rider", "team", "race"):
        name = getattr(args, kind, None)
        if name:
            return resolve_entity(name, kind).id
    return None


def _candidates(entities: list[Entity], shown: int = 10) -> str:
    """``Adam Yates, Simon Yates``; names that two share get their gender and id to tell them
    apart: ``Team Visma | Lease a Bike (men: t-visma-lease-a-bike), ...``."""
    ordered = sorted(entities, key=lambda e: (e.name, e.id))[:shown]
    doubled = {e.name for e in ordered if sum(o.name == e.name for o in ordered) > 1}
    genders = {"M": "men", "F": "women"}

    def label(entity: Entity) -> str:
        if entity.name not in doubled:
            return entity.name
        gender = genders.get(entity.gender or "")
        return f"{entity.name} ({gender + ': ' if gender else ''}{entity.id})"

    more = f" and {len(entities) - shown} more" if len(entities) > shown else ""
    return ", ".join(label(e) for e in ordered) + more


def list_articles(args: argparse.Namespace) -> int:
    entity_id = entity_filter(args)
    query = ArticleQuery(
        feed_url=args.feed,
        search=args.search,
        unread=args.unread,
        starred=args.starred,
        entity_id=entity_id,
        since=utc_now() - args.since if args.since else None,
        limit=args.limit,
    )
    with open_store(args) as store:
        rows = store.query_articles(query)
    if args.json:
        payload = [
            {
                "id": row.id,
                "feed": row.feed_title,
                "title": row.title,
                "url": row.url,
                "published": to_iso(row.published),
                "read": row.read,
                "starred": row.starred,
                "story": row.story_id,
            }
            for row in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        flags = ("N" if not row.read else " ") + ("*" if row.starred else " ")
        when = local_time(row.published or row.sort_time)
        print(f"{row.id:>6} {flags} {when}  {clean_text(row.feed_title)} — {clean_text(row.title)}")
    return 0


def top_riders(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        counts = store.top_entities("rider", args.top)
    if not counts:
        print("no riders mentioned yet (run: leadout-tui refresh)")
    for entry in counts:
        print(f"{entry.articles:>6} articles {entry.mentions:>6} mentions  {entry.name}")
    return 0
