"""Real processes on one database file: killed mid-refresh, and two refreshing at once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from leadout_tui.core.store.db import Store
from tests.feedgen import Item, rss
from tests.loopback import LoopbackServer, Reply, Request

ITEMS_PER_FEED = 20


def serve_feeds(server: LoopbackServer, count: int, delay: float, prefix: str = "f") -> list[str]:
    urls = []
    for n in range(count):
        items = [
            Item(f"{prefix}{n}-{i}", f"Feed {n} story {i}", None) for i in range(ITEMS_PER_FEED)
        ]
        urls.append(
            server.route(f"/{prefix}{n}.xml", Reply(rss(f"Feed {n}", items).encode(), delay=delay))
        )
    return urls


def refresh_process(
    db_path: Path, *extra: str, new_session: bool = False
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "leadout_tui",
            "refresh",
            "--db",
            str(db_path),
            "--no-articles",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
        start_new_session=new_session,  # its own process group, as a shell job has
    )


def descendants(pid: int) -> set[int]:
    """Processes started, directly or not, by ``pid`` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def feed_outcomes(db_path: Path) -> tuple[str, list[tuple[str | None, int]]]:
    conn = sqlite3.connect(db_path)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows = conn.execute(
            "SELECT f.last_success, (SELECT count(*) FROM articles a WHERE a.feed_id = f.id) "
            "FROM feeds f ORDER BY f.id"
        ).fetchall()
        return check, rows
    finally:
        conn.close()


def test_sigkill_mid_refresh_leaves_everything_stored_before(
    server: LoopbackServer, db_path: Path
) -> None:
    # Four feeds answer at once; the other twenty hold their answer until the refresh is killed,
    # so the kill lands mid-refresh however slow the machine is.
    released = threading.Event()
    urls = serve_feeds(server, 4, delay=0.0, prefix="quick")
    for n in range(20):
        body = rss(f"Held {n}", [Item(f"held{n}-{i}", f"Held {n} story {i}", None)
                                 for i in range(ITEMS_PER_FEED)]).encode()  # fmt: skip

        def held(request: Request, body: bytes = body) -> Reply:
            released.wait(timeout=60)
            return Reply(body)

        urls.append(server.route(f"/held{n}.xml", held))
    with Store.open(db_path) as store:
        for url in urls:
            store.add_feed(url)
    process = refresh_process(db_path, "--concurrency", str(len(urls)))
    deadline = time.monotonic() + 60  # a bound for a broken refresh, not a duration
    stored = 0
    while stored < 4 and time.monotonic() < deadline:
        time.sleep(0.05)
        stored = sum(1 for success, _ in feed_outcomes(db_path)[1] if success)
    helpers = descendants(process.pid)  # the forkserver and the parsing workers
    process.send_signal(signal.SIGKILL)
    process.wait()
    released.set()

    check, outcomes = feed_outcomes(db_path)
    assert check == "ok"
    done = [count for success, count in outcomes if success]
    assert len(done) == 4  # every quick feed, none of the held ones
    assert all(count == ITEMS_PER_FEED for count in done)
    assert all(count == 0 for success, count in outcomes if not success)
    with Store.open(db_path) as store:  # and all of it is readable
        assert len(store.query_articles()) == len(done) * ITEMS_PER_FEED
    # Nothing of the killed refresh lingers: its worker processes notice and leave.
    assert helpers, "the refresh parsed on worker processes"
    deadline = time.monotonic() + 30
    while any(running(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in helpers if running(pid)]


def test_two_processes_refresh_the_same_file_at_once(server: LoopbackServer, db_path: Path) -> None:
    first = serve_feeds(server, 10, delay=0.05, prefix="a")
    second = serve_feeds(server, 10, delay=0.05, prefix="b")
    with Store.open(db_path) as store:
        for url in first + second:
            store.add_feed(url)
    one = refresh_process(db_path, *[arg for url in first for arg in ("--feed", url)])
    two = refresh_process(db_path, *[arg for url in second for arg in ("--feed", url)])
    outputs = [process.communicate(timeout=60) for process in (one, two)]

    assert [one.returncode, two.returncode] == [0, 0], outputs
    check, outcomes = feed_outcomes(db_path)
    assert check == "ok"
    assert [count for _, count in outcomes] == [ITEMS_PER_FEED] * 20
    assert all(success for success, _ in outcomes)


@pytest.mark.parametrize(("how", "code", "words"), [
    ("ctrl-c", 130, "stopped by Ctrl-C"),
    ("sigterm", 143, "stopped by SIGTERM"),
])  # fmt: skip
def test_ctrl_c_or_sigterm_mid_refresh_stops_cleanly(
    server: LoopbackServer, db_path: Path, how: str, code: int, words: str
) -> None:
    released = threading.Event()
    urls = serve_feeds(server, 4, delay=0.0, prefix="quick")
    for n in range(20):

        def held(request: Request) -> Reply:
            released.wait(timeout=120)  # answers only after the test: the refresh cannot wait
            return Reply(b"", 503)

        urls.append(server.route(f"/held{n}.xml", held))
    with Store.open(db_path) as store:
        for url in urls:
            store.add_feed(url)
    process = refresh_process(db_path, "--concurrency", str(len(urls)), new_session=True)
    try:
        deadline = time.monotonic() + 60  # a bound for a broken refresh, not a duration
        while sum(1 for success, _ in feed_outcomes(db_path)[1] if success) < 4:
            if time.monotonic() > deadline:
                os.killpg(process.pid, signal.SIGKILL)
                pytest.fail(f"the quick feeds were not stored: {process.communicate()[1].decode()}")
            time.sleep(0.05)
        helpers = descendants(process.pid)
        if how == "ctrl-c":
            os.killpg(process.pid, signal.SIGINT)  # what a terminal sends: the whole job
        else:
            process.send_signal(signal.SIGTERM)
        try:
            out, err = (stream.decode() for stream in process.communicate(timeout=60))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail(f"the refresh did not stop: {process.communicate()[1].decode()}")
    finally:
        released.set()
    assert process.returncode == code, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert err.strip().splitlines()[-1].startswith(f"leadout-tui: refresh {words}"), err
    assert "feeds: 4 ok" in out, out  # what was stored before the stop
    check, outcomes = feed_outcomes(db_path)
    assert check == "ok"
    assert [count for success, count in outcomes if success] == [ITEMS_PER_FEED] * 4
    assert all(count == 0 for success, count in outcomes if not success)
    deadline = time.monotonic() + 30
    while any(running(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in helpers if running(pid)]  # no worker outlives it
