"""Benchmark: our extractor vs trafilatura on the test corpus (a report; always exits 0).

Run: ``.venv/bin/python benchmarks/extraction.py``. Prints per-page bag-of-words precision,
recall and F1 for both extractors, milliseconds per page, and boilerplate phrases that leaked.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "core")]

from extraction_scoring import Page, Score, corpus_pages, leaked_phrases, score  # noqa: E402

from leadout_tui.core.extract import blocks_to_text, extract_article  # noqa: E402

REPEATS = 7


def ours(page: Page) -> str:
    return blocks_to_text(extract_article(page.html, page.url).blocks)


def trafilatura_text(page: Page) -> str:
    import trafilatura

    return trafilatura.extract(page.html, url=page.url, include_comments=False) or ""


def timed(fn: Callable[[Page], str], pages: list[Page]) -> tuple[list[str], float]:
    """Outputs for every page and milliseconds per page: the best of ``REPEATS`` full passes
    (the minimum is the least noisy estimate on a shared machine)."""
    outputs = [fn(page) for page in pages]  # warm-up (imports, caches)
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        for page in pages:
            fn(page)
        best = min(best, time.perf_counter() - start)
    return outputs, best * 1000 / len(pages)


def main() -> int:
    pages = corpus_pages()
    try:
        import trafilatura  # noqa: F401

        has_traf = True
    except ImportError:
        has_traf = False
    our_out, our_ms = timed(ours, pages)
    traf_out, traf_ms = timed(trafilatura_text, pages) if has_traf else ([""] * len(pages), 0.0)

    print(f"{'page':28} {'ours P':>7} {'R':>6} {'F1':>6}   {'traf P':>7} {'R':>6} {'F1':>6}")
    our_scores: list[Score] = []
    traf_scores: list[Score] = []
    leaks: list[tuple[str, list[str]]] = []
    for page, mine, theirs in zip(pages, our_out, traf_out, strict=True):
        a, b = score(mine, page.gold), score(theirs, page.gold)
        our_scores.append(a)
        traf_scores.append(b)
        flag = "  <-- below 0.93" if a.f1 < 0.93 else ""
        print(
            f"{page.name:28} {a.precision:7.3f} {a.recall:6.3f} {a.f1:6.3f}   "
            f"{b.precision:7.3f} {b.recall:6.3f} {b.f1:6.3f}{flag}"
        )
        leaked = leaked_phrases(mine, page.gold)
        if leaked:
            leaks.append((page.name, leaked))

    def mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    print("-" * 76)
    print(
        f"{'mean':28} {mean([s.precision for s in our_scores]):7.3f} "
        f"{mean([s.recall for s in our_scores]):6.3f} {mean([s.f1 for s in our_scores]):6.3f}   "
        f"{mean([s.precision for s in traf_scores]):7.3f} "
        f"{mean([s.recall for s in traf_scores]):6.3f} {mean([s.f1 for s in traf_scores]):6.3f}"
    )
    print(
        f"{'min F1':28} {min(s.f1 for s in our_scores):22.3f}   "
        f"{min(s.f1 for s in traf_scores):21.3f}"
    )
    print(f"{'ms/page':28} {our_ms:22.2f}   {traf_ms:21.2f}")
    print(f"pages: {len(pages)}; timing: best of {REPEATS} passes over all pages")
    if not has_traf:
        print("trafilatura is not installed: its columns are empty")
    if leaks:
        print("boilerplate leaked (ours):")
        for name, phrases in leaks:
            print(f"  {name}: {', '.join(phrases)}")
    else:
        print("boilerplate leaked (ours): none")
    traf_leaks = sum(
        1 for page, text in zip(pages, traf_out, strict=True) if leaked_phrases(text, page.gold)
    )
    print(f"pages where trafilatura leaked boilerplate: {traf_leaks}")
    return 0


if __name__ == "__main__":
    main()
