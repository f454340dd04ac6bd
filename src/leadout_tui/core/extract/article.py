"""Article extraction: HTML page (bytes or text) + URL -> :class:`ExtractedArticle`.

Sources, in order: the feed's own full content when it is the whole article; JSON-LD
``articleBody``; a known body container (``itemprop=articleBody``, ``.entry-content``,
``<article>`` ...); a Readability-style scorer. The page is parsed once, straight into an lxml
tree (no BeautifulSoup tree: building one cost two thirds of the time), boilerplate is removed in
a single pass, and nothing here raises for bad input: anything unusable gives ``source="none"``
with whatever metadata was found.
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import Any

from leadout_tui.core.extract.blocks import RawBlock, build_blocks, drop_boilerplate_blocks
from leadout_tui.core.extract.clean import (
    BOILERPLATE_CLASS,
    Element,
    descendants,
    elements,
    parse_html,
    scan_and_clean,
    text_of,
)
from leadout_tui.core.extract.meta import (
    PageMeta,
    json_ld_body,
    page_meta,
    parse_json_ld,
)
from leadout_tui.core.models import Block, ExtractedArticle, ExtractionSource, Link
from leadout_tui.core.text import clean_line

#: Bump when extraction output changes meaningfully (the pipeline offers re-extraction).
EXTRACTOR_VERSION: int = 2

log = logging.getLogger(__name__)

_BINARY = (b"%PDF", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"RIFF",
           b"\x1f\x8b", b"OggS", b"ID3", b"fLaC", b"\x00\x00\x00")  # fmt: skip
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)
_SINGLE_BYTE = frozenset({"ascii", "latin-1", "iso8859-1", "cp1252", "iso8859-15"})
_MAX_CHARS = 1_500_000
_SCRIPT_OPEN = re.compile(r"<(script|style)\b([^>]{0,2000})>", re.IGNORECASE)
_SCRIPT_CLOSE = {name: re.compile(f"</{name}", re.IGNORECASE) for name in ("script", "style")}
_TEASER_END = re.compile(
    r"(?:\.\.\.|\u2026|\[\s*(?:\.\.\.|\u2026)\s*\]|read more|continue reading.*|"
    r"read the (?:full|rest of the) (?:story|article|post).*|keep reading.*)\W*$",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"(?:^|[\s_-])(?:article|body|content|entry|main|page|post|text|blog|story|report)", re.I
)
_NEGATIVE = re.compile(r"(?:^|[\s_-])(?:excerpt|teaser|summary|card|listing|thumb|promo)", re.I)
_TAG_BONUS = {"div": 5, "article": 8, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
              "form": -3, "ul": -3, "ol": -3, "li": -3, "dl": -3, "th": -5}  # fmt: skip

# --- decoding ---------------------------------------------------------------------------------


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


def decode_html(data: bytes, encoding: str | None = None) -> str | None:
    """Page bytes as text (BOM, declared, ``<meta charset>``, UTF-8 w/ cp1252); None if binary."""
    head = data[:1024]
    if head.lstrip().startswith(_BINARY):
        return None
    for bom, bom_codec in ((codecs.BOM_UTF8, "utf-8"), (b"\xff\xfe", "utf-16-le"),
                           (b"\xfe\xff", "utf-16-be")):  # fmt: skip
        if data.startswith(bom):
            return data[len(bom) :].decode(bom_codec, errors="replace")
    if head.count(b"\x00") > len(head) // 10:
        return None
    match = _META_CHARSET.search(data[:4096])
    for name in (_codec(encoding), _codec(match.group(1).decode("ascii")) if match else None):
        if not name or name.startswith(("utf-16", "utf-32")):
            continue
        if name == "utf-8":
            break
        if name in _SINGLE_BYTE:  # declared Latin but valid, non-ASCII UTF-8: the header is wrong
            try:
                if not data.isascii():
                    return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            name = "cp1252"
        return data.decode(name, errors="replace")
    return data.decode("utf-8", errors="leadout-cp1252")


def _shrink(text: str) -> str:
    """Drop script/style bodies (keeping JSON-LD) in linear time, then cap the length.

    Offsets all come from ``text`` itself: a lower-cased copy is not always the same length
    (``"İ".lower()`` is two characters), which used to misplace every cut after an ``İ``.
    """
    match = _SCRIPT_OPEN.search(text)
    if match is None:
        return text[:_MAX_CHARS]
    out: list[str] = []
    pos = 0
    while match is not None:
        name, attrs = match.group(1).lower(), match.group(2).lower()
        close = _SCRIPT_CLOSE[name].search(text, match.end())
        end = len(text) if close is None else close.start()
        keep = name == "script" and "ld+json" in attrs
        out.append(text[pos : end if keep else match.end()])
        pos = end
        match = _SCRIPT_OPEN.search(text, pos)
    out.append(text[pos:])
    return "".join(out)[:_MAX_CHARS]


def _prepare(html: bytes | str, encoding: str | None) -> str | None:
    text = decode_html(html, encoding) if isinstance(html, bytes | bytearray) else str(html)
    if text is None:
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        text = text.encode("utf-8", errors="replace").decode("utf-8")
    text = _shrink(text.replace("\x00", ""))
    return text if text.strip() else None


# --- body sources -----------------------------------------------------------------------------


def _words(blocks: list[RawBlock]) -> int:
    return sum(block.text.count(" ") + 1 for block in blocks)


def _fragment_blocks(fragment: str, url: str) -> list[RawBlock]:
    """Blocks from an HTML fragment (feed content, HTML inside JSON-LD), cleaned like a page."""
    root = parse_html(fragment)
    if root is None:
        return []
    scan_and_clean(root)
    body = root.find("body")
    return build_blocks([root if body is None else body], url)


def _json_ld_blocks(body: str, url: str) -> list[RawBlock]:
    if re.search(r"<(?:p|div|br|h[2-6]|ul|blockquote)\b", body, re.IGNORECASE):
        return _fragment_blocks(body, url)
    paragraphs = (clean_line(line) for line in re.split(r"\s*\n\s*", body))
    return [RawBlock("paragraph", text, [], 0.0) for text in paragraphs if text]


def _text_len(element: Element) -> int:
    return len(text_of(element))


def _container_blocks(containers: list[tuple[int, Element]], url: str) -> list[RawBlock]:
    """Blocks from the most trusted container rank that holds a fair share of the text."""
    if not containers:
        return []
    sizes = [(rank, tag, _text_len(tag)) for rank, tag in containers]
    biggest = max(size for _, _, size in sizes)
    for rank in sorted({rank for rank, _, _ in sizes}):
        group = [(tag, size) for r, tag, size in sizes if r == rank]
        best_tag, best_size = max(group, key=lambda item: item[1])
        if best_size < 200 or best_size < 0.4 * biggest:
            continue
        if rank <= 10:  # class-named bodies split by ad slots: merge the separate pieces
            roots = _outermost([tag for tag, size in group if size >= 100])
        else:
            roots = [best_tag]
        return build_blocks(roots, url)
    return []


def _outermost(elements: list[Element]) -> list[Element]:
    chosen = set(elements)
    return [el for el in elements if not any(up in chosen for up in el.iterancestors())]


def _class_weight(element: Element) -> int:
    text = element.get("class") or ""
    ident = element.get("id")
    text += " " + ident if ident is not None else ""
    weight = 0
    if _NEGATIVE.search(text) or BOILERPLATE_CLASS.search(text.lower()):
        weight -= 25
    if _POSITIVE.search(text):
        weight += 25
    return weight


def _link_density(element: Element) -> float:
    total = _text_len(element)
    links = sum(_text_len(a) for a in descendants(element, "a"))
    return links / total if total else 1.0


def _own_text(element: Element) -> str:
    return (element.text or "") + "".join(child.tail or "" for child in element)


def _scorer_roots(root: Element) -> list[Element]:
    """Readability-style choice: score paragraph parents, pick the best, merge its siblings."""
    scores: dict[Element, float] = {}
    for el in elements(root, "p", "pre", "td", "div", "section", "blockquote"):
        boxy = el.tag in ("div", "section")
        text = (_own_text(el) if boxy else text_of(el)).strip()
        if len(text) < 25:
            continue
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        ancestors = [el] if boxy and next(descendants(el, "p"), None) is None else []
        for parent in el.iterancestors():
            if len(ancestors) >= 5 or parent.tag == "html":
                break
            ancestors.append(parent)
        for level, node in enumerate(ancestors):
            if node not in scores:
                scores[node] = _TAG_BONUS.get(node.tag, 0) + _class_weight(node)
            scores[node] += score / (1 if level == 0 else 2 if level == 1 else level * 3)
    if not scores:
        return []
    top_nodes = sorted(scores, key=scores.__getitem__, reverse=True)[:5]
    final = {node: scores[node] * (1 - _link_density(node)) for node in top_nodes}
    top = max(final, key=final.__getitem__)
    top_score = final[top]
    parent = top.getparent()
    if parent is None or parent.tag == "html":
        return [top]
    threshold = max(10.0, top_score * 0.2)
    roots: list[Element] = []
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is top or scores.get(sibling, -1e9) >= threshold:
            roots.append(sibling)
        elif sibling.tag == "p":
            text = text_of(sibling)
            density = _link_density(sibling)
            if (len(text) > 80 and density < 0.25) or (
                0 < len(text) <= 80 and density == 0 and re.search(r"\.( |$)", text)
            ):
                roots.append(sibling)
    return roots


# --- assembly ---------------------------------------------------------------------------------


def _finish(raw: list[RawBlock], title: str | None) -> tuple[Block, ...]:
    """Final blocks: boilerplate text rules, title-repeating headings dropped, repeats merged."""
    title_key = (title or "").casefold()
    blocks: list[Block] = []
    for index, item in enumerate(drop_boilerplate_blocks(raw)):
        if index == 0 and item.text.casefold() == title_key:
            continue
        if item.is_h1 and (not blocks or item.text.casefold() == title_key):
            continue
        block = Block(item.kind, item.text, tuple(Link(t, h) for t, h in item.links))  # type: ignore[arg-type]
        if blocks and blocks[-1] == block:
            continue
        blocks.append(block)
    return tuple(blocks)


def _is_whole_article(raw: list[RawBlock], page_words: int) -> bool:
    if not raw:
        return False
    words = _words(raw)
    last = raw[-1].text
    if re.match(r"^The post .+ appeared first on ", last) and len(raw) > 1:
        last = raw[-2].text
    return words >= 150 and not _TEASER_END.search(last) and words >= 0.8 * page_words


def _page_body(
    root: Element, containers: list[tuple[int, Element]], objects: list[dict[str, Any]], url: str
) -> tuple[list[RawBlock], ExtractionSource]:
    dom = _container_blocks(containers, url)
    source: ExtractionSource = "container" if dom else "none"
    dom_words = _words(dom)
    if dom_words < 150:
        scored_roots = _scorer_roots(root)
        scored = build_blocks(scored_roots, url) if scored_roots else []
        if _words(scored) >= max(2 * dom_words, 25):
            dom, source, dom_words = scored, "scorer", _words(scored)
    body = json_ld_body(objects)
    if body:
        ld = _json_ld_blocks(body, url)
        ld_words = _words(ld)
        blob = len(ld) == 1 and dom_words >= 0.9 * ld_words
        if ld_words >= 80 and ld_words >= 0.7 * dom_words and not blob:
            return ld, "json-ld"
    return dom, source


def _extract(
    html: bytes | str, url: str, feed_content: str | None, encoding: str | None
) -> ExtractedArticle:
    text = _prepare(html, encoding)
    root = parse_html(text) if text else None
    meta = PageMeta()
    raw: list[RawBlock] = []
    source: ExtractionSource = "none"
    if root is not None:
        cleaned = scan_and_clean(root)
        objects = [obj for chunk in cleaned.scan.json_ld for obj in parse_json_ld(chunk)]
        meta = page_meta(cleaned.scan, objects, url)
        raw, source = _page_body(root, cleaned.containers, objects, url)
    if feed_content and feed_content.strip():
        feed_raw = _fragment_blocks(feed_content, url)
        if _is_whole_article(feed_raw, _words(raw)):
            raw, source = feed_raw, "feed"
    blocks = _finish(raw, meta.title)
    if not blocks:
        source = "none"
    return ExtractedArticle(
        url=url,
        title=meta.title,
        author=meta.author,
        published=meta.published,
        site_name=meta.site_name,
        image_url=meta.image_url,
        blocks=blocks,
        source=source,
    )


def extract_article(
    html: bytes | str, url: str, *, feed_content: str | None = None, encoding: str | None = None
) -> ExtractedArticle:
    """The article in ``html`` (fetched from ``url``); ``source="none"`` when no body is found.

    ``encoding`` is the charset from the HTTP header, if any. ``feed_content`` is the feed
    entry's own HTML; it wins when it looks like the whole article. Never raises.
    """
    try:
        return _extract(html, url, feed_content, encoding)
    except Exception:  # a refresh of thousands of pages must survive one pathological page
        log.exception("extraction failed for %s", url)
        return ExtractedArticle(url=url)


# --- output -----------------------------------------------------------------------------------

_PREFIX = {"heading": "## ", "quote": "> ", "list_item": "- ", "paragraph": ""}


def blocks_to_text(blocks: tuple[Block, ...] | list[Block]) -> str:
    """Body blocks as plain text: blank-line separated, ``## ``/``> ``/``- `` prefixes."""
    return "\n\n".join(_PREFIX[block.kind] + block.text for block in blocks)


def article_to_text(article: ExtractedArticle) -> str:
    """The title, a blank line, then the body blocks (see :func:`blocks_to_text`)."""
    body = blocks_to_text(article.blocks)
    return f"{article.title or ''}\n\n{body}" if body else article.title or ""


def article_to_json(article: ExtractedArticle) -> dict[str, Any]:
    """The whole article as a JSON-able dict (``published`` in ISO 8601)."""
    return {
        "url": article.url,
        "title": article.title,
        "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "site_name": article.site_name,
        "image_url": article.image_url,
        "source": article.source,
        "blocks": [
            {
                "kind": block.kind,
                "text": block.text,
                "links": [{"text": link.text, "href": link.href} for link in block.links],
            }
            for block in article.blocks
        ],
    }
