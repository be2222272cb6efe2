"""Score the coder on a recall set (tests/data/recall_polnear_train.jsonl by default).

By default each labelled sentence is read inside its whole article (the articles are PolNeAR
train texts under FOLDER), as the coder meets it in use; ``--alone`` reads every sentence as a
text of its own, which is what tests/test_recall_set.py does because it is quick. Prints the
figures of communique.eval.recall, recall by type, then every labelled event not found and every
coded event with no label, for reading the misses.

    python scripts/score_recall_set.py [--set FILE] [--alone] [FOLDER]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from communique.eval.recall import in_sentence, read_recall_set, score
from communique.pipeline import Extractor
from communique.schema import Document, Event

DEFAULT_SET = Path("tests/data/recall_polnear_train.jsonl")
DEFAULT_FOLDER = Path("../shared/data/polnear/data/train/text")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} ({part}/{whole})" if whole else "  -  (0/0)"


def _event(event: Event) -> str:
    actor = "; ".join(p.name for p in event.actor)
    recipient = "; ".join(p.name for p in event.recipient)
    return f"{event.type} {event.modality} '{event.trigger.text}' [{actor}] -> [{recipient}]"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="the labelled recall set")
    parser.add_argument("--alone", action="store_true", help="read each sentence on its own")
    parser.add_argument(
        "folder", nargs="?", type=Path, default=DEFAULT_FOLDER, help="the articles' texts"
    )
    options = parser.parse_args(argv)
    path, alone, folder = options.set, options.alone, options.folder
    sentences = read_recall_set(path)
    coded: dict[str, list[Event]] = {}
    extractor = Extractor()
    if alone:
        docs = [Document(id=s.id, text=s.text) for s in sentences]
        for article in extractor.extract_many(docs):
            coded[article.id] = list(article.events)
    else:
        stems = sorted({s.doc for s in sentences})
        docs = [
            Document(id=d, text=(folder / f"{d}.txt").read_text(encoding="utf-8")) for d in stems
        ]
        by_doc = {article.id: list(article.events) for article in extractor.extract_many(docs)}
        for s in sentences:
            coded[s.id] = in_sentence(s, by_doc[s.doc])
    report = score(sentences, coded)
    print(f"{path}: {report.sentences} sentences, {report.labelled} labelled events")
    print(f"  recall (type)            {_pct(report.found, report.labelled)}")
    print(f"  recall (type+actor)      {_pct(report.found_actor, report.labelled)}")
    print(f"  found: recipient agrees  {_pct(report.found_recipient, report.found)}")
    print(f"  found: same modality     {_pct(report.same_modality, report.found)}")
    print(f"  precision (all coded)    {_pct(report.coded_paired, report.coded)}")
    print(f"  precision (happened)     {_pct(report.happened_paired, report.happened)}")
    print("  by type: labelled, found, found with actor")
    for kind, (n, found, actor) in sorted(report.by_type.items()):
        print(f"    {kind:10} {n:3} {found:3} {actor:3}")
    print("  coded types: " + ", ".join(f"{k} {n}" for k, n in report.coded_types.most_common()))
    print("\nmissed:")
    for pairing in report.pairings:
        for label in pairing.missed():
            print(
                f"  {pairing.sentence.id}\t{label.type} {label.modality} '{label.trigger}' "
                f"[{label.actor}] -> [{label.recipient}]\t{pairing.sentence.text}"
            )
    print("\ncoded, no label:")
    for pairing in report.pairings:
        for event in pairing.unpaired():
            print(f"  {pairing.sentence.id}\t{_event(event)}\t{pairing.sentence.text}")
    print("\nfound:")
    for pairing in report.pairings:
        for i, j in sorted(pairing.pairs.items()):
            label = pairing.sentence.events[i]
            print(
                f"  {pairing.sentence.id}\t[{label.actor}] -> [{label.recipient}] "
                f"{label.modality}\t{_event(pairing.coded[j])}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
