"""Score the events communique tells as happened against a sample judged by hand.

The sample is a TSV (docs/samples/campaign_news_fifth_sample.tsv) with one row per event an
earlier build told as asserted or reported: its article (the PolNeAR text's stem), the
trigger's character offset, type and modality, and a hand judgment against the PLOVER manual:

    R  right: the type is right and the event happened
    P  the type is right and it happened, but a participant is wrong
    T  a wrong type            M  a wrong modality (it did not happen as told)
    N  no event at all

An event of the current build is matched to a judged row by (article, offset, type, modality);
events with no judged row are listed as new, to be judged before they count. This is the
measurement behind the campaign-news samples in docs/evaluation.md.

    python scripts/score_judged_events.py docs/samples/campaign_news_fifth_sample.tsv \\
        ../shared/data/polnear/data/train/text
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from communique.pipeline import Extractor
from communique.schema import Document

HAPPENED = ("asserted", "reported")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-2].strip(), file=sys.stderr)
        return 2
    sample, folder = Path(argv[0]), Path(argv[1])
    with sample.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    judged = {(r["article"], r["offset"], r["type"], r["modality"]): r["judgment"] for r in rows}
    stems = sorted({r["article"] for r in rows})
    docs = [
        Document(id=stem, text=(folder / f"{stem}.txt").read_text(encoding="utf-8"))
        for stem in stems
    ]
    kept: Counter[str] = Counter()
    new = 0
    for article in Extractor().extract_many(docs):
        for event in article.events:
            if event.modality not in HAPPENED:
                continue
            key = (article.id, str(event.trigger.span[0]), event.type, event.modality)
            if key in judged:
                kept[judged[key]] += 1
                continue
            new += 1
            start, end = event.sentence
            sentence = " ".join(article.text[start:end].split())
            print(f"new\t{article.id}\t{event.type}\t{event.trigger.text}\t{sentence}")
    total = sum(kept.values())
    right = kept["R"]
    print(f"{len(rows)} judged events in {len(docs)} articles; {total} still told as happened")
    share = 100 * right / max(total, 1)
    print(f"right {right} of {total} ({share:.1f} %); by judgment {dict(kept)}")
    print(f"{new} events not in the sample (judge them before counting them)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
