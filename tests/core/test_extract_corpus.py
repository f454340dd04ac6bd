"""The extraction corpus: every page scores F1 >= 0.93 against its gold body, leaks no
boilerplate phrase, and yields the expected metadata."""

from __future__ import annotations

import pytest

from leadout_tui.core.extract.article import blocks_to_text, extract_article
from leadout_tui.core.extract.meta import parse_datetime

from .extraction_scoring import Page, corpus_pages, leaked_phrases, score

PAGES = corpus_pages()


def test_corpus_is_big_enough() -> None:
    assert len(PAGES) >= 42


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_body_matches_gold(page: Page) -> None:
    article = extract_article(page.html, page.url)
    text = blocks_to_text(article.blocks)
    assert score(text, page.gold).f1 >= 0.93
    assert leaked_phrases(text, page.gold) == []


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_metadata_matches(page: Page) -> None:
    article = extract_article(page.html, page.url)
    expected = page.meta
    assert article.title == expected["title"]
    assert article.author == expected.get("author")
    assert article.site_name == expected.get("site_name")
    assert article.image_url == expected.get("image_url")
    assert article.published == parse_datetime(expected.get("published"))


def test_corpus_mean_f1() -> None:
    scores = [
        score(blocks_to_text(extract_article(p.html, p.url).blocks), p.gold).f1 for p in PAGES
    ]
    assert sum(scores) / len(scores) >= 0.97
