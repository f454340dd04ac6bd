"""Name look-ups over the gazetteer: a tiered, forgiving ``lookup`` and a fuzzy ``search``.

Both work on folded keys (see folding.py), so case and accents never matter here; the
matcher (matcher.py) is the strict one. Reached through ``loader.Names``.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable

from leadout_tui.core.names.entities import Entity
from leadout_tui.core.names.folding import key, tokens
from leadout_tui.core.names.words import split_name

EXACT, ALIAS, SURNAME, FIRST_NAME, FUZZY = range(5)
#: Search scores from here up mean every typed word starts a word of the name.
WORD_MATCH = 700
#: Typed text this short (one word) is looked up by its prefix in :attr:`NameIndex.prefixes`.
SHORT = 3


#: Races of equal score are listed by standing: typing "tour" offers the Tour de France before
#: the Tour Down Under.
RACE_RANK = {"grand tour": 1, "monument": 2, "championship": 3, "worldtour": 4,
             "cyclocross series": 5}  # fmt: skip


def _search_order(entity: Entity) -> tuple[int, int, str, str]:
    """Equal scores: current riders first, races by standing, then by name."""
    return -entity.latest_season, RACE_RANK.get(entity.category or "", 0), entity.name, entity.id


def _initials(words: tuple[str, ...]) -> str:
    return "".join(word[0] for word in words)


class NameIndex:
    """Keys of every entity by tier, and one searchable line per entity.

    Entities are numbered in the order search ranks equal scores (current riders first); the
    word and prefix tables hold those numbers in increasing order.
    """

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities = sorted(entities, key=_search_order)
        self.current = max((e.latest_season for e in self.entities), default=0)
        self.tiers: list[dict[str, list[int]]] = [{} for _ in range(FUZZY)]
        #: Up to SHORT letters -> the entities with a word (of any name) that starts so.
        self.prefixes: dict[str, list[int]] = {}
        #: Every word of any name -> the entities with it; ``words``: all of them, sorted.
        self.word_entities: dict[str, list[int]] = {}
        #: Each entity's name as a key, and " " + the words of it after the first.
        self.names: list[str] = []
        self.later_words: list[str] = []
        lines = []
        for index, entity in enumerate(self.entities):
            for tier, name in self._keys(entity):
                slot = self.tiers[tier].setdefault(name, [])
                if index not in slot:
                    slot.append(index)
            line = " ".join(dict.fromkeys(key(n) for n in entity.all_names))
            lines.append(line)
            words = set(line.split())
            for word in words:
                self.word_entities.setdefault(word, []).append(index)
            for prefix in {w[:size] for w in words for size in range(1, min(len(w), SHORT) + 1)}:
                self.prefixes.setdefault(prefix, []).append(index)
            name = key(entity.name)
            self.names.append(name)
            self.later_words.append(" " + " ".join(name.split()[1:]))
        self.words = sorted(self.word_entities)
        self.lines = lines
        #: Each line with a space before it: " " + word in it <=> a word of it starts so.
        self.spaced = [" " + line for line in lines]
        self.blob = "\n".join(lines)
        self.starts = [0]
        for line in lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.fuzzy_keys: dict[str, list[int]] = {}
        for tier in (EXACT, ALIAS, SURNAME):
            for name, indexes in self.tiers[tier].items():
                self.fuzzy_keys.setdefault(name, []).extend(indexes)

    @staticmethod
    def _keys(entity: Entity) -> Iterable[tuple[int, str]]:
        name_tokens = tokens(entity.name)
        yield EXACT, " ".join(name_tokens)
        yield EXACT, key(entity.ascii_name)
        for alias in (*entity.aliases, *entity.case_sensitive_aliases, *entity.short_names,
                      *entity.former_names, *entity.lowercase_names,
                      *entity.context_names):  # fmt: skip
            yield ALIAS, key(alias)
        if entity.kind != "rider":
            for name in (entity.name, *entity.short_names, *entity.former_names):
                words = tokens(name)
                for size in range(1, len(words)):
                    for start in range(len(words) - size + 1):
                        yield SURNAME, " ".join(words[start : start + size])
            return
        given, surname = split_name(name_tokens)
        if entity.case_sensitive_aliases or entity.wins:
            # Initials only for the riders famous enough to go by them: "vdp" is one rider.
            if len(name_tokens) >= 3:
                yield ALIAS, _initials(name_tokens)  # "mvdp"
            if len(surname) >= 3:
                yield ALIAS, _initials(surname)  # "vdp"
        for alias in (entity.name, *entity.aliases):
            alias_given, alias_surname = split_name(tokens(alias))
            if alias_surname and alias_given:
                yield SURNAME, " ".join(alias_surname)
                yield FIRST_NAME, alias_given[0]
        if len(surname) >= 2 and surname[0] not in ("van", "de", "del", "der", "o"):
            for word in surname:  # "skjelmose", "borghini": forgiving, not for the matcher
                yield SURNAME, word
        if given:
            yield FIRST_NAME, " ".join(given)

    def _kind_ok(self, index: int, kind: str | None) -> bool:
        return kind is None or self.entities[index].kind == kind

    def lookup(
        self, query: str, kind: str | None = None, all_tiers: bool = False
    ) -> list[tuple[Entity, int]]:
        """Candidates with their tier; only the best tier unless ``all_tiers``."""
        wanted = key(query)
        if not wanted:
            return []
        found: dict[int, int] = {}
        for tier in range(FUZZY):
            for index in self.tiers[tier].get(wanted, ()):
                if self._kind_ok(index, kind):
                    found.setdefault(index, tier)
            if found and not all_tiers:
                if tier != EXACT and len(found) > 1:
                    # "Tadej", "van der Poel": one current rider beats retired namesakes.
                    recent = self.current - 1
                    active = [i for i in found if self.entities[i].latest_season >= recent]
                    if len(active) == 1:
                        found = {active[0]: tier}
                break
        if all_tiers or not found:
            for entity_index in self._search_indexes(wanted, kind, 10, fuzzy_only=True):
                found.setdefault(entity_index, FUZZY)
            close = difflib.get_close_matches(wanted, self.fuzzy_keys, n=5, cutoff=0.8)
            for name in close:
                for index in self.fuzzy_keys[name]:
                    if self._kind_ok(index, kind):
                        found.setdefault(index, FUZZY)
        ranked = sorted(found.items(), key=lambda item: (item[1], item[0]))
        return [(self.entities[index], tier) for index, tier in ranked]

    def search(self, query: str, kind: str | None = None, limit: int = 20) -> list[Entity]:
        """Best matches for a partially typed name, best first."""
        wanted = key(query)
        if not wanted:
            return []
        return [self.entities[i] for i in self._search_indexes(wanted, kind, limit)]

    def _search_indexes(
        self, wanted: str, kind: str | None, limit: int, fuzzy_only: bool = False
    ) -> list[int]:
        """The best ``limit`` entities for ``wanted`` by score, then number.

        Candidates are the entities with the typed letters in order in their line (a
        subsequence). When some have every typed word starting a word (WORD_MATCH and up), only
        those count: loose subsequence matches ("vinge" in "KeVIN GEniets") would bury them.
        Those are found from the word and prefix tables; only when there are none is every
        line scanned.
        """
        compact = wanted.replace(" ", "")
        if len(compact) <= SHORT and " " not in wanted:
            return self._by_prefix(compact, kind, limit)  # every candidate is a word match
        words = wanted.split()
        matches = self._word_matches(wanted, words, compact, kind)
        if matches or fuzzy_only:  # fuzzy_only keeps scores of 600 and up: word matches
            return [index for _, index in sorted(matches)[:limit]]
        pattern = "[^\n]*?".join(re.escape(char) for char in compact)
        candidates = {
            bisect_right(self.starts, match.start()) - 1
            for match in re.finditer(pattern, self.blob)
        }
        scored = [(-self._score(index, wanted, words, compact), index)
                  for index in candidates if self._kind_ok(index, kind)]  # fmt: skip
        return [index for _, index in sorted(scored)[:limit]]

    def _by_prefix(self, typed: str, kind: str | None, limit: int) -> list[int]:
        """Search for one word of up to SHORT letters: every entity with a word starting so
        is a word match."""
        needle = " " + typed
        candidates = [i for i in self.prefixes.get(typed, ()) if self._kind_ok(i, kind)]
        scored = [(-self._short_score(index, typed, needle), index) for index in candidates]
        return [index for _, index in sorted(scored)[:limit]]

    def _short_score(self, index: int, typed: str, needle: str) -> int:
        """:meth:`_score` of an entity with a word starting with the one word ``typed``."""
        name = self.names[index]
        if name == typed:
            return 1000
        if name.startswith(typed):
            return 900
        return 800 if needle in self.later_words[index] else WORD_MATCH

    def _word_matches(
        self, wanted: str, words: list[str], compact: str, kind: str | None
    ) -> list[tuple[int, int]]:
        """(-score, number) of the candidates where every typed word starts a word."""
        fewest = min((self._with_word_prefix(word) for word in words), key=len)
        needles = [" " + word for word in words]
        in_order = re.compile("[^\n]*?".join(re.escape(char) for char in compact))
        matches = []
        for index in fewest:
            spaced = self.spaced[index]
            if (
                all(needle in spaced for needle in needles)
                and self._kind_ok(index, kind)
                and in_order.search(spaced)
            ):
                matches.append((-self._score(index, wanted, words, compact), index))
        return matches

    def _with_word_prefix(self, typed: str) -> Collection[int]:
        """The entities with a word that starts with ``typed`` (one word)."""
        if len(typed) <= SHORT:
            return self.prefixes.get(typed, ())
        start = bisect_left(self.words, typed)
        end = bisect_left(self.words, typed + "\U0010ffff", start)  # the words starting so
        found: set[int] = set()
        for word in self.words[start:end]:
            found.update(self.word_entities[word])
        return found

    def _score(self, index: int, wanted: str, words: list[str], compact: str) -> int:
        """1000 exact, 900 name prefix, 800/700 every typed word starts a word, less: fuzzy."""
        line = self.lines[index]
        name = self.names[index]
        if name == wanted:
            return 1000
        if name.startswith(wanted):
            return 900
        spaced = self.spaced[index]
        if all(" " + q in spaced for q in words):
            surname_hit = " " + words[0] in self.later_words[index]
            return 800 if surname_hit else 700
        # Subsequence: fewer gaps score higher.
        match = re.search("[^ ]*?".join(re.escape(c) for c in compact), line)
        if match is None:
            match = re.search(".*?".join(re.escape(c) for c in compact), line)
            if match is None:
                return 0
        return max(1, 500 - (match.end() - match.start() - len(compact)) * 10)
