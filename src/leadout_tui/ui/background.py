"""The reader's refresh runs in a process of its own, so the screen never waits for it.

A refresh is a lot of Python (HTTP parsing, thousands of results to store): on a thread of the
reader's process it would hold the interpreter lock for long stretches and the reader would
stutter. :func:`refresh_in_child` starts a fresh interpreter (``spawn``: nothing of the UI's
threads is copied), runs the core refresh there and relays its progress and outcome back
through a pipe. The child's own output goes to /dev/null: it must never draw over the screen.

This module imports no Textual: the child imports it by name.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leadout_tui.core.errors import LeadoutError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from leadout_tui.core.refresh.pipeline import RefreshOptions
    from leadout_tui.core.refresh.progress import RefreshProgress, RefreshSummary

__all__ = ["REFRESH_NICENESS", "RefreshChild"]

#: How much lower the refresh's priority is than the reader's (see nice(1)).
REFRESH_NICENESS = 10


class RefreshChild:
    """One refresh in a child process; :meth:`run` blocks (call it from a worker thread)."""

    def __init__(self) -> None:
        self._process: Any = None

    def run(
        self,
        db_path: Path,
        options: RefreshOptions,
        urls: Sequence[str] | None,
        on_progress: Callable[[RefreshProgress], None],
    ) -> RefreshSummary:
        """Refresh ``db_path`` in a child; raise ``LeadoutError`` with its message if it fails."""
        import multiprocessing

        from leadout_tui.core.refresh.jobs import stderr_with_fileno

        context = multiprocessing.get_context("spawn")
        receiver, sender = context.Pipe(duplex=False)
        with stderr_with_fileno():
            process = context.Process(
                target=_child, args=(db_path, options, list(urls) if urls else None, sender),
                name="leadout-refresh",  # not daemonic: it starts worker processes of its own
            )  # fmt: skip
            process.start()
        self._process = process
        sender.close()
        try:
            while True:
                try:
                    kind, payload = receiver.recv()
                except EOFError:
                    raise LeadoutError(
                        f"the refresh stopped unexpectedly (exit status {process.exitcode})"
                    ) from None
                if kind == "progress":
                    on_progress(payload)
                elif kind == "done":
                    return payload  # type: ignore[no-any-return]
                else:
                    raise LeadoutError(payload)
        finally:
            receiver.close()
            process.join(timeout=30)
            self._process = None

    def stop(self) -> None:
        """Stop a refresh still running (the reader is quitting): what it stored stays."""
        process = self._process
        if process is not None and process.is_alive():
            process.terminate()


def _child(
    db_path: Path, options: RefreshOptions, urls: list[str] | None, pipe: Connection
) -> None:
    """In the child: quiet output, run the refresh, send progress and the outcome.

    It runs at a lower priority (and its worker processes with it): on a machine with few
    cores the screen gets the CPU first, and the refresh takes what is left.
    """
    _leave_with_the_reader(os.getppid())
    os.nice(REFRESH_NICENESS)
    devnull = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):
        os.dup2(devnull, fd)
    sys.stdout = sys.stderr = open(devnull, "w", closefd=False)  # noqa: SIM115
    from leadout_tui.core.refresh.pipeline import refresh_database

    def report(progress: RefreshProgress) -> None:
        pipe.send(("progress", progress))

    try:
        summary = refresh_database(db_path, urls=urls, options=options, on_progress=report)
    except LeadoutError as exc:
        pipe.send(("error", str(exc)))
    except Exception as exc:  # the reader says what happened; no traceback on its screen
        pipe.send(("error", f"{type(exc).__name__}: {exc}"))
    else:
        pipe.send(("done", summary))
    finally:
        pipe.close()


def _leave_with_the_reader(reader_pid: int) -> None:
    """Exit if the reader goes away without stopping us (killed, crashed): a transaction in
    flight is rolled back by SQLite, everything committed stays."""
    import threading
    import time

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != reader_pid:
                os._exit(0)

    threading.Thread(target=watch, name="leadout-reader-watch", daemon=True).start()
