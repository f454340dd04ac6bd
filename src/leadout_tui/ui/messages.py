"""Messages passed between the widgets, the main screen, the app and the refresh worker."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from leadout_tui.core.refresh.progress import RefreshProgress, RefreshSummary

__all__ = [
    "EntityChosen",
    "FeedChosen",
    "FollowToggled",
    "FollowingOpened",
    "HeadlineHighlighted",
    "HeadlineOpened",
    "RefreshFailed",
    "RefreshFinished",
    "RefreshProgressed",
    "RefreshRequested",
    "ScreenReady",
]


@dataclass
class HeadlineHighlighted(Message):
    """The headline cursor moved onto ``article_id`` (``None``: the list is empty)."""

    article_id: int | None


@dataclass
class HeadlineOpened(Message):
    """The user opened ``article_id`` (Enter or ``l``)."""

    article_id: int


@dataclass
class EntityChosen(Message):
    """A rider or team was picked (in the mentions pane or a picker) to filter by."""

    entity_id: str
    kind: str
    name: str


@dataclass
class FollowToggled(Message):
    """Follow (or stop following) this rider, team or race (``w``)."""

    entity_id: str
    kind: str
    name: str


class FollowingOpened(Message):
    """Open the Following view (its line in the feeds pane)."""


@dataclass
class FeedChosen(Message):
    """A feed or a folder was picked in the feeds pane (both None: all feeds)."""

    feed_url: str | None
    folder: str | None
    title: str | None


@dataclass
class ScreenReady(Message):
    """The main screen shows the cache: background work may start."""


@dataclass
class RefreshRequested(Message):
    """The user asked for a refresh now (``r``)."""


@dataclass
class RefreshProgressed(Message):
    """A refresh step finished; a flood of these coalesces to the latest one."""

    progress: RefreshProgress

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, RefreshProgressed)


@dataclass
class RefreshFinished(Message):
    """A refresh ended (feed failures, if any, are inside the summary)."""

    summary: RefreshSummary


@dataclass
class RefreshFailed(Message):
    """A refresh could not run at all (for instance a broken database)."""

    error: str
