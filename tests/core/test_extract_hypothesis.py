"""Property test: arbitrary HTML never breaks the extractor's invariants.

Invariants: no exception (the private entry point is called, so nothing is swallowed), no text
from script/style/noscript/iframe/form/svg/button/template in the output, every block's text is
taken from the input's visible text in document order (whitespace and control characters
aside), only http(s) links, and ``source == "none"`` exactly when there are no blocks.
"""

from __future__ import annotations

import html as html_lib
import re

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leadout_tui.core.extract.article import _extract

URL = "https://news.example/a/b"
TAGS = ["div", "p", "span", "a", "b", "em", "h1", "h2", "h3", "ul", "ol", "li", "blockquote",
        "article", "main", "section", "aside", "table", "tr", "td", "figure", "header", "footer",
        "nav", "pre", "dl", "dd"]  # fmt: skip
CLASSES = ["entry-content", "article-body", "post-content", "share", "related", "ad", "newsletter",
           "comments", "x1", "tag-news", "pullquote", "elementor-widget-container", ""]  # fmt: skip
HIDDEN = ["script", "style", "noscript", "iframe", "form", "svg", "button", "template"]
_SPACE = re.compile(r"\s+")

words = st.sampled_from(
    ["Pogačar", "attacks,", "the", "Tour", "de", "France", "READ MORE", "Advertisement",
     "Image 1 of 5", "...", "&amp;", "<", ">", "&", "\x07", "\u00a0", "Café", "—", "\n", "\t",
     "Related:", "Share", "it", "was", "hard,", "said", "Vingegaard."]
)  # fmt: skip
text = st.one_of(
    st.lists(words, min_size=1, max_size=30).map(" ".join),
    st.text(max_size=40),
)


@st.composite
def hidden_element(draw: st.DrawFn) -> str:
    tag = draw(st.sampled_from(HIDDEN))
    marker = f"HIDDENMARK{draw(st.integers(0, 999))}"
    return f"<{tag}>{marker} var x = '<p>{marker}</p>';</{tag}>"


def _element(children: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, cls, href, kids: (
            f"<{tag}"
            + (f' class="{cls}"' if cls else "")
            + (f' href="{html_lib.escape(href)}"' if tag == "a" else "")
            + ">"
            + "".join(kids)
            + f"</{tag}>"
        ),
        st.sampled_from(TAGS),
        st.sampled_from(CLASSES),
        st.sampled_from(["/x", "http://e.example/y", "javascript:alert(1)", "mailto:a@b", ""]),
        children,
    )


nodes = st.recursive(
    st.one_of(text.map(html_lib.escape), text, hidden_element(), st.just("<br>")),
    lambda inner: _element(st.lists(inner, max_size=6)),
    max_leaves=40,
)


def _is_subsequence(needle: str, haystack: str) -> bool:
    chars = iter(haystack)
    return all(ch in chars for ch in needle)


def _reader_text(document: str) -> str:
    """The input's text as a reader could see it: the never-shown elements' content removed."""
    soup = BeautifulSoup(document, "lxml")
    for tag in soup.find_all(HIDDEN):
        tag.decompose()
    return soup.get_text()


def _squash(value: str) -> str:
    """Text with all whitespace and control characters removed, for containment checks."""
    value = "".join(ch for ch in value if ch >= " " and ch != "\x7f")
    return _SPACE.sub("", value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(nodes, min_size=1, max_size=8), st.booleans())
def test_arbitrary_html_keeps_invariants(parts: list[str], as_bytes: bool) -> None:
    document = "<html><body>" + "".join(parts) + "</body></html>"
    data: bytes | str = document.encode("utf-8") if as_bytes else document
    article = _extract(data, URL, None, None)  # the private entry point: exceptions surface

    input_text = _squash(_reader_text(document))
    for block in article.blocks:
        # A hidden element's text never shows, unless the page's own markup made it visible
        # (text like "<Pogačar<noscript>" is one unknown tag to every HTML parser).
        for marker in re.findall(r"HIDDENMARK\d+", block.text):
            assert marker in input_text
        assert block.text == block.text.strip()
        assert not any(ord(ch) < 32 for ch in block.text)
        # Text comes from the input, in order; removed elements may leave gaps inside a block.
        assert _is_subsequence(_squash(block.text), input_text)
        for link in block.links:
            assert link.href.startswith(("http://", "https://"))
    assert (article.source == "none") == (not article.blocks)
