"""The one-line description of a race in the mentions pane and the pickers: when it is raced."""

from __future__ import annotations

import pytest

from leadout_tui.core.names.loader import Names, load_names
from leadout_tui.ui.entities import race_line


@pytest.fixture(scope="module")
def names() -> Names:
    return load_names()


@pytest.mark.parametrize(
    ("race_id", "line"),
    [
        # A cyclocross season crosses the new year: a span, not five months in a row.
        ("race-superprestige", "cyclocross series · October to February · men and women"),
        ("race-vuelta-a-espana", "grand tour · August/September · men"),
        ("race-tour-of-flanders", "monument · April · men and women"),
    ],
)
def test_a_race_line_names_its_months_briefly(names: Names, race_id: str, line: str) -> None:
    race = names.gazetteer.entities[race_id]
    assert race_line(race) == line
