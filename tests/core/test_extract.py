"""Unit tests pinning the extractor's rules: sources, boilerplate, blocks, links, metadata,
encodings and bad input."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from leadout_tui.core.extract.article import (
    EXTRACTOR_VERSION,
    article_to_json,
    article_to_text,
    decode_html,
    extract_article,
)
from leadout_tui.core.models import Block, ExtractedArticle, Link

URL = "https://news.example/2025/07/stage-report/"
SENTENCE = (
    "Tadej Pogačar attacked on the final climb, riding away from Jonas Vingegaard, "
    "and he held the gap to the line in front of a huge crowd. "
)


def para(n: int, word: str = "Pogačar") -> str:
    """A paragraph of ``n`` repetitions of a realistic sentence (with a marker word)."""
    return f"<p>{word}: {SENTENCE * n}</p>"


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>Stage report | Site</title>{head}</head><body>{body}</body></html>"


def texts(article: ExtractedArticle) -> list[str]:
    return [block.text for block in article.blocks]


# --- sources ---------------------------------------------------------------------------------


def test_container_source_and_blocks_in_order() -> None:
    html = page(
        "<nav>Home News</nav><article><h1>Stage report</h1><div class='entry-content'>"
        + para(3, "One")
        + "<h2>The finale</h2>"
        + "<blockquote><p>I felt strong today.</p></blockquote>"
        + "<ul><li>First item</li><li>Second item</li></ul>"
        + para(3, "Two")
        + "</div></article><footer>Footer text</footer>"
    )
    article = extract_article(html, URL)
    assert article.source == "container"
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["paragraph", "heading", "quote", "list_item", "list_item", "paragraph"]
    assert article.blocks[1].text == "The finale"
    assert all("Footer" not in t and "Home News" not in t for t in texts(article))


def test_h1_repeating_title_is_dropped() -> None:
    html = page(
        "<article><h1>Stage report</h1>" + para(4) + "</article>",
        "<meta property='og:title' content='Stage report'>",
    )
    article = extract_article(html, URL)
    assert article.title == "Stage report"
    assert "Stage report" not in texts(article)


def test_scorer_used_without_containers() -> None:
    html = page(
        "<div class='a1'><a href='/'>Home</a> <a href='/x'>Results</a></div>"
        "<div class='q7'>"
        + "".join(f"<div class='t3'>{i}. {SENTENCE * 2}</div>" for i in range(6))
        + "</div><div class='z4'>Copyright 2025</div>"
    )
    article = extract_article(html, URL)
    assert article.source == "scorer"
    assert len(article.blocks) == 6
    assert "Copyright 2025" not in " ".join(texts(article))


def test_small_container_loses_to_scorer() -> None:
    html = page(
        "<div class='entry-content'><p>Short teaser text only, with nothing else here.</p></div>"
        "<div class='story'>" + para(3, "A") + para(3, "B") + para(3, "C") + "</div>"
    )
    article = extract_article(html, URL)
    assert article.source == "scorer"
    assert [t[0] for t in texts(article) if t[1] == ":"] == ["A", "B", "C"]


def _ld(body: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(body)}</script>'


ARTICLE_BODY = "\n".join(f"Paragraph {i}. {SENTENCE * 2}" for i in range(4))


def test_json_ld_article_body_wins_over_container() -> None:
    ld = _ld({"@type": "NewsArticle", "headline": "H", "articleBody": ARTICLE_BODY})
    html = page("<article>" + para(2) + "</article>", ld)
    article = extract_article(html, URL)
    assert article.source == "json-ld"
    assert [t.split(".")[0] for t in texts(article)] == [f"Paragraph {i}" for i in range(4)]


def test_json_ld_article_body_inside_graph_and_list() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "page"},
        {"@type": ["Article", "NewsArticle"], "articleBody": ARTICLE_BODY,
         "author": [{"name": "Ann Rider"}, {"name": "Bo Climber"}]},
    ]}  # fmt: skip
    html = page("<div>nothing</div>", _ld([graph]))  # type: ignore[arg-type]
    article = extract_article(html, URL)
    assert article.source == "json-ld"
    assert len(article.blocks) == 4
    assert article.author == "Ann Rider and Bo Climber"


def test_json_ld_single_blob_defers_to_structured_dom() -> None:
    blob = " ".join(f"Paragraph {i}. {SENTENCE * 2}" for i in range(4))
    dom = "".join(f"<p>Paragraph {i}. {SENTENCE * 2}</p>" for i in range(4))
    html = page(f"<article>{dom}</article>", _ld({"@type": "Article", "articleBody": blob}))
    article = extract_article(html, URL)
    assert article.source == "container"
    assert len(article.blocks) == 4


def test_short_json_ld_body_is_ignored() -> None:
    html = page("<article>" + para(5) + "</article>",
                _ld({"@type": "Article", "articleBody": "Just a teaser."}))  # fmt: skip
    assert extract_article(html, URL).source == "container"


FULL_FEED = "".join(f"<p>Feed paragraph {i}. {SENTENCE * 2}</p>" for i in range(5))


def test_full_feed_content_wins() -> None:
    html = page("<article>" + para(5) + "</article>")
    article = extract_article(html, URL, feed_content=FULL_FEED)
    assert article.source == "feed"
    assert texts(article)[0].startswith("Feed paragraph 0")


@pytest.mark.parametrize(
    "ending",
    ["<p>And then he said [&hellip;]</p>", "<p>The race went on...</p>",
     "<p><a href='/x'>Continue reading</a></p>", "<p>Read more</p>"],
)  # fmt: skip
def test_teaser_feed_content_is_not_used(ending: str) -> None:
    html = page("<article>" + para(8) + "</article>")
    article = extract_article(html, URL, feed_content=FULL_FEED + ending)
    assert article.source == "container"


def test_short_feed_content_is_not_used() -> None:
    html = page("<article>" + para(5) + "</article>")
    article = extract_article(html, URL, feed_content="<p>A short summary, nothing more.</p>")
    assert article.source == "container"


def test_feed_content_much_shorter_than_page_is_not_used() -> None:
    html = page("<article>" + para(30) + "</article>")
    assert extract_article(html, URL, feed_content=FULL_FEED).source == "container"


def test_feed_content_used_when_page_has_nothing() -> None:
    article = extract_article(b"", URL, feed_content=FULL_FEED)
    assert article.source == "feed"


def test_wordpress_feed_footer_is_dropped() -> None:
    footer = "<p>The post <a href='/p'>Stage report</a> appeared first on <a href='/'>Site</a>.</p>"
    article = extract_article(page(""), URL, feed_content=FULL_FEED + footer)
    assert article.source == "feed"
    assert not any("appeared first" in t for t in texts(article))


# --- boilerplate -----------------------------------------------------------------------------

BOILERPLATE = {
    "newsletter box": "<div class='newsletter-signup'><p>Get our newsletter.</p></div>",
    "share bar": "<div class='social-share'><a href='#'>Share on Facebook</a></div>",
    "jetpack": "<div class='sharedaddy sd-sharing-enabled'><h3>Share this:</h3></div>",
    "related": "<div id='jp-relatedposts'><h3>Related</h3><a href='/r'>Other</a></div>",
    "popular": "<div class='most-popular'><h3>Most popular</h3><ol><li>Story</li></ol></div>",
    "trending": "<section class='trending-now'><p>Trending stories</p></section>",
    "more like this": "<section class='more-like-this'><p>More like this box</p></section>",
    "recommended": "<div class='recommended-box'><p>Recommended reading list</p></div>",
    "read more promo": "<p><b>READ MORE</b></p><ul><li><a href='/a'>Promo A</a></li></ul>",
    "read more colon": "<p>Read more: <a href='/b'>Promo B story</a></p>",
    "related colon": "<p><strong>Related:</strong> <a href='/c'>Promo C story</a></p>",
    "ad slot": "<div class='ad-slot'><span>Sponsor box</span></div>",
    "ad label": "<p>Advertisement</p>",
    "cookie banner": "<div id='cookie-notice'><p>We use cookies on this site.</p></div>",
    "consent": "<div class='consent-modal'><p>Manage your privacy choices</p></div>",
    "comments": "<div id='comments'><p>Great ride by him yesterday, really great.</p></div>",
    "author bio": "<div class='author-bio'><p>Jo is our senior writer.</p></div>",
    "tag list": "<div class='post-tags'><a href='/t'>Tour de France</a></div>",
    "gallery caption": "<div><p>Image 1 of 5</p></div>",
    "figure caption": "<figure><img src='a.jpg'><figcaption>Photo caption</figcaption></figure>",
    "breadcrumbs": "<ol class='breadcrumb'><li>Home</li><li>News</li></ol>",
    "aside": "<aside><p>Sidebar chatter text</p></aside>",
    "hidden": "<div style='display:none'><p>Hidden honeypot text</p></div>",
    "membership": "<div><p>Become a member to keep reading. Already a member? Log in.</p></div>",
}


@pytest.mark.parametrize("snippet", BOILERPLATE.values(), ids=BOILERPLATE.keys())
def test_boilerplate_is_removed(snippet: str) -> None:
    html = page("<article>" + para(3, "First") + snippet + para(3, "Last") + "</article>")
    article = extract_article(html, URL)
    assert [t.split(":")[0] for t in texts(article)] == ["First", "Last"]


@pytest.mark.parametrize("tag", ["script", "style", "noscript", "iframe", "form", "svg", "button"])
def test_never_output_tags(tag: str) -> None:
    inner = f"<{tag}>SECRETSTUFF var x = 1;</{tag}>"
    html = page("<article>" + para(3) + f"<p>Visible {inner} text</p>" + "</article>")
    joined = " ".join(texts(extract_article(html, URL)))
    assert "SECRETSTUFF" not in joined
    assert "Visible text" in joined


def test_pull_quote_kept_as_quote() -> None:
    html = page(
        "<div class='entry-content'>"
        + para(3)
        + "<figure class='wp-block-pullquote'><blockquote><p>Pulled words</p></blockquote></figure>"
        + "<aside class='pullquote'>Aside quote words</aside></div>"
    )
    blocks = extract_article(html, URL).blocks
    assert Block("quote", "Pulled words") in blocks
    assert Block("quote", "Aside quote words") in blocks


def test_wordpress_tag_classes_on_post_wrapper_are_not_boilerplate() -> None:
    html = page("<div class='post type-post tag-tour-de-france tag-pogacar'>" + para(5) + "</div>")
    assert len(extract_article(html, URL).blocks) == 1


# --- text, links, tables -----------------------------------------------------------------------


def test_whitespace_normalised_and_control_characters_stripped() -> None:
    html = page("<article><p>Pog\x07ačar\u0000   won\n\n\tthe\x1b stage, " + SENTENCE * 3
                + "</p></article>")  # fmt: skip
    text = texts(extract_article(html, URL))[0]
    assert text.startswith("Pogačar won the stage,")
    assert not any(ord(ch) < 32 for ch in text)


def test_links_resolved_and_non_http_dropped() -> None:
    html = page(
        "<article><p>See <a href='/results/stage-5'>the results</a>, "
        "<a href='mailto:x@y.z'>mail us</a>, <a href='javascript:void(0)'>click</a> and "
        "<a href='https://other.example/a'>  another\n link </a>. "
        + SENTENCE * 3
        + "</p></article>"
    )
    links = extract_article(html, URL).blocks[0].links
    assert links == (
        Link("the results", "https://news.example/results/stage-5"),
        Link("another link", "https://other.example/a"),
    )


def test_double_br_splits_paragraphs() -> None:
    html = page("<div class='post-content'>" + f"{SENTENCE * 2}<br><br>{SENTENCE * 2}<br>"
                "same paragraph</div>")  # fmt: skip
    blocks = extract_article(html, URL).blocks
    assert len(blocks) == 2
    assert blocks[1].text.endswith("in front of a huge crowd. same paragraph")


def test_table_rows_become_paragraphs() -> None:
    html = page(
        "<article>" + para(3) + "<table><tr><td>1.</td><td>Pogačar</td><td>4:02:11"
        "</td></tr><tr><td>2.</td><td>Vingegaard</td><td>+0:38</td></tr></table></article>"
    )
    assert texts(extract_article(html, URL))[-2:] == ["1. Pogačar 4:02:11", "2. Vingegaard +0:38"]


# --- metadata ----------------------------------------------------------------------------------


def test_metadata_from_open_graph_and_meta_tags() -> None:
    head = (
        "<meta property='og:title' content='OG title'>"
        "<meta property='og:site_name' content='Cycling Site'>"
        "<meta property='og:image' content='/img/lead.jpg'>"
        "<meta property='article:published_time' content='2025-07-24T18:42:00+02:00'>"
        "<meta name='author' content='By Jane Writer'>"
    )
    article = extract_article(page("<article>" + para(3) + "</article>", head), URL)
    assert article.title == "OG title"
    assert article.site_name == "Cycling Site"
    assert article.image_url == "https://news.example/img/lead.jpg"
    assert article.published == datetime(2025, 7, 24, 16, 42, tzinfo=UTC)
    assert article.author == "Jane Writer"


def test_metadata_from_json_ld_graph() -> None:
    ld = _ld({"@graph": [{"@type": "BlogPosting", "headline": "LD headline",
                          "datePublished": "2025-01-02", "author": {"name": "Sam Editor"},
                          "publisher": {"name": "LD Site"},
                          "image": {"url": "https://cdn.example/i.jpg"}}]})  # fmt: skip
    article = extract_article(page("<main>" + para(3) + "</main>", ld), URL)
    assert (article.title, article.author, article.site_name) == (
        "LD headline", "Sam Editor", "LD Site")  # fmt: skip
    assert article.published == datetime(2025, 1, 2, tzinfo=UTC)
    assert article.image_url == "https://cdn.example/i.jpg"


def test_title_falls_back_to_title_tag_without_site_suffix() -> None:
    html = "<html><head><title>Big news \u2013 Cycling Site</title></head><body></body></html>"
    assert extract_article(html, URL).title == "Big news"


def test_metadata_kept_when_no_body() -> None:
    html = page("<nav>menu</nav>", "<meta property='og:title' content='Only meta'>")
    article = extract_article(html, URL)
    assert (article.source, article.blocks, article.title) == ("none", (), "Only meta")


def test_malformed_json_ld_is_ignored() -> None:
    html = page(
        "<article>" + para(3) + "</article>",
        '<script type="application/ld+json">{"@type": "Article", broken</script>',
    )
    assert extract_article(html, URL).source == "container"


# --- encodings ---------------------------------------------------------------------------------

BODY_TEXT = "Pogačar and Vingegaard raced through Méribel, Öztal and Señorío. " * 6


def _encoded(encoding: str, meta: str = "") -> bytes:
    return page("<article><p>" + BODY_TEXT + "</p></article>", meta).encode(encoding, "replace")


def test_utf8_bom() -> None:
    data = b"\xef\xbb\xbf" + _encoded("utf-8")
    assert "Pogačar" in texts(extract_article(data, URL))[0]


def test_declared_header_encoding_used() -> None:
    text = "Méribel et Señorío. " * 30
    data = page(f"<article><p>{text}</p></article>").encode("cp1252")
    assert "Méribel" in texts(extract_article(data, URL, encoding="windows-1252"))[0]


def test_meta_charset_used() -> None:
    text = "Méribel et Señorío. " * 30
    data = page(f"<article><p>{text}</p></article>", "<meta charset='iso-8859-1'>").encode(
        "latin-1"
    )
    assert "Méribel" in texts(extract_article(data, URL))[0]


def test_wrong_declared_encoding_prefers_valid_utf8() -> None:
    data = _encoded("utf-8", "<meta charset='iso-8859-1'>")
    assert "Pogačar" in texts(extract_article(data, URL, encoding="latin-1"))[0]


def test_mixed_encodings_do_not_crash() -> None:
    data = _encoded("utf-8").replace(b"raced", "Café".encode("cp1252"))
    text = texts(extract_article(data, URL, encoding="utf-8"))[0]
    assert "Pogačar" in text
    assert "Café" in text


def test_unknown_encoding_name_falls_back() -> None:
    assert extract_article(_encoded("utf-8"), URL, encoding="x-no-such-codec").blocks


def test_decode_html_detects_binary() -> None:
    assert decode_html(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj") is None
    assert decode_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") is None


# --- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", "", b"   \n", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\nendobj",
     b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 20,
     b"\xff\xd8\xff\xe0\x00\x10JFIF", bytes(range(256)) * 100, "<html><<<>>>&&&;</p></div>",
     "\ud800 lone surrogate <p>x</p>"],
    ids=["empty-bytes", "empty-str", "blank", "pdf", "png", "jpeg", "noise", "junk", "surrogate"],
)  # fmt: skip
def test_bad_input_gives_none(data: bytes | str) -> None:
    article = extract_article(data, URL)
    assert article.source == "none"
    assert article.blocks == ()
    assert article.url == URL


def test_all_boilerplate_page_gives_none() -> None:
    chrome = "<nav><a href='/'>Home</a></nav><footer>(c)</footer>"
    html = page("".join(BOILERPLATE.values()) + chrome)
    assert extract_article(html, URL).source == "none"


def test_five_megabytes_of_html_completes() -> None:
    chunk = "<div class='c'><p>Filler text, with commas, and <a href='/x'>links</a>.</p></div>"
    html = page("<article>" + para(5) + chunk * (5_000_000 // len(chunk)) + "</article>")
    assert len(html) > 5_000_000
    article = extract_article(html, URL)  # how fast: benchmarks/extraction.py
    assert article.blocks


def test_huge_inline_script_is_skipped_cheaply() -> None:
    script = "<script>var data = '" + "x" * 3_000_000 + "';</script>"
    html = page(script + "<article>" + para(4) + "</article>")
    article = extract_article(html, URL)
    assert article.source == "container"
    assert not any("xxxx" in t for t in texts(article))


def test_dotted_capital_i_does_not_shift_script_removal() -> None:
    # "İ".lower() is two characters: cutting scripts at offsets found in a lower-cased copy
    # once swallowed everything after the first script into it.
    head = "<meta property='og:title' content='Stage 8 in İstanbul'><script>var a = 1;</script>"
    html = page("<script>var b = 2;</script><article>" + para(4) + "</article>", head)
    article = extract_article(html, URL)
    assert article.source == "container"
    assert texts(article)[0].startswith("Pogačar:")


@pytest.mark.parametrize("as_bytes", [False, True])
def test_xml_declaration_naming_an_encoding(as_bytes: bool) -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>' + page("<article>" + para(4) + "</article>")
    article = extract_article(html.encode("utf-8") if as_bytes else html, URL)
    assert article.source == "container"
    assert "Pogačar" in texts(article)[0]


def test_ten_thousand_nested_divs() -> None:
    html = page("<div>" * 10_000 + para(4) + "</div>" * 10_000)
    article = extract_article(html, URL)
    assert article.blocks
    assert "Pogačar" in texts(article)[0]


def test_ten_thousand_nested_divs_of_text() -> None:
    html = page("".join(f"<div>level {i}, text" for i in range(10_000)) + "</div>" * 10_000)
    extract_article(html, URL)  # must not raise or hang


# --- output ------------------------------------------------------------------------------------


def _sample() -> ExtractedArticle:
    return ExtractedArticle(
        url=URL, title="Title", published=datetime(2025, 7, 1, 12, tzinfo=UTC),
        blocks=(Block("paragraph", "Para.", (Link("x", "https://a.example/"),)),
                Block("heading", "Head"), Block("quote", "Said."), Block("list_item", "Item")),
        source="container",
    )  # fmt: skip


def test_article_to_text() -> None:
    assert article_to_text(_sample()) == "Title\n\nPara.\n\n## Head\n\n> Said.\n\n- Item"


def test_article_to_json_round_trips_through_json() -> None:
    data = json.loads(json.dumps(article_to_json(_sample())))
    assert data["published"] == "2025-07-01T12:00:00+00:00"
    assert data["source"] == "container"
    assert data["blocks"][0] == {
        "kind": "paragraph", "text": "Para.", "links": [{"text": "x", "href": "https://a.example/"}]
    }  # fmt: skip


def test_extractor_version_is_int() -> None:
    assert isinstance(EXTRACTOR_VERSION, int)
    assert EXTRACTOR_VERSION >= 1
