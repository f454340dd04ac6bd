"""The bundled feed catalogue (``data/feeds_catalog.toml``): cycling feeds beyond the defaults,
by language and region, each with how sure we are that its URL is current."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Literal

from leadout_tui.core.errors import LeadoutError

__all__ = ["LANGUAGES", "CatalogFeed", "catalog", "find"]

#: The catalogue's languages, as a reader would name them (for listing and feed folders).
LANGUAGES = {"en": "English", "nl": "Dutch", "fr": "French", "it": "Italian", "de": "German",
             "es": "Spanish", "da": "Danish"}  # fmt: skip


@dataclass(frozen=True)
class CatalogFeed:
    """One feed of the catalogue."""

    name: str  # what a user types: ``feeds add --catalog sporza``
    title: str
    url: str
    site: str
    language: str  # ISO 639-1
    region: str
    kind: Literal["articles", "videos"]
    confidence: Literal["high", "medium", "low"]
    evidence: str

    @property
    def verified(self) -> bool:
        """Whether the URL was seen in use in 2025-26 (or fits the site's documented pattern)."""
        return self.confidence != "low"

    @property
    def folder(self) -> str:
        """The category it is filed under when subscribed."""
        return "Videos" if self.kind == "videos" else LANGUAGES.get(self.language, self.language)


def catalog() -> list[CatalogFeed]:
    """Every catalogue feed, by language then name."""
    import tomllib

    text = resources.files("leadout_tui.data").joinpath("feeds_catalog.toml").read_text("utf-8")
    feeds = [CatalogFeed(**entry) for entry in tomllib.loads(text)["feed"]]
    return sorted(feeds, key=lambda f: (f.language != "en", f.language, f.region, f.name))


def find(name: str) -> CatalogFeed:
    """The catalogue feed called ``name`` (case-insensitive), or a clear error."""
    feeds = catalog()
    for feed in feeds:
        if feed.name == name.strip().lower():
            return feed
    known = ", ".join(f.name for f in feeds)
    raise LeadoutError(f"no catalogue feed named {name!r} (the catalogue has: {known})")
