"""Managing subscriptions: the bundled defaults, adding with feed discovery, OPML in and out.

The OPML reader (and lxml with it) is imported only where OPML is read or written: a
``refresh`` of an existing database starts without it.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from leadout_tui.core.errors import FeedParseError, LeadoutError, OPMLError
from leadout_tui.core.net.fetch import Fetcher
from leadout_tui.core.net.urls import is_web_url
from leadout_tui.core.store.db import Store

if TYPE_CHECKING:
    from leadout_tui.core.feeds.opml import OPMLFeed

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


def default_feeds() -> list[OPMLFeed]:
    """The real cycling news feeds bundled with the app."""
    from leadout_tui.core.feeds.opml import parse_opml

    data = (resources.files("leadout_tui") / "data" / "default_feeds.opml").read_bytes()
    return parse_opml(data, "default_feeds.opml")


def ensure_default_feeds(store: Store) -> int:
    """Subscribe the defaults on a database that has never had a feed; returns how many."""
    if store.ever_had_feed():
        return 0
    return sum(store.add_feed(f.url, f.title, f.category) for f in default_feeds())


def check_http_url(url: str) -> str:
    """Accept only absolute http(s) URLs (with a host); return it stripped."""
    url = url.strip()
    if not is_web_url(url):
        raise LeadoutError(f"not an http(s) URL: {url!r}")
    return url


async def discover_feed(url: str, *, request_timeout: float = 20.0) -> tuple[str, str | None]:
    """Return (feed URL, feed title) for ``url``: the feed itself, or the one an HTML page links.

    Raises FetchError or FeedParseError with a clear reason when neither works.
    """
    from leadout_tui.core.feeds.parse import parse_feed

    async with Fetcher(timeout=request_timeout) as fetcher:
        result = await fetcher.get(url)
        try:
            parsed = parse_feed(result.content, result.url, result.content_type)
            return url, parsed.title
        except FeedParseError as not_feed:
            alternate = find_alternate_feed(result.content, result.url)
            if alternate is None:
                raise FeedParseError(
                    f"{url} is not a feed and links to none ({not_feed})"
                ) from None
        linked = await fetcher.get(alternate)
        parsed = parse_feed(linked.content, linked.url, linked.content_type)
        return alternate, parsed.title


def find_alternate_feed(html: bytes, base_url: str) -> str | None:
    """The first RSS/Atom feed an HTML page advertises with ``<link rel="alternate">``."""
    from bs4 import BeautifulSoup  # only `feeds add` needs it: keep `refresh` start-up light

    soup = BeautifulSoup(html[:1_000_000], "lxml")
    for link in soup.find_all("link", href=True):
        rel: object = link.get("rel") or []
        rels = rel if isinstance(rel, list) else str(rel).split()
        kind = str(link.get("type", "")).lower()
        if "alternate" in [r.lower() for r in rels] and kind in FEED_TYPES:
            candidate = urljoin(base_url, str(link["href"]))
            if is_web_url(candidate):
                return candidate
    return None


def import_opml(store: Store, path: Path) -> tuple[int, int]:
    """Subscribe every feed in an OPML file; returns (added, already subscribed)."""
    from leadout_tui.core.feeds.opml import parse_opml

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OPMLError(f"cannot read {path}: {exc.strerror or exc}") from None
    added = skipped = 0
    for feed in parse_opml(data, str(path)):
        try:
            url = check_http_url(feed.url)
        except LeadoutError:
            skipped += 1
            continue
        if store.add_feed(url, feed.title, feed.category):
            added += 1
        else:
            skipped += 1
    return added, skipped


def export_opml(store: Store) -> bytes:
    """Every subscription as OPML 2.0."""
    from leadout_tui.core.feeds.opml import OPMLFeed, build_opml

    return build_opml([OPMLFeed(f.url, f.title, f.category) for f in store.list_feeds()])
