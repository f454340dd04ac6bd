"""Worker processes: jobs run there for big refreshes, and a dead worker does not stop one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from leadout_tui.core.refresh.jobs import JobRunner


async def test_jobs_run_on_worker_processes() -> None:
    with JobRunner(workers=2) as jobs:
        jobs.use_processes = True
        assert await jobs.run("mentions_job", [], None) == []
        assert jobs._processes is not None
        assert all(pid != os.getpid() for pid in jobs._processes._processes)


async def test_a_killed_worker_falls_back_to_a_thread() -> None:
    with JobRunner(workers=2) as jobs:
        jobs.use_processes = True
        assert await jobs.run("mentions_job", [], None) == []
        assert jobs._processes is not None
        for process in list(jobs._processes._processes.values()):
            process.kill()
            process.join()
        assert await jobs.run("mentions_job", [], None) == []


def test_workers_start_with_the_names_loaded(tmp_path: Path) -> None:
    """The forkserver loads the refresh's names before it forks a worker: a job that finds
    no mentions at all still finds the names compiled (loading them writes their cache)."""
    cache = tmp_path / "cache"
    cache.mkdir()
    script = f"""
import asyncio
from pathlib import Path
from leadout_tui.core.names.loader import NamesSource
from leadout_tui.core.refresh.jobs import JobRunner
from leadout_tui.core.refresh.preload import PRELOAD_ENV
import os

async def main():
    names = NamesSource(cache_dir=Path({str(cache)!r}))
    with JobRunner(workers=2, names=names) as jobs:
        jobs.use_processes = True
        assert await jobs.run("mentions_job", [], names) == []
    assert PRELOAD_ENV not in os.environ

asyncio.run(main())
"""
    # A fresh interpreter: this one's forkserver may have started already, without them.
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)
    assert [p.name.startswith("gazetteer-") for p in cache.iterdir()] == [True]
