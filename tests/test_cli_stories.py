"""Stories in the store, the refresh and the CLI: ``stories [--since] [--json]``, ``articles
--json``'s ``"story"`` and ``reindex``, against a loopback server and a real database file."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from leadout_tui.cli import main
from leadout_tui.core.models import utc_now
from leadout_tui.core.refresh.pipeline import RefreshOptions, refresh_database
from leadout_tui.core.store.db import Store
from tests.feedgen import Item, rss
from tests.loopback import LoopbackServer, Reply

NOW = utc_now()
NO_PAGES = RefreshOptions(timeout=10.0, fetch_articles=False)


def rfc822(hours_ago: float) -> str:
    return format_datetime(NOW - timedelta(hours=hours_ago))


# One stage told by three outlets in different words, the next stage by two of them, and an
# old transfer story: the same riders throughout.
STAGE_5 = [
    Item(
        "s5-a",
        "Tour de France: Pogačar wins stage 5 at Hautacam and takes yellow",
        "https://a.example/s5",
        "Tadej Pogačar attacked four kilometres from the top of Hautacam and won alone, "
        "40 seconds ahead of Jonas Vingegaard.",
        rfc822(30),
    ),
    Item(
        "s5-b",
        "Tadej Pogačar storms to victory on Hautacam to seize the yellow jersey",
        "https://b.example/s5",
        "The world champion left his rivals behind on the first summit finish of the race; "
        "Jonas Vingegaard lost 40 seconds.",
        rfc822(29.5),
    ),
    Item(
        "s5-c",
        "Pogačar slaat toe op Hautacam en pakt het geel",
        "https://c.example/s5",
        "Tadej Pogačar heeft de vijfde etappe van de Tour gewonnen. Jonas Vingegaard verloor "
        "40 seconden.",
        rfc822(29.8),
    ),
]
STAGE_6 = [
    Item(
        "s6-a",
        "Tour de France stage 6: Vingegaard hits back at Peyragudes",
        "https://a.example/s6",
        "Jonas Vingegaard outsprinted Tadej Pogačar at the top of the altiport after the pair "
        "had dropped everyone.",
        rfc822(5),
    ),
    Item(
        "s6-b",
        "Jonas Vingegaard beats Tadej Pogačar in a two-up sprint at Peyragudes",
        "https://b.example/s6",
        "The Dane took back ten seconds with the bonus on stage 6, but Pogačar still leads the "
        "Tour.",
        rfc822(4.5),
    ),
]
OLD = Item(
    "old",
    "Vingegaard signs a contract extension",
    "https://a.example/old",
    "Jonas Vingegaard will stay with his team for three more years.",
    rfc822(24 * 10),
)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


@pytest.fixture
def feeds(server: LoopbackServer, db_path: Path) -> dict[str, str]:
    """Three feeds: A and B with both stages, C with stage 5 only; refreshed once."""
    urls = {
        "A": server.route("/a.xml", Reply(rss("Outlet A", [STAGE_5[0], STAGE_6[0], OLD]).encode())),
        "B": server.route("/b.xml", Reply(rss("Outlet B", [STAGE_5[1], STAGE_6[1]]).encode())),
        "C": server.route("/c.xml", Reply(rss("Outlet C", [STAGE_5[2]]).encode())),
    }
    with Store.open(db_path) as store:
        for url in urls.values():
            store.add_feed(url)
    refresh_database(db_path, options=NO_PAGES)
    return urls


def story_of(db_path: Path) -> dict[str, int | None]:
    """Article key -> its stored story id."""
    with sqlite3.connect(db_path) as conn:
        return dict(conn.execute("SELECT key, story_id FROM articles").fetchall())


def test_refresh_groups_the_same_event_and_keeps_stages_apart(
    feeds: dict[str, str], db_path: Path
) -> None:
    stories = story_of(db_path)
    assert stories["s5-a"] == stories["s5-b"] == stories["s5-c"]
    assert stories["s6-a"] == stories["s6-b"]
    assert len({stories["s5-a"], stories["s6-a"], stories["old"]}) == 3


def test_stories_json_contract(
    feeds: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = cli(capsys, "stories", "--json", "--db", str(db_path))
    assert code == 0
    listed = json.loads(out)
    assert [len(s["articles"]) for s in listed] == [2, 3, 1]  # newest story first
    assert all(set(s) == {"id", "title", "articles", "entities"} for s in listed)
    stage_6, stage_5, old = listed
    assert {a["feed"] for a in stage_5["articles"]} == {"Outlet A", "Outlet B", "Outlet C"}
    assert set(stage_5["articles"][0]) == {"id", "feed", "title", "url", "published"}
    assert stage_5["title"] in {a["title"] for a in stage_5["articles"]}
    # A story is named by the article that started it (which one depends on the order the
    # feeds arrived in, and so on their grouping batches).
    assert stage_5["id"] in {a["id"] for a in stage_5["articles"]}
    riders = [e["name"] for e in stage_5["entities"] if e["kind"] == "rider"]
    assert riders == ["Tadej Pogačar", "Jonas Vingegaard"]
    assert "Peyragudes" in stage_6["title"]
    assert old["title"] == OLD.title
    code, out = cli(capsys, "stories", "--json", "--since", "2d", "--db", str(db_path))
    assert [s["id"] for s in json.loads(out)] == [stage_6["id"], stage_5["id"]]


def test_articles_json_says_the_story(
    feeds: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out = cli(capsys, "articles", "--json", "--db", str(db_path))
    stories = story_of(db_path)
    by_url = {a["url"]: a["story"] for a in json.loads(out)}
    assert by_url["https://c.example/s5"] == stories["s5-c"] == by_url["https://a.example/s5"]
    assert by_url["https://a.example/s6"] != by_url["https://a.example/s5"]


def test_stories_text_lists_each_story_with_its_outlets(
    feeds: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out = cli(capsys, "stories", "--since", "2d", "--db", str(db_path))
    lines = out.splitlines()
    # Stage 6: a headline with "+1" (the other outlet), its riders, its two articles.
    assert lines[0].endswith("Peyragudes  +1")
    assert lines[1].strip() == "Jonas Vingegaard, Tadej Pogačar"
    assert sum("Outlet" in line for line in lines) == 5
    assert any(line.endswith("+2") for line in lines)


def test_a_later_refresh_joins_a_stored_story(
    feeds: dict[str, str], server: LoopbackServer, db_path: Path
) -> None:
    late = Item(
        "s5-d",
        "Dominant Pogačar distances Vingegaard on Hautacam",
        "https://d.example/s5",
        "Tadej Pogačar went clear on the first summit finish and Jonas Vingegaard could not "
        "follow; the Slovenian takes the yellow jersey.",
        rfc822(20),
    )
    before = story_of(db_path)
    url = server.route("/d.xml", Reply(rss("Outlet D", [late]).encode()))
    with Store.open(db_path) as store:
        store.add_feed(url)
    refresh_database(db_path, options=NO_PAGES, urls=[url])
    after = story_of(db_path)
    assert after["s5-d"] == before["s5-a"]
    assert {k: v for k, v in after.items() if k != "s5-d"} == before


def test_reindex_recomputes_every_story(
    feeds: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = story_of(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE articles SET story_id = NULL")
    code, out = cli(capsys, "reindex", "--db", str(db_path))
    assert (code, out) == (0, "reindexed mentions and stories in 6 articles\n")
    assert story_of(db_path) == before


def test_a_story_window_of_zero_hours_keeps_every_article_apart(
    server: LoopbackServer, db_path: Path
) -> None:
    url = server.route("/a.xml", Reply(rss("Outlet A", STAGE_5).encode()))
    with Store.open(db_path) as store:
        store.add_feed(url)
    options = RefreshOptions(timeout=10.0, fetch_articles=False, story_window=timedelta(0))
    refresh_database(db_path, options=options)
    stories = story_of(db_path)
    assert len(set(stories.values())) == 3
    assert None not in stories.values()


def test_articles_stored_before_stories_are_grouped_by_the_next_refresh(
    feeds: dict[str, str], db_path: Path
) -> None:
    before = story_of(db_path)
    with sqlite3.connect(db_path) as conn:  # as the m010 migration leaves an older cache
        conn.execute("UPDATE articles SET story_id = NULL")
    summary = refresh_database(db_path, options=NO_PAGES)
    assert summary.new_articles == 0
    assert story_of(db_path) == before
