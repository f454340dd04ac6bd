"""Worker processes: jobs run there for big refreshes, and a dead worker does not stop one."""

from __future__ import annotations

import os

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
