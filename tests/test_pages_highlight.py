"""Marking spans in article text: escaped pieces, elements that always nest, nothing lost."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from communique.serve.article_view import article_view, badge_text
from communique.serve.highlight import Mark, render


class _Tree(HTMLParser):
    """Checks that tags nest and collects the text, as a browser would read it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ok = True

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.ok = False

    def handle_data(self, data):
        self.text.append(data)


def _parse(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    return tree


def test_nested_and_crossing_spans_nest_and_keep_the_text():
    text = "He said: 'she told me \"no\" twice' and left."
    marks = [
        Mark(9, 34, "quote", attrs={"quote": "Q1"}),
        Mark(23, 25, "quote", attrs={"quote": "Q2"}),  # nested inside Q1
        Mark(30, 38, "trigger", attrs={"events": "E1"}),  # crosses Q1's end
    ]
    out = str(render(text, marks))
    tree = _parse(out)
    assert tree.ok and not tree.stack
    assert "".join(tree.text) == text
    # The crossing trigger is split: a piece inside the quote and a continued piece after it.
    triggers = [attrs for tag, attrs in tree.tags if tag == "mark"]
    assert len(triggers) == 2 and "cont" in triggers[1]["class"]
    assert out.index('data-quote="Q2"') > out.index('data-quote="Q1"')


def test_hostile_text_is_escaped_piece_by_piece():
    text = '<script>alert(1)</script> "<img src=x onerror=alert(2)>" said <b>X</b> & co'
    out = str(render(text, [Mark(27, 56, "quote", attrs={"quote": "Q1"})]))
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out and "&amp; co" in out
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


def test_out_of_range_and_empty_spans_are_dropped_not_raised():
    out = str(render("short", [Mark(3, 99, "quote"), Mark(4, 4, "mention"), Mark(-5, 2, "m")]))
    assert _parse(out).ok
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == "short"


@given(
    st.text(max_size=60),
    st.lists(
        st.tuples(
            st.integers(-3, 70),
            st.integers(-3, 70),
            st.sampled_from(["quote", "mention", "trigger", "sentence"]),
        ),
        max_size=12,
    ),
)
def test_any_spans_give_well_formed_markup_with_the_same_text(text, spans):
    marks = [Mark(a, b, kind, attrs={"id": str(i)}) for i, (a, b, kind) in enumerate(spans)]
    out = str(render(text, marks))
    tree = _parse(out)
    assert tree.ok and not tree.stack
    # Every character is there once, in order (line ends as the parser reads them).
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


def _record():
    text = 'Peskov said "Russia has no intention of attacking anyone," and left.'
    quote_start = text.index("Russia")
    quote_end = text.index(',"') + 1
    trigger = text.index("attacking")
    return text, {
        "actors": [
            {
                "id": "A1",
                "name": "Dmitry Peskov",
                "country": "RUS",
                "mentions": [{"text": "Peskov", "span": [0, 6], "kind": "surname"}],
            }
        ],
        "quotes": [
            {
                "id": "Q1",
                "kind": "direct",
                "text": text[quote_start:quote_end],
                "span": [quote_start, quote_end],
                "cue": {"text": "said", "span": [7, 11]},
                "speaker": {
                    "actor": "A1",
                    "name": "Dmitry Peskov",
                    "mention": {"text": "Peskov", "span": [0, 6], "kind": "surname"},
                },
                "addressee": None,
                "nested_in": None,
            }
        ],
        "events": [
            {
                "id": "E1",
                "type": "ASSAULT",
                "modality": "negated",
                "actor": [{"name": "Russia", "code": "RUS", "sector": None, "actor_id": None}],
                "recipient": [],
                "trigger": {"text": "attacking", "span": [trigger, trigger + 9]},
                "sentence": [0, len(text)],
                "quad_class": 4,
                "claimed_by": "Q1",
            }
        ],
    }


def test_article_view_colours_quotes_by_speaker_and_badges_triggers():
    text, record = _record()
    view = article_view({**record, "text": text})
    tree = _parse(str(view["html"]))
    assert tree.ok and "".join(tree.text).startswith(text[:20])
    quote = next(a for t, a in tree.tags if a.get("data-quote") == "Q1")
    mention = next(a for t, a in tree.tags if a.get("data-actor") == "A1")
    assert "spk0" in quote["class"] and "spk0" in mention["class"]  # one colour per speaker
    trigger = next(a for t, a in tree.tags if t == "mark")
    assert trigger["data-events"] == "E1" and "qc4" in trigger["class"]
    assert badge_text(record["events"][0]) == "ASSAULT · negated"
    assert "ASSAULT · negated" in "".join(tree.text)
    assert view["quotes"][0]["colour"] == "spk0" and view["quotes"][0]["speaker_span"] == "0-6"
