"""What an element is by its markup alone: never text, furniture by its name, or a named body
container.

Elements that never hold article text (scripts, media, form controls, ruby annotations,
anything hidden from readers) are skipped. Elements that *look* like furniture by their tag,
ARIA role or class/id names (menus, headers, share bars, sidebars, comments ...) are only
marked: a theme's ``header-style-2`` wrapper or an ASP.NET ``<form>`` around the whole page is
furniture by name and the article by content, so :mod:`.region` decides on the page's evidence.
Named body containers (``entry-content``, ``itemprop=articleBody``, ``<article>`` ...) are
ranked by how much their name is trusted. Verdicts are cached by the markup they depend on:
pages repeat the same few class strings thousands of times.
"""

from __future__ import annotations

import re
from functools import lru_cache

from leadout_tui.core.extract.dom import Element

#: Elements that never hold article text: emptied.
HARD_TAGS = frozenset(
    {
        "script", "style", "noscript", "iframe", "svg", "button", "template", "object",
        "embed", "canvas", "select", "textarea", "input", "head", "img", "picture", "video",
        "audio", "map", "math", "link", "meta", "title", "base", "frame", "frameset", "applet",
    }
)  # fmt: skip
#: Elements that are furniture by their tag, unless the page's text says otherwise.
FURNITURE_TAGS = frozenset({"nav", "footer", "header", "form", "aside", "figcaption", "dialog",
                            "label"})  # fmt: skip
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
#: Names of body containers (a class or id component, ``itemprop``, a tag or role); an
#: element's rank is its name's place here, so that :mod:`.region` can tell how many
#: containers of one name a page has (one of a kind is a witness, twenty are a listing).
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


CONTENT, FURNITURE, HIDDEN = range(3)
#: Never text for a reader, whatever their attributes say.
_SKIPPED_TAGS = HARD_TAGS | {"rt", "rp"}


def _attr_text(classes: str | None, ident: str | None) -> str:
    if ident is None:
        return classes.lower() if classes else ""
    return f"{classes} {ident}".lower() if classes is not None else ident.lower()


def _looks_like_furniture(name: str, text: str, role: str, itemprop: str) -> bool:
    if name in ("html", "body"):
        return False
    if name in FURNITURE_TAGS:
        return not (name == "aside" and _PULL_QUOTE.search(text))
    if role in _DROP_ROLES:
        return True
    if itemprop == "articlebody" or name in ("article", "main"):
        return False
    return bool(text and not _PROTECT.search(text) and BOILERPLATE_CLASS.search(text))


def _container_rank(name: str, text: str, role: str, itemprop: str) -> int | None:
    if itemprop == "articlebody":
        return 0
    best: int | None = None
    for token in text.split():
        rank = _CONTAINER_CLASS.get(token.replace("_", "-").replace("--", "__"))
        if rank is not None and (best is None or rank < best):
            best = rank
    if best is None:
        if name == "article":
            best = _CONTAINER_CLASS["<article>"]
        elif name == "main":
            best = _CONTAINER_CLASS["<main>"]
        elif role == "main":
            best = _CONTAINER_CLASS["role=main"]
    return best


#: ``(kind, container rank, block kind)``: see :func:`judge`.
Verdict = tuple[int, int | None, str | None]
_HIDDEN_VERDICT: Verdict = (HIDDEN, None, None)
_KIND = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
         "h6": "heading", "li": "list_item", "blockquote": "quote"}  # fmt: skip
_QUOTE_CLASS = ("pullquote", "pull-quote", "blockquote")


def _block_kind(name: str, classes: str | None) -> str | None:
    kind = _KIND.get(name)
    if kind is None and classes and name in ("aside", "div", "figure", "p", "section"):
        lowered = classes.lower()
        if any(marker in lowered for marker in _QUOTE_CLASS):
            return "quote"
    return kind


@lru_cache(maxsize=4096)
def _verdict(
    name: str, classes: str | None, ident: str | None, role: str, itemprop: str
) -> Verdict:
    text = _attr_text(classes, ident)
    kind = FURNITURE if _looks_like_furniture(name, text, role, itemprop) else CONTENT
    return kind, _container_rank(name, text, role, itemprop), _block_kind(name, classes)


_PLAIN: dict[str, Verdict] = {}


def judge(element: Element) -> Verdict:
    """``(kind, rank, block kind)``: :data:`CONTENT`, :data:`FURNITURE` or :data:`HIDDEN`; the
    rank of a named body container in :data:`CONTAINER_PRIORITY` (None if it is not one); and
    the kind of block it starts (``heading``, ``list_item``, ``quote``; None for others)."""
    name: str = element.tag
    if name in _SKIPPED_TAGS:
        return _HIDDEN_VERDICT
    attrs = element.attrib
    if not attrs:
        plain = _PLAIN.get(name)
        if plain is None:
            plain = _PLAIN[name] = _verdict(name, None, None, "", "")
        return plain
    classes = attrs.get("class")
    ident = attrs.get("id")
    if len(attrs) == (classes is not None) + (ident is not None):  # nothing else to look at
        return _verdict(name, classes, ident, "", "")
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return _HIDDEN_VERDICT
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return _HIDDEN_VERDICT
    role = attrs.get("role")
    itemprop = attrs.get("itemprop")
    return _verdict(
        name, classes, ident, role.lower() if role else "", itemprop.lower() if itemprop else ""
    )
