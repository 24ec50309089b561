"""Memory profile of the notebook series: where a kernel's memory goes, cell by cell.

Each notebook runs on a fresh kernel with its parameters injected (as ``danvan report`` runs it),
one cell at a time with nbclient. While a cell runs, the kernel's resident set is sampled every
50 ms (psutil); after it, the table records the cell's wall time, the resident set it left and the
peak it reached. Each notebook's time and peak are printed, then the costliest cells (by what
they keep plus what they hold only while running), so the cost can be traced to the call that makes
it (the table's ``source`` column).

Usage::

    python benchmarks/memory.py --corpus ../shared/corpora/vntc_chinh_tri_xa_hoi.jsonl.gz
    python benchmarks/memory.py --corpus … --notebooks 02 04 --top 8
    python benchmarks/memory.py                       # the sample corpus (data/raw)

The corpus is ingested first (or its cached tables are reused), outside the measure.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"


class Sampler:
    """The peak resident set of a process (and its children) while it is watched."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        import psutil

        self.proc, self.every, self.peak = psutil.Process(pid), every, 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def rss(self) -> int:
        import psutil

        try:
            procs = [self.proc, *self.proc.children(recursive=True)]
            return sum(p.memory_info().rss for p in procs)
        except psutil.Error:
            return 0

    def __enter__(self) -> Sampler:
        self.peak = self.rss()
        self._stop.clear()

        def run() -> None:
            while not self._stop.wait(self.every):
                self.peak = max(self.peak, self.rss())

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.peak = max(self.peak, self.rss())


def profile(notebook: Path, corpus: str | None, timeout: int = 3600) -> list[dict]:
    """One row per code cell of ``notebook`` run on ``corpus``."""
    from nbclient import NotebookClient
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    nb = load_notebook_node(str(notebook))  # as papermill reads it (every cell has its tags)
    nb = parameterize_notebook(nb, {"CORPUS": corpus} if corpus else {})
    client = NotebookClient(nb, kernel_name="python3", timeout=timeout,
                            resources={"metadata": {"path": str(notebook.parent)}})
    rows = []
    with client.setup_kernel():
        pid = client.km.provisioner.process.pid
        sampler = Sampler(pid)
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            before = sampler.rss()
            t = time.perf_counter()
            with sampler:
                client.execute_cell(cell, i)
            first = next((ln for ln in cell.source.splitlines() if ln.strip() and not ln.startswith("#")), "")
            rows.append({"notebook": notebook.stem, "cell": i, "wall_s": time.perf_counter() - t,
                         "rss_mb": sampler.rss() / 2**20, "peak_mb": sampler.peak / 2**20,
                         "grew_mb": (sampler.rss() - before) / 2**20, "source": first[:70]})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", help="a corpus file or folder (default: the sample in data/raw)")
    ap.add_argument("--notebooks", nargs="+", help="numbers, e.g. 02 04 (default: all)")
    ap.add_argument("--top", type=int, default=12, help="cells shown, most growth first")
    ap.add_argument("--json", type=Path, help="also write every row to this file")
    args = ap.parse_args()
    corpus = str(Path(args.corpus).resolve()) if args.corpus else None

    from danvan.corpus.load import load_corpus

    load_corpus(corpus, progress=True)  # ingest outside the measure
    books = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if args.notebooks:
        books = [b for b in books if b.name[:2] in set(args.notebooks)]
    rows: list[dict] = []
    for book in books:
        found = profile(book, corpus)
        rows += found
        peak = max((r["peak_mb"] for r in found), default=0)
        wall = sum(r["wall_s"] for r in found)
        print(f"{book.stem}: {wall:7.1f} s, kernel peak {peak:7.0f} MB", flush=True)
    print(f"\n{'notebook':<22} {'cell':>4} {'wall s':>7} {'grew MB':>8} {'peak MB':>8}  source")
    for r in sorted(rows, key=lambda r: -(r["peak_mb"] - r["rss_mb"] + 2 * r["grew_mb"]))[:args.top]:
        print(f"{r['notebook']:<22} {r['cell']:>4} {r['wall_s']:>7.1f} {r['grew_mb']:>8.0f} "
              f"{r['peak_mb']:>8.0f}  {r['source']}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
