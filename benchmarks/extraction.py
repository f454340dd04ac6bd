"""Benchmark: our extractor vs trafilatura and readability-lxml (a report; always exits 0).

Run: ``.venv/bin/python benchmarks/extraction.py``. Scores the three extractors on the test
corpus (``tests/data/extraction/``) against its gold bodies: per-page bag-of-words precision,
recall and F1, the mean, milliseconds per page, and boilerplate phrases that leaked.

``--real DIR`` scores them instead on the real-page set unpacked at ``DIR`` (trafilatura's
evaluation pages, ``../shared/data/real-pages-trafilatura/``) with its snippet scoring: P, R,
F1, accuracy, pages with no text at all and ms/page for each, then the 20 worst pages of ours.

``--pages DIR`` times the extractors over every ``*.html`` under ``DIR`` (e.g. pages from
``benchmarks/farm.py generate``); with ``--truth DIR`` it also scores them against
``DIR/<same relative path>.json`` files holding ``{"paragraphs": [...]}`` (a feedfarm corpus).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "core"), str(ROOT / "benchmarks")]

from extraction_scoring import Score, corpus_pages, leaked_phrases, score  # noqa: E402
from extractors import Extractor, available  # noqa: E402
from real_pages import RealPage, Tally, load_real_pages, normalise, score_page  # noqa: E402

CORPUS_REPEATS = 7
WORST = 20
Item = TypeVar("Item")


def timed(
    fn: Extractor, items: Sequence[Item], get: Callable[[Item], tuple[bytes, str]], repeat: int
) -> tuple[list[str], float]:
    """Outputs for every item and ms/page: the median of ``repeat`` timed passes (after a
    warm-up on the first pages: imports and caches). Time is this process's CPU time: on a
    machine shared with other work, wall time measures the neighbours as much as the
    extractor (the load average is printed before and after)."""
    for item in items[:5]:
        fn(*get(item))
    passes: list[float] = []
    outputs: list[str] = []
    for _ in range(repeat):
        outputs = []
        start = time.process_time()
        for item in items:
            outputs.append(fn(*get(item)))
        passes.append(time.process_time() - start)
    return outputs, statistics.median(passes) * 1000 / len(items)


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


# --- the real-page set ------------------------------------------------------------------------


def _snippet(text: str, width: int = 70) -> str:
    text = normalise(text)
    return repr(text if len(text) <= width else text[: width - 1] + "\u2026")


def _worst(pages: list[RealPage], tallies: list[Tally], outputs: list[str]) -> None:
    order = sorted(range(len(pages)), key=lambda i: (tallies[i].f1, -tallies[i].fn - tallies[i].fp))
    print(f"\nthe {WORST} worst pages of ours (page F1 over its snippets; tp fn fp):")
    for index in order[:WORST]:
        page, tally, found = pages[index], tallies[index], normalise(outputs[index])
        state = "EMPTY" if tally.empty else f"{len(found.split())} words"
        print(f"  {tally.f1:5.2f}  {tally.tp} {tally.fn} {tally.fp}  {state:11} {page.url}")
        print(f"        file {page.file}")
        missed = [p for p in page.with_ if normalise(p) not in found]
        leaked = [p for p in page.without if normalise(p) in found]
        if missed:
            print(f"        missed {_snippet(missed[0])}")
        if leaked:
            print(f"        leaked {_snippet(leaked[0])}")


def real_set(root: Path, repeat: int) -> int:
    pages = load_real_pages(root)
    if not pages:
        print(f"no pages found under {root}")
        return 1
    n_with = sum(len(p.with_) for p in pages)
    n_without = sum(len(p.without) for p in pages)
    print(f"real pages: {len(pages)} from {root}; passages: {n_with} with, {n_without} without")
    print(load())
    print(f"{'extractor':12} {'precision':>9} {'recall':>7} {'F1':>6} {'accuracy':>9} "
          f"{'empty':>6} {'ms/page':>8}")  # fmt: skip
    ours_run: tuple[list[Tally], list[str]] | None = None
    for name, fn in available().items():
        outputs, ms = timed(fn, pages, lambda p: (p.html, p.url), repeat)
        tallies = [score_page(page, text) for page, text in zip(pages, outputs, strict=True)]
        total = Tally()
        for tally in tallies:
            total.add(tally)
        print(f"{name:12} {total.precision:9.3f} {total.recall:7.3f} {total.f1:6.3f} "
              f"{total.accuracy:9.3f} {total.empty:6d} {ms:8.1f}", flush=True)  # fmt: skip
        if name == "ours":
            ours_run = (tallies, outputs)
    print(f"timing: CPU time, median of {repeat} pass(es) over all pages; {load()}")
    missing = {"trafilatura", "readability"} - set(available())
    if missing:
        print(f"not installed: {', '.join(sorted(missing))} (pip install -e '.[bench]')")
    if ours_run is not None:
        _worst(pages, *ours_run)
    return 0


# --- the repository's own corpus --------------------------------------------------------------


def corpus(repeat: int) -> int:
    pages = corpus_pages()
    extractors = available()
    runs = {
        name: timed(fn, pages, lambda p: (p.html, p.url), repeat) for name, fn in extractors.items()
    }
    names = list(runs)
    print(f"{'':30}" + "".join(f" {n:>29}" for n in names))
    print(f"{'page':30}" + f" {'P':>17} {'R':>5} {'F1':>5}" * len(names))
    scores: dict[str, list[Score]] = {name: [] for name in names}
    for index, page in enumerate(pages):
        row = f"{page.name:30}"
        for name in names:
            result = score(runs[name][0][index], page.gold)
            scores[name].append(result)
            row += f" {result.precision:17.3f} {result.recall:5.3f} {result.f1:5.3f}"
        print(row + ("  <-- below 0.93" if scores["ours"][-1].f1 < 0.93 else ""))
    print("-" * (30 + 30 * len(names)))
    for label, pick in (("mean P", "precision"), ("mean R", "recall"), ("mean F1", "f1")):
        values = [statistics.fmean(getattr(s, pick) for s in scores[n]) for n in names]
        print(f"{label:30}" + "".join(f" {v:29.3f}" for v in values))
    print(f"{'min F1':30}" + "".join(f" {min(s.f1 for s in scores[n]):29.3f}" for n in names))
    print(f"{'ms/page':30}" + "".join(f" {runs[n][1]:29.2f}" for n in names))
    print(f"pages: {len(pages)}; timing: CPU time, median of {repeat} passes; {load()}")
    for name in names:
        leaks = [
            (page.name, leaked)
            for page, text in zip(pages, runs[name][0], strict=True)
            if (leaked := leaked_phrases(text, page.gold))
        ]
        print(f"boilerplate leaked ({name}): {len(leaks)} page(s)")
        if name == "ours":
            for page_name, phrases in leaks:
                print(f"  {page_name}: {', '.join(phrases)}")
    return 0


# --- a directory of pages ---------------------------------------------------------------------


def time_pages(root: Path, truth: Path | None, repeat: int) -> int:
    """ms/page for each extractor over the pages under ``root``, scored against ``truth``."""
    paths = sorted(root.rglob("*.html"))
    if not paths:
        print(f"no *.html under {root}")
        return 1
    pages = [(path, path.read_bytes()) for path in paths]
    size = sum(len(html) for _, html in pages) / len(pages) / 1024
    print(f"pages: {len(pages)} under {root}, mean size {size:.1f} KB; {load()}")

    def get(item: tuple[Path, bytes]) -> tuple[bytes, str]:
        return item[1], f"https://pages.example/{item[0].relative_to(root).as_posix()}"

    for name, fn in available().items():
        outputs, ms = timed(fn, pages, get, repeat)
        line = f"{name:12} {ms:8.2f} ms/page"
        if truth is not None:
            scores = []
            for (path, _), text in zip(pages, outputs, strict=True):
                gold_file = truth / path.relative_to(root).with_suffix(".json")
                if gold_file.exists():
                    gold = json.loads(gold_file.read_text(encoding="utf-8"))
                    scores.append(score(text, "\n".join(gold.get("paragraphs", []))).f1)
            if scores:
                line += f"   F1 vs truth: mean {statistics.fmean(scores):.3f}, "
                line += f"min {min(scores):.3f} over {len(scores)} pages"
        print(line, flush=True)
    print(f"timing: CPU time, median of {repeat} passes over all pages")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--real", type=Path, metavar="DIR", help="score on the real-page set unpacked at DIR"
    )
    parser.add_argument(
        "--pages", type=Path, metavar="DIR", help="time extraction over every *.html under DIR"
    )
    parser.add_argument(
        "--truth", type=Path, metavar="DIR", help="with --pages: score against DIR/*.json"
    )
    parser.add_argument(
        "--repeat", type=int, metavar="N", help="timed passes (median; default 1 for --real)"
    )
    args = parser.parse_args()
    if args.real is not None:
        return real_set(args.real, args.repeat or 1)
    if args.pages is not None:
        return time_pages(args.pages, args.truth, args.repeat or 3)
    return corpus(args.repeat or CORPUS_REPEATS)


if __name__ == "__main__":
    main()
