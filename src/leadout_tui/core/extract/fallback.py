"""When no region gains (:mod:`.region` finds nothing): the densest text block on the page.

A page whose only text is a paywalled teaser, a short notice or a caption-like paragraph still
has something to show besides the feed's summary. The densest block is the one with the most
text outside links that reads as words; the blocks beside it under the same element come along
when they read as words too, so a short article of a few lines is not cut to one of them.
"""

from __future__ import annotations

from leadout_tui.core.extract.blocks import BlockTree, RawBlock
from leadout_tui.core.extract.evidence import is_link_list, is_wordy

#: A block shorter than this is not worth showing on its own.
MIN_CHARS = 25


def _density(block: RawBlock) -> float:
    if is_link_list(block) or not is_wordy(block.text):
        return 0.0
    return len(block.text) * (1.0 - block.link_ratio)


def densest_blocks(tree: BlockTree) -> list[RawBlock]:
    """The densest block outside furniture and its wordy neighbours (none if it is too short)."""
    candidates = tree.content_blocks()
    best = max(candidates, key=_density, default=None)
    if best is None or _density(best) < MIN_CHARS:
        return []
    home = tree.parent[best.owner] if best.owner >= 0 else -1
    if home < 0:
        return [best]
    last = tree.end[home]
    return [
        block
        for block in candidates
        if block is best or (home <= block.owner <= last and _density(block) > 0)
    ]
