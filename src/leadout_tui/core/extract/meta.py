"""Article metadata from a parsed page: JSON-LD first, then OpenGraph and other meta tags.

Everything here is forgiving: malformed JSON, odd date formats and missing fields give ``None``,
never an exception.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from leadout_tui.core.extract.dom import Element, elements, node_text
from leadout_tui.core.net.urls import is_web_url
from leadout_tui.core.text import clean_line

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "techarticle",
        "report",
        "liveblogposting",
        "posting",
        "socialmediaposting",
    }
)
SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization"})
_STATE_IDS = frozenset({"__NEXT_DATA__", "__NUXT_DATA__"})
_WS = re.compile(r"\s+")
_BY_PREFIX = re.compile(r"^\s*(?:by|words by|written by|words)\s*:?\s+", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s+[|\u2013\u2014·:-]\s+[^|\u2013\u2014·:-]{2,40}$")


@dataclass(frozen=True)
class PageMeta:
    """Metadata found in one page (every field optional)."""

    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    site_name: str | None = None
    image_url: str | None = None


def resolve_url(href: str | None, base: str) -> str | None:
    """``href`` made absolute against ``base``; ``None`` unless the result is http(s)."""
    if not href:
        return None
    href = href.strip()
    try:
        absolute = urljoin(base, href)
    except ValueError:
        return None
    return absolute if is_web_url(absolute) else None


def parse_json_ld(raw: str) -> list[dict[str, Any]]:
    """Every object found in one JSON-LD script, flattened through lists and ``@graph``."""
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw.removeprefix("<!--").removesuffix("-->")
    try:
        data = json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        return []
    found: list[dict[str, Any]] = []
    stack: list[Any] = [data]
    while stack and len(found) < 200:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list | dict):
                stack.append(graph)
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def article_objects(objects: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The JSON-LD objects describing an article (NewsArticle, BlogPosting ...)."""
    for obj in objects:
        if _types(obj) & ARTICLE_TYPES:
            yield obj


def json_ld_body(objects: list[dict[str, Any]]) -> str | None:
    """The longest ``articleBody`` string among article objects, if any."""
    bodies = [
        obj["articleBody"]
        for obj in article_objects(objects)
        if isinstance(obj.get("articleBody"), str)
    ]
    return max(bodies, key=len) if bodies else None


def _name(value: Any) -> str | None:
    """A person/organisation name from a JSON-LD value (string, object, or list of those)."""
    if isinstance(value, str):
        return clean_line(value) or None
    if isinstance(value, dict):
        name = value.get("name")
        return clean_line(name) or None if isinstance(name, str) else None
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value[:6]) if n]
        return " and ".join(names) if names else None
    return None


def _image(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        url = value.get("url") or value.get("contentUrl")
        return url if isinstance(url, str) else None
    if isinstance(value, list) and value:
        return _image(value[0])
    return None


def parse_datetime(value: str | None) -> datetime | None:
    """ISO 8601 (or RFC 2822) text as an aware UTC datetime; naive times are taken as UTC."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(re.sub(r"\.\d+", "", text.replace(" ", "T", 1)))
        except ValueError:
            try:
                parsed = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _author_text(text: str | None) -> str | None:
    if not text:
        return None
    text = _BY_PREFIX.sub("", clean_line(text))
    if not text or text.startswith(("http://", "https://")) or len(text) > 100:
        return None
    return text


def _strip_title_suffix(title: str, site_name: str | None) -> str:
    if site_name and title.endswith(site_name):
        trimmed = title[: -len(site_name)].rstrip(" |-\u2013\u2014·:")
        return trimmed or title
    if site_name and title.startswith(site_name):
        trimmed = title[len(site_name) :].lstrip(" |-\u2013\u2014·:")
        return trimmed or title
    return _TITLE_SUFFIX.sub("", title) or title


@dataclass
class PageScan:
    """What metadata (and :mod:`.sources`) need from the parsed page, read before the walk."""

    meta: dict[str, str] = field(default_factory=dict)
    json_ld: list[str] = field(default_factory=list)
    state: list[str] = field(default_factory=list)  # JSON page state (``__NEXT_DATA__`` ...)
    title_tag: str | None = None
    first_h1: str | None = None
    dom_author: str | None = None
    dom_time: str | None = None


def scan_page(root: Element) -> PageScan:
    """The page's meta tags, JSON-LD and JSON state scripts, title and first h1, byline and
    time (first occurrence wins)."""
    scan = PageScan()
    for element in elements(root, "meta", "script"):
        if element.tag == "meta":
            key = element.get("property") or element.get("name") or element.get("itemprop")
            content = element.get("content")
            if key and content and content.strip():
                scan.meta.setdefault(key.strip().lower(), content.strip())
        else:
            kind = (element.get("type") or "").lower()
            if "ld+json" in kind:
                scan.json_ld.append(element.text or "")
            elif "json" in kind or element.get("id") in _STATE_IDS:
                scan.state.append(element.text or "")
    for element in elements(root, "title"):
        scan.title_tag = node_text(element)
        break
    for element in elements(root, "h1"):
        scan.first_h1 = node_text(element, " ")
        break
    for element in elements(root, "time"):
        if element.get("datetime") is not None:
            scan.dom_time = element.get("datetime")
            break
    for element in elements(root):
        rel = element.get("rel")
        if (rel and "author" in rel.lower().split()) or element.get("itemprop") == "author":
            scan.dom_author = node_text(element, " ")
            break
    return scan


def page_meta(scan: PageScan, objects: list[dict[str, Any]], url: str) -> PageMeta:
    """Metadata for a page, from its JSON-LD ``objects``, meta tags and ``<title>``."""
    meta = scan.meta
    ld: dict[str, Any] = next(article_objects(objects), {})
    publisher = ld.get("publisher")
    site_objects = [o for o in objects if _types(o) & SITE_TYPES]

    title = _first(
        meta.get("og:title"),
        ld.get("headline") if isinstance(ld.get("headline"), str) else None,
        meta.get("twitter:title"),
        scan.first_h1,
    )
    site_name = _first(
        meta.get("og:site_name"),
        _name(publisher),
        _name(site_objects[0]) if site_objects else None,
        meta.get("application-name"),
    )
    if not title and scan.title_tag:
        title = _strip_title_suffix(clean_line(scan.title_tag), site_name)

    author = _first(
        _author_text(_name(ld.get("author"))),
        _author_text(meta.get("author")),
        _author_text(meta.get("article:author")),
        _author_text(meta.get("parsely-author")),
        _author_text(meta.get("sailthru.author")),
        _author_text(scan.dom_author),
    )
    published = None
    for candidate in (
        ld.get("datePublished"),
        meta.get("article:published_time"),
        meta.get("datepublished"),
        meta.get("parsely-pub-date"),
        meta.get("pubdate"),
        meta.get("publish-date"),
        meta.get("date"),
        meta.get("dc.date.issued"),
        meta.get("sailthru.date"),
        scan.dom_time,
    ):
        published = parse_datetime(candidate) if isinstance(candidate, str) else None
        if published:
            break
    image = _first(
        resolve_url(meta.get("og:image"), url),
        resolve_url(meta.get("og:image:url"), url),
        resolve_url(meta.get("twitter:image"), url),
        resolve_url(_image(ld.get("image")), url),
    )
    return PageMeta(
        title=clean_line(title) if title else None,
        author=author,
        published=published,
        site_name=clean_line(site_name) if site_name else None,
        image_url=image,
    )


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return value.strip()
    return None
