"""Run CPU-bound jobs off the event loop: on worker processes for big batches, else a thread.

Extracting thousands of pages, or parsing and indexing many feeds, needs every core (and a
CPU-bound thread would also stall the writer thread, which gives up the GIL on every SQLite
call). Small refreshes (a handful of feeds, tests, the demo) skip the cost of starting
processes. Workers come from a ``forkserver``, never a fork of this (threaded) process; it
loads the refresh's names before it forks any (``preload.py``).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import BrokenExecutor, Executor, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

from leadout_tui.core.names.loader import NamesSource
from leadout_tui.core.refresh.preload import preloading

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

#: Start worker processes when at least this many jobs (feeds, pages) are coming; fewer run in
#: a thread, which costs nothing to start.
PROCESS_THRESHOLD = 8
#: The functions of ``leadout_tui.core.refresh.work`` a runner runs.
Job = Literal["parse_job", "extract_job", "mentions_job"]
_WORKER_MODULE = "leadout_tui.core.refresh.work"
#: How often a worker checks that the process it works for is still there.
PARENT_CHECK_SECONDS = 0.5


class JobRunner:
    """Runs jobs of ``work`` by name; set ``use_processes`` before the heavy part."""

    def __init__(self, workers: int | None = None, names: NamesSource | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.names = names  # the names the jobs will find mentions of, if any
        self.use_processes = False
        self._processes: ProcessPoolExecutor | None = None
        self._processes_broken = False
        self._processes_starting: asyncio.Future[ProcessPoolExecutor] | None = None
        self._thread: ThreadPoolExecutor | None = None
        self._closed = False
        self._lock = threading.Lock()

    def _start_processes(self) -> ProcessPoolExecutor:
        """Start the worker processes (blocking: the forkserver imports the parsers first)."""
        import multiprocessing  # here: a refresh with nothing to parse never needs it
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context(
            "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        )
        if context.get_start_method() == "forkserver":
            context.set_forkserver_preload([_WORKER_MODULE])
        with stderr_with_fileno(), preloading(self.names):
            self._processes = ProcessPoolExecutor(
                self.workers,
                mp_context=context,
                initializer=_leave_with,
                initargs=(os.getpid(),),
            )
            # Start the workers now, while stderr is a real file (see below).
            self._processes.submit(os.getpid).result()
        with self._lock:
            if self._closed:  # the refresh ended (or was stopped) while they were starting
                self._processes.shutdown(wait=True, cancel_futures=True)
        return self._processes

    def start_processes(self) -> None:
        """Set ``use_processes`` and have the workers start now, ahead of the first job.

        They start off the event loop (about 0.4 s, mostly in the new processes), so the
        downloads go on meanwhile.
        """
        self.use_processes = True
        if self.workers > 1 and self._processes_starting is None:
            self._processes_starting = asyncio.get_running_loop().run_in_executor(
                None, self._start_processes
            )

    async def _executor(self) -> Executor:
        if self.use_processes and self.workers > 1 and not self._processes_broken:
            self.start_processes()
            assert self._processes_starting is not None
            return await self._processes_starting
        if self._thread is None:
            self._thread = ThreadPoolExecutor(1, thread_name_prefix="leadout-job")
        return self._thread

    async def run(self, job: Job, *args: Any) -> Any:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(await self._executor(), run_job, job, *args)
        except BrokenExecutor:
            # A worker died (killed, out of memory) or could not start: carry on in a thread.
            # (BrokenProcessPool; the job thread itself never breaks.)
            self._processes_broken = True
            return await loop.run_in_executor(await self._executor(), run_job, job, *args)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            executors = (self._processes, self._thread)
        if self._processes_broken:
            self._kill_survivors()
        for executor in executors:
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)

    def _kill_survivors(self) -> None:
        """Kill what is left of a broken pool before shutting it down.

        A worker killed while it waited for work dies holding the lock of the pool's job queue;
        a worker the pool started after that (for a job submitted before it saw the death)
        then waits for that lock forever, and the pool's shutdown would wait for it forever.
        The executor has no public handle on its processes, hence ``_processes``.
        """
        pool = self._processes
        for process in list((pool._processes or {}).values()) if pool is not None else ():
            if process.is_alive():
                process.kill()

    def __enter__(self) -> JobRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_job(name: Job, *args: Any) -> Any:
    """Run ``work.<name>(*args)``: the parsers are imported where the job runs, not before."""
    from leadout_tui.core.refresh import work

    return getattr(work, name)(*args)


def _leave_with(parent_pid: int) -> None:
    """In a worker: exit once the process that started it is gone; leave Ctrl-C to it.

    A pool's workers only leave when their pool tells them to. If the refresh is killed
    (SIGKILL, out of memory) it never does, and without this they would wait for work
    forever, each holding its memory (and keeping the forkserver alive). Ctrl-C reaches the
    whole process group: the refresh stops its workers itself, so they ignore it (else each
    would print a KeyboardInterrupt traceback).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:
                pass  # exists (as someone else's process): keep going

    threading.Thread(target=watch, name="leadout-parent-watch", daemon=True).start()


@contextmanager
def stderr_with_fileno() -> Iterator[None]:
    """Make ``sys.stderr`` a real file while worker processes start.

    multiprocessing hands ``sys.stderr.fileno()`` to the processes it starts; under Textual,
    stderr is a capture object whose fileno is -1, and starting them would fail.
    """
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        yield
        return
    saved = sys.stderr
    with open(os.devnull, "w") as devnull:
        sys.stderr = devnull
        try:
            yield
        finally:
            sys.stderr = saved
