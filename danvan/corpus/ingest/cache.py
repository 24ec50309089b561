"""The per-document cache of ingest results: one SQLite file per pipeline version.

Each processed document is stored as plain data under its record's key: JSON of its rows and an
Arrow IPC stream of its tokens, never a pickle (a processed folder shared by a colleague is
untrusted input, and reading it must not run code). The key hashes the record's content, so an
unchanged input is never processed twice and a changed one is processed again. Results of older
pipeline code live in files of other names (``results-<version>.sqlite``) and are deleted when the
cache is opened; no other file in the folder is ever touched. One file with a transaction per
batch costs far less than a file per document (thousands of creations and renames a run). A
damaged (or planted) entry reads as missing, so it is simply processed again.
"""

from __future__ import annotations

import base64
import json
import re
import sqlite3
from datetime import datetime
from pathlib import Path

import numpy as np
import pyarrow as pa

from danvan.corpus.ingest.processed import Processed, token_schema
from danvan.corpus.schema import ROWS

COMMIT_EVERY = 256


_DAMAGED = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}
_OURS = re.compile(r"^results-.+\.sqlite(-journal|-wal|-shm)?$")
_ROW_TABLES = {"paragraphs": "paragraphs", "sentences": "sentences", "people": "people",
               "citations": "citations"}
FORMAT = 2
_LAYOUT = "key TEXT PRIMARY KEY, data BLOB NOT NULL, tokens BLOB"
_DTYPES = frozenset({"int64", "int32", "uint32", "uint64", "float64"})


def _plain(value: object) -> object:
    """JSON for the values of a result that JSON has no type for."""
    if isinstance(value, np.ndarray) and value.dtype.name in _DTYPES:  # raw little-endian bytes
        return {"$nd": value.dtype.name, "b": base64.b64encode(value.astype(value.dtype.newbyteorder("<"),
                                                                            copy=False).tobytes()).decode()}
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"cannot store a {type(value).__name__} in the cache")


def _typed(obj: dict) -> object:
    if obj.keys() == {"$dt"}:
        return datetime.fromisoformat(obj["$dt"])
    if obj.keys() == {"$nd", "b"} and obj["$nd"] in _DTYPES:
        dtype = np.dtype(obj["$nd"]).newbyteorder("<")
        return np.frombuffer(base64.b64decode(obj["b"]), dtype=dtype).astype(obj["$nd"])
    return obj


def encode(result: Processed) -> tuple[bytes, bytes | None]:
    """A result as JSON (rows as lists in their table's column order) and its tokens as an Arrow
    IPC stream (plain data too: reading one runs no code)."""
    data = {
        "format": FORMAT, "doc_id": result.doc_id, "rejected": result.rejected, "notes": result.notes,
        "document": list(result.document) if result.document is not None else None,
        "minhash": result.minhash, "shingles": result.shingles,
        **{name: [list(row) for row in getattr(result, name)] for name in _ROW_TABLES},
    }
    tokens = None
    if result.tokens is not None:
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, result.tokens.schema) as stream:
            stream.write_batch(result.tokens)
        tokens = sink.getvalue().to_pybytes()
    return json.dumps(data, ensure_ascii=False, default=_plain).encode("utf-8"), tokens


def _tokens(data: bytes | None) -> pa.RecordBatch | None:
    """The tokens batch of :func:`encode`, checked whole: its schema, one batch, valid buffers."""
    if data is None:
        return None
    if not isinstance(data, bytes):
        raise TypeError("tokens are not bytes")
    with pa.ipc.open_stream(pa.py_buffer(data)) as stream:
        if stream.schema != token_schema():
            raise ValueError("not the tokens' columns")
        batches = list(stream)
    if len(batches) != 1:
        raise ValueError("not one batch of tokens")
    batches[0].validate(full=True)
    return batches[0]


def decode(data: bytes, tokens: bytes | None = None) -> Processed | None:
    """A result from :func:`encode`'s JSON and tokens; None for anything else (it is processed again)."""
    try:
        obj = json.loads(data, object_hook=_typed)
        if not isinstance(obj, dict) or obj.get("format") != FORMAT:
            return None
        out = Processed(str(obj["doc_id"]), obj["rejected"], str(obj["notes"]))
        if obj["document"] is not None:
            out.document = ROWS["documents"](*obj["document"])
        for name, table in _ROW_TABLES.items():
            setattr(out, name, [ROWS[table](*row) for row in obj[name]])
        arrays = obj["minhash"], obj["shingles"]
        if not all(a is None or isinstance(a, np.ndarray) for a in arrays):
            return None
        out.minhash, out.shingles = arrays
        out.tokens = _tokens(tokens)
        if (out.tokens is None) != (out.document is None):  # a document has tokens, a rejection none
            return None
    except (ValueError, TypeError, KeyError, RecursionError, OSError, pa.ArrowException):
        return None
    return out


def _open(path: Path) -> sqlite3.Connection:
    """The cache database; a file that is not one (damaged, truncated) is replaced by a new one.
    Other errors (locked, disk full) are raised: the cache is never dropped for them."""
    try:
        return _connect(path)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", None) not in _DAMAGED:
            raise
        path.unlink(missing_ok=True)
        return _connect(path)


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    try:
        # no wait for the disk at each commit: a cache can be rebuilt, and a file left damaged by a
        # system crash is detected and replaced (an application crash is safe either way)
        db.execute("PRAGMA synchronous = OFF")
        db.execute(f"CREATE TABLE IF NOT EXISTS results ({_LAYOUT})")
        db.execute("SELECT count(*) FROM results").fetchone()
        columns = [row[1] for row in db.execute("PRAGMA table_info(results)")]
        if columns != ["key", "data", "tokens"]:  # another layout under this name: start afresh
            db.execute("DROP TABLE results")
            db.execute(f"CREATE TABLE results ({_LAYOUT})")
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


class ResultCache:
    """Key → :class:`Processed` for one pipeline ``version``, in ``folder``."""

    def __init__(self, folder: Path, version: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        name = f"results-{version}.sqlite"
        for stale in folder.iterdir():
            # results of older pipeline code, and only those (a file of the cache's own name
            # pattern); the database's own journal (name + "-journal") must stay: SQLite needs it
            # to recover an interrupted run
            if _OURS.match(stale.name) and not stale.name.startswith(name) and stale.is_file():
                stale.unlink(missing_ok=True)
        self.db = _open(folder / name)
        self.pending = 0

    def keys(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT key FROM results")}

    def get(self, key: str) -> Processed | None:
        try:
            row = self.db.execute("SELECT data, tokens FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:  # a damaged page: the entry is processed again
            return None
        if row is None:
            return None
        return decode(*row) if isinstance(row[0], bytes) else None

    def put(self, key: str, result: Processed) -> None:
        data, tokens = encode(result)
        self.db.execute("INSERT OR REPLACE INTO results (key, data, tokens) VALUES (?, ?, ?)",
                        (key, data, tokens))
        self.pending += 1
        if self.pending >= COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        self.db.commit()
        self.pending = 0

    def close(self) -> None:
        try:
            self.commit()
        finally:
            self.db.close()

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
