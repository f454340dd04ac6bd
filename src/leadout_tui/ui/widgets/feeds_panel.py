"""The feeds pane (``F``): what you follow, then folders and feeds, with unread counts and health.

Enter on a folder or a feed posts :class:`FeedChosen`; "All feeds" clears that filter. A feed
whose last refresh failed shows the reason under its name. When anything is followed, the pane
opens with "Following" (Enter: the Following view, :class:`FollowingOpened`) and one line per
name followed (Enter: its articles, :class:`EntityChosen`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from itertools import groupby
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from leadout_tui.core.store.rows import FeedInfo, FollowInfo
from leadout_tui.core.text import clean_text
from leadout_tui.ui.messages import EntityChosen, FeedChosen, FollowingOpened

__all__ = ["FeedsPanel"]

#: The folder of feeds that have no category.
UNFILED = "Other feeds"


class FeedsPanel(OptionList):
    """Folders, each followed by its feeds; the first line is "All feeds"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="feeds_cursor_down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="feeds_cursor_up"),
        Binding("home,g", "first", "First", show=False, id="feeds_first"),
        Binding("end,G", "last", "Last", show=False, id="feeds_last"),
        Binding(
            "enter",
            "select",
            "Show these",
            tooltip="Show only this folder's or feed's",
            id="feeds_select",
        ),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        #: Line id -> the message its Enter posts (made afresh each time: a message is posted once).
        self._choices: dict[str, Callable[[], Message]] = {}

    def show(self, feeds: Sequence[FeedInfo], follows: Sequence[FollowInfo] = ()) -> None:
        """List what is followed, then ``feeds`` by folder, keeping the highlighted line."""
        previous = self.highlighted_option.id if self.highlighted_option else None
        self._choices = {"all": partial(FeedChosen, None, None, None)}
        options: list[Option | None] = []
        if follows:
            self._choices["following"] = FollowingOpened
            heading = _line("★ Following", sum(f.unread for f in follows), bold=True)
            options.append(Option(heading, id="following"))
            for follow in follows:
                key = f"follow:{follow.entity_id}"
                entity = (follow.entity_id, follow.kind, follow.name)
                self._choices[key] = partial(EntityChosen, *entity)
                line = Content.assemble(Content("  "), _line(follow.name, follow.unread))
                options.append(Option(line, id=key))
            options.append(None)
        unread = sum(feed.unread_count for feed in feeds)
        options.append(Option(_line("All feeds", unread, bold=True), id="all"))
        ordered = sorted(feeds, key=_folder_order)
        for folder, group in groupby(ordered, key=lambda f: f.category):
            members = list(group)
            options.append(None)
            heading = _line(folder or UNFILED, sum(f.unread_count for f in members), bold=True)
            if folder:
                key = f"folder:{folder}"
                self._choices[key] = partial(FeedChosen, None, folder, folder)
                options.append(Option(heading, id=key))
            else:  # no category to filter by: a heading only
                options.append(Option(heading, disabled=True))
            for feed in members:
                key = f"feed:{feed.url}"
                self._choices[key] = partial(FeedChosen, feed.url, None, feed.display_title)
                options.append(Option(_feed_line(feed), id=key))
        self.set_options(options)
        ids = [option.id for option in self.options]
        keep = previous if previous is not None and previous in ids else "all"
        self.highlighted = ids.index(keep)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = self._choices.get(event.option.id or "")
        if choice is not None:
            self.post_message(choice())


def _folder_order(feed: FeedInfo) -> tuple[bool, str, str]:
    return feed.category is None, feed.category or "", feed.display_title.lower()


def _line(name: str, unread: int, *, bold: bool = False) -> Content:
    text = Content(clean_text(name))
    if bold:
        text = text.stylize("bold")
    count = Content(f"  {unread:,}" if unread else "").stylize("$text-muted")
    return Content.assemble(text, count)


def _feed_line(feed: FeedInfo) -> Content:
    line = Content.assemble(Content("  "), _line(feed.display_title, feed.unread_count))
    if feed.last_error and not feed.last_error.startswith("warning:"):
        line = line + Content("\n    ⚠ " + clean_text(feed.last_error)).stylize("$text-error")
    return line
