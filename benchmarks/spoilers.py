"""Spoiler detection benchmark: recall of results and precision, per language, with the errors.

Run as ``.venv/bin/python benchmarks/spoilers.py [--quiet]`` from the repository root. Scores
``is_result(title, lead)`` against the gold labels of ``tests/data/spoilers/*.json`` (the set the
rules were written against) and, separately, ``tests/data/spoilers/heldout/*.json`` (written
after the rules, and not tuned on when first scored; see the corpus README). Every missed
result and every false alarm is listed with its cue, unless ``--quiet``. Targets: recall of
results >= 0.98 (a leaked result is what fans hate), precision >= 0.90. Also the time per
article (title + lead) on one core.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from leadout_tui.core.spoilers.detect import is_result, result_reason  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "spoilers"
RECALL_TARGET, PRECISION_TARGET = 0.98, 0.90
KEYWORDS = re.compile(
    r"\b(?:win|wins|won|winner|victory|beats|podium|results|yellow jersey)\b", re.IGNORECASE
)


def keywords(title: str, lead: str) -> bool:
    return KEYWORDS.search(f"{title}\n{lead}") is not None


def load(directory: Path) -> list[dict[str, object]]:
    items = []
    for path in sorted(directory.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            items.append({**item, "lang": path.stem})
    return items


def score(name: str, items: list[dict[str, object]], quiet: bool) -> None:
    tp = fp = fn = tn = 0
    errors = []
    by_lang: dict[str, list[int]] = {}
    base = [0, 0, 0]  # the keyword list's true positives, false positives, false negatives
    for item in items:
        title, lead = str(item["title"]), str(item.get("lead", ""))
        found, gold = is_result(title, lead), bool(item["result"])
        naive = keywords(title, lead)
        base[0] += naive and gold
        base[1] += naive and not gold
        base[2] += gold and not naive
        counts = by_lang.setdefault(str(item["lang"]), [0, 0, 0, 0])
        counts[(gold << 1) | found] += 1
        tp += gold and found
        fp += found and not gold
        fn += gold and not found
        tn += not gold and not found
        if found != gold:
            cue = result_reason(title, lead)
            label = "MISSED" if gold else "FALSE ALARM"
            errors.append(f"  {label:11} [{item['lang']}] {title!r} / {lead[:70]!r}... cue={cue}")
    recall, precision = tp / max(tp + fn, 1), tp / max(tp + fp, 1)
    print(f"\n{name}: {len(items)} items, {tp + fn} results")
    print(f"  recall of results {recall:.3f} (target {RECALL_TARGET}: "
          f"{'met' if recall >= RECALL_TARGET else 'MISSED'}), "
          f"precision {precision:.3f} (target {PRECISION_TARGET}: "
          f"{'met' if precision >= PRECISION_TARGET else 'MISSED'})")  # fmt: skip
    print(f"  keyword list: recall {base[0] / max(base[0] + base[2], 1):.3f}, "
          f"precision {base[0] / max(base[0] + base[1], 1):.3f}")  # fmt: skip
    print("  lang  items  recall  precision")
    for lang, (tn_, fp_, fn_, tp_) in sorted(by_lang.items()):
        print(f"  {lang:4} {tn_ + fp_ + fn_ + tp_:6}  {tp_ / max(tp_ + fn_, 1):6.3f}  "
              f"{tp_ / max(tp_ + fp_, 1):9.3f}")  # fmt: skip
    if errors and not quiet:
        print("\n".join(errors))


def timing(items: list[dict[str, object]]) -> None:
    texts = [(str(i["title"]), str(i.get("lead", ""))) for i in items] * 50
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for title, lead in texts:
            is_result(title, lead)
        best = min(best, time.perf_counter() - start)
    print(f"\nspeed: {best / len(texts) * 1e6:.1f} µs per article (title + lead), best of 5, "
          f"one core; 50,000 articles in {best / len(texts) * 50_000:.2f} s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="figures only, no error list")
    args = parser.parse_args()
    dev = load(CORPUS)
    score("written with the rules (tests/data/spoilers)", dev, args.quiet)
    everything = list(dev)
    for directory in sorted(CORPUS.glob("heldout*")):
        heldout = load(directory)
        score(f"held out (tests/data/spoilers/{directory.name})", heldout, args.quiet)
        everything += heldout
    timing(everything)


if __name__ == "__main__":
    main()
