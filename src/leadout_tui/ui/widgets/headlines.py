"""The headline list: a line-API scroll view that draws only the rows on screen.

Building one widget (or one ``OptionList`` option) per article does not scale to a cache of
50,000; here a row is just an ``ArticleRow`` and ``render_line`` formats the visible ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from leadout_tui.core.store.rows import ArticleRow
from leadout_tui.core.text import clean_text
from leadout_tui.ui.messages import HeadlineHighlighted, HeadlineOpened
from leadout_tui.ui.render import format_age

__all__ = ["HeadlineList"]

SOURCE_WIDTH = 12
AGE_WIDTH = 4


class HeadlineList(ScrollView, can_focus=True):
    """Headlines newest first: unread/star marks, age, source, title and rider count."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next", show=False, id="next"),
        Binding("up,k", "cursor_up", "Previous", show=False, id="previous"),
        Binding("home,g", "first", "First", show=False, id="first"),
        Binding("end,G", "last", "Last", show=False, id="last"),
        Binding("pagedown", "page_down", "Page down", show=False, id="page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="page_up"),
        Binding("enter,l", "open", "Open", tooltip="Show the article and mark it read", id="open"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "headlines--cursor",
        "headlines--unread",
        "headlines--read",
        "headlines--meta",
        "headlines--star",
        "headlines--riders",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)
    """Index of the highlighted row in :attr:`rows`."""

    def __init__(self, now: Callable[[], datetime], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._now = now
        self.rows: list[ArticleRow] = []
        #: Articles that name a rider, team or race the user follows (marked ◆).
        self.followed: set[int] = set()
        self._titles: dict[int, str] = {}

    # -- data ----------------------------------------------------------------------------------

    @property
    def current(self) -> ArticleRow | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    @property
    def current_id(self) -> int | None:
        row = self.current
        return row.id if row else None

    def set_rows(self, rows: Sequence[ArticleRow], keep_id: int | None = None) -> None:
        """Replace the rows, keeping the cursor on ``keep_id`` when it is still listed."""
        self.rows = list(rows)
        self._titles.clear()
        self.virtual_size = Size(self.size.width, len(self.rows))
        index = 0
        if keep_id is not None:
            index = next((i for i, row in enumerate(self.rows) if row.id == keep_id), 0)
        self.cursor = index
        self.refresh()

    def replace_row(self, row: ArticleRow) -> None:
        """Redraw one row after its read/starred state changed."""
        for index, old in enumerate(self.rows):
            if old.id == row.id:
                self.rows[index] = row
                self.refresh_line(index)
                return

    def refresh_line(self, index: int) -> None:
        self.refresh(Region(0, index - self.scroll_offset.y, self.size.width, 1))

    # -- cursor --------------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        clamped = max(0, min(new, len(self.rows) - 1)) if self.rows else 0
        if clamped != new:
            self.cursor = clamped
            return
        self.refresh_line(old)
        self.refresh_line(new)
        self.scroll_to_region(Region(0, new, 1, 1), animate=False, force=True, immediate=True)
        row = self.current
        self.post_message(HeadlineHighlighted(row.id if row else None))

    def action_cursor_down(self) -> None:
        if self.cursor < len(self.rows) - 1:
            self.cursor += 1

    def action_cursor_up(self) -> None:
        if self.cursor > 0:
            self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.rows) - 1

    def action_page_down(self) -> None:
        self.cursor = min(self.cursor + max(1, self.size.height - 1), len(self.rows) - 1)

    def action_page_up(self) -> None:
        self.cursor = max(self.cursor - max(1, self.size.height - 1), 0)

    def action_open(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(HeadlineOpened(row.id))

    def on_click(self, event: events.Click) -> None:
        index = event.y + self.scroll_offset.y
        if 0 <= index < len(self.rows):
            self.cursor = index
            if event.chain > 1:
                self.action_open()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows))

    # -- drawing -------------------------------------------------------------------------------

    def _title(self, row: ArticleRow) -> str:
        title = self._titles.get(row.id)
        if title is None:
            title = self._titles[row.id] = clean_text(row.title) or "(untitled)"
        return title

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        index = y + self.scroll_offset.y
        base = self.rich_style
        if index >= len(self.rows) or width <= 0:
            return Strip.blank(width, base)
        row = self.rows[index]
        style = self.get_component_rich_style
        text_style = base + style("headlines--read" if row.read else "headlines--unread")
        if index == self.cursor:
            text_style += style("headlines--cursor")
        meta = text_style + style("headlines--meta")
        riders = f"{row.rider_count:>3}" if row.rider_count else "   "
        if row.id in self.followed:
            riders = "◆" + riders[1:] if riders[0] == " " else "◆" + riders
        source = set_cell_size(clean_text(row.feed_title), SOURCE_WIDTH)
        title_width = max(0, width - (2 + AGE_WIDTH + 1 + SOURCE_WIDTH + 1 + len(riders) + 1))
        title = self._title(row)
        if cell_len(title) > title_width:
            title = set_cell_size(title, max(0, title_width - 1)) + "…" if title_width else ""
        segments = [
            Segment("●" if not row.read else " ", text_style + style("headlines--unread")),
            Segment("★" if row.starred else " ", text_style + style("headlines--star")),
            Segment(f"{format_age(row.sort_time, self._now()):>{AGE_WIDTH}} ", meta),
            Segment(source + " ", meta),
            Segment(set_cell_size(title, title_width), text_style),
            Segment(" " + riders, text_style + style("headlines--riders")),
        ]
        return Strip(segments).adjust_cell_length(width, text_style).simplify()
