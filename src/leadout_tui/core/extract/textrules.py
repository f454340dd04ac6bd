"""Text rules for blocks: what markup does not label as furniture, its wording does.

"READ MORE" promos, "Advertisement" labels, "Image 1 of 5" captions, sign-up and membership
pitches, WordPress feed footers, and the link lists that follow a promo marker, in English and
in Dutch (the languages of the feeds the reader ships with).
"""

from __future__ import annotations

import re

from leadout_tui.core.extract.blocks import RawBlock

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
    r"\d+ comments?|sign up|subscribe|join (?:now|today)|"
    # the same markers on Dutch and Flemish sites (Sporza, WielerFlits, Nieuwsblad ...)
    r"lees (?:ook|meer|verder)|gerelateerd|meer (?:nieuws|over dit onderwerp)|meest gelezen|"
    r"advertentie|gesponsord|deel dit (?:artikel|bericht)|delen|reacties?|\d+ reacties?)\W*$",
    re.IGNORECASE,
)
_PROMO_PREFIX = re.compile(
    r"^(?:read more|read next|related|see also|also read|more|recommended|watch|listen|"
    r"you (?:may|might) also like|don'?t miss|further reading|in pictures|gallery|see more|"
    r"previous(?: (?:story|article|post))?|next(?: (?:story|article|post))?|"
    r"lees (?:ook|meer)|bekijk|kijk|luister|meer|ook interessant)\s*[:|\u00bb>]",
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
