"""The real-page set and its snippet scoring, for ``benchmarks/extraction.py --real DIR``.

The set is trafilatura's evaluation data (see ``../shared/data/real-pages-trafilatura/SOURCE.md``):
``evaldata.json`` maps each page's URL to its file and two lists of passages, ``with`` (main text
a good extraction contains) and ``without`` (menus, footers, dates, comments it must not). The
scoring is the one trafilatura's evaluation uses: a ``with`` passage found is a true positive,
one missing a false negative; a ``without`` passage found is a false positive, one absent a true
negative. Text is compared with its whitespace collapsed. Nothing here is imported by the
package or the tests, and the pages are read from ``DIR``, never copied anywhere.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class RealPage:
    """One page of the set: its URL, file name, bytes and the two passage lists."""

    url: str
    file: str
    html: bytes
    with_: tuple[str, ...]
    without: tuple[str, ...]


@dataclass
class Tally:
    """Snippet counts: true/false positives and negatives, and pages with no text at all."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    empty: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fn += other.fn
        self.fp += other.fp
        self.tn += other.tn
        self.empty += other.empty

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fn + self.fp + self.tn
        return (self.tp + self.tn) / total if total else 0.0


def normalise(text: str) -> str:
    """``text`` with every run of whitespace (non-breaking spaces too) as one space."""
    return _SPACE.sub(" ", text).strip()


def evaldata_path(root: Path) -> Path:
    """``evaldata.json`` under ``root`` (the unpacked archive's top or its ``tests/``)."""
    for candidate in (root / "evaldata.json", root / "tests" / "evaldata.json"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no evaldata.json in {root} or {root / 'tests'}")


def load_real_pages(root: Path) -> list[RealPage]:
    """Every page listed in the set's ``evaldata.json`` (in ``eval/`` or ``cache/``)."""
    index = evaldata_path(root)
    base = index.parent
    pages = []
    for url, item in json.loads(index.read_text(encoding="utf-8")).items():
        for folder in ("eval", "cache"):
            path = base / folder / item["file"]
            if path.is_file():
                pages.append(
                    RealPage(
                        url, item["file"], path.read_bytes(),
                        tuple(item["with"]), tuple(item["without"]),
                    )
                )  # fmt: skip
                break
    return pages


def score_page(page: RealPage, text: str) -> Tally:
    """The snippet tally of one extraction ``text`` of ``page``."""
    found = normalise(text)
    tally = Tally(empty=int(not found))
    for passage in page.with_:
        if normalise(passage) in found:
            tally.tp += 1
        else:
            tally.fn += 1
    for passage in page.without:
        if normalise(passage) in found:
            tally.fp += 1
        else:
            tally.tn += 1
    return tally
