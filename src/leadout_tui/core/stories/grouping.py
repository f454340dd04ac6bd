"""Grouping articles into stories: incrementally at refresh (:func:`assign`), or all at once.

Two articles are about the same event when they name the same riders and teams and say the
same things about them, close in time. The score of a pair is a blend of two cosines: of their
entities (those the title names count double) and of the other words of their titles and leads
(title words count double; the words of the names of the riders and teams mentioned are left
out, so that "what happened" is compared apart from "to whom"). Each is weighted by how rare it
is among the articles being grouped (inverse document frequency). The score fades with the
time between the two, and halves when they are different kinds of news (a race report,
transfer news, a feature interview) or name riders but none in common. An article joins the
story of the article it scores best with when that score reaches :data:`THRESHOLD`; otherwise
it starts a story, whose id is its own article id.

Rules the score cannot break (each pinned by a test in ``tests/core/test_stories.py``):

- Only articles published within ``window`` of each other (36 hours by default, the ends
  included) are compared.
- Two articles that name stages, and no stage in common, are about different stages; nor does
  an article join a story whose articles name stages, none of them its own.
- A preview and a report of the same stage are different stories.
- An article the same feed published again with the same title is the same story.

Only the new articles are compared, each against every article inside its window at once: an
inverted index (by word, by entity) lists the articles in time order with their weights as
numpy arrays, and one ``np.bincount`` over the lists of a new article's words and entities sums
the products of weights per article, its two cosines with all of them; the rules are array
operations too. (A Python loop over the pairs took 2.3 s for the 5,000 articles of the
reference feed farm, where every window holds about 2,000; ``benchmarks/stories.py`` prints
the figures.) A list longer than :data:`MAX_POSTINGS` inside one window is read only for the
articles nearest in time: a word that common adds little, and the farther articles then miss
its part of their score. Stories already stored are kept: a new article joins one or starts
one, and two stories are never merged afterwards (``regroup`` recomputes everything). The
constants were chosen on ``tests/data/stories/articles.json``; ``benchmarks/stories.py``
scores them there and on a held-out set.
"""

from __future__ import annotations

import gc
import math
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta

import numpy as np

from leadout_tui.core.names.folding import key
from leadout_tui.core.stories.articles import WINDOW, StoryArticle
from leadout_tui.core.stories.terms import ArticleTerms, is_race, name_words, terms_of

__all__ = ["MAX_POSTINGS", "THRESHOLD", "WINDOW", "assign", "regroup"]

#: The score an article needs with a story's article to join that story.
THRESHOLD = 0.26
#: The share of the entity cosine in the score (the rest is the words' cosine).
ENTITY_SHARE = 0.45
#: How much more a title word, or an entity the title names, counts than one of the lead.
TITLE_WEIGHT = 2.0
#: How much of its score a pair loses when published a whole window apart (linearly).
TIME_DECAY = 0.4
#: What is left of the score when the two are different kinds of news (a race report, transfer
#: news, a feature interview).
KIND_MISMATCH = 0.5
#: What is left of it when both name riders or teams, but none in common ("X extends his
#: contract", "Y extends hers").
DISJOINT_CASTS = 0.5
#: For a term shared by more articles than this in one window, only the nearest in time are read.
MAX_POSTINGS = 1000


@dataclass(slots=True, eq=False)  # hashed by identity: the index finds its position by it
class _Item:
    """An article being grouped, with its weighted, normalised term and entity vectors."""

    article: StoryArticle
    time: float
    terms: ArticleTerms
    title_key: str
    words: dict[str, float] = field(default_factory=dict)
    entities: dict[str, float] = field(default_factory=dict)
    story: int | None = None


def assign(
    new: Sequence[StoryArticle],
    recent: Sequence[StoryArticle],
    *,
    window: timedelta = WINDOW,
) -> dict[int, int]:
    """The story id of each new article: ``article_id -> story_id``.

    ``recent`` are grouped articles (with their ``story_id``) that may share a story with the
    new ones; those published outside the new articles' windows are ignored, so passing a few
    too many costs little. A recent article without a story id counts as a story of its own.
    New articles are taken in order of publication, so a later one can join a story an earlier
    one started; a new story's id is the id of its first article.
    """
    if not new:
        return {}
    new_ids = {a.article_id for a in new}
    start = min(a.published for a in new) - window
    end = max(a.published for a in new) + window
    context = sorted(  # in time order, so that the index's lists grow at their ends
        (a for a in recent if a.article_id not in new_ids and start <= a.published <= end),
        key=lambda a: a.published,
    )
    ordered = sorted(new, key=lambda a: (a.published, a.article_id))
    with _no_cycle_collection():
        items = _items([*context, *ordered])
        index = _Index(items, window.total_seconds())
        for item in items[: len(context)]:
            stored = item.article.story_id
            item.story = item.article.article_id if stored is None else stored
            index.add(item, stored=True)
        result: dict[int, int] = {}
        for item in items[len(context) :]:
            joined = index.best_story(item)
            item.story = item.article.article_id if joined is None else joined
            result[item.article.article_id] = item.story
            index.add(item)
    return result


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector (reference counting goes on).

    The grouping allocates millions of small objects, none in a cycle, and each allocation
    burst sets off a collection that walks all of them again: a fifth of its time (2.4 s ->
    1.8 s for 5,000 new articles, ``benchmarks/stories.py``). Whoever had it on gets it back.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def regroup(articles: Sequence[StoryArticle], *, window: timedelta = WINDOW) -> dict[int, int]:
    """Group ``articles`` from scratch, ignoring the stories they were in (for ``reindex``)."""
    return assign(articles, (), window=window)


def _items(articles: Sequence[StoryArticle]) -> list[_Item]:
    """The articles with their vectors, weighted by how rare each word and entity is among them."""
    items = [
        _Item(a, a.published.timestamp(), terms_of(a.title, a.lead), f"{a.feed_id}:{key(a.title)}")
        for a in articles
    ]
    # Races are where a story happens, not who it is about: every stage of the Tour names the
    # Tour. They stay plain words of the title ("stage 5", "Tour") and are no entity here;
    # as entities they pulled two stages of one race together and split one story's reports
    # that named the race from those that did not (recall 0.92 -> 0.81 when races came).
    people = [frozenset(e for e in item.article.entities if not is_race(e)) for item in items]
    names = {e: name_words(e) for entities in people for e in entities}
    # The words of every name mentioned among these articles: "who" is compared apart from
    # "what", also where an article names someone only by a first name ("Tadej was too strong").
    named = frozenset().union(*names.values())
    plain = [(item.terms.title | item.terms.lead) - named for item in items]
    count = len(items)
    word_idf = _idf(Counter(w for words in plain for w in words), count)
    entity_idf = _idf(Counter(e for entities in people for e in entities), count)
    for item, words, entities in zip(items, plain, people, strict=True):
        title = item.terms.title
        item.words = _normalised(
            {w: word_idf[w] * (TITLE_WEIGHT if w in title else 1.0) for w in words}
        )
        item.entities = _normalised(
            {e: entity_idf[e] * (TITLE_WEIGHT if names[e] & title else 1.0) for e in entities}
        )
    return items


def _idf(df: Counter[str], count: int) -> dict[str, float]:
    """Each term's inverse document frequency among ``count`` articles."""
    return {term: math.log(1.0 + count / n) for term, n in df.items()}


def _normalised(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum([w * w for w in vector.values()]))
    return {k: w / norm for k, w in vector.items()} if norm else {}


def _other_stages(a: _Item, b: _Item) -> bool:
    """Whether the two name stages, and none in common: they are about different stages."""
    return bool(a.terms.stages and b.terms.stages and not a.terms.stages & b.terms.stages)


class _Postings:
    """The articles that have one word or entity, in time order: their positions in the
    index's time order (a list, to bisect, and an array, to gather) and their weights."""

    __slots__ = ("array", "positions", "weights")

    def __init__(self, positions: list[int], weights: list[float]) -> None:
        self.positions = positions
        self.array = np.array(positions, dtype=np.intp)
        self.weights = np.array(weights, dtype=np.float64)

    def near(self, lo: int, hi: int, position: int) -> tuple[int, int]:
        """The bounds of the part of the list inside ``[lo, hi)``, cut to the
        :data:`MAX_POSTINGS` nearest ``position`` when it is longer."""
        start, end = bisect_left(self.positions, lo), bisect_left(self.positions, hi)
        if end - start > MAX_POSTINGS:
            middle = bisect_left(self.positions, position, start, end)
            start = max(start, min(middle - MAX_POSTINGS // 2, end - MAX_POSTINGS))
            end = start + MAX_POSTINGS
        return start, end


class _Index:
    """Every article being grouped, in time order, with what a score needs of each as arrays,
    and the lists of the articles by word and by entity.

    Built once for the stored and the new articles together; an article is a candidate for a
    new one once it is indexed (:meth:`add`): the stored ones at once, the new ones in turn.
    """

    def __init__(self, items: Sequence[_Item], window: float) -> None:
        self.window = window
        self.items = sorted(items, key=lambda item: item.time)  # stable: new ones keep order
        self.position = {id(item): at for at, item in enumerate(self.items)}
        self.times = np.array([item.time for item in self.items], dtype=np.float64)
        kinds: dict[str, int] = {}
        self.kinds = np.array([kinds.setdefault(i.terms.kind, len(kinds)) for i in self.items])
        self.previews = np.array([i.terms.preview for i in self.items], dtype=bool)
        self.cast = np.array([bool(i.entities) for i in self.items], dtype=bool)
        titles: dict[str, int] = {}
        self.title_ids = np.array([titles.setdefault(i.title_key, len(titles))
                                   for i in self.items])  # fmt: skip
        self.indexed = np.zeros(len(self.items), dtype=bool)
        self.stored: list[int] = []  # the positions of the articles indexed before any new one
        self.stages: dict[int | None, set[int]] = {}  # story -> the stages its articles name
        self.words = self._postings(lambda item: item.words)
        self.entities = self._postings(lambda item: item.entities)

    def _postings(self, vector: Callable[[_Item], dict[str, float]]) -> dict[str, _Postings]:
        lists: dict[str, tuple[list[int], list[float]]] = {}
        for at, item in enumerate(self.items):
            for name, weight in vector(item).items():
                positions, weights = lists.setdefault(name, ([], []))
                positions.append(at)
                weights.append(weight)
        return {name: _Postings(*found) for name, found in lists.items()}

    def add(self, item: _Item, *, stored: bool = False) -> None:
        """Make ``item`` a candidate for the articles after it: every stored article
        (``stored``) before the first new one, then each new one in order of publication."""
        at = self.position[id(item)]
        self.indexed[at] = True
        if stored:
            insort(self.stored, at)
        if item.terms.stages:
            self.stages.setdefault(item.story, set()).update(item.terms.stages)

    def best_story(self, item: _Item) -> int | None:
        """The story of the indexed article ``item`` scores best with, if it reaches THRESHOLD
        (of equal scores, the newest article's)."""
        at = self.position[id(item)]
        lo = int(np.searchsorted(self.times, item.time - self.window, "left"))
        hi = int(np.searchsorted(self.times, item.time + self.window, "right"))
        # The new articles come in time order: after this one, only stored ones are indexed.
        last = bisect_left(self.stored, hi) - 1
        hi = self.stored[last] + 1 if last >= 0 and self.stored[last] > at else at
        words, entities = self._sums(item, lo, hi, at)
        # Every factor of a score is at most 1, and a repost's is 1: only these can reach it.
        candidates = np.flatnonzero(
            (words + entities >= THRESHOLD) | (self.title_ids[lo:hi] == self.title_ids[at])
        )
        if hi > at:  # after this article, only the stored ones are candidates
            candidates = candidates[self.indexed[candidates + lo]]
        found = candidates + lo
        score = self._scores(item, at, found, words[candidates], entities[candidates])
        keep = score >= THRESHOLD
        found, score = found[keep], score[keep]
        if not len(found):
            return None
        if not item.terms.stages:
            return self.items[int(found[len(score) - 1 - int(np.argmax(score[::-1]))])].story
        for index in np.lexsort((-found, -score)):  # the best first; of equals the newest
            other = self.items[int(found[index])]
            named = self.stages.get(other.story)
            if named and not item.terms.stages & named:
                continue  # the story is about another stage
            if other.title_key != item.title_key and _other_stages(item, other):
                continue  # the two are about different stages (a repost is not)
            return other.story
        return None

    def _sums(self, item: _Item, lo: int, hi: int, at: int) -> tuple[np.ndarray, np.ndarray]:
        """Per article of ``[lo, hi)``: the products of its word weights and ``item``'s
        summed, and those of its entity weights, each times its share of the score."""
        word_share = 1.0 - ENTITY_SHARE if item.entities else 1.0
        ids: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        shares: list[float] = []
        lengths: list[int] = []
        read = 0  # how many word weights were read
        for postings, vector, share in (
            (self.words, item.words, word_share),
            (self.entities, item.entities, ENTITY_SHARE),
        ):
            read = sum(lengths)
            for name, weight in vector.items():
                found = postings[name]
                start, end = found.near(lo, hi, at)
                ids.append(found.array[start:end])
                weights.append(found.weights[start:end])
                shares.append(share * weight)
                lengths.append(end - start)
        n = hi - lo
        if not sum(lengths):  # (bincount of nothing would be integers)
            return np.zeros(n), np.zeros(n)
        positions = np.concatenate(ids) - lo
        positions[read:] += n  # the entity sums go after the word sums
        products = np.concatenate(weights) * np.repeat(shares, lengths)
        sums = np.bincount(positions, products, 2 * n)
        return sums[:n], sums[n:]

    def _scores(
        self, item: _Item, at: int, found: np.ndarray, words: np.ndarray, entities: np.ndarray
    ) -> np.ndarray:
        """The scores of ``item`` with the articles at positions ``found``, from their sums."""
        cast = self.cast[found]  # which of them name riders or teams
        score: np.ndarray
        if item.entities:
            score = entities + words  # the words alone when the other names none
            score[cast & (entities == 0)] *= DISJOINT_CASTS
        else:
            score = np.where(cast, (1.0 - ENTITY_SHARE) * words, words)
        score[self.kinds[found] != self.kinds[at]] *= KIND_MISMATCH
        age = np.minimum(np.abs(self.times[found] - item.time) / self.window, 1.0)
        score *= 1.0 - TIME_DECAY * age
        score[self.previews[found] != item.terms.preview] = 0.0
        score[self.title_ids[found] == self.title_ids[at]] = 1.0  # the same feed and title
        return score
