"""The three extractors the benchmark compares, each as ``(html bytes, url) -> plain text``.

``ours`` is this repository's extractor (block texts, one per line, without the ``## ``/``- ``
prefixes of the reader's text form); trafilatura (its defaults, comments left out, as in its own
evaluation) and readability-lxml are bench-only dependencies: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from leadout_tui.core.extract.article import extract_article

Extractor = Callable[[bytes, str], str]

_BLOCK_END = re.compile(
    r"</(?:p|div|li|h[1-6]|blockquote|tr|pre|section|article|dd|dt|table|ul|ol)\s*>|<br\s*/?>", re.I
)


def ours(html: bytes, url: str) -> str:
    return "\n".join(block.text for block in extract_article(html, url).blocks)


def trafilatura_text(html: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False) or ""


def readability_text(html: bytes, url: str) -> str:
    """readability-lxml's summary as text, a line break after each block element."""
    import lxml.html
    from readability import Document

    try:
        summary = Document(html, url=url).summary(html_partial=True)
    except Exception:  # it raises on pages it cannot handle; that page is then empty
        return ""
    if not summary.strip():
        return ""
    summary = _BLOCK_END.sub(lambda match: match.group(0) + "\n", summary)
    return str(lxml.html.fromstring(summary).text_content())


def available() -> dict[str, Extractor]:
    """The extractors that can run here, by name (ours always; the others when installed)."""
    found: dict[str, Extractor] = {"ours": ours}
    try:
        import trafilatura  # noqa: F401

        found["trafilatura"] = trafilatura_text
    except ImportError:
        pass
    try:
        import readability  # noqa: F401

        found["readability"] = readability_text
    except ImportError:
        pass
    return found
