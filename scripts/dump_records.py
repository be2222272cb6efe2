"""Dump the records communique gives for fixed texts, to compare two versions of the engine.

Usage::

    python scripts/dump_records.py dump OUT_DIR [--shared ../shared]
    python scripts/dump_records.py compare BEFORE_DIR AFTER_DIR

``dump`` writes one JSON Lines file per text set, each record ``to_dict()``
with sorted keys, one record per line, in input order:

- ``samples.jsonl``: every bundled sample (``communique/samples``, the corpus
  folder included), read as ``communique extract`` reads them;
- ``samples_dated.jsonl``: the same with ``--date 2022-02-18`` as ``make
  demo-extract`` passes it (relative dates anchored by the option);
- ``polnear_dev.jsonl``: every PolNeAR dev text, as ``communique eval polnear``
  reads it (id = file stem, date from the stem);
- ``gsr_dev.jsonl``: every PLOVER gold sentence, as ``communique eval plover``
  reads it;
- ``long.jsonl``: all PolNeAR dev texts joined into one article, long enough
  to be cut into pieces for the parser;
- ``edge.jsonl``: odd inputs that give warnings (empty, blank, control
  characters, not English, relative dates with no publication date, a reading
  warning, a metadata date and title).

``compare`` prints, per file, how many records differ and the first
differing fields of each, and exits 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from communique.schema import Article, Document


def _records(articles: Iterable[Article]) -> Iterator[str]:
    for article in articles:
        yield json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)


def _write(path: Path, lines: Iterable[str]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(line + "\n")
            count += 1
    return count


def _sample_documents() -> list[Document]:
    from communique.read import read_inputs

    root = Path(str(resources.files("communique.samples")))
    problems: list[object] = []
    docs = list(read_inputs([str(root)], on_problem=problems.append))
    if problems:
        raise SystemExit(f"reading the samples failed: {problems}")
    return docs


def _polnear_documents(shared: Path) -> list[Document]:
    from communique.eval.polnear import _date_from_stem

    folder = shared / "data" / "polnear" / "data" / "dev" / "text"
    return [
        Document(id=p.stem, text=p.read_text("utf-8"), date=_date_from_stem(p.stem))
        for p in sorted(folder.glob("*.txt"))
    ]


def _gsr_documents(shared: Path) -> list[Document]:
    from communique.eval.plover import read_gold

    golds, _ = read_gold(shared / "data" / "plover" / "gsr_dev.jsonl")
    return [Document(id=g.id, text=g.text, date=g.date) for g in golds]


def _edge_documents() -> list[Document]:
    from communique.errors import warning

    wire = (
        "WASHINGTON (Reuters) - The U.S. State Department said on Monday that talks would "
        'resume.\n\n"We are ready," spokesman Ned Price told reporters on Tuesday.'
    )
    german = " ".join(["Die Regierung hat heute beschlossen, neue Sanktionen zu verhängen."] * 8)
    return [
        Document(id="empty", text=""),
        Document(id="blank", text="   \n\n "),
        Document(id="control", text="He said \x00\x07 nothing. " + wire),
        Document(id="german", text=german + ' "Nein," sagte er.'),
        Document(id="undated", text="Russian forces attacked the city on Tuesday."),
        Document(id="wire", text=wire),
        Document(
            id="meta",
            text=wire,
            title="Talks to resume",
            date="2022-02-14",
            url="https://example.org/a",
            source="Example",
            warnings=[warning("CQ108", value="yesterday")],
        ),
        Document(id="marks", text='"' * 999),
    ]


def dump(out_dir: Path, shared: Path, only: list[str] | None = None) -> None:
    from communique.pipeline import Extractor

    out_dir.mkdir(parents=True, exist_ok=True)
    extractor = Extractor()
    samples = _sample_documents()
    polnear = _polnear_documents(shared)
    joined = "\n\n".join(d.text for d in polnear)
    sets: dict[str, tuple[list[Document], str | None]] = {
        "samples": (samples, None),
        "samples_dated": (samples, "2022-02-18"),
        "polnear_dev": (polnear, None),
        "gsr_dev": (_gsr_documents(shared), None),
        "long": ([Document(id="polnear-dev-joined", text=joined, date="2016-10-01")], None),
        "edge": (_edge_documents(), None),
    }
    for name, (docs, date) in sets.items():
        if only and name not in only:
            continue
        n = _write(out_dir / f"{name}.jsonl", _records(extractor.extract_many(docs, date=date)))
        print(f"{name}: {n} record(s)", file=sys.stderr)


def _first_differences(a: object, b: object, where: str = "", limit: int = 5) -> list[str]:
    if a == b:
        return []
    if isinstance(a, dict) and isinstance(b, dict):
        out: list[str] = []
        for key in sorted(set(a) | set(b)):
            out += _first_differences(a.get(key), b.get(key), f"{where}.{key}", limit)
            if len(out) >= limit:
                break
        return out[:limit]
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{where}: {len(a)} item(s) before, {len(b)} after"]
        out = []
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            out += _first_differences(x, y, f"{where}[{i}]", limit)
            if len(out) >= limit:
                break
        return out[:limit]
    return [f"{where}: {str(a)[:80]!r} -> {str(b)[:80]!r}"]


def compare(before: Path, after: Path) -> int:
    differing = 0
    for path in sorted(before.glob("*.jsonl")):
        other = after / path.name
        if not other.exists():
            print(f"{path.name}: missing in {after}")
            differing += 1
            continue
        old = path.read_text("utf-8").splitlines()
        new = other.read_text("utf-8").splitlines()
        changed = [i for i, (x, y) in enumerate(zip(old, new, strict=False)) if x != y]
        if len(old) != len(new):
            print(f"{path.name}: {len(old)} record(s) before, {len(new)} after")
            differing += 1
        print(f"{path.name}: {len(changed)} of {len(old)} record(s) differ")
        for i in changed:
            a, b = json.loads(old[i]), json.loads(new[i])
            print(f"  {a.get('id')}:")
            for line in _first_differences(a, b):
                print(f"    {line}")
        differing += len(changed)
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write the records of every text set to OUT_DIR")
    d.add_argument("out_dir", type=Path)
    d.add_argument("--shared", type=Path, default=Path("../shared"))
    d.add_argument("--only", action="append", help="dump only this set (repeatable)")
    c = sub.add_parser("compare", help="compare two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out_dir, args.shared, args.only)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
