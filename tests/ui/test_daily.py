"""The daily reader in the TUI: catching up (A, U, d, ctrl+z), the feeds pane, live refresh, and
what is remembered between runs -- each checked against the database itself."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from leadout_tui.config import Config
from leadout_tui.core.refresh.pipeline import refresh_database
from leadout_tui.core.store.columns import to_iso
from leadout_tui.ui.app import make_app
from leadout_tui.ui.screens.confirm import Confirm
from leadout_tui.ui.widgets import ArticleView, FeedsPanel
from tests.feedgen import Item, rss
from tests.loopback import LoopbackServer, Reply
from tests.ui.feed_server import FeedServer
from tests.ui.helpers import (
    FROZEN_NOW,
    TEST_CONFIG,
    build_app,
    headline_ids,
    headlines,
    settle,
    sql,
    subscribe,
)

ALL_IDS = "SELECT id FROM articles ORDER BY sort_time DESC, id DESC"
UNREAD = "SELECT id FROM articles WHERE read = 0 ORDER BY sort_time DESC, id DESC"


def title(app) -> str:
    return str(headlines(app).border_title)


async def test_unread_only_and_mark_all_read_in_the_filtered_view_then_undo(
    db_path: Path,
) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"poga", "enter")  # the Pogačar articles only
        await settle(pilot)
        pogacar = set(headline_ids(app))
        others = {r[0] for r in sql(db_path, ALL_IDS)} - pogacar
        assert pogacar and others
        await pilot.press("A")  # few enough: no question
        await settle(pilot)
        assert {r[0] for r in sql(db_path, UNREAD)} == others  # only the view was marked
        await pilot.press("escape", "U")  # everything, unread only
        await settle(pilot)
        assert set(headline_ids(app)) == others
        assert title(app) == f"Unread — {len(others)}"
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert len(sql(db_path, UNREAD)) == len(pogacar | others)  # all unread again
        assert set(headline_ids(app)) == pogacar | others
        await pilot.press("ctrl+z")  # one batch, one undo
        await settle(pilot)
        assert len(sql(db_path, UNREAD)) == len(pogacar | others)


@pytest.fixture
def busy_db(server: LoopbackServer, tmp_path: Path) -> Path:
    """A database with 30 fresh articles from one feed (more than the reader marks unasked)."""
    items = [
        Item(
            f"g{n}",
            f"Stage {n} report",
            None,
            pub_date=format_datetime(FROZEN_NOW - timedelta(hours=n)),
        )
        for n in range(30)
    ]
    db = tmp_path / "busy.db"
    subscribe(db, [server.route("/busy.xml", Reply(rss("Busy Desk", items).encode()))])
    refresh_database(db, options=TEST_CONFIG.refresh_options(), fetch_articles=False)
    return db


async def test_marking_many_read_asks_first(busy_db: Path) -> None:
    app = build_app(busy_db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        assert isinstance(app.screen, Confirm)
        assert "30" in app.screen.question
        await pilot.press("n")
        await settle(pilot)
        assert len(sql(busy_db, UNREAD)) == 30
        await pilot.press("A", "y")
        await settle(pilot)
        assert sql(busy_db, UNREAD) == []
        assert all(row.read for row in headlines(app).rows)


async def test_age_filter_cycles_and_combines_with_unread(busy_db: Path) -> None:
    app = build_app(busy_db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        since = to_iso(FROZEN_NOW - timedelta(hours=24))
        day = sql(busy_db, "SELECT id FROM articles WHERE sort_time >= ? "
                  "ORDER BY sort_time DESC, id DESC", since)  # fmt: skip
        assert headline_ids(app) == [r[0] for r in day]
        assert title(app) == f"Last 24 h — {len(day)}"
        await pilot.press("j", "u", "U")  # mark one read, then unread only: it goes
        await settle(pilot)
        assert len(headline_ids(app)) == len(day) - 1
        assert title(app) == f"Unread · Last 24 h — {len(day) - 1}"
        await pilot.press("d")  # last 7 days: all 30 are younger
        await settle(pilot)
        assert len(headline_ids(app)) == 29
        await pilot.press("d")  # and back to all
        await settle(pilot)
        assert title(app) == "Unread — 29"


async def test_feeds_pane_lists_counts_and_filters_by_feed(db_path: Path) -> None:
    feeds = dict(sql(db_path, "SELECT title, id FROM feeds"))
    app = build_app(db_path)
    async with app.run_test(size=(130, 36)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        panel = app.main.query_one(FeedsPanel)
        assert app.focused is panel
        lines = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        for name, feed_id in feeds.items():
            unread = sql(db_path, "SELECT count(*) FROM articles WHERE feed_id = ? AND read = 0",
                         feed_id)[0][0]  # fmt: skip
            assert f"  {name}  {unread}" in lines
        target = next(i for i, line in enumerate(lines) if "Cobbles and Climbs" in line)
        panel.highlighted = target
        await pilot.press("enter")
        await settle(pilot)
        wanted = sql(db_path, "SELECT id FROM articles WHERE feed_id = ? "
                     "ORDER BY sort_time DESC, id DESC", feeds["Cobbles and Climbs"])  # fmt: skip
        assert headline_ids(app) == [r[0] for r in wanted]
        assert title(app).startswith("Feed: Cobbles and Climbs")
        assert panel.display  # wide enough: it stays beside the headlines
        await pilot.press("escape")
        await settle(pilot)
        assert len(headline_ids(app)) == len(sql(db_path, ALL_IDS))


async def test_feeds_pane_takes_the_headlines_place_when_narrow(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        assert app.main.query_one(FeedsPanel).display
        assert not headlines(app).display
        await pilot.press("enter")  # "All feeds": back to the headlines
        await settle(pilot)
        assert headlines(app).display and not app.main.query_one(FeedsPanel).display


async def test_live_refresh_brings_new_articles_keeps_the_cursor_and_rings(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    db = tmp_path / "live.db"
    subscribe(db, feed_server.feed_urls)
    await asyncio.to_thread(refresh_database, db, options=TEST_CONFIG.refresh_options())
    config = replace(TEST_CONFIG, notify_bell=True)
    app = build_app(db, config=config, refresh_every=0.3)
    bells: list[bool] = []
    app.bell = lambda: bells.append(True)  # type: ignore[method-assign]
    toasts: list[str] = []  # every toast shown (a toast leaves the screen after a while)
    notify = app.notify

    def record(message: str, **options: Any) -> None:
        toasts.append(message)
        notify(message, **options)

    app.notify = record  # type: ignore[method-assign]
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        kept = headlines(app).current_id
        before = set(headline_ids(app))
        feed_server.round = 2  # the feed now has one more entry
        for _ in range(200):  # the schedule's next tick (a bound, not a duration)
            await asyncio.sleep(0.05)
            if len(sql(db, ALL_IDS)) > len(before):
                break
        await settle(pilot)
        assert len(set(headline_ids(app)) - before) == 1
        assert headlines(app).current_id == kept
        # The toast of the refresh that brought it (the status line may already show the next
        # scheduled refresh's "0 new": they come every 0.3 s here).
        assert bells and any("1 new" in toast for toast in toasts)


async def test_the_view_and_reading_position_survive_a_restart(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 20)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"poga", "enter")  # a rider's articles
        await settle(pilot)
        await pilot.press("j", "enter")  # the second one, opened
        await settle(pilot)
        opened = app.main.query_one(ArticleView).article
        assert opened is not None
        await pilot.press(*"jjjjj")  # read on a little
        await settle(pilot)
        position = round(app.main.query_one(ArticleView).scroll_y)
        assert position > 0
        await pilot.press("q")
    again = build_app(db_path)
    async with again.run_test(size=(120, 20)) as pilot:
        await settle(pilot)
        assert title(again).startswith("Rider: Tadej Pogačar — ")
        assert headlines(again).current_id == opened.id
        assert round(again.main.query_one(ArticleView).scroll_y) == position


async def test_theme_chosen_is_used_next_time(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.theme = "nord"  # what the palette's theme picker does
        await pilot.press("q")
    again = make_app(db_path, config=TEST_CONFIG, refresh_on_start=False)
    assert again.theme == "nord"


async def test_remapped_keys_work_and_problems_are_reported(db_path: Path) -> None:
    keys = {"mark_all_read": "ctrl+a", "nonsense": "x", "refresh": "u"}
    app = build_app(db_path, config=Config(keys=keys))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("no action named 'nonsense'" in m for m in messages)
        assert any("'u' is given to refresh and toggle_read" in m for m in messages)
        await pilot.press("ctrl+a")
        await settle(pilot)
        assert sql(db_path, UNREAD) == []
        await pilot.press("question_mark")
        await settle(pilot)
        lines = dict(app.screen.lines)
        assert lines["Ctrl+A"] == "Mark every headline listed read"
        assert lines["u"] == "Toggle read (a story: all of it)"  # the clashing remap: not applied


async def test_y_copies_the_link(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert app.clipboard == headlines(app).current.url
