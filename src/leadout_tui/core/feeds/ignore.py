"""Kill rules: feed entries a fan never wants (deals, buying guides, live blogs) are not stored.

A rule has a title pattern, a URL pattern or both (regular expressions, searched
case-insensitively), and optionally the one feed it applies to. An entry matching every pattern
its rule gives is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.models import FeedEntry

__all__ = ["IgnoreRule"]


@dataclass(frozen=True)
class IgnoreRule:
    """One ``[[ignore]]`` table: ``title`` and/or ``url`` regexes, optionally one ``feed`` URL."""

    title: str | None = None
    url: str | None = None
    feed: str | None = None

    def __post_init__(self) -> None:
        if self.title is None and self.url is None:
            raise LeadoutError('an ignore rule needs title = "regex" or url = "regex"')
        for pattern in (self.title, self.url):
            if pattern is not None:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise LeadoutError(f"invalid regular expression {pattern!r}: {exc}") from None

    def matches(self, feed_url: str, entry: FeedEntry) -> bool:
        if self.feed is not None and self.feed != feed_url:
            return False
        if self.title is not None and not re.search(self.title, entry.title, re.IGNORECASE):
            return False
        return self.url is None or re.search(self.url, entry.url or "", re.IGNORECASE) is not None
