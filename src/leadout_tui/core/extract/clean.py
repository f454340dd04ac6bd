"""Boilerplate removal: parse the page with lxml, then one pass over the tree.

:func:`parse_html` builds the tree; the DOM pass (:func:`scan_and_clean`) drops elements by tag,
ARIA role, visibility and class/id names (share bars, newsletter boxes, related links, ads,
comments, bios ...), and on the way collects what metadata needs before bylines and headers
disappear. Text is read the way BeautifulSoup's lxml builder would present it (the extractor's
rules were tuned on that): whitespace-only strings outside ``<pre>`` become one space or
newline, and text inside ``<script>/<style>/<template>/<rt>/<rp>`` is not page text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeAlias

from lxml import etree

from leadout_tui.core.extract.meta import PageScan

Element: TypeAlias = etree._Element

#: Elements whose content never reaches the output.
DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "iframe", "form", "svg", "button", "template", "object",
        "embed", "canvas", "select", "textarea", "input", "nav", "footer", "header", "head",
        "figcaption", "img", "picture", "video", "audio", "map", "math", "dialog", "label",
        "link", "meta", "title", "base", "frame", "frameset", "applet",
    }
)  # fmt: skip
_DROP_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
     "menu", "menubar", "toolbar", "tablist"}
)  # fmt: skip
#: Body containers: never removed by their class names.
_PROTECT = re.compile(
    r"(?:^|[\s_-])(?:article-?body|article__body|article-content|article-text|entry-content|"
    r"post-content|post-body|postbody|story-body|story-content|body-copy|content-body)"
    r"(?=$|[\s_-])"
)
# class/id components that mark boilerplate: a component that *starts with* one of these ...
_BOILER_PREFIX = (
    r"newsletter|subscri|signup|sign-up|share|sharing|social|related|relpost|popular|mostpopular|"
    r"most-popular|most-read|mostread|trending|recommend|morelikethis|more-like|promo|advert|"
    r"adslot|ad-slot|adunit|ad-unit|ad-container|ad-wrapper|adsbygoogle|dfp|sponsor|cookie|"
    r"consent|gdpr|onetrust|disqus|breadcrumb|navbar|navigation|sidebar|footer|gallery|caption|"
    r"credit|byline|paywall|piano|outbrain|taboola|zergnet|modal|popup|overlay|skip-link|"
    r"pagination|pager|readmore|read-more|read-next|also-read|see-also|further-reading|"
    r"author-bio|authorbio|author-box|about-author|author-info|author-card|tagcloud|taglist|"
    r"tag-list|tag-links|sr-only|screen-reader|visually-hidden|hawk|addtoany|a2a_|heateor|"
    r"jp-relatedposts|wpcnt|post-nav|postnav|nav-links|disclosure|inline-link|slot-"
)
# ... or that *is* one of these,
_BOILER_EXACT = (
    r"ad|ads|nav|menu|header|masthead|tags|topics|meta|comment|comments|commentlist|respond|"
    r"bio|author|cmp|print|mpu|leaderboard|nextprev|prevnext"
)
# ... or a whole class that is one of these (page builders nest content in "*-widget-*").
_BOILER_TOKEN = r"widget|widgets|widget-area|sidebar-widget"
BOILERPLATE_CLASS = re.compile(
    rf"(?:^|[\s_-])(?:(?:{_BOILER_PREFIX})|(?:{_BOILER_EXACT})(?=$|[\s_-]))"
    rf"|(?:^|\s)(?:{_BOILER_TOKEN})(?=$|\s)"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_PULL_QUOTE = re.compile(r"pull-?quote|blockquote|quote", re.IGNORECASE)
#: Body containers in the order they are trusted; ``*`` entries match a class/id/itemprop.
CONTAINER_PRIORITY: tuple[str, ...] = (
    "itemprop=articlebody",
    "article-body",
    "articlebody",
    "article__body",
    "article-content",
    "entry-content",
    "post-content",
    "post-body",
    "story-body",
    "body-copy",
    "content-body",
    "<article>",
    "<main>",
    "role=main",
)
_CONTAINER_CLASS = {name: rank for rank, name in enumerate(CONTAINER_PRIORITY)}


# --- parsing and text -------------------------------------------------------------------------

_TEXTLESS = frozenset({"script", "style", "template", "rt", "rp"})
_PRESERVE = frozenset({"pre", "textarea"})
_ASCII_SPACE = " \t\n\r\x0c"
_DEPTH_LIMIT = etree.ErrorTypes.ERR_RESOURCE_LIMIT
#: The tag of a removed element: an empty placeholder that only keeps the text after it.
REMOVED = "leadout-removed"
#: Set on the root of a tree from the deep-nesting fallback (see :func:`elements`).
_DEEP = "data-leadout-deep"


def _run_parser(text: str, target: object | None) -> tuple[Element | None, etree.HTMLParser]:
    parser = etree.HTMLParser(target=target)
    try:
        return etree.fromstring(text, parser), parser
    except ValueError:  # a str starting with an XML declaration naming an encoding
        parser = etree.HTMLParser(target=target, encoding="utf-8")
        return etree.fromstring(text.encode("utf-8"), parser), parser


def parse_html(text: str) -> Element | None:
    """``text`` as an lxml tree rooted at ``<html>``; None when it holds no element at all.

    libxml2 stops building its own tree at 256 levels of nesting; such pages are parsed again
    through a ``TreeBuilder`` target (slower, no depth limit).
    """
    try:
        root, parser = _run_parser(text, None)
        last = parser.error_log.last_error
        if last is not None and last.type == _DEPTH_LIMIT:
            root, _ = _run_parser(text, etree.TreeBuilder())
            if root is not None and isinstance(root.tag, str):
                root.set(_DEEP, "")
    except (ValueError, etree.LxmlError):
        return None
    return root if root is not None and isinstance(root.tag, str) else None


def _is_deep(element: Element) -> bool:
    return element.getroottree().getroot().get(_DEEP) is not None


def elements(top: Element, *tags: str) -> Iterator[Element]:
    """``top`` and the elements under it (only those named ``tags``, if any), in document order.

    lxml's ``iter()`` spends O(depth) per element it yields, so trees from the deep-nesting
    fallback are walked with ``iterwalk`` (linear, but slower on ordinary pages) instead.
    """
    if not _is_deep(top):
        found: Iterator[Element] = top.iter(*tags) if tags else top.iter(etree.Element)
        return found
    return (node for _, node in etree.iterwalk(top, events=("start",), tag=tags or None))


def descendants(top: Element, *tags: str) -> Iterator[Element]:
    """Like :func:`elements` without ``top`` itself."""
    return (node for node in elements(top, *tags) if node is not top)


def squeeze(value: str) -> str:
    """A whitespace-only string as one newline (if it has one) or space; others unchanged."""
    if value.strip(_ASCII_SPACE):
        return value
    return "\n" if "\n" in value else " "


def node_text(element: Element, separator: str = "") -> str:
    """The text under ``element`` joined by ``separator`` (BeautifulSoup ``get_text``)."""
    preserve = element.tag in _PRESERVE
    for ancestor in element.iterancestors():
        if ancestor.tag in _TEXTLESS:
            return ""
        preserve = preserve or ancestor.tag in _PRESERVE
    parts: list[str] = []
    stack: list[str | tuple[Element, bool]] = [(element, preserve)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        node, keep = item
        keep = keep or node.tag in _PRESERVE
        if node.text:
            parts.append(node.text if keep else squeeze(node.text))
        for child in reversed(node):
            if child.tail:
                stack.append(child.tail if keep else squeeze(child.tail))
            if isinstance(child.tag, str) and child.tag not in _TEXTLESS:
                stack.append((child, keep))
    return separator.join(parts)


def text_of(element: Element) -> str:
    """The text under a cleaned ``element`` (after :func:`scan_and_clean`)."""
    if not _is_deep(element):
        return "".join(element.itertext())
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end", "comment", "pi")):
        if event == "start":
            if node.text:
                parts.append(node.text)
        elif node is not element and node.tail:
            parts.append(node.tail)
    return "".join(parts)


def _preserved(root: Element) -> set[Element]:
    """Every node inside a ``<pre>`` or ``<textarea>`` (whose whitespace is kept as is)."""
    found: set[Element] = set()
    for element in elements(root, "pre", "textarea"):
        if element not in found:
            found.update(elements(element))
    return found


def _drop(element: Element) -> None:
    """Empty ``element`` and rename it to :data:`REMOVED`, keeping the text that follows it.

    (Hollowing out instead of detaching: lxml refuses to re-attach text that holds control
    characters, which merging the tail into a neighbour would need.)
    """
    element.clear(keep_tail=True)
    element.tag = REMOVED


def _silence(root: Element) -> None:
    """Blank the text inside ruby annotations (``<rt>``, ``<rp>``), keeping the structure."""
    done: set[Element] = set()
    for element in elements(root, "rt", "rp"):
        if element in done:
            continue
        for event, node in etree.iterwalk(element, events=("start", "comment", "pi")):
            done.add(node)
            if event == "start":
                node.text = None
            if node is not element:
                node.tail = None


# --- the cleaning pass ------------------------------------------------------------------------


@dataclass
class CleanResult:
    """The scan for metadata plus body-container candidates as ``(rank, element)``."""

    scan: PageScan = field(default_factory=PageScan)
    containers: list[tuple[int, Element]] = field(default_factory=list)


def _attr_text(element: Element) -> str:
    classes = element.get("class")
    ident = element.get("id")
    if ident is None:
        return classes.lower() if classes else ""
    return f"{classes} {ident}".lower() if classes is not None else ident.lower()


def is_boilerplate_element(element: Element) -> bool:
    """Whether ``element`` (and everything in it) is page furniture rather than article body."""
    name: str = element.tag
    if name in DROP_TAGS:
        return True
    if name in ("html", "body"):
        return False
    attrs = element.attrib
    if attrs:
        if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
            return True
        style = attrs.get("style")
        if style and _HIDDEN_STYLE.search(style):
            return True
        role = attrs.get("role")
        if role and role.lower() in _DROP_ROLES:
            return True
        if (attrs.get("itemprop") or "").lower() == "articlebody":
            return False
        text = _attr_text(element)
        if text and not _PROTECT.search(text) and name not in ("article", "main"):
            if name == "aside" and _PULL_QUOTE.search(text):
                return False
            if BOILERPLATE_CLASS.search(text):
                return True
    return name == "aside"


def _container_rank(element: Element) -> int | None:
    name = element.tag
    if (element.get("itemprop") or "").lower() == "articlebody":
        return 0
    text = _attr_text(element)
    best: int | None = None
    if text:
        for token in text.split():
            rank = _CONTAINER_CLASS.get(token.replace("_", "-").replace("--", "__"))
            if rank is not None and (best is None or rank < best):
                best = rank
    if best is None:
        if name == "article":
            best = _CONTAINER_CLASS["<article>"]
        elif name == "main":
            best = _CONTAINER_CLASS["<main>"]
        elif (element.get("role") or "").lower() == "main":
            best = _CONTAINER_CLASS["role=main"]
    return best


def _scan(root: Element) -> PageScan:
    """What metadata needs, read before anything is removed (first occurrence wins)."""
    scan = PageScan()
    for element in elements(root, "meta", "script"):
        if element.tag == "meta":
            key = element.get("property") or element.get("name") or element.get("itemprop")
            content = element.get("content")
            if key and content and content.strip():
                scan.meta.setdefault(key.strip().lower(), content.strip())
        else:
            kind = element.get("type")
            if kind and "ld+json" in kind.lower():
                scan.json_ld.append(element.text or "")
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


def scan_and_clean(root: Element) -> CleanResult:
    """Collect metadata inputs and body containers, then drop boilerplate elements in place.

    Also normalises whitespace-only strings and blanks ruby annotations in what remains, so
    that later readers can take the text as it is (:func:`text_of`).
    """
    result = CleanResult(scan=_scan(root))
    doomed: list[Element] = []
    preserved = _preserved(root)
    walker = etree.iterwalk(root, events=("start", "comment", "pi"))
    for event, node in walker:
        tail = node.tail
        if (
            tail
            and not tail.strip(_ASCII_SPACE)
            and (not preserved or node.getparent() not in preserved)
        ):
            short = "\n" if "\n" in tail else " "
            if tail != short:
                node.tail = short
        if event != "start":  # a comment or processing instruction: only its tail is text
            continue
        if is_boilerplate_element(node):
            doomed.append(node)
            walker.skip_subtree()
            continue
        text = node.text
        if text and not text.strip(_ASCII_SPACE) and node not in preserved:
            short = "\n" if "\n" in text else " "
            if text != short:
                node.text = short
        rank = _container_rank(node)
        if rank is not None:
            result.containers.append((rank, node))
    for element in doomed:
        _drop(element)
    _silence(root)
    return result
