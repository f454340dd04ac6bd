"""Riders for the gazetteer build: observations from every source merged into one person each.

An :class:`Obs` is what one source says about one rider (a name, gender, nationality, birth,
UCI id, team per season, the seasons they raced, wins). :meth:`People.add` merges it into the
person it is about:

1. the same UCI id;
2. else the same name (folded tokens, initials left out) and a birth and nationality that do
   not disagree (a full date must be equal; a year may be one off when either is worked out
   from an age);
3. else, when the observation has a birth date, a person with that date whose name tokens
   contain the observation's or are contained in them ("Jonas Vingegaard" and
   "VINGEGAARD RASMUSSEN Jonas", "Tobias S. Foss" and "Tobias Svendsen Foss");
4. else a new person.

Names have a priority (press names from the curated and collected data first, then the
accented forms of PCS and the UCI, then the ASCII forms); the best name is the person's name
and the others are kept as aliases.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from gazetteer_build.names import fold, nfc

_INITIAL = re.compile(r"^[A-Za-zÀ-ÿ]\.?$")


def name_tokens(name: str) -> frozenset[str]:
    """Folded name words, initials ("S." of "Tobias S. Foss") left out."""
    words = re.split(r"[\s\-.'’]+", fold(name).lower())
    return frozenset(w for w in words if len(w) > 1)


def drop_initials(name: str) -> str:
    """ "Tobias S. Foss" -> "Tobias Foss": a middle initial is never part of the press name."""
    words = name.split()
    if len(words) < 3:
        return name
    kept = [words[0], *[w for w in words[1:-1] if not _INITIAL.match(w)], words[-1]]
    return " ".join(kept)


@dataclass
class Obs:
    name: str
    gender: str
    source: str
    priority: int  # lower wins for the display name
    nat: str = ""
    born: str = ""  # "YYYY-MM-DD", "YYYY" or ""
    born_exact: bool = True  # False when the year is worked out from an age
    uci: str = ""
    aliases: list[str] = field(default_factory=list)
    cs: list[str] = field(default_factory=list)  # case-sensitive nicknames
    seasons: dict[int, list[str]] = field(default_factory=dict)  # season -> team ids
    active: set[int] = field(default_factory=set)
    wins: list[str] = field(default_factory=list)
    curated_id: str = ""
    strict: bool = False  # only merge by UCI id or birth date (homonym-prone sources)


@dataclass
class Person:
    gender: str
    names: list[tuple[int, str]] = field(default_factory=list)  # (priority, name)
    nat: tuple[int, str] = (99, "")
    born: str = ""
    born_exact: bool = False
    ucis: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    cs: list[str] = field(default_factory=list)
    seasons: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    active: set[int] = field(default_factory=set)
    wins: list[str] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    curated_id: str = ""
    keys: set[frozenset[str]] = field(default_factory=set)

    @property
    def name(self) -> str:
        return min(self.names)[1]


def _same_person_names(a: str, b: str) -> bool:
    """Born the same day: "Harry Sweeny" and "Harrison Sweeny", "Tom" and "Thomas Pidcock"
    (same surname, given names with the same initial)."""
    wa, wb = fold(a).lower().split(), fold(b).lower().split()
    return (len(wa) >= 2 and len(wb) >= 2 and _same_surname(wa[-1], wb[-1])
            and wa[0][:1] == wb[0][:1])


def _same_surname(a: str, b: str) -> bool:
    """The same last word, or one half of the other's double name: "Skalniak" raced on as
    "Skalniak-Sójka" after marrying."""
    return a == b or b in a.split("-") or a in b.split("-")


def _born_ok(a: Person, obs: Obs) -> bool:
    if not a.born or not obs.born:
        return True
    if len(a.born) == 10 and len(obs.born) == 10 and a.born != obs.born:
        # Two sources with different days (a typo in one) agree on the year and nationality.
        return a.born[:4] == obs.born[:4] and bool(obs.nat) and a.nat[1] == obs.nat
    if len(a.born) == 10 and len(obs.born) == 10:
        return True
    ya, yb = int(a.born[:4]), int(obs.born[:4])
    if a.born_exact and obs.born_exact:
        return ya == yb
    return abs(ya - yb) <= 1


def _nat_ok(a: Person, obs: Obs) -> bool:
    return not a.nat[1] or not obs.nat or a.nat[1] == obs.nat


class People:
    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_uci: dict[str, Person] = {}
        self._by_key: dict[tuple[str, frozenset[str]], list[Person]] = defaultdict(list)
        self._by_born: dict[tuple[str, str], list[Person]] = defaultdict(list)
        self._by_curated: dict[str, Person] = {}

    def find(self, obs: Obs) -> Person | None:
        if obs.curated_id and obs.curated_id in self._by_curated:
            return self._by_curated[obs.curated_id]
        if obs.uci and obs.uci in self._by_uci:
            return self._by_uci[obs.uci]
        keys = [name_tokens(n) for n in [obs.name, *obs.aliases]]
        if not obs.strict:
            for key in keys:
                found = [p for p in self._by_key.get((obs.gender, key), ())
                         if _born_ok(p, obs)
                         and (_nat_ok(p, obs) or len(obs.born) == 10 and p.born == obs.born)
                         and not (obs.uci and p.ucis and obs.uci not in p.ucis)]
                if found:
                    exact = [p for p in found if p.born and p.born == obs.born]
                    return (exact or found)[0]
        if obs.born:
            pool = [*self._by_born.get((obs.gender, obs.born), ()),
                    *self._by_born.get((obs.gender, obs.born[:4]), ())]
            if len(obs.born) == 4:
                pool += self._by_born.get((obs.gender, obs.born + "~"), [])
            for p in pool:
                if len(obs.born) == 4 or len(p.born) == 4:
                    # Only a year on one side: the same day is not known, so the nationality
                    # must agree too ("Chris" and "Christopher Hamilton", AUS, 1995).
                    if not (obs.nat and obs.nat == p.nat[1]) or not _born_ok(p, obs):
                        continue
                    if any(_same_person_names(n, m) for n in [obs.name, *obs.aliases]
                           for _, m in p.names):
                        return p
                    continue
                if not _nat_ok(p, obs):
                    continue
                if any(k and (k <= pk or pk <= k) and len(k & pk) >= 2 or k == pk
                       for k in keys for pk in p.keys):
                    return p
                if any(_same_person_names(n, m) for n in [obs.name, *obs.aliases]
                       for _, m in p.names):
                    return p
        if obs.strict:
            for key in keys:
                found = [p for p in self._by_key.get((obs.gender, key), ())
                         if p.born and obs.born and _born_ok(p, obs) and _nat_ok(p, obs)]
                if found:
                    return found[0]
        return None

    def by_surname_initial(self, surname: str, initial: str) -> list[Person]:
        """Men whose name ends with ``surname`` (folded, no spaces) and starts with ``initial``."""
        if not hasattr(self, "_surnames"):
            self._surnames: dict[tuple[str, str], list[Person]] = defaultdict(list)
            for p in self.people:
                if p.gender != "M":
                    continue
                for name in {n for _, n in p.names}:
                    words = fold(name).lower().split()
                    for i in range(1, len(words)):
                        key = ("".join(words[i:]).replace("-", "").replace("'", ""), words[0][:1])
                        if p not in self._surnames[key]:
                            self._surnames[key].append(p)
        return [p for p in self._surnames.get((surname.replace("-", "").replace("'", ""),
                                                initial), ()) if 2023 in p.active
                or 2024 in p.active or 2026 in p.active]

    def new(self, gender: str) -> Person:
        return Person(gender=gender)

    def index_tokens(self) -> None:
        """Every person under each word of their names (for the letour subset match)."""
        self._by_token: dict[tuple[str, str], list[Person]] = defaultdict(list)
        for p in self.people:
            for word in {w for k in p.keys for w in k}:
                self._by_token[(p.gender, word)].append(p)

    def add(self, obs: Obs) -> Person | None:
        if len(name_tokens(obs.name)) < 2:
            return None  # not a name ("- -" in a ranking)
        person = self.find(obs)
        if person is None:
            person = Person(gender=obs.gender)
            self.people.append(person)
        self.merge(person, obs)
        return person

    def merge(self, person: Person, obs: Obs) -> None:
        name = nfc(obs.name.strip())
        person.names.append((obs.priority, name))
        for alias in obs.aliases:
            alias = nfc(alias.strip())
            if alias and alias not in person.aliases:
                person.aliases.append(alias)
        for nick in obs.cs:
            if nick not in person.cs:
                person.cs.append(nick)
        if obs.nat and obs.priority < person.nat[0]:
            person.nat = (obs.priority, obs.nat)
        if obs.born:
            better = (len(obs.born) > len(person.born)
                      or (len(obs.born) == len(person.born) and obs.born_exact
                          and not person.born_exact))
            if not person.born or better:
                person.born, person.born_exact = obs.born, obs.born_exact
                self._by_born[(person.gender, person.born)].append(person)
                if len(person.born) == 10:  # also under its year, for sources with a year only
                    self._by_born[(person.gender, person.born[:4] + "~")].append(person)
        if obs.uci:
            person.ucis.add(obs.uci)
            self._by_uci.setdefault(obs.uci, person)
        for season, teams in obs.seasons.items():
            for team in teams:
                if team not in person.seasons[season]:
                    person.seasons[season].append(team)
            person.active.add(season)
        person.active |= obs.active
        for win in obs.wins:
            if win not in person.wins:
                person.wins.append(win)
        person.sources.add(obs.source)
        if obs.curated_id:
            person.curated_id = obs.curated_id
            self._by_curated[obs.curated_id] = person
        for text in [name, *obs.aliases]:
            key = name_tokens(text)
            if key and key not in person.keys:
                person.keys.add(key)
                self._by_key[(person.gender, key)].append(person)
