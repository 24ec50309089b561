"""Benchmark of the notebook series (``danvan report --corpus``) on 1,000, 4,000 and 12,786 VNTC articles.

Input: the first N lines of ``../shared/corpora/vntc_chinh_tri_xa_hoi.jsonl.gz``, written as
``.jsonl`` to a temporary folder. ``DANVAN_HOME`` points at that folder (with links to the
notebooks and to the sample corpus in data/raw, which the solutions read), so the processed
tables, the index and the reports go there too, never into the repository; it is removed at the
end (``--keep`` keeps it). For each size, every measure runs in a
subprocess of its own, whose peak memory is the largest resident set of it and its children
(``getrusage(RUSAGE_CHILDREN)``, so a notebook's peak is its kernel's):

- ``ingest``: ``danvan ingest <file> --jobs J``;
- ``report``: ``danvan report --corpus <file> --jobs J`` on the ingested corpus (the series and
  the solutions); each notebook's wall time is read from the executed copy (papermill's
  ``duration``);
- ``notebooks`` (unless ``--no-notebook-memory``): each numbered notebook run alone with papermill
  (one kernel at a time): wall time and peak memory per notebook;
- ``kwic``: in one process, the corpus loaded, its index removed, then ``kwic(corpus, query)``
  *cold* (index built and written beside the tables) and *warm* (index in memory) over a set of
  queries, and *reload* (a new process's first query: the index read back from disk).

Then a growth table: for each measure, the ratio of cost per doubling of the corpus between
consecutive sizes, ``(t2 / t1) ** (1 / log2(n2 / n1))``; 2.0 means linear.

Targets (issue 16): whole series on 12,786 articles ≤ 8 min wall with 2 jobs and ≤ 3 GB peak;
KWIC on 12,786 articles ≤ 0.3 s warm, ≤ 3 s cold (index build included).

Usage::

    python benchmarks/series.py                      # 1,000, 4,000 and 12,786 articles
    python benchmarks/series.py --quick              # 300 and 1,000, KWIC and ingest only
    python benchmarks/series.py --sizes 300 1000
    python benchmarks/series.py --sizes 12786 --no-notebook-memory
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "vntc_chinh_tri_xa_hoi.jsonl.gz"
SIZES = (1_000, 4_000, 12_786)
QUICK = (300, 1_000)
#: (query, options) timed warm; the first is also the cold query.
QUERIES = [
    ("nhân dân", {}),
    ("dân vận", {}),
    ("dân", {}),
    ("Mặt trận Tổ quốc", {"sort": "left"}),
    ("dan chu", {"ignore_diacritics": True}),
    ("ủy ban nhân dân", {"window": 8, "sort": "right"}),
    (r"cán bộ \w+", {"regex": True}),
]
TARGETS = {"series_s": 8 * 60, "series_peak_mb": 3 * 1024, "kwic_warm_s": 0.3, "kwic_cold_s": 3.0}


# --- measures run in subprocesses ---------------------------------------------------------------


def _measured(cmd: list[str], env: dict[str, str]) -> dict:
    """Run ``cmd`` in a fresh wrapper process; its wall time and the peak RSS of its children."""
    wrapper = [sys.executable, __file__, "--wrap", json.dumps(cmd)]
    proc = subprocess.run(wrapper, capture_output=True, text=True, env=env, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def wrap(cmd: list[str]) -> None:
    t = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        sys.exit(proc.returncode)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # Linux: kilobytes
    print(json.dumps({"wall_s": wall, "peak_mb": peak}))


def run_kwic(source: str) -> None:
    """Cold, warm and reload KWIC times on an ingested corpus (prints JSON)."""
    from danvan.corpus.load import load_corpus
    from danvan.reading.kwic import kwic

    corpus = load_corpus(source, progress=False)
    shutil.rmtree(Path(corpus.folder) / "index", ignore_errors=True)
    corpus.documents  # noqa: B018 - the table is read before timing (as a notebook has it)
    query, opts = QUERIES[0]
    t, c = time.perf_counter(), time.process_time()
    lines = kwic(corpus, query, **opts)
    cold, cold_cpu = time.perf_counter() - t, time.process_time() - c
    warm = {}
    for q, o in QUERIES:
        times, cpu = [], []
        for _ in range(3):
            t, c = time.perf_counter(), time.process_time()
            n = len(kwic(corpus, q, **o))
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        warm[f"{q} {o}" if o else q] = (min(times), n, min(cpu))
    print(json.dumps({"cold_s": cold, "cold_cpu_s": cold_cpu, "cold_lines": len(lines), "warm": warm}))


def run_reload(source: str) -> None:
    """A new process's first query: the index read back from disk (prints JSON)."""
    from danvan.corpus.load import load_corpus
    from danvan.reading.kwic import kwic

    corpus = load_corpus(source, progress=False)
    corpus.documents  # noqa: B018
    query, opts = QUERIES[0]
    t, c = time.perf_counter(), time.process_time()
    kwic(corpus, query, **opts)
    print(json.dumps({"reload_s": time.perf_counter() - t, "reload_cpu_s": time.process_time() - c}))


# --- driver -------------------------------------------------------------------------------------


def write_sample(n: int, folder: Path) -> Path:
    path = folder / f"vntc_{n}.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, path.open("w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            if i >= n:
                break
            out.write(line)
    return path


def _python(*args: str) -> list[str]:
    return [sys.executable, *args]


def _danvan(*args: str) -> list[str]:
    return _python("-c", "from danvan.cli import app; app()", *args)


def _json_of(cmd: list[str], env: dict[str, str]) -> dict:
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def notebook_durations(executed: Path) -> dict[str, float]:
    out = {}
    for nb in sorted(executed.glob("*.ipynb")):
        meta = json.loads(nb.read_text(encoding="utf-8")).get("metadata", {}).get("papermill", {})
        if meta.get("duration") is not None:
            out[nb.stem] = float(meta["duration"])
    return out


def measure(n: int, home: Path, args: argparse.Namespace) -> dict:
    source = write_sample(n, home)
    # the report as a user builds it: figures drawn by the kernel's inline backend (an MPLBACKEND
    # inherited from the caller would leave every figure out of the pages, and out of the time)
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"} | {"DANVAN_HOME": str(home)}
    row: dict = {"n": n, "chars": sum(len(json.loads(x).get("text", "")) for x in source.open())}
    ingest = _measured(_danvan("ingest", str(source), "--jobs", str(args.jobs)), env)
    row["ingest"] = ingest
    print(f"  ingest: {ingest['wall_s']:.1f} s, peak {ingest['peak_mb']:.0f} MB", flush=True)
    if args.report:
        out = home / f"reports_{n}"
        rep = _measured(_danvan("report", "--corpus", str(source), "--out", str(out),
                                "--jobs", str(args.jobs)), env)
        rep["notebooks"] = notebook_durations(out / "executed")
        rep["solutions"] = notebook_durations(out / "executed" / "solutions")
        row["report"] = rep
        print(f"  report: {rep['wall_s']:.1f} s, peak {rep['peak_mb']:.0f} MB "
              f"(ingest + report {ingest['wall_s'] + rep['wall_s']:.1f} s)", flush=True)
    if args.notebook_memory:
        row["notebooks"] = {}
        for nb in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
            m = _measured(_python("-m", "papermill", str(nb), str(home / f"{n}_{nb.name}"),
                                  "-p", "CORPUS", str(source), "-k", "python3",
                                  "--cwd", str(ROOT / "notebooks"), "--no-progress-bar"), env)
            row["notebooks"][nb.stem] = m
            print(f"  {nb.stem}: {m['wall_s']:.1f} s, peak {m['peak_mb']:.0f} MB", flush=True)
    kw = _json_of(_python(__file__, "--run", "kwic", "--input", str(source)), env)
    kw.update(_json_of(_python(__file__, "--run", "reload", "--input", str(source)), env))
    row["kwic"] = kw
    warm = [t for t, *_ in kw["warm"].values()]
    print(f"  kwic: cold {kw['cold_s']:.2f} s (CPU {kw['cold_cpu_s']:.2f} s; {kw['cold_lines']} lines), "
          f"warm median {median(warm):.3f} s / max {max(warm):.3f} s, reload {kw['reload_s']:.2f} s "
          f"(CPU {kw['reload_cpu_s']:.2f} s)", flush=True)
    return row


def _growth(rows: list[dict], get) -> list[str]:
    out = []
    for a, b in zip(rows, rows[1:], strict=False):
        ta, tb = get(a), get(b)
        if ta is None or tb is None or ta <= 0:
            out.append("   -  ")
            continue
        out.append(f"{(tb / ta) ** (1 / math.log2(b['n'] / a['n'])):6.2f}")
    return out


def print_tables(rows: list[dict]) -> None:
    print("\n== per size ==")
    head = f"{'articles':>9} {'ingest s':>9} {'ingest MB':>9} {'report s':>9} {'report MB':>9} " \
           f"{'kwic cold':>9} {'kwic warm':>9} {'reload':>7}"
    print(head)
    for r in rows:
        rep = r.get("report", {})
        warm = median(t for t, *_ in r["kwic"]["warm"].values())
        print(f"{r['n']:>9,} {r['ingest']['wall_s']:>9.1f} {r['ingest']['peak_mb']:>9.0f} "
              f"{rep.get('wall_s', float('nan')):>9.1f} {rep.get('peak_mb', float('nan')):>9.0f} "
              f"{r['kwic']['cold_s']:>9.2f} {warm:>9.3f} {r['kwic']['reload_s']:>7.2f}")
    names = sorted({k for r in rows for k in r.get("notebooks", {})})
    if names:
        print("\n== each notebook alone (wall s / peak MB) ==")
        print(f"{'notebook':<28}" + "".join(f"{r['n']:>18,}" for r in rows))
        for nb in names:
            cells = [r.get("notebooks", {}).get(nb) for r in rows]
            print(f"{nb:<28}" + "".join(f"{c['wall_s']:>9.1f}{c['peak_mb']:>9.0f}" if c else f"{'-':>18}"
                                        for c in cells))
    rep_names = sorted({k for r in rows for k in r.get("report", {}).get("notebooks", {})})
    if rep_names:
        print("\n== notebooks within the report build (papermill duration, s) ==")
        for nb in rep_names:
            times = [r.get("report", {}).get("notebooks", {}).get(nb, float("nan")) for r in rows]
            print(f"{nb:<28}" + "".join(f"{t:>10.1f}" for t in times))
    print("\n== per-query warm KWIC (s, lines) at the largest size ==")
    for q, (t, n, cpu) in rows[-1]["kwic"]["warm"].items():
        print(f"  {q:<50} {t:7.3f} s (CPU {cpu:6.3f} s) {n:>7,} lines")
    if len(rows) > 1:
        print("\n== growth: cost ratio per doubling (2.00 = linear) ==")
        pairs = [f"{a['n']:,}→{b['n']:,}" for a, b in zip(rows, rows[1:], strict=False)]
        print(f"{'measure':<22}" + "".join(f"{p:>16}" for p in pairs))
        measures = {
            "input characters": lambda r: r["chars"],
            "ingest time": lambda r: r["ingest"]["wall_s"],
            "ingest peak": lambda r: r["ingest"]["peak_mb"],
            "report time": lambda r: r.get("report", {}).get("wall_s"),
            "report peak": lambda r: r.get("report", {}).get("peak_mb"),
            "kwic cold": lambda r: r["kwic"]["cold_s"],
            "kwic cold CPU": lambda r: r["kwic"]["cold_cpu_s"],
            "kwic warm (median)": lambda r: median(t for t, *_ in r["kwic"]["warm"].values()),
        }
        for nb in names:
            measures[f"{nb[:12]} time"] = lambda r, nb=nb: r.get("notebooks", {}).get(nb, {}).get("wall_s")
            measures[f"{nb[:12]} peak"] = lambda r, nb=nb: r.get("notebooks", {}).get(nb, {}).get("peak_mb")
        for name, get in measures.items():
            print(f"{name:<22}" + "".join(f"{g:>16}" for g in _growth(rows, get)))
    last = rows[-1]
    print(f"\n== targets (at {last['n']:,} articles; the issue's are for 12,786) ==")
    warm = max(t for t, *_ in last["kwic"]["warm"].values())
    print(f"  kwic warm (slowest query) {warm:.3f} s (target ≤ {TARGETS['kwic_warm_s']} s)")
    print(f"  kwic cold {last['kwic']['cold_s']:.2f} s, CPU {last['kwic']['cold_cpu_s']:.2f} s "
          f"(target ≤ {TARGETS['kwic_cold_s']} s)")
    if "report" in last:
        total = last["ingest"]["wall_s"] + last["report"]["wall_s"]
        peak = max(last["ingest"]["peak_mb"], last["report"]["peak_mb"])
        print(f"  series (ingest + report) {total / 60:.1f} min "
              f"(target ≤ {TARGETS['series_s'] / 60:.0f} min), peak {peak:.0f} MB "
              f"(target ≤ {TARGETS['series_peak_mb']} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+")
    ap.add_argument("--quick", action="store_true",
                    help="300 and 1,000 articles; ingest and KWIC only (no report, no notebooks)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-report", dest="report", action="store_false")
    ap.add_argument("--no-notebook-memory", dest="notebook_memory", action="store_false")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (printed)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--run", choices=["kwic", "reload"], help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--wrap", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.wrap:
        return wrap(json.loads(args.wrap))
    if args.run:
        return {"kwic": run_kwic, "reload": run_reload}[args.run](args.input)
    if not CORPUS.exists():
        print(f"VNTC corpus not found at {CORPUS} (../shared/corpora is optional); nothing to do.")
        return
    if args.quick:
        args.report = args.notebook_memory = False
    sizes = args.sizes or (QUICK if args.quick else SIZES)
    home = Path(tempfile.mkdtemp(prefix="danvan-series-"))
    (home / "notebooks").symlink_to(ROOT / "notebooks")
    (home / "data").mkdir()
    (home / "data" / "raw").symlink_to(ROOT / "data" / "raw")  # the sample corpus the solutions use
    rows = []
    try:
        for n in sizes:
            print(f"\n-- {n:,} articles --", flush=True)
            rows.append(measure(n, home, args))
        print_tables(rows)
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    finally:
        if args.keep:
            print(f"\nkept {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
