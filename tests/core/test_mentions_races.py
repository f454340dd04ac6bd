"""The race rules of the matcher (matcher.py), each pinned on the bundled gazetteer."""

from __future__ import annotations

import pytest

from leadout_tui.core.names.loader import load_names
from leadout_tui.core.names.matcher import MentionMatcher


@pytest.fixture(scope="module")
def real() -> MentionMatcher:
    return load_names().matcher


def races(matcher: MentionMatcher, text: str) -> list[tuple[str, str]]:
    """(the words matched, race id) for each race mention."""
    return [(text[m.start : m.end], m.entity_id) for m in matcher.find(text) if m.kind == "race"]


def test_full_names_and_aliases_in_the_languages_of_the_press(real: MentionMatcher) -> None:
    text = (
        "Ronde van Vlaanderen, Tour des Flandres, Giro delle Fiandre: De Ronde. Then "
        "Parigi-Roubaix, Luik-Bastenaken-Luik, Mailand-Sanremo and Vuelta a España."
    )
    assert [race for _, race in races(real, text)] == [
        *["race-tour-of-flanders"] * 4,
        "race-paris-roubaix",
        "race-liege-bastogne-liege",
        "race-milano-sanremo",
        "race-vuelta-a-espana",
    ]


def test_nicknames(real: MentionMatcher) -> None:
    text = ("He won the Hell of the North, then La Doyenne; she loves la corsa rosa and "
            "La Primavera, and the Race of the Falling Leaves ends the season.")  # fmt: skip
    assert [race for _, race in races(real, text)] == [
        "race-paris-roubaix",
        "race-liege-bastogne-liege",
        "race-giro-d-italia",
        "race-milano-sanremo",
        "race-il-lombardia",
    ]


def test_the_longest_name_wins(real: MentionMatcher) -> None:
    text = (
        "Vollering leads the Tour de France Femmes. Ewan won the Cadel Evans Great Ocean Road Race."
    )
    found = [(text[m.start : m.end], m.entity_id) for m in real.find(text)]
    assert ("Tour de France Femmes", "race-tour-de-france-femmes") in found
    assert ("Cadel Evans Great Ocean Road Race", "race-cadel-evans-great-ocean-road-race") in found
    assert "r-cadel-evans" not in {entity for _, entity in found}


def test_tour_alone_needs_context(real: MentionMatcher) -> None:
    assert races(real, "She won the Tour last year.") == []
    assert races(real, "They took a tour of the factory. Tour of the factory at nine.") == []
    assert races(real, "Tour organisers said nothing.") == []
    assert races(real, "The Tour de Pologne starts today and the Tour is next.") == []
    assert races(real, "A Grand Tour win, the Simac Ladies Tour, and the yellow jersey.") == []
    cued = "The Tour reaches Paris on Sunday, and Pogačar is in the yellow jersey."
    assert races(real, cued) == [("Tour", "race-tour-de-france")]
    named = "Pogačar won the Tour de France. The Tour ended in Paris."
    assert races(real, named) == [("Tour de France", "race-tour-de-france"),
                                  ("Tour", "race-tour-de-france")]  # fmt: skip


def test_the_tour_after_the_femmes_is_the_femmes(real: MentionMatcher) -> None:
    text = "Vollering won the Tour de France Femmes. The Tour was hard."
    assert [race for _, race in races(real, text)] == ["race-tour-de-france-femmes"] * 2


def test_flanders_the_race_and_the_region(real: MentionMatcher) -> None:
    assert races(real, "Pogačar won Flanders by a minute.") == [
        ("Flanders", "race-tour-of-flanders")
    ]
    assert races(real, "The winner of Flanders rode at Flanders again.") == [
        ("Flanders", "race-tour-of-flanders"),
        ("Flanders", "race-tour-of-flanders"),
    ]
    for text in ("They live in Flanders.", "The roads of Flanders are narrow.",
                 "Flanders fields are green.", "He rode across West Flanders.",
                 "Flanders Classics organises it.", "Through Flanders we drove."):  # fmt: skip
        assert races(real, text) == [], text


def test_roubaix_the_race_and_the_town(real: MentionMatcher) -> None:
    assert races(real, "He won Roubaix twice, and at Roubaix he crashed.") == [
        ("Roubaix", "race-paris-roubaix"),
        ("Roubaix", "race-paris-roubaix"),
    ]
    for text in ("The hotel is in Roubaix.", "The Roubaix velodrome is old.",
                 "She rides a Specialized Roubaix.", "We drove to Roubaix."):  # fmt: skip
        assert races(real, text) == [], text


def test_short_names_before_another_race_name_are_not_the_race(real: MentionMatcher) -> None:
    assert races(real, "The Giro di Sicilia and the Vuelta a Burgos are small.") == []
    assert races(real, "The Omloop van het Houtland is in September.") == []
    assert races(real, "The Giro starts in May, and the Vuelta a week later.") == [
        ("Giro", "race-giro-d-italia"),
        ("Vuelta", "race-vuelta-a-espana"),
    ]


def test_capitals_of_the_data_are_needed(real: MentionMatcher) -> None:
    assert races(real, "the olympic road race") == []
    assert races(real, "the Olympic road race") == [("Olympic road race", "race-olympic-road-race")]
    assert races(real, "La primavera is here.") == []
    assert races(real, "the world championships in Zurich") == [
        ("world championships", "race-world-championships-road")
    ]


def test_world_cup_needs_cyclocross_context(real: MentionMatcher) -> None:
    assert races(real, "Spain won the World Cup in football.") == []
    assert races(real, "After the cyclocross season, a mountain bike World Cup.") == []
    assert races(real, "Van Aert won the World Cup round in the mud of Namur.") == [
        ("World Cup", "race-cyclocross-world-cup")
    ]
    # A cyclocross World Cup venue is context enough: fans name the round by its town.
    assert races(real, "Fem van Empel won the World Cup in Namur.") == [
        ("World Cup", "race-cyclocross-world-cup")
    ]
    assert races(real, "Thibau Nys won the Namur World Cup.") == [
        ("World Cup", "race-cyclocross-world-cup")
    ]
    assert races(real, "Pidcock trained in Benidorm before the Vuelta.") == [
        ("Vuelta", "race-vuelta-a-espana")
    ]


def test_riders_and_teams_are_still_found_beside_races(real: MentionMatcher) -> None:
    text = "Mathieu van der Poel (Alpecin-Premier Tech) won Paris-Roubaix."
    assert [m.kind for m in real.find(text)] == ["rider", "team", "race"]


def test_another_discipline_before_a_race_name_is_not_the_road_race(real: MentionMatcher) -> None:
    assert races(real, "She won the mountain bike world championships in Andorra.") == []
    assert races(real, "Pidcock rides the gravel Worlds in October.") == []
    assert races(real, "Pogačar won the road world championships in Kigali.") == [
        ("world championships", "race-world-championships-road")
    ]
