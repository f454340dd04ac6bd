"""What the reader remembers between runs.

- Per database (its ``meta`` table): the selected article and the active filters, so a restart
  comes back to the same view. Each article's reading position is a column of its own
  (``Store.set_scroll``).
- Per user (``ui.json`` in the data directory): the theme chosen in the palette.

Nothing here may stop the reader from starting: an unreadable state is no state.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from leadout_tui import paths
from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.store.db import Store
from leadout_tui.ui.filters import Filters

__all__ = ["ReaderState", "load_reader_state", "load_theme", "save_reader_state", "save_theme"]

_META_KEY = "reader_state"


@dataclass(frozen=True)
class ReaderState:
    filters: Filters = field(default_factory=Filters)
    article_id: int | None = None


def load_reader_state(store: Store) -> ReaderState:
    try:
        data = json.loads(store.get_meta(_META_KEY) or "{}")
    except (LeadoutError, ValueError):
        return ReaderState()
    article = data.get("article") if isinstance(data, dict) else None
    filters = Filters.from_json(data.get("filters")) if isinstance(data, dict) else Filters()
    return ReaderState(filters, article if isinstance(article, int) else None)


def save_reader_state(store: Store, state: ReaderState) -> None:
    """Save it (a read-only or vanished database just keeps its old state)."""
    data = {"filters": state.filters.to_json(), "article": state.article_id}
    with contextlib.suppress(LeadoutError):
        store.set_meta(_META_KEY, json.dumps(data, ensure_ascii=False))


def _ui_file() -> Path:
    return paths.data_dir() / "ui.json"


def load_theme() -> str | None:
    try:
        data = json.loads(_ui_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    theme = data.get("theme") if isinstance(data, dict) else None
    return theme if isinstance(theme, str) else None


def save_theme(theme: str) -> None:
    """Remember the theme for the next run (written atomically; failing to is no error)."""
    target = _ui_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"theme": theme}), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass
