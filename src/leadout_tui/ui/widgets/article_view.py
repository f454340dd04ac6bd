"""The article pane: one rendered article, wrapped to the pane and drawn line by line.

A line-API scroll view: showing the next article only re-wraps text, it never changes the
screen layout, so moving through the headlines stays fast.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from leadout_tui.core.store.rows import ArticleDetail
from leadout_tui.ui.render import ArticleStyles, render_article, render_hidden_article

__all__ = ["ArticleView"]

PLACEHOLDER = "No article selected."


class ArticleView(ScrollView, can_focus=True):
    """Shows an :class:`ArticleDetail`; colours come from the ``article--*`` classes in the tcss."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_down", "Scroll down", show=False, id="article_scroll_down"),
        Binding("up,k", "scroll_up", "Scroll up", show=False, id="article_scroll_up"),
        Binding("home,g", "scroll_home", "Top", show=False, id="article_scroll_home"),
        Binding("end,G", "scroll_end", "Bottom", show=False, id="article_scroll_end"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="article_page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="article_page_up"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--title",
        "article--meta",
        "article--heading",
        "article--quote",
        "article--list-item",
        "article--note",
        "article--rider",
        "article--team",
        "article--race",
        "article--search",
    }

    #: Each article has its own length: as Textual's, a new length would lay the whole screen
    #: out again on most moves to the next headline (benchmarks/tui.py). The scrollbar is
    #: updated by hand instead (``_wrap``); showing or hiding it still lays out.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def __init__(self, tz: tzinfo | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._tz = tz
        self.article: ArticleDetail | None = None
        self.content = Content(PLACEHOLDER)
        self._lines: list[Content] = []
        self._strips: dict[int, Strip] = {}
        self._wrapped_width = -1
        self._restore_y: int | None = None
        self._search: tuple[str, ...] = ()

    def _styles(self) -> ArticleStyles:
        def style(name: str) -> Style:
            return self.get_visual_style(f"article--{name}", partial=True)

        return ArticleStyles(
            title=style("title"),
            meta=style("meta"),
            heading=style("heading"),
            quote=style("quote"),
            list_item=style("list-item"),
            note=style("note"),
            rider=style("rider"),
            team=style("team"),
            race=style("race"),
            search=self._search_style(),
        )

    def _search_style(self) -> Style:
        """The mark of the words a search found: its rule's background, and text that reads on
        it. (A partial visual style drops an opaque background: Textual 8.2 blends it in by one
        minus its alpha.)"""
        rule = self.get_component_styles("article--search")
        background = rule.background
        return Style(background, background.get_contrast_text(0.9), bold=True)

    def show(self, article: ArticleDetail | None, search: tuple[str, ...] = ()) -> None:
        """Display ``article`` (or the placeholder) where it was last read (else the top), the
        words the ``search`` found in it marked (``render.search_terms``)."""
        self.article = article
        self._search = search
        if article is None:
            self.content = Content(PLACEHOLDER)
        else:
            self.content = render_article(article, self._styles(), self._tz, search)
        # Where it was last read: applied once the text is wrapped to a width (perhaps later).
        self._restore_y = article.scroll if article else 0
        self._wrap()

    def show_hidden(self, article: ArticleDetail, hidden_title: str) -> None:
        """Display what a hidden result is about instead of ``article`` (spoiler-free mode).

        :attr:`article` stays None meanwhile, so its reading position is left alone.
        """
        self.article = None
        self.content = render_hidden_article(article, hidden_title, self._styles(), self._tz)
        self._restore_y = 0
        self._wrap()

    @property
    def reading_position(self) -> int:
        """How far the article is read: the line at the top (or the one about to be restored)."""
        return self._restore_y if self._restore_y is not None else round(self.scroll_y)

    def _wrap(self) -> None:
        width = self.scrollable_content_region.width
        self._wrapped_width = width
        self._lines = self.content.wrap(width) if width > 0 else []
        self._strips.clear()
        self.virtual_size = Size(width, len(self._lines))
        self._scroll_update(self.virtual_size)  # Textual's own update of the scrollbars
        if self._restore_y is not None and (self.size.height > 0 or not self._lines):
            # (before the first layout the view has no height, and scrolling would stop at 0)
            self.scroll_to(0, self._restore_y, animate=False, immediate=True, force=True)
            self._restore_y = None
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._wrapped_width:
            self._wrap()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.article is not None:  # the theme changed: colours come from the tcss
            self.content = render_article(self.article, self._styles(), self._tz, self._search)
            self._wrap()

    def render_line(self, y: int) -> Strip:
        index = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        strip = self._strips.get(index)
        if strip is None:
            if index >= len(self._lines):
                return Strip.blank(width, self.rich_style)
            segments = self._lines[index].render_segments(self.visual_style)
            strip = Strip(segments).adjust_cell_length(width, self.rich_style)
            self._strips[index] = strip
        return strip
