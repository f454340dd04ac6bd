"""The store's connection: opening and migrating the file, write transactions, meta values, and
the one translation of SQLite's errors into :class:`StoreError` messages a user can act on.

WAL mode and a busy timeout let a TUI and a cron'd ``refresh`` share the file; every write is one
short ``BEGIN IMMEDIATE`` transaction, so a process killed at any point leaves a consistent
database holding everything committed before. Open one store per thread.
"""

from __future__ import annotations

import functools
import inspect
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

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Self:
        """Open (creating if needed) and migrate the database; refuse files that are not ours.

        ``busy_timeout`` is how long a write waits for another process's write to finish.
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
            conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(describe_error(exc, path)) from exc
        try:
            store = cls(conn, path)
            store._check_and_migrate(busy_timeout)
        except StoreError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            name = getattr(exc, "sqlite_errorname", "") or ""
            if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
                raise StoreError(
                    f"{path} is not a usable leadout-tui database ({exc}); it was left "
                    "untouched. Move it aside or pass another --db."
                ) from exc
            raise StoreError(describe_error(exc, path)) from exc
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
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
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
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

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
