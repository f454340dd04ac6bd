"""Boilerplate removal: one pass over the parsed page, plus text rules for whole blocks.

The DOM pass (:func:`scan_and_clean`) drops elements by tag, ARIA role, visibility and class/id
names (share bars, newsletter boxes, related links, ads, comments, bios ...), and on the way
collects what metadata needs before bylines and headers disappear. Text rules
(:func:`drop_boilerplate_blocks`) catch what markup does not label: "READ MORE" promos,
"Advertisement" labels, "Image 1 of 5" captions, sign-up and membership pitches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag

from leadout_tui.core.extract_meta import PageScan

#: Elements whose content never reaches the output.
DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "iframe", "form", "svg", "button", "template", "object",
        "embed", "canvas", "select", "textarea", "input", "nav", "footer", "header", "head",
        "figcaption", "img", "picture", "video", "audio", "map", "math", "dialog", "label",
        "link", "meta", "title", "base", "frame", "frameset", "applet",
    }
)  # fmt: skip
_DROP_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
     "menu", "menubar", "toolbar", "tablist"}
)  # fmt: skip
#: Body containers: never removed by their class names.
_PROTECT = re.compile(
    r"(?:^|[\s_-])(?:article-?body|article__body|article-content|article-text|entry-content|"
    r"post-content|post-body|postbody|story-body|story-content|body-copy|content-body)"
    r"(?=$|[\s_-])"
)
# class/id components that mark boilerplate: a component that *starts with* one of these ...
_BOILER_PREFIX = (
    r"newsletter|subscri|signup|sign-up|share|sharing|social|related|relpost|popular|mostpopular|"
    r"most-popular|most-read|mostread|trending|recommend|morelikethis|more-like|promo|advert|"
    r"adslot|ad-slot|adunit|ad-unit|ad-container|ad-wrapper|adsbygoogle|dfp|sponsor|cookie|"
    r"consent|gdpr|onetrust|disqus|breadcrumb|navbar|navigation|sidebar|footer|gallery|caption|"
    r"credit|byline|paywall|piano|outbrain|taboola|zergnet|modal|popup|overlay|skip-link|"
    r"pagination|pager|readmore|read-more|read-next|also-read|see-also|further-reading|"
    r"author-bio|authorbio|author-box|about-author|author-info|author-card|tagcloud|taglist|"
    r"tag-list|tag-links|sr-only|screen-reader|visually-hidden|hawk|addtoany|a2a_|heateor|"
    r"jp-relatedposts|wpcnt|post-nav|postnav|nav-links|disclosure|inline-link|slot-"
)
# ... or that *is* one of these,
_BOILER_EXACT = (
    r"ad|ads|nav|menu|header|masthead|tags|topics|meta|comment|comments|commentlist|respond|"
    r"bio|author|cmp|print|mpu|leaderboard|nextprev|prevnext"
)
# ... or a whole class that is one of these (page builders nest content in "*-widget-*").
_BOILER_TOKEN = r"widget|widgets|widget-area|sidebar-widget"
BOILERPLATE_CLASS = re.compile(
    rf"(?:^|[\s_-])(?:(?:{_BOILER_PREFIX})|(?:{_BOILER_EXACT})(?=$|[\s_-]))"
    rf"|(?:^|\s)(?:{_BOILER_TOKEN})(?=$|\s)"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_PULL_QUOTE = re.compile(r"pull-?quote|blockquote|quote", re.IGNORECASE)
#: Body containers in the order they are trusted; ``*`` entries match a class/id/itemprop.
CONTAINER_PRIORITY: tuple[str, ...] = (
    "itemprop=articlebody",
    "article-body",
    "articlebody",
    "article__body",
    "article-content",
    "entry-content",
    "post-content",
    "post-body",
    "story-body",
    "body-copy",
    "content-body",
    "<article>",
    "<main>",
    "role=main",
)
_CONTAINER_CLASS = {name: rank for rank, name in enumerate(CONTAINER_PRIORITY)}


@dataclass
class CleanResult:
    """The scan for metadata plus body-container candidates as ``(rank, element)``."""

    scan: PageScan = field(default_factory=PageScan)
    containers: list[tuple[int, Tag]] = field(default_factory=list)


def _attr_text(tag: Tag) -> str:
    classes = tag.get("class")
    ident = tag.get("id")
    parts: list[str] = []
    if isinstance(classes, list):
        parts.extend(classes)
    elif isinstance(classes, str):
        parts.append(classes)
    if isinstance(ident, str):
        parts.append(ident)
    return " ".join(parts).lower()


def is_boilerplate_element(tag: Tag) -> bool:
    """Whether ``tag`` (and everything in it) is page furniture rather than article body."""
    name = tag.name
    if name in DROP_TAGS:
        return True
    if name in ("html", "body"):
        return False
    attrs = tag.attrs
    if attrs:
        if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
            return True
        style = attrs.get("style")
        if isinstance(style, str) and _HIDDEN_STYLE.search(style):
            return True
        role = attrs.get("role")
        if isinstance(role, str) and role.lower() in _DROP_ROLES:
            return True
        if str(attrs.get("itemprop", "")).lower() == "articlebody":
            return False
        text = _attr_text(tag)
        if text and not _PROTECT.search(text) and name not in ("article", "main"):
            if name == "aside" and _PULL_QUOTE.search(text):
                return False
            if BOILERPLATE_CLASS.search(text):
                return True
    return name == "aside"


def _container_rank(tag: Tag) -> int | None:
    name = tag.name
    if str(tag.get("itemprop", "")).lower() == "articlebody":
        return 0
    text = _attr_text(tag)
    best: int | None = None
    if text:
        for token in text.split():
            rank = _CONTAINER_CLASS.get(token.replace("_", "-").replace("--", "__"))
            if rank is not None and (best is None or rank < best):
                best = rank
    if best is None:
        if name == "article":
            best = _CONTAINER_CLASS["<article>"]
        elif name == "main":
            best = _CONTAINER_CLASS["<main>"]
        elif str(tag.get("role", "")).lower() == "main":
            best = _CONTAINER_CLASS["role=main"]
    return best


def scan_and_clean(soup: BeautifulSoup) -> CleanResult:
    """Collect metadata inputs and body containers, then drop boilerplate elements in place."""
    result = CleanResult()
    scan = result.scan
    doomed: list[Tag] = []
    for tag in soup.find_all(True):
        name = tag.name
        if name == "meta":
            key = tag.get("property") or tag.get("name") or tag.get("itemprop")
            content = tag.get("content")
            if isinstance(key, str) and isinstance(content, str) and content.strip():
                scan.meta.setdefault(key.strip().lower(), content.strip())
        elif name == "script":
            kind = tag.get("type")
            if isinstance(kind, str) and "ld+json" in kind.lower():
                scan.json_ld.append(tag.string or "")
        elif name == "title":
            if scan.title_tag is None:
                scan.title_tag = tag.get_text()
        elif name == "h1":
            if scan.first_h1 is None:
                scan.first_h1 = tag.get_text(" ")
        elif name == "time" and scan.dom_time is None and isinstance(tag.get("datetime"), str):
            scan.dom_time = tag["datetime"]  # type: ignore[assignment]
        if scan.dom_author is None and tag.attrs:
            rel = tag.get("rel")
            if (isinstance(rel, str) and "author" in rel.lower().split()) or tag.get(
                "itemprop"
            ) == "author":
                scan.dom_author = tag.get_text(" ")
        if is_boilerplate_element(tag):
            doomed.append(tag)
            continue
        rank = _container_rank(tag)
        if rank is not None:
            result.containers.append((rank, tag))
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()
    result.containers = [(r, t) for r, t in result.containers if not t.decomposed]
    return result


# --- text rules for whole blocks -------------------------------------------------------------

_MARKER = re.compile(
    r"^(?:read more|read next|related|related (?:articles?|stories|content|reading|news|posts?)|"
    r"more (?:from|on|stories|news|like this)\b.{0,40}|see also|also read|recommended(?: for you)?|"
    r"most popular|most read|trending(?: now)?|popular now|you (?:may|might) also like|"
    r"further reading|latest(?: news| videos)?|don'?t miss|up next|"
    r"advertisement|advert|ad|sponsored|scroll to continue(?: with content)?|"
    r"(?:article|story) continues (?:below|after (?:this )?advertisement)(?: advertisement)?|"
    r"continue reading below|advertisement\W+continue reading below|"
    r"share(?: this)?(?: article| story| post| page)?|share on \w+|like this|loading|"
    r"tags?|topics|filed under|comments?|leave a (?:reply|comment)|"
    r"\d+ comments?|sign up|subscribe|join (?:now|today))\W*$",
    re.IGNORECASE,
)
_PROMO_PREFIX = re.compile(
    r"^(?:read more|read next|related|see also|also read|more|recommended|watch|listen|"
    r"you (?:may|might) also like|don'?t miss|further reading|in pictures|gallery|see more|"
    r"previous(?: (?:story|article|post))?|next(?: (?:story|article|post))?)\s*[:|\u00bb>]",
    re.IGNORECASE,
)
_IMAGE_COUNT = re.compile(r"^(?:image|photo|picture|slide)\s+\d+\s+(?:of|/)\s+\d+\b", re.I)
_PITCH = re.compile(
    r"newsletter|sign up|sign-up|subscribe|inbox|become a member|already a member|"
    r"members only|member-only|log in to|start your free trial|free trial|"
    r"we use cookies|accept (?:all )?cookies|cookie (?:policy|settings)|"
    r"supported by its audience|earn an affiliate commission|affiliate links",
    re.IGNORECASE,
)
_WP_FOOTER = re.compile(r"^The post .+ appeared first on .+$", re.DOTALL)
_CREDIT = re.compile(r"^\(?(?:image|photo|picture) (?:credit|by)\s*:", re.IGNORECASE)


@dataclass
class RawBlock:
    """A block before its final :class:`Block` form: kind, text, links, link-text ratio."""

    kind: str
    text: str
    links: list[tuple[str, str]]
    link_ratio: float
    is_h1: bool = False


def is_pitch(text: str, words: int) -> bool:
    """A short newsletter/membership/cookie/affiliate pitch (two pitch terms, or one if tiny)."""
    if words > 60:
        return False
    hits = len(_PITCH.findall(text))
    return hits >= 2 or (hits == 1 and words <= 25)


def drop_boilerplate_blocks(blocks: list[RawBlock]) -> list[RawBlock]:
    """Blocks minus promos, ad labels, gallery counters, pitches and link lists after a promo."""
    kept: list[RawBlock] = []
    after_marker = False
    for block in blocks:
        text = block.text
        words = text.count(" ") + 1
        if after_marker and block.link_ratio >= 0.8:
            continue
        after_marker = False
        if words <= 12 and _MARKER.match(text):
            after_marker = True
            continue
        if words <= 40 and _PROMO_PREFIX.match(text.lstrip("\u00ab\u00bb<>|-\u2013\u2014 ")):
            continue
        if (
            _IMAGE_COUNT.match(text)
            or _CREDIT.match(text)
            or _WP_FOOTER.match(text)
            or is_pitch(text, words)
        ):
            continue
        kept.append(block)
    return kept
