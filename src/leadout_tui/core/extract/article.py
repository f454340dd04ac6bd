"""Article extraction: HTML page (bytes or text) + URL -> :class:`ExtractedArticle`.

Sources, in order: the feed's own full content when it is the whole article; JSON-LD
``articleBody``; the page's main region (:mod:`.region`). The page is parsed once, straight
into an lxml tree, furniture is marked in a single pass, and nothing here raises for bad input:
anything unusable gives ``source="none"`` with whatever metadata was found.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from leadout_tui.core.extract.blocks import RawBlock, build_tree
from leadout_tui.core.extract.decoding import decode_html, page_text
from leadout_tui.core.extract.dom import Element, parse_html
from leadout_tui.core.extract.fallback import densest_blocks
from leadout_tui.core.extract.meta import (
    PageMeta,
    json_ld_body,
    page_meta,
    parse_json_ld,
    resolve_url,
    scan_page,
)
from leadout_tui.core.extract.region import main_region
from leadout_tui.core.extract.textrules import drop_boilerplate_blocks
from leadout_tui.core.models import Block, ExtractedArticle, ExtractionSource, Link
from leadout_tui.core.text import clean_line

__all__ = ["EXTRACTOR_VERSION", "article_to_json", "article_to_text", "blocks_to_text",
           "decode_html", "extract_article"]  # fmt: skip

#: Bump when extraction output changes meaningfully (the pipeline offers re-extraction).
EXTRACTOR_VERSION: int = 3

log = logging.getLogger(__name__)

_TEASER_END = re.compile(
    r"(?:\.\.\.|\u2026|\[\s*(?:\.\.\.|\u2026)\s*\]|read more|continue reading.*|"
    r"read the (?:full|rest of the) (?:story|article|post).*|keep reading.*)\W*$",
    re.IGNORECASE,
)


# --- body sources -----------------------------------------------------------------------------


def _words(blocks: list[RawBlock]) -> int:
    return sum(block.text.count(" ") + 1 for block in blocks)


def _fragment_blocks(fragment: str) -> list[RawBlock]:
    """Blocks from an HTML fragment (feed content, HTML inside JSON-LD), furniture left out."""
    root = parse_html(fragment)
    return [] if root is None else build_tree(root).content_blocks()


def _json_ld_blocks(body: str) -> list[RawBlock]:
    if re.search(r"<(?:p|div|br|h[2-6]|ul|blockquote)\b", body, re.IGNORECASE):
        return _fragment_blocks(body)
    paragraphs = (clean_line(line) for line in re.split(r"\s*\n\s*", body))
    return [RawBlock("paragraph", text, [], 0.0) for text in paragraphs if text]


def _links(raw: list[tuple[str, str]], url: str) -> tuple[Link, ...]:
    """A block's links made absolute against ``url``; only http(s) ones, each once."""
    links: list[Link] = []
    for text, href in raw:
        resolved = resolve_url(href, url)
        if resolved and (link := Link(text, resolved)) not in links:
            links.append(link)
    return tuple(links)


def _finish(raw: list[RawBlock], title: str | None, url: str) -> tuple[Block, ...]:
    """Final blocks: boilerplate text rules, title-repeating headings dropped, repeats merged."""
    title_key = (title or "").casefold()
    blocks: list[Block] = []
    for index, item in enumerate(drop_boilerplate_blocks(raw)):
        if index == 0 and item.text.casefold() == title_key:
            continue
        if item.is_h1 and (not blocks or item.text.casefold() == title_key):
            continue
        block = Block(item.kind, item.text, _links(item.links, url))  # type: ignore[arg-type]
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
    root: Element, objects: list[dict[str, Any]]
) -> tuple[list[RawBlock], ExtractionSource]:
    tree = build_tree(root)
    dom, named = main_region(tree)
    if not dom:
        dom, named = densest_blocks(tree), False
    source: ExtractionSource = ("container" if named else "scorer") if dom else "none"
    dom_words = _words(dom)
    body = json_ld_body(objects)
    if body:
        ld = _json_ld_blocks(body)
        ld_words = _words(ld)
        blob = len(ld) == 1 and dom_words >= 0.9 * ld_words
        if ld_words >= 80 and ld_words >= 0.7 * dom_words and not blob:
            return ld, "json-ld"
    return dom, source


def _extract(
    html: bytes | str, url: str, feed_content: str | None, encoding: str | None
) -> ExtractedArticle:
    text = page_text(html, encoding)
    root = parse_html(text) if text else None
    meta = PageMeta()
    raw: list[RawBlock] = []
    source: ExtractionSource = "none"
    if root is not None:
        scan = scan_page(root)
        objects = [obj for chunk in scan.json_ld for obj in parse_json_ld(chunk)]
        meta = page_meta(scan, objects, url)
        raw, source = _page_body(root, objects)
    if feed_content and feed_content.strip():
        feed_raw = _fragment_blocks(feed_content)
        if _is_whole_article(feed_raw, _words(raw)):
            raw, source = feed_raw, "feed"
    blocks = _finish(raw, meta.title, url)
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
