"""The store's stories: each article's story id, what the grouping needs to read, and the stories
listed with their articles (``leadout-tui stories``, the headline list's story rows)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime

from leadout_tui.core.store.articles import ROW_COLUMNS, ArticleStore, article_row
from leadout_tui.core.store.columns import to_iso
from leadout_tui.core.store.rows import ArticleRow, EntityCount, StoryInfo
from leadout_tui.core.stories.articles import StoryArticle
from leadout_tui.core.stories.headline import headline_of

#: Story ids are looked up this many at a time (SQLite's parameter limit is far above).
_CHUNK = 500
#: How much of an article's summary the grouping reads as its lead (its first paragraph).
LEAD_CHARS = 400

_STORY_ARTICLE = f"""
    SELECT a.id, a.feed_id, a.title, a.sort_time, substr(a.summary, 1, {LEAD_CHARS}), a.story_id,
        (SELECT group_concat(m.entity_id, ' ') FROM mentions m WHERE m.article_id = a.id)
    FROM articles a
"""


class StoryStore(ArticleStore):
    """Stories are stored as a column of the articles: ``story_id``, the id of its first one."""

    def story_articles(
        self, *, ungrouped: bool = False, grouped_since: datetime | None = None
    ) -> list[StoryArticle]:
        """Articles as the grouping sees them, oldest first: all of them, only those not yet
        in a story (``ungrouped``), or those in a story published from ``grouped_since`` on."""
        sql, params = _STORY_ARTICLE, []
        if ungrouped:
            sql += " WHERE a.story_id IS NULL"
        elif grouped_since is not None:
            sql += " WHERE a.story_id IS NOT NULL AND a.sort_time >= ?"
            params.append(to_iso(grouped_since))
        rows = self.conn.execute(sql + " ORDER BY a.sort_time, a.id", params).fetchall()
        return [
            StoryArticle(
                article_id=article_id,
                feed_id=feed_id,
                title=title,
                published=datetime.fromisoformat(sort_time),
                entities=frozenset((entities or "").split()),
                lead=lead or "",
                story_id=story_id,
            )
            for article_id, feed_id, title, sort_time, lead, story_id, entities in rows
        ]

    def save_stories(self, stories: Mapping[int, int]) -> None:
        """Set the story of each article (``article_id -> story_id``) in one transaction."""
        with self._write() as conn:
            conn.executemany(
                "UPDATE articles SET story_id = ? WHERE id = ?",
                [(story, article) for article, story in stories.items()],
            )

    def story_rider_counts(self, story_ids: Collection[int]) -> dict[int, int]:
        """Story id -> how many riders its articles name together (the union of their riders)."""
        counts: dict[int, int] = {}
        ids = sorted(story_ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            sql = f"""
                SELECT a.story_id, count(DISTINCT m.entity_id)
                FROM articles a JOIN mentions m ON m.article_id = a.id AND m.kind = 'rider'
                WHERE a.story_id IN ({", ".join("?" * len(chunk))}) GROUP BY a.story_id
            """
            counts.update(self.conn.execute(sql, chunk).fetchall())
        return counts

    def set_stories_read(self, story_ids: Collection[int], read: bool = True) -> list[int]:
        """Mark every article of these stories read (or unread); returns the ids changed."""
        ids = sorted(story_ids)
        changed: list[int] = []
        with self._write() as conn:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                sql = (
                    "UPDATE articles SET read = ? WHERE read != ? AND story_id IN "
                    f"({', '.join('?' * len(chunk))}) RETURNING id"
                )
                changed += [row[0] for row in conn.execute(sql, [int(read), int(read), *chunk])]
        return sorted(changed)

    def story_rows(self, story_id: int) -> list[ArticleRow]:
        """A story's articles, newest first."""
        sql = (
            f"SELECT {ROW_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
            "WHERE a.story_id = ? ORDER BY a.sort_time DESC, a.id DESC"
        )
        return [article_row(r) for r in self.conn.execute(sql, (story_id,)).fetchall()]

    def stories(self, *, since: datetime | None = None) -> list[StoryInfo]:
        """Every story with an article from ``since`` on, newest first, with all its articles."""
        sql = (
            f"SELECT {ROW_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
            "WHERE a.story_id IN (SELECT story_id FROM articles WHERE story_id IS NOT NULL"
        )
        params: list[str | None] = []
        if since is not None:
            sql += " AND sort_time >= ?"
            params.append(to_iso(since))
        sql += ") ORDER BY a.sort_time DESC, a.id DESC"
        grouped: dict[int, list[ArticleRow]] = {}
        for r in self.conn.execute(sql, params).fetchall():
            row = article_row(r)
            grouped.setdefault(row.story_id or row.id, []).append(row)
        return [self.story_info(story_id, rows) for story_id, rows in grouped.items()]

    def story_info(self, story_id: int, rows: list[ArticleRow]) -> StoryInfo:
        """A story from its articles (newest first): its headline and the names it mentions."""
        ids = [row.id for row in rows]
        marks = ", ".join("?" * len(ids))
        mentions = self.conn.execute(
            f"""
            SELECT entity_id, kind, name, sum(count), min(first_offset) FROM mentions
            WHERE article_id IN ({marks}) GROUP BY entity_id
            ORDER BY kind = 'team', count(*) DESC, sum(count) DESC, name
            """,
            ids,
        ).fetchall()
        leads = dict(
            self.conn.execute(
                f"SELECT id, substr(summary, 1, {LEAD_CHARS}) FROM articles WHERE id IN ({marks})",
                ids,
            ).fetchall()
        )
        named = self._entities_of(ids)
        chosen = headline_of(
            [
                StoryArticle(
                    row.id,
                    row.feed_id,
                    row.title,
                    row.sort_time,
                    named.get(row.id, frozenset()),
                    leads.get(row.id) or "",
                    story_id,
                )
                for row in rows
            ]
        )
        headline = next(row for row in rows if row.id == chosen.article_id)
        return StoryInfo(story_id, headline, tuple(rows), tuple(EntityCount(*m) for m in mentions))

    def _entities_of(self, ids: list[int]) -> dict[int, frozenset[str]]:
        marks = ", ".join("?" * len(ids))
        found: dict[int, set[str]] = {}
        sql = f"SELECT article_id, entity_id FROM mentions WHERE article_id IN ({marks})"
        for article_id, entity_id in self.conn.execute(sql, ids):
            found.setdefault(article_id, set()).add(entity_id)
        return {article_id: frozenset(entities) for article_id, entities in found.items()}
