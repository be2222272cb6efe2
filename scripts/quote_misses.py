"""Sort the gold attributions the quote finder misses into kinds, with counts: the reading behind
the "indirect content" section of docs/evaluation.md.

For every gold attribution of the chosen kind (indirect by default, as the scorer's surface
heuristic tells it) that the scorer's one-to-one overlap match leaves unmatched, the prediction
sharing most characters with it says why:

- no prediction shares a character and none has its cue: **no cue**;
- a prediction has its cue but its content lies elsewhere: **cue found, content elsewhere**;
- the prediction also covers another gold attribution and is longer: **merged**;
- it holds nine tenths of the gold content and more: **too long** (the extra before or after);
- nine tenths of it lie inside a longer gold content: **too short** (the part missed before or
  after, or a gold content over several sentences);
- otherwise **shifted**.

Each missed attribution is also counted by order (the cue before or after its content), by an
"according to" cue and by the last word of its cue. Run it on PolNeAR train articles only (the
held-back ones, configs/quotes/heldout.txt): reading dev's misses would fit rules to the
measuring set, so a folder named ``dev`` or ``test`` is refused.

    python scripts/quote_misses.py HELD_BACK_FOLDER [--kind indirect] [--examples FILE]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from communique.eval import polnear as P
from communique.eval.brat import AnnotatedText, Attribution, load_split

#: Share of one span that must lie inside the other for "too long" and "too short".
INSIDE = 0.9
#: A sentence break inside a gold content (an end mark, a closing quotation mark, a capital).
SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[A-Z\"\u201c]")


def kind_of_miss(
    text: str,
    gold: Attribution,
    others: list[P.Pieces],
    predicted: list[P.Predicted],
    contents: list[P.Pieces],
    pieces: P.Pieces,
) -> tuple[str, int | None]:
    """The kind of one missed gold content ``pieces`` and the prediction that tells it.

    ``others``: the article's other gold contents; ``contents``: the predictions' trimmed
    contents, in the order of ``predicted``.
    """
    shared = [(P.intersection(pieces, c), k) for k, c in enumerate(contents)]
    shared = [(n, k) for n, k in shared if n]
    if not shared:
        for k, p in enumerate(predicted):
            if p.cue and gold.cue and P.touches(gold.cue, p.cue):
                return "cue found, content elsewhere", k
        return "no cue", None
    inter, k = max(shared)
    mine = contents[k]
    gold_len, mine_len = P.length(pieces), P.length(mine)
    if mine_len > gold_len and any(P.intersection(o, mine) for o in others):
        return "merged", k
    start, end = pieces[0][0], pieces[-1][1]
    mine_start, mine_end = mine[0][0], mine[-1][1]
    if inter >= INSIDE * gold_len and mine_len > gold_len:
        side = "before" if start - mine_start > mine_end - end else "after"
        return f"too long, extra {side}", k
    if inter >= INSIDE * mine_len and gold_len > mine_len:
        if SENTENCE_BREAK.search(text, start, end):
            return "too short, gold over sentences", k
        side = "before" if mine_start - start > end - mine_end else "after"
        return f"too short, missed {side}", k
    return "shifted", k


def misses(
    annotated: AnnotatedText, predicted: list[P.Predicted], kind: str
) -> list[tuple[str, str, Attribution, P.Pieces, str]]:
    """(kind of miss, order, gold, its trimmed content, the telling prediction's text) of
    each missed gold attribution of ``kind`` in one article, scored as the scorer does."""
    text = annotated.text
    predicted = P.merge_by_cue([p for p in predicted if not p.nested])
    gold = [P.trimmed(text, g.content) for g in annotated.attributions]
    contents = [P.trimmed(text, p.content) for p in predicted]
    matched = {gi for gi, _, _ in P.match_one_to_one(gold, contents)}
    out = []
    for gi, attribution in enumerate(annotated.attributions):
        pieces = gold[gi]
        if gi in matched or not pieces or P.gold_kind(text, attribution.content) != kind:
            continue
        others = [g for gj, g in enumerate(gold) if gj != gi]
        why, k = kind_of_miss(text, attribution, others, predicted, contents, pieces)
        cue_start = attribution.cue[0][0] if attribution.cue else None
        order = (
            "content first" if cue_start is not None and cue_start > pieces[0][0] else "cue first"
        )
        told = " | ".join(text[s:e] for s, e in contents[k]) if k is not None else ""
        out.append((why, order, attribution, pieces, told))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a PolNeAR-shaped folder (attributions/, text/)")
    parser.add_argument("--kind", default="indirect", choices=("indirect", "direct", "mixed"))
    parser.add_argument("--examples", type=Path, help="write every miss, by kind, to this file")
    args = parser.parse_args(argv)
    if args.folder.resolve().name in ("dev", "test"):
        print("quote_misses: dev and test are for measuring only", file=sys.stderr)
        return 2
    gold = load_split(args.folder)
    predictions = dict(P._communique_predictions(gold, None))
    found: list[tuple[str, str, Attribution, P.Pieces, str, str]] = []
    total = 0
    for annotated in gold:
        total += sum(
            1 for g in annotated.attributions if P.gold_kind(annotated.text, g.content) == args.kind
        )
        for why, order, attribution, pieces, told in misses(
            annotated, predictions.get(annotated.stem) or [], args.kind
        ):
            found.append((why, order, attribution, pieces, told, annotated.text))
    print(f"{args.kind} gold attributions {total}, missed {len(found)}")
    cues = [" ".join(f[5][s:e] for s, e in f[2].cue).lower() for f in found]
    for name, counts in (
        ("kind of miss", Counter(f[0] for f in found)),
        ("order", Counter(f[1] for f in found)),
        ("last word of the cue", Counter(c.split(" ")[-1] or "(none)" for c in cues)),
    ):
        print(f"\n{name}:")
        for key, n in counts.most_common(25):
            print(f"  {n:5d}  {key}")
    print(f"\n'according to' cues: {sum('according' in c for c in cues)}")
    if args.examples is not None:
        with args.examples.open("w", encoding="utf-8") as out:
            for why in sorted({f[0] for f in found}):
                out.write(f"\n## {why}\n")
                for _, order, attribution, pieces, told, text in (f for f in found if f[0] == why):
                    cue = " ".join(text[s:e] for s, e in attribution.cue)
                    content = " | ".join(text[s:e] for s, e in pieces)
                    out.write(f"[{order}] cue={cue!r}\n  gold: {content}\n  ours: {told}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
