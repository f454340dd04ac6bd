"""What a block's own text, and the block before it, say about it: prose, a link list, a teaser
or a short line.

No word lists: the evidence is how long a block is, how much of it is link text, whether it
ends like a sentence, whether it reads as words at all (few digits and symbols, in any
script), and whether it is cut short like a teaser ("...") or follows a linked heading the way
a card's excerpt does. :func:`gains` turns that into what each block adds to the element that
holds it (see :mod:`.region`).
"""

from __future__ import annotations

import re

from leadout_tui.core.extract.blocks import RawBlock

#: Characters that end a sentence (or a quoted one, in English, German or French quotes).
STOPS = frozenset(".!?\u2026:;\"'\u201c\u201d\u2018\u2019\u00ab\u00bb)\u3002\uff01\uff1f")
#: How a paragraph ends and a heading does not.
_PARAGRAPH_ENDS = frozenset('."\u201c\u201d\u00ab\u00bb\u3002')
#: How a teaser cut short ends.
TEASER_ENDS = ("...", "\u2026", "[\u2026]", "[...]")
#: From this many characters a block is prose (if it is not links); ...
LONG = 80
#: ... from this many, a sentence still counts for half; below, a block is a short line.
SHORT = 30
#: What a short line costs per character: dates, bylines and labels around an article.
SHORT_COST = 0.1
#: Prose this short right after a linked heading is a card's excerpt.
EXCERPT_MAX = 300
#: The largest share of digits, punctuation and symbols in text made of words.
SYMBOLS_MAX = 0.3
_SYMBOLS = re.compile(r"[0-9!-/:-@\[-`{-~\u00a1-\u00bf\u00d7\u00f7\u2010-\u206f\ufffd]")


def is_link_list(block: RawBlock) -> bool:
    """Mostly link text: a menu entry, a related-article title, a tag."""
    return block.link_ratio >= 0.5


def is_sentence(block: RawBlock) -> bool:
    return block.text[-1] in STOPS


def is_teaser(block: RawBlock) -> bool:
    """Cut short with an ellipsis, as listings cut their excerpts."""
    return block.text.endswith(TEASER_ENDS)


def is_fragment(block: RawBlock) -> bool:
    """A short line that is neither a heading nor a sentence: a date, a byline, a label."""
    return block.kind != "heading" and len(block.text) < SHORT and not is_sentence(block)


def is_wordy(text: str) -> bool:
    """Words (in any script), not a run of symbols, digits or code: few of its characters are
    digits, punctuation or symbols."""
    return len(_SYMBOLS.findall(text)) <= SYMBOLS_MAX * (len(text) - text.count(" "))


def is_prose(block: RawBlock) -> bool:
    """A paragraph of text: long, not a heading, not links, made of words."""
    return (
        len(block.text) >= LONG
        and block.kind != "heading"
        and not is_link_list(block)
        and is_wordy(block.text)
    )


def is_long_heading(block: RawBlock) -> bool:
    """A paragraph set in a heading's type (some themes mark up every paragraph as ``<h3>``):
    long, or ending the way headings do not, with a full stop or a closing quote."""
    if block.kind != "heading" or not is_wordy(block.text):
        return False
    size = len(block.text)
    return size >= 2 * LONG or (size >= LONG and block.text[-1] in _PARAGRAPH_ENDS)


def gain(block: RawBlock) -> float:
    """What a block adds to the element holding it, by its own evidence."""
    size = len(block.text)
    if is_link_list(block):
        return -float(size)
    if block.kind == "heading":  # neutral, unless it is a paragraph set in a heading's type
        return size / 2 if is_long_heading(block) else 0.0
    if is_teaser(block):
        return -size / 2
    if not is_wordy(block.text):
        return 0.0
    prose = size * (1.0 - block.link_ratio)
    if size >= LONG:
        return prose
    if size >= SHORT and is_sentence(block):
        return prose / 2
    return -SHORT_COST * size


def card_excerpts(blocks: list[RawBlock]) -> set[int]:
    """Where a short paragraph follows a linked heading: the excerpt on a teaser card, which
    reads like prose but belongs to another article."""
    found: set[int] = set()
    for index in range(1, len(blocks)):
        before, block = blocks[index - 1], blocks[index]
        if (
            before.kind == "heading"
            and is_link_list(before)
            and block.kind != "heading"
            and len(block.text) < EXCERPT_MAX
        ):
            found.add(index)
    return found


def gains(blocks: list[RawBlock]) -> list[float]:
    """:func:`gain` for each block, with card excerpts counted as the teasers they are."""
    values = [gain(block) for block in blocks]
    for index in card_excerpts(blocks):
        values[index] = -len(blocks[index].text) / 2
    return values
