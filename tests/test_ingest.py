"""communique ingest: every article stored once with its records, nothing lost, re-runs are no-ops.

The tests that need real analysis share one worker pool (the model is loaded
once); the others use a model-free batch function from ``ingest_fakes``.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.corpus.ingest import ingest
from communique.corpus.pool import AnalysisPool, SetupFailed
from communique.corpus.progress import count_documents, summary_lines
from communique.corpus.summary import RunSummary
from communique.corpus.work import analyse_batch
from communique.store import content_hash, open_store
from ingest_fakes import (
    CRASH,
    CUT_OFF,
    RAISE,
    dies_on_start,
    fails_together_analyse,
    plain_analyse,
    tolerant_analyse,
)

STORY_A = """Berlin urges Serbia to pull back

BERLIN (Reuters) - German Foreign Minister Annalena Baerbock on Monday urged Serbia to pull
back its troops from the border with Kosovo. "This build-up threatens everything the region
has achieved," Baerbock told reporters after talks with her French counterpart in Berlin.
Serbian officials rejected the criticism and said the soldiers were on a routine exercise.
"""

STORY_B = """MOSCOW (AP) - Russian Foreign Minister Sergei Lavrov accused NATO on Tuesday of
provoking a new arms race in Europe. "The alliance is moving its weapons closer to our
borders every month," Lavrov said at a news conference in Moscow. He warned that Russia
would respond to any deployment of missiles in Poland or Romania.
"""

STORY_C = """GENEVA - Iran and the European Union agreed on Wednesday to resume talks on the
nuclear programme next month, diplomats said. The EU foreign policy chief Josep Borrell
welcomed the decision. "This is a step in the right direction," Borrell said in a statement,
adding that sanctions relief remained on the table if Tehran kept its commitments.
"""

STORY_D = """PARIS - French President Emmanuel Macron met the prime minister of Côte d'Ivoire at
the Élysée palace on Thursday to discuss security in the Sahel. "France will stand with its
partners," Macron said after the meeting, which aides described as warm. The two leaders
signed an agreement on training soldiers and promised further cooperation on trade.
"""

STORY_E = """KYIV - Ukrainian President Volodymyr Zelensky appealed to Western allies on Friday
for more air defence systems after a night of missile strikes on the capital. "We need these
systems now, not next year," Zelensky said in his nightly address. Germany pledged to send
another battery within weeks, its defence ministry said.
"""

FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Sample Wire</title>
<item><title>Zelensky appeals for air defence</title><link>https://wire.example/kyiv</link>
<guid>kyiv-1</guid><pubDate>Fri, 14 Oct 2022 18:00:00 GMT</pubDate>
<description>{text}</description></item>
</channel></rss>
"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def bad_inputs(folder: Path) -> dict[str, str]:
    """One file for each kind of bad input, and the failure code each must give."""
    write(folder, "binary.txt", bytes(range(256)) * 8)
    write(folder, "empty.txt", "")
    write(folder, "undecidable.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xA4, 0xE7]) * 40)
    write(folder, "nothing.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    write(folder, "broken.rss", "<rss><channel><item><title>Cut</ti")
    return {
        "binary.txt": "CQ201",
        "empty.txt": "CQ202",
        "undecidable.txt": "CQ204",
        "nothing.html": "CQ207",
        "broken.rss": "CQ212",
    }


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = ("articles", "sources", "quotes", "events", "near_duplicates", "failures")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in tables}
    finally:
        con.close()


def rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def real_pool():
    """One worker with the real model, shared by the tests that analyse for real."""
    with AnalysisPool(1, analyse_batch, {"model": None, "actors_file": None}) as pool:
        yield pool


def test_a_corpus_is_stored_once_with_sources_near_copies_and_failures(tmp_path, real_pool):
    corpus = tmp_path / "corpus"
    write(corpus, "01_baerbock.txt", STORY_A)
    write(corpus, "02_lavrov.txt", STORY_B)
    # The same text re-wrapped by another outlet: one article, two sources.
    write(corpus, "03_same_as_01.txt", " ".join(STORY_A.split(" ")).replace("\n", "\r\n  "))
    # A wire copy with another agency and one changed word: linked, not merged.
    near = STORY_A.replace("(Reuters)", "(AFP)").replace("routine", "planned")
    write(corpus, "04_near_01.txt", near)
    write(
        corpus,
        "05_wire.jsonl",
        json.dumps({"id": "geneva", "text": STORY_C, "date": "2022-03-02", "source": "Wire"})
        + '\n{"id": "broken", "text": \n{"id": "no-text"}\n',
    )
    write(corpus, "06_paris.txt", STORY_D.encode("cp1252"))  # not UTF-8: stored, with CQ203
    write(corpus, "07_feed.rss", FEED.format(text=STORY_E))
    bad = bad_inputs(corpus)
    db = tmp_path / "news.duckdb"

    summary = ingest([str(corpus)], db, pool=real_pool, batch_size=2)

    assert summary.articles == 6  # A, B, near A, C, D, E
    assert summary.duplicates == 1 and summary.near_duplicates == 1 and summary.skipped == 0
    failed = {Path(origin.split(":")[0]).name: code for origin, code, _ in summary.failures}
    assert failed == {**bad, "05_wire.jsonl": failed["05_wire.jsonl"]}
    assert sorted(code for _, code, _ in summary.failures) == sorted(
        [*bad.values(), "CQ205", "CQ206"]
    )
    n = counts(db)
    assert n["articles"] == 6 and n["sources"] == 7 and n["near_duplicates"] == 1
    assert n["failures"] == len(bad) + 2
    assert n["quotes"] == summary.quotes > 0 and n["events"] == summary.events > 0

    a_id = content_hash(STORY_A)
    assert sorted(
        Path(o).name for (o,) in rows(db, "SELECT origin FROM sources WHERE article_id = ?", [a_id])
    ) == [
        "01_baerbock.txt",
        "03_same_as_01.txt",
    ]
    assert rows(db, "SELECT article_id, duplicate_of FROM near_duplicates") == [
        (content_hash(near), a_id)
    ]
    # Every record belongs to a stored article, and each article's counts match its rows.
    for table in ("quotes", "events", "actors", "mentions", "sources"):
        orphans = rows(
            db,
            f"SELECT count(*) FROM {table}"
            " WHERE article_id NOT IN (SELECT article_id FROM articles)",
        )
        assert orphans == [(0,)], table
    mismatched = rows(
        db,
        "SELECT a.article_id FROM articles a LEFT JOIN"
        " (SELECT article_id, count(*) n FROM quotes GROUP BY 1) q USING (article_id)"
        " WHERE a.n_quotes <> coalesce(q.n, 0)",
    )
    assert mismatched == []
    # Metadata of each kind of input is kept.
    geneva = rows(db, "SELECT doc_id, published, source FROM articles WHERE article_id = ?",
                  [content_hash(STORY_C)])  # fmt: skip
    assert geneva[0][0] == "geneva" and str(geneva[0][1]) == "2022-03-02"
    assert geneva[0][2] == "Wire"
    (warnings,) = rows(db, "SELECT warnings FROM articles WHERE doc_id = '06_paris'")[0]
    assert "CQ203" in warnings
    (kyiv,) = rows(db, "SELECT title, url, source, published FROM articles WHERE doc_id = 'kyiv-1'")
    assert kyiv[:3] == (
        "Zelensky appeals for air defence",
        "https://wire.example/kyiv",
        "Sample Wire",
    )
    assert str(kyiv[3]) == "2022-10-14"
    reasons = dict(rows(db, "SELECT code, reason FROM failures"))
    assert reasons["CQ201"].endswith("binary.txt: binary file, skipped")
    assert "05_wire.jsonl:2: not valid JSON" in reasons["CQ205"]

    # A re-run is a no-op: everything is skipped, nothing is written, not even failures.
    before = rows(db, "SELECT origin, code, failed_at FROM failures ORDER BY 1")
    again = ingest([str(corpus)], db, pool=real_pool, batch_size=2)
    assert (again.articles, again.duplicates, again.near_duplicates) == (0, 0, 0)
    assert again.skipped == 7 and len(again.failures) == len(summary.failures)
    assert counts(db) == n
    assert rows(db, "SELECT origin, code, failed_at FROM failures ORDER BY 1") == before


def test_the_bundled_sample_corpus(tmp_path, real_pool, sample_corpus):
    db = tmp_path / "samples.duckdb"
    summary = ingest([str(sample_corpus)], db, pool=real_pool)
    # 12 stories and 3 briefs; one story is an exact (re-wrapped) copy of another.
    assert (summary.articles, summary.duplicates, summary.failures) == (14, 1, [])
    by_doc = dict(rows(db, "SELECT doc_id, article_id FROM sources"))
    assert by_doc["06-eu-oil-embargo"] == by_doc["07-eu-oil-embargo-exact-copy-rewrapped"]
    assert rows(db, "SELECT article_id, duplicate_of FROM near_duplicates") == [
        (by_doc["03-russia-attacks-ukraine-near-copy-ap"], by_doc["02-russia-attacks-ukraine"])
    ]
    origins = sorted(Path(o).name for (o,) in rows(db, "SELECT origin FROM sources"))
    assert origins[-3:] == ["briefs.jsonl:1", "briefs.jsonl:2", "briefs.jsonl:3"]


def test_ingesting_more_adds_only_what_is_new(tmp_path, real_pool):
    db = tmp_path / "news.duckdb"
    first = ingest([str(write(tmp_path / "day1", "a.txt", STORY_A).parent)], db, pool=real_pool)
    assert first.articles == 1
    write(tmp_path / "day2", "a-again.txt", STORY_A)
    write(tmp_path / "day2", "b.txt", STORY_B)
    second = ingest([str(tmp_path / "day2")], db, pool=real_pool)
    assert (second.articles, second.duplicates, second.skipped) == (1, 1, 0)
    assert counts(db)["articles"] == 2 and counts(db)["sources"] == 3


def test_failures_are_never_doubled_and_go_when_the_input_is_fixed(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "good.txt", STORY_B)
    bad = write(corpus, "bad.txt", b"\x00\x01\x02" * 100)
    db = tmp_path / "news.duckdb"
    for _ in range(2):
        ingest([str(corpus)], db, workers=1, analyse=plain_analyse)
        assert rows(db, "SELECT code, origin FROM failures") == [("CQ201", str(bad))]
    bad.write_text(STORY_C, encoding="utf-8")
    fixed = ingest([str(corpus)], db, workers=1, analyse=plain_analyse)
    assert fixed.articles == 1 and fixed.failures == []
    assert counts(db)["failures"] == 0 and counts(db)["articles"] == 2


def test_a_worker_that_dies_loses_nothing_silently(tmp_path):
    corpus = tmp_path / "corpus"
    for i in range(10):
        write(corpus, f"{i:02d}.txt", f"Article number {i}: " + STORY_B)
    write(corpus, "03.txt", f"Article three, which {CRASH} as a segfault would.")
    write(corpus, "07.txt", f"Article seven, whose analysis hits a bug: {RAISE}.")
    write(corpus, "99_copy_of_03.txt", f"Article three, which {CRASH} as a segfault would.")
    db = tmp_path / "news.duckdb"

    summary = ingest([str(corpus)], db, workers=2, batch_size=3, analyse=plain_analyse)

    assert summary.articles == 8 and counts(db)["articles"] == 8
    lost = sorted((Path(o).name, c) for o, c, _ in summary.failures)
    assert lost == [("03.txt", "CQ216"), ("07.txt", "CQ216"), ("99_copy_of_03.txt", "CQ216")]
    reasons = [r for _, _, r in summary.failures]
    assert any("worker process died" in r for r in reasons)
    assert any("ValueError: a bug in the batch function" in r for r in reasons)
    # The next run (the bug fixed) stores them and clears their failures.
    again = ingest([str(corpus)], db, workers=1, analyse=tolerant_analyse)
    assert again.articles == 2 and again.duplicates == 1 and again.skipped == 8
    assert counts(db)["failures"] == 0 and counts(db)["sources"] == 11


def test_a_batch_that_fails_whole_is_logged_when_its_articles_pass_alone(tmp_path, caplog):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", STORY_A)
    write(corpus, "b.txt", STORY_B)
    with caplog.at_level("WARNING", logger="communique.corpus"):
        summary = ingest(
            [str(corpus)],
            tmp_path / "news.duckdb",
            workers=1,
            batch_size=2,
            analyse=fails_together_analyse,
        )
    assert summary.articles == 2 and not summary.failures
    (logged,) = [r.getMessage() for r in caplog.records if r.name == "communique.corpus"]
    assert logged.startswith("CQ223 ") and "batch of 2" in logged and "MemoryError" in logged
    # The run's summary says so too, as its failures are said: the log may be out of sight.
    ((origin, code, reason),) = summary.notices
    assert code == "CQ223" and logged == f"CQ223 {reason}" and origin.endswith("a.txt")
    text = "\n".join(summary_lines(summary))
    assert "no failures" in text and f"1 notice (no input failed):\n    {logged}" in text


#: An ingest in its own process, so that a hang fails the test instead of the suite.
INGEST_CUT_OFF = """
import sys
sys.path.insert(0, sys.argv[3])
from communique.corpus.ingest import ingest
from ingest_fakes import plain_analyse
summary = ingest([sys.argv[1]], sys.argv[2], workers=1, batch_size=2, analyse=plain_analyse)
print(summary.articles, sorted(f[1] for f in summary.failures))
"""


def test_a_worker_killed_while_handing_back_its_result_loses_nothing(tmp_path):
    # Half a message left in the result pipe: the executor waited for the rest forever.
    corpus = tmp_path / "corpus"
    for i in range(6):
        write(corpus, f"{i:02d}.txt", f"Article number {i}: " + STORY_B)
    write(corpus, "03.txt", f"Article three, whose worker is killed ({CUT_OFF}) as it answers.")
    script = [sys.executable, "-c", INGEST_CUT_OFF, str(corpus), str(tmp_path / "n.duckdb")]
    done = subprocess.run(
        [*script, str(Path(__file__).parent)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split("\n")[0] == "5 ['CQ216']"


#: A pool closed while its worker is halfway through handing back a result.
CLOSE_STALLED = """
import sys, threading, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from communique.corpus.plan import Unit, origin_of
from communique.corpus.pool import AnalysisPool
from communique.corpus.work import Task
from communique.schema import Document
from ingest_fakes import STALL, plain_analyse
flag = Path(sys.argv[2])
document = Document(id="a", text=f"{STALL}{flag} and the rest")
unit = Unit(seq=0, tasks=[Task(document, origin_of(document))])
pool = AnalysisPool(1, plain_analyse)
threading.Thread(target=lambda: list(pool.run(iter([unit]))), daemon=True).start()
while not flag.exists():
    time.sleep(0.05)
pool.close()
print("closed", flush=True)
"""


def test_closing_a_pool_whose_worker_is_mid_result_lets_the_process_end(tmp_path):
    # The executor's thread waited for the rest of the message, and the interpreter for it.
    script = [sys.executable, "-c", CLOSE_STALLED, str(Path(__file__).parent), str(tmp_path / "f")]
    done = subprocess.run(script, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "closed"


def test_workers_that_cannot_start_stop_the_run_instead_of_failing_every_article(tmp_path):
    write(tmp_path / "corpus", "a.txt", STORY_A)
    with pytest.raises(SetupFailed, match="die as they start"):
        ingest([str(tmp_path / "corpus")], tmp_path / "n.duckdb", workers=1, analyse=dies_on_start)
    assert counts(tmp_path / "n.duckdb")["failures"] == 0


#: Another process with the store open for writing: an ingest still running.
HOLD_LOCK = (
    "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('holding', flush=True); input()"
)


def test_locked_and_corrupted_stores_are_clear_errors(tmp_path):
    write(tmp_path / "corpus", "a.txt", STORY_A)
    db = tmp_path / "news.duckdb"
    open_store(db, read_only=False).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        result = CliRunner().invoke(main, ["ingest", str(tmp_path / "corpus"), "--db", str(db)])
        assert result.exit_code == 2, result.output
        assert "CQ305" in result.output and "in use by another process" in result.output
        assert "Traceback" not in result.output
    finally:
        holder.communicate("\n", timeout=30)

    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"\x00not a database" * 500)
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "corpus"), "--db", str(junk)])
    assert result.exit_code == 2 and "CQ304" in result.output and "Traceback" not in result.output
    assert junk.read_bytes() == b"\x00not a database" * 500


@pytest.mark.parametrize(
    "args, message",
    [
        (["--db", "a.duckdb", "--out", "out"], "exactly one of --db"),
        ([], "exactly one of --db"),
        (["--db", "a.duckdb", "--dask", "tcp://x:8786"], "--dask writes Parquet"),
    ],
)
def test_store_options_are_checked(tmp_path, args, message):
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), *args])
    assert result.exit_code == 2 and message in result.output


def test_a_missing_model_stops_the_run_with_its_message(tmp_path):
    write(tmp_path / "corpus", "a.txt", STORY_A)
    db = tmp_path / "news.duckdb"
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(tmp_path / "corpus"),
            "--db",
            str(db),
            "--model",
            "no_such_model_xyz",
            "--workers",
            "1",
        ],
    )
    assert result.exit_code == 2, result.output
    assert "CQ302" in result.output and "no_such_model_xyz" in result.output
    assert "Traceback" not in result.output
    assert counts(db)["articles"] == 0


def test_cli_prints_a_summary_and_no_progress_bar_off_a_terminal(tmp_path, monkeypatch):
    import communique.corpus.ingest as ingest_module

    def model_free(*args, **kwargs):
        return ingest(*args, **kwargs, analyse=plain_analyse)

    monkeypatch.setattr(ingest_module, "ingest", model_free)
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", STORY_A)
    write(corpus, "bad.txt", b"\x00\x01" * 100)
    db = str(tmp_path / "n.duckdb")
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "1 new article stored" in result.output
    assert "CQ201" in result.output and "binary file" in result.output
    assert "━" not in result.output and "ETA" not in result.output  # no bar in a log
    quiet = CliRunner().invoke(main, ["ingest", str(corpus), "--db", db, "-q"])
    assert quiet.exit_code == 0 and quiet.output == ""
    # Nothing readable at all is an error, as for extract.
    only_bad = CliRunner().invoke(main, ["ingest", str(corpus / "bad.txt"), "--db", db, "-q"])
    assert only_bad.exit_code == 2


def test_summary_lines_list_counts_and_failures():
    summary = RunSummary(
        articles=1200, duplicates=3, near_duplicates=2, skipped=10, quotes=5000, events=900,
        failures=[("/c/x.bin", "CQ201", "c/x.bin: binary file, skipped")], seconds=60.0,
    )  # fmt: skip
    text = "\n".join(summary_lines(summary))
    assert "1,200 new articles stored in 1m00s (20.0 articles/s)" in text
    assert "5,000 quotes, 900 events; 3 exact copies added as sources, 2 near copies" in text
    assert "CQ201 c/x.bin: binary file, skipped" in text
    assert "notice" not in text
    stopped = "\n".join(summary_lines(summary, interrupted=True))
    assert "run the same command again to resume" in stopped


def test_summary_lines_list_notices_after_failures():
    notice = ("/c/a.txt", "CQ223", "/c/a.txt: analysed in a batch of 2 article(s), ...")
    summary = RunSummary(articles=2, notices=[notice] * 25)
    lines = summary_lines(summary)
    assert lines[2:4] == ["  no failures", "  25 notices (no input failed):"]
    assert lines[4] == "    CQ223 /c/a.txt: analysed in a batch of 2 article(s), ..."
    assert lines[-1] == "    … and 5 more in the log"


def test_docs_describe_every_table_and_column():
    from communique.store.tables import TABLES

    doc = (Path(__file__).parents[1] / "docs" / "store.md").read_text(encoding="utf-8")
    for table, schema in TABLES.items():
        assert f"### `{table}`" in doc, table
        section = doc.split(f"### `{table}`", 1)[1].split("\n### ", 1)[0]
        missing = [f.name for f in schema if f"`{f.name}`" not in section]
        assert not missing, f"docs/store.md, table {table}, lacks {missing}"


def test_count_documents_for_the_progress_total(tmp_path):
    write(tmp_path, "a.txt", STORY_A)
    write(tmp_path, "b.jsonl", '{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}')
    write(tmp_path, "c.rss", FEED.format(text="One story."))
    write(tmp_path, "d.xml", "<config/>")
    assert count_documents([str(tmp_path)]) == 1 + 3 + 1
    assert count_documents(["-"]) is None


# -- kill -9 at random moments, then resume ------------------------------------------------

PEOPLE = ["Annalena Baerbock", "Sergei Lavrov", "Antony Blinken", "Wang Yi", "Josep Borrell",
          "Emmanuel Macron", "Olaf Scholz", "Recep Tayyip Erdogan"]  # fmt: skip
PLACES = ["Serbia", "Kosovo", "Ukraine", "Iran", "Turkey", "Poland", "China", "Moldova"]
VERBS = ["urged", "criticised", "warned", "praised", "accused", "thanked", "met", "called"]
TOPICS = ["troops at the border", "gas supplies", "a trade deal", "sanctions", "a ceasefire",
          "election observers", "missile tests", "refugee aid"]  # fmt: skip


def kill_corpus(folder: Path, n: int, seed: int = 11) -> list[str]:
    """``n`` distinct short articles; returns their file names."""
    rng = random.Random(seed)
    names = []
    for i in range(n):
        who, where = rng.choice(PEOPLE), rng.choice(PLACES)
        verb, topic = rng.choice(VERBS), rng.choice(TOPICS)
        text = (
            f"{where.upper()} (Wire) - {who} {verb} {rng.choice(PLACES)} on day {i} over {topic}. "
            f'"We will not accept this, and we said so today," {who.split()[-1]} told reporters '
            f"in {where} after meeting number {i * 7 + 3}. Officials from {rng.choice(PLACES)} "
            f"rejected the demand and accused {rng.choice(PLACES)} of provocation over {topic}."
        )
        name = f"{i:03d}.txt"
        write(folder, name, text)
        names.append(name)
    return names


def live_processes(group: int) -> list[int]:
    """Processes of a process group that still run (zombies are done)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def checkpoint(db: Path) -> None:
    """Fold the write-ahead log into the file (DuckDB keeps a replayed WAL until asked)."""
    con = open_store(db, read_only=False)
    con.execute("CHECKPOINT").fetchall()
    con.close()
    assert not Path(f"{db}.wal").exists()


def wal_has_commits(db: Path) -> bool:
    wal = Path(f"{db}.wal")
    return wal.exists() and wal.stat().st_size > 0


def test_kill_9_at_random_moments_then_resume_stores_every_article_exactly_once(tmp_path):
    corpus = tmp_path / "corpus"
    # Large enough that three runs killed at most half a second after their first
    # commit cannot finish it, even on a quiet machine.
    names = kill_corpus(corpus, 240)
    bad = bad_inputs(corpus)
    db = tmp_path / "news.duckdb"
    command = [
        sys.executable, "-c", "from communique.cli import main; main()",
        "ingest", str(corpus), "--db", str(db), "--workers", "2", "--batch-size", "2", "--quiet",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    rng = random.Random()
    stored = [0]
    kills = 0
    for _ in range(8):
        if kills == 3:
            break
        # Start from a checkpointed file: the WAL then shows this run's first commit.
        checkpoint(db)
        run = subprocess.Popen(command, env=env, start_new_session=True)
        try:
            while run.poll() is None and not wal_has_commits(db):
                time.sleep(0.01)
            # The WAL grows as the first commit is written: a moment later it is done.
            time.sleep(rng.uniform(0.1, 0.5))
            if run.poll() is not None:
                break  # finished before the moment came
            os.kill(run.pid, signal.SIGKILL)  # the coordinator only, as kill -9 would
            run.wait(timeout=30)
            # Its workers notice and end on their own, model and all.
            deadline = time.monotonic() + 15
            while live_processes(run.pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert live_processes(run.pid) == [], "workers outlived their coordinator"
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(run.pid, signal.SIGKILL)
        now = counts(db)["articles"]
        assert now >= stored[-1], "a kill lost committed articles"
        if now > stored[-1]:  # killed after this run committed something (else: mid-commit)
            kills += 1
        stored.append(now)
    assert kills == 3, f"only {kills} kills landed mid-run ({stored})"
    assert stored[-1] < len(names), "the corpus was finished before the last kill"

    finish = subprocess.run(command, env=env, capture_output=True, timeout=300)
    assert finish.returncode == 0, finish.stderr.decode()
    # Every article exactly once, by key and by source; failures only for the bad inputs.
    assert rows(db, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [
        (len(names), len(names))
    ]
    origins = [Path(o).name for (o,) in rows(db, "SELECT origin FROM sources")]
    assert sorted(origins) == sorted(names)
    assert rows(
        db, "SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT article_id FROM articles)"
    ) == [(0,)]
    failures = sorted((Path(o).name, c) for o, c in rows(db, "SELECT origin, code FROM failures"))
    assert failures == sorted(bad.items())


def test_date_and_year_options_date_articles_as_extract_does(tmp_path):
    wires, plain = tmp_path / "wires", tmp_path / "plain"
    write(wires, "wire.txt", 'KYIV, March 3 (Reuters) - "We will hold," Dmytro Kuleba said.')
    write(plain, "plain.txt", 'Talks resumed. "We are ready," Antony Blinken said on Tuesday.')
    db = tmp_path / "news.duckdb"
    base = ["ingest", "--db", str(db), "--workers", "1", "--quiet"]
    for args in ([str(wires), "--year", "2022"], [str(plain), "--date", "2022-05-06"]):
        result = CliRunner().invoke(main, base + args)
        assert result.exit_code == 0, result.output
    published = dict(
        rows(db, "SELECT s.doc_id, a.published FROM articles a JOIN sources s USING (article_id)")
    )
    # The dateline's day in the given year; the given date where the text has none.
    assert str(published["wire"]) == "2022-03-03"
    assert str(published["plain"]) == "2022-05-06"


def test_dates_from_file_names_and_a_dates_table_env_store_and_empty_inputs(tmp_path, monkeypatch):
    import communique.corpus.ingest as ingest_module

    def model_free(*args, **kwargs):
        return ingest(*args, **kwargs, analyse=plain_analyse)

    monkeypatch.setattr(ingest_module, "ingest", model_free)
    corpus = tmp_path / "corpus"
    write(corpus, "2022-02-10-berlin.txt", STORY_A)
    write(corpus, "moscow.txt", STORY_B)
    write(corpus, "geneva-20210405.txt", STORY_C)
    table = write(tmp_path, "dates.csv", "id,date\nmoscow,2021-12-01\nmissing-one,2020-01-01\n")
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("COMMUNIQUE_DB", str(db))  # as query and export read it
    args = ["ingest", str(corpus), "--workers", "1", "--dates", str(table)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "CQ218" in result.output and "missing-one" in result.output  # a typo dates nothing
    published = dict(rows(db, "SELECT doc_id, published FROM sources"))
    assert str(published["2022-02-10-berlin"]) == "2022-02-10"  # from its name
    assert str(published["moscow"]) == "2021-12-01"  # from the table
    assert published["geneva-20210405"] is None  # another pattern: not found ...
    other = tmp_path / "other.duckdb"
    again = ["ingest", str(corpus), "--db", str(other), "--workers", "1", "--quiet"]
    result = CliRunner().invoke(main, [*again, "--name-date", "%Y%m%d"])
    assert result.exit_code == 0, result.output
    published = dict(rows(other, "SELECT doc_id, published FROM sources"))
    assert str(published["geneva-20210405"]) == "2021-04-05"  # ... unless named
    bad = CliRunner().invoke(main, [*again, "--name-date", "%Y-%m"])
    assert bad.exit_code == 2 and "CQ309" in bad.output
    # An empty folder, or a pattern that matches nothing readable, is said and fails.
    (tmp_path / "empty").mkdir()
    empty = CliRunner().invoke(main, ["ingest", str(tmp_path / "empty"), "--workers", "1"])
    assert empty.exit_code == 2 and "CQ217" in empty.output and "no articles found" in empty.output
    # --out with COMMUNIQUE_DB set: the variable does not turn it into "both given".
    import communique.cli.corpus as cli_corpus

    asked = []
    monkeypatch.setattr(
        cli_corpus, "_run_dask", lambda inputs, out, *rest: asked.append(out) or (RunSummary(), 0)
    )
    both = CliRunner().invoke(main, ["ingest", str(corpus), "--out", str(tmp_path / "p"), "-q"])
    assert asked == [tmp_path / "p"] and "exactly one of" not in both.output
