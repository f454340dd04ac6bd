"""Telling the fan outside the reader: ``notify_command`` (or ``refresh --notify-command``) is
run with the followed-news summary ("3 new: Tadej Pogačar ×2, Demi Vollering") as its last
argument, e.g. ``notify-send leadout-tui``."""

from __future__ import annotations

import shlex
import subprocess

__all__ = ["run_notify_command"]

#: A notifier that hangs must not hold up the refresh that called it.
TIMEOUT_SECONDS = 10


def run_notify_command(command: str, summary: str) -> str | None:
    """Run ``command`` with ``summary`` appended; returns a one-line problem, or None if it ran."""
    try:
        argv = [*shlex.split(command), summary]
    except ValueError as exc:
        return f"notify_command {command!r} cannot be read: {exc}"
    try:
        done = subprocess.run(
            argv, timeout=TIMEOUT_SECONDS, capture_output=True, text=True, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"notify command {argv[0]!r} failed: {exc}"
    if done.returncode:
        detail = (done.stderr or "").strip().splitlines()[-1:] or [f"exit {done.returncode}"]
        return f"notify command {argv[0]!r} failed: {detail[0][:200]}"
    return None
