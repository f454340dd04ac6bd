"""Corpus quality: the matcher's entity sets against the hand-annotated passages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from leadout_tui.core.names.loader import load_names
from leadout_tui.core.names.matcher import MentionMatcher

CORPUS = Path(__file__).resolve().parent.parent / "data" / "mentions"


def _passages() -> list[tuple[str, str, set[str]]]:
    out = []
    for path in sorted(CORPUS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append((path.name, data["text"], {g["id"] for g in data["gold"]}))
    return out


@pytest.fixture(scope="module")
def matcher() -> MentionMatcher:
    return load_names().matcher


def test_corpus_is_big_enough_and_gold_ids_exist(matcher: MentionMatcher) -> None:
    passages = _passages()
    assert len(passages) >= 100
    entities = matcher.index.info
    unknown = {(name, g) for name, _, gold in passages for g in gold if g not in entities}
    assert not unknown


def test_corpus_precision_and_recall(matcher: MentionMatcher) -> None:
    tp = fp = fn = 0
    for _name, text, gold in _passages():
        found = {m.entity_id for m in matcher.find(text)}
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.97, f"precision {precision:.3f}"
    assert recall >= 0.97, f"recall {recall:.3f}"
