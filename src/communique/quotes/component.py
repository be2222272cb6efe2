"""The quote stage (``communique_quotes``) as a spaCy component.

Finds the attributed quotations of each Doc (:func:`~communique.quotes.find_quotes`)
and links their speakers and addressees through the actor index that
``communique_actors`` left on ``doc._.communique_actor_index``; quotations
never cross the headings ``communique_article`` found. Results go to
``doc._.quotes``, unpaired marks and speakerless quotations to
``doc._.communique_warnings``.

Settings (spaCy config, see :class:`~communique.quotes.settings.QuoteSettings`):

- ``cues``: a cue lexicon (``cues.yaml`` shape) replacing the bundled one;
- ``user_cues``: a cue lexicon whose lemmas are added to the bundled categories;
- ``use_model``: use the trained attribution models (False: rules and cue counts only);
- ``model_file``: trained attribution models replacing the bundled ones (a file made
  by ``scripts/train_quotes.py --out``, e.g. retrained on the user's own annotations);
- ``cue_stats``: learned cue counts replacing the bundled ones (a table made by
  ``scripts/build_cue_stats.py``, e.g. on the user's own annotated texts);
- ``min_learned_count``, ``learned_threshold``, ``sourceless_threshold``,
  ``min_statement_words``, ``cue_threshold``, ``short_content_words``,
  ``short_content_threshold``: thresholds (what each decides:
  :class:`~communique.quotes.settings.QuoteSettings`).

``nlp.to_disk`` saves the files given here with the component, and the
attribution models in use (the bundled ones too), so a saved pipeline keeps
finding what it found when it was saved, whatever version of the package
loads it; ``spacy.load`` reads them back from there. ``nlp.initialize()``
(``[initialize.components.communique_quotes]``) may name a ``model_file`` too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from communique.extensions import actor_index, add_warnings, required
from communique.quotes import learned
from communique.quotes import settings as settings_mod
from communique.quotes.finder import find_quotes
from communique.settings import (
    UserFile,
    absent_file,
    check_ready,
    read_user_file,
    save_user_files,
    saved_user_files,
)

NAME = "communique_quotes"


class QuoteStage:
    """Attributed quotations of each Doc, with this component's settings active."""

    def __init__(
        self,
        nlp: Language,
        name: str = NAME,
        *,
        cues: str | None = None,
        user_cues: str | None = None,
        cue_stats: str | None = None,
        model_file: str | None = None,
        **thresholds: float,
    ) -> None:
        self.name = name
        files = {
            "cues": cues,
            "user_cues": user_cues,
            "cue_stats": cue_stats,
            "model_file": model_file,
        }
        #: A file the config names that is not there; ``from_disk`` may still supply it.
        self.missing = absent_file(name, **files)
        if self.missing is not None:
            files = {}
        self.settings = settings_mod.build(**files, **thresholds)

    def __call__(self, doc: Doc) -> Doc:
        check_ready(self)
        index = actor_index(doc, self.name)
        headings = required(doc, "headings", self.name, "communique_article")
        with settings_mod.ACTIVE.using(self.settings):
            quotes, warnings = find_quotes(doc, index, headings=headings)
        doc._.quotes = quotes
        add_warnings(doc, warnings)
        return doc

    def initialize(
        self,
        get_examples: Callable[[], Iterable[object]] | None = None,
        *,
        nlp: Language | None = None,
        model_file: str | Path | None = None,
    ) -> None:
        """Take the attribution models from ``model_file`` (``nlp.initialize()``), if given.

        The models are trained outside spaCy's loop (``scripts/train_quotes.py``,
        on attribution annotations spaCy's ``Example`` does not carry), so there
        is nothing to learn from ``get_examples``; without a ``model_file`` the
        component keeps the models it has.
        """
        if model_file is None:
            return
        check_ready(self)
        weights = read_user_file(
            "model_file", model_file, component=self.name, what="attribution model"
        )
        files = [f for f in self.settings.user_files if f.role != "model_file"] + [weights]
        self.settings = settings_mod.from_files(files, **self._thresholds())

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the user's files and the attribution models in use (the rest ships with it)."""
        check_ready(self)
        files = list(self.settings.user_files)
        if self.settings.use_model and not any(f.role == "model_file" for f in files):
            data = learned.bundled_bytes()
            if data is not None:
                files.append(UserFile("model_file", learned.MODEL_FILE, data))
        save_user_files(path, files)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuoteStage:
        """Rebuild the settings from the saved files; the thresholds stay the config's."""
        files = [f for f, _ in saved_user_files(path)]
        self.settings = settings_mod.from_files(files, **self._thresholds())
        self.missing = None
        return self

    def _thresholds(self) -> dict[str, float]:
        return {k: getattr(self.settings, k) for k in settings_mod.THRESHOLDS}


@Language.factory(
    NAME,
    default_config={
        "cues": None,
        "user_cues": None,
        "cue_stats": None,
        "model_file": None,
        "min_learned_count": 5,
        "learned_threshold": 0.35,
        "sourceless_threshold": 0.6,
        "min_statement_words": 4,
        "use_model": True,
        "cue_threshold": 0.3,
        "short_content_words": 2,
        "short_content_threshold": 0.5,
    },
    requires=[
        "token.dep",
        "token.lemma",
        "token.tag",
        "doc.sents",
        "doc._.headings",
        "doc._.communique_actor_index",
    ],
    assigns=["doc._.quotes", "doc._.communique_warnings"],
)
def make_quote_stage(
    nlp: Language,
    name: str,
    cues: str | None,
    user_cues: str | None,
    cue_stats: str | None,
    model_file: str | None,
    min_learned_count: int,
    learned_threshold: float,
    sourceless_threshold: float,
    min_statement_words: int,
    use_model: bool,
    cue_threshold: float,
    short_content_words: int,
    short_content_threshold: float,
) -> QuoteStage:
    """The ``communique_quotes`` component (settings: see the module docstring)."""
    return QuoteStage(
        nlp,
        name,
        cues=cues,
        user_cues=user_cues,
        cue_stats=cue_stats,
        model_file=model_file,
        min_learned_count=min_learned_count,
        learned_threshold=learned_threshold,
        sourceless_threshold=sourceless_threshold,
        min_statement_words=min_statement_words,
        use_model=use_model,
        cue_threshold=cue_threshold,
        short_content_words=short_content_words,
        short_content_threshold=short_content_threshold,
    )
