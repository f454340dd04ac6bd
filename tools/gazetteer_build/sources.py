"""Readers for every input of the gazetteer build; each yields :class:`people.Obs` records.

Priorities (lower wins for the display name): curated 0, collected press names 10, UCI
DataRide (ecbikes) 15, PCS 2023 (patxibocos) 20, UCI rankings 30, Sporza 35, Giro 2023 36,
CQ ranking 40, cyclocross start lists 45, letour 50.
"""
from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from gazetteer_build.names import COUNTRY, ISO2, cap_word, case_letour, fold, nfc, press_from_uci
from gazetteer_build.people import Obs
from gazetteer_build.teams import TeamRegistry, team_key

UCI_YEARS = (2019, 2020, 2021, 2022)
LETOUR_FROM = 1946
#: Tour years raced by national teams: the letour team is a country, not a trade team.
NATIONAL_TEAM_YEARS = set(range(1930, 1962)) | {1967, 1968}
COLLECTED_BLOCKS = ("men-wt", "men-pro", "women-wt", "gaps-2026", "women-pro-and-dev",
                    "history-and-cx", "gaps-2026b", "gaps-2026c-men",
                    "gaps-2026c-women", "gaps-2026d-men", "gaps-2026d-women")


def read_csv(path: Path, **kwargs) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, **kwargs))


def _year(value: str) -> int | None:
    match = re.match(r"\s*(\d{4})", value or "")
    return int(match[1]) if match else None


# ------------------------------------------------------------------ teams
def load_team_facts(src: Path, teams: TeamRegistry) -> dict[tuple[str, str, int], str]:
    """Season names, categories and codes of teams from every input; returns the UCI code map
    (gender, code, season) -> team id used to read the rankings."""
    codes: dict[tuple[str, str, int], str] = {}
    for row in read_csv(src / "team_codes.csv"):
        first, _, last = row["years"].partition("-")
        for year in range(int(first), int(last or first) + 1):
            codes[(row["gender"], row["code"], year)] = row["team_id"]
            teams.observe(row["team_id"], year, uci_code=row["code"])
    for block in COLLECTED_BLOCKS:
        # Men's rows first: a women's squad with the same name gets the "-women" id.
        rows = sorted(read_csv(src / "collected" / block / "teams.csv"),
                      key=lambda r: r["gender"] != "M")
        for row in rows:
            season = int(row["season"])
            gender = row["gender"]
            team_id = resolve_team(teams, row["team"], gender, season, src)
            for former in _bar(row["former_names"]):
                # A new sponsor name of a known lineage: its former names say which one.
                team_id = team_id or resolve_team(teams, former, gender, None, src)
            if team_id is None:
                team_id = teams.create(row["team"], gender, f"collected/{block}").id
            teams.observe(team_id, season, name=row["team"], category=row["category"],
                          short_names=_bar(row["short_names"]),
                          former_names=_bar(row["former_names"]),
                          uci_code=row["uci_code"], source=f"collected/{block}")
            if row["uci_code"]:
                codes.setdefault((gender, row["uci_code"], season), team_id)
    pcs = json.loads((src / "seed" / "patxibocos" / "teams-2023.json").read_text())
    for team in pcs:
        team_id = resolve_team(teams, team["name"], "M", 2023, src)
        if team_id is None:
            team_id = teams.create(team["name"], "M", "patxibocos").id
        teams.observe(team_id, 2023, name=team["name"], category=team["status"],
                      uci_code=team["abbreviation"], source="patxibocos")
        codes.setdefault(("M", team["abbreviation"], 2023), team_id)
    for gender, fname in (("M", "men-2025-uciTeams.json"), ("F", "women-2025-uciTeams.json")):
        data = json.loads((src / "seed" / "ecbikes" / fname).read_text())
        for code, name in data["teamNames"].items():
            team_id = resolve_team(teams, name, gender, 2025, src)
            if team_id is not None:
                teams.observe(team_id, 2025, uci_code=code, source="ecbikes")
                codes.setdefault((gender, code, 2025), team_id)
    for row in read_csv(src / "collected" / "women-pro-and-dev" / "cq-code-map.csv"):
        if row["confidence"] not in ("high", "medium"):
            continue
        season = int(row["season"])
        team_id = resolve_team(teams, row["team"], "M", season, src)
        if team_id is None:
            team_id = teams.create(row["team"], "M", "collected/women-pro-and-dev").id
        teams.observe(team_id, season, name=row["team"], source="collected/women-pro-and-dev")
        codes.setdefault(("M", row["cq_team_code"], season), team_id)
    _ranking_teams(src, teams, codes)
    return codes


def _ranking_teams(src: Path, teams: TeamRegistry, codes: dict) -> None:
    """Teams of the UCI team rankings 2019-2022 (code -> name per season): a season name for
    known teams, and an entity for the continental teams riders are ranked for."""
    for gender, pattern in (("M", "WR{}manteam.csv"), ("F", "UCIranking{}team.csv")):
        for year in UCI_YEARS:
            with open(src / "seed" / "uci" / pattern.format(year), encoding="utf-8") as f:
                rows = list(csv.reader(f))[1:]
            for row in rows:
                if len(row) < 3 or not row[2].strip():
                    continue
                name, code = _title_team(row[1]), row[2].strip()
                team_id = codes.get((gender, code, year)) or resolve_team(
                    teams, name, gender, year, src)
                if team_id is None:
                    if len(team_key(name).split()) < 2:
                        continue  # a one-word name of an unknown team: too easily a word
                    team_id = teams.create(name, gender, "uci").id
                    teams.observe(team_id, year, name=name, category="CT", source="uci")
                codes.setdefault((gender, code, year), team_id)
                team = teams.teams[team_id]
                known = {team_key(n): n for n in [*team.former_names, team.name]}
                teams.observe(team_id, year, name=known.get(team_key(name)), uci_code=code,
                              source="uci")


def _title_team(raw: str) -> str:
    """ "NIPPO - VINI FANTINI - FAIZANE'" -> "Nippo-Vini Fantini-Faizane"."""
    text = re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", raw.strip().strip("'")))
    words = []
    for word in text.split(" "):
        parts = [p if (len(p) <= 3 and p.isupper() and p.isalpha() and p not in
                       {"THE", "AND", "DES", "DEL", "VAN", "DER", "DEN", "TEAM", "PRO"})
                 else cap_word(p) for p in word.split("-")]
        words.append("-".join(parts))
    return " ".join(words)


def resolve_team(teams: TeamRegistry, name: str, gender: str, season: int | None,
                 src: Path) -> str | None:
    mapped = _manual_map(src).get((gender, team_key(name)))
    return mapped or teams.resolve(name, gender, season)


_MANUAL: dict | None = None


def _manual_map(src: Path) -> dict[tuple[str, str], str]:
    """``team_names.csv``: names (as any source writes them) the key match cannot place."""
    global _MANUAL
    if _MANUAL is None:
        _MANUAL = {(r["gender"], team_key(r["name"])): r["team_id"]
                   for r in read_csv(src / "team_names.csv")}
    return _MANUAL


def _bar(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


# ------------------------------------------------------------------ riders
def curated(src: Path) -> Iterator[Obs]:
    for c in read_csv(src / "curated_riders.csv"):
        seasons: dict[int, list[str]] = defaultdict(list)
        for part in filter(None, (p.strip() for p in c["teams"].split(";"))):
            years, team = part.split(":")
            first, _, last = years.partition("-")
            for y in range(int(first), int(last or first) + 1):
                seasons[y].append(team)
        yield Obs(name=c["name"], gender=c["gender"], source="curated", priority=0,
                  nat=c["nationality"], born=c["born"], born_exact=False, uci=c["uci_id"],
                  aliases=_bar(c["aliases"]) + _bar(c.get("match", "")),
                  cs=_bar(c["case_sensitive_aliases"]), seasons=dict(seasons),
                  curated_id=c["id"])


def collected(src: Path, teams: TeamRegistry) -> Iterator[Obs]:
    """The rider facts collected from public pages and data files, block by block."""
    check = {(r["name"], r["men_pro_team"]): r["verdict"]
             for r in read_csv(src / "collected" / "gaps-2026" / "menpro-check.csv")}
    aliases: dict[str, list[str]] = defaultdict(list)
    for block in COLLECTED_BLOCKS:
        for row in read_csv(src / "collected" / block / "aliases.csv"):
            if row["alias"] and row["alias"] != row["name"]:
                aliases[row["name"]].append(row["alias"])
    dob = {r["name"]: r["born"] for r in read_csv(src / "collected" / "gaps-2026" /
                                                  "dob-supplement.csv") if r["born"]}
    for block in COLLECTED_BLOCKS:
        for row in read_csv(src / "collected" / block / "riders.csv"):
            evidence = row["evidence"]
            if block == "men-pro":
                verdict = check.get((row["name"], row["team"]), "")
                if evidence.startswith("derived-unverified:") and not verdict.startswith(
                        "confirmed"):
                    continue  # not confirmed by any second source
                if verdict.startswith(("NOT", "CONTRADICTED")):
                    continue
            season = int(row["season"])
            team_id = None
            if row["team"]:
                team_id = resolve_team(teams, row["team"], row["gender"], season, src)
                if team_id is None:
                    print(f"  unplaced team {row['team']!r} ({row['gender']} {season}, {block})")
            yield Obs(name=row["name"], gender=row["gender"], source=f"collected/{block}",
                      priority=10, nat=row["nationality"], born=dob.get(row["name"],
                                                                        row["born"]),
                      aliases=aliases.get(row["name"], []),
                      seasons={season: [team_id]} if team_id else {}, active={season})
    for row in read_csv(src / "collected" / "history-and-cx" / "history.csv"):
        wins = _bar(row["wins"])
        years = {y for w in wins if (y := _year(w.split()[-1])) is not None}
        seasons: dict[int, list[str]] = defaultdict(list)
        for item in _bar(row["teams"]):
            name, _, year = item.rpartition(" ")
            if year.isdigit() and name:
                team_id = resolve_team(teams, name, row["gender"], int(year), src)
                if team_id:
                    seasons[int(year)].append(team_id)
                    teams.observe(team_id, int(year), name=name.replace(" - ", "-"))
                years.add(int(year))
        yield Obs(name=row["name"], gender=row["gender"], source="collected/history-and-cx",
                  priority=10, nat=row["nationality"], born=row["born"],
                  aliases=aliases.get(row["name"], []), seasons=dict(seasons), active=years,
                  wins=wins)


def patxibocos(src: Path, codes: dict) -> Iterator[Obs]:
    folder = src / "seed" / "patxibocos"
    teams = json.loads((folder / "teams-2023.json").read_text())
    team_of = {rider: codes[("M", t["abbreviation"], 2023)] for t in teams
               for rider in t["riders"]}
    for r in json.loads((folder / "riders-2023.json").read_text()):
        name = f"{r['firstName']} {_pcs_surname(r['lastName'], ISO2.get(r['country'] or '', ''))}"
        team = team_of.get(r["id"])
        yield Obs(name=name, gender="M", source="patxibocos", priority=20,
                  nat=ISO2.get((r["country"] or "").upper(), ""), born=r["birthDate"] or "",
                  seasons={2023: [team]} if team else {}, active={2023})


def _pcs_surname(surname: str, nat: str) -> str:
    """PCS title-cases particles ("Van Der Poel"): Dutch riders write them in lower case."""
    words = surname.split()
    if nat == "NED" and len(words) > 1:
        lower = {"van", "der", "den", "de", "ter", "ten", "het", "in", "'t"}
        return " ".join(w.lower() if w.lower() in lower and i < len(words) - 1 else w
                        for i, w in enumerate(words))
    return surname


def uci_rankings(src: Path, codes: dict) -> Iterator[Obs]:
    for gender, pattern in (("M", "WR{}man.csv"), ("F", "UCIranking{}.csv")):
        for year in UCI_YEARS:
            with open(src / "seed" / "uci" / pattern.format(year), encoding="utf-8") as f:
                rows = list(csv.reader(f))[1:]
            for row in rows:
                if len(row) < 6 or not row[1].strip():
                    continue
                _rank, uci_id, name, country, code, age = (c.strip() for c in row[:6])
                nat = COUNTRY.get(country.upper(), "")
                press, aliases = press_from_uci(name, nat)
                team = codes.get((gender, code, year)) if code else None
                yield Obs(name=press, gender=gender, source="uci", priority=30, nat=nat,
                          born=str(year - int(age)) if age.isdigit() else "",
                          born_exact=False, uci=uci_id, aliases=aliases,
                          seasons={year: [team]} if team else {}, active={year})


def cqranking(src: Path, codes: dict) -> Iterator[Obs]:
    folder = src / "seed" / "cqranking"
    for fname, season in (("all_riders_cqranking_with_fc_rider_id__2023-10.csv", 2023),
                          ("veillijst__2024-01.csv", 2024)):
        for row in read_csv(folder / fname):
            code = row["UCICode"]
            match = re.fullmatch(r"([A-Z]{3})(\d{4})(\d{2})(\d{2})", code or "")
            nat = match[1] if match else row["Nationality"]
            born = f"{match[2]}-{match[3]}-{match[4]}" if match else ""
            team = codes.get(("M", row["Team"], season))
            press, aliases = press_from_uci(nfc(row["Name"]), nat)
            yield Obs(name=press, gender="M", source="cqranking", priority=40, nat=nat,
                      born=born, aliases=aliases, seasons={season: [team]} if team else {},
                      active={season} if team else set())


def ecbikes(src: Path, codes: dict) -> Iterator[Obs]:
    folder = src / "seed" / "ecbikes"
    for gender, fname in (("M", "men-2025-uciTeams.json"), ("F", "women-2025-uciTeams.json")):
        data = json.loads((folder / fname).read_text())
        for info in data["riderInfo"].values():
            team = codes.get((gender, info.get("team", ""), 2025))
            nat = ISO2.get((info.get("country") or "").upper(), "")
            yield Obs(name=info["name"], gender=gender, source="ecbikes", priority=15, nat=nat,
                      seasons={2025: [team]} if team else {}, active={2025})
    by_id: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in read_csv(folder / "rider-name-to-dataride-id.csv"):
        gender = "F" if row["gender"].startswith("w") else "M"
        by_id[(gender, row["dataride_object_id"])].append(row["name"])
    # Name variants the upstream author listed for one rider: aliases of the first form.
    for (gender, _), names in by_id.items():
        if len(names) > 1:
            yield Obs(name=names[0], gender=gender, source="ecbikes", priority=60,
                      aliases=names[1:], strict=True)


def sporza(src: Path, teams: TeamRegistry, people) -> Iterator[Obs]:
    """2025 rosters. PCSNamen is kept when its surname and initial agree with Renner's;
    otherwise the rider is found by surname and initial among the known riders."""
    path = src / "seed" / "sporza" / "sporza-wielermanager.csv"
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    for row in csv.DictReader(lines, delimiter=";"):
        renner, pcs = row["Renner"].strip(), (row["PCSNamen"] or "").strip()
        team = resolve_team(teams, row["Ploeg"], "M", 2025, src)
        if team is None:
            print(f"  unplaced Sporza team {row['Ploeg']!r}")
            continue
        sur, _, initial = renner.rpartition(" ")
        sur_key = fold(sur).lower().replace(" ", "")
        if pcs:
            pcs_sur = " ".join(w for w in pcs.split() if w.isupper() or w in ("'",))
            pcs_given = pcs[len(pcs_sur):].strip()
            if (fold(pcs_sur).lower().replace(" ", "") == sur_key and pcs_given
                    and fold(pcs_given)[:1].upper() == fold(initial)[:1].upper()):
                name, aliases = press_from_uci(pcs, "")
                yield Obs(name=name, gender="M", source="sporza", priority=35,
                          aliases=aliases, seasons={2025: [team]}, active={2025})
                continue
        found = people.by_surname_initial(sur_key, fold(initial)[:1].lower())
        if len(found) == 1:
            yield Obs(name=found[0].name, gender="M", source="sporza", priority=99,
                      seasons={2025: [team]}, active={2025}, strict=False)


def giro2023(src: Path, teams: TeamRegistry) -> Iterator[Obs]:
    seen: set[tuple[str, str]] = set()
    for row in read_csv(src / "seed" / "giro2023" / "Giro-dItalia-STG-2023.csv"):
        rider, team = row["stage_rank_rider"].strip(), row["stage_rank_team"].strip()
        if not rider or not team or (rider, team) in seen:
            continue
        seen.add((rider, team))
        team_id = resolve_team(teams, team, "M", 2023, src)
        name, aliases = press_from_uci(nfc(rider), "")
        yield Obs(name=name, gender="M", source="giro2023", priority=36, aliases=aliases,
                  seasons={2023: [team_id]} if team_id else {}, active={2023})


def cx_startlists(src: Path) -> Iterator[Obs]:
    """UCI ids of the cyclocross riders (they join them to the rankings' records)."""
    path = (src / "seed" / "cx" / "startlists" /
            "startlists_all__2025-11-15_Merksplas__2025-11-16_Hamme.csv")
    for row in read_csv(path):
        gender = "F" if "women" in row["category_full"].lower() else "M"
        name, aliases = press_from_uci(nfc(row["Naam"]), row["Nat"])
        uci = row["UCI ID"].split(".")[0]
        yield Obs(name=name, gender=gender, source="cx", priority=45, nat=row["Nat"],
                  uci=uci, aliases=aliases, active={2026})


def letour(src: Path, patterns: list) -> Iterator[tuple[Obs, set[int]]]:
    riders: dict[tuple[str, str], dict] = {}
    for gender, fname in (("M", "TDF_Riders_History.csv"), ("F", "TDFF_Riders_History.csv")):
        for row in read_csv(src / "seed" / "letour" / fname):
            year = int(row["Year"])
            if year < LETOUR_FROM:
                continue
            raw = nfc(re.sub(r"\s+", " ", row["Rider"]).strip())
            key = (gender, " ".join(sorted(fold(raw).lower().split())))
            r = riders.setdefault(key, {"raw": raw, "gender": gender, "seasons": {},
                                        "years": set()})
            r["years"].add(year)
            if any(ord(c) > 127 for c in raw):
                r["raw"] = raw
            if gender == "M" and year in NATIONAL_TEAM_YEARS:
                continue
            team_raw = re.sub(r"\s+", " ", row["Team"]).strip().upper()
            for rx, team_id, g in patterns:
                if g == gender and rx.fullmatch(team_raw):
                    r["seasons"][year] = [team_id]
                    break
    for r in riders.values():
        yield Obs(name=case_letour(r["raw"]), gender=r["gender"], source="letour",
                  priority=50, seasons=r["seasons"], active=set(r["years"])), r["years"]


def noctildon(src: Path) -> Iterator[tuple[str, str]]:
    for row in read_csv(src / "seed" / "noctildon" / "riders_info_cleaned.csv"):
        if row["name"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["DOB"] or ""):
            yield nfc(row["name"]), row["DOB"]


def cx_results(src: Path, teams: TeamRegistry) -> Iterator[Obs]:
    """Riders on the 2025-26 cyclocross result sheets with their trade team (season 2026, the
    winter's second year, as in the collected cyclocross rows)."""
    for path in sorted((src / "seed" / "cx").glob("*/*.csv")):
        if "Ranking" in path.name or "startlists_all" in path.name:
            continue
        gender = "F" if "Women" in path.name else "M"
        for row in read_csv(path):
            raw = (row.get("Name") or "").strip()
            team = (row.get("Team") or "").strip()
            if not raw or " " not in raw:
                continue
            nat = (row.get("NAT") or row.get("Nat") or "").strip()
            yob = (row.get("YOB") or "").strip()
            team_id = resolve_team(teams, team, gender, 2026, src) if team else None
            name, aliases = press_from_uci(nfc(raw), nat)
            yield Obs(name=name, gender=gender, source="cx", priority=45,
                      nat=nat if re.fullmatch(r"[A-Z]{3}", nat) else "",
                      born=yob if re.fullmatch(r"\d{4}", yob) else "", aliases=aliases,
                      seasons={2026: [team_id]} if team_id else {}, active={2026})
