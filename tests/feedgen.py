"""Small RSS/Atom/HTML builders for tests (text written for the tests)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape


@dataclass
class Item:
    guid: str | None
    title: str
    link: str | None
    description: str = "A short teaser."
    pub_date: str = "Mon, 23 Nov 2026 10:00:00 GMT"
    content: str | None = None


def rss(title: str, items: list[Item], *, encoding: str = "utf-8") -> str:
    parts = [
        f'<?xml version="1.0" encoding="{encoding}"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        f"<channel><title>{escape(title)}</title><link>https://example.test/</link>",
        "<description>test feed</description>",
    ]
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{escape(item.title)}</title>")
        if item.link:
            parts.append(f"<link>{escape(item.link)}</link>")
        if item.guid:
            parts.append(f'<guid isPermaLink="false">{escape(item.guid)}</guid>')
        parts.append(f"<description>{escape(item.description)}</description>")
        parts.append(f"<pubDate>{item.pub_date}</pubDate>")
        if item.content:
            parts.append(f"<content:encoded><![CDATA[{item.content}]]></content:encoded>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts)


def page(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{escape(title)}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{escape(title)}</h1>{body}</article>"
        "<footer>Copyright test site</footer></body></html>"
    )


RACE_REPORT = [
    "Tadej Pogačar attacked with eleven kilometres to go on the final climb and rode clear of "
    "Jonas Vingegaard, who could only limit his losses to forty seconds at the summit.",
    "Behind them, Remco Evenepoel paced himself up the mountain and took third place on the "
    "stage, moving up to second overall after a difficult first week.",
    "UAE Team Emirates XRG controlled the race for most of the day, with their riders setting "
    "a relentless tempo on the lower slopes before their leader went clear.",
]
