"""The gazetteer: bundled data, the user's TOML file, the cache and the name look-ups."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.names.entities import Entity
from leadout_tui.core.names.loader import Names, load_names


@pytest.fixture(scope="module")
def names() -> Names:
    return load_names()


def test_bundled_data_loads_riders_teams_and_races(names: Names) -> None:
    kinds = {e.kind for e in names.gazetteer.entities.values()}
    assert kinds == {"rider", "team", "race"}
    pogacar = names.gazetteer.entities["r-tadej-pogacar"]
    assert pogacar.name == "Tadej Pogačar"
    assert pogacar.ascii_name == "Tadej Pogacar"
    assert pogacar.nationality == "SLO"
    assert pogacar.gender == "M"
    assert list(pogacar.teams) == sorted(pogacar.teams)
    team = names.gazetteer.entities["t-visma-lease-a-bike"]
    assert team.nationality is None
    assert "Jumbo-Visma" in team.former_names


def test_races_have_a_category_months_and_the_names_the_press_uses(names: Names) -> None:
    races = {e.id: e for e in names.gazetteer.entities.values() if e.kind == "race"}
    assert len(races) >= 35
    assert all(r.category and r.months and r.gender in ("M", "F", "MF") for r in races.values())
    tour = races["race-tour-de-france"]
    assert (tour.category, tour.months, tour.gender) == ("grand tour", (7,), "M")
    assert "Tour" in tour.context_names
    flanders = races["race-tour-of-flanders"]
    assert {"Ronde van Vlaanderen", "De Ronde"} <= set(flanders.aliases)
    assert flanders.category == "monument"
    assert names.lookup("Hell of the North") == [races["race-paris-roubaix"]]
    assert names.lookup("la corsa rosa", "race") == [races["race-giro-d-italia"]]
    assert names.lookup("Roubaix", "race") == [races["race-paris-roubaix"]]


def test_bundled_data_has_no_warnings(names: Names) -> None:
    assert names.gazetteer.warnings == ()


def test_team_name_for(names: Names) -> None:
    assert names.gazetteer.team_name_for("r-tadej-pogacar") == "UAE Team Emirates XRG"
    assert names.gazetteer.team_name_for(names.gazetteer.entities["r-tadej-pogacar"], 2024)
    assert names.gazetteer.team_name_for("r-tadej-pogacar", 1950) is None
    assert names.gazetteer.team_name_for("r-nobody") is None


def test_version_is_stable_and_tracks_the_user_file(names: Names, tmp_path: Path) -> None:
    assert load_names().version == names.version
    user = tmp_path / "gazetteer.toml"
    user.write_text('[[alias]]\nentity = "r-tadej-pogacar"\nalias = "Taddy"\n')
    assert load_names(user).version != names.version
    assert load_names(tmp_path / "missing.toml").version == names.version


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("pogacar", "r-tadej-pogacar"),
        ("POGAČAR", "r-tadej-pogacar"),
        ("Tadej Pogacar", "r-tadej-pogacar"),
        ("Tadej", "r-tadej-pogacar"),
        ("van der poel", "r-mathieu-van-der-poel"),
        ("mvdp", "r-mathieu-van-der-poel"),
        ("vdp", "r-mathieu-van-der-poel"),
        ("pogacer", "r-tadej-pogacar"),
    ],
)
def test_lookup_is_forgiving(names: Names, query: str, expected: str) -> None:
    assert [e.id for e in names.lookup(query)] == [expected]


def test_lookup_reports_ambiguity(names: Names) -> None:
    ids = {e.id for e in names.lookup("Yates")}
    assert {"r-adam-yates", "r-simon-yates"} <= ids


def test_lookup_teams_by_former_name_and_kind(names: Names) -> None:
    assert "t-visma-lease-a-bike" in [e.id for e in names.lookup("jumbo-visma", "team")]
    assert {e.id for e in names.lookup("uae", "team")} == {"t-uae-team-emirates",
                                                          "t-uae-team-adq"}  # fmt: skip
    assert names.lookup("pogacar", "team") == []
    ranked = names.lookup_ranked("Pogačar")
    assert ranked[0][0].id == "r-tadej-pogacar"


def test_search_is_fuzzy_and_accent_blind(names: Names) -> None:
    assert names.search("poga")[0].id == "r-tadej-pogacar"
    assert names.search("POGAČ")[0].id == "r-tadej-pogacar"
    assert names.search("tpogacar")[0].id == "r-tadej-pogacar"  # subsequence
    assert all(e.kind == "team" for e in names.search("lidl", "team"))
    assert len(names.search("a", limit=5)) == 5


def test_races_of_equal_score_are_offered_by_standing(names: Names) -> None:
    # Every race starting with "Tour" scores the same for "tour": the Grand Tour comes first.
    assert [e.name for e in names.search("tour", "race")][:2] == [
        "Tour de France",
        "Tour de France Femmes",
    ]
    assert names.search("giro", "race")[0].name == "Giro d'Italia"


USER_FILE = """\
# my corrections
[[rider]]
id = "r-club-hero"
name = "Zoë Clubrider"
aliases = ["The Hero of Hull"]
nationality = "GBR"
gender = "F"
teams = { 2025 = "t-lidl-trek-women" }

[[rider]]
id = "r-tadej-pogacar"
nationality = "SVN"

[[team]]
id = "t-local-club"
name = "Hull Thursday Road Club"
short_names = ["Hull Thursday"]
nicknames = ["Thursdays"]

[[alias]]
entity = "r-tadej-pogacar"
alias = "Taddy"
case_sensitive = true
"""


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    user = tmp_path / "gazetteer.toml"
    user.write_text(USER_FILE, encoding="utf-8")
    names = load_names(user)
    hero = names.gazetteer.entities["r-club-hero"]
    assert hero == Entity(
        id="r-club-hero",
        kind="rider",
        name="Zoë Clubrider",
        ascii_name="Zoe Clubrider",
        nationality="GBR",
        gender="F",
        teams=((2025, "t-lidl-trek-women"),),
        aliases=("The Hero of Hull",),
    )
    pogacar = names.gazetteer.entities["r-tadej-pogacar"]
    assert pogacar.nationality == "SVN"
    assert pogacar.name == "Tadej Pogačar"  # untouched fields are kept
    assert "Taddy" in pogacar.case_sensitive_aliases
    assert names.gazetteer.entities["t-local-club"].case_sensitive_aliases == ("Thursdays",)
    assert [e.id for e in names.lookup("clubrider")] == ["r-club-hero"]


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ('[[rider]]\nid = "r-x"\nname = \n', 3, "invalid TOML"),
        ('\n\n[[rider]]\nid = "r-x"\nnmae = "X"\n', 3, "unknown key 'nmae'"),
        ('[[rider]]\nid = "r-x"\nname = "X"\n\n[[rider]]\nid = "r-y"\n', 5, "needs a name"),
        ('[[team]]\nid = "x"\nname = "X"\n', 1, "starting with 't-'"),
        ('[[alias]]\nentity = "r-nobody"\nalias = "X"\n', 1, "unknown entity"),
        ('[[rider]]\nid = "r-x"\nname = "X"\naliases = "X"\n', 1, "list of strings"),
        ('[[riders]]\nid = "r-x"\n', 1, "unknown table"),
    ],
)
def test_invalid_user_file_names_file_and_line(
    tmp_path: Path, content: str, line: int, words: str
) -> None:
    user = tmp_path / "bad.toml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(LeadoutError) as info:
        load_names(user)
    message = str(info.value)
    assert message.startswith(f"{user}:{line}: ")
    assert words in message
    assert "\n" not in message


def test_cache_round_trip(tmp_path: Path, names: Names) -> None:
    first = load_names(cache_dir=tmp_path)
    files = list(tmp_path.glob("gazetteer-*.marshal"))
    assert len(files) == 1
    second = load_names(cache_dir=tmp_path)
    assert second.gazetteer.entities == names.gazetteer.entities == first.gazetteer.entities
    assert second.version == names.version
    assert second.index.trie == names.index.trie
    files[0].write_bytes(b"garbage")
    assert load_names(cache_dir=tmp_path).gazetteer.entities == names.gazetteer.entities


def test_press_names_keep_accents(names: Names) -> None:
    for entity_id, name in (("r-toms-skujins", "Toms Skujiņš"), ("r-evita-muzic", "Évita Muzic"),
                            ("r-pelayo-sanchez", "Pelayo Sánchez"),
                            ("r-pier-andre-cote", "Pier-André Côté")):  # fmt: skip
        entity = names.gazetteer.get(entity_id)
        assert entity is not None and entity.name == name


def test_press_aliases_and_merged_duplicates(names: Names) -> None:
    assert [e.id for e in names.lookup("Ceylin Alvarado")] == ["r-ceylin-del-carmen-alvarado"]
    assert [e.id for e in names.lookup("Mavi García")] == ["r-mavi-garcia"]
    assert names.gazetteer.get("r-simon-philip-yates") is None  # merged into r-simon-yates
    assert "Simon Philip Yates" in names.gazetteer.entities["r-simon-yates"].aliases
    assert names.gazetteer.get("r-jefferson-cepeda-2") is None  # the 2026 Movistar rider, b. 1998
    assert "BMC" not in names.gazetteer.entities["t-ccc"].short_names  # a bike brand


def test_a_rider_who_took_a_double_name_is_one_rider(names: Names) -> None:
    # The rankings knew her as "SKALNIAK Agnieszka", later "SKALNIAK - SOJKA": one rider,
    # her whole career under the name she races as now.
    married = {"Agnieszka Skalniak": "r-agnieszka-skalniak-sojka",
               "Gladys Verhulst": "r-gladys-verhulst-wild"}  # fmt: skip
    for query, rider_id in married.items():
        assert [e.id for e in names.lookup(query)] == [rider_id]
        assert names.gazetteer.entities[rider_id].seasons == (2019, 2026)


def test_ranking_noise_is_no_part_of_a_name(names: Names) -> None:
    # "JERINIĆ 2307984805069" (a licence number) and "SORGHO W. Mathias" (an initial) in the
    # rankings: neither the number nor a trailing "W." may become a name a text can match.
    riders = [e for e in names.gazetteer.entities.values() if e.kind == "rider"]
    assert not [e.name for e in riders if any(c.isdigit() for c in e.name)]
    assert not [e.name for e in riders if e.name.startswith("- ") or e.name[-3:-1] == " "]
    assert names.gazetteer.entities["r-w-mathias-sorgho"].name == "W. Mathias Sorgho"


def test_iberian_press_names(names: Names) -> None:
    # Spanish: first given name + first surname; Portuguese: first given name + last surname.
    assert names.gazetteer.entities["r-ivan-romeo-abad"].name == "Iván Romeo"
    assert names.gazetteer.get("r-ruben-guerreiro") is not None
    assert names.gazetteer.get("r-ruben-almeida") is None
    assert names.gazetteer.entities["r-moises-duenas-nevada"].name == "Moisés Dueñas"
    # letour-only riders whose last word is a Spanish surname get given + first surname
    assert [e.name for e in names.lookup("Ángel Casero Moreno")] == ["Ángel Casero"]


def test_ordinary_words_come_with_the_data(names: Names) -> None:
    words = names.gazetteer.ordinary_words
    assert "en" in words["that"].split()
    assert "es" in words["nevada"].split()
    assert "pogacar" not in words


def test_search_hides_loose_matches_when_names_start_with_the_query(
    names: Names,
) -> None:
    assert [e.name for e in names.search("vinge", "rider")] == ["Jonas Vingegaard"]
    # A typo matches no word start, so the fuzzy matches are what the picker offers.
    assert names.search("pogcar", "rider")[0].name == "Tadej Pogačar"
