"""Who is in the news (``T``): the riders, teams and races named in the most articles of the last
24 hours, 7 days or 30 days (``d`` switches), each with its articles per day as a sparkline and
the change against the window before; Enter shows that name's articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, ListItem, ListView, Sparkline

from leadout_tui.core.store.rows import TrendRow
from leadout_tui.core.text import clean_text
from leadout_tui.ui.messages import EntityChosen

__all__ = ["WINDOWS", "TrendsScreen"]

#: The windows ``d`` cycles through: (days, title).
WINDOWS = ((1, "the last 24 hours"), (7, "the last 7 days"), (30, "the last 30 days"))
#: How many of each kind are listed.
TOP = {"rider": 12, "team": 6, "race": 6}
#: The sparkline shows at least this many days, so a 24-hour window still has a shape.
SPARK_DAYS = 7

#: Gives the trend rows of a window: (days, kind, top, sparkline days) -> rows.
TrendLoader = Callable[[int, str, int, int], Sequence[TrendRow]]


class TrendsScreen(ModalScreen[EntityChosen | None]):
    """Dismisses with the chosen name (to filter by) or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,T", "cancel", "Close"),
        Binding("d", "next_window", "Window", tooltip="24 hours / 7 days / 30 days"),
    ]

    def __init__(self, load: TrendLoader, window: int = 1) -> None:
        super().__init__()
        self.load = load
        self.window = window
        #: The row behind each list item (None for a heading), by index.
        self._rows: list[TrendRow | None] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="trends"):
            yield Label(id="trends-title")
            yield ListView(id="trends-list")
            yield Label(
                Content("Enter shows their articles · d: 24 h / 7 days / 30 days · Esc closes"),
                id="trends-help",
            )

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        days, title = WINDOWS[self.window]
        self.query_one("#trends-title", Label).update(Content(f"In the news, {title}"))
        listing = self.query_one(ListView)
        listing.clear()
        self._rows = []
        items: list[ListItem] = []
        for kind, top in TOP.items():
            rows = list(self.load(days, kind, top, max(days, SPARK_DAYS)))
            if not rows:
                continue
            heading = Label(Content(f"{kind.capitalize()}s").stylize("bold"))
            items.append(ListItem(heading, disabled=True))
            self._rows.append(None)
            for row in rows:
                items.append(self._item(row, days))
                self._rows.append(row)
        if not items:
            items.append(ListItem(Label(Content("Nobody named in this window.")), disabled=True))
        listing.extend(items)
        listing.index = next((i for i, item in enumerate(items) if not item.disabled), None)
        listing.focus()

    @staticmethod
    def _item(row: TrendRow, days: int) -> ListItem:
        change = row.count - row.previous
        arrow = "▲" if change > 0 else "▼" if change < 0 else "="
        style = "$success" if change > 0 else "$error" if change < 0 else "$text-muted"
        name = Label(Content(clean_text(row.name)).stylize("bold"), classes="trend-name")
        delta = Content(f"{arrow} {abs(change)}").stylize(style)
        count = Label(Content.assemble(Content(f"{row.count:>4} "), delta), classes="trend-count")
        spark = Sparkline(list(row.per_day), classes="trend-spark")
        return ListItem(Horizontal(name, count, spark, classes="trend-row"))

    def action_next_window(self) -> None:
        self.window = (self.window + 1) % len(WINDOWS)
        self._fill()

    @on(ListView.Selected, "#trends-list")
    def _chosen(self, event: ListView.Selected) -> None:
        event.stop()
        index = event.list_view.index
        row = self._rows[index] if index is not None and 0 <= index < len(self._rows) else None
        if row is not None:
            self.dismiss(EntityChosen(row.entity_id, row.kind, row.name))

    def action_cancel(self) -> None:
        self.dismiss(None)
