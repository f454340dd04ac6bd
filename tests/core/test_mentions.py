"""The mention matcher's rules, one test (or a few) each, on a small hand-made gazetteer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leadout_tui.core.models import Span
from leadout_tui.core.names.entities import Gazetteer
from leadout_tui.core.names.files import parse_bundled
from leadout_tui.core.names.folding import key
from leadout_tui.core.names.matcher import MentionMatcher, count_entities, mentions_to_json

RIDERS = """\
id,name,ascii,aliases,case_sensitive_aliases,nationality,gender,born,teams
r-tadej-pogacar,Tadej Pogačar,Tadej Pogacar,,Pogi,SLO,M,1998,2025:t-uae;2026:t-uae
r-jonas-vingegaard,Jonas Vingegaard,,,,DEN,M,1996,2026:t-visma
r-michael-morkov,Michael Mørkøv,Michael Morkov,,,DEN,M,1985,2024:t-astana
r-mattias-skjelmose,Mattias Skjelmose,,Skjelmose Jensen,,DEN,M,2000,2026:t-lidl-trek
r-wout-van-aert,Wout van Aert,,,,BEL,M,1994,2026:t-visma
r-mathieu-van-der-poel,Mathieu van der Poel,,,MvdP,NED,M,1995,2026:t-alpecin
r-simon-yates,Simon Yates,,,,GBR,M,1992,2026:t-visma
r-adam-yates,Adam Yates,,,,GBR,M,1992,2026:t-uae
r-dan-martin,Dan Martin,,Daniel Martin,,IRL,M,1986,2021:t-israel
r-guillaume-martin,Guillaume Martin,,,,FRA,M,1993,2026:t-groupama
r-martin-laas,Martin Laas,,,,EST,M,1993,2022:t-bora
r-mark-cavendish,Mark Cavendish,,,Manx Missile|Cav,GBR,M,1985,2024:t-astana
r-remco-evenepoel,Remco Evenepoel,,,Remco,BEL,M,2000,2026:t-bora
r-corbin-strong,Corbin Strong,,,,NZL,M,2000,2026:t-nsn
r-ben-oconnor,Ben O'Connor,,,,AUS,M,1995,2026:t-jayco
r-tom-pidcock,Tom Pidcock,,Thomas Pidcock,,GBR,M,1999,2026:t-q36
r-chris-hamilton,Chris Hamilton,,,,AUS,M,1995,2026:t-picnic
r-lewis-askey,Lewis Askey,,,,GBR,M,2001,2026:t-groupama
r-lotte-kopecky,Lotte Kopecky,,,,BEL,F,1995,2026:t-sd-worx
r-elisa-balsamo,Elisa Balsamo,,,,ITA,F,1998,2026:t-lidl-trek-women
r-jonathan-milan,Jonathan Milan,,,,ITA,M,2000,2026:t-lidl-trek
r-soren-waerenskjold,Søren Wærenskjold,Soren Waerenskjold,,,NOR,M,2000,2026:t-uno-x
r-elisa-longo-borghini,Elisa Longo Borghini,,,,ITA,F,1991,2026:t-uae-adq
r-antonio-tiberi,Antonio Tiberi,,,,ITA,M,2001,2026:t-bahrain-victorious
"""
TEAMS = """\
id,name,gender,short_names,former_names,nicknames,years,uci_codes
t-uae-team-emirates,UAE Team Emirates XRG,M,UAE,UAE Team Emirates,,1999-2026,2026:UAD
t-visma-lease-a-bike,Visma-Lease a Bike,M,Visma,Jumbo-Visma|Team Jumbo-Visma,,1996-2026,
t-visma-lease-a-bike-women,Visma-Lease a Bike,F,Visma,Jumbo-Visma,,2021-2026,
t-lidl-trek,Lidl-Trek,M,Trek,Trek-Segafredo,,2011-2026,
t-lidl-trek-women,Lidl-Trek,F,,Trek-Segafredo,,2019-2026,
t-soudal-quick-step,Soudal Quick-Step,M,Quick-Step,Deceuninck-Quick-Step,Wolfpack,2003-2026,
t-canyon-sram,Canyon//SRAM zondacrypto,F,Canyon//SRAM|Canyon,,,2012-2026,
t-ineos-grenadiers,Netcompany Ineos,M,Ineos,Ineos Grenadiers|Team Sky,,2010-2026,
t-totalenergies,TotalEnergies,M,Total,,,2000-2026,
t-bahrain-victorious,Bahrain Victorious,M,Bahrain,,,2017-2026,
t-ef-education-easypost,EF Education-EasyPost,M,EF,,,2007-2026,
"""


@pytest.fixture(scope="module")
def matcher() -> MentionMatcher:
    entities, warnings = parse_bundled(RIDERS, TEAMS)
    assert not [w for w in warnings if "bad" in w or "skipped" in w]
    return MentionMatcher.for_gazetteer(Gazetteer(entities=entities, version="test"))


def ids(matcher: MentionMatcher, text: str, season: int | None = None) -> list[str]:
    return [m.entity_id for m in matcher.find(text, season)]


def surfaces(matcher: MentionMatcher, text: str) -> list[str]:
    return [text[m.start : m.end] for m in matcher.find(text)]


def test_longest_match_wins_and_mentions_do_not_overlap(matcher: MentionMatcher) -> None:
    assert surfaces(matcher, "Skjelmose Jensen won.") == ["Skjelmose Jensen"]
    assert surfaces(matcher, "Visma-Lease a Bike and Team Jumbo-Visma") == [
        "Visma-Lease a Bike", "Team Jumbo-Visma"]  # fmt: skip
    assert surfaces(matcher, "Tadej Pogačar") == ["Tadej Pogačar"]


def test_offsets_point_into_the_original_text(matcher: MentionMatcher) -> None:
    for text in ("Ææ ß Søren Wærenskjold won", "Pogac\u0306\u030car and Honore\u0301 Pogačar",
                 "İİ Straße: Mørkøv\u2019s lead-out"):  # fmt: skip
        for span in matcher.find(text):
            # Offsets moved back onto the original text cover exactly a name of the entity.
            assert key(text[span.start : span.end]) in key(matcher.name_of(span.entity_id))
    assert surfaces(matcher, "ß Wærenskjold won") == ["Wærenskjold"]
    decomposed = "Tadej Pogac\u030car"
    assert surfaces(matcher, decomposed) == [decomposed]


def test_accents_and_case(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Pogacar, Pogačar and POGAČAR") == ["r-tadej-pogacar"] * 3
    assert ids(matcher, "Morkov and Mørkøv") == ["r-michael-morkov"] * 2
    assert ids(matcher, "Van Aert and van Aert") == ["r-wout-van-aert"] * 2
    assert ids(matcher, "pogacar in lower case") == []


def test_partial_compound_surname(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Skjelmose attacked.") == ["r-mattias-skjelmose"]
    assert ids(matcher, "Borghini and Longo Borghini") == ["r-elisa-longo-borghini"] * 2


def test_possessives_are_left_out_of_the_span(matcher: MentionMatcher) -> None:
    text = "Cavendish's win and Pogačar\u2019s attack"
    assert surfaces(matcher, text) == ["Cavendish", "Pogačar"]
    text = "Ben O'Connor's ride, O\u2019Connor's day"
    assert surfaces(matcher, text) == ["Ben O'Connor", "O\u2019Connor"]


def test_never_inside_another_word(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Pogačarism and the Milanese and Cavendishes") == []
    assert ids(matcher, "a Pogačar-led group, the Vingegaard-Pogačar duel") == [
        "r-tadej-pogacar", "r-jonas-vingegaard", "r-tadej-pogacar"]  # fmt: skip


def test_unique_surname_resolves_alone(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Vingegaard won.") == ["r-jonas-vingegaard"]


def test_ambiguous_surname_needs_an_earlier_full_name(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Yates won.") == []
    text = "Simon Yates won. Yates said. Adam Yates was third and Yates was happy."
    assert ids(matcher, text) == ["r-simon-yates", "r-simon-yates", "r-adam-yates", "r-adam-yates"]
    assert ids(matcher, "Yates won, then Simon Yates spoke.") == ["r-simon-yates"]
    assert ids(matcher, "Daniel Martin attacked; Martin won.") == ["r-dan-martin"] * 2


def test_first_names_alone_never_resolve_except_nicknames(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Tadej and Jonas and Mathieu") == []
    assert ids(matcher, "Remco won, remco lost") == ["r-remco-evenepoel"]


def test_case_sensitive_aliases_need_exact_case(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Pogi won, pogi lost, POGI too") == ["r-tadej-pogacar"]
    assert ids(matcher, "MvdP and mvdp") == ["r-mathieu-van-der-poel"]
    assert ids(matcher, "the Manx Missile, the manx missile") == ["r-mark-cavendish"]


def test_common_word_surnames_need_context_and_capitals(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Strong winds. The strong man. A Strong finish.") == []
    assert ids(matcher, "Corbin Strong won. Strong said so.") == ["r-corbin-strong"] * 2
    assert ids(matcher, "Corbin Strong won in strong winds.") == ["r-corbin-strong"]


def test_someone_else_with_the_same_surname(matcher: MentionMatcher) -> None:
    # After "Lewis Hamilton", "Hamilton" alone is Lewis, until the rider is named in full.
    assert ids(matcher, "Lewis Hamilton drove. Hamilton won.") == []
    assert ids(matcher, "Hamilton won. Lewis Hamilton drove.") == ["r-chris-hamilton"]
    text = "Lewis Hamilton drove. Chris Hamilton rode. Hamilton won."
    assert ids(matcher, text) == ["r-chris-hamilton"] * 2
    assert ids(matcher, "Chris Hamilton rode; Lewis Hamilton watched.") == ["r-chris-hamilton"]
    assert ids(matcher, "Dan Martin won. Martin Salmon was second.") == ["r-dan-martin"]


def test_a_surname_after_a_first_name_the_data_does_not_know_is_someone_else(
    real: MentionMatcher,
) -> None:
    # Formula 1's Brendon Hartley is not the rider Adam Hartley (who raced in 2020), nor is
    # "Hartley" alone after him.
    text = "Brendon Hartley set the fastest lap. Hartley said the car was good."
    assert ids(real, text, 2020) == []
    assert ids(real, "Adam Hartley attacked. Hartley was caught.", 2020) == ["r-adam-hartley"] * 2
    # A nationality is no first name, and a Title Case headline capitalises every word.
    assert ids(real, "The Slovenian Pogačar won.") == ["r-tadej-pogacar"]
    assert ids(real, "Race Leader Pogačar Takes The Jersey") == ["r-tadej-pogacar"]


def test_letters_and_abbreviations_are_no_surnames(real: MentionMatcher) -> None:
    # A one-letter surname (the rankings once gave "Mathias Sorgho W.") is a letter: a watt.
    riders = RIDERS + "r-mathias-w,Mathias W,,,,BUR,M,1987,2026:t-x\n"
    entities, _ = parse_bundled(riders, TEAMS)
    lettered = MentionMatcher.for_gazetteer(Gazetteer(entities=entities, version="test"))
    assert ids(lettered, "He held 420 W for twenty minutes.") == []
    assert ids(lettered, "Mathias W won.") == ["r-mathias-w"]
    # Two letters ("Lu", "Na": Siying Lu, Ahreum Na) need the full name first; short
    # capitals are abbreviations ("KO", "NAT", "OSS").
    assert ids(real, "Later kwam Lu. Daarna Na.", 2020) == []
    assert ids(real, "Siying Lu won. Lu said so.", 2020) == ["r-siying-lu"] * 2
    assert ids(real, "The KO stage and the NAT protocol. OSS licences.", 2020) == []
    assert ids(real, "Daniel Oss led out. Oss was third.", 2020) == ["r-daniel-oss"] * 2


def test_german_words_need_the_full_name_first_in_german_text(real: MentionMatcher) -> None:
    # German capitalises its nouns: "Bergen", "Zimmer", "Weiß" mid-sentence are words there.
    text = (
        "Die Fahrer kamen spät an, denn in den Bergen war es kalt. Wer im Zimmer blieb, "
        "verpasste nichts, und das Trikot in Weiß ging an einen Jungen."
    )
    assert ids(real, text) == []
    text = "Danach sagte Rutsch, dass er mit dem Ergebnis zufrieden ist und noch mehr will."
    assert ids(real, text) == []
    text = "Im Finale war Jonas Rutsch stark. Danach sagte Rutsch, dass er zufrieden ist."
    assert ids(real, text) == ["r-jonas-rutsch"] * 2
    # In English the capital still says "name".
    assert ids(real, "The German was strong, said Rutsch.") == ["r-jonas-rutsch"]


def test_teams_by_name_former_name_short_name_and_nickname(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Jumbo-Visma, Team Sky, Deceuninck-Quick-Step") == [
        "t-visma-lease-a-bike", "t-ineos-grenadiers", "t-soudal-quick-step"]  # fmt: skip
    assert ids(matcher, "UAE won; uae lost") == ["t-uae-team-emirates"]
    assert ids(matcher, "EF and Quick-Step and the Wolfpack, not the wolfpack") == [
        "t-ef-education-easypost", "t-soudal-quick-step", "t-soudal-quick-step"]  # fmt: skip
    assert ids(matcher, "under the sky, Ineos rode") == ["t-ineos-grenadiers"]


def test_brands_are_not_teams(matcher: MentionMatcher) -> None:
    text = "A Trek frame, a Canyon wheel and SRAM shifters. Trek and Canyon bikes."
    assert ids(matcher, text) == []
    assert ids(matcher, "Lidl-Trek and Canyon//SRAM zondacrypto, Trek-Segafredo") == [
        "t-lidl-trek", "t-canyon-sram", "t-lidl-trek"]  # fmt: skip


def test_ordinary_word_and_place_team_names(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Total prize money rose.") == []
    assert ids(matcher, "He signed for Total in 2024.") == ["t-totalenergies"]
    assert ids(matcher, "The race in Bahrain. Bahrain's Antonio Tiberi won.") == [
        "t-bahrain-victorious", "r-antonio-tiberi"]  # fmt: skip


def test_stop_phrases(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Milan-San Remo starts in Milan; the UAE Tour too") == []
    assert ids(matcher, "Jonathan Milan won. Milan said.") == ["r-jonathan-milan"] * 2


def test_shared_team_names_follow_the_riders_gender(matcher: MentionMatcher) -> None:
    assert ids(matcher, "Lidl-Trek's Elisa Balsamo won.")[0] == "t-lidl-trek-women"
    assert ids(matcher, "Lidl-Trek's Jonathan Milan won.")[0] == "t-lidl-trek"
    assert ids(matcher, "Jumbo-Visma dominated the women's race.") == [
        "t-visma-lease-a-bike-women"]  # fmt: skip
    assert ids(matcher, "Jumbo-Visma dominated.") == ["t-visma-lease-a-bike"]


def test_json_and_counts(matcher: MentionMatcher) -> None:
    text = "Tadej Pogačar beat UAE rival Pogi. Pogačar won."
    mentions = matcher.find(text)
    assert mentions_to_json(text, mentions, matcher.name_of)[0] == {
        "start": 0, "end": 13, "text": "Tadej Pogačar", "kind": "rider",
        "name": "Tadej Pogačar", "id": "r-tadej-pogacar"}  # fmt: skip
    assert count_entities(mentions, matcher.name_of) == [
        ("r-tadej-pogacar", "rider", "Tadej Pogačar", 3, 0),
        ("t-uae-team-emirates", "team", "UAE Team Emirates XRG", 1, 19),
    ]
    assert count_entities([], matcher.name_of) == []


WORDS = ["Pogačar", "Tadej", "Yates", "Simon", "van", "der", "Poel", "Mørkøv", "Lidl", "Trek",
         "Jumbo", "Visma", "Skjelmose", "Jensen", "O'Connor", "Ben", "UAE", "Team", "Sky", "ß",
         "Æ", "İ", "e\u0301", "\u2019s", "'s", "-", "//", " ", "  ", ".", "\n", ",",
         "Strong"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=3)), max_size=40))
def test_any_text_gives_sorted_disjoint_exact_spans(
    matcher: MentionMatcher, parts: list[str]
) -> None:
    text = "".join(parts)
    mentions = matcher.find(text)
    end = 0
    for mention in mentions:
        assert isinstance(mention, Span)
        assert end <= mention.start < mention.end
        assert mention.kind == matcher.index.info[mention.entity_id].kind
        end = mention.end


@pytest.fixture(scope="module")
def real() -> MentionMatcher:
    from leadout_tui.core.names.loader import load_names

    return load_names().matcher


def test_surname_part_that_is_an_ordinary_word_needs_context(real: MentionMatcher) -> None:
    assert ids(real, "That was the plan. Nevada skies, a Christmas block in Canada.") == []
    assert ids(real, "The Côte de Saint-Roch decided it.") == []
    assert ids(real, "Sierra Nevada camps are popular.") == []


def test_english_word_surname_needs_context(real: MentionMatcher) -> None:
    assert ids(real, "Groves of olive trees lined the road.") == []
    assert ids(real, "Kaden Groves won. Groves said it was easy.") == ["r-kaden-groves"] * 2


def test_accented_press_names_match_both_spellings(real: MentionMatcher) -> None:
    for text in ("Toms Skujiņš", "Toms Skujins"):
        assert ids(real, text) == ["r-toms-skujins"]
    assert [real.name_of(m.entity_id) for m in real.find("Evita Muzic")] == ["Évita Muzic"]
    assert ids(real, "Pier-André Côté attacked. Côté held on.") == ["r-pier-andre-cote"] * 2


def test_spanish_first_surname_alias(real: MentionMatcher) -> None:
    assert ids(real, "Iván Romeo won the time trial.") == ["r-ivan-romeo-abad"]
    assert ids(real, "Moisés Dueñas was third.") == ["r-moises-duenas-nevada"]


def test_first_name_of_a_rider_already_named_is_not_a_surname(real: MentionMatcher) -> None:
    assert ids(real, "Marie Schreiber won. Marie said so.") == ["r-marie-schreiber"]


def test_surname_goes_to_the_only_current_rider_when_namesakes_are_minor(
    real: MentionMatcher,
) -> None:
    assert ids(real, "Kopecky won the sprint.") == ["r-lotte-kopecky"]
    assert ids(real, "Philipsen won the sprint.") == ["r-jasper-philipsen"]
    assert ids(real, "Pedersen won the sprint.") == []  # Casper raced recently too
    assert ids(real, "Albert Withen Philipsen won.") == ["r-albert-withen-philipsen"]


def test_a_surname_goes_to_the_one_rider_active_in_the_texts_season(
    matcher: MentionMatcher,
) -> None:
    # Dan Martin's last season is 2021, Guillaume's first 2026 (in this small gazetteer).
    assert ids(matcher, "Martin was second.", 2026) == ["r-guillaume-martin"]
    assert ids(matcher, "Martin was second.") == ["r-guillaume-martin"]  # newest season
    assert ids(matcher, "Martin was second.", 2021) == ["r-dan-martin"]
    # History stays reachable by full name.
    assert ids(matcher, "Dan Martin won in 2013. Martin said.", 2026) == ["r-dan-martin"] * 2


def test_initials_are_never_surnames(real: MentionMatcher) -> None:
    assert ids(real, "Tobias S. Foss won the time trial.") == ["r-tobias-foss"]
    assert ids(real, "S. Foss won. S and M are letters. M. attacked.") == ["r-tobias-foss"]
    assert ids(real, "S won.") == []


def test_place_after_a_preposition_needs_the_full_name(real: MentionMatcher) -> None:
    assert ids(real, "The Vuelta starts in Bilbao this year.") == ["race-vuelta-a-espana"]
    assert ids(real, "Pello Bilbao won in Bilbao. Bilbao said.") == ["r-pello-bilbao"] * 2
    assert ids(real, "The stage finished at Campo di Felice.") == []
    assert ids(real, "Francesco Di Felice won.") == ["r-francesco-di-felice"]


def test_a_first_name_alone_never_matches(real: MentionMatcher) -> None:
    assert ids(real, "Adam won the stage.") == []
    assert ids(real, "Adam and Simon Yates rode together.") == ["r-adam-yates", "r-simon-yates"]


def test_another_first_name_before_a_known_surname_is_someone_else(real: MentionMatcher) -> None:
    text = "Dan Martin won. Later the runner Jess Martin said hello."
    assert ids(real, text) == ["r-dan-martin-1986"]


def test_a_name_the_data_does_not_know_is_not_its_first_word(real: MentionMatcher) -> None:
    assert ids(real, "He rides for Pauwels Koekjes this winter.") == []
    assert ids(real, "the Vingegaard-Pogačar duel") == ["r-jonas-vingegaard", "r-tadej-pogacar"]
    # In a Title Case headline every word is capitalised: the rule does not apply there.
    assert ids(real, "Vingegaard Wins Again In The Alps") == ["r-jonas-vingegaard"]


def test_a_stop_phrase_is_not_a_name_the_data_does_not_know(real: MentionMatcher) -> None:
    # "Van" starts riders' names and the stop phrase "Van Rysel"; "Inter" only "Inter Milan".
    assert ids(real, "Behind Pogačar Van Aert was third.") == [
        "r-tadej-pogacar", "r-wout-van-aert"]  # fmt: skip
    assert ids(real, "Fans of Pedersen Inter Milan cheered.") == []


def test_bare_sky_only_in_team_context(real: MentionMatcher) -> None:
    assert ids(real, "Under a grey Sky the race started. He watched on Sky Sports.") == []
    assert ids(real, "Chris Froome joined Sky in 2010.") == ["r-chris-froome", "t-ineos-grenadiers"]
    assert ids(real, "Geraint Thomas won the Tour with Sky.") == [
        "r-geraint-thomas", "t-ineos-grenadiers"]  # fmt: skip


def test_a_womens_riders_team_is_the_womens_squad(real: MentionMatcher) -> None:
    assert ids(real, "Lotte Kopecky rode for Lotto Soudal.") == ["r-lotte-kopecky",
                                                                 "t-lotto-ladies"]  # fmt: skip
    assert ids(real, "Arnaud De Lie rode for Lotto Soudal.")[1] == "t-lotto-intermarche"


def test_press_spellings(real: MentionMatcher) -> None:
    assert ids(real, "Harry Sweeny attacked.") == ids(real, "Harrison Sweeny attacked.")
    assert [key(real.name_of(m.entity_id)) for m in real.find("Miguel Ángel López won.")] == [
        "miguel lopez"]  # fmt: skip
    assert ids(real, "Natnael Tesfatsion and Tesfatsion again") == ["r-natnael-tesfatsion"] * 2


def test_ordinary_words_of_other_languages(real: MentionMatcher) -> None:
    # Dutch, French, Italian, Spanish and German words that are minor riders' surnames.
    text = (
        "De renners reden naar de finish. Le coureur est parti. La corsa è finita. "
        "La etapa fue dura. Der Berg war steil und die Fahrer kamen spät."
    )
    assert ids(real, text) == []


def test_team_names_that_are_words_need_team_context(real: MentionMatcher) -> None:
    # "Telekom" is a German noun (the company), "Discovery" and "Drops" English words.
    assert ids(real, "Die Telekom erhöht im Januar die Preise für alle Kunden.", 1997) == []
    text = "Jan Ullrich rode for Telekom in 1997."
    assert ids(real, text, 1997) == ["r-jan-ullrich", "t-htc-highroad"]
    assert ids(real, "The Discovery of the year was a new climb.", 2005) == []
    assert ids(real, "The trail has big Drops and jumps.", 2021) == []


def test_a_first_name_is_no_part_of_a_longer_surname_alone(real: MentionMatcher) -> None:
    # Nicolai Philip Nielsen: "Philip" alone is somebody's first name.
    assert ids(real, "Philip said he liked the climb.", 2021) == []
