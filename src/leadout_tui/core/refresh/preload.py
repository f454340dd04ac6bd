"""The names the worker processes start with, handed to their forkserver.

The forkserver starts with the first pool of worker processes and inherits the environment of
that moment: :func:`preloading` sets :data:`PRELOAD_ENV` to the names' paths (JSON) while the
workers start, and the worker module, which the forkserver imports before it forks any worker,
loads those names (:func:`preloaded_names`). Every worker then has them, shared, instead of
each loading them on its first job (0.3-0.4 CPU-s each, ``benchmarks/refresh.py``). The
forkserver lives as long as the process that started it: a reader that refreshes all day
forks every refresh's workers with the names already loaded.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from leadout_tui.core.names.loader import NamesSource

PRELOAD_ENV = "LEADOUT_TUI_WORKER_NAMES"


@contextmanager
def preloading(names: NamesSource | None) -> Iterator[None]:
    """Set PRELOAD_ENV to ``names`` while the worker processes (and the forkserver) start."""
    if names is None:
        yield
        return
    paths = [None if p is None else str(p) for p in (names.user_file, names.cache_dir)]
    saved = os.environ.get(PRELOAD_ENV)
    os.environ[PRELOAD_ENV] = json.dumps(paths)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(PRELOAD_ENV, None)
        else:
            os.environ[PRELOAD_ENV] = saved


def preloaded_names() -> NamesSource | None:
    """The names the process that started this forkserver asked it to load, if any."""
    value = os.environ.get(PRELOAD_ENV)
    if not value:
        return None
    user_file, cache_dir = json.loads(value)
    return NamesSource(
        user_file=None if user_file is None else Path(user_file),
        cache_dir=None if cache_dir is None else Path(cache_dir),
    )
