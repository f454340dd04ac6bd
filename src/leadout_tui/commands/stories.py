"""``leadout-tui stories``: the news grouped by event, one story for what many feeds told."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from leadout_tui.commands.common import duration, local_time, open_store
from leadout_tui.core.models import utc_now
from leadout_tui.core.store.columns import to_iso
from leadout_tui.core.text import clean_text

if TYPE_CHECKING:
    from leadout_tui.commands.common import Subparsers
    from leadout_tui.core.store.rows import StoryInfo


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "stories", parents=[common], help="cached articles grouped into stories, newest first"
    )
    parser.add_argument(
        "--since", type=duration, metavar="DURATION", help="only from the last DURATION (24h, 7d)"
    )
    parser.add_argument("--json", action="store_true", help="a JSON array instead of text")
    parser.set_defaults(handler=list_stories)


def list_stories(args: argparse.Namespace) -> int:
    since = utc_now() - args.since if args.since else None
    with open_store(args) as store:
        stories = store.stories(since=since)
    if args.json:
        print(json.dumps([_story_json(s) for s in stories], ensure_ascii=False, indent=2))
        return 0
    if not stories:
        print("no stories yet (run: leadout-tui refresh)")
    for story in stories:
        head = story.headline
        others = len({row.feed_id for row in story.articles} - {head.feed_id})
        more = f"  +{others}" if others else ""
        when = local_time(head.published or head.sort_time)
        print(f"{story.id:>6}  {when}  {clean_text(head.title)}{more}")
        riders = [clean_text(e.name) for e in story.entities if e.kind == "rider"]
        if riders:
            print(f"{'':>8}{', '.join(riders)}")
        for row in story.articles:
            print(f"{'':>8}{row.id:>6}  {clean_text(row.feed_title)} — {clean_text(row.title)}")
    return 0


def _story_json(story: StoryInfo) -> dict[str, object]:
    return {
        "id": story.id,
        "title": story.headline.title,
        "articles": [
            {
                "id": row.id,
                "feed": row.feed_title,
                "title": row.title,
                "url": row.url,
                "published": to_iso(row.published),
            }
            for row in story.articles
        ],
        "entities": [{"id": e.entity_id, "kind": e.kind, "name": e.name} for e in story.entities],
    }
