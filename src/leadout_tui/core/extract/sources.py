"""Bodies from outside the page's own markup: the feed's content, JSON-LD ``articleBody`` and the
JSON page state of script-rendered sites (``__NEXT_DATA__``, ``application/json``).

Each is turned into blocks like a page fragment would be, and each must earn its place against
the page's main region (:func:`replaces_region`): the page's own blocks keep headings, quotes
and links, so a structured body wins only when it holds clearly more text than the region, as
when a page renders its body with a script or behind a paywall. Page state is read only from
scripts whose type says they are data (never from code), and only strings that look like an
article body (HTML paragraphs, or long prose) are taken from it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from leadout_tui.core.extract.blocks import RawBlock, build_tree
from leadout_tui.core.extract.dom import parse_html
from leadout_tui.core.extract.evidence import is_wordy
from leadout_tui.core.text import clean_line

#: A structured body replaces the region when it holds this many times the region's words.
REPLACE_RATIO = 1.5
#: ... and at least this many words.
MIN_WORDS = 80
_MARKUP = re.compile(r"<(?:p|div|br|h[2-6]|ul|blockquote)\b", re.IGNORECASE)
_PARAGRAPH = re.compile(r"<p[\s>]", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,500}>")
_SENTENCE_END = re.compile(r"[.!?\u3002](?:\s|$)")
_TEASER_END = re.compile(
    r"(?:\.\.\.|\u2026|\[\s*(?:\.\.\.|\u2026)\s*\]|read more|continue reading.*|"
    r"read the (?:full|rest of the) (?:story|article|post).*|keep reading.*)\W*$",
    re.IGNORECASE,
)
_MAX_STATE_STRINGS = 20_000


def words(blocks: list[RawBlock]) -> int:
    return sum(block.text.count(" ") + 1 for block in blocks)


def fragment_blocks(fragment: str) -> list[RawBlock]:
    """Blocks from an HTML fragment (feed content, HTML inside JSON), furniture left out."""
    root = parse_html(fragment)
    return [] if root is None else build_tree(root).content_blocks()


def text_blocks(body: str) -> list[RawBlock]:
    """Blocks from a body that is HTML, or plain text with one paragraph a line."""
    if _MARKUP.search(body):
        return fragment_blocks(body)
    paragraphs = (clean_line(line) for line in re.split(r"\s*\n\s*", body))
    return [RawBlock("paragraph", text, [], 0.0) for text in paragraphs if text]


def replaces_region(candidate: list[RawBlock], region: list[RawBlock]) -> bool:
    """Whether a structured body should stand in for the page's region (see the notes)."""
    found = words(candidate)
    return found >= MIN_WORDS and found >= REPLACE_RATIO * words(region)


def _strings(data: Any) -> list[str]:
    """Every string value in parsed JSON, without recursion."""
    found: list[str] = []
    stack = [data]
    while stack and len(found) < _MAX_STATE_STRINGS:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _body_weight(value: str) -> int:
    """How much article body a JSON string holds: its text if it is HTML with paragraphs or
    long prose, else 0."""
    if len(value) < 400:
        return 0
    if len(_PARAGRAPH.findall(value)) >= 2:
        return len(_TAG.sub("", value))
    if len(_SENTENCE_END.findall(value)) >= 5 and is_wordy(value):
        return len(value)
    return 0


def state_body(chunks: list[str]) -> str | None:
    """The string in the page's JSON state that holds the most article body, if any does."""
    best, best_weight = None, 0
    for chunk in chunks:
        try:
            data = json.loads(chunk, strict=False)
        except (ValueError, RecursionError):
            continue
        for value in _strings(data):
            weight = _body_weight(value)
            if weight > best_weight:
                best, best_weight = value, weight
    return best


def is_whole_article(raw: list[RawBlock], page_words: int) -> bool:
    """Whether the feed's own content is the whole article (not a teaser or an excerpt)."""
    if not raw:
        return False
    found = words(raw)
    last = raw[-1].text
    if re.match(r"^The post .+ appeared first on ", last) and len(raw) > 1:
        last = raw[-2].text
    return found >= 150 and not _TEASER_END.search(last) and found >= 0.8 * page_words
