"""The headline list: a line-API scroll view that draws only the rows on screen.

Building one widget (or one ``OptionList`` option) per article does not scale to a cache of
50,000; here a row is just an ``ArticleRow`` and ``render_line`` formats the visible ones.
With :attr:`HeadlineList.group_stories`, a story's articles share one line (``ui/stories.py``)
that ``l``/→ expands and ``h``/← folds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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
from leadout_tui.ui.stories import HeadlineLine, headline_lines

__all__ = ["HeadlineList", "Laid"]

#: Lines laid out off the UI thread, with the layout key (grouped, expanded) they were made for.
Laid = tuple[tuple[bool, frozenset[int]], list[HeadlineLine]]

SOURCE_WIDTH = 12
AGE_WIDTH = 4
#: The feed's column gives way to the title below this many columns of title: a narrow list
#: (100 columns, or the feeds pane open) shows whole titles rather than feed names, which the
#: article pane shows anyway.
TITLE_MIN = 24
#: A feed name cut shorter than this says little: the column goes instead.
SOURCE_MIN = 8
#: A rider count's columns, but for the "◆" a followed name adds to three digits.
RIDERS_WIDTH = 3
#: The columns of a line besides its source and title: marks, age, rider count, spaces.
_MARKS = 2 + AGE_WIDTH + 1 + 1 + RIDERS_WIDTH


def _source_width(width: int) -> int:
    """The feed column's width in a list ``width`` columns wide (the same on every line)."""
    shown = min(SOURCE_WIDTH, width - _MARKS - 1 - TITLE_MIN)
    return shown if shown >= SOURCE_MIN else 0


class HeadlineList(ScrollView, can_focus=True):
    """Headlines newest first: unread/star marks, age, source, title and rider count."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next", show=False, id="next"),
        Binding("up,k", "cursor_up", "Previous", show=False, id="previous"),
        Binding("home,g", "first", "First", show=False, id="first"),
        Binding("end,G", "last", "Last", show=False, id="last"),
        Binding("pagedown", "page_down", "Page down", show=False, id="page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="page_up"),
        Binding("enter", "open", "Open", tooltip="Show the article and mark it read", id="open"),
        Binding(
            "l,right",
            "expand",
            "Expand",
            show=False,
            tooltip="Show a story's articles (on an article: open it)",
            id="expand",
        ),
        Binding("h,left", "fold", "Fold", show=False, tooltip="Fold the story again", id="fold"),
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
    """Index of the highlighted line in :attr:`rows` (and :attr:`lines`)."""

    def __init__(self, now: Callable[[], datetime], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._now = now
        #: The article each line shows (a story's line: the article whose title it shows).
        self.rows: list[ArticleRow] = []
        self.lines: list[HeadlineLine] = []
        #: Articles that name a rider, team or race the user follows (marked ◆).
        self.followed: set[int] = set()
        #: One line per story (the ``group_stories`` setting, toggled from the palette).
        self.group_stories = False
        #: The stories whose articles are shown under them.
        self.expanded: set[int] = set()
        #: Story id -> the riders its articles name together (the count a story's line shows).
        self.story_riders: Mapping[int, int] = {}
        #: What to show instead of a title that gives a result away (None: the title itself).
        #: Its arguments: the article, and the other articles of its story listed with it.
        self.hidden_title: Callable[[ArticleRow, Sequence[ArticleRow]], str | None] = (
            lambda row, story: None
        )
        self._articles: list[ArticleRow] = []
        self._headlines: Mapping[int, int] = {}
        self._members: dict[int, tuple[ArticleRow, ...]] = {}  # story -> its listed articles
        self._titles: dict[int, str] = {}

    # -- data ----------------------------------------------------------------------------------

    @property
    def current(self) -> ArticleRow | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    @property
    def current_line(self) -> HeadlineLine | None:
        return self.lines[self.cursor] if 0 <= self.cursor < len(self.lines) else None

    @property
    def articles(self) -> list[ArticleRow]:
        """Every article listed, folded into a story or not, newest first."""
        return self._articles

    @property
    def current_id(self) -> int | None:
        row = self.current
        return row.id if row else None

    def set_rows(
        self,
        rows: Sequence[ArticleRow],
        keep_id: int | None = None,
        headlines: Mapping[int, int] | None = None,
        lines: Laid | None = None,
    ) -> None:
        """Replace the rows, keeping the cursor on ``keep_id`` when it is still listed (on its
        story's line when the story is folded). ``headlines``: each story's headline article
        (``ui.stories.story_headlines``), when a worker has worked them out; ``lines``: their
        lines too, laid out by the worker (used when the layout they were made for is still
        this list's)."""
        self._articles = list(rows)
        self._headlines = headlines or {}
        self._titles.clear()
        self._relayout(keep_id, laid=lines)

    def layout_key(self) -> tuple[bool, frozenset[int]]:
        """What the lines depend on besides the rows: grouping, and the stories expanded."""
        return self.group_stories, frozenset(self.expanded)

    def _relayout(
        self, keep_id: int | None, keep_story: int | None = None, laid: Laid | None = None
    ) -> None:
        """Lines from the articles; the cursor goes to ``keep_id``'s line, else its story's."""
        if laid is not None and laid[0] == self.layout_key():
            self.lines = laid[1]
        else:
            self.lines = headline_lines(
                self._articles,
                grouped=self.group_stories,
                expanded=self.expanded,
                headlines=self._headlines,
            )
        # (what was worked out here is kept for the next layout: expanding, folding)
        # One pass, on the UI's loop after every refresh: two over 50,000 lines took 100 ms.
        headlines: dict[int, int] = {}
        members: dict[int, tuple[ArticleRow, ...]] = {}
        for line in self.lines:
            if line.is_story:
                story = line.story
                headlines[story] = line.row.id
                members[story] = line.members
        self._headlines, self._members = headlines, members
        self.rows = [line.row for line in self.lines]
        self.virtual_size = Size(self.size.width, len(self.rows))
        index = 0
        if keep_id is not None:
            index = next((i for i, row in enumerate(self.rows) if row.id == keep_id), -1)
            if index < 0:
                index = next(
                    (
                        i
                        for i, line in enumerate(self.lines)
                        if any(row.id == keep_id for row in line.members)
                    ),
                    0,
                )
        if keep_story is not None:
            heads = (i for i, line in enumerate(self.lines) if line.story == keep_story)
            index = next(heads, index)
        self.cursor = index
        self.refresh()

    def replace_row(self, row: ArticleRow) -> None:
        """Redraw after one article's read/starred state changed."""
        self.replace_rows([row])

    def replace_rows(self, rows: Sequence[ArticleRow]) -> None:
        """Redraw after these articles' read/starred states changed (the cursor stays)."""
        changed = {row.id: row for row in rows}
        self._articles = [changed.get(old.id, old) for old in self._articles]
        for index, line in enumerate(self.lines):
            if line.row.id in changed or any(m.id in changed for m in line.members):
                self.lines[index] = HeadlineLine(
                    changed.get(line.row.id, line.row),
                    tuple(changed.get(m.id, m) for m in line.members),
                    line.in_story,
                    line.expanded,
                )
                self.rows[index] = self.lines[index].row
                self.refresh_line(index)

    def story_members(self, story_id: int | None) -> tuple[ArticleRow, ...]:
        """The listed articles of a story shown as one line (none for an article alone)."""
        return self._members.get(story_id, ()) if story_id is not None else ()

    def set_grouping(self, grouped: bool) -> None:
        """Group stories into one line each, or list every article (the cursor stays)."""
        self.group_stories = grouped
        self._relayout(self.current_id)

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

    def action_expand(self) -> None:
        """On a folded story: show its articles under it. On an article: open it."""
        line = self.current_line
        if line is None:
            return
        if not line.is_story or line.expanded:
            self.action_open()
            return
        self.expanded.add(line.story)
        self._relayout(line.row.id, keep_story=line.story)

    def action_fold(self) -> None:
        """On a story or one of its articles: fold it, the cursor on the story's line."""
        line = self.current_line
        if line is None or not (line.expanded or line.in_story is not None):
            return
        self.expanded.discard(line.story)
        self._relayout(None, keep_story=line.story)

    def on_click(self, event: events.Click) -> None:
        index = event.y + self.scroll_offset.y
        if 0 <= index < len(self.rows):
            self.cursor = index
            if event.chain > 1:
                self.action_open()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows))

    # -- drawing -------------------------------------------------------------------------------

    def _title(self, row: ArticleRow, story: Sequence[ArticleRow] = ()) -> str:
        hidden = self.hidden_title(row, story)
        if hidden is not None:
            return hidden
        title = self._titles.get(row.id)
        if title is None:
            title = self._titles[row.id] = clean_text(row.title) or "(untitled)"
        return title

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width  # (a scrollbar takes its column)
        index = y + self.scroll_offset.y
        base = self.rich_style
        if index >= len(self.rows) or width <= 0:
            return Strip.blank(width, base)
        line = self.lines[index]
        row = line.row
        read = line.read
        style = self.get_component_rich_style
        text_style = base + style("headlines--read" if read else "headlines--unread")
        if index == self.cursor:
            text_style += style("headlines--cursor")
        meta = text_style + style("headlines--meta")
        rider_count = row.rider_count
        if line.is_story:
            rider_count = self.story_riders.get(line.story, rider_count)
        riders = f"{rider_count:>{RIDERS_WIDTH}}" if rider_count else " " * RIDERS_WIDTH
        if any(article.id in self.followed for article in line.articles):
            riders = "◆" + riders[1:] if riders[0] == " " else "◆" + riders
        # A story's line says how many other articles it holds; its articles are indented.
        more = f" +{len(line.members) - 1}" if line.is_story else ""
        indent = "  " if line.in_story is not None else ""
        fixed = _MARKS + len(riders) - RIDERS_WIDTH + len(more) + len(indent)
        shown = _source_width(width)
        source = set_cell_size(clean_text(row.feed_title), shown) + " " if shown else ""
        title_width = max(0, width - fixed - (shown + 1 if shown else 0))  # (cells, not chars)
        title = self._title(row, self._members.get(line.story, ()))
        if cell_len(title) > title_width:
            title = set_cell_size(title, max(0, title_width - 1)) + "…" if title_width else ""
        segments = [
            Segment("●" if not read else " ", text_style + style("headlines--unread")),
            Segment("★" if row.starred else " ", text_style + style("headlines--star")),
            Segment(f"{format_age(row.sort_time, self._now()):>{AGE_WIDTH}} ", meta),
            Segment(source, meta),
            Segment(indent + set_cell_size(title, title_width), text_style),
            *([Segment(more, meta)] if more else []),
            Segment(" " + riders, text_style + style("headlines--riders")),
        ]
        return Strip(segments).adjust_cell_length(width, text_style).simplify()
