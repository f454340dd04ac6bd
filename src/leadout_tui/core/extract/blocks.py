"""One walk over the parsed page: its text as ordered blocks, and the shape of the tree around
them.

The walk (lxml's ``iterwalk``: no recursion, pages nest ten thousand ``div`` deep) skips what is
never text, flushes the inline text gathered so far whenever a block-level element starts or
ends, and labels each block by its innermost enclosing heading, list item or quotation. Every
block-level element and table cell gets a number in document order with its parent's number
and the last number inside it, so that :mod:`.region` can add up the blocks under any element
without walking the tree again; elements that look like furniture and named body containers
(:mod:`.furniture`) are noted by number on the way.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from lxml import etree

from leadout_tui.core.extract.dom import BLOCK_TAGS, Element
from leadout_tui.core.extract.furniture import FURNITURE, HIDDEN, judge
from leadout_tui.core.text import clean_line


@dataclass
class RawBlock:
    """A block before its final :class:`Block` form: kind, text, links (text, ``href`` as
    written), the share of its text inside links, and the number of the innermost block-level
    element holding it (see :class:`BlockTree`)."""

    kind: str
    text: str
    links: list[tuple[str, str]]
    link_ratio: float
    is_h1: bool = False
    owner: int = -1


@dataclass
class BlockTree:
    """Blocks in document order and the block-level elements around them, by number.

    ``parent[i]`` is element ``i``'s nearest block-level ancestor (-1 at the top), ``end[i]``
    the last number inside it (so ``i <= j <= end[i]`` means ``j`` is inside ``i``),
    ``furniture[i]`` the nearest element at or above ``i`` that looks like furniture (-1: none).
    ``containers`` are the named body containers as ``(rank, number)``.
    """

    blocks: list[RawBlock] = field(default_factory=list)
    nodes: list[Element] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)
    end: list[int] = field(default_factory=list)
    furniture: list[int] = field(default_factory=list)
    containers: list[tuple[int, int]] = field(default_factory=list)

    def content_blocks(self) -> list[RawBlock]:
        """The blocks outside every element that looks like furniture."""
        return [b for b in self.blocks if b.owner < 0 or self.furniture[b.owner] < 0]


class _Builder:
    """Accumulates inline text and emits :class:`RawBlock` objects in document order."""

    def __init__(self) -> None:
        self.tree = BlockTree()
        self.open: list[int] = []  # numbers of the block-level elements being walked
        self.pieces: list[str] = []
        self.size = 0
        self.link_chars = 0
        self.links: list[tuple[str, str]] = []
        self.kinds: list[tuple[str, bool]] = []  # (kind, is_h1)
        self.brs = 0
        self.flushes = 0
        self.anchors = 0  # links being walked: their text is link text even across blocks
        self.is_open: list[bool] = []  # by number: the element is being walked
        self.first = -1  # the innermost numbered element open when the pending text began

    def enter(self, element: Element, is_furniture: bool, rank: int | None) -> None:
        tree = self.tree
        number = len(tree.nodes)
        up = self.open[-1] if self.open else -1
        tree.nodes.append(element)
        tree.parent.append(up)
        tree.end.append(number)
        tree.furniture.append(number if is_furniture else tree.furniture[up] if up >= 0 else -1)
        if rank is not None:
            tree.containers.append((rank, number))
        self.open.append(number)
        self.is_open.append(True)

    def leave(self) -> None:
        number = self.open.pop()
        self.is_open[number] = False
        self.tree.end[number] = len(self.tree.nodes) - 1

    def text(self, value: str) -> None:
        if self.first < 0 and self.open and value.strip():
            self.first = self.open[-1]
        if self.brs and value.strip():
            self.brs = 0
        self.pieces.append(value)
        self.size += len(value)
        if self.anchors:
            self.link_chars += len(value)

    def line_break(self) -> None:
        self.brs += 1
        if self.brs >= 2:
            self.flush()
        else:
            self.text(" ")
            self.brs = 1

    def flush(self) -> None:
        self.brs = 0
        self.flushes += 1
        if not self.pieces:
            self.first = -1
            return
        raw = "".join(self.pieces)
        self.pieces = []
        self.size = 0
        text = clean_line(raw)
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)  # one code point per letter on screen
        links, link_chars = self.links, self.link_chars
        self.links, self.link_chars = [], 0
        if not text:
            self.first = -1
            return
        kind, is_h1 = self.kinds[-1] if self.kinds else ("paragraph", False)
        ratio = min(1.0, link_chars / max(1, len(raw.strip())))
        self.tree.blocks.append(RawBlock(kind, text, links, ratio, is_h1, self._owner()))

    def _owner(self) -> int:
        """The innermost element holding all of the pending text: where it began, or the
        nearest element around that which is still open (a row for its cells' text)."""
        owner, self.first = self.first, -1
        parent, is_open = self.tree.parent, self.is_open
        while owner >= 0 and not is_open[owner]:
            owner = parent[owner]
        return owner

    def link(self, start: tuple[int, int], href: str | None) -> None:
        if start[0] != self.flushes:  # a block boundary inside the link: not an inline link
            return
        text = clean_line("".join(self.pieces)[start[1] :])
        if text and href and (text, href) not in self.links:
            self.links.append((text, href))


_BLOCK_NAMES = tuple(BLOCK_TAGS)


def signature(element: Element) -> tuple[str, str]:
    """What marks elements of one kind: the tag and the first class name (the others are
    often state: ``left``, ``green``, ``is-open``)."""
    classes = (element.get("class") or "").split()
    return element.tag, classes[0] if classes else ""


def _holds_no_blocks(element: Element) -> bool:
    return next(element.iterchildren(*_BLOCK_NAMES), None) is None


#: What the walk remembers about an element it entered: it was skipped; it pushed a kind; it is
#: a block; it has a number (blocks and table cells); where its link text starts (links only).
_Entry = tuple[bool, bool, bool, bool, tuple[int, int] | None]
_SKIPPED: _Entry = (True, False, False, False, None)


def build_tree(root: Element) -> BlockTree:
    """The blocks under ``root`` (links' ``href`` as written) and the tree around them."""
    builder = _Builder()
    entries: list[_Entry] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, node in walker:
        name = node.tag
        if event == "end":
            if isinstance(name, str):
                skipped, pushed, is_block, numbered, link_start = entries.pop()
                if not skipped:
                    if link_start is not None:
                        builder.anchors -= 1
                        builder.link(link_start, node.get("href"))
                    if pushed or is_block:
                        builder.flush()
                    if pushed:
                        builder.kinds.pop()
                    if numbered:
                        builder.leave()
            if node is not root and node.tail:
                builder.text(node.tail)
            continue
        if not isinstance(name, str):  # a comment or processing instruction
            continue
        kind, rank, block_kind = judge(node)
        if kind == FURNITURE and name not in BLOCK_TAGS and _holds_no_blocks(node):
            kind = HIDDEN  # inline furniture: a byline <span>, a share link, a form in a line
        if kind == HIDDEN or name == "br":
            walker.skip_subtree()
            entries.append(_SKIPPED)
            if name == "br":
                builder.line_break()
            continue
        is_furniture = kind == FURNITURE
        is_block = name in BLOCK_TAGS or is_furniture or rank is not None
        is_cell = not is_block and name in ("td", "th")
        if is_cell:
            builder.text(" ")  # a row's cells are one line of text; a cell is still a place
        if block_kind or is_block:
            builder.flush()
        if is_block or is_cell:
            builder.enter(node, is_furniture, rank)
        if block_kind:
            builder.kinds.append((block_kind, name == "h1"))
        link_start = None
        if name == "a":
            link_start = (builder.flushes, builder.size)
            builder.anchors += 1
        entries.append((False, bool(block_kind), is_block, is_block or is_cell, link_start))
        if node.text:
            builder.text(node.text)
    builder.flush()
    return builder.tree
