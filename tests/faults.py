"""Real faults of the machine for the tests: a disk that fills up, a file another program locks,
a file this process may not write.

- :func:`disk_fills_up`: every connection this process opens to the file afterwards gets
  ``PRAGMA max_page_count`` a few pages above the file's size, so SQLite itself answers
  "database or disk is full" (SQLITE_FULL) once that much has been written.
- :func:`file_size_limit`: the largest file this process (and every process it starts) may
  write, just above the database's size (``RLIMIT_FSIZE``, what ``ulimit -f`` sets): the
  reader's refresh runs in a child process, where patching ``sqlite3`` cannot reach.
- :func:`locked`: a second connection holds ``BEGIN EXCLUSIVE`` on the file.
- :func:`read_only_copy` and :func:`without_root_rights`: the file and its folder made
  read-only, and a command run without root's right to override that, so the operating system
  refuses the writes.
"""

from __future__ import annotations

import ctypes
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def page_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])


@contextmanager
def disk_fills_up(db: Path, monkeypatch: pytest.MonkeyPatch, room_pages: int) -> Iterator[None]:
    """Connections to ``db`` opened in this process may grow it by ``room_pages`` pages only."""
    limit = page_count(db) + room_pages
    real_connect = sqlite3.connect
    target = db.resolve()

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(database, *args, **kwargs)  # type: ignore[call-overload]
        if isinstance(database, str | Path) and Path(database).resolve() == target:
            conn.execute(f"PRAGMA max_page_count = {limit}")
        return conn

    with monkeypatch.context() as patch:
        patch.setattr(sqlite3, "connect", connect)
        yield


@contextmanager
def file_size_limit(db: Path, room_bytes: int) -> Iterator[None]:
    """Files may grow to the database's size plus ``room_bytes``, in this process and its
    children (Python ignores SIGXFSZ, so a write past it fails with EFBIG)."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (db.stat().st_size + room_bytes, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


@contextmanager
def locked(db: Path) -> Iterator[None]:
    """Another program holds the write lock (and blocks new readers' writes) meanwhile."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


@contextmanager
def read_only_copy(db: Path) -> Iterator[Path]:
    """A copy of ``db`` in a folder anyone may read and nobody (but root) may write."""
    base = Path(tempfile.mkdtemp(prefix="leadout-ro-"))
    folder = base / "ro"
    folder.mkdir()
    copy = folder / db.name
    source = sqlite3.connect(db)
    with sqlite3.connect(copy) as dest:
        source.backup(dest)
    source.close()
    copy.chmod(0o444)
    folder.chmod(0o555)
    base.chmod(0o755)
    try:
        yield copy
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base)


def _drop_root_rights() -> None:
    """In the child, before it runs: give up root's right to ignore file permissions.

    Removes CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from the bounding set, so the
    program it runs obeys the read-only bits like any user (prctl PR_CAPBSET_DROP).
    """
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):
        if libc.prctl(24, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def without_root_rights(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``python args...`` as a process that may not write what it has no permission for."""
    home = Path(tempfile.mkdtemp(prefix="leadout-home-"))
    env = {
        **env,
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        "LEADOUT_TUI_CONFIG_DIR": str(home / "config"),
    }
    try:
        return subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            preexec_fn=_drop_root_rights if os.geteuid() == 0 else None,
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
