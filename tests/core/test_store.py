"""The SQLite store: migrations from the first schema, corrupt files, concurrent writers."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from leadout_tui.core.errors import StoreError
from leadout_tui.core.models import FeedEntry, ParsedFeed
from leadout_tui.core.store.db import Store
from leadout_tui.core.store.rows import ArticleQuery
from leadout_tui.core.store.schema import migrations
from leadout_tui.core.store.schema_version import APPLICATION_ID, SCHEMA_VERSION


def entry(key: str, title: str, summary: str = "") -> FeedEntry:
    when = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    return FeedEntry(key, title, f"https://x.example/{key}", None, when, None, summary, None)


def test_migrates_a_database_from_the_first_schema(db_path: Path) -> None:
    # A file as the first release left it: schema m001, marked as ours, with data in it.
    db = Database(db_path)
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    migrations.apply(db, stop_before="m002_pages_and_bodies")
    db.execute(
        "INSERT INTO feeds (url, title, added_at) "
        "VALUES ('https://x.example/feed', 'Old', '2026-01-01')"
    )
    db.execute(
        """INSERT INTO articles (feed_id, key, title, first_seen, sort_time, content_hash, read,
           starred, body_text) VALUES (1, 'k1', 'Roglič returns', '2026-01-01', '2026-01-01', 'h',
           1, 1, 'Primož Roglič is back')"""
    )
    db.close()

    with Store.open(db_path) as store:
        [row] = store.query_articles()
        assert (row.title, row.read, row.starred) == ("Roglič returns", True, True)
        assert [r.id for r in store.query_articles(ArticleQuery(search="roglic"))] == [row.id]
        assert not migrations.pending(Database(store.conn))
        assert {p.article_id for p in store.pending_pages()} == set()


def test_corrupt_file_is_named_and_left_untouched(db_path: Path) -> None:
    garbage = b"this is not a database" * 100
    db_path.write_bytes(garbage)
    with pytest.raises(StoreError, match="not a usable leadout-tui database") as raised:
        Store.open(db_path)
    assert str(db_path) in str(raised.value)
    assert db_path.read_bytes() == garbage


def test_another_programs_database_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another program"):
        Store.open(db_path)


def test_search_is_accent_blind_and_safe_with_operators(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_feed("https://x.example/feed")
        [state] = store.feed_states()
        parsed = ParsedFeed("X", None, (entry("a", "Pogačar attacks", 'He said "NEAR" AND OR *'),))
        store.store_feed(state.id, parsed, None, None)
        assert len(store.query_articles(ArticleQuery(search="pogacar"))) == 1
        assert len(store.query_articles(ArticleQuery(search='"NEAR" AND ( OR *'))) == 1
        assert store.query_articles(ArticleQuery(search="vingegaard")) == []


def test_two_connections_write_at_once(db_path: Path) -> None:
    first, second = Store.open(db_path), Store.open(db_path)
    try:
        first.add_feed("https://x.example/feed")
        [state] = first.feed_states()
        reader_view = second.query_articles()
        first.store_feed(state.id, ParsedFeed("X", None, (entry("a", "One"),)), None, None)
        second.store_feed(state.id, ParsedFeed("X", None, (entry("b", "Two"),)), None, None)
        assert reader_view == []
        assert {r.title for r in first.query_articles()} == {"One", "Two"}
    finally:
        first.close()
        second.close()


def test_schema_version_counts_the_migrations(db_path: Path) -> None:
    assert len(migrations.pending(Database(memory=True))) == SCHEMA_VERSION
    with Store.open(db_path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_newer_schema_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer leadout-tui"):
        Store.open(db_path)


def test_search_follows_text_changes_and_only_them(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_feed("https://x.example/feed")
        [state] = store.feed_states()
        store.store_feed(
            state.id, ParsedFeed("X", None, (entry("a", "Stage 9", "Vingegaard"),)), None, None
        )
        [row] = store.query_articles()
        fts_rows = "SELECT count(*) FROM articles_fts_docsize"
        before = store.conn.execute("SELECT max(id) FROM articles_fts_data").fetchone()[0]
        store.set_read(row.id)
        store.set_starred(row.id)
        # Read and starred leave the full-text index alone: no new index data was written.
        assert store.conn.execute("SELECT max(id) FROM articles_fts_data").fetchone()[0] == before
        changed = ParsedFeed("X", None, (entry("a", "Stage 9", "Pogačar"),))
        assert store.store_feed(state.id, changed, None, None).updated == 1
        assert [r.id for r in store.query_articles(ArticleQuery(search="pogacar"))] == [row.id]
        assert store.query_articles(ArticleQuery(search="vingegaard")) == []
        assert store.conn.execute(fts_rows).fetchone()[0] == 1
        # The store writes new articles' index rows itself (no trigger): the index and the
        # table agree (FTS5 raises "database disk image is malformed" when they do not).
        store.conn.execute(
            "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"
        )
