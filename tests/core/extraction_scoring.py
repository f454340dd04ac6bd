"""Shared scoring for the extraction corpus (used by the corpus test and the benchmark).

Scores are bag-of-words: lower-cased word tokens counted with multiplicity, so order and
block boundaries do not matter but every repeated or missing word does.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "extraction"
_WORD = re.compile(r"\w+", re.UNICODE)

#: Phrases that are page furniture on every corpus page; none may appear in an extracted body
#: (unless the page's gold body itself contains it).
BOILERPLATE_PHRASES: tuple[str, ...] = (
    "Advertisement",
    "READ MORE",
    "Read more:",
    "Related:",
    "Also read",
    "See more:",
    "Watch:",
    "Sign me up",
    "newsletter",
    "Image 1 of",
    "Image credit",
    "Share this",
    "Share on",
    "Like this:",
    "Become a member",
    "Already a member",
    "cookies",
    "Most Popular",
    "Most read",
    "More like this",
    "Related articles",
    "You may also like",
    "Recommended for you",
    "Trending",
    "Leave a Reply",
    "appeared first on",
    "affiliate commission",
    "All rights reserved",
    "We value your privacy",
    "Around the web",
    "Sponsored content",
    "Posted in",
    "Comments",
    "Tags",
    "Skip to the content",
    "Previous:",
    "Back to news",
    "Latest news",
    "Leeds council scraps plan",
    "Loading",
    "Read next",
    "About the author",
    "Join the conversation",
    # Dutch, Slovenian and Polish pages
    "Lees ook",
    "Advertentie",
    "Deel dit artikel",
    "Bekijk:",
    "Meer wielrennen",
    "Gerelateerd",
    "Meest gelezen",
    "Meer nieuws",
    "Wij gebruiken cookies",
    "Volg WielerFlits",
    "Vse pravice",
    "Wszelkie prawa",
    "Udostępnij",
)


@dataclass(frozen=True)
class Score:
    """Bag-of-words precision, recall and F1 of an extraction against its gold body."""

    precision: float
    recall: float
    f1: float


def tokens(text: str) -> Counter[str]:
    """Lower-cased word tokens of ``text`` with their counts."""
    return Counter(_WORD.findall(text.lower()))


def score(predicted: str, gold: str) -> Score:
    """Bag-of-words precision/recall/F1 of ``predicted`` against ``gold``."""
    pred, ref = tokens(predicted), tokens(gold)
    overlap = sum((pred & ref).values())
    precision = overlap / sum(pred.values()) if pred else 0.0
    recall = overlap / sum(ref.values()) if ref else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


def leaked_phrases(predicted: str, gold: str) -> list[str]:
    """Boilerplate phrases found in ``predicted`` that the gold body does not contain."""
    low_pred, low_gold = predicted.lower(), gold.lower()
    return [p for p in BOILERPLATE_PHRASES if p.lower() in low_pred and p.lower() not in low_gold]


@dataclass(frozen=True)
class Page:
    """One corpus page: its HTML bytes, gold body text, expected metadata and URL."""

    name: str
    html: bytes
    gold: str
    meta: dict[str, str | None]
    url: str


def corpus_pages() -> list[Page]:
    """Every ``NAME.html`` in the corpus with its ``NAME.gold.txt`` and ``NAME.meta.json``."""
    pages = []
    for path in sorted(CORPUS_DIR.glob("*.html")):
        name = path.name.removesuffix(".html")
        meta = json.loads((CORPUS_DIR / f"{name}.meta.json").read_text(encoding="utf-8"))
        url = meta.pop("url", None) or f"https://corpus.example/{name}"
        gold = (CORPUS_DIR / f"{name}.gold.txt").read_text(encoding="utf-8")
        pages.append(Page(name, path.read_bytes(), gold, meta, url))
    return pages
