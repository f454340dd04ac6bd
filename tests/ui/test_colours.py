"""The colours that mark riders, teams and races in an article, and the headlines' rider counts
and stars, can be read on their backgrounds, in the default theme and in others."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.color import Color

from leadout_tui.ui.widgets import ArticleView
from tests.ui.helpers import build_app, headlines, settle


def _luminance(colour: Color) -> float:
    """WCAG 2's relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG 2's contrast ratio: 1 (none) to 21 (black on white)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "nord", "gruvbox", "dracula"])
async def test_highlighted_names_stand_out_from_the_article_background(
    db_path: Path, theme: str
) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(pilot)
        app.theme = theme
        await pilot.pause()
        view = app.main.query_one(ArticleView)
        background = view.background_colors[1]
        for kind in ("rider", "team", "race"):
            style = view.get_component_styles(f"article--{kind}")
            ratio = contrast(background + style.color, background)
            # 3:1 is WCAG's least for bold text: the names are bold.
            assert ratio >= 3.0, (theme, kind, round(ratio, 2))
        listing = headlines(app)
        background = listing.background_colors[1]
        for part in ("riders", "star"):
            style = listing.get_component_styles(f"headlines--{part}")
            ratio = contrast(background + style.color, background)
            assert ratio >= 3.0, (theme, part, round(ratio, 2))
