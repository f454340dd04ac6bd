"""A real HTTP server on 127.0.0.1 serving the feeds and pages under ``tests/ui/data``.

``{BASE}`` in a file becomes the server's base URL. Set :attr:`FeedServer.round` to 2 and
``/feeds/x.xml`` is served from ``x-2.xml`` when that file exists (new articles appear).
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).parent / "data"
FEEDS = ("peloton.xml", "cobbles.xml")


class FeedServer:
    """Start with ``with FeedServer() as server``; ``server.feed_urls`` lists the feeds."""

    def __init__(self) -> None:
        self.round = 1
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = owner.content_for(self.path)
                if body is None:
                    self.send_error(404)
                    return
                kind = "application/rss+xml" if self.path.endswith(".xml") else "text/html"
                self.send_response(200)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/feeds/{name}" for name in FEEDS]

    def content_for(self, path: str) -> bytes | None:
        relative = path.lstrip("/").split("?")[0]
        if ".." in relative:
            return None
        file = DATA / relative
        if self.round > 1:
            later = file.with_name(f"{file.stem}-{self.round}{file.suffix}")
            file = later if later.is_file() else file
        if not file.is_file():
            return None
        return file.read_text(encoding="utf-8").replace("{BASE}", self.base_url).encode()

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
