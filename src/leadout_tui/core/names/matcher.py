"""Finding the riders and teams an article mentions.

The text is folded once (accents and case, see textfold), split into tokens (runs of letters
and digits), and only tokens that can start a name are looked at: from each one the matcher
walks the name trie (mention_index) and takes the longest name that passes its checks.

The rules, each pinned by a test in tests/core/test_mentions.py (change what they find, and bump
``loader.RULES_VERSION`` so stored mentions are recomputed):

- Mentions never overlap; at each position the longest acceptable name wins. Offsets are
  indices into the original text: ``text[span.start:span.end]`` is what was matched.
- Names match whole tokens only (never inside a word); "Pogačar-led" still finds Pogačar, and
  a possessive ("Cavendish's", "Evenepoel\u2019s") is left out of the span.
- Accents and case do not matter for names and aliases (Pogacar, Mørkøv/Morkov, van/Van Aert),
  but at least one word of the match must be capitalised (so "sky" is not Team Sky).
  Case-sensitive aliases, nicknames and short all-caps team names ("UAE", "EF") need the
  exact case.
- A surname alone ("Pogačar", "Skjelmose") resolves when it is capitalised and either the full
  name of a rider with that surname came earlier (the latest one wins), or it belongs to one
  rider only, or when every other rider with it is minor: no season in the data's last three
  and no alias or nickname ("Kopecky" is Lotte; the Czech namesakes known from one ranking
  are minor; Dan Martin, with an alias, is not). Ambiguous surnames (Yates, Pedersen, Thomas:
  several recent riders) need that context; so do surnames that are ordinary words: curated
  ones (Strong, Power, Christmas), English dictionary words, and, for one word of a longer
  surname, French and Spanish words too ("That" of Thi That Nguyen, "Côte", "Nevada",
  "Cañada"; see ordinary_words.txt). The first name of a rider named in full earlier is not
  somebody's surname ("Marie" after "Marie Schreiber"). A surname right after another
  capitalised first name is somebody else ("Lewis Hamilton"), and a known first name
  followed by a capitalised word is a first name ("Martin Laas").
  First names alone never match, nicknames aside.
- Teams match by current, former and short names and nicknames; brands alone (Trek, Canyon,
  SRAM) are never teams. One-word team names that are ordinary words or places ("Total",
  "Bahrain") match only mid-sentence, and not after "in", "to", "from"...
- When men's and women's squads share a name ("Lidl-Trek", "Movistar"), the gender of the
  nearest rider mentioned decides, then the article's riders, then the word "women".
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import accumulate, compress
from typing import Any

from leadout_tui.core.models import Span
from leadout_tui.core.names.entities import Gazetteer
from leadout_tui.core.names.folding import TOKEN_SPLIT, FoldedText, fold_keep_case
from leadout_tui.core.names.trie import (
    BLOCK,
    CASED,
    DIRECT,
    SURNAME,
    TERMINAL,
    Form,
    MentionIndex,
)
from leadout_tui.core.names.words import PREPOSITIONS

_GAPS = frozenset({" ", "  ", "-", " - ", "- ", " -", "/", "//", " // ", "|", " | ", "&",
                   " & ", "'", ".", "+", "·", " · "})  # fmt: skip
_SENTENCE_END = frozenset('.!?:;\n"“”«»')
_OPENERS = frozenset(" \t'\"\u2018\u2019“”«(\u2014\u2013-[")
#: A surname shared by several riders goes to one of them when every other is minor: no season
#: in the data's last ACTIVE_SEASONS + 1 and no other name in the data ("Kopecky", "Philipsen").
ACTIVE_SEASONS = 2
_NEARBY = 400  # characters: how far a rider's gender reaches to pick a men's/women's team


class _Scan:
    """The state of one ``find`` call: the tokens, their offsets, context seen so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = FoldedText.of(text)
        self.parts = TOKEN_SPLIT.split(self.folded.folded)
        self.toks = self.parts[1::2]
        self.offsets = list(accumulate(map(len, self.parts), initial=0))
        self.last_full: dict[str, int] = {}  # rider id -> start of its latest full-name mention
        self.given_seen: set[str] = set()  # folded first names of the riders named in full

    def span(self, first: int, last: int) -> tuple[int, int]:
        start, end = self.offsets[2 * first + 1], self.offsets[2 * last + 2]
        if self.folded.identity:
            return start, end
        return self.folded.to_orig(start), self.folded.to_orig(end)

    def word(self, index: int) -> str:
        start, end = self.span(index, index)
        return self.text[start:end]

    def sentence_initial(self, start: int) -> bool:
        pos = start - 1
        while pos >= 0 and self.text[pos] in _OPENERS:
            pos -= 1
        return pos < 0 or self.text[pos] in _SENTENCE_END or "\n" in self.text[pos:start]

    def after_preposition(self, index: int) -> bool:
        return index > 0 and self.parts[2 * index] == " " and self.toks[index - 1] in PREPOSITIONS


class MentionMatcher:
    """Finds mentions of the gazetteer's riders and teams in text. Build once, reuse."""

    def __init__(self, index: MentionIndex) -> None:
        self.index = index

    @classmethod
    def for_gazetteer(cls, gazetteer: Gazetteer) -> MentionMatcher:
        """A matcher over a gazetteer built by hand (tests); the loader caches the trie."""
        return cls(MentionIndex.build(gazetteer))

    def find(self, text: str) -> list[Span]:
        """The mentions in ``text``, sorted by offset, never overlapping."""
        scan = _Scan(text)
        trie, toks, parts = self.index.trie, scan.toks, scan.parts
        found: list[tuple[Span, tuple[Form, ...]]] = []
        next_free = 0
        count = len(toks)
        for first in compress(range(count), map(trie.__contains__, toks)):
            if first < next_free:
                continue
            node, last, ends = trie[toks[first]], first, []
            while True:
                if TERMINAL in node:
                    ends.append((last, node[TERMINAL]))
                if last + 1 >= count or parts[2 * last + 2] not in _GAPS:
                    break
                node = node.get(toks[last + 1])
                if node is None:
                    break
                last += 1
            for end, forms in reversed(ends):
                result = self._resolve(scan, first, end, forms)
                if result is not None:
                    next_free = end + 1
                    if isinstance(result, Span):
                        found.append((result, ()))
                    elif result:
                        found.append(self._pending(scan, first, end, result))
                    break
        return self._settle_teams(scan, found)

    def _resolve(
        self, scan: _Scan, first: int, last: int, forms: tuple[Form, ...]
    ) -> Span | tuple[Form, ...] | None:
        """A mention, team candidates to settle later, () for a stop phrase, or None.

        ``forms`` are plain tuples in the trie; they are made ``Form`` here, once per match.
        """
        forms = tuple(map(Form._make, forms))
        if any(form.code == BLOCK for form in forms):
            return ()
        start, end = scan.span(first, last)
        surface = scan.text[start:end]
        if first == last:
            words: list[str] | tuple[str] = (surface,)
            capitalised = surface[:1].isupper()
        else:
            words = [scan.word(i) for i in range(first, last + 1)]
            capitalised = any(word[:1].isupper() for word in words)
        cased = None
        direct: list[Form] = []
        for form in forms:
            if form.code == CASED:
                if cased is None:
                    cased = tuple(TOKEN_SPLIT.findall(fold_keep_case(surface)))
                if cased == form.cased:
                    direct.append(form)
            elif form.code == DIRECT and capitalised:
                if form.weak and (not words[0][:1].isupper() or scan.sentence_initial(start)):
                    continue
                if form.place and scan.after_preposition(first):
                    continue
                direct.append(form)
        info = self.index.info
        riders = [f.entity_id for f in direct if info[f.entity_id].kind == "rider"]
        if riders:
            best = max(riders, key=lambda e: (scan.last_full.get(e, -1), info[e].latest))
            scan.last_full[best] = start
            scan.given_seen |= info[best].given
            return self._span(start, end, best)
        teams = sorted({f for f in direct if info[f.entity_id].kind == "team"},
                       key=lambda f: f.priority)  # fmt: skip
        if len({f.entity_id for f in teams}) == 1:
            return self._span(start, end, teams[0].entity_id)
        if teams:
            return tuple(teams)
        surnames = [f for f in forms if f.code >= SURNAME and f.code != BLOCK]
        if surnames and words[-1][:1].isupper():
            chosen = self._surname(scan, first, last, surnames)
            if chosen is not None:
                return self._span(start, end, chosen)
        return None

    def _surname(self, scan: _Scan, first: int, last: int, forms: list[Form]) -> str | None:
        info, toks, parts = self.index.info, scan.toks, scan.parts
        if forms[0].place and scan.after_preposition(first):
            return None
        if first > 0 and parts[2 * first] == " " and toks[first - 1] in self.index.given_names:
            previous = toks[first - 1]
            if scan.word(first - 1)[:1].isupper():  # "Lewis Hamilton" is not Chris Hamilton
                forms = [f for f in forms if _same_given(previous, info[f.entity_id].given)]
        if (
            first == last
            and toks[first] in self.index.given_names
            and last + 1 < len(toks)
            and parts[2 * last + 2] == " "
            and scan.word(last + 1)[:1].isupper()
        ):
            return None  # "Martin Laas": a first name here
        seen = [(scan.last_full[f.entity_id], f.entity_id) for f in forms
                if f.entity_id in scan.last_full]  # fmt: skip
        if seen:
            return max(seen)[1]
        if first == last and toks[first] in scan.given_seen:
            return None  # "Marie" after "Marie Schreiber": her first name, not Thierry Marie
        forms = [f for f in forms if not f.weak]
        if not forms:
            return None
        owners = {f.entity_id for f in forms}
        if len(owners) > 1:  # "Kopecky": Lotte, not minor namesakes
            recent = self.index.current - ACTIVE_SEASONS
            owners = {e for e in owners if info[e].latest >= recent or info[e].notable}
        return owners.pop() if len(owners) == 1 else None

    def _span(self, start: int, end: int, entity_id: str) -> Span:
        return Span(start, end, entity_id, self.index.info[entity_id].kind)  # type: ignore[arg-type]

    def name_of(self, entity_id: str) -> str:
        """The canonical name of an entity the matcher finds."""
        return self.index.info[entity_id].name

    def _pending(
        self, scan: _Scan, first: int, last: int, teams: tuple[Form, ...]
    ) -> tuple[Span, tuple[Form, ...]]:
        start, end = scan.span(first, last)
        return self._span(start, end, teams[0].entity_id), teams

    def _settle_teams(self, scan: _Scan, found: list[tuple[Span, tuple[Form, ...]]]) -> list[Span]:
        """Pick the men's or women's squad for names both share."""
        if not any(teams for _, teams in found):
            return [mention for mention, _ in found]
        info = self.index.info
        genders = [(m.start, info[m.entity_id].gender) for m, _ in found if m.kind == "rider"]
        genders = [(pos, g) for pos, g in genders if g]
        overall = Counter(g for _, g in genders).most_common()
        if overall and (len(overall) == 1 or overall[0][1] > overall[1][1]):
            default = overall[0][0]
        else:
            default = "F" if "women" in scan.folded.folded else "M"
        positions = [pos for pos, _ in genders]
        result = []
        for mention, teams in found:
            if teams:
                gender = default
                at = bisect_left(positions, mention.start)
                near = [(abs(positions[i] - mention.start), genders[i][1])
                        for i in (at - 1, at) if 0 <= i < len(positions)]  # fmt: skip
                if near and min(near)[0] <= _NEARBY:
                    gender = min(near)[1]
                pick = next((f for f in teams if info[f.entity_id].gender == gender), teams[0])
                mention = self._span(mention.start, mention.end, pick.entity_id)
            result.append(mention)
        return result


def _same_given(previous: str, given: frozenset[str]) -> bool:
    """Whether ``previous`` can be one of ``given`` ("tom"/"thomas", "dani"/"daniel")."""
    return previous in given or any(
        min(len(previous), len(name)) >= 3
        and (name.startswith(previous) or previous.startswith(name))
        for name in given
    )


def mentions_to_json(
    text: str, spans: Iterable[Span], name_of: Callable[[str], str]
) -> list[dict[str, Any]]:
    """The ``--json`` form: ``{"start", "end", "text", "kind", "name", "id"}`` per mention."""
    return [
        {
            "start": s.start,
            "end": s.end,
            "text": text[s.start : s.end],
            "kind": s.kind,
            "name": name_of(s.entity_id),
            "id": s.entity_id,
        }
        for s in spans
    ]


def count_entities(
    spans: Iterable[Span], name_of: Callable[[str], str]
) -> list[tuple[str, str, str, int, int]]:
    """(entity id, kind, name, count, first offset) per entity, most mentioned first."""
    totals: dict[str, list[Any]] = {}
    for span in spans:
        row = totals.get(span.entity_id)
        if row is None:
            totals[span.entity_id] = [span.entity_id, span.kind, name_of(span.entity_id), 1,
                                      span.start]  # fmt: skip
        else:
            row[3] += 1
            row[4] = min(row[4], span.start)
    rows = [(row[0], row[1], row[2], row[3], row[4]) for row in totals.values()]
    return sorted(rows, key=lambda r: (-r[3], r[4]))
