#!/usr/bin/env python3
"""Rebuild the bundled rider/team gazetteer (src/leadout_tui/data/gazetteer/).

Inputs (all inside the repo, nothing is fetched):
  tools/gazetteer/seed/uci/      UCI end-of-season rankings 2019-2022 (psemdel/CyclingInitBot, MIT)
  tools/gazetteer/seed/letour/   Tour de France (+Femmes) GC finishers
                                 (thomascamminady/LeTourDataSet, MIT)
  tools/gazetteer/curated_teams.csv   hand-curated team table (one row per team entity)
  tools/gazetteer/team_codes.csv      UCI (gender, code, years) -> team id
  tools/gazetteer/letour_teams.csv    regex on letour team names -> team id
  tools/gazetteer/curated_riders.csv  hand-curated riders: press names, aliases, nicknames,
                                      nationality, 2023-2026 seasons, legends

Usage:  python tools/build_gazetteer.py [--check]
Output is deterministic (sorted by id).  --check only validates the current output files.
"""
from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "tools" / "gazetteer"
SEED = SRC / "seed"
OUT = ROOT / "src" / "leadout_tui" / "data" / "gazetteer"

RIDER_HEADER = ["id", "name", "ascii", "aliases", "case_sensitive_aliases",
                "nationality", "gender", "born", "teams"]
TEAM_HEADER = ["id", "name", "gender", "short_names", "former_names", "nicknames",
               "years", "uci_codes"]
UCI_YEARS = (2019, 2020, 2021, 2022)
MEN_RANK_LIMIT = 800
WOMEN_RANK_LIMIT = 400
LETOUR_FROM = 1995

# UCI country names -> IOC/UCI three-letter codes (as the UCI uses them).
COUNTRY = {
    "AFGHANISTAN": "AFG", "ALBANIA": "ALB", "ALGERIA": "ALG", "ANGOLA": "ANG", "ANGUILLA": "AIA",
    "ANTIGUA AND BARBUDA": "ANT", "ARGENTINA": "ARG", "AUSTRALIA": "AUS", "AUSTRIA": "AUT",
    "AZERBAIJAN": "AZE", "BAHAMAS": "BAH", "BAHRAIN": "BRN", "BANGLADESH": "BAN",
    "BARBADOS": "BAR", "BELARUS": "BLR", "BELGIUM": "BEL", "BELIZE": "BIZ", "BENIN": "BEN",
    "BERMUDA": "BER", "BOLIVARIAN REPUBLIC OF VENEZUELA": "VEN", "BOLIVIA": "BOL",
    "BOSNIA AND HERZEGOVINA": "BIH", "BOTSWANA": "BOT", "BRAZIL": "BRA",
    "BRITISH VIRGIN ISLANDS": "IVB", "BULGARIA": "BUL", "BURKINA FASO": "BUR",
    "CAMEROON": "CMR", "CANADA": "CAN", "CAYMAN ISLANDS": "CAY", "CHILE": "CHI",
    "CHINESE TAIPEI": "TPE", "COLOMBIA": "COL", "COSTA RICA": "CRC", "COTE D'IVOIRE": "CIV",
    "CROATIA": "CRO", "CUBA": "CUB", "CURACAO": "CUW", "CYPRUS": "CYP", "CZECH REPUBLIC": "CZE",
    "DEMOCRATIC REPUBLIC OF THE CONGO": "COD", "DENMARK": "DEN", "DOMINICAN REPUBLIC": "DOM",
    "ECUADOR": "ECU", "EGYPT": "EGY", "EL SALVADOR": "ESA", "ERITREA": "ERI", "ESTONIA": "EST",
    "ETHIOPIA": "ETH", "ESWATINI": "SWZ", "FINLAND": "FIN",
    "FORMER YUGOSLAV REPUBLIC OF MACEDONIA": "MKD", "FRANCE": "FRA", "GEORGIA": "GEO",
    "GERMANY": "GER", "GREAT BRITAIN": "GBR", "GREECE": "GRE", "GRENADA": "GRN",
    "GUATEMALA": "GUA", "HONDURAS": "HON", "HONG KONG": "HKG", "HONG KONG, CHINA": "HKG",
    "HUNGARY": "HUN", "ICELAND": "ISL", "INDIA": "IND", "INDONESIA": "INA", "IRAQ": "IRQ",
    "IRELAND": "IRL", "ISLAMIC REPUBLIC OF IRAN": "IRI", "ISRAEL": "ISR", "ITALY": "ITA",
    "JAMAICA": "JAM", "JAPAN": "JPN", "JORDAN": "JOR", "KAZAKHSTAN": "KAZ", "KENYA": "KEN",
    "KOREA": "KOR", "KOSOVO": "KOS", "KUWAIT": "KUW", "LAO PEOPLE'S DEMOCRATIC REPUBLIC": "LAO",
    "LATVIA": "LAT", "LEBANON": "LBN", "LESOTHO": "LES", "LITHUANIA": "LTU",
    "LUXEMBOURG": "LUX", "MACAO, CHINA": "MAC", "MALAYSIA": "MAS", "MALI": "MLI",
    "MAURITIUS": "MRI", "MEXICO": "MEX", "MONACO": "MON", "MONGOLIA": "MGL",
    "MONTENEGRO": "MNE", "MOROCCO": "MAR", "NAMIBIA": "NAM", "NETHERLANDS": "NED",
    "NEW ZEALAND": "NZL", "NICARAGUA": "NCA", "NIGERIA": "NGR", "NORWAY": "NOR", "OMAN": "OMA",
    "PAKISTAN": "PAK", "PALESTINE": "PLE", "PANAMA": "PAN", "PARAGUAY": "PAR",
    "PEOPLE'S REPUBLIC OF CHINA": "CHN", "PERU": "PER", "PHILIPPINES": "PHI", "POLAND": "POL",
    "PORTUGAL": "POR", "PUERTO RICO": "PUR", "QATAR": "QAT", "REPUBLIC OF MOLDOVA": "MDA",
    "ROMANIA": "ROU", "RUSSIAN FEDERATION": "RUS", "RWANDA": "RWA",
    "SAINT VINCENT AND THE GRENADINES": "VIN", "SAMOA": "SAM", "SAUDI ARABIA": "KSA",
    "SENEGAL": "SEN", "SERBIA": "SRB", "SEYCHELLES": "SEY", "SINGAPORE": "SGP",
    "SINT MAARTEN": "SXM", "SLOVAKIA": "SVK", "SLOVENIA": "SLO", "SOUTH AFRICA": "RSA",
    "SPAIN": "ESP", "SUDAN": "SUD", "SWEDEN": "SWE", "SWITZERLAND": "SUI",
    "SYRIAN ARAB REPUBLIC": "SYR",
    "TAJIKISTAN": "TJK", "THAILAND": "THA", "TRINIDAD AND TOBAGO": "TTO", "TUNISIA": "TUN",
    "TURKEY": "TUR", "UGANDA": "UGA", "UKRAINE": "UKR", "UNITED ARAB EMIRATES": "UAE",
    "UNITED STATES OF AMERICA": "USA", "URUGUAY": "URU", "UZBEKISTAN": "UZB",
    "VIETNAM": "VIE", "ZIMBABWE": "ZIM",
}
HISPANIC = {"ESP", "COL", "ECU", "VEN", "MEX", "ARG", "CHI", "URU", "CRC", "GUA", "PER",
            "BOL", "PAR", "DOM", "CUB", "PAN", "ESA", "HON", "NCA", "PUR"}
LUSO = {"POR", "BRA"}
LOWER_ALWAYS = {"van", "der", "den", "von", "zu", "ten", "ter", "te", "vom", "'t"}
LOWER_IBERIAN = {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "y", "e"}
LOWER_DUTCH = LOWER_ALWAYS | {"de", "het", "in"}
LOWER_FRENCH = {"de", "du", "des"}


# ---------------------------------------------------------------- text helpers
def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D",
                       "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
                       "œ": "oe", "Œ": "OE", "ı": "i", "’": "'", "‘": "'"})  # noqa: RUF001


def fold(s: str) -> str:
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    s = fold(s).lower().replace("'", "").replace("&", " ")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def tokens(s: str) -> frozenset:
    s = fold(s).lower().replace("'", "").replace("-", " ").replace(".", " ")
    return frozenset(t for t in s.split() if t)


def cap_word(w: str, nat: str = "") -> str:
    if not w:
        return w
    if "-" in w:
        return "-".join(cap_word(p, nat) for p in w.split("-"))
    low = w.lower()
    if "'" in low and len(low.split("'")[0]) == 1 and not low.startswith("'"):
        a, b = low.split("'", 1)
        return a.upper() + "'" + cap_word(b, nat)
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2].upper() + low[3:]
    if nat == "NED" and low.startswith("ij"):
        return "IJ" + low[2:]
    return low[0].upper() + low[1:]


def case_surname(words: list[str], nat: str) -> str:
    if nat in HISPANIC or nat in LUSO:
        lower = LOWER_IBERIAN | LOWER_ALWAYS
    elif nat == "NED":
        lower = LOWER_DUTCH
    elif nat == "BEL" or nat == "ITA":
        # Belgian/Italian particles are capitalised: De Lie, Van Avermaet, De Marchi
        lower = set()
    elif nat in ("FRA", "SUI", "LUX", "MON"):
        lower = LOWER_FRENCH | {"von", "van", "der"}
    elif nat:
        lower = LOWER_ALWAYS
    else:                       # unknown nationality (letour-only riders)
        lower = LOWER_ALWAYS
    out = []
    n = len(words)
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in lower and i < n - 1:
            out.append(lw)
        else:
            out.append(cap_word(w, nat))
    return " ".join(out)


def case_letour(name: str) -> str:
    """UPPER 'FIRST LAST' -> press case (nationality unknown)."""
    words = name.split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        inner = 0 < i < len(words) - 1
        before_article = (
            lw in {"de", "del", "la", "da", "dos"}
            and words[i + 1].lower() in {"la", "las", "los", "le"}
            if inner
            else False
        )
        after_de = i > 0 and lw in {"la", "los", "las"} and words[i - 1].lower() in {"de", "del"}
        if (inner and (lw in LOWER_ALWAYS or before_article)) or after_de:
            out.append(lw)
        else:
            out.append(cap_word(w))
    return " ".join(out)


def split_uci(name: str) -> tuple[list[str], list[str]]:
    """'VAN DER POEL Mathieu' -> (['VAN','DER','POEL'], ['Mathieu'])."""
    words = name.split()
    sur, given = [], []
    for w in words:
        letters = [c for c in w if c.isalpha()]
        if not given and letters and all(c.isupper() for c in letters):
            sur.append(w)
        else:
            given.append(w)
    if not given and len(sur) > 1:  # all caps: last word is the given name
        given = [sur.pop()]
    return sur, given


def press_from_uci(name: str, nat: str) -> tuple[str, list[str]]:
    sur, given = split_uci(nfc(name))
    given_s = " ".join(cap_word(g, nat) if g.isupper() else g for g in given)
    full = (given_s + " " + case_surname(sur, nat)).strip()
    aliases = []
    named = [w for w in sur if w.lower() not in LOWER_IBERIAN]
    if nat in LUSO and len(named) >= 2:
        # Portuguese and Brazilian press: first given name + last surname (Rúben Guerreiro)
        short = given_s.split()[0] + " " + case_surname(sur[-1:], nat) if given_s else ""
        if short and short != full:
            return short, [full]
    if nat in HISPANIC and (len(named) >= 2 or len(given) >= 2):
        # press: first given name + first surname (with its particles)
        first_sur = []
        for w in sur:
            first_sur.append(w)
            if w.lower() not in LOWER_IBERIAN:
                break
        short = (given_s.split()[0] + " " + case_surname(first_sur, nat)).strip()
        if short != full:
            aliases.append(full)
            full = short
    return full, aliases


# ---------------------------------------------------------------- loading
def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def expand_years(spec: str) -> list[int]:
    if "-" in spec:
        a, b = spec.split("-")
        return list(range(int(a), int(b) + 1))
    return [int(spec)]


def parse_teams(spec: str) -> dict[int, str]:
    out = {}
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        years, team = part.split(":")
        for y in expand_years(years):
            out[y] = team
    return out


def load_uci(code_map):
    riders: dict[str, dict] = {}
    for gender, pattern in (("M", "WR{}man.csv"), ("F", "UCIranking{}.csv")):
        limit = MEN_RANK_LIMIT if gender == "M" else WOMEN_RANK_LIMIT
        for year in UCI_YEARS:
            with open(SEED / "uci" / pattern.format(year), encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))[1:]
            for row in rows:
                if len(row) < 6 or not row[1].strip():
                    continue
                rank, uci_id, name, country, code, age = (c.strip() for c in row[:6])
                team = code_map.get((gender, code, year)) if code else None
                if not (team or (rank.isdigit() and int(rank) <= limit)):
                    continue
                r = riders.setdefault(uci_id, {"uci": uci_id, "gender": gender, "seasons": {},
                                               "names": [], "born": set(), "nat": ""})
                r["names"].append((year, name))
                r["nat"] = COUNTRY.get(country.upper(), r["nat"])
                if age.isdigit():
                    r["born"].add(year - int(age))
                if team:
                    r["seasons"][year] = team
    return riders


def load_letour(patterns):
    out: dict[str, dict] = {}
    unmapped = defaultdict(int)
    for gender, fn in (("M", "TDF_Riders_History.csv"), ("F", "TDFF_Riders_History.csv")):
        for row in read_csv(SEED / "letour" / fn):
            year = int(row["Year"])
            if year < LETOUR_FROM:
                continue
            raw = nfc(re.sub(r"\s+", " ", row["Rider"]).strip())
            key = (gender, " ".join(sorted(tokens(raw))))
            team_raw = re.sub(r"\s+", " ", row["Team"]).strip().upper()
            team = None
            for rx, tid, g in patterns:
                if g == gender and rx.fullmatch(team_raw):
                    team = tid
                    break
            if team is None:
                unmapped[(gender, team_raw)] += 1
            r = out.setdefault(key, {"raw": raw, "gender": gender, "seasons": {}, "years": set()})
            r["years"].add(year)
            if team:
                r["seasons"][year] = team
            if any(ord(c) > 127 for c in raw):   # prefer the spelling that kept diacritics
                r["raw"] = raw
    return out, unmapped


# ---------------------------------------------------------------- build
def build():
    teams = read_csv(SRC / "curated_teams.csv")
    team_gender = {t["id"]: t["gender"] for t in teams}
    code_map = {}
    uci_codes = defaultdict(dict)
    for r in read_csv(SRC / "team_codes.csv"):
        for y in expand_years(r["years"]):
            code_map[(r["gender"], r["code"], y)] = r["team_id"]
            uci_codes[r["team_id"]][y] = r["code"]
    patterns = []
    for r in read_csv(SRC / "letour_teams.csv"):
        g = team_gender[r["team_id"]]
        patterns.append((re.compile(r["pattern"]), r["team_id"], g))
    # women's Tour teams: same sponsor names map to the women's squads
    women_letour = read_csv(SRC / "letour_teams_women.csv")
    for r in women_letour:
        patterns.append((re.compile(r["pattern"]), r["team_id"], "F"))

    uci = load_uci(code_map)
    letour, unmapped = load_letour(patterns)

    # ---- records: one per person.  start with UCI riders
    records = []
    by_tokens: dict[tuple, list[dict]] = defaultdict(list)
    for uid in sorted(uci):
        u = uci[uid]
        _year, name = sorted(u["names"])[-1]          # most recent UCI spelling
        press, aliases = press_from_uci(name, u["nat"])
        rec = {"name": press, "aliases": list(aliases), "cs": [], "nat": u["nat"],
               "gender": u["gender"], "born": min(u["born"]) if u["born"] else "",
               "seasons": dict(u["seasons"]), "uci": uid, "years": set(y for y, _ in u["names"]),
               "src": {"uci"}}
        for _, other in u["names"]:
            p2, a2 = press_from_uci(other, u["nat"])
            for a in [p2, *a2]:
                if a != press and a not in rec["aliases"]:
                    rec["aliases"].append(a)
        records.append(rec)
        for form in [press] + rec["aliases"]:
            by_tokens[(u["gender"], tokens(form))].append(rec)

    # ---- letour: attach to a UCI record (same token set, or UCI tokens subset of legal name)
    uci_by_gender = defaultdict(list)
    for rec in records:
        uci_by_gender[rec["gender"]].append(rec)
    for key in sorted(letour):
        lt = letour[key]
        toks = tokens(lt["raw"])
        cands = by_tokens.get((lt["gender"], toks), [])
        if not cands:
            cands = [rec for rec in uci_by_gender[lt["gender"]]
                     if len(tokens(rec["name"])) >= 2 and len(toks) >= 2
                     and (tokens(rec["name"]) < toks
                          or any(toks <= tokens(a) for a in [rec["name"]] + rec["aliases"]))
                     and min(lt["years"]) >= min(rec["years"]) - 18
                     and max(lt["years"]) <= max(rec["years"]) + 8]
        cands = list({id(c): c for c in cands}.values())
        pretty = case_letour(lt["raw"])
        if len(cands) == 1:
            rec = cands[0]
            if tokens(pretty) != tokens(rec["name"]) and pretty not in rec["aliases"]:
                rec["aliases"].append(pretty)
        else:
            rec = {"name": pretty, "aliases": [], "cs": [], "nat": "", "gender": lt["gender"],
                   "born": "", "seasons": {}, "uci": "", "years": set(), "src": set()}
            records.append(rec)
            by_tokens[(lt["gender"], toks)].append(rec)
        rec["src"].add("letour")
        rec["years"] |= lt["years"]
        for y, t in lt["seasons"].items():
            rec["seasons"].setdefault(y, t)   # UCI team code wins for 2019-2022

    # ---- letour-only riders with a Spanish double surname ("Moises Duenas Nevada"): the press
    # writes given name + first surname, so add that alias when the last word is a surname
    # seen among Spanish- or Portuguese-speaking UCI riders.
    given_words = {fold(r["name"].split()[0]).lower() for r in records if r["name"].split()}
    iberian = {w for rec in records if rec["nat"] in HISPANIC | LUSO
               for w in tokens(rec["name"]) | {t for a in rec["aliases"] for t in tokens(a)}}
    for rec in records:
        words = rec["name"].split()
        if (not rec["uci"] and len(words) == 3 and "-" not in rec["name"]
                and fold(words[2]).lower() in iberian
                and fold(words[1]).lower() not in given_words
                and not {w.lower() for w in words} & (LOWER_IBERIAN | LOWER_ALWAYS)):
            short = f"{words[0]} {words[1]}"
            if short not in rec["aliases"]:
                rec["aliases"].append(short)

    # ---- curated riders: override / add
    curated = read_csv(SRC / "curated_riders.csv")
    curated_ids = set()
    for c in curated:
        forms = [c["name"]] + [a for a in c["aliases"].split("|") if a] + \
                [a for a in c.get("match", "").split("|") if a]
        hits = []
        for rec in records:
            if rec["gender"] != c["gender"] or rec.get("curated"):
                continue
            if c.get("uci_id") and rec["uci"] == c["uci_id"]:
                hits.append(rec)
                continue
            rforms = [rec["name"]] + rec["aliases"]
            if any(tokens(a) == tokens(b) for a in forms for b in rforms):
                hits.append(rec)
        # merge all hits into one record
        if hits:
            rec = hits[0]
            for other in hits[1:]:
                if other["uci"] and rec["uci"] and other["uci"] != rec["uci"]:
                    # two different UCI riders share this name: keep the one with the
                    # UCI id given, or the first
                    if c.get("uci_id") and other["uci"] == c["uci_id"]:
                        rec, other = other, rec
                    else:
                        continue
                for f in ("aliases",):
                    for a in [other["name"]] + other[f]:
                        if a not in rec[f]:
                            rec[f].append(a)
                for y, t in other["seasons"].items():
                    rec["seasons"].setdefault(y, t)
                rec["years"] |= other["years"]
                rec["src"] |= other["src"]
                rec["uci"] = rec["uci"] or other["uci"]
                rec["born"] = rec["born"] or other["born"]
                rec["nat"] = rec["nat"] or other["nat"]
                other["dropped"] = True
        else:
            rec = {"name": c["name"], "aliases": [], "cs": [], "nat": "", "gender": c["gender"],
                   "born": "", "seasons": {}, "uci": "", "years": set(), "src": set()}
            records.append(rec)
        old_name = rec["name"]
        rec["curated"] = True
        rec["id"] = c["id"]
        curated_ids.add(c["id"])
        rec["name"] = nfc(c["name"])
        aliases = [a for a in c["aliases"].split("|") if a]
        # keep source forms (legal names, old spellings) as aliases unless curated says drop
        keep_src = c.get("keep_source_aliases", "1") != "0"
        src_aliases = ([old_name] + rec["aliases"]) if keep_src else []
        merged = []
        for a in aliases + src_aliases:
            a = nfc(a)
            if a and a != rec["name"] and a.casefold() not in {m.casefold() for m in merged}:
                merged.append(a)
        rec["aliases"] = merged
        rec["cs"] = [a for a in c["case_sensitive_aliases"].split("|") if a]
        if c["nationality"]:
            rec["nat"] = c["nationality"]
        if c["born"]:
            rec["born"] = int(c["born"])
        rec["seasons"].update(parse_teams(c["teams"]))
        for y in [int(y) for y in c.get("drop_seasons", "").split(";") if y]:
            rec["seasons"].pop(y, None)
        rec["src"].add("curated")

    # ---- finalise
    records = [r for r in records if not r.get("dropped")]
    rows = []
    used = set(curated_ids)
    def priority(r: dict) -> tuple:
        return (not r.get("curated"), -len(r["seasons"]), r["uci"], r["name"])

    for rec in sorted(records, key=priority):
        name = nfc(rec["name"])
        if "id" not in rec:
            base = "r-" + slug(name)
            rid = base
            if rid in used:
                rid = f"{base}-{rec['born']}" if rec["born"] else base
            n = 2
            while rid in used:
                rid = f"{base}-{n}"
                n += 1
            rec["id"] = rid
        used.add(rec["id"])
        ascii_name = fold(name)
        aliases = []
        for a in rec["aliases"]:
            a = nfc(a)
            if a.casefold() == name.casefold() or fold(a).casefold() == ascii_name.casefold():
                continue
            if len(tokens(a)) < 2:        # never a bare surname / single word
                continue
            if fold(a).casefold() not in {fold(x).casefold() for x in aliases}:
                aliases.append(a)
        seasons = ";".join(f"{y}:{t}" for y, t in sorted(rec["seasons"].items()))
        rows.append({"id": rec["id"], "name": name, "ascii": ascii_name,
                     "aliases": "|".join(aliases), "case_sensitive_aliases": "|".join(rec["cs"]),
                     "nationality": rec["nat"], "gender": rec["gender"],
                     "born": str(rec["born"]) if rec["born"] else "", "teams": seasons})
    rows.sort(key=lambda r: r["id"])

    team_rows = []
    for t in sorted(teams, key=lambda t: t["id"]):
        codes = ";".join(f"{y}:{c}" for y, c in sorted(uci_codes.get(t["id"], {}).items()))
        team_rows.append({k: nfc(t.get(k, "")) for k in TEAM_HEADER[:-1]} | {"uci_codes": codes})

    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "riders.csv", RIDER_HEADER, rows)
    write(OUT / "teams.csv", TEAM_HEADER, team_rows)
    write_ordinary_words(rows)
    stats = defaultdict(int)
    for rec in records:
        stats["+".join(sorted(rec["src"]))] += 1
    print(f"riders: {len(rows)}  teams: {len(team_rows)}")
    print("riders by source:", dict(sorted(stats.items())))
    top_unmapped = sorted(unmapped.items(), key=lambda kv: -kv[1])[:15]
    print("letour team names without a team row (season left out):",
          ", ".join(f"{n} ({c})" for (g, n), c in top_unmapped))


def write(path: Path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# ---------------------------------------------------------------- ordinary words
#: Debian word lists (wamerican, wfrench, wspanish), read when installed.
DICTIONARIES = (("en", Path("/usr/share/dict/american-english")),
                ("fr", Path("/usr/share/dict/french")),
                ("es", Path("/usr/share/dict/spanish")))


def write_ordinary_words(rows: list[dict]) -> None:
    """ordinary_words.txt: name words that are also ordinary (lower-case) dictionary words.

    The matcher lets such a surname (English) or part of a surname (any language) stand alone
    only after the rider's full name ("That", "Côte", "Nevada"). Without the word lists the
    existing file is kept, so a build on a machine without them changes nothing.
    """
    missing = [str(path) for _, path in DICTIONARIES if not path.is_file()]
    if missing:
        print("ordinary_words.txt kept: word lists not installed:", ", ".join(missing),
              "(apt-get install wamerican wfrench wspanish)")
        return
    langs: dict[str, set[str]] = defaultdict(set)
    for lang, path in DICTIONARIES:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            word = nfc(line.strip())
            if word[:1].islower() and word.isalpha():
                langs[fold(word).lower()].add(lang)
    name_words = set()
    for row in rows:
        for name in [row["name"], *row["aliases"].split("|")]:
            name_words.update(w for w in re.split(r"[^a-z0-9]+", fold(name).lower()) if len(w) > 1)
    lines = [f"{w} {' '.join(sorted(langs[w]))}" for w in sorted(name_words) if w in langs]
    header = ("# Rider name words that are ordinary words: word, then the dictionaries (en fr es)\n"
              "# Generated by tools/build_gazetteer.py from Debian wamerican, wfrench, wspanish\n"
              "# (lower-case entries only). Do not edit; see SOURCES.md.\n")
    (OUT / "ordinary_words.txt").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"ordinary_words.txt: {len(lines)} words")


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
