"""The words that give a race's result away, and the words that take that back, in six languages.

Every pattern here is a regular expression over *folded* text (lower case, no accents, typographic
apostrophes made plain: see ``leadout_tui.core.names.folding``), so "s'impose" also matches
"S\u2019impose" and "ubernimmt" matches "übernimmt". ``detect.py`` applies them sentence by
sentence. In every pattern ``_`` stands for one or more spaces (``holds_off``), so that a phrase
reads as a phrase.

Cues come in families, each a list of regex fragments (one line per language where it helps):

- ``WIN``: somebody won -- a finite verb ("wins", "wint", "remporte", "vince", "gana",
  "gewinnt"), a win noun ("victory for", "ritzege", "Etappensieg"), "X beats Y".
- ``PLACE``: placings and podiums ("Van Aert 2nd", "finishes third", "derde in", "sur le podium").
- ``LEAD``: jerseys and the race lead ("takes the yellow jersey", "maglia rosa", "nuevo líder").
- ``GAP``: time gaps and lost time ("loses 1:20", "at 24 seconds", "verliert zwei Minuten").
- ``LIST``: result lists and standings ("results", "uitslag", "ordine d'arrivo", "1. X 2. Y").
- ``OUT``: a rider out of the race ("crashes out", "stapt af", "abandona").

Base forms of verbs ("win", "winnen", "gagner", "vincere", "ganar", "gewinnen") are never cues:
"Can Vingegaard win the Tour?" says nothing about a result. The neutralisers cover the finite
forms that do not report a result either: questions ("who wins?"), modals ("can beat"), hopes
("hunting a fourth win"), past seasons ("won here last year") and prizes that are not races
("wins the battle of words", "Vélo d'Or winner").
"""

from __future__ import annotations

__all__ = [
    "ASPIRATIONS",
    "FAMILIES",
    "MODALS",
    "NOT_RACES",
    "NOT_REPORTS",
    "PAST_SEASONS",
    "RACE_WORDS",
    "TITLE_HOLDERS",
]


def _words(text: str) -> str:
    """An alternation of whitespace-separated words (``_`` stands for spaces, as everywhere)."""
    return "|".join(text.split())


#: Numbers as the press writes them before a time unit: digits and small number words.
_NUM = (
    r"(?:\d+(?:[.,]\d+)?|"
    + _words(
        """
        a an one two three four five six seven eight nine ten half_a
        een twee drie vier vijf zes zeven acht negen tien anderhalve een_halve halve
        un une deux trois quatre cinq sept huit neuf dix
        uno una due tre quattro cinque sei sette otto nove dieci mezzo
        dos tres cuatro cinco seis siete ocho nueve diez medio
        ein eine einer zwei drei funf sechs sieben neun zehn
        """
    )
    + ")"
)
_ABOUT = _words(
    """
    more_than over almost nearly around about just ruim bijna meer_dan zo'n plus_de pres_de
    presque environ oltre quasi piu_di circa mas_de casi unos mehr_als fast knapp rund
    """
)
_UNIT = _words(
    """
    seconds? secs? minutes? mins? seconden seconde minuten minuut secondes secondi minuti
    minuto segundos? minutos? sekunden sekunde minute
    """
)
#: Words for a race's leader's jersey, in every language ("yellow", "roze trui", "maglia rosa").
_JERSEY = _words(
    """
    yellow pink red green white polka-dot polka_dot ochre leader's_jersey
    gele_trui roze_trui rode_trui groene_trui witte_trui bolletjestrui leiderstrui geel roze
    maillot_jaune maillot_vert maillot_a_pois maillot_blanc maillot_rouge maillot_rose
    maglia_rosa maglia_bianca maglia_ciclamino maglia_azzurra maglia_gialla maglia_rossa
    maillot_rojo maillot_amarillo maillot_verde maillot_blanco de_rojo de_amarillo
    gelbe_trikot gelben_trikot rosa_trikot rote_trikot grune_trikot weisse_trikot bergtrikot
    """
)
#: A leader's colour after "in": "in yellow", "in het geel", "en jaune", "in rosa", "in Gelb".
_IN_COLOUR = _words(
    """
    in_yellow in_pink in_red into_yellow into_pink into_red in_het_geel in_het_roze in_het_rood
    en_jaune en_rose en_rouge in_rosa in_maglia_rosa de_rojo de_amarillo de_rosa in_gelb ins_gelb
    im_gelben_trikot im_rosa_trikot
    """
)
_ORDINAL_PLACE = _words(
    """
    2nd 3rd [4-9]th 10th second third fourth fifth sixth runner-up
    tweede derde vierde vijfde
    deuxieme troisieme quatrieme cinquieme
    secondo seconda terzo terza quarto quarta quinto quinta
    segundo segunda tercero tercera cuarto cuarta
    zweiter zweite dritter dritte vierter funfter
    """
)

WIN = [
    # en: finite verbs that report a win, and "X beats Y"
    r"\b(?:wins|won(?!')|triumphs|triumphed|prevails|prevailed|(?<!bahrain\s)victorious|outsprints|outsprinted"
    r"|outkicks|outguns|edges|edged|pips|pipped|solos|soloed|beats|beat|defeats|defeated"
    r"|holds_off|held_off|fends_off|denies|denied|crushes|crushed|conquers|conquered"
    r"|doubles_up|doubled_up|does_the_double|makes_it_(?:two|three|four|five|six|\d+)"
    r"|hangs_on|hung_on|holds_on|held_on|holding_off|fending_off"
    r"|winning_(?:move|attack|sprint|break|breakaway|margin|time|ride|solo|kick|effort))\b",
    r"\b(?:takes|took|claims|claimed|clinches|clinched|seals|sealed|secures|secured|grabs"
    r"|grabbed|snatches|snatched|bags|bagged|nets|netted|captures|captured|scores|scored"
    r"|notches|notched|lands|landed|earns|earned|collects|collected|picks_up|picked_up"
    r"|wraps_up|wrapped_up|retains|retained|keeps|kept|completes|completed)"
    r"(?:\s+\S+){0,4}?\s+(?:win|wins|victory|victories|stage|title|crown|honours|glory|double"
    r"|hat-trick|treble|triumph|sprint|monument|classic|overall|gold|silver|bronze|medal)\b",
    r"\b(?:sprints|sprinted|solos|soloed|rides|rode|powers|powered|storms|stormed|climbs"
    r"|climbed|surges|surged|romps|romped|cruises|cruised|blasts|blasted|races|raced|flies"
    r"|flew|kicks|kicked|punches|punched|charges|charged|rockets|rocketed|dances|danced|goes"
    r"|went|bursts|burst|jumps|jumped|springs|sprang|attacks|attacked)_to"
    r"(?:\s+\S+){0,3}?\s+(?:victory|win|glory|title|triumph|success|gold|stage)\b",
    r"\b(?:victory|victories|triumph|winners?|the_win|his_win|her_win|their_win|this_win"
    r"|a_win|first_win|maiden_win|breakthrough_win|debut_win|stage_win|career_win|solo_win"
    r"|sprint_win|home_win|emotional_win|dominant_win|double|hat-trick)_for\b",
    r"\b(?:(?:new|is|becomes|became|crowned)_(?:the_)?world_champion|world_champion_again"
    r"|(?:retains|retained|defends|defended|keeps|kept)\s+(?:\S+\s+){0,3}?(?:crown|title)"
    r"|(?:is|was)_the_(?:fastest|strongest|best)|(?:fastest|strongest|best)_(?:of|in|on|at)"
    r"|(?:rides|rode|rides_away|rode_away)_from_(?:everyone|everybody|the_rest|them_all))\b",
    r"\b(?:victory|victories|triumph|winner|winners|the_win|his_win|her_win|their_win"
    r"|this_win|first_win|maiden_win|breakthrough_win|debut_win|stage_win|career_win"
    r"|solo_win|sprint_win|home_win|emotional_win|dominant_win|crowned)\b",
    # nl
    r"\b(?:wint|won|wonnen|zegeviert|zegevierde|triomfeert|triomfeerde|klopt|klopte|verslaat"
    r"|versloeg|soleert|soleerde|domineert|domineerde|oppermachtig|houdt\s+\S+(?:\s+\S+)?_af"
    r"|hield\s+\S+(?:\s+\S+)?_af|troeft\s+\S+(?:\s+\S+)?_af|haalt_het|haalde_het"
    r"|(?:is|was)_de_(?:snelste|sterkste|beste)|sprint_naar|sprintte_naar|spurt_naar|kroont_zich"
    r"|(?<!de\s)(?<!het\s)(?<!regerend\s)wereldkampioen(?:e)?|laat_iedereen_staan"
    r"|liet_iedereen_staan|rijdt_iedereen_uit_het_wiel|reed_iedereen_uit_het_wiel)\b",
    r"\b(?:pakt|pakte|grijpt|greep|verovert|veroverde|sleept|sleepte|behoudt|behield)"
    r"(?:\s+\S+){0,3}?\s+(?:zege|winst|ritzege|ritwinst|titel|overwinning|macht|dubbel)\b",
    r"\b(?:zege|zeges|overwinning|overwinningen|winst|ritzege|ritwinst|dagzege|eindzege"
    r"|eindwinst|eindoverwinning|dubbelslag|hattrick)\b",
    # fr
    r"\b(?:remporte|a_remporte|gagne|a_gagne|s'impose|s'est_impose|s'est_imposee|triomphe"
    r"|a_triomphe|l'emporte|s'adjuge|s'est_adjuge|decroche|a_decroche|leve_les_bras"
    r"|a_leve_les_bras|bat|a_battu|devance|a_devance|domine|a_domine|ecrase|a_ecrase"
    r"|surclasse|sacre|sacree|couronne|couronnee|s'offre|s'est_offert|vainqueur|victorieux"
    r"|victorieuse|signe_(?:un|le|la|sa|son)\s+\S+)\b",
    r"\b(?:victoire|victoires|succes|premier_succes|un_double|le_double|double_pour"
    r"|double_(?:belge|francais|neerlandais|italien|espagnol|danois|slovene|allemand)"
    r"|(?:nouveau|nouvelle|sacre|sacree)_champion(?:ne)?_du_monde|le_plus_rapide|la_plus_rapide"
    r"|le_plus_fort|la_plus_forte|intouchable|impressionnant|impressionnante)\b",
    # it
    r"\b(?:vince|ha_vinto|vinto|vincendo|stravince|trionfa|ha_trionfato|si_impone"
    r"|si_e_impost[oa]|conquista|ha_conquistato|batte|ha_battuto|beffa|ha_beffato|domina"
    r"|ha_dominato|fa_il_(?:bis|tris)|cala_il_tris|concede_il_bis|vincitore|vincitrice"
    r"|(?<!la\s)(?<!una\s)(?<!nuova\s)regola|ha_regolato)\b",
    r"\b(?:nuov[oa]_campion(?:e|essa)_del_mondo|e_campion(?:e|essa)_del_mondo|il_piu_veloce"
    r"|la_piu_veloce|il_piu_forte|la_piu_forte|(?:primo|prima)_(?:al|allo|alla|sul|sulla|a|in"
    r"|nella|nel|davanti|posto)|fulmina|brucia"
    r"|cala_il_\S+|in_fuga_(?:vince|trionfa))\b",
    r"\b(?:vittoria|vittorie|trionfo|affermazione|doppietta"
    r"|(?<!e\s)(?<!cos'e\s)successo)\b",
    # es
    r"\b(?:gana|gano|ganado|vence|vencio|se_impone|se_impuso|triunfa|triunfo|conquista"
    r"|conquisto|se_lleva|se_llevo|arrasa|arraso|bate|batio|derrota|derroto|domina|domino"
    r"|ganador|ganadora|vencedor|vencedora)\b",
    r"\b(?:victoria|victorias|exito|doblete|triplete|exhibicion|nuev[oa]_campeon(?:a)?_del_mundo"
    r"|el_mas_rapido|la_mas_rapida|el_mas_fuerte|la_mas_fuerte|nadie_pudo_seguir(?:le|la)?)\b",
    # de
    r"\b(?:gewinnt|gewann|gewonnen|siegt|siegte|gesiegt|triumphiert|triumphierte|schlagt"
    r"|schlug|bezwingt|bezwang|setzt_sich\s+(?:\S+\s+){0,3}?durch|setzte_sich"
    r"\s+(?:\S+\s+){0,3}?durch|durchgesetzt|dominiert|dominierte|sieger|siegerin"
    r"|(?<!der\s)(?<!die\s)(?<!amtierende\s)(?<!amtierender\s)weltmeister(?:in)?"
    r"|(?:ist|war)_(?:der|die)_(?:schnellste|starkste|beste)|(?:fahrt|fuhr)\s+(?:\S+\s+)?davon"
    r"|lasst_alle\s+(?:\S+\s+){0,2}?stehen|liess_alle\s+(?:\S+\s+){0,2}?stehen)\b",
    r"\b(?:holt|holte)(?:\s+\S+){0,3}?\s+(?:sieg|etappe|titel|tagessieg|etappensieg|erfolg)\b",
    r"\b(?:sieg|siege|etappensieg|tagessieg|doppelsieg|gesamtsieg|triumph|erfolg)\b",
]

PLACE = [
    # en
    r"\b(?:2nd|3rd|[4-9]th|10th)(?=\s*(?:[,;.]|$|place|overall|on|in|at|behind|as|and|after))",
    r"\b(?:finishes|finished|finishing|finish|ends|ended|comes|came|settles_for|settled_for|takes|took"
    r"|rides_to|rode_to|sprints_to|sprinted_to|claims|claimed|up_to|down_to|drops_to"
    r"|dropped_to|slips_to|slipped_to|falls_to|fell_to|climbs_to|climbed_to|is|was|now)"
    r"\s+(?:" + _ORDINAL_PLACE + r")\b",
    r"\b(?:second|third|fourth|fifth)_(?:place|overall|on_the_stage|behind)\b",
    r"\b(?:first|second|third)_(?:across|over)_the_line\b|\bcrossed_the_line\b",
    r"\b(?:podium|runner-up|runners-up)\b",
    # nl
    r"\b(?:tweede|derde|vierde|vijfde)(?=\s*(?:[,;.]|$|plaats|plek|op|in|achter|na|overall))",
    r"\b(?:werd|wordt|eindigt|eindigde|finisht|finishte|als|naar_de|op_de|is|was)"
    r"\s+(?:tweede|derde|vierde|vijfde)\b",
    # fr
    r"\b(?:deuxieme|troisieme|quatrieme|cinquieme|second|seconde)"
    r"(?=\s*(?:[,;.]|$|place|derriere|du_classement|de_l'etape|au_classement|au_general))",
    r"\b(?:termine|finit|se_classe|prend_la|a_pris_la|recule_a_la|remonte_a_la|est)"
    r"\s+(?:deuxieme|troisieme|quatrieme|cinquieme|seconde?)\b",
    # it
    r"\b(?:secondo|seconda|terzo|terza|quarto|quinto)"
    r"(?=\s*(?:[,;:.]|$|posto|dietro|alle_spalle|in_classifica|al_traguardo))",
    r"\b(?:arriva|arrivato|arrivata|chiude|e|finisce|giunge|termina|al|sale_al)"
    r"\s+(?:secondo|seconda|terzo|terza|quarto|quinto|podio)\b",
    r"\bpodio\b",
    # es
    r"\b(?:segundo|segunda|tercero|tercera|tercer|cuarto|quinto)"
    r"(?=\s*(?:[,;.]|$|puesto|lugar|plaza|posicion|en_la_general|en_la_etapa|tras|detras))",
    r"\b(?:termina|acaba|llega|llego|fue|queda|quedo|baja_a_la|sube_a_la|es)"
    r"\s+(?:segundo|segunda|tercero|tercera|cuarto|quinto)\b",
    r"\bpodio\b",
    # de
    r"\b(?:erster|zweiter|dritter|vierter|funfter|zweite|dritte)"
    r"(?=\s*(?:[,;.]|$|platz|hinter|im|in|bei|beim|auf))",
    r"\b(?:zweiten|dritten|vierten|funften)_(?:platz|rang)\b",
    r"\b(?:platz|rang)\s+(?:zwei|drei|vier|funf|[2-9]|10)\b",
    r"\bpodium\b",
]

LEAD = [
    r"\b(?:" + _IN_COLOUR + r")\b",
    # en
    r"\b(?:takes|took|keeps|kept|retains|retained|defends|defended|loses|lost|holds|held"
    r"|moves_into|moved_into|climbs_into|climbed_into|rides_into|rode_into|into|in|wears|wore"
    r"|grabs|grabbed|snatches|snatched|regains|regained|reclaims|reclaimed|surrenders"
    r"|surrendered|cedes|ceded|hands_over|handed_over|gives_up|gave_up|claims|claimed"
    r"|inherits|inherited|still_in)\s+(?:the\s+)?(?:\S+\s+)?(?:" + _JERSEY + r")\b",
    r"\b(?:new_(?:race_)?leader|race_leader|takes_over|took_over|takes_the_lead|took_the_lead"
    r"|into_the_lead|in_the_lead|the_lead_of|extends_(?:his|her|their)_lead"
    r"|extended_(?:his|her|their)_lead|loses_the_lead|lost_the_lead|leads_(?:the_)?(?:race"
    r"|tour|giro|vuelta|standings|overall|general|points|mountains|gc|by)|lead_(?:of|by)\s+\d"
    r"|leads_by|overall_lead|race_lead|is_the_(?:race_)?leader|(?:\S+_)?lead_(?:of|in)_the"
    r"_(?:race|tour|giro|vuelta))\b",
    r"\b(?:grabs|grabbed|takes|took|keeps|kept|retains|retained|extends|extended|loses|lost"
    r"|holds|held|increases|increased)(?:\s+\S+){0,2}?\s+lead\b",
    # nl
    r"\b(?:neemt|nam|pakt|pakte|verovert|veroverde|behoudt|behield|houdt|hield|verliest"
    r"|verloor|verdedigt|verdedigde|draagt|droeg|erft|grijpt|greep|in_het|in_de)"
    r"\s+(?:de\s+|het\s+)?(?:" + _JERSEY + r")\b",
    r"\b(?:de_leiding|nieuwe_leider|leider_in|aan_de_leiding|leidersplaats|rijdt_in_het_geel"
    r"|in_het_(?:geel|roze|rood))\b",
    # fr
    r"\b(?:s'empare_du|prend_le|conserve_le|garde_le|perd_le|endosse_le|revet_le|reprend_le"
    r"|defend_le|recupere_le|cede_le|porte_le|enfile_le|en)\s+(?:" + _JERSEY + r")\b",
    r"\b(?:nouveau_leader|nouvelle_leader|leader_du_classement|en_jaune|en_tete_du_classement"
    r"|prend_la_tete|pris_la_tete|la_tete_du_classement|nouveau_maillot_jaune)\b",
    # it
    r"\b(?:conquista|veste|indossa|perde|conserva|difende|prende|mantiene|strappa|cede"
    r"|riprende|resta_in|in)\s+(?:la\s+)?(?:" + _JERSEY + r")\b",
    r"\b(?:nuovo_leader|nuova_leader|leader_della_classifica|e_il_leader|in_testa|testa_della"
    r"_classifica|allunga|allungo)\b",
    # es
    r"\b(?:se_viste|viste|vestira|pierde|perdio|conserva|mantiene|defiende|recupera|arrebata"
    r"|se_enfunda|lleva|cede|hereda)\s+(?:el\s+|de\s+)?(?:" + _JERSEY + r")\b",
    r"\b(?:nuevo_lider|nueva_lider|lider_de_la|se_coloca_lider|liderato|lidera|sentencia"
    r"|sentencio)\b",
    # de
    r"\b(?:holt_sich_das|holt_das|ubernimmt_das|verteidigt_das|verliert_das|erobert_das"
    r"|tragt_das|behalt_das|im|ins)\s+(?:" + _JERSEY + r")\b",
    r"\b(?:ubernimmt_die_fuhrung|in_fuhrung|die_fuhrung|gesamtfuhrender|gesamtfuhrende"
    r"|spitzenreiter|spitzenreiterin|neuer_leader|neue_leaderin)\b",
]

GAP = [
    rf"\b(?:(?:{_ABOUT})\s+)?{_NUM}\s+(?:{_UNIT})\b",
    r"\+\s?\d+[:'\u2032]\d\d|\b\d+:\d\d:\d\d\b|\b\d+'\d\d\b",
    r"\b(?:loses|lost|gains|gained|concedes|conceded|by|at|concede|concedeu|perde|perd"
    r"|pierde|verliest|verloor|verliert|verlor|wint|gagne|guadagna|gana)\s+\d+:\d\d\b",
    r"\b(?:loses|lost|gains|gained|concedes|conceded|perd|perdu|reprend|gagne|perde|guadagna"
    r"|pierde|gana|verliest|verloor|wint|verliert|verlor|gewinnt)(?:\s+\S+){0,2}?\s+"
    r"(?:time|ground|contact|terrain|tijd|terrein|temps|tempo|terreno|tiempo|zeit)\b",
    r"\b(?:slips|slipped|drops|dropped|falls|fell|moves_up|moved_up|climbs|climbed|rises"
    r"|rose|sinks|sank)_to\s+\S+\s+(?:overall|place|on_gc|in_the_standings)\b",
    r"\b(?:cracks|cracked|distanced|(?:is|was|got|gets)_dropped|moest_lossen|moet_lossen"
    r"|gelost|kraakt|kraakte|lache|a_lache|craque|a_craque|a_staccato|ha_staccato|stacca"
    r"|va_in_crisi|crolla|se_descuelga|descolgado|se_hunde|abreissen|abgehangt|distanziert"
    r"|distanzierte|bricht_ein|eingebrochen|zakt|zakte|recule)\b",
    r"\b(?:voorsprong|achterstand|avance|retard|vantaggio|distacco|ventaja|vorsprung"
    r"|ruckstand|perd_gros|perde_terreno|pierde_terreno|se_cae_y_pierde)\b",
]

LIST = [
    r"\b(?:results?|standings|(?:general_)?classification_after|gc_after|top_(?:\d+|ten|five)"
    r"_(?:at|after|of|in)|as_it_happened|how_it_unfolded)\b",
    r"(?<![\d.:,])\b1\.\s+\S[^\n]*?\s2\.\s+\S",
    r"\b(?:uitslag|uitslagen|klassement_na|tussenstand|eindklassement|in_het_klassement)\b",
    r"\b(?:resultats|classement_(?:de_la|de_l'etape|general_apres|complet|final|apres)"
    r"|le_classement_(?:complet|general)|ordre_d'arrivee|au_classement_general)\b",
    r"\b(?:ordine_d'arrivo|classifica_(?:generale_)?(?:dopo|aggiornata|finale|completa)"
    r"|la_classifica_generale|risultati|i_primi_dieci|in_classifica)\b",
    r"\b(?:clasificacion_(?:de_la|general_tras|tras|general_despues|final)|resultados"
    r"|asi_queda|en_la_general)\b",
    r"\b(?:ergebnisse?|tagesergebnis|gesamtwertung|klassement_nach|endstand|zwischenstand"
    r"|tageswertung)\b",
]

OUT = [
    r"\b(?:crashes_out|crashed_out|abandons|abandoned|forced_to_(?:abandon|quit|withdraw|retire)"
    r"|did_not_finish|dnf|quits_the_(?:race|tour|giro|vuelta)|out_of_the_(?:race|tour|giro"
    r"|vuelta)_after)\b",
    r"\b(?:stapt_af|stapte_af|geeft_op|gaf_op|opgave|valt_uit|viel_uit|moest\s+(?:\S+\s+){1,3}"
    r"?verlaten|moet\s+(?:\S+\s+){1,3}?verlaten)\b",
    r"\b(?:abandon|abandonne|a_abandonne|contraint_a_l'abandon|n'a_pas_pu_repartir"
    r"|hors_course|jette_l'eponge)\b",
    r"\b(?:ritiro_per|si_ritira|si_e_ritirato|costretto_al_ritiro|abbandona|non_e_ripartit[oa]"
    r"|non_riparte)\b",
    r"\b(?:abandona|abandono|se_retira|tuvo_que_abandonar|no_pudo_continuar|fuera_de_carrera)\b",
    r"\b(?:aufgeben|gibt_auf|gab_auf|aufgabe|steigt_aus|stieg\s+(?:\S+\s+){0,3}?aus"
    r"|vom_rad|ausgeschieden)\b",
]

FAMILIES: dict[str, list[str]] = {
    "win": WIN,
    "place": PLACE,
    "lead": LEAD,
    "gap": GAP,
    "list": LIST,
    "out": OUT,
}

#: Words just before a cue that make it a possibility or a wish ("can beat", "wil winnen").
MODALS = _words(
    """
    can could will would might may should must cannot can't won't if wants_to want_to
    aims_to aim_to hopes_to hope_to bid_to set_to going_to plans_to tipped_to expected_to
    favourite_to chance_to looks_to seeks_to tries_to try_to
    kan kunnen zal zou zullen moet wil willen
    peut pourra pourrait doit va veut
    puo potrebbe dovra vuole voglio
    puede podra podria debe quiere
    kann konnte wird wurde soll muss mochte wenn falls
    """
)
#: Words a little before a win noun that make it a goal ("chasing victory", "jaagt op zege").
ASPIRATIONS = _words(
    """
    favourite favourites favorite favorites chances?_(?:of|for|to) hope hopes bid target targets
    targeting hunt hunting quest eyes eyeing dream dreams dreaming chasing chase odds battle
    fight race_for bidding seeking fight_for battle_for challenge_for contend_for aim_for aims_for
    go_for goes_for targets target_the aims
    kans kansen jaagt jacht jagen favoriet favorieten droomt droom zoek strijd vechten_voor
    strijden_voor gaan_voor mikt
    espoir espoirs reve favori favoris vise chasse quete lutte bataille se_battre_pour
    lutter_pour jouer
    speranza speranze sogna sogno favorito favoriti caccia punta lotta battaglia lottare_per
    puntare giocarsi
    esperanza suena sueno favoritos busca lucha batalla pelear_por luchar_por aspira aspirar
    optar
    hoffnung hoffnungen traum traumt favorit favoriten jagd jagt kampf kampfen_um peilt
    anpeilen visiert zielt
    """
)
#: Words in the same clause that put a result in an earlier season ("won here last year").
PAST_SEASONS = _words(
    r"""
    last_year last_season a_year_ago years_ago in_20\d\d in_19\d\d never
    vorig_jaar vorig_seizoen nog_nooit jaar_geleden nooit
    l'an_dernier l'an_passe l'annee_derniere l'annee_passee jamais il_y_a
    l'anno_scorso anni_fa anno_fa mai
    el_ano_pasado la_temporada_pasada hace_un_ano nunca
    im_vorjahr vorjahr letztes_jahr im_letzten_jahr noch_nie niemals
    """
)
#: Words just before "winner" that make it a title the rider holds ("the two-time Tour winner").
TITLE_HOLDERS = _words(
    r"""
    \S+-time two_time three_time former defending reigning previous past ex double triple
    oud-winnaar voormalig ancien ex-vainqueur double_vainqueur ex_vincitore gia_vincitore
    ex_ganador exsieger ehemalige
    """
)
#: What one can win that is no race: a few words after "wins" (or before "winner").
NOT_RACES = _words(
    r"""
    battle war_of_words award awards prize vote poll appeal court case lawsuit lottery bet
    argument debate dispute velo_d'or of_the_year contract sponsor election hearts
    kristallen_fiets trofee prijs gala van_het_jaar verkiezing
    trophee prix de_l'annee
    premio dell'anno oscar
    galardon del_ano
    wortgefecht streit preis auszeichnung des_jahres wahl
    """
)

#: Words of a race report: a headline or lead with one of them (or a race or stage name) that
#: has none of NOT_REPORTS is taken for a result even without a cue ("Brutal crosswinds split
#: the Paris-Nice peloton").
RACE_WORDS = _words(
    r"""
    sprint sprints sprinters breakaway escape escapees peloton bunch summit_finish climb climbs
    descent finale time_trial crosswinds echelons cobbles gravel solo_\S+ goes_solo uphill_finish
    mountain_stage queen_stage bunch_sprint photo_finish finish_line the_line chase chasers
    attack attacks gc stage
    massasprint spurt kopgroep vlucht vluchters klim slotklim afdaling tijdrit waaiers kasseien
    grind aankomst bergop bergrit koninginnenrit demarrage rit
    echappee echappes ascension montee col descente final contre-la-montre chrono bordures
    paves arrivee attaque etape
    volata fuga fuggitivi gruppo salita discesa cronometro crono ventagli pave sterrato arrivo
    traguardo attacco scatto tappa
    esprint escapados subida puerto descenso contrarreloj abanicos adoquines llegada meta
    ataque cima etapa en_solitario
    massensprint ausreisser fluchtgruppe feld anstieg schlussanstieg abfahrt zeitfahren
    windkante kopfsteinpflaster zielankunft bergankunft ziel attacke angriff etappe berg
    """
)
#: Words of pages that are no race report: previews, routes, start lists, how to watch,
#: interviews, transfers, tech, training and injuries, team selections, opinion, galleries,
#: and the future ("will", "to skip").
NOT_REPORTS = _words(
    r"""
    preview previews route routes profile start_list startlist how_to_watch tv streaming
    favourites favorites contenders riders_to_watch predictions prediction betting odds tested
    review reviews first_ride new_bike unveil unveils unveiled launch_of launches_(?:a|its|new)
    launched_(?:a|its|new) kit
    signs signed signing contract extension extends joins transfer rumour rumor interview
    podcast opinion column gallery photos in_pictures training camp injury injured illness
    surgery fracture to_skip to_miss will_miss to_target to_ride to_race to_lead to_return
    to_make to_join to_focus confirms announces announced selection line-up roster
    presentation explained explainer guide will ahead_of plans can could would might may want
    wants to_beat who_is portrait why debut announces stage_by_stage next_year new according_to
    says
    voorbeschouwing parcours ritprofiel profiel favorieten favorietenlijst startlijst
    deelnemers getest nieuwe_fiets contract verlengt tekent gerucht op_training trainingskamp
    op_stage en_stage blessure geblesseerd ziek operatie breuk mist mikt_op selectie
    ploegvoorstelling zal gaat wil droomt kan kunnen te_kloppen wie_is waarom kondigt
    rit_voor_rit volgend_jaar nieuwe nieuw volgens zegt
    avant-premiere profil partants liste_des_partants comment_regarder essai nouveau_velo
    prolonge transfert recrute mercato entretien chronique entrainement blessure blesse malade
    operation forfait devoile va sera favoris peut pourrait veut a_battre qui_est pourquoi
    annonce partira s'elancera son_stage en_stage un_stage stage_en etape_par_etape
    l'an_prochain nouveau nouvelle nouveaux selon explique
    anteprima presentazione presentate altimetria partenti come_vedere prova nuova_bici
    rinnova firma ingaggia intervista allenamento in_ritiro infortunio frattura salta
    convocati invitate sara favoriti puo potrebbe vuole voglio da_battere chi_e ritratto
    perche annuncia partenza debutto tappa_per_tappa prossimo_anno nuovo nuova spiega
    secondo_\S+_(?:il|la|lo|i|le|gli)
    previa recorrido perfil inscritos como_ver prueba nueva_bici renueva ficha fichaje
    entrevista entrenamiento concentracion presenta lesion sera favoritos puede podria quiere
    a_batir quien_es retrato por_que anuncia salida_en entrenando entrena etapa_a_etapa
    proximo_ano el_ano_que_viene nuevo nueva segun explica
    vorschau strecke startliste so_sehen_sie fernsehen praxistest neues_rad verlangert
    unterschreibt wechselt trainingslager aufgebot nominiert verletzung verzichtet wird
    im_uberblick vorgestellt favoriten kann konnte zu_schlagen wer_ist warum kundigt trainiert
    etappe_fur_etappe nachstes_jahr neue neues neuer laut zufolge erklart
    """
)
