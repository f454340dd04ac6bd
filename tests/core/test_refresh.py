"""The refresh pipeline against a real loopback HTTP server and a real SQLite file."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from leadout_tui.core.refresh.pipeline import RefreshOptions, refresh_database
from leadout_tui.core.store.db import Store
from leadout_tui.core.store.rows import ArticleQuery
from tests.feedgen import RACE_REPORT, Item, page, rss
from tests.loopback import LoopbackServer, Reply, Request

FAST = RefreshOptions(timeout=10.0)  # no test here waits for a timeout


def subscribe(db_path: Path, *urls: str) -> None:
    with Store.open(db_path) as store:
        for url in urls:
            store.add_feed(url)


def articles(db_path: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM articles ORDER BY id").fetchall()
    finally:
        conn.close()


def test_refresh_stores_entries_pages_and_mentions(server: LoopbackServer, db_path: Path) -> None:
    link = server.route(
        "/a/1.html", Reply(page("Pogačar wins", RACE_REPORT).encode(), content_type="text/html")
    )
    feed = server.route(
        "/feed.xml",
        Reply(rss("Race News", [Item("g1", "Pogačar wins at altitude", link)]).encode()),
    )
    subscribe(db_path, feed)

    summary = refresh_database(db_path, options=FAST)

    assert (summary.feeds_ok, summary.new_articles, summary.pages_fetched) == (1, 1, 1)
    with Store.open(db_path) as store:
        [row] = store.query_articles()
        detail = store.get_article(row.id)
        assert detail is not None
        assert detail.title == "Pogačar wins at altitude"
        assert detail.feed_title == "Race News"
        assert [b.text for b in detail.blocks] == RACE_REPORT
        assert detail.extraction_source not in ("summary", "none")
        names = {m.name for m in detail.mentions}
        assert {"Tadej Pogačar", "Jonas Vingegaard", "Remco Evenepoel"} <= names
        assert row.rider_count == 3


def test_article_page_is_fetched_once(server: LoopbackServer, db_path: Path) -> None:
    link = server.route(
        "/a/1.html", Reply(page("Stage", RACE_REPORT).encode(), content_type="text/html")
    )
    feed = server.route("/feed.xml", Reply(rss("F", [Item("g1", "Stage", link)]).encode()))
    subscribe(db_path, feed)
    refresh_database(db_path, options=FAST)
    refresh_database(db_path, options=FAST)
    assert len(server.requests_for("/a/1.html")) == 1
    assert len(server.requests_for("/feed.xml")) == 2


def test_conditional_get_sends_validators_and_parses_nothing(
    server: LoopbackServer, db_path: Path
) -> None:
    body = rss("F", [Item("g1", "One", None)]).encode()
    feed = server.route(
        "/feed.xml", Reply(body, etag='"v1"', last_modified="Mon, 23 Nov 2026 10:00:00 GMT")
    )
    subscribe(db_path, feed)
    first = refresh_database(db_path, options=FAST)
    before = [dict(r) for r in articles(db_path)]

    second = refresh_database(db_path, options=FAST)

    last = server.requests_for("/feed.xml")[-1]
    assert last.headers["if-none-match"] == '"v1"'
    assert last.headers["if-modified-since"] == "Mon, 23 Nov 2026 10:00:00 GMT"
    assert (first.feeds_ok, second.feeds_ok, second.feeds_not_modified) == (1, 0, 1)
    assert second.new_articles == second.updated_articles == 0
    assert [dict(r) for r in articles(db_path)] == before
    with Store.open(db_path) as store:
        [info] = store.list_feeds()
        assert info.last_error is None and info.last_success is not None


def test_not_modified_answers_keep_the_connection_for_the_next_feed(
    server: LoopbackServer, db_path: Path
) -> None:
    urls = [
        server.route(f"/f{n}.xml", Reply(rss(f"F{n}", []).encode(), etag=f'"e{n}"'))
        for n in range(6)
    ]
    subscribe(db_path, *urls)
    one_at_a_time = RefreshOptions(timeout=10.0, concurrency=1)
    refresh_database(db_path, options=one_at_a_time)
    warm_from = len(server.requests)

    summary = refresh_database(db_path, options=one_at_a_time)

    assert summary.feeds_not_modified == 6
    warm = server.requests[warm_from:]
    assert len(warm) == 6
    # Polite to the server: six 304s over one kept-alive connection, not six connections.
    assert len({request.client_port for request in warm}) == 1


def test_dedupe_by_guid_then_link_and_update_keeps_state(
    server: LoopbackServer, db_path: Path
) -> None:
    items = [
        Item("g1", "Original title", None, "first text"),
        Item("g1", "Duplicate of g1", None, "ignored"),
        Item(None, "No guid", "https://example.test/no-guid"),
    ]
    state = {"items": items}
    feed = server.route("/feed.xml", lambda request: Reply(rss("F", state["items"]).encode()))
    subscribe(db_path, feed)
    summary = refresh_database(db_path, options=FAST, fetch_articles=False)
    assert summary.new_articles == 2
    with Store.open(db_path) as store:
        by_title = {r.title: r for r in store.query_articles()}
        assert set(by_title) == {"Original title", "No guid"}
        store.set_read(by_title["Original title"].id)
        store.set_starred(by_title["Original title"].id)

    state["items"] = [
        Item("g1", "Corrected title", None, "second text"),
        Item(None, "No guid", "https://example.test/no-guid"),
    ]
    summary = refresh_database(db_path, options=FAST, fetch_articles=False)

    assert (summary.new_articles, summary.updated_articles) == (0, 1)
    with Store.open(db_path) as store:
        rows = store.query_articles()
        assert len(rows) == 2
        updated = next(r for r in rows if r.title == "Corrected title")
        assert updated.read and updated.starred
        detail = store.get_article(updated.id)
        assert detail is not None and detail.summary == "second text"


def test_dates_are_normalised_to_utc(server: LoopbackServer, db_path: Path) -> None:
    item = Item("g1", "Dated", None, pub_date="Mon, 23 Nov 2026 12:00:00 +0200")
    subscribe(db_path, server.route("/feed.xml", Reply(rss("F", [item]).encode())))
    refresh_database(db_path, options=FAST, fetch_articles=False)
    [row] = articles(db_path)
    assert row["published"] == "2026-11-23T10:00:00+00:00"


def test_feed_full_content_is_used_when_the_page_fails(
    server: LoopbackServer, db_path: Path
) -> None:
    content = "".join(f"<p>{p}</p>" for p in RACE_REPORT)
    item = Item("g1", "Full content", server.url("/missing.html"), "teaser", content=content)
    subscribe(db_path, server.route("/feed.xml", Reply(rss("F", [item]).encode())))
    summary = refresh_database(db_path, options=FAST)
    assert summary.page_failures and "404" in summary.page_failures[0][1]
    with Store.open(db_path) as store:
        [row] = store.query_articles()
        detail = store.get_article(row.id)
        assert detail is not None and detail.page_error and "404" in detail.page_error
        # Until its page is fetched, the feed's own text is searchable.
        assert store.query_articles(ArticleQuery(search="teaser"))


def test_feed_only_refresh_finds_mentions_in_titles_and_summaries(
    server: LoopbackServer, db_path: Path
) -> None:
    item = Item("g1", "Vingegaard targets the Giro", None, "Jonas Vingegaard will ride in May.")
    subscribe(db_path, server.route("/feed.xml", Reply(rss("F", [item]).encode())))
    refresh_database(db_path, options=FAST, fetch_articles=False)
    with Store.open(db_path) as store:
        [row] = store.query_articles(ArticleQuery(entity_id="r-jonas-vingegaard"))
        detail = store.get_article(row.id)
        assert detail is not None
        text = detail.document.text  # no page yet: the title and the summary
        assert not detail.document.is_body
        found = [text[s.start : s.end] for s in detail.spans]
        assert found == ["Vingegaard", "Giro", "Jonas Vingegaard"]


def test_reextract_and_reindex_rebuild_from_the_cache(
    server: LoopbackServer, db_path: Path
) -> None:
    link = server.route(
        "/a/1.html", Reply(page("Stage", RACE_REPORT).encode(), content_type="text/html")
    )
    subscribe(
        db_path, server.route("/feed.xml", Reply(rss("F", [Item("g1", "Stage", link)]).encode()))
    )
    refresh_database(db_path, options=FAST)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE articles SET blocks = NULL, extractor_version = 0")
    conn.execute("DELETE FROM mentions")
    conn.commit()
    conn.close()

    from leadout_tui.cli import main

    assert main(["reextract", "--db", str(db_path)]) == 0
    with Store.open(db_path) as store:
        [row] = store.query_articles()
        detail = store.get_article(row.id)
        assert detail is not None
        assert [b.text for b in detail.blocks] == RACE_REPORT
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM mentions")
    conn.commit()
    conn.close()
    assert main(["reindex", "--db", str(db_path)]) == 0
    with Store.open(db_path) as store:
        assert store.query_articles(ArticleQuery(entity_id="r-remco-evenepoel"))
    assert len(server.requests_for("/a/1.html")) == 1  # nothing fetched again


def test_pages_download_while_slower_feeds_are_still_loading(
    server: LoopbackServer, db_path: Path
) -> None:
    page_requested = threading.Event()

    def article_page(request: Request) -> Reply:
        page_requested.set()
        return Reply(page("Stage", RACE_REPORT).encode(), content_type="text/html")

    link = server.route("/a/1.html", article_page)
    fast = server.route("/fast.xml", Reply(rss("Fast", [Item("g1", "Stage", link)]).encode()))
    seen: dict[str, bool] = {}

    def slow_feed(request: Request) -> Reply:
        # The slow feed answers only once the fast feed's page has been asked for. If the pipeline
        # waited for every feed before fetching pages, that never happens and the bound runs out.
        seen["page_requested_first"] = page_requested.wait(timeout=30)
        return Reply(rss("Slow", [Item("s1", "Later", None)]).encode())

    slow = server.route("/slow.xml", slow_feed)
    subscribe(db_path, fast, slow)
    summary = refresh_database(db_path, options=RefreshOptions(timeout=60.0))
    assert (summary.feeds_ok, summary.pages_fetched) == (2, 1)
    assert seen == {"page_requested_first": True}
