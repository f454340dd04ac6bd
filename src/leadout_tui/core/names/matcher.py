"""Finding the riders, teams and races an article mentions.

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
  name of a rider with that surname came earlier (the latest one wins), or one rider with it
  raced in the text's season (``find(text, season)``, default: the data's newest season;
  active means a season from two before to the one after it), or, when several did or none
  did, exactly one of them is notable (a major win, a nickname, a WorldTeam: "Kopecky" is
  Lotte). A rider of another era with no such mark needs the full name first: history stays
  reachable by full name. Ambiguous surnames (Yates, Pedersen, Thomas) need that context; so
  do surnames that are ordinary words (see ordinary_words.txt and trie.CONTEXT): curated ones
  (Strong, Power, Christmas), English words, German nouns and two-letter surnames ("Lu",
  "Na") always, and words of French, Spanish, Italian, Dutch or German at the start of a
  sentence or in a Title Case line ("Vos won" needs Marianne Vos first; "said Vos" does not),
  words of German also anywhere in German text (told by its share of German function words:
  German capitalises nouns, so "in den Bergen" says nothing of Sara Bergen); one word of a
  longer surname that is a word of any of them, or somebody's first name, always ("That" of
  Thi That Nguyen, "Côte", "Nevada", "Philip" of Nicolai Philip Nielsen). Initials and
  one-letter surnames are never surnames ("S" of Tobias S. Foss, "420 W"), nor are words of
  at most three capitals ("KO", "NAT", "OSS": abbreviations). A first name of several riders
  is a first name ("Adam" is not Teresa Adam), and the first name of a rider named in full
  earlier is not somebody's surname ("Marie" after "Marie Schreiber"). A surname right after
  another capitalised word (a first name, not a nationality, outside a Title Case line) is
  somebody else ("Lewis Hamilton", "Brendon Hartley"; "runner Jess Martin" after Dan
  Martin), and so is the same surname alone after that, until the rider is named in full
  ("Hartley said"); a known first name followed by a capitalised word is a first name
  ("Martin Laas"). A place name
  after a preposition is the place ("in Bilbao"), and a surname that starts with a particle
  right after a capitalised word is part of that word's name ("Campo di Felice"), unless the
  word is a nationality ("Dutchman van der Poel").
- "Adam and Simon Yates" names both riders.
- A surname or a team's short name followed (in a sentence, not a Title Case headline) by
  another capitalised word is the start of a longer name the data does not know ("Pauwels
  Sauzen" is not Serge Pauwels, "Bingoal Casino-Chevalmeire" not Bingoal WB).
  First names alone never match, nicknames aside.
- Teams match by current, former and short names and nicknames; brands alone (Trek, Canyon,
  SRAM) are never teams. One-word team names that are places ("Bahrain") do not match after
  "in", "to", "from"...; ordinary words ("Sky", "Total", "Lotto"; English words and German
  nouns of ordinary_words.txt: "Discovery", "Telekom") match only mid-sentence and
  in team context: after "for", "joined", "with"..., before "rider", "team", "'s"..., or when
  the text names the team otherwise or one of its riders.
- When men's and women's squads share a name ("Lidl-Trek", "Movistar"), the gender of the
  nearest rider mentioned decides, then the article's riders, then the word "women".
- Races (races.csv) win over riders and teams on the same words, and the longest name wins
  ("Cadel Evans Great Ocean Road Race" is the race, not the rider; "Tour de France Femmes" not
  the Tour). The words capitalised in the data must be capitalised in the text ("Olympic road
  race", not "olympic road race"), except for the forms matched in any case ("la corsa rosa",
  "world championships"). A one-word form that is also a place or a word ("Roubaix",
  "Flanders", "Giro", "Liège") is the race unless: it comes after "in", "to", "through"... ("in
  Roubaix" is the town; "at Roubaix" the race) or after "of" not preceded by "winner",
  "edition"... ("the roads of Flanders"); a capitalised word follows outside a Title Case line
  ("Flanders Classics", "Giro Aether"), or a place word ("Flanders fields", "Roubaix
  velodrome"); or a connector and a capitalised word or an article follow ("Giro di Sicilia",
  "Vuelta a Burgos", "Omloop van het Houtland"); "West Flanders" and the like are stop phrases.
  No race name follows another sport's word ("mountain bike World Cup", "gravel world
  championships"). A context form ("Tour", "World Cup") also needs not to start a sentence,
  no connector at all after it ("a Tour of the factory"), no capitalised word before it
  outside a Title Case line ("Ladies Tour"; "Grand Tour" is a stop phrase), and the text to
  say which race it is: the same race or
  one whose id extends its id named in full (then the nearest such name before it, else after:
  "the Tour" after "Tour de France Femmes" is the Femmes), or one of the race's cue words
  ("yellow jersey", "maillot jaune"); without them it is nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import cached_property
from itertools import accumulate, compress
from operator import itemgetter
from typing import Any

from leadout_tui.core.models import Span
from leadout_tui.core.names.entities import Gazetteer
from leadout_tui.core.names.folding import TOKEN_SPLIT, FoldedText, fold_keep_case, split_tokens
from leadout_tui.core.names.trie import (
    BLOCK,
    CASED,
    DIRECT,
    MINOR,
    NOT_GERMAN,
    NOT_INITIAL,
    PART,
    PLAIN,
    R_CONTEXT,
    R_LOWER,
    R_SHORT,
    RACE,
    STAR,
    SURNAME,
    Form,
    MentionIndex,
)
from leadout_tui.core.names.words import (
    ARTICLES,
    CONJUNCTIONS,
    GERMAN_MARKERS,
    NATIONALITIES,
    OTHER_SPORTS,
    PARTICLES,
    PREPOSITIONS,
    RACE_CONNECTORS,
    RACE_OF_CUES,
    RACE_PLACE_AFTER,
    RACE_PLACE_BEFORE,
    TEAM_CUES_AFTER,
    TEAM_CUES_BEFORE,
)

_GAPS = frozenset({" ", "  ", "-", "\u2013", " - ", "- ", " -", "/", "//", " // ", "|", " | ", "&",
                   " & ", "'", ".", "+", "·", " · "})  # fmt: skip
_SENTENCE_END = frozenset('.!?:;\n"“”«»')
_OPENERS = frozenset(" \t'\"\u2018\u2019“”«(\u2014\u2013-[")
#: A rider is active in a season when it falls between their first season and
#: ACTIVE_SEASONS after their last (the data lags: a rider of 2024 may still race in 2026).
ACTIVE_SEASONS = 2
_NEARBY = 400  # characters: how far a rider's gender reaches to pick a men's/women's team
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
#: The share of a text's words that must be German function words for it to be German.
GERMAN_SHARE = 0.06


class _Scan:
    """The state of one ``find`` call: the tokens, their offsets, context seen so far."""

    def __init__(self, text: str, season: int, index: MentionIndex) -> None:
        self.text = text
        self.season = season
        self.index = index
        self._title_lines: dict[int, bool] = {}
        self.folded = FoldedText.of(text)
        self.identity = self.folded.identity
        self.parts = split_tokens(self.folded.folded)
        self.toks = self.parts[1::2]
        self.offsets = list(accumulate(map(len, self.parts), initial=0))
        starts = self.offsets[1:-1:2]
        if not self.identity:
            starts = list(map(self.folded.to_orig, starts))
        #: Whether each token starts with a capital letter in the original text.
        self.caps = list(map(str.isupper, map(text.__getitem__, starts)))
        self.last_full: dict[str, int] = {}  # rider id -> start of its latest full-name mention
        self.given_seen: set[str] = set()  # folded first names of the riders named in full
        #: Surname tokens -> where someone the data does not know was last named by them in
        #: full ("Brendon Hartley"): the same surname alone after that is theirs.
        self.others: dict[str, int] = {}
        #: Indexes (into ``find``'s list) of race context forms ("Tour") to settle at the end.
        self.race_context: list[int] = []
        self.race_rule = 0  # the rule (trie.R_FULL ...) of the race mention found last
        self._token_line: str | None = None

    @cached_property
    def german(self) -> bool:
        """Whether the text is German: its function words ("und", "nicht", "mit") are at least
        :data:`GERMAN_SHARE` of its words (about a fifth in German prose, under 4% in the
        other languages of the press)."""
        markers = sum(map(GERMAN_MARKERS.__contains__, self.toks))
        return markers >= 3 and markers >= GERMAN_SHARE * len(self.toks)

    def has_phrase(self, phrase: str) -> bool:
        """Whether the folded tokens of ``phrase`` (joined by spaces) occur in the text."""
        if self._token_line is None:
            self._token_line = f" {' '.join(self.toks)} "
        return f" {phrase} " in self._token_line

    def span(self, first: int, last: int) -> tuple[int, int]:
        start, end = self.offsets[2 * first + 1], self.offsets[2 * last + 2]
        if self.identity:
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

    def title_case(self, start: int) -> bool:
        """Whether the line around ``start`` is a Title Case headline (most long words capped)."""
        line_start = self.text.rfind("\n", 0, start) + 1
        cached = self._title_lines.get(line_start)
        if cached is None:
            line_end = self.text.find("\n", start)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            trie, given = self.index.trie, self.index.given_names
            # Words that are names are capitalised anyway; a race's one-word name is a word.
            words = [
                w
                for w in _TITLE_WORD.findall(line[:160])
                if ((forms := trie.get(f := w.lower())) is None or (forms and forms[0][1] == RACE))
                and f not in given
            ]
            capped = sum(word[0].isupper() for word in words)
            cached = len(words) >= 3 and capped >= 0.75 * len(words)
            self._title_lines[line_start] = cached
        return cached

    def capitalised_after(self, last: int) -> bool:
        """Whether a capitalised word that starts no rider's name follows token ``last`` in
        the same name-like run ("Pauwels Sauzen", not "the Vingegaard-Pogačar duel")."""
        return (
            last + 1 < len(self.toks)
            and self.parts[2 * last + 2] in (" ", "-")
            and self.caps[last + 1]
            and not self.index.starts_a_rider(self.toks[last + 1])
        )

    def capitalised_before(self, first: int) -> bool:
        """Whether a capitalised word, not the sentence's first, comes right before ``first``."""
        if first == 0 or self.parts[2 * first] != " " or not self.caps[first - 1]:
            return False
        start, _ = self.span(first - 1, first - 1)
        return not self.sentence_initial(start)


class MentionMatcher:
    """Finds mentions of the gazetteer's riders and teams in text. Build once, reuse."""

    def __init__(self, index: MentionIndex) -> None:
        self.index = index

    @classmethod
    def for_gazetteer(cls, gazetteer: Gazetteer) -> MentionMatcher:
        """A matcher over a gazetteer built by hand (tests); the loader caches the trie."""
        return cls(MentionIndex.build(gazetteer))

    def find(self, text: str, season: int | None = None) -> list[Span]:
        """The mentions in ``text``, sorted by offset, never overlapping.

        ``season`` is the year the text was written (an article's published date): a bare
        surname goes to the rider who raced then. Without it, the data's newest season.
        """
        scan = _Scan(text, season or self.index.current, self.index)
        trie, branches, toks, parts = self.index.trie, self.index.branches, scan.toks, scan.parts
        found: list[tuple[Span, tuple[Form, ...]]] = []
        next_free = 0
        count = len(toks)
        caps = scan.caps
        for first in compress(range(count), map(trie.__contains__, toks)):
            if first < next_free:
                continue
            path, last, ends = toks[first], first, []
            node = trie[path]  # the forms of the name ``path``, () if it only begins names
            while True:
                if node:
                    ends.append((last, node))
                if path not in branches:
                    break
                gap = parts[2 * last + 2] if last + 1 < count else ""
                if gap not in _GAPS and not (gap == ". " and len(toks[last]) == 1):
                    break  # ". " only after an initial: "Tobias S. Foss"
                path = f"{path} {toks[last + 1]}"
                if (next_node := trie.get(path)) is None:
                    break
                node, last = next_node, last + 1
            for end, forms in reversed(ends):
                if True not in caps[first : end + 1] and (
                    forms[0][1] != RACE or forms[0][3] != R_LOWER
                ):
                    continue  # names have a capital somewhere; most candidates are words
                result = self._resolve(scan, first, end, forms)
                if result is not None:
                    next_free = end + 1
                    if isinstance(result, Span):
                        if result.kind == "race" and scan.race_rule == R_CONTEXT:
                            scan.race_context.append(len(found))
                        if result.kind == "rider" and first >= 2:
                            pair = self._pair(scan, first, end, result, found)
                            if pair is not None:
                                found.append((pair, ()))
                        found.append((result, ()))
                    elif result:
                        found.append(self._pending(scan, first, end, result))
                    break
        if scan.race_context:
            found = self._settle_races(scan, found)
        return self._settle_teams(scan, found)

    def _pair(
        self, scan: _Scan, first: int, last: int, second: Span, found: list[Any]
    ) -> Span | None:
        """ "Adam and Simon Yates": the rider "Adam Yates" on "Adam", if the data has him."""
        toks, parts = scan.toks, scan.parts
        if (
            parts[2 * first] != " "
            or parts[2 * first - 2] != " "
            or toks[first - 1] not in CONJUNCTIONS
            or not scan.caps[first - 2]
            or (found and found[-1][0].end > scan.span(first - 2, first - 2)[0])
        ):
            return None
        given = self.index.info[second.entity_id].given
        if toks[first] not in given:
            return None
        forms = self.index.trie.get(" ".join((toks[first - 2], *toks[first + 1 : last + 1])), ())
        others = {f[0] for f in forms if f[1] == DIRECT and f[0] != second.entity_id
                  and self.index.info[f[0]].kind == "rider"}  # fmt: skip
        if len(others) != 1:
            return None
        other = others.pop()
        start, end = scan.span(first - 2, first - 2)
        scan.last_full[other] = start
        return self._span(start, end, other)

    def _resolve(
        self, scan: _Scan, first: int, last: int, forms: tuple[tuple[Any, ...], ...]
    ) -> Span | tuple[Form, ...] | None:
        """A mention, team candidates to settle later, () for a stop phrase, or None.

        ``forms`` are the trie's plain tuples, (entity_id, code, cased, weak, place, priority)
        (see trie.Form): only team candidates are made ``Form``. ``find`` calls this only when
        a token of the match is capitalised.
        """
        if forms[-1][1] == BLOCK:
            return ()  # a stop phrase (its form is the last of its node's, see trie.py)
        if forms[0][1] == RACE:  # a race's forms come first in their node (see trie.py)
            race = self._race(scan, first, last, forms)
            if race is not None:
                return race
            forms = tuple(form for form in forms if form[1] != RACE)
            if not forms or True not in scan.caps[first : last + 1]:
                return None
        start, end = scan.span(first, last)
        first_cap = scan.caps[first]
        cased = None
        raw: list[tuple[Any, ...]] = []
        for form in forms:
            code = form[1]
            if code == CASED:
                if cased is None:
                    cased = tuple(TOKEN_SPLIT.findall(fold_keep_case(scan.text[start:end])))
                if cased == form[2]:
                    raw.append(form)
            elif code == DIRECT:
                if form[3] and (not first_cap or scan.sentence_initial(start)):
                    continue
                if form[4] and scan.after_preposition(first):
                    continue
                raw.append(form)
        info = self.index.info
        if (
            raw
            and info[raw[0][0]].kind == "team"
            and (
                (first == last or min(f[5] for f in raw) > 0)
                and scan.capitalised_after(last)
                and not scan.title_case(start)
            )
        ):
            # "Bingoal Casino-Chevalmeire": the first word of a name the data does not know.
            raw = [f for f in raw if info[f[0]].kind != "team"]
        riders = [f[0] for f in raw if info[f[0]].kind == "rider"]
        if riders:
            if len(riders) == 1:
                best = riders[0]
            else:
                best = max(riders, key=lambda e: (scan.last_full.get(e, -1), info[e].latest))
            scan.last_full[best] = start
            scan.given_seen.update(info[best].given)
            return Span(start, end, best, "rider")
        if raw:
            result = self._teams(scan, first, last, start, end, raw)
            if result is not None:
                return result
        surnames = [form for form in forms if SURNAME <= form[1] <= PART]
        if surnames and scan.caps[last]:
            chosen = self._surname(scan, first, last, start, surnames)
            if chosen is not None:
                return self._span(start, end, chosen)
        return None

    def _race(
        self, scan: _Scan, first: int, last: int, forms: tuple[tuple[Any, ...], ...]
    ) -> Span | None:
        """The race the forms name, if the race rules let one (see the module docstring)."""
        caps = scan.caps
        for form in forms:
            if form[1] != RACE:
                break
            if not all(caps[first + i] for i in form[2] if first + i <= last):
                continue
            rule = form[3]
            if first > 0 and scan.toks[first - 1] in OTHER_SPORTS:
                continue  # "the mountain bike World Cup", "the gravel world championships"
            cues = self.index.info[form[0]].cues
            if rule in (R_SHORT, R_CONTEXT) and not self._race_word_ok(
                scan, first, last, rule, cues
            ):
                continue
            start, end = scan.span(first, last)
            scan.race_rule = rule
            return Span(start, end, form[0], "race")
        return None

    @staticmethod
    def _race_word_ok(scan: _Scan, first: int, last: int, rule: int, cues: tuple[str, ...]) -> bool:
        """The rules for a race's one-word and context forms ("Roubaix", "Tour"); ``cues``:
        the race's cue words."""
        toks, parts = scan.toks, scan.parts
        start, _ = scan.span(first, last)
        if first > 0 and parts[2 * first] == " ":
            before = toks[first - 1]
            if before in RACE_PLACE_BEFORE:
                return False  # "in Roubaix": the town
            if before == "of" and not (first > 1 and toks[first - 2] in RACE_OF_CUES):
                return False  # "the roads of Flanders"
        after = toks[last + 1] if last + 1 < len(toks) and parts[2 * last + 2] == " " else ""
        if after in RACE_PLACE_AFTER:
            return False  # "Flanders fields", "Roubaix velodrome"
        if after in RACE_CONNECTORS and last + 2 < len(toks):
            if rule == R_CONTEXT:
                return False  # "Tour of the factory", "Tour de Pologne"
            if scan.caps[last + 2] or toks[last + 2] in ARTICLES:
                return False  # "Giro di Sicilia", "Omloop van het Houtland"
        if after and scan.caps[last + 1] and not scan.title_case(start):
            return False  # "Flanders Classics", "Giro Aether"
        if rule == R_CONTEXT:
            if scan.sentence_initial(start):
                return False  # "Tour organisers said"
            if (
                scan.capitalised_before(first)
                and not scan.title_case(start)
                and toks[first - 1] not in cues  # "the Namur World Cup": its venue
            ):
                return False  # "the Simac Ladies Tour"
        return True

    def _settle_races(
        self, scan: _Scan, found: list[tuple[Span, tuple[Form, ...]]]
    ) -> list[tuple[Span, tuple[Form, ...]]]:
        """Keep a context form ("the Tour") only when the text names the race in full (or
        one whose id extends its id: the Femmes), or one of its cue words."""
        pending = set(scan.race_context)
        named: dict[str, list[int]] = {}  # race id -> where it is named in full, in order
        for index, (mention, _) in enumerate(found):
            if mention.kind == "race" and index not in pending:
                named.setdefault(mention.entity_id, []).append(mention.start)
        families: dict[str, list[tuple[int, str]]] = {}
        cued: dict[str, bool] = {}
        kept = []
        for index, (mention, teams) in enumerate(found):
            if index in pending:
                race = mention.entity_id
                family = families.get(race)
                if family is None:
                    family = sorted((pos, e) for e, starts in named.items()
                                    if e.startswith(race) for pos in starts)  # fmt: skip
                    families[race] = family
                if family:
                    at = bisect_left(family, (mention.start, ""))
                    entity_id = family[at - 1 if at else 0][1]
                    mention = Span(mention.start, mention.end, entity_id, "race")
                else:
                    if race not in cued:
                        cued[race] = any(map(scan.has_phrase, self.index.info[race].cues))
                    if not cued[race]:
                        continue
            kept.append((mention, teams))
        return kept

    def _teams(
        self, scan: _Scan, first: int, last: int, start: int, end: int, raw: list[tuple[Any, ...]]
    ) -> Span | tuple[Form, ...] | None:
        """The team the forms name, or its candidates to settle when the text is read."""
        info = self.index.info
        candidates = [form for form in raw if info[form[0]].kind == "team"]
        if len(candidates) > 1:
            candidates = sorted(set(candidates), key=itemgetter(5))  # by priority
        teams = [Form._make(form) for form in candidates]
        if teams and all(f.weak for f in teams):
            # "Sky", "Lotto": a team only in team context; settled when the text is read.
            cue = (first > 0 and toks_before(scan, first) in TEAM_CUES_BEFORE) or (
                last + 1 < len(scan.toks) and scan.toks[last + 1] in TEAM_CUES_AFTER
            )
            return tuple(f._replace(weak=2 if cue else 1) for f in teams)
        if len({f.entity_id for f in teams}) == 1:
            return self._span(start, end, teams[0].entity_id)
        if teams:
            return tuple(teams)
        return None

    def _surname(
        self, scan: _Scan, first: int, last: int, start: int, forms: list[tuple[Any, ...]]
    ) -> str | None:
        """The rider a surname alone names, if the rules let one (``forms``: plain tuples)."""
        info, toks, parts = self.index.info, scan.toks, scan.parts
        given_names = self.index.given_names
        if scan.after_preposition(first) and any(f[4] for f in forms):
            return None  # "in Bilbao": the place
        previous = toks[first - 1] if first > 0 and parts[2 * first] == " " else ""
        if (
            toks[first] in PARTICLES
            and not scan.caps[first]
            and (
                scan.capitalised_before(first)
                and previous not in NATIONALITIES
                and previous not in given_names
            )
        ):
            return None  # "Campo di Felice": the rest of another name
        surname = " ".join(toks[first : last + 1])
        if previous in given_names and scan.caps[first - 1]:
            # "Lewis Hamilton" is not Chris Hamilton
            forms = [f for f in forms if _same_given(previous, info[f[0]].given)]
            if not forms:
                scan.others[surname] = start
                return None
        elif (
            previous
            and previous not in NATIONALITIES
            and scan.capitalised_before(first)
            and not scan.title_case(start)
        ):
            scan.others[surname] = start
            return None  # "Brendon Hartley": someone whose first name the data does not know
        if scan.capitalised_after(last) and not scan.title_case(start):
            if first == last and toks[first] in given_names:
                return None  # "Martin Laas": a first name here
            if not any(toks[last + 1] in info[f[0]].given for f in forms):
                return None  # "Pauwels Sauzen": the start of a name the data does not know
        if first == last and len(word := scan.word(first)) <= 3 and word.isupper():
            return None  # "KO", "NAT", "OSS": an abbreviation (results in capitals say more)
        last_full = scan.last_full
        seen: list[tuple[int, str]] = [(last_full[f[0]], f[0]) for f in forms if f[0] in last_full]
        other = scan.others.get(surname, -1)
        if other > max(seen, default=(-1, ""))[0]:
            return None  # "Hartley" after "Brendon Hartley": his, not the rider's
        if seen:
            if previous and scan.capitalised_before(first) and previous not in NATIONALITIES:
                return None  # "runner Jess Martin" after Dan Martin: another Martin
            return max(seen)[1]
        if first == last and toks[first] in scan.given_seen:
            return None  # "Marie" after "Marie Schreiber": her first name, not Thierry Marie
        if first == last and toks[first] in self.index.common_given:
            return None  # "Adam": a first name first, not Teresa Adam
        if first == last and toks[first] in given_names:
            # "Philip" is a first name before it is a part of Nicolai Philip Nielsen's surname
            forms = [f for f in forms if f[1] != PART]
        opening = scan.sentence_initial(start) or scan.title_case(start)
        if opening:
            weak_ok: tuple[int, ...] = (PLAIN,)
        else:  # a word of German is no name in German text, where nouns are capitalised
            weak_ok = (PLAIN, NOT_INITIAL) if scan.german else (PLAIN, NOT_INITIAL, NOT_GERMAN)
        forms = [f for f in forms if f[3] in weak_ok]
        if not forms:
            return None
        whole: set[str] = {f[0] for f in forms if f[1] == SURNAME}
        owners = whole or {f[0] for f in forms}  # a whole surname beats a part of one
        active = {e for e in owners if self._active(e, scan.season)}
        if len(active) == 1:
            return active.pop()
        pool = active or owners  # nobody of the text's season: another era's star, if one
        stars = [e for e in pool if info[e].notable == STAR]
        if len(stars) == 1 and all(info[e].notable == MINOR for e in pool - {stars[0]}):
            return stars[0]  # "Kopecky": Lotte, not her namesakes of no note
        return None

    def _active(self, entity_id: str, season: int) -> bool:
        row = self.index.info[entity_id]
        return bool(row.latest) and row.first - 1 <= season <= row.latest + ACTIVE_SEASONS

    def _span(self, start: int, end: int, entity_id: str) -> Span:
        return Span(start, end, entity_id, self.index.info[entity_id].kind)  # type: ignore[arg-type]

    def name_of(self, entity_id: str) -> str:
        """The canonical name of an entity the matcher finds."""
        return self.index.info[entity_id].name

    def _weak_teams(
        self, found: list[tuple[Span, tuple[Form, ...]]]
    ) -> list[tuple[Span, tuple[Form, ...]]]:
        """A weak team name ("Sky") stays when a cue word is next to it, or when the text
        names the team otherwise or a rider who rode for it."""
        named = {m.entity_id for m, teams in found if m.kind == "team" and not
                 (teams and teams[0].weak)}  # fmt: skip
        named |= {f.entity_id for _, teams in found for f in teams if not f.weak}
        rider_teams: set[str] = set()
        for rider in {m.entity_id for m, _ in found if m.kind == "rider"}:
            rider_teams.update(self.index.teams_of(rider))
        kept = []
        for mention, teams in found:
            if teams and teams[0].weak:
                ids = {f.entity_id for f in teams}
                cue = teams[0].weak == 2 or ids & named or ids & rider_teams
                if not cue:
                    continue
                teams = tuple(f._replace(weak=0) for f in teams)
                if len(ids) == 1:
                    mention, teams = self._span(mention.start, mention.end, teams[0].entity_id), ()
            kept.append((mention, teams))
        return kept

    def _pending(
        self, scan: _Scan, first: int, last: int, teams: tuple[Form, ...]
    ) -> tuple[Span, tuple[Form, ...]]:
        start, end = scan.span(first, last)
        return self._span(start, end, teams[0].entity_id), teams

    def _settle_teams(self, scan: _Scan, found: list[tuple[Span, tuple[Form, ...]]]) -> list[Span]:
        """Keep weak team names only in team context; pick the men's or women's squad for
        names both share."""
        if not any(teams for _, teams in found):
            return [mention for mention, _ in found]
        info = self.index.info
        if any(teams and teams[0].weak for _, teams in found):
            found = self._weak_teams(found)
        genders = [(m.start, rider_gender) for m, _ in found
                   if m.kind == "rider" and (rider_gender := info[m.entity_id].gender)]  # fmt: skip
        counts: dict[str, int] = {}  # what Counter.most_common() gives, without its overhead
        for _, gender in genders:
            counts[gender] = counts.get(gender, 0) + 1
        overall = sorted(counts.items(), key=itemgetter(1), reverse=True)
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


def toks_before(scan: _Scan, first: int) -> str:
    return scan.toks[first - 1] if scan.parts[2 * first] in (" ", " - ") else ""


def _same_given(previous: str, given: tuple[str, ...]) -> bool:
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
