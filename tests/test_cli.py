"""The command-line contract: names, formats and exit codes, against a loopback server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from leadout_tui import __version__
from leadout_tui.cli import main
from leadout_tui.core.models import FeedEntry, ParsedFeed
from leadout_tui.core.store.db import Store
from tests.feedgen import RACE_REPORT, Item, page, rss
from tests.loopback import LoopbackServer, Reply


@pytest.fixture
def cycling_site(server: LoopbackServer) -> LoopbackServer:
    """A site with a feed of two stories, their pages, and an HTML home page linking the feed."""
    server.route(
        "/a/1.html", Reply(page("Stage 15", RACE_REPORT).encode(), content_type="text/html")
    )
    server.route(
        "/a/2.html",
        Reply(page("Transfers", ["Wout van Aert signs on."]).encode(), content_type="text/html"),
    )
    items = [
        Item(
            "s1",
            "Pogačar wins stage 15",
            server.url("/a/1.html"),
            pub_date="Mon, 23 Nov 2026 10:00:00 GMT",
        ),
        Item(
            "s2",
            "Transfer round-up",
            server.url("/a/2.html"),
            pub_date="Tue, 24 Nov 2026 10:00:00 GMT",
        ),
    ]
    server.route("/feed.xml", Reply(rss("Peloton Post", items).encode()))
    home = (
        '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml">'
        "</head></html>"
    )
    server.route("/", Reply(home.encode(), content_type="text/html"))
    return server


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"leadout-tui {__version__}"


def test_every_subcommand_has_help() -> None:
    for command in [
        "refresh",
        "feeds",
        "articles",
        "extract",
        "mentions",
        "reextract",
        "reindex",
        "riders",
    ]:
        result = subprocess.run(
            [sys.executable, "-m", "leadout_tui", command, "--help"], capture_output=True, text=True
        )
        assert result.returncode == 0, command
        assert "--db" in result.stdout


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["articles", "--limit", "zero"])
    assert exited.value.code == 2


def test_add_discovers_feed_then_refresh_and_list(
    cycling_site: LoopbackServer, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db = str(db_path)
    code, out, _ = run(capsys, "feeds", "add", cycling_site.url("/"), "--db", db)
    assert code == 0
    assert cycling_site.url("/feed.xml") in out

    code, out, err = run(capsys, "refresh", "--db", db)
    assert code == 0
    assert "feeds: 1 ok, 0 not modified, 0 failed" in out
    assert "articles: 2 new, 0 updated" in out
    assert "[1/1] " + cycling_site.url("/feed.xml") + ": ok" in err

    code, out, _ = run(capsys, "feeds", "list", "--db", db)
    assert "Peloton Post" in out
    assert "articles:     2 (2 unread)" in out
    assert "last error:   -" in out

    code, out, _ = run(capsys, "articles", "--json", "--db", db)
    payload = json.loads(out)
    assert [a["title"] for a in payload] == ["Transfer round-up", "Pogačar wins stage 15"]
    assert set(payload[0]) == {
        "id",
        "feed",
        "title",
        "url",
        "published",
        "read",
        "starred",
        "story",
    }
    assert payload[0]["feed"] == "Peloton Post"
    assert payload[0]["published"] == "2026-11-24T10:00:00+00:00"

    code, out, _ = run(capsys, "articles", "--search", "vingegaard", "--json", "--db", db)
    assert [a["title"] for a in json.loads(out)] == ["Pogačar wins stage 15"]

    code, out, _ = run(capsys, "articles", "--rider", "pogacar", "--json", "--db", db)
    assert [a["title"] for a in json.loads(out)] == ["Pogačar wins stage 15"]

    code, out, _ = run(capsys, "riders", "--top", "3", "--db", db)
    assert "Tadej Pogačar" in out


def test_env_var_names_the_database(
    cycling_site: LoopbackServer,
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LEADOUT_TUI_DB", str(db_path))
    assert run(capsys, "feeds", "add", cycling_site.url("/feed.xml"))[0] == 0
    assert db_path.exists()


def test_refresh_with_a_failing_feed_exits_0_and_names_it(
    server: LoopbackServer, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    server.route("/ok.xml", Reply(rss("OK", [Item("1", "One", None)]).encode()))
    server.route("/gone.xml", Reply(b"gone", 410, "text/plain"))
    db = str(db_path)
    assert run(capsys, "feeds", "add", server.url("/ok.xml"), "--db", db)[0] == 0
    code, out, _ = run(capsys, "feeds", "add", server.url("/gone.xml"), "--db", db)
    assert code == 1  # `add` checks the feed first

    from leadout_tui.core.store.db import Store

    with Store.open(db_path) as store:
        store.add_feed(server.url("/gone.xml"))
    code, out, _ = run(capsys, "refresh", "--no-articles", "--db", db)
    assert code == 0
    assert f"failed: {server.url('/gone.xml')}: HTTP 410 Gone" in out


def test_add_refuses_non_http_urls(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, _, err = run(capsys, "feeds", "add", "file:///etc/passwd", "--db", str(db_path))
    assert code == 1
    assert "not an http(s) URL" in err


def test_import_export_remove(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path
) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="Racing">'
        '<outline text="Peloton Post" xmlUrl="https://pp.example/feed.xml"/></outline></body></opml>'
    )
    db = str(db_path)
    assert run(capsys, "feeds", "import", str(opml), "--db", db)[1].startswith("imported 1 feeds")
    out = run(capsys, "feeds", "export", "--db", db)[1]
    assert 'xmlUrl="https://pp.example/feed.xml"' in out
    assert 'category="Racing"' in out
    assert run(capsys, "feeds", "remove", "https://pp.example/feed.xml", "--db", db)[0] == 0
    assert "no feeds" in run(capsys, "feeds", "list", "--db", db)[1]


def test_import_of_a_non_opml_file_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db_path: Path
) -> None:
    bogus = tmp_path / "notes.opml"
    bogus.write_text("just some notes")
    code, _, err = run(capsys, "feeds", "import", str(bogus), "--db", str(db_path))
    assert code == 1
    assert f"{bogus} is not OPML" in err


def test_corrupt_database_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db_path.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "articles", "--db", str(db_path))
    assert code == 1
    assert str(db_path) in err
    assert "Traceback" not in err
    assert db_path.read_bytes() == b"garbage" * 1000


def test_feeds_add_on_a_new_database_subscribes_only_that_feed(
    cycling_site: LoopbackServer, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    run(capsys, "feeds", "add", cycling_site.url("/feed.xml"), "--db", str(db_path))
    out = run(capsys, "feeds", "list", "--db", str(db_path))[1]
    assert "Cyclingnews" not in out
    assert out.count("  url:") == 1


def test_defaults_are_subscribed_on_a_database_that_never_had_a_feed(db_path: Path) -> None:
    from leadout_tui.core.feeds.subscriptions import ensure_default_feeds
    from leadout_tui.core.store.db import Store

    with Store.open(db_path) as store:
        assert ensure_default_feeds(store) == 8
        store.remove_feed("https://inrng.com/feed/")
        assert ensure_default_feeds(store) == 0  # never again, even after removals
        assert len(store.list_feeds()) == 7


def test_rider_lookup_reports_ambiguity(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, _, err = run(capsys, "articles", "--rider", "Yates", "--db", str(db_path))
    assert code == 1
    assert "ambiguous" in err
    assert "Adam Yates" in err
    assert "Simon Yates" in err


def test_mentions_json_contract(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = "Pogacar beat Vingegaard. Pogačar's team, UAE, celebrated."
    source = tmp_path / "passage.txt"
    source.write_text(text)
    code, out, _ = run(capsys, "mentions", str(source), "--json")
    assert code == 0
    found = json.loads(out)
    assert all(set(m) == {"start", "end", "text", "kind", "name", "id"} for m in found)
    assert all(text[m["start"] : m["end"]] == m["text"] for m in found)
    assert [m["name"] for m in found if m["kind"] == "rider"] == [
        "Tadej Pogačar",
        "Jonas Vingegaard",
        "Tadej Pogačar",
    ]
    code, out, _ = run(capsys, "mentions", str(source))
    assert out.splitlines()[0].split() == ["2", "rider", "Tadej", "Pogačar"]


def test_extract_prints_title_then_paragraphs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "stage.html"
    source.write_text(page("Stage 15 report", RACE_REPORT))
    code, out, _ = run(capsys, "extract", str(source))
    assert code == 0
    assert out.split("\n\n")[0] == "Stage 15 report"
    assert RACE_REPORT[1] in out.split("\n\n")


def test_extract_of_a_page_without_body(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "empty.html"
    source.write_text("<html><body><nav>Home</nav></body></html>")
    code, _, err = run(capsys, "extract", str(source))
    assert code == 1
    assert "no article body found" in err


def test_the_installed_command_delivers_all_its_output_through_a_pipe(
    cycling_site: LoopbackServer, tmp_path: Path
) -> None:
    # The console script leaves without Python's teardown; its output must still all arrive.
    db = str(tmp_path / "piped.db")
    feed = cycling_site.url("/feed.xml")

    def leadout(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "leadout_tui", "--db", db, *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    assert leadout("feeds", "add", feed).returncode == 0
    refreshed = leadout("refresh")
    assert refreshed.returncode == 0, refreshed.stderr
    assert "feeds: 1 ok" in refreshed.stdout
    listed = leadout("articles", "--json")
    assert listed.returncode == 0
    assert [a["title"] for a in json.loads(listed.stdout)] == [
        "Transfer round-up",
        "Pogačar wins stage 15",
    ]


HOSTILE = "\x1b[2J\x1b[31mPogačar\x1b[0m wins \x9b2J\x07 [bold]stage[/]"


def test_web_text_reaches_the_terminal_without_escape_sequences(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    with Store.open(db_path) as store:
        store.add_feed("https://hostile.example/feed")
        (state,) = store.feed_states(["https://hostile.example/feed"])
        entry = FeedEntry("h1", HOSTILE, None, None, None, None, "teaser", None)
        store.store_feed(state.id, ParsedFeed("\x1b[2JEvil feed", None, (entry,)), None, None)
        store.record_feed_failure(state.id, "HTTP 500\x1b[2K\x1b]0;owned\x07 (server error)")
    page_file = tmp_path / "hostile.html"
    page_file.write_text(page("Stage", [HOSTILE + " " + RACE_REPORT[0], *RACE_REPORT[1:]]))
    outputs = [
        run(capsys, "articles", "--db", str(db_path))[1],
        run(capsys, "feeds", "list", "--db", str(db_path))[1],
        run(capsys, "extract", str(page_file))[1],
    ]
    for out in outputs:
        assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
        assert "[2J" not in out and "[31m" not in out and "]0;" not in out  # no sequence tails
    assert "Pogačar wins  [bold]stage[/]" in outputs[0]  # markup-like text stays literal
    assert "Evil feed" in outputs[1] and "HTTP 500 (server error)" in outputs[1]
    assert "Pogačar wins" in outputs[2]


def test_who_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "who", "pogacar", "--json")
    assert code == 0
    (match,) = json.loads(out)["matches"]
    assert set(match) == {"id", "kind", "name", "nationality", "gender", "born", "teams",
                          "aliases"}  # fmt: skip
    assert (match["id"], match["kind"], match["name"]) == ("r-tadej-pogacar", "rider",
                                                           "Tadej Pogačar")  # fmt: skip
    assert (match["nationality"], match["gender"], match["born"]) == ("SLO", "M", 1998)
    seasons = {item["season"]: item["team"] for item in match["teams"]}
    assert seasons[2026] == "UAE Team Emirates XRG"
    assert all(set(item) == {"season", "team"} for item in match["teams"])
    assert "Pogi" in match["aliases"]


def test_who_lists_every_match_of_an_ambiguous_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "who", "Yates", "--json")
    assert code == 0
    ids = {m["id"] for m in json.loads(out)["matches"]}
    assert {"r-adam-yates", "r-simon-yates"} <= ids
    code, out, _ = run(capsys, "who", "Yates")
    assert "Adam Yates" in out and "Simon Yates" in out


def test_who_shows_a_teams_names_by_season_and_category(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "who", "Team Visma | Lease a Bike", "--json")
    assert code == 0
    team = next(m for m in json.loads(out)["matches"] if m["id"] == "t-visma-lease-a-bike")
    names = {item["season"]: item["team"] for item in team["teams"]}
    assert names[2019] == "Team Jumbo-Visma" and names[2026] == "Team Visma | Lease a Bike"
    code, out, _ = run(capsys, "who", "Visma Lease a Bike")
    assert "2026  WT  Team Visma | Lease a Bike" in out


def test_who_with_nothing_found_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "who", "Zzyzx Qwerty")
    assert code == 1 and out == ""
    assert err.strip() == "leadout-tui: no rider, team or race matches 'Zzyzx Qwerty'"


def test_articles_by_race_and_mark_read_by_race(
    server: LoopbackServer, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    pages = {
        "/a/roubaix.html": ("Cobbles", ["Mathieu van der Poel won Paris-Roubaix on Sunday."]),
        "/a/town.html": ("Track night", ["The velodrome in Roubaix hosts a track meeting."]),
        "/a/giro.html": ("Giro preview", ["The Giro d'Italia starts in Albania."]),
    }
    items = []
    for day, (path, (title, paragraphs)) in enumerate(pages.items(), start=20):
        server.route(path, Reply(page(title, paragraphs).encode(), content_type="text/html"))
        items.append(
            Item(path, title, server.url(path), pub_date=f"Fri, {day} Nov 2026 10:00:00 GMT")
        )
    server.route("/feed.xml", Reply(rss("Cobbled Post", items).encode()))
    db = str(db_path)
    assert run(capsys, "feeds", "add", server.url("/feed.xml"), "--db", db)[0] == 0
    assert run(capsys, "refresh", "--db", db)[0] == 0

    code, out, _ = run(capsys, "articles", "--race", "roubaix", "--json", "--db", db)
    assert code == 0
    assert [a["title"] for a in json.loads(out)] == ["Cobbles"]  # not the town's track night
    code, out, _ = run(capsys, "articles", "--race", "la corsa rosa", "--json", "--db", db)
    assert [a["title"] for a in json.loads(out)] == ["Giro preview"]
    code, out, _ = run(capsys, "mark-read", "--race", "Hell of the North", "--db", db)
    assert (code, out.strip()) == (0, "marked 1 articles read")
    code, _, err = run(capsys, "articles", "--race", "pogacar", "--db", db)
    assert code == 1
    assert "no race matches 'pogacar'" in err


def test_mentions_json_reports_races(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = "Vollering won the Tour de France Femmes. The Tour was hard. She lives in Flanders."
    source = tmp_path / "passage.txt"
    source.write_text(text)
    code, out, _ = run(capsys, "mentions", str(source), "--json")
    assert code == 0
    races = [(m["text"], m["id"]) for m in json.loads(out) if m["kind"] == "race"]
    assert races == [
        ("Tour de France Femmes", "race-tour-de-france-femmes"),
        ("Tour", "race-tour-de-france-femmes"),
    ]
    code, out, _ = run(capsys, "mentions", str(source))
    assert "   2  race   Tour de France Femmes" in out.splitlines()


def test_who_finds_races(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "who", "De Ronde", "--json")
    assert code == 0
    [match] = json.loads(out)["matches"]
    assert (match["id"], match["kind"], match["category"], match["months"]) == (
        "race-tour-of-flanders",
        "race",
        "monument",
        [4],
    )
    code, out, _ = run(capsys, "who", "Ronde van Vlaanderen")
    assert out.splitlines()[:3] == [
        "Tour of Flanders",
        "  race, id race-tour-of-flanders, men and women",
        "  monument, usually in April",
    ]
