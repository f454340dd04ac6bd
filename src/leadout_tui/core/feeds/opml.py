"""OPML 2.0 import and export: titles, URLs and categories round-trip.

Categories are read from folder outlines (what most readers write) and from the ``category``
attribute; export writes one folder outline per category.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import format_datetime

from lxml import etree

from leadout_tui.core.errors import OPMLError
from leadout_tui.core.models import utc_now


@dataclass(frozen=True)
class OPMLFeed:
    """One subscription in an OPML file."""

    url: str
    title: str | None = None
    category: str | None = None
    site_url: str | None = None


def parse_opml(data: bytes, source: str = "OPML") -> list[OPMLFeed]:
    """Read the feeds of an OPML document; raise OPMLError naming ``source`` if it is not OPML."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise OPMLError(f"{source} is not OPML: {exc}") from None
    if not isinstance(root.tag, str) or etree.QName(root).localname.lower() != "opml":
        raise OPMLError(f"{source} is not OPML: the root element is <{root.tag}>, not <opml>")
    body = root.find("body")
    if body is None:
        raise OPMLError(f"{source} is not OPML: it has no <body>")
    feeds: list[OPMLFeed] = []
    seen: set[str] = set()
    _collect(body, None, feeds, seen)
    return feeds


def _collect(
    node: etree._Element, folder: str | None, feeds: list[OPMLFeed], seen: set[str]
) -> None:
    for outline in node.iterchildren("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        title = (outline.get("title") or outline.get("text") or "").strip() or None
        if url:
            category = (outline.get("category") or "").strip().strip("/") or folder
            if url not in seen:
                seen.add(url)
                feeds.append(OPMLFeed(url, title, category, outline.get("htmlUrl")))
        else:
            _collect(outline, title if folder is None else f"{folder}/{title}", feeds, seen)


def build_opml(feeds: list[OPMLFeed], title: str = "leadout-tui subscriptions") -> bytes:
    """An OPML 2.0 document: uncategorised feeds at the top, then one folder per category."""
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = title
    etree.SubElement(head, "dateCreated").text = format_datetime(utc_now())
    body = etree.SubElement(root, "body")
    folders: dict[str, etree._Element] = {}
    for feed in feeds:
        parent = body
        if feed.category:
            if feed.category not in folders:
                folders[feed.category] = etree.SubElement(
                    body, "outline", text=feed.category, title=feed.category
                )
            parent = folders[feed.category]
        attrs = {"type": "rss", "text": feed.title or feed.url, "xmlUrl": feed.url}
        if feed.title:
            attrs["title"] = feed.title
        if feed.site_url:
            attrs["htmlUrl"] = feed.site_url
        if feed.category:
            attrs["category"] = feed.category
        etree.SubElement(parent, "outline", attrs)
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data
