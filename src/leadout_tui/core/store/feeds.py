"""The store's feeds: subscriptions, their fetch state, and storing what a feed brought."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from leadout_tui.core.models import FeedEntry, ParsedFeed, utc_now
from leadout_tui.core.store.columns import entry_hash, from_iso, to_iso
from leadout_tui.core.store.connection import StoreConnection
from leadout_tui.core.store.mentions import INSERT_COUNT, count_rows, mention_columns
from leadout_tui.core.store.rows import FeedInfo, FeedState
from leadout_tui.core.store.writes import DocumentMentions, FeedUpdate, StoreResult


class FeedStore(StoreConnection):
    """Subscriptions and feed contents."""

    # -- feeds ---------------------------------------------------------------------------------

    def ever_had_feed(self) -> bool:
        """True once any feed was subscribed (defaults are offered only to a new database)."""
        return self.get_meta("had_feed") == "1"

    def add_feed(
        self,
        url: str,
        title: str | None = None,
        category: str | None = None,
        *,
        fetch_pages: bool = True,
    ) -> bool:
        """Subscribe to ``url``; returns False when it was already subscribed.

        ``fetch_pages`` False: the feed's items are links only (videos), never fetched.
        """
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO feeds (url, title, category, added_at, fetch_pages) "
                "VALUES (?, ?, ?, ?, ?)",
                (url, title, category, to_iso(utc_now()), int(fetch_pages)),
            )
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('had_feed', '1')")
        return cursor.rowcount == 1

    def remove_feed(self, url: str) -> bool:
        """Unsubscribe; its articles go with it. Returns False when it was not subscribed."""
        with self._write() as conn:
            cursor = conn.execute("DELETE FROM feeds WHERE url = ?", (url,))
        return cursor.rowcount == 1

    def list_feeds(self) -> list[FeedInfo]:
        rows = self.conn.execute(
            """
            SELECT f.id, f.url, f.title, f.category,
                   (SELECT count(*) FROM articles a WHERE a.feed_id = f.id),
                   (SELECT count(*) FROM articles a WHERE a.feed_id = f.id AND a.read = 0),
                   f.last_success, f.last_error, f.retry_after, f.ignored_count, f.fetch_pages
            FROM feeds f ORDER BY lower(coalesce(f.title, f.url))
            """
        ).fetchall()
        return [
            FeedInfo(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                from_iso(r[6]),
                r[7],
                from_iso(r[8]),
                r[9],
                bool(r[10]),
            )
            for r in rows
        ]

    def feed_states(self, urls: Sequence[str] | None = None) -> list[FeedState]:
        rows = self.conn.execute(
            "SELECT id, url, etag, last_modified, retry_after FROM feeds ORDER BY id"
        ).fetchall()
        states = [FeedState(r[0], r[1], r[2], r[3], from_iso(r[4])) for r in rows]
        if urls is not None:
            wanted = set(urls)
            states = [s for s in states if s.url in wanted]
        return states

    def record_feed_failure(
        self, feed_id: int, reason: str, retry_after: datetime | None = None
    ) -> None:
        now = to_iso(utc_now())
        with self._write() as conn:
            conn.execute(
                "UPDATE feeds SET last_attempt = ?, last_error = ?, retry_after = ? WHERE id = ?",
                (now, reason, to_iso(retry_after), feed_id),
            )

    def record_not_modified(self, feed_ids: Sequence[int]) -> None:
        """Feeds that answered 304: a success, with nothing to parse (one transaction)."""
        now = to_iso(utc_now())
        with self._write() as conn:
            conn.executemany(
                "UPDATE feeds SET last_attempt = ?, last_success = ?, last_error = NULL, "
                "retry_after = NULL WHERE id = ?",
                [(now, now, feed_id) for feed_id in feed_ids],
            )

    def store_feed(
        self,
        feed_id: int,
        parsed: ParsedFeed,
        etag: str | None,
        last_modified: str | None,
        mentions: Mapping[str, DocumentMentions] | None = None,
    ) -> StoreResult:
        """Store one parsed feed in its own transaction (see :meth:`store_feeds`)."""
        [result] = self.store_feeds(
            [FeedUpdate(feed_id, parsed, etag, last_modified, mentions or {})]
        )
        return result

    def store_feeds(self, updates: Sequence[FeedUpdate]) -> list[StoreResult]:
        """Store parsed feeds in one transaction: new entries inserted, changed ones updated.

        Mentions (by entry key) are stored with new entries. Updating an entry replaces its
        text but keeps read/starred; a changed entry whose page was already fetched keeps that
        page and body, and its mentions are marked for recomputing.
        """
        now = utc_now()
        with self._write() as conn:
            return [self._store_feed(conn, update, now) for update in updates]

    def _store_feed(
        self, conn: sqlite3.Connection, update: FeedUpdate, now: datetime
    ) -> StoreResult:
        feed_id, parsed, mentions = update.feed_id, update.parsed, update.mentions
        updated = 0
        existing = dict(
            conn.execute(
                "SELECT key, content_hash FROM articles WHERE feed_id = ?", (feed_id,)
            ).fetchall()
        )
        # Entries deleted by retention stay deleted while the feed still lists them.
        dropped = {
            key
            for (key,) in conn.execute(
                "SELECT key FROM dropped_entries WHERE feed_id = ?", (feed_id,)
            )
        }
        new: list[tuple[FeedEntry, str]] = []
        for entry in parsed.entries:
            if entry.key in dropped:
                continue
            digest = entry_hash(entry)
            if entry.key not in existing:
                new.append((entry, digest))
            elif existing[entry.key] != digest:
                self._update_entry(conn, feed_id, entry, digest)
                updated += 1
            existing[entry.key] = digest
        fetch_pages = conn.execute(
            "SELECT fetch_pages FROM feeds WHERE id = ?", (feed_id,)
        ).fetchone()
        new_ids = (
            _insert_entries(conn, feed_id, new, now, mentions, bool(fetch_pages and fetch_pages[0]))
            if new
            else ()
        )
        conn.execute(
            """
            UPDATE feeds SET title = coalesce(title, ?), site_url = coalesce(?, site_url),
                etag = ?, last_modified = ?, last_attempt = ?, last_success = ?,
                last_error = ?, retry_after = NULL, ignored_count = ?
            WHERE id = ?
            """,
            (
                parsed.title,
                parsed.link,
                update.etag,
                update.last_modified,
                to_iso(now),
                to_iso(now),
                parsed.warning and f"warning: {parsed.warning}",
                update.ignored,
                feed_id,
            ),
        )
        return StoreResult(new_ids, updated)

    @staticmethod
    def _update_entry(
        conn: sqlite3.Connection, feed_id: int, entry: FeedEntry, digest: str
    ) -> None:
        conn.execute(
            """
            UPDATE articles SET title = ?, author = coalesce(?, author), updated = ?,
                summary = ?, feed_content = ?, content_hash = ?,
                body_text = CASE WHEN blocks IS NULL THEN ? ELSE body_text END,
                gazetteer_version = NULL
            WHERE feed_id = ? AND key = ?
            """,
            (
                entry.title,
                entry.author,
                to_iso(entry.updated),
                entry.summary,
                entry.content_html,
                digest,
                entry.summary,
                feed_id,
                entry.key,
            ),
        )


def _insert_entries(
    conn: sqlite3.Connection,
    feed_id: int,
    new: Sequence[tuple[FeedEntry, str]],
    now: datetime,
    mentions: Mapping[str, DocumentMentions],
    fetch_pages: bool,
) -> tuple[int, ...]:
    """Insert new entries (with their digests) and their mentions; returns their ids.

    The ids are given here, as SQLite would (max + 1 on), which lets one ``executemany``
    insert a whole feed. The write lock is held, so no other writer can take them.
    """
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0]
    ids = tuple(range(first, first + len(new)))
    soon = now + timedelta(hours=1)
    rows = []
    indexed = []  # (rowid, title, body_text): the full-text rows
    counts = []
    for article_id, (entry, digest) in zip(ids, new, strict=True):
        published = entry.published or entry.updated
        # A date in the future is a publisher's mistake; order such entries by when we saw them.
        sort_time = published if published and published <= soon else now
        found = mentions.get(entry.key)
        rows.append(
            (
                article_id,
                feed_id,
                entry.key,
                entry.url,
                entry.title,
                entry.author,
                to_iso(published),
                to_iso(entry.updated),
                to_iso(now),
                to_iso(sort_time),
                entry.summary,
                entry.content_html,
                entry.summary,
                digest,
                "pending" if entry.url and fetch_pages else "none",
                *(mention_columns(found) if found else (None, 0, None)),
            )
        )
        indexed.append((article_id, entry.title, entry.summary))
        if found:
            counts.extend(count_rows(article_id, found))
    conn.executemany(
        """
        INSERT INTO articles (id, feed_id, key, url, title, author, published, updated,
            first_seen, sort_time, summary, feed_content, body_text, content_hash,
            page_status, spans, rider_count, gazetteer_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows,
    )
    # The full-text index is written here rather than by a trigger: SQLite runs an FTS5
    # insert from a trigger row by row, six times slower than one executemany (m011).
    conn.executemany("INSERT INTO articles_fts (rowid, title, body_text) VALUES (?, ?, ?)", indexed)
    conn.executemany(INSERT_COUNT, counts)
    return ids
