"""Corpus quality: story grouping against the gold stories of tests/data/stories.

The figures, for every way of grouping, are printed by ``benchmarks/stories.py``; these are the
floors the issue sets, on the set the rules were written against, and checks that the corpus is
what it says it is (realistic groups, entities as the real matcher finds them).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from leadout_tui.core.models import Block, Document
from leadout_tui.core.names.loader import load_names
from leadout_tui.core.stories.articles import StoryArticle
from leadout_tui.core.stories.grouping import assign, regroup

CORPUS = Path(__file__).resolve().parent.parent / "data" / "stories"
REFRESH = timedelta(hours=3)


def _rows(name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads((CORPUS / name).read_text(encoding="utf-8"))
    return rows


def _articles(rows: list[dict[str, Any]]) -> list[StoryArticle]:
    feeds: dict[str, int] = {}
    return [
        StoryArticle(
            article_id=row["id"],
            feed_id=feeds.setdefault(row["feed"], len(feeds) + 1),
            title=row["title"],
            published=datetime.fromisoformat(row["published"]),
            entities=frozenset(row["entities"]),
            lead=row["lead"],
        )
        for row in rows
    ]


def _pairs(labels: dict[int, object]) -> set[tuple[int, int]]:
    return {(a, b) for a, b in combinations(sorted(labels), 2) if labels[a] == labels[b]}


def _refreshes(articles: list[StoryArticle]) -> dict[int, int]:
    """Grouped as the refresh would: every three hours, what was published since."""
    ordered = sorted(articles, key=lambda a: a.published)
    found: dict[int, int] = {}
    cut = ordered[0].published
    while len(found) < len(ordered):
        cut += REFRESH
        batch = [a for a in ordered if a.published < cut and a.article_id not in found]
        grouped = [
            replace(a, story_id=found[a.article_id]) for a in ordered if a.article_id in found
        ]
        found.update(assign(batch, grouped))
    return found


def test_corpus_has_realistic_groups() -> None:
    rows = _rows("articles.json")
    assert len(rows) >= 60
    sizes = Counter(row["story"] for row in rows)
    assert len(sizes) >= 15 and sum(1 for size in sizes.values() if size >= 4) >= 5
    for story, size in sizes.items():  # every story of several articles, several outlets
        feeds = {row["feed"] for row in rows if row["story"] == story}
        assert size == 1 or len(feeds) >= 2, story


@pytest.mark.parametrize("name", ["articles.json", "heldout.json"])
def test_corpus_entities_are_what_the_matcher_finds(name: str) -> None:
    matcher = load_names().matcher
    for row in _rows(name):
        text = Document(row["title"], (Block("paragraph", row["lead"]),)).text
        found = sorted({span.entity_id for span in matcher.find(text)})
        assert row["entities"] == found, f"{row['id']}: run tools/annotate_stories.py"


@pytest.mark.parametrize("group", [regroup, _refreshes], ids=["regroup", "refreshes"])
def test_corpus_pairwise_precision_and_recall(
    group: Callable[[list[StoryArticle]], dict[int, int]],
) -> None:
    rows = _rows("articles.json")
    gold = {row["id"]: row["story"] for row in rows}
    found = group(_articles(rows))
    predicted, truth = _pairs(dict(found)), _pairs(dict(gold))
    precision = len(predicted & truth) / len(predicted)
    recall = len(predicted & truth) / len(truth)
    assert precision >= 0.95, f"precision {precision:.3f}"
    assert recall >= 0.90, f"recall {recall:.3f}"
