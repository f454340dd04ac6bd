"""The one place that speaks SQL: a SQLite file through sqlite-utils.

WAL mode and a busy timeout let a TUI and a cron'd ``refresh`` share the file; every write is one
short ``BEGIN IMMEDIATE`` transaction, so a process killed at any point leaves a consistent
database holding everything committed before. Open one ``Store`` per thread.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from leadout_tui.core.errors import StoreError
from leadout_tui.core.models import Document, FeedEntry, ParsedFeed, Span, utc_now
from leadout_tui.core.store.columns import (
    blocks_from_json,
    blocks_to_json,
    entry_hash,
    from_iso,
    fts_query,
    to_iso,
)
from leadout_tui.core.store.rows import (
    ArticleDetail,
    ArticlePage,
    ArticleQuery,
    ArticleRow,
    EntityCount,
    EntityTally,
    FeedInfo,
    FeedState,
    stored_document,
)
from leadout_tui.core.store.schema_version import APPLICATION_ID, SCHEMA_VERSION
from leadout_tui.core.store.writes import BodyUpdate, DocumentMentions, FeedUpdate, StoreResult

BUSY_TIMEOUT_SECONDS = 30.0
#: Give up on an article page after this many failed fetches.
MAX_PAGE_ATTEMPTS = 3

_ROW_COLUMNS = """
    a.id, a.feed_id, coalesce(f.title, f.url) AS feed_title, a.title, a.url, a.published,
    a.sort_time, a.read, a.starred, a.rider_count
"""


class Store:
    """A leadout-tui database. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (creating if needed) and migrate the database; refuse files that are not ours."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        try:
            store = cls(conn, path)
            store._check_and_migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(
                f"{path} is not a usable leadout-tui database ({exc}); it was left untouched. "
                "Move it aside or pass another --db."
            ) from exc
        except StoreError:
            conn.close()
            raise
        return store

    def _check_and_migrate(self) -> None:
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
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
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

    def __enter__(self) -> Store:
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

    # -- feeds ---------------------------------------------------------------------------------

    def ever_had_feed(self) -> bool:
        """True once any feed was subscribed (defaults are offered only to a new database)."""
        return self.get_meta("had_feed") == "1"

    def add_feed(self, url: str, title: str | None = None, category: str | None = None) -> bool:
        """Subscribe to ``url``; returns False when it was already subscribed."""
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO feeds (url, title, category, added_at) VALUES (?, ?, ?, ?)",
                (url, title, category, to_iso(utc_now())),
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
                   f.last_success, f.last_error, f.retry_after
            FROM feeds f ORDER BY lower(coalesce(f.title, f.url))
            """
        ).fetchall()
        return [
            FeedInfo(r[0], r[1], r[2], r[3], r[4], r[5], from_iso(r[6]), r[7], from_iso(r[8]))
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
        new: list[tuple[FeedEntry, str]] = []
        for entry in parsed.entries:
            digest = entry_hash(entry)
            if entry.key not in existing:
                new.append((entry, digest))
            elif existing[entry.key] != digest:
                self._update_entry(conn, feed_id, entry, digest)
                updated += 1
            existing[entry.key] = digest
        new_ids = _insert_entries(conn, feed_id, new, now, mentions) if new else ()
        conn.execute(
            """
            UPDATE feeds SET title = coalesce(title, ?), site_url = coalesce(?, site_url),
                etag = ?, last_modified = ?, last_attempt = ?, last_success = ?,
                last_error = ?, retry_after = NULL
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

    def mark_refreshed(self) -> None:
        self.set_meta("last_refresh", to_iso(utc_now()) or "")

    # -- pages and bodies ------------------------------------------------------------------------

    def pending_pages(self, feed_ids: Sequence[int] | None = None) -> list[ArticlePage]:
        """Articles (of these feeds) whose page is not fetched yet or failed fewer than 3 times."""
        sql = (
            "SELECT id, url, title, summary, feed_content FROM articles "
            "WHERE page_status IN ('pending', 'retry') AND url IS NOT NULL"
        )
        params: list[int] = []
        if feed_ids is not None:
            sql += f" AND feed_id IN ({', '.join('?' * len(feed_ids))})"
            params = list(feed_ids)
        rows = self.conn.execute(sql + " ORDER BY sort_time DESC", params).fetchall()
        return [ArticlePage(*row) for row in rows]

    def record_page_failure(self, article_id: int, reason: str) -> None:
        with self._write() as conn:
            conn.execute(
                """
                UPDATE articles SET page_attempts = page_attempts + 1, page_error = ?,
                    page_status = CASE WHEN page_attempts + 1 >= ? THEN 'failed' ELSE 'retry' END
                WHERE id = ?
                """,
                (reason, MAX_PAGE_ATTEMPTS, article_id),
            )

    def save_bodies(self, updates: Sequence[BodyUpdate]) -> None:
        """Store extraction results (and the gzipped pages, for re-extraction), one transaction.

        A refresh stores pages in small batches: SQLite's cost is mostly per transaction
        (and FTS5 adds a segment per transaction), so this is several times cheaper.
        """
        now = to_iso(utc_now())
        with self._write() as conn:
            for update in updates:
                _save_body(conn, update, now)

    def cached_page_ids(self, *, only_older_than: int | None = None) -> list[int]:
        """Articles with a cached page (all, or those extracted by an older extractor)."""
        sql = "SELECT p.article_id FROM pages p JOIN articles a ON a.id = p.article_id"
        params: tuple[int, ...] = ()
        if only_older_than is not None:
            sql += " WHERE coalesce(a.extractor_version, 0) < ?"
            params = (only_older_than,)
        return [row[0] for row in self.conn.execute(sql + " ORDER BY p.article_id", params)]

    def cached_page(self, article_id: int) -> ArticlePage | None:
        """One fetched page, decompressed, with what extraction needs from its article."""
        row = self.conn.execute(
            """
            SELECT p.article_id, p.url, p.html_gz, p.encoding, a.title, a.summary, a.feed_content
            FROM pages p JOIN articles a ON a.id = p.article_id WHERE p.article_id = ?
            """,
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        article_id, url, html_gz, encoding, title, summary, feed_content = row
        return ArticlePage(
            article_id, url, title, summary, feed_content, gzip.decompress(html_gz), encoding
        )

    # -- mentions ------------------------------------------------------------------------------

    def documents(self, *, stale_for: str | None = None) -> Iterator[tuple[int, Document]]:
        """(id, document) of articles, optionally those indexed by another gazetteer version."""
        sql = "SELECT id, title, blocks, summary, extraction_source FROM articles"
        params: tuple[str, ...] = ()
        if stale_for is not None:
            # Two ranges and NULL rather than IS NOT, so the version index can answer it.
            sql += (
                " WHERE gazetteer_version IS NULL OR gazetteer_version < ? OR gazetteer_version > ?"
            )
            params = (stale_for, stale_for)
        cursor = self.conn.execute(sql + " ORDER BY id", params)
        for article_id, title, blocks, summary, source in cursor.fetchall():
            yield article_id, stored_document(title, blocks_from_json(blocks), summary, source)

    def save_mentions(self, found: Sequence[tuple[int, DocumentMentions]]) -> None:
        """Replace the mentions of several articles in one transaction."""
        with self._write() as conn:
            for article_id, mentions in found:
                _replace_mentions(conn, article_id, mentions)

    def top_entities(self, kind: str = "rider", limit: int = 20) -> list[EntityTally]:
        """The most-mentioned entities across the cache (by number of articles, then mentions)."""
        rows = self.conn.execute(
            """
            SELECT entity_id, kind, name, count(*) AS articles, sum(count) AS mentions
            FROM mentions WHERE kind = ?
            GROUP BY entity_id ORDER BY articles DESC, mentions DESC, name LIMIT ?
            """,
            (kind, limit),
        ).fetchall()
        return [EntityTally(*row) for row in rows]

    # -- reading -------------------------------------------------------------------------------

    def query_articles(self, query: ArticleQuery | None = None) -> list[ArticleRow]:
        """Headlines newest first, narrowed by every filter set in ``query``."""
        query = query or ArticleQuery()
        joins: list[str] = []
        where: list[str] = []
        params: list[object] = []
        if query.entity_id:
            joins.append("JOIN mentions m ON m.article_id = a.id AND m.entity_id = ?")
            params.append(query.entity_id)
        if query.search:
            joins.append("JOIN articles_fts ON articles_fts.rowid = a.id")
            where.append("articles_fts MATCH ?")
            params.append(fts_query(query.search))
        if query.feed_url:
            where.append("f.url = ?")
            params.append(query.feed_url)
        if query.unread:
            where.append("a.read = 0")
        if query.starred:
            where.append("a.starred = 1")
        sql = f"SELECT {_ROW_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
        sql += " ".join(joins)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.sort_time DESC, a.id DESC"
        if query.limit:
            sql += " LIMIT ?"
            params.append(query.limit)
        return [_article_row(r) for r in self.conn.execute(sql, params).fetchall()]

    def get_article(self, article_id: int) -> ArticleDetail | None:
        row = self.conn.execute(
            """
            SELECT a.id, coalesce(f.title, f.url), a.title, a.url, a.author, a.published,
                   a.summary, a.blocks, a.extraction_source, a.page_error, a.read, a.starred,
                   a.spans
            FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?
            """,
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        spans = tuple(Span(*s) for s in json.loads(row[12])) if row[12] else ()
        return ArticleDetail(
            id=row[0],
            feed_title=row[1],
            title=row[2],
            url=row[3],
            author=row[4],
            published=from_iso(row[5]),
            summary=row[6],
            blocks=blocks_from_json(row[7]),
            extraction_source=row[8],
            page_error=row[9],
            read=bool(row[10]),
            starred=bool(row[11]),
            spans=spans,
            mentions=tuple(self.article_mentions(article_id)),
        )

    def article_mentions(self, article_id: int) -> list[EntityCount]:
        """Riders then teams in one article, most mentioned first."""
        rows = self.conn.execute(
            "SELECT entity_id, kind, name, count, first_offset FROM mentions "
            "WHERE article_id = ? ORDER BY kind = 'team', count DESC, first_offset",
            (article_id,),
        ).fetchall()
        return [EntityCount(*r) for r in rows]

    def set_read(self, article_id: int, read: bool = True) -> None:
        with self._write() as conn:
            conn.execute("UPDATE articles SET read = ? WHERE id = ?", (int(read), article_id))

    def set_starred(self, article_id: int, starred: bool = True) -> None:
        with self._write() as conn:
            conn.execute("UPDATE articles SET starred = ? WHERE id = ?", (int(starred), article_id))

    def article_count(self) -> int:
        count: int = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return count


def _article_row(r: tuple[Any, ...]) -> ArticleRow:
    return ArticleRow(
        id=r[0],
        feed_id=r[1],
        feed_title=r[2],
        title=r[3],
        url=r[4],
        published=from_iso(r[5]),
        sort_time=datetime.fromisoformat(r[6]),
        read=bool(r[7]),
        starred=bool(r[8]),
        rider_count=r[9],
    )


def _replace_mentions(conn: sqlite3.Connection, article_id: int, found: DocumentMentions) -> None:
    """An article's mentions: counts for filtering (a table), spans for highlighting (JSON)."""
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    conn.executemany(_INSERT_COUNT, _count_rows(article_id, found))
    conn.execute(
        "UPDATE articles SET spans = ?, rider_count = ?, gazetteer_version = ? WHERE id = ?",
        (*_mention_columns(found), article_id),
    )


_INSERT_COUNT = (
    "INSERT INTO mentions (article_id, entity_id, kind, name, count, first_offset) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def _insert_entries(
    conn: sqlite3.Connection,
    feed_id: int,
    new: Sequence[tuple[FeedEntry, str]],
    now: datetime,
    mentions: Mapping[str, DocumentMentions],
) -> tuple[int, ...]:
    """Insert new entries (with their digests) and their mentions; returns their ids.

    The ids are given here, as SQLite would (max + 1 on), which lets one ``executemany``
    insert a whole feed. The write lock is held, so no other writer can take them.
    """
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0]
    ids = tuple(range(first, first + len(new)))
    soon = now + timedelta(hours=1)
    rows = []
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
                "pending" if entry.url else "none",
                *(_mention_columns(found) if found else (None, 0, None)),
            )
        )
        if found:
            counts.extend(_count_rows(article_id, found))
    conn.executemany(
        """
        INSERT INTO articles (id, feed_id, key, url, title, author, published, updated,
            first_seen, sort_time, summary, feed_content, body_text, content_hash,
            page_status, spans, rider_count, gazetteer_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows,
    )
    conn.executemany(_INSERT_COUNT, counts)
    return ids


def _count_rows(article_id: int, found: DocumentMentions) -> list[tuple[object, ...]]:
    return [
        (article_id, c.entity_id, c.kind, c.name, c.count, c.first_offset) for c in found.counts
    ]


def _mention_columns(found: DocumentMentions) -> tuple[str, int, str]:
    """The article columns that hold mentions: spans (JSON), riders named, gazetteer version."""
    return (
        json.dumps([[s.start, s.end, s.entity_id, s.kind] for s in found.spans]),
        sum(1 for c in found.counts if c.kind == "rider"),
        found.gazetteer_version,
    )


def _save_body(conn: sqlite3.Connection, update: BodyUpdate, now: str | None) -> None:
    """``page_status``: ``fetched``, ``failed`` (with ``page_error``: not HTML, say; never
    fetched again) or None to leave the page's state alone (a body from the feed's own
    content while the page is still to be retried)."""
    if update.html_gz is not None and update.page_url is not None:
        conn.execute(
            "INSERT OR REPLACE INTO pages (article_id, url, fetched_at, encoding, html_gz) "
            "VALUES (?, ?, ?, ?, ?)",
            (update.article_id, update.page_url, now, update.encoding, update.html_gz),
        )
    blocks = update.article.blocks
    conn.execute(
        """
        UPDATE articles SET page_status = coalesce(?, page_status),
            page_error = coalesce(?, page_error), blocks = ?, body_text = ?,
            extraction_source = ?, extracted_at = ?, extractor_version = ?,
            author = coalesce(author, ?), published = coalesce(published, ?)
        WHERE id = ?
        """,
        (
            update.page_status,
            update.page_error,
            blocks_to_json(blocks),
            "\n\n".join(b.text for b in blocks),
            update.article.source,
            now,
            update.extractor_version,
            update.article.author,
            to_iso(update.article.published),
            update.article_id,
        ),
    )
    _replace_mentions(conn, update.article_id, update.mentions)
