"""Turn a cleaned DOM subtree into ordered body blocks, without recursion; text rules for blocks.

The walk keeps an explicit stack (pages nest ten thousand ``div`` deep), flushes the inline text
gathered so far whenever a block-level element starts or ends, and labels each block by its
innermost enclosing heading, list item or quotation. Text rules
(:func:`drop_boilerplate_blocks`) then catch what markup does not label: "READ MORE" promos,
"Advertisement" labels, "Image 1 of 5" captions, sign-up and membership pitches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from leadout_tui.core.extract.clean import DROP_TAGS, REMOVED, Element
from leadout_tui.core.extract.meta import resolve_url
from leadout_tui.core.text import clean_line

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
_SKIP = DROP_TAGS | {REMOVED}


@dataclass
class RawBlock:
    """A block before its final :class:`Block` form: kind, text, links, link-text ratio."""

    kind: str
    text: str
    links: list[tuple[str, str]]
    link_ratio: float
    is_h1: bool = False


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
        text = clean_line(raw)
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
        text = clean_line(raw)
        resolved = resolve_url(href, self.base_url)
        if text and resolved and (text, resolved) not in self.links:
            self.links.append((text, resolved))


def _kind_of(element: Element) -> str | None:
    name = element.tag
    kind = _KIND.get(name)
    if kind is None and name in ("aside", "div", "figure", "p", "section"):
        classes = element.get("class")
        if classes and any(marker in classes.lower() for marker in _QUOTE_CLASS):
            return "quote"
    return kind


def build_blocks(roots: list[Element], base_url: str) -> list[RawBlock]:
    """Blocks for the subtrees ``roots`` (in that order), links resolved against ``base_url``."""
    builder = _Builder(base_url)
    # stack entries: an element to enter, a string of text, or an exit record
    # (element, pushed_kind, link_start) to leave an element
    stack: list[Element | str | tuple[Element, bool, tuple[int, int] | None]] = list(
        reversed(roots)
    )
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            builder.text(node)
            continue
        if isinstance(node, tuple):
            element, pushed, link_start = node
            if link_start is not None:
                builder.link(link_start, element.get("href"))
            if pushed or element.tag in BLOCK_TAGS:
                builder.flush()
            if pushed:
                builder.kinds.pop()
            continue
        name = node.tag
        if not isinstance(name, str) or name in _SKIP:  # comments: only their tail counts
            continue
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
        if kind or name in BLOCK_TAGS:
            builder.flush()
        if kind:
            builder.kinds.append((kind, name == "h1"))
        link_start = (builder.flushes, builder.size) if name == "a" else None
        stack.append((node, bool(kind), link_start))
        for child in reversed(node):
            if child.tail:
                stack.append(child.tail)
            stack.append(child)
        if node.text:
            stack.append(node.text)
    builder.flush()
    return builder.blocks


_MARKER = re.compile(
    r"^(?:read more|read next|related|related (?:articles?|stories|content|reading|news|posts?)|"
    r"more (?:from|on|stories|news|like this)\b.{0,40}|see also|also read|recommended(?: for you)?|"
    r"most popular|most read|trending(?: now)?|popular now|you (?:may|might) also like|"
    r"further reading|latest(?: news| videos)?|don'?t miss|up next|"
    r"advertisement|advert|ad|sponsored|scroll to continue(?: with content)?|"
    r"(?:article|story) continues (?:below|after (?:this )?advertisement)(?: advertisement)?|"
    r"continue reading below|advertisement\W+continue reading below|"
    r"share(?: this)?(?: article| story| post| page)?|share on \w+|like this|loading|"
    r"tags?|topics|filed under|comments?|leave a (?:reply|comment)|"
    r"\d+ comments?|sign up|subscribe|join (?:now|today))\W*$",
    re.IGNORECASE,
)
_PROMO_PREFIX = re.compile(
    r"^(?:read more|read next|related|see also|also read|more|recommended|watch|listen|"
    r"you (?:may|might) also like|don'?t miss|further reading|in pictures|gallery|see more|"
    r"previous(?: (?:story|article|post))?|next(?: (?:story|article|post))?)\s*[:|\u00bb>]",
    re.IGNORECASE,
)
_IMAGE_COUNT = re.compile(r"^(?:image|photo|picture|slide)\s+\d+\s+(?:of|/)\s+\d+\b", re.I)
_PITCH = re.compile(
    r"newsletter|sign up|sign-up|subscribe|inbox|become a member|already a member|"
    r"members only|member-only|log in to|start your free trial|free trial|"
    r"we use cookies|accept (?:all )?cookies|cookie (?:policy|settings)|"
    r"supported by its audience|earn an affiliate commission|affiliate links",
    re.IGNORECASE,
)
_WP_FOOTER = re.compile(r"^The post .+ appeared first on .+$", re.DOTALL)
_CREDIT = re.compile(r"^\(?(?:image|photo|picture) (?:credit|by)\s*:", re.IGNORECASE)


def is_pitch(text: str, words: int) -> bool:
    """A short newsletter/membership/cookie/affiliate pitch (two pitch terms, or one if tiny)."""
    if words > 60:
        return False
    hits = len(_PITCH.findall(text))
    return hits >= 2 or (hits == 1 and words <= 25)


def drop_boilerplate_blocks(blocks: list[RawBlock]) -> list[RawBlock]:
    """Blocks minus promos, ad labels, gallery counters, pitches and link lists after a promo."""
    kept: list[RawBlock] = []
    after_marker = False
    for block in blocks:
        text = block.text
        words = text.count(" ") + 1
        if after_marker and block.link_ratio >= 0.8:
            continue
        after_marker = False
        if words <= 12 and _MARKER.match(text):
            after_marker = True
            continue
        if words <= 40 and _PROMO_PREFIX.match(text.lstrip("\u00ab\u00bb<>|-\u2013\u2014 ")):
            continue
        if (
            _IMAGE_COUNT.match(text)
            or _CREDIT.match(text)
            or _WP_FOOTER.match(text)
            or is_pitch(text, words)
        ):
            continue
        kept.append(block)
    return kept
