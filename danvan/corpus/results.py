"""Results the notebooks share (phrase hits, document-term matrices), cached beside a corpus's tables.

A result is kept in ``<corpus folder>/results/<name>-<params>-<tables>.<suffix>``: ``params``
hashes the call's parameters and the code that computes it (every danvan module, data file and
library version its module reaches, :func:`danvan.corpus.ingest.codehash.modules_hash`);
``tables`` hashes the corpus's tables (:func:`tables_stamp`). A second notebook, or a second
kernel, reads what the first computed; a new ingest, an edit to that code or other parameters
compute anew, and a result of older tables is removed when its successor is written. A corpus
without a folder (a bare DataFrame) computes each time; so does a read-only folder (nothing is
written, nothing fails).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd

from danvan.core.io import atomic_path, lock_file
from danvan.corpus.tables import arrow_strings

__all__ = ["tables_stamp", "cached", "cached_frame", "results_dir"]

T = TypeVar("T")
RESULTS = "results"
WAIT = 3600.0  # seconds a call waits for another computing the same result


def _folder(corpus: Any) -> Path | None:
    folder = getattr(corpus, "folder", None)
    return Path(folder) if folder is not None and Path(folder).is_dir() else None


def results_dir(corpus: Any) -> Path | None:
    """Where ``corpus``'s shared results go (None for a corpus without a folder)."""
    folder = _folder(corpus)
    return folder / RESULTS if folder is not None else None


def _content(df: pd.DataFrame) -> bytes:
    """A digest of a table's content (every row and column, in order). A string column backed by
    Arrow (the documents' texts) is hashed from its buffers, with its slice's offset and length:
    no Python object per row."""
    digest = hashlib.sha256("\x1f".join(map(str, df.columns)).encode())
    rest = []
    for name in df.columns:
        arr = arrow_strings(df[name])
        if arr is None:
            rest.append(name)
            continue
        digest.update(f"{name}:{arr.type}:{arr.offset}:{len(arr)}:{arr.null_count}".encode())
        for buf in arr.buffers():
            digest.update(b"-" if buf is None else memoryview(buf))
    if rest or not len(df.columns):
        try:
            rows = pd.util.hash_pandas_object(df[rest], index=False)
        except TypeError:  # a column of unhashable values (lists): hashed as text
            rows = pd.util.hash_pandas_object(df[rest].astype(str), index=False)
        digest.update(rows.to_numpy().tobytes())
    return digest.digest()


def tables_stamp(corpus: Any, tables: Iterable[str] = ("documents", "tokens"),
                 document_columns: list[str] | None = None) -> str | None:
    """A hash of what a result computed from ``corpus`` depends on: its corpus hash and pipeline
    version, the size and time of the named table files, and the content of the tables in hand
    (the documents and each other named table; a table replaced or filtered in memory is another
    corpus; ``document_columns`` limits the documents' part to the columns a result reads). The
    tokens are stamped by their file only: the analyses read them from it. None without a folder
    or a documents table on disk."""
    folder = _folder(corpus)
    if folder is None or not (folder / "documents.parquet").exists():
        return None
    meta = getattr(corpus, "meta", None) or {}
    files = [folder / f"{t}.parquet" for t in tables]
    stamp = [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files if p.exists()]
    docs = corpus.documents
    content = hashlib.sha256(_content(docs[document_columns] if document_columns else docs))
    for name in tables:
        table = getattr(corpus, name, None) if name not in ("documents", "tokens") else None
        if isinstance(table, pd.DataFrame):
            content.update(name.encode() + _content(table))
    raw = json.dumps([meta.get("corpus_hash"), meta.get("pipeline"), stamp, content.hexdigest()])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _params_key(name: str, params: Mapping[str, Any], entry: str) -> str:
    from danvan.corpus.ingest.codehash import modules_hash

    raw = json.dumps([name, modules_hash(entry), sorted(params.items())], default=repr, ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


def cached(corpus: Any, name: str, params: Mapping[str, Any], compute: Callable[[], T], *, entry: str,
           save: Callable[[T, Path], None], load: Callable[[Path], T], suffix: str,
           tables: Iterable[str] = ("documents", "tokens")) -> T:
    """``compute()``, or what an earlier call with the same ``params`` on the same tables kept
    (``entry``: the module that computes it, whose code is part of the key; ``save(result,
    path)`` writes one file, ``load(path)`` reads it back)."""
    stamp = tables_stamp(corpus, tables)
    where = results_dir(corpus)
    if stamp is None or where is None:
        return compute()
    pkey = _params_key(name, params, entry)
    path = where / f"{name}-{pkey}-{stamp}.{suffix}"
    if (found := _read(path, load)) is not None:
        return found[0]
    # one process computes it; another asking meanwhile (a second notebook) waits and reads it
    with _one_at_a_time(where / f".{name}-{pkey}.lock"):
        if (found := _read(path, load)) is not None:
            return found[0]
        result = compute()
        try:
            where.mkdir(exist_ok=True)
            with atomic_path(path) as tmp:
                save(result, tmp)
        except OSError:  # a read-only corpus folder: the result is not kept
            return result
    for old in where.glob(f"{name}-{pkey}-*.{suffix}"):  # the same call on older tables
        if old != path:
            old.unlink(missing_ok=True)
    return result


def _read(path: Path, load: Callable[[Path], T]) -> tuple[T] | None:
    """``(load(path),)`` for a kept result, None when there is none (a damaged one is removed)."""
    if not path.exists():
        return None
    try:
        return (load(path),)
    except Exception:  # noqa: BLE001 - a damaged entry is computed again
        path.unlink(missing_ok=True)
        return None


@contextmanager
def _one_at_a_time(lock: Path, wait: float = WAIT) -> Iterator[None]:
    """Hold an advisory lock on ``lock`` while computing: a second process (or thread) computing
    the same result waits for the first, up to ``wait`` seconds, then computes it itself. No lock
    where the folder cannot hold one or the system has none."""
    try:
        lock.parent.mkdir(exist_ok=True)
        handle = open(lock, "a+")  # noqa: SIM115 - closed below, after the lock is released
    except OSError:  # a read-only corpus folder
        yield
        return
    with handle:
        lock_file(handle, wait)  # False: the other is stuck, so compute without the lock
        yield


def cached_frame(corpus: Any, name: str, params: Mapping[str, Any], compute: Callable[[], pd.DataFrame],
                 *, entry: str, tables: Iterable[str] = ("documents", "tokens")) -> pd.DataFrame:
    """:func:`cached` for a DataFrame, kept as Parquet (its dtypes and index come back as written)."""

    def save(df: pd.DataFrame, tmp: Path) -> None:
        df.to_parquet(tmp, index=True)

    def load(path: Path) -> pd.DataFrame:
        return pd.read_parquet(path)

    return cached(corpus, name, params, compute, entry=entry, save=save, load=load, suffix="parquet",
                  tables=tables)

