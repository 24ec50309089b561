"""The ingest on a Dask cluster (issue 16, "beyond one machine"): the same tables, row for row and
in the same order, as a single-process run; the same cache; clear one-line errors; and no Dask
import at all when no scheduler is asked for. The cluster is a ``LocalCluster`` on 127.0.0.1."""

from __future__ import annotations

import gzip
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from project_paths import DANVAN_NEWS, RAW

from danvan.corpus.ingest import cluster as cluster_module
from danvan.corpus.ingest import pipeline
from danvan.corpus.ingest.pipeline import TABLE_NAMES
from danvan.corpus.load import Corpus, load_corpus

NEWS_ROWS = 20
NO_DASK = 'dask.distributed is not installed (pip install "danvan[cluster]")'


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five sample articles (and SOURCES.md, which the ingest skips) plus, when the shared
    corpora are here, the first rows of danvan_news as a JSON Lines file."""
    root = tmp_path_factory.mktemp("cluster_corpus") / "corpus"
    shutil.copytree(RAW, root)
    if DANVAN_NEWS.exists():
        with gzip.open(DANVAN_NEWS, "rt", encoding="utf-8") as fh:
            rows = [next(fh) for _ in range(NEWS_ROWS)]
        (root / "news.jsonl").write_text("".join(rows), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def dask_cluster() -> Iterator[object]:
    pytest.importorskip("distributed", reason=NO_DASK)
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as local:
        yield local


@pytest.fixture(scope="module")
def client(dask_cluster) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from distributed import Client

    with Client(dask_cluster.scheduler_address, set_as_default=False) as c:
        yield c


@pytest.fixture(scope="module")
def built(corpus: Path, dask_cluster, tmp_path_factory: pytest.TempPathFactory) -> tuple[Corpus, Corpus]:  # type: ignore[no-untyped-def]
    """The corpus ingested on the cluster, and in one process."""
    out = tmp_path_factory.mktemp("cluster_out")
    address = dask_cluster.scheduler_address
    on_cluster = load_corpus(corpus, out=out / "cluster", progress=False, scheduler=address)
    here = load_corpus(corpus, out=out / "local", jobs=1, progress=False, scheduler="")
    return on_cluster, here


def _same_tables(a: Corpus, b: Corpus) -> None:
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True, obj=name)


def test_cluster_tables_equal_the_single_process_ones_row_for_row(built: tuple[Corpus, Corpus]) -> None:
    on_cluster, here = built
    _same_tables(on_cluster, here)  # order included: nothing is sorted before comparing
    assert on_cluster.meta["corpus_hash"] == here.meta["corpus_hash"]
    n_news = NEWS_ROWS if DANVAN_NEWS.exists() else 0
    assert len(here.ingest_report) == 5 + 1 + n_news  # five articles, SOURCES.md skipped, the news rows
    assert (here.ingest_report["status"] == "ok").sum() >= 5
    assert len(here.tokens) > 3000


def test_cluster_workers_never_watch_the_ingest(built: tuple[Corpus, Corpus], client) -> None:  # type: ignore[no-untyped-def]
    """A LocalCluster's workers are children of this very process, so they would end with it had
    the ingest passed its pid (``_exit_with``): the cluster path passes none."""
    assert set(client.run(os.getppid).values()) == {os.getpid()}  # the check below could fail
    names = client.run(lambda: [t.name for t in threading.enumerate()])
    assert len(names) == 2
    assert all("danvan-parent-watch" not in n for n in names.values())


def test_a_local_run_reuses_what_the_cluster_cached(
    built: tuple[Corpus, Corpus], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: Path
) -> None:
    on_cluster, here = built
    shutil.copytree(on_cluster.folder / ".cache", tmp_path / "out" / ".cache")
    processed: list[str] = []
    original = pipeline._process_batch

    def spy(records, *args):  # type: ignore[no-untyped-def]
        processed.extend(r.source for r in records)
        return original(records, *args)

    monkeypatch.setattr(pipeline, "_process_batch", spy)
    again = load_corpus(corpus, out=tmp_path / "out", progress=False, scheduler="")
    assert processed == []  # every result came from the cluster's cache entries
    _same_tables(again, here)


def test_the_scheduler_comes_from_DANVAN_SCHEDULER(
    dask_cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    address = dask_cluster.scheduler_address
    used: list[str] = []
    original = cluster_module.connect

    def spy(where: str):  # type: ignore[no-untyped-def]
        used.append(where)
        return original(where)

    monkeypatch.setattr(cluster_module, "connect", spy)
    monkeypatch.setenv("DANVAN_SCHEDULER", address.removeprefix("tcp://"))  # host:port is enough
    on_cluster = load_corpus(RAW, out=tmp_path / "env", progress=False)
    assert used == [address] and on_cluster.meta["n_documents"] == 5
    load_corpus(RAW, out=tmp_path / "here", progress=False, scheduler="")  # "" overrides the variable
    assert used == [address]
    load_corpus(RAW, out=tmp_path / "env", progress=False)  # unchanged: not even a connection
    assert used == [address]


def _cli(*args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from danvan.cli import app

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stderr


def _one_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_without_the_extra_a_scheduler_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    code, stderr = _cli("ingest", str(RAW), "--out", str(tmp_path / "out"),
                        "--scheduler", "tcp://127.0.0.1:8786")
    assert code == 2
    assert 'pip install "danvan[cluster]"' in _one_line(stderr)
    assert not (tmp_path / "out").exists()  # refused before anything was written
    monkeypatch.setenv("DANVAN_SCHEDULER", "tcp://127.0.0.1:8786")
    with pytest.raises(cluster_module.ClusterError, match=r'pip install "danvan\[cluster\]"'):
        load_corpus(RAW, out=tmp_path / "out", progress=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed", reason=NO_DASK)
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 1.0)
    address = f"tcp://127.0.0.1:{_free_port()}"
    code, stderr = _cli("ingest", str(RAW), "--out", str(tmp_path / "out"), "--scheduler", address)
    assert code == 2
    assert f"cannot reach the Dask scheduler at {address} within 1 s" in _one_line(stderr)


@pytest.mark.parametrize("command", ["ingest", "report"])
def test_a_malformed_address_is_refused_before_any_connection(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DANVAN_SCHEDULER", "")  # restored afterwards (`report` sets it for its kernels)
    where = [str(RAW)] if command == "ingest" else ["--corpus", str(RAW)]
    code, stderr = _cli(command, *where, "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:x")
    assert code == 2
    message = _one_line(stderr)
    assert "a Dask scheduler's address looks like tcp://host:8786, not 'tcp://127.0.0.1:x'" in message
    assert not (tmp_path / "out").exists()


def test_a_scheduler_without_workers_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed", reason=NO_DASK)
    from distributed import LocalCluster

    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 1.0)
    with LocalCluster(n_workers=0, host="127.0.0.1", dashboard_address="127.0.0.1:0") as empty:
        code, stderr = _cli("ingest", str(RAW), "--out", str(tmp_path / "out"),
                            "--scheduler", empty.scheduler_address)
    assert code == 2
    assert f"the Dask scheduler at {empty.scheduler_address} has no workers" in _one_line(stderr)


def test_workers_running_other_ingest_code_are_refused(
    dask_cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(cluster_module, "code_hash", lambda: "0123456789")  # as if this side were edited
    with pytest.raises(cluster_module.ClusterError, match="2 of 2 workers run other danvan code"):
        load_corpus(RAW, out=tmp_path / "out", progress=False, scheduler=dask_cluster.scheduler_address)
    with pytest.raises(cluster_module.ClusterError, match="a worker runs other ingest code"):
        cluster_module.run_batch(pipeline._process_batch, [], expected="not this code")  # joins later


def test_importing_and_ingesting_locally_never_imports_dask(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    shutil.copy(sorted(RAW.glob("*.txt"))[0], tmp_path / "raw")
    script = ("import sys, danvan, danvan.cli; from danvan.corpus.load import load_corpus; "
              f"c = load_corpus({str(tmp_path / 'raw')!r}, out={str(tmp_path / 'out')!r}, progress=False); "
              "print(c.meta['n_documents'], "
              "sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed'}))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                            env={k: v for k, v in os.environ.items() if k != "DANVAN_SCHEDULER"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "[]"]
