"""The feed fast path gives what feedparser gives, or declines and lets feedparser read the feed.

Every comparison is on ``ParsedFeed``, the values the store keeps. The fixtures are feeds
written for the tests in the shapes real sites publish (WordPress RSS, Atom) and the demo's.
"""

from __future__ import annotations

from importlib import resources
from xml.sax.saxutils import escape, quoteattr

import pytest
from feedparser.html import _cp1252 as feedparser_cp1252
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leadout_tui.core.errors import FeedParseError
from leadout_tui.core.feeds import fastpath as feed_fastpath
from leadout_tui.core.feeds.fastpath import fast_parse
from leadout_tui.core.feeds.parse import parse_feed, parse_with_feedparser, parsed_feed
from tests.feedgen import Item, rss

URL = "https://news.example/feed/"
RSS_TYPE = "application/rss+xml; charset=UTF-8"
ATOM_TYPE = "application/atom+xml"

WORDPRESS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
  xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
  xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>Spokes &amp; Cobbles</title>
  <atom:link href="https://news.example/feed/" rel="self" type="application/rss+xml" />
  <link>https://news.example</link>
  <description>Road racing, every day</description>
  <lastBuildDate>Tue, 24 Nov 2026 18:02:11 +0000</lastBuildDate>
  <language>en-GB</language>
  <sy:updatePeriod>hourly</sy:updatePeriod>
  <sy:updateFrequency>1</sy:updateFrequency>
  <generator>https://wordpress.org/?v=6.7.1</generator>
  <image><url>https://news.example/icon.png</url><title>Spokes &amp; Cobbles</title>
    <link>https://news.example</link><width>32</width><height>32</height></image>
  <item>
    <title>Pogačar &#8211; &#8220;I still want Roubaix&#8221;</title>
    <link>https://news.example/2026/11/24/pogacar-roubaix/?utm_source=rss&amp;utm_medium=rss</link>
    <comments>https://news.example/2026/11/24/pogacar-roubaix/#respond</comments>
    <dc:creator><![CDATA[Marta Ruiz]]></dc:creator>
    <pubDate>Tue, 24 Nov 2026 17:40:00 +0000</pubDate>
    <category><![CDATA[Road]]></category>
    <category><![CDATA[UAE Team Emirates XRG]]></category>
    <guid isPermaLink="false">https://news.example/?p=40211</guid>
    <description><![CDATA[<p>The world champion says the cobbles are unfinished business.</p>
<p>The post <a href="https://news.example/2026/11/24/pogacar-roubaix/">Pogi</a>
appeared first on Spokes &amp; Cobbles.</p>]]></description>
    <content:encoded><![CDATA[<p>Tadej Pogačar told reporters in Girona that Roubaix is the race he
thinks about in winter, ahead of a season that again starts in the Algarve.</p>
<p>He rode the Arenberg trench twice in training this autumn.</p>]]></content:encoded>
    <wfw:commentRss>https://news.example/2026/11/24/pogacar-roubaix/feed/</wfw:commentRss>
    <slash:comments>4</slash:comments>
    <media:thumbnail url="https://news.example/wp-content/uploads/pogi.jpg" />
  </item>
  <item>
    <title>Transfer round-up: who goes where</title>
    <link>/2026/11/23/transfers/</link>
    <guid>/2026/11/23/transfers/</guid>
    <pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate>
    <author>desk@news.example (Transfer desk)</author>
    <description>Remco Evenepoel&apos;s move leads a busy week.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">Gruppetto Notes</title>
  <subtitle>Notes from the back of the race</subtitle>
  <link rel="alternate" type="text/html" href="https://blog.example/"/>
  <link rel="self" href="https://blog.example/feed.atom"/>
  <id>https://blog.example/</id>
  <updated>2026-11-24T10:00:00Z</updated>
  <author><name>Ana Vidal</name></author>
  <generator uri="https://ghost.org" version="5.0">Ghost</generator>
  <entry>
    <title type="html">Vollering &amp;amp; the &lt;i&gt;Tour&lt;/i&gt;</title>
    <link rel="alternate" type="text/html" href="/2026/11/vollering-tour/"/>
    <link rel="enclosure" type="image/jpeg" href="/img/vollering.jpg"/>
    <id>tag:blog.example,2026:post-77</id>
    <published>2026-11-24T09:00:00+01:00</published>
    <updated>2026-11-24T09:30:00+01:00</updated>
    <author><name>Ana Vidal</name><email>ana@blog.example</email></author>
    <category term="Women's racing"/>
    <summary>Demi Vollering on the route of the Tour de France Femmes.</summary>
    <content type="html">&lt;p&gt;Demi Vollering says the route suits her, and that FDJ United-SUEZ
will bring a team built around the mountains.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>No link here</title>
    <id>https://blog.example/2026/11/no-link/</id>
    <updated>2026-11-23T08:00:00Z</updated>
    <content type="text">Plain text content only, mentioning Wout van Aert.</content>
  </entry>
</feed>
"""


def both(content: bytes, content_type: str | None, url: str = URL):
    """(fast path's ParsedFeed or None, feedparser's ParsedFeed or its error message)."""
    fast = fast_parse(content, url, content_type)
    try:
        slow = parse_with_feedparser(content, url, content_type)
    except FeedParseError as exc:
        slow = f"{type(exc).__name__}: {exc}"
    return (None if fast is None else parsed_feed(fast["feed"], fast["entries"], None)), slow


def demo_feeds() -> list[tuple[str, bytes, str]]:
    folder = resources.files("leadout_tui.data.demo") / "feeds"
    found = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        text = path.read_text("utf-8").replace("{BASE}", "http://127.0.0.1:8080")
        atom = "http://www.w3.org/2005/Atom" in text[:300] and "<feed" in text[:300]
        found.append((path.name, text.encode("utf-8"), ATOM_TYPE if atom else RSS_TYPE))
    return found


COMMON = [
    ("wordpress", WORDPRESS.encode(), RSS_TYPE),
    ("atom", ATOM.encode(), ATOM_TYPE),
    ("atom-with-charset", ATOM.encode(), "application/atom+xml; charset=utf-8"),
    ("text-xml-utf8", WORDPRESS.encode(), "text/xml; charset=utf-8"),
    (
        "feedgen",
        rss(
            "Test feed",
            [
                Item("g1", "Vingegaard wins", "https://x.example/a", content="<p>Body</p>"),
                Item(None, "No guid", "https://x.example/b"),
            ],
        ).encode(),
        RSS_TYPE,
    ),
    *demo_feeds(),
]


@pytest.mark.parametrize(("name", "content", "content_type"), COMMON, ids=[c[0] for c in COMMON])
def test_common_feeds_take_the_fast_path_and_match_feedparser(
    name: str, content: bytes, content_type: str
) -> None:
    fast, slow = both(content, content_type)
    assert fast is not None, f"{name} should not need feedparser"
    assert fast == slow
    assert fast.entries, "the fixture has entries"


def test_guid_link_and_author_rules_are_feedparsers() -> None:
    fast, _ = both(WORDPRESS.encode(), RSS_TYPE)
    assert fast is not None
    first, second = fast.entries
    assert first.key == "https://news.example/?p=40211"  # isPermaLink="false": kept as written
    assert first.url.endswith("?utm_source=rss&utm_medium=rss")
    assert first.author == "Marta Ruiz"
    assert first.content_html is not None and "Arenberg" in first.content_html
    # A permalink guid is a URL: resolved against the feed, like the relative <link>.
    assert (second.key, second.url) == ("https://news.example/2026/11/23/transfers/",) * 2
    assert second.author == "desk@news.example (Transfer desk)"
    atom = both(ATOM.encode(), ATOM_TYPE)[0]
    assert atom is not None
    assert atom.entries[0].author == "Ana Vidal (ana@blog.example)"
    assert atom.entries[0].url == "https://news.example/2026/11/vollering-tour/"  # feed URL as base
    assert atom.entries[1].url == "https://blog.example/2026/11/no-link/"  # the id stands in


def _with(base: str, old: str, new: str) -> bytes:
    assert old in base
    return base.replace(old, new, 1).encode()


DECLINED = [
    ("no content type", WORDPRESS.encode(), None),
    ("text/xml without charset", WORDPRESS.encode(), "text/xml"),
    ("latin-1 charset", WORDPRESS.encode(), "application/rss+xml; charset=iso-8859-1"),
    ("html content type", WORDPRESS.encode(), "text/html; charset=utf-8"),
    ("declared latin-1", _with(WORDPRESS, 'encoding="UTF-8"', 'encoding="ISO-8859-1"'), RSS_TYPE),
    ("byte-order mark", b"\xef\xbb\xbf" + WORDPRESS.encode(), RSS_TYPE),
    ("rss 0.91", _with(WORDPRESS, 'version="2.0"', 'version="0.91"'), RSS_TYPE),
    ("xml:base", _with(ATOM, "<entry>", '<entry xml:base="https://other.example/x/">'), ATOM_TYPE),
    (
        "doctype entities",
        _with(WORDPRESS, "<rss", '<!DOCTYPE rss [<!ENTITY t "x">]>\n<rss'),
        RSS_TYPE,
    ),
    (
        "media:title",
        _with(WORDPRESS, "<slash:comments>", "<media:title>Other</media:title><slash:comments>"),
        RSS_TYPE,
    ),
    ("two titles", _with(WORDPRESS, "<comments>", "<title>Second</title><comments>"), RSS_TYPE),
    ("markup inside", _with(WORDPRESS, "<title>Transfer", "<title><b>Bold</b> Transfer"), RSS_TYPE),
    ("xhtml content", _with(ATOM, '<content type="text">', '<content type="xhtml">'), ATOM_TYPE),
    (
        "content src",
        _with(ATOM, '<content type="text">', '<content type="text" src="/x">'),
        ATOM_TYPE,
    ),
    (
        "two authors",
        _with(
            ATOM,
            "<author><name>Ana Vidal</name><email>",
            "<author><name>B</name></author><author><name>Ana Vidal</name><email>",
        ),
        ATOM_TYPE,
    ),
    (
        "rss 1.0",
        b'<?xml version="1.0"?><rdf:RDF xmlns="http://purl.org/rss/1.0/" '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel rdf:about="x">'
        b'<title>T</title></channel><item rdf:about="https://a.example/1"><title>One</title>'
        b"<link>https://a.example/1</link></item></rdf:RDF>",
        "application/rdf+xml",
    ),
    ("broken xml", WORDPRESS.encode()[:-40], RSS_TYPE),
    ("html page", b"<!doctype html><html><body><p>Not a feed</p></body></html>", "text/html"),
]


@pytest.mark.parametrize(
    ("name", "content", "content_type"), DECLINED, ids=[d[0] for d in DECLINED]
)
def test_anything_else_goes_to_feedparser(
    name: str, content: bytes, content_type: str | None
) -> None:
    fast, slow = both(content, content_type)
    assert fast is None
    # parse_feed gives feedparser's answer (or raises its error) for these.
    if isinstance(slow, str):
        with pytest.raises(FeedParseError) as raised:
            parse_feed(content, URL, content_type)
        assert slow == f"FeedParseError: {raised.value}"
    else:
        assert parse_feed(content, URL, content_type) == slow


def test_windows_1252_repair_table_is_feedparsers() -> None:
    assert feedparser_cp1252 == feed_fastpath._CP1252


# -- generated feeds: whatever the fast path accepts, feedparser must agree with -------------

_WORDS = st.sampled_from(
    [
        "Pogačar",
        "Mørkøv",
        "van Aert",
        "Évenepoel",
        "stage",
        "  padded  ",
        "a&b",
        "x < y",
        "<b>bold</b>",
        "&amp;",
        "&b;",
        "AT&T",
        "Ã©",
        "caf\u00e9",
        "\u0080\u0093\u009d",
        "€",
        "Tour\nde\tFrance",
        "'quote'",
        '"dq"',
        "http://x.example/?a=1&b=2",
        "",
        "\u00a0nbsp\u00a0",
        "日本",
        "emoji 🚴",
    ]
)
_TEXT = st.lists(_WORDS, max_size=4).map(" ".join)
_URLS = st.sampled_from(
    [
        "https://site.example/a/1",
        "/relative/2",
        "relative/3",
        "https:////many.example/4",
        "https://site.example/?a=1&b=2",
        "https://site.example/?a=1&amp;b=2",
        "https://site.example/?x=1&b;=2",
        "  https://site.example/pad  ",
        "tag:site.example,2026:5",
        "",
        "mailto:desk@site.example",
        "//proto.example/6",
        "http://[bad/7",
    ]
)
_DATES = st.sampled_from(
    [
        "Tue, 24 Nov 2026 17:40:00 +0000",
        "Tue, 24 Nov 2026 17:40:00 GMT",
        "24 Nov 2026 17:40:00 EST",
        "Tue, 24 Nov 2026 17:40:00",
        "2026-11-24T09:00:00+01:00",
        "2026-11-24T09:00:00Z",
        "2026-11-24",
        "yesterday",
        "",
        "Mon, 31 Feb 2026 10:00:00 +0000",
    ]
)


def _escaped(text: str, cdata: bool) -> str:
    if cdata and "]]>" not in text:
        return f"<![CDATA[{text}]]>"
    return escape(text)


@st.composite
def rss_items(draw: st.DrawFn) -> str:
    fields: list[str] = []
    cdata = draw(st.booleans())
    if draw(st.booleans()):
        fields.append(f"<title>{_escaped(draw(_TEXT), cdata)}</title>")
    if draw(st.booleans()):
        fields.append(f"<link>{escape(draw(_URLS))}</link>")
    if draw(st.booleans()):
        permalink = draw(
            st.sampled_from(
                ["", ' isPermaLink="false"', ' isPermaLink="true"', ' isPermaLink="True"']
            )
        )
        fields.append(f"<guid{permalink}>{escape(draw(_URLS))}</guid>")
    if draw(st.booleans()):
        fields.append(f"<pubDate>{escape(draw(_DATES))}</pubDate>")
    if draw(st.booleans()):
        fields.append(f"<dc:date>{escape(draw(_DATES))}</dc:date>")
    if draw(st.booleans()):
        fields.append(f"<description>{_escaped(draw(_TEXT), cdata)}</description>")
    if draw(st.booleans()):
        fields.append(f"<content:encoded>{_escaped(draw(_TEXT), cdata)}</content:encoded>")
    author = draw(st.sampled_from(["", "author", "dc:creator"]))
    if author:
        fields.append(f"<{author}>{escape(draw(_TEXT))}</{author}>")
    if draw(st.booleans()):
        fields.append(f"<category>{escape(draw(_TEXT))}</category>")
    return "<item>" + "".join(draw(st.permutations(fields))) + "</item>"


@st.composite
def atom_entries(draw: st.DrawFn) -> str:
    fields: list[str] = []
    if draw(st.booleans()):
        kind = draw(st.sampled_from(["", ' type="text"', ' type="html"']))
        fields.append(f"<title{kind}>{escape(draw(_TEXT))}</title>")
    for _ in range(draw(st.integers(0, 2))):
        rel = draw(st.sampled_from(["", ' rel="alternate"', ' rel="self"', ' rel="enclosure"']))
        kind = draw(st.sampled_from(["", ' type="text/html"', ' type="image/png"', ' type="HTML"']))
        fields.append(f"<link{rel}{kind} href={quoteattr(draw(_URLS))}/>")
    if draw(st.booleans()):
        fields.append(f"<id>{escape(draw(_URLS))}</id>")
    for tag in ("published", "updated"):
        if draw(st.booleans()):
            fields.append(f"<{tag}>{escape(draw(_DATES))}</{tag}>")
    if draw(st.booleans()):
        fields.append(f"<summary>{escape(draw(_TEXT))}</summary>")
    if draw(st.booleans()):
        kind = draw(st.sampled_from(["", ' type="html"', ' type="text"', ' type="text/html"']))
        fields.append(f"<content{kind}>{escape(draw(_TEXT))}</content>")
    if draw(st.booleans()):
        name = f"<name>{escape(draw(_TEXT))}</name>" if draw(st.booleans()) else ""
        email = f"<email>{escape(draw(_TEXT))}</email>" if draw(st.booleans()) else ""
        fields.append(f"<author>{name}{email}</author>")
    return "<entry>" + "".join(draw(st.permutations(fields))) + "</entry>"


@st.composite
def feeds(draw: st.DrawFn) -> tuple[bytes, str]:
    title = f"<title>{escape(draw(_TEXT))}</title>" if draw(st.booleans()) else ""
    link = escape(draw(_URLS))
    if draw(st.booleans()):
        items = "".join(draw(st.lists(rss_items(), max_size=4)))
        body = (
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel>{title}<link>{link}</link>{items}</channel></rss>"
        )
        content_type = RSS_TYPE
    else:
        entries = "".join(draw(st.lists(atom_entries(), max_size=4)))
        body = (
            f'<feed xmlns="http://www.w3.org/2005/Atom">{title}'
            f'<link href="{link}"/>{entries}</feed>'
        )
        content_type = ATOM_TYPE
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body).encode(), content_type


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(feeds(), st.sampled_from([URL, "http://127.0.0.1:8080/feeds/x.xml?page=1"]))
def test_generated_feeds_match_feedparser_whenever_taken(feed: tuple[bytes, str], url: str) -> None:
    content, content_type = feed
    fast, slow = both(content, content_type, url)
    if fast is not None:
        assert fast == slow
