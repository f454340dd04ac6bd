"""Feed bytes -> :class:`ParsedFeed`: the fast path for plain RSS 2.0 / Atom 1.0, else feedparser.

``feed_fastpath`` reads the common case with one lxml parse and gives what feedparser would;
everything else (and anything it is unsure of) goes through feedparser here, the one place
that calls it.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import time
from datetime import UTC, datetime
from typing import Any

import feedparser
import lxml.html
from lxml.etree import ParserError

from leadout_tui.core.errors import FeedParseError
from leadout_tui.core.feeds.fastpath import fast_parse
from leadout_tui.core.models import FeedEntry, ParsedFeed
from leadout_tui.core.text import clean_line


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries are HTML more often than not)."""
    if "<" not in fragment and "&" not in fragment:
        return clean_line(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return clean_line(re.sub(r"<[^>]*>", " ", fragment))
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return clean_line(root.text_content())


def parse_feed(content: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse a fetched feed; a feed with warnings that still yields entries is accepted.

    Raises FeedParseError when there is nothing usable (HTML page, broken XML, empty body).
    """
    fast = fast_parse(content, url, content_type)
    if fast is not None:
        return parsed_feed(fast["feed"], fast["entries"])
    return parse_with_feedparser(content, url, content_type)


def parse_with_feedparser(content: bytes, url: str, content_type: str | None) -> ParsedFeed:
    """``parse_feed`` through feedparser alone (every feed the fast path declines)."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    # No sanitising or link rewriting inside entry HTML (40% of feedparser's time): summaries
    # become plain text here and full content goes through our own extractor, which keeps
    # only text and resolves links itself. Entry links are still resolved against the feed.
    parsed = feedparser.parse(
        content, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    warning = _bozo_message(parsed) if parsed.get("bozo") else None
    if not parsed.entries and not parsed.get("version"):
        head = content[:2048].lstrip().lower()
        if not content.strip():
            raise FeedParseError("empty response where a feed was expected")
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
            raise FeedParseError("not a feed: got an HTML page")
        raise FeedParseError(f"not a feed: {warning or 'unrecognised format'}")
    if not parsed.entries and parsed.get("bozo"):
        raise FeedParseError(f"malformed feed: {warning}")
    return parsed_feed(parsed.feed, parsed.entries, warning)


def parsed_feed(feed: Any, raw_entries: Any, warning: str | None = None) -> ParsedFeed:
    """Our model from feedparser-shaped values (feedparser's own, or the fast path's dicts)."""
    entries = tuple(_entry(entry) for entry in raw_entries)
    return ParsedFeed(
        title=clean_line(feed.get("title", "")) or None,
        link=feed.get("link"),
        entries=tuple({e.key: e for e in reversed(entries)}.values())[::-1],  # first wins
        warning=warning,
    )


def _bozo_message(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    text = clean_line(str(exc)) if exc else "unknown problem"
    name = type(exc).__name__ if exc else ""
    if "CharacterEncoding" in name:
        return f"declared encoding was wrong ({text})"
    return text[:200]


def _entry(entry: Any) -> FeedEntry:
    link = entry.get("link") or None
    summary = html_to_text(entry.get("summary", "") or "")
    content_html = None
    for content in entry.get("content", []) or []:
        if "html" in content.get("type", "html") and len(content.get("value", "")) > len(
            entry.get("summary", "") or ""
        ):
            content_html = content["value"]
            break
    title = clean_line(html_to_text(entry.get("title", "") or "")) or "(untitled)"
    key = entry.get("id") or link or _digest(title, summary)
    author = clean_line(entry.get("author", "") or "") or None
    return FeedEntry(
        key=key,
        title=title,
        url=link,
        author=author,
        published=_utc(entry.get("published_parsed")),
        # dict.get: feedparser's own get() falls back to the published date, with a warning.
        updated=_utc(dict.get(entry, "updated_parsed")),
        summary=summary,
        content_html=content_html,
    )


def _utc(moment: time.struct_time | None) -> datetime | None:
    """feedparser hands out UTC ``struct_time``s; make them aware datetimes."""
    if not moment:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(moment), UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _digest(*parts: str) -> str:
    return "sha1:" + hashlib.sha1("\0".join(parts).encode(), usedforsecurity=False).hexdigest()
