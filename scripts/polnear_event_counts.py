"""Count the events communique codes on a folder of article texts (PolNeAR dev by default), by
type, and list every ASSAULT the text says happened (asserted or reported) with its sentence and
the evidence the coder gave: the measurement behind docs/evaluation.md ("ASSAULT on PolNeAR dev").

    python scripts/polnear_event_counts.py [../shared/data/polnear/data/dev/text]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from communique.pipeline import Extractor
from communique.schema import Document

HAPPENED = ("asserted", "reported")


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "../shared/data/polnear/data/dev/text")
    paths = sorted(folder.glob("*.txt"))
    docs = [Document(id=p.stem, text=p.read_text(encoding="utf-8")) for p in paths]
    counts: Counter[tuple[str, bool]] = Counter()
    listed = []
    for article in Extractor().extract_many(docs):
        for event in article.events:
            happened = event.modality in HAPPENED
            counts[(event.type, happened)] += 1
            if event.type == "ASSAULT" and happened:
                start, end = event.sentence
                sentence = " ".join(article.text[start:end].split())
                listed.append((article.id, event.modality, event.trigger.text, sentence))
    total = sum(counts.values())
    happened_total = sum(n for (_, h), n in counts.items() if h)
    print(f"{len(docs)} texts, {total} events, {happened_total} asserted or reported")
    for (kind, _), n in sorted(((k, n) for k, n in counts.items() if k[1]), key=lambda x: -x[1]):
        print(f"  {kind}: {n}")
    print(f"{len(listed)} ASSAULT asserted or reported:")
    for n, (doc_id, modality, trigger, sentence) in enumerate(listed, 1):
        print(f"{n}\t{doc_id}\t{modality}\t{trigger}\t{sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
