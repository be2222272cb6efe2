"""Reading inputs: encodings, HTML, JSON Lines, folders, globs and stdin.

The promise under test: good inputs become Documents, each bad input becomes
exactly one coded problem, and a batch never stops because of one of them.
"""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.errors import InputProblem
from communique.read import (
    decode_text,
    find_headings,
    html_to_document,
    read_file,
    read_inputs,
    read_jsonl,
)

SAMPLE = Path(__file__).parents[1] / "src" / "communique" / "samples" / "munich_talks.txt"

PAGE = """<!DOCTYPE html>
<html><head>
<title>Talks in Munich | Sample News</title>
<meta property="og:title" content="Talks in Munich">
<meta property="og:url" content="https://news.example.org/2022/02/18/talks">
<meta property="og:site_name" content="Sample News">
<meta property="article:published_time" content="2022-02-18T09:30:00+01:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Talks in Munich</h1>
<p>MUNICH, Feb. 18 (Sample Wire) — German Foreign Minister Annalena Baerbock has urged
Serbia to pull back its forces from the border with Kosovo, saying the build-up
"threatens everything the region has achieved in two decades."</p>
<p>Baerbock met Chinese Foreign Minister Wang Yi in Munich on Tuesday for talks on the
war in Ukraine and on energy supplies. "We spoke openly," she told reporters.</p>
<h2>Energy security</h2>
<p>The German foreign minister also said any settlement "must respect Moldova's
sovereignty and the will of its people." She criticised Moscow for using gas supplies
as a weapon against Europe.</p>
</article>
<footer>Copyright Sample News. All rights reserved.</footer>
</body></html>
"""


def problems_of(inputs: list[str], stdin: io.BytesIO | None = None) -> tuple[list, list]:
    """Run read_inputs, collecting documents and problems."""
    problems: list[InputProblem] = []
    docs = list(read_inputs(inputs, on_problem=problems.append, stdin=stdin))
    return docs, problems


def code_of(exc_info: pytest.ExceptionInfo[InputProblem]) -> str:
    return exc_info.value.code


# -- decoding ----------------------------------------------------------------


def test_utf8_and_bom() -> None:
    text, warnings = decode_text("Café — “quoted”".encode(), "a")
    assert (text, warnings) == ("Café — “quoted”", [])
    text, warnings = decode_text("\ufeffStart here".encode(), "a")
    assert text == "Start here"  # spans refer to the text without the BOM
    assert warnings == []


def test_windows_line_ends_are_kept_so_spans_match_the_file() -> None:
    text, _ = decode_text(b"Line one\r\nLine two\rLine three", "a")
    assert text == "Line one\r\nLine two\rLine three"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        ("Der Außenminister sagte in München: Café, naïve résumé.", "latin-1"),
        ("He said “we will not back down” — and left.", "cp1252"),
    ],
)
def test_legacy_western_encodings(raw: str, encoding: str) -> None:
    text, warnings = decode_text(raw.encode(encoding), "old.txt")
    assert text == raw
    assert [w.code for w in warnings] == ["CQ203"]
    assert "old.txt" in warnings[0].message


def test_cyrillic_legacy_encoding_is_detected() -> None:
    raw = "Министр заявил, что переговоры будут продолжены на следующей неделе. " * 3
    text, warnings = decode_text(raw.encode("cp1251"), "ru.txt")
    assert text == raw
    assert [w.code for w in warnings] == ["CQ203"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32(encoding: str) -> None:
    raw = "Wang said “no” to Baerbock."
    text, warnings = decode_text(raw.encode(encoding), "u.txt")
    assert text == raw
    # With a byte order mark it is unambiguous; without one it is a guess, said so.
    assert [w.code for w in warnings] == ([] if encoding in ("utf-16", "utf-32") else ["CQ203"])


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "CQ201"),
        (bytes(range(1, 9)) * 100 + b"some text", "CQ201"),
        (b"", "CQ202"),
        (b"  \n\t\r\n ", "CQ202"),
        ("   ".encode("utf-16"), "CQ202"),
    ],
)
def test_unreadable_bytes(data: bytes, code: str) -> None:
    with pytest.raises(InputProblem) as info:
        decode_text(data, "bad")
    assert code_of(info) == code
    assert str(info.value).startswith(f"{code} bad:")


def test_undeterminable_encoding_is_refused() -> None:
    # High bytes that no single-byte code page reads as prose.
    data = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xA4, 0xE7]) * 40
    with pytest.raises(InputProblem) as info:
        decode_text(data, "odd")
    assert code_of(info) == "CQ204"


def test_control_characters_are_kept_but_mostly_controls_is_binary() -> None:
    text, warnings = decode_text(b"He said\x07 no\x1b.", "c")
    assert text == "He said\x07 no\x1b."  # kept: spans must stay true
    assert warnings == []  # the pipeline reports them (CQ106) for every input kind
    with pytest.raises(InputProblem) as info:
        decode_text("\x85\x86\x87 ab\x88\x89\x8a".encode() * 3, "c1")
    assert code_of(info) == "CQ201"


def test_huge_text_is_fast() -> None:
    line = "The minister said the talks were “fruitful”, Wang told reporters.\n"
    data = (line * (5_000_000 // len(line))).encode()
    legacy = (line.replace("“", '"').replace("”", "é") * 70_000).encode("cp1252")
    start = time.perf_counter()
    text, _ = decode_text(data, "big")
    _, warnings = decode_text(legacy, "big-legacy")
    assert len(text) > 4_500_000
    assert [w.code for w in warnings] == ["CQ203"]
    assert time.perf_counter() - start < 2.0


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_decode_never_raises_anything_else(data: bytes) -> None:
    try:
        text, warnings = decode_text(data, "fuzz")
    except InputProblem as problem:
        assert problem.code in {"CQ201", "CQ202", "CQ204"}
    else:
        assert text.strip()
        assert all(w.code == "CQ203" for w in warnings)


# -- HTML ----------------------------------------------------------------------


def test_html_page_text_and_metadata() -> None:
    doc = html_to_document(PAGE, "talks")
    assert doc.id == "talks"
    assert doc.title == "Talks in Munich"
    assert doc.date == "2022-02-18"
    assert doc.url == "https://news.example.org/2022/02/18/talks"
    assert doc.source == "Sample News"
    assert "Baerbock has urged" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    # Blocks are separated by blank lines, so the heading stands alone.
    assert [h.text for h in find_headings(doc.text)] == ["Talks in Munich", "Energy security"]


def test_html_bytes_with_declared_charset() -> None:
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace("—", "-")
    page = page.replace("Baerbock met", "Baerbock, très calme, met")
    doc = html_to_document(page.encode("cp1252"), "legacy")
    assert "très calme" in doc.text
    assert doc.warnings == []  # the page said what it was: nothing guessed


def test_malformed_html_still_gives_text() -> None:
    broken = (
        "<html><head><title>Broken page</title><body><div><p>WASHINGTON (Reuters) - The"
        " United States said on Monday it would send more aid to Ukraine, a senior official"
        " told reporters."
        " <b>The package <i>includes air defence systems and ammunition, the official said."
        "<p>Another paragraph starts without closing the last one, says the official.<div>"
    )
    doc = html_to_document(broken, "broken")
    assert "send more aid to Ukraine" in doc.text
    assert "Another paragraph" in doc.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><body></body></html>",
        "<html><body><script>var x = 1;</script><nav>Home</nav></body></html>",
        "<p>unclosed <b>bold <i>x",
    ],
)
def test_html_without_main_text(page: str) -> None:
    with pytest.raises(InputProblem) as info:
        html_to_document(page, "empty", where="pages/empty.html")
    assert code_of(info) == "CQ207"
    assert "pages/empty.html" in str(info.value)


def _nested(depth: int, before: str = "") -> str:
    """A page whose article stands ``depth`` elements deep, after ``before``."""
    article = "<article>" + "<p>The minister said the army would leave the border town.</p>" * 3
    return (
        f"<html><body>{before}" + "<div>" * depth + article + "</article>" + "</div>" * depth
        + "</body></html>"
    )  # fmt: skip


@pytest.mark.parametrize("depth", [10, 300, 2000])
def test_html_nested_past_the_parsers_default_depth_is_read(depth: int) -> None:
    # libxml2 stops at 256 elements deep and keeps what came before: the article was lost
    doc = html_to_document(_nested(depth), "deep")
    assert doc.text.startswith("The minister said the army would leave the border town.")


def test_the_deep_article_of_a_page_with_shallow_text_is_read() -> None:
    page = _nested(400, before="<nav><p>Home News Sport Weather Travel and more</p></nav>")
    assert "The minister said" in html_to_document(page, "deep").text


def test_html_nested_past_the_raised_depth_is_refused_with_its_reason() -> None:
    with pytest.raises(InputProblem) as info:
        html_to_document(_nested(5000), "deep", where="pages/deep.html")
    assert code_of(info) == "CQ210"
    assert "nested more than 2,048 elements deep" in str(info.value)
    assert "pages/deep.html" in str(info.value)


def _failing_raised_limit_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parse with the depth limit raised fails: the second of a page's two parses."""
    from lxml import etree

    parse = etree.fromstring
    calls: list[object] = []

    def fromstring(*args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == 2:
            raise MemoryError("no room for the tree")
        return parse(*args, **kwargs)

    monkeypatch.setattr(etree, "fromstring", fromstring)


def test_a_failed_raised_limit_parse_keeps_the_shallow_text_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _failing_raised_limit_parse(monkeypatch)
    shallow = "<p>The mayor said on Monday that the bridge over the river would reopen soon.</p>"
    doc = html_to_document(_nested(400, before=shallow), "deep")
    assert doc.text.startswith("The mayor said on Monday")
    assert "The minister said" not in doc.text
    [cq111] = [w for w in doc.warnings if w.code == "CQ111"]
    assert "MemoryError: no room for the tree" in cq111.message
    assert "256" in cq111.message


def test_a_failed_raised_limit_parse_with_no_shallow_text_is_refused_with_its_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _failing_raised_limit_parse(monkeypatch)
    with pytest.raises(InputProblem) as info:
        html_to_document(_nested(400), "deep", where="pages/deep.html")
    assert code_of(info) == "CQ210"
    assert "nested more than 256 elements deep (MemoryError" in str(info.value)


def test_a_failed_first_parse_is_refused_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from lxml import etree

    def fromstring(data: bytes, parser: object) -> object:
        raise ValueError("parser broke")

    monkeypatch.setattr(etree, "fromstring", fromstring)
    with pytest.raises(InputProblem) as info:
        html_to_document(_nested(10), "page", where="pages/page.html")
    assert code_of(info) == "CQ210"
    assert "ValueError: parser broke" in str(info.value)


def test_a_page_of_too_many_elements_is_refused_before_the_extractor_reads_it() -> None:
    # the extractor's cost grows faster than the page: 100,000 paragraphs took 30 s
    paragraph = "<p>The minister said the army would leave the town.</p>"
    page = "<html><body><article>" + paragraph * 60_000 + "</article></body></html>"
    started = time.process_time()
    with pytest.raises(InputProblem) as info:
        html_to_document(page, "long", where="pages/long.html")
    assert time.process_time() - started < 5
    assert code_of(info) == "CQ210"
    assert "HTML of 60,003 elements, more than the 50,000 read" in str(info.value)


def test_a_page_with_lone_surrogates_is_read_with_a_warning() -> None:
    # as a JSON "\ud800" escape or a Python caller can give; no UTF-8 encoder takes one
    page = "<html><body><p>The minister said \ud800 the army would leave the town.</p></body>"
    doc = html_to_document(page, "odd")
    assert doc.text == "The minister said \ufffd the army would leave the town."
    assert [w.code for w in doc.warnings] == ["CQ109"]


# -- JSON Lines ----------------------------------------------------------------


def test_jsonl_one_bad_line_others_read() -> None:
    lines = [
        json.dumps({"id": "a1", "text": "First article.", "title": "One", "date": "March 3, 2022"}),
        "{not json",
        "",
        json.dumps({"text": "No id here.", "url": "https://x.example/2", "source": "Wire"}),
        json.dumps({"id": "a3", "title": "No text"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": "Numeric id.", "date": "sometime"}),
    ]
    problems: list[InputProblem] = []
    docs = list(read_jsonl(lines, "corpus", problems.append))
    assert [d.id for d in docs] == ["a1", "corpus-4", "7"]
    assert docs[0].title == "One" and docs[0].date == "2022-03-03"
    assert (docs[1].url, docs[1].source) == ("https://x.example/2", "Wire")
    assert docs[2].date == "sometime"  # kept as given, with a warning
    assert [w.code for w in docs[2].warnings] == ["CQ108"]
    assert [(p.code, str(p)) for p in problems] == [
        (
            "CQ205",
            "CQ205 corpus:2: not valid JSON (Expecting property name enclosed in double "
            "quotes), skipped",
        ),
        ("CQ206", "CQ206 corpus:5: JSON record has no 'text' field, skipped"),
        ("CQ205", "CQ205 corpus:6: not valid JSON (a list, not an object), skipped"),
    ]


def test_jsonl_bytes_bom_and_bad_utf8() -> None:
    lines = [b'\xef\xbb\xbf{"id": "x", "text": "caf\xc3\xa9"}\n', b'{"text": "\xff"}\n']
    problems: list[InputProblem] = []
    docs = list(read_jsonl(lines, "c", problems.append))
    assert [(d.id, d.text) for d in docs] == [("x", "café")]
    assert [p.code for p in problems] == ["CQ205"]


def test_read_file_jsonl_without_handler_raises_at_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "good"}\nbad\n{"text": "later"}\n', encoding="utf-8")
    reader = read_file(path)
    assert next(reader).text == "good"
    with pytest.raises(InputProblem) as info:
        next(reader)
    assert code_of(info) == "CQ205"


def test_utf16_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes('{"id": "w", "text": "Wide text."}\n'.encode("utf-16"))
    assert [d.text for d in read_file(path)] == ["Wide text."]


# -- files, folders, globs, stdin ----------------------------------------------


def test_read_sample_file() -> None:
    (doc,) = read_file(SAMPLE)
    assert doc.id == "munich_talks"
    assert doc.text == SAMPLE.read_text(encoding="utf-8")
    assert doc.title is not None and doc.title.startswith("Constructed example")
    assert doc.warnings == []


def test_plain_text_title_is_only_a_headline(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("WASHINGTON (Reuters) - The US said so.\n\nMore.\n", encoding="utf-8")
    (doc,) = read_file(path)
    assert doc.title is None


def make_corpus(root: Path) -> None:
    (root / "sub").mkdir()
    (root / ".hidden").mkdir()
    (root / "a_good.txt").write_text("Wang said talks would go on.\n", encoding="utf-8")
    (root / "b_binary.txt").write_bytes(b"\x00\x01\x02\x03PK\x00\x00" * 20)
    (root / "c_empty.txt").write_bytes(b"")
    (root / "d_page.html").write_text(PAGE, encoding="utf-8")
    (root / "e_nopage.htm").write_text("<html><body></body></html>", encoding="utf-8")
    (root / "f_corpus.jsonl").write_text(
        '{"id": "j1", "text": "One."}\n{bad\n{"id": "j2", "text": "Two."}\n', encoding="utf-8"
    )
    (root / "g_latin.txt").write_bytes("Café in München.".encode("latin-1"))
    (root / "notes.md").write_text("# not read from folders\n", encoding="utf-8")
    (root / "sub" / "nested.txt").write_text("Nested article text.\n", encoding="utf-8")
    (root / "sub" / "more.json-lines").write_text('{"text": "Three."}\n', encoding="utf-8")
    (root / ".hidden" / "secret.txt").write_text("Hidden.\n", encoding="utf-8")
    (root / ".dotfile.txt").write_text("Hidden too.\n", encoding="utf-8")


def test_directory_walk_mixed_good_and_bad(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    docs, problems = problems_of([str(tmp_path)])
    assert [d.id for d in docs] == ["a_good", "d_page", "j1", "j2", "g_latin", "more-1", "nested"]
    latin = docs[4]
    assert latin.text == "Café in München." and [w.code for w in latin.warnings] == ["CQ203"]
    # One problem per bad file (and one for the bad line), in reading order.
    assert [p.code for p in problems] == ["CQ201", "CQ202", "CQ207", "CQ205"]
    assert str(tmp_path / "b_binary.txt") in str(problems[0])


def test_glob_patterns(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    docs, problems = problems_of([str(tmp_path / "*.txt")])
    assert [d.id for d in docs] == ["a_good", "g_latin"]
    assert [p.code for p in problems] == ["CQ201", "CQ202"]
    docs, problems = problems_of([str(tmp_path / "**" / "*.txt")])
    assert [d.id for d in docs] == ["a_good", "g_latin", "nested"]
    docs, problems = problems_of([str(tmp_path / "*.pdf")])
    assert docs == [] and [p.code for p in problems] == ["CQ208"]


def test_missing_unsupported_and_duplicate_inputs(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    good = str(tmp_path / "a_good.txt")
    docs, problems = problems_of(
        [str(tmp_path / "missing.txt"), str(tmp_path / "notes.md"), good, good]
    )
    assert [d.id for d in docs] == ["a_good"]  # named twice, read once
    assert [p.code for p in problems] == ["CQ208", "CQ209"]


def test_strict_handler_is_called_once_and_stops(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    calls: list[InputProblem] = []

    def strict(problem: InputProblem) -> None:
        calls.append(problem)
        raise problem

    with pytest.raises(InputProblem):
        list(read_inputs([str(tmp_path / "f_corpus.jsonl")], on_problem=strict))
    assert [p.code for p in calls] == ["CQ205"]


@pytest.mark.parametrize(
    ("data", "ids"),
    [
        (b"WASHINGTON (Reuters) - A plain text.\n", ["stdin"]),
        (PAGE.encode(), ["stdin"]),
        (b'\n  {"id": "s1", "text": "From a pipe."}\nnot json\n{"text": "x"}\n', ["s1", "stdin-4"]),
    ],
)
def test_stdin(data: bytes, ids: list[str]) -> None:
    docs, problems = problems_of(["-"], stdin=io.BytesIO(data))
    assert [d.id for d in docs] == ids
    assert [p.code for p in problems] == (["CQ205"] if len(ids) == 2 else [])


def test_stdin_html_in_a_guessed_encoding_says_so_as_a_file_does(tmp_path: Path) -> None:
    page = (
        "<html><body><p>Le ministre a d\u00e9clar\u00e9 que l\u2019arm\u00e9e quitterait la ville "
        "fronti\u00e8re lundi, selon le porte-parole.</p></body></html>"
    ).encode("cp1252")
    (tmp_path / "page.html").write_bytes(page)
    [from_file], _ = problems_of([str(tmp_path / "page.html")])
    [piped], _ = problems_of(["-"], stdin=io.BytesIO(page))
    assert piped.text == from_file.text
    assert [w.code for w in piped.warnings] == [w.code for w in from_file.warnings] == ["CQ203"]


def test_stdin_html_is_extracted_and_binary_is_refused() -> None:
    docs, _ = problems_of(["-"], stdin=io.BytesIO(PAGE.encode()))
    assert docs[0].title == "Talks in Munich" and "<p>" not in docs[0].text
    docs, problems = problems_of(["-"], stdin=io.BytesIO(b"\x00\x01binary\x00"))
    assert docs == [] and [p.code for p in problems] == ["CQ201"]


def test_every_document_and_problem_names_its_origin(tmp_path: Path, monkeypatch) -> None:
    # The origin is the key a corpus run stores sources and failures under: the
    # same file reached through another spelling or working directory is one origin.
    (tmp_path / "a.txt").write_text("Putin spoke in Moscow on Monday.", encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        '{"text": "One."}\nnot json\n{"id": 7, "text": "Two."}\n', encoding="utf-8"
    )
    (tmp_path / "d.txt").write_bytes(b"\x00\x01" * 50)
    monkeypatch.chdir(tmp_path)
    docs, problems = problems_of(["./a.txt", str(tmp_path)])
    root = str(tmp_path)
    assert [d.origin for d in docs] == [
        f"{root}/a.txt",
        f"{root}/b.html",
        f"{root}/c.jsonl:1",
        f"{root}/c.jsonl:3",
    ]
    assert [(p.code, p.origin) for p in problems] == [
        ("CQ205", f"{root}/c.jsonl:2"),
        ("CQ201", f"{root}/d.txt"),
    ]
    assert problems[1].reason == f"{root}/d.txt: binary file, skipped"
    docs, _ = problems_of(["-"], stdin=io.BytesIO(b'{"text": "x"}\n{"text": "y"}'))
    assert [d.origin for d in docs] == ["stdin:1", "stdin:2"]
