"""The quote stage's settings: the cue lexicon, the learned cue counts, thresholds.

Built from data files (``data/cues.yaml``, ``data/cue_stats.tsv.gz``) or the
user's replacements and additions named in the ``communique_quotes``
component's config, and read by the finder's helpers through :data:`ACTIVE`
(the bundled defaults outside a component; see :mod:`communique.settings`).

To add a setting: a field on :class:`QuoteSettings` (with its default), the
same name, type and default in the component's ``default_config`` and factory
arguments (:mod:`communique.quotes.component`), and ``ACTIVE.get().<name>``
where the finder decides. A numeric field is a threshold: it is passed
through and kept by ``from_disk`` without more code.
"""

from __future__ import annotations

import dataclasses
import gzip
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from communique.errors import CommuniqueError
from communique.settings import Active, UserFile, read_user_file
from communique.yaml_data import load_yaml

if TYPE_CHECKING:
    from communique.quotes.learned import AttributionModel

#: Cue categories; a verb lemma may sit in several (see the header of cues.yaml).
CATEGORIES = ("speech", "directive", "cognition", "evidence", "stance")

#: Word lists of cues.yaml beside the categories: grammar words the finder reads (see the
#: file's comments), each a mapping of word to its source.
WORD_LISTS = (
    "carriers",
    "quoting_verbs",
    "topic_prepositions",
    "addressing",
    "raising_verbs",
    "poll_nouns",
    "audience_nouns",
    "not_a_source",
    "speaking_nouns",
    "occasion_prepositions",
    "occasion_nouns",
    "amount_prepositions",
    "amount_entities",
    "hedge_adjectives",
    "intransitive_phrasals",
    "light_verbs",
    "light_verb_objects",
    "raising_adjectives",
    "perception_verbs",
    "contrast_openers",
    "aside_determiners",
    "experiencer_verbs",
    "aside_marks",
    "list_openers",
    "say_like",
    "non_speakers",
)

#: The component's name, for messages about its files.
COMPONENT = "communique_quotes"


@dataclass(frozen=True, slots=True)
class QuoteSettings:
    """What the quote finder decides with.

    ``cues``: category -> verb lemmas. ``learned``: (lemma, frame) -> (times a
    cue, times seen) in the training texts. ``min_learned_count``: a (lemma,
    frame) seen fewer times is judged by the lexicon instead of its counts.
    ``learned_threshold``: a verb whose learned share of attributions (in its
    frame) reaches this is a cue; chosen on held-out train articles (see
    ``docs/evaluation.md``). ``sourceless_threshold``: a report with no
    subject in sight ("is expected to win") is kept, without a speaker, only
    when its verb's share reaches this. ``min_statement_words``: a quoted
    region shorter than this, with no cue, is a scare quote or a title, not a
    statement.
    """

    cues: dict[str, frozenset[str]]
    learned: dict[tuple[str, str], tuple[int, int]]
    min_learned_count: int = 5
    learned_threshold: float = 0.35
    sourceless_threshold: float = 0.6
    min_statement_words: int = 4
    #: Use the trained attribution models (``data/quote_model.npz``) for reports
    #: beyond quotation marks; False gives the rules and cue counts alone.
    use_model: bool = True
    #: A token whose cue probability reaches this is a cue. Chosen on the held-back
    #: train articles (configs/quotes/heldout.txt), never on dev: the highest content
    #: overlap F1 there whose precision stays at 0.72 or more.
    cue_threshold: float = 0.3
    #: A report the models find whose content is this many words or fewer ("spoke [boos]",
    #: "said [what]") is kept only when its cue probability reaches ``short_content_threshold``:
    #: on the held-back train articles, of the reports beyond quotation marks found with the
    #: plain ``cue_threshold``, 100 of 247 such short ones matched a gold attribution against
    #: 2,290 of 3,026 longer ones. Both chosen there, never on dev (see docs/evaluation.md).
    short_content_words: int = 2
    short_content_threshold: float = 0.5
    #: Attribution models read from the user's ``model_file`` (made by
    #: ``scripts/train_quotes.py --out``); None: the ones shipped in the package.
    model: AttributionModel | None = None
    #: Word lists of :data:`WORD_LISTS`, by name (from cues.yaml, or the user's replacement
    #: lexicon where it gives them).
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Files given by the user, in the order they were applied.
    user_files: tuple[UserFile, ...] = ()
    all_cues: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        every: set[str] = set()
        for words in self.cues.values():
            every |= words
        object.__setattr__(self, "all_cues", frozenset(every))


def _bundled(name: str) -> bytes:
    return resources.files("communique.data").joinpath(name).read_bytes()


def parse_cues(data: bytes, name: str) -> dict[str, frozenset[str]]:
    """Category -> lemmas from a cue lexicon in the ``cues.yaml`` shape."""
    try:
        raw = load_yaml(data.decode("utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise CommuniqueError(
            "CQ321", component=COMPONENT, name="cue lexicon", path=name, error=first
        ) from exc
    if not isinstance(raw, dict) or any(not isinstance(raw.get(c) or [], list) for c in CATEGORIES):
        raise CommuniqueError(
            "CQ321",
            component=COMPONENT,
            name="cue lexicon",
            path=name,
            error=f"expected lists of verb lemmas under {', '.join(CATEGORIES)}",
        )
    unknown = sorted(set(raw) - set(CATEGORIES) - set(WORD_LISTS))
    if unknown:
        raise CommuniqueError(
            "CQ321",
            component=COMPONENT,
            name="cue lexicon",
            path=name,
            error=f"unknown categories {unknown}; known: {', '.join(CATEGORIES)}",
        )
    return {cat: frozenset(str(v).lower() for v in raw.get(cat) or ()) for cat in CATEGORIES}


def parse_words(data: bytes, name: str) -> dict[str, frozenset[str]]:
    """The word lists (:data:`WORD_LISTS`) a lexicon in the ``cues.yaml`` shape gives: word ->
    source mappings, read as sets of lower-case words."""
    raw = load_yaml(data.decode("utf-8")) or {}
    words: dict[str, frozenset[str]] = {}
    for key in WORD_LISTS:
        table = raw.get(key)
        if table is None:
            continue
        if not isinstance(table, dict):
            raise CommuniqueError(
                "CQ321",
                component=COMPONENT,
                name="cue lexicon",
                path=name,
                error=f"expected {key} as a mapping of word to its source",
            )
        words[key] = frozenset(str(w).lower() for w in table)
    return words


def parse_counts(data: bytes, name: str) -> dict[tuple[str, str], tuple[int, int]]:
    """(lemma, frame) -> (cue, seen) from a gzipped ``cue_stats.tsv.gz`` table."""
    counts: dict[tuple[str, str], tuple[int, int]] = {}
    try:
        text = gzip.decompress(data).decode("utf-8")
        for line in text.splitlines():
            if line.startswith("#") or not line.strip():
                continue
            lemma, frame, cue, seen = line.split("\t")
            counts[(lemma, frame)] = (int(cue), int(seen))
    except (OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
        raise CommuniqueError(
            "CQ321",
            component=COMPONENT,
            name="cue counts",
            path=name,
            error=f"expected a gzipped table of lemma, frame, cue count, seen count ({exc})",
        ) from exc
    return counts


#: The numeric settings (thresholds), by name.
THRESHOLDS = tuple(
    f.name for f in dataclasses.fields(QuoteSettings) if f.type in ("int", "float", "bool")
)


def build(
    *,
    cues: str | Path | None = None,
    user_cues: str | Path | None = None,
    cue_stats: str | Path | None = None,
    model_file: str | Path | None = None,
    **thresholds: float,
) -> QuoteSettings:
    """Settings from the bundled data, with the files a user names replacing or extending it.

    ``cues`` replaces the bundled lexicon, ``user_cues`` adds lemmas to its
    categories, ``cue_stats`` replaces the learned counts (a table made by
    ``scripts/build_cue_stats.py`` on the user's own annotated texts),
    ``model_file`` replaces the trained attribution models (a file made by
    ``scripts/train_quotes.py --out``); ``thresholds`` are any of :data:`THRESHOLDS`.
    """
    named = (("cues", cues, "cue lexicon"), ("user_cues", user_cues, "cue lexicon"))
    named += (
        ("cue_stats", cue_stats, "cue counts"),
        ("model_file", model_file, "attribution model"),
    )
    files = [
        read_user_file(role, path, component=COMPONENT, what=what)
        for role, path, what in named
        if path is not None
    ]
    return from_files(files, **thresholds)


def from_files(files: Sequence[UserFile], **thresholds: float) -> QuoteSettings:
    """Settings from the bundled data and the user's files (as :func:`build` reads them)."""
    base = bundled()
    if not files and all(getattr(base, k) == v for k, v in thresholds.items()):
        return base
    by_role = {f.role: f for f in files}
    lexicon = by_role.get("cues")
    categories = parse_cues(lexicon.data, lexicon.name) if lexicon else base.cues
    words = {**base.words, **parse_words(lexicon.data, lexicon.name)} if lexicon else base.words
    extra = by_role.get("user_cues")
    if extra is not None:
        more = parse_cues(extra.data, extra.name)
        categories = {cat: categories[cat] | more[cat] for cat in CATEGORIES}
        added = parse_words(extra.data, extra.name)
        words = {k: words.get(k, frozenset()) | added.get(k, frozenset()) for k in WORD_LISTS}
    stats = by_role.get("cue_stats")
    learned = parse_counts(stats.data, stats.name) if stats else base.learned
    weights = by_role.get("model_file")
    model = None
    if weights is not None:
        from communique.quotes.learned import AttributionModel  # it imports these settings

        model = AttributionModel.from_bytes(weights.data, weights.name)
    return dataclasses.replace(
        base,
        cues=categories,
        learned=learned,
        model=model,
        words=words,
        user_files=tuple(files),
        **thresholds,
    )


@lru_cache(maxsize=1)
def bundled() -> QuoteSettings:
    """The settings of the default pipeline: the package's data files, default thresholds."""
    stats = resources.files("communique.data").joinpath("cue_stats.tsv.gz")
    # No counts yet (before the first ``make train-quotes``): the lexicon decides alone.
    learned = parse_counts(stats.read_bytes(), stats.name) if stats.is_file() else {}
    lexicon = _bundled("cues.yaml")
    return QuoteSettings(
        parse_cues(lexicon, "cues.yaml"), learned, words=parse_words(lexicon, "cues.yaml")
    )


#: The settings in force: the running ``communique_quotes`` component's, else the bundled ones.
ACTIVE: Active[QuoteSettings] = Active("communique.quotes", bundled)
