"""Conversions between domain values and the store's column values (dates, blocks, queries)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime

from leadout_tui.core.models import Block, FeedEntry, Link


def to_iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def from_iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def blocks_to_json(blocks: Sequence[Block]) -> str:
    return json.dumps(
        [[b.kind, b.text, [[link.text, link.href] for link in b.links]] for b in blocks],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def blocks_from_json(text: str | None) -> tuple[Block, ...]:
    if not text:
        return ()
    return tuple(
        Block(kind, body, tuple(Link(t, h) for t, h in links))
        for kind, body, links in json.loads(text)
    )


def search_words(text: str) -> list[str]:
    """The words of what a user typed into the search: its runs of letters and digits."""
    return "".join(c if c.isalnum() else " " for c in text).split()


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word must appear (prefix match)."""
    return " ".join(f'"{w}"*' for w in search_words(text)) or '""'


def entry_hash(entry: FeedEntry) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    for part in (entry.title, entry.summary, entry.content_html or "", entry.url or ""):
        digest.update(part.encode("utf-8", "replace"))
        digest.update(b"\0")
    return digest.hexdigest()
