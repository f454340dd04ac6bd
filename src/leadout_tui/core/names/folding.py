"""Accent- and case-folding of names and text, with a map from folded offsets back to the original.

``fold("Mørkøv")`` is ``"morkov"``; ``fold("Straße")`` is ``"strasse"``. Folding is one
``str.translate`` over a precomputed table, so folding a whole article is cheap. Most characters
fold to exactly one character; the few that expand (æ -> ae, ß -> ss) or vanish (combining marks
of decomposed text) are recorded as break points so that an offset into the folded text maps
back to an offset into the original (:meth:`FoldedText.to_orig`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

#: Letters whose Unicode decomposition does not strip to ASCII.
_SPECIAL = {
    "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "ð": "d", "þ": "th",
    "\u0131": "i", "ħ": "h", "ŀ": "l", "ŧ": "t", "ŋ": "n",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}  # fmt: skip
_RANGES = ((0x80, 0x250), (0x300, 0x370), (0x1E00, 0x1F00), (0x2000, 0x2070))


def _build_tables() -> tuple[dict[int, str | None], dict[int, str | None]]:
    lower: dict[int, str | None] = {cp: chr(cp).lower() for cp in range(ord("A"), ord("Z") + 1)}
    keep: dict[int, str | None] = {}
    for start, stop in _RANGES:
        for cp in range(start, stop):
            ch = chr(cp)
            for table, src in ((lower, ch.lower() if len(ch.lower()) == 1 else ch), (keep, ch)):
                out = _fold_char(src)
                if out != ch:
                    table[cp] = out or None
    return lower, keep


def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch.lower() in _SPECIAL:
        out = _SPECIAL[ch.lower()]
        return out[:1].upper() + out[1:]
    if unicodedata.combining(ch):
        return ""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    # Keep compatibility expansions (ligatures, fractions...) as they are: only accents go.
    return stripped if len(stripped) == 1 else ch


_LOWER, _KEEP_CASE = _build_tables()
_LOWER[0x130] = "i"  # "İ".lower() is two characters
#: Characters whose folded form is not exactly one character long.
_CHANGES_LENGTH = re.compile(
    "["
    + "".join(re.escape(chr(cp)) for cp, out in _LOWER.items() if out is None or len(out) != 1)
    + "]"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
#: A token: a maximal run of letters and digits (in folded text).
TOKEN_SPLIT = re.compile(r"([^\W_]+)")
#: The same on folded text that is all ASCII (and so lower-case), where it is a third faster.
_ASCII_TOKEN_SPLIT = re.compile(r"([a-z0-9]+)")


def fold(text: str) -> str:
    """Lower-case and strip accents: ``"Pogačar"`` -> ``"pogacar"``."""
    if "\u0130" in text:
        text = text.replace("\u0130", "I")  # the one letter whose .lower() is two characters
    folded = text.lower()
    if folded.isascii():
        return folded
    # Translating only the non-ASCII runs is much faster than translating a whole article.
    return _NON_ASCII.sub(lambda match: match.group().translate(_LOWER), folded)


def fold_keep_case(text: str) -> str:
    """Strip accents but keep the case: ``"Mørkøv"`` -> ``"Morkov"``."""
    return text.translate(_KEEP_CASE)


def tokens(text: str) -> tuple[str, ...]:
    """The folded tokens of ``text``: ``"Ben O\u2019Connor"`` -> ``("ben", "o", "connor")``."""
    return tuple(TOKEN_SPLIT.findall(fold(text)))


def split_tokens(folded: str) -> list[str]:
    """Folded text cut into gaps and tokens, a gap first and last: ``"ben o'connor"`` ->
    ``["", "ben", " ", "o", "'", "connor", ""]``."""
    return (_ASCII_TOKEN_SPLIT if folded.isascii() else TOKEN_SPLIT).split(folded)


def key(text: str) -> str:
    """A lookup key: the folded tokens joined by single spaces (``"Van der-Poel"`` -> ...)."""
    return " ".join(tokens(text))


@dataclass(slots=True)
class FoldedText:
    """A folded copy of ``text`` with the break points needed to map offsets back."""

    text: str
    folded: str
    _after: list[int] = field(default_factory=list)  # folded offset just after a break
    _delta: list[int] = field(default_factory=list)  # original minus folded offset from there

    @classmethod
    def of(cls, text: str) -> FoldedText:
        folded = fold(text)
        result = cls(text, folded)
        if len(folded) == len(text) and not _CHANGES_LENGTH.search(text):
            return result
        delta = 0
        for match in _CHANGES_LENGTH.finditer(text):
            orig = match.start()
            out = _LOWER[ord(text[orig])] or ""
            delta += 1 - len(out)
            result._after.append(orig + 1 - delta)
            result._delta.append(delta)
        return result

    @property
    def identity(self) -> bool:
        """Whether folded offsets are original offsets (no character changed length)."""
        return not self._after

    def to_orig(self, pos: int) -> int:
        """The original offset of folded offset ``pos`` (a token start or end)."""
        if not self._after:
            return pos
        index = bisect_right(self._after, pos)
        return pos + (self._delta[index - 1] if index else 0)
