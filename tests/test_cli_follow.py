"""``follow`` and ``trends``: the command-line contracts, against a loopback server and a real
database file; the refresh summary and ``--notify-command`` for what is followed."""

from __future__ import annotations

import json
import sqlite3
import sys
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


def rfc822(days_ago: float) -> str:
    return format_datetime(NOW - timedelta(days=days_ago))


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


NEWS = [
    Item("n1", "Pogačar wins in the rain", None, "Tadej Pogačar won again.", rfc822(0.2)),
    Item(
        "n2",
        "Pogačar and Vingegaard on the climb",
        None,
        "Tadej Pogačar and Jonas Vingegaard rode away; Pogačar won.",
        rfc822(1.5),
    ),
    Item("n3", "Vingegaard back in training", None, "Jonas Vingegaard trains.", rfc822(3.5)),
    Item("n4", "Evenepoel's winter", None, "Remco Evenepoel rests.", rfc822(9)),
    Item("n5", "Evenepoel's spring plan", None, "Remco Evenepoel plans.", rfc822(10)),
    Item("n6", "An old Pogačar story", None, "Tadej Pogačar, years ago.", rfc822(40)),
]


@pytest.fixture
def news(server: LoopbackServer, db_path: Path) -> str:
    url = server.route("/news.xml", Reply(rss("News Desk", NEWS).encode()))
    with Store.open(db_path) as store:
        store.add_feed(url)
    refresh_database(db_path, options=NO_PAGES)
    return url


def follows(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT entity_id, kind FROM follows ORDER BY entity_id").fetchall()


def test_follow_add_list_remove(
    news: str, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db = ("--db", str(db_path))
    assert cli(capsys, "follow", "add", "pogacar", *db)[:2] == (
        0,
        "following: Tadej Pogačar (rider)\n",
    )
    assert cli(capsys, "follow", "add", "Tadej Pogačar", *db)[1].startswith("already following")
    assert cli(capsys, "follow", "add", "vingegaard", *db)[0] == 0
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE articles SET read = 1 WHERE title = 'Pogačar wins in the rain'")
    code, out, _ = cli(capsys, "follow", "list", "--json", *db)
    assert code == 0
    listed = json.loads(out)
    assert [(f["id"], f["kind"], f["name"], f["articles"], f["unread"]) for f in listed] == [
        ("r-jonas-vingegaard", "rider", "Jonas Vingegaard", 2, 2),
        ("r-tadej-pogacar", "rider", "Tadej Pogačar", 3, 2),
    ]
    assert set(listed[0]) == {"id", "kind", "name", "articles", "unread", "newest"}
    code, out, _ = cli(capsys, "follow", "list", *db)
    assert out.splitlines()[1].startswith("Tadej Pogačar (rider): 2 unread of 3, newest ")
    assert cli(capsys, "follow", "remove", "pogačar", *db)[1] == (
        "no longer following: Tadej Pogačar\n"
    )
    code, _, err = cli(capsys, "follow", "remove", "pogacar", *db)
    assert (code, err) == (1, "leadout-tui: not following Tadej Pogačar\n")
    assert follows(db_path) == [("r-jonas-vingegaard", "rider")]


def test_follow_reports_ambiguity_and_takes_an_id(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db = ("--db", str(db_path))
    code, out, err = cli(capsys, "follow", "add", "yates", *db)
    assert code == 1 and out == ""
    assert err.startswith("leadout-tui: 'yates' is ambiguous: Adam Yates, ")
    assert "Simon Yates" in err
    # Two teams of one name are told apart by gender and id, and the id picks one.
    code, _, err = cli(capsys, "follow", "add", "visma", *db)
    assert code == 1
    assert "(men: t-visma-lease-a-bike)" in err and "(women: t-visma-lease-a-bike-women)" in err
    code, out, _ = cli(capsys, "follow", "add", "t-visma-lease-a-bike-women", *db)
    assert (code, out) == (0, "following: Team Visma | Lease a Bike (team, women)\n")
    code, _, err = cli(capsys, "follow", "add", "nobody at all xq", *db)
    assert (code, err) == (1, "leadout-tui: no rider, team or race matches 'nobody at all xq'\n")
    assert follows(db_path) == [("t-visma-lease-a-bike-women", "team")]


def test_trends_json_contract_and_windows(
    news: str, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db = ("--db", str(db_path))
    code, out, _ = cli(capsys, "trends", "--days", "7", "--kind", "rider", "--json", *db)
    assert code == 0
    rows = json.loads(out)
    assert all(set(row) == {"id", "kind", "name", "count", "previous", "per_day"} for row in rows)
    # Each article counts once per rider however often it names him (n2 names Pogačar twice).
    # Evenepoel's articles are older than the window and the one before: he is not listed.
    assert [(r["name"], r["count"], r["previous"]) for r in rows] == [
        ("Jonas Vingegaard", 2, 0),
        ("Tadej Pogačar", 2, 0),
    ]
    pogacar = rows[1]
    assert pogacar["per_day"] == [0, 0, 0, 0, 0, 1, 1]  # oldest day first: today is last
    # A 3-day window: Evenepoel's two articles are neither in it nor the 3 days before.
    code, out, _ = cli(capsys, "trends", "--days", "3", "--json", *db)
    assert [(r["name"], r["count"], r["previous"]) for r in json.loads(out)] == [
        ("Tadej Pogačar", 2, 0),
        ("Jonas Vingegaard", 1, 1),
    ]
    code, out, _ = cli(capsys, "trends", "--days", "7", "--top", "1", "--kind", "rider", *db)
    assert out.split() == ["2", "▲2", "rider", "Jonas", "Vingegaard"]
    code, out, _ = cli(capsys, "trends", "--days", "7", "--kind", "team", *db)
    assert out == "nobody named in the last 7 days (refresh first?)\n"


NOTIFIER = """\
import sys
from pathlib import Path
Path(sys.argv[1]).write_text(sys.argv[2], encoding="utf-8")
"""


def test_refresh_names_what_is_followed_and_runs_the_notify_command(
    server: LoopbackServer, capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    url = server.route("/news.xml", Reply(rss("News Desk", NEWS[:1]).encode()))
    db = ("--db", str(db_path))
    assert cli(capsys, "feeds", "add", url, *db)[0] == 0
    assert cli(capsys, "follow", "add", "pogacar", *db)[0] == 0
    assert cli(capsys, "follow", "add", "vingegaard", *db)[0] == 0
    script = tmp_path / "notifier.py"
    script.write_text(NOTIFIER, encoding="utf-8")
    received = tmp_path / "received.txt"
    command = f"{sys.executable} {script} {received}"
    code, out, err = cli(capsys, "refresh", "--no-articles", "--notify-command", command, *db)
    assert code == 0 and "notify" not in err
    assert "following: 1 new: Tadej Pogačar\n" in out
    assert received.read_text(encoding="utf-8") == "1 new: Tadej Pogačar"
    # Two more articles, one naming both: counted per rider, most first.
    server.route("/news.xml", Reply(rss("News Desk", NEWS[:3]).encode()))
    received.unlink()
    code, out, _ = cli(capsys, "refresh", "--no-articles", "--notify-command", command, *db)
    assert "following: 2 new: Jonas Vingegaard ×2, Tadej Pogačar\n" in out
    assert received.read_text(encoding="utf-8") == "2 new: Jonas Vingegaard ×2, Tadej Pogačar"
    # Nothing new: no line, no command.
    received.unlink()
    code, out, _ = cli(capsys, "refresh", "--no-articles", "--notify-command", command, *db)
    assert "following:" not in out and not received.exists()


def test_a_failing_notify_command_is_one_line_and_the_refresh_stands(
    server: LoopbackServer, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    url = server.route("/news.xml", Reply(rss("News Desk", NEWS[:1]).encode()))
    db = ("--db", str(db_path))
    cli(capsys, "feeds", "add", url, *db)
    cli(capsys, "follow", "add", "pogacar", *db)
    missing = "/nonexistent/notifier-xq"
    code, _out, err = cli(capsys, "refresh", "--no-articles", "--notify-command", missing, *db)
    assert code == 0
    (problem,) = [line for line in err.splitlines() if line.startswith("leadout-tui:")]
    assert problem.startswith("leadout-tui: notify command '/nonexistent/notifier-xq' failed: ")
    assert "Traceback" not in err
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)
