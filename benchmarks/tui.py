# ruff: noqa: ASYNC110  (polling a condition is how the figures are taken)
"""TUI speed figures with a big cache (issue 5). Prints figures; nothing is asserted.

    .venv/bin/python benchmarks/tui.py [--articles 50000] [--db PATH] [--rebuild]

1. Generates N articles (with bodies and rider/team mentions) straight into a store through the
   Store API (cached at ``--db`` between runs).
2. Launch: a fresh process per sample (imports included) runs the app headless and records
   when the first headlines are painted; a bare Textual app (one Static) is timed the same way
   in the same run.
3. In the reader process: from the cursor-down action (what j does) until the next article's
   frame is rendered (p50/p95 over 200 moves; a real terminal adds up to one refresh tick,
   1/60 s), applying a rider filter (the most-mentioned rider) until its frame is rendered,
   and the peak RSS of the whole session.
4. With ``--during-refresh PATH_TO/feedfarm.py``: the reader on a copy of that cache refreshes
   the reference farm (100 feeds x 50 items with their pages, 10 hosts, 50 ms) inside the TUI,
   while the benchmark moves to the next headline every 50 ms and times each move until its
   article is on screen, and measures how late a 10 ms timer on the UI's event loop fires (a
   late timer is a frame that could not be drawn).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

TARGETS = "targets: launch <= 1.5x bare, RSS <= 200 MB, next article p95 <= 50 ms, filter <= 100 ms"


# -- generating the cache ------------------------------------------------------------------------


def build(db: Path, count: int) -> None:
    from leadout_tui.core.models import (
        Block,
        Document,
        ExtractedArticle,
        FeedEntry,
        ParsedFeed,
        Span,
    )
    from leadout_tui.core.names.loader import load_names
    from leadout_tui.core.store.db import Store
    from leadout_tui.core.store.rows import EntityCount
    from leadout_tui.core.store.writes import BodyUpdate, DocumentMentions

    rng = random.Random(5)
    gaz = load_names().gazetteer
    riders = [e for e in gaz.entities.values() if e.kind == "rider"][:400]
    teams = [e for e in gaz.entities.values() if e.kind == "team"][:40]
    now = datetime.now(UTC)
    feeds = 20
    started = time.perf_counter()
    with Store.open(db) as store:
        for f in range(feeds):
            url = f"https://bench{f}.example/feed.xml"
            store.add_feed(url, title=f"Bench Feed {f}")
            (state,) = store.feed_states([url])
            entries = []
            for i in range(count // feeds):
                rider = rng.choice(riders)
                entries.append(
                    FeedEntry(
                        key=f"{f}-{i}",
                        title=f"{rider.name} shines on stage {i % 21 + 1} ({f}/{i})",
                        url=f"https://bench{f}.example/a/{i}",
                        author="Bench Writer",
                        published=now - timedelta(minutes=rng.randrange(0, 60 * 24 * 400)),
                        updated=None,
                        summary=f"{rider.name} rode well today.",
                        content_html=None,
                    )
                )
            store.store_feed(
                state.id, ParsedFeed(f"Bench Feed {f}", None, tuple(entries)), None, None
            )
        print(f"  feeds stored in {time.perf_counter() - started:.1f}s", flush=True)
        docs = list(store.documents())
        for n, (article_id, document) in enumerate(docs):
            named = [*rng.sample(riders, 3), rng.choice(teams)]
            blocks = tuple(
                Block("paragraph", f"{e.name} was in the front group with the favourites. " * 3)
                for e in named
            )
            text = Document(document.title, blocks).text
            spans, counts = [], []
            for e in named:
                offset = text.find(e.name)
                hits = []
                while offset >= 0:
                    hits.append(offset)
                    offset = text.find(e.name, offset + 1)
                spans += [Span(o, o + len(e.name), e.id, e.kind) for o in hits]
                counts.append(EntityCount(e.id, e.kind, e.name, len(hits), hits[0]))
            counts.sort(key=lambda c: c.kind == "team")
            mentions = DocumentMentions(
                tuple(sorted(spans, key=lambda s: s.start)), tuple(counts), "bench"
            )
            article = ExtractedArticle(url="https://x", blocks=blocks, source="container")
            store.save_bodies([BodyUpdate(article_id, article, mentions, 1)])
            if n % 10000 == 9999:
                print(f"  {n + 1} bodies and mentions stored", flush=True)
        store.mark_refreshed()
    print(f"  built {count} articles in {time.perf_counter() - started:.1f}s", flush=True)


def ensure_cache(db: Path, count: int, *, rebuild: bool = False) -> None:
    """Build the ``count``-article cache at ``db`` unless it is there already (or ``rebuild``)."""
    from leadout_tui.core.store.db import Store

    def remove() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)

    if rebuild:
        remove()
    with Store.open(db) as store:
        have = store.article_count()
    if have != count:
        print(f"building {count} articles in {db} ...", flush=True)
        remove()
        build(db, count)


# -- child processes -----------------------------------------------------------------------------


def child_bare(start: float) -> None:
    from textual.app import App
    from textual.widgets import Static

    result: dict[str, float] = {}

    class Bare(App[None]):
        def compose(self):
            yield Static("hello")

    render = Static.render

    def timed_render(self):  # the first time the Static is drawn is the first paint
        result.setdefault("launch", time.time() - start)
        return render(self)

    Static.render = timed_render  # type: ignore[method-assign]

    async def pilot(p) -> None:
        while "launch" not in result:
            await asyncio.sleep(0.001)
        p.app.exit()

    Bare().run(headless=True, size=(140, 40), auto_pilot=pilot)
    print(json.dumps(result))


def child_reader(start: float, db: Path, interactive: bool) -> None:
    import resource

    from leadout_tui.ui.app import make_app
    from leadout_tui.ui.messages import EntityChosen
    from leadout_tui.ui.widgets import ArticleView, HeadlineList

    result: dict[str, object] = {}
    render_line = HeadlineList.render_line

    def timed_render_line(self, y: int):  # the first headline drawn is the first paint
        if self.rows and "launch" not in result:
            result["launch"] = time.time() - start
            result["rows"] = len(self.rows)
        return render_line(self, y)

    HeadlineList.render_line = timed_render_line  # type: ignore[method-assign]

    async def pilot(p) -> None:
        app = p.app
        while "launch" not in result:
            await asyncio.sleep(0.001)
        listing = app.main.query_one(HeadlineList)
        if interactive:
            result["rows_total"] = total = app.store.article_count()
            while len(listing.rows) != total:  # the full list arrives from a worker
                await asyncio.sleep(0.001)
            view = app.main.query_one(ArticleView)
            moves = []
            for _ in range(200):
                t0 = time.perf_counter()
                listing.action_cursor_down()  # what j and the down arrow do
                while view.article is None or view.article.id != listing.current_id:
                    await asyncio.sleep(0)
                app.screen._on_timer_update()  # paint the frame now
                moves.append(time.perf_counter() - t0)
                await asyncio.sleep(0.005)
            result["next_ms"] = [m * 1000 for m in moves]
            top = app.store.top_entities("rider", limit=1)[0]
            filters = []
            for _ in range(5):
                t0 = time.perf_counter()
                app.main.apply_entity(EntityChosen(top.entity_id, "rider", top.name))
                await asyncio.sleep(0)
                app.screen._on_timer_update()
                first = time.perf_counter() - t0
                while len(listing.rows) != top.articles:  # the rest, from the worker
                    await asyncio.sleep(0.001)
                app.screen._on_timer_update()
                filters.append((first, time.perf_counter() - t0))
                app.main.action_clear_filter()
                while len(listing.rows) != result["rows_total"]:
                    await asyncio.sleep(0.001)
                await p.pause()
            result["filter_ms"] = [(a * 1000, b * 1000) for a, b in filters]
            result["filter_rows"] = top.articles
        result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        app.exit()

    app = make_app(db, refresh_on_start=False, cursor_blink=False)
    app.run(headless=True, size=(140, 40), auto_pilot=pilot)
    print(json.dumps(result))


def child_reader_refreshing(start: float, db: Path, urls_file: Path) -> None:
    """The reader refreshing the farm: headline moves and event-loop lag until it is done."""
    from leadout_tui.config import Config
    from leadout_tui.ui.app import make_app
    from leadout_tui.ui.widgets import ArticleView, HeadlineList

    urls = urls_file.read_text().split()
    result: dict[str, object] = {}

    async def watch_lag(app, lags: list[float]) -> None:
        while True:
            t0 = time.perf_counter()
            await asyncio.sleep(0.01)
            lags.append(time.perf_counter() - t0 - 0.01)
            if not app.refreshing and "refresh_s" in result:
                return

    async def pilot(p) -> None:
        app = p.app
        while not app.refreshing:  # it starts after the first paint
            await asyncio.sleep(0.001)
        listing = app.main.query_one(HeadlineList)
        view = app.main.query_one(ArticleView)
        started = time.perf_counter()
        lags: list[float] = []
        lag_task = asyncio.create_task(watch_lag(app, lags))
        moves = []
        while app.refreshing:
            t0 = time.perf_counter()
            if listing.cursor >= len(listing.rows) - 1:
                listing.action_first()
            else:
                listing.action_cursor_down()
            while view.article is None or view.article.id != listing.current_id:
                await asyncio.sleep(0)
            app.screen._on_timer_update()  # paint the frame now
            moves.append(time.perf_counter() - t0)
            await asyncio.sleep(0.05)
        result["refresh_s"] = time.perf_counter() - started
        await lag_task
        result["next_ms"] = [m * 1000 for m in moves]
        result["lag_ms"] = [lag * 1000 for lag in lags]
        result["status"] = app.main.query_one("#status").text
        app.exit()

    config = Config(refresh_interval_minutes=0)
    app = make_app(db, config=config, refresh_on_start=True, refresh_urls=urls, cursor_blink=False)
    app.run(headless=True, size=(140, 40), auto_pilot=pilot)
    print(json.dumps(result))


def during_refresh(cache: Path, feedfarm_script: str) -> None:
    """Serve the reference farm, subscribe a copy of the cache to it, time the reader."""
    import refresh as refresh_bench

    from leadout_tui.config import Config
    from leadout_tui.core.store.db import Store

    farm_args = argparse.Namespace(feedfarm=feedfarm_script, feeds=100, items=50, hosts=10,
                                   latency_ms=50.0)  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="leadout-tui-bench-") as tmp:
        workdir = Path(tmp)
        db = workdir / "reader.db"
        with refresh_bench.feedfarm(farm_args, workdir) as served:
            source = sqlite3.connect(cache)
            with sqlite3.connect(db) as dest:
                source.backup(dest)
            source.close()
            urls = served.urls.read_text().split()
            with Store.open(db) as store:
                for url in urls:
                    store.add_feed(url)
            # The cache's mentions count as found by today's gazetteer: the refresh does only
            # its own work (after an upgrade, the first refresh re-indexes the whole cache too).
            version = Config().names_source().version()
            with sqlite3.connect(db) as conn:
                conn.execute("UPDATE articles SET gazetteer_version = ?", (version,))
            result = spawn("reader-refresh", "--db", str(db), "--urls", str(served.urls))
    nxt, lag = result["next_ms"], result["lag_ms"]
    took = result["refresh_s"]
    print(f"during a refresh of feedfarm 100 x 50 with pages ({took:.1f} s in the reader):")
    print(f"  next headline -> article: p50 {pct(nxt, 0.5):.1f} ms, p95 {pct(nxt, 0.95):.1f} ms, "
          f"max {max(nxt):.1f} ms over {len(nxt)} moves")  # fmt: skip
    print(f"  UI loop lateness:         p99 {pct(lag, 0.99):.1f} ms, max {max(lag):.1f} ms "
          f"over {len(lag)} 10 ms ticks (a frame blocked longer than that)")  # fmt: skip
    print(f"  status after: {result['status']}")
    print("  targets: next article p95 <= 50 ms, no frame blocked > 100 ms")


def spawn(*args: str) -> dict:
    start = time.time()
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args, "--start", repr(start)],
        capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode:
        raise SystemExit(f"the benchmark's child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "leadout-bench.db")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--child", choices=["bare", "reader", "reader-launch", "reader-refresh"])
    parser.add_argument("--start", type=float)
    parser.add_argument("--urls", type=Path)
    parser.add_argument("--during-refresh", metavar="FEEDFARM", help="path to feedfarm.py")
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare(args.start)
    if args.child == "reader-refresh":
        return child_reader_refreshing(args.start, args.db, args.urls)
    if args.child:
        return child_reader(args.start, args.db, interactive=args.child == "reader")

    from bytecode import compile_leadout_tui

    compile_leadout_tui()
    ensure_cache(args.db, args.articles, rebuild=args.rebuild)

    spawn("bare")  # warm the OS file cache for both
    spawn("reader-launch", "--db", str(args.db))
    bare, reader = [], []
    for _ in range(args.samples):
        bare.append(spawn("bare")["launch"])
        reader.append(spawn("reader-launch", "--db", str(args.db))["launch"])
    full = spawn("reader", "--db", str(args.db))
    b, r = statistics.median(bare), statistics.median(reader)
    print(f"articles in cache:        {full['rows_total']:,} ({full['rows']} in the first paint)")
    print(f"launch, bare Textual app: {b * 1000:.0f} ms (median of {args.samples})")
    print(f"launch to headlines:      {r * 1000:.0f} ms  = {r / b:.2f}x bare")
    print(f"peak RSS:                 {full['rss_mb']:.0f} MB")
    nxt = full["next_ms"]
    print(f"next headline -> article: p50 {pct(nxt, 0.5):.1f} ms, p95 {pct(nxt, 0.95):.1f} ms")
    first = [a for a, _ in full["filter_ms"]]
    whole = [b for _, b in full["filter_ms"]]
    print(
        f"rider filter apply:       first screen median {statistics.median(first):.0f} ms "
        f"(max {max(first):.0f}); whole list median {statistics.median(whole):.0f} ms "
        f"(max {max(whole):.0f}); {full['filter_rows']:,} articles match"
    )
    print(TARGETS)
    if args.during_refresh:
        during_refresh(args.db, args.during_refresh)


if __name__ == "__main__":
    main()
