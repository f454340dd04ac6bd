"""The reader on a misbehaving machine: the problem shows in the status line, the reader keeps
running with what it has, and nothing stored is lost.

Real faults: a database that cannot grow (the largest file size the processes may write, as
``ulimit -f`` sets it: the reader's refresh runs in a child process, so the CLI tests' SQLite
page limit cannot reach it), a lock another connection holds, the database file deleted under
the running reader, and a read-only file opened by a process without root's right to write it.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
from pathlib import Path

from leadout_tui.core.refresh.pipeline import refresh_database
from leadout_tui.ui.widgets import StatusLine
from tests.faults import (
    file_size_limit,
    integrity,
    locked,
    read_only_copy,
    without_root_rights,
)
from tests.ui.feed_server import FeedServer
from tests.ui.helpers import (
    TEST_CONFIG,
    build_app,
    headline_ids,
    headlines,
    settle,
    sql,
    subscribe,
)

ROOT = Path(__file__).resolve().parents[2]


def status(app) -> tuple[str, bool]:
    line = app.main.query_one(StatusLine)
    return line.text, line.has_class("-error")


def snapshot(db: Path) -> list[tuple]:
    return sql(db, "SELECT id, title FROM articles ORDER BY id")


def refreshed_and_packed(server: FeedServer, db: Path) -> Path:
    """A database refreshed from ``server``, with no free page left inside the file."""
    subscribe(db, server.feed_urls)
    refresh_database(db, options=TEST_CONFIG.refresh_options())
    with sqlite3.connect(db, isolation_level=None) as conn:
        conn.execute("VACUUM")  # whatever is stored next makes the file grow
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def sql_files(db: Path) -> list[str]:
    return sorted(path.name for path in db.parent.glob(db.name + "*"))


def delete_database(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


async def test_database_that_cannot_grow_during_a_refresh(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    db_path = await asyncio.to_thread(refreshed_and_packed, feed_server, tmp_path / "l.db")
    before = snapshot(db_path)
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        shown = headline_ids(app)
        feed_server.round = 2  # one new article to store
        with file_size_limit(db_path, room_bytes=8192):
            await pilot.press("r")
            await settle(pilot)
        text, error = status(app)
        assert error and "Refresh failed" in text and "largest file" in text
        assert headline_ids(app) == shown  # still reading what it had
        await pilot.press("j", "u")
        await settle(pilot)
        assert app.return_code is None
        # With room again, the next refresh finishes what the failed one could not store.
        await pilot.press("r")
        await settle(pilot)
        assert not status(app)[1]
    assert integrity(db_path) == "ok"
    after = snapshot(db_path)
    assert set(before) <= set(after) and len(after) == len(before) + 1
    assert sql(db_path, "SELECT count(*) FROM articles WHERE page_status = 'pending'") == [(0,)]


async def test_a_locked_database_when_marking_read(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        first = headlines(app).current
        assert first is not None and not first.read
        with locked(db_path):
            await pilot.press("u")
            await settle(pilot)
            text, error = status(app)
            assert error and "Not marked read" in text and "locked" in text
            assert headlines(app).current == first  # shown as it is stored: unread
        await pilot.press("u")  # the lock is gone: it works again
        await settle(pilot)
        assert headlines(app).current.read
    assert sql(db_path, "SELECT read FROM articles WHERE id = ?", first.id) == [(1,)]


async def test_the_database_file_deleted_while_reading(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        shown = headline_ids(app)
        delete_database(db_path)
        await pilot.press("u")
        await settle(pilot)
        text, error = status(app)
        assert error and "deleted or replaced" in text
        await pilot.press("r")  # a refresh would make a new, empty file there: refused
        await settle(pilot)
        assert "restart it" in status(app)[0]
        await pilot.press("j")
        await settle(pilot)
        assert headline_ids(app) == shown  # what it read is still on screen
    assert sql_files(db_path) == []  # and nothing made a new one there


READER_SCRIPT = """
import asyncio, json, sys
from pathlib import Path
from tests.ui.helpers import build_app, headline_ids, settle
from leadout_tui.ui.widgets import StatusLine

async def main(db):
    app = build_app(db, refresh_on_start=None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        opened = app.main.query_one(StatusLine).text
        count = len(headline_ids(app))
        await pilot.press("u")
        await settle(pilot)
        after_u = app.main.query_one(StatusLine).text
        await pilot.press("r")
        await settle(pilot)
        print(json.dumps({"opened": opened, "count": count, "after_u": after_u,
                          "after_r": app.main.query_one(StatusLine).text,
                          "running": app.return_code is None}))

asyncio.run(main(Path(sys.argv[1])))
"""


def test_a_read_only_database_is_read_and_says_so(db_path: Path) -> None:
    expected = len(sql(db_path, "SELECT id FROM articles"))
    with read_only_copy(db_path) as copy:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        result = without_root_rights(["-c", READER_SCRIPT, str(copy)], env)
        assert result.returncode == 0, result.stderr
        seen = json.loads(result.stdout.strip().splitlines()[-1])
        assert seen["count"] == expected  # everything it holds is listed
        assert "read-only" in seen["opened"]
        assert "Not marked read" in seen["after_u"] and "read-only" in seen["after_u"]
        assert "read-only" in seen["after_r"]
        assert seen["running"]
        assert integrity(copy) == "ok"
        assert sql(copy, "SELECT count(*) FROM articles WHERE read = 1") == [(0,)]
