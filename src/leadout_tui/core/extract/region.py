"""The main text of a page: the element whose blocks add up to the most prose.

Each block gains or loses by its own evidence (:mod:`.evidence`). An element's score is the sum
of the gains of the blocks under it, so the best element is the one that takes in the
article's paragraphs (split across sibling containers, or with the lead outside the body's own
container) while leaving out the menus, link lists and footers around them. Three kinds of
markup evidence weigh in, none of them a verdict:

- Furniture (:mod:`.furniture`: a sidebar, a header, comments by their names). Its prose counts
  for itself and the elements inside it, at :data:`FURNITURE_WEIGHT`, and not for anything
  around it, while its link lists still count against: the region is either inside such an
  element or gains nothing from taking it in. Furniture of one kind (tag and first class name)
  that holds :data:`WRAPPER_SHARE` of the page's prose is no furniture at all: a theme's
  ``header-style-2`` wrapper around the page, a paywall box around the body, the entries of a
  live blog named like comments; unless the prose outside all furniture is more than
  :data:`OUTSIDE_SHARE` of it (comments longer than the post are still comments).
- A named body container (``entry-content``, ``itemprop=articleBody``, ``<article>`` ...) that
  is one of a kind on the page multiplies the prose inside it by :data:`NAMED_BOOST`; twenty
  ``<article>`` cards in a listing boost nothing.
- Of equal scores the innermost element wins; a single paragraph gives way to its container
  unless that costs more than :data:`LEAF_SLACK` of its score.

The region's own blocks are then led by the standfirst of the article's HTML5 header, if the
region sits in an article whose header holds one, and tidied (:mod:`.edges`).
"""

from __future__ import annotations

from collections import Counter

from leadout_tui.core.extract.blocks import BlockTree, RawBlock, signature
from leadout_tui.core.extract.dom import Element
from leadout_tui.core.extract.edges import tidy
from leadout_tui.core.extract.evidence import SHORT, gains, is_link_list, is_prose, is_sentence

NAMED_BOOST = 5.0
FURNITURE_WEIGHT = 0.3
WRAPPER_SHARE = 0.5
OUTSIDE_SHARE = 0.3
LEAF_SLACK = 0.3


def _named_boosts(tree: BlockTree) -> list[float]:
    """Each element's boost from the named body container around it (see the notes)."""
    per_rank = Counter(rank for rank, _ in tree.containers)
    boosts = [1.0] * len(tree.nodes)
    for rank, number in tree.containers:
        if per_rank[rank] > 2:
            continue
        for below in range(number, tree.end[number] + 1):
            boosts[below] = NAMED_BOOST
    return boosts


def _prose_under(tree: BlockTree, values: list[float]) -> list[float]:
    """The positive gains under each element, furniture or not."""
    prose = [0.0] * len(tree.nodes)
    for block, value in zip(tree.blocks, values, strict=True):
        if value > 0 and block.owner >= 0:
            prose[block.owner] += value
    parent = tree.parent
    for number in range(len(prose) - 1, 0, -1):
        if parent[number] >= 0:
            prose[parent[number]] += prose[number]
    return prose


def settled_furniture(tree: BlockTree, values: list[float]) -> list[int]:
    """``tree.furniture`` without the furniture of a kind that holds :data:`WRAPPER_SHARE` of
    the page's prose."""
    prose = _prose_under(tree, values)
    page = max(prose, default=0.0)
    outside = sum(  # the prose no furniture holds: an article of its own, beside the furniture
        value
        for block, value in zip(tree.blocks, values, strict=True)
        if value > 0 and (block.owner < 0 or tree.furniture[block.owner] < 0)
    )
    kinds: dict[tuple[str, str], float] = {}
    for number, mark in enumerate(tree.furniture):
        if mark == number:
            key = signature(tree.nodes[number])
            kinds[key] = kinds.get(key, 0.0) + prose[number]
    wrappers = {
        key
        for key, held in kinds.items()
        if 0 < WRAPPER_SHARE * page <= held and outside <= OUTSIDE_SHARE * held
    }
    furniture: list[int] = []
    for number, mark in enumerate(tree.furniture):
        if mark == number and signature(tree.nodes[number]) not in wrappers:
            furniture.append(number)
        else:  # inside furniture, or a wrapper after all: as its parent is
            up = tree.parent[number]
            furniture.append(furniture[up] if up >= 0 else -1)
    return furniture


def element_scores(
    tree: BlockTree, values: list[float], furniture: list[int], boosts: list[float]
) -> list[float]:
    """Every block-level element's score: the gains under it, weighed as the notes say."""
    parent = tree.parent
    prose = [0.0] * len(tree.nodes)
    junk = [0.0] * len(tree.nodes)
    for block, value in zip(tree.blocks, values, strict=True):
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
    """The innermost of the best-scoring elements (see the notes); None if none gains."""
    best, best_score = None, 0.0
    for number, value in enumerate(scores):
        if value > best_score:
            best, best_score = number, value
    if best is None:
        return None
    parent = tree.parent
    chosen, chosen_depth = best, 0
    for number in range(best + 1, tree.end[best] + 1):
        if scores[number] >= best_score:
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
    holds a named body container, what lies outside that container must be prose with few
    links (a copyright line or a "posted in" line beside the article's container is not)."""
    last = tree.end[top]
    inside = [
        block
        for block in tree.blocks
        if top <= block.owner <= last and furniture[block.owner] <= top
    ]
    if boosts[top] > 1 or not any(boosts[block.owner] > 1 for block in inside):
        return inside
    return [
        block
        for block in inside
        if boosts[block.owner] > 1 or (is_prose(block) and block.link_ratio < 0.2)
    ]


def main_region(tree: BlockTree) -> tuple[list[RawBlock], bool]:
    """The blocks of the page's main region, tidied (empty when no element gains), and whether
    the region lies in a named body container (the source is then ``container``)."""
    values = gains(tree.blocks)
    furniture = settled_furniture(tree, values)
    boosts = _named_boosts(tree)
    top = best_element(tree, element_scores(tree, values, furniture, boosts))
    if top is None:
        return [], False
    inside = any(number <= top <= tree.end[number] for _, number in tree.containers)
    blocks = _standfirst(tree, top, furniture) + region_blocks(tree, top, furniture, boosts)
    return tidy(blocks, tree), inside


def _is_header(element: Element) -> bool:
    return element.tag == "header" or "header" in (element.get("class") or "").lower()


def _standfirst(tree: BlockTree, top: int, furniture: list[int]) -> list[RawBlock]:
    """The prose in the article's own header before the region: the standfirst or lead that
    themes put beside the title, in the ``<article>`` (or named container) around the region.
    """
    article = -1
    for _, number in tree.containers:
        if number < top <= tree.end[number] and number > article:
            article = number
    if article < 0:
        return []
    found = []
    for block in tree.blocks:
        owner = block.owner
        if owner >= top:
            break
        mark = furniture[owner] if owner >= 0 else -1
        if (
            owner > article
            and mark > article
            and _is_header(tree.nodes[mark])
            and (is_prose(block) or (is_sentence(block) and len(block.text) >= SHORT))
            and not is_link_list(block)
        ):
            found.append(block)
    return found
