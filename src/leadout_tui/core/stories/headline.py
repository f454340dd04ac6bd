"""Which of a story's articles gives the story its headline.

The fullest title wins: the one that says most of what the story's other articles also say
(their words and the riders and teams they name), so a stage report's "Pogačar wins stage 5 at
Hautacam and takes yellow" is chosen over "Stage 5 results" or a quote. Between titles that say
as much, the newest wins: it is the latest word on the story.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from leadout_tui.core.stories.articles import StoryArticle
from leadout_tui.core.stories.terms import name_words, words

__all__ = ["headline_of"]


def headline_of(members: Sequence[StoryArticle]) -> StoryArticle:
    """The article whose title the story shows (``members`` must not be empty)."""
    if not members:
        raise ValueError("a story has at least one article")
    said = [_said(article) for article in members]
    counts = Counter(term for terms in said for term in terms)

    def fullness(index: int) -> tuple[int, datetime, int]:
        article = members[index]
        title = set(words(article.title))
        shared = sum(1 for term in title if counts[term] > 1)
        named = sum(1 for e in article.entities if name_words(e) & title and counts[e] > 1)
        return shared + named, article.published, article.article_id

    return members[max(range(len(members)), key=fullness)]


def _said(article: StoryArticle) -> frozenset[str]:
    """What an article says, once per article: its title and lead words, and its entities."""
    return frozenset(words(article.title)) | frozenset(words(article.lead)) | article.entities
