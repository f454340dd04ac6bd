"""The key footer keeps nothing of the keys it showed before a screen change, and rebuilds
its keys only when they change."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.widgets._footer import FooterKey

from leadout_tui.ui.screens.trends import TrendsScreen
from tests.ui.helpers import build_app, settle


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
