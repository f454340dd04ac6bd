"""Word lists the mention matcher needs beyond the gazetteer (all in folded form, see textfold).

Kept apart from the matcher so that tuning them does not mean reading matching code.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Lower-case words that start a surname: "Mathieu *van der* Poel", "Isaac *del* Toro".
PARTICLES = _words(
    """
    van von der den de del della delle dei di da dal du des le la los las dos das ten ter
    vanden vander op t zu af av bin ibn el
    """
)

#: Bike, component and kit brands: never a team on their own ("Lidl-Trek" still is one).
BRANDS = _words(
    """
    trek sram canyon specialized shimano cervelo pinarello colnago giant cannondale bianchi
    scott orbea bmc ridley lapierre look wilier factor merida cube felt focus basso
    storck kuota cipollini campagnolo zipp enve mavic roval fulcrum vision
    continental vittoria pirelli michelin schwalbe castelli rapha santini sportful assos poc
    kask oakley garmin wahoo hammerhead favero sigma time lightweight ultegra 105 red force
    rival liv
    """
) | frozenset({"dura ace", "van rysel", "dt swiss", "argon 18"})

#: Surnames and short team names that are also ordinary words: alone they need context.
#: A rider's surname in this list resolves on its own only after the full name appeared; a
#: team's one-word form in it only mid-sentence and capitalised.
COMMON_WORDS = _words(
    """
    power price wood best strong young long rich white bishop moss swift vine turner hunter
    king black brown green grey gray little short hill stone lane bell ball hope hart fox wolf
    lamb day may march cook baker walker fisher hall mills banks marsh field wells dean page
    ford rose house law love bush english french north west south east small hay sharp hood
    bird wise gold golden silver steel brand bond cross craft gain just mark park rock sky
    star summer winter frost snow rain storm war peace fast quick bright sweet hard hardy
    noble hunt case post champion grand petit blanc rouge vert jaune rosa bianca mas costa sol
    mar boom bos berg kamp total casino bonjour blanco picnic lotto tudor decathlon europcar
    victorious cycling team pro racing mobility united energies power glory fortunato sole
    bello gallo bianco moro rota serra cruz rey leon navarro sierra castro campos gil paris
    tours roubaix gent liege amstel lombardia sanremo flanders valencia andorra monaco nice
    alpes alps vuelta giro tour stage sprint attack climb christmas easter drops
    """
)

#: One-word places that are also a surname or a team's short name ("Milan", "Bahrain",
#: "Astana"): after one of PREPOSITIONS they are the place, not the rider or team.
PLACE_WORDS = _words(
    """
    milan bahrain astana paris costa roma nice valence tours andorra monaco
    """
)
PREPOSITIONS = _words(
    """
    in to from at near of via into around outside inside toward
    naar uit bij nabij vers en a au aux di da de del nach aus bei um desde hacia sur dans per
    """
)
#: Function words of German that the other languages of the press rarely write ("die" is also
#: Dutch and English, "des" French, "es" Spanish): their share tells German text.
GERMAN_MARKERS = _words(
    """
    der das und ist nicht mit auf fur im dem ein eine einen einem einer sich auch wird wurde
    hat sind zu vom zum zur bei nach noch aber oder wir ich sie
    """
)
#: "Adam and Simon Yates", "Adam en Simon Yates", "Adam et Simon Yates" ...
CONJUNCTIONS = _words("and en et e y und")
#: Words that can stand right before a rider's surname without being a first name
#: ("Dutchman van der Poel", "Slovenian Pogačar", "der Belgier Van Aert").
NATIONALITIES = _words(
    """
    dutchman dutchwoman dutch belgian belgians slovenian slovene dane danish frenchman
    frenchwoman french italian spaniard spanish briton british brit englishman welshman
    scot scottish irishman irish american australian aussie kiwi colombian ecuadorian
    norwegian swede swedish swiss german austrian portuguese eritrean mexican canadian
    kazakh luxembourger pole polish czech slovak latvian estonian lithuanian venezuelan
    belg nederlander deen sloveen fransman italiaan spanjaard brit zwitser duitser noor
    belgier niederlander slowene daene franzose italiener spanier schweizer
    olympian
    """
)
#: Words next to a weak team name ("Sky") that say it is the team: "joined Sky", "Sky rider".
TEAM_CUES_BEFORE = _words(
    "for join joins joined joining leave leaves left leaving signed signs with rode riding "
    "ride rides bij voor pour chez per con para fuer"
)
TEAM_CUES_AFTER = _words(
    "rider riders team teams squad teammate teammates teammate's leader captain sprinter "
    "manager boss directeur director s"
)

#: Phrases that contain a name but are something else (races, places, clubs). They are matched
#: like names (leftmost-longest), and a match produces no mention.
#: (The races themselves are entities of kind race, in races.csv.)
STOP_PHRASES = (
    "Milan-Turin", "Milano-Torino", "AC Milan", "Inter Milan", "Milan Cortina",
    "Costa Rica", "Costa Blanca", "Costa Brava", "Costa del Sol",
    "Tour of Oman", "Van Rysel", "Paris-Tours", "Bahrain Grand Prix",
    "West Flanders", "East Flanders", "French Flanders", "Flanders Fields", "Flanders Classics",
    "Specialized Roubaix", "Vuelta a Burgos", "Grand Tour", "Grand Tours",
)  # fmt: skip

#: Before a race's one-word name ("Roubaix", "Flanders"), these make it the place: "in
#: Roubaix", "through Flanders". "at Roubaix" is the race.
RACE_PLACE_BEFORE = _words(
    """
    in to from near into around outside inside toward towards through across via
    naar uit nabij vers dans nach aus bei
    """
)
#: "of Flanders" is the place ("the roads of Flanders") unless one of these comes before it.
RACE_OF_CUES = _words(
    """
    winner winners edition editions victory podium favourite favourites favorite favorites
    start finale recon champion
    """
)
#: After a race's one-word name, these make it something else: "Flanders region", "Roubaix
#: velodrome", "Giro helmet".
RACE_PLACE_AFTER = _words(
    """
    region province fields countryside velodrome town city helmet helmets beer brewery coast
    government flag lion airport station hotel university football fc area farm farmers
    people tourism museum
    """
)
#: A race's short name followed by one of these and then a capitalised word or an article is
#: another race or thing: "Giro di Sicilia", "Vuelta a Burgos", "Tour of the factory",
#: "Omloop van het Houtland".
RACE_CONNECTORS = _words("of a al de del della dell d di du des dels do da van von")
#: Before a race's context name, these make it another sport's: "mountain bike World Cup".
OTHER_SPORTS = _words("bike mtb football rugby cricket ski skiing gravel track golf")
ARTICLES = _words("the het de la le l il el der die des")


def split_name(name_tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(given names, surname) of a folded full name: the surname starts at the first particle
    after the first token, else it is everything after the first token.

    ``("mathieu", "van", "der", "poel")`` -> ``(("mathieu",), ("van", "der", "poel"))``.
    """
    if len(name_tokens) < 2:
        return (), name_tokens
    for index in range(1, len(name_tokens) - 1):
        if name_tokens[index] in PARTICLES:
            return name_tokens[:index], name_tokens[index:]
    return name_tokens[:1], name_tokens[1:]
