"""Where leadout-tui keeps its files: platformdirs locations, overridable for tests and users."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir, user_data_dir

APP_NAME = "leadout-tui"
DB_ENV = "LEADOUT_TUI_DB"
CONFIG_DIR_ENV = "LEADOUT_TUI_CONFIG_DIR"


def data_dir() -> Path:
    """The user data directory (the database lives here by default)."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The user config directory; ``LEADOUT_TUI_CONFIG_DIR`` overrides it."""
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The user cache directory (compiled gazetteer and the like)."""
    return Path(user_cache_dir(APP_NAME, appauthor=False))


def database_path(cli_value: str | None = None) -> Path:
    """The database file: ``--db`` wins, then ``LEADOUT_TUI_DB``, then the data directory."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "leadout.db"
