"""Pure rendering: an article and its mention spans -> ``Content`` with highlights.

Nothing here touches a widget, so it is unit-tested directly. Every string that came from the web
goes through :mod:`leadout_tui.core.text` and is wrapped in ``Content`` as plain text; styles
are applied as spans, never through markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from textual.content import Content
from textual.style import Style

from leadout_tui.core.models import Document, Span
from leadout_tui.core.names.folding import fold
from leadout_tui.core.store.columns import search_words
from leadout_tui.core.store.rows import ArticleDetail
from leadout_tui.core.text import clean_text, clean_with_map

__all__ = [
    "ArticleStyles",
    "format_age",
    "format_local_time",
    "highlighted",
    "render_article",
    "render_hidden_article",
    "search_terms",
]

StyleLike = Style | str

BLOCK_PREFIX = {"quote": "▌ ", "list_item": "• "}
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class ArticleStyles:
    """The styles an article is drawn with (the widget fills them from its ``.tcss`` classes)."""

    title: StyleLike = "bold"
    meta: StyleLike = "dim"
    heading: StyleLike = "bold underline"
    quote: StyleLike = "italic"
    list_item: StyleLike = ""
    note: StyleLike = "italic"
    rider: StyleLike = "bold green"
    team: StyleLike = "bold magenta"
    race: StyleLike = "bold yellow"
    search: StyleLike = "bold on yellow"

    def for_block(self, kind: str) -> StyleLike:
        return {"heading": self.heading, "quote": self.quote, "list_item": self.list_item}.get(
            kind, ""
        )

    def for_entity(self, kind: str) -> StyleLike:
        return {"rider": self.rider, "team": self.team}.get(kind, self.race)


def format_age(moment: datetime | None, now: datetime) -> str:
    """A short age such as ``5m``, ``3h``, ``2d``, ``4mo``, ``1y`` (``now`` for the future)."""
    if moment is None:
        return ""
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return "now"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes}m"
    hours = minutes // 60
    if hours < 24:
        return f"{hours}h"
    days = hours // 24
    if days < 60:
        return f"{days}d"
    if days < 365:
        return f"{days // 30}mo"
    return f"{days // 365}y"


def format_local_time(moment: datetime | None, tz: tzinfo | None = None) -> str:
    """``2025-07-14 17:05`` in ``tz`` (the machine's local zone when ``None``)."""
    if moment is None:
        return ""
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def highlighted(
    text: str,
    spans: Sequence[tuple[int, int, StyleLike]],
    base: StyleLike = "",
    *,
    keep_newlines: bool = False,
) -> Content:
    """``text`` cleaned, as ``Content``, with ``spans`` (offsets into the raw text) styled.

    Spans that fall outside the text are ignored; offsets are moved past removed characters.
    """
    clean, offsets = clean_with_map(text, keep_newlines=keep_newlines)
    content = Content(clean, strip_control_codes=False)
    if base:
        content = content.stylize(base)
    for start, end, style in spans:
        if 0 <= start < end <= len(text) and style:
            content = content.stylize(style, offsets[start], offsets[end])
    return content


def search_terms(query: str | None) -> tuple[str, ...]:
    """What a search for ``query`` matches, for marking in the article: its words folded."""
    return tuple(fold(word) for word in search_words(query or ""))


def _search_spans(
    text: str, terms: tuple[str, ...], style: StyleLike
) -> list[tuple[int, int, StyleLike]]:
    """The words of ``text`` the search found: those that start with one of its words, accents
    and case aside, as the full-text index's prefix query matches them ("sprint": Sprinters)."""
    if not terms:
        return []
    return [
        (m.start(), m.end(), style) for m in _WORD.finditer(text) if fold(m[0]).startswith(terms)
    ]


def _summary_note(detail: ArticleDetail) -> str:
    reason = detail.page_error or ("no link to the page" if not detail.url else "no body found")
    return f"Only the feed summary is available (page: {clean_text(reason)})"


def _spans_by_part(
    document: Document, spans: Sequence[Span], styles: ArticleStyles
) -> list[list[tuple[int, int, StyleLike]]]:
    """Split document-wide spans into per-part (title, block...) local offsets."""
    lengths = [len(document.title), *(len(block.text) for block in document.blocks)]
    starts = document.part_starts()
    result: list[list[tuple[int, int, StyleLike]]] = [[] for _ in starts]
    for span in spans:
        for index, start in enumerate(starts):
            if start <= span.start and span.end <= start + lengths[index]:
                style = styles.for_entity(span.kind)
                result[index].append((span.start - start, span.end - start, style))
                break
    return result


def render_article(
    detail: ArticleDetail,
    styles: ArticleStyles | None = None,
    tz: tzinfo | None = None,
    search: tuple[str, ...] = (),
) -> Content:
    """The article pane: title, source/author/time line, a note if summary-only, then blocks;
    the words a search (:func:`search_terms`) found are marked."""
    styles = styles or ArticleStyles()
    document = detail.document
    part_spans = _spans_by_part(document, detail.spans, styles)
    if search:
        texts = [document.title, *(block.text for block in document.blocks)]
        for spans, text in zip(part_spans, texts, strict=True):
            spans.extend(_search_spans(text, search, styles.search))

    meta = _meta_line(detail, styles, tz)
    result = highlighted(detail.title, part_spans[0], styles.title) + "\n" + meta
    if not document.is_body:
        result += Content("\n\n") + Content(_summary_note(detail)).stylize(styles.note)
    previous = ""
    for block, spans in zip(document.blocks, part_spans[1:], strict=True):
        body = highlighted(block.text, spans, styles.for_block(block.kind))
        prefix = BLOCK_PREFIX.get(block.kind)
        if prefix:
            body = Content(prefix).stylize(styles.for_block(block.kind)) + body
        # Items of one list sit on consecutive lines; other blocks are separated by a blank line.
        gap = "\n" if block.kind == previous == "list_item" else "\n\n"
        result += Content(gap) + body
        previous = block.kind
    return result


def _meta_line(detail: ArticleDetail, styles: ArticleStyles, tz: tzinfo | None) -> Content:
    """Source · author · local time."""
    meta_bits = [clean_text(detail.feed_title), clean_text(detail.author)]
    meta_bits.append(format_local_time(detail.published, tz))
    return Content(" · ".join(bit for bit in meta_bits if bit)).stylize(styles.meta)


def render_hidden_article(
    detail: ArticleDetail,
    hidden_title: str,
    styles: ArticleStyles | None = None,
    tz: tzinfo | None = None,
) -> Content:
    """The article pane in spoiler-free mode for an article that gives a result away: what it
    is about (``hidden_title``), where it is from, and how to see it; none of its text."""
    styles = styles or ArticleStyles()
    note = (
        "The result is hidden (spoiler-free mode). Press v to reveal this story, "
        "X to show every result."
    )
    return (
        Content(hidden_title).stylize(styles.title)
        + "\n"
        + _meta_line(detail, styles, tz)
        + Content("\n\n")
        + Content(note).stylize(styles.note)
    )
