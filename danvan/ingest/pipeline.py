"""Run the ingest: read every input, process (in parallel, cached), mark duplicates, write tables.

The per-document cache is keyed on the record's content and the pipeline version (package
version + lexicon version), so a changed file, a changed lexicon or a new release re-processes
exactly what it must. A manifest of the inputs (size and modification time) lets an unchanged
re-run skip even the reading.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import shutil
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from tqdm.auto import tqdm

from danvan import __version__
from danvan.ingest.dedup import find_duplicates
from danvan.ingest.readers import Record, Rejection, list_inputs, read_file
from danvan.ingest.resources import lexicon_version
from danvan.io import write_bytes, write_parquet
from danvan.schema import TABLES, columns

if TYPE_CHECKING:
    from danvan.ingest.document import Processed

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

    return [process(r) for r in records]


def _batches(items: list[Record], size: int) -> Iterable[list[Record]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def process_records(
    records: list[Record], cache: Path, jobs: int = 1, progress: bool = True
) -> dict[str, Processed]:
    """Processed results keyed by record key, from the cache where possible."""
    results: dict[str, Processed] = {}
    todo: list[Record] = []
    if cache.exists():  # results of older pipeline code are never read again
        for stale in cache.iterdir():
            if stale.is_dir() and stale.name != code_hash():
                shutil.rmtree(stale, ignore_errors=True)
    for r in records:
        path = _cache_path(cache, r.key())
        if path.exists():
            try:
                results[r.key()] = pickle.loads(path.read_bytes())
                continue
            except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
                pass
        todo.append(r)
    if not todo:
        return results
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
            record = next(done)
            results[record.key()] = result
            write_bytes(_cache_path(cache, record.key()), pickle.dumps(result, protocol=5))
            bar.update(1)
    bar.close()
    return results


def _frame(table: str, rows: list) -> pd.DataFrame:
    df = pd.DataFrame.from_records(rows, columns=columns(table)) if rows else pd.DataFrame(
        {c: pd.Series(dtype="object") for c in columns(table)}
    )
    for col, (kind, _) in TABLES[table].items():
        if kind == "int64":
            df[col] = df[col].astype("int64")
        elif kind == "Int64":
            df[col] = df[col].astype("Int64")
        elif kind == "datetime64":
            df[col] = pd.to_datetime(df[col]).astype("datetime64[us]")
        elif kind == "bool":
            df[col] = df[col].astype(bool)
        elif kind == "string":
            df[col] = df[col].astype("string")
    return df


def build_tables(root: Path, cache: Path, jobs: int = 1, progress: bool = True) -> dict[str, pd.DataFrame]:
    """Read, process and deduplicate everything under ``root``; return the tables."""
    report: list[tuple] = []
    records: list[Record] = []
    for path in list_inputs(root):
        for item in read_file(path, root):
            if isinstance(item, Rejection):
                report.append((item.source, "rejected", item.reason, None, None, item.encoding))
            else:
                records.append(item)
    # the same doc_id twice (two rows with one id): keep both, make the second unique
    seen: dict[str, int] = {}
    for r in records:
        n = seen.get(r.doc_id, 0)
        seen[r.doc_id] = n + 1
        if n:
            r.doc_id = f"{r.doc_id}~{n + 1}"
    processed = process_records(records, cache, jobs, progress)
    ok: list[tuple[Record, Processed]] = []
    for r in records:
        p = processed[r.key()]
        if p.rejected:
            report.append((r.source, "rejected", p.rejected, None, None, r.encoding))
        else:
            ok.append((r, p))
    duplicate_of = find_duplicates(
        [p.doc_id for _, p in ok],
        [p.document["content_hash"] for _, p in ok],
        np.array([p.minhash for _, p in ok]) if ok else np.empty((0, 0)),
    )
    tables: dict[str, list] = {t: [] for t in TABLE_NAMES}
    for r, p in ok:
        dup = duplicate_of.get(p.doc_id)
        if dup:
            report.append((r.source, "duplicate", dup[1], p.doc_id, dup[0], r.encoding))
            continue
        report.append((r.source, "ok", p.notes or None, p.doc_id, None, r.encoding))
        doc = dict(p.document)
        doc["extra"] = json.dumps(doc["extra"], ensure_ascii=False, default=str) if doc["extra"] else None
        tables["documents"].append(tuple(doc[c] for c in columns("documents")))
        for name in ("paragraphs", "sentences", "tokens", "people", "citations"):
            tables[name].extend(getattr(p, name))
    tables["ingest_report"] = report
    frames = {name: _frame(name, rows) for name, rows in tables.items()}
    return frames


def write_tables(frames: dict[str, pd.DataFrame], out: Path) -> None:
    for name, df in frames.items():
        write_parquet(df, out / f"{name}.parquet")


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
