"""An article's title and lead as the terms the grouping compares, in any of six languages.

Text is folded (accents and case, ``leadout_tui.core.names.folding``) and split into words;
function words of English, Dutch, French, Italian, Spanish and German are dropped, and every
other word loses a plural's "s" and is cut to its first :data:`STEM` letters, a crude stemmer
that works the same in every language ("sprints", "sprinted" and "sprinter" meet at "sprint",
"talks" and "talk" at "talk"). What else the grouping needs from the words is read here too:
the stage numbers named (two stages of one race are two stories), whether the title announces
a preview (a preview and the report of the same stage are two stories), and the kind of news:
a race report, transfer news or a feature interview (a rider's contract, a long interview with
him and his stage win the same day are three stories).

The words of a name are known from its entity id alone: the gazetteer's ids are the kind's
prefix and the folded name in kebab case ("r-jonas-vingegaard", "t-visma-lease-a-bike"), so
:func:`name_words` needs no gazetteer.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from leadout_tui.core.names.folding import fold
from leadout_tui.core.races.stages import stages_in_folded

__all__ = ["STEM", "ArticleTerms", "NewsKind", "is_race", "name_words", "terms_of", "words"]

#: What kind of news an article is: the grouping keeps kinds apart unless the words agree.
NewsKind = Literal["report", "transfer", "interview"]

#: How many letters of a word are kept: a stemmer for six languages at once.
STEM = 6


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS = _wordset(
    """
    a an the and or but of to in on at by for from with without as is are was were be been
    has have had it its his her their they he she we you i this that these those after
    before over under into than then there here who what which when where why how not no
    new up out about more most all one two can could will would just also s still only so
    very too now again said says
    de het een en of maar van voor op aan met bij uit naar als is zijn was werd wordt er
    dat die dit deze hij zij ze wij we ik niet geen ook nog al om te tot door na over kon kan
    zou wel toe zo heel nu weer zegt gewoon
    le la les un une des du au aux et ou mais en dans sur pour par avec sans ce cette ces
    il elle ils elles son sa ses leur est sont a ete qui que ne pas plus l d s n peut pu
    encore toujours tres trop deja aussi bien dit
    il lo gli i una uno di da del della dei delle al alla allo ai agli nel nella con su per
    tra fra e ed o ma che non piu si ha sono era suo sua suoi puo ancora sempre molto troppo
    gia anche bene dice
    el los las unos unas y o pero del al en con sin sobre por para entre que no mas se su
    sus es son fue ha lo puede pudo todavia siempre muy demasiado ya tambien bien dice
    der die das ein eine einer eines einem den dem des und oder aber von zu im am an auf
    mit ohne fur aus bei nach vor uber unter ist sind war wird wurde er sie es wir ich nicht
    kein keine auch noch sich sein seine ihr ihre kann konnte immer sehr schon gut sagt
    """
)
#: Title words that announce a preview: the report of the same stage is another story.
_PREVIEW = _wordset(
    "preview previews voorbeschouwing voorbeschouwingen presentation anteprima previa vorschau"
)
#: Words of transfer news, in six languages, in folded text ("wechsel" also starts a word).
_TRANSFER = _wordset(
    """
    transfer transfers contract contracts signs signed signing extends extension deal talks
    leave leaving join joins rumour rumours rumor rumors verlengt tekent vertrek overstap
    gerucht geruchten transfert contrat prolonge quitter mercato contratto rinnova ingaggio
    fichaje ficha renueva contrato vertrag verlangert unterschreibt wechsel wechselt
    """
)
_TRANSFER_PHRASES = ("next season", "release clause")
#: A feature interview, from its title: "Interview: ...", "Juan Ayuso on life at Lidl-Trek".
#: A quoted reaction ("Pogačar: 'Jonas was stronger'") is none: it belongs to the race report.
_INTERVIEW = re.compile(
    r"\b(?:interview|interviews|in\s+conversation|q&a|podcast|entretien|intervista"
    r"|entrevista|im\s+gesprach|in\s+gesprek)\b|\btalks:"
    r"|^[^:]{3,50}?\s+on\s+(?:life|his|her|their|why|how|what|being|racing|leaving|joining)\b"
)
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class ArticleTerms:
    """The stemmed words of a title and of a lead, the stages named, preview or not, the kind."""

    title: frozenset[str]
    lead: frozenset[str]
    stages: frozenset[int]
    preview: bool
    kind: NewsKind


def words(text: str) -> list[str]:
    """The stemmed words of ``text`` that are not function words, in order."""
    return _stemmed(_WORD.findall(fold(text)))


def _stemmed(found: list[str]) -> list[str]:
    return [_stem(w) for w in found if w not in _STOPWORDS and len(w) > 1]


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A plural's "s" dropped ("talks", "victoires", "etapas"), then the first STEM letters.

    Interned: grouping thousands of articles holds each one's words at once, and one copy of
    "sprint" for all of them is a third less memory (benchmarks/refresh.py, pages-cold).
    Cached: the same few thousand words come back in every article.
    """
    return sys.intern((word[:-1] if len(word) > 3 and word[-1] == "s" else word)[:STEM])


def is_race(entity_id: str) -> bool:
    """Whether an entity id is a race's (the gazetteer's ids start with their kind)."""
    return entity_id.startswith("race-")


def name_words(entity_id: str) -> frozenset[str]:
    """The stemmed words of the name an entity id spells: ``"r-tadej-pogacar"`` -> pogacar, ..."""
    _kind, _, name = entity_id.partition("-")
    return frozenset(_stem(w) for w in name.split("-") if w not in _STOPWORDS and len(w) > 1)


def terms_of(title: str, lead: str = "") -> ArticleTerms:
    """Everything the grouping compares in an article's title and lead."""
    folded_title, folded_lead = fold(title), fold(lead)
    title_words, lead_words = _WORD.findall(folded_title), _WORD.findall(folded_lead)
    kind: NewsKind = "report"
    if _INTERVIEW.search(folded_title):
        kind = "interview"
    elif _is_transfer(title_words, folded_title) or _is_transfer(lead_words, folded_lead):
        kind = "transfer"
    return ArticleTerms(
        title=frozenset(_stemmed(title_words)),
        lead=frozenset(_stemmed(lead_words)),
        stages=stages_in_folded(folded_title) | stages_in_folded(folded_lead),
        preview=not _PREVIEW.isdisjoint(title_words),
        kind=kind,
    )


def _is_transfer(found: list[str], folded: str) -> bool:
    return not _TRANSFER.isdisjoint(found) or any(p in folded for p in _TRANSFER_PHRASES)
