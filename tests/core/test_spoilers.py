"""Spoiler detection, one rule per test where it can be, in the six languages of the feeds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from leadout_tui.core.spoilers.detect import find_cue, is_result, result_reason
from leadout_tui.core.spoilers.hiding import hidden_title, in_spoiler_window, is_hidden

RESULTS = {
    "en": [
        "Pogačar wins stage 5 of the Tour de France in Lille",
        "Vingegaard takes the yellow jersey after Hautacam attack",
        "Van Aert 2nd, Pedersen 3rd as Philipsen doubles up",
        "Evenepoel loses 1:20 to Pogačar on the Tourmalet",
        "Results: Paris-Roubaix 2026",
        "Roglič crashes out of the Vuelta on stage 9",
        "Victory for Pedersen in Gent-Wevelgem",
    ],
    "nl": [
        "Wiebes sprint naar winst in Scheldeprijs",
        "Van der Poel wint Ronde van Vlaanderen",
        "Pogačar pakt ritzege en gele trui op Hautacam",
        "Pieterse derde in Amstel Gold Race",
        "Philipsen stapt af na val in zesde etappe",
        "Uitslag Omloop Het Nieuwsblad",
    ],
    "fr": [
        "Victoire de Pogačar au sommet de Hautacam",
        "Van der Poel remporte Paris-Roubaix pour la troisième fois",
        "Vingegaard s\u2019impose au mont Ventoux",
        "Ferrand-Prévot s'empare du maillot jaune",
        "Romain Grégoire deuxième derrière Van Aert",
        "Abandon de Roglič après sa chute",
    ],
    "it": [
        "Pogačar vince la tappa e allunga in classifica",
        "Del Toro conquista la maglia rosa sul Blockhaus",
        "Tiberi secondo, Ayuso terzo: il podio della Tirreno",
        "Vingegaard perde 35 secondi nella cronometro",
        "Ordine d'arrivo della 9ª tappa del Giro",
    ],
    "es": [
        "Ayuso gana la etapa y se coloca líder de la Vuelta",
        "Vingegaard se impone en la Bola del Mundo",
        "Roglič pierde el maillot rojo en la contrarreloj",
        "Segundo puesto para Ayuso en la Itzulia",
        "Marc Soler abandona la Vuelta tras una caída",
    ],
    "de": [
        "Pogačar gewinnt die Tour de France zum vierten Mal",
        "Sieg für Kooij im Sprint von Poznań",
        "Vingegaard holt sich das Gelbe Trikot",
        "Zweiter Platz für Ackermann in Berlin",
        "Evenepoel verliert zwei Minuten am Tourmalet",
        "Ergebnisse der 5. Etappe",
    ],
}
NOT_RESULTS = {
    "en": [
        "Pogačar wins the battle of words with Vingegaard",  # no race was won
        "Can Vingegaard win the Tour?",  # a question, and "win" is no finite verb
        "Preview: who will win Flanders?",
        "Evenepoel: 'I want to win Liège'",
        "Pogačar named Vélo d'Or winner for the third time",  # a prize, not a race
        "Jonas Vingegaard, the two-time Tour winner, will ride the Vuelta",
        "Pedersen signs two-year extension with Lidl-Trek",
    ],
    "nl": [
        "Kan Van Aert de Ronde nog winnen?",
        "Voorbeschouwing Parijs-Roubaix: wie wint de Hel van het Noorden?",
        "Evenepoel wil de Tour winnen in 2027",
        "Lotte Kopecky wint Kristallen Fiets",
    ],
    "fr": [
        "Pogačar peut-il gagner Paris-Roubaix ?",
        "Evenepoel : « Je veux gagner le Tour »",
        "Pogačar remporte le Vélo d'or pour la troisième fois",
        "Transfert : Lenny Martinez prolonge avec Bahrain Victorious",  # a team's name
    ],
    "it": [
        "Chi vincerà la Milano-Sanremo? I favoriti",
        "Pogačar: «Voglio vincere la Sanremo»",
        "Secondo Pogačar la Sanremo è la corsa più difficile",  # "according to", no placing
    ],
    "es": [
        "¿Puede Ayuso ganar la Vuelta?",
        "Ayuso: «Quiero ganar el Giro»",
        "Pogačar gana el premio al mejor deportista del año",
    ],
    "de": [
        "Vorschau: Wer gewinnt die Flandern-Rundfahrt?",
        "Evenepoel: \u201eIch will die Tour gewinnen\u201c",
        "Pogačar gewinnt das Wortgefecht mit Vingegaard",
        "Lipowitz verlängert bis 2029",  # German "bis", not the Italian encore
    ],
}


@pytest.mark.parametrize(
    ("lang", "title"), [(lang, t) for lang, titles in RESULTS.items() for t in titles]
)
def test_results_are_found_in_every_language(lang: str, title: str) -> None:
    assert is_result(title), lang


@pytest.mark.parametrize(
    ("lang", "title"), [(lang, t) for lang, titles in NOT_RESULTS.items() for t in titles]
)
def test_what_only_sounds_like_a_result_is_not_one(lang: str, title: str) -> None:
    assert not is_result(title), (lang, result_reason(title))


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Milan outsprints Merlier in Nancy", "win"),
        ("Paul Seixas finishes third at the Dauphiné", "place"),
        ("X takes the yellow jersey", "lead"),
        ("Del Toro in rosa dopo la cronoscalata", "lead"),
        ("Jorgenson at 24 seconds", "gap"),
        ("Giro d'Italia, la classifica generale dopo la 16ª tappa", "list"),
        ("Sturz: Roglič muss die Tour aufgeben", "out"),
    ],
)
def test_each_kind_of_result_has_its_cue(title: str, family: str) -> None:
    cue = find_cue(title)
    assert cue is not None and cue.family == family


def test_a_neutral_headline_is_a_result_when_the_article_leads_with_one() -> None:
    title = "What a day on the Planche des Belles Filles"
    assert is_result(title, "Jonas Vingegaard won the stage by 19 seconds.")
    assert not is_result("What a day for cycling fans", "The sun shone on the team buses.")


def test_an_earlier_season_is_no_spoiler() -> None:
    lead = "The climb is 13.5 kilometres at 7.8 per cent. Tadej Pogačar won here last year."
    assert not is_result("Stage 12 preview: a summit finish at Hautacam", lead)
    assert not is_result("Kan Lipowitz die Tour gewinnen?", "Der Deutsche war im Vorjahr Dritter.")


def test_a_race_report_without_a_result_word_is_still_hidden() -> None:
    reason = result_reason("Brutal crosswinds split the Paris-Nice peloton")
    assert reason is not None and reason.family == "report"


@pytest.mark.parametrize(
    "title",
    [
        "Tour de France 2027 route revealed",
        "Stage 20 preview: one last chance for the climbers",
        "How to watch the Giro d'Italia: TV and streaming guide",
        "Ganna salterà il Tour per preparare i Mondiali",  # Italian future tense
        "Pidcock: I am ready for the Giro",  # a first person after a colon: an interview
        "Vingegaard crashes at training camp in Spain",
    ],
)
def test_race_news_that_is_no_report_is_not_hidden(title: str) -> None:
    assert not is_result(title), result_reason(title)


def test_a_hidden_headline_names_the_race_and_stage_but_not_the_winner() -> None:
    title = "Pogačar wins stage 5 of the Tour de France in Lille"
    assert hidden_title(title) == "Tour de France, stage 5 \u2014 result hidden"
    assert "Poga" not in hidden_title(title)


def test_a_hidden_headline_uses_what_the_caller_knows_first() -> None:
    assert hidden_title("Pogačar wins", "Giro d'Italia", 16) == (
        "Giro d'Italia, stage 16 \u2014 result hidden"
    )
    assert hidden_title("Ganna fastest", "Tour de Romandie", 0) == (
        "Tour de Romandie, prologue \u2014 result hidden"
    )


def test_a_hidden_headline_leaves_out_what_nobody_knows() -> None:
    assert hidden_title("Ergebnisse der 5. Etappe") == "Stage 5 \u2014 result hidden"
    assert hidden_title("Van der Poel wint de Ronde van Vlaanderen") == (
        "Tour of Flanders \u2014 result hidden"
    )
    assert hidden_title("Pogačar wins again") == "Result hidden"


PUBLISHED = datetime(2026, 7, 8, 16, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("after", "inside"),
    [
        (timedelta(0), True),
        (timedelta(hours=35, minutes=59), True),
        (timedelta(hours=36), False),  # the window's end is excluded
        (timedelta(days=3), False),
        (-timedelta(hours=2), True),  # dated ahead of our clock: still inside
    ],
)
def test_the_spoiler_window_lasts_36_hours(after: timedelta, inside: bool) -> None:
    assert in_spoiler_window(PUBLISHED, PUBLISHED + after) is inside


def test_the_spoiler_window_follows_the_setting() -> None:
    assert in_spoiler_window(PUBLISHED, PUBLISHED + timedelta(hours=40), spoiler_hours=48)
    assert not in_spoiler_window(PUBLISHED, PUBLISHED + timedelta(hours=13), spoiler_hours=12)


def test_the_spoiler_window_needs_aware_datetimes() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        in_spoiler_window(PUBLISHED.replace(tzinfo=None), PUBLISHED)


def test_only_a_result_inside_its_window_is_hidden() -> None:
    title, later = "Pogačar wins stage 5", PUBLISHED + timedelta(hours=3)
    assert is_hidden(title, "", PUBLISHED, later)
    assert not is_hidden(title, "", PUBLISHED, PUBLISHED + timedelta(hours=37))
    assert not is_hidden("Pedersen signs with Lidl-Trek", "", PUBLISHED, later)
