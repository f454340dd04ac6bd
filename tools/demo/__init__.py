"""Source data for the offline demo: original article texts, feed metadata and entity names.

Everything in this package is written for leadout-tui; ``tools/build_demo.py`` renders it into
``src/leadout_tui/data/demo/``. Race results are fiction; riders and teams are real.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One demo article.

    ``body`` is plain text with light markup: blocks are separated by blank lines, a block starting
    with ``## `` is a subheading, ``> `` a pull quote and ``- `` a list item (one per line).
    ``published`` is an ISO 8601 UTC timestamp (``2026-11-23T07:45:00Z``).
    """

    slug: str
    title: str
    author: str
    published: str
    summary: str
    body: str
    tags: tuple[str, ...] = field(default_factory=tuple)
