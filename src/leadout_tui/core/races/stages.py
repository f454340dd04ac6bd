"""Which stage a headline is about: "stage 5", "5e étape", "quinta tappa", "5. Etappe".

:func:`stage_of` reads the stage number from a title (or any text) in English, Dutch, French,
Italian, Spanish and German, with digits or ordinal words up to 21; a prologue is stage 0. An
ordinal that counts wins rather than names a stage ("his third stage win", "her first stage
race") is not a stage number.
"""

from __future__ import annotations

import re

from leadout_tui.core.names.folding import fold

__all__ = ["PROLOGUE", "stage_of"]

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

_STAGE_WORD = r"(?:stage|etappe|etape|tappa|etapa|rit)"
#: After the stage word, words that make "third stage" a count of wins or a kind of race.
_NOT_A_STAGE = r"(?!\s+(?:wins?|winners?|victor(?:y|ies)|success(?:es)?|races?|racing|hunters?))"
_SUFFIX = r"(?:st|nd|rd|th|e|de|ste|eme|ieme|er|ere|re|a|o|\.)?"


def _alternatives(words: dict[str, int]) -> str:
    """A regex alternation of ``words``, longest first, a space matching a space or a hyphen."""
    return "|".join(w.replace(" ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))


_STAGE = re.compile(
    rf"\b{_STAGE_WORD}\s*(?:n[or]?\.?\s*|#\s*)?(?P<after>\d{{1,2}})[ab]?\b"
    rf"|\bstage\s+(?P<cardinal>{_alternatives(_CARDINAL_NUMBER)})\b"
    rf"|\b(?P<before>\d{{1,2}})\s?{_SUFFIX}\s*{_STAGE_WORD}\b{_NOT_A_STAGE}"
    rf"|\b(?P<word>{_alternatives(_ORDINAL_NUMBER)})[nrsm]?\s+{_STAGE_WORD}\b{_NOT_A_STAGE}"
    r"|\b(?P<prologue>prologue|proloog|prologo|prolog)\b"
)


def stage_of(text: str) -> int | None:
    """The first stage number ``text`` names (0 for a prologue), or None when it names none."""
    for match in _STAGE.finditer(fold(text)):
        if match["prologue"]:
            return PROLOGUE
        if match["word"]:
            return _ORDINAL_NUMBER[re.sub(r"[\s-]+", " ", match["word"])]
        if match["cardinal"]:
            return _CARDINAL_NUMBER[re.sub(r"[\s-]+", " ", match["cardinal"])]
        number = int(match["after"] or match["before"])
        if 1 <= number <= _MAX_STAGE:
            return number
    return None
