"""Name text helpers for the gazetteer build: folding, press casing, UCI and letour name forms."""
from __future__ import annotations

import re
import unicodedata

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
    # Digits are no name ("JERINIĆ 2307984805069" in the 2021 ranking); an initial is a given
    # name's ("SORGHO W. Mathias": Wendkouni Mathias Sorgho); "SKALNIAK - SOJKA" is one name.
    words = [w for w in name.replace(" - ", "-").split() if any(c.isalpha() for c in w)]
    sur, given = [], []
    for w in words:
        letters = [c for c in w if c.isalpha()]
        initial = len(letters) == 1 and w.endswith(".") and bool(sur)
        if not given and letters and all(c.isupper() for c in letters) and not initial:
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
        for form in iberian_forms(given_s.split(), case_surname(sur, nat).split(), nat):
            if form != full and form not in aliases:
                aliases.append(form)
    return full, aliases


#: ISO 3166 alpha-2 -> IOC/UCI codes, for the sources that give ISO codes (PCS, UCI DataRide).
ISO2 = {
    "AD": "AND", "AE": "UAE", "AL": "ALB", "AR": "ARG", "AT": "AUT", "AU": "AUS", "AZ": "AZE",
    "BA": "BIH", "BE": "BEL", "BG": "BUL", "BO": "BOL", "BR": "BRA", "BY": "BLR", "CA": "CAN",
    "CH": "SUI", "CL": "CHI", "CN": "CHN", "CO": "COL", "CR": "CRC", "CU": "CUB", "CY": "CYP",
    "CZ": "CZE", "DE": "GER", "DK": "DEN", "DO": "DOM", "DZ": "ALG", "EC": "ECU", "EE": "EST",
    "EG": "EGY", "ER": "ERI", "ES": "ESP", "ET": "ETH", "FI": "FIN", "FR": "FRA", "GB": "GBR",
    "GE": "GEO", "GR": "GRE", "GT": "GUA", "HK": "HKG", "HR": "CRO", "HU": "HUN", "ID": "INA",
    "IE": "IRL", "IL": "ISR", "IN": "IND", "IR": "IRI", "IS": "ISL", "IT": "ITA", "JP": "JPN",
    "KR": "KOR", "KZ": "KAZ", "LT": "LTU", "LU": "LUX", "LV": "LAT", "MA": "MAR", "MC": "MON",
    "MD": "MDA", "ME": "MNE", "MK": "MKD", "MN": "MGL", "MX": "MEX", "MY": "MAS", "NA": "NAM",
    "NL": "NED", "NO": "NOR", "NZ": "NZL", "PA": "PAN", "PE": "PER", "PH": "PHI", "PL": "POL",
    "PR": "PUR", "PT": "POR", "PY": "PAR", "RO": "ROU", "RS": "SRB", "RU": "RUS", "RW": "RWA",
    "SA": "KSA", "SE": "SWE", "SG": "SGP", "SI": "SLO", "SK": "SVK", "SV": "ESA", "TH": "THA",
    "TN": "TUN", "TR": "TUR", "TW": "TPE", "UA": "UKR", "UG": "UGA", "US": "USA", "UY": "URU",
    "UZ": "UZB", "VE": "VEN", "VN": "VIE", "ZA": "RSA", "ZW": "ZIM", "KE": "KEN", "NG": "NGR",
}
ENGLISH_SPEAKING = {"GBR", "IRL", "AUS", "NZL", "USA", "CAN", "RSA"}
#: English given names and the short forms the press uses for them ("Harry" Sweeny).
DIMINUTIVES = {
    "Harrison": "Harry", "Thomas": "Tom", "Daniel": "Dan", "Christopher": "Chris",
    "Matthew": "Matt", "Samuel": "Sam", "Benjamin": "Ben", "Joseph": "Joe",
    "Alexander": "Alex", "Nicholas": "Nick", "Jonathan": "Jon", "Frederick": "Fred",
    "Edward": "Eddie", "Oliver": "Ollie", "Jacob": "Jake", "Zachary": "Zach",
    "Timothy": "Tim", "Patrick": "Pat", "Stephen": "Steve", "Anthony": "Tony",
    "Robert": "Rob", "Joshua": "Josh", "Andrew": "Andy", "Archibald": "Archie",
    "Gregory": "Greg", "Jeffrey": "Jeff", "Elizabeth": "Lizzie", "Katherine": "Kate",
    "Alexandra": "Alex", "Rebecca": "Becky", "Charles": "Charlie", "William": "Will",
    "Nathaniel": "Nathan", "Maximilian": "Max", "Kristopher": "Kris", "Lawrence": "Laurie",
}
_DIM_BACK = {short: full for full, short in DIMINUTIVES.items()}


def given_variants(name: str, nat: str) -> list[str]:
    """Other press forms of a full name: "Harrison Sweeny" <-> "Harry Sweeny" (English
    speakers only); Spanish-speaking riders also go by every given name plus the first surname
    ("Miguel Ángel López" beside "Miguel López")."""
    words = name.split()
    out = []
    if len(words) >= 2 and nat in ENGLISH_SPEAKING:
        first = words[0]
        for other in (DIMINUTIVES.get(first), _DIM_BACK.get(first)):
            if other:
                out.append(" ".join([other, *words[1:]]))
    return out


def iberian_forms(given: list[str], surnames: list[str], nat: str) -> list[str]:
    """Press forms of a Spanish-speaking rider's full name (all given names + first surname,
    first given + both surnames ...), for the aliases."""
    if nat not in HISPANIC or not given or not surnames:
        return []
    first_sur: list[str] = []
    for w in surnames:
        first_sur.append(w)
        if w.lower() not in LOWER_IBERIAN:
            break
    forms = [" ".join([*given, *first_sur]), " ".join([given[0], *surnames]),
             " ".join([*given, *surnames])]
    return forms
