"""Turn a cleaned DOM subtree into ordered body blocks, without recursion.

The walk keeps an explicit stack (pages nest ten thousand ``div`` deep), flushes the inline text
gathered so far whenever a block-level element starts or ends, and labels each block by its
innermost enclosing heading, list item or quotation.
"""

from __future__ import annotations

from bs4 import NavigableString, Tag
from bs4.element import CData

from leadout_tui.core.extract_clean import DROP_TAGS, RawBlock
from leadout_tui.core.extract_meta import clean_inline, resolve_url

BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
        "tfoot", "tr", "figure", "hr", "address", "details", "summary", "center", "fieldset",
        "body", "html", "caption", "hgroup", "menu", "output",
    }
)  # fmt: skip
_KIND = {
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "list_item",
    "blockquote": "quote",
    "q": None,
}
_QUOTE_CLASS = ("pullquote", "pull-quote", "blockquote")


class _Builder:
    """Accumulates inline text and emits :class:`RawBlock` objects in document order."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.blocks: list[RawBlock] = []
        self.pieces: list[str] = []
        self.size = 0
        self.link_chars = 0
        self.links: list[tuple[str, str]] = []
        self.kinds: list[tuple[str, bool]] = []  # (kind, is_h1)
        self.brs = 0
        self.flushes = 0

    def text(self, value: str) -> None:
        if value.strip():
            self.brs = 0
        self.pieces.append(value)
        self.size += len(value)

    def flush(self) -> None:
        self.brs = 0
        self.flushes += 1
        if not self.pieces:
            return
        raw = "".join(self.pieces)
        self.pieces = []
        self.size = 0
        text = clean_inline(raw)
        links, link_chars = self.links, self.link_chars
        self.links, self.link_chars = [], 0
        if not text:
            return
        kind, is_h1 = self.kinds[-1] if self.kinds else ("paragraph", False)
        ratio = min(1.0, link_chars / max(1, len(raw.strip())))
        self.blocks.append(RawBlock(kind, text, links, ratio, is_h1))

    def link(self, start: tuple[int, int], href: str | None) -> None:
        if start[0] != self.flushes:  # a block boundary inside the link: not an inline link
            return
        raw = "".join(self.pieces)[start[1] :]
        self.link_chars += len(raw.strip())
        text = clean_inline(raw)
        resolved = resolve_url(href, self.base_url)
        if text and resolved and (text, resolved) not in self.links:
            self.links.append((text, resolved))


def _kind_of(tag: Tag) -> str | None:
    kind = _KIND.get(tag.name)
    if kind is None and tag.name in ("aside", "div", "figure", "p", "section"):
        classes = tag.get("class")
        if isinstance(classes, str) and any(marker in classes.lower() for marker in _QUOTE_CLASS):
            return "quote"
    return kind


def build_blocks(roots: list[Tag], base_url: str) -> list[RawBlock]:
    """Blocks for the subtrees ``roots`` (in that order), links resolved against ``base_url``."""
    builder = _Builder(base_url)
    # stack entries: (node, None) to enter; ("exit", tag, pushed_kind, link_start) to leave
    stack: list[tuple[object, ...]] = [(root, None) for root in reversed(roots)]
    while stack:
        entry = stack.pop()
        node = entry[0]
        if node == "exit":
            _, tag, pushed, link_start = entry
            assert isinstance(tag, Tag)
            if link_start is not None:
                builder.link(link_start, _href(tag))
            if tag.name in BLOCK_TAGS or pushed:
                builder.flush()
            if pushed:
                builder.kinds.pop()
            continue
        if isinstance(node, NavigableString):
            if type(node) is NavigableString or isinstance(node, CData):
                builder.text(str(node))
            continue
        if not isinstance(node, Tag) or node.name in DROP_TAGS:
            continue
        name = node.name
        if name == "br":
            builder.brs += 1
            if builder.brs >= 2:
                builder.flush()
            else:
                builder.text(" ")
                builder.brs = 1
            continue
        if name in ("td", "th"):
            builder.text(" ")
        kind = _kind_of(node)
        if name in BLOCK_TAGS or kind:
            builder.flush()
        if kind:
            builder.kinds.append((kind, name == "h1"))
        link_start = (builder.flushes, builder.size) if name == "a" else None
        stack.append(("exit", node, bool(kind), link_start))
        stack.extend((child, None) for child in reversed(node.contents))
    builder.flush()
    return builder.blocks


def _href(tag: Tag) -> str | None:
    href = tag.get("href")
    return href if isinstance(href, str) else None
