"""``leadout-tui feeds``: list, add, remove, import and export subscriptions."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from leadout_tui.commands.common import local_time, open_store
from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.text import clean_text

if TYPE_CHECKING:
    from leadout_tui.commands.common import Subparsers


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("feeds", parents=[common], help="manage subscriptions")
    actions = parser.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list", parents=[common], help="subscriptions with counts and last outcome"
    )
    listing.set_defaults(handler=list_feeds)

    add = actions.add_parser(
        "add",
        parents=[common],
        help="subscribe to a feed (an HTML page's advertised feed is found)",
    )
    what = add.add_mutually_exclusive_group(required=True)
    what.add_argument("url", metavar="URL", nargs="?", help="a feed, or a site's page")
    what.add_argument("--catalog", metavar="NAME", help="a feed of `feeds catalog`")
    add.add_argument("--title", metavar="T", help="title to show instead of the feed's own")
    add.set_defaults(handler=add_feed)

    listed = actions.add_parser(
        "catalog", parents=[common], help="the bundled catalogue of cycling feeds, by language"
    )
    listed.set_defaults(handler=show_catalog)

    remove = actions.add_parser("remove", parents=[common], help="unsubscribe (drops its articles)")
    remove.add_argument("url", metavar="URL")
    remove.set_defaults(handler=remove_feed)

    importing = actions.add_parser("import", parents=[common], help="subscribe from an OPML file")
    importing.add_argument("file", metavar="FILE.opml", type=Path)
    importing.set_defaults(handler=import_feeds)

    exporting = actions.add_parser(
        "export", parents=[common], help="write subscriptions as OPML (stdout without FILE)"
    )
    exporting.add_argument("file", metavar="FILE", nargs="?", type=Path)
    exporting.set_defaults(handler=export_feeds)


def list_feeds(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        feeds = store.list_feeds()
    if not feeds:
        print("no feeds (add one with: leadout-tui feeds add URL)")
        return 0
    for feed in feeds:
        print(clean_text(feed.display_title))
        print(f"  url:          {clean_text(feed.url)}")
        print(f"  articles:     {feed.article_count} ({feed.unread_count} unread)")
        print(f"  last success: {local_time(feed.last_success)}")
        print(f"  last error:   {clean_text(feed.last_error) or '-'}")
        if feed.retry_after:
            print(f"  retry after:  {local_time(feed.retry_after)}")
        if feed.ignored_count:
            print(f"  ignored:      {feed.ignored_count} entries (your ignore rules)")
        if not feed.fetch_pages:
            print("  pages:        not fetched (its items are links)")
    return 0


def add_feed(args: argparse.Namespace) -> int:
    from leadout_tui.core.feeds.subscriptions import check_http_url, discover_feed

    if args.catalog:
        return _add_from_catalog(args)
    url = check_http_url(args.url)
    feed_url, feed_title = asyncio.run(discover_feed(url))
    with open_store(args) as store:
        if not store.add_feed(feed_url, args.title or feed_title):
            raise LeadoutError(f"already subscribed: {feed_url}")
    found = f" (found on {url})" if feed_url != url else ""
    title = clean_text(args.title or feed_title or feed_url)
    print(f"subscribed: {title} <{clean_text(feed_url)}>{found}")
    return 0


def _add_from_catalog(args: argparse.Namespace) -> int:
    from leadout_tui.core.feeds import catalog

    feed = catalog.find(args.catalog)
    title = args.title or feed.title
    with open_store(args) as store:
        added = store.add_feed(feed.url, title, feed.folder, fetch_pages=feed.kind != "videos")
        if not added:
            raise LeadoutError(f"already subscribed: {feed.url}")
    note = "" if feed.verified else " (unverified URL: check its first refresh)"
    print(f"subscribed: {clean_text(title)} <{feed.url}>{note}")
    return 0


def show_catalog(args: argparse.Namespace) -> int:
    from leadout_tui.core.feeds import catalog

    language = None
    for feed in catalog.catalog():
        if feed.language != language:
            language = feed.language
            print(f"{catalog.LANGUAGES.get(language, language)} ({language})")
        marks = [feed.region]
        if feed.kind == "videos":
            marks.append("videos")
        if not feed.verified:
            marks.append("unverified")
        print(f"  {feed.name:<16} {feed.title}  [{', '.join(marks)}]")
        print(f"  {'':<16} {feed.url}")
    print("subscribe with: leadout-tui feeds add --catalog NAME")
    return 0


def remove_feed(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if not store.remove_feed(args.url):
            raise LeadoutError(f"not subscribed: {args.url}")
    print(f"removed: {args.url}")
    return 0


def import_feeds(args: argparse.Namespace) -> int:
    from leadout_tui.core.feeds.subscriptions import import_opml

    with open_store(args) as store:
        added, skipped = import_opml(store, args.file)
    print(f"imported {added} feeds from {args.file} ({skipped} already subscribed or invalid)")
    return 0


def export_feeds(args: argparse.Namespace) -> int:
    from leadout_tui.core.feeds.subscriptions import export_opml

    with open_store(args) as store:
        data = export_opml(store)
    if args.file:
        args.file.write_bytes(data)
        print(f"exported to {args.file}", file=sys.stderr)
    else:
        sys.stdout.write(data.decode("utf-8"))
    return 0
