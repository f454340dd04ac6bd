"""Page bytes -> text: the declared charset when it fits the bytes, a detector when it does not.

Order: a byte-order mark; the charset from the HTTP header, then from ``<meta charset>``; UTF-8.
Any other declared charset on bytes that are valid, non-ASCII UTF-8 is a wrong header (text in
another charset is almost never valid UTF-8 by chance). UTF-8 with a few stray Windows-1252
bytes (a pasted quote in a UTF-8 template) keeps its UTF-8 and reads those bytes as cp1252.
Anything else that does not decode as declared (a wrong or missing charset on a Polish,
Chinese or Russian page) goes to charset-normalizer.
Then script and style bodies are cut out in linear time (JSON-LD and JSON page state kept for
:mod:`.sources`) and the text is capped.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BINARY = (b"%PDF", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"RIFF",
           b"\x1f\x8b", b"OggS", b"ID3", b"fLaC", b"\x00\x00\x00")  # fmt: skip
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)
_SINGLE_BYTE = frozenset({"ascii", "latin-1", "iso8859-1", "cp1252", "iso8859-15"})
_STRAY = re.compile(r"[\udc80-\udcff]")
_MAX_CHARS = 1_500_000
_SCRIPT_OPEN = re.compile(r"<(script|style)\b([^>]{0,2000})>", re.IGNORECASE)
_SCRIPT_CLOSE = {name: re.compile(f"</{name}", re.IGNORECASE) for name in ("script", "style")}
#: Script types whose body is data the extractor reads (JSON-LD, JSON page state).
_KEPT_SCRIPT = re.compile(r"ld\+json|application/json|__next_data__|__nuxt_data__", re.IGNORECASE)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode each offending byte as cp1252 (mixed-encoding pages)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("leadout-cp1252", _cp1252_fallback)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None


def _detected(data: bytes) -> str | None:
    """The text as charset-normalizer reads it, if it finds a charset at all."""
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        return None
    return data.decode(best.encoding, errors="replace")


def _utf8(data: bytes) -> str:
    """UTF-8, with stray bytes as cp1252 when they are few; else what the detector says."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY.findall(loose))
    multibyte = sum(1 for char in loose if char > "\x7f") - stray
    if multibyte >= 2 * stray:
        return data.decode("utf-8", errors="leadout-cp1252")
    return _detected(data) or data.decode("utf-8", errors="leadout-cp1252")


def _declared(data: bytes, name: str) -> str:
    if not data.isascii():  # declared otherwise but valid, non-ASCII UTF-8: the header is wrong
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if name in _SINGLE_BYTE:
        return data.decode("cp1252", errors="replace")
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return _utf8(data)


def decode_html(data: bytes, encoding: str | None = None) -> str | None:
    """Page bytes as text (see the module's notes); None if they are a binary file."""
    head = data[:1024]
    if head.lstrip().startswith(_BINARY):
        return None
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(bom_codec, errors="replace")
    if head.count(b"\x00") > len(head) // 10:
        return None
    match = _META_CHARSET.search(data[:4096])
    for name in (_codec(encoding), _codec(match.group(1).decode("ascii")) if match else None):
        if not name or name.startswith(("utf-16", "utf-32")):
            continue
        return _utf8(data) if name == "utf-8" else _declared(data, name)
    return _utf8(data)


def _shrink(text: str) -> str:
    """Drop script/style bodies (keeping JSON data) in linear time, then cap the length.

    Offsets all come from ``text`` itself: a lower-cased copy is not always the same length
    (``"İ".lower()`` is two characters), which used to misplace every cut after an ``İ``.
    """
    match = _SCRIPT_OPEN.search(text)
    if match is None:
        return text[:_MAX_CHARS]
    out: list[str] = []
    pos = 0
    while match is not None:
        name, attrs = match.group(1).lower(), match.group(2)
        close = _SCRIPT_CLOSE[name].search(text, match.end())
        end = len(text) if close is None else close.start()
        keep = name == "script" and _KEPT_SCRIPT.search(attrs) is not None
        out.append(text[pos : end if keep else match.end()])
        pos = end
        match = _SCRIPT_OPEN.search(text, pos)
    out.append(text[pos:])
    return "".join(out)[:_MAX_CHARS]


def page_text(html: bytes | str, encoding: str | None) -> str | None:
    """The page as text ready to parse: decoded, scripts emptied, capped; None if unusable."""
    text = decode_html(html, encoding) if isinstance(html, bytes | bytearray) else str(html)
    if text is None:
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        text = text.encode("utf-8", errors="replace").decode("utf-8")
    text = _shrink(text.replace("\x00", ""))
    return text if text.strip() else None
