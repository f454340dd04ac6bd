"""Inside the main region: what hangs off the article's prose and is not part of it.

The region (:mod:`.region`) is an element, and elements carry more than the article: link
lists in the middle, the excerpts of teaser cards, the headings over boxes of links, and
around the prose a date line, a byline, "Contact", a copyright line. Link lists, card excerpts
and a heading over two or more of them go wherever they are. Before the first paragraph of
prose and after the last, a block that is not prose stays only if it sits beside that
paragraph: under the same element (a table of results, a closing line, a list of ingredients),
or, for a sentence, in a sibling of the same kind as the paragraph's own (the next entry of a
live blog). The page's own furniture around the article does not. Leading fragments and
trailing headings go too: they head nothing.
"""

from __future__ import annotations

from leadout_tui.core.extract.blocks import BlockTree, RawBlock, signature
from leadout_tui.core.extract.evidence import (
    card_excerpts,
    is_fragment,
    is_link_list,
    is_long_heading,
    is_prose,
    is_sentence,
)


def _holder(tree: BlockTree, block: RawBlock) -> int:
    """The element around a block's own element: where its siblings live."""
    return tree.parent[block.owner] if block.owner >= 0 else -1


def _beside(tree: BlockTree, block: RawBlock, holder: int, prose: RawBlock) -> bool:
    """Under the same element as the paragraph, in a list, or in a sibling of one kind with
    the paragraph's own (the next entry of a live blog)."""
    if holder < 0 or holder <= block.owner <= tree.end[holder] or block.kind == "list_item":
        return True
    return is_sentence(block) and _kin(tree, block.owner, prose.owner)


def _kin(tree: BlockTree, one: int, other: int) -> bool:
    """Whether two elements sit in siblings of one kind (same tag and first class)."""
    path = []
    while one >= 0:
        path.append(one)
        one = tree.parent[one]
    inside = set(path)
    below = -1
    while other >= 0 and other not in inside:
        below, other = other, tree.parent[other]
    if other < 0 or below < 0:
        return False
    index = path.index(other)
    if index == 0:
        return False
    return signature(tree.nodes[path[index - 1]]) == signature(tree.nodes[below])


def tidy(blocks: list[RawBlock], tree: BlockTree) -> list[RawBlock]:
    """The region's blocks without what hangs off its prose (see the notes)."""
    junk = card_excerpts(blocks) | {i for i, b in enumerate(blocks) if is_link_list(b)}
    run = 0  # how many junk blocks follow the current one before anything else
    for index in range(len(blocks) - 1, -1, -1):
        if blocks[index].kind == "heading" and not is_long_heading(blocks[index]):
            if run >= 2:
                junk.add(index)  # heads a box of links: "Related", "Upcoming events"
        else:
            run = run + 1 if index in junk else 0
    kept = [block for index, block in enumerate(blocks) if index not in junk]
    prose = [index for index, block in enumerate(kept) if is_prose(block)]
    if prose:
        first, last = prose[0], prose[-1]
        head, tail = _holder(tree, kept[first]), _holder(tree, kept[last])
        kept = (
            [b for b in kept[:first] if b.kind == "heading" or _beside(tree, b, head, kept[first])]
            + kept[first : last + 1]
            + [b for b in kept[last + 1 :] if _beside(tree, b, tail, kept[last])]
        )
    while kept and is_fragment(kept[0]):
        kept.pop(0)
    while kept and kept[-1].kind == "heading" and not is_long_heading(kept[-1]):
        kept.pop()
    return kept
