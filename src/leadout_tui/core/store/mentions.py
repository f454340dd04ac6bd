"""The store's mentions: counts per article (a table, for filters and tallies) and spans (JSON on
the article, for highlighting)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence

from leadout_tui.core.models import Document
from leadout_tui.core.store.columns import blocks_from_json
from leadout_tui.core.store.connection import StoreConnection
from leadout_tui.core.store.rows import EntityCount, EntityTally, stored_document
from leadout_tui.core.store.writes import DocumentMentions


class MentionStore(StoreConnection):
    """Which riders and teams the cached articles mention."""

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
                replace_mentions(conn, article_id, mentions)

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

    def article_mentions(self, article_id: int) -> list[EntityCount]:
        """Riders then teams in one article, most mentioned first."""
        rows = self.conn.execute(
            "SELECT entity_id, kind, name, count, first_offset FROM mentions "
            "WHERE article_id = ? ORDER BY kind = 'team', count DESC, first_offset",
            (article_id,),
        ).fetchall()
        return [EntityCount(*r) for r in rows]


def replace_mentions(conn: sqlite3.Connection, article_id: int, found: DocumentMentions) -> None:
    """An article's mentions: counts for filtering (a table), spans for highlighting (JSON)."""
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    conn.executemany(INSERT_COUNT, count_rows(article_id, found))
    conn.execute(
        "UPDATE articles SET spans = ?, rider_count = ?, gazetteer_version = ? WHERE id = ?",
        (*mention_columns(found), article_id),
    )


INSERT_COUNT = (
    "INSERT INTO mentions (article_id, entity_id, kind, name, count, first_offset) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def count_rows(article_id: int, found: DocumentMentions) -> list[tuple[object, ...]]:
    return [
        (article_id, c.entity_id, c.kind, c.name, c.count, c.first_offset) for c in found.counts
    ]


def mention_columns(found: DocumentMentions) -> tuple[str, int, str]:
    """The article columns that hold mentions: spans (JSON), riders named, gazetteer version."""
    return (
        json.dumps([[s.start, s.end, s.entity_id, s.kind] for s in found.spans]),
        sum(1 for c in found.counts if c.kind == "rider"),
        found.gazetteer_version,
    )
