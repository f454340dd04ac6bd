"""What the spoiler-free mode shows instead of a result, and for how long it hides one.

A race's results stay hidden the day it is run and the day after: for ``spoiler_hours`` (36 by
default) after the article was published (:func:`in_spoiler_window`). A hidden headline still
says what the article is about, without the result: "Tour de France, stage 5 — result hidden"
(:func:`hidden_title`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from leadout_tui.core.races.known import race_of
from leadout_tui.core.races.stages import PROLOGUE, stage_of
from leadout_tui.core.spoilers.detect import is_result

__all__ = ["HIDDEN", "SPOILER_HOURS", "hidden_title", "in_spoiler_window", "is_hidden"]

#: How long after it is published an article's result stays hidden (the config's default).
SPOILER_HOURS = 36
#: What a hidden headline ends with.
HIDDEN = "result hidden"


def hidden_title(title: str, race: str | None = None, stage: int | None = None) -> str:
    """The headline to show instead of ``title``: the race and stage, never the result.

    ``race`` and ``stage`` come from the caller when it knows them (the race a story is about);
    when it does not, they are read from the title itself (a well-known race, "stage 5",
    "5e étape"), and what is not known is left out: "Stage 5 — result hidden", "Result hidden".
    """
    race = race or race_of(title)
    stage = stage if stage is not None else stage_of(title)
    parts = []
    if race:
        parts.append(race)
    if stage is not None:
        parts.append("prologue" if stage == PROLOGUE else f"stage {stage}")
    if not parts:
        return HIDDEN.capitalize()
    about = ", ".join(parts)
    return f"{about[:1].upper()}{about[1:]} \u2014 {HIDDEN}"


def in_spoiler_window(
    published: datetime, now: datetime, spoiler_hours: float = SPOILER_HOURS
) -> bool:
    """Whether an article published at ``published`` may still spoil a race at ``now``.

    True from its publication until ``spoiler_hours`` later (the end excluded); an article
    dated in the future (a feed's clock ahead of ours) is inside too. Both datetimes must be
    timezone-aware.
    """
    if published.tzinfo is None or now.tzinfo is None:
        raise ValueError("in_spoiler_window needs timezone-aware datetimes")
    return now < published + timedelta(hours=spoiler_hours)


def is_hidden(
    title: str,
    lead: str,
    published: datetime,
    now: datetime,
    spoiler_hours: float = SPOILER_HOURS,
) -> bool:
    """Whether the spoiler-free mode hides this article now: a result, inside its window."""
    return in_spoiler_window(published, now, spoiler_hours) and is_result(title, lead)
