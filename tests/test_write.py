"""The writers: JSON Lines streams one record per line; tables print article text literally."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from communique.schema import (
    Actor,
    Article,
    Cue,
    Dateline,
    Mention,
    Party,
    Quote,
    Warning,
)
from communique.write import render_table, write_jsonl

TEXT = (
    'MUNICH (Wire) — Minister Baerbock said "we [bold]agree[/] on [red]this[/red]". '
    "She added that talks would go on."
)


def _span(needle: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(needle, start)
    return (i, i + len(needle))


def make_article(article_id: str = "a1", **overrides: object) -> Article:
    """A small but complete record, with markup-like text where the article's words go."""
    baerbock = Actor(
        id="A1",
        name="Annalena Baerbock",
        kind="person",
        country="DEU",
        sector="GOV",
        reason="title 'Minister' + known name",
        mentions=[
            Mention("Minister Baerbock", _span("Minister Baerbock"), "title"),
            Mention("She", _span("She"), "pronoun"),
        ],
    )
    direct = Quote(
        id="Q1",
        kind="direct",
        text="we [bold]agree[/] on [red]this[/red]",
        span=_span("we [bold]agree[/] on [red]this[/red]"),
        cue=Cue("said", _span("said")),
        speaker=Party("A1", "Annalena Baerbock", baerbock.mentions[0]),
    )
    indirect = Quote(
        id="Q2",
        kind="indirect",
        text="talks would go on",
        span=_span("talks would go on"),
        cue=Cue("added", _span("added")),
        speaker=Party("A1", "Annalena Baerbock", baerbock.mentions[1]),
        nested_in="Q1",
    )
    fields: dict[str, object] = {
        "id": article_id,
        "text": TEXT,
        "title": "Talks [italic]continue[/italic]",
        "published": "2022-02-18",
        "published_reason": "given with --date",
        "dateline": Dateline("MUNICH (Wire) —", _span("MUNICH (Wire) —"), "MUNICH", None, "Wire"),
        "actors": [baerbock],
        "quotes": [direct, indirect],
        "warnings": [Warning("CQ101", "unbalanced [blink]quotation[/blink] mark", (3, 4))],
    }
    fields.update(overrides)
    return Article(**fields)  # type: ignore[arg-type]


def render(*articles: Article, width: int = 200) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    render_table(articles, console)
    return console.file.getvalue()  # type: ignore[attr-defined]


# -- JSON Lines ---------------------------------------------------------------


def test_jsonl_writes_one_parseable_object_per_line_and_counts_them() -> None:
    out = io.StringIO()
    n = write_jsonl([make_article("a1"), make_article("a2")], out)
    lines = out.getvalue().splitlines()
    assert n == 2
    assert len(lines) == 2
    assert [json.loads(line)["id"] for line in lines] == ["a1", "a2"]
    assert json.loads(lines[0]) == make_article("a1").to_dict()


def test_jsonl_leaves_text_out_unless_asked() -> None:
    out = io.StringIO()
    write_jsonl([make_article()], out)
    assert "text" not in json.loads(out.getvalue())
    out = io.StringIO()
    write_jsonl([make_article()], out, include_text=True)
    assert json.loads(out.getvalue())["text"] == TEXT


def test_jsonl_keeps_non_ascii_readable() -> None:
    out = io.StringIO()
    write_jsonl([make_article(title="Vučić in Beograd — “talks”")], out)
    assert "Vučić in Beograd — “talks”" in out.getvalue()
    assert "\\u" not in out.getvalue()


def test_jsonl_of_nothing_writes_nothing() -> None:
    out = io.StringIO()
    assert write_jsonl([], out) == 0
    assert out.getvalue() == ""


class FlushLog(io.StringIO):
    """Records how much had been written at each flush."""

    def __init__(self) -> None:
        super().__init__()
        self.flushed_at: list[int] = []

    def flush(self) -> None:
        self.flushed_at.append(self.getvalue().count("\n"))
        super().flush()


def test_jsonl_flushes_each_record_before_the_next_is_produced() -> None:
    out = FlushLog()
    seen_before_next: list[int] = []

    def articles():  # a lazy batch, as the pipeline yields it
        for i in range(3):
            seen_before_next.append(out.getvalue().count("\n"))
            yield make_article(f"a{i}")

    assert write_jsonl(articles(), out) == 3
    assert out.flushed_at == [1, 2, 3]
    assert seen_before_next == [0, 1, 2]


# -- tables -------------------------------------------------------------------


def test_table_shows_header_actors_quotes_and_warnings() -> None:
    shown = render(make_article())
    for expected in (
        "a1",
        "2022-02-18",
        "given with --date",
        "MUNICH · Wire",
        "Annalena Baerbock",
        "DEU",
        "GOV",
        "Q1",
        "Q2",
        "direct",
        "indirect",
        "said",
        "added",
        "CQ101",
        "(at 3–4)",
    ):
        assert expected in shown, expected


def test_table_counts_mentions() -> None:
    shown = render(make_article())
    row = next(line for line in shown.splitlines() if "DEU" in line)
    assert row.rstrip(" │|").endswith("2")


def test_table_shows_the_mention_used_when_it_is_a_pronoun() -> None:
    rows = render(make_article()).splitlines()
    q2 = next(line for line in rows if "Q2" in line)
    q1 = next(line for line in rows if "Q1" in line)
    assert 'Annalena Baerbock ("She")' in q2
    assert "Minister Baerbock" not in q1  # a title mention names the speaker already


def test_table_prints_markup_in_article_text_literally() -> None:
    shown = render(make_article())
    assert "we [bold]agree[/] on [red]this[/red]" in shown
    assert "Talks [italic]continue[/italic]" in shown
    assert "unbalanced [blink]quotation[/blink] mark" in shown


def test_table_markup_cannot_close_or_open_styles() -> None:
    # With colour on, markup in the text must not become ANSI styling.
    console = Console(file=io.StringIO(), width=200, color_system="truecolor", force_terminal=True)
    render_table([make_article(title="[/][bold red]x[/]")], console)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "[/][bold red]x[/]" in shown


def test_table_does_not_pass_terminal_escapes_through() -> None:
    evil = "Pwned\x1b[2J\x1b]0;title\x07 \u202eesrever"
    article = make_article(title=evil)
    article.quotes[0].text = evil
    shown = render(article)
    assert "\x1b" not in shown
    assert "\u202e" not in shown
    assert "\\x1b[2J" in shown
    assert "\\u202e" in shown


def test_table_trims_long_quotations_to_one_readable_cell() -> None:
    article = make_article()
    article.quotes[0].text = "word " * 100 + "END"
    shown = render(article, width=400)
    assert "END" not in shown
    assert "…" in shown
    q1 = next(line for line in shown.splitlines() if "Q1" in line)
    assert q1.count("word") <= 24


def test_table_folds_line_breaks_inside_quotations() -> None:
    article = make_article()
    article.quotes[0].text = "first line\n\nsecond line"
    shown = render(article)
    assert "first line second line" in shown


def test_table_of_an_empty_article_says_so() -> None:
    shown = render(Article(id="empty", text=""))
    assert "empty" in shown
    assert "no actors found" in shown
    assert "no quotations found" in shown


def test_table_does_not_repeat_a_description_that_is_the_name() -> None:
    article = make_article()
    officials = Mention("officials", (0, 9), "description")
    article.quotes[0].speaker = Party(None, "officials", officials)
    q1 = next(line for line in render(article).splitlines() if "Q1" in line)
    assert q1.count("officials") == 1


def test_table_without_speaker_or_cue() -> None:
    article = make_article()
    article.quotes[0].speaker = None
    article.quotes[0].cue = None
    q1 = next(line for line in render(article).splitlines() if "Q1" in line)
    assert "(none)" in q1


def test_table_shows_addressee_column_only_when_there_is_one() -> None:
    article = make_article()
    header = next(line for line in render(article).splitlines() if "speaker" in line)
    assert "to" not in header.split()
    serbia = Mention("Serbia", (0, 6), "country")
    article.quotes[0].addressee = Party("A2", "Serbia", serbia)
    header = next(line for line in render(article).splitlines() if "speaker" in line)
    assert "to" in header.split()


@pytest.mark.parametrize("n", [1, 3])
def test_table_prints_every_article(n: int) -> None:
    shown = render(*(make_article(f"art-{i}") for i in range(n)))
    assert all(f"art-{i}" in shown for i in range(n))
