"""The database schema as forward migrations (sqlite-utils ``Migrations``).

Each migration runs once, in a transaction, in order. Never edit one that has shipped: add the
next, and raise ``SCHEMA_VERSION`` in ``schema_version.py`` to the new count. ``m001`` is the
first schema; the tests build a database at that version and migrate it.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("leadout_tui")


@migrations()
def m001_feeds_and_articles(db: Database) -> None:
    """Feeds, their articles, and full-text search over title and text."""
    db.execute(
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            site_url TEXT,
            category TEXT,
            added_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_attempt TEXT,
            last_success TEXT,
            last_error TEXT,
            retry_after TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            url TEXT,
            title TEXT NOT NULL,
            author TEXT,
            published TEXT,
            updated TEXT,
            first_seen TEXT NOT NULL,
            sort_time TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            feed_content TEXT,
            body_text TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            read INTEGER NOT NULL DEFAULT 0,
            starred INTEGER NOT NULL DEFAULT 0,
            UNIQUE (feed_id, key)
        )
        """
    )
    db.execute("CREATE INDEX articles_sort ON articles (sort_time DESC)")
    db.execute("CREATE INDEX articles_feed_sort ON articles (feed_id, sort_time DESC)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.table("articles").enable_fts(
        ["title", "body_text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )


@migrations()
def m002_pages_and_bodies(db: Database) -> None:
    """Article pages (compressed HTML, fetched once) and extracted bodies as blocks."""
    db.execute(
        """
        CREATE TABLE pages (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            encoding TEXT,
            html_gz BLOB
        )
        """
    )
    articles = db.table("articles")
    articles.add_column("page_status", str, not_null_default="pending")
    articles.add_column("page_attempts", int, not_null_default=0)
    articles.add_column("page_error", str)
    articles.add_column("blocks", str)
    articles.add_column("extraction_source", str)
    articles.add_column("extracted_at", str)
    articles.add_column("extractor_version", int)
    db.execute("CREATE INDEX articles_page_status ON articles (page_status)")


@migrations()
def m003_mentions(db: Database) -> None:
    """Rider and team mentions per article: counts for filtering, spans for highlighting."""
    db.execute(
        """
        CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            count INTEGER NOT NULL,
            first_offset INTEGER NOT NULL,
            PRIMARY KEY (article_id, entity_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX mentions_entity ON mentions (entity_id, article_id)")
    articles = db.table("articles")
    articles.add_column("spans", str)
    articles.add_column("rider_count", int, not_null_default=0)
    articles.add_column("gazetteer_version", str)


@migrations()
def m004_stale_mentions_index(db: Database) -> None:
    """Find articles whose mentions are stale without reading every (large) row."""
    db.execute("CREATE INDEX articles_gazetteer_version ON articles (gazetteer_version)")


@migrations()
def m005_headline_index(db: Database) -> None:
    """The headline list read from an index alone.

    A row's later columns sit behind its body text (overflow pages), so listing 50,000
    headlines from the table read most of the file; this index holds every listed column in
    list order.
    """
    db.execute(
        "CREATE INDEX articles_headlines ON articles (sort_time DESC, id DESC, feed_id, title, "
        "url, published, read, starred, rider_count)"
    )


@migrations()
def m006_mention_tallies_index(db: Database) -> None:
    """Per-entity tallies (the pickers' counts, ``riders --top``) from an index alone.

    Without it, opening a picker on 50,000 cached articles grouped 200,000 mention rows from
    the table: 0.7 s with the reader frozen. Covered and in entity order it takes 20 ms.
    """
    db.execute("CREATE INDEX mentions_by_kind ON mentions (kind, entity_id, name, count)")


@migrations()
def m007_fts_follows_text_only(db: Database) -> None:
    """Re-index an article's full text only when its title or text changes.

    sqlite-utils' update trigger rewrote the FTS row on every update: marking an article read,
    starring it or storing its mentions deleted and re-inserted its whole text.
    """
    db.execute("DROP TRIGGER IF EXISTS articles_au")
    db.execute(
        """
        CREATE TRIGGER articles_au AFTER UPDATE OF title, body_text ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, body_text)
            VALUES ('delete', old.rowid, old.title, old.body_text);
          INSERT INTO articles_fts (rowid, title, body_text)
            VALUES (new.rowid, new.title, new.body_text);
        END
        """
    )


@migrations()
def m008_daily_reader(db: Database) -> None:
    """What the daily reader keeps: reading positions, per-feed skips and page policy, and the
    entries deleted by retention (so a feed still listing them does not bring them back)."""
    db.table("articles").add_column("scroll", int, not_null_default=0)
    feeds = db.table("feeds")
    feeds.add_column("ignored_count", int, not_null_default=0)
    feeds.add_column("fetch_pages", int, not_null_default=1)
    db.execute(
        """
        CREATE TABLE dropped_entries (
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            dropped_at TEXT NOT NULL,
            PRIMARY KEY (feed_id, key)
        ) WITHOUT ROWID
        """
    )


@migrations()
def m009_follows(db: Database) -> None:
    """The riders, teams and races the user follows (alerts, the Following view)."""
    db.execute(
        """
        CREATE TABLE follows (
            entity_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            added_at TEXT NOT NULL
        )
        """
    )


@migrations()
def m010_stories(db: Database) -> None:
    """Each article's story (issue 14): the id of the story's first article, NULL until grouped.

    The headline index gains the column, so the list still reads from the index alone.
    """
    db.table("articles").add_column("story_id", int)
    db.execute("CREATE INDEX articles_story ON articles (story_id, sort_time)")
    db.execute("DROP INDEX articles_headlines")
    db.execute(
        "CREATE INDEX articles_headlines ON articles (sort_time DESC, id DESC, feed_id, title, "
        "url, published, read, starred, rider_count, story_id)"
    )


@migrations()
def m011_fts_rows_inserted_by_the_store(db: Database) -> None:
    """New articles' full-text rows are inserted by the store, in the same transaction.

    SQLite ran the insert trigger's FTS5 insert row by row: for the 5,000 entries of a cold
    refresh of the reference farm, 0.19 s of the writer's 0.39 s, against 0.03 s for one
    ``executemany``. ``FeedStore._insert_entries`` (the only insert into ``articles``) writes
    them now; the update and delete triggers stay.
    """
    db.execute("DROP TRIGGER IF EXISTS articles_ai")
