"""Make text from the web safe to put on a terminal, keeping mention offsets valid.

Feed titles and page text may contain ANSI escape sequences, C0/C1 control characters and
bidi overrides. They are removed here, for the TUI (before any ``Content`` is built; text never
goes through markup parsing, so ``[bold]`` stays literal) and for the CLI alike.
:func:`clean_with_map` also returns where each original offset lands, so stored mention spans
can be moved onto the cleaned text.
"""

from __future__ import annotations

import re
from itertools import accumulate

__all__ = ["clean_line", "clean_text", "clean_with_map"]

#: ESC-introduced sequences: CSI (``ESC [ ... final``), OSC/DCS/PM/APC strings up to BEL or ST,
#: and two-character escapes; plus the 8-bit CSI (U+009B) form.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x1b"
)
#: The sequences whose extent is unmistakable (CSI and the string controls): stored text loses
#: them whole. A lone ESC in a page is dropped by itself there, keeping the words after it.
_CLEAR_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]"
)

#: Code points dropped one by one: C0 and C1 controls, DEL, bidi embedding/override/isolates,
#: and the soft hyphen (German sites put one between every syllable; a terminal shows it, and
#: it splits the words a search or a rider's name must match).
_DROP = frozenset(
    [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0xAD, *range(0x202A, 0x202F),
     *range(0x2066, 0x206A)]
)  # fmt: skip
_WHITESPACE_CONTROLS = frozenset(["\t", "\n", "\r", "\x0b", "\x0c"])
#: The same code points as a class, whitespace controls aside (those become spaces).
_DROP_CLASS = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in sorted(_DROP - {ord(w) for w in _WHITESPACE_CONTROLS}))
    + "]"
)
_WHITESPACE = re.compile(r"\s+")


def clean_with_map(text: str, *, keep_newlines: bool = False) -> tuple[str, list[int]]:
    """Cleaned text and ``offsets`` where ``offsets[i]`` is original offset ``i`` in the result.

    Escape sequences and control characters are removed; tabs (and newlines, unless
    ``keep_newlines``) become spaces so words do not run together. ``offsets`` has
    ``len(text) + 1`` entries so span ends map too.
    """
    keep = [True] * len(text)
    for match in _ESCAPES.finditer(text):
        for index in range(match.start(), match.end()):
            keep[index] = False
    chars: list[str] = []
    for index, char in enumerate(text):
        if not keep[index]:
            continue
        if char == "\n" and keep_newlines:
            chars.append(char)
        elif char in _WHITESPACE_CONTROLS:
            chars.append(" ")
        elif ord(char) in _DROP:
            keep[index] = False
        else:
            chars.append(char)
    offsets = [0, *accumulate(int(k) for k in keep)]
    return "".join(chars), offsets


def clean_text(text: str | None, *, keep_newlines: bool = False) -> str:
    """``text`` without escapes or control characters (see :func:`clean_with_map`)."""
    if not text:
        return ""
    if text.isprintable() and "\x1b" not in text:
        return text
    return clean_with_map(text, keep_newlines=keep_newlines)[0]


def clean_line(text: str) -> str:
    """One line of web text, as it is stored: escape sequences and control characters removed
    (whole sequences, not only their ESC), runs of whitespace (newlines included) one space."""
    if "\x1b" in text or "\x9b" in text:
        text = _CLEAR_ESCAPES.sub("", text)
    return _WHITESPACE.sub(" ", _DROP_CLASS.sub("", text)).strip()
