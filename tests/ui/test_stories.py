"""Stories in the headline list (one line per story, expand/fold, marking a story read) and the
spoiler-free mode (the toggle, a hidden headline and article, revealing a story), on a database
filled by the real refresh from a loopback server."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot

from leadout_tui.core.refresh.pipeline import refresh_database
from leadout_tui.core.store.columns import to_iso
from leadout_tui.core.store.db import Store
from leadout_tui.ui.app import LeadoutApp
from leadout_tui.ui.screens.reader import FIRST_PAGE
from leadout_tui.ui.stories import HeadlineLine
from leadout_tui.ui.widgets import ArticleView, MentionsPanel
from tests.feedgen import Item, rss
from tests.loopback import LoopbackServer, Reply
from tests.ui.helpers import FROZEN_NOW, TEST_CONFIG, build_app, headlines, settle, sql, subscribe
from tests.ui.screen_text import screen_text

GROUPED = replace(TEST_CONFIG, group_stories=True)


def ago(hours: float) -> str:
    return format_datetime(FROZEN_NOW - timedelta(hours=hours))


STAGE_5 = [
    Item(
        "s5-a",
        "Tour de France: Pogačar wins stage 5 at Hautacam and takes yellow",
        "https://a.example/s5",
        "Tadej Pogačar attacked four kilometres from the top of Hautacam and won alone, "
        "40 seconds ahead of Jonas Vingegaard.",
        ago(30),
    ),
    Item(
        "s5-b",
        "Tadej Pogačar storms to victory on Hautacam to seize the yellow jersey",
        "https://b.example/s5",
        "The world champion left his rivals behind on the first summit finish of the race; "
        "Jonas Vingegaard lost 40 seconds and Remco Evenepoel more.",
        ago(29.5),
    ),
    Item(
        "s5-c",
        "Pogačar slaat toe op Hautacam en pakt het geel",
        "https://c.example/s5",
        "Tadej Pogačar heeft de vijfde etappe van de Tour gewonnen. Jonas Vingegaard verloor "
        "40 seconden.",
        ago(29.8),
    ),
]
PREVIEW = Item(
    "s6-preview",
    "Tour de France stage 6 preview: a day for the sprinters in Toulouse",
    "https://a.example/s6",
    "Jasper Philipsen and Jonathan Milan are the favourites on a flat road to Toulouse.",
    ago(4),
)
OLD_RESULT = Item(
    "old",
    "Evenepoel wins the time trial at the Dauphiné",
    "https://b.example/old",
    "Remco Evenepoel beat Jonas Vingegaard by 20 seconds.",
    ago(24 * 5),
)


@pytest.fixture
def stories_db(server: LoopbackServer, tmp_path: Path) -> Path:
    """Stage 5 told by three outlets; a preview of stage 6; an old result."""
    db = tmp_path / "stories.db"
    feeds = {
        "/a.xml": rss("Outlet A", [STAGE_5[0], PREVIEW]),
        "/b.xml": rss("Outlet B", [STAGE_5[1], OLD_RESULT]),
        "/c.xml": rss("Outlet C", [STAGE_5[2]]),
    }
    subscribe(db, [server.route(path, Reply(body.encode())) for path, body in feeds.items()])
    refresh_database(db, options=GROUPED.refresh_options(), fetch_articles=False)
    with Store.open(db) as store:  # a fixed "last refresh" keeps the status line stable
        store.set_meta("last_refresh", to_iso(FROZEN_NOW - timedelta(minutes=90)) or "")
    return db


def stage_5_ids(db: Path) -> set[int]:
    return {row[0] for row in sql(db, "SELECT id FROM articles WHERE key LIKE 's5-%'")}


async def test_one_line_per_story_expands_and_folds(stories_db: Path) -> None:
    app = build_app(stories_db, config=GROUPED)
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        listing = headlines(app)
        assert len(listing.lines) == 3  # the preview, stage 5 (3 outlets), the old result
        story = listing.lines[1]
        assert story.is_story and {row.id for row in story.members} == stage_5_ids(stories_db)
        text = screen_text(app)
        story_line = next(line for line in text.splitlines() if " +2" in line)
        assert story.row.title[:20] in story_line
        # "+2" other outlets, and the union of the riders the three name: Pogačar,
        # Vingegaard and Evenepoel (one article names two, another three).
        assert " +2   3│" in story_line
        await pilot.press("j", "l")
        await settle(pilot)
        assert len(listing.lines) == 6
        assert [line.in_story for line in listing.lines[2:5]] == [story.story] * 3
        assert listing.cursor == 1  # still on the story's line
        outlets = [line for line in screen_text(app).splitlines() if "Outlet" in line]
        assert sum("Outlet C" in line for line in outlets) == 1
        await pilot.press("j", "j", "h")  # on one of its articles: fold back to the story
        await settle(pilot)
        assert len(listing.lines) == 3 and listing.cursor == 1
        await pilot.press("right")  # → expands too; on an article, it opens it
        await pilot.press("j", "right")
        await settle(pilot)
        assert app.focused is app.main.query_one(ArticleView)


@pytest.fixture
def long_stories_db(server: LoopbackServer, stories_db: Path) -> Path:
    """The stories, and more older headlines than the list's first page holds."""
    older = [Item(f"old-{n}", f"Gravel notebook {n}: tyre widths and long days",
                  f"https://d.example/{n}", "Notes from the back roads.", ago(48 + n))
             for n in range(FIRST_PAGE + 20)]  # fmt: skip
    subscribe(stories_db, [server.route("/d.xml", Reply(rss("Outlet D", older).encode()))])
    refresh_database(stories_db, options=GROUPED.refresh_options(), fetch_articles=False)
    return stories_db


async def test_a_story_in_a_long_list_keeps_its_riders_once_the_whole_list_is_read(
    long_stories_db: Path,
) -> None:
    # The rest of a long list is read by a worker, which counts the stories' riders too: the
    # story line shows the same count as in a short list.
    app = build_app(long_stories_db, config=GROUPED)
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        listing = headlines(app)
        assert len(listing.lines) > FIRST_PAGE  # the whole list, not only its first page
        story_line = next(line for line in screen_text(app).splitlines() if " +2" in line)
        assert re.search(r" \+2   3 ?│", story_line), story_line  # (a scrollbar now)


async def test_marking_a_story_read_marks_all_its_articles(stories_db: Path) -> None:
    app = build_app(stories_db, config=GROUPED)
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j", "u")
        await settle(pilot)
        read = {row[0] for row in sql(stories_db, "SELECT id FROM articles WHERE read = 1")}
        assert read == stage_5_ids(stories_db)
        assert headlines(app).lines[1].read
        await pilot.press("u")
        await settle(pilot)
        assert sql(stories_db, "SELECT id FROM articles WHERE read = 1") == []


async def test_all_read_in_a_filtered_view_marks_the_whole_story(stories_db: Path) -> None:
    app = build_app(stories_db, config=GROUPED)
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        await pilot.press("/", *"yellow", "enter")  # lists two of stage 5's three articles
        await settle(pilot)
        assert len(headlines(app).articles) == 2
        await pilot.press("A")
        await settle(pilot)
        read = {row[0] for row in sql(stories_db, "SELECT id FROM articles WHERE read = 1")}
        assert read == stage_5_ids(stories_db)


async def test_the_cursor_stays_on_its_story_across_a_reload(stories_db: Path) -> None:
    app = build_app(stories_db, config=GROUPED)
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        chosen = headlines(app).current_line
        app.articles_changed += 1  # what a finished refresh does
        await settle(pilot)
        assert headlines(app).current_line == chosen


async def test_the_palette_toggles_grouping(stories_db: Path) -> None:
    app = build_app(stories_db, config=GROUPED)
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Group stories")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert len(headlines(app).lines) == 5
        assert not any(line.is_story for line in headlines(app).lines)


SPOILER_FREE = replace(GROUPED, spoiler_free=True)


def title_of(app: LeadoutApp, line: HeadlineLine) -> str:
    """The title the list shows on ``line`` (whatever the pane's width cuts off)."""
    listing = headlines(app)
    return listing.hidden_title(line.row, line.members) or line.row.title


HIDDEN = "Tour de France, stage 5 — result hidden"


async def test_spoiler_free_hides_a_recent_result_and_the_toggle_shows_it(
    stories_db: Path,
) -> None:
    app = build_app(stories_db, config=replace(SPOILER_FREE, group_stories=False))
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        hidden = [line.row for line in headlines(app).lines if "hidden" in title_of(app, line)]
        assert {row.id for row in hidden} == stage_5_ids(stories_db)
        text = screen_text(app)
        assert text.count("Result hidden") == 2  # their titles say neither race nor stage
        assert HIDDEN[:24] in text
        assert "Tour de France: Pogačar" not in text
        assert "storms to victory" not in text and "pakt het geel" not in text
        assert "Tour de France stage 6 pr" in text  # a preview gives nothing away
        assert "Evenepoel wins the time" in text  # five days old: outside the window
        await pilot.press("X")
        await settle(pilot)
        assert not any("hidden" in title_of(app, line) for line in headlines(app).lines)
        text = screen_text(app)
        assert "Result hidden" not in text and HIDDEN[:24] not in text
        assert "Tour de France: Pogačar" in text


async def test_a_hidden_article_shows_what_it_is_about_until_revealed(stories_db: Path) -> None:
    app = build_app(stories_db, config=SPOILER_FREE)
    async with app.run_test(size=(130, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j")  # the stage 5 story
        await settle(pilot)
        # Its headline's title names no race, but another of its articles does.
        assert title_of(app, headlines(app).lines[1]) == HIDDEN
        article = app.main.query_one(ArticleView)
        mentions = app.main.query_one(MentionsPanel)
        shown = article.content.plain
        assert shown.startswith(HIDDEN) and "Outlet" in shown
        assert "40 seconds" not in shown and "won" not in shown
        assert "×" not in " ".join(str(o.prompt) for o in mentions.options)
        await pilot.press("v")
        await settle(pilot)
        assert "result hidden" not in screen_text(app)
        assert "40 seconds" in article.content.plain or "40 seconden" in article.content.plain
        await pilot.press("l", "j")  # its other articles are revealed with it
        await settle(pilot)
        assert "result hidden" not in screen_text(app)
        assert any("×" in str(o.prompt) for o in mentions.options)


def test_snapshot_a_story_with_its_result_hidden(stories_db: Path, snap_compare) -> None:
    async def expand_the_story(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("j", "l")
        await settle(pilot)

    assert snap_compare(
        build_app(stories_db, config=SPOILER_FREE),
        terminal_size=(130, 30),
        run_before=expand_the_story,
    )
