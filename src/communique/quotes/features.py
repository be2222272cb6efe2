"""What the learned attribution models see: candidates and their features.

Three decisions are learned from PolNeAR's train split:

1. **cue** — is this token the head of an attribution cue ("said", "according",
   "believes", "poll")? One example per candidate token.
2. **content** — of the spans the parse offers for a cue (its clausal
   complement with or without "that", the rest of the sentence on either side,
   the infinitive it governs, its object, …), which one is what was reported?
   A ranking over the candidates of one cue.
3. **source** — of the noun phrases the parse offers (subject, agent of a
   passive, "according to" object, possessor of a noun cue, a noun phrase in
   the sentence), which one is the source, or none? A ranking again.

Each example is a bag of feature strings (hashed by :mod:`communique.quotes.linear`)
plus a dense vector read from ``doc.tensor``, the output of the pipeline's own
``tok2vec`` that the tagger and parser already computed. The same functions
build the training examples (``scripts/train_quotes.py``) and score at run
time, so the two can never drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import IS_PUNCT, IS_QUOTE, IS_SPACE
from spacy.tokens import Doc, Span, Token

from communique.quotes import grammar
from communique.quotes.cues import lexicon
from communique.spans import child_deps, children_of, sentence_of, sentence_starts

#: Parts of speech that can head a cue ("said", "poll", "according", ":").
CUE_POS = frozenset({"VERB", "AUX", "NOUN"})
CUE_WORDS = frozenset({"according", ":"})
#: Nouns are cues only when the data say so often enough; others are not scored at all.
PUNCT_CUES = frozenset({":"})


def quoted_tokens(doc: Doc, regions: list) -> np.ndarray:
    """A boolean per token: inside a paired quotation (marks included)."""
    inside = np.zeros(len(doc), dtype=bool)
    for region in regions:
        span = doc.char_span(region.start, region.end, alignment_mode="expand")
        if span is not None:
            inside[span.start : span.end] = True
    return inside


def vector(doc: Doc, i: int) -> np.ndarray:
    """The token's row of ``doc.tensor`` (zeros when the pipeline left none)."""
    tensor = doc.tensor
    if tensor is None or tensor.ndim != 2 or i < 0 or i >= tensor.shape[0]:
        return _zeros(tensor)
    return np.asarray(tensor[i], dtype=np.float32)


def vectors(doc: Doc, indices: list[int]) -> np.ndarray:
    """Rows of ``doc.tensor`` side by side; a row outside the Doc is zeros."""
    tensor = doc.tensor
    if tensor is None or tensor.ndim != 2 or not tensor.shape[0]:
        return np.zeros(len(indices) * _zeros(tensor).size, dtype=np.float32)
    n = tensor.shape[0]
    rows = np.asarray(tensor, dtype=np.float32)[[min(max(i, 0), n - 1) for i in indices]]
    for k, i in enumerate(indices):
        if i < 0 or i >= n:
            rows[k] = 0.0
    return rows.reshape(-1)


_WIDTH = 96


def sentence_bounds(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive) of each token's sentence, as two arrays over the Doc."""
    starts = np.zeros(len(doc), dtype=np.int64)
    ends = np.zeros(len(doc), dtype=np.int64)
    first = sentence_starts(doc)
    for start, end in zip(first, [*first[1:], len(doc)], strict=True):
        starts[start:end] = start
        ends[start:end] = end
    return starts, ends


def context_vectors(
    doc: Doc, indices: list[int], windows: np.ndarray | tuple[tuple[int, int], ...] = ()
) -> np.ndarray:
    """Each token's own ``doc.tensor`` row followed by the mean row of each window around it.

    A window ``(lo, hi)`` covers the tokens ``i + lo`` to ``i + hi - 1`` inside the token's
    sentence; an empty one is zeros. The small model's ``tok2vec`` sees about four tokens
    either side; the windows hand the cue model what lies further out ("said" with a subject
    and a clause after it reads differently from "said" in a noun phrase) at the cost of a
    few additions per token. One row per index, ``(1 + len(windows)) * width`` wide.
    """
    tensor = doc.tensor
    width = tensor.shape[1] if tensor is not None and tensor.ndim == 2 and tensor.size else 0
    if not width or tensor.shape[0] != len(doc):
        return np.zeros((len(indices), (1 + len(windows)) * _zeros(tensor).size), np.float32)
    rows = np.asarray(tensor, dtype=np.float32)
    out = np.zeros((len(indices), (1 + len(windows)) * width), np.float32)
    if not len(indices):
        return out
    at = np.asarray(indices, dtype=np.int64)
    out[:, :width] = rows[at]
    if len(windows):
        # Prefix sums make every window mean two row lookups. The rows are widened to
        # float64 first and summed in place: the same additions as summing the float32 rows
        # into a float64 output, but NumPy then runs its plain loop instead of a buffered,
        # casting one (a third of the time on an article's rows).
        sums = np.zeros((len(doc) + 1, width), np.float64)
        sums[1:] = rows
        np.cumsum(sums[1:], axis=0, out=sums[1:])
        starts, ends = sentence_bounds(doc)
        first, past = starts[at], ends[at]
        for k, (lo, hi) in enumerate(windows):
            # np.clip's own definition, without its wrapper's checks (most of its cost on
            # a few dozen integers)
            a = np.minimum(np.maximum(at + int(lo), first), past)
            b = np.minimum(np.maximum(at + int(hi), first), past)
            n = np.maximum(b - a, 1)[:, None]
            mean = (sums[b] - sums[a]) / n
            mean[b <= a] = 0.0
            out[:, (k + 1) * width : (k + 2) * width] = mean
    return out


def _zeros(tensor: np.ndarray | None) -> np.ndarray:
    width = (
        tensor.shape[1] if tensor is not None and tensor.ndim == 2 and tensor.shape[1] else _WIDTH
    )
    return np.zeros(width, dtype=np.float32)


def tensor_width(doc: Doc) -> int:
    tensor = doc.tensor
    return tensor.shape[1] if tensor is not None and tensor.ndim == 2 and tensor.size else 0


# -- 1. cues -------------------------------------------------------------------


def is_cue_candidate(token: Token) -> bool:
    return (token.pos_ in CUE_POS or token.lower_ in CUE_WORDS) and not is_so_called(token)


def is_so_called(token: Token) -> bool:
    """The "called" of "so-called X": the writer distancing itself from a name, not a report.

    In PolNeAR train it heads a cue in 3 of 27 uses and in none of the 4 before a quotation
    mark, where it marks a scare quote ('the so-called "peace plan"').
    """
    if token.lower_ != "called" or token.i == 0:
        return False
    doc = token.doc
    j = token.i - 1
    if doc[j].text in ("-", "\u2010") and j > 0:
        j -= 1
    return doc[j].lower_ == "so"


def _categories(lemma: str) -> list[str]:
    return [cat for cat, words in lexicon().items() if lemma in words]


def cue_features(token: Token, quoted: np.ndarray) -> list[str]:
    """Feature strings of a candidate cue token."""
    lemma = token.lemma_.lower()
    pos, tag, dep = token.pos_, token.tag_, token.dep_  # each read is a string-table lookup
    verbal = pos in ("VERB", "AUX")
    frame = grammar.frame_of(token) if verbal else "noun"
    head = token.head
    inq = "q" if quoted[token.i] else "n"
    doc = token.doc
    prev_word = doc[token.i - 1].lower_ if token.i > 0 else "<s>"
    next_word = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "</s>"
    feats = [
        "bias",
        f"l={lemma}",
        f"p={pos}",
        f"t={tag}",
        f"d={dep}",
        f"f={frame}",
        f"lf={lemma}|{frame}",
        f"ld={lemma}|{dep}",
        f"lt={lemma}|{tag}",
        f"hd={head.dep_}|{dep}",
        f"hl={head.lemma_.lower()}|{dep}",
        f"q={inq}",
        f"lq={lemma}|{inq}",
        f"w-1={prev_word}",
        f"w+1={next_word}",
        f"lw+1={lemma}|{next_word}",
        f"lw-1={lemma}|{prev_word}",
    ]
    # the children from the per-Doc table (spans.child_deps): Token.children walks every word
    # of the token's subtree, and a cue verb heads a clause
    children = child_deps(token)
    deps = sorted({d for _, d in children})
    feats.extend(f"c={d}" for d in deps)
    feats.extend(f"lc={lemma}|{d}" for d in deps)
    feats.append(f"lcs={lemma}|{'+'.join(d for d in deps if d in _ARG_DEPS)}")
    for cat in _categories(lemma):
        feats.append(f"cat={cat}")
        feats.append(f"catf={cat}|{frame}")
    subj = grammar.subject_of(token) if verbal else None
    if subj is not None:
        feats.append(f"subj={subj.pos_}|{subj.ent_type_}")
        feats.append(f"lsubj={lemma}|{subj.pos_}")
    for k, child_dep in children:
        if child_dep == "mark" or (child_dep == "ccomp" and k > token.i):
            child = doc[k]
            feats.append(f"cw={child_dep}|{child.lower_ if child_dep == 'mark' else child.pos_}")
        if child_dep == "poss":
            feats.append(f"poss={doc[k].pos_}")
            feats.append(f"lposs={lemma}")
    if token.lower_ == "according":
        feats.append("according")
    return feats


_ARG_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "agent", "dative", "prep", "advcl", "poss"}
)


# -- 2. content ----------------------------------------------------------------


@dataclass(slots=True)
class Candidate:
    """A candidate span of tokens ``[start, end)`` and the generators that proposed it."""

    start: int
    end: int
    kinds: set[str]


def _trim(doc: Doc, start: int, end: int, *, keep_quotes: bool = True) -> tuple[int, int]:
    """Drop spaces and punctuation at both ends (quotation marks too unless ``keep_quotes``)."""
    droppable = _droppable(doc)[0 if keep_quotes else 1]
    while start < end and droppable[start]:
        start += 1
    while end > start and droppable[end - 1]:
        end -= 1
    return start, end


#: Where :func:`_droppable` keeps a Doc's flags (in ``Doc.user_data``).
DROPPABLE_KEY = "communique.droppable"


def _droppable(doc: Doc) -> tuple[list[bool], list[bool]]:
    """For each token, may a trimmed range drop it: (quotation marks kept, quotation marks
    dropped). A space, or punctuation (but a quotation mark when marks are kept).

    Every candidate content of every cue is trimmed at both ends, about ten per cue; the
    flags are read as three ``Doc.to_array`` columns once per Doc instead of a Token made
    for each word looked at.
    """
    flags = doc.user_data.get(DROPPABLE_KEY)
    if flags is None:
        table = doc.to_array([IS_SPACE, IS_PUNCT, IS_QUOTE]).astype(bool).reshape(-1, 3)
        space, punct, quote = table[:, 0], table[:, 1], table[:, 2]
        flags = doc.user_data[DROPPABLE_KEY] = (
            (space | (punct & ~quote)).tolist(),
            (space | punct).tolist(),
        )
    return flags


def is_word(doc: Doc) -> list[bool]:
    """For each token, is it a word: neither punctuation nor a space (``not (t.is_punct or
    t.is_space)``), from the flags :func:`_droppable` reads once per Doc. The report rules
    count the words of each candidate content; a Token made for each of its words cost more
    than the counting."""
    flags = doc.user_data.get(WORD_KEY)
    if flags is None:
        flags = doc.user_data[WORD_KEY] = [not dropped for dropped in _droppable(doc)[1]]
    return flags


#: Where :func:`is_word` keeps a Doc's flags (in ``Doc.user_data``).
WORD_KEY = "communique.is_word"


def _cue_block(cue: Token, children: list[Token] | None = None) -> tuple[int, int]:
    """Token range of the cue with its auxiliaries, particles and subject (never content).

    ``children``: the cue's children, when the caller has read them already."""
    lo = hi = cue.i
    for child in children_of(cue) if children is None else children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt", "nsubj", "nsubjpass", "advmod") and (
            abs(child.i - cue.i) <= 6
        ):
            lo = min(lo, child.left_edge.i if child.dep_.startswith("nsubj") else child.i)
            hi = max(hi, child.right_edge.i if child.dep_.startswith("nsubj") else child.i)
    return lo, hi + 1


def trim_tokens(doc: Doc, start: int, end: int, *, keep_quotes: bool = True) -> tuple[int, int]:
    """``[start, end)`` without spaces and punctuation at either end (quotation marks kept
    unless ``keep_quotes`` is False)."""
    return _trim(doc, start, end, keep_quotes=keep_quotes)


def content_candidates(cue: Token) -> list[Candidate]:
    """Spans the parse offers as what ``cue`` reports."""
    doc = cue.doc
    sent = sentence_of(cue)
    found: dict[tuple[int, int], set[str]] = {}

    def add(kind: str, start: int, end: int, *, keep_quotes: bool = True) -> None:
        start, end = _trim(doc, max(start, 0), min(end, len(doc)), keep_quotes=keep_quotes)
        if end > start and not (start <= cue.i < end):
            found.setdefault((start, end), set()).add(kind)

    # read once from the per-Doc table: Token.children and Token.rights walk the cue's whole
    # clause on each use
    kids = children_of(cue)
    for child in kids:
        dep = child.dep_
        lo, hi = child.left_edge.i, child.right_edge.i + 1
        if dep in ("ccomp", "xcomp", "dobj", "advcl", "dative", "oprd", "attr", "acl", "relcl"):
            add(f"sub:{dep}", lo, hi)
            if doc[lo].dep_ == "mark" and doc[lo].head.i == child.i:
                add(f"sub-mark:{dep}", lo + 1, hi)
            if hi > cue.i:
                add(f"subext:{dep}", lo, grammar.right_extent(cue, child))
        elif dep == "prep":
            add(f"prep:{child.lower_}", lo, hi)
            pobj = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if pobj:
                add(f"pobj:{child.lower_}", pobj[0].left_edge.i, pobj[0].right_edge.i + 1)
    # What a stance or feeling is about, inside its noun or adjective ("expressed concern
    # *about Trump*", "pleased *with the outcome*", "hungry *for change*").
    for child in kids:
        if child.dep_ in ("dobj", "acomp", "attr") and child.i > cue.i:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.i > child.i:
                    for pobj in prep.children:
                        if pobj.dep_ in ("pobj", "pcomp"):
                            add(f"inner-pobj:{child.dep_}", pobj.left_edge.i, pobj.right_edge.i + 1)
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            # The noun phrase without what a comma or dash adds to it ("the endorsement of
            # Sen. Graham[, Congress' most zealous advocate ...]").
            core = _phrase_core(child)
            if core is not None:
                add(f"np-core:{child.dep_}", core[0], core[1])
        if child.dep_ == "nsubjpass":
            # "These proposals have been applauded by critics": the passive's subject.
            add("subjpass", child.left_edge.i, child.right_edge.i + 1)
    if cue.dep_ in ("acl", "amod") and cue.head.pos_ in ("NOUN", "PROPN"):
        # "a goal established by the governments": the noun the participle describes.
        noun = cue.head
        if cue.i > noun.i:
            add(f"head-noun:{cue.dep_}", noun.left_edge.i, cue.left_edge.i)
        else:
            add(f"head-noun:{cue.dep_}", cue.right_edge.i + 1, noun.right_edge.i + 1)
    # Everything the cue governs on its right, and the rest of the sentence after it.
    rights = [c for c in kids if c.i > cue.i and not (c.is_punct or c.is_space)]
    if rights:
        add("rights", rights[0].left_edge.i, max(c.right_edge.i for c in rights) + 1)
        args = [c for c in rights if c.dep_ not in ("cc", "conj", "advcl", "npadvmod")]
        if args:
            add("rights-args", args[0].left_edge.i, max(c.right_edge.i for c in args) + 1)
    block_lo, block_hi = _cue_block(cue, kids)
    add("after", block_hi, sent.end)
    # The sentence before the cue ("The shipments leave today, reported El Tiempo.").
    add("before", sent.start, block_lo)
    # The head clause of a parenthetical cue ("Clinton, he argued, is a liar").
    if cue.dep_ in ("parataxis", "advcl", "conj", "ccomp") and cue.head.i != cue.i:
        head = cue.head
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        clo, chi = cue.left_edge.i, cue.right_edge.i + 1
        if clo <= lo:
            add(f"head-rest:{cue.dep_}", chi, hi)
        elif chi >= hi:
            add(f"head-rest:{cue.dep_}", lo, clo)
        else:
            add(f"head-left:{cue.dep_}", lo, clo)
            add(f"head-right:{cue.dep_}", chi, hi)
        add(f"head:{cue.dep_}", lo, hi)
    # A colon after the cue hands over to the next sentence ("She said:").
    last = next((t for t in reversed(sent) if not t.is_space), None)  # from the end: no scan
    if last is not None and last.text == ":" and sent.end < len(doc):
        nxt = sentence_of(doc[sent.end])
        add("next-sent", nxt.start, nxt.end)
        add("after+next", block_hi, nxt.end)
    # The whole sentence minus the cue block, when the content wraps around it.
    if block_lo > sent.start and block_hi < sent.end:
        add("sent", sent.start, sent.end)
    # Cut writer's additions (", which ...", ", calling ...") off each candidate.
    for (start, end), kinds in list(found.items()):
        trimmed = grammar.trim_report(doc[start:end])
        if trimmed.end < end:
            add("trimmed", trimmed.start, trimmed.end)
            found[_trim(doc, trimmed.start, trimmed.end)] |= {f"trim:{k}" for k in kinds}
    return [Candidate(s, e, kinds) for (s, e), kinds in found.items()]


#: Punctuation that sets a phrase off from the noun it follows.
SET_OFF = frozenset({",", "—", "–", "--", "("})


def _phrase_core(noun: Token) -> tuple[int, int] | None:
    """A noun phrase up to the first comma or dash that the parse hangs on its head word.

    "the report, which appeared on Monday" → "the report". None when no such mark hangs
    on it.
    """
    doc = noun.doc
    for k in range(noun.i + 1, noun.right_edge.i + 1):
        if doc[k].text in SET_OFF and doc[k].head.i == noun.i:
            return (noun.left_edge.i, k) if k > noun.left_edge.i else None
    return None


def _length_bucket(n: int) -> str:
    for limit in (1, 2, 3, 5, 8, 13, 21, 34, 55):
        if n <= limit:
            return str(limit)
    return "more"


@dataclass(frozen=True, slots=True)
class CueReading:
    """What the content features read of the cue itself: the same for each of its candidates,
    so a ranking reads it once (:func:`cue_reading`) rather than once per candidate."""

    lemma: str
    frame: str
    sent_start: int
    sent_end: int


def cue_reading(cue: Token) -> CueReading:
    frame = grammar.frame_of(cue) if cue.pos_ in ("VERB", "AUX") else cue.pos_
    sent = sentence_of(cue)
    return CueReading(cue.lemma_.lower(), frame, sent.start, sent.end)


def content_features(
    cue: Token, cand: Candidate, quoted: np.ndarray, reading: CueReading | None = None
) -> list[str]:
    """Feature strings of a candidate content of ``cue`` (``reading``: :func:`cue_reading`)."""
    doc = cue.doc
    first, last = doc[cand.start], doc[cand.end - 1]
    before = doc[cand.start - 1] if cand.start > 0 else None
    after = doc[cand.end] if cand.end < len(doc) else None
    side = "after" if cand.start > cue.i else "before"
    if reading is None:
        reading = cue_reading(cue)
    lemma, frame = reading.lemma, reading.frame
    sent_start, sent_end = reading.sent_start, reading.sent_end
    n = cand.end - cand.start
    q_share = np.count_nonzero(quoted[cand.start : cand.end]) / n  # a candidate is never empty
    gap = cand.start - cue.i - 1 if side == "after" else cue.i - cand.end
    qb = "none" if q_share == 0 else ("all" if q_share > 0.95 else "some")
    feats = ["bias", f"side={side}", f"len={_length_bucket(n)}", f"q={qb}"]
    for kind in cand.kinds:
        feats.append(f"k={kind}")
        feats.append(f"kf={kind}|{frame}")
        feats.append(f"kl={kind}|{lemma}")
        feats.append(f"kside={kind}|{side}")
    feats.extend(
        [
            f"first={first.lower_}",
            f"firstp={first.pos_}|{first.dep_}",
            f"last={last.lower_}",
            f"lastp={last.pos_}",
            f"before={before.lower_ if before is not None else '<s>'}",
            f"after={after.lower_ if after is not None else '</s>'}",
            f"afterp={after.pos_ if after is not None else '</s>'}",
            f"sstart={cand.start == sent_start}",
            f"send={cand.end >= sent_end - 1}",
            f"cross={cand.end > sent_end or cand.start < sent_start}",
            f"lside={lemma}|{side}",
            f"fside={frame}|{side}",
            f"gap={_length_bucket(gap)}",
        ]
    )
    return feats


def content_vector(cue: Token, cand: Candidate) -> np.ndarray:
    """Dense context at the edges: the first and last content tokens and the tokens outside them."""
    return vectors(cue.doc, _edges(cand))


def content_vectors(cue: Token, cands: list[Candidate]) -> np.ndarray:
    """:func:`content_vector` of each candidate, one row each, read from the tensor at once."""
    return vectors(cue.doc, [i for cand in cands for i in _edges(cand)]).reshape(len(cands), -1)


def _edges(cand: Candidate) -> list[int]:
    return [cand.start, cand.end - 1, cand.start - 1, cand.end]


# -- 3. source -----------------------------------------------------------------


NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
#: Nominal tokens that sit inside a larger noun phrase rather than head one.
NOT_PHRASE_HEADS = frozenset({"compound", "amod", "nmod", "poss", "det", "flat", "nummod"})


def source_candidates(cue: Token, content: tuple[int, int]) -> list[Candidate]:
    """Noun phrases that may be the source of ``cue``; never inside its content."""
    sent = sentence_of(cue)
    found: dict[tuple[int, int], set[str]] = {}
    c0, c1 = content

    def add(kind: str, head: Token) -> None:
        phrase = grammar.noun_phrase(head)
        if len(phrase) == 0 or (c0 <= phrase.start < c1) or (c0 < phrase.end <= c1):
            return
        found.setdefault((phrase.start, phrase.end), set()).add(kind)

    subj = grammar.subject_of(cue) if cue.pos_ in ("VERB", "AUX") else None
    if subj is not None:
        add("subject", subj)
    for child in cue.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            add(f"dep:{child.dep_}", child)
        elif child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    add("agent", g)
        elif child.dep_ == "poss":
            add("poss", child)
        elif child.dep_ in ("prep",) and child.lower_ in ("by", "from", "of", "to", "among"):
            for g in child.children:
                if g.dep_ == "pobj":
                    add(f"pobj:{child.lower_}", g)
        elif child.dep_ in ("dobj", "dative"):
            add(f"dep:{child.dep_}", child)
    if cue.head.i != cue.i and cue.head.pos_ in ("NOUN", "PROPN", "PRON"):
        add("head-noun", cue.head)
    for token in sent:
        # Heads of the sentence's noun phrases (Span.noun_chunks would walk the whole Doc).
        if token.pos_ in NOMINAL and token.dep_ not in NOT_PHRASE_HEADS:
            add("chunk", token)
    return [Candidate(s, e, kinds) for (s, e), kinds in found.items()]


def source_features(
    cue: Token, cand: Candidate, content: tuple[int, int], root: Token | None = None
) -> list[str]:
    """Feature strings of a candidate source of ``cue`` (``root``: the phrase's root, when the
    caller has found it already)."""
    doc = cue.doc
    phrase: Span = doc[cand.start : cand.end]
    if root is None:
        root = phrase.root
    side = "before" if cand.end <= cue.i else "after"
    cside = "before" if cand.end <= content[0] else "after"
    dist = _length_bucket(abs(cue.i - (cand.end - 1 if side == "before" else cand.start)))
    lemma = cue.lemma_.lower()
    feats = [
        "bias",
        f"side={side}",
        f"cside={cside}",
        f"dist={dist}",
        f"pos={root.pos_}",
        f"ent={root.ent_type_}",
        f"dep={root.dep_}",
        f"pron={root.lower_ if root.pos_ == 'PRON' else '-'}",
        f"len={_length_bucket(len(phrase))}",
        f"posdist={root.pos_}|{dist}|{side}",
    ]
    for kind in cand.kinds:
        feats.append(f"k={kind}")
        feats.append(f"kl={kind}|{lemma}")
        feats.append(f"kpos={kind}|{root.pos_}")
        feats.append(f"kside={kind}|{side}")
    return feats


def source_vector(cue: Token, cand: Candidate) -> np.ndarray:
    doc = cue.doc
    root = doc[cand.start : cand.end].root
    return vectors(doc, [root.i, cand.start])


def source_vectors(cue: Token, cands: list[tuple[Candidate, Token]]) -> np.ndarray:
    """:func:`source_vector` of each candidate (with its phrase's root), one row each, read
    from the tensor at once; ``cands`` is not empty."""
    rows = vectors(cue.doc, [i for cand, root in cands for i in (root.i, cand.start)])
    return rows.reshape(len(cands), -1)
