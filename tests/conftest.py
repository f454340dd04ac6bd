"""Fixtures shared by every test: isolated config/data locations and a loopback server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tests.loopback import LoopbackServer

# Property tests draw the same examples on every run, so a result never depends on luck; set
# LEADOUT_HYPOTHESIS=explore to draw new ones (and look for new failures) instead.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("LEADOUT_HYPOTHESIS", "repeatable"))


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Never read or write the user's real config, data or database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LEADOUT_TUI_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("LEADOUT_TUI_DB", raising=False)
    return home


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "leadout.db"
