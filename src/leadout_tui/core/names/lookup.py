"""Name look-ups over the gazetteer: a tiered, forgiving ``lookup`` and a fuzzy ``search``.

Both work on folded keys (see folding.py), so case and accents never matter here; the
matcher (matcher.py) is the strict one. Reached through ``loader.Names``.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from collections.abc import Iterable

from leadout_tui.core.names.entities import Entity
from leadout_tui.core.names.folding import key, tokens
from leadout_tui.core.names.words import split_name

EXACT, ALIAS, SURNAME, FIRST_NAME, FUZZY = range(5)
#: Search scores from here up mean every typed word starts a word of the name.
WORD_MATCH = 700


def _initials(words: tuple[str, ...]) -> str:
    return "".join(word[0] for word in words)


class NameIndex:
    """Keys of every entity by tier, and one searchable line per entity."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities = sorted(entities, key=lambda e: (-e.latest_season, e.name, e.id))
        self.current = max((e.latest_season for e in self.entities), default=0)
        self.tiers: list[dict[str, list[int]]] = [{} for _ in range(FUZZY)]
        self.prefixes: dict[str, set[int]] = {}
        lines = []
        for index, entity in enumerate(self.entities):
            for tier, name in self._keys(entity):
                slot = self.tiers[tier].setdefault(name, [])
                if index not in slot:
                    slot.append(index)
            line = " ".join(dict.fromkeys(key(n) for n in entity.all_names))
            lines.append(line)
            for word in set(line.split()):
                for size in range(1, min(len(word), 3) + 1):
                    self.prefixes.setdefault(word[:size], set()).add(index)
        self.lines = lines
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
                      *entity.former_names):  # fmt: skip
            yield ALIAS, key(alias)
        if entity.kind == "team":
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
        compact = wanted.replace(" ", "")
        if len(compact) <= 3 and " " not in wanted:
            candidates: Iterable[int] = self.prefixes.get(compact, ())
        else:
            pattern = "[^\n]*?".join(re.escape(char) for char in compact)
            candidates = {
                bisect_right(self.starts, match.start()) - 1
                for match in re.finditer(pattern, self.blob)
            }
        scored = []
        words = wanted.split()
        for index in candidates:
            if not self._kind_ok(index, kind):
                continue
            score = self._score(index, wanted, words, compact)
            if score and (not fuzzy_only or score >= 600):
                scored.append((-score, index))
        scored.sort()
        if scored and -scored[0][0] >= WORD_MATCH:
            # Names whose words start with what was typed exist: loose subsequence matches
            # ("vinge" in "KeVIN GEniets") would only bury them.
            scored = [item for item in scored if -item[0] >= WORD_MATCH]
        return [index for _, index in scored[:limit]]

    def _score(self, index: int, wanted: str, words: list[str], compact: str) -> int:
        """1000 exact, 900 name prefix, 800/700 every typed word starts a word, less: fuzzy."""
        line = self.lines[index]
        name = key(self.entities[index].name)
        if name == wanted:
            return 1000
        if name.startswith(wanted):
            return 900
        line_words = line.split()
        if all(any(w.startswith(q) for w in line_words) for q in words):
            surname_hit = any(w.startswith(words[0]) for w in name.split()[1:])
            return 800 if surname_hit else 700
        # Subsequence: fewer gaps score higher.
        match = re.search("[^ ]*?".join(re.escape(c) for c in compact), line)
        if match is None:
            match = re.search(".*?".join(re.escape(c) for c in compact), line)
            if match is None:
                return 0
        return max(1, 500 - (match.end() - match.start() - len(compact)) * 10)
