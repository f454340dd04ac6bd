"""Snapshot tests (pytest-textual-snapshot): the SVGs under ``__snapshots__`` are the reference.

Regenerate with ``pytest tests/ui --snapshot-update`` only after reading snapshot_report.html.
Clock, time zone and theme are fixed by ``build_app``; workers finish before each capture.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets._toast import Toast

from tests.ui.helpers import build_app, settle


async def _ready(pilot: Pilot) -> None:
    await settle(pilot)


class TestReaderSnapshots:
    def test_main_view(self, db_path: Path, snap_compare) -> None:
        assert snap_compare(
            build_app(db_path), press=["j"], terminal_size=(130, 36), run_before=_ready
        )

    def test_rider_picker(self, db_path: Path, snap_compare) -> None:
        assert snap_compare(
            build_app(db_path),
            press=["f", *"vinge"],
            terminal_size=(130, 36),
            run_before=_ready,
        )

    def test_filtered_view(self, db_path: Path, snap_compare) -> None:
        async def filter_by_pogacar(pilot: Pilot) -> None:
            await settle(pilot)
            await pilot.press("f", *"poga", "enter")
            await settle(pilot)

        assert snap_compare(
            build_app(db_path), terminal_size=(130, 36), run_before=filter_by_pogacar
        )

    def test_help(self, db_path: Path, snap_compare) -> None:
        assert snap_compare(
            build_app(db_path), press=["question_mark"], terminal_size=(120, 40), run_before=_ready
        )

    def test_80_columns(self, db_path: Path, snap_compare) -> None:
        assert snap_compare(
            build_app(db_path), press=["tab"], terminal_size=(80, 24), run_before=_ready
        )

    def test_100_columns_fold_mentions(self, db_path: Path, snap_compare) -> None:
        assert snap_compare(build_app(db_path), terminal_size=(100, 30), run_before=_ready)

    def test_feeds_pane(self, db_path: Path, snap_compare) -> None:
        assert snap_compare(
            build_app(db_path), press=["F"], terminal_size=(130, 36), run_before=_ready
        )

    def test_unread_view(self, db_path: Path, snap_compare) -> None:
        async def read_one_then_unread_only(pilot: Pilot) -> None:
            await settle(pilot)
            await pilot.press("j", "u", "U")  # the second is read: it leaves the list
            await settle(pilot)

        assert snap_compare(
            build_app(db_path), terminal_size=(130, 36), run_before=read_one_then_unread_only
        )

    def test_following_view(self, db_path: Path, snap_compare) -> None:
        async def follow_two_then_open(pilot: Pilot) -> None:
            await settle(pilot)
            await pilot.press("f", *"vinge", "ctrl+w", "escape", "t", *"alpecin", "ctrl+w")
            await pilot.press("escape", "W")
            await settle(pilot)
            # The "Following ..." toasts time out after 2 s: whether one is still up at capture
            # depends on the machine's speed, so the picture is taken once they are gone (the
            # screen below the view keeps its toasts until their time is up).
            pilot.app.clear_notifications()
            while any(screen.query(Toast) for screen in pilot.app.screen_stack):
                await pilot.pause(0.05)

        assert snap_compare(
            build_app(db_path), terminal_size=(130, 36), run_before=follow_two_then_open
        )

    def test_trends(self, db_path: Path, snap_compare) -> None:
        assert snap_compare(
            build_app(db_path), press=["T"], terminal_size=(130, 36), run_before=_ready
        )
