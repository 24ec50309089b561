"""The per-document cache of ingest results: one SQLite file per pipeline version.

Each processed document is stored (pickled) under its record's key, which hashes its content, so
an unchanged input is never processed twice and a changed one is processed again. Results of
older pipeline code live in files of other names and are deleted when the cache is opened. One
file with a transaction per batch costs far less than a file per document (thousands of
creations and renames a run). A damaged entry reads as missing, so it is simply processed again.
"""

from __future__ import annotations

import pickle
import shutil
import sqlite3
from pathlib import Path

from danvan.corpus.ingest.processed import Processed

COMMIT_EVERY = 256


_DAMAGED = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}


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
        db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        db.execute("SELECT count(*) FROM results").fetchone()
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
            # older pipeline code (or the old one-file-per-entry layout); the database's own
            # journal (name + "-journal") must stay: SQLite needs it to recover an interrupted run
            if not stale.name.startswith(name):
                if stale.is_dir():
                    shutil.rmtree(stale, ignore_errors=True)
                else:
                    stale.unlink(missing_ok=True)
        self.db = _open(folder / name)
        self.pending = 0

    def keys(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT key FROM results")}

    def get(self, key: str) -> Processed | None:
        try:
            row = self.db.execute("SELECT data FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:  # a damaged page: the entry is processed again
            return None
        if row is None:
            return None
        try:
            result = pickle.loads(row[0])
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            return None
        return result if isinstance(result, Processed) else None

    def put(self, key: str, result: Processed) -> None:
        data = pickle.dumps(result, protocol=5)
        self.db.execute("INSERT OR REPLACE INTO results (key, data) VALUES (?, ?)", (key, data))
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
