#!/usr/bin/env python3
"""Render the offline demo (feeds, article pages, OPML) into ``src/leadout_tui/data/demo/``.

The article texts live in ``tools/demo/`` (original writing, see ``tools/demo/__init__.py``). This
script is deterministic: the same sources always produce byte-identical files, which are committed.
Every absolute URL is written with the ``{BASE}`` placeholder; ``leadout_tui.demo.DemoServer``
replaces it with its loopback address when serving.

Usage: ``python tools/build_demo.py`` (writes the files and ``tools/demo/gold.json``)
or ``python tools/build_demo.py --check`` (exit 1 if the committed files are out of date).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))

from demo import (  # noqa: E402
    Article,
    bidon_daily,
    cobbles_and_climbs,
    echelon_journal,
    entities,
    gravel_cross_bulletin,
    peloton_wire,
)

REPO = TOOLS.parent
OUT = REPO / "src" / "leadout_tui" / "data" / "demo"
GOLD = TOOLS / "demo" / "gold.json"
BASE = "{BASE}"
#: Every date in the demo is relative to this fixed moment, so the output is reproducible.
REFERENCE = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)
MIN_WORDS, MAX_WORDS = 250, 700


# --------------------------------------------------------------------------- text helpers


def e(text: str) -> str:
    """Escape text for HTML element content."""
    return html.escape(text, quote=False)


def a(text: str) -> str:
    """Escape text for a double-quoted HTML/XML attribute."""
    return html.escape(text, quote=True)


def cdata(text: str) -> str:
    """Wrap ``text`` in a CDATA section (splitting any ``]]>`` it contains)."""
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def json_ld(obj: object) -> str:
    """A JSON-LD script body that cannot close its ``<script>`` element early."""
    return json.dumps(obj, ensure_ascii=False, indent=2).replace("</", "<\\/")


def when(article: Article) -> datetime:
    """The article's publication time (aware, UTC)."""
    return datetime.fromisoformat(article.published.replace("Z", "+00:00"))


def slugify(text: str) -> str:
    """ASCII slug for author pages and tag URLs."""
    text = text.lower().replace("ć", "c").replace("é", "e").replace("è", "e").replace("ç", "c")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@dataclass(frozen=True)
class Block:
    """One body block parsed from an article's light markup."""

    kind: str  # "paragraph" | "heading" | "quote" | "item"
    text: str


def parse_body(body: str) -> list[Block]:
    """Split the light markup described in ``demo.Article`` into blocks."""
    blocks: list[Block] = []
    for chunk in body.strip().split("\n\n"):
        chunk = chunk.strip()
        if chunk.startswith("## "):
            blocks.append(Block("heading", chunk[3:].strip()))
        elif chunk.startswith("> "):
            blocks.append(Block("quote", " ".join(chunk[2:].split())))
        elif chunk.startswith("- "):
            # One item per "- " line; indented lines continue the item above.
            items: list[str] = []
            for line in chunk.splitlines():
                if line.startswith("- "):
                    items.append(line[2:].strip())
                else:
                    items[-1] += " " + line.strip()
            blocks.extend(Block("item", item) for item in items)
        else:
            blocks.append(Block("paragraph", " ".join(chunk.split())))
    return blocks


def plain_text(article: Article, blocks: list[Block]) -> str:
    """Title and body as plain text, blocks separated by blank lines (for gold and counts)."""
    return "\n\n".join([article.title, *(b.text for b in blocks)])


def word_count(blocks: list[Block]) -> int:
    """Words of body text."""
    return sum(len(b.text.split()) for b in blocks)


def html_fragments(blocks: list[Block], *, p_open: str = "<p>", p_close: str = "</p>",
                   quote: str = "blockquote") -> list[str]:
    """One HTML fragment per block, consecutive list items grouped into one ``<ul>``."""
    out: list[str] = []
    items: list[str] = []
    for block in blocks:
        if block.kind != "item" and items:
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            items = []
        if block.kind == "item":
            items.append(f"<li>{e(block.text)}</li>")
        elif block.kind == "heading":
            out.append(f"<h2>{e(block.text)}</h2>")
        elif block.kind == "quote":
            if quote == "blockquote":
                out.append(f"<blockquote><p>{e(block.text)}</p></blockquote>")
            else:
                out.append(f'<aside class="pullquote"><p>{e(block.text)}</p></aside>')
        else:
            out.append(f"{p_open}{e(block.text)}{p_close}")
    if items:
        out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
    return out


# --------------------------------------------------------------------------- feeds and pages


@dataclass(frozen=True)
class Site:
    """One demo feed and the site behind it."""

    slug: str
    title: str
    kind: str  # "rss" | "atom"
    description: str
    category: str
    articles: tuple[Article, ...]
    path: Callable[[Article], str]
    render: Callable[[Site, int, Context], str]
    language: str = "en-GB"

    @property
    def feed_path(self) -> str:
        return f"/feeds/{self.slug}.xml"

    @property
    def home(self) -> str:
        return f"{BASE}/{self.slug}/"


@dataclass(frozen=True)
class Context:
    """What a page template needs about one article."""

    article: Article
    blocks: list[Block]
    url: str
    others: list[tuple[str, str]]  # (url, title) of the other articles of the same site
    post_id: int


def image_url(site: Site, article: Article, n: int = 0) -> str:
    suffix = f"-{n}" if n else ""
    return f"{BASE}/static/{site.slug}/img/{article.slug}{suffix}.jpg"


def long_date(dt: datetime) -> str:
    return f"{dt.day} {dt:%B %Y}"


# Plausible but short CSS: real sites ship far more, and the demo pages should stay small.
CSS_PUBLISHER = """
:root{--brand:#d0021b;--ink:#111;--muted:#666;--rule:#e5e5e5}
*{box-sizing:border-box}body{margin:0;font:17px/1.6 Georgia,serif;color:var(--ink)}
.site-header{display:flex;align-items:center;gap:2rem;padding:.75rem 2rem;
  border-bottom:4px solid var(--brand)}
.logo{font:800 1.6rem/1 Helvetica,Arial,sans-serif;color:var(--brand);text-decoration:none}
.main-nav ul{display:flex;gap:1.2rem;list-style:none;margin:0;padding:0}
.main-nav a{font:600 .85rem Helvetica,Arial,sans-serif;text-transform:uppercase;color:var(--ink)}
.consent-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;
  padding:1rem 2rem;z-index:99}
.ad-slot,.ad-leaderboard{background:#f4f4f4;color:#999;text-align:center;font:11px sans-serif;
  min-height:90px}
.article{max-width:760px}.standfirst{font-size:1.2rem;color:var(--muted)}
.read-more a{color:var(--brand);font-weight:700}
.newsletter-signup{border:2px solid var(--ink);padding:1rem}
.gallery figure{margin:0 0 1rem}.most-popular ol{counter-reset:pop}
.site-footer{background:#111;color:#ccc}
"""

CSS_WORDPRESS = """
body{background:#fafafa;font-family:"Source Sans Pro",sans-serif;color:#222;margin:0}
.site{max-width:1180px;margin:0 auto;display:grid;grid-template-columns:1fr 320px;gap:40px}
.site-header{grid-column:1/-1}.site-title a{color:#0b6e4f;text-decoration:none}
.entry-title{font-size:2.4rem;line-height:1.15}
.entry-meta,.entry-footer{color:#777;font-size:.85rem}
.entry-content p{margin:0 0 1.3em}.sharedaddy{border-top:1px solid #ddd;margin-top:2rem}
.sd-button{display:inline-block;padding:4px 10px;border:1px solid #ccc;border-radius:3px}
.comment-list{list-style:none;padding:0}.comment-body{border-bottom:1px solid #eee;padding:1rem 0}
.widget{margin-bottom:2rem}
.widget-title{text-transform:uppercase;font-size:.8rem;letter-spacing:.1em}
#cookie-law-info-bar{position:fixed;bottom:0;width:100%;background:#333;color:#fff;padding:12px}
"""

CSS_MAGAZINE = """
body{margin:0;background:#fffdf8;color:#1d1d1b;font:19px/1.7 "Tiempos Text",Georgia,serif}
.masthead{text-align:center;padding:2rem 0 1rem;border-bottom:1px solid #1d1d1b}
.masthead .wordmark{font:italic 700 2.2rem/1 "Tiempos Headline",Georgia,serif;letter-spacing:-.02em}
.longread{max-width:680px;margin:3rem auto}.longread h1{font-size:2.6rem;line-height:1.1}
.dek{font-style:italic;color:#555}
.story-body>p:first-of-type::first-letter{float:left;font-size:4rem;line-height:.9;padding-right:.4rem}
.pullquote{font-size:1.5rem;border-left:3px solid #b5651d;padding-left:1rem;margin:2rem -2rem}
.membership{background:#1d1d1b;color:#fffdf8;padding:1.5rem;margin:3rem 0}
.privacy-notice{font:14px sans-serif;background:#eee;padding:.5rem 1rem}
"""


def publisher_page(site: Site, index: int, ctx: Context) -> str:
    """Peloton Wire: a big publisher with ads, promos, newsletter box, gallery, related links."""
    art, dt = ctx.article, when(ctx.article)
    updated = dt + timedelta(hours=1 + index % 3, minutes=12)
    others = ctx.others
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": art.title,
                "description": art.summary,
                "image": [image_url(site, art)],
                "datePublished": dt.isoformat(),
                "dateModified": updated.isoformat(),
                "author": [{"@type": "Person", "name": art.author,
                            "url": f"{BASE}/peloton-wire/author/{slugify(art.author)}/"}],
                "publisher": {"@type": "Organization", "name": "Peloton Wire",
                              "logo": {"@type": "ImageObject",
                                       "url": f"{BASE}/static/peloton-wire/logo.png"}},
                "mainEntityOfPage": ctx.url,
                "articleSection": art.tags[0],
                "keywords": ", ".join(art.tags),
                "isAccessibleForFree": True,
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home",
                     "item": f"{BASE}/peloton-wire/"},
                    {"@type": "ListItem", "position": 2, "name": "News",
                     "item": f"{BASE}/peloton-wire/news/"},
                ],
            },
        ],
    }
    frags = html_fragments(ctx.blocks)
    body: list[str] = []
    promo_urls = others[index % len(others)], others[(index + 3) % len(others)]
    for i, frag in enumerate(frags):
        body.append(frag)
        if i == 1:
            url, title = promo_urls[0]
            body.append(f'<p class="read-more"><strong>READ MORE:</strong> <a href="{a(url)}">'
                        f"{e(title)}</a></p>")
        elif i == 3:
            body.append('<div class="ad-slot ad-inline" id="mpu-1" data-ad-slot="inline-1" '
                        'data-ad-sizes="300x250,336x280"><span class="ad-label">Advertisement'
                        "</span></div>")
        elif i == 5:
            body.append(
                '<aside class="newsletter-signup" data-component="newsletter">\n'
                "<h3>Get the Peloton Wire newsletter</h3>\n"
                "<p>Race analysis, breaking transfer news and the best deals on kit, delivered to"
                " your inbox every weekday morning.</p>\n"
                '<form action="/peloton-wire/newsletter/subscribe" method="post">'
                '<label for="nl-email">Email address</label>'
                '<input id="nl-email" type="email" name="email" placeholder="you@example.com">'
                '<button type="submit">Sign me up</button></form>\n'
                '<p class="small">By submitting your information you agree to the Terms &amp;'
                " Conditions and Privacy Policy and are aged 16 or over.</p>\n</aside>"
            )
        elif i == len(frags) - 3:
            url, title = promo_urls[1]
            body.append(f'<p class="read-more"><strong>READ MORE:</strong> <a href="{a(url)}">'
                        f"{e(title)}</a></p>")
    gallery = "\n".join(
        f'<figure class="gallery-item"><img src="{a(image_url(site, art, n))}" alt="" '
        f'loading="lazy" width="1200" height="800"><figcaption>Image {n} of 4'
        f"{'' if n > 1 else ': the peloton on the road'} (Image credit: Peloton Wire)"
        "</figcaption></figure>"
        for n in range(1, 5)
    )
    related = "\n".join(f'<li><a href="{a(u)}">{e(t)}</a></li>' for u, t in others[:4])
    popular = "\n".join(f'<li><a href="{a(u)}">{e(t)}</a></li>' for u, t in others[-5:])
    topics = " ".join(
        f'<a href="/peloton-wire/tags/{slugify(t)}/">{e(t)}</a>' for t in art.tags
    )
    meta_tags = "\n".join(f'<meta property="article:tag" content="{a(t)}">' for t in art.tags)
    nav = "".join(
        f'<li><a href="/peloton-wire/{slugify(x)}/">{e(x)}</a></li>'
        for x in ("News", "Racing", "Women's racing", "Results", "Tech", "Reviews", "Features",
                  "Training", "Podcast", "Buyer's guides", "Shop")
    )
    footer_links = "".join(
        f'<li><a href="/peloton-wire/{slugify(x)}/">{e(x)}</a></li>'
        for x in ("About us", "Contact", "Advertise", "Careers", "Terms and conditions",
                  "Privacy policy", "Cookie policy", "Accessibility", "Editorial standards",
                  "Corrections", "Subscriptions", "Manage consent", "Sitemap", "RSS feeds")
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<title>{e(art.title)} | Peloton Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{a(art.summary)}">
<meta name="author" content="{a(art.author)}">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{a(ctx.url)}">
<link rel="alternate" type="application/rss+xml" title="Peloton Wire" href="{BASE}{site.feed_path}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Peloton Wire">
<meta property="og:locale" content="en_GB">
<meta property="og:title" content="{a(art.title)}">
<meta property="og:description" content="{a(art.summary)}">
<meta property="og:url" content="{a(ctx.url)}">
<meta property="og:image" content="{a(image_url(site, art))}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="675">
<meta property="article:published_time" content="{dt.isoformat()}">
<meta property="article:modified_time" content="{updated.isoformat()}">
<meta property="article:section" content="{a(art.tags[0])}">
{meta_tags}
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@PelotonWire">
<meta name="twitter:title" content="{a(art.title)}">
<link rel="preload" as="font" href="/static/peloton-wire/fonts/headline-bold.woff2" crossorigin>
<link rel="stylesheet" href="/static/peloton-wire/css/main.3f9a1c.css">
<style>{CSS_PUBLISHER}</style>
<script type="application/ld+json">
{json_ld(ld)}
</script>
<script>
window.dataLayer = window.dataLayer || [];
dataLayer.push({{"pageType": "article", "articleId": "pw-{ctx.post_id}", "section": "news",
  "author": {json.dumps(art.author, ensure_ascii=False)}, "wordCount": {word_count(ctx.blocks)},
  "adTargeting": {{"kw": {json.dumps(list(art.tags), ensure_ascii=False)}, "premium": false}}}});
document.documentElement.className = document.documentElement.className.replace("no-js", "js");
</script>
<script async src="/static/peloton-wire/js/consent.min.js"></script>
<script async src="/static/peloton-wire/js/ads.bundle.min.js"></script>
</head>
<body class="article-page template-news">
<div id="cookie-consent" class="consent-banner" role="dialog" aria-label="Privacy settings">
<p><strong>We value your privacy.</strong> We and our 843 partners store and access information on
your device, such as cookies, and process personal data, such as unique identifiers and browsing
data, for personalised advertising and content, advertising and content measurement, audience
research and services development. You can change your choices at any time via Manage consent at
the bottom of every page.</p>
<button class="consent-accept">Accept all</button> <button
class="consent-reject">Reject all</button>
<button class="consent-manage">Manage preferences</button>
</div>
<div class="ad-leaderboard" id="ad-top" data-ad-slot="leaderboard" data-ad-sizes="970x250,728x90">
<span class="ad-label">Advertisement</span></div>
<header class="site-header" role="banner">
<a class="logo" href="/peloton-wire/" aria-label="Peloton Wire home">PELOTON WIRE</a>
<nav class="main-nav" aria-label="Main"><ul>{nav}</ul></nav>
<form class="site-search" action="/peloton-wire/search" role="search">
<input type="search" name="q" placeholder="Search Peloton Wire" aria-label="Search"></form>
<a class="subscribe-cta" href="/peloton-wire/subscriptions/">Subscribe</a>
</header>
<div class="trending-bar"><span>Trending</span>
<a href="/peloton-wire/tags/transfers/">Transfer news</a>
<a href="/peloton-wire/tags/cyclocross/">Cyclocross</a>
<a href="/peloton-wire/buyers-guides/winter-jackets/">Best winter jackets</a>
<a href="/peloton-wire/tags/tour-de-france-2027/">Tour de France 2027</a></div>
<main id="main-content" class="layout-article">
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/peloton-wire/">Home</a> &rsaquo;
<a href="/peloton-wire/news/">News</a> &rsaquo; <span>{e(art.tags[0])}</span></nav>
<article class="article" data-article-id="pw-{ctx.post_id}">
<header class="article-header">
<span class="kicker">{e(art.tags[0])}</span>
<h1 class="article-title">{e(art.title)}</h1>
<p class="standfirst">{e(art.summary)}</p>
<div class="byline">
<img class="byline-avatar" src="/static/peloton-wire/authors/{slugify(art.author)}.jpg" alt=""
width="48" height="48">
<span>By <a rel="author"
href="/peloton-wire/author/{slugify(art.author)}/">{e(art.author)}</a></span>
<span class="byline-role">Senior news writer</span>
<time class="published" datetime="{dt.isoformat()}">published {dt:%-d %B %Y, %H:%M} GMT</time>
<time class="updated" datetime="{updated.isoformat()}">Last updated {updated:%H:%M} GMT</time>
</div>
<div class="social-share" aria-label="Share this article">
<a href="#" class="share-facebook">Facebook</a> <a href="#" class="share-x">X</a>
<a href="#" class="share-whatsapp">WhatsApp</a> <a href="#" class="share-email">Email</a>
<a href="#comments" class="comment-count">Comments</a></div>
</header>
<figure class="hero-image">
<img src="{a(image_url(site, art))}" alt="" width="1200" height="675" fetchpriority="high">
<figcaption>Racing in 2026 (Image credit: Peloton Wire / Photo agency)</figcaption>
</figure>
<div class="article-body" id="article-body">
{chr(10).join(body)}
<div class="gallery" data-component="gallery">
<h3 class="gallery-title">Gallery</h3>
{gallery}
</div>
</div>
<div class="article-tags"><span>Topics:</span> {topics}</div>
<aside class="author-bio"><h3>{e(art.author)}</h3>
<p>{e(art.author.split()[0])} has covered professional cycling for Peloton Wire since 2017,
reporting
from the Grand Tours, the Classics and the world championships.</p></aside>
<section class="related-articles" aria-labelledby="related-heading">
<h2 id="related-heading">Related articles</h2>
<ul>
{related}
</ul>
</section>
<section id="comments" class="comments-placeholder"><button>Show comments</button></section>
</article>
<aside class="sidebar">
<div class="most-popular"><h2>Most popular</h2>
<ol>
{popular}
</ol></div>
<div class="ad-slot ad-sidebar" data-ad-slot="sidebar-1" data-ad-sizes="300x600"><span
class="ad-label">Advertisement</span></div>
<div class="sidebar-promo"><h2>Subscribe and save</h2><p>Get 12 issues of Peloton Wire magazine
for the price of six, plus unlimited access to our race archive.</p>
<a class="btn" href="/peloton-wire/subscriptions/">See offers</a></div>
</aside>
</main>
<footer class="site-footer" role="contentinfo">
<div class="footer-brand">PELOTON WIRE</div>
<ul class="footer-links">{footer_links}</ul>
<p class="footer-legal">Peloton Wire is part of a fictional publishing group invented for the
leadout-tui offline demo. All rights reserved. Registered office: 1 Example Street, London.</p>
<p class="footer-legal">© 2026 Peloton Wire</p>
</footer>
</body>
</html>
"""


LEAN_REPLIES: tuple[tuple[str, str, str], ...] = (
    ("@kasseiKoen", "Mastodon", "Spot on. Also: never trust a café at the top of a climb in"
                                " November."),
    ("Mara (The False Flat)", "webmention", "Linked this from my weekly round-up. I disagree"
                                            " about half of it, which is the point."),
    ("@domestique_dan", "Bluesky", "Bookmarked for the winter. More posts like this please."),
    ("@velosophy", "Mastodon", "The bit about the breakaways made me go back and rewatch 2016."),
)

COMMENTS: tuple[tuple[str, str], ...] = (
    ("GrimpeurGeoff", "Great read. I still think Wout van Aert wins Flanders next year if he stays"
                      " upright for once."),
    ("velo_vicky", "Did anyone else notice how quiet Tom Pidcock has been this winter? Something is"
                   " coming."),
    ("FlandriaFan", "Nobody is talking about Arnaud De Lie. Mark my words, Scheldeprijs 2027."),
    ("climber_kg", "Honestly the best part of this season was watching Neilson Powless ride the"
                   " breakaways. Underrated."),
    ("Bidonhunter", "Good piece, but the headline is a bit clickbait, no?"),
    ("sofia_rides", "Wish we could get this much coverage of the women's races all year round."),
)


def wordpress_page(site: Site, index: int, ctx: Context) -> str:
    """Bidon Daily: a WordPress theme (entry-content, share bar, tags, comments, sidebar)."""
    art, dt = ctx.article, when(ctx.article)
    frags = html_fragments(ctx.blocks)
    comments = [COMMENTS[(index + k) % len(COMMENTS)] for k in range(2 + index % 2)]
    comment_html = "\n".join(
        f"""<li id="comment-{ctx.post_id * 10 + k}"
class="comment {'even' if k % 2 else 'odd'} depth-1">
<article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{e(who)}</b>
<span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="{(dt + timedelta(hours=k + 2)).isoformat()}">
{(dt + timedelta(hours=k + 2)):%B %-d, %Y at %-I:%M %p}</time></div></footer>
<div class="comment-content"><p>{e(text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>
</article></li>"""
        for k, (who, text) in enumerate(comments)
    )
    recent = "\n".join(f'<li><a href="{a(u)}">{e(t)}</a></li>' for u, t in ctx.others[:5])
    jp_related = "\n".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">'
        f'<a href="{a(u)}">{e(t)}</a></h4></div>'
        for u, t in ctx.others[index % 3: index % 3 + 3]
    )
    tags = ", ".join(f'<a href="{BASE}/bidon-daily/tag/{slugify(t)}/" rel="tag">{e(t)}</a>'
                     for t in art.tags)
    classes = " ".join(f"tag-{slugify(t)}" for t in art.tags)
    body_classes = (f"post-template-default single single-post postid-{ctx.post_id}"
                    " single-format-standard wp-embed-responsive")
    post_classes = (f"post-{ctx.post_id} post type-post status-publish format-standard"
                    f" has-post-thumbnail hentry {classes}")
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": art.title,
        "datePublished": dt.isoformat(),
        "dateModified": dt.isoformat(),
        "author": {"@type": "Person", "name": art.author},
        "publisher": {"@type": "Organization", "name": "Bidon Daily"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": ctx.url},
    }
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{e(art.title)} &#8211; Bidon Daily</title>
<meta name='robots' content='index, follow, max-image-preview:large' />
<meta name="description" content="{a(art.summary)}" />
<link rel="canonical" href="{a(ctx.url)}" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{a(art.title)}" />
<meta property="og:description" content="{a(art.summary)}" />
<meta property="og:url" content="{a(ctx.url)}" />
<meta property="og:site_name" content="Bidon Daily" />
<meta property="article:published_time" content="{dt.isoformat()}" />
<meta property="og:image" content="{a(image_url(site, art))}" />
<meta name="author" content="{a(art.author)}" />
<script type="application/ld+json" class="yoast-schema-graph">{json_ld(ld)}</script>
<link rel="alternate" type="application/atom+xml" title="Bidon Daily &raquo; Feed"
href="{BASE}{site.feed_path}" />
<link rel='stylesheet' id='wp-block-library-css'
href='/bidon-daily/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='bidon-style-css'
href='/bidon-daily/wp-content/themes/bidon/style.css?ver=2.4.0' media='all' />
<style id='bidon-inline-css'>{CSS_WORDPRESS}</style>
<script src="/bidon-daily/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"
id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/bidon-daily/wp-json/" />
<meta name="generator" content="WordPress 6.7.1" />
</head>
<body class="{body_classes}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="{BASE}/bidon-daily/"
rel="home">Bidon Daily</a></p>
<p class="site-description">{e(site.description)}</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle"
aria-controls="primary-menu" aria-expanded="false">Menu</button>
<div class="menu-main-container"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="{BASE}/bidon-daily/">Home</a></li>
<li class="menu-item"><a href="{BASE}/bidon-daily/category/news/">News</a></li>
<li class="menu-item"><a href="{BASE}/bidon-daily/category/interviews/">Interviews</a></li>
<li class="menu-item"><a href="{BASE}/bidon-daily/category/cyclocross/">Cyclocross</a></li>
<li class="menu-item"><a href="{BASE}/bidon-daily/category/tech/">Tech</a></li>
<li class="menu-item"><a href="{BASE}/bidon-daily/podcast/">Podcast</a></li>
<li class="menu-item"><a href="{BASE}/bidon-daily/support-us/">Support us</a></li>
</ul></div></nav>
</header>
<main id="primary" class="site-main">
<article id="post-{ctx.post_id}"
class="{post_classes}">
<header class="entry-header">
<h1 class="entry-title">{e(art.title)}</h1>
<div class="entry-meta">
<span class="posted-on">Posted on <a href="{a(ctx.url)}" rel="bookmark"><time
class="entry-date published" datetime="{dt.isoformat()}">{dt:%B %-d, %Y}</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n"
href="{BASE}/bidon-daily/author/{slugify(art.author)}/">{e(art.author)}</a></span></span>
</div>
</header>
<div class="post-thumbnail"><img width="1024" height="576" src="{a(image_url(site, art))}"
class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></div>
<div class="entry-content">
{chr(10).join(frags)}
<div class="sharedaddy sd-sharing-enabled"><div
class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-twitter"><a class="share-twitter sd-button" href="{a(ctx.url)}?share=twitter"
target="_blank"><span>X</span></a></li>
<li class="share-facebook"><a class="share-facebook sd-button" href="{a(ctx.url)}?share=facebook"
target="_blank"><span>Facebook</span></a></li>
<li class="share-email"><a class="share-email sd-button"
href="mailto:?subject={a(art.title)}"><span>Email</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3
class="sd-title">Like this:</h3><div
class="likes-widget-placeholder post-likes-widget-placeholder"><span
class="loading">Loading...</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3
class="jp-relatedposts-headline"><em>Related</em></h3>
{jp_related}
</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a
href="{BASE}/bidon-daily/category/news/" rel="category tag">News</a></span>
<span class="tags-links">Tagged {tags}</span></footer>
</article>
<div class="author-info"><h2 class="author-title">Published by {e(art.author)}</h2>
<p class="author-bio">Writer at Bidon Daily. Rides a steel bike, drinks too much coffee, still
believes in the breakaway.
<a class="author-link" href="{BASE}/bidon-daily/author/{slugify(art.author)}/"
rel="author">View all posts by {e(art.author)}</a></p></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2
class="screen-reader-text">Post navigation</h2>
<div class="nav-links"><div class="nav-previous"><a href="{a(ctx.others[0][0])}" rel="prev"><span
class="nav-subtitle">Previous:</span> <span
class="nav-title">{e(ctx.others[0][1])}</span></a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">{len(comments)} thoughts on
&ldquo;<span>{e(art.title)}</span>&rdquo;</h2>
<ol class="comment-list">
{comment_html}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title"
class="comment-reply-title">Leave a Reply</h3>
<form action="/bidon-daily/wp-comments-post.php" method="post" id="commentform"
class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked <span
class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment"
name="comment" cols="45" rows="8" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment" /></p>
</form></div>
</div>
</main>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get"
class="search-form" action="/bidon-daily/"><label><span
class="screen-reader-text">Search for:</span><input type="search" class="search-field"
placeholder="Search &hellip;" name="s" /></label><input type="submit" class="search-submit"
value="Search" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2
class="widget-title">Recent Posts</h2>
<ul>
{recent}
</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2>
<ul><li><a href="/bidon-daily/2026/11/">November 2026</a></li><li><a
href="/bidon-daily/2026/10/">October 2026</a></li><li><a
href="/bidon-daily/2026/09/">September 2026</a></li></ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Buy us a bidon</h2><div
class="textwidget"><p>Bidon Daily is reader-funded. If you like what we do, chip in for the cost of
a bottle of energy drink.</p></div></section>
</aside>
<footer id="colophon" class="site-footer"><div class="site-info">
<a href="https://wordpress.org/">Proudly powered by WordPress</a><span class="sep"> |
</span>Theme: Bidon by Bidon Daily. Demo site for leadout-tui; all text is original.</div></footer>
</div>
<div id="cookie-law-info-bar"
data-nosnippet="true"><span>This website uses cookies to improve your experience. We'll assume
you're ok with this, but you can opt-out if you wish.
<a role='button' class="cli_settings_button">Cookie settings</a><a role='button'
id="cookie_action_close_header" class="cli-plugin-button">ACCEPT</a></span></div>
<script src="/bidon-daily/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=14.1"
id="sharing-js-js"></script>
<script src="/bidon-daily/wp-content/themes/bidon/js/navigation.js?ver=2.4.0"
id="bidon-navigation-js"></script>
</body>
</html>
"""


def magazine_body(ctx: Context) -> str:
    """Echelon Journal's article HTML, shared by the page and the feed's ``content:encoded``."""
    return "\n".join(html_fragments(ctx.blocks, quote="pullquote"))


def magazine_page(site: Site, index: int, ctx: Context) -> str:
    """Echelon Journal: a long-read magazine (article/section markup, membership box)."""
    art, dt = ctx.article, when(ctx.article)
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": art.title,
        "alternativeHeadline": art.summary,
        "author": {"@type": "Person", "name": art.author},
        "datePublished": dt.isoformat(),
        "image": image_url(site, art),
        "publisher": {"@type": "Organization", "name": "Echelon Journal"},
        "wordCount": word_count(ctx.blocks),
        "isAccessibleForFree": "True",
    }
    more = "\n".join(f'<li><a href="{a(u)}">{e(t)}</a></li>' for u, t in ctx.others[:3])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(art.title)} — Echelon Journal</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{a(art.summary)}">
<link rel="canonical" href="{a(ctx.url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Echelon Journal">
<meta property="og:title" content="{a(art.title)}">
<meta property="og:description" content="{a(art.summary)}">
<meta property="og:image" content="{a(image_url(site, art))}">
<meta property="article:author" content="{a(art.author)}">
<meta property="article:published_time" content="{dt.isoformat()}">
<link rel="alternate" type="application/rss+xml" href="{BASE}{site.feed_path}"
title="Echelon Journal">
<style>{CSS_MAGAZINE}</style>
<script type="application/ld+json">{json_ld(ld)}</script>
</head>
<body>
<div class="privacy-notice"
id="privacy">We use a single, privacy-friendly analytics cookie and nothing else.
<a href="/echelon-journal/privacy">Read our privacy notice</a> · <button>OK</button></div>
<header class="masthead">
<a class="wordmark" href="/echelon-journal/">Echelon Journal</a>
<p class="tagline">{e(site.description)}</p>
<nav><a href="/echelon-journal/features/">Features</a> · <a
href="/echelon-journal/season-review/">Season review</a> ·
<a href="/echelon-journal/interviews/">Interviews</a> · <a
href="/echelon-journal/print/">The print edition</a> ·
<a href="/echelon-journal/membership/">Become a member</a></nav>
</header>
<main>
<article class="longread" itemscope itemtype="https://schema.org/Article">
<header>
<p class="section-label">{e(art.tags[0])}</p>
<h1 itemprop="headline">{e(art.title)}</h1>
<p class="dek">{e(art.summary)}</p>
<p class="byline">Words by <span itemprop="author">{e(art.author)}</span> ·
<time itemprop="datePublished" datetime="{dt.isoformat()}">{long_date(dt)}</time> ·
{max(1, word_count(ctx.blocks) // 230)} min read</p>
</header>
<figure class="lead-image"><img src="{a(image_url(site, art))}" alt="" width="1600" height="900">
<figcaption>Photograph: Echelon Journal archive</figcaption></figure>
<section class="story-body" itemprop="articleBody">
{magazine_body(ctx)}
</section>
<footer class="story-footer">
<p class="print-note"><em>This story appears in the winter issue of Echelon Journal.</em></p>
<div class="membership">
<h2>Slow journalism needs patient readers</h2>
<p>Echelon Journal has no ads and no paywall. It is funded by 4,100 members who believe long-form
writing about cycling is worth paying for. Members receive the print edition four times a year.</p>
<a class="button" href="/echelon-journal/membership/">Join from £5 a month</a>
</div>
<aside class="contributor"><h2>About the writer</h2>
<p>{e(art.author)} is a contributing editor at Echelon Journal. Their writing on racing, history
and the culture of the sport appears in every print issue.</p></aside>
<nav class="in-this-issue"><h2>In the winter issue</h2><ol>
<li>The season in review: twelve races, twelve essays</li>
<li>Portfolio: a year on the road with the race photographers</li>
<li>The mechanics: a night in the team truck at the Vuelta</li>
<li>Letters, corrections and the readers' ride of the season</li></ol></nav>
<nav class="more-stories"><h2>More from the Journal</h2><ul>
{more}
</ul></nav>
</footer>
</article>
</main>
<footer class="colophon">
<p>Echelon Journal is an independent magazine invented for the leadout-tui offline demo. Every
word on this page was written for the demo. Set in Tiempos; printed on recycled paper.</p>
<p><a href="/echelon-journal/about">About</a> · <a href="/echelon-journal/contact">Contact</a> ·
<a href="{BASE}{site.feed_path}">RSS</a> · <a href="/echelon-journal/privacy">Privacy</a></p>
</footer>
</body>
</html>
"""


def lean_page(site: Site, index: int, ctx: Context) -> str:
    """Cobbles & Climbs: a lean hand-made blog, semantic and short."""
    art, dt = ctx.article, when(ctx.article)
    older = ctx.others[index % len(ctx.others)]
    body = "\n".join(html_fragments(ctx.blocks))
    recent = "\n".join(f'<li><a href="{a(u)}">{e(t)}</a></li>' for u, t in ctx.others)
    replies = "\n".join(
        f'<li class="reply"><span class="who">{e(who)}</span> <span class="via">via {via}</span>'
        f"<p>{e(text)}</p></li>"
        for who, via, text in LEAN_REPLIES[index % 3: index % 3 + 2]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{e(art.title)} · Cobbles &amp; Climbs</title>
<meta name="description" content="{a(art.summary)}">
<meta property="og:title" content="{a(art.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{a(ctx.url)}">
<link rel="alternate" type="application/rss+xml" href="{BASE}{site.feed_path}">
<style>
body{{max-width:40em;margin:2em auto;padding:0 1em;font:18px/1.55
Charter,"Bitstream Charter",serif;color:#222}}
a{{color:#7a3e00}}header,footer{{font-family:system-ui,sans-serif;font-size:.9em}}
h1{{line-height:1.2}}.meta{{color:#777}}
blockquote{{border-left:3px solid #ccc;margin-left:0;padding-left:1em;font-style:italic}}
nav.pager{{display:flex;justify-content:space-between;margin:3em 0 1em}}
aside.more{{border-top:1px solid
#ddd;margin-top:3em;font-family:system-ui,sans-serif;font-size:.9em}}
aside.more h2,.replies h2{{font-size:1em;text-transform:uppercase;letter-spacing:.08em;color:#555}}
.replies ul{{list-style:none;padding:0}}
.reply{{border-left:2px solid #eee;padding-left:.8em;margin:1em 0}}
.reply .who{{font-weight:bold}}.reply .via{{color:#999;font-size:.85em}}
.tags a{{display:inline-block;margin:0 .4em .4em 0;padding:.1em
.5em;background:#f3ede6;border-radius:3px}}
@media (prefers-color-scheme:dark){{body{{background:#161412;color:#e8e2da}}a{{color:#e0a060}}
.tags a{{background:#2a241f}}}}
@media print{{header,footer,aside,nav.pager,.replies{{display:none}}}}
</style>
</head>
<body>
<header><a href="/cobbles-and-climbs/"><strong>Cobbles &amp; Climbs</strong></a> —
{e(site.description)}
· <a href="/cobbles-and-climbs/about.html">About</a> · <a
href="{BASE}{site.feed_path}">RSS</a></header>
<main>
<article>
<h1>{e(art.title)}</h1>
<p class="meta">{long_date(dt)} · {e(art.author)}</p>
{body}
<p class="meta">Filed under: {", ".join(e(t) for t in art.tags)}</p>
</article>
<section class="replies"><h2>Replies</h2>
<p class="meta">Replies from the fediverse and other blogs, collected with webmentions.</p>
<ul>
{replies}
</ul></section>
<nav class="pager"><a href="{a(older[0])}">← {e(older[1])}</a><a
href="/cobbles-and-climbs/">All posts →</a></nav>
</main>
<aside class="more">
<h2>Recent posts</h2>
<ul>
{recent}
</ul>
<h2>Archive</h2>
<ul class="archive"><li><a href="/cobbles-and-climbs/2026/11/">November 2026</a> (9)</li>
<li><a href="/cobbles-and-climbs/2026/10/">October 2026</a> (6)</li>
<li><a href="/cobbles-and-climbs/2026/09/">September 2026</a> (11)</li>
<li><a href="/cobbles-and-climbs/2026/08/">August 2026</a> (8)</li>
<li><a href="/cobbles-and-climbs/2026/07/">July 2026</a> (23)</li>
<li><a href="/cobbles-and-climbs/archive.html">Older posts…</a></li></ul>
<h2>Tags</h2>
<p class="tags"><a href="/cobbles-and-climbs/tags/classics/">Classics</a> <a
href="/cobbles-and-climbs/tags/grand-tours/">Grand Tours</a>
<a href="/cobbles-and-climbs/tags/opinion/">Opinion</a> <a
href="/cobbles-and-climbs/tags/ride-reports/">Ride reports</a>
<a href="/cobbles-and-climbs/tags/womens-racing/">Women's racing</a> <a
href="/cobbles-and-climbs/tags/history/">History</a>
<a href="/cobbles-and-climbs/tags/safety/">Safety</a> <a
href="/cobbles-and-climbs/tags/lists/">Lists</a>
<a href="/cobbles-and-climbs/tags/flanders/">Flanders</a> <a
href="/cobbles-and-climbs/tags/guest-posts/">Guest posts</a></p>
<h2>Subscribe</h2>
<p>The <a href="{BASE}{site.feed_path}">RSS feed</a> has a teaser for every post. There is no
newsletter and there never will be; if you want email, your feed reader can probably send it.</p>
<h2>Blogroll</h2>
<ul class="blogroll"><li><a
href="/blogroll/the-false-flat">The False Flat</a> — climbing, slowly</li>
<li><a href="/blogroll/musette">Musette</a> — race food and the people who cook it</li>
<li><a href="/blogroll/kasseien-notes">Kasseien Notes</a> — one man, every cobbled sector in
Flanders</li>
<li><a href="/blogroll/domestique-diaries">Domestique Diaries</a> — the view from the back of the
bunch</li>
<li><a href="/blogroll/gravel-grinder">Gravel Grinder</a> — tyres, mud and very long days</li></ul>
</aside>
<footer>
<svg class="logo" width="120" height="24" viewBox="0 0 120 24" role="img"
aria-label="Cobbles &amp; Climbs">
<path d="M2 20 L14 6 L22 14 L30 4 L44 20 Z" fill="#7a3e00"/>
<circle cx="54" cy="16" r="4" fill="#999"/><circle cx="64" cy="16" r="4" fill="#999"/>
<circle cx="74" cy="16" r="4" fill="#999"/><circle cx="84" cy="16" r="4" fill="#999"/></svg>
<p>No ads, no tracking, no newsletter pop-up. Written on a train somewhere between Kortrijk and
Ghent.
Comments? Email me, I answer most of them eventually.</p>
<p>Text original to the leadout-tui demo. Built with a shell script and too much coffee.
Words © 2026 the authors, shared under CC BY-NC 4.0. Photos are mine unless credited.</p>
<p>About: I'm a club rider from the north of England who moved to Belgium for a job and stayed for
the cobbles. I write about racing when I should be working, and about riding when I should be
riding. Guest posts are welcome: pitch me by email with a paragraph and a headline.</p>
</footer>
</body>
</html>
"""


def bulletin_page(site: Site, index: int, ctx: Context) -> str:
    """Gravel & Cross Bulletin: even pages are a JS shell whose text is only in JSON-LD
    ``articleBody``; odd pages are div soup with no semantic markup at all."""
    art, dt = ctx.article, when(ctx.article)
    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art.title,
        "description": art.summary,
        "datePublished": dt.isoformat(),
        "dateModified": (dt + timedelta(minutes=40)).isoformat(),
        "author": {"@type": "Person", "name": art.author},
        "image": {"@type": "ImageObject", "url": image_url(site, art),
                  "width": 1600, "height": 900},
        "publisher": {"@type": "Organization", "name": "Gravel & Cross Bulletin"},
        "url": ctx.url,
        "inLanguage": "en",
    }
    head = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(art.title)} | Gravel &amp; Cross Bulletin</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="description" content="{a(art.summary)}">
<meta name="theme-color" content="#2f4f2f">
<meta property="og:type" content="article">
<meta property="og:title" content="{a(art.title)}">
<meta property="og:description" content="{a(art.summary)}">
<meta property="og:image" content="{a(image_url(site, art))}">
<meta property="og:url" content="{a(ctx.url)}">
<meta property="og:site_name" content="Gravel &amp; Cross Bulletin">
<link rel="canonical" href="{a(ctx.url)}">
<link rel="manifest" href="/gravel-cross-bulletin/manifest.webmanifest">
<link rel="modulepreload" href="/gravel-cross-bulletin/_app/immutable/entry/start.8c1f2a.js">
<link rel="stylesheet" href="/gravel-cross-bulletin/_app/immutable/assets/app.55d0e1.css">
<link rel="modulepreload" href="/gravel-cross-bulletin/_app/immutable/chunks/index.2f9d7b.js">
<link rel="modulepreload" href="/gravel-cross-bulletin/_app/immutable/chunks/singletons.a81c3e.js">
<link rel="modulepreload" href="/gravel-cross-bulletin/_app/immutable/nodes/0.77e1b0.js">
<link rel="modulepreload" href="/gravel-cross-bulletin/_app/immutable/nodes/4.c09f55.js">
<link rel="icon" href="/gravel-cross-bulletin/favicon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/gravel-cross-bulletin/apple-touch-icon.png">
<link rel="alternate" type="application/rss+xml" title="Gravel &amp; Cross Bulletin"
href="{BASE}{site.feed_path}">
<style>:root{{--bg:#f6f4ee;--fg:#1f2a1f;--accent:#2f4f2f}}
html{{background:var(--bg);color:var(--fg)}}
body{{margin:0;font-family:Inter,system-ui,sans-serif}}
.skeleton{{background:#e6e2d6;border-radius:4px;height:18px;margin:12px 0}}
.skeleton-title{{height:42px;width:80%}}.skeleton-line.short{{width:40%}}
.topbar{{display:flex;gap:12px;padding:12px 20px;background:var(--accent);color:#fff}}
.hdr{{display:flex;justify-content:space-between;padding:12px 20px;border-bottom:1px solid #ccc}}
.c-h{{font:800 38px/1.1 Inter,sans-serif;margin:12px 0}}.c-dek{{font-size:20px;color:#555}}
.c-by{{font-size:13px;color:#777}}
.c-img{{aspect-ratio:16/9;background-size:cover;margin:16px 0}}.x9-rail{{width:300px}}
.r-item{{border-bottom:1px solid #ddd;padding:8px 0}}
.ftr{{padding:24px 20px;background:#1f2a1f;color:#cfd8cf;font-size:13px}}</style>
"""
    if index % 2 == 0:
        text_blocks = [b.text for b in ctx.blocks]
        ld["articleBody"] = "\n\n".join(text_blocks)
        ld["wordCount"] = word_count(ctx.blocks)
        state = {
            "route": "/news/[id]", "id": ctx.post_id, "locale": "en", "consent": None,
            "flags": {"comments": False, "liveTicker": index == 0, "darkMode": "auto"},
            "nav": [{"label": x, "href": f"/gravel-cross-bulletin/{slugify(x)}/"}
                    for x in ("Cross", "Women's racing", "Gravel", "Results", "Calendar",
                              "Podcast", "Shop")],
            "ads": {"provider": "example-ads", "slots": ["top", "rail-1", "rail-2", "inline-1"],
                    "lazy": True, "refreshSeconds": 30},
            "latest": [{"title": t, "href": u} for u, t in ctx.others[:6]],
            "i18n": {"readMore": "Read more", "share": "Share", "copyLink": "Copy link",
                     "minutesRead": "{n} min read", "updated": "Updated"},
        }
        return head + f"""<script type="application/ld+json">{json_ld(ld)}</script>
</head>
<body data-sveltekit-preload-data="hover">
<div id="svelte">
<div class="app-shell">
<div class="topbar"><span class="logo">G&amp;C</span><span
class="topbar-title">Gravel &amp; Cross Bulletin</span></div>
<div class="skeleton skeleton-title"></div>
<div class="skeleton skeleton-line"></div><div class="skeleton skeleton-line"></div>
<div class="skeleton skeleton-line short"></div>
</div>
</div>
<noscript><div class="noscript-warning">You need to enable JavaScript to read the Bulletin. Our
apologies to text-mode browsers: we're working on it.</div></noscript>
<div id="consent-root" data-consent-version="7"></div>
<script>window.__BULLETIN_STATE__ = {json.dumps(state)};</script>
<script type="module">import {{ start }} from
"/gravel-cross-bulletin/_app/immutable/entry/start.8c1f2a.js";
start({{ target: document.getElementById("svelte"), paths: {{ base: "/gravel-cross-bulletin" }} }}
);</script>
</body>
</html>
"""
    rows = []
    for block in ctx.blocks:
        cls = {"heading": "c-sub", "quote": "c-q", "item": "c-li"}.get(block.kind, "c-txt")
        rows.append(f'<div class="{cls}">{e(block.text)}</div>')
    rail = "\n".join(
        f'<div class="r-item"><div class="r-t"><a href="{a(u)}">{e(t)}</a></div></div>'
        for u, t in ctx.others[:4]
    )
    return head + f"""<script type="application/ld+json">{json_ld(ld)}</script>
<style>.x9{{display:flex;gap:24px}}.c-txt{{margin:0 0 16px}}
.c-sub{{font-weight:700;font-size:20px;margin:24px 0 8px}}
.c-q{{font-style:italic;font-size:20px}}.c-li{{padding-left:16px}}
.cb{{position:fixed;bottom:0;background:#2f4f2f;color:#fff}}</style>
</head>
<body>
<div class="cb" id="cb"><div
class="cb-t">We use cookies to measure our audience and show you relevant
content from our partners. <span class="cb-a">Accept</span> <span class="cb-r">Refuse</span>
<span class="cb-s">Settings</span></div></div>
<div class="hdr"><div class="hdr-l"><a
href="/gravel-cross-bulletin/">Gravel &amp; Cross Bulletin</a></div>
<div class="hdr-m"><a href="/gravel-cross-bulletin/cross/">Cross</a> <a
href="/gravel-cross-bulletin/womens-racing/">Women's racing</a>
<a href="/gravel-cross-bulletin/gravel/">Gravel</a> <a
href="/gravel-cross-bulletin/results/">Results</a></div></div>
<div class="x9">
<div class="x9-main">
<div class="c-kick">{e(art.tags[0])}</div>
<div class="c-h">{e(art.title)}</div>
<div class="c-dek">{e(art.summary)}</div>
<div class="c-by">{e(art.author)} · {dt:%d.%m.%Y %H:%M} UTC</div>
<div class="c-img" style="background-image:url('{a(image_url(site, art))}')"></div>
<div class="c-body">
{chr(10).join(rows)}
</div>
<div class="c-share"><span>Share</span> <span>Copy link</span></div>
</div>
<div class="x9-rail"><div class="r-h">Latest</div>
{rail}
<div class="r-ad">Sponsored: the Bulletin's winter mud tyre test is out now</div>
<div class="r-h">Calendar</div>
<div class="r-cal"><div class="r-cal-i"><div>29.11</div><div>World Cup, round 5</div></div>
<div class="r-cal-i"><div>06.12</div><div>Superprestige, round 6</div></div>
<div class="r-cal-i"><div>13.12</div><div>World Cup, round 6</div></div>
<div class="r-cal-i"><div>20.12</div><div>X2O Trophy, round 4</div></div>
<div class="r-cal-i"><div>27.12</div><div>Christmas week: three races in four days</div></div></div>
<div class="r-h">Newsletter</div>
<div class="r-nl"><div>Every Monday: all the weekend's cross results in one email.</div>
<div class="r-nl-f"><span class="r-nl-in">Your email</span><span
class="r-nl-b">Subscribe</span></div></div>
</div>
</div>
<div class="ftr"><div>© 2026 Gravel &amp; Cross Bulletin — a fictional site for the leadout-tui
demo.</div>
<div><a href="/gravel-cross-bulletin/imprint">Imprint</a> · <a
href="/gravel-cross-bulletin/privacy">Privacy</a></div></div>
<script src="/gravel-cross-bulletin/_app/immutable/chunks/legacy.4b2d.js" defer></script>
</body>
</html>
"""


SITES: tuple[Site, ...] = (
    Site("peloton-wire", "Peloton Wire", "rss",
         "Breaking news, race reports and analysis from the world of professional road cycling.",
         "News", peloton_wire.ARTICLES,
         lambda art: f"/peloton-wire/2026/11/{art.slug}.html", publisher_page),
    Site("bidon-daily", "Bidon Daily", "atom",
         "Cycling news with a splash of opinion", "News", bidon_daily.ARTICLES,
         lambda art: f"/bidon-daily/{when(art):%Y/%m/%d}/{art.slug}/", wordpress_page,
         language="en-US"),
    Site("echelon-journal", "Echelon Journal", "rss",
         "Long reads about the people and races of professional cycling", "Features",
         echelon_journal.ARTICLES, lambda art: f"/echelon-journal/features/{art.slug}.html",
         magazine_page),
    Site("cobbles-and-climbs", "Cobbles & Climbs", "rss",
         "An independent blog about bike racing, written by a fan", "Blogs",
         cobbles_and_climbs.ARTICLES, lambda art: f"/cobbles-and-climbs/posts/{art.slug}.html",
         lean_page),
    Site("gravel-cross-bulletin", "Gravel & Cross Bulletin", "rss",
         "Women's racing, cyclocross and gravel: news and results", "Women's racing & cyclocross",
         gravel_cross_bulletin.ARTICLES,
         lambda art: f"/gravel-cross-bulletin/news/{when(art):%Y%m%d}-{art.slug}.html",
         bulletin_page),
)


def post_id(site: Site, article: Article) -> int:
    """A stable, CMS-looking numeric id."""
    digest = hashlib.sha1(f"{site.slug}/{article.slug}".encode()).hexdigest()
    return 40000 + int(digest[:6], 16) % 20000


def contexts(site: Site) -> list[Context]:
    urls = [(BASE + site.path(art), art.title) for art in site.articles]
    return [
        Context(art, parse_body(art.body), urls[i][0], [u for j, u in enumerate(urls) if j != i],
                post_id(site, art))
        for i, art in enumerate(site.articles)
    ]


def rss_date(dt: datetime) -> str:
    return format_datetime(dt, usegmt=False).replace("-0000", "+0000")


def render_rss(site: Site, ctxs: list[Context]) -> str:
    """An RSS 2.0 feed in the style of the site (dc:creator, categories, media, content)."""
    items = []
    newest = max(when(c.article) for c in ctxs)
    for ctx in sorted(ctxs, key=lambda c: when(c.article), reverse=True):
        art = ctx.article
        lines = [f"    <title>{e(art.title)}</title>", f"    <link>{e(ctx.url)}</link>"]
        if site.slug == "peloton-wire":
            lines.append(f'    <guid isPermaLink="false">pw-{ctx.post_id}</guid>')
            lines.append(f"    <dc:creator>{cdata(art.author)}</dc:creator>")
            lines.append(f"    <description>{cdata(f'<p>{e(art.summary)}</p>')}</description>")
            lines.append(f'    <media:content url="{a(image_url(site, art))}" medium="image"'
                         ' width="1200" height="675"/>')
        elif site.slug == "echelon-journal":
            lines.append(f'    <guid isPermaLink="true">{e(ctx.url)}</guid>')
            lines.append(f"    <dc:creator>{e(art.author)}</dc:creator>")
            lines.append(f"    <description>{e(art.summary)}</description>")
            lines.append(f"    <content:encoded>{cdata(magazine_body(ctx))}</content:encoded>")
        elif site.slug == "cobbles-and-climbs":
            lines.append(f'    <guid isPermaLink="false">cobbles-and-climbs-{ctx.post_id}</guid>')
            lines.append(f"    <dc:creator>{e(art.author)}</dc:creator>")
            lines.append(f"    <description>{e(art.summary)}</description>")
        else:
            guid = uuid.uuid5(uuid.NAMESPACE_URL, f"gravel-cross-bulletin/{art.slug}")
            lines.append(f'    <guid isPermaLink="false">urn:uuid:{guid}</guid>')
            lines.append(f"    <author>newsdesk@gravelcross.example ({e(art.author)})</author>")
            lines.append(f"    <description>{e(art.summary)}</description>")
        lines.append(f"    <pubDate>{rss_date(when(art))}</pubDate>")
        lines.extend(f"    <category>{e(t)}</category>" for t in art.tags)
        items.append("  <item>\n" + "\n".join(lines) + "\n  </item>")
    namespaces = (
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:atom="http://www.w3.org/2005/Atom"'
        ' xmlns:media="http://search.yahoo.com/mrss/"'
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"{namespaces}>
<channel>
  <title>{e(site.title)}</title>
  <link>{site.home}</link>
  <atom:link href="{BASE}{site.feed_path}" rel="self" type="application/rss+xml"/>
  <description>{e(site.description)}</description>
  <language>{site.language.lower()}</language>
  <lastBuildDate>{rss_date(newest + timedelta(minutes=5))}</lastBuildDate>
  <ttl>30</ttl>
  <generator>leadout-tui demo builder</generator>
  <category>{e(site.category)}</category>
{chr(10).join(items)}
</channel>
</rss>
"""


def render_atom(site: Site, ctxs: list[Context]) -> str:
    """A WordPress-style Atom 1.0 feed."""
    entries = []
    newest = max(when(c.article) for c in ctxs)
    for ctx in sorted(ctxs, key=lambda c: when(c.article), reverse=True):
        art, dt = ctx.article, when(ctx.article)
        updated = dt + timedelta(hours=2) if ctx.post_id % 2 else dt
        cats = "\n".join(
            f'    <category scheme="{BASE}/bidon-daily/" term="{a(t)}"/>' for t in art.tags
        )
        entries.append(f"""  <entry>
    <author>
      <name>{e(art.author)}</name>
      <uri>{BASE}/bidon-daily/author/{slugify(art.author)}/</uri>
    </author>
    <title type="html">{cdata(e(art.title))}</title>
    <link rel="alternate" type="text/html" href="{a(ctx.url)}"/>
    <id>tag:bidon-daily.example,2026:post-{ctx.post_id}</id>
    <updated>{updated.isoformat().replace("+00:00", "Z")}</updated>
    <published>{dt.isoformat().replace("+00:00", "Z")}</published>
{cats}
    <summary type="html">{cdata(e(art.summary) + " [&#8230;]")}</summary>
  </entry>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{site.language}">
  <title type="text">{e(site.title)}</title>
  <subtitle type="text">{e(site.description)}</subtitle>
  <updated>{(newest + timedelta(hours=2)).isoformat().replace("+00:00", "Z")}</updated>
  <link rel="alternate" type="text/html" href="{site.home}"/>
  <id>tag:bidon-daily.example,2026:feed</id>
  <link rel="self" type="application/atom+xml" href="{BASE}{site.feed_path}"/>
  <generator uri="https://wordpress.org/" version="6.7.1">WordPress</generator>
{chr(10).join(entries)}
</feed>
"""


def render_opml() -> str:
    """OPML 2.0 subscription list for all demo feeds."""
    outlines = "\n".join(
        f'    <outline type="rss" text="{a(s.title)}"'
        f' title="{a(s.title)}" xmlUrl="{BASE}{s.feed_path}" htmlUrl="{s.home}"'
        f' category="{a("/" + s.category)}" description="{a(s.description)}"/>'
        for s in SITES
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>leadout-tui demo feeds</title>
    <dateCreated>{format_datetime(REFERENCE, usegmt=True)}</dateCreated>
    <ownerName>leadout-tui</ownerName>
  </head>
  <body>
{outlines}
  </body>
</opml>
"""


README = """# Offline demo data

Everything in this directory is served by `leadout_tui.demo.DemoServer` for `leadout-tui --demo`.

**All text here is original**, written for leadout-tui: no article, headline or teaser was copied
from a publisher. The five sites (Peloton Wire, Bidon Daily, Echelon Journal, Cobbles & Climbs,
Gravel & Cross Bulletin) are fictional, as are their writers and the 2026 race results; the riders
and teams named are real. Comments on the Bidon Daily pages and the "related" links on every page
are boilerplate around the article, deliberately left for the extractor to ignore.

- `feeds/<site>.xml`: RSS 2.0 or Atom feeds; `demo.opml`: an OPML 2.0 list of them.
- `pages/<site>/...`: the article pages. A URL path ending in `/` is served from `index.html`.
- Every absolute URL is written as `{BASE}/...`; the server substitutes its own address.

These files are generated; do not edit them by hand. The sources are in `tools/demo/` and the
generator is `tools/build_demo.py` (`python tools/build_demo.py`, or `--check` in CI).
`tools/demo/gold.json` maps each article URL path to the names its title and body mention:
`riders` and `teams` (current press names, e.g. "Tadej Pogačar", "UAE Team Emirates XRG"), plus
`retired_riders` (legends such as Eddy Merckx) and `former_teams` (Team Sky, Jumbo-Visma...).
Mentions in comments, related-article boxes and other boilerplate are not counted.
"""


# --------------------------------------------------------------------------- gold entities


def _patterns() -> list[tuple[str, str | None, str]]:
    """(surface, category or None, canonical name), longest surface first."""
    groups = {
        "riders": entities.RIDERS,
        "teams": entities.TEAMS,
        "retired_riders": entities.RETIRED_RIDERS,
        "former_teams": entities.FORMER_TEAMS,
    }
    out: list[tuple[str, str | None, str]] = []
    for category, rows in groups.items():
        for name, aliases in rows:
            out.extend((surface, category, name) for surface in (name, *aliases))
    out.extend((phrase, None, phrase) for phrase in entities.NOT_ENTITIES)
    return sorted(out, key=lambda p: -len(p[0]))


def find_entities(text: str) -> dict[str, list[str]]:
    """Names by category mentioned in ``text``: longest match wins, no overlaps."""
    taken = [False] * len(text)
    found: dict[str, set[str]] = {"riders": set(), "teams": set(), "retired_riders": set(),
                                  "former_teams": set()}
    for surface, category, name in _patterns():
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if any(taken[m.start():m.end()]):
                continue
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
            if category:
                found[category].add(name)
    return {k: sorted(v) for k, v in found.items()}


def check_full_names(text: str, found: dict[str, list[str]]) -> Iterable[str]:
    """Journalistic convention: every rider is named in full at least once."""
    for category in ("riders", "retired_riders"):
        for name in found[category]:
            if name not in text:
                yield f"{name} only mentioned by surname"


# --------------------------------------------------------------------------- main


def build() -> tuple[dict[Path, str], dict[str, dict[str, list[str]]], list[str]]:
    """Render every file in memory: (files by path, gold by URL path, problems)."""
    files: dict[Path, str] = {}
    gold: dict[str, dict[str, list[str]]] = {}
    problems: list[str] = []
    for site in SITES:
        ctxs = contexts(site)
        for index, ctx in enumerate(ctxs):
            path = site.path(ctx.article)
            rel = path.lstrip("/") + ("index.html" if path.endswith("/") else "")
            files[OUT / "pages" / rel] = site.render(site, index, ctx)
            text = plain_text(ctx.article, ctx.blocks)
            found = find_entities(text)
            gold[path] = found
            words = word_count(ctx.blocks)
            if not MIN_WORDS <= words <= MAX_WORDS:
                problems.append(f"{path}: {words} words")
            problems.extend(f"{path}: {p}" for p in check_full_names(text, found))
            if not REFERENCE - timedelta(days=11) <= when(ctx.article) <= REFERENCE:
                problems.append(f"{path}: date {ctx.article.published} out of range")
        feed = render_atom(site, ctxs) if site.kind == "atom" else render_rss(site, ctxs)
        files[OUT / "feeds" / f"{site.slug}.xml"] = feed
    files[OUT / "demo.opml"] = render_opml()
    files[OUT / "README.md"] = README
    files[OUT / "__init__.py"] = '"""Offline demo data (feeds, pages, OPML); see README.md."""\n'
    return files, gold, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated files differ")
    args = parser.parse_args(argv)
    files, gold, problems = build()
    files[GOLD] = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if args.check:
        stale = [p for p, text in files.items()
                 if not p.exists() or p.read_text(encoding="utf-8") != text]
        for path in stale:
            print(f"out of date: {path.relative_to(REPO)}", file=sys.stderr)
        return 1 if stale or problems else 0
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    riders = {r for g in gold.values() for r in g["riders"]}
    words = sum(word_count(parse_body(art.body)) for s in SITES for art in s.articles)
    print(f"{len(SITES)} feeds, {len(gold)} articles, {len(riders)} distinct riders, "
          f"{words} words; wrote {len(files)} files")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
