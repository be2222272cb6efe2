"""The pieces of a cluster run that need no cluster: scanning, re-reading, parts, decisions."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from communique.corpus import dask_work, parquet
from communique.corpus.coordinate import Coordinator, FailureLedger, Verdict
from communique.corpus.dask_book import RunBook
from communique.corpus.dedup import signature
from communique.corpus.parquet import (
    batch_part,
    clean_incomplete,
    coordinator_part,
    drop_failures,
    fenced,
    locked,
    stored_state,
    write_batch,
    write_part,
)
from communique.corpus.scan import list_inputs, reread, scan_files
from communique.corpus.summary import RunSummary
from communique.corpus.work import Result
from communique.errors import CommuniqueError, InputProblem
from communique.read import read_inputs
from communique.samples import __file__ as samples_init
from communique.store.db import open_store
from communique.store.tables import content_hash, failure_row

TEXT = "Officials met in Geneva on Monday. " * 10
STORY = (Path(samples_init).parent / "munich_talks.txt").read_text(encoding="utf-8")


def jsonl(tmp_path: Path, name: str, lines: list[str], encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_scan_numbers_jsonl_lines_and_rereads_them(tmp_path, encoding):
    lines = [
        json.dumps({"id": "a", "text": "First story, " + TEXT}),
        "",
        "{broken",
        json.dumps({"text": "Third story, " + TEXT, "date": "2023-01-02"}),
    ]
    path = jsonl(tmp_path, "feed.jsonl", lines, encoding)
    files = list_inputs([str(path)], on_problem=pytest.fail)
    result = scan_files(files)
    origins = [d.location.origin for d in result.documents]
    assert origins == [f"{path}:1", f"{path}:4"]
    assert [(f["origin"], f["code"]) for f in result.failures] == [(f"{path}:3", "CQ205")]
    # The same documents a local read gives, found again from their locations.
    local = list(read_inputs([str(path)], on_problem=lambda p: None))
    for scanned, doc in zip(result.documents, local, strict=True):
        assert scanned.article_id == content_hash(doc.text)
        assert scanned.source.doc_id == doc.id and scanned.source.published == doc.date
        again = reread(scanned.location, scanned.article_id)
        assert (again.id, again.text, again.date) == (doc.id, doc.text, doc.date)
    assert result.documents[1].source.doc_id == "feed-4"
    if encoding == "utf-8":
        assert result.documents[1].location.offset == len(
            "\n".join(lines[:3]).encode("utf-8") + b"\n"
        )


def test_a_file_changed_after_its_scan_is_a_failure_not_wrong_rows(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("The story as scanned. " + TEXT, encoding="utf-8")
    (scanned,) = scan_files(list_inputs([str(tmp_path)], on_problem=pytest.fail)).documents
    path.write_text("The story as edited later. " + TEXT, encoding="utf-8")
    with pytest.raises(InputProblem) as info:
        reread(scanned.location, scanned.article_id)
    assert info.value.code == "CQ210" and "changed since" in str(info.value)


def test_listing_keeps_labels_and_reports_what_cannot_be_listed(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT)
    (tmp_path / "a.html").write_text("<p>" + TEXT + "</p>")
    problems: list[InputProblem] = []
    files = list_inputs(
        [str(tmp_path), str(tmp_path / "b.txt"), "-", str(tmp_path / "none*.txt")],
        on_problem=problems.append,
    )
    assert [(f.label, f.kind) for f in files] == [
        (str(tmp_path / "a.html"), "html"),
        (str(tmp_path / "b.txt"), "text"),
    ]
    assert [p.code for p in problems] == ["CQ210", "CQ208"]
    assert "Dask" in str(problems[0])


def test_interrupted_batches_and_temporary_files_are_cleaned(tmp_path):
    article = {"article_id": "a1", "text": "x", "warnings": []}
    event = {"article_id": "a1", "event_id": "e1"}
    write_batch(tmp_path, batch_part("r1", 1), {"articles": [article], "events": [event]})
    # Batch 2 died after its events part, before its articles part.
    write_part(tmp_path, "events", batch_part("r1", 2), [dict(event, article_id="a2")])
    write_part(tmp_path, "failures", coordinator_part("r1", 1), [failure_row("f.txt", "CQ201", "")])
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / ".part-r1-000003.parquet.tmp").write_bytes(b"half")
    assert clean_incomplete(tmp_path) == 2
    names = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert names == {
        "articles/part-r1-000001.parquet",
        "events/part-r1-000001.parquet",
        "failures/part-r1-c000001.parquet",
    }
    con = open_store(tmp_path)  # the folder reads as a store, empty tables included
    assert con.execute("SELECT count(*) FROM quotes").fetchall() == [(0,)]
    con.close()
    state = stored_state(tmp_path)
    assert [a[0] for a in state.articles] == ["a1"]
    assert state.failures == {"f.txt": {("CQ201", "")}}


def test_one_run_per_folder(tmp_path):
    with locked(tmp_path):
        with pytest.raises(CommuniqueError) as info, locked(tmp_path):
            pass
        assert info.value.code == "CQ305"
    with locked(tmp_path):  # released when the first run ends
        pass


def test_decisions_in_input_order_and_on_resume():
    sig = signature(STORY)
    first = Coordinator()
    assert first.decide("h1", "a.txt", sig).verdict is Verdict.ANALYSE
    assert first.decide("h1", "copy.txt", sig).verdict is Verdict.DUPLICATE
    near = first.decide("h2", "b.txt", signature(STORY.replace("Sample Wire", "Other Wire")))
    assert near.verdict is Verdict.ANALYSE and near.link is not None and near.link.of == "h1"
    # A later run that finds h1 stored from a.txt.
    resumed = Coordinator(articles=[("h1", sig, None)], sources={("h1", "a.txt")})
    assert resumed.decide("h1", "a.txt", sig).verdict is Verdict.SKIPPED
    assert resumed.decide("h1", "c.txt", sig).verdict is Verdict.DUPLICATE


def test_failures_say_what_the_latest_attempt_found():
    ledger = FailureLedger(
        {
            "fixed.txt": {("CQ201", "binary")},
            "same.txt": {("CQ202", "empty")},
            "other.txt": {("CQ202", "empty")},
            "unseen.txt": {("CQ201", "binary")},
        }
    )
    ledger.read_fine("fixed.txt")  # now readable: its old row goes
    assert not ledger.record("same.txt", "CQ202", "empty")  # already stored: not written again
    assert ledger.record("other.txt", "CQ201", "binary")  # fails another way: replaced
    assert ledger.record("new.txt", "CQ201", "binary")
    assert ledger.stale() == {("fixed.txt", "CQ201", "binary"), ("other.txt", "CQ202", "empty")}


def test_stale_failures_are_dropped_from_coordinator_parts_only(tmp_path):
    rows = [failure_row("a.txt", "CQ201", "binary"), failure_row("b.txt", "CQ202", "empty")]
    write_part(tmp_path, "failures", coordinator_part("r1", 1), rows)
    write_part(tmp_path, "failures", batch_part("r1", 1), [failure_row("a.txt", "CQ201", "binary")])
    assert drop_failures(tmp_path, {("a.txt", "CQ201", "binary")}) == 1
    assert stored_state(tmp_path).failures == {"b.txt": {("CQ202", "empty")}}
    assert drop_failures(tmp_path, {("b.txt", "CQ202", "empty")}) == 1
    assert not (tmp_path / "failures" / coordinator_part("r1", 1)).exists()
    assert (tmp_path / "failures" / batch_part("r1", 1)).exists()


def fake_analyse(tasks, **options):
    """Rows without a model; an article whose text mentions "boom" raises."""
    if any("boom" in t.document.text for t in tasks):
        raise RuntimeError("kaput")
    results = []
    for t in tasks:
        key = content_hash(t.document.text)
        rows = {"articles": [{"article_id": key, "text": t.document.text}]}
        rows["sources"] = [{"article_id": key, "origin": t.origin.origin}]
        results.append(Result(key, rows))
    return results


def test_an_article_that_breaks_its_batch_is_lost_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(dask_work, "analyse_batch", fake_analyse)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A fine story. " + TEXT)
    (tmp_path / "in" / "b.txt").write_text("A story that goes boom. " + TEXT)
    items = scan_files(list_inputs([str(tmp_path / "in")], on_problem=pytest.fail)).documents
    out = tmp_path / "out"
    out.mkdir()
    with fenced(out, "r"):
        report = dask_work.analyse_part(
            items, out=str(out), run="r", name=batch_part("r", 1), near=[]
        )
    assert report.stored == [items[0].article_id]
    (lost,) = report.unread
    assert lost["code"] == "CQ216" and lost["origin"] == str(tmp_path / "in" / "b.txt")
    assert "kaput" in lost["reason"]
    assert [a[0] for a in stored_state(out).articles] == [items[0].article_id]


def test_a_batch_that_fails_whole_is_logged_when_its_articles_pass_alone(
    tmp_path, monkeypatch, caplog
):
    """A fault that shows only when articles meet leaves every article stored and no
    ``failures`` row: the batch's exception is logged with its code, not dropped."""
    calls: list[int] = []

    def fails_together(tasks, **options):
        calls.append(len(tasks))
        if len(tasks) > 1:
            raise MemoryError("too much at once")
        return fake_analyse(tasks, **options)

    monkeypatch.setattr(dask_work, "analyse_batch", fails_together)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A fine story. " + TEXT)
    (tmp_path / "in" / "b.txt").write_text("Another fine story. " + TEXT)
    items = scan_files(list_inputs([str(tmp_path / "in")], on_problem=pytest.fail)).documents
    out = tmp_path / "out"
    out.mkdir()
    with caplog.at_level("WARNING", logger="communique.corpus"), fenced(out, "r"):
        report = dask_work.analyse_part(
            items, out=str(out), run="r", name=batch_part("r", 1), near=[]
        )
    assert calls == [2, 1, 1]
    assert report.stored == [i.article_id for i in items] and not report.unread
    (logged,) = caplog.records
    assert logged.getMessage().startswith(f"CQ223 {items[0].source.origin}: ")
    assert (
        "batch of 2" in logged.getMessage()
        and "MemoryError: too much at once" in logged.getMessage()
    )
    # The worker's log is not the client's terminal: the report carries it to the summary.
    origin = items[0].source.origin
    assert report.notices == [(origin, "CQ223", logged.getMessage().removeprefix("CQ223 "))]
    summary = RunSummary()
    book = RunBook(tmp_path / "book", "r", Coordinator(), FailureLedger(), summary, batch_size=4)
    (batch,) = book.take(scan_files(list_inputs([str(tmp_path / "in")], on_problem=pytest.fail)))
    book.settle(batch, report)
    book.close()
    assert summary.notices == report.notices and not summary.failures


def test_a_batch_of_a_run_that_stopped_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(dask_work, "analyse_batch", fake_analyse)
    monkeypatch.setattr(parquet, "FENCE_GRACE_SECONDS", 0.0)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A fine story. " + TEXT)
    items = scan_files(list_inputs([str(tmp_path / "in")], on_problem=pytest.fail)).documents
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KeyboardInterrupt), fenced(out, "old"):
        raise KeyboardInterrupt  # the old run's client stops; its task is still running
    with fenced(out, "new"):  # a new run holds the folder
        late = dask_work.analyse_part(
            items, out=str(out), run="old", name=batch_part("old", 1), near=[]
        )
        assert late.stored == [] and [r["code"] for r in late.unread] == ["CQ216"]
        assert not (out / "articles").exists()
    assert not (out / parquet.FENCE_NAME).exists()  # a run that ended cleanly leaves no fence


def test_copies_of_a_lost_article_share_its_fate(tmp_path):
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / "in" / name).write_text("The same story. " + TEXT)
    files = list_inputs([str(tmp_path / "in")], on_problem=pytest.fail)
    summary = RunSummary()
    book = RunBook(tmp_path / "out", "r", Coordinator(), FailureLedger(), summary, batch_size=4)
    (batch,) = book.take(scan_files(files[:2]))  # a.txt analysed, b.txt waits for it
    assert [i.source.origin for i in batch.items] == [files[0].path]
    book.settle(batch, None, "KilledWorker('worker died')")
    assert book.take(scan_files(files[2:])) == []  # c.txt: a copy of a lost article
    book.close()
    assert summary.articles == 0 and summary.duplicates == 0
    assert [(o, c) for o, c, _ in summary.failures] == [(f.path, "CQ216") for f in files]
    state = stored_state(tmp_path / "out")
    assert set(state.failures) == {f.path for f in files} and not state.sources


def test_a_local_cluster_left_without_workers_stops_the_run():
    from types import SimpleNamespace

    from communique.corpus.dask_run import _Scheduler

    workers: dict[str, int] = {"tcp://127.0.0.1:1": 1}
    client = SimpleNamespace(
        nthreads=lambda: dict(workers), scheduler=SimpleNamespace(address="tcp://127.0.0.1:2")
    )
    patient = _Scheduler(client, None, None, {}, patience=None)
    watchful = _Scheduler(client, None, None, {}, patience=0.0)
    watchful.check_workers()  # a worker: fine
    workers.clear()
    for scheduler in (patient, watchful):
        scheduler.check_workers()  # no worker yet: the clock starts
    time.sleep(0.01)
    patient.check_workers()  # a remote cluster waits for its workers
    with pytest.raises(CommuniqueError) as info:
        watchful.check_workers()
    assert info.value.code == "CQ307" and "resume" in str(info.value)
