"""The extractor's decisions from page evidence: wrappers named like furniture, furniture that
stays furniture, structured bodies against the page's own, the densest-block fallback, and
pages whose charset is missing or wrong."""

from __future__ import annotations

import json

from leadout_tui.core.extract.article import decode_html, extract_article
from leadout_tui.core.models import ExtractedArticle

URL = "https://news.example/2025/06/dauphine/"
LINES = [
    "Tadej Pogačar won the queen stage of the Critérium du Dauphiné on the Col de la Loze, "
    "attacking four kilometres from the top and finishing alone.",
    "Jonas Vingegaard lost fifty seconds on the last ramps and now trails by more than a "
    "minute in the overall standings with one stage left.",
    "Remco Evenepoel rode his own pace on the climb and kept third place overall, ahead of "
    "Florian Lipowitz and Primož Roglič.",
    "The race ends on Sunday with a short mountain stage that starts in Val d'Isère.",
]
NAV = "<nav><a href='/'>Home</a> <a href='/races'>Races</a> <a href='/teams'>Teams</a></nav>"
RELATED = (
    "<div class='related-posts'><h3>Related</h3><ul>"
    + "".join(f"<li><a href='/r{i}'>Another story about the Dauphiné, part {i}</a></li>"
              for i in range(4))
    + "</ul></div>"
)  # fmt: skip


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>Dauphiné | Site</title>{head}</head><body>{body}</body></html>"


def texts(article: ExtractedArticle) -> list[str]:
    return [block.text for block in article.blocks]


# --- furniture by name, content by evidence ----------------------------------------------


def test_a_wrapper_named_like_a_header_is_not_thrown_away() -> None:
    html = page(f"<div class='wrapper header-style-header-2'>{NAV}<div class='post'>"
                f"{paragraphs(LINES)}</div>{RELATED}</div>")  # fmt: skip
    assert texts(extract_article(html, URL)) == LINES


def test_a_form_around_the_whole_page_is_not_thrown_away() -> None:
    html = page(f"<form id='aspnetForm' method='post'>{NAV}<div class='newsbody'>"
                f"{paragraphs(LINES)}</div><div class='footer'>© 2025</div></form>")  # fmt: skip
    assert texts(extract_article(html, URL)) == LINES


def test_comments_longer_than_the_post_stay_comments() -> None:
    comment = "I watched the whole stage and I still cannot believe how strong he looked today."
    comments = "".join(f"<li class='comment'><p>{comment} ({i})</p></li>" for i in range(12))
    html = page(f"<div class='post'>{paragraphs(LINES)}</div>"
                f"<div id='comments'><ol class='commentlist'>{comments}</ol></div>")  # fmt: skip
    assert texts(extract_article(html, URL)) == LINES


def test_live_blog_entries_named_like_comments_are_the_article() -> None:
    entries = "".join(
        f"<div class='live-comment-item'><div class='live-comment-text'><p>{line}</p></div></div>"
        for line in LINES
    )
    html = page(f"{NAV}<div class='live-timeline'>{entries}</div>")
    assert texts(extract_article(html, URL)) == LINES


def test_a_short_article_is_not_rejected_for_its_length() -> None:
    html = page(f"{NAV}<article><div class='entry-content'><p>{LINES[0]}</p></div></article>"
                f"{RELATED}")  # fmt: skip
    article = extract_article(html, URL)
    assert texts(article) == [LINES[0]]
    assert article.source == "container"


def test_teaser_cards_after_the_article_are_left_out() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/c{i}'>Another race, another story {i}</a></h3>"
        f"<p>A short summary of a different article that reads like a sentence, number {i}.</p>"
        "</div>"
        for i in range(4)
    )
    html = page(f"<main><div class='story'>{paragraphs(LINES)}</div>{cards}</main>")
    assert texts(extract_article(html, URL)) == LINES


def test_the_standfirst_in_the_article_header_leads_the_body() -> None:
    lead = "Pogačar takes the yellow jersey with a long attack on the final climb of the day."
    html = page(f"<article><header class='article-header'><h1>Stage 6</h1><p>{lead}</p>"
                f"<span class='byline'>By A. Writer</span></header>"
                f"<div class='article-body'>{paragraphs(LINES)}</div></article>")  # fmt: skip
    assert texts(extract_article(html, URL)) == [lead, *LINES]


# --- structured bodies ----------------------------------------------------------------------


def _state(body_html: str) -> str:
    data = {"props": {"pageProps": {"article": {"body": body_html, "slug": "dauphine"}}}}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'


def test_body_only_in_the_json_page_state() -> None:
    html = page(f"{NAV}<div id='__next'><div class='skeleton'>Loading</div></div>"
                + _state(paragraphs(LINES * 2)))  # fmt: skip
    article = extract_article(html, URL)
    assert article.source == "page-state"
    assert texts(article) == LINES * 2


def test_page_state_does_not_replace_a_page_that_shows_the_article() -> None:
    html = page(f"<article>{paragraphs(LINES)}</article>" + _state(paragraphs(LINES)))
    assert extract_article(html, URL).source == "container"


def test_text_in_a_script_that_is_code_is_never_read() -> None:
    code = (
        '<script>window.__STATE__ = {"body": "'
        + "<p>SECRET words in code.</p>" * 40
        + '"};</script>'
    )
    html = page(f"{NAV}<div id='app'></div>{code}")
    article = extract_article(html, URL)
    assert article.source == "none"
    assert not any("SECRET" in text for text in texts(article))


# --- the fallback -----------------------------------------------------------------------------


def test_densest_block_when_no_region_gains() -> None:
    teaser = ("Vingegaard on the Loze: the Dane lost fifty seconds and his grip on the race, "
              "and the team now has to decide what to do on the last day of racing...")  # fmt: skip
    html = page(f"{NAV}<div class='article-preview'><p>{teaser}</p></div>"
                "<div class='subscribe'><a href='/join'>Join now</a></div>")  # fmt: skip
    article = extract_article(html, URL)
    assert texts(article) == [teaser]
    assert article.source == "scorer"


# --- charsets ---------------------------------------------------------------------------------

SLOVENE = ("Tadej Pogačar je v četrtek dobil še eno etapo, Primož Roglič pa je na zadnjem vzponu "
           "izgubil nekaj sekund. Žirija je odločila, da kazen ostane. ")  # fmt: skip


def test_page_without_a_charset_in_windows_1250_is_detected() -> None:
    data = page(f"<article><p>{SLOVENE * 3}</p></article>").encode("cp1250")
    text = decode_html(data)
    assert text is not None
    assert "Pogačar" in text
    assert "Žirija" in text
    assert "Roglič" in texts(extract_article(data, URL))[0]


def test_declared_latin_2_on_utf8_bytes_is_read_as_utf8() -> None:
    polish = "Rafał Majka wygrał etap Tour de Pologne w Bukowinie Tatrzańskiej. " * 4
    html = page(f"<article><p>{polish}</p></article>", "<meta charset='iso-8859-2'>")
    article = extract_article(html.encode("utf-8"), URL)
    assert texts(article)[0].startswith("Rafał Majka wygrał")


def test_decomposed_letters_are_composed() -> None:
    decomposed = "Poga\u0063\u030car won in Me\u0301ribel, and Vingegaard was second. " * 3
    article = extract_article(page(f"<article><p>{decomposed}</p></article>"), URL)
    assert texts(article)[0].startswith("Pogačar won in Méribel")


def test_soft_hyphens_between_syllables_are_removed() -> None:
    hyphenated = "Der Aus\u00adreis\u00adser Pogačar ge\u00adwann die Etap\u00adpe am Ventoux. " * 3
    article = extract_article(page(f"<article><p>{hyphenated}</p></article>"), URL)
    assert texts(article)[0].startswith("Der Ausreisser Pogačar gewann die Etappe am Ventoux.")
