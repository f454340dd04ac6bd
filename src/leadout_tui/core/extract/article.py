"""Article extraction: HTML page (bytes or text) + URL -> :class:`ExtractedArticle`.

Sources, in order: the feed's own full content when it is the whole article; JSON-LD
``articleBody`` or the JSON page state when they hold clearly more than the page shows
(:mod:`.sources`); the page's main region (:mod:`.region`), or its densest text block
(:mod:`.fallback`). The page is parsed once into an lxml tree and walked once
(:mod:`.blocks`), and nothing here raises for bad input: anything unusable gives
``source="none"`` with whatever metadata was found.
"""

from __future__ import annotations

import logging
from typing import Any

from leadout_tui.core.extract.blocks import RawBlock, build_tree
from leadout_tui.core.extract.decoding import decode_html, page_text
from leadout_tui.core.extract.dom import Element, parse_html
from leadout_tui.core.extract.evidence import is_fragment
from leadout_tui.core.extract.fallback import densest_blocks
from leadout_tui.core.extract.meta import (
    PageMeta,
    PageScan,
    json_ld_body,
    page_meta,
    parse_json_ld,
    resolve_url,
    scan_page,
)
from leadout_tui.core.extract.region import main_region
from leadout_tui.core.extract.sources import (
    MIN_WORDS,
    fragment_blocks,
    is_whole_article,
    replaces_region,
    state_body,
    text_blocks,
    words,
)
from leadout_tui.core.extract.textrules import drop_boilerplate_blocks
from leadout_tui.core.models import Block, ExtractedArticle, ExtractionSource, Link

__all__ = ["EXTRACTOR_VERSION", "article_to_json", "article_to_text", "blocks_to_text",
           "decode_html", "extract_article"]  # fmt: skip

#: Bump when extraction output changes meaningfully (the pipeline offers re-extraction).
EXTRACTOR_VERSION: int = 3

log = logging.getLogger(__name__)

#: A body and the source it came from.
_Body = tuple[list[RawBlock], ExtractionSource]


# --- assembly ---------------------------------------------------------------------------------


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
        if not blocks and is_fragment(item):  # a date line left in front once the title went
            continue
        block = Block(item.kind, item.text, _links(item.links, url))  # type: ignore[arg-type]
        if blocks and blocks[-1] == block:
            continue
        blocks.append(block)
    return tuple(blocks)


def _page_body(root: Element, scan: PageScan, objects: list[dict[str, Any]]) -> _Body:
    """The page's main region, unless JSON-LD or the JSON page state holds clearly more."""
    tree = build_tree(root)
    region, named = main_region(tree)
    if not region:
        region, named = densest_blocks(tree), False
    body = json_ld_body(objects)
    if body and replaces_region(ld := text_blocks(body), region):
        return ld, "json-ld"
    # page state can be megabytes of JSON: read only when the region is short enough to lose
    state = state_body(scan.state) if words(region) < MIN_WORDS * 4 else None
    if state and replaces_region(found := text_blocks(state), region):
        return found, "page-state"
    return region, ("container" if named else "scorer") if region else "none"


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
        raw, source = _page_body(root, scan, objects)
    if feed_content and feed_content.strip():
        feed_raw = fragment_blocks(feed_content)
        if is_whole_article(feed_raw, words(raw)):
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
