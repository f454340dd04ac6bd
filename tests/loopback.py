"""A real HTTP server on 127.0.0.1 for tests: routes you set, requests it records, faults on demand.

Each route is a :class:`Reply` (static, with optional ETag/Last-Modified handling, delay, an
endless body...) or a callable taking the request and returning a Reply.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    endless: bool = False  # stream zeros forever (until the client gives up)
    hang: bool = False  # never answer (until the server stops): a real hang, not a long delay
    drop: bool = False  # close the connection without an answer (the network went away)


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]
    client_port: int = 0  # which connection it came on


Route = Reply | Callable[[Request], Reply]


class _QuietServer(ThreadingHTTPServer):
    """A client that went away mid-answer (a cancelled refresh does) is no error to print: it
    would land in the stderr of the command under test."""

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class LoopbackServer:
    """A threaded HTTP server on an ephemeral loopback port; use it as a context manager."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                outer._handle(self)

        self._server = _QuietServer((host, 0), Handler)
        self._server.daemon_threads = True
        self.host, self.port = self._server.server_address[:2]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def route(self, path: str, reply: Route) -> str:
        self.routes[path] = reply
        return self.url(path)

    def requests_for(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        request = Request(
            handler.path,
            {k.lower(): v for k, v in handler.headers.items()},
            handler.client_address[1],
        )
        with self._lock:
            self.requests.append(request)
        route = self.routes.get(handler.path)
        if route is None:
            reply = Reply(b"not found", 404, "text/plain")
        else:
            reply = route(request) if callable(route) else route
        if reply.hang:
            self._stopping.wait()
            return
        if reply.drop:
            handler.close_connection = True
            return
        if reply.delay:
            self._stopping.wait(reply.delay)
        if (reply.etag and request.headers.get("if-none-match") == reply.etag) or (
            reply.last_modified and request.headers.get("if-modified-since") == reply.last_modified
        ):
            handler.send_response(304)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler.send_response(reply.status)
        handler.send_header("Content-Type", reply.content_type)
        if reply.etag:
            handler.send_header("ETag", reply.etag)
        if reply.last_modified:
            handler.send_header("Last-Modified", reply.last_modified)
        for key, value in reply.headers.items():
            handler.send_header(key, value)
        if reply.endless:
            handler.end_headers()
            chunk = b"<item>" * 8192
            try:
                while not self._stopping.is_set():
                    handler.wfile.write(chunk)
                    time.sleep(0.001)
            except OSError:
                pass
            return
        if "Content-Length" not in reply.headers:
            handler.send_header("Content-Length", str(len(reply.body)))
        handler.end_headers()
        with contextlib.suppress(OSError):
            handler.wfile.write(reply.body)

    def stop_listening(self) -> None:
        """Refuse new connections from now on (requests already in, stay in)."""
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
