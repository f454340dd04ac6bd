"""The store's articles: pages to fetch, bodies extracted, the headline queries, read and star."""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from leadout_tui.core.models import Span, utc_now
from leadout_tui.core.store.columns import (
    blocks_from_json,
    blocks_to_json,
    from_iso,
    fts_query,
    to_iso,
)
from leadout_tui.core.store.mentions import MentionStore, replace_mentions
from leadout_tui.core.store.rows import ArticleDetail, ArticlePage, ArticleQuery, ArticleRow
from leadout_tui.core.store.writes import BodyUpdate

#: Give up on an article page after this many failed fetches.
MAX_PAGE_ATTEMPTS = 3

ROW_COLUMNS = """
    a.id, a.feed_id, coalesce(f.title, f.url) AS feed_title, a.title, a.url, a.published,
    a.sort_time, a.read, a.starred, a.rider_count, a.story_id
"""


class ArticleStore(MentionStore):
    """Article pages and bodies, and what the reader lists and opens."""

    # -- pages and bodies ------------------------------------------------------------------------

    def pending_pages(self, feed_ids: Sequence[int] | None = None) -> list[ArticlePage]:
        """Articles (of these feeds) whose page is not fetched yet or failed fewer than 3 times."""
        sql = (
            "SELECT a.id, a.url, a.title, a.summary, a.feed_content, f.url, a.published "
            "FROM articles a JOIN feeds f ON f.id = a.feed_id "
            "WHERE a.page_status IN ('pending', 'retry') AND a.url IS NOT NULL "
            "AND f.fetch_pages = 1"
        )
        params: list[int] = []
        if feed_ids is not None:
            sql += f" AND a.feed_id IN ({', '.join('?' * len(feed_ids))})"
            params = list(feed_ids)
        rows = self.conn.execute(sql + " ORDER BY a.sort_time DESC", params).fetchall()
        return [
            ArticlePage(
                article_id, url, title, summary, content, feed_url=feed_url, published=published
            )
            for article_id, url, title, summary, content, feed_url, published in rows
        ]

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
            SELECT p.article_id, p.url, p.html_gz, p.encoding, a.title, a.summary, a.feed_content,
                a.published
            FROM pages p JOIN articles a ON a.id = p.article_id WHERE p.article_id = ?
            """,
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        article_id, url, html_gz, encoding, title, summary, feed_content, published = row
        return ArticlePage(
            article_id, url, title, summary, feed_content, gzip.decompress(html_gz), encoding,
            published=published,
        )  # fmt: skip

    # -- reading -------------------------------------------------------------------------------

    def query_articles(self, query: ArticleQuery | None = None) -> list[ArticleRow]:
        """Headlines newest first, narrowed by every filter set in ``query``."""
        sql, params = _matching(query or ArticleQuery(), ROW_COLUMNS)
        sql += " ORDER BY a.sort_time DESC, a.id DESC"
        if query and query.limit:
            sql += " LIMIT ?"
            params.append(query.limit)
        return [article_row(r) for r in self.conn.execute(sql, params).fetchall()]

    def count_articles(self, query: ArticleQuery) -> int:
        """How many articles ``query`` lists (its limit aside)."""
        sql, params = _matching(replace(query, limit=None), "count(*)")
        count: int = self.conn.execute(sql, params).fetchone()[0]
        return count

    def mark_read(self, query: ArticleQuery) -> list[int]:
        """Mark every unread article ``query`` lists read; returns their ids (to undo with)."""
        sql, params = _matching(replace(query, unread=True, limit=None), "a.id")
        with self._write() as conn:
            ids = [row[0] for row in conn.execute(sql, params).fetchall()]
            conn.executemany("UPDATE articles SET read = 1 WHERE id = ?", [(i,) for i in ids])
        return ids

    def set_read_many(self, article_ids: Sequence[int], read: bool) -> None:
        """Set the read flag of several articles in one transaction (undoing a batch)."""
        with self._write() as conn:
            conn.executemany(
                "UPDATE articles SET read = ? WHERE id = ?", [(int(read), i) for i in article_ids]
            )

    def set_scroll(self, article_id: int, scroll: int) -> None:
        """Remember how far the article was read (restored when it is opened again)."""
        with self._write() as conn:
            conn.execute("UPDATE articles SET scroll = ? WHERE id = ?", (scroll, article_id))

    def get_article(self, article_id: int) -> ArticleDetail | None:
        row = self.conn.execute(
            """
            SELECT a.id, coalesce(f.title, f.url), a.title, a.url, a.author, a.published,
                   a.summary, a.blocks, a.extraction_source, a.page_error, a.read, a.starred,
                   a.spans, a.scroll, a.sort_time, a.story_id
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
            scroll=row[13],
            sort_time=from_iso(row[14]),
            story_id=row[15],
        )

    def set_read(self, article_id: int, read: bool = True) -> None:
        with self._write() as conn:
            conn.execute("UPDATE articles SET read = ? WHERE id = ?", (int(read), article_id))

    def set_starred(self, article_id: int, starred: bool = True) -> None:
        with self._write() as conn:
            conn.execute("UPDATE articles SET starred = ? WHERE id = ?", (int(starred), article_id))

    def article_count(self) -> int:
        count: int = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return count


def _matching(query: ArticleQuery, columns: str) -> tuple[str, list[object]]:
    """``SELECT columns`` of the articles ``query`` lists (no order, no limit), with parameters."""
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
    if query.category:
        where.append("f.category = ?")
        params.append(query.category)
    if query.unread:
        where.append("a.read = 0")
    if query.starred:
        where.append("a.starred = 1")
    if query.since:
        where.append("a.sort_time >= ?")
        params.append(to_iso(query.since))
    if query.before:
        where.append("a.sort_time < ?")
        params.append(to_iso(query.before))
    sql = f"SELECT {columns} FROM articles a JOIN feeds f ON f.id = a.feed_id " + " ".join(joins)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql, params


def article_row(r: tuple[Any, ...]) -> ArticleRow:
    # Positional, in the field order of ArticleRow (ROW_COLUMNS is in that order too): the
    # reader builds one per cached article, and keywords took half as long again (50,000
    # rows: 93 -> 58 ms of a worker thread that shares the interpreter lock with the UI).
    return ArticleRow(
        r[0], r[1], r[2], r[3], r[4], from_iso(r[5]), datetime.fromisoformat(r[6]),
        bool(r[7]), bool(r[8]), r[9], r[10],
    )  # fmt: skip


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
    replace_mentions(conn, update.article_id, update.mentions)
