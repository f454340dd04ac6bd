"""A self-contained feed farm for the refresh benchmark: corpus generator and loopback server.

Standard library only, so the benchmark needs nothing outside this repository.

    python benchmarks/farm.py generate --out DIR [--feeds 100] [--items 50] [--hosts 10]
    python benchmarks/farm.py serve --dir DIR [--latency-ms 50]

``generate`` writes ``DIR/manifest.json``, ``DIR/feeds/NNN.xml`` (RSS 2.0, every fifth feed
Atom) and ``DIR/pages/NNN/MMM.html`` (article pages of 20-40 KB: cookie banner, mega-menu,
ads, JSON-LD, trackers, related list, footer around 5-12 paragraphs that name real riders).
Feed ``i`` lives on host ``127.0.0.{1 + i % hosts}``. All text is generated from templates
with a seeded RNG; output is a pure function of the arguments.

``serve`` runs one ``ThreadingHTTPServer`` per loopback address (each on a free port), sleeps
``--latency-ms`` before every answer, answers conditional GETs (If-None-Match /
If-Modified-Since) with 304, writes ``DIR/feeds.opml`` and ``DIR/urls.txt`` with the served
URLs and then prints one JSON line ``{"ready": true, "bases": [...]}`` on stdout. ``GET
/_stats`` on any host returns the request counters of the whole farm (by status), the summed
request time in ms (``busy_ms``; its growth over a run / the run's wall time is the mean number
of requests in flight) and the most requests in flight since the previous ``/_stats``.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import html
import json
import random
import signal
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

BASE_TOKEN = "@@BASE@@"
EPOCH = datetime(2025, 7, 27, 17, 30, tzinfo=UTC)
LAST_MODIFIED = email.utils.format_datetime(EPOCH, usegmt=True)

RIDERS = [
    ("Tadej Pogačar", "UAE Team Emirates XRG"),
    ("Jonas Vingegaard", "Visma-Lease a Bike"),
    ("Remco Evenepoel", "Soudal Quick-Step"),
    ("Primož Roglič", "Red Bull-Bora-Hansgrohe"),
    ("Mathieu van der Poel", "Alpecin-Deceuninck"),
    ("Wout van Aert", "Visma-Lease a Bike"),
    ("Jasper Philipsen", "Alpecin-Deceuninck"),
    ("Mads Pedersen", "Lidl-Trek"),
    ("Tom Pidcock", "Q36.5 Pro Cycling"),
    ("Juan Ayuso", "UAE Team Emirates XRG"),
    ("João Almeida", "UAE Team Emirates XRG"),
    ("Carlos Rodríguez", "Ineos Grenadiers"),
    ("Egan Bernal", "Ineos Grenadiers"),
    ("Richard Carapaz", "EF Education-EasyPost"),
    ("Ben Healy", "EF Education-EasyPost"),
    ("Biniam Girmay", "Intermarché-Wanty"),
    ("Arnaud De Lie", "Lotto"),
    ("Giulio Ciccone", "Lidl-Trek"),
    ("Enric Mas", "Movistar Team"),
    ("Matteo Jorgenson", "Visma-Lease a Bike"),
    ("Florian Lipowitz", "Red Bull-Bora-Hansgrohe"),
    ("Isaac del Toro", "UAE Team Emirates XRG"),
    ("Demi Vollering", "FDJ-Suez"),
    ("Lotte Kopecky", "SD Worx-Protime"),
    ("Elisa Longo Borghini", "UAE Team ADQ"),
    ("Pauline Ferrand-Prévot", "Visma-Lease a Bike"),
    ("Kasia Niewiadoma", "Canyon-SRAM"),
]
RACES = [
    "Tour de France",
    "Giro d'Italia",
    "Vuelta a España",
    "Paris-Roubaix",
    "Tour of Flanders",
    "Milan-San Remo",
    "Liège-Bastogne-Liège",
    "Strade Bianche",
    "Critérium du Dauphiné",
    "Tirreno-Adriatico",
    "Il Lombardia",
    "Tour de Suisse",
    "Amstel Gold Race",
]
CLIMBS = [
    "the Col de la Loze",
    "the Tourmalet",
    "Hautacam",
    "Mont Ventoux",
    "the Mortirolo",
    "the Koppenberg",
    "the Cipressa",
    "the Mur de Bretagne",
    "the Zoncolan",
    "Superbagnères",
    "the Carrefour de l'Arbre",
    "the Côte de la Redoute",
]
HEADLINES = [
    "{R} takes stage {N} of the {RACE} after a late move on {C}",
    "{R} moves into the lead of the {RACE}",
    "{T} name their squad for the {RACE}",
    "How {T} rode the {RACE}: a tactical breakdown",
    "{R} abandons the {RACE} after a crash on stage {N}",
    "{R} extends with {T} until 2028",
    "Data dive: the watts {R} pushed on {C}",
    "Route revealed: the {RACE} returns to {C}",
]
SENTENCES = [
    "{R} waited until {C} before attacking, and only {R2} could hold the wheel for a while.",
    "On the final ramp {R} opened a gap of {G} that held all the way to the line.",
    "{T} set a hard tempo from the foot of the climb, shedding riders one by one.",
    "\u201cI felt good today, the legs responded when I needed them,\u201d {R} told reporters.",
    "\u201cWe came with a plan and the boys executed it perfectly,\u201d said a {T} directeur.",
    "The breakaway of eleven riders was never given more than {G} by the peloton.",
    "{R2} punctured at the worst moment and had to chase for twenty kilometres.",
    "Crosswinds split the bunch with {N}0 km to go, catching several contenders out.",
    "{R} now sits {G} clear of {R2} in the general classification.",
    "It is the {N}th professional win for {R}, and the first of the season for {T}.",
    "The descent was wet and technical, and {R2} took few risks on the way down.",
    "Organisers had shortened the stage by {N} km because of the heat.",
    "Behind the leaders, {R2} limited the losses and stays in contention for the podium.",
    "{T} will have to rethink their approach for the mountains after losing {R2}.",
    "Fans lined {C} ten deep, and the noise was deafening as {R} came through.",
    "Tomorrow's stage suits the sprinters, and {T} have already said they will ride for {R}.",
]
SECTIONS = [
    "News",
    "Racing",
    "Results",
    "Tech",
    "Reviews",
    "Features",
    "Training",
    "Gravel",
    "Women's racing",
    "Transfers",
    "Podcast",
    "Video",
    "Shop",
    "Events",
]
SITE_WORDS = (
    ["Chainstay", "Peloton", "Lanterne", "Bidon", "Echappée", "Cassette", "Soigneur", "Draft"],
    ["Daily", "Post", "Herald", "Dispatch", "Review", "Times", "Press", "Wire"],
)
# Article containers vary per site, as they do in the wild.
CONTAINERS = [
    ("article", "article-body"),
    ("div", "post-content"),
    ("section", "story__body"),
    ("div", "entry"),
    ("main", "content-main"),
]


class Writer:
    """Fills sentence templates from a seeded RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def rider(self) -> str:
        name = self.rng.choice(RIDERS)[0]
        # Some mentions by surname only, as reporters write them.
        return name.split(" ", 1)[1] if self.rng.random() < 0.3 else name

    def fill(self, template: str, lead: str | None = None) -> str:
        rng = self.rng
        out = template.replace("{R}", lead, 1) if lead else template
        fills = {
            "{R}": self.rider,
            "{R2}": self.rider,
            "{T}": lambda: rng.choice(RIDERS)[1],
            "{RACE}": lambda: rng.choice(RACES),
            "{C}": lambda: rng.choice(CLIMBS),
            "{N}": lambda: str(rng.randint(2, 21)),
            "{G}": lambda: f"{rng.randint(0, 2)}'{rng.randint(1, 59):02d}\"",
        }
        for key, make in fills.items():
            while key in out:
                out = out.replace(key, make(), 1)
        return out[0].upper() + out[1:]

    def paragraph(self, lead: str | None = None) -> str:
        count = self.rng.randint(3, 6)
        first = self.fill(self.rng.choice(SENTENCES), lead)
        return " ".join([first] + [self.fill(self.rng.choice(SENTENCES)) for _ in range(count)])


def site_name(fid: int) -> str:
    a, b = SITE_WORDS
    return f"{a[fid % len(a)]} {b[(fid // len(a)) % len(b)]}"


def page_path(fid: int, iid: int) -> str:
    return f"/pages/{fid:03d}/{iid:03d}.html"


def render_page(
    rng: random.Random, site: str, fid: int, title: str, paras: list[str], when: datetime
) -> str:
    esc = html.escape
    tag, cls = CONTAINERS[fid % len(CONTAINERS)]
    menu = "".join(
        f'<li class="nav__item"><a href="/{esc(s.lower().replace(" ", "-"))}/">{esc(s)}</a>'
        '<ul class="nav__sub">'
        + "".join(f'<li><a href="/races/{i}/">{esc(r)}</a></li>' for i, r in enumerate(RACES))
        + "</ul></li>"
        for s in SECTIONS
    )

    def ad(slot: str) -> str:
        rider = rng.choice(RIDERS)[0]
        return (
            f'<div class="ad-slot ad-slot--{slot}" data-ad-unit="/2231/{slot}" '
            f'style="min-height:250px"><span class="ad-label">Advertisement</span>'
            f'<a href="https://ads.invalid/c?u={slot}&amp;r={rng.getrandbits(32):x}">'
            f'<img src="/ads/{slot}.webp" alt="Ride like {esc(rider)}: 25% off team kit"></a></div>'
        )

    body: list[str] = []
    for n, para in enumerate(paras):
        body.append(f"<p>{esc(para)}</p>")
        if n == 1:
            body.append(ad("mpu-1"))
        if n == 3:
            body.append(
                '<aside class="signup"><h4>The morning musette</h4><p>Race results and the '
                "stories behind them, every morning before the start.</p><form "
                'action="/newsletter"><input type="email" placeholder="you@example.com">'
                "<button>Subscribe</button></form></aside>"
            )
        if n == 5:
            body.append(ad("mpu-2"))
    related = "".join(
        f'<li class="card"><a href="{page_path(fid, rng.randrange(50))}">'
        f'<img src="/img/{rng.getrandbits(40):x}.jpg" alt="">'
        f"<span>{esc(Writer(rng).fill(rng.choice(HEADLINES)))}</span></a></li>"
        for _ in range(8)
    )
    popular = "".join(
        f'<li><a href="/tag/{i}/">{esc(name)}</a></li>' for i, (name, _) in enumerate(RIDERS)
    )
    footer = "".join(
        f'<div class="footer__col"><h5>{esc(s)}</h5><ul>'
        + "".join(
            f'<li><a href="/{i}/{j}/">{esc(r)} coverage</a></li>' for j, r in enumerate(RACES)
        )
        + "</ul></div>"
        for i, s in enumerate(SECTIONS[:6])
    )
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": when.isoformat(),
            "author": {"@type": "Person", "name": "Staff reporter"},
            "publisher": {"@type": "Organization", "name": site},
        },
        ensure_ascii=False,
    )
    tracking = "".join(
        f"dl.push({{event:'pv',slot:{i},id:'{rng.getrandbits(64):016x}'}});" for i in range(30)
    )
    style = "".join(
        f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{rng.getrandbits(24):06x}}}"
        for i in range(60)
    )
    stamp = when.strftime("%d %B %Y %H:%M")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(title)} - {esc(site)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{esc(paras[0][:150])}">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="article:published_time" content="{when.isoformat()}">
<link rel="stylesheet" href="/assets/main.css"><style>{style}</style>
<script type="application/ld+json">{ld}</script>
<script>var dl=window.dl=window.dl||[];{tracking}</script></head>
<body class="article-template">
<div id="consent" class="consent"><p>We and our partners use cookies to store and access
information on your device for personalised ads and content, measurement and audience
insights.</p><button class="consent__ok">Accept</button><button>Reject</button>
<a href="/cookies/">Cookie settings</a></div>
<header class="masthead"><a class="masthead__logo" href="/">{esc(site)}</a>
<nav class="nav" aria-label="Main"><ul>{menu}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
{ad("leaderboard")}
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/racing/">Racing</a></nav>
<{tag} class="{cls}">
<h1 class="headline">{esc(title)}</h1>
<div class="byline">By <a href="/author/staff/">Staff reporter</a> <time
datetime="{when.isoformat()}">{stamp}</time></div>
<figure class="lead-image"><img src="/img/{fid:03d}-lead.jpg" alt=""><figcaption>Photo:
agency</figcaption></figure>
{"".join(body)}
<div class="share"><a href="/share/x">Share on X</a> <a href="/share/fb">Share on Facebook</a>
<a href="/share/mail">Email</a></div>
</{tag}>
<section class="related"><h3>More racing news</h3><ul>{related}</ul></section>
<aside class="popular"><h3>Popular riders</h3><ul>{popular}</ul></aside>
<div id="comments"><h3>Comments</h3><p>Comments are loading...</p></div>
<footer class="site-footer">{footer}<p>&copy; 2025 {esc(site)}. All rights reserved.
<a href="/terms/">Terms</a> <a href="/privacy/">Privacy</a></p></footer>
</body></html>
"""


def render_feed(kind: str, site: str, fid: int, items: list[dict[str, str]]) -> str:
    home = f"{BASE_TOKEN}/"
    self_url = f"{BASE_TOKEN}/feeds/{fid:03d}.xml"
    x = xml_escape
    if kind == "atom":
        entries = "".join(
            f'<entry><title>{x(it["title"])}</title><link rel="alternate" type="text/html" '
            f'href="{x(it["link"])}"/><id>{x(it["guid"])}</id><published>{it["iso"]}</published>'
            f"<updated>{it['iso']}</updated><author><name>{x(it['author'])}</name></author>"
            f'<category term="{x(it["category"])}"/>'
            f'<summary type="html">{x(it["summary_html"])}</summary></entry>\n'
            for it in items
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>{x(site)}</title><id>{home}</id><link href="{home}"/>'
            f'<link rel="self" href="{self_url}"/><updated>{EPOCH.isoformat()}</updated>\n'
            f"{entries}</feed>\n"
        )
    entries = "".join(
        f"<item><title>{x(it['title'])}</title><link>{x(it['link'])}</link>"
        f'<guid isPermaLink="false">{x(it["guid"])}</guid><pubDate>{it["rfc"]}</pubDate>'
        f"<dc:creator><![CDATA[{it['author']}]]></dc:creator>"
        f"<category><![CDATA[{it['category']}]]></category>"
        f"<description><![CDATA[{it['summary_html']}]]></description>"
        f'<media:thumbnail url="{home}img/{it["guid"][-7:].replace(":", "-")}.jpg" width="600" '
        f'height="400"/></item>\n'
        for it in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:media="http://search.yahoo.com/mrss/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{x(site)}</title><link>{home}</link>"
        f'<atom:link href="{self_url}" rel="self" type="application/rss+xml"/>'
        f"<description>Road racing news from {x(site)}</description><language>en-gb</language>"
        f"<lastBuildDate>{LAST_MODIFIED}</lastBuildDate>\n{entries}</channel></rss>\n"
    )


def generate(out: Path, feeds: int, items: int, hosts: int, seed: int = 1) -> dict:
    """Write the corpus to ``out`` and return its manifest."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "feeds").mkdir(exist_ok=True)
    manifest: dict = {"feeds": [], "items": items, "hosts": hosts, "seed": seed}
    page_bytes = 0
    for fid in range(feeds):
        rng = random.Random(f"{seed}/{fid}")
        writer = Writer(rng)
        kind = "atom" if fid % 5 == 4 else "rss"
        site = f"{site_name(fid)} #{fid}"
        pages = out / "pages" / f"{fid:03d}"
        pages.mkdir(parents=True, exist_ok=True)
        entries = []
        for iid in range(items):
            when = EPOCH - timedelta(hours=fid % 24 + iid * 7, minutes=rng.randrange(60))
            lead = rng.choice(RIDERS)[0]
            title = writer.fill(rng.choice(HEADLINES), lead)
            paras = [writer.paragraph(lead)] + [
                writer.paragraph() for _ in range(rng.randint(4, 11))
            ]
            page = render_page(rng, site, fid, title, paras, when).encode()
            page_bytes += len(page)
            (pages / f"{iid:03d}.html").write_bytes(page)
            first = paras[0].split(". ")[0].rstrip(".") + "."
            entries.append(
                {
                    "title": title,
                    "link": f"{BASE_TOKEN}{page_path(fid, iid)}",
                    "guid": f"urn:bench:{seed}:{fid:03d}:{iid:03d}",
                    "rfc": email.utils.format_datetime(when, usegmt=True),
                    "iso": when.isoformat(),
                    "author": rng.choice(["Staff reporter", "Race desk", "Tech desk"]),
                    "category": rng.choice(SECTIONS[:4]),
                    "summary_html": f"<p>{html.escape(first)}</p>",
                }
            )
        (out / "feeds" / f"{fid:03d}.xml").write_text(
            render_feed(kind, site, fid, entries), encoding="utf-8"
        )
        manifest["feeds"].append({"id": fid, "kind": kind, "title": site, "host": fid % hosts})
    manifest["page_bytes"] = page_bytes
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


# -- server --------------------------------------------------------------------------------------


class Farm:
    """What every host serves; counters are shared by all hosts."""

    def __init__(self, root: Path, latency: float) -> None:
        self.root = root
        self.latency = latency
        self.bases: list[str] = []
        self.counts: dict[str, int] = {}
        self.lock = threading.Lock()
        self.inflight = 0
        self.busy_s = 0.0  # summed duration of all requests: / wall = mean concurrency
        self.feeds: dict[str, tuple[bytes, str, str]] = {}

    def count(self, key: str) -> None:
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1

    def enter(self) -> float:
        with self.lock:
            self.inflight += 1
            self.counts["max_inflight"] = max(self.counts.get("max_inflight", 0), self.inflight)
        return time.perf_counter()

    def leave(self, started: float) -> None:
        with self.lock:
            self.inflight -= 1
            self.busy_s += time.perf_counter() - started

    def load_feeds(self, manifest: dict) -> None:
        for feed in manifest["feeds"]:
            text = (self.root / "feeds" / f"{feed['id']:03d}.xml").read_text(encoding="utf-8")
            body = text.replace(BASE_TOKEN, self.bases[feed["host"]]).encode()
            ctype = "application/atom+xml" if feed["kind"] == "atom" else "application/rss+xml"
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            self.feeds[f"/feeds/{feed['id']:03d}.xml"] = (body, f"{ctype}; charset=utf-8", etag)

    def resource(self, path: str) -> tuple[bytes, str, str] | None:
        if path in self.feeds:
            return self.feeds[path]
        parts = path.strip("/").split("/")
        if (
            len(parts) == 3
            and parts[0] == "pages"
            and parts[1].isdigit()
            and parts[2].removesuffix(".html").isdigit()
        ):
            file = self.root / "pages" / parts[1] / parts[2]
            if file.is_file():
                body = file.read_bytes()
                # Stable per page without hashing 30 KB on every request.
                return body, "text/html; charset=utf-8", f'"p-{parts[1]}-{parts[2][:-5]}"'
        return None


def make_handler(farm: Farm) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls between header and body
        server_version = "bench-farm/1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def reply(self, code: int, body: bytes = b"", headers: tuple = ()) -> None:
            self.send_response(code)
            for key, value in headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body and self.command != "HEAD":
                self.wfile.write(body)
            farm.count(str(code))

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/_stats":
                with farm.lock:
                    stats = json.dumps({**farm.counts, "busy_ms": round(farm.busy_s * 1000)})
                    farm.counts["max_inflight"] = farm.inflight
                self.reply(200, stats.encode(), (("Content-Type", "application/json"),))
                return
            started = farm.enter()
            try:
                self.answer(path)
            finally:
                farm.leave(started)

        def answer(self, path: str) -> None:
            if farm.latency:
                time.sleep(farm.latency)
            found = farm.resource(path)
            if found is None:
                self.reply(404, b"not found\n", (("Content-Type", "text/plain"),))
                return
            body, ctype, etag = found
            validators = (("ETag", etag), ("Last-Modified", LAST_MODIFIED))
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            if (inm and etag in [t.strip() for t in inm.split(",")]) or (
                not inm and ims == LAST_MODIFIED
            ):
                self.reply(304, b"", validators)
                return
            self.reply(
                200,
                body,
                (("Content-Type", ctype), *validators, ("Cache-Control", "max-age=300")),
            )

        do_HEAD = do_GET

    return Handler


def write_lists(root: Path, manifest: dict, bases: list[str]) -> list[str]:
    urls = [f"{bases[f['host']]}/feeds/{f['id']:03d}.xml" for f in manifest["feeds"]]
    (root / "urls.txt").write_text("".join(u + "\n" for u in urls), encoding="utf-8")
    outlines = "".join(
        f'    <outline type="rss" text="{html.escape(f["title"])}" '
        f'title="{html.escape(f["title"])}" xmlUrl="{html.escape(u)}"/>\n'
        for f, u in zip(manifest["feeds"], urls, strict=True)
    )
    (root / "feeds.opml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0"><head><title>bench farm'
        f"</title></head><body>\n{outlines}</body></opml>\n",
        encoding="utf-8",
    )
    return urls


def serve(root: Path, latency_ms: float) -> None:
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    farm = Farm(root, latency_ms / 1000.0)
    ThreadingHTTPServer.request_queue_size = 256
    handler = make_handler(farm)
    servers = []
    for host in range(manifest["hosts"]):
        server = ThreadingHTTPServer((f"127.0.0.{host + 1}", 0), handler)
        server.daemon_threads = True
        servers.append(server)
    farm.bases = [f"http://127.0.0.{i + 1}:{s.server_address[1]}" for i, s in enumerate(servers)]
    farm.load_feeds(manifest)
    write_lists(root, manifest, farm.bases)
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    print(json.dumps({"ready": True, "bases": farm.bases}), flush=True)
    stop.wait()
    for server in servers:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write the corpus")
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--feeds", type=int, default=100)
    gen.add_argument("--items", type=int, default=50)
    gen.add_argument("--hosts", type=int, default=10)
    gen.add_argument("--seed", type=int, default=1)
    srv = sub.add_parser("serve", help="serve a generated corpus on loopback addresses")
    srv.add_argument("--dir", type=Path, required=True)
    srv.add_argument("--latency-ms", type=float, default=50.0)
    args = parser.parse_args(argv)
    if args.command == "generate":
        generate(args.out, args.feeds, args.items, args.hosts, args.seed)
    else:
        serve(args.dir, args.latency_ms)
    return 0


if __name__ == "__main__":
    sys.exit(main())
