"""The daily reader's command-line contracts: mark-read, articles --since, cleanup, the feed
catalogue, ignore rules and per-feed User-Agents, against a loopback server and a real file."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from leadout_tui.cli import main
from leadout_tui.core.feeds import catalog
from leadout_tui.core.models import utc_now
from leadout_tui.core.refresh.pipeline import RefreshOptions, refresh_database
from leadout_tui.core.store.db import Store
from leadout_tui.core.store.rows import ArticleQuery
from tests.feedgen import RACE_REPORT, Item, page, rss
from tests.loopback import LoopbackServer, Reply, Request

NOW = utc_now()


def rfc822(days_ago: float) -> str:
    from email.utils import format_datetime

    return format_datetime(NOW - timedelta(days=days_ago))


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_feeds(server: LoopbackServer, db_path: Path) -> tuple[str, str]:
    """Two feeds: race news of the last days and older transfer news, no pages."""
    race = [
        Item("r1", "Pogačar wins in the rain", None, "Tadej Pogačar won.", rfc822(0.1)),
        Item("r2", "Vingegaard second on the climb", None, "Jonas Vingegaard lost.", rfc822(2)),
        Item("r3", "Evenepoel crashes out", None, "Remco Evenepoel crashed.", rfc822(10)),
    ]
    transfers = [
        Item("t1", "Van Aert extends with Visma", None, "Wout van Aert signs.", rfc822(1)),
        Item("t2", "Pogačar renews to 2030", None, "Tadej Pogačar renews.", rfc822(20)),
    ]
    urls = (
        server.route("/race.xml", Reply(rss("Race Desk", race).encode())),
        server.route("/transfers.xml", Reply(rss("Transfer Desk", transfers).encode())),
    )
    with Store.open(db_path) as store:
        for url in urls:
            store.add_feed(url)
    refresh_database(db_path, options=RefreshOptions(timeout=10.0, fetch_articles=False))
    return urls


def unread_titles(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute("SELECT title FROM articles WHERE read = 0")}


def test_articles_since(
    two_feeds: tuple[str, str], capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = cli(capsys, "articles", "--since", "36h", "--json", "--db", str(db_path))
    assert code == 0
    assert {a["title"] for a in json.loads(out)} == {
        "Pogačar wins in the rain",
        "Van Aert extends with Visma",
    }
    with pytest.raises(SystemExit) as usage:
        main(["articles", "--since", "soon", "--db", str(db_path)])
    assert usage.value.code == 2 and "not a duration" in capsys.readouterr().err


def test_mark_read_by_rider_feed_age_and_all(
    two_feeds: tuple[str, str], capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db = str(db_path)
    code, out, _ = cli(capsys, "mark-read", "--rider", "pogacar", "--db", db)
    assert (code, out) == (0, "marked 2 articles read\n")
    assert unread_titles(db_path) == {
        "Vingegaard second on the climb",
        "Evenepoel crashes out",
        "Van Aert extends with Visma",
    }
    code, out, _ = cli(
        capsys, "mark-read", "--feed", two_feeds[0], "--older-than", "5d", "--db", db
    )
    assert out == "marked 1 articles read\n"  # only the 10-day-old race article
    code, out, _ = cli(capsys, "mark-read", "--all", "--db", db)
    assert out == "marked 2 articles read\n"
    assert unread_titles(db_path) == set()
    code, _, err = cli(capsys, "mark-read", "--db", db)
    assert code == 1 and "say which" in err
    code, _, err = cli(capsys, "mark-read", "--feed", "https://nowhere.example/", "--db", db)
    assert code == 1 and "not subscribed" in err


def test_cleanup_keeps_starred_and_unread_and_does_not_resurrect(
    two_feeds: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    server: LoopbackServer,
) -> None:
    db = str(db_path)
    with Store.open(db_path) as store:
        by_title = {row.title: row for row in store.query_articles()}
        store.set_read_many([row.id for row in by_title.values()], True)
        store.set_starred(by_title["Pogačar renews to 2030"].id)  # 20 days old, starred
        store.set_read(by_title["Evenepoel crashes out"].id, False)  # 10 days old, unread
    code, out, _ = cli(capsys, "cleanup", "--older-than", "5d", "--dry-run", "--db", db)
    assert out.startswith("would delete 0 read articles")  # only starred/unread are that old
    with Store.open(db_path) as store:
        store.set_read(by_title["Evenepoel crashes out"].id)
    code, out, _ = cli(capsys, "cleanup", "--older-than", "5d", "--db", db)
    assert code == 0 and out.startswith("deleted 1 read articles (0 cached pages); freed")
    with Store.open(db_path) as store:
        titles = {row.title for row in store.query_articles()}
    assert "Evenepoel crashes out" not in titles
    assert "Pogačar renews to 2030" in titles  # starred: kept forever
    # The race feed still lists the deleted entry: a refresh does not bring it back.
    refresh_database(db_path, options=RefreshOptions(timeout=10.0, fetch_articles=False))
    with Store.open(db_path) as store:
        assert "Evenepoel crashes out" not in {row.title for row in store.query_articles()}
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 4


def test_retention_runs_once_a_day_after_a_refresh(
    two_feeds: tuple[str, str], db_path: Path
) -> None:
    with Store.open(db_path) as store:
        store.mark_read(ArticleQuery())
    options = RefreshOptions(timeout=10.0, fetch_articles=False, keep_days=5)
    refresh_database(db_path, options=options)
    with Store.open(db_path) as store:
        assert {row.title for row in store.query_articles()} == {
            "Pogačar wins in the rain",
            "Vingegaard second on the climb",
            "Van Aert extends with Visma",
        }
        assert store.get_meta("last_cleanup")


def test_ignore_rules_leave_entries_out_and_feeds_list_counts_them(
    server: LoopbackServer,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    isolated_dirs: Path,
) -> None:
    items = [
        Item("a", "Stage 4: Milan sprints to victory", None),
        Item("b", "Deal: 40% off a carbon wheelset", None),
        Item("c", "Buying guide: the best winter jackets", None),
        Item("d", "Live: Paris-Roubaix as it happens", "https://example.test/live-roubaix"),
    ]
    url = server.route("/news.xml", Reply(rss("News", items).encode()))
    config = isolated_dirs / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(
        '[[ignore]]\ntitle = "^deal:|buying guide"\n\n'
        f'[[ignore]]\nurl = "/live-"\nfeed = "{url}"\n',
        encoding="utf-8",
    )
    db = str(db_path)
    assert cli(capsys, "feeds", "add", url, "--db", db)[0] == 0
    assert cli(capsys, "refresh", "--no-articles", "--db", db)[0] == 0
    code, out, _ = cli(capsys, "articles", "--json", "--db", db)
    assert [a["title"] for a in json.loads(out)] == ["Stage 4: Milan sprints to victory"]
    code, out, _ = cli(capsys, "feeds", "list", "--db", db)
    assert "ignored:      3 entries (your ignore rules)" in out
    config.write_text('[[ignore]]\ntitle = "([unclosed"\n', encoding="utf-8")
    code, _, err = cli(capsys, "refresh", "--db", db)
    assert code == 1 and "invalid regular expression" in err and "config.toml" in err


def test_a_site_refusing_readers_says_so_and_a_user_agent_fixes_it(
    server: LoopbackServer,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    isolated_dirs: Path,
) -> None:
    def picky(request: Request) -> Reply:
        if "Mozilla" not in request.headers.get("user-agent", ""):
            return Reply(b"no bots", 403, "text/plain")
        if request.path.endswith(".html"):
            return Reply(page("Story", RACE_REPORT).encode(), content_type="text/html")
        return Reply(rss("Picky", [Item("p", "Picky story", server.url("/picky/a.html"))]).encode())

    url = server.route("/picky/feed.xml", picky)
    server.route("/picky/a.html", picky)
    db = str(db_path)
    with Store.open(db_path) as store:
        store.add_feed(url)
    code, out, _ = cli(capsys, "refresh", "--db", db)
    assert code == 0
    assert "HTTP 403" in out and "refuses feed readers" in out and "user_agent" in out
    config = isolated_dirs / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(f'[[feed]]\nurl = "{url}"\nuser_agent = "Mozilla/5.0 (X11)"\n')
    code, out, _ = cli(capsys, "refresh", "--db", db)
    assert "feeds: 1 ok" in out and "pages: 1 fetched, 0 failed" in out


def test_feed_catalogue_lists_by_language_and_subscribes_by_name(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = cli(capsys, "feeds", "catalog")
    assert code == 0
    for heading in ("English (en)", "Dutch (nl)", "French (fr)", "Italian (it)",
                    "German (de)", "Spanish (es)"):  # fmt: skip
        assert heading in out
    assert "sporza" in out and "[BE]" in out
    assert "gcn" in out and "videos" in out
    db = str(db_path)
    code, out, _ = cli(capsys, "feeds", "add", "--catalog", "Sporza", "--db", db)
    assert code == 0 and "https://sporza.be/" in out
    code, out, _ = cli(capsys, "feeds", "add", "--catalog", "gcn", "--db", db)
    assert code == 0
    with Store.open(db_path) as store:
        feeds = {feed.url: feed for feed in store.list_feeds()}
    sporza, gcn = catalog.find("sporza"), catalog.find("gcn")
    assert feeds[sporza.url].category == "Dutch" and feeds[sporza.url].fetch_pages
    assert feeds[gcn.url].category == "Videos" and not feeds[gcn.url].fetch_pages
    code, _, err = cli(capsys, "feeds", "add", "--catalog", "nowhere", "--db", db)
    assert code == 1 and "no catalogue feed named 'nowhere'" in err


def test_video_feed_items_are_links_whose_pages_are_never_fetched(
    server: LoopbackServer, db_path: Path
) -> None:
    video = server.route(
        "/watch.html", Reply(page("Video", ["A video."]).encode(), content_type="text/html")
    )
    url = server.route(
        "/videos.xml", Reply(rss("Videos", [Item("v", "Recon of the Muur", video)]).encode())
    )
    with Store.open(db_path) as store:
        store.add_feed(url, fetch_pages=False)
    summary = refresh_database(db_path, options=RefreshOptions(timeout=10.0))
    assert summary.new_articles == 1 and summary.pages_fetched == 0
    assert not server.requests_for("/watch.html")
