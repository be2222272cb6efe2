"""List the most-mentioned actors of a set of articles with the code communique gives each, as a
Markdown table to be judged by hand (docs/evaluation.md, "Actors by hand").

    communique extract ../shared/data/polnear/data/dev/text -q --include-text -o dev.jsonl
    python scripts/list_actors.py dev.jsonl --top 60
    communique extract src/communique/samples -q --include-text -o samples.jsonl
    python scripts/list_actors.py samples.jsonl --top 40

It reads the records `communique extract` writes, so the actors judged are the ones a user gets
(dates from file names and datelines as the command finds them).

The unit is an actor as one article's record has it. Actors are ranked by their mentions in that
article; a name already listed from another article is skipped, so the list holds distinct
entities (the same person in thirty articles would otherwise fill it), each shown in the article
where it is mentioned most. Ties break on article id, then on the actor's first mention, so the
list is the same on every run. Each row carries the first mention's sentence, trimmed, so the
judge knows where to start reading.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from communique.schema import Article, article_from_dict


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


def _context(article: Article, start: int, width: int = 110) -> str:
    """The text around the first mention, on one line, with pipes escaped for Markdown."""
    left = max(0, start - width // 3)
    snippet = " ".join(article.text[left : left + width].split())
    return snippet.replace("|", "/")


def rows(articles: list[Article], top: int) -> Iterator[dict[str, object]]:
    total: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    ranked = []
    for article in articles:
        for actor in article.actors:
            key = _key(actor.name)
            total[key] += len(actor.mentions)
            spread[key] += 1
            first = min(m.span[0] for m in actor.mentions) if actor.mentions else 0
            ranked.append((-len(actor.mentions), article.id, first, actor, article))
    ranked.sort(key=lambda r: r[:3])
    seen: set[str] = set()
    for _, article_id, first, actor, article in ranked:
        key = _key(actor.name)
        if key in seen:
            continue
        seen.add(key)
        yield {
            "article": article_id,
            "name": actor.name,
            "kind": actor.kind,
            "mentions": len(actor.mentions),
            "all": total[key],
            "articles": spread[key],
            "country": actor.country or "—",
            "sector": actor.sector or "—",
            "basis": actor.basis or "—",
            "reason": (actor.reason or "").replace("|", "/"),
            "context": _context(article, first),
        }
        if len(seen) >= top:
            return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path, help="JSON Lines written by communique extract")
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args()
    with args.records.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    if any("text" not in r for r in records):
        parser.error("the records carry no text: run communique extract with --include-text")
    articles = [article_from_dict(r, r["text"]) for r in records]
    top = args.top
    columns = [
        "#",
        "article",
        "name",
        "kind",
        "mentions",
        "all",
        "country",
        "sector",
        "basis",
        "reason",
        "first mention",
    ]
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for n, row in enumerate(rows(articles, top), 1):
        cells = [
            n,
            row["article"],
            row["name"],
            row["kind"],
            row["mentions"],
            f"{row['all']} in {row['articles']}",
            row["country"],
            row["sector"],
            row["basis"],
            row["reason"],
            row["context"],
        ]
        print("| " + " | ".join(str(c) for c in cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
