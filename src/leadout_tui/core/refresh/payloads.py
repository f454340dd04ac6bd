"""What the refresh's worker jobs return (``work.py``): plain, picklable records.

They cross the process boundary, so they hold only data the main process can unpickle without
importing the parsers.
"""

from __future__ import annotations

from dataclasses import dataclass

from leadout_tui.core.models import ExtractedArticle, ParsedFeed
from leadout_tui.core.store.writes import DocumentMentions


@dataclass(frozen=True)
class FeedParseResult:
    """A parsed feed with the mentions in each entry's title and summary, by entry key."""

    feed: ParsedFeed
    mentions: dict[str, DocumentMentions]


@dataclass(frozen=True)
class PageResult:
    """The extracted article (summary as the only block when no body was found)."""

    article_id: int
    article: ExtractedArticle
    html_gz: bytes | None
    mentions: DocumentMentions
    extractor_version: int
