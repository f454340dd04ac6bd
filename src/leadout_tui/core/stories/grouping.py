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

Only the new articles are compared, each against the articles inside its window. They are found
through an inverted index (by word, by entity, by feed and title) whose lists are kept in time
order; a list longer than :data:`MAX_POSTINGS` inside one window is read only for the articles
nearest in time. Stories already stored are kept: a new article joins one or starts one, and two
stories are never merged afterwards (``regroup`` recomputes everything). The constants were
chosen on ``tests/data/stories/articles.json``; ``benchmarks/stories.py`` scores them there and
on a held-out set.
"""

from __future__ import annotations

import gc
import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta

from leadout_tui.core.names.folding import key
from leadout_tui.core.stories.articles import StoryArticle
from leadout_tui.core.stories.terms import ArticleTerms, is_race, name_words, terms_of

__all__ = ["MAX_POSTINGS", "THRESHOLD", "WINDOW", "assign", "regroup"]

#: How far apart in time two articles about one event may be published.
WINDOW = timedelta(hours=36)
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
MAX_POSTINGS = 100
#: How much the words and entities a new article does not look up may add to a pair's score.
LEFT_OUT = 0.17
#: Added to a bound on a score, so that rounding never puts it below the score itself.
ROUNDING = 1e-9


@dataclass(slots=True, eq=False)  # hashed by identity: the index keys its sums by article
class _Item:
    """An article being grouped, with its weighted, normalised term and entity vectors."""

    article: StoryArticle
    time: float
    terms: ArticleTerms
    title_key: str
    words: dict[str, float] = field(default_factory=dict)
    entities: dict[str, float] = field(default_factory=dict)
    #: The keys of ``words`` and ``entities``, as sets: intersecting two costs the smaller one.
    word_keys: frozenset[str] = frozenset()
    entity_keys: frozenset[str] = frozenset()
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
        index = _Index(window.total_seconds())
        for item in items[: len(context)]:
            stored = item.article.story_id
            item.story = item.article.article_id if stored is None else stored
            index.add(item)
        result: dict[int, int] = {}
        for item in items[len(context) :]:
            joined = _best_story(item, index, window)
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
    word_df = Counter(w for words in plain for w in words)
    entity_df = Counter(e for entities in people for e in entities)
    count = len(items)
    for item, words, entities in zip(items, plain, people, strict=True):
        title = item.terms.title
        item.words = _normalised(
            (w, _idf(word_df[w], count) * (TITLE_WEIGHT if w in title else 1.0)) for w in words
        )
        item.entities = _normalised(
            (e, _idf(entity_df[e], count) * (TITLE_WEIGHT if names[e] & title else 1.0))
            for e in entities
        )
        item.word_keys, item.entity_keys = frozenset(item.words), frozenset(item.entities)
    return items


def _idf(df: int, count: int) -> float:
    return math.log(1.0 + count / df)


def _normalised(weights: Iterable[tuple[str, float]]) -> dict[str, float]:
    vector = dict(weights)
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {k: w / norm for k, w in vector.items()} if norm else {}


def _dot(
    a: dict[str, float], a_keys: frozenset[str], b: dict[str, float], b_keys: frozenset[str]
) -> float:
    return sum([a[k] * b[k] for k in a_keys & b_keys])


def _score(a: _Item, b: _Item, words: float, entities: float, window: float) -> float:
    """The pair's score from its two cosines, or 0 when a rule keeps the two apart."""
    if a.title_key == b.title_key:
        return 1.0  # the same feed, the same title: a repost
    if a.terms.stages and b.terms.stages and not a.terms.stages & b.terms.stages:
        return 0.0
    if a.terms.preview != b.terms.preview:
        return 0.0
    if a.entities and b.entities:
        score = ENTITY_SHARE * entities + (1.0 - ENTITY_SHARE) * words
        if not entities:
            score *= DISJOINT_CASTS
    elif a.entities or b.entities:
        score = (1.0 - ENTITY_SHARE) * words
    else:
        score = words
    if a.terms.kind != b.terms.kind:
        score *= KIND_MISMATCH
    return score * (1.0 - TIME_DECAY * min(abs(a.time - b.time) / window, 1.0))


def _best_story(item: _Item, index: _Index, window: timedelta) -> int | None:
    """The story of the indexed article ``item`` scores best with, if it reaches THRESHOLD.

    Each of its words and entities has a list of the indexed articles that have it too. Lists
    are left unread, cheapest loss first (the lightest weight for the longest list: common
    words, riders everybody writes about), as long as all the keys left unread together could
    add at most :data:`LEFT_OUT` to a pair's score (the norm of their part of the vectors,
    times their share in the score). The products of weights in the lists read, times their
    share in the score, are summed per article. Only an article whose sum plus what the unread
    keys could add reaches the threshold is a candidate. Candidates are taken by their sums,
    the highest first, and one is scored exactly only if its bound can beat the best score so
    far: its sum, plus what the unread keys and the lists cut at :data:`MAX_POSTINGS` could
    add, times the pair's time and kind factors (every factor of the score is at most 1).
    (The articles a cut list leaves out miss that key's part of their sum: that is why the
    bound allows for it.)
    """
    # When the new article names riders or teams, its words make up only their share of any
    # pair's score; when it names none, words are the whole score (or their share of it).
    word_share = 1.0 - ENTITY_SHARE if item.entities else 1.0
    keys = [(word_share * weight, True, index.span(index.words, term, item.time), term)
            for term, weight in item.words.items()]  # fmt: skip
    keys += [(ENTITY_SHARE * weight, False, index.span(index.entities, e, item.time), e)
             for e, weight in item.entities.items()]  # fmt: skip
    keys.sort(key=lambda k: k[0] * k[0] / (1 + k[2][2] - k[2][1]), reverse=True)
    skipped = [0.0, 0.0]  # the squared norms left unread: entities, words
    unread = 0
    for share, is_word, _span, _name in reversed(keys):
        skipped[is_word] += share * share
        if _root(skipped[0]) + _root(skipped[1]) > LEFT_OUT:
            skipped[is_word] -= share * share
            break
        unread += 1
    left = _root(skipped[0]) + _root(skipped[1])
    sums: dict[_Item, float] = {}
    cut = [0.0, 0.0]  # the squared norms of the keys whose lists were cut at MAX_POSTINGS
    for share, is_word, (found, first, last), _name in keys[: len(keys) - unread]:
        if last - first >= MAX_POSTINGS:
            cut[is_word] += share * share
        for other, weight in found[first:last]:
            sums[other] = sums.get(other, 0.0) + share * weight
    # What an article's sum may lack: the keys unread, and those whose list was cut before it.
    lacking = left + _root(cut[0]) + _root(cut[1])
    seconds = window.total_seconds()
    terms = item.terms
    reach = THRESHOLD - left  # what the lists read must add up to for a pair to reach it
    # Reposts first, then the others by their sum, the highest first. Each has its place in
    # the order the articles were always considered in (reposts, then as their sums were
    # started), so that of equal scores the last in that order wins, as it always has.
    reposts = index.near(index.titles, item.title_key, item.time)
    ranked = [(1.0, order - len(reposts), other) for order, (other, _) in enumerate(reposts)]
    ranked += sorted(
        ((total, order, other) for order, (other, total) in enumerate(sums.items())
         if total >= reach),
        reverse=True,
    )  # fmt: skip
    best_score, best_order, best_story = THRESHOLD, -len(reposts) - 1, None
    for total, order, other in ranked:
        if order >= 0:  # not a repost: bound the score before computing it
            if total + lacking + ROUNDING < best_score:
                break  # nor can any after it: every other factor is at most 1
            decay = 1.0 - TIME_DECAY * min(abs(item.time - other.time) / seconds, 1.0)
            kind = KIND_MISMATCH if terms.kind != other.terms.kind else 1.0
            if (total + lacking) * decay * kind + ROUNDING < best_score:
                continue
        named = index.stages.get(other.story)
        if terms.stages and named and not terms.stages & named:
            continue  # the story is about another stage
        words = _dot(item.words, item.word_keys, other.words, other.word_keys)
        entities = _dot(item.entities, item.entity_keys, other.entities, other.entity_keys)
        score = _score(item, other, words, entities, seconds)
        if score > best_score or (score == best_score and order > best_order):
            best_score, best_order, best_story = score, order, other.story
    return best_story


def _root(squares: float) -> float:
    return math.sqrt(max(squares, 0.0))  # sums of squares lose a little to rounding


#: Per key (a word, an entity id, a feed and title): publication times, and the articles with
#: their weight for that key, in time order.
_Postings = dict[str, tuple[list[float], list[tuple[_Item, float]]]]


class _Index:
    """Grouped articles by word, by entity and by feed and title, each list in time order."""

    def __init__(self, window: float) -> None:
        self.window = window
        self.words: _Postings = {}
        self.entities: _Postings = {}
        self.titles: _Postings = {}
        self.stages: dict[int | None, set[int]] = {}  # story -> the stages its articles name

    def add(self, item: _Item) -> None:
        if item.terms.stages:
            self.stages.setdefault(item.story, set()).update(item.terms.stages)
        for postings, weights in (
            (self.words, item.words),
            (self.entities, item.entities),
            (self.titles, {item.title_key: 1.0}),
        ):
            for name, weight in weights.items():
                found = postings.get(name)
                if found is None:
                    found = postings[name] = ([], [])
                times, items = found
                if not times or times[-1] <= item.time:  # the usual case: in time order
                    times.append(item.time)
                    items.append((item, weight))
                    continue
                at = bisect_right(times, item.time)
                times.insert(at, item.time)
                items.insert(at, (item, weight))

    def near(self, postings: _Postings, name: str, time: float) -> list[tuple[_Item, float]]:
        """The articles under ``name`` within the window of ``time``, the nearest at most."""
        items, start, end = self.span(postings, name, time)
        return items[start:end]

    def span(
        self, postings: _Postings, name: str, time: float
    ) -> tuple[list[tuple[_Item, float]], int, int]:
        """:meth:`near` as the list and the bounds of its part, to read only if need be."""
        found = postings.get(name)
        if found is None:
            return [], 0, 0
        times, items = found
        start = bisect_left(times, time - self.window)
        end = bisect_right(times, time + self.window)
        if end - start > MAX_POSTINGS:
            middle = bisect_left(times, time, start, end)
            start = max(start, min(middle - MAX_POSTINGS // 2, end - MAX_POSTINGS))
            end = start + MAX_POSTINGS
        return items, start, end
