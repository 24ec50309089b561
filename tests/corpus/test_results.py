"""Shared results kept beside a corpus's tables: computed once, read back equal, recomputed when
the tables, the parameters or the code change (issue 16)."""

from __future__ import annotations

import os
import shutil

import pandas as pd
import pytest

from danvan.corpus.load import Corpus
from danvan.corpus.results import cached_frame, results_dir, tables_stamp


@pytest.fixture
def copy(sample, tmp_path) -> Corpus:
    """The sample corpus's tables in a folder of this test's own."""
    folder = tmp_path / "corpus"
    shutil.copytree(sample.folder, folder, ignore=shutil.ignore_patterns("results", "index"))
    return Corpus(folder, dict(sample.meta))


def _counting(frame: pd.DataFrame) -> tuple[list[int], object]:
    calls: list[int] = []

    def compute() -> pd.DataFrame:
        calls.append(1)
        return frame

    return calls, compute


def _kept(corpus: Corpus) -> list:
    """The results kept (not the hidden lock files)."""
    return [p for p in results_dir(corpus).iterdir() if not p.name.startswith(".")]


def test_two_callers_at_once_compute_once(copy) -> None:
    """A second notebook asking for a result another is computing waits and reads it back."""
    import threading
    import time

    calls: list[int] = []

    def slow() -> pd.DataFrame:
        calls.append(1)
        time.sleep(0.5)
        return pd.DataFrame({"x": [7]})

    out: list[pd.DataFrame] = []
    workers = [threading.Thread(target=lambda: out.append(cached_frame(
        Corpus(copy.folder, dict(copy.meta)), "demo", {}, slow, entry="danvan.corpus.results")))
        for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert len(calls) == 1 and [f["x"].tolist() for f in out] == [[7], [7]]


def test_computed_once_then_read_back(copy) -> None:
    frame = pd.DataFrame({"doc_id": ["a", "b"], "n": pd.array([1, None], dtype="Int64")})
    calls, compute = _counting(frame)
    first = cached_frame(copy, "demo", {"k": 1}, compute, entry="danvan.corpus.results")
    again = cached_frame(Corpus(copy.folder, dict(copy.meta)), "demo", {"k": 1}, compute,
                         entry="danvan.corpus.results")  # another kernel: a new Corpus object
    assert len(calls) == 1
    pd.testing.assert_frame_equal(first, frame)
    pd.testing.assert_frame_equal(again, frame)
    assert [p.name.split("-")[0] for p in _kept(copy)] == ["demo"]
    cached_frame(copy, "demo", {"k": 2}, compute, entry="danvan.corpus.results")
    assert len(calls) == 2  # other parameters: computed, kept beside the first
    assert len(_kept(copy)) == 2


def test_new_tables_compute_anew_and_drop_the_old_result(copy) -> None:
    calls, compute = _counting(pd.DataFrame({"x": [1]}))
    cached_frame(copy, "demo", {}, compute, entry="danvan.corpus.results")
    before = tables_stamp(copy)
    docs = copy.folder / "documents.parquet"
    os.utime(docs, ns=(docs.stat().st_atime_ns, docs.stat().st_mtime_ns + 10**9))  # a new ingest
    fresh = Corpus(copy.folder, dict(copy.meta))
    assert tables_stamp(fresh) != before
    cached_frame(fresh, "demo", {}, compute, entry="danvan.corpus.results")
    assert len(calls) == 2
    assert len(_kept(copy)) == 1  # the result of the older tables is gone


def test_documents_filtered_in_memory_are_another_corpus(copy) -> None:
    calls, compute = _counting(pd.DataFrame({"x": [1]}))
    cached_frame(copy, "demo", {}, compute, entry="danvan.corpus.results")
    fewer = Corpus(copy.folder, dict(copy.meta))
    fewer.documents = copy.documents.iloc[:2]
    assert tables_stamp(fewer) != tables_stamp(copy)
    cached_frame(fewer, "demo", {}, compute, entry="danvan.corpus.results")
    assert len(calls) == 2


def test_a_folder_that_cannot_be_written_computes_and_keeps_nothing(copy, monkeypatch) -> None:
    import danvan.corpus.results as results

    def refuse(path):
        raise PermissionError(f"read-only: {path}")

    monkeypatch.setattr(results, "atomic_path", refuse)
    calls, compute = _counting(pd.DataFrame({"x": [1]}))
    for _ in range(2):
        assert cached_frame(copy, "demo", {}, compute, entry="danvan.corpus.results")["x"].tolist() == [1]
    assert len(calls) == 2 and not list(results_dir(copy).glob("demo-*"))


def test_a_bare_dataframe_has_no_cache() -> None:
    calls, compute = _counting(pd.DataFrame({"x": [1]}))
    docs = pd.DataFrame({"doc_id": ["a"], "text": ["t"]})
    for _ in range(2):
        cached_frame(docs, "demo", {}, compute, entry="danvan.corpus.results")
    assert len(calls) == 2 and tables_stamp(docs) is None


def test_phrase_hits_are_shared_and_equal_a_fresh_search(copy) -> None:
    from danvan.compare import subcorpus
    from danvan.phrases.hits import find_phrase_hits, phrase_hits

    fresh = find_phrase_hits(copy)
    kept = phrase_hits(copy)
    pd.testing.assert_frame_equal(kept, fresh)
    assert len(list(results_dir(copy).glob("phrase_hits-*.parquet"))) == 1
    again = phrase_hits(Corpus(copy.folder, dict(copy.meta)))
    pd.testing.assert_frame_equal(again, fresh)
    assert kept["phrase_id"].eq("formula").sum() == 1  # the sample's one four-part chain
    part = subcorpus(copy, {"province": ["Thành phố Hồ Chí Minh"]})
    ids = set(part.documents["doc_id"])
    pd.testing.assert_frame_equal(phrase_hits(part), fresh[fresh["doc_id"].isin(ids)].reset_index(drop=True))
    pd.testing.assert_frame_equal(phrase_hits(part), find_phrase_hits(part))


def test_a_table_changed_in_memory_is_another_corpus(copy) -> None:
    """Titles edited in memory (same lengths or not) are not the tables the result was made of."""
    from danvan.phrases.hits import find_phrase_hits, phrase_hits

    before = phrase_hits(copy)
    edited = Corpus(copy.folder, dict(copy.meta))
    edited.documents = copy.documents.assign(title="Dân biết, dân bàn, dân làm, dân kiểm tra")
    got = phrase_hits(edited)
    pd.testing.assert_frame_equal(got, find_phrase_hits(edited))
    assert (got["field"] == "title").sum() == 5 and (before["field"] == "title").sum() < 5
    words = Corpus(copy.folder, dict(copy.meta))
    words.paragraphs = copy.paragraphs.assign(words=copy.paragraphs["words"].str.upper())
    assert tables_stamp(words, ("documents", "paragraphs")) != tables_stamp(copy, ("documents", "paragraphs"))
