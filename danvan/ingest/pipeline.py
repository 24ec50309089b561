"""Run the ingest: read every input, process (in parallel, cached), mark duplicates, write tables.

The per-document cache is keyed on the record's content and the pipeline version (package
version + lexicon version), so a changed file, a changed lexicon or a new release re-processes
exactly what it must. A manifest of the inputs (size and modification time) lets an unchanged
re-run skip even the reading.
"""

from __future__ import annotations

import gc
import hashlib
import json
import pickle
import shutil
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import numpy as np
from joblib import Parallel, delayed
from tqdm.auto import tqdm

from danvan import __version__
from danvan.ingest.dedup import find_duplicates
from danvan.ingest.processed import Processed
from danvan.ingest.readers import Record, Rejection, list_inputs, read_file
from danvan.ingest.resources import lexicon_version
from danvan.ingest.tablewriter import TableWriter
from danvan.io import write_bytes
from danvan.schema import columns

TABLE_NAMES = ("documents", "paragraphs", "sentences", "tokens", "people", "citations", "ingest_report")
PIPELINE_REVISION = "1"
INGEST_DATA = (  # the data files the ingest reads (slogans and stopwords are not among them)
    "boilerplate.tsv", "outlets.tsv", "lexicon.txt", "abbreviations.tsv", "province_aliases.tsv",
    "surnames.txt", "posts.txt",
)


@lru_cache(maxsize=1)
def code_hash() -> str:
    """Hash of the ingest code and its data files: any change to either re-processes everything."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    files = sorted(here.glob("*.py")) + [here.parent / "data" / n for n in INGEST_DATA]
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:10]


def pipeline_version() -> str:
    return f"{__version__}/{PIPELINE_REVISION}/{lexicon_version()}/{code_hash()}"


def _cache_path(cache: Path, key: str) -> Path:
    return cache / code_hash() / key[:2] / f"{key}.pkl"


def _process_batch(records: list[Record]) -> list[Processed]:
    from danvan.ingest.document import process  # imports underthesea: only when there is work

    _freeze_loaded_objects()
    return [process(r) for r in records]


@lru_cache(maxsize=1)
def _freeze_loaded_objects() -> None:
    """Once per process, after the models are loaded: move every live object out of the garbage
    collector's reach. Full collections then stop rescanning underthesea's and pandas' large
    object graphs for every few thousand tokens made (measured: about 10% of ingest time)."""
    from danvan.ingest.segment import tokenize

    tokenize("Khởi động bộ tách từ.", 0)  # loads the models
    gc.freeze()


def _batches(items: list[Record], size: int) -> Iterable[list[Record]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


@dataclass(frozen=True)
class Summary:
    """What the second pass needs of a processed document, kept in memory for every document."""

    doc_id: str
    rejected: str | None
    notes: str
    content_hash: str | None
    minhash: np.ndarray | None


def _summary(p: Processed) -> Summary:
    return Summary(p.doc_id, p.rejected, p.notes, p.document.get("content_hash"), p.minhash)


def _load_cached(cache: Path, key: str, suffix: str) -> object | None:
    path = _cache_path(cache, key).with_suffix(suffix)
    if not path.exists():
        return None
    try:
        return pickle.loads(path.read_bytes())
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None


def process_records(
    records: list[Record], cache: Path, jobs: int = 1, progress: bool = True
) -> dict[str, Summary]:
    """Process what the cache does not hold; return a summary of every record, keyed by its key.

    Full results go to the cache only (``<key>.pkl``, with ``<key>.sum`` beside it), so memory
    holds summaries, not tables.
    """
    if cache.exists():  # results of older pipeline code are never read again
        for stale in cache.iterdir():
            if stale.is_dir() and stale.name != code_hash():
                shutil.rmtree(stale, ignore_errors=True)
    summaries: dict[str, Summary] = {}
    todo: list[Record] = []
    for r in records:
        cached = _load_cached(cache, r.key(), ".sum")
        if isinstance(cached, Summary) and _cache_path(cache, r.key()).exists():
            summaries[r.key()] = cached
        else:
            todo.append(r)
    if not todo:
        return summaries
    bar = tqdm(total=len(todo), desc="ingest", unit="doc", disable=not progress)
    size = max(1, min(32, len(todo) // (jobs * 4) or 1))
    if jobs > 1:
        runner = Parallel(n_jobs=jobs, return_as="generator")
        stream = runner(delayed(_process_batch)(b) for b in _batches(todo, size))
    else:
        stream = (_process_batch(b) for b in _batches(todo, size))
    done = iter(todo)
    for batch in stream:
        for result in batch:
            key = next(done).key()
            summary = _summary(result)
            write_bytes(_cache_path(cache, key), pickle.dumps(result, protocol=5))
            write_bytes(_cache_path(cache, key).with_suffix(".sum"), pickle.dumps(summary, protocol=5))
            summaries[key] = summary
            bar.update(1)
    bar.close()
    return summaries


def read_records(root: Path) -> tuple[list[Record], list[tuple]]:
    """Every record under ``root`` (doc_ids made unique) and the report rows of unreadable input."""
    report: list[tuple] = []
    records: list[Record] = []
    for path in list_inputs(root):
        for item in read_file(path, root):
            if isinstance(item, Rejection):
                report.append((item.source, "rejected", item.reason, None, None, item.encoding))
            else:
                records.append(item)
    seen: dict[str, int] = {}  # the same id twice (two rows with one id): keep both
    for r in records:
        n = seen.get(r.doc_id, 0)
        seen[r.doc_id] = n + 1
        if n:
            r.doc_id = f"{r.doc_id}~{n + 1}"
    return records, report


def build_tables(root: Path, out: Path, jobs: int = 1, progress: bool = True) -> tuple[list[str], int]:
    """Read, process and deduplicate everything under ``root``; write the tables into ``out``.

    Tables are streamed from the per-document cache to Parquet, never held whole. Returns the
    content hashes of the documents kept and the number of inputs reported.
    """
    cache = out / ".cache"
    records, report = read_records(root)
    summaries = process_records(records, cache, jobs, progress)
    ok: list[tuple[Record, Summary]] = []
    for r in records:
        s = summaries[r.key()]
        if s.rejected:
            report.append((r.source, "rejected", s.rejected, None, None, r.encoding))
        else:
            ok.append((r, s))
    duplicate_of = find_duplicates(
        [s.doc_id for _, s in ok],
        [s.content_hash for _, s in ok],
        np.array([s.minhash for _, s in ok]) if ok else np.empty((0, 0)),
    )
    kept: list[str] = []
    with ExitStack() as stack:
        writers = {
            name: TableWriter(out / f"{name}.parquet", name, stack)
            for name in ("documents", "paragraphs", "sentences", "tokens", "people", "citations")
        }
        for r, s in ok:
            dup = duplicate_of.get(s.doc_id)
            if dup:
                report.append((r.source, "duplicate", dup[1], s.doc_id, dup[0], r.encoding))
                continue
            report.append((r.source, "ok", s.notes or None, s.doc_id, None, r.encoding))
            p = _load_cached(cache, r.key(), ".pkl")
            assert isinstance(p, Processed), f"cache entry of {r.source} is missing"
            doc = dict(p.document)
            extra = doc["extra"]
            doc["extra"] = json.dumps(extra, ensure_ascii=False, default=str) if extra else None
            writers["documents"].extend([tuple(doc[c] for c in columns("documents"))])
            for name in ("paragraphs", "sentences", "tokens", "people", "citations"):
                writers[name].extend(getattr(p, name))
            kept.append(s.content_hash or "")
        TableWriter(out / "ingest_report.parquet", "ingest_report", stack).extend(report)
    return kept, len(report)


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
