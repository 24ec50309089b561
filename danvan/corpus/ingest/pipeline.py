"""Run the ingest: read every input, process (in parallel, cached), mark duplicates, write tables.

The per-document cache is keyed on the record's content and the pipeline's code hash (every
module, data file and library version the ingest uses: ``codehash``), so a changed file, a changed
lexicon, an edit to the code the ingest runs or a new release re-processes exactly what it must.
A manifest of the inputs (size and modification time) lets an unchanged re-run skip even the
reading.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import pyarrow.compute as pc
from joblib import Parallel, delayed
from tqdm.auto import tqdm

from danvan import __version__
from danvan.core.provenance import lexicon_version
from danvan.corpus.ingest.cache import ResultCache
from danvan.corpus.ingest.codehash import code_hash
from danvan.corpus.ingest.dedup import DuplicateFinder
from danvan.corpus.ingest.processed import Processed
from danvan.corpus.ingest.readers import Record, Rejection, list_inputs, read_file
from danvan.corpus.ingest.tablewriter import Repeat, TableWriter
from danvan.corpus.schema import IngestReportRow

DOC_TABLES = ("documents", "paragraphs", "sentences", "tokens", "people", "citations")
TABLE_NAMES = ("documents", "paragraphs", "sentences", "tokens", "people", "citations", "ingest_report")
PIPELINE_REVISION = "1"
DERIVED = {"tokens": {"syllables": lambda cols: pc.split_pattern(cols["word"], " ")}}


def pipeline_version() -> str:
    """The version a corpus's manifest records: package, revision, lexicon and code hash."""
    return f"{__version__}/{PIPELINE_REVISION}/{lexicon_version()}/{code_hash()}"


def _process_batch(records: list[Record]) -> list[Processed]:
    from danvan.corpus.ingest.document import process_many  # imports underthesea: only when there is work

    _freeze_loaded_objects()
    results = process_many(records)
    gc.collect(1)  # the batch's own short-lived cycles, then: what outlives a batch (the tables
    gc.freeze()  # being written, the duplicate index) is not rescanned by every later collection,
    return results  # which otherwise slows the ingest as it grows


@lru_cache(maxsize=1)
def _freeze_loaded_objects() -> None:
    """Once per process, after the models are loaded: move every live object out of the garbage
    collector's reach. Full collections then stop rescanning underthesea's and pandas' large
    object graphs for every few thousand tokens made (measured: about 10% of ingest time)."""
    from danvan.corpus.ingest.segment import tokenize

    tokenize("Khởi động bộ tách từ.")  # loads the models
    gc.freeze()


def _batches(items: list[Record], size: int) -> Iterable[list[Record]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def processed_in_order(
    records: list[Record], cache: Path, jobs: int = 1, progress: bool = True
) -> Iterator[tuple[Record, Processed]]:
    """Each record with its result, in input order: from the cache, or processed (in parallel)
    and then cached. Results are yielded, not kept: memory holds one batch at a time."""
    with ResultCache(cache, code_hash()) as store:
        cached = store.keys()
        todo = [r for r in records if r.key() not in cached]
        bar = tqdm(total=len(todo), desc="ingest", unit="doc", disable=not progress or not todo)
        size = max(1, min(32, len(todo) // (jobs * 4) or 1))
        if jobs > 1 and todo:
            runner = Parallel(n_jobs=jobs, return_as="generator")
            batches = runner(delayed(_process_batch)(b) for b in _batches(todo, size))
        else:
            batches = (_process_batch(b) for b in _batches(todo, size))
        fresh = (result for batch in batches for result in batch)
        for r in records:
            if r.key() in cached:
                result = store.get(r.key())
                if result is not None:
                    yield r, result
                    continue
                result = _process_batch([r])[0]  # the cache entry was damaged
            else:
                result = next(fresh)
            store.put(r.key(), result)
            bar.update(1)
            yield r, result
        bar.close()


def _report(
    item: Record | Rejection, status: str, reason: str | None, doc_id: str | None = None,
    duplicate_of: str | None = None,
) -> IngestReportRow:
    return IngestReportRow(source=item.source, status=status, reason=reason, doc_id=doc_id,
                           duplicate_of=duplicate_of, encoding=item.encoding)


def read_records(root: Path) -> tuple[list[Record], list[IngestReportRow]]:
    """Every record under ``root`` (doc_ids made unique) and the report rows of unreadable input."""
    report: list[IngestReportRow] = []
    records: list[Record] = []
    for path in list_inputs(root):
        for item in read_file(path, root):
            if isinstance(item, Rejection):
                report.append(_report(item, "rejected", item.reason))
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

    One pass in input order: each result is checked against the documents kept so far (the first
    of a set of duplicates is kept) and its rows are streamed to Parquet, never held whole.
    Returns the content hashes of the documents kept and the number of inputs reported.
    """
    records, report = read_records(root)
    finder = DuplicateFinder()
    kept: list[str] = []
    with ExitStack() as stack:
        writers = {
            name: TableWriter(out / f"{name}.parquet", name, stack, derived=DERIVED.get(name))
            for name in DOC_TABLES
        }
        for r, p in processed_in_order(records, out / ".cache", jobs, progress):
            if p.rejected:
                report.append(_report(r, "rejected", p.rejected))
                continue
            doc = p.document
            dup = finder.offer(p.doc_id, doc.content_hash, p.minhash)
            if dup:
                report.append(_report(r, "duplicate", dup[1], p.doc_id, duplicate_of=dup[0]))
                continue
            report.append(_report(r, "ok", p.notes or None, p.doc_id))
            extra = json.dumps(doc.extra, ensure_ascii=False, default=str) if doc.extra else None
            writers["documents"].extend([doc._replace(extra=extra)])
            for name in ("paragraphs", "sentences", "people", "citations"):
                writers[name].extend(getattr(p, name))
            writers["tokens"].extend_columns({"doc_id": Repeat(p.doc_id, len(p.tokens["word"])), **p.tokens})
            kept.append(doc.content_hash)
        TableWriter(out / "ingest_report.parquet", "ingest_report", stack).extend(report)
    return kept, len(report)


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
