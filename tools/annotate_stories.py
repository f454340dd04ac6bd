#!/usr/bin/env python3
"""Fill the ``entities`` of the story corpus (``tests/data/stories/*.json``) with what the real
matcher finds in each article's title and lead, as the store keeps an article's mentions.

Usage: ``python tools/annotate_stories.py`` (rewrites the file) or ``--check`` (exit 1 when the
stored entities are not what the matcher finds now: rerun after a gazetteer or matcher change).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from leadout_tui.core.models import Block, Document  # noqa: E402
from leadout_tui.core.names.loader import load_names  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "stories"


def annotate(articles: list[dict[str, object]]) -> list[dict[str, object]]:
    matcher = load_names().matcher
    out = []
    for article in articles:
        text = Document(str(article["title"]), (Block("paragraph", str(article["lead"])),)).text
        found = sorted({span.entity_id for span in matcher.find(text)})
        out.append({**article, "entities": found})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args()
    stale = []
    for path in sorted(CORPUS.glob("*.json")):
        articles = json.loads(path.read_text(encoding="utf-8"))
        annotated = annotate(articles)
        if args.check:
            ids = [a["id"] for a, b in zip(articles, annotated, strict=True) if a != b]
            stale += [f"{path.name}: articles {ids}"] if ids else []
        else:
            text = json.dumps(annotated, ensure_ascii=False, indent=1) + "\n"
            path.write_text(text, encoding="utf-8")
    for line in stale:
        print(f"stale entities in {line}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
