"""Starting the reader from the command line, including ``--demo``'s local feed server."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

from leadout_tui.config import Config, load_config
from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.store.db import Store

__all__ = ["run", "subscribe_demo_feeds"]


def subscribe_demo_feeds(store: Store, feed_urls: list[str]) -> None:
    """Subscribe ``feed_urls``, dropping demo feeds of earlier runs (the port changes)."""
    current = set(feed_urls)
    demo_paths = {urlsplit(url).path for url in feed_urls}
    for feed in store.list_feeds():
        parts = urlsplit(feed.url)
        if (
            feed.url not in current
            and parts.hostname in ("127.0.0.1", "localhost")
            and parts.path in demo_paths
        ):
            store.remove_feed(feed.url)
    for url in feed_urls:
        store.add_feed(url)


def run(db_path: Path, *, demo: bool = False, config: Config | None = None) -> int:
    """Run the app until the user quits; returns the exit status."""
    from leadout_tui.ui.app import make_app

    try:
        config = config or load_config()
        if not demo:
            make_app(db_path, config=config).run()
            return 0
        from leadout_tui.demo import DemoServer

        with DemoServer() as server:
            feed_urls = list(server.feed_urls)
            with Store.open(db_path) as store:
                subscribe_demo_feeds(store, feed_urls)
            app = make_app(db_path, config=config, refresh_on_start=True, refresh_urls=feed_urls)
            app.run()
        return 0
    except LeadoutError as exc:
        print(f"leadout-tui: {exc}", file=sys.stderr)
        return 1
