"""OPML 2.0: import and export round-trip titles, URLs and categories; non-OPML is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadout_tui.core.errors import OPMLError
from leadout_tui.core.feeds.opml import OPMLFeed, build_opml, parse_opml
from leadout_tui.core.feeds.subscriptions import default_feeds, export_opml, import_opml
from leadout_tui.core.store.db import Store

FEEDS = [
    OPMLFeed("https://a.example/feed/", "Échappée & Co", "Analysis"),
    OPMLFeed("https://b.example/rss", "Plain <News>", None),
    OPMLFeed("https://c.example/atom.xml", "Women's racing", "News/Women"),
]


def test_round_trip_keeps_titles_urls_and_categories() -> None:
    parsed = parse_opml(build_opml(FEEDS))
    assert sorted(parsed, key=lambda f: f.url) == sorted(FEEDS, key=lambda f: f.url)


def test_round_trip_through_a_database(tmp_path: Path) -> None:
    source = tmp_path / "in.opml"
    source.write_bytes(build_opml(FEEDS))
    with Store.open(tmp_path / "one.db") as store:
        assert import_opml(store, source) == (3, 0)
        assert import_opml(store, source) == (0, 3)
        exported = export_opml(store)
    assert {(f.url, f.title, f.category) for f in parse_opml(exported)} == {
        (f.url, f.title, f.category) for f in FEEDS
    }


def test_nested_folders_and_category_attribute_are_both_read() -> None:
    data = b"""<?xml version="1.0"?><opml version="1.0"><body>
      <outline text="Racing"><outline text="Inner" xmlUrl="https://x.example/f"/></outline>
      <outline text="Tagged" xmlUrl="https://y.example/f" category="/Tech"/>
    </body></opml>"""
    assert parse_opml(data) == [
        OPMLFeed("https://x.example/f", "Inner", "Racing"),
        OPMLFeed("https://y.example/f", "Tagged", "Tech"),
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not xml at all",
        b"<rss><channel/></rss>",
        b"<opml version='2.0'></opml>",
        b"\x89PNG\r\n",
    ],
)
def test_not_opml_is_refused_with_the_file_named(data: bytes) -> None:
    with pytest.raises(OPMLError, match=r"feeds\.opml"):
        parse_opml(data, "feeds.opml")


def test_bundled_defaults_are_the_real_cycling_feeds() -> None:
    feeds = default_feeds()
    titles = {f.title for f in feeds}
    assert {
        "Cyclingnews",
        "Cycling Weekly",
        "Velo",
        "Escape Collective",
        "The Inner Ring",
    } <= titles
    assert {"road.cc", "PEZ Cycling News", "Cyclist"} <= titles
    assert all(f.url.startswith("https://") for f in feeds)
