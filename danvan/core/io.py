"""Atomic writes: a temporary file in the target folder, then a rename (never half-written)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path

import pandas as pd

_serial = count()


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path``; moved onto it when the block succeeds, removed if not."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # unique to this process, thread and call, and random (for folders shared between machines)
    tag = f"{os.getpid()}-{threading.get_ident()}-{next(_serial)}-{os.urandom(4).hex()}"
    tmp = path.with_name(f".{path.name}.{tag}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` then move the result onto ``path``."""
    with atomic_path(path) as tmp:
        write(tmp)
    return Path(path)


def write_text(path: str | Path, text: str) -> Path:
    return atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def write_parquet(df: pd.DataFrame, path: str | Path) -> Path:
    return atomic_write(path, lambda tmp: df.to_parquet(tmp, index=False))


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """CSV in UTF-8 with a byte-order mark, so that spreadsheet programs read the diacritics."""
    return atomic_write(path, lambda tmp: df.to_csv(tmp, index=False, encoding="utf-8-sig"))


def lock_file(handle: object, wait: float, on_wait: Callable[[], None] | None = None) -> bool:
    """Take an exclusive advisory lock on an open file, polling for up to ``wait`` seconds
    (``on_wait`` is called once, when the lock is held by another). True when taken; False when
    the wait ran out; True too on a system without advisory locks (nothing to wait for)."""
    try:
        import fcntl
    except ImportError:
        return True
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            if time.monotonic() >= deadline:
                return False
            if on_wait is not None and not told:
                on_wait()
                told = True
            time.sleep(0.2)
