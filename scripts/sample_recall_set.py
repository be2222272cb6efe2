"""Draw the sentences of the PolNeAR-train recall set (tests/data/recall_polnear_train.jsonl).

A recall figure needs sentences nobody chose for what the coder does with them, so the set is a
seeded uniform draw over the sentences of PolNeAR train, leaving out the articles held back for
quote thresholds (configs/quotes/heldout.txt). Sentences are cut by a plain rule (end
punctuation followed by a capital, not after a title or initial such as "Sen." or "D.C.") and
kept when they have at least five words; the cut does not need to match the pipeline's, since a
coded event belongs to a labelled sentence when its trigger lies inside the sentence's span.

    python scripts/sample_recall_set.py ../shared/data/polnear/data/train/text          # print
    python scripts/sample_recall_set.py ../shared/data/polnear/data/train/text --check  # compare

``--check`` confirms that the labelled file holds exactly the sentences of the draw.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 53
SIZE = 120
MIN_WORDS = 5
LABELS = Path("tests/data/recall_polnear_train.jsonl")
HELD = Path("configs/quotes/heldout.txt")

#: A sentence ends at . ! or ? (and any closing quote or bracket) before a capital or digit.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
#: Words whose full stop is an abbreviation, not a sentence end: titles, months, US state
#: abbreviations as newspapers write them, initials.
_ABBREVIATION = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Reps|Gov|Lt|Gen|Col|Sgt|St|Jr|Sr|Prof|Rev|Capt|No|Jan|Feb|Mar|Apr"
    r"|Aug|Sept?|Oct|Nov|Dec|Calif|Fla|Mass|Ariz|Pa|Va|Ill|Mich|Wis|Minn|Ore|Wash|Conn|Tenn|Ky"
    r"|Ga|Ala|Colo|Nev|Okla|Mo|Md|Del|Ind|Iowa|Kan|Neb|vs|etc|Inc|Co|Corp|Ltd|Ave|Blvd|[A-Z]"
    r"|(?:[A-Z]\.)+[A-Z]|U\.S|D\.C|N\.J|N\.Y|N\.H|S\.C|N\.C)\."
)
_CLOSERS = '"”’)'


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one article, paragraph by paragraph."""
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        para, base = paragraph.group(0), paragraph.start()
        cuts: list[tuple[int, int]] = []
        last = 0
        for boundary in _BOUNDARY.finditer(para):
            words = para[: boundary.start()].split()
            if words and _ABBREVIATION.fullmatch(words[-1].lstrip('("“‘')):
                continue
            cuts.append((last, boundary.start()))
            last = boundary.end()
        cuts.append((last, len(para)))
        for start, end in cuts:
            while end < len(para) and para[end] in _CLOSERS:
                end += 1
            piece = para[start:end]
            if len(piece.split()) < MIN_WORDS:
                continue
            lead = len(piece) - len(piece.lstrip())
            spans.append((base + start + lead, base + start + len(piece.rstrip())))
    return spans


def draw(folder: Path, held: set[str]) -> list[dict[str, object]]:
    """The seeded sample: SIZE sentences, in corpus order."""
    pool: list[tuple[str, int, int, str]] = []
    for path in sorted(folder.glob("*.txt")):
        if path.stem in held:
            continue
        text = path.read_text(encoding="utf-8")
        pool.extend((path.stem, s, e, text[s:e]) for s, e in sentences(text))
    chosen = sorted(random.Random(SEED).sample(range(len(pool)), SIZE))
    return [
        {"doc": pool[i][0], "start": pool[i][1], "end": pool[i][2], "text": pool[i][3]}
        for i in chosen
    ]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[-4].strip(), file=sys.stderr)
        return 2
    held = {
        line.strip()
        for line in HELD.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    sample = draw(Path(argv[0]), held)
    if "--check" in argv:
        labelled = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
        keys = ("doc", "start", "end", "text")
        same = [{k: r[k] for k in keys} for r in labelled] == sample
        print("recall set matches the draw" if same else "recall set differs from the draw")
        return 0 if same else 1
    for row in sample:
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
