"""scripts/quote_misses.py: the kinds it sorts missed gold attributions into."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from communique.eval.brat import AnnotatedText, Attribution
from communique.eval.polnear import Predicted

ROOT = Path(__file__).resolve().parent.parent


def _load_script():
    path = ROOT / "scripts" / "quote_misses.py"
    spec = importlib.util.spec_from_file_location("quote_misses", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


TEXT = (
    "The mayor said the bridge would reopen in May on the strict condition of full anonymity. "
    "Her deputy insisted that the budget was sound, while critics wanted an audit. "
    "Residents backed the plan."
)


def _gold(content: str, cue: str) -> Attribution:
    return Attribution("E", (_span(TEXT, content),), (_span(TEXT, cue),), ())


def _kinds(gold: list[Attribution], predicted: list[Predicted]) -> dict[str, str]:
    mod = _load_script()
    annotated = AnnotatedText("s", "a", TEXT, gold, [])
    return {
        TEXT[pieces[0][0] : pieces[-1][1]]: why
        for why, _, _, pieces, _ in mod.misses(annotated, predicted, "indirect")
    }


def test_a_content_with_a_trailing_adjunct_is_too_long() -> None:
    gold = [_gold("the bridge would reopen in May", "said")]
    ours = Predicted(
        content=(
            _span(TEXT, "the bridge would reopen in May on the strict condition of full anonymity"),
        ),
        cue=(_span(TEXT, "said"),),
    )
    assert _kinds(gold, [ours]) == {"the bridge would reopen in May": "too long, extra after"}


def test_a_content_over_a_second_report_is_merged_and_a_lost_cue_is_no_cue() -> None:
    gold = [
        _gold("that the budget was sound", "insisted"),
        _gold("an audit", "wanted"),
        _gold("the plan", "backed"),
    ]
    ours = Predicted(
        content=(_span(TEXT, "that the budget was sound, while critics wanted an audit"),),
        cue=(_span(TEXT, "insisted"),),
    )
    assert _kinds(gold, [ours]) == {
        "that the budget was sound": "merged",
        "an audit": "merged",
        "the plan": "no cue",
    }


def test_a_found_cue_with_its_content_elsewhere_and_a_short_content() -> None:
    gold = [_gold("the plan", "backed"), _gold("that the budget was sound", "insisted")]
    elsewhere = Predicted(content=(_span(TEXT, "Residents"),), cue=(_span(TEXT, "backed"),))
    short = Predicted(content=(_span(TEXT, "that the"),), cue=(_span(TEXT, "insisted"),))
    assert _kinds(gold, [elsewhere, short]) == {
        "the plan": "cue found, content elsewhere",
        "that the budget was sound": "too short, missed after",
    }


def test_dev_is_refused(tmp_path: Path) -> None:
    mod = _load_script()
    dev = tmp_path / "dev"
    dev.mkdir()
    assert mod.main([str(dev)]) == 2
