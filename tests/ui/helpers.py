"""Shared helpers for the UI tests: the frozen clock, the app factory, direct SQL checks."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from leadout_tui.config import Config
from leadout_tui.core.store.db import Store
from leadout_tui.ui.app import LeadoutApp, make_app
from leadout_tui.ui.widgets import HeadlineList

#: "Now" for every UI test: ages and local times in snapshots never change.
FROZEN_NOW = datetime(2025, 7, 14, 20, 0, tzinfo=UTC)
# keep_days=0: the fixtures date from July 2025, so the real clock would make them old enough.
# group_stories=False: most tests are about single articles; the story tests turn it on.
TEST_CONFIG = Config(
    concurrency=4, per_host=4, timeout_seconds=10.0, keep_days=0, group_stories=False
)
POGACAR = "r-tadej-pogacar"


def build_app(db_path: Path, **overrides: object) -> LeadoutApp:
    """The app as the tests run it: frozen clock, UTC, fixed theme, no refresh on start."""
    options: dict[str, object] = {
        "config": TEST_CONFIG,
        "now": lambda: FROZEN_NOW,
        "tz": UTC,
        "refresh_on_start": False,
        "cursor_blink": False,
    }
    options.update(overrides)
    app = make_app(db_path, **options)  # type: ignore[arg-type]
    app.theme = "textual-dark"
    return app


async def settle(pilot: Pilot) -> None:
    """Wait for the workers (gazetteer, refresh) and the screen updates they cause.

    Background work starts after the first paint, and a finished refresh starts more (the
    headline reload), so wait until a round of waiting finds nothing left running.
    """
    app = pilot.app
    deadline = time.monotonic() + 60  # a bound for a hung worker, not a duration
    while True:
        await pilot.pause()
        # A newer headline load may replace one (exclusive workers): the loop waits for it too.
        with contextlib.suppress(WorkerCancelled):
            await app.workers.wait_for_complete()
        await pilot.pause()
        if not getattr(app, "refreshing", False) and not any(w.is_running for w in app.workers):
            return
        assert time.monotonic() < deadline, "background work did not finish within 60 s"
        await asyncio.sleep(0.05)


def headlines(app: LeadoutApp) -> HeadlineList:
    return app.main.query_one(HeadlineList)


def headline_ids(app: LeadoutApp) -> list[int]:
    return [row.id for row in headlines(app).rows]


def sql(db: Path, query: str, *params: object) -> list[tuple]:
    """A direct query on the database file, to check the UI against."""
    with sqlite3.connect(db) as conn:
        return conn.execute(query, params).fetchall()


def subscribe(db_path: Path, urls: list[str]) -> None:
    with Store.open(db_path) as store:
        for url in urls:
            store.add_feed(url)
