"""The refresh's writes, on a thread of its own: parsed feeds and extracted pages.

SQLite's cost is mostly per transaction (and FTS5 adds a segment per transaction), so writes
are grouped: pages :data:`BODY_BATCH` to a transaction, and feeds that arrive while a write
is running go together in the next one. SQLite releases the GIL while it works, so one writer
thread with its own connection keeps the event loop free for downloads and the job thread
free for parsing, and a single writer never waits on another for the lock. A killed refresh
loses at most the transaction in flight: those feeds are fetched again next time, those
pages stay pending.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from leadout_tui.core.models import ParsedFeed
from leadout_tui.core.store.connection import BUSY_TIMEOUT_SECONDS
from leadout_tui.core.store.db import Store
from leadout_tui.core.store.writes import BodyUpdate, DocumentMentions, FeedUpdate, StoreResult

#: Extracted pages stored per transaction.
BODY_BATCH = 32


class Writer:
    """``with Writer(db_path) as writer:`` ``await writer.store_feed(...)``, ``add_body(...)``.

    Failed page writes surface on exit; a failed feed write raises where it was awaited.
    """

    def __init__(self, db_path: Path, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        self.db_path = db_path
        self.busy_timeout = busy_timeout
        self._pending: list[BodyUpdate] = []
        self._writes: list[Future[None]] = []
        self._feeds: list[tuple[FeedUpdate, asyncio.Future[StoreResult]]] = []
        self._feed_drain: asyncio.Task[None] | None = None
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="leadout-writer")
        self._store: Store | None = None  # opened on the writer thread, used only there

    # -- feeds ---------------------------------------------------------------------------------

    async def store_feed(
        self,
        feed_id: int,
        parsed: ParsedFeed,
        etag: str | None,
        last_modified: str | None,
        mentions: Mapping[str, DocumentMentions],
        ignored: int = 0,
    ) -> StoreResult:
        """Store a parsed feed (see :meth:`Store.store_feeds`); returns once it is committed."""
        done: asyncio.Future[StoreResult] = asyncio.get_running_loop().create_future()
        update = FeedUpdate(feed_id, parsed, etag, last_modified, mentions, ignored)
        self._feeds.append((update, done))
        if self._feed_drain is None or self._feed_drain.done():
            self._feed_drain = asyncio.create_task(self._drain_feeds())
        return await done

    async def _drain_feeds(self) -> None:
        loop = asyncio.get_running_loop()
        while self._feeds:
            batch, self._feeds = self._feeds, []
            try:
                results = await loop.run_in_executor(
                    self._thread, self._write_feeds, [update for update, _ in batch]
                )
            except Exception as exc:
                for _, done in batch:
                    done.set_exception(exc)
            else:
                for (_, done), result in zip(batch, results, strict=True):
                    done.set_result(result)

    def _write_feeds(self, updates: list[FeedUpdate]) -> list[StoreResult]:
        return self._writer_store().store_feeds(updates)

    # -- pages ---------------------------------------------------------------------------------

    def add_body(self, update: BodyUpdate) -> None:
        self._pending.append(update)
        if len(self._pending) >= BODY_BATCH:
            self.flush()

    def flush(self) -> None:
        """Hand the gathered page updates to the writer thread."""
        if self._pending:
            self._writes.append(self._thread.submit(self._write_bodies, self._pending))
            self._pending = []
        for write in [w for w in self._writes if w.done()]:
            self._writes.remove(write)
            write.result()  # raise a failed write here rather than lose it silently

    def _write_bodies(self, updates: list[BodyUpdate]) -> None:
        self._writer_store().save_bodies(updates)

    # -- the writer's connection -----------------------------------------------------------------

    def _writer_store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.db_path, busy_timeout=self.busy_timeout)
        return self._store

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

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
