"""The PolNeAR brat reader: spans, roles, ignored regions, annotator choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.eval.brat import load_split, parse_ann, split_ann_name

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "data" / "dev"

TEXT = 'Intro. "First part," Smith said, "second part." Read more here. Polls show gains.'


def _t(tid: str, label: str, spans: list[tuple[int, int]]) -> str:
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    return f"{tid}\t{label} {offsets}\t{' '.join(TEXT[s:e] for s, e in spans)}"


def test_discontinuous_content_keeps_both_pieces_sorted() -> None:
    first, second = (TEXT.index('"First'), TEXT.index(" Smith")), (TEXT.index('"second'), 47)
    ann = "\n".join(
        [
            _t("T1", "Source", [(21, 26)]),
            _t("T2", "Cue", [(27, 31)]),
            # written later piece first, as some PolNeAR annotators did
            _t("T3", "Content", [second, first]),
            _t("T4", "Attribution", [(27, 31)]),
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        ]
    )
    attributions, ignored, problems = parse_ann(ann, TEXT)
    assert problems == []
    assert ignored == []
    (a,) = attributions
    assert a.content == (first, second)
    assert TEXT[a.source[0][0] : a.source[0][1]] == "Smith"
    assert a.cue == ((27, 31),)
    assert a.has_source


def test_no_source_and_ignored_regions() -> None:
    ann = "\n".join(
        [
            _t("T1", "Cue", [(70, 74)]),  # "show"
            _t("T2", "Content", [(75, 81)]),  # "gains."
            _t("T3", "Attribution-no-source", [(70, 74)]),
            "E1\tAttribution-no-source:T3 Content:T2 Cue:T1",
            _t("T4", "Discard", [(48, 63)]),
            _t("T5", "Discuss", [(0, 6)]),
        ]
    )
    attributions, ignored, problems = parse_ann(ann, TEXT)
    assert problems == []
    (a,) = attributions
    assert not a.has_source and a.source == ()
    assert ignored == [(0, 6), (48, 63)]


def test_problems_are_reported_not_raised() -> None:
    ann = "\n".join(
        [
            "T1\tContent 0 5\tWrong text",
            "T2\tCue 0 x\tbad",
            "E1\tAttribution-no-source:T9",  # no content: cannot be scored
            "E2\tAttribution:T7 Content:T1",  # T7 does not exist
        ]
    )
    attributions, _, problems = parse_ann(ann, TEXT)
    assert [a.id for a in attributions] == ["E2"]
    assert any("T1 text does not match" in p for p in problems)
    assert any("cannot parse" in p for p in problems)
    assert any("E1: attribution without content" in p for p in problems)
    assert any("missing T7" in p for p in problems)


def test_second_content_role_is_merged() -> None:
    ann = "\n".join(
        [
            _t("T1", "Content", [(8, 18)]),
            _t("T2", "Content", [(34, 45)]),
            "E1\tAttribution:T3 Content:T1 Content2:T2",
        ]
    )
    (a,), _, _ = parse_ann(ann, TEXT)
    assert a.content == ((8, 18), (34, 45))


def test_split_ann_name() -> None:
    assert split_ann_name(Path("nyt_2016-09-08_obama-on_4e07.ann")) == (
        "nyt_2016-09-08_obama-on",
        "4e07",
    )


def test_load_split_keeps_one_annotator_per_article(tmp_path: Path) -> None:
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a_1.txt").write_text(TEXT, encoding="utf-8")
    for annotator, span in (("bbbb", (8, 18)), ("aaaa", (34, 45))):
        (tmp_path / "attributions" / f"a_1_{annotator}.ann").write_text(
            _t("T1", "Content", [span]) + "\nE1\tAttribution:T2 Content:T1\n", encoding="utf-8"
        )
    (only,) = load_split(tmp_path)
    assert only.annotator == "aaaa"
    assert only.attributions[0].content == ((34, 45),)
    with pytest.raises(FileNotFoundError):
        load_split(tmp_path / "text")


@pytest.mark.skipif(not DEV.is_dir(), reason="PolNeAR dev split not present in ../shared/data")
def test_dev_split_offsets_match_the_text() -> None:
    articles = load_split(DEV)
    assert len(articles) == 84
    # the one known defect: an event with no content in one file
    problems = [p for a in articles for p in a.problems]
    assert problems == ["E21: attribution without content, skipped"]
    assert sum(len(a.attributions) for a in articles) > 2000
    assert any(len(g.content) > 1 for a in articles for g in a.attributions)
