"""The page as an lxml tree: parsing it, walking it, and reading an element's text.

:func:`node_text` reads text the way BeautifulSoup's lxml builder presents it (metadata rules
were tuned on that): whitespace-only strings outside ``<pre>`` become one space or newline, and
text inside ``<script>/<style>/<template>/<rt>/<rp>`` is not page text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeAlias

from lxml import etree

Element: TypeAlias = etree._Element

#: Elements that start and end a block of text.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
        "tfoot", "tr", "figure", "hr", "address", "details", "summary", "center", "fieldset",
        "body", "html", "caption", "hgroup", "menu", "output", "header", "footer", "nav",
        "figcaption", "dialog",
    }
)  # fmt: skip

_TEXTLESS = frozenset({"script", "style", "template", "rt", "rp"})
_PRESERVE = frozenset({"pre", "textarea"})
_ASCII_SPACE = " \t\n\r\x0c"
_DEPTH_LIMIT = etree.ErrorTypes.ERR_RESOURCE_LIMIT
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
