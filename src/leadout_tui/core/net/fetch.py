"""HTTP fetching: one httpx ``AsyncClient`` with global and per-host limits, caps and timeouts.

Every failure becomes a :class:`FetchError` whose message is one line a user can act on.
"""

from __future__ import annotations

import asyncio
import email.utils
import ssl
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import TracebackType

from leadout_tui import __version__
from leadout_tui.core.errors import FetchError
from leadout_tui.core.models import utc_now
from leadout_tui.core.net import tls
from leadout_tui.core.net.limits import CONCURRENCY, PER_HOST
from leadout_tui.core.net.urls import host_of, is_web_url

# httpx imports its command-line client (rich, click, pygments: 40 ms, a tenth of a warm
# refresh) whenever those are installed, and Textual installs them. We never run that
# client: without it httpx defines a stub ``main`` and works the same.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
import httpx  # noqa: E402

USER_AGENT = f"leadout-tui/{__version__} (+https://github.com/leadout-tui/leadout-tui)"
FEED_MAX_BYTES = 10 * 1024 * 1024
PAGE_MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
#: Longest a server may ask us to wait (Retry-After) before we try again anyway.
MAX_RETRY_AFTER = timedelta(days=1)


class RetryLater(FetchError):
    """The server answered 429/503 with Retry-After: skip this URL until ``until``."""

    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
        self.until = until


@dataclass(frozen=True)
class FetchResult:
    """A response: ``status`` is 200 (``content`` holds the body) or 304 (not modified)."""

    url: str
    status: int
    content: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def encoding(self) -> str | None:
        """The charset the Content-Type header declares, if any."""
        if not self.content_type:
            return None
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ")
        return None


class Fetcher:
    """Fetches URLs with at most ``concurrency`` requests in flight, ``per_host`` per host.

    One httpx client (connection pool) per host, sharing one TLS context: each host keeps its
    ``per_host`` connections alive, and a request never scans other hosts' connections (httpx
    checks every pooled connection on each request, and with one shared pool that dominated
    a many-host refresh).
    """

    def __init__(
        self, *, concurrency: int = CONCURRENCY, per_host: int = PER_HOST, timeout: float = 20.0
    ) -> None:
        self.timeout = timeout
        self.per_host = per_host
        self._global = asyncio.Semaphore(concurrency)
        self._per_host: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(per_host)
        )
        self._clients: dict[str, httpx.AsyncClient] = {}

    def _client(self, host: str) -> httpx.AsyncClient:
        client = self._clients.get(host)
        if client is None:
            client = self._clients[host] = httpx.AsyncClient(
                verify=tls.trust_store(),
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=httpx.Timeout(self.timeout, connect=min(10.0, self.timeout)),
                limits=httpx.Limits(
                    max_connections=self.per_host, max_keepalive_connections=self.per_host
                ),
                headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            )
        return client

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for client in self._clients.values():
            await client.aclose()

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int = FEED_MAX_BYTES,
        accept: str = "*/*",
        user_agent: str | None = None,
    ) -> FetchResult:
        """GET ``url`` (conditionally, when validators are given); raise FetchError on failure.

        ``user_agent`` replaces leadout-tui's own for this request (a site that refuses readers).
        """
        if not is_web_url(url):
            raise FetchError(f"not an http(s) URL: {url}")
        headers = {"Accept": accept}
        if user_agent:
            headers["User-Agent"] = user_agent
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        host = host_of(url)
        # Per host first: a request waiting for its host must not hold a global slot.
        async with self._per_host[host], self._global:
            try:
                async with asyncio.timeout(self.timeout):
                    return await self._get(self._client(host), url, headers, max_bytes)
            except TimeoutError:
                raise FetchError(f"timed out after {self.timeout:g}s") from None
            except httpx.HTTPError as exc:
                raise FetchError(describe_http_error(exc)) from None

    async def _get(
        self, client: httpx.AsyncClient, url: str, headers: dict[str, str], max_bytes: int
    ) -> FetchResult:
        async with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                # Read the (empty) body to its end: only then does the connection go back to
                # the pool for the host's next feed rather than being closed.
                await response.aread()
                return _result(response, b"")
            if response.status_code in (429, 503):
                until = parse_retry_after(response.headers.get("Retry-After"))
                if until is not None:
                    raise RetryLater(
                        f"HTTP {response.status_code}: server asked to retry after "
                        f"{until:%Y-%m-%d %H:%M} UTC",
                        until,
                    )
            if response.status_code in (403, 406) and "User-Agent" not in headers:
                raise FetchError(
                    f"HTTP {response.status_code} {response.reason_phrase}: the site refuses "
                    "feed readers; give this feed a browser's user_agent in config ([[feed]])"
                )
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(
                    f"response too large ({int(declared):,} bytes; limit {max_bytes:,})"
                )
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"response too large (over {max_bytes:,} bytes)")
                chunks.append(chunk)
            return _result(response, b"".join(chunks))


def _result(response: httpx.Response, content: bytes) -> FetchResult:
    return FetchResult(
        url=str(response.url),
        status=response.status_code,
        content=content,
        content_type=response.headers.get("Content-Type"),
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
    )


def parse_retry_after(value: str | None, now: datetime | None = None) -> datetime | None:
    """Retry-After as a moment: delta-seconds or an HTTP date; None if absent or unreadable."""
    if not value:
        return None
    now = now or utc_now()
    value = value.strip()
    if value.isdigit():
        delay = timedelta(seconds=int(value))
    else:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        delay = moment - now
    return now + max(timedelta(0), min(delay, MAX_RETRY_AFTER))


def describe_http_error(exc: httpx.HTTPError) -> str:
    """One line saying what went wrong, in the words a user would search for."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TooManyRedirects):
        return f"too many redirects (more than {MAX_REDIRECTS})"
    if isinstance(exc, httpx.ConnectTimeout):
        return "connection timed out"
    if isinstance(exc, httpx.TimeoutException):
        return "server stopped responding (timeout)"
    if isinstance(exc, httpx.ConnectError):
        lowered = text.lower()
        if any(
            s in lowered for s in ("name or service", "nodename", "getaddrinfo", "name resolution")
        ):
            return f"DNS lookup failed ({text})"
        if isinstance(exc.__cause__, ssl.SSLError) or "ssl" in lowered or "certificate" in lowered:
            return f"TLS error ({text})"
        return f"cannot connect ({text})"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"server broke the connection ({text})"
    if isinstance(exc, httpx.DecodingError):
        return f"undecodable compressed body ({text})"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return f"invalid URL ({text})"
    return f"{type(exc).__name__}: {text}"
