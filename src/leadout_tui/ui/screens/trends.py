"""Who is in the news (``T``): the riders, teams and races named in the most articles of the last
24 hours, 7 days or 30 days (``d`` switches), each with its articles per day as a sparkline and
the change against the window before; Enter shows that name's articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
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
#: Room for a name on its line (longer ones are cut with "…").
NAME_WIDTH = 30
#: The sparkline shows at least this many days, so a 24-hour window still has a shape.
SPARK_DAYS = 7

#: Gives the trend rows of a window, every kind, most articles first: (days, sparkline days).
TrendLoader = Callable[[int, int], Sequence[TrendRow]]


class _Slot(ListItem):
    """One listed name: a line of text and a sparkline, made once and updated per window."""

    def __init__(self, row: TrendRow | None) -> None:
        self.line = Label(classes="trend-line")
        self.spark = Sparkline([], classes="trend-spark")
        super().__init__(self.line, self.spark, classes="trend-row")
        self.row: TrendRow | None = None
        self.show(row)

    def show(self, row: TrendRow | None) -> None:
        """Show ``row``, or hide the slot (and keep the cursor off it) for None."""
        self.row = row
        if self.display != (row is not None):  # each change restyles the slot: only real ones
            self.display = row is not None
            self.disabled = row is None
        if row is None:
            return
        change = row.count - row.previous
        arrow = "▲" if change > 0 else "▼" if change < 0 else "="
        style = "$success" if change > 0 else "$error" if change < 0 else "$text-muted"
        name = clean_text(row.name)
        name = name if len(name) <= NAME_WIDTH else name[: NAME_WIDTH - 1] + "…"
        self.line.update(
            Content.assemble(
                Content(f"{name:<{NAME_WIDTH}} ").stylize("bold"),
                Content(f"{row.count:>4} "),
                Content(f"{arrow} {abs(change):<4}").stylize(style),
            )
        )
        self.spark.data = list(row.per_day)


class TrendsScreen(ModalScreen[EntityChosen | None]):
    """Dismisses with the chosen name (to filter by) or ``None``.

    The list's items are mounted once, a heading and TOP slots per kind, and a window switch
    updates them in place: mounting a new set of rows (a sparkline each) cost half a second.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,T", "cancel", "Close"),
        Binding("d", "next_window", "Window", tooltip="24 hours / 7 days / 30 days"),
    ]

    def __init__(self, load: TrendLoader, window: int = 1) -> None:
        super().__init__()
        self.load = load
        self.window = window
        self._headings = {
            kind: ListItem(Label(Content(f"{kind.capitalize()}s").stylize("bold")), disabled=True)
            for kind in TOP
        }
        # The first window's rows go into the slots as they are made: a slot's state set
        # after it is mounted restyles it, about 5 ms a slot.
        first = self._by_kind()
        self._slots = {
            kind: [_Slot(rows[i] if i < len(rows) else None) for i in range(TOP[kind])]
            for kind, rows in first.items()
        }
        for kind, rows in first.items():
            self._headings[kind].display = bool(rows)
        self._nobody = ListItem(Label(Content("Nobody named in this window.")), disabled=True)
        self._nobody.display = not any(first.values())

    def compose(self) -> ComposeResult:
        with Vertical(id="trends"):
            yield Label(id="trends-title")
            items = [item for kind in TOP for item in (self._headings[kind], *self._slots[kind])]
            yield ListView(*items, self._nobody, id="trends-list")
            yield Label(
                Content("Enter shows their articles · d: 24 h / 7 days / 30 days · Esc closes"),
                id="trends-help",
            )

    def on_mount(self) -> None:
        self._show_window()

    def _by_kind(self) -> dict[str, list[TrendRow]]:
        """The current window's top rows of each kind (one query for every kind)."""
        days, _ = WINDOWS[self.window]
        by_kind: dict[str, list[TrendRow]] = {kind: [] for kind in TOP}
        for row in self.load(days, max(days, SPARK_DAYS)):
            listed = by_kind.get(row.kind)
            if listed is not None and len(listed) < TOP[row.kind]:
                listed.append(row)
        return by_kind

    def _fill(self) -> None:
        """Show the current window's rows in the slots."""
        anyone = False
        for kind, rows in self._by_kind().items():
            self._headings[kind].display = bool(rows)
            for index, slot in enumerate(self._slots[kind]):
                slot.show(rows[index] if index < len(rows) else None)
            anyone = anyone or bool(rows)
        self._nobody.display = not anyone
        self._show_window()

    def _show_window(self) -> None:
        """The title for the current window, and the cursor on its first name."""
        _, title = WINDOWS[self.window]
        self.query_one("#trends-title", Label).update(Content(f"In the news, {title}"))
        listing = self.query_one(ListView)
        items = list(listing.children)
        listing.index = next(
            (i for i, item in enumerate(items) if isinstance(item, _Slot) and item.row), None
        )
        listing.focus()

    def action_next_window(self) -> None:
        self.window = (self.window + 1) % len(WINDOWS)
        self._fill()

    @on(ListView.Selected, "#trends-list")
    def _chosen(self, event: ListView.Selected) -> None:
        event.stop()
        row = event.item.row if isinstance(event.item, _Slot) else None
        if row is not None:
            self.dismiss(EntityChosen(row.entity_id, row.kind, row.name))

    def action_cancel(self) -> None:
        self.dismiss(None)
