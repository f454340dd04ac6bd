"""Which stage a headline is about: "stage 5", "5e étape", "quinta tappa", "5. Etappe".

:func:`stage_of` reads the stage number from a title (or any text) in English, Dutch, French,
Italian, Spanish and German, with digits or ordinal words up to 21; a prologue is stage 0. An
ordinal that counts wins rather than names a stage ("his third stage win", "her first stage
race") is not a stage number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from leadout_tui.core.names.folding import fold

__all__ = ["PROLOGUE", "stage_of", "stages_in_folded", "stages_of"]

#: The stage number :func:`stage_of` gives a prologue.
PROLOGUE = 0
_MAX_STAGE = 30

#: Ordinal words 1..21 in folded form, per language; index 0 is the first stage.
_ORDINALS = {
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first",
    "nl": "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde "
    "twaalfde dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende "
    "twintigste eenentwintigste",
    "fr": "premiere deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme "
    "dixieme onzieme douzieme treizieme quatorzieme quinzieme seizieme dix-septieme "
    "dix-huitieme dix-neuvieme vingtieme vingt-et-unieme",
    "it": "prima seconda terza quarta quinta sesta settima ottava nona decima undicesima "
    "dodicesima tredicesima quattordicesima quindicesima sedicesima diciassettesima "
    "diciottesima diciannovesima ventesima ventunesima",
    "es": "primera segunda tercera cuarta quinta sexta septima octava novena decima undecima "
    "duodecima decimotercera decimocuarta decimoquinta decimosexta decimoseptima "
    "decimoctava decimonovena vigesima vigesimoprimera",
    "de": "erste zweite dritte vierte funfte sechste siebte achte neunte zehnte elfte zwolfte "
    "dreizehnte vierzehnte funfzehnte sechzehnte siebzehnte achtzehnte neunzehnte "
    "zwanzigste einundzwanzigste",
}
#: Ordinal word -> number, multi-word ordinals spelled with single spaces ("dix septieme").
_ORDINAL_NUMBER = {
    word.replace("-", " "): index + 1
    for words in _ORDINALS.values()
    for index, word in enumerate(words.split())
}
# Other spellings of the same ordinals.
_ORDINAL_NUMBER |= {"seconde": 2, "decimoprimera": 11, "decimosegunda": 12,
                    "vigesima primera": 21}  # fmt: skip

#: "Stage five": English also counts stages with cardinals after the word.
_CARDINALS = """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty twenty-one"""
_CARDINAL_NUMBER = {
    word.replace("-", " "): index + 1 for index, word in enumerate(_CARDINALS.split())
}

_STAGE_WORDS = ("stage", "etappe", "etape", "tappa", "etapa", "rit")
#: A stage word, or a prologue: every stage a text names is found from one of these.
_ANCHOR = re.compile(
    rf"\b(?:(?P<stage>{'|'.join(_STAGE_WORDS)})|(?P<prologue>prologue|proloog|prologo|prolog))\b"
)
#: After the stage word: its number ("stage 5", "etappe nr. 5", "stage #5", "stage 5a").
_NUMBER_AFTER = re.compile(r"\s*(?:n[or]?\.?\s*|#\s*)?(\d{1,2})[ab]?\b")
#: After "stage": an English cardinal ("stage five", "stage twenty-one").
_CARDINAL_AFTER = re.compile(r"\s+([a-z]+(?:[\s-][a-z]+)?)\b")
#: Before the stage word: a number with its ordinal suffix ("5th", "5e", "5ème", "5ª", "5.").
_NUMBER_BEFORE = re.compile(
    r"(?:^|[^\w.])(\d{1,2})\s?(?:st|nd|rd|th|e|de|ste|eme|ieme|er|ere|re|a|o|\.)?\s*$"
)
#: Before the stage word: up to three words, the last of them maybe an ordinal.
_WORDS_BEFORE = re.compile(r"((?:[a-z]+[\s-]+){0,2}[a-z]+)\s+$")
#: After the stage word, words that make "third stage" a count of wins or a kind of race.
_NOT_A_STAGE = re.compile(
    r"\s+(?:wins?|winners?|victor(?:y|ies)|success(?:es)?|races?|racing|hunters?)\b"
)


def stage_of(text: str) -> int | None:
    """The first stage number ``text`` names (0 for a prologue), or None when it names none."""
    return next(_stages(fold(text)), None)


def stages_of(text: str) -> frozenset[int]:
    """Every stage number ``text`` names ("no fractures after stage 6, starts stage 7")."""
    return frozenset(_stages(fold(text)))


def stages_in_folded(folded: str) -> frozenset[int]:
    """:func:`stages_of` for text already folded (``leadout_tui.core.names.folding.fold``)."""
    return frozenset(_stages(folded))


#: What every anchor contains: most texts have none, and are skipped without a regex.
_HINTS = ("stage", "etap", "tappa", "rit", "prolo")


def _stages(folded: str) -> Iterator[int]:
    if not any(hint in folded for hint in _HINTS):
        return
    for anchor in _ANCHOR.finditer(folded):
        if anchor["prologue"]:
            yield PROLOGUE
            continue
        number = _number_after(folded, anchor) or _number_before(folded, anchor)
        if number is not None and 1 <= number <= _MAX_STAGE:
            yield number


def _number_after(folded: str, anchor: re.Match[str]) -> int | None:
    digits = _NUMBER_AFTER.match(folded, anchor.end())
    if digits:
        return int(digits[1])
    if anchor["stage"] == "stage":
        words = _CARDINAL_AFTER.match(folded, anchor.end())
        if words:
            parts = re.split(r"[\s-]+", words[1])
            for size in (2, 1):  # "stage twenty-one", "stage five of the Tour"
                number = _CARDINAL_NUMBER.get(" ".join(parts[:size]))
                if number is not None:
                    return number
    return None


def _number_before(folded: str, anchor: re.Match[str]) -> int | None:
    if _NOT_A_STAGE.match(folded, anchor.end()):
        return None
    before = folded[max(0, anchor.start() - 40) : anchor.start()]
    digits = _NUMBER_BEFORE.search(before)
    if digits:
        return int(digits[1])
    words = _WORDS_BEFORE.search(before)
    if not words:
        return None
    parts = re.split(r"[\s-]+", words[1])
    for size in (3, 2, 1):  # the longest ordinal that ends just before the stage word
        phrase = " ".join(parts[-size:])
        for candidate in (phrase, phrase[:-1]):  # "funften" -> "funfte"
            if len(parts) >= size and candidate in _ORDINAL_NUMBER:
                return _ORDINAL_NUMBER[candidate]
    return None
