"""The ``leadout-tui`` command: the TUI by default, and headless subcommands.

Exit status: 0 when the command ran (a refresh with failed feeds still ran), 1 when it could
not (a broken database, an unknown rider...), 2 on usage errors. Errors are one line on stderr.
The UI is imported only when the TUI starts.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import NoReturn

from leadout_tui import __version__, paths
from leadout_tui.commands import (
    articles,
    content,
    feeds,
    follow,
    reading,
    refresh,
    stories,
    who,
)
from leadout_tui.core.errors import LeadoutError


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"database file (default: ${paths.DB_ENV} or the user data directory)",
    )
    parser = argparse.ArgumentParser(
        prog="leadout-tui",
        description="A terminal news reader for road-cycling fans. "
        "Without a command, opens the reader.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"leadout-tui {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the reader on bundled demo feeds served on 127.0.0.1 (no network needed)",
    )
    parser.add_argument(
        "--spoiler-free",
        action="store_true",
        help="open the reader with race results hidden (spoiler_free = true in the config)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (refresh, feeds, articles, stories, reading, follow, content, who):
        module.register(sub, common)
    return parser


def entry() -> NoReturn:
    """The ``leadout-tui`` console script: :func:`main`, then a quick exit.

    When ``main`` returns, a command has closed its database and its workers. If no other
    thread is left, Python's own teardown (freeing every module, about 40 ms) can be
    skipped: nothing is waiting to be written but the output, flushed here.
    """
    code = main()
    if threading.active_count() == 1:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_tui(args)
        return handler(args)
    except LeadoutError as exc:
        print(f"leadout-tui: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("leadout-tui: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except BaseException as exc:
        # asyncio.run may report Ctrl-C as the main task's CancelledError (asyncio is imported
        # only by the commands that need it, so look for it rather than import it here).
        asyncio = sys.modules.get("asyncio")
        if asyncio is not None and isinstance(exc, asyncio.CancelledError):
            print("leadout-tui: interrupted", file=sys.stderr)
            return 130
        raise


def _run_tui(args: argparse.Namespace) -> int:
    from leadout_tui.ui.launch import run

    return run(
        paths.database_path(args.db) if args.db else None,
        demo=args.demo,
        spoiler_free=args.spoiler_free,
    )
