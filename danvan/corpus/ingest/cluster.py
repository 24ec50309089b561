"""Run the ingest's batches on an existing Dask cluster (the optional ``cluster`` extra).

A scheduler address (``tcp://host:8786``) comes from ``load_corpus(scheduler=…)`` / ``danvan
ingest --scheduler`` or else from ``$DANVAN_SCHEDULER`` (:func:`scheduler_address`). Dask is
imported here only, and only once there is something to process. Each batch is one task; results
come back in the order the batches were submitted, whatever order the workers finish them in, so
the tables and the cache do not depend on where the work ran. Every worker must run the same
ingest code as this process (same danvan, data files and library versions: the code hash the
cache is keyed on); that is checked before the first batch and again by each task.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from danvan import __version__
from danvan.corpus.ingest.codehash import code_hash
from danvan.corpus.ingest.processed import Processed
from danvan.corpus.ingest.readers import Record

ENV = "DANVAN_SCHEDULER"
EXTRA = 'pip install "danvan[cluster]"'
CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler, and then to see a first worker
_RESTART = " (and restart the workers after an edit or upgrade: each reads the code once)"
_ONE_AT_A_TIME = threading.Lock()  # a worker with several threads runs one batch at a time


class ClusterError(RuntimeError):
    """The cluster cannot run the ingest: no Dask here, no scheduler, no workers, other code."""


def scheduler_address(scheduler: str | None = None) -> str | None:
    """The scheduler to run on: ``scheduler``, else ``$DANVAN_SCHEDULER``; None (or an empty
    string, which overrides the variable) runs the ingest on this machine. A bare ``host:port``
    gets ``tcp://``. Raises :class:`ClusterError` when an address is given but Dask is missing,
    ValueError for a malformed one (before any connection: a failed client lingers)."""
    value = (os.environ.get(ENV, "") if scheduler is None else scheduler).strip()
    if not value:
        return None
    if not all(_installed(name) for name in ("dask", "distributed")):
        raise ClusterError(f"running the ingest on a Dask cluster ({value}) needs the cluster extra: {EXTRA}")
    address = value if "://" in value else f"tcp://{value}"
    parts = urlsplit(address)
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme in ("tcp", "tls") and (not parts.hostname or port is None or parts.path):
        raise ValueError(f"a Dask scheduler's address looks like tcp://host:8786, not {value!r}")
    return address


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def worker_identity() -> tuple[str, str]:
    """What a worker runs: danvan's version and the ingest's code hash (run on each worker)."""
    return __version__, code_hash()


Process = Callable[[list[Record]], list[Processed]]


def run_batch(process: Process, records: list[Record], expected: str) -> list[Processed]:
    """``process(records)`` on a cluster worker, refused under other ingest code (its results
    would be cached under this code's key). ``process`` gets no parent to watch: a cluster worker
    outlives the ingest."""
    if (mine := code_hash()) != expected:
        raise ClusterError(f"a worker runs other ingest code (code hash {mine}, here {expected}): "
                           f"install the same danvan {__version__} and libraries on every worker{_RESTART}")
    with _ONE_AT_A_TIME:
        return process(records)


@dataclass
class Cluster:
    """A connected client and the number of worker processes that take batches."""

    client: Any  # distributed.Client
    address: str
    workers: int

    def map_in_order(self, process: Process, batches: Iterable[list[Record]]) -> Iterator[list[Processed]]:
        """``process`` of each batch, in the order of ``batches``; at most two batches per worker
        are queued or waiting to be fetched, so memory holds a few batches, not the corpus."""
        from distributed import KilledWorker

        expected = code_hash()
        source = iter(batches)
        pending: deque = deque()

        def fill() -> None:
            while len(pending) < 2 * self.workers and (batch := next(source, None)) is not None:
                pending.append(self.client.submit(run_batch, process, batch, expected, pure=False))

        try:
            fill()
            while pending:
                future = pending.popleft()
                try:
                    result = future.result()
                except KilledWorker as exc:
                    raise ClusterError(f"a batch ended the workers that ran it ({_first_line(exc)}): "
                                       "see the workers' logs (memory?)") from None
                except CancelledError as exc:  # the scheduler is gone, or cancelled the work
                    raise ClusterError(f"the Dask scheduler at {self.address} stopped the ingest: "
                                       f"{_first_line(exc)}") from None
                del future  # the worker may drop the result now
                fill()  # keep the workers busy while this batch is written
                yield result
        finally:
            if pending:
                with suppress(Exception):  # best effort: the scheduler may be gone
                    self.client.cancel(list(pending))


@contextmanager
def connect(address: str) -> Iterator[Cluster]:
    """A client of the scheduler at ``address`` whose workers run this danvan, closed on exit."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(f"running the ingest on a Dask cluster needs the cluster extra: {EXTRA}") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except Exception as exc:  # OSError: unreachable; ValueError…: a malformed address
        why = "is it running, and is the address right?" if isinstance(exc, OSError) else _first_line(exc)
        raise ClusterError(f"cannot reach the Dask scheduler at {address} within {CONNECT_TIMEOUT:g} s: "
                           f"{why}") from None
    try:
        yield Cluster(client, address, _check_workers(client, address))
    finally:
        client.close()


def _check_workers(client: Any, address: str) -> int:
    """The number of workers, once at least one runs the same danvan and ingest code as here."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except Exception:
        raise ClusterError(f"the Dask scheduler at {address} has no workers (waited {CONNECT_TIMEOUT:g} s): "
                           f"start some with `dask worker {address}`") from None
    try:
        found: dict[str, tuple[str, str]] = client.run(worker_identity)
    except Exception as exc:
        raise ClusterError(f"the workers of {address} cannot run danvan ({_first_line(exc)}): install "
                           f"danvan {__version__} (with its dependencies) on every worker") from None
    here = (__version__, code_hash())
    wrong = {worker: got for worker, got in found.items() if tuple(got) != here}
    if wrong:
        worker, (version, digest) = next(iter(wrong.items()))
        raise ClusterError(
            f"{len(wrong)} of {len(found)} workers run other danvan code (e.g. {worker}: danvan {version}, "
            f"ingest code {digest}; here danvan {here[0]}, code {here[1]}): install the same danvan "
            f"and libraries on every worker{_RESTART}")
    return max(1, len(found))
