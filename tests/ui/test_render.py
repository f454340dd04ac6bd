"""render.py and core/text.py: web text becomes plain, safe text with the right highlights."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st
from textual.style import Style

from leadout_tui.core.models import Block, Document, Span
from leadout_tui.core.net.urls import is_web_url
from leadout_tui.core.store.rows import ArticleDetail
from leadout_tui.core.text import clean_text, clean_with_map
from leadout_tui.ui.render import (
    ArticleStyles,
    format_age,
    format_local_time,
    highlighted,
    render_article,
    search_terms,
)

HOSTILE = "[bold]Pogačar[/] \x1b[31mred\x1b[0m\x07 \x9b2J\x1b]0;pwned\x07done\u202e"
RIDER = Style(bold=True, underline=True)
TEAM = Style(italic=True, strike=True)
RACE = Style(reverse=True, dim=True)
SEARCH = Style(reverse=True)
STYLES = ArticleStyles(rider=RIDER, team=TEAM, race=RACE, search=SEARCH)


def detail(title: str, blocks: tuple[Block, ...], spans=(), **kw: object) -> ArticleDetail:
    values: dict[str, object] = {
        "id": 1,
        "feed_title": "Peloton Wire",
        "title": title,
        "url": "https://example.org/a",
        "author": "Jean Dupont",
        "published": datetime(2025, 7, 14, 16, 30, tzinfo=UTC),
        "summary": "",
        "blocks": blocks,
        "extraction_source": "container",
        "page_error": None,
        "read": False,
        "starred": False,
        "spans": tuple(spans),
    }
    values.update(kw)
    return ArticleDetail(**values)  # type: ignore[arg-type]


def styled_text(content, style: Style) -> list[str]:
    """The pieces of ``content`` carrying ``style``."""
    return [content.plain[s.start : s.end] for s in content.spans if s.style == style]


def test_hostile_text_is_literal_and_has_no_controls() -> None:
    assert clean_text(HOSTILE) == "[bold]Pogačar[/] red done"
    content = highlighted(HOSTILE, [])
    assert content.plain == "[bold]Pogačar[/] red done"
    assert not content.spans  # no markup was interpreted


def test_clean_text_keeps_newlines_only_when_asked() -> None:
    assert clean_text("a\nb\tc") == "a b c"
    assert clean_text("a\nb", keep_newlines=True) == "a\nb"
    assert clean_text(None) == ""


@given(st.text())
def test_clean_text_never_leaves_control_characters(text: str) -> None:
    cleaned, offsets = clean_with_map(text)
    assert "\x1b" not in cleaned
    assert all(ord(c) >= 0x20 and not 0x7F <= ord(c) < 0xA0 for c in cleaned)
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(cleaned)


def test_spans_survive_removed_characters() -> None:
    text = "\x1b[1mTadej Pogačar\x1b[0m won"
    start = text.index("Tadej")
    content = highlighted(text, [(start, start + len("Tadej Pogačar"), RIDER)])
    assert content.plain == "Tadej Pogačar won"
    assert styled_text(content, RIDER) == ["Tadej Pogačar"]


def test_article_highlights_riders_and_teams_from_stored_spans() -> None:
    blocks = (
        Block("paragraph", "Tadej Pogačar beat Jonas Vingegaard."),
        Block("heading", "UAE Team Emirates XRG in control"),
        Block("list_item", "one"),
        Block("list_item", "two"),
    )
    title = "Pogačar wins"
    doc = Document(title, blocks).text

    def span(name: str, kind: str, entity: str, after: int = 0) -> Span:
        start = doc.index(name, after)
        return Span(start, start + len(name), entity, kind)  # type: ignore[arg-type]

    spans = [
        span("Pogačar", "rider", "r-tadej-pogacar"),
        span("Tadej Pogačar", "rider", "r-tadej-pogacar", len(title)),
        span("Jonas Vingegaard", "rider", "r-jonas-vingegaard"),
        span("UAE Team Emirates XRG", "team", "t-uae-team-emirates"),
    ]
    content = render_article(detail(title, blocks, spans), STYLES, UTC)
    assert styled_text(content, RIDER) == ["Pogačar", "Tadej Pogačar", "Jonas Vingegaard"]
    assert styled_text(content, TEAM) == ["UAE Team Emirates XRG"]
    lines = content.plain.splitlines()
    assert lines[:2] == ["Pogačar wins", "Peloton Wire · Jean Dupont · 2025-07-14 16:30"]
    assert "• one\n• two" in content.plain  # list items on consecutive lines


def test_races_are_highlighted_in_their_own_style() -> None:
    text = "Van der Poel won Paris-Roubaix for Alpecin-Premier Tech."
    blocks = (Block("paragraph", text),)
    doc = Document("Cobbles", blocks).text

    def span(name: str, kind: str, entity: str) -> Span:
        start = doc.index(name)
        return Span(start, start + len(name), entity, kind)  # type: ignore[arg-type]

    spans = [
        span("Van der Poel", "rider", "r-mathieu-van-der-poel"),
        span("Paris-Roubaix", "race", "race-paris-roubaix"),
        span("Alpecin-Premier Tech", "team", "t-alpecin-premier-tech"),
    ]
    content = render_article(detail("Cobbles", blocks, spans), STYLES, UTC)
    assert styled_text(content, RACE) == ["Paris-Roubaix"]
    assert styled_text(content, RIDER) == ["Van der Poel"]
    assert styled_text(content, TEAM) == ["Alpecin-Premier Tech"]


def test_the_words_a_search_found_are_marked_accents_and_case_aside() -> None:
    """As the full-text search matches: each word of the query as the start of a word."""
    blocks = (
        Block("paragraph", "Sprinters rarely win here; the sprint went early, with Pogačar."),
        Block("heading", "A SPRINT finish"),
    )
    title = "Pogačar's sprint"
    content = render_article(detail(title, blocks), STYLES, UTC, search_terms("sprint pogacar"))
    assert styled_text(content, SEARCH) == [
        "Pogačar", "sprint", "Sprinters", "sprint", "Pogačar", "SPRINT"
    ]  # fmt: skip
    # A word that only contains the query is no match; no search marks nothing.
    found = render_article(detail("Outsprinted", ()), STYLES, UTC, search_terms("sprint"))
    assert styled_text(found, SEARCH) == []
    assert styled_text(render_article(detail(title, blocks), STYLES, UTC), SEARCH) == []
    assert search_terms("  Pogačar, stage-5! ") == ("pogacar", "stage", "5")


def test_summary_only_article_says_so_with_the_reason() -> None:
    article = detail(
        "Sprinters brace",
        (Block("paragraph", "Jasper Philipsen expects echelons."),),
        summary="Jasper Philipsen expects echelons.",  # a refresh stores the summary as the body
        extraction_source="summary",
        page_error="HTTP 404",
    )
    text = render_article(article, STYLES).plain
    assert "Only the feed summary is available (page: HTTP 404)" in text
    assert text.endswith("Jasper Philipsen expects echelons.")


def test_hostile_article_fields_are_cleaned() -> None:
    article = detail(HOSTILE, (Block("quote", HOSTILE),), author="\x1b[5mX\x1b[0m")
    text = render_article(article, STYLES).plain
    assert "\x1b" not in text and "\x07" not in text
    assert text.startswith("[bold]Pogačar[/] red done\nPeloton Wire · X ·")
    assert "▌ [bold]Pogačar[/]" in text


def test_ages_and_times() -> None:
    now = datetime(2025, 7, 14, 20, 0, tzinfo=UTC)
    assert format_age(now - timedelta(seconds=20), now) == "now"
    assert format_age(now - timedelta(minutes=5), now) == "5m"
    assert format_age(now - timedelta(hours=3), now) == "3h"
    assert format_age(now - timedelta(days=2), now) == "2d"
    assert format_age(now - timedelta(days=90), now) == "3mo"
    assert format_age(now - timedelta(days=800), now) == "2y"
    assert format_age(None, now) == ""
    assert format_local_time(now, UTC) == "2025-07-14 20:00"


def test_only_http_links_open() -> None:
    assert is_web_url("https://example.org/x")
    assert is_web_url("http://example.org")
    assert not is_web_url("javascript:alert(1)")
    assert not is_web_url("file:///etc/passwd")
    assert not is_web_url("https://")
    assert not is_web_url(None)
