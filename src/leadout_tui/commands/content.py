"""``extract``, ``mentions``, ``reextract`` and ``reindex``: the content tools on their own."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from leadout_tui.commands.common import open_store, user_names
from leadout_tui.commands.refresh import ProgressReporter
from leadout_tui.config import load_config
from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.text import clean_text

if TYPE_CHECKING:
    from leadout_tui.commands.common import Subparsers

# The core's heavy modules (parsers, the gazetteer) are imported by the handlers that use them,
# so `leadout-tui --help` and the TUI start without them.


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    extract = sub.add_parser(
        "extract", parents=[common], help="print the article body extracted from a page"
    )
    extract.add_argument("source", metavar="URL|FILE")
    extract.add_argument("--json", action="store_true", help="the whole article as JSON")
    extract.set_defaults(handler=run_extract)

    mentions = sub.add_parser(
        "mentions", parents=[common], help="riders, teams and races mentioned in a text"
    )
    mentions.add_argument("file", metavar="FILE", nargs="?", default="-", help="default: stdin")
    mentions.add_argument("--json", action="store_true", help="every mention with its offsets")
    mentions.set_defaults(handler=run_mentions)

    again = sub.add_parser(
        "reextract", parents=[common], help="re-run extraction over cached pages"
    )
    again.add_argument(
        "--all", action="store_true", help="every page, not only those from older extractors"
    )
    again.set_defaults(handler=run_reextract)

    index = sub.add_parser(
        "reindex", parents=[common], help="recompute mentions and stories after gazetteer changes"
    )
    index.set_defaults(handler=run_reindex)


def _read_page(source: str) -> tuple[bytes, str, str | None]:
    from leadout_tui.core.net.fetch import PAGE_MAX_BYTES, Fetcher

    if source.startswith(("http://", "https://")):

        async def fetch() -> tuple[bytes, str, str | None]:
            async with Fetcher() as fetcher:
                result = await fetcher.get(source, max_bytes=PAGE_MAX_BYTES)
            return result.content, result.url, result.encoding

        return asyncio.run(fetch())
    path = Path(source)
    try:
        return path.read_bytes(), path.resolve().as_uri(), None
    except OSError as exc:
        raise LeadoutError(f"cannot read {source}: {exc.strerror or exc}") from None


def run_extract(args: argparse.Namespace) -> int:
    from leadout_tui.core.extract.article import article_to_json, article_to_text, extract_article

    html, url, encoding = _read_page(args.source)
    article = extract_article(html, url, encoding=encoding)
    if args.json:
        print(json.dumps(article_to_json(article), ensure_ascii=False, indent=2))
    elif article.blocks:
        print(clean_text(article_to_text(article), keep_newlines=True))
    if not article.blocks:
        print(f"leadout-tui: no article body found in {args.source}", file=sys.stderr)
        return 1
    return 0


def run_mentions(args: argparse.Namespace) -> int:
    from leadout_tui.core.names.matcher import mentions_to_json

    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.file).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise LeadoutError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    matcher = user_names().matcher
    found = matcher.find(text)
    if args.json:
        print(json.dumps(mentions_to_json(text, found, matcher.name_of), ensure_ascii=False,
                         indent=2))  # fmt: skip
        return 0
    counts = Counter((span.kind, matcher.name_of(span.entity_id)) for span in found)
    for (kind, name), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        print(f"{count:>4}  {kind:<5}  {name}")
    return 0


def run_reextract(args: argparse.Namespace) -> int:
    from leadout_tui.core.refresh.maintenance import reextract

    reporter = ProgressReporter(sys.stderr)
    with open_store(args) as store:
        total, with_body = asyncio.run(
            reextract(
                store,
                everything=args.all,
                names=load_config().names_source(),
                on_progress=reporter,
            )
        )
    reporter.finish()
    print(f"re-extracted {total} articles ({with_body} with a body, the rest show the summary)")
    return 0


def run_reindex(args: argparse.Namespace) -> int:
    from leadout_tui.core.refresh.maintenance import reindex

    reporter = ProgressReporter(sys.stderr)
    config = load_config()
    window = timedelta(hours=config.story_hours)
    with open_store(args) as store:
        total = asyncio.run(
            reindex(store, names=config.names_source(), on_progress=reporter, window=window)
        )
    reporter.finish()
    print(f"reindexed mentions and stories in {total} articles")
    return 0
