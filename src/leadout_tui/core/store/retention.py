"""The store's retention: old read articles go (with their pages, blocks and mentions); starred
ones and unread ones stay. A deleted entry is remembered by its feed key, so a feed that still
lists it does not bring it back as new."""

from __future__ import annotations

from datetime import datetime, timedelta

from leadout_tui.core.models import utc_now
from leadout_tui.core.store.articles import ArticleStore
from leadout_tui.core.store.columns import to_iso
from leadout_tui.core.store.rows import CleanupCounts

#: VACUUM after a cleanup that leaves more than this share of the file free.
VACUUM_WHEN_FREE = 0.25
#: Keys of deleted entries are kept this long (feeds list a few weeks of entries at most).
DROPPED_KEYS_DAYS = 365

_OLD_READ = "a.read = 1 AND a.starred = 0 AND a.sort_time < ?"


class RetentionStore(ArticleStore):
    """Deleting what the user no longer needs, and giving the space back."""

    def cleanup(self, older_than: datetime, *, dry_run: bool = False) -> CleanupCounts:
        """Delete read, unstarred articles from before ``older_than``; VACUUM if it pays."""
        cutoff = to_iso(older_than)
        conn = self.conn
        articles, pages = conn.execute(
            "SELECT count(*), count(p.article_id) FROM articles a "
            f"LEFT JOIN pages p ON p.article_id = a.id WHERE {_OLD_READ}",
            (cutoff,),
        ).fetchone()
        if dry_run or not articles:
            return CleanupCounts(articles, pages)
        size_before = self._file_size()
        now = utc_now()
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO dropped_entries (feed_id, key, dropped_at) "
                f"SELECT a.feed_id, a.key, ? FROM articles a WHERE {_OLD_READ}",
                (to_iso(now), cutoff),
            )
            # Pages and mentions go with their article (ON DELETE CASCADE), FTS by trigger.
            conn.execute(
                f"DELETE FROM articles WHERE id IN (SELECT a.id FROM articles a WHERE {_OLD_READ})",
                (cutoff,),
            )
            conn.execute(
                "DELETE FROM dropped_entries WHERE dropped_at < ?",
                (to_iso(now - timedelta(days=DROPPED_KEYS_DAYS)),),
            )
        free, total = (
            conn.execute("PRAGMA freelist_count").fetchone()[0],
            conn.execute("PRAGMA page_count").fetchone()[0],
        )
        if total and free / total > VACUUM_WHEN_FREE:
            conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return CleanupCounts(articles, pages, max(0, size_before - self._file_size()))

    def _file_size(self) -> int:
        wal = self.path.with_name(self.path.name + "-wal")
        return sum(p.stat().st_size for p in (self.path, wal) if p.exists())
