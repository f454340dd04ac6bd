# ruff: noqa: ASYNC110  (polling a condition is how the figures are taken)
"""Who is in the news, over a big cache (issue 13). Prints figures; nothing is asserted.

    .venv/bin/python benchmarks/trends.py [--articles 50000] [--db PATH] [--samples 5]

Uses the cache of ``benchmarks/tui.py`` (N articles over 400 days with rider and team
mentions, built through the Store API; shared at ``--db``). Then:

1. The trends screen: in a reader process, from the ``T`` action (it opens on 7 days) until
   its first frame is drawn, and from each ``d`` (30 days, 24 h) until the next frame is.
2. The CLI: ``leadout-tui trends`` as a fresh process per sample (start-up included), the
   table and ``--json``, beside ``leadout-tui --version`` (the CLI's bare start) in the same run.
3. The store query alone (``Store.trends``) for each window, median of the samples.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
TARGETS = "targets: trends screen <= 150 ms, CLI <= 300 ms (50,000 articles)"


def child_screen(db: Path, samples: int) -> None:
    from textual._compositor import Compositor

    from leadout_tui.ui.app import make_app
    from leadout_tui.ui.screens.trends import WINDOWS, TrendsScreen
    from leadout_tui.ui.widgets import HeadlineList

    result: dict[str, list[float]] = {str(days): [] for days, _ in WINDOWS}
    frames: list[tuple[Compositor, float]] = []  # each frame drawn: by whom, when it was done
    render_update = Compositor.render_update

    def timed_render_update(self, *args, **kwargs):
        update = render_update(self, *args, **kwargs)
        frames.append((self, time.perf_counter()))
        return update

    Compositor.render_update = timed_render_update  # type: ignore[method-assign]

    async def next_frame(screen, after: float) -> float:
        """When the first frame of ``screen`` drawn after ``after`` was done."""
        while True:
            done = [t for who, t in frames if who is screen._compositor and t > after]
            if done:
                return done[0]
            await asyncio.sleep(0.001)

    async def pilot(p) -> None:
        app = p.app
        while not (found := app.main.query(HeadlineList)) or not found.first().rows:
            await asyncio.sleep(0.001)
        await p.pause()
        for _ in range(samples):
            frames.clear()
            t0 = time.perf_counter()
            app.main.action_trends()  # what T does
            while not isinstance(app.screen, TrendsScreen):
                await asyncio.sleep(0.001)
            screen = app.screen
            first = await next_frame(screen, t0)
            result[str(WINDOWS[screen.window][0])].append(first - t0)
            await asyncio.sleep(0.3)
            for _ in WINDOWS[1:]:
                t0 = time.perf_counter()
                screen.action_next_window()  # what d does
                result[str(WINDOWS[screen.window][0])].append(await next_frame(screen, t0) - t0)
                await asyncio.sleep(0.3)
            screen.action_next_window()  # back to the window it opens on
            await p.press("escape")
            await asyncio.sleep(0.3)
        app.exit()

    app = make_app(db, refresh_on_start=False, cursor_blink=False)
    app.run(headless=True, size=(140, 40), auto_pilot=pilot)
    print(json.dumps(result))


def wall(command: list[str], samples: int) -> float:
    times = []
    for _ in range(samples + 1):  # the first warms the OS file cache
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:]) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "leadout-bench.db")
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--child", action="store_true")
    args = parser.parse_args()
    if args.child:
        return child_screen(args.db, args.samples)

    sys.path.insert(0, str(BENCH))
    from bytecode import compile_leadout_tui
    from tui import ensure_cache

    from leadout_tui.core.store.db import Store

    compile_leadout_tui()  # the CLI's figures, as an installed copy starts
    ensure_cache(args.db, args.articles)

    with Store.open(args.db) as store:
        now = datetime.now(UTC)
        print(f"articles in cache: {store.article_count():,}")
        for days in (1, 7, 30):
            times, rows = [], []
            for _ in range(args.samples):
                start = time.perf_counter()
                rows = store.trends(days=days, now=now, top=12, history_days=max(days, 7))
                times.append(time.perf_counter() - start)
            top = f"{rows[0].name} {rows[0].count}" if rows else "nobody"
            print(
                f"store query, {days:>2} days: {statistics.median(times) * 1000:6.1f} ms "
                f"(top: {top})"
            )

    done = subprocess.run(
        [sys.executable, __file__, "--child", "--db", str(args.db), "--samples", str(args.samples)],
        capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode:
        raise SystemExit(f"the benchmark's child failed:\n{done.stderr[-3000:]}")
    screen = json.loads(done.stdout.strip().splitlines()[-1])
    for days, times in screen.items():
        how = "T, open" if days == "7" else "d, switch"
        print(
            f"trends screen, {days:>2} days ({how}): median "
            f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms"
        )

    cli = [str(Path(sys.executable).parent / "leadout-tui")]
    bare = wall([*cli, "--version"], args.samples)
    table = wall([*cli, "trends", "--db", str(args.db)], args.samples)
    as_json = wall([*cli, "trends", "--db", str(args.db), "--days", "30", "--json"], args.samples)
    print(f"CLI, leadout-tui --version (bare start): {bare:.0f} ms")
    print(f"CLI, leadout-tui trends (7 days):        {table:.0f} ms")
    print(f"CLI, trends --days 30 --json:            {as_json:.0f} ms")
    print(TARGETS)


if __name__ == "__main__":
    main()
