"""Does a headline, or the paragraph an article leads with, give a race's result away?

:func:`is_result` answers for a title and its lead; :func:`find_cue` says why (the family of the
cue and its words), which is what the benchmark lists for every miss and false alarm. The cues
and the words that neutralise them are in ``cues.py``; the rules that apply them are here:

- Text is folded and split into sentences (at ``. ! ? ;`` and ``:``, never inside "5. Etappe"
  or "1:20"); a result in any sentence of the title or the lead makes the article a result.
- A cue does not count when a modal stands just before it ("can beat", "wil ... pakken"), when
  an aspiration does ("chasing victory", "Favoriten auf den Sieg"), when its sentence is a
  question ("Wer gewinnt die Flandern-Rundfahrt?"), when it counts a career ("won four
  times"), when its sentence puts it in an earlier season ("won here last year", "im Vorjahr
  Dritter"), and, for a win, when what was won is no race ("the battle of words", "the Vélo
  d'Or") or the winner is a title the rider already holds ("the two-time Tour winner").
- Without a cue, a race report still counts (:func:`result_reason`): when unsure, it says
  result, since a leaked result is what spoiler-free readers hate most.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from leadout_tui.core.names.folding import fold
from leadout_tui.core.races.known import race_of
from leadout_tui.core.races.stages import stage_of
from leadout_tui.core.spoilers.cues import (
    ASPIRATIONS,
    FAMILIES,
    MODALS,
    NOT_RACES,
    NOT_REPORTS,
    PAST_SEASONS,
    RACE_WORDS,
    TITLE_HOLDERS,
)

__all__ = ["Cue", "CueFamily", "find_cue", "is_result", "result_reason"]

#: The cue families of ``cues.py``, and "report": a race report without a cue (``result_reason``).
CueFamily = Literal["win", "place", "lead", "gap", "list", "out", "report"]

#: How many words before a cue a modal or an aspiration still takes it back.
_MODAL_REACH = 4
_ASPIRATION_REACH = 4
#: How many words after a win (or before a winner) say what was won.
_OBJECT_REACH = 4


def _compile(alternation: str) -> re.Pattern[str]:
    return re.compile(alternation.replace("_", r"\s+"))


@functools.cache
def _cues() -> re.Pattern[str]:
    """Every cue of every family, as one pattern with a named group per family.

    Compiled on first use, not at import: it takes about 18 ms, which the reader would pay at
    every start even with the spoiler-free mode off. Every cue starts at a word or at a "+"
    (of "+0:48"): checking that first, once, lets the engine skip the other positions without
    trying each of the alternatives there.
    """
    return _compile(
        r"(?:\b|(?=\+))(?:"
        + "|".join(f"(?P<{name}>{'|'.join(parts)})" for name, parts in FAMILIES.items())
        + ")"
    )


_MODAL = _compile(rf"\b(?:{MODALS})\b")
_ASPIRATION = _compile(rf"\b(?:{ASPIRATIONS})\b")
_PAST_SEASON = _compile(rf"\b(?:{PAST_SEASONS})\b")
_NOT_RACE = _compile(rf"\b(?:{NOT_RACES})\b")
_TITLE_HOLDER = _compile(rf"(?:^|\s)(?:{TITLE_HOLDERS})\s+(?:\S+\s+)?$")
_SENTENCE_END = re.compile(r"(?<=[!?;])\s+|(?<=[^\W\d]{2}\.)\s+|(?<=:)\s+|\n+")
#: "Evenepoel: 'I want to win Liège'", "Pidcock: I am ready": a name, a colon and a quotation
#: or a first person is an interview.
_QUOTES = "\"'\u00ab\u201c\u201d\u2018\u2019\u201e"
_INTERVIEW = re.compile(
    rf"[^:]{{2,60}}:\s*(?:[{_QUOTES}]|(?:I|I'm|We|Ik|Je|J'|Io|Noi|Yo|Ich|Wir)\b)"
)
#: Italian and Spanish future tense ("correrà", "salterà", "correrá"): news of what will be.
_FUTURE = re.compile(r"\w(?:rà|rá|ranno|rán)\b")
_RACE_WORD = _compile(rf"\b(?:{RACE_WORDS})\b")
_NOT_REPORT = _compile(rf"\b(?:{NOT_REPORTS})\b")
#: "won four times" counts a career, not today's race ("voor de vierde keer" is today's).
_CAREER_COUNT = _compile(
    r"^\s*(?:\S+\s+){0,2}?(?:\d+|two|three|four|five|twee|drie|vier|vijf|deux|trois|quatre"
    r"|cinq|due|tre|quattro|cinque|dos|tres|cuatro|cinco|zwei|drei|funf)_(?:times|keer|maal"
    r"|fois|volte|veces|mal)\b"
)
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


@dataclass(frozen=True)
class Cue:
    """Why a text counts as a result: the family of the cue and the (folded) words found."""

    family: CueFamily
    words: str


def is_result(title: str, lead: str = "") -> bool:
    """Whether the headline or the paragraph the article leads with tells a race's result."""
    return result_reason(title, lead) is not None


def result_reason(title: str, lead: str = "") -> Cue | None:
    """Why the article counts as a result (None when it does not).

    A cue in the title, else one in the lead; else, when the title or lead is about a race (a
    race or stage named, a race word such as "sprint" or "peloton") and nothing says it is a
    preview, an interview, a transfer, tech or news of the future (no question either, no
    quotation or first person after a name and a colon, no verb in the Italian or Spanish
    future), a ``report`` cue: a race report that tells its result in words no list has
    ("Brutal crosswinds split the peloton") is better hidden than leaked.
    """
    cue = find_cue(title) or (find_cue(lead) if lead else None)
    if cue is not None:
        return cue
    text = fold(f"{title}\n{lead}")
    if "?" in text or _INTERVIEW.match(title) or _FUTURE.search(f"{title}\n{lead}"):
        return None
    if _NOT_REPORT.search(text):
        return None
    race = _RACE_WORD.search(text)
    if race is not None:
        return Cue("report", race.group())
    named = race_of(text) or (f"stage {stage}" if (stage := stage_of(text)) is not None else None)
    return Cue("report", named) if named else None


def find_cue(text: str) -> Cue | None:
    """The first cue in ``text`` that tells a result, or None when it tells none."""
    for sentence in _SENTENCE_END.split(fold(text)):
        if sentence.rstrip().endswith("?") or _PAST_SEASON.search(sentence):
            continue
        for match in _cues().finditer(sentence):
            if not _taken_back(sentence, match):
                family: CueFamily = match.lastgroup  # type: ignore[assignment]
                return Cue(family, match.group().strip())
    return None


def _taken_back(sentence: str, match: re.Match[str]) -> bool:
    before = _WORD.findall(sentence[: match.start()])
    # "muss die Tour aufgeben", "forced to abandon": having to leave a race is leaving it.
    if match.lastgroup != "out" and _MODAL.search(" ".join(before[-_MODAL_REACH:])):
        return True
    if _ASPIRATION.search(" ".join(before[-_ASPIRATION_REACH:])):
        return True
    if match.lastgroup == "win":
        if _TITLE_HOLDER.search(sentence[: match.start()]):
            return True
        if _CAREER_COUNT.search(sentence[match.end() :]):
            return True
        after = _WORD.findall(sentence[match.end() :])[:_OBJECT_REACH]
        won = " ".join((*before[-_OBJECT_REACH:], *_WORD.findall(match.group()), *after))
        return _NOT_RACE.search(won) is not None
    return False
