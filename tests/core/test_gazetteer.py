"""The gazetteer: bundled data, the user's TOML file, the cache and the name look-ups."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.names.entities import Entity, Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_bundled_data_loads_riders_and_teams(gazetteer: Gazetteer) -> None:
    kinds = {e.kind for e in gazetteer.entities.values()}
    assert kinds == {"rider", "team"}
    pogacar = gazetteer.entities["r-tadej-pogacar"]
    assert pogacar.name == "Tadej Pogačar"
    assert pogacar.ascii_name == "Tadej Pogacar"
    assert pogacar.nationality == "SLO"
    assert pogacar.gender == "M"
    assert list(pogacar.teams) == sorted(pogacar.teams)
    team = gazetteer.entities["t-visma-lease-a-bike"]
    assert team.nationality is None
    assert "Jumbo-Visma" in team.former_names


def test_bundled_data_has_no_warnings(gazetteer: Gazetteer) -> None:
    assert gazetteer.warnings == ()


def test_team_name_for(gazetteer: Gazetteer) -> None:
    assert gazetteer.team_name_for("r-tadej-pogacar") == "UAE Team Emirates XRG"
    assert gazetteer.team_name_for(gazetteer.entities["r-tadej-pogacar"], 2024)
    assert gazetteer.team_name_for("r-tadej-pogacar", 1950) is None
    assert gazetteer.team_name_for("r-nobody") is None


def test_version_is_stable_and_tracks_the_user_file(gazetteer: Gazetteer, tmp_path: Path) -> None:
    assert load_gazetteer().version == gazetteer.version
    user = tmp_path / "gazetteer.toml"
    user.write_text('[[alias]]\nentity = "r-tadej-pogacar"\nalias = "Taddy"\n')
    assert load_gazetteer(user).version != gazetteer.version
    assert load_gazetteer(tmp_path / "missing.toml").version == gazetteer.version


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
def test_lookup_is_forgiving(gazetteer: Gazetteer, query: str, expected: str) -> None:
    assert [e.id for e in gazetteer.lookup(query)] == [expected]


def test_lookup_reports_ambiguity(gazetteer: Gazetteer) -> None:
    ids = {e.id for e in gazetteer.lookup("Yates")}
    assert {"r-adam-yates", "r-simon-yates"} <= ids


def test_lookup_teams_by_former_name_and_kind(gazetteer: Gazetteer) -> None:
    assert "t-visma-lease-a-bike" in [e.id for e in gazetteer.lookup("jumbo-visma", "team")]
    assert [e.id for e in gazetteer.lookup("uae", "team")] == ["t-uae-team-emirates"]
    assert gazetteer.lookup("pogacar", "team") == []
    ranked = gazetteer.lookup_ranked("Pogačar")
    assert ranked[0][0].id == "r-tadej-pogacar"


def test_search_is_fuzzy_and_accent_blind(gazetteer: Gazetteer) -> None:
    assert gazetteer.search("poga")[0].id == "r-tadej-pogacar"
    assert gazetteer.search("POGAČ")[0].id == "r-tadej-pogacar"
    assert gazetteer.search("tpogacar")[0].id == "r-tadej-pogacar"  # subsequence
    assert all(e.kind == "team" for e in gazetteer.search("lidl", "team"))
    assert len(gazetteer.search("a", limit=5)) == 5


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
    gazetteer = load_gazetteer(user)
    hero = gazetteer.entities["r-club-hero"]
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
    pogacar = gazetteer.entities["r-tadej-pogacar"]
    assert pogacar.nationality == "SVN"
    assert pogacar.name == "Tadej Pogačar"  # untouched fields are kept
    assert "Taddy" in pogacar.case_sensitive_aliases
    assert gazetteer.entities["t-local-club"].case_sensitive_aliases == ("Thursdays",)
    assert [e.id for e in gazetteer.lookup("clubrider")] == ["r-club-hero"]


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
        load_gazetteer(user)
    message = str(info.value)
    assert message.startswith(f"{user}:{line}: ")
    assert words in message
    assert "\n" not in message


def test_cache_round_trip(tmp_path: Path, gazetteer: Gazetteer) -> None:
    first = load_gazetteer(cache_dir=tmp_path)
    files = list(tmp_path.glob("gazetteer-*.marshal"))
    assert len(files) == 1
    second = load_gazetteer(cache_dir=tmp_path)
    assert second.entities == gazetteer.entities == first.entities
    assert second.version == gazetteer.version
    assert second.mention_index().trie == gazetteer.mention_index().trie
    files[0].write_bytes(b"garbage")
    assert load_gazetteer(cache_dir=tmp_path).entities == gazetteer.entities


def test_press_names_keep_accents(gazetteer: Gazetteer) -> None:
    for entity_id, name in (("r-toms-skujins", "Toms Skujiņš"), ("r-evita-muzic", "Évita Muzic"),
                            ("r-pelayo-sanchez", "Pelayo Sánchez"),
                            ("r-pier-andre-cote", "Pier-André Côté")):  # fmt: skip
        entity = gazetteer.get(entity_id)
        assert entity is not None and entity.name == name


def test_press_aliases_and_merged_duplicates(gazetteer: Gazetteer) -> None:
    assert [e.id for e in gazetteer.lookup("Ceylin Alvarado")] == ["r-ceylin-del-carmen-alvarado"]
    assert [e.id for e in gazetteer.lookup("Mavi García")] == ["r-mavi-garcia"]
    assert gazetteer.get("r-simon-philip-yates") is None  # merged into r-simon-yates
    assert "Simon Philip Yates" in gazetteer.entities["r-simon-yates"].aliases
    assert gazetteer.get("r-jefferson-cepeda-2") is None  # the 2026 Movistar rider, b. 1998
    assert "BMC" not in gazetteer.entities["t-ccc"].short_names  # a bike brand


def test_iberian_press_names(gazetteer: Gazetteer) -> None:
    # Spanish: first given name + first surname; Portuguese: first given name + last surname.
    assert gazetteer.entities["r-ivan-romeo-abad"].name == "Iván Romeo"
    assert gazetteer.get("r-ruben-guerreiro") is not None
    assert gazetteer.get("r-ruben-almeida") is None
    assert gazetteer.entities["r-moises-duenas-nevada"].name == "Moisés Dueñas"
    # letour-only riders whose last word is a Spanish surname get given + first surname
    assert "Angel Casero" in gazetteer.entities["r-angel-casero-moreno"].aliases


def test_ordinary_words_come_with_the_data(gazetteer: Gazetteer) -> None:
    words = gazetteer.ordinary_words
    assert "en" in words["that"].split()
    assert "es" in words["nevada"].split()
    assert "pogacar" not in words


def test_search_hides_loose_matches_when_names_start_with_the_query(
    gazetteer: Gazetteer,
) -> None:
    assert [e.name for e in gazetteer.search("vinge", "rider")] == ["Jonas Vingegaard"]
    # A typo matches no word start, so the fuzzy matches are what the picker offers.
    assert gazetteer.search("pogcar", "rider")[0].name == "Tadej Pogačar"
