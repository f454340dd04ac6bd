"""``leadout-tui refresh``: fetch every subscribed feed (or the given ones) without the UI."""

from __future__ import annotations

import argparse
import signal
import sys
from asyncio import CancelledError
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, TextIO

from leadout_tui.commands.common import open_store, positive_int
from leadout_tui.config import load_config
from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.net.limits import CONCURRENCY
from leadout_tui.core.refresh.progress import RefreshProgress, RefreshSummary
from leadout_tui.core.text import clean_text

if TYPE_CHECKING:
    from leadout_tui.commands.common import Subparsers


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "refresh",
        parents=[common],
        help="fetch feeds and new articles without the UI",
        description="Fetch every subscribed feed (or those given with --feed), then the pages "
        "of new articles. Progress goes to stderr, the summary to stdout.",
    )
    parser.add_argument("--feed", metavar="URL", action="append", help="only this feed (repeat)")
    parser.add_argument("--no-articles", action="store_true", help="do not fetch article pages")
    parser.add_argument(
        "--concurrency",
        type=positive_int,
        metavar="N",
        help=f"requests in flight (default {CONCURRENCY})",
    )
    parser.add_argument(
        "--notify-command",
        metavar="CMD",
        help="run CMD with the news of what you follow as its argument (e.g. notify-send)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from leadout_tui.core.net import tls

    tls.preload()  # on another core, while the refresh machinery is imported
    from leadout_tui.core.feeds.subscriptions import ensure_default_feeds
    from leadout_tui.core.refresh.pipeline import refresh_database

    config = load_config()
    if args.concurrency:
        config = replace(config, concurrency=args.concurrency)
    with open_store(args) as store:
        ensure_default_feeds(store)
        db_path = store.path
        if args.feed:
            subscribed = {state.url for state in store.feed_states()}
            missing = [url for url in args.feed if url not in subscribed]
            if missing:
                raise LeadoutError(
                    f"not subscribed: {', '.join(missing)} (add with: leadout-tui feeds add URL)"
                )
    reporter = ProgressReporter(sys.stderr)
    summary = RefreshSummary()
    with _sigterm_stops_like_ctrl_c() as stopped:
        try:
            refresh_database(
                db_path,
                urls=args.feed,
                fetch_articles=False if args.no_articles else None,
                options=config.refresh_options(),
                on_progress=reporter,
                summary=summary,
            )
        except (KeyboardInterrupt, CancelledError):
            # asyncio turns Ctrl-C into a cancelled main task, and says so with
            # KeyboardInterrupt -- or, if a task group cancelled it once more on the way out,
            # with the CancelledError itself. Nothing else cancels it: both mean a stop.
            reporter.finish()
            print_summary(summary, sys.stdout)
            how = "SIGTERM" if stopped else "Ctrl-C"
            print(
                f"leadout-tui: refresh stopped by {how}; the counts above were stored, "
                "run refresh again for the rest",
                file=sys.stderr,
            )
            return 143 if stopped else 130
    reporter.finish()
    print_summary(summary, sys.stdout)
    command = args.notify_command or config.notify_command
    if command and summary.followed.articles:
        from leadout_tui.notify import run_notify_command

        problem = run_notify_command(command, summary.followed.describe())
        if problem:
            print(f"leadout-tui: {problem}", file=sys.stderr)
    return 0


@contextmanager
def _sigterm_stops_like_ctrl_c() -> Iterator[list[bool]]:
    """While refreshing, SIGTERM stops the refresh the way Ctrl-C does (requests cancelled,
    what is stored kept, workers shut down); the list it yields is non-empty once it came."""
    received: list[bool] = []

    def on_sigterm(signum: int, frame: object) -> None:
        received.append(True)
        signal.raise_signal(signal.SIGINT)

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        yield received
    finally:
        signal.signal(signal.SIGTERM, previous)


class ProgressReporter:
    """A live bar on a terminal; otherwise one line per feed (and per failed page)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self._drawn = False

    def __call__(self, progress: RefreshProgress) -> None:
        if self.live:
            width = 30
            filled = width * progress.done // max(progress.total, 1)
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\r[{bar}] {progress.describe():<32}")
            self.stream.flush()
            self._drawn = True
        elif progress.phase == "feeds":
            outcome = (
                f"failed: {progress.error}"
                if progress.error
                else ("not modified" if progress.not_modified else "ok")
            )
            url, outcome = clean_text(progress.url), clean_text(outcome)
            self.stream.write(f"[{progress.done}/{progress.total}] {url}: {outcome}\n")
        elif progress.phase == "pages" and progress.error:
            url, error = clean_text(progress.url), clean_text(progress.error)
            self.stream.write(f"page {url}: failed: {error}\n")

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()


def print_summary(summary: RefreshSummary, out: TextIO) -> None:
    out.write(
        f"feeds: {summary.feeds_ok} ok, {summary.feeds_not_modified} not modified, "
        f"{summary.feeds_failed} failed"
        + (f", {summary.feeds_skipped} skipped (retry later)" if summary.feeds_skipped else "")
        + "\n"
    )
    out.write(f"articles: {summary.new_articles} new, {summary.updated_articles} updated\n")
    if summary.pages_fetched or summary.page_failures:
        out.write(f"pages: {summary.pages_fetched} fetched, {len(summary.page_failures)} failed\n")
    out.write(f"time: {summary.seconds:.2f}s\n")
    if summary.followed.articles:
        out.write(f"following: {clean_text(summary.followed.describe())}\n")
    for url, reason in summary.feed_failures:
        out.write(f"failed: {clean_text(url)}: {clean_text(reason)}\n")
