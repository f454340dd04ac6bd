"""Who is in the news (``T``): the riders, teams and races named in the most articles of the last
24 hours, 7 days or 30 days (``d`` switches), each with its articles per day as a sparkline and
the change against the window before; Enter shows that name's articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.color import Color as RichColor
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.renderables.sparkline import Sparkline
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

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
#: Columns of the sparkline, right of the name, its count and its change.
SPARK_WIDTH = 24

#: Gives the trend rows of a window, every kind, most articles first: (days, sparkline days).
TrendLoader = Callable[[int, int], Sequence[TrendRow]]


class TrendList(OptionList):
    """The names of a window, a heading per kind; each line ends in the name's sparkline.

    One widget draws the whole list: a list item with a label and a ``Sparkline`` widget per
    name cost about 5 ms a name to mount and style, most of the time the screen took to open.
    The sparkline is Textual's own renderable, coloured as its widget is.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"trend-list--spark-min", "trend-list--spark-max"}
    DEFAULT_CSS = """
    TrendList > .trend-list--spark-max { color: $primary; }
    TrendList > .trend-list--spark-min { color: $primary 30%; }
    """

    def show(self, by_kind: dict[str, list[TrendRow]]) -> dict[str, TrendRow]:
        """List ``by_kind``'s rows; gives each listed row by its option id."""
        rows: dict[str, TrendRow] = {}
        options: list[Option] = []
        _, base = self.background_colors
        low = (base + self.get_component_styles("trend-list--spark-min").color).rich_color
        high = (base + self.get_component_styles("trend-list--spark-max").color).rich_color
        for kind, listed in by_kind.items():
            if not listed:
                continue
            heading = Content(f"{kind.capitalize()}s").stylize("bold")
            options.append(Option(heading, id=f"heading-{kind}", disabled=True))
            for row in listed:
                option_id = f"{row.kind}:{row.entity_id}"
                rows[option_id] = row
                options.append(Option(self._line(row, low, high), id=option_id))
        if not options:
            options.append(Option(Content("Nobody named in this window."), disabled=True))
        self.set_options(options)
        self.highlighted = next((i for i, o in enumerate(options) if not o.disabled), None)
        return rows

    def _line(self, row: TrendRow, low: RichColor, high: RichColor) -> Content:
        change = row.count - row.previous
        arrow = "▲" if change > 0 else "▼" if change < 0 else "="
        style = "$text-success" if change > 0 else "$text-error" if change < 0 else "$text-muted"
        name = clean_text(row.name)
        name = name if len(name) <= NAME_WIDTH else name[: NAME_WIDTH - 1] + "…"
        return Content.assemble(
            Content(f"{name:<{NAME_WIDTH}} ").stylize("bold"),
            Content(f"{row.count:>4} "),
            Content(f"{arrow} {abs(change):<5}").stylize(style),
            self._sparkline(row.per_day, low, high),
        )

    def _sparkline(self, per_day: Sequence[int], low: RichColor, high: RichColor) -> Content:
        spark = Sparkline(list(per_day), width=SPARK_WIDTH, min_color=low, max_color=high)
        console = self.app.console
        segments = console.render(spark, console.options.update(width=SPARK_WIDTH, height=1))
        return Content.from_rich_text(Text.assemble(*((s.text, s.style or "") for s in segments)))


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
        self._rows: dict[str, TrendRow] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="trends"):
            yield Label(id="trends-title")
            yield TrendList(id="trends-list")
            yield Label(
                Content("Enter shows their articles · d: 24 h / 7 days / 30 days · Esc closes"),
                id="trends-help",
            )

    def on_mount(self) -> None:
        self._fill()
        self.query_one(TrendList).focus()

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
        """List the current window's names under its title, the cursor on the first."""
        _, title = WINDOWS[self.window]
        self.query_one("#trends-title", Label).update(Content(f"In the news, {title}"))
        self._rows = self.query_one(TrendList).show(self._by_kind())

    def action_next_window(self) -> None:
        self.window = (self.window + 1) % len(WINDOWS)
        self._fill()

    @on(OptionList.OptionSelected, "#trends-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = self._rows.get(event.option_id or "")
        if row is not None:
            self.dismiss(EntityChosen(row.entity_id, row.kind, row.name))

    def action_cancel(self) -> None:
        self.dismiss(None)
