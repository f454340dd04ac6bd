"""Mention matcher benchmark: precision and recall on three text sets, load time, speed.

Run as ``.venv/bin/python benchmarks/mentions.py [--quiet] [--no-demo] [--feedfarm PATH]
[--real DIR]`` from the repository root. Scores are micro-averaged over per-article entity sets
(entity ids).

- **corpus**: ``tests/data/mentions/*.json`` (``{"text", "gold": [{"id", "kind"}]}``), written by
  the matcher's authors. A passage lists the kinds its gold is complete for in ``"annotated"``
  (default ``["rider", "team"]``).
- **corpus races**: the race mentions (``"kind": "race"``) of the passages annotated for races,
  scored alone. The other lines score riders and teams only, so that their figures stay
  comparable with the releases before races.
- **demo** (on by default, ``--no-demo`` skips it): the 35 offline demo articles
  (``src/leadout_tui/data/demo/pages``), text extracted with ``extract_article`` (title + blocks),
  gold from ``tools/demo/gold.json``.
- **real pages** (``--real DIR``, the unpacked set of ``../shared/data/real-pages-trafilatura``):
  990 web pages nobody here wrote, in many languages, of which only :data:`CYCLING_PAGES` are
  about cycling (found by searching the extracted texts for cycling words, then read). Every
  rider, team or race found on the others is a false mention by construction; the line gives
  how many, on how many pages, per 10,000 words, read in the 2020 season (when most of the
  pages were written and more of the data's riders raced) and in the data's newest, with the
  words matched most often.
- **feedfarm** (``--feedfarm PATH_TO/feedfarm.py``): a generated feed farm (20 feeds x 20 items,
  fixed seed) in a temporary directory; gold from its ``truth/*/*.json``. Text is extracted from
  the article pages like the demo's.

Gold names are press names; they are resolved to entity ids with ``Names.lookup`` (one
candidate needed). Equivalences, all at entity level:

- ``former_teams`` ("Team Sky", "Jumbo-Visma") resolve to the current team entity, since the
  gazetteer keeps one entity per licence lineage; ``retired_riders`` are riders like any other.
- A team name the men's and women's squads share ("Lidl-Trek", "Movistar", "Team Picnic
  PostNL") counts as found when either squad is found: the gold has no gender. Finding both
  squads for one name counts once, not as a false positive.
- A gold name the gazetteer cannot resolve to exactly one entity is counted as missed
  (shown as ``?name``), never silently dropped.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from leadout_tui.core.extract.article import extract_article  # noqa: E402
from leadout_tui.core.models import Document  # noqa: E402
from leadout_tui.core.names.folding import key  # noqa: E402
from leadout_tui.core.names.loader import Names, load_names  # noqa: E402
from leadout_tui.core.names.matcher import MentionMatcher  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "mentions"
DEMO_PAGES = ROOT / "src" / "leadout_tui" / "data" / "demo" / "pages"
DEMO_GOLD = ROOT / "tools" / "demo" / "gold.json"
TARGET_BYTES = 10_000_000
FEEDFARM_SEED = "1"

#: Gold names whose lookup is ambiguous or differs from the press usage: name -> entity id.
GOLD_OVERRIDES: dict[str, str] = {}

#: One gold entity: the ids that count as finding it (one, or the men's and women's squads).
Gold = frozenset[str]
Passage = tuple[str, str, list[Gold]]
NAME_KINDS = frozenset({"rider", "team"})
RACE_KINDS = frozenset({"race"})


def load_corpus(kinds: frozenset[str] = NAME_KINDS) -> list[Passage]:
    """The corpus passages annotated for ``kinds``, with their gold of those kinds."""
    passages = []
    for path in sorted(CORPUS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not kinds <= set(data.get("annotated", NAME_KINDS)):
            continue
        gold = [frozenset({g["id"]}) for g in data["gold"] if g["kind"] in kinds]
        passages.append((path.stem, data["text"], gold))
    return passages


def resolve(names_: Names, names: Iterable[str], kind: str) -> list[Gold]:
    """One alternative set per gold name (``{"?name"}`` when it does not resolve)."""
    result = []
    for name in names:
        if name in GOLD_OVERRIDES:
            result.append(frozenset({GOLD_OVERRIDES[name]}))
            continue
        found = names_.lookup(name, kind)
        if kind == "team":
            # A name the men's and women's squads share ("Lidl-Trek", "Movistar"): the gold
            # does not say which, so either counts.
            wanted = key(name)
            found += [e for e in names_.gazetteer.entities.values() if e.kind == "team"
                      and wanted in {key(n) for n in e.all_names}]  # fmt: skip
            ids = {e.id for e in found}
            if len({names_.gazetteer.entities[i].gender for i in ids}) == len(ids):
                result.append(frozenset(ids))
                continue
        result.append(frozenset({found[0].id}) if len(found) == 1 else frozenset({f"?{name}"}))
    return result


def page_text(path: Path, url: str) -> str:
    return page_text_of(path.read_bytes(), url)


def page_text_of(html: bytes, url: str) -> str:
    article = extract_article(html, url)
    return Document(article.title or "", article.blocks).text


def load_demo(gazetteer: Names) -> list[Passage]:
    gold = json.loads(DEMO_GOLD.read_text(encoding="utf-8"))
    passages = []
    for url_path, names in gold.items():
        path = DEMO_PAGES / url_path.lstrip("/")
        if url_path.endswith("/"):
            path = path / "index.html"
        ids = resolve(gazetteer, [*names["riders"], *names["retired_riders"]], "rider")
        ids += resolve(gazetteer, [*names["teams"], *names["former_teams"]], "team")
        passages.append((url_path, page_text(path, "https://demo.example" + url_path), ids))
    return passages


def load_feedfarm(gazetteer: Names, script: Path, out: Path) -> list[Passage]:
    subprocess.run([sys.executable, str(script), "generate", "--out", str(out), "--feeds", "20",
                    "--items", "20", "--seed", FEEDFARM_SEED],
                   check=True, capture_output=True)  # fmt: skip
    passages = []
    for truth in sorted((out / "truth").glob("*/*.json")):
        data = json.loads(truth.read_text(encoding="utf-8"))
        page = out / "articles" / data["url"].removeprefix("/a/")
        ids = resolve(gazetteer, data["riders"], "rider")
        ids += resolve(gazetteer, data["teams"], "team")
        text = page_text(page, "https://feedfarm.example" + data["url"])
        passages.append((data["url"], text, ids))
    return passages


#: The pages of the real-page set that are about cycling (mountain biking, a road pro's crash).
CYCLING_PAGES = frozenset(
    {
        "https://trails.de/mountainbikeregion/ischgl/",
        "https://www.bike-magazin.de/mtb_news/szene_news/strava-update-poi-bei-routen",
        "https://www.mtb-news.de/news/reifen-tubeless-montieren/",
        "https://www.tour-magazin.de/profisport/news/nach-unfall-auf-intensivstation-bernal-kaempft-um-karriere/a51346.html",
        "https://ebike-mtb.com/advanced-offroad-pro-race-mtb-fs-test/",
    }
)


def off_topic(matcher: MentionMatcher, root: Path) -> None:
    """False mentions on the real pages that are not about cycling (see the module's doc)."""
    from real_pages import load_real_pages

    texts = [
        page_text_of(page.html, page.url)
        for page in load_real_pages(root)
        if page.url not in CYCLING_PAGES
    ]
    words = sum(len(text.split()) for text in texts)
    print(f"== real pages not about cycling: {len(texts)} pages, {words:,} words ==")
    for season in (2020, matcher.index.current):
        found = [(text, matcher.find(text, season)) for text in texts]
        spans = [(text[m.start : m.end], m.kind) for text, ms in found for m in ms]
        kinds = Counter(kind for _, kind in spans)
        pages = sum(1 for _, ms in found if ms)
        print(f"season {season}: {len(spans)} false mentions ({kinds['rider']} riders, "
              f"{kinds['team']} teams, {kinds['race']} races) on {pages} pages, "
              f"{len(spans) / words * 10_000:.1f} per 10,000 words")  # fmt: skip
        common = Counter(surface for surface, _ in spans).most_common(12)
        print("  most often: " + ", ".join(f"{surface} {n}" for surface, n in common))
    print()


def score(
    label: str,
    matcher: MentionMatcher,
    passages: list[Passage],
    quiet: bool,
    kinds: frozenset[str] = NAME_KINDS,
) -> None:
    """Precision and recall over the mentions of ``kinds`` (the others are not scored)."""
    info = matcher.index.info
    tp = fp = fn = 0
    print(f"== {label} ==")
    for name, text, gold in passages:
        found = {m.entity_id for m in matcher.find(text) if m.kind in kinds}
        hits = [g for g in gold if g & found]
        missed = {min(g) for g in gold if not g & found}
        extra = found - {i for g in gold for i in g}
        tp, fp, fn = tp + len(hits), fp + len(extra), fn + len(missed)
        if not quiet or extra or missed:
            flag = "ok " if not (extra or missed) else "ERR"
            print(f"{flag} {name[-48:]:48s} found {len(found):2d} gold {len(gold):2d}"
                  + (f"  extra {sorted(_label(info, e) for e in extra)}" if extra else "")
                  + (f"  missed {sorted(_label(info, e) for e in missed)}"
                     if missed else ""))  # fmt: skip
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"{label}: passages {len(passages)}  entities: gold {tp + fn}, found {tp + fp}, "
          f"correct {tp}\n{label}: precision {precision:.3f}  recall {recall:.3f}\n")  # fmt: skip


def _label(info: dict, entity_id: str) -> str:
    row = info.get(entity_id)
    return f"{row.name} ({entity_id})" if row else entity_id


def speed(gazetteer: Names, matcher: MentionMatcher, texts: list[str]) -> None:
    size = sum(len(t.encode("utf-8")) for t in texts)
    repeat = max(1, TARGET_BYTES // size)
    started = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            matcher.find(text)
    elapsed = time.perf_counter() - started
    print(f"throughput {repeat * size / 1e6 / elapsed:.2f} MB/s "
          f"({repeat * size / 1e6:.1f} MB as {repeat * len(texts)} passages)")  # fmt: skip
    big = "\n\n".join(texts) * max(1, 2_000_000 // size)
    started = time.perf_counter()
    matcher.find(big)
    elapsed = time.perf_counter() - started
    big_mb = len(big.encode("utf-8")) / 1e6
    print(f"throughput {big_mb / elapsed:.2f} MB/s (one {big_mb:.1f} MB text)")


def main(argv: list[str]) -> None:
    quiet = "--quiet" in argv
    started = time.perf_counter()
    gazetteer = load_names()
    matcher = gazetteer.matcher
    cold_ms = (time.perf_counter() - started) * 1000
    with tempfile.TemporaryDirectory() as cache:
        load_names(cache_dir=Path(cache))  # fills the cache
        started = time.perf_counter()
        _ = load_names(cache_dir=Path(cache)).matcher
        warm_ms = (time.perf_counter() - started) * 1000
    passages = load_corpus()
    score("corpus", matcher, passages, quiet)
    score("corpus races", matcher, load_corpus(RACE_KINDS), quiet, RACE_KINDS)
    if "--no-demo" not in argv:
        score("demo", matcher, load_demo(gazetteer), quiet)
    if "--feedfarm" in argv:
        script = Path(argv[argv.index("--feedfarm") + 1])
        with tempfile.TemporaryDirectory() as out:
            score("feedfarm", matcher, load_feedfarm(gazetteer, script, Path(out)), quiet)
    if "--real" in argv:
        off_topic(matcher, Path(argv[argv.index("--real") + 1]))
    print(f"entities {len(gazetteer.gazetteer)}  load + matcher index: {cold_ms:.0f} ms cold, "
          f"{warm_ms:.0f} ms from the cache")  # fmt: skip
    speed(gazetteer, matcher, [text for _, text, _ in passages])
    picker_search(gazetteer)


def picker_search(gazetteer: Names) -> None:
    """The rider picker's search, as a user types: milliseconds per query (target < 5 ms)."""
    queries = ["p", "po", "pog", "poga", "van d", "mads p", "yat", "evenep", "lidl", "q"]
    started = time.perf_counter()
    for _ in range(10):
        for query in queries:
            gazetteer.search(query)
    per_query_ms = (time.perf_counter() - started) * 1000 / (10 * len(queries))
    print(f"picker search {per_query_ms:.2f} ms/query ({len(queries)} typed prefixes)")


if __name__ == "__main__":
    main(sys.argv[1:])
