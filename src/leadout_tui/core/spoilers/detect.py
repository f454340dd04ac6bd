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
from typing import Literal, NamedTuple

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


class _Patterns(NamedTuple):
    """The rules' patterns, compiled together on first use (see :func:`_patterns`)."""

    cues: re.Pattern[str]
    modal: re.Pattern[str]
    aspiration: re.Pattern[str]
    past_season: re.Pattern[str]
    not_race: re.Pattern[str]
    title_holder: re.Pattern[str]
    race_word: re.Pattern[str]
    not_report: re.Pattern[str]
    career_count: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """Every pattern built from the word lists of ``cues.py``.

    Compiled on first use, not at import: together they take about 25 ms, which the reader
    would pay at every start even with the spoiler-free mode off. Every cue starts at a word
    or at a "+" (of "+0:48"): checking that first, once, lets the engine skip the other
    positions without trying each of the alternatives there.
    """
    return _Patterns(
        cues=_compile(
            r"(?:\b|(?=\+))(?:"
            + "|".join(f"(?P<{name}>{'|'.join(parts)})" for name, parts in FAMILIES.items())
            + ")"
        ),
        modal=_compile(rf"\b(?:{MODALS})\b"),
        aspiration=_compile(rf"\b(?:{ASPIRATIONS})\b"),
        past_season=_compile(rf"\b(?:{PAST_SEASONS})\b"),
        not_race=_compile(rf"\b(?:{NOT_RACES})\b"),
        title_holder=_compile(rf"(?:^|\s)(?:{TITLE_HOLDERS})\s+(?:\S+\s+)?$"),
        race_word=_compile(rf"\b(?:{RACE_WORDS})\b"),
        not_report=_compile(rf"\b(?:{NOT_REPORTS})\b"),
        # "won four times" counts a career, not today's race ("voor de vierde keer" is today's).
        career_count=_compile(
            r"^\s*(?:\S+\s+){0,2}?(?:\d+|two|three|four|five|twee|drie|vier|vijf|deux|trois"
            r"|quatre|cinq|due|tre|quattro|cinque|dos|tres|cuatro|cinco|zwei|drei|funf)_(?:times"
            r"|keer|maal|fois|volte|veces|mal)\b"
        ),
    )


_SENTENCE_END = re.compile(r"(?<=[!?;])\s+|(?<=[^\W\d]{2}\.)\s+|(?<=:)\s+|\n+")
#: "Evenepoel: 'I want to win Liège'", "Pidcock: I am ready": a name, a colon and a quotation
#: or a first person is an interview.
_QUOTES = "\"'\u00ab\u201c\u201d\u2018\u2019\u201e"
_INTERVIEW = re.compile(
    rf"[^:]{{2,60}}:\s*(?:[{_QUOTES}]|(?:I|I'm|We|Ik|Je|J'|Io|Noi|Yo|Ich|Wir)\b)"
)
#: Italian and Spanish future tense ("correrà", "salterà", "correrá"): news of what will be.
_FUTURE = re.compile(r"\w(?:rà|rá|ranno|rán)\b")
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
    patterns = _patterns()
    if patterns.not_report.search(text):
        return None
    race = patterns.race_word.search(text)
    if race is not None:
        return Cue("report", race.group())
    named = race_of(text) or (f"stage {stage}" if (stage := stage_of(text)) is not None else None)
    return Cue("report", named) if named else None


def find_cue(text: str) -> Cue | None:
    """The first cue in ``text`` that tells a result, or None when it tells none."""
    patterns = _patterns()
    for sentence in _SENTENCE_END.split(fold(text)):
        if sentence.rstrip().endswith("?") or patterns.past_season.search(sentence):
            continue
        for match in patterns.cues.finditer(sentence):
            if not _taken_back(sentence, match):
                family: CueFamily = match.lastgroup  # type: ignore[assignment]
                return Cue(family, match.group().strip())
    return None


def _taken_back(sentence: str, match: re.Match[str]) -> bool:
    patterns = _patterns()
    before = _WORD.findall(sentence[: match.start()])
    # "muss die Tour aufgeben", "forced to abandon": having to leave a race is leaving it.
    if match.lastgroup != "out" and patterns.modal.search(" ".join(before[-_MODAL_REACH:])):
        return True
    if patterns.aspiration.search(" ".join(before[-_ASPIRATION_REACH:])):
        return True
    if match.lastgroup == "win":
        if patterns.title_holder.search(sentence[: match.start()]):
            return True
        if patterns.career_count.search(sentence[match.end() :]):
            return True
        after = _WORD.findall(sentence[match.end() :])[:_OBJECT_REACH]
        won = " ".join((*before[-_OBJECT_REACH:], *_WORD.findall(match.group()), *after))
        return patterns.not_race.search(won) is not None
    return False
