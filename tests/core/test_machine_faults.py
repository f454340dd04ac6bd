"""Faults of the machine, not of a feed: each gives one clear line, exit 1, and loses nothing.

A full disk (SQLite's own SQLITE_FULL, from ``PRAGMA max_page_count``), a lock another
connection holds, a read-only file (as a user who may not write it), folders that cannot be
created, and the network going away mid-refresh. After each, every row stored before is still
there, ``PRAGMA integrity_check`` is ok, and the next run without the fault works.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from leadout_tui.cli import main
from leadout_tui.core.refresh.pipeline import RefreshOptions, refresh_database
from leadout_tui.core.store.db import Store
from tests.faults import disk_fills_up, integrity, locked, read_only_copy, without_root_rights
from tests.feedgen import RACE_REPORT, Item, page, rss
from tests.loopback import LoopbackServer, Reply, Request

OPTIONS = RefreshOptions(timeout=10.0)


def serve_site(server: LoopbackServer, feeds: int, items: int, prefix: str = "f") -> list[str]:
    """Feeds of stories, each with its article page (a few KB of text to store)."""
    urls = []
    for f in range(feeds):
        entries = []
        for i in range(items):
            link = server.route(
                f"/{prefix}{f}/{i}.html",
                Reply(page(f"Story {f}.{i}", RACE_REPORT * 3).encode(), content_type="text/html"),
            )
            entries.append(Item(f"{prefix}{f}-{i}", f"Feed {f} story {i}", link))
        urls.append(server.route(f"/{prefix}{f}.xml", Reply(rss(f"Feed {f}", entries).encode())))
    return urls


def rows(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT id, feed_id, key, title, read, starred, blocks FROM articles ORDER BY id"
        ).fetchall()


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_clear_line(err: str, *words: str) -> None:
    """The error is one line, after the progress lines (a refresh's stderr), no traceback."""
    lines = err.strip().splitlines()
    errors = [line for line in lines if line.startswith("leadout-tui: ")]
    assert len(errors) == 1 and errors[0] == lines[-1], err
    assert "Traceback" not in err and "sqlite3" not in err and "OperationalError" not in err
    for word in words:
        assert word in errors[0]


@pytest.fixture
def stored(server: LoopbackServer, db_path: Path) -> list[tuple[object, ...]]:
    """A database holding one refreshed feed, one article read and one starred."""
    first = serve_site(server, 1, 3, prefix="kept")
    with Store.open(db_path) as store:
        store.add_feed(first[0])
    refresh_database(db_path, options=OPTIONS)
    with Store.open(db_path) as store:
        [a, b, _] = store.query_articles()
        store.set_read(a.id)
        store.set_starred(b.id)
    return rows(db_path)


def test_disk_full_during_a_refresh(
    server: LoopbackServer,
    db_path: Path,
    stored: list[tuple[object, ...]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Store.open(db_path) as store:
        for url in serve_site(server, 10, 12):
            store.add_feed(url)
    with disk_fills_up(db_path, monkeypatch, room_pages=40):
        code, _, err = cli(capsys, "refresh", "--db", str(db_path))
    assert code == 1
    assert_one_clear_line(err, str(db_path), "is full", "free some space")
    assert integrity(db_path) == "ok"
    assert rows(db_path)[: len(stored)] == stored  # everything from before, unchanged
    # With room again, the next refresh finishes the job.
    code, out, _ = cli(capsys, "refresh", "--db", str(db_path))
    assert code == 0
    assert "10 ok" in out or "11 ok" in out
    with Store.open(db_path) as store:
        assert len(store.query_articles()) == 3 + 10 * 12
        assert not store.pending_pages()


def test_disk_full_during_reextract_and_reindex(
    server: LoopbackServer,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Store.open(db_path) as store:
        for url in serve_site(server, 4, 10):
            store.add_feed(url)
    refresh_database(db_path, options=OPTIONS)
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM mentions")
        conn.execute("UPDATE articles SET extractor_version = 0, gazetteer_version = NULL")
    with sqlite3.connect(db_path, isolation_level=None) as conn:
        conn.execute("VACUUM")  # no free pages left: whatever is written makes the file grow
    before = rows(db_path)
    for command in ("reindex", "reextract"):
        with disk_fills_up(db_path, monkeypatch, room_pages=0):
            code, _, err = cli(capsys, command, "--db", str(db_path))
        assert code == 1, command
        assert_one_clear_line(err, "is full")
        assert integrity(db_path) == "ok"
        assert rows(db_path) == before
    assert cli(capsys, "reindex", "--db", str(db_path))[0] == 0
    with Store.open(db_path) as store:
        assert store.top_entities("rider")


def test_a_lock_held_longer_than_the_busy_timeout(
    db_path: Path,
    stored: list[tuple[object, ...]],
    capsys: pytest.CaptureFixture[str],
    isolated_dirs: Path,
) -> None:
    config = isolated_dirs / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("busy_timeout_seconds = 0.3\n")
    [feed_url] = [url for (url,) in sqlite3.connect(db_path).execute("SELECT url FROM feeds")]
    with locked(db_path):
        code, _, err = cli(capsys, "feeds", "remove", feed_url, "--db", str(db_path))
        assert code == 1
        assert_one_clear_line(err, "is locked by another program")
        code, _, err = cli(capsys, "reindex", "--db", str(db_path))
        assert code == 1
        assert_one_clear_line(err, "is locked")
    assert integrity(db_path) == "ok"
    assert rows(db_path) == stored
    assert cli(capsys, "reindex", "--db", str(db_path))[0] == 0


def test_a_read_only_database_is_read_but_never_written(
    server: LoopbackServer, db_path: Path, stored: list[tuple[object, ...]]
) -> None:
    import os

    env = {**os.environ}
    with read_only_copy(db_path) as copy:
        listed = without_root_rights(["-m", "leadout_tui", "articles", "--db", str(copy)], env)
        assert listed.returncode == 0, listed.stderr
        assert "Feed 0 story 2" in listed.stdout  # what it holds can still be read
        for command in (["refresh"], ["feeds", "remove", "http://x.example/"], ["reindex"]):
            result = without_root_rights(["-m", "leadout_tui", *command, "--db", str(copy)], env)
            assert result.returncode == 1, (command, result.stderr)
            assert_one_clear_line(result.stderr, str(copy), "read-only")
        assert rows(copy) == stored
        assert integrity(copy) == "ok"


def test_folders_that_cannot_be_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker / "data"))
    code, _, err = cli(capsys, "articles")
    assert code == 1
    assert_one_clear_line(err, "cannot create the folder", "Not a directory")
    monkeypatch.setenv("LEADOUT_TUI_CONFIG_DIR", str(blocker / "config"))
    code, _, err = cli(capsys, "refresh", "--db", str(tmp_path / "x.db"))
    assert code == 1
    assert_one_clear_line(err, "cannot read config")
    # The cache folder is only a speed-up: without it the names still load.
    monkeypatch.delenv("LEADOUT_TUI_CONFIG_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    text = tmp_path / "text.txt"
    text.write_text("Tadej Pogačar won.")
    code, out, _ = cli(capsys, "mentions", str(text))
    assert code == 0 and "Tadej Pogačar" in out


def test_the_network_goes_away_mid_refresh(server: LoopbackServer, db_path: Path) -> None:
    answered = serve_site(server, 3, 2, prefix="early")
    cut = threading.Event()
    asked = threading.Semaphore(0)

    def held(request: Request) -> Reply:
        asked.release()
        cut.wait(timeout=60)
        return Reply(drop=True)  # the connection dies without an answer

    held_urls = [server.route(f"/held{n}.xml", held) for n in range(5)]
    with Store.open(db_path) as store:
        for url in answered + held_urls:
            store.add_feed(url)
    result: dict[str, object] = {}

    def run() -> None:
        # Every request in flight at once (loopback is one host): all five are held together.
        options = RefreshOptions(timeout=30.0, concurrency=16, per_host=16)
        result["summary"] = refresh_database(db_path, options=options)

    worker = threading.Thread(target=run)
    worker.start()
    for _ in held_urls:
        assert asked.acquire(timeout=60)  # every held feed is in flight
    server.stop_listening()  # nothing new gets through either
    cut.set()
    worker.join(timeout=60)
    summary = result["summary"]
    assert summary.feeds_ok == 3  # type: ignore[attr-defined]
    failed = dict(summary.feed_failures)  # type: ignore[attr-defined]
    assert set(failed) == set(held_urls)
    assert all("broke the connection" in reason for reason in failed.values()), failed
    with Store.open(db_path) as store:
        errors = {f.url: f.last_error for f in store.list_feeds()}
        assert all(errors[url] for url in held_urls)
        assert len(store.query_articles()) == 6
    assert integrity(db_path) == "ok"
