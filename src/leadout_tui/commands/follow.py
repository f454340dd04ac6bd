"""``follow`` and ``trends``: the names a fan keeps an eye on, and who is in the news."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from leadout_tui.commands.articles import resolve_entity
from leadout_tui.commands.common import local_time, open_store, positive_int
from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.models import utc_now
from leadout_tui.core.text import clean_text

if TYPE_CHECKING:
    from leadout_tui.commands.common import Subparsers

KINDS = ("rider", "team", "race")


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    follow = sub.add_parser("follow", parents=[common], help="riders, teams, races to follow")
    actions = follow.add_subparsers(dest="follow_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="follow a rider, team or race")
    add.add_argument("name", metavar="NAME")
    add.set_defaults(handler=follow_add)
    remove = actions.add_parser("remove", parents=[common], help="stop following it")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=follow_remove)
    listing = actions.add_parser("list", parents=[common], help="what you follow")
    listing.add_argument("--json", action="store_true", help="a JSON array")
    listing.set_defaults(handler=follow_list)

    trends = sub.add_parser(
        "trends", parents=[common], help="the riders, teams and races most in the news"
    )
    trends.add_argument("--days", type=positive_int, default=7, metavar="N", help="default 7")
    trends.add_argument("--kind", choices=KINDS, help="only riders, teams or races")
    trends.add_argument("--top", type=positive_int, default=20, metavar="N", help="default 20")
    trends.add_argument("--json", action="store_true", help="a JSON array")
    trends.set_defaults(handler=show_trends)


def follow_add(args: argparse.Namespace) -> int:
    entity = resolve_entity(args.name)
    with open_store(args) as store:
        added = store.follow(entity.id, entity.kind, entity.name)
    women = ", women" if entity.kind == "team" and entity.gender == "F" else ""
    print(f"{'following' if added else 'already following'}: {entity.name} ({entity.kind}{women})")
    return 0


def follow_remove(args: argparse.Namespace) -> int:
    entity = resolve_entity(args.name)
    with open_store(args) as store:
        if not store.unfollow(entity.id):
            raise LeadoutError(f"not following {entity.name}")
    print(f"no longer following: {entity.name}")
    return 0


def follow_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        follows = store.follows()
    if args.json:
        payload = [
            {"id": f.entity_id, "kind": f.kind, "name": f.name, "articles": f.articles,
             "unread": f.unread, "newest": f.newest.isoformat() if f.newest else None}
            for f in follows
        ]  # fmt: skip
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not follows:
        print("following nobody (follow someone with: leadout-tui follow add NAME)")
    for f in follows:
        print(f"{f.name} ({f.kind}): {f.unread} unread of {f.articles}, "
              f"newest {local_time(f.newest)}")  # fmt: skip
    return 0


def show_trends(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = store.trends(days=args.days, now=utc_now(), kind=args.kind, top=args.top)
    if args.json:
        payload = [
            {"id": r.entity_id, "kind": r.kind, "name": r.name, "count": r.count,
             "previous": r.previous, "per_day": list(r.per_day)}
            for r in rows
        ]  # fmt: skip
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"nobody named in the last {args.days} days (refresh first?)")
    for r in rows:
        change = r.count - r.previous
        arrow = "▲" if change > 0 else "▼" if change < 0 else "="
        print(f"{r.count:>5}  {arrow}{abs(change):<4} {r.kind:<5} {clean_text(r.name)}")
    return 0
