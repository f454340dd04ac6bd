"""Storing extracted pages in batches, on a thread of its own.

SQLite's cost is mostly per transaction (and FTS5 adds a segment per transaction), so pages are
stored :data:`BODY_BATCH` to a transaction; and SQLite releases the GIL while it works, so a
writer thread with its own connection keeps the event loop free for downloads. A killed
refresh loses at most the batches not yet written; those pages stay pending and are fetched
again next time.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from leadout_tui.core.records import BodyUpdate
from leadout_tui.core.store import Store

#: Extracted pages stored per transaction.
BODY_BATCH = 32


class BodyWriter:
    """``with BodyWriter(db_path) as bodies: bodies.add(update)``; errors surface on exit."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._pending: list[BodyUpdate] = []
        self._writes: list[Future[None]] = []
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="leadout-writer")
        self._store: Store | None = None  # opened on the writer thread, used only there

    def add(self, update: BodyUpdate) -> None:
        self._pending.append(update)
        if len(self._pending) >= BODY_BATCH:
            self.flush()

    def flush(self) -> None:
        """Hand the gathered updates to the writer thread."""
        if self._pending:
            self._writes.append(self._thread.submit(self._write, self._pending))
            self._pending = []
        for write in [w for w in self._writes if w.done()]:
            self._writes.remove(write)
            write.result()  # raise a failed write here rather than lose it silently

    def _write(self, updates: list[BodyUpdate]) -> None:
        if self._store is None:
            self._store = Store.open(self.db_path)
        self._store.save_bodies(updates)

    def close(self) -> None:
        """Write what is left, wait for it, and close the writer's connection."""
        try:
            self.flush()
            for write in self._writes:
                write.result()
        finally:
            self._thread.submit(self._close_store).result()
            self._thread.shutdown()

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> BodyWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
