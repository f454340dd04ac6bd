"""The key footer keeps nothing of the keys it showed before a screen change, rebuilds its
keys only when they change, and shows the help key however narrow the terminal."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from leadout_tui.ui.screens.trends import TrendsScreen
from tests.ui.helpers import build_app, settle
from tests.ui.screen_text import screen_text


async def test_opening_and_closing_screens_does_not_keep_old_footer_keys(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(130, 36)) as pilot:
        await settle(pilot)
        before = list(app.screen.query(FooterKey))
        for _ in range(5):  # each open composes the trends screen's footer
            await pilot.press("T")
            await settle(pilot)
            assert isinstance(app.screen, TrendsScreen)
            await pilot.press("escape")
            await settle(pilot)
        gc.unfreeze()  # the reader freezes what it keeps for the session (longlived.settle)
        gc.collect()
        alive = [key for key in gc.get_objects() if isinstance(key, FooterKey)]
        shown = list(app.screen.query(FooterKey))
        assert shown  # the footer lists the main screen's keys
        assert len(alive) == len(shown)  # and no removed key lingers
        # Back on the main screen its keys are the same: the footer kept them, not rebuilt them.
        assert shown == before


@pytest.mark.parametrize("width", [80, 100, 120])
async def test_a_narrow_footer_still_shows_the_help_key(db_path: Path, width: int) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert footer.lstrip().startswith("⏎ Open  ? Help  f Rider"), footer


async def test_a_140_column_footer_shows_every_key_whole(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        keys = ("? Help", "f Rider", "t Team", "/ Search", "W Following", "T Trends", "F Feeds",
                "U Unread", "A All read", "r Refresh", "q Quit ", "^p palette")  # fmt: skip
        for key in keys:
            assert key in footer, (key, footer)
