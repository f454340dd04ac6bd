"""The store's connection: opening and migrating the file, write transactions, meta values, and
the one translation of SQLite's errors into :class:`StoreError` messages a user can act on.

WAL mode and a busy timeout let a TUI and a cron'd ``refresh`` share the file; every write is one
short ``BEGIN IMMEDIATE`` transaction, so a process killed at any point leaves a consistent
database holding everything committed before. Open one store per thread.
"""

from __future__ import annotations

import functools
import inspect
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Self, TypeVar

from leadout_tui.core.errors import StoreError
from leadout_tui.core.models import utc_now
from leadout_tui.core.store.columns import from_iso, to_iso
from leadout_tui.core.store.schema_version import APPLICATION_ID, SCHEMA_VERSION

BUSY_TIMEOUT_SECONDS = 30.0


class StoreConnection:
    """A leadout-tui database file: the connection, transactions and meta values."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        read_only: bool = False,
        busy_timeout: float = BUSY_TIMEOUT_SECONDS,
    ) -> None:
        self.conn = conn
        self.path = path
        #: Opened from a file this process may not write: reads work, writes say why not.
        self.read_only = read_only
        #: How long a write waits for another process's write (seconds).
        self.busy_timeout = busy_timeout
        self._identity = _identity(path)

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Self:
        """Open (creating if needed) and migrate the database; refuse files that are not ours.

        ``busy_timeout`` is how long a write waits for another process's write to finish. A
        file (or folder) this process may not write is opened read-only, so its articles can
        still be read.
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the folder {path.parent} for the database "
                f"({exc.strerror or exc}); fix it or pass another --db"
            ) from exc
        try:
            return cls._connect(path, busy_timeout, read_only=False)
        except sqlite3.Error as exc:
            if not (path.is_file() and not _writable(path)):
                raise _open_error(exc, path) from exc
        try:  # not writable: what it holds can still be read
            return cls._connect(path, busy_timeout, read_only=True)
        except sqlite3.Error as exc:
            raise _open_error(exc, path) from exc

    @classmethod
    def _connect(cls, path: Path, busy_timeout: float, *, read_only: bool) -> Self:
        if read_only:
            # immutable: without write access SQLite cannot keep the WAL index beside the file.
            target, uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1", True
        else:
            target, uri = str(path), False
        conn = sqlite3.connect(target, timeout=busy_timeout, isolation_level=None, uri=uri)
        try:
            store = cls(conn, path, read_only=read_only, busy_timeout=busy_timeout)
            store._check_and_migrate(busy_timeout)
        except BaseException:
            conn.close()
            raise
        return store

    def _check_and_migrate(self, busy_timeout: float) -> None:
        conn = self.conn
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID and tables:
            raise StoreError(
                f"{self.path} is a SQLite database of another program; it was left untouched. "
                "Pass another --db."
            )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer leadout-tui (schema {version}); "
                "upgrade leadout-tui to open it."
            )
        conn.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys=ON")
        if not self.read_only and conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        if version < SCHEMA_VERSION:
            self._migrate()

    def _migrate(self) -> None:
        """Apply pending migrations (sqlite-utils, imported only when there is work to do)."""
        from sqlite_utils import Database

        from leadout_tui.core.store.schema import migrations

        # Under the write lock, so two processes opening a new file migrate it once.
        with self._write() as conn:
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            migrations.apply(Database(conn))
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction that takes the write lock up front (no deadlock on upgrade)."""
        if not self.file_is_current():
            raise StoreError(
                f"the database file {self.path} was deleted or replaced while leadout-tui was "
                "running; nothing more is written to it. Restart leadout-tui."
            )
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            # SQLite has already rolled back after some errors (a full disk): do not ask twice.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def file_is_current(self) -> bool:
        """Whether the file at :attr:`path` is still the one this store opened."""
        return _identity(self.path) == self._identity

    # -- meta ----------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @property
    def last_refresh(self) -> datetime | None:
        return from_iso(self.get_meta("last_refresh"))

    def mark_refreshed(self) -> None:
        self.set_meta("last_refresh", to_iso(utc_now()) or "")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open_error(exc: sqlite3.Error, path: Path) -> StoreError:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        return StoreError(
            f"{path} is not a usable leadout-tui database ({exc}); it was left untouched. "
            "Move it aside or pass another --db."
        )
    return StoreError(describe_error(exc, path))


def _write_limit(path: Path) -> str | None:
    """Why writing failed when the machine says only "I/O error": no space, or a size limit."""
    import resource
    import shutil

    try:
        if shutil.disk_usage(path.parent).free < 1024 * 1024:
            return (
                f"the disk holding {path} is full; free some space and try again "
                "(everything stored before is kept)"
            )
        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        sizes = [p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists()]
    except OSError:
        return None
    if limit != resource.RLIM_INFINITY and max(sizes, default=0) + 65536 >= limit:
        return (
            f"{path} has grown to the largest file this process may write ({limit:,} bytes, "
            "ulimit -f); raise that limit and try again (everything stored before is kept)"
        )
    return None


def describe_error(exc: sqlite3.Error, path: Path) -> str:
    """One line saying what went wrong with the database file and what to do about it."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name == "SQLITE_FULL" or "disk is full" in text:
        return (
            f"the disk holding {path} is full; free some space and try again "
            "(everything stored before is kept)"
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return f"{path} is read-only; make the file and its folder writable, or pass another --db"
    if name.startswith("SQLITE_BUSY") or "locked" in text:
        return (
            f"{path} is locked by another program; close it (another leadout-tui "
            "writing?) and try again"
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return f"{path} is damaged ({text}); move it aside and start a new one with --db"
    if name.startswith("SQLITE_IOERR"):
        cause = _write_limit(path)
        if cause:
            return cause
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "unable to open" in text:
        return f"cannot read or write {path} ({text}); check that the file and its folder exist"
    return f"database error on {path}: {text}"


_Class = TypeVar("_Class", bound=type[StoreConnection])


def translate_errors(cls: _Class) -> _Class:
    """Make every public method of ``cls`` raise :class:`StoreError` instead of sqlite3.Error.

    Generators (``documents``) are wrapped so that errors during iteration are translated too.
    """
    for name in dir(cls):
        if name.startswith("_") or name == "open":
            continue
        attr = inspect.getattr_static(cls, name)
        if isinstance(attr, property) and attr.fget is not None:
            setattr(cls, name, property(_guard(attr.fget)))
        elif inspect.isfunction(attr):
            setattr(cls, name, _guard(attr))
    return cls


def _guard(function: Callable[..., Any]) -> Callable[..., Any]:
    if inspect.isgeneratorfunction(function):

        @functools.wraps(function)
        def guarded_generator(self: StoreConnection, *args: Any, **kwargs: Any) -> Any:
            try:
                yield from function(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise StoreError(describe_error(exc, self.path)) from exc

        return guarded_generator

    @functools.wraps(function)
    def guarded(self: StoreConnection, *args: Any, **kwargs: Any) -> Any:
        try:
            return function(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise StoreError(describe_error(exc, self.path)) from exc

    return guarded
