"""Corpus quality: spoiler detection against the gold labels of tests/data/spoilers.

Recall of results matters most (a leaked result is the failure fans hate); these are floors
that keep the rules from sliding back, and ``benchmarks/spoilers.py`` prints the figures.
"""

from __future__ import annotations

import json
from pathlib import Path

from leadout_tui.core.spoilers.detect import is_result

CORPUS = Path(__file__).resolve().parent.parent / "data" / "spoilers"
LANGUAGES = {"en", "nl", "fr", "it", "es", "de"}


def _items() -> list[tuple[str, str, str, bool]]:
    items = []
    for path in sorted(CORPUS.rglob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            items.append((path.stem, item["title"], item["lead"], item["result"]))
    return items


def test_corpus_is_big_enough_in_every_language() -> None:
    items = _items()
    assert len(items) >= 150
    assert {lang for lang, *_ in items} == LANGUAGES
    for lang in LANGUAGES:
        labels = [result for item_lang, _, _, result in items if item_lang == lang]
        assert len(labels) >= 20 and any(labels) and not all(labels), lang


def test_corpus_recall_of_results_and_precision() -> None:
    tp = fp = fn = 0
    for _lang, title, lead, gold in _items():
        found = is_result(title, lead)
        tp += found and gold
        fp += found and not gold
        fn += gold and not found
    recall, precision = tp / (tp + fn), tp / (tp + fp)
    assert recall >= 0.98, f"recall {recall:.3f}"
    assert precision >= 0.90, f"precision {precision:.3f}"
