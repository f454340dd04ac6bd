"""The loopback server (``tests/loopback.py``) serving the feeds and pages under ``tests/ui/data``.

``{BASE}`` in a file becomes the server's base URL. Set :attr:`FeedServer.round` to 2 and
``/feeds/x.xml`` is served from ``x-2.xml`` when that file exists (new articles appear).
"""

from __future__ import annotations

from pathlib import Path

from tests.loopback import LoopbackServer, Reply, Request

DATA = Path(__file__).parent / "data"
FEEDS = ("peloton.xml", "cobbles.xml")


class FeedServer(LoopbackServer):
    """Start with ``with FeedServer() as server``; ``server.feed_urls`` lists the feeds."""

    def __init__(self) -> None:
        super().__init__()
        self.round = 1
        self.base_url = self.url("")
        for file in DATA.rglob("*"):
            if file.is_file():
                self.route("/" + file.relative_to(DATA).as_posix(), self._reply)

    @property
    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/feeds/{name}" for name in FEEDS]

    def _reply(self, request: Request) -> Reply:
        file = DATA / request.path.lstrip("/")
        if self.round > 1:
            later = file.with_name(f"{file.stem}-{self.round}{file.suffix}")
            file = later if later.is_file() else file
        kind = "application/rss+xml" if file.suffix == ".xml" else "text/html"
        body = file.read_text(encoding="utf-8").replace("{BASE}", self.base_url).encode()
        return Reply(body, content_type=f"{kind}; charset=utf-8")
