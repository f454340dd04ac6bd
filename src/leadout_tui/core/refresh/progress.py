"""What a refresh reports while it runs and when it ends (plain data, no UI)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from leadout_tui.core.store.rows import FollowedNews

Phase = Literal["feeds", "pages", "mentions"]


@dataclass(frozen=True)
class RefreshProgress:
    """One step done: ``done`` of ``total`` in ``phase``; ``url`` and ``error`` name the item."""

    phase: Phase
    done: int
    total: int
    url: str | None = None
    error: str | None = None
    not_modified: bool = False

    def describe(self) -> str:
        noun = {"feeds": "feeds", "pages": "articles", "mentions": "articles indexed"}[self.phase]
        return f"{self.done}/{self.total} {noun}"


@dataclass
class RefreshSummary:
    """The outcome of one refresh: counts, and every failure with its one-line reason."""

    feeds_ok: int = 0
    feeds_not_modified: int = 0
    feeds_skipped: int = 0
    feed_failures: list[tuple[str, str]] = field(default_factory=list)
    new_articles: int = 0
    updated_articles: int = 0
    pages_fetched: int = 0
    page_failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    #: The ids of the articles this refresh stored for the first time.
    new_ids: list[int] = field(default_factory=list)
    #: Which of them name a followed rider, team or race (filled in at the end).
    followed: FollowedNews = field(default_factory=FollowedNews)

    @property
    def feeds_failed(self) -> int:
        return len(self.feed_failures)

    def describe(self) -> str:
        """One line for a status bar or the end of ``refresh``."""
        text = (
            f"{self.feeds_ok} feeds ok, {self.feeds_not_modified} not modified, "
            f"{self.feeds_failed} failed; {self.new_articles} new, "
            f"{self.updated_articles} updated articles"
        )
        if self.pages_fetched or self.page_failures:
            text += f"; {self.pages_fetched} pages fetched, {len(self.page_failures)} failed"
        return text + f" in {self.seconds:.1f}s"


ProgressCallback = Callable[[RefreshProgress], None]
