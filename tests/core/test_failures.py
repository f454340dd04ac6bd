"""Bad input gets a clear message and loses nothing: each failure stays with its own feed."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest

from leadout_tui.core.net.fetch import describe_http_error
from leadout_tui.core.refresh.pipeline import RefreshOptions, refresh_database
from leadout_tui.core.store.db import Store
from tests.feedgen import Item, rss
from tests.loopback import LoopbackServer, Reply

# Short enough that the hanging feed's case stays quick, long enough that a loopback answer from
# a busy machine never reaches it.
FAST = RefreshOptions(timeout=4.0)
GOOD_FEED = rss("Good feed", [Item("g1", "Stage report", None), Item("g2", "Transfer news", None)])


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wrong_encoding_feed() -> bytes:
    text = rss("Kolarstvo", [Item("g1", "Sagan a Kwiatkowski na trati", None, "Žluťoučký kůň")])
    return text.encode("cp1250")  # while the XML declares UTF-8


def redirect_loop(server: LoopbackServer) -> str:
    server.route("/loop-a", Reply(status=302, headers={"Location": server.url("/loop-b")}))
    server.route("/loop-b", Reply(status=302, headers={"Location": server.url("/loop-a")}))
    return server.url("/loop-a")


CASES = {
    "refused": (lambda s: f"http://127.0.0.1:{closed_port()}/feed.xml", "cannot connect"),
    "tls": (lambda s: s.url("/good.xml").replace("http://", "https://"), "TLS error"),
    "http404": (lambda s: s.url("/nowhere.xml"), "HTTP 404"),
    "http500": (lambda s: s.route("/500.xml", Reply(b"oops", 500, "text/plain")), "HTTP 500"),
    "hang": (lambda s: s.route("/hang.xml", Reply(hang=True)), "timed out"),
    "redirect_loop": (redirect_loop, "too many redirects"),
    "oversized": (
        lambda s: s.route("/big.xml", Reply(b"x" * 11_000_000)),
        "response too large",
    ),
    "endless": (lambda s: s.route("/endless.xml", Reply(endless=True)), "response too large"),
    "malformed": (
        lambda s: s.route("/bad.xml", Reply(b"<rss><channel><title>Broken & <item>")),
        "malformed feed",
    ),
    "html": (
        lambda s: s.route(
            "/page.html",
            Reply(b"<!doctype html><html><body>Hi</body></html>", content_type="text/html"),
        ),
        "not a feed: got an HTML page",
    ),
    "empty": (lambda s: s.route("/empty.xml", Reply(b"")), "empty response"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_failing_feed_is_recorded_and_the_rest_refreshes(
    case: str, server: LoopbackServer, db_path: Path
) -> None:
    make_url, expected = CASES[case]
    server.route("/good.xml", Reply(GOOD_FEED.encode()))
    bad_url = make_url(server)
    with Store.open(db_path) as store:
        store.add_feed(server.url("/good.xml"))
        store.add_feed(bad_url)

    summary = refresh_database(db_path, options=FAST, fetch_articles=False)

    assert summary.feeds_ok == 1
    assert summary.new_articles == 2
    assert [url for url, _ in summary.feed_failures] == [bad_url]
    with Store.open(db_path) as store:
        feeds = {f.url: f for f in store.list_feeds()}
        assert feeds[server.url("/good.xml")].last_error is None
        assert feeds[server.url("/good.xml")].article_count == 2
        reason = feeds[bad_url].last_error
        assert reason is not None
        assert expected in reason
        assert "\n" not in reason


def test_wrong_declared_encoding_still_stores_entries(
    server: LoopbackServer, db_path: Path
) -> None:
    url = server.route("/cz.xml", Reply(wrong_encoding_feed(), content_type="application/rss+xml"))
    with Store.open(db_path) as store:
        store.add_feed(url)
    summary = refresh_database(db_path, options=FAST, fetch_articles=False)
    assert summary.feeds_ok == 1
    with Store.open(db_path) as store:
        [row] = store.query_articles()
        assert row.title == "Sagan a Kwiatkowski na trati"
        [feed] = store.list_feeds()
        assert feed.last_error is not None
        assert feed.last_error.startswith("warning:")


def test_retry_after_skips_the_feed_until_then(server: LoopbackServer, db_path: Path) -> None:
    url = server.route("/busy.xml", Reply(b"slow down", 429, "text/plain", {"Retry-After": "3600"}))
    with Store.open(db_path) as store:
        store.add_feed(url)
    first = refresh_database(db_path, options=FAST)
    second = refresh_database(db_path, options=FAST)
    assert "retry after" in first.feed_failures[0][1]
    assert second.feeds_skipped == 1
    assert len(server.requests_for("/busy.xml")) == 1
    with Store.open(db_path) as store:
        [feed] = store.list_feeds()
        assert feed.retry_after is not None


def test_failed_refresh_keeps_every_stored_article(server: LoopbackServer, db_path: Path) -> None:
    state = {"reply": Reply(GOOD_FEED.encode())}
    url = server.route("/feed.xml", lambda request: state["reply"])
    with Store.open(db_path) as store:
        store.add_feed(url)
    refresh_database(db_path, options=FAST, fetch_articles=False)
    state["reply"] = Reply(b"<html>maintenance</html>", 503, "text/html")
    summary = refresh_database(db_path, options=FAST, fetch_articles=False)
    assert summary.feeds_failed == 1
    with Store.open(db_path) as store:
        assert {r.title for r in store.query_articles()} == {"Stage report", "Transfer news"}


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("[Errno -2] Name or service not known", "DNS lookup failed"),
        ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed", "TLS error"),
    ],
)
def test_dns_and_certificate_errors_are_named(message: str, expected: str) -> None:
    # A real DNS failure needs a resolver, which tests must not query; httpx raises exactly this.
    assert describe_http_error(httpx.ConnectError(message)).startswith(expected)
