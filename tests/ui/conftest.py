"""Fixtures for the UI tests: a database filled by the real refresh pipeline from a loopback
HTTP server, copied per test, with the config directory pointed at an empty folder."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from leadout_tui.core.refresh.pipeline import refresh_database
from leadout_tui.core.store.columns import to_iso
from leadout_tui.core.store.db import Store
from leadout_tui.paths import CONFIG_DIR_ENV
from tests.ui.feed_server import FeedServer
from tests.ui.helpers import FROZEN_NOW, TEST_CONFIG, subscribe


@pytest.fixture(scope="session", autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No user gazetteer or config file leaks into the tests."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CONFIG_DIR_ENV, str(tmp_path_factory.mktemp("config")))
        yield


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory, _isolated_config: None) -> Path:
    """A database made by one real refresh against the loopback server (built once)."""
    path = tmp_path_factory.mktemp("built") / "leadout.db"
    with FeedServer() as server:
        subscribe(path, server.feed_urls)
        summary = refresh_database(path, options=TEST_CONFIG.refresh_options())
    assert summary.feeds_ok == 2, summary.describe()
    with Store.open(path) as store:  # a fixed "last refresh" keeps the status line stable
        store.set_meta("last_refresh", to_iso(FROZEN_NOW - timedelta(minutes=90)) or "")
    return path


@pytest.fixture
def db_path(built_db: Path, tmp_path: Path) -> Path:
    """A private copy of the built database (tests may mark articles read or starred)."""
    target = tmp_path / "leadout.db"
    source = sqlite3.connect(built_db)
    with sqlite3.connect(target) as dest:
        source.backup(dest)
    source.close()
    return target


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server
