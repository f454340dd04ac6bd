"""``mark-read`` and ``cleanup``: catching up on a backlog and keeping the cache small."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from leadout_tui.commands.articles import resolve_entity
from leadout_tui.commands.common import duration, open_store
from leadout_tui.config import load_config
from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.models import utc_now
from leadout_tui.core.store.rows import ArticleQuery

if TYPE_CHECKING:
    from leadout_tui.commands.common import Subparsers


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    mark = sub.add_parser("mark-read", parents=[common], help="mark a batch of articles read")
    which = mark.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every article")
    which.add_argument("--feed", metavar="URL", help="this feed's articles")
    which.add_argument("--rider", metavar="NAME", help="articles mentioning a rider")
    which.add_argument("--team", metavar="NAME", help="articles mentioning a team")
    mark.add_argument(
        "--older-than", type=duration, metavar="DURATION", help="only those older (24h, 7d)"
    )
    mark.set_defaults(handler=mark_read)

    cleanup = sub.add_parser(
        "cleanup", parents=[common], help="delete old read articles (starred ones stay)"
    )
    cleanup.add_argument(
        "--older-than",
        type=duration,
        metavar="DURATION",
        help="default: keep_days from the config (90d)",
    )
    cleanup.add_argument("--dry-run", action="store_true", help="count, delete nothing")
    cleanup.set_defaults(handler=run_cleanup)


def mark_read(args: argparse.Namespace) -> int:
    if not (args.all or args.feed or args.rider or args.team or args.older_than):
        raise LeadoutError(
            "say which: --all, --feed URL, --rider NAME, --team NAME or --older-than"
        )
    entity_id = None
    if args.rider or args.team:
        kind = "rider" if args.rider else "team"
        entity_id = resolve_entity(args.rider or args.team, kind).id
    query = ArticleQuery(
        feed_url=args.feed,
        entity_id=entity_id,
        before=utc_now() - args.older_than if args.older_than else None,
    )
    with open_store(args) as store:
        if args.feed and args.feed not in {feed.url for feed in store.list_feeds()}:
            raise LeadoutError(f"not subscribed: {args.feed}")
        marked = store.mark_read(query)
    print(f"marked {len(marked)} articles read")
    return 0


def run_cleanup(args: argparse.Namespace) -> int:
    older_than = args.older_than
    if older_than is None:
        from datetime import timedelta

        keep_days = load_config().keep_days
        if not keep_days:
            raise LeadoutError("keep_days = 0 in the config: give --older-than DURATION")
        older_than = timedelta(days=keep_days)
    with open_store(args) as store:
        counts = store.cleanup(utc_now() - older_than, dry_run=args.dry_run)
    if args.dry_run:
        print(f"would delete {counts.articles} read articles ({counts.pages} cached pages)")
    else:
        freed = counts.bytes_freed / 1_000_000
        print(
            f"deleted {counts.articles} read articles ({counts.pages} cached pages); "
            f"freed {freed:.1f} MB"
        )
    return 0
