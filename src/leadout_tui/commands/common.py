"""Helpers the subcommands share: opening the store, the user's names, times and numbers.

Text from the web is printed through ``leadout_tui.core.text.clean_text``, as the TUI shows it.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from leadout_tui import paths
from leadout_tui.config import load_config
from leadout_tui.core.store.db import Store

if TYPE_CHECKING:
    from leadout_tui.core.names.loader import Names

    #: What ``register(sub, common)`` of each command module adds its parsers to.
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def user_names() -> Names:
    """The bundled riders and teams with the user's own file on top (compiled form cached)."""
    return load_config().names_source().load()


def open_store(args: argparse.Namespace) -> Store:
    """The database named by ``--db``, ``LEADOUT_TUI_DB`` or the default location."""
    busy_timeout = load_config().busy_timeout_seconds
    return Store.open(paths.database_path(args.db), busy_timeout=busy_timeout)


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "never"


_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def duration(text: str) -> timedelta:
    """An argparse type: ``90m``, ``24h``, ``7d``, ``2w``."""
    value, unit = text.strip()[:-1], text.strip()[-1:].lower()
    if unit not in _UNITS or not value.isdigit() or int(value) == 0:
        raise argparse.ArgumentTypeError(
            f"not a duration: {text!r} (a number with m, h, d or w: 24h, 7d)"
        )
    return timedelta(seconds=int(value) * _UNITS[unit])


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value
