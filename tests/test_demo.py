"""The offline demo server and its bundled feeds, pages and gold entity list."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import httpx
import pytest

from leadout_tui.demo import DemoServer

GOLD = Path(__file__).resolve().parents[1] / "tools" / "demo" / "gold.json"


@pytest.fixture(scope="module")
def server() -> Iterator[DemoServer]:
    with DemoServer() as running:
        yield running


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5.0) as http:
        yield http


@pytest.fixture(scope="module")
def feeds(server: DemoServer, client: httpx.Client) -> dict[str, feedparser.FeedParserDict]:
    parsed = {}
    for url in server.feed_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"] in (
            "application/rss+xml; charset=utf-8",
            "application/atom+xml; charset=utf-8",
        )
        assert "{BASE}" not in response.text
        parsed[url] = feedparser.parse(response.content)
    return parsed


def test_serves_on_loopback_with_an_ephemeral_port(server: DemoServer) -> None:
    parts = urlsplit(server.base_url)
    assert parts.scheme == "http"
    assert parts.hostname == "127.0.0.1"
    assert parts.port and parts.port > 0
    assert all(url.startswith(server.base_url + "/") for url in server.feed_urls)


def test_opml_lists_the_feeds(server: DemoServer) -> None:
    assert "{BASE}" not in server.opml_text
    assert "<opml" in server.opml_text
    assert len(server.feed_urls) >= 4


def test_feeds_parse_with_enough_entries(feeds: dict[str, feedparser.FeedParserDict]) -> None:
    assert len(feeds) >= 4
    kinds = set()
    for url, feed in feeds.items():
        assert not feed.bozo, (url, feed.get("bozo_exception"))
        assert feed.feed.get("title"), url
        kinds.add(feed.version[:4])
        for entry in feed.entries:
            assert entry.get("title") and entry.get("link") and entry.get("id"), url
            assert entry.get("author"), (url, entry.title)
            assert entry.get("published_parsed"), (url, entry.title)
            assert entry.get("summary"), (url, entry.title)
    assert {"rss2", "atom"} <= kinds
    assert sum(len(feed.entries) for feed in feeds.values()) >= 34
    assert any(entry.get("content") for feed in feeds.values() for entry in feed.entries)


def test_every_entry_link_is_an_html_page(
    server: DemoServer, client: httpx.Client, feeds: dict[str, feedparser.FeedParserDict]
) -> None:
    links = [entry.link for feed in feeds.values() for entry in feed.entries]
    assert len(set(links)) == len(links)
    for link in links:
        assert link.startswith(server.base_url + "/")
        response = client.get(link)
        assert response.status_code == 200, link
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert response.encoding == "utf-8"
        assert "{BASE}" not in response.text, link
        assert "<html" in response.text


def test_conditional_get_returns_304(server: DemoServer, client: httpx.Client) -> None:
    url = server.feed_urls[0]
    first = client.get(url)
    etag, last_modified = first.headers["etag"], first.headers["last-modified"]
    by_etag = client.get(url, headers={"If-None-Match": etag})
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    by_date = client.get(url, headers={"If-Modified-Since": last_modified})
    assert by_date.status_code == 304
    changed = client.get(url, headers={"If-None-Match": '"something-else"'})
    assert changed.status_code == 200
    assert changed.content == first.content


def test_head_request(server: DemoServer, client: httpx.Client) -> None:
    response = client.head(server.feed_urls[0])
    assert response.status_code == 200
    assert int(response.headers["content-length"]) > 0
    assert response.content == b""


@pytest.mark.parametrize(
    "path",
    [
        "/nope.html",
        "/",
        "/feeds/",
        "/feeds/../demo.py",
        "/pages/../../demo.py",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/pyproject.toml",
        "/__init__.py",
        "/README.md",
    ],
)
def test_unknown_paths_are_404(server: DemoServer, client: httpx.Client, path: str) -> None:
    # Build the request by hand so httpx does not normalise the dot segments away.
    request = client.build_request("GET", server.base_url)
    request.url = request.url.copy_with(raw_path=path.encode())
    response = client.send(request)
    assert response.status_code == 404


def test_stop_is_idempotent_and_properties_need_a_running_server() -> None:
    demo = DemoServer().start()
    base = demo.base_url
    assert httpx.get(base + "/demo.opml").status_code == 200
    demo.stop()
    demo.stop()
    with pytest.raises(RuntimeError):
        _ = demo.base_url
    with pytest.raises(httpx.TransportError):
        httpx.get(base + "/demo.opml", timeout=1.0)


def test_gold_file_matches_the_feeds(feeds: dict[str, feedparser.FeedParserDict]) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    paths = {urlsplit(entry.link).path for feed in feeds.values() for entry in feed.entries}
    assert set(gold) == paths
    riders = {name for article in gold.values() for name in article["riders"]}
    teams = {name for article in gold.values() for name in article["teams"]}
    assert len(riders) >= 45
    assert {"Tadej Pogačar", "Primož Roglič", "Mattias Skjelmose", "Demi Vollering"} <= riders
    assert {"UAE Team Emirates XRG", "Visma-Lease a Bike", "SD Worx-Protime"} <= teams
