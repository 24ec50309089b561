"""KWIC cold and warm on one ingested corpus folder, measured as ``benchmarks/series.py`` does.

*Cold*: in a fresh process, the corpus loaded and its documents read, its cached index removed,
then the first ``kwic(corpus, "nhân dân")`` (index built and written beside the tables). *Warm*:
each query of the series and of the glossary notebook's terms, best of three, the index in memory.
Several runs, each in its own process; medians and the spread are printed (the machine may be
shared). Never point it at a folder whose index you want to keep: it is deleted before each run.

Usage::

    python benchmarks/kwic.py /tmp/copy/of/corpus-folder --runs 5
    python benchmarks/kwic.py FOLDER --profile          # cProfile of one cold query
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from statistics import median
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from series import QUERIES  # noqa: E402

#: the glossary notebook's terms (each counted with ``kwic``)
GLOSSARY = ["dân vận", "công tác dân vận", "Dân vận khéo", "dân chủ ở cơ sở", "quy chế dân chủ",
            "Mặt trận Tổ quốc", "MTTQ", "Ban Dân vận", "Ban Thường vụ", "Bí thư", "UBND", "HĐND",
            "dân biết", "dân kiểm tra", "dân giám sát", "dân thụ hưởng"]


def _corpus(folder: Path) -> Any:
    from danvan.corpus.load import Corpus

    meta = json.loads((folder / "manifest.json").read_text(encoding="utf-8")).get("meta", {})
    return Corpus(folder, meta)


def _clear(folder: Path) -> None:
    shutil.rmtree(folder / "index", ignore_errors=True)
    shutil.rmtree(folder / "results", ignore_errors=True)


def run(folder: Path, warm: bool) -> dict:
    from danvan.reading.kwic import kwic

    _clear(folder)
    corpus = _corpus(folder)
    corpus.documents  # noqa: B018 - read before timing, as a notebook has it
    query, opts = QUERIES[0]
    t, c = time.perf_counter(), time.process_time()
    lines = kwic(corpus, query, **opts)
    out: dict[str, Any] = {"cold_s": time.perf_counter() - t, "cold_cpu_s": time.process_time() - c,
                           "cold_lines": len(lines)}
    if warm:
        times = {}
        for q, o in [*QUERIES, *((g, {}) for g in GLOSSARY)]:
            best, n = float("inf"), 0
            for _ in range(3):
                t = time.perf_counter()
                n = len(kwic(corpus, q, **o))
                best = min(best, time.perf_counter() - t)
            times[f"{q} {o}" if o else q] = (best, n)
        out["warm"] = times
    return out


def profile(folder: Path) -> None:
    import cProfile
    import pstats

    from danvan.reading.kwic import kwic

    _clear(folder)
    corpus = _corpus(folder)
    corpus.documents  # noqa: B018
    prof = cProfile.Profile()
    prof.enable()
    kwic(corpus, QUERIES[0][0])
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(40)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="an ingested corpus folder (a copy: its index is deleted)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--no-warm", dest="warm", action="store_false")
    args = ap.parse_args()
    if args.profile:
        return profile(args.folder)
    if args.one:
        print(json.dumps(run(args.folder, args.warm)))
        return None
    results = []
    for i in range(args.runs):
        cmd = [sys.executable, __file__, str(args.folder), "--one"] + ([] if args.warm else ["--no-warm"])
        proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        results.append(r)
        warm = [t for t, _ in r.get("warm", {}).values()]
        more = f", warm median {median(warm):.3f} s / max {max(warm):.3f} s" if warm else ""
        print(f"run {i + 1}: cold {r['cold_s']:.2f} s (CPU {r['cold_cpu_s']:.2f} s){more}", flush=True)
    cold = [r["cold_s"] for r in results]
    print(f"cold: median {median(cold):.2f} s, range {min(cold):.2f}-{max(cold):.2f} s, {len(cold)} runs")
    if results and "warm" in results[0]:
        per_query = {q: [r["warm"][q][0] for r in results] for q in results[0]["warm"]}
        meds = {q: median(v) for q, v in per_query.items()}
        slow = max(meds, key=meds.get)
        print(f"warm: median over queries {median(meds.values()):.3f} s, slowest {slow!r} "
              f"{meds[slow]:.3f} s (range {min(per_query[slow]):.3f}-{max(per_query[slow]):.3f} s)")
        for q, v in per_query.items():
            print(f"  {q:<55} {median(v):7.3f} s {results[0]['warm'][q][1]:>7,} lines")
    return None


if __name__ == "__main__":
    main()
