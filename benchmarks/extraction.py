"""Benchmark: our extractor vs trafilatura on the test corpus (a report; always exits 0).

Run: ``.venv/bin/python benchmarks/extraction.py``. Prints per-page bag-of-words precision,
recall and F1 for both extractors, milliseconds per page, and boilerplate phrases that leaked.

``--pages DIR`` instead times both extractors over every ``*.html`` under ``DIR`` (e.g. pages
from ``benchmarks/farm.py generate``); with ``--truth DIR`` it also scores them against
``DIR/<same relative path>.json`` files holding ``{"paragraphs": [...]}`` (the layout of a
feedfarm corpus's ``truth/``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "core")]

from extraction_scoring import Page, Score, corpus_pages, leaked_phrases, score  # noqa: E402

from leadout_tui.core.extract.article import blocks_to_text, extract_article  # noqa: E402

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


def page_dir(root: Path) -> list[Page]:
    """Every ``*.html`` under ``root`` as a :class:`Page` (no gold text)."""
    return [
        Page(str(path.relative_to(root)), path.read_bytes(), "", {},
             f"https://pages.example/{path.relative_to(root).as_posix()}")
        for path in sorted(root.rglob("*.html"))
    ]  # fmt: skip


def time_pages(root: Path, truth: Path | None) -> int:
    """ms/page (best of ``REPEATS`` passes) for both extractors over the pages under ``root``."""
    pages = page_dir(root)
    if not pages:
        print(f"no *.html under {root}")
        return 1
    size = sum(len(page.html) for page in pages) / len(pages) / 1024
    print(f"pages: {len(pages)} under {root}, mean size {size:.1f} KB")
    our_out, our_ms = timed(ours, pages)
    print(f"{'ours':12} {our_ms:8.2f} ms/page")
    try:
        traf_out, traf_ms = timed(trafilatura_text, pages)
        print(
            f"{'trafilatura':12} {traf_ms:8.2f} ms/page   (ours is {traf_ms / our_ms:.1f}x faster)"
        )
    except ImportError:
        traf_out = []
        print("trafilatura is not installed")
    if truth is not None:
        for name, outputs in (("ours", our_out), ("trafilatura", traf_out)):
            scores = []
            for page, text in zip(pages, outputs, strict=False):
                gold_file = truth / Path(page.name).with_suffix(".json")
                if gold_file.exists():
                    gold = json.loads(gold_file.read_text(encoding="utf-8"))
                    scores.append(score(text, "\n".join(gold.get("paragraphs", []))).f1)
            if scores:
                print(f"{name:12} F1 vs truth: mean {sum(scores) / len(scores):.3f}, "
                      f"min {min(scores):.3f} over {len(scores)} pages")  # fmt: skip
    print(f"timing: best of {REPEATS} passes over all pages")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--pages", type=Path, metavar="DIR", help="time extraction over every *.html under DIR"
    )
    parser.add_argument(
        "--truth", type=Path, metavar="DIR", help="with --pages: score against DIR/*.json"
    )
    args = parser.parse_args()
    if args.pages is not None:
        return time_pages(args.pages, args.truth)
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
