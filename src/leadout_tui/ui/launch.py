"""Starting the reader from the command line: ``cli`` -> :func:`run` -> the app.

With ``demo``, the bundled demo feeds are served on 127.0.0.1 (``leadout_tui.demo``) and
subscribed in a temporary database, unless a database was named.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from leadout_tui.config import Config, load_config
from leadout_tui.core.errors import LeadoutError

__all__ = ["run"]


def run(
    db_path: Path | None,
    *,
    demo: bool = False,
    config: Config | None = None,
    spoiler_free: bool = False,
) -> int:
    """Run the reader until the user quits; returns the exit status.

    ``spoiler_free`` (``--spoiler-free``) hides results whatever the config says.

    ``db_path`` None means the default database, or, with ``demo``, a temporary one: the demo's
    feeds live on a random loopback port and are kept out of the real database.
    """
    from leadout_tui import paths
    from leadout_tui.ui.app import make_app

    try:
        config = config or load_config()
        if spoiler_free:
            config = replace(config, spoiler_free=True)
        if not demo:
            make_app(db_path or paths.database_path(), config=config).run()
            return 0
        from leadout_tui.core.store.db import Store
        from leadout_tui.demo import DemoServer, subscribe_demo_feeds

        with tempfile.TemporaryDirectory(prefix="leadout-demo-") as tmp, DemoServer() as server:
            path = db_path or Path(tmp) / "demo.db"
            feed_urls = list(server.feed_urls)
            with Store.open(path) as store:
                subscribe_demo_feeds(store, feed_urls)
            app = make_app(path, config=config, refresh_on_start=True, refresh_urls=feed_urls)
            app.run()
        return 0
    except LeadoutError as exc:
        print(f"leadout-tui: {exc}", file=sys.stderr)
        return 1
