"""Run the ingest: read every input, process (in parallel, cached), mark duplicates, write tables.

The per-document cache is keyed on the record's content and the pipeline's code hash (every
module, data file and library version the ingest uses: ``codehash``), so a changed file, a changed
lexicon, an edit to the code the ingest runs or a new release re-processes exactly what it must.
A manifest of the inputs (size and modification time) lets an unchanged re-run skip even the
reading.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
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
from danvan.corpus.ingest.readers import Record, Rejection, read_file, scan_inputs
from danvan.corpus.ingest.tablewriter import Repeat, TableWriter
from danvan.corpus.schema import IngestReportRow

DOC_TABLES = ("documents", "paragraphs", "sentences", "tokens", "people", "citations")
TABLE_NAMES = ("documents", "paragraphs", "sentences", "tokens", "people", "citations", "ingest_report")
PIPELINE_REVISION = "1"
DERIVED = {"tokens": {"syllables": lambda cols: pc.split_pattern(cols["word"], " ")}}


def pipeline_version() -> str:
    """The version a corpus's manifest records: package, revision, lexicon and code hash."""
    return f"{__version__}/{PIPELINE_REVISION}/{lexicon_version()}/{code_hash()}"


def _process_batch(records: list[Record], parent: int | None = None) -> list[Processed]:
    from danvan.corpus.ingest.document import process_many  # imports underthesea: only when there is work

    if parent is not None and parent != os.getpid():
        _exit_with(parent)

    _freeze_loaded_objects()
    results = process_many(records)
    gc.collect(1)  # the batch's own short-lived cycles, then: what outlives a batch (the tables
    gc.freeze()  # being written, the duplicate index) is not rescanned by every later collection,
    return results  # which otherwise slows the ingest as it grows


@lru_cache(maxsize=1)
def _exit_with(parent: int) -> None:
    """In a worker process, once: end the worker when the ingest that started it is gone (killed),
    instead of finishing its batch and idling for minutes with the models in memory. Only a direct
    child of the ingest watches (a worker elsewhere, e.g. of a cluster, is never ended)."""
    if os.getppid() != parent:
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="danvan-parent-watch", daemon=True).start()


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
    records: list[Record], cache: Path, jobs: int = 1, progress: bool = True, scheduler: str | None = None
) -> Iterator[tuple[Record, Processed]]:
    """Each record with its result, in input order: from the cache, or processed (in ``jobs``
    local processes, or on the Dask cluster of ``scheduler``: ``cluster``) and then cached.
    Results are yielded, not kept: memory holds a few batches at a time. The cache key is the
    record's and the code's, never the backend's."""
    with ResultCache(cache, code_hash()) as store, ExitStack() as stack:
        cached = store.keys()
        todo = [r for r in records if r.key() not in cached]
        fresh = (result for batch in _run(todo, jobs, scheduler, stack) for result in batch)
        bar = tqdm(total=len(todo), desc="ingest", unit="doc", disable=not progress or not todo)
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


def _batch_size(n: int, workers: int) -> int:
    """About four batches per worker, 1 to 32 records each."""
    return max(1, min(32, n // (workers * 4) or 1))


def _run(todo: list[Record], jobs: int, scheduler: str | None, stack: ExitStack) -> Iterator[list[Processed]]:
    """The results of ``todo`` batch by batch, in order: here, in local worker processes (each
    watching this process: ``_exit_with``), or on a cluster (connected only when there is work,
    closed by ``stack``)."""
    if not todo:
        return iter(())
    if scheduler:
        from danvan.corpus.ingest.cluster import connect  # imports dask: only for a cluster

        cluster = stack.enter_context(connect(scheduler))
        batches = _batches(todo, _batch_size(len(todo), cluster.workers))
        results = cluster.map_in_order(_process_batch, batches)
        stack.callback(results.close)  # cancels what is still queued, before the client closes
        return results
    size = _batch_size(len(todo), jobs)
    if jobs > 1:
        runner = Parallel(n_jobs=jobs, return_as="generator")
        return runner(delayed(_process_batch)(b, os.getpid()) for b in _batches(todo, size))
    return (_process_batch(b) for b in _batches(todo, size))


def _report(
    item: Record | Rejection | Copy, status: str, reason: str | None, doc_id: str | None = None,
    duplicate_of: str | None = None,
) -> IngestReportRow:
    return IngestReportRow(source=item.source, status=status, reason=reason, doc_id=doc_id,
                           duplicate_of=duplicate_of, encoding=item.encoding)


@dataclass
class Inputs:
    """What reading found: the records to process (ids unique), the report rows of what could not
    be read or was skipped, and the exact copies of a record (same text and metadata), which take
    the status of the first without being processed again."""

    records: list[Record]
    report: list[IngestReportRow]
    copies: dict[int, list[Copy]] = field(default_factory=dict)  # record index → its copies


@dataclass
class Copy:
    """An exact copy of a record, without its text (a corpus of identical rows stays small)."""

    source: str
    doc_id: str
    encoding: str | None


def unique_id(doc_id: str, taken: set[str]) -> str:
    """``doc_id``, or ``doc_id~2``, ``~3``… the first one not taken (and now taken)."""
    candidate, n = doc_id, 1
    while candidate in taken:
        n += 1
        candidate = f"{doc_id}~{n}"
    taken.add(candidate)
    return candidate


def _content_key(r: Record) -> bytes:
    h = hashlib.blake2b(digest_size=16)
    h.update(r.fmt.encode())
    h.update(r.text.encode("utf-8", "surrogatepass"))
    h.update(json.dumps([r.meta, r.extra], sort_keys=True, ensure_ascii=False, default=str).encode(
        "utf-8", "surrogatepass"))
    return h.digest()


def read_records(root: Path, follow_links: bool = False) -> Inputs:
    """Every entry under ``root``: records (doc_ids unique by construction), report rows of what
    is skipped or unreadable, and exact copies set aside."""
    inputs = Inputs([], [])
    taken: set[str] = set()
    first: dict[bytes, int] = {}
    for entry in scan_inputs(root, follow_links):
        if entry.skip:
            inputs.report.append(_report(Rejection(entry.rel, entry.skip), "skipped", entry.skip))
            continue
        for item in read_file(entry.path, root, entry.rel):
            if isinstance(item, Rejection):
                inputs.report.append(_report(item, item.status, item.reason))
                continue
            item.doc_id = unique_id(item.doc_id, taken)
            key = _content_key(item)
            if (i := first.get(key)) is not None:
                inputs.copies.setdefault(i, []).append(Copy(item.source, item.doc_id, item.encoding))
                continue
            first[key] = len(inputs.records)
            inputs.records.append(item)
    return inputs


_OWN_NAMES = "|".join([*(f"{name}\\.parquet" for name in TABLE_NAMES), "manifest\\.json"])
_OWN_TMP = re.compile(rf"^\.(?:{_OWN_NAMES})\.[0-9]+-[0-9]+-[0-9]+-[0-9a-f]+\.tmp$")  # core.io.atomic_path


def remove_leftovers(out: Path) -> None:
    """Temporary files of an interrupted run (``kill -9``): this tool's names only."""
    if out.is_dir():
        for path in out.iterdir():
            if _OWN_TMP.match(path.name) and path.is_file():
                path.unlink(missing_ok=True)


def build_tables(
    root: Path, out: Path, jobs: int = 1, progress: bool = True, follow_links: bool = False,
    scheduler: str | None = None,
) -> tuple[list[str], int]:
    """Read, process and deduplicate everything under ``root``; write the tables into ``out``.

    One pass in input order: each result is checked against the documents kept so far (the first
    of a set of duplicates is kept; a syndicated copy is kept and marked with its ``story``) and
    its rows are streamed to Parquet, never held whole.
    ``scheduler``: a Dask scheduler's address to process on its workers (``jobs`` then unused).
    Returns the content hashes of the documents kept and the number of inputs reported.
    """
    remove_leftovers(out)
    inputs = read_records(root, follow_links)
    records, report = inputs.records, inputs.report
    finder = DuplicateFinder()
    kept: list[str] = []
    with ExitStack() as stack:
        writers = {
            name: TableWriter(out / f"{name}.parquet", name, stack, derived=DERIVED.get(name))
            for name in DOC_TABLES
        }
        for i, (r, p) in enumerate(processed_in_order(records, out / ".cache", jobs, progress, scheduler)):
            if p.rejected:
                report.append(_report(r, "rejected", p.rejected))
                _copies(report, inputs.copies.get(i), "rejected", p.rejected)
                continue
            doc = p.document
            verdict = finder.offer(p.doc_id, doc.content_hash, p.minhash, p.shingles)
            if not verdict.kept:
                report.append(_report(r, "duplicate", verdict.reason, p.doc_id, duplicate_of=verdict.of))
                _copies(report, inputs.copies.get(i), "duplicate", f"same text as {r.doc_id}", verdict.of)
                continue
            notes = "; ".join(filter(None, [p.notes, verdict.reason])) or None
            report.append(_report(r, "ok", notes, p.doc_id))
            _copies(report, inputs.copies.get(i), "duplicate", f"same text as {p.doc_id}", p.doc_id)
            extra = json.dumps(doc.extra, ensure_ascii=False, default=str) if doc.extra else None
            overlap = None if verdict.overlap is None else round(100 * verdict.overlap)
            story = dict(story=verdict.story, near_duplicate_of=verdict.of, near_duplicate_overlap=overlap)
            writers["documents"].extend([doc._replace(extra=extra, **story)])
            for name in ("paragraphs", "sentences", "people", "citations"):
                writers[name].extend(getattr(p, name))
            tokens = dict(zip(p.tokens.schema.names, p.tokens.columns, strict=True))
            writers["tokens"].extend_columns({"doc_id": Repeat(p.doc_id, p.tokens.num_rows), **tokens})
            kept.append(doc.content_hash)
        TableWriter(out / "ingest_report.parquet", "ingest_report", stack).extend(report)
    return kept, len(report)


def _copies(
    report: list[IngestReportRow], copies: list[Copy] | None, status: str, reason: str | None,
    kept: str | None = None,
) -> None:
    """The report rows of the exact copies of a record: its status, never processed again."""
    for c in copies or ():
        report.append(_report(c, status, reason, c.doc_id if kept else None, duplicate_of=kept))


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
