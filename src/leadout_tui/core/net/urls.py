"""The one rule for links from the web: only absolute http(s) URLs with a host are used."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_web_url(url: str | None) -> bool:
    """True for an absolute http(s) URL with a host: the only links fetched, kept or opened."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def host_of(url: str) -> str:
    """The host a URL names, lower case ("" when it names none or cannot be parsed): the key
    of the per-host limits."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
