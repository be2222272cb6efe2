"""Count how often each verb, used in each frame, is an attribution cue in PolNeAR train.

This is communique's trained part (``make train-quotes``): for every verb in
the training articles, the grammar decides its frame (``clause``: "said that
...", ``object``: "criticised Moscow", ``parataxis``: "..., he argued, ...")
and the annotation says whether an annotator marked it as a cue. The counts
go to ``src/communique/data/cue_stats.tsv.gz``; the quote finder takes a verb
as a cue when its share of cue uses in that frame reaches a threshold.

Only the train split is read (the dev split is for reporting, the test split
is held out). Counts are facts about word use; no text is shipped.

    python scripts/build_cue_stats.py ../shared/data/polnear/data/train
    python scripts/build_cue_stats.py TRAIN --skip 120   # leave articles out to tune on
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, DocBin

from communique import nlp as nlp_mod
from communique.eval.brat import AnnotatedText, load_split
from communique.quotes import grammar

OUT = Path(__file__).resolve().parent.parent / "src" / "communique" / "data" / "cue_stats.tsv.gz"
#: Rows seen fewer times than this are not shipped (the finder ignores them anyway).
MIN_SEEN = 3


def cue_tokens(doc: Doc, annotated: AnnotatedText) -> set[int]:
    """Indices of tokens inside a gold cue."""
    marked: set[int] = set()
    for attribution in annotated.attributions:
        for start, end in attribution.cue:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                marked.update(range(span.start, span.end))
    return marked


def count(docs: list[Doc], gold: list[AnnotatedText]) -> Counter[tuple[str, str, bool]]:
    counts: Counter[tuple[str, str, bool]] = Counter()
    for doc, annotated in zip(docs, gold, strict=True):
        marked = cue_tokens(doc, annotated)
        for token in doc:
            if token.pos_ not in ("VERB", "AUX"):
                continue
            frame = grammar.frame_of(token)
            if frame == "none":
                continue
            counts[(token.lemma_.lower(), frame, token.i in marked)] += 1
    return counts


def parse(gold: list[AnnotatedText], cache: Path | None) -> list[Doc]:
    nlp = nlp_mod.load()
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(gold):
            return docs
    docs = list(nlp.pipe((a.text for a in gold), batch_size=32))
    if cache is not None:
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(cache)
    return docs


def write(counts: Counter[tuple[str, str, bool]], out: Path, source: str) -> int:
    seen: Counter[tuple[str, str]] = Counter()
    cue: Counter[tuple[str, str]] = Counter()
    for (lemma, frame, is_cue), n in counts.items():
        seen[(lemma, frame)] += n
        if is_cue:
            cue[(lemma, frame)] += n
    rows = sorted(
        (lemma, frame, cue[(lemma, frame)], n)
        for (lemma, frame), n in seen.items()
        if n >= MIN_SEEN and cue[(lemma, frame)] > 0
    )
    with gzip.GzipFile(out, "wb", mtime=0) as raw:
        raw.write(
            (
                "# communique cue statistics: lemma, frame, times a gold cue, times seen.\n"
                f"# Counted by scripts/build_cue_stats.py on {source} of the PolNeAR v1.0.0\n"
                "# train split (github.com/networkdynamics/PolNeAR); word-use counts only.\n"
            ).encode()
        )
        for lemma, frame, c, n in rows:
            raw.write(f"{lemma}\t{frame}\t{c}\t{n}\n".encode())
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path, help="PolNeAR train split (text/ and attributions/)")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N articles")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cache", type=Path, help="DocBin of the parsed split (made if missing)")
    args = parser.parse_args()
    if "test" in args.train.parts:
        parser.error("the PolNeAR test split is held out: count on train only")
    gold = load_split(args.train)
    docs = parse(gold, args.cache)
    counts = count(docs[args.skip :], gold[args.skip :])
    source = f"{len(gold) - args.skip} articles"
    n = write(counts, args.out, source)
    print(f"wrote {args.out} ({n} rows from {source})")


if __name__ == "__main__":
    main()
