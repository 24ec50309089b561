"""The corpus object and its single entry point, :func:`load_corpus`.

``load_corpus()`` reads ``data/raw`` (or any folder or corpus file), builds the tables in
``data/processed`` (or a folder of their own for another corpus) and returns them as pandas
DataFrames. An unchanged re-run loads the Parquet files; a changed input re-processes only what
changed.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from importlib.metadata import version
from pathlib import Path

import pandas as pd

from danvan import __version__
from danvan.core import paths
from danvan.core.io import lock_file, write_text
from danvan.core.provenance import lexicon_version
from danvan.corpus.ingest.cluster import scheduler_address
from danvan.corpus.ingest.pipeline import TABLE_NAMES, build_tables, now_iso, pipeline_version
from danvan.corpus.ingest.readers import scan_inputs
from danvan.corpus.ingest.tablewriter import read_table


def _table(name: str) -> cached_property:
    def load(self: Corpus) -> pd.DataFrame:
        return read_table(self.folder / f"{name}.parquet")

    load.__doc__ = f"The ``{name}`` table (read from Parquet on first use)."
    return cached_property(load)


class Corpus:
    """The ingest tables of one corpus, read on first use, with where they came from."""

    documents = _table("documents")
    paragraphs = _table("paragraphs")
    sentences = _table("sentences")
    tokens = _table("tokens")
    people = _table("people")
    citations = _table("citations")
    ingest_report = _table("ingest_report")

    def __init__(self, folder: str | Path, meta: dict | None = None) -> None:
        self.folder = Path(folder)
        self.meta = meta or {}

    def __repr__(self) -> str:
        return f"Corpus({self.name!r}, {self.meta.get('n_documents', '?')} documents, {self.folder})"

    @property
    def name(self) -> str:
        return self.meta.get("name", "corpus")

    def summary(self) -> str:
        """One paragraph saying what was read and what came out."""
        counts = self.ingest_report["status"].value_counts()
        parts = ", ".join(f"{counts.get(s, 0)} {s}" for s in ("ok", "duplicate", "rejected", "skipped"))
        return (
            f"{self.name}: {len(self.ingest_report)} inputs ({parts}); "
            f"{len(self.documents)} documents, {len(self.paragraphs)} paragraphs, "
            f"{len(self.sentences)} sentences, {int(self.documents['n_tokens'].sum())} words. "
            f"Tables in {self.meta.get('processed_dir')}."
        )

    def rejected(self) -> pd.DataFrame:
        return self.ingest_report[self.ingest_report["status"] != "ok"]


class IngestBusy(RuntimeError):
    """Another ingest is writing into the same output folder."""


def _fingerprint(source: Path, follow_links: bool = False) -> dict[str, list[int] | str]:
    """Size and modification time of each input file; the reason of each entry skipped."""
    out: dict[str, list[int] | str] = {}
    for entry in scan_inputs(source, follow_links) if source.exists() else []:
        if entry.skip:
            out[entry.rel] = entry.skip
            continue
        try:
            st = entry.path.stat()
        except OSError as exc:
            out[entry.rel] = f"cannot be read: {exc.strerror}"
            continue
        out[entry.rel] = [st.st_size, st.st_mtime_ns]
    return out


def _content_hashes(source: Path, follow_links: bool = False) -> dict[str, str]:
    """A fast content hash (BLAKE2b) of each input file: an edit that keeps the size and puts the
    modification time back is still seen."""
    hashes: dict[str, str] = {}
    for entry in scan_inputs(source, follow_links) if source.exists() else []:
        if entry.skip is None:
            h = hashlib.blake2b(digest_size=16)
            try:
                with open(entry.path, "rb") as fh:
                    while chunk := fh.read(1 << 20):
                        h.update(chunk)
            except OSError:
                continue
            hashes[entry.rel] = h.hexdigest()
    return hashes


def _check_out(source: Path, target: Path) -> None:
    """Refuse an output folder that is a file, or the input folder, or inside it (the next run
    would read its own tables)."""
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(f"output folder {target} is a file, not a folder")
    if source.is_dir():
        src, out = source.resolve(), target.resolve()
        if out == src or out.is_relative_to(src):
            raise ValueError(f"output folder {target} is inside the input folder {source}: "
                             "choose a folder outside it")


@contextmanager
def _locked(target: Path, wait: float) -> Iterator[None]:
    """Hold ``target/.ingest.lock`` while building. While another ingest holds it, wait for it
    (saying so once) up to ``wait`` seconds, then refuse with :class:`IngestBusy`."""
    target.mkdir(parents=True, exist_ok=True)
    with open(target / ".ingest.lock", "a+") as fh:
        def say() -> None:
            print(f"waiting for another ingest into {target.name} to end…", file=sys.stderr)

        if not lock_file(fh, wait, on_wait=say):
            raise IngestBusy(f"another ingest is writing into {target}; wait for it to end and run again")
        yield


def _clear_cache(folder: Path) -> None:
    """The result cache's own files (``--force``); anything else in the folder stays."""
    if folder.is_dir():
        for path in folder.glob("results-*.sqlite*"):
            if path.is_file():
                path.unlink(missing_ok=True)


def _fresh(target: Path, fingerprint: dict, source: Path, follow_links: bool) -> Corpus | None:
    """The corpus already built in ``target`` when its manifest matches the inputs and code."""
    manifest_path = target / "manifest.json"
    if not manifest_path.exists():
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return None
    if (
        isinstance(manifest, dict)
        and manifest.get("pipeline") == pipeline_version()
        and manifest.get("inputs") == fingerprint
        and all((target / f"{n}.parquet").exists() for n in TABLE_NAMES)
        and manifest.get("hashes") == _content_hashes(source, follow_links)
    ):
        return Corpus(target, manifest["meta"])
    return None


def corpus_hash(content_hashes: list[str]) -> str:
    """A short hash of the documents' content hashes, independent of their order."""
    h = hashlib.sha256()
    for value in sorted(content_hashes):
        h.update(value.encode())
    return h.hexdigest()[:16]


def load_corpus(
    path: str | Path | None = None,
    out: str | Path | None = None,
    jobs: int = 1,
    force: bool = False,
    progress: bool = True,
    follow_links: bool = False,
    wait: float = 900.0,
    scheduler: str | None = None,
) -> Corpus:
    """Load a corpus, building or reusing its processed tables.

    ``path``: a folder of ``.txt``/``.html`` files or a ``.jsonl``/``.jsonl.gz``/``.csv`` corpus;
    default ``data/raw``. ``out``: where the tables go (default ``data/processed``, or a folder of
    its own under it for another corpus; never the input folder or inside it). ``jobs``: worker
    processes. ``force``: ignore caches. ``follow_links``: follow symbolic links that lead outside
    the input folder (by default they are reported and skipped). An unchanged input (same files,
    sizes, modification times and content hashes) loads the tables already built. While
    another process ingests into the same folder, this waits for it (up to ``wait`` seconds,
    then :class:`IngestBusy`) and reuses what it built.

    ``scheduler``: the address of a running Dask scheduler (``tcp://host:8786``) whose workers
    process what is not cached (``jobs`` is then unused; needs ``pip install "danvan[cluster]"``);
    by default the ``DANVAN_SCHEDULER`` environment variable, read here only; ``""`` runs on this
    machine whatever the variable says. The tables and the cache are the same either way.
    """
    source = Path(path).expanduser() if path is not None else paths.raw_dir()
    if not source.exists():
        raise FileNotFoundError(f"no corpus at {source}")
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    scheduler = scheduler_address(scheduler)
    target = Path(out).expanduser() if out is not None else paths.processed_dir_for(source)
    _check_out(source, target)
    manifest_path = target / "manifest.json"
    fingerprint = _fingerprint(source, follow_links)
    if not force and (fresh := _fresh(target, fingerprint, source, follow_links)):
        return fresh
    with _locked(target, wait):
        if not force and (fresh := _fresh(target, fingerprint, source, follow_links)):
            return fresh  # built by the ingest we waited for
        manifest_path.unlink(missing_ok=True)  # tables are about to change: no stale manifest
        if force:
            _clear_cache(target / ".cache")
        hashes = _content_hashes(source, follow_links)
        kept, n_inputs = build_tables(source, target, jobs=jobs, progress=progress, follow_links=follow_links,
                                       scheduler=scheduler)
        meta = {
            "name": source.name if source != paths.raw_dir() else "data/raw (sample corpus)",
            "source": str(source.resolve()),
            "processed_dir": str(target.resolve()),
            "danvan_version": __version__,
            "underthesea_version": version("underthesea"),
            "lexicon_version": lexicon_version(),
            "pipeline": pipeline_version(),
            "corpus_hash": corpus_hash(kept),
            "n_documents": len(kept),
            "n_inputs": n_inputs,
            "built_at": now_iso(),
        }
        manifest = {"pipeline": pipeline_version(), "inputs": fingerprint, "hashes": hashes, "meta": meta}
        write_text(manifest_path, json.dumps(manifest, ensure_ascii=False, indent=1))
    return Corpus(target, meta)
