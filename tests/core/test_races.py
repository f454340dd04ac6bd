"""Stage numbers and well-known race names as headlines in six languages write them."""

from __future__ import annotations

import pytest

from leadout_tui.core.races.known import race_of
from leadout_tui.core.races.stages import PROLOGUE, stage_of


@pytest.mark.parametrize(
    ("title", "stage"),
    [
        ("Pogačar wins stage 5 of the Tour de France", 5),
        ("Tour de France stage 12 results", 12),
        ("Stage five: crosswinds split the bunch", 5),
        ("The fifth stage ends on a climb", 5),
        ("Philipsen wint de 3e etappe", 3),
        ("Ritprofiel zesde etappe: heuvels in de Ardennen", 6),
        ("Tour de France : Philipsen remporte la 3e étape au sprint", 3),
        ("Classement de la 12ème étape", 12),
        ("La première étape arrive à Lille", 1),
        ("Présentation de la dix-septième étape", 17),
        ("Ordine d'arrivo della 9ª tappa del Giro", 9),
        ("Anteprima: la quinta tappa", 5),
        ("Clasificación de la etapa 10 de la Vuelta", 10),
        ("Previa de la vigésima primera etapa", 21),
        ("Ergebnisse der 5. Etappe der Tour de France", 5),
        ("Vorschau auf die fünfte Etappe", 5),
        ("Ganna fastest in the prologue", PROLOGUE),
        ("Proloog voor Ganna", PROLOGUE),
    ],
)
def test_stage_numbers_in_six_languages(title: str, stage: int) -> None:
    assert stage_of(title) == stage


@pytest.mark.parametrize(
    "title",
    [
        "Pedersen takes his third stage win",  # a count of wins, not stage 3
        "Her first stage race of the year",
        "Tweede ritzege voor Kooij in de Giro",
        "Tour de France 2026 route revealed",
        "At this stage of the season",
        "Stage 45 of the world tour",  # no race has that many stages
        "Stage 2026",
    ],
)
def test_no_stage_number_where_none_is_named(title: str) -> None:
    assert stage_of(title) is None


def test_the_first_stage_named_is_the_one() -> None:
    assert stage_of("After stage 4, stage 5 goes to the Alps") == 4


@pytest.mark.parametrize(
    ("title", "race"),
    [
        ("Preview: who will win Flanders?", "Tour of Flanders"),
        ("Van der Poel wint Ronde van Vlaanderen", "Tour of Flanders"),
        ("Pogačar peut-il gagner Paris-Roubaix ?", "Paris-Roubaix"),
        ("Chi vincerà la Milano-Sanremo?", "Milan-San Remo"),
        ("Los favoritos para la Vuelta a España", "Vuelta a España"),
        ("Mailand-Sanremo: Van der Poel triumphiert", "Milan-San Remo"),
        ("Giro d\u2019Italia stage 5", "Giro d'Italia"),
        ("Evenepoel: 'I want to win Liège'", "Liège-Bastogne-Liège"),
        ("Kopecky wint het WK", "World Championships"),
    ],
)
def test_well_known_races_by_their_names_in_six_languages(title: str, race: str) -> None:
    assert race_of(title) == race


def test_the_longer_name_wins_at_the_same_place() -> None:
    assert race_of("Tour de France Femmes start list") == "Tour de France Femmes"
    assert race_of("Giro delle Fiandre: vince Pogačar") == "Tour of Flanders"
    assert race_of("Tour de France stage 5") == "Tour de France"


def test_no_race_where_none_is_named() -> None:
    assert race_of("Pedersen signs two-year extension with Lidl-Trek") is None
    assert race_of("Ronde van Drenthe") is None  # not on the short list, and not Flanders
