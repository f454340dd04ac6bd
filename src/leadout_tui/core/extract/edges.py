"""Inside the main region: which blocks are furniture by their neighbours.

The region (:mod:`.region`) is an element, and elements carry more than the article: a related
box after the last paragraph, a "more on this" section in the middle, a byline and a date line
before the lead. Each block is classed by its own evidence (prose, a link list or teaser, a
heading, a short line), then by its context, as jusText does: a paragraph of teaser length
between two link lists is a teaser; a heading over nothing but link lists heads a link box.
Everything before the last link list that precedes the first paragraph of prose, and after
the first link list that follows the last one, is cut; inside, link lists are dropped.
"""

from __future__ import annotations

from leadout_tui.core.extract.blocks import BlockTree, RawBlock

PROSE, JUNK, SHORT, HEADING = range(4)
#: Characters that end a sentence (or a quoted one).
STOPS = frozenset(".!?\u2026:;\"'\u201d\u2019\u00bb)\u3002\uff01\uff1f")
#: How a teaser cut short ends.
TEASER_ENDS = ("...", "\u2026", "[\u2026]", "[...]")
#: Characters from which a block counts as prose; below, as a short line.
LONG = 80
#: Prose this short between two link lists is a teaser.
TEASER_MAX = 300


def is_link_list(block: RawBlock) -> bool:
    """Mostly link text: a menu entry, a related-article teaser, a tag."""
    return block.link_ratio >= 0.5


def is_sentence(block: RawBlock) -> bool:
    return block.text[-1] in STOPS


def is_teaser(block: RawBlock) -> bool:
    return block.text.endswith(TEASER_ENDS)


def block_class(block: RawBlock) -> int:
    if is_link_list(block) or is_teaser(block):
        return JUNK
    if block.kind == "heading":
        return HEADING
    return PROSE if len(block.text) >= LONG else SHORT


def _holder(tree: BlockTree, block: RawBlock) -> int:
    """The element around a block's own element: where its siblings live."""
    return tree.parent[block.owner] if block.owner >= 0 else -1


def _inside(tree: BlockTree, block: RawBlock, holder: int) -> bool:
    return holder < 0 or holder <= block.owner <= tree.end[holder] or block.kind == "list_item"


def tidy(blocks: list[RawBlock], tree: BlockTree) -> list[RawBlock]:
    """The region's blocks without its inner link lists and what hangs off its prose.

    Before the first paragraph of prose and after the last, a block that is not prose stays
    only if it sits beside that paragraph, under the same element: a table of results or a
    closing line of the article does; a date line, "Contact" or a copyright line in the
    page's own furniture around the article does not. Headings do not end a region.
    """
    kept = [block for block in blocks if not is_link_list(block)]
    prose = [index for index, block in enumerate(kept) if block_class(block) == PROSE]
    if prose:
        first, last = prose[0], prose[-1]
        head, tail = _holder(tree, kept[first]), _holder(tree, kept[last])
        kept = (
            [b for b in kept[:first] if _inside(tree, b, head) or b.kind == "heading"]
            + kept[first : last + 1]
            + [b for b in kept[last + 1 :] if _inside(tree, b, tail)]
        )
    while kept and _is_fragment(kept[0]):
        kept.pop(0)
    while kept and kept[-1].kind == "heading":
        kept.pop()
    return kept


def _is_fragment(block: RawBlock) -> bool:
    return block.kind != "heading" and len(block.text) < 30 and not is_sentence(block)
