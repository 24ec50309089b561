"""Benchmark of the ingest (``danvan.corpus.load.load_corpus``) on 100, 1,000 and 10,000 VNTC articles.

Input: the first N lines of ``../shared/corpora/vntc_chinh_tri_xa_hoi.jsonl.gz``, written as ``.jsonl``
to a temporary folder (never into the repository). Speeds are characters of the input ``text`` fields
per wall-clock second. For each size, every measure runs in a fresh subprocess, so that imports, caches
and peak memory belong to that measure alone:

- ``bare``: ``underthesea.sent_tokenize`` on each text, ``word_tokenize`` on each sentence;
- ``ingest``: ``load_corpus(jobs=1)`` into an empty out dir (its peak memory), then a second, cached
  call in the same process;
- ``ingest`` with ``jobs=2`` into another empty out dir (both joblib workers warmed up first);
- ``cached``: a third call on the unchanged input and out dir, timed from outside the subprocess
  (interpreter start-up and imports included).

underthesea is warmed up the same way before every timed measure (import, then tokenize one
sentence), so model loading is counted in none of them.

A shared machine runs at different speeds from one minute to the next (here, ±10%), so bare,
1-job and 2-job runs are made ``--repeat`` times in turn (default 3) and the ratio and speed-up are
the medians of the ratios within each round; every round's figures are printed. The ratio is also
shown on main-process CPU time.

Usage::

    python benchmarks/ingest.py                  # 100, 1,000 and 10,000 articles
    python benchmarks/ingest.py --quick          # 100 and 1,000
    python benchmarks/ingest.py --sizes 100 1000
    python benchmarks/ingest.py --sizes 10000 --repeat 1
"""

from __future__ import annotations

import argparse
import gzip
import json
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
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "vntc_chinh_tri_xa_hoi.jsonl.gz"
SIZES = (100, 1_000, 10_000)
QUICK = (100, 1_000)
WARM_TEXT = "Ủy ban Mặt trận Tổ quốc tỉnh đã họp. Công tác dân vận được đẩy mạnh ở cơ sở."

# targets
MIN_RATIO = 0.85
MIN_SPEEDUP = 1.7
MAX_CACHED_S = 2.0  # at 1,000 articles
MAX_RSS_MB = 1024.0  # at 10,000 articles


def warm_up() -> None:
    """Import underthesea and tokenize one sentence (loads its models)."""
    from underthesea import sent_tokenize, word_tokenize

    for sentence in sent_tokenize(WARM_TEXT):
        word_tokenize(sentence)


def _warm_worker(pause: float) -> int:
    warm_up()
    time.sleep(pause)  # keeps this worker busy so that the other task lands on the other worker
    return os.getpid()


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


# --- measures, each run in its own subprocess ---------------------------------------------------


def run_bare(source: Path) -> dict:
    """Bare underthesea: sentences of each text, then words of each sentence."""
    texts = [json.loads(line)["text"] or "" for line in source.open(encoding="utf-8")]
    warm_up()
    from underthesea import sent_tokenize, word_tokenize

    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        for sentence in sent_tokenize(text):
            word_tokenize(sentence)
    return {"seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu}


def run_ingest(source: Path, out: Path, jobs: int) -> dict:
    """A full ingest into an empty out dir, then the cached re-run in the same process."""
    from danvan.corpus.load import load_corpus

    warm_up()
    if jobs > 1:
        from joblib import Parallel, delayed

        for _ in range(5):  # until both workers have loaded the models
            pids = Parallel(n_jobs=jobs)(delayed(_warm_worker)(1.0) for _ in range(jobs))
            if len(set(pids)) == jobs:
                break
    start, cpu = time.perf_counter(), time.process_time()
    corpus = load_corpus(source, out=out, jobs=jobs, force=False, progress=False)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    load_corpus(source, out=out, jobs=jobs, force=False, progress=False)
    cached = time.perf_counter() - start
    result = {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "cached_seconds": cached,
        "documents": len(corpus.documents),
        "rss_self_mb": _rss_mb(resource.RUSAGE_SELF),
    }
    if jobs > 1:  # stop the workers so that their peak memory shows in RUSAGE_CHILDREN
        from joblib.externals.loky import get_reusable_executor

        get_reusable_executor().shutdown(wait=True)
    result["rss_children_mb"] = _rss_mb(resource.RUSAGE_CHILDREN)
    return result


def run_cached(source: Path, out: Path) -> dict:
    """Only the load: the caller times the whole subprocess."""
    from danvan.corpus.load import load_corpus

    corpus = load_corpus(source, out=out, progress=False)
    return {"documents": len(corpus.documents)}


# --- driver ---------------------------------------------------------------------------------------


def _subprocess(*args: str) -> tuple[dict, float]:
    """Run this script in a fresh interpreter; return its JSON result and its wall time."""
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"measure {args} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1]), wall


def write_subset(n: int, folder: Path) -> tuple[Path, int, int]:
    """First ``n`` corpus lines as ``.jsonl``; returns the path, the line count and the text length."""
    path = folder / f"vntc_{n}.jsonl"
    chars = count = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, path.open("w", encoding="utf-8") as dst:
        for line in src:
            if count == n:
                break
            chars += len(json.loads(line).get("text") or "")
            dst.write(line)
            count += 1
    return path, count, chars


def _report(name: str, result: dict, chars: int) -> None:
    print(f"  {name:<20} {result['seconds']:8.1f} s wall ({chars / result['seconds']:9,.0f} char/s), "
          f"{result['cpu_seconds']:8.1f} s CPU in the main process", flush=True)


def measure(n: int, folder: Path, repeat: int) -> dict:
    """Bare, 1-job and 2-job runs ``repeat`` times in turn (so that a slow spell of a shared machine
    hits all three alike); the ratios are medians of the ratios within each round."""
    source, count, chars = write_subset(n, folder)
    print(f"\n== {count:,} articles, {chars:,} characters, {repeat} round(s) ==", flush=True)
    rounds = []
    for i in range(repeat):
        out1, out2 = folder / f"out1_{n}_{i}", folder / f"out2_{n}_{i}"
        bare, _ = _subprocess("--run", "bare", "--input", str(source))
        _report("bare underthesea", bare, chars)
        one, _ = _subprocess("--run", "ingest", "--input", str(source), "--out", str(out1), "--jobs", "1")
        _report("ingest, 1 job", one, chars)
        two, _ = _subprocess("--run", "ingest", "--input", str(source), "--out", str(out2), "--jobs", "2")
        _report("ingest, 2 jobs", two, chars)
        rounds.append((bare, one, two))
    ratios = [b["seconds"] / o["seconds"] for b, o, _ in rounds]
    ratios_cpu = [b["cpu_seconds"] / o["cpu_seconds"] for b, o, _ in rounds]
    speedups = [o["seconds"] / t["seconds"] for _, o, t in rounds]
    if repeat > 1:
        print(f"  ratio by round       {', '.join(f'{r:.2f}' for r in ratios)}; "
              f"2-job speed-up by round {', '.join(f'{s:.2f}' for s in speedups)}", flush=True)
    bare, one, two = rounds[0]
    first_out = folder / f"out1_{n}_0"
    _, cached_wall = _subprocess("--run", "cached", "--input", str(source), "--out", str(first_out))
    print(f"  cached re-run        {cached_wall:8.2f} s (fresh process), "
          f"{one['cached_seconds']:.2f} s (in process)", flush=True)
    print(f"  peak RSS, 1 job      {one['rss_self_mb']:8.0f} MB (children {one['rss_children_mb']:.0f} MB); "
          f"2 jobs: parent {two['rss_self_mb']:.0f} MB, workers {two['rss_children_mb']:.0f} MB", flush=True)
    return {
        "n": count,
        "chars": chars,
        "documents": one["documents"],
        "ingest_cps": chars / median(o["seconds"] for _, o, _ in rounds),
        "bare_cps": chars / median(b["seconds"] for b, _, _ in rounds),
        "ratio": median(ratios),
        "ratio_range": (min(ratios), max(ratios)),
        "ratio_cpu": median(ratios_cpu),
        "speedup": median(speedups),
        "cached_fresh_s": cached_wall,
        "cached_inproc_s": one["cached_seconds"],
        "rss_mb": max(max(o["rss_self_mb"], o["rss_children_mb"]) for _, o, _ in rounds),
    }


def _verdict(ok: bool | None) -> str:
    return "" if ok is None else ("PASS" if ok else "MISS")


def table(rows: list[dict]) -> str:
    """One line per figure and size: value, target, PASS/MISS (targets that apply to one size only
    are judged at that size and shown for information elsewhere)."""
    lines = [f"{'articles':>8}  {'figure':<34}{'value':>14}  {'target':<16}verdict", "-" * 84]
    for r in rows:
        n = r["n"]
        cached = (f"{r['cached_fresh_s']:.2f} s", f"< {MAX_CACHED_S:g} s @ 1,000",
                  r["cached_fresh_s"] < MAX_CACHED_S if n == 1_000 else None)
        cached_in = (f"{r['cached_inproc_s']:.2f} s", f"< {MAX_CACHED_S:g} s @ 1,000",
                     r["cached_inproc_s"] < MAX_CACHED_S if n == 1_000 else None)
        rss = (f"{r['rss_mb']:,.0f} MB", f"< {MAX_RSS_MB:,.0f} MB @ 10,000",
               r["rss_mb"] < MAX_RSS_MB if n == 10_000 else None)
        figures = [
            ("ingest, 1 job (char/s)", (f"{r['ingest_cps']:,.0f}", "", None)),
            ("bare underthesea (char/s)", (f"{r['bare_cps']:,.0f}", "", None)),
            ("ratio ingest / bare (median)",
             (f"{r['ratio']:.2f}", f">= {MIN_RATIO}", r["ratio"] >= MIN_RATIO)),
            ("  lowest and highest round", (f"{r['ratio_range'][0]:.2f}-{r['ratio_range'][1]:.2f}",
                                            "(information)", None)),
            ("  same, on main-process CPU time", (f"{r['ratio_cpu']:.2f}", "(information)", None)),
            ("speed-up, 2 jobs / 1 job", (f"{r['speedup']:.2f}x", f">= {MIN_SPEEDUP}x",
                                           r["speedup"] >= MIN_SPEEDUP)),
            ("cached re-run, fresh process", cached),
            ("cached re-run, in process", cached_in),
            ("peak RSS, 1-job ingest", rss),
        ]
        for name, (value, target, ok) in figures:
            lines.append(f"{n:>8,}  {name:<34}{value:>14}  {target:<16}{_verdict(ok)}")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="numbers of articles")
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 articles only")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of bare, 1-job and 2-job runs")
    parser.add_argument("--run", choices=["bare", "ingest", "cached"], help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    if args.run:  # one measure, in this (fresh) process; the result is the last line of stdout
        if args.run == "bare":
            result = run_bare(args.input)
        elif args.run == "ingest":
            result = run_ingest(args.input, args.out, args.jobs)
        else:
            result = run_cached(args.input, args.out)
        print(json.dumps(result))
        return

    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS} (this benchmark needs ../shared/corpora next to the repo)")
    sizes = list(QUICK) if args.quick else args.sizes
    folder = Path(tempfile.mkdtemp(prefix="danvan-bench-ingest-"))
    try:
        rows = [measure(n, folder, args.repeat) for n in sizes]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    from importlib.metadata import version

    print(f"\ndanvan {version('danvan')}, underthesea {version('underthesea')}, Python "
          f"{sys.version.split()[0]}, {os.cpu_count()} CPUs; corpus {CORPUS.name}\n")
    print(table(rows))


if __name__ == "__main__":
    main()
