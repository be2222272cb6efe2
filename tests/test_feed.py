"""RSS and Atom feed files: items become Documents, offline, with clear problems for bad feeds."""

from __future__ import annotations

import io
import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.errors import InputProblem
from communique.read import read_inputs
from communique.read.feed import html_fragment_text, looks_like_feed

RSS = """<?xml version="1.0" encoding="utf-8"?>
<!-- exported by a feed reader -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Sample   Wire</title>
  <link>https://wire.example/</link>
  <item>
    <title>Minister &amp; envoy meet</title>
    <link>https://wire.example/1</link>
    <guid>wire-1</guid>
    <pubDate>Thu, 03 Mar 2022 23:30:00 -0500</pubDate>
    <description>A short summary.</description>
    <content:encoded><![CDATA[<p>BERLIN (Reuters) - The minister met
      the envoy on <b>Thursday</b>.</p><script>alert("x")</script>
      <p>"We talked," she said.<br>Nothing more.</p>]]></content:encoded>
  </item>
  <item>
    <title>Only a summary</title>
    <link>https://wire.example/2</link>
    <pubDate>not a date at all</pubDate>
    <description>&lt;p&gt;Talks went on in Geneva on Friday.&lt;/p&gt;</description>
  </item>
  <item><title>No text here</title><link>https://wire.example/3</link></item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Desk</title>
  <entry>
    <title type="html">Envoy &lt;i&gt;warns&lt;/i&gt;</title>
    <id>urn:uuid:1225c695</id>
    <link href="https://atom.example/a"/>
    <updated>2022-02-18T10:00:00Z</updated>
    <content type="html">&lt;p&gt;The envoy warned of new sanctions.&lt;/p&gt;</content>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://rdf.example/"><title>RDF Desk</title></channel>
  <item rdf:about="https://rdf.example/1">
    <title>One</title><link>https://rdf.example/1</link>
    <description>Parliament voted on the budget.</description>
  </item>
</rdf:RDF>
"""


def read(paths: list[str], stdin: bytes | None = None):
    problems: list[InputProblem] = []
    stream = io.BytesIO(stdin) if stdin is not None else None
    docs = list(read_inputs(paths, on_problem=problems.append, stdin=stream))
    return docs, problems


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_rss_items_become_documents_with_text_title_link_date_and_source(tmp_path):
    path = write(tmp_path, "wire.rss", RSS)
    docs, problems = read([str(path)])
    first, second = docs
    # The full content wins over the summary; markup is gone, paragraphs stay apart.
    assert first.text == (
        'BERLIN (Reuters) - The minister met the envoy on Thursday.\n\n"We talked," she said.\n'
        "Nothing more."
    )
    assert "alert" not in first.text
    assert first.title == "Minister & envoy meet"
    assert first.url == "https://wire.example/1" and first.id == "wire-1"
    assert first.date == "2022-03-03"  # the calendar date as written, not moved to UTC
    assert first.source == "Sample Wire"
    assert first.origin == f"{os.path.abspath(path)}#wire-1"
    # No guid: the link names the item; an unreadable date is kept and flagged.
    assert second.text == "Talks went on in Geneva on Friday."
    assert second.origin == f"{os.path.abspath(path)}#https://wire.example/2"
    assert second.date == "not a date at all"
    assert [w.code for w in second.warnings] == ["CQ108"]
    # The item without any text is reported on its own; the others are kept.
    (problem,) = problems
    assert problem.code == "CQ215"
    assert problem.origin == f"{os.path.abspath(path)}#https://wire.example/3"
    assert "item-3" in str(problem)


def test_atom_and_rdf_feeds_are_read_and_xml_files_are_sniffed(tmp_path):
    write(tmp_path, "desk.atom", ATOM)
    write(tmp_path, "rdf.xml", RDF)
    write(tmp_path, "sitemap.xml", '<?xml version="1.0"?><urlset><url/></urlset>')
    docs, problems = read([str(tmp_path)])
    assert problems == []  # a folder's .xml file that is no feed is passed over silently
    atom, rdf = docs
    assert atom.text == "The envoy warned of new sanctions."
    assert atom.title == "Envoy warns" and atom.date == "2022-02-18"
    assert atom.url == "https://atom.example/a" and atom.source == "Atom Desk"
    assert atom.origin.endswith("desk.atom#urn:uuid:1225c695")
    assert rdf.text == "Parliament voted on the budget." and rdf.source == "RDF Desk"
    # Named on the command line, the same .xml file is reported.
    _, problems = read([str(tmp_path / "sitemap.xml")])
    assert [p.code for p in problems] == ["CQ213"]


def test_broken_feed_keeps_the_items_before_the_break_and_says_so(tmp_path):
    cut = RSS[: RSS.index("<item><title>No text")] + "<item><title>Cut off</tit"
    path = write(tmp_path, "cut.rss", cut)
    docs, problems = read([str(path)])
    assert [d.title for d in docs] == ["Minister & envoy meet", "Only a summary"]
    broken = [p for p in problems if p.code == "CQ212"]
    assert len(broken) == 1 and broken[0].origin == os.path.abspath(path)
    assert "2 item(s) read" in str(broken[0]) and "line" in str(broken[0])


def test_bad_feed_files_are_coded_problems(tmp_path):
    cases = {
        "garbage.rss": ("<rss><channel><item><title>x</ti", "CQ212"),
        "page.rss": ("<html><body><p>Not a feed.</p></body></html>", "CQ213"),
        "none.atom": ('<feed xmlns="http://www.w3.org/2005/Atom"><title>E</title></feed>', "CQ214"),
        "empty.rss": ("  \n", "CQ202"),
        "binary.rss": (b"\x00\x01\x02\x03" * 100, "CQ201"),
    }
    for name, (content, code) in cases.items():
        path = write(tmp_path, name, content)
        docs, problems = read([str(path)])
        assert docs == [], name
        assert [p.code for p in problems] == [code], name
        assert problems[0].origin == os.path.abspath(path), name


def test_a_feed_never_opens_what_its_bytes_name(tmp_path):
    # feedparser treats a string that looks like a path or URL as something to
    # open; a feed file whose content is such a string must be read as data.
    target = write(tmp_path, "target.rss", RSS)
    trap = write(tmp_path, "trap.rss", str(target))
    docs, problems = read([str(trap)])
    assert docs == [] and [p.code for p in problems] == ["CQ213"]
    url = write(tmp_path, "url.rss", "http://127.0.0.1:9/feed.xml")
    docs, problems = read([str(url)])
    assert docs == [] and [p.code for p in problems] == ["CQ213"]


def test_a_feed_on_stdin(tmp_path):
    docs, problems = read(["-"], stdin=ATOM.encode())
    assert [d.origin for d in docs] == ["stdin#urn:uuid:1225c695"] and problems == []


def test_html_fragment_text_keeps_paragraphs_and_line_breaks_only():
    html = "<div><p>One\n  two</p><p>three<br/>four &amp; five</p><style>p{}</style></div>x"
    assert html_fragment_text(html) == "One two\n\nthree\nfour & five\n\nx"


def test_looks_like_feed_reads_past_the_prolog_only():
    assert looks_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">')
    assert looks_like_feed(b"<!DOCTYPE feed>\n<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert not looks_like_feed(b"<html><body><rss>")
    assert not looks_like_feed(b"text that mentions <rss> later")


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300)
        .map(lambda t: f"<rss><channel><item><description>{t}")
        .map(str.encode),
        st.text(alphabet="<>/&;\"' itemrsfdcaon", max_size=200).map(str.encode),
    )
)
def test_no_feed_bytes_make_reading_raise(data: bytes) -> None:
    problems: list[InputProblem] = []
    docs = list(read_inputs(["-"], on_problem=problems.append, stdin=io.BytesIO(b"<rss>" + data)))
    assert all(d.text.strip() for d in docs)
    assert all(p.code.startswith("CQ2") for p in problems)
