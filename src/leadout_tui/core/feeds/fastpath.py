"""A fast path for the plain RSS 2.0 and Atom 1.0 feeds most sites publish.

feedparser spends about 15 ms of CPU on a 50-item feed, mostly in its SAX callbacks; a
100-feed refresh then parses for longer than it downloads. This module reads the same feeds
with one lxml parse and yields, for the fields the store keeps (title, link, id, author,
dates, summary, content), exactly the values feedparser would: the same whitespace
stripping, URL joining, guid-as-link rule, mojibake and Windows-1252 repairs, and
feedparser's own date parser.

It declines (returns None) anything outside that narrow grammar, and ``feeds.parse_feed``
then hands the bytes to feedparser: other formats (RSS 1.0/0.9x, Atom 0.3), another
encoding, a DOCTYPE, ``xml:base``, XHTML or base64 content, markup nested inside a text
element, repeated fields, or any element whose meaning feedparser would fold into one of
ours (``media:title``, ``itunes:summary``...). ``tests/core/test_feed_fastpath.py`` checks
it against feedparser, field for field, on every feed in the tests and on generated ones.
"""

from __future__ import annotations

import contextlib
import re
import urllib.parse
from typing import Any

from feedparser.datetimes import _parse_date  # the date rules must be feedparser's own
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
MEDIA = "{http://search.yahoo.com/mrss/}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

#: Elements that change none of our fields in feedparser (leaves only: no children allowed,
#: except where the value is a set of permitted child tags).
_RSS_ITEM_IGNORED = {
    "category",
    "comments",
    "enclosure",
    "{http://wellformedweb.org/CommentAPI/}commentRss",
    "{http://purl.org/rss/1.0/modules/slash/}comments",
    f"{MEDIA}thumbnail",
    f"{MEDIA}content",
}
_RSS_CHANNEL_IGNORED = {
    "description",
    "language",
    "lastBuildDate",
    "pubDate",
    "generator",
    "copyright",
    "docs",
    "ttl",
    "category",
    "managingEditor",
    "webMaster",
    "{http://purl.org/rss/1.0/modules/syndication/}updatePeriod",
    "{http://purl.org/rss/1.0/modules/syndication/}updateFrequency",
}
_RSS_IMAGE_CHILDREN = {"url", "title", "link", "width", "height", "description"}
_ATOM_FEED_IGNORED = {
    f"{ATOM}id",
    f"{ATOM}updated",
    f"{ATOM}subtitle",
    f"{ATOM}generator",
    f"{ATOM}icon",
    f"{ATOM}logo",
    f"{ATOM}rights",
    f"{ATOM}category",
}
_ATOM_ENTRY_IGNORED = {f"{ATOM}category", f"{ATOM}rights", f"{MEDIA}thumbnail"}
_ATOM_LINK_ATTRIBUTES = {"rel", "type", "href", "title", "length", "hreflang", _XML_LANG.lower()}
_ATOM_PERSON_CHILDREN = {f"{ATOM}name", f"{ATOM}email", f"{ATOM}uri"}
#: Atom content types we read, mapped as feedparser's ``map_content_type`` does.
_ATOM_CONTENT_TYPES = {
    None: "text/plain",
    "text": "text/plain",
    "html": "text/html",
    "text/plain": "text/plain",
    "text/html": "text/html",
}

_XML_DECLARED_ENCODING = re.compile(rb'^<\?.*encoding=[\'"](.*?)[\'"].*\?>')
_URI_FIXER = re.compile("^([A-Za-z][A-Za-z0-9+-.]*://)(/*)(.*?)")
_LINK_ENTITY = re.compile("&([A-Za-z0-9_]+);")
_CP1252 = {
    i: bytes([i]).decode("cp1252") for i in range(128, 160) if i not in (129, 141, 143, 144, 157)
}
#: feedparser takes any attribute named "base" (any namespace, any case) as xml:base.
_HAS_BASE = etree.XPath("boolean(//@*[translate(local-name(), 'BASE', 'base') = 'base'])")
#: The C1 control range, which feedparser maps as Windows-1252.
_C1 = re.compile("[\x80-\x9f]")
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
)


class Decline(Exception):
    """The feed is outside the fast path's grammar: feedparser reads it instead."""


def fast_parse(content: bytes, url: str, content_type: str | None) -> dict[str, Any] | None:
    """``{"feed": {...}, "entries": [...]}`` shaped like feedparser's result, or None."""
    if not _utf8_declared(content, content_type):
        return None
    try:
        root = etree.fromstring(content, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    try:
        tree = root.getroottree()
        if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
            raise Decline
        if _HAS_BASE(root):
            raise Decline
        if root.tag == "rss" and root.get("version") == "2.0":
            return _rss(root, url)
        if root.tag == f"{ATOM}feed":
            return _atom(root, url)
    except Decline:
        return None
    return None


def _utf8_declared(content: bytes, content_type: str | None) -> bool:
    """True when feedparser, too, would read the bytes as UTF-8 without complaint."""
    if not content_type:
        return False  # feedparser warns and guesses ISO-8859-1
    mime, _, params = content_type.partition(";")
    mime = mime.strip()
    charset = ""
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    xml_application = mime == "application/xml" or (
        mime.startswith("application/") and mime.endswith("+xml")
    )
    xml_text = mime == "text/xml" or (mime.startswith("text/") and mime.endswith("+xml"))
    if not (xml_application or (xml_text and charset)):
        return False  # not an XML type; or text/xml without a charset, which means US-ASCII
    if charset and charset.lower() not in ("utf-8", "utf8"):
        return False
    if content.lstrip()[:1] != b"<":
        return False  # a byte-order mark, UTF-16, or not XML at all
    declared = _XML_DECLARED_ENCODING.match(content)
    if declared and declared.group(1).decode("utf-8", "replace").lower() not in ("utf-8", "utf8"):
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# -- RSS 2.0 -----------------------------------------------------------------------------------


def _rss(root: etree._Element, base: str) -> dict[str, Any]:
    channels = _children(root)
    if len(channels) != 1 or channels[0].tag != "channel" or channels[0].attrib:
        raise Decline
    feed: dict[str, Any] = {}
    entries: list[dict[str, Any]] = []
    titles = 0
    for child in _children(channels[0]):
        tag = child.tag
        if tag == "item":
            entries.append(_rss_item(child, base))
        elif tag == "title":
            titles += 1
            feed["title"] = _text(child)
        elif tag == "link":
            _no_attributes(child)
            feed["link"] = _LINK_ENTITY.sub(r"&\g<1>", _finish(_resolve(base, _raw(child))))
        elif tag == f"{ATOM}link":
            href = _atom_link(child, base)
            if href is not None:
                feed["link"] = href
        elif tag == "image":
            if any(c.tag not in _RSS_IMAGE_CHILDREN or len(c) for c in _children(child)):
                raise Decline
        elif tag in _RSS_CHANNEL_IGNORED:
            _leaf(child)
        else:
            raise Decline
    if titles != 1:
        raise Decline  # feedparser would take an image's title, or the first of several
    return {"feed": feed, "entries": entries}


def _rss_item(item: etree._Element, base: str) -> dict[str, Any]:
    if item.attrib:
        raise Decline
    entry: dict[str, Any] = {}
    seen: set[str] = set()
    for child in _children(item):
        tag = child.tag
        if tag in seen and tag not in _RSS_ITEM_IGNORED:
            raise Decline  # feedparser's rules for repeats depend on order; leave them to it
        seen.add(tag)
        if tag == "title":
            _no_attributes(child)
            entry["title"] = _text(child)
        elif tag == "link":
            _no_attributes(child)
            entry["link"] = _entry_link(_finish(_resolve(base, _raw(child))))
        elif tag == "guid":
            if set(child.attrib) - {"isPermaLink"}:
                raise Decline
            is_link = child.get("isPermaLink", "true") == "true"
            value = _raw(child)
            entry["id"] = _finish(_resolve(base, value) if is_link and value else value)
            if is_link:
                entry.setdefault("link", entry["id"])
        elif tag == "pubDate":
            _no_attributes(child)
            entry["published_parsed"] = _parse_date(_text(child))
        elif tag == f"{DC}date":
            _no_attributes(child)
            entry["updated_parsed"] = _parse_date(_text(child))
        elif tag in ("description", f"{CONTENT}encoded"):
            _no_attributes(child)
            value = _text(child)
            if tag == "description":
                entry["summary"] = value
            else:
                entry["content"] = [{"type": "text/html", "value": value}]
                entry.setdefault("summary", value)
        elif tag in ("author", f"{DC}creator"):
            if {"author", f"{DC}creator"} <= seen:
                raise Decline
            _no_attributes(child)
            entry["author"] = _text(child)
        elif tag in _RSS_ITEM_IGNORED:
            _leaf(child)
        else:
            raise Decline
    return entry


# -- Atom 1.0 ----------------------------------------------------------------------------------


def _atom(root: etree._Element, base: str) -> dict[str, Any]:
    feed: dict[str, Any] = {}
    entries: list[dict[str, Any]] = []
    titles = 0
    for child in _children(root):
        tag = child.tag
        if tag == f"{ATOM}entry":
            entries.append(_atom_entry(child, base))
        elif tag == f"{ATOM}title":
            titles += 1
            feed["title"] = _atom_text(child)
        elif tag == f"{ATOM}link":
            href = _atom_link(child, base)
            if href is not None:
                feed["link"] = href
        elif tag == f"{ATOM}author":
            _atom_person(child)
        elif tag in _ATOM_FEED_IGNORED:
            _leaf(child)
        else:
            raise Decline
    if titles > 1:
        raise Decline
    return {"feed": feed, "entries": entries}


def _atom_entry(element: etree._Element, base: str) -> dict[str, Any]:
    if set(element.attrib) - {_XML_LANG}:
        raise Decline
    entry: dict[str, Any] = {}
    seen: set[str] = set()
    for child in _children(element):
        tag = child.tag
        if tag in seen and tag not in (f"{ATOM}link", f"{ATOM}category", f"{MEDIA}thumbnail"):
            raise Decline
        seen.add(tag)
        if tag == f"{ATOM}title":
            entry["title"] = _atom_text(child)
        elif tag == f"{ATOM}link":
            href = _atom_link(child, base)
            if href is not None:
                entry["link"] = href
        elif tag == f"{ATOM}id":
            _no_attributes(child)
            value = _raw(child)
            entry["id"] = _finish(_resolve(base, value) if value else value)
            entry.setdefault("link", entry["id"])  # feedparser: an Atom id is a permalink
        elif tag in (f"{ATOM}published", f"{ATOM}updated"):
            _no_attributes(child)
            key = "published_parsed" if tag == f"{ATOM}published" else "updated_parsed"
            entry[key] = _parse_date(_text(child))
        elif tag == f"{ATOM}summary":
            entry["summary"] = _atom_text(child)
        elif tag == f"{ATOM}content":
            if set(child.attrib) - {"type", _XML_LANG}:
                raise Decline  # src=, mode=
            kind = _ATOM_CONTENT_TYPES.get(child.get("type", "").lower() or None)
            if kind is None or len(child):
                raise Decline
            value = _text(child)
            entry["content"] = [{"type": kind, "value": value}]
            entry.setdefault("summary", value)
        elif tag == f"{ATOM}author":
            entry["author"] = _atom_person(child)
        elif tag in _ATOM_ENTRY_IGNORED:
            _leaf(child)
        else:
            raise Decline
    return entry


def _atom_text(element: etree._Element) -> str:
    """A text construct of type text or html (xhtml is left to feedparser)."""
    if set(element.attrib) - {"type", _XML_LANG}:
        raise Decline
    if element.get("type", "").lower() not in ("", "text", "html"):
        raise Decline
    return _text(element)


def _atom_person(element: etree._Element) -> str:
    """An author as feedparser names it: "name (email)", the name, or the email."""
    if set(element.attrib) - {_XML_LANG} or (element.text or "").strip():
        raise Decline
    parts: dict[str, str] = {}
    for child in _children(element):
        if child.tag not in _ATOM_PERSON_CHILDREN or child.tag in parts or len(child):
            raise Decline
        if (child.tail or "").strip():
            raise Decline
        parts[child.tag] = (child.text or "").strip()  # feedparser keeps these unrepaired
    name, email = parts.get(f"{ATOM}name"), parts.get(f"{ATOM}email")
    if name and email:
        return f"{name} ({email})"
    return name or email or ""


def _atom_link(element: etree._Element, base: str) -> str | None:
    """The href of an alternate HTML link (what feedparser takes as ``link``), else None."""
    if len(element) or (element.text or "").strip():
        raise Decline
    attrib = {key.lower(): value for key, value in element.attrib.items()}
    if set(attrib) - _ATOM_LINK_ATTRIBUTES:
        raise Decline
    href = attrib.get("href")
    if not href:
        raise Decline  # feedparser would read the element's text as the link
    rel = attrib.get("rel", "alternate").lower()
    kind = attrib.get("type", "application/atom+xml" if rel == "self" else "text/html").lower()
    if rel == "alternate" and kind in ("html", "text/html", "xhtml", "application/xhtml+xml"):
        return _resolve(base, href)
    return None


# -- values as feedparser hands them out -------------------------------------------------------


def _children(element: etree._Element) -> list[etree._Element]:
    """Child elements, skipping comments and processing instructions."""
    return [child for child in element if isinstance(child.tag, str)]


def _raw(element: etree._Element) -> str:
    """An element's text, stripped; markup or comments inside it are left to feedparser."""
    if len(element):
        raise Decline
    return (element.text or "").strip()


def _text(element: etree._Element) -> str:
    return _finish(_raw(element))


def _finish(value: str) -> str:
    """feedparser's last steps on text: undo UTF-8 read as Latin-1, map Windows-1252 bytes."""
    if value.isascii():
        return value  # both repairs leave ASCII as it is
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        value = value.encode("iso-8859-1").decode("utf-8")
    return value.translate(_CP1252) if _C1.search(value) else value


def _resolve(base: str, uri: str) -> str:
    if not uri:
        return uri
    if ":///" in uri:  # the only case the fixer changes
        uri = _URI_FIXER.sub(r"\1\3", uri)
    try:
        return urllib.parse.urljoin(base, uri)
    except ValueError:
        return ""


def _entry_link(value: str) -> str:
    # feedparser's repair for query strings escaped twice (``?a=1&b;=2``).
    if "&" not in value:
        return value
    return _LINK_ENTITY.sub(r"&\g<1>", value.replace("&amp;", "&"))


def _no_attributes(element: etree._Element) -> None:
    if set(element.attrib) - {_XML_LANG}:
        raise Decline


def _leaf(element: etree._Element) -> None:
    if len(element):
        raise Decline
