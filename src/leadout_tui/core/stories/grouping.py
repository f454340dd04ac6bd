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
operations too. What a new article scores with each candidate does not depend on the stories
of the ones before it, so the new articles are scored a batch at a time (the lists of a batch
are found with one ``searchsorted``); only the choice of a story goes one by one. (A Python
loop over the pairs took 2.3 s for the 5,000 articles of the reference feed farm, where every
window holds about 2,000; ``benchmarks/stories.py`` prints the figures.) A list longer than
:data:`MAX_POSTINGS` inside one window is read only for the articles nearest in time: a word
that common adds little, and the farther articles then miss its part of their score. Stories
already stored are kept: a new article joins one or starts one, and two stories are never
merged afterwards (``regroup`` recomputes everything). The constants were chosen on
``tests/data/stories/articles.json``; ``benchmarks/stories.py`` scores them there and on a
held-out set.
"""

from __future__ import annotations

import gc
import math
from collections import Counter
from collections.abc import Iterator, Sequence
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
#: How many new articles are scored at once, and how many of their sums (new article x
#: candidate) at most: few enough that a batch's arrays stay in the processor's cache.
#: Batches of 256 took as long as one article at a time; these are 12-20% faster on the
#: reference farm's 5,000 articles and ``benchmarks/stories.py``'s realistic layout.
_BATCH = 16
_CELLS = 65_536


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
        stored, fresh = items[: len(context)], items[len(context) :]
        index = _Index(items, window.total_seconds(), stored)
        for item in stored:
            story = item.article.story_id
            item.story = item.article.article_id if story is None else story
            index.add(item)
        result: dict[int, int] = {}
        for item, found, score in index.candidates(fresh):
            joined = index.story_of(item, found, score)
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


class _Index:
    """Every article being grouped, in time order, with what a score needs of each as arrays,
    and the lists of the articles by word and by entity.

    Built once for the stored and the new articles together. The stored ones are candidates
    for every new one; a new one is a candidate for the new ones after it. So what a new
    article scores with each candidate does not depend on where the ones before it went, and
    :meth:`candidates` scores many new articles at once; only the choice of a story
    (:meth:`story_of`) goes one article at a time.
    """

    def __init__(self, items: Sequence[_Item], window: float, stored: Sequence[_Item]) -> None:
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
        self.stored = np.zeros(len(self.items), dtype=bool)
        self.stored[[self.position[id(item)] for item in stored]] = True
        self.stored_at = np.flatnonzero(self.stored)
        self.stages: dict[int | None, set[int]] = {}  # story -> the stages its articles name
        self._postings()

    def _postings(self) -> None:
        """Every word's and entity's list of articles, one after the other in two arrays (the
        positions, the weights), sorted by ``term id * len(items) + position`` (``keys``)."""
        terms: dict[tuple[bool, str], int] = {}  # (an entity?, the word or entity id) -> id
        lists: list[tuple[list[int], list[float]]] = []
        for at, item in enumerate(self.items):
            for entity, vector in ((False, item.words), (True, item.entities)):
                for name, weight in vector.items():
                    term = terms.setdefault((entity, name), len(terms))
                    if term == len(lists):
                        lists.append(([], []))
                    positions, weights = lists[term]
                    positions.append(at)
                    weights.append(weight)
        self.term_ids = terms
        lengths = np.array([len(positions) for positions, _ in lists], dtype=np.intp)
        self.positions = np.fromiter(
            (at for positions, _ in lists for at in positions), np.intp, int(lengths.sum())
        )
        self.weights = np.fromiter(
            (w for _, weights in lists for w in weights), np.float64, len(self.positions)
        )
        owners = np.repeat(np.arange(len(lists), dtype=np.intp), lengths)
        self.keys = owners * len(self.items) + self.positions

    def add(self, item: _Item) -> None:
        """Record the stages ``item`` names as its story's, once it is in one."""
        if item.terms.stages:
            self.stages.setdefault(item.story, set()).update(item.terms.stages)

    def candidates(self, new: Sequence[_Item]) -> Iterator[tuple[_Item, np.ndarray, np.ndarray]]:
        """For each new article, in order: the positions of the articles it may join (those
        scoring at least THRESHOLD, oldest first) and their scores."""
        ats = np.array([self.position[id(item)] for item in new], dtype=np.intp)
        los = np.searchsorted(self.times, self.times[ats] - self.window, "left")
        his = np.searchsorted(self.times, self.times[ats] + self.window, "right")
        # Candidates after a new article are stored ones only: its window ends at the last.
        last = np.searchsorted(self.stored_at, his, "left") - 1
        after = self.stored_at[np.maximum(last, 0)] if len(self.stored_at) else ats
        his = np.where((last >= 0) & (after > ats), after + 1, ats)
        start = 0
        while start < len(new):
            width = max(int(his[start] - los[start]), 1)
            batch = slice(start, start + min(_BATCH, max(1, _CELLS // width)))
            yield from self._scored(new[batch], ats[batch], los[batch], his[batch])
            start = batch.stop

    def _scored(
        self, new: Sequence[_Item], ats: np.ndarray, los: np.ndarray, his: np.ndarray
    ) -> Iterator[tuple[_Item, np.ndarray, np.ndarray]]:
        lo = int(los.min())
        width = max(int(his.max()) - lo, 1)
        words, entities = self._sums(new, ats, los, his, lo, width)
        # Every factor of a score is at most 1, and a repost's is 1: only these can reach it.
        same_title = self.title_ids[lo : lo + width] == self.title_ids[ats][:, None]
        rows, found = np.nonzero((words + entities >= THRESHOLD) | same_title)
        # Sums are only made inside each one's window; a repost may be outside. After a new
        # article, only the stored ones are candidates (the new ones come later).
        at = found + lo
        allowed = (at >= los[rows]) & (at < his[rows]) & ((at < ats[rows]) | self.stored[at])
        rows, found = rows[allowed], found[allowed]
        score = self._scores(new, ats, rows, found + lo, words[rows, found], entities[rows, found])
        keep = score >= THRESHOLD
        rows, found, score = rows[keep], found[keep] + lo, score[keep]
        bounds = np.searchsorted(rows, np.arange(len(new) + 1))
        for row, item in enumerate(new):
            yield item, found[bounds[row] : bounds[row + 1]], score[bounds[row] : bounds[row + 1]]

    def _sums(
        self,
        new: Sequence[_Item],
        ats: np.ndarray,
        los: np.ndarray,
        his: np.ndarray,
        lo: int,
        width: int,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per new article and per position of ``[lo, lo + width)``: the products of its word
        weights and the new one's summed, and those of its entity weights, each times its
        share of the score (one ``bincount`` for them all, each sum added up in the order a
        loop over the article's words, then entities, would)."""
        terms: list[int] = []
        shares: list[float] = []
        counts: list[int] = []
        for item in new:
            word_share = 1.0 - ENTITY_SHARE if item.entities else 1.0
            terms += [self.term_ids[False, name] for name in item.words]
            terms += [self.term_ids[True, name] for name in item.entities]
            shares += [word_share * weight for weight in item.words.values()]
            shares += [ENTITY_SHARE * weight for weight in item.entities.values()]
            counts += (len(item.words), len(item.entities))
        # One (row, words or entities) per new article and kind, as a bin row of 2 per article.
        rows = np.repeat(np.arange(2 * len(new), dtype=np.intp), counts)
        articles = rows // 2
        term_keys = np.array(terms, dtype=np.intp) * len(self.items)
        first = np.searchsorted(self.keys, term_keys + los[articles], "left")
        last = np.searchsorted(self.keys, term_keys + his[articles], "left")
        long = np.flatnonzero(last - first > MAX_POSTINGS)
        if len(long):  # only the MAX_POSTINGS nearest the new article in time
            middle = np.searchsorted(self.keys, term_keys[long] + ats[articles[long]], "left")
            cut = np.minimum(middle - MAX_POSTINGS // 2, last[long] - MAX_POSTINGS)
            first[long] = np.maximum(first[long], cut)
            last[long] = first[long] + MAX_POSTINGS
        lengths = last - first
        spans = list(zip(first.tolist(), last.tolist(), strict=True))
        if not spans:  # no new article of the batch has a word or an entity to compare
            return np.zeros((len(new), width)), np.zeros((len(new), width))
        positions = np.concatenate([self.positions[a:b] for a, b in spans])
        weights = np.concatenate([self.weights[a:b] for a, b in spans])
        bins = np.repeat(rows * width - lo, lengths) + positions
        products = weights * np.repeat(np.array(shares), lengths)
        sums = np.bincount(bins, products, 2 * len(new) * width).reshape(len(new), 2, width)
        return sums[:, 0], sums[:, 1]

    def _scores(
        self,
        new: Sequence[_Item],
        ats: np.ndarray,
        rows: np.ndarray,
        found: np.ndarray,
        words: np.ndarray,
        entities: np.ndarray,
    ) -> np.ndarray:
        """The scores of the new articles of ``rows`` with the articles at positions
        ``found``, from their sums."""
        at = ats[rows]
        named = np.array([bool(item.entities) for item in new], dtype=bool)[rows]
        cast = self.cast[found]  # which of them name riders or teams
        # The words alone when the new one names no one; less when the other one names some.
        score = np.where(named, entities + words, np.where(cast, (1.0 - ENTITY_SHARE) * words,
                                                           words))  # fmt: skip
        score[named & cast & (entities == 0)] *= DISJOINT_CASTS
        score[self.kinds[found] != self.kinds[at]] *= KIND_MISMATCH
        age = np.minimum(np.abs(self.times[found] - self.times[at]) / self.window, 1.0)
        score *= 1.0 - TIME_DECAY * age
        score[self.previews[found] != self.previews[at]] = 0.0
        score[self.title_ids[found] == self.title_ids[at]] = 1.0  # the same feed and title
        return score

    def story_of(self, item: _Item, found: np.ndarray, score: np.ndarray) -> int | None:
        """The story of the candidate ``item`` scores best with (of equal scores, the newest
        article's), unless the stages it names rule every one out."""
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
