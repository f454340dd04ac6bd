"""The main text of a page: the element whose blocks add up to the most prose.

Each block gets a gain from its own evidence: long, sentence-like text with few links gains its
length; link lists and short fragments lose theirs; headings are neutral. An element's score is
the sum of the gains of the blocks under it, so the best element is the one that takes in the
article's paragraphs (split across sibling containers, or with the lead outside the body's own
container) while leaving out menus, link lists and footers around them. Text inside an element
that looks like furniture (:mod:`.clean`) counts for that element and the ones inside it, and
not for anything around it (its link lists and fragments still count against): the region is
either inside such an element (a theme's "header" wrapper around the whole page) or gains
nothing from taking it in (comments, a sidebar with prose).
"""

from __future__ import annotations

import re
from collections import Counter

from leadout_tui.core.extract.blocks import BlockTree, RawBlock
from leadout_tui.core.extract.dom import Element
from leadout_tui.core.extract.edges import tidy

#: Characters that end a sentence (or a quoted one).
_STOPS = frozenset(".!?\u2026:;\"'\u201d\u2019\u00bb)\u3002\uff01\uff1f")
#: How a teaser cut short ends.
_TEASER_ENDS = ("...", "\u2026", "[\u2026]", "[...]")
NAMED_BOOST = 5.0
TAG_BOOST = 3.0
LAST_CLASS_RANK = 10
FURNITURE_WEIGHT = 0.3
WRAPPER_SHARE = 0.5
TIGHTEN = 0.0
LEAF_SLACK = 0.3
SHORT_COST = 0.1
LONG = 80
#: The largest share of digits, punctuation and symbols in text made of words.
SYMBOLS_MAX = 0.3
_SYMBOLS = re.compile(r"[0-9!-/:-@\[-`{-~\u00a1-\u00bf\u00d7\u00f7\u2010-\u206f\ufffd]")
SHORT = 30


def is_link_list(block: RawBlock) -> bool:
    """Mostly link text: a menu entry, a related-article teaser, a tag."""
    return block.link_ratio >= 0.5


def is_sentence(block: RawBlock) -> bool:
    return block.text[-1] in _STOPS


def is_wordy(text: str) -> bool:
    """Words (in any script), not a run of symbols, digits or code: few of its characters are
    digits, punctuation or symbols."""
    return len(_SYMBOLS.findall(text)) <= SYMBOLS_MAX * (len(text) - text.count(" "))


def gain(block: RawBlock) -> float:
    """What a block adds to the element holding it (see the module's notes)."""
    size = len(block.text)
    if is_link_list(block):
        return -float(size)
    if block.kind == "heading":
        return 0.0
    if block.text.endswith(_TEASER_ENDS):
        return -size / 2
    prose = size * (1.0 - block.link_ratio)
    if not is_wordy(block.text):
        return 0.0
    if size >= LONG:
        return prose
    if size >= SHORT and is_sentence(block):
        return prose / 2
    return -SHORT_COST * size


def _named_boosts(tree: BlockTree) -> list[float]:
    """Each element's boost from the named body container around it, if that container is one
    of a kind on the page (a listing's twenty ``<article>`` cards are not)."""
    per_rank = Counter(rank for rank, _ in tree.containers)
    boosts = [1.0] * len(tree.nodes)
    for rank, number in tree.containers:
        if per_rank[rank] > 2:
            continue
        boost = NAMED_BOOST if rank <= LAST_CLASS_RANK else TAG_BOOST
        for below in range(number, tree.end[number] + 1):
            boosts[below] = max(boosts[below], boost)
    return boosts


def _signature(element: Element) -> tuple[str, str]:
    """What marks elements of one kind: the tag and the first class name (the others are
    often state: ``left``, ``green``, ``is-open``)."""
    classes = (element.get("class") or "").split()
    return element.tag, classes[0] if classes else ""


def _settled_furniture(tree: BlockTree, gains: list[float]) -> list[int]:
    """``tree.furniture`` without the furniture that holds :data:`WRAPPER_SHARE` of the page's
    prose: by its name a sidebar or a paywall box, by its content the article's wrapper."""
    prose = [0.0] * len(tree.nodes)
    for block, value in zip(tree.blocks, gains, strict=True):
        if value > 0 and block.owner >= 0:
            prose[block.owner] += value
    parent = tree.parent
    for number in range(len(prose) - 1, 0, -1):
        if parent[number] >= 0:
            prose[parent[number]] += prose[number]
    floor = WRAPPER_SHARE * max(prose, default=0.0)
    groups: dict[tuple[str, str], float] = {}
    for number, mark in enumerate(tree.furniture):
        if mark == number:
            key = _signature(tree.nodes[number])
            groups[key] = groups.get(key, 0.0) + prose[number]
    furniture: list[int] = []
    for number, mark in enumerate(tree.furniture):
        wrapper = 0 < floor <= prose[number] or (
            mark == number and 0 < floor <= groups[_signature(tree.nodes[number])]
        )
        if mark == number and not wrapper:
            furniture.append(number)
        else:  # inside furniture, or a wrapper after all: as its parent is
            up = parent[number]
            furniture.append(furniture[up] if up >= 0 else -1)
    return furniture


def element_scores(
    tree: BlockTree, gains: list[float], furniture: list[int], boosts: list[float]
) -> list[float]:
    """Every block-level element's score: the gains under it, prose inside furniture counted
    as the module's notes say, prose inside a named body container with its boost."""
    parent = tree.parent
    prose = [0.0] * len(tree.nodes)
    junk = [0.0] * len(tree.nodes)
    for block, value in zip(tree.blocks, gains, strict=True):
        node = block.owner
        if node < 0:
            continue
        if value > 0:
            prose[node] += value * boosts[node] * (FURNITURE_WEIGHT if furniture[node] >= 0 else 1)
        else:
            junk[node] += value
    for number in range(len(prose) - 1, -1, -1):
        up = parent[number]
        if up >= 0:
            junk[up] += junk[number]
            if furniture[number] != number:  # prose in furniture: neutral for what is around it
                prose[up] += prose[number]
    return [p + j for p, j in zip(prose, junk, strict=True)]


def best_element(tree: BlockTree, scores: list[float]) -> int | None:
    """The best-scoring element, or the innermost one inside it that scores within
    :data:`TIGHTEN` of it (what the outer one adds is not worth its risk); None if none gains.
    """
    best, best_score = None, 0.0
    for number, value in enumerate(scores):
        if value > best_score:
            best, best_score = number, value
    if best is None:
        return None
    floor = (1 - TIGHTEN) * best_score
    parent = tree.parent
    chosen, chosen_depth = best, 0
    for number in range(best + 1, tree.end[best] + 1):
        if scores[number] >= floor:
            depth, up = 0, number
            while up != best:
                depth, up = depth + 1, parent[up]
            if depth > chosen_depth:
                chosen, chosen_depth = number, depth
    up = parent[chosen]
    if tree.end[chosen] == chosen and up >= 0 and scores[up] >= (1 - LEAF_SLACK) * scores[chosen]:
        chosen = up  # one paragraph is not a region: its container, unless that costs much
    return chosen


def region_blocks(
    tree: BlockTree, top: int, furniture: list[int], boosts: list[float]
) -> list[RawBlock]:
    """The blocks under element ``top``, minus those inside furniture below it; when the region
    holds a named body container, what lies outside that container must be plain prose (a
    copyright line or a "posted in" line beside the article's own container is not)."""
    last = tree.end[top]
    inside = [
        block
        for block in tree.blocks
        if top <= block.owner <= last and furniture[block.owner] <= top
    ]
    if boosts[top] > 1 or not any(boosts[block.owner] > 1 for block in inside):
        return inside
    return [block for block in inside if boosts[block.owner] > 1 or _is_plain_prose(block)]


def _is_plain_prose(block: RawBlock) -> bool:
    return len(block.text) >= LONG and block.link_ratio < 0.2 and block.kind != "heading"


def main_region(tree: BlockTree) -> tuple[list[RawBlock], bool]:
    """The blocks of the page's main region, tidied (empty when no element gains), and whether
    the region lies in a named body container (the source is then ``container``)."""
    gains = [gain(block) for block in tree.blocks]
    furniture = _settled_furniture(tree, gains)
    boosts = _named_boosts(tree)
    scores = element_scores(tree, gains, furniture, boosts)
    top = best_element(tree, scores)
    if top is None:
        return [], False
    inside = any(number <= top <= tree.end[number] for _, number in tree.containers)
    return tidy(region_blocks(tree, top, furniture, boosts), tree), inside
