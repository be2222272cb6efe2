"""Train the quote finder's attribution models on PolNeAR train (``make train-quotes``).

Parses the train split with the same spaCy pipeline communique uses (the
parse and the ``tok2vec`` output are cached under ``.cache/train_quotes``, and
so are the fold models the report decision learns from, see :func:`fold_models`),
holds back every article whose ``crc32(stem) % heldout_modulus == 0`` (the
list is written to ``configs/quotes/heldout.txt``), builds the cue, content
and source examples of the other articles, fits the three linear models with
the settings of ``configs/quotes/train.cfg`` and writes
``src/communique/data/quote_model.npz``. Then it reports the models' accuracy
on the held-back articles and, with ``--score``, the full PolNeAR scores of
the finder on them. Only the train split is read: dev is for measuring, the
test split is held out.

    python scripts/train_quotes.py ../shared/data/polnear/data/train
    python scripts/train_quotes.py TRAIN --score          # + finder scores on held-back articles
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
import time
import zlib
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, DocBin
from thinc.api import Config

from communique import nlp as nlp_mod
from communique.component import STAGES
from communique.eval import polnear as P
from communique.eval.brat import AnnotatedText, load_split
from communique.quotes import reports, training
from communique.quotes.learned import AttributionModel
from communique.quotes.linear import LinearModel

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "configs" / "quotes" / "train.cfg"
HELDOUT = ROOT / "configs" / "quotes" / "heldout.txt"
OUT = ROOT / "src" / "communique" / "data" / "quote_model.npz"
CACHE = ROOT / ".cache" / "train_quotes"
#: Sources whose changes change the cached parse: communique marks sentence starts (quotations,
#: datelines) before the parser, so a cache made by older marking code is not reused.
PARSE_SOURCES = ("nlp.py", "quotes/marks.py", "read/dateline.py")


def is_heldout(stem: str, modulus: int) -> bool:
    return zlib.crc32(stem.encode("utf-8")) % modulus == 0


def parse(gold: list[AnnotatedText], cache: Path, model: str | None = None) -> list[Doc]:
    """Parsed articles with their ``tok2vec`` tensors, from the cache when it matches."""
    nlp = nlp_mod.load(model)
    # The parse depends on the pipeline and on communique's sentence marking before the parser.
    marking = [(ROOT / "src" / "communique" / f).read_bytes() for f in PARSE_SOURCES]
    key = hashlib.sha1(
        "\n".join(
            [nlp.meta.get("name", ""), nlp.meta.get("version", "")] + [a.stem for a in gold]
        ).encode()
        + b"".join(marking)
    ).hexdigest()[:12]
    docs_path, tensors_path = cache / f"{key}.spacy", cache / f"{key}.npz"
    if docs_path.exists() and tensors_path.exists():
        docs = list(DocBin().from_disk(docs_path).get_docs(nlp.vocab))
        with np.load(tensors_path) as tensors:
            for n, doc in enumerate(docs):
                doc.tensor = tensors[str(n)].astype(np.float32)
        return docs
    # The analysis stages are not needed for training examples: only the parse and its tensor.
    docs = list(nlp.pipe((a.text for a in gold), batch_size=16, disable=list(STAGES)))
    cache.mkdir(parents=True, exist_ok=True)
    bin_ = DocBin(store_user_data=False)
    for doc in docs:
        bin_.add(doc)
    bin_.to_disk(docs_path)
    np.savez_compressed(
        tensors_path, **{str(n): d.tensor.astype(np.float16) for n, d in enumerate(docs)}
    )
    # Round-trip the stored precision so a cached run trains on exactly the same numbers.
    for doc in docs:
        doc.tensor = doc.tensor.astype(np.float16).astype(np.float32)
    return docs


def ranking_accuracy(model: LinearModel, examples: training.Examples) -> float:
    """Share of groups whose top-scored candidate is the right one."""
    scores = model.scores(list(zip(examples.ids, examples.dense, strict=True)))
    groups = np.asarray(examples.groups)
    labels = np.asarray(examples.labels)
    right = total = 0
    for group in np.unique(groups):
        sel = np.flatnonzero(groups == group)
        total += 1
        right += labels[sel[int(np.argmax(scores[sel]))]] == 1
    return right / total if total else 0.0


def cue_report(model: LinearModel, examples: training.Examples) -> str:
    scores = model.scores(list(zip(examples.ids, examples.dense, strict=True)))
    probs = 1 / (1 + np.exp(-scores))
    labels = np.asarray(examples.labels) == 1
    rows = []
    for threshold in (0.3, 0.4, 0.5, 0.6):
        predicted = probs >= threshold
        tp = int((predicted & labels).sum())
        p = tp / max(int(predicted.sum()), 1)
        r = tp / max(int(labels.sum()), 1)
        rows.append(
            f"  threshold {threshold}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path, help="PolNeAR train split folder (data/train)")
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument(
        "--model",
        default=None,
        help="spaCy pipeline whose parse and tok2vec the models learn from (default: the sm)",
    )
    parser.add_argument(
        "--score", action="store_true", help="score the finder on held-back articles"
    )
    parser.add_argument(
        "--thresholds",
        default="",
        help="with --score, cue thresholds to score besides the shipped one, comma-separated "
        "(the shipped threshold is the one with the highest overlap F1 at precision >= 0.72)",
    )
    parser.add_argument(
        "--keep-models",
        type=Path,
        default=None,
        help="fit only the report decision, beside the cue, content and source models of "
        "this model file (e.g. the shipped one), which are kept as they are",
    )
    parser.add_argument(
        "--decisions",
        default="",
        help="with --score, report decision settings to score besides the configured one, "
        "as FLOOR:THRESHOLD pairs, comma-separated (e.g. 0.15:0.3,0.15:0.35)",
    )
    args = parser.parse_args(argv)
    if args.train.resolve().name != "train":
        print(
            "train_quotes: refusing to train on anything but PolNeAR's train split", file=sys.stderr
        )
        return 2
    config = Config().from_disk(args.config)
    started = time.perf_counter()
    gold = load_split(args.train)
    docs = parse(gold, args.cache, args.model)
    print(f"parsed {len(docs)} articles in {time.perf_counter() - started:.0f} s")
    modulus = int(config["data"]["heldout_modulus"])
    held = [is_heldout(a.stem, modulus) for a in gold]
    HELDOUT.write_text(
        "# PolNeAR train articles held back from training (crc32(stem) % "
        f"{modulus} == 0): thresholds and error analysis only.\n"
        + "".join(f"{a.stem}\n" for a, h in zip(gold, held, strict=True) if h),
        encoding="utf-8",
    )
    windows = tuple((int(lo), int(hi)) for lo, hi in config["cue"].get("windows", []))
    fit_sets, held_sets = training.ExampleSets(), training.ExampleSets()
    for annotated, doc, h in zip(gold, docs, held, strict=True):
        if not args.keep_models:
            training.add_examples(held_sets if h else fit_sets, doc, annotated, windows)
    print(
        f"examples in {time.perf_counter() - started:.0f} s; "
        f"training articles {held.count(False)}, held back {held.count(True)}"
    )
    print(f"  training: {fit_sets.counts}")
    print(f"  held back: {held_sets.counts}")
    if args.keep_models:
        # Only the report decision is fitted: the three models stay those of the file.
        model = AttributionModel.from_file(args.keep_models, report=False)
    else:
        model = fit_models(config, fit_sets, windows)
    if "report" in config:
        training_pairs = [(a, d) for a, d, h in zip(gold, docs, held, strict=True) if not h]
        model = dataclasses.replace(
            model,
            report=fit_report(config, training_pairs, windows, model, started, args.cache),
        )
    model.save(args.out)
    print(
        f"fitted in {time.perf_counter() - started:.0f} s; "
        f"wrote {args.out} ({args.out.stat().st_size:,} bytes)"
    )
    if not args.keep_models:
        print("held back, cue tokens:\n" + cue_report(model.cue, held_sets.cue))
        print(
            "held back, content ranking accuracy "
            f"{ranking_accuracy(model.content, held_sets.content):.3f}"
        )
        print(
            "held back, source ranking accuracy "
            f"{ranking_accuracy(model.source, held_sets.source):.3f}"
        )
    if args.score:
        score_heldout(
            args.out,
            [a for a, h in zip(gold, held, strict=True) if h],
            [d for d, h in zip(docs, held, strict=True) if h],
            [float(t) for t in args.thresholds.split(",") if t.strip()],
            [
                (float(pair.split(":")[0]), float(pair.split(":")[1]))
                for pair in args.decisions.split(",")
                if pair.strip()
            ],
        )
    return 0


def fit_models(
    config: Config, fit_sets: training.ExampleSets, windows: tuple[tuple[int, int], ...]
) -> AttributionModel:
    """The cue, content and source models fitted on ``fit_sets`` with the config's settings."""
    models = {}
    for name, ranking in (("cue", False), ("content", True), ("source", True)):
        section = config[name]
        models[name] = training.fit(
            getattr(fit_sets, name),
            ranking=ranking,
            epochs=int(section["epochs"]),
            lr=float(section["learning_rate"]),
            l2=float(section["l2"]),
            seed=int(section["seed"]),
            hidden=int(section["hidden"]),
            dropout=float(section.get("dropout", 0.0)),
        )
    min_count = int(config["cue"]["min_lemma_count"])
    lemmas = frozenset(w for w, n in fit_sets.cue_lemmas.items() if n >= min_count)
    print(f"cue lemmas seen at least {min_count} times: {len(lemmas)}")
    return AttributionModel(**models, cue_lemmas=lemmas, cue_windows=windows)


#: Sources whose changes change what the fold models learn (their examples and fitting); a
#: cached fold model made by other code is not reused.
FOLD_SOURCES = (
    "quotes/features.py",
    "quotes/training.py",
    "quotes/linear.py",
    "quotes/learned.py",
    "quotes/grammar.py",
    "quotes/cues.py",
    "spans.py",
    "data/cues.yaml",
)


def fold_models(
    config: Config,
    folds: int,
    pairs: list[tuple[AnnotatedText, Doc]],
    windows: tuple[tuple[int, int], ...],
    cache: Path,
) -> list[AttributionModel]:
    """The cue, content and source models of each fold, fitted on the other folds.

    They are cached under ``cache`` by the training articles, the settings they are fitted
    with and the code that builds their examples: refitting the report decision alone (a new
    input, other thresholds) then needs no model fitted again.
    """
    fitting = {name: dict(config[name]) for name in ("cue", "content", "source")}
    key = hashlib.sha1(
        "\n".join(
            [
                *(a.stem for a, _ in pairs),
                repr(sorted((k, sorted(v.items())) for k, v in fitting.items())),
            ]
        ).encode()
        + b"".join((ROOT / "src" / "communique" / f).read_bytes() for f in FOLD_SOURCES)
        + b"".join((ROOT / "src" / "communique" / f).read_bytes() for f in PARSE_SOURCES)
    ).hexdigest()[:12]
    paths = [cache / f"fold-{key}-{k}.npz" for k in range(folds)]
    fold_sets = [training.ExampleSets() for _ in range(folds)]
    if not all(path.exists() for path in paths):
        # Each article's examples are built once, into its fold's sets.
        for n, (annotated, doc) in enumerate(pairs):
            training.add_examples(fold_sets[n % folds], doc, annotated, windows)
    models = []
    for k, path in enumerate(paths):
        if not path.exists():
            fit_sets = merged([sets for j, sets in enumerate(fold_sets) if j != k])
            cache.mkdir(parents=True, exist_ok=True)
            fit_models(config, fit_sets, windows).save(path)
        # Read back from the file even when just fitted: the decision then learns from the
        # weights at the precision the finder runs with, and a cached run is the same run.
        models.append(AttributionModel.from_file(path))
    return models


def merged(parts: list[training.ExampleSets]) -> training.ExampleSets:
    """The examples of ``parts`` in one set, in order, each part's groups numbered after the
    groups of the parts before it."""
    out = training.ExampleSets()
    for part in parts:
        for name in ("cue", "content", "source"):
            into, more = getattr(out, name), getattr(part, name)
            offset = into.groups[-1] + 1 if into.groups else 0
            into.ids.extend(more.ids)
            into.dense.extend(more.dense)
            into.groups.extend(g + offset for g in more.groups)
            into.labels.extend(more.labels)
        for lemma, count in part.cue_lemmas.items():
            out.cue_lemmas[lemma] = out.cue_lemmas.get(lemma, 0) + count
        for key, count in part.counts.items():
            out.counts[key] = out.counts.get(key, 0) + count
    return out


def collect_reports(
    model: AttributionModel, pairs: list[tuple[AnnotatedText, Doc]], cue_threshold: float
) -> tuple[np.ndarray, np.ndarray]:
    """The decision's inputs of every report the finder makes with ``model`` at
    ``cue_threshold`` over ``pairs``, and whether each content matches a gold attribution
    under the scorer's overlap rule (character Jaccard >= 0.5 after trimming)."""
    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes
    from communique.quotes.settings import ACTIVE, bundled

    settings = dataclasses.replace(bundled(), model=model, cue_threshold=cue_threshold)
    dictionary = ActorDictionary.default()
    values: list[np.ndarray] = []
    labels: list[float] = []
    for annotated, doc in pairs:
        index = find_actors(doc, dictionary)
        with ACTIVE.using(settings), reports.collecting() as found:
            find_quotes(doc, index)
        gold = [P.trimmed(doc.text, a.content) for a in annotated.attributions]
        for row, chars in zip(found.values, found.chars, strict=True):
            mine = P.trimmed(doc.text, chars)
            best = max((P.jaccard(g, mine) for g in gold), default=0.0)
            values.append(row)
            labels.append(float(best >= P.JACCARD_THRESHOLD))
    x = np.stack(values) if values else np.zeros((0, len(reports.FEATURES)))
    return x, np.asarray(labels)


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve: the chance a matching report outranks one that does not."""
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positives = labels == 1
    n_pos, n_neg = int(positives.sum()), int((~positives).sum())
    if not n_pos or not n_neg:
        return float("nan")
    return float((ranks[positives].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def fit_report(
    config: Config,
    pairs: list[tuple[AnnotatedText, Doc]],
    windows: tuple[tuple[int, int], ...],
    model: AttributionModel,
    started: float,
    cache: Path = CACHE,
) -> reports.ReportDecision:
    """The report decision: the training articles are dealt into folds; the three models
    fitted on the other folds run in the finder over each fold at a cue threshold below the
    finder's own (so reports just under it are seen), and every report is labelled by
    whether it matches a gold attribution. The decision learns from those reports, never from
    reports of articles its models were fitted on."""
    section = config["report"]
    folds = int(section["folds"])
    collect_at = float(section["collect_cue_threshold"])
    xs, ys = [], []
    models = fold_models(config, folds, pairs, windows, cache)
    for k, fold_model in enumerate(models):
        x, y = collect_reports(
            fold_model, [p for n, p in enumerate(pairs) if n % folds == k], collect_at
        )
        xs.append(x)
        ys.append(y)
        print(
            f"report fold {k}: {len(y)} reports, {y.mean():.3f} match "
            f"({time.perf_counter() - started:.0f} s)"
        )
    x, y = np.concatenate(xs), np.concatenate(ys)
    mean, scale, weights, bias = reports.fit(
        x,
        y,
        epochs=int(section["epochs"]),
        lr=float(section["learning_rate"]),
        l2=float(section["l2"]),
    )
    decision = reports.ReportDecision(
        mean=mean,
        scale=scale,
        weights=weights,
        bias=bias,
        cue_floor=float(section["cue_floor"]),
        threshold=float(section["threshold"]),
    )
    fitted = np.array([decision.probability(row) for row in x])
    print(
        f"report decision: {len(y)} training reports, {y.mean():.3f} match; AUC on them: "
        f"cue probability {auc(x[:, 0], y):.3f}, decision {auc(fitted, y):.3f}"
    )
    for name, w in sorted(zip(reports.FEATURES, weights, strict=True), key=lambda nw: -abs(nw[1])):
        print(f"  {name}: {w:+.3f}")
    return decision


def score_heldout(
    model_path: Path,
    gold: list[AnnotatedText],
    docs: list[Doc],
    thresholds: list[float] | None = None,
    decisions: list[tuple[float, float]] | None = None,
) -> None:
    """The finder's PolNeAR scores on the held-back articles, with the new model.

    With ``thresholds``, once per cue threshold as well (the shipped setting first); with
    ``decisions``, once per report decision (cue floor, threshold), and once without it.
    """
    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes
    from communique.quotes.settings import ACTIVE, bundled
    from communique.read.headings import find_headings
    from communique.schema import Article

    shipped = bundled()
    model = AttributionModel.from_file(model_path)
    dictionary = ActorDictionary.default()
    runs: list[tuple[str, AttributionModel, float]] = [
        (f"cue threshold {shipped.cue_threshold}", model, shipped.cue_threshold)
    ]
    runs += [(f"cue threshold {t}", model, t) for t in thresholds or []]
    if model.report is not None:
        x, y = collect_reports(
            model, list(zip(gold, docs, strict=True)), min(0.12, model.report.cue_floor)
        )
        decided = np.array([model.report.probability(row) for row in x])
        print(
            f"held back: {len(y)} reports, {y.mean():.3f} match; AUC cue probability "
            f"{auc(x[:, 0], y):.3f}, decision {auc(decided, y):.3f}"
        )
        runs.append(
            ("no report decision", dataclasses.replace(model, report=None), shipped.cue_threshold)
        )
        for floor, threshold in decisions or []:
            other = dataclasses.replace(
                model, report=model.report.with_thresholds(floor, threshold)
            )
            runs.append((f"decision {floor}:{threshold}", other, shipped.cue_threshold))
    for label, run_model, threshold in runs:
        settings = dataclasses.replace(shipped, model=run_model, cue_threshold=threshold)
        predictions = []
        for annotated, doc in zip(gold, docs, strict=True):
            index = find_actors(doc, dictionary)
            with ACTIVE.using(settings):
                quotes, _ = find_quotes(doc, index, headings=find_headings(doc.text))
            article = Article(id=annotated.stem, text=doc.text, actors=index.actors, quotes=quotes)
            predictions.append((annotated.stem, P.from_article(article)))
        result = P.score_system("communique", gold, predictions).to_dict()
        print(f" {label}:")
        for key in ("content_exact", "content_overlap", "cue"):
            f = result[key]
            print(f"  {key}: P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}")
        print(f"  speaker accuracy {result['speaker']['accuracy']:.3f}")
        print(
            "  overlap recall by kind: "
            + ", ".join(f"{k} {v['recall']:.3f}" for k, v in result["recall_by_gold_kind"].items())
        )


if __name__ == "__main__":
    sys.exit(main())
