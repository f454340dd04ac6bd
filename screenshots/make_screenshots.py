"""Regenerate ``screenshots/*.svg``: the real app on the demo data.

Serves the bundled demo feeds on 127.0.0.1, runs the real refresh into a temporary database,
then drives the app headless and saves one SVG per scene. "Now" is pinned to three hours after
the newest demo article so ages and times read the same on every run::

    .venv/bin/python screenshots/make_screenshots.py
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets._toast import Toast

from leadout_tui.config import Config
from leadout_tui.core.refresh.pipeline import refresh_database
from leadout_tui.core.store.db import Store
from leadout_tui.demo import DemoServer, subscribe_demo_feeds
from leadout_tui.ui.app import make_app

HERE = Path(__file__).parent
Scene = Callable[[Pilot], Awaitable[None]]


def keys(*pressed: str) -> Scene:
    async def scene(pilot: Pilot) -> None:
        await pilot.press(*pressed)

    return scene


SCENES: list[tuple[str, tuple[int, int], Scene]] = [
    ("main", (140, 40), keys("j")),
    ("rider-picker", (140, 40), keys("f", *"poga")),
    ("filtered-by-rider", (140, 40), keys("f", *"poga", "enter")),
    ("search", (140, 40), keys("slash", *"sprint", "enter")),
    ("help", (120, 40), keys("question_mark")),
    ("medium-100-columns", (100, 32), keys("j", "j")),
    ("narrow-80-columns", (80, 24), keys("enter")),
    ("trends", (140, 40), keys("T")),
    ("race-picker", (140, 40), keys("c", *"tour")),
    # Spoiler-free, one story expanded: the Merksplas cyclocross told by three outlets.
    ("stories", (140, 40), keys("j", "j", "l")),
    # Last: the follows it makes are stored, and would mark the headlines of later scenes.
    (
        "following",
        (140, 40),
        keys("f", *"poga", "ctrl+w", "escape", "t", *"visma", "ctrl+w", "escape", "W"),
    ),
]
#: Scenes drawn with settings of their own (the others: the defaults).
CONFIGS = {"stories": Config(spoiler_free=True)}


def build_demo_db(db: Path) -> datetime:
    """Fill ``db`` through the real pipeline; returns the pinned "now"."""
    with DemoServer() as server:
        with Store.open(db) as store:
            subscribe_demo_feeds(store, server.feed_urls)
        summary = refresh_database(db, options=Config().refresh_options())
        print(summary.describe())
    with Store.open(db) as store:
        newest = max(row.sort_time for row in store.query_articles())
        now = newest + timedelta(hours=3)
        store.set_meta("last_refresh", (now - timedelta(minutes=20)).isoformat())
    return now


async def shoot(db: Path, now: datetime, name: str, size: tuple[int, int], scene: Scene) -> None:
    app = make_app(
        db,
        config=CONFIGS.get(name),
        now=lambda: now,
        tz=UTC,
        refresh_on_start=False,
        cursor_blink=False,
    )
    app.theme = "textual-dark"
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await scene(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.clear_notifications()  # a toast's life depends on the machine's speed
        while any(screen.query(Toast) for screen in app.screen_stack):
            await pilot.pause(0.05)
        await pilot.pause()
        app.save_screenshot(f"{name}.svg", path=str(HERE))
    print(f"screenshots/{name}.svg")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="leadout-shots-") as tmp:
        db = Path(tmp) / "demo.db"
        now = build_demo_db(db)
        for name, size, scene in SCENES:
            asyncio.run(shoot(db, now, name, size, scene))


if __name__ == "__main__":
    main()
