"""Following riders and teams (``w``, ``W``, the feeds pane), the alert a refresh raises for
them, and who is in the news (``T``), checked against the database."""

from __future__ import annotations

import asyncio
import sys
from dataclasses import replace
from pathlib import Path

from leadout_tui.core.refresh.pipeline import refresh_database
from leadout_tui.ui.screens.following import FollowingScreen
from leadout_tui.ui.screens.trends import TrendsScreen
from leadout_tui.ui.widgets import FeedsPanel, HeadlineList, MentionsPanel
from tests.ui.feed_server import FeedServer
from tests.ui.helpers import (
    POGACAR,
    TEST_CONFIG,
    build_app,
    headline_ids,
    headlines,
    settle,
    sql,
    subscribe,
)
from tests.ui.screen_text import screen_text

FOLLOWS = "SELECT entity_id, kind, name FROM follows ORDER BY entity_id"
VOLLERING = "r-demi-vollering"


def ids_mentioning(db: Path, entity_id: str) -> set[int]:
    return {r[0] for r in sql(db, "SELECT article_id FROM mentions WHERE entity_id = ?", entity_id)}


def toasts(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_w_in_the_mentions_pane_follows_and_unfollows(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(130, 36)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")  # headlines -> article -> mentions
        panel = app.main.query_one(MentionsPanel)
        first = panel.highlighted_option
        assert first is not None and first.id == POGACAR
        await pilot.press("w")
        await settle(pilot)
        assert sql(db_path, FOLLOWS) == [(POGACAR, "rider", "Tadej Pogačar")]
        assert "★ Tadej Pogačar" in screen_text(app)
        assert "Following Tadej Pogačar." in toasts(app)
        # Every headline naming him is marked, and only those.
        marked = headlines(app).followed
        assert marked == ids_mentioning(db_path, POGACAR)
        await pilot.press("w")
        await settle(pilot)
        assert sql(db_path, FOLLOWS) == []
        assert "★" not in screen_text(app)
        assert headlines(app).followed == set()


async def test_follow_from_the_picker_and_the_mark_stays_after_a_restart(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(130, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"vinge", "ctrl+w")  # in the name box, ctrl+w
        await settle(pilot)
        assert "★ Jonas Vingegaard" in screen_text(app)
        await pilot.press("down", "escape")
        await settle(pilot)
        await pilot.press("t", *"alpecin", "tab", "w")  # in the list, w
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
    assert [row[0] for row in sql(db_path, FOLLOWS)] == [
        "r-jonas-vingegaard",
        "t-alpecin-premier-tech",
    ]
    again = build_app(db_path)
    async with again.run_test(size=(130, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"vinge")
        await settle(pilot)
        assert "★ Jonas Vingegaard" in screen_text(again)


async def test_following_view_lists_unread_and_filters_and_unfollows(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(130, 36)) as pilot:
        await settle(pilot)
        await pilot.press("W")
        await settle(pilot)
        assert isinstance(app.screen, FollowingScreen)
        assert "Nobody yet" in screen_text(app)
        await pilot.press("escape", "f", *"poga", "ctrl+w", "escape")
        await settle(pilot)
        # Read one of his articles: the view counts the rest.
        his = ids_mentioning(db_path, POGACAR)
        while headlines(app).current_id not in his:
            await pilot.press("j")
        await pilot.press("u")
        await settle(pilot)
        await pilot.press("W")
        await settle(pilot)
        text = screen_text(app)
        assert "★ Tadej Pogačar  rider" in text
        assert f"{len(his) - 1} unread · newest" in text
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, FollowingScreen)
        assert set(headline_ids(app)) == his
        assert str(headlines(app).border_title).startswith("Rider: Tadej Pogačar")
        await pilot.press("W", "w")
        await settle(pilot)
        assert sql(db_path, FOLLOWS) == []
        assert "Nobody yet" in screen_text(app)


async def test_feeds_pane_starts_with_what_is_followed(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(130, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"vinge", "ctrl+w", "escape", "F")
        await settle(pilot)
        panel = app.main.query_one(FeedsPanel)
        ids = [option.id for option in panel.options]
        assert ids[:2] == ["following", "follow:r-jonas-vingegaard"]
        assert panel.highlighted_option is not None and panel.highlighted_option.id == "all"
        await pilot.press("up")  # onto Jonas Vingegaard
        await pilot.press("enter")
        await settle(pilot)
        assert set(headline_ids(app)) == ids_mentioning(db_path, "r-jonas-vingegaard")
        await pilot.press("shift+tab", "home", "enter")  # back in the pane: "Following"
        await settle(pilot)
        assert isinstance(app.screen, FollowingScreen)


NOTIFIER = """\
import sys
from pathlib import Path
Path(sys.argv[1]).write_text(sys.argv[2], encoding="utf-8")
"""


async def test_refresh_alerts_once_for_new_articles_naming_what_is_followed(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    db = tmp_path / "leadout.db"
    subscribe(db, feed_server.feed_urls)
    await asyncio.to_thread(refresh_database, db, options=TEST_CONFIG.refresh_options())
    script = tmp_path / "notifier.py"
    script.write_text(NOTIFIER, encoding="utf-8")
    received = tmp_path / "received.txt"
    command = f"{sys.executable} {script} {received}"
    config = replace(TEST_CONFIG, notify_command=command)
    app = build_app(db, config=config)
    async with app.run_test(size=(130, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"vollering", "ctrl+w", "escape")
        await pilot.press("f", *"pogacar", "ctrl+w", "escape")
        await settle(pilot)
        feed_server.round = 2  # the feed now has one more entry, about Vollering
        await pilot.press("r")
        await settle(pilot)
        alerts = [n for n in app._notifications if n.title == "Following"]
        assert [n.message for n in alerts] == ["1 new: Demi Vollering"]
        await pilot.press("r")  # a second refresh brings nothing new: no second alert
        await settle(pilot)
        again = [n for n in app._notifications if n.title == "Following" and n not in alerts]
        assert again == []
        ((new_id,),) = sql(db, "SELECT id FROM articles WHERE title LIKE 'Vollering wins%'")
        assert new_id in ids_mentioning(db, VOLLERING)
        assert new_id in app.main.query_one(HeadlineList).followed  # marked in the list
    assert received.read_text(encoding="utf-8") == "1 new: Demi Vollering"


async def test_trends_screen_counts_articles_and_filters(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(130, 36)) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        assert isinstance(app.screen, TrendsScreen)
        text = screen_text(app)
        assert "In the news, the last 7 days" in text
        # Vingegaard is named in the most articles of the week, each counted once.
        riders = sql(
            db_path,
            "SELECT name, count(*) FROM mentions WHERE kind = 'rider' "
            "GROUP BY entity_id ORDER BY count(*) DESC, name LIMIT 1",
        )
        assert riders == [("Jonas Vingegaard", 3)]
        assert "Jonas Vingegaard                 3 ▲ 3" in text
        await pilot.press("d")  # 30 days: the same articles, a longer window
        await settle(pilot)
        assert "In the news, the last 30 days" in screen_text(app)
        await pilot.press("d")  # 24 hours: only the newest articles
        await settle(pilot)
        assert "In the news, the last 24 hours" in screen_text(app)
        await pilot.press("d", "enter")  # back to 7 days; Enter on the top rider
        await settle(pilot)
        assert not isinstance(app.screen, TrendsScreen)
        assert set(headline_ids(app)) == ids_mentioning(db_path, "r-jonas-vingegaard")
