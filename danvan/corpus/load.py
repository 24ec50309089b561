"""The corpus object and its single entry point, :func:`load_corpus`.

``load_corpus()`` reads ``data/raw`` (or any folder or corpus file), builds the tables in
``data/processed`` (or a folder of their own for another corpus) and returns them as pandas
DataFrames. An unchanged re-run loads the Parquet files; a changed input re-processes only what
changed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from functools import cached_property
from importlib.metadata import version
from pathlib import Path

import pandas as pd

from danvan import __version__
from danvan.core import paths
from danvan.core.io import write_text
from danvan.core.provenance import lexicon_version
from danvan.corpus.ingest.pipeline import TABLE_NAMES, build_tables, now_iso, pipeline_version
from danvan.corpus.ingest.readers import list_inputs
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
        parts = ", ".join(f"{counts.get(s, 0)} {s}" for s in ("ok", "duplicate", "rejected"))
        return (
            f"{self.name}: {len(self.ingest_report)} inputs ({parts}); "
            f"{len(self.documents)} documents, {len(self.paragraphs)} paragraphs, "
            f"{len(self.sentences)} sentences, {int(self.documents['n_tokens'].sum())} words. "
            f"Tables in {self.meta.get('processed_dir')}."
        )

    def rejected(self) -> pd.DataFrame:
        return self.ingest_report[self.ingest_report["status"] != "ok"]


def _fingerprint(source: Path) -> dict[str, list[int]]:
    files = list_inputs(source) if source.exists() else []
    base = source if source.is_dir() else source.parent
    return {str(f.relative_to(base)): [f.stat().st_size, f.stat().st_mtime_ns] for f in files}


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
) -> Corpus:
    """Load a corpus, building or reusing its processed tables.

    ``path``: a folder of ``.txt``/``.html`` files or a ``.jsonl``/``.jsonl.gz``/``.csv`` corpus;
    default ``data/raw``. ``out``: where the tables go (default ``data/processed``, or a folder of
    its own under it for another corpus). ``jobs``: worker processes. ``force``: ignore caches.
    """
    source = Path(path).expanduser() if path is not None else paths.raw_dir()
    if not source.exists():
        raise FileNotFoundError(f"no corpus at {source}")
    target = Path(out) if out is not None else paths.processed_dir_for(source)
    manifest_path = target / "manifest.json"
    fingerprint = _fingerprint(source)
    if not force and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if (
            manifest.get("pipeline") == pipeline_version()
            and manifest.get("inputs") == fingerprint
            and all((target / f"{n}.parquet").exists() for n in TABLE_NAMES)
        ):
            return Corpus(target, manifest["meta"])
    manifest_path.unlink(missing_ok=True)  # tables are about to change: no stale manifest
    if force:
        shutil.rmtree(target / ".cache", ignore_errors=True)
    kept, n_inputs = build_tables(source, target, jobs=jobs, progress=progress)
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
    manifest = {"pipeline": pipeline_version(), "inputs": fingerprint, "meta": meta}
    write_text(manifest_path, json.dumps(manifest, ensure_ascii=False, indent=1))
    return Corpus(target, meta)
