"""The matcher's compiled form of the gazetteer: a trie over folded name tokens.

Every way an entity can be written becomes a path of folded tokens ending in a :class:`Form`
that says how a match must be checked against the original text (see matcher.py for the
rules). The trie is one flat dict keyed by the path (the tokens joined by spaces): a start
from a cache is then mostly strings, which load fast and cost the garbage collector nothing.
Building it for ~12,000 entities takes a few hundred milliseconds; the loader caches it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from leadout_tui.core.names.entities import Entity, Gazetteer
from leadout_tui.core.names.folding import TOKEN_SPLIT, fold_keep_case, tokens
from leadout_tui.core.names.words import (
    BRANDS,
    COMMON_WORDS,
    PARTICLES,
    PLACE_WORDS,
    STOP_PHRASES,
    split_name,
)

DIRECT, CASED, SURNAME, PART, BLOCK, RACE = range(6)
#: How a race's name is checked (``Form.weak`` of a RACE form): its full names and aliases;
#: a one-word form that is also a place or a word ("Roubaix", "Giro"); a form that needs a cue
#: in the text ("Tour"); a form matched in any case ("la corsa rosa").
R_FULL, R_SHORT, R_CONTEXT, R_LOWER = range(4)
#: How much context an ordinary-word name needs (``Form.weak``): none; not at the start of a
#: sentence or in a Title Case line ("Vos" is a Dutch word: "Vos won" alone is not enough);
#: always an earlier full name ("Strong", "Kuss": English words and German nouns); not at a
#: start, and in German text an earlier full name (a word of German: German capitalises its
#: nouns, so "in den Bergen" or "Zimmer" mid-sentence says nothing about a name).
PLAIN, NOT_INITIAL, CONTEXT, NOT_GERMAN = range(4)
#: Riders sharing a first name this often make it a first name first ("Adam" alone is not
#: Teresa Adam).
COMMON_GIVEN = 3
MINOR, ESTABLISHED, STAR = range(3)
_INITIAL_WORD = re.compile(r"[^\W\d_]\.?")
_ALL_CAPS_SHORT = re.compile(r"[A-Z0-9]{2,4}")
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_HONORIFICS = frozenset({"sir", "dr", "mr", "mrs", "ms", "dame"})
#: Token path ("mathieu van der poel") -> the forms (plain tuples) of the names written so,
#: or () for a path that only begins longer names. Every beginning of a path is a key.
Trie = dict[str, tuple[tuple[Any, ...], ...]]
#: The nested trie the builder fills: token -> child node; ``_TERMINAL`` holds the forms.
_Nested = dict[str, Any]
_TERMINAL = ""  # "" is never a token


class Form(NamedTuple):
    """One way of writing one entity, stored (as a plain tuple) at the end of its token path."""

    entity_id: str
    code: int  # DIRECT: any case, CASED: exact case, SURNAME / PART: surname rules, BLOCK, RACE
    #: CASED: the tokens as they must be written; RACE: the indexes of the tokens that must be
    #: capitalised (those capitalised in the data: "Olympic road race" needs "Olympic").
    cased: tuple[Any, ...] | None = None
    weak: int = PLAIN  # riders: see CONTEXT above; teams: any > 0 means mid-sentence only
    place: bool = False  # also a place: not after "in", "to", "from" ...
    priority: int = 0  # teams: 0 current name, 1 short name, 2 former name, 3 nickname


class EntityInfo(NamedTuple):
    """What the rules need to know about an entity (stored as a plain tuple)."""

    kind: str
    name: str
    gender: str | None
    given: tuple[str, ...]  # riders: folded given names (for "is this another person?")
    latest: int  # riders: the last season raced (0 when unknown)
    #: Riders: STAR (a major win or a nickname: the press cites them by surname alone),
    #: ESTABLISHED (a WorldTeam in their last season, three seasons or more raced) or
    #: MINOR. Among namesakes, the one star wins when every other one is minor.
    notable: int = 2
    first: int = 0  # riders: the first season raced
    teams: tuple[str, ...] = ()  # riders: every team they rode for
    #: Races: folded cue phrases that make a context name ("Tour") the race.
    cues: tuple[str, ...] = ()


class MentionIndex:
    """The trie, per-entity facts the rules need, and every rider given name.

    Only builtin types inside (tuples, not the NamedTuples above), so that the gazetteer can
    cache :meth:`state` with ``marshal`` and skip building it on the next start.
    """

    def __init__(
        self,
        trie: Trie,
        info: Mapping[str, tuple[Any, ...]],
        given_names: frozenset[str],
        common_given: frozenset[str] = frozenset(),
        no_rider_starts: frozenset[str] = frozenset(),
        branches: frozenset[str] = frozenset(),
    ) -> None:
        self.trie = trie
        #: The paths of the trie that longer names continue (the others end a walk).
        self.branches = branches
        self.info = dict(zip(info, map(EntityInfo._make, info.values()), strict=True))
        self.given_names = given_names
        #: First names of at least COMMON_GIVEN riders: alone, they are first names.
        self.common_given = common_given
        #: Tokens that begin names in the trie but, looked at a few tokens deep, no rider's
        #: (see :func:`_starts_a_rider`): after a surname, such a word is not a first name.
        self.no_rider_starts = no_rider_starts
        #: The latest season any rider has: the season of a text with no date.
        self.current = max((row.latest for row in self.info.values()), default=0)

    def starts_a_rider(self, token: str) -> bool:
        """Whether a rider's name may begin with the folded ``token``."""
        return token in self.trie and token not in self.no_rider_starts

    def teams_of(self, rider_id: str) -> tuple[str, ...]:
        """Every team the rider rode for (empty for anything else)."""
        return self.info[rider_id].teams

    def state(self) -> tuple[Any, ...]:
        """What :meth:`__init__` takes, in builtin types only (for ``marshal``)."""
        return (self.trie, {k: tuple(v) for k, v in self.info.items()}, self.given_names,
                self.common_given, self.no_rider_starts, self.branches)  # fmt: skip

    @classmethod
    def build(cls, gazetteer: Gazetteer) -> MentionIndex:
        builder = _Builder(gazetteer.ordinary_words)
        world_teams = {
            e.id
            for e in gazetteer.entities.values()
            if e.kind == "team" and e.categories and e.categories[-1][1] == "WT"
        }
        # Races first, so that a race's forms come first in their nodes (matcher.py relies on it).
        for entity in gazetteer.entities.values():
            if entity.kind == "race":
                builder.add_race(entity)
        for entity in gazetteer.entities.values():
            if entity.kind == "rider":
                builder.add_rider(entity, world_teams)
            elif entity.kind == "team":
                builder.add_team(entity)
        # Last, so that a stop phrase's form is the last of its node's (matcher.py relies on it).
        for phrase in STOP_PHRASES:
            builder.add(tokens(phrase), Form("", BLOCK))
        common = frozenset(n for n, c in builder.given_counts.items() if c >= COMMON_GIVEN)
        kinds = {entity_id: row[0] for entity_id, row in builder.info.items()}
        no_rider = frozenset(token for token, node in builder.trie.items()
                             if not _starts_a_rider(node, kinds))  # fmt: skip
        trie, branches = _flat(builder.trie)
        return cls(trie, builder.info, frozenset(builder.given_names), common, no_rider,
                   branches)  # fmt: skip


class _Builder:
    def __init__(self, ordinary_words: Mapping[str, str]) -> None:
        self.ordinary_words = ordinary_words
        self.trie: _Nested = {}
        self.info: dict[str, tuple[Any, ...]] = {}
        self.given_names: set[str] = set()
        self.given_counts: dict[str, int] = {}
        self.tokens = lru_cache(maxsize=None)(tokens)

    def add(self, path: tuple[str, ...], form: Form) -> None:
        if not path:
            return
        node: Any = self.trie
        for token in path:
            node = node.setdefault(token, {})
        forms = node.setdefault(_TERMINAL, ())
        if form not in forms:
            node[_TERMINAL] = (*forms, tuple(form))

    def _add_cased(self, entity_id: str, text: str, priority: int = 3) -> None:
        variants = [text]
        if text.startswith(("The ", "El ", "Il ", "Lo ", "Le ", "La ")):
            variants.append(text[0].lower() + text[1:])  # "the Cannibal"
        for variant in variants:
            cased = tuple(TOKEN_SPLIT.findall(fold_keep_case(variant)))
            self.add(self.tokens(variant), Form(entity_id, CASED, cased, priority=priority))

    def add_rider(
        self, rider: Entity, world_teams: frozenset[str] | set[str] = frozenset()
    ) -> None:
        given, _surname = self._split(_no_initials(rider.name))
        given_names = set(given[:1])
        for text in (rider.name, rider.ascii_name, rider.name.translate(_GERMAN), *rider.aliases):
            self.add(self.tokens(text), Form(rider.id, DIRECT))
        for text in rider.case_sensitive_aliases:
            self._add_cased(rider.id, text)
        for text in (rider.name, *rider.aliases):
            # Initials are never surnames: "Tobias S. Foss" is Foss, never "S" or "S Foss".
            alias_given, alias_surname = self._split(_no_initials(text))
            if alias_given and alias_surname:
                if alias_given[0] not in _HONORIFICS:
                    given_names.add(alias_given[0])
                self._add_surname(rider.id, alias_surname, SURNAME)
        # "Skjelmose" for "Mattias Skjelmose Jensen", "Borghini" for "Elisa Longo Borghini".
        name = _no_initials(rider.name)
        first_words = 1 if "-" in name.split()[0] else len(given)
        words = name.split()[first_words:]
        paths = [self.tokens(word) for word in words]
        if len(paths) >= 2 and all(path and path[0] not in PARTICLES for path in paths):
            for path in paths:
                self._add_surname(rider.id, path, PART)
        self.given_names.update(given_names)
        if given:
            self.given_counts[given[0]] = self.given_counts.get(given[0], 0) + 1
        seasons = rider.seasons or (0, 0)
        latest_teams = [t for s, t in rider.teams if s == seasons[1]]
        if rider.wins or rider.case_sensitive_aliases:
            notable = STAR
        elif seasons[1] - seasons[0] >= 2 and any(t in world_teams for t in latest_teams):
            notable = ESTABLISHED
        else:
            notable = MINOR
        self.info[rider.id] = ("rider", rider.name, rider.gender, tuple(sorted(given_names)),
                               seasons[1], notable, seasons[0],
                               tuple(sorted({t for _, t in rider.teams})), ())  # fmt: skip

    def _split(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(given, surname) tokens; a hyphenated first word is all given ("Pier-André Côté")."""
        words = text.split()
        if len(words) >= 2 and "-" in words[0]:
            return self.tokens(words[0]), self.tokens(" ".join(words[1:]))
        return split_name(self.tokens(text))

    def _add_surname(self, entity_id: str, path: tuple[str, ...], code: int) -> None:
        joined = " ".join(path)
        if not path or joined in BRANDS or len(joined) < 2:
            return  # a one-letter "surname" ("Mathias Sorgho W.") is a letter: "420 W"
        tags = self.ordinary_words.get(joined, "").split()
        self.add(path, Form(entity_id, code, weak=self._ordinary(joined, code, tags),
                             place=joined in PLACE_WORDS or "place" in tags))  # fmt: skip

    @staticmethod
    def _ordinary(joined: str, code: int, tags: list[str]) -> int:
        """How much context a surname needs (PLAIN, NOT_INITIAL, CONTEXT or NOT_GERMAN): a
        curated common word, an English word ("Strong", "That"), a German noun ("Kuss") or two
        letters ("Lu", "Na": words, abbreviations) always; a word of French, Spanish, Italian
        or Dutch ("Vos", "Renard") not at a sentence start, and a word of German ("Weiss",
        "Rutsch") also not in German text; one part of a longer surname that is a word of any
        of them always ("Côté", "Nevada")."""
        if joined in COMMON_WORDS or "en" in tags or "noun" in tags or len(joined) == 2:
            return CONTEXT
        langs = [t for t in tags if t not in ("place", "noun")]
        if langs:
            if code == PART:
                return CONTEXT
            return NOT_GERMAN if "de" in langs else NOT_INITIAL
        return PLAIN

    def add_team(self, team: Entity) -> None:
        self.info[team.id] = ("team", team.name, team.gender, (), 0, STAR, 0, (), ())
        names = [(team.name, 0), (team.ascii_name, 0)]
        names += [(n, 1) for n in team.short_names] + [(n, 2) for n in team.former_names]
        names += [(n, 1) for n in team.aliases]
        for text, priority in names:
            if _ALL_CAPS_SHORT.fullmatch(text):  # "UAE", "EF", "FDJ", "DSM": exact case
                self._add_cased(team.id, text, priority)
                continue
            words = text.split()
            variants = [text]
            if len(words) >= 3 and words[0].lower() == "team":
                variants.append(" ".join(words[1:]))  # "Team Jayco AlUla" -> "Jayco AlUla"
            if len(words) >= 3 and words[-1].lower() == "team":
                variants.append(" ".join(words[:-1]))  # "NSN Cycling Team" -> "NSN Cycling"
            for variant in variants:
                path = self.tokens(variant)
                joined = " ".join(path)
                if joined in BRANDS:
                    continue
                # A word ("Discovery", "Lions") or a German noun ("Telekom"): team context needed.
                tags = self.ordinary_words.get(joined, "").split()
                weak = joined in COMMON_WORDS or "en" in tags or "noun" in tags
                self.add(path, Form(team.id, DIRECT, weak=int(weak),
                                     place=joined in PLACE_WORDS, priority=priority))  # fmt: skip
        for text in team.case_sensitive_aliases:
            self._add_cased(team.id, text)

    def add_race(self, race: Entity) -> None:
        cues = tuple(" ".join(self.tokens(cue)) for cue in race.cues)
        self.info[race.id] = ("race", race.name, race.gender, (), 0, STAR, 0, (), cues)
        kinds = [(n, R_FULL) for n in (race.name, race.ascii_name, *race.aliases)]
        kinds += [(n, R_SHORT) for n in race.short_names]
        kinds += [(n, R_CONTEXT) for n in race.context_names]
        kinds += [(n, R_LOWER) for n in race.lowercase_names]
        for text, rule in kinds:
            path = self.tokens(text)
            words = TOKEN_SPLIT.findall(fold_keep_case(text))
            capitals = (
                ()
                if rule == R_LOWER
                else tuple(i for i, word in enumerate(words) if word[:1].isupper())
            )
            self.add(path, Form(race.id, RACE, capitals, weak=rule))


def _no_initials(name: str) -> str:
    """The name without middle initials ("Tobias S. Foss" -> "Tobias Foss")."""
    words = name.split()
    if len(words) < 3:
        return name
    inner = [w for w in words[1:-1] if not _INITIAL_WORD.fullmatch(w)]
    return " ".join([words[0], *inner, words[-1]])


def _flat(nested: _Nested) -> tuple[Trie, frozenset[str]]:
    """The nested trie as one dict keyed by token path, and the paths that have children."""
    flat: Trie = {}
    branches = set()
    pending = list(nested.items())
    while pending:
        path, node = pending.pop()
        flat[path] = node.get(_TERMINAL, ())
        children = [(f"{path} {token}", child) for token, child in node.items()
                    if token != _TERMINAL]  # fmt: skip
        if children:
            branches.add(path)
            pending += children
    return flat, frozenset(branches)


def _starts_a_rider(node: _Nested, kinds: Mapping[str, str]) -> bool:
    """Whether a rider's form is among :func:`_forms_below` ``node``: enough to tell a word
    that begins riders' names from one that begins only a team's or a stop phrase."""
    return any(kinds[form[0]] == "rider" for form in _forms_below(node))


def _forms_below(node: _Nested, depth: int = 3) -> list[tuple[Any, ...]]:
    """The entities' forms at ``node`` or, if it has none, in the first of its children (in the
    order they were added) that has some, ``depth`` tokens deep at most. A stop phrase's form
    names no entity: it is left out ("Van Rysel" under "van")."""
    forms = [form for form in node.get(_TERMINAL, ()) if form[1] != BLOCK]
    if depth and not forms:
        for token, child in node.items():
            if token != _TERMINAL:
                forms += _forms_below(child, depth - 1)
                if forms:
                    break
    return forms
