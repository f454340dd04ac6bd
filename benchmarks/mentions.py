"""Mention matcher benchmark: precision and recall on the annotated corpus, load time, speed.

Run as ``.venv/bin/python benchmarks/mentions.py [--quiet]`` from the repository root. The
corpus is ``tests/data/mentions/*.json`` (``{"text", "gold": [{"id", "kind"}]}``); scores are
micro-averaged over per-passage entity sets.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from leadout_tui.core.gazetteer import load_gazetteer  # noqa: E402
from leadout_tui.core.mentions import MentionMatcher  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "mentions"
TARGET_BYTES = 10_000_000


def load_corpus() -> list[tuple[str, str, set[str]]]:
    passages = []
    for path in sorted(CORPUS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        passages.append((path.stem, data["text"], {g["id"] for g in data["gold"]}))
    return passages


def main(quiet: bool = False) -> None:
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    matcher = MentionMatcher(gazetteer)
    cold_ms = (time.perf_counter() - started) * 1000
    with tempfile.TemporaryDirectory() as cache:
        load_gazetteer(cache_dir=Path(cache))  # fills the cache
        started = time.perf_counter()
        MentionMatcher(load_gazetteer(cache_dir=Path(cache)))
        warm_ms = (time.perf_counter() - started) * 1000
    passages = load_corpus()
    tp = fp = fn = 0
    for name, text, gold in passages:
        found = {m.entity_id for m in matcher.find(text)}
        extra, missed = found - gold, gold - found
        tp, fp, fn = tp + len(found & gold), fp + len(extra), fn + len(missed)
        if not quiet or extra or missed:
            flag = "ok " if not (extra or missed) else "ERR"
            print(f"{flag} {name:40s} found {len(found):2d} gold {len(gold):2d}"
                  + (f"  extra {sorted(extra)}" if extra else "")
                  + (f"  missed {sorted(missed)}" if missed else ""))  # fmt: skip
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"\npassages {len(passages)}  entities: gold {tp + fn}, found {tp + fp}, correct {tp}")
    print(f"precision {precision:.3f}  recall {recall:.3f}")
    print(f"entities {len(gazetteer)}  load + matcher index: {cold_ms:.0f} ms cold, "
          f"{warm_ms:.0f} ms from the cache")  # fmt: skip

    texts = [text for _, text, _ in passages]
    size = sum(len(t.encode("utf-8")) for t in texts)
    repeat = max(1, TARGET_BYTES // size)
    started = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            matcher.find(text)
    elapsed = time.perf_counter() - started
    print(f"throughput {repeat * size / 1e6 / elapsed:.2f} MB/s "
          f"({repeat * size / 1e6:.1f} MB as {repeat * len(texts)} passages)")  # fmt: skip
    big = "\n\n".join(texts) * max(1, 2_000_000 // size)
    started = time.perf_counter()
    matcher.find(big)
    elapsed = time.perf_counter() - started
    big_mb = len(big.encode("utf-8")) / 1e6
    print(f"throughput {big_mb / elapsed:.2f} MB/s (one {big_mb:.1f} MB text)")


if __name__ == "__main__":
    main(quiet="--quiet" in sys.argv)
