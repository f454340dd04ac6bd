"""Refresh while the app runs, refresh failures, hostile text from feeds, opening links."""

from __future__ import annotations

import asyncio
import webbrowser
from datetime import timedelta
from pathlib import Path

import pytest

from leadout_tui.core.models import FeedEntry, ParsedFeed
from leadout_tui.core.refresh.pipeline import refresh_database
from leadout_tui.core.store.db import Store
from leadout_tui.ui.widgets import StatusLine
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
from tests.ui.screen_text import screen_text

HOSTILE = "[bold]Pogačar[/] \x1b[31mred\x1b[0m \x07bell\x9b2J [link=https://x.y]x[/link]"


def status(app) -> str:
    return app.main.query_one(StatusLine).text


async def test_refresh_adds_new_articles_and_keeps_the_cursor(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    db = tmp_path / "leadout.db"
    subscribe(db, feed_server.feed_urls)
    await asyncio.to_thread(refresh_database, db, options=TEST_CONFIG.refresh_options())
    app = build_app(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        before = headline_ids(app)
        await pilot.press("j", "j")
        kept = headlines(app).current_id
        feed_server.round = 2  # the feed now has one more entry
        await pilot.press("r")
        await settle(pilot)
        after = headline_ids(app)
        (new_id,) = set(after) - set(before)
        assert sql(db, "SELECT title FROM articles WHERE id = ?", new_id) == [
            ("Vollering wins the queen stage of the Tour de France Femmes",)
        ]
        assert headlines(app).current_id == kept
        assert "1 new" in status(app)
        assert str(headlines(app).border_title) == f"All articles — {len(after)}"


async def test_refresh_failure_is_a_status_not_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "leadout.db"
    with FeedServer() as server:  # a port nothing listens on once the server is gone
        dead = server.feed_urls[0]
    subscribe(db, [dead])
    app = build_app(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert app.main.query_one(StatusLine).has_class("-error")
        assert dead in status(app)
        assert app.return_code is None  # still running


async def test_refresh_on_start_when_the_cache_is_stale(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    db = tmp_path / "leadout.db"
    subscribe(db, feed_server.feed_urls)
    app = build_app(db, refresh_on_start=None)  # never refreshed: refresh at once
    async with app.run_test(size=(120, 36)) as pilot:
        assert headline_ids(app) == []  # the app opens without waiting for the network
        await settle(pilot)
        assert len(headline_ids(app)) == 5


def add_hostile_article(db: Path, url: str | None) -> None:
    with Store.open(db) as store:
        store.add_feed("https://hostile.example/feed")
        (state,) = store.feed_states(["https://hostile.example/feed"])
        entry = FeedEntry(
            key="hostile-1",
            title=HOSTILE,
            url=url,
            author="\x1b]0;owned\x07Mallory",
            published=FROZEN_NOW - timedelta(minutes=5),
            updated=None,
            summary=HOSTILE,
            content_html=None,
        )
        store.store_feed(state.id, ParsedFeed("\x1b[2JEvil feed", None, (entry,)), None, None)


async def test_hostile_headline_is_shown_literally(db_path: Path) -> None:
    add_hostile_article(db_path, "javascript:alert(1)")
    app = build_app(db_path)
    async with app.run_test(size=(160, 36)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        literal = "[bold]Pogačar[/] red bell [link=https://x.y]x[/link]"
        assert text.count(literal) >= 2  # in the headline list and the article title
        assert "Evil feed" in text and "Mallory" in text
        assert not any(ord(c) < 0x20 and c != "\n" for c in text)
        assert "\x1b" not in text and "\x9b" not in text


async def test_open_only_hands_web_links_to_the_browser(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    add_hostile_article(db_path, "javascript:alert(1)")
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("o")  # the hostile article: refused
        await pilot.press("j", "o")
        await settle(pilot)
        second = headlines(app).current
        assert second is not None
        assert opened == [second.url]
