"""Benchmark of the theme code (danvan.themes) on 1,000, 10,000 and 100,000 paragraphs.

Input: the politics-and-society part of VNTC (``../shared/corpora/vntc_chinh_tri_xa_hoi.jsonl.gz``,
12,786 articles, about 100,000 paragraphs). Two ways to get its paragraphs, both cached once under
``benchmarks/results/`` (git-ignored) so that the timings are about the theme code:

- ``--source ingest`` (default): ``danvan.load_corpus`` on the corpus file, tables written to
  ``benchmarks/results/vntc_ingest/``; ``paragraphs.words`` as the notebooks get them (lexicon
  merges included). The first run takes several minutes (the whole ingest).
- ``--source direct``: each non-empty line of ``text`` with at least three syllables is a
  paragraph, word-segmented with ``underthesea.word_tokenize`` in parallel (joblib), lower-cased,
  syllables joined by ``_``, punctuation dropped; cached as
  ``benchmarks/results/vntc_paragraphs_segmented.parquet``.

Each size then runs in a fresh subprocess on the first N paragraphs (corpus order), so that peak
memory (``resource.getrusage(...).ru_maxrss``) belongs to that size alone. ``seconds`` covers
``fit_themes`` (units, TF-IDF, choosing k, final NMF + k-means) only; reading the cached table is
excluded from the time but included in the memory.

Usage::

    python benchmarks/themes.py                   # all three sizes, k chosen from the data
    python benchmarks/themes.py --sizes 1000 --k 10 --source direct
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "vntc_chinh_tri_xa_hoi.jsonl.gz"
RESULTS = ROOT / "benchmarks" / "results"
CACHE = RESULTS / "vntc_paragraphs_segmented.parquet"
INGEST = RESULTS / "vntc_ingest"
SIZES = (1_000, 10_000, 100_000)


def _segment_batch(batch: list[tuple[str, int, str]]) -> list[tuple[str, int, str, str]]:
    from underthesea import word_tokenize

    out = []
    for doc_id, pid, text in batch:
        words = [w.lower().replace(" ", "_") for w in word_tokenize(text)]
        words = [w for w in words if any(ch.isalnum() for ch in w)]
        out.append((doc_id, pid, text, " ".join(words)))
    return out


def prepare_ingest(jobs: int = 2) -> Path:
    """Ingest the corpus file once with ``load_corpus`` (cached); returns its paragraphs table."""
    from danvan import load_corpus

    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS} (the benchmark needs ../shared/corpora)")
    load_corpus(CORPUS, out=INGEST, jobs=jobs, progress=True)
    return INGEST / "paragraphs.parquet"


def prepare(jobs: int = 2) -> Path:
    """Segment the corpus's paragraphs once and cache them (atomically) as Parquet."""
    import pandas as pd
    from joblib import Parallel, delayed
    from tqdm import tqdm

    from danvan.core.text import normalize

    if CACHE.exists():
        return CACHE
    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS} (the benchmark needs ../shared/corpora)")
    rows: list[tuple[str, int, str]] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            text = normalize(html.unescape(art.get("text") or ""))
            paras = [p.strip() for p in text.split("\n") if len(p.split()) >= 3]
            rows += [(str(art["id"]), i, p) for i, p in enumerate(paras)]
    batches = [rows[i : i + 500] for i in range(0, len(rows), 500)]
    done = Parallel(n_jobs=jobs, return_as="generator")(delayed(_segment_batch)(b) for b in batches)
    out: list[tuple[str, int, str, str]] = []
    for part in tqdm(done, total=len(batches), desc="word segmentation (once)", unit="batch"):
        out += part
    df = pd.DataFrame(out, columns=["doc_id", "paragraph_id", "text", "words"])
    RESULTS.mkdir(parents=True, exist_ok=True)
    tmp = CACHE.with_suffix(".tmp")
    df.to_parquet(tmp, index=False)
    os.replace(tmp, CACHE)
    return CACHE


def run_one(table: Path, size: int, k: int | None, seed: int) -> dict:
    """Fit themes on the first ``size`` paragraphs of ``table`` (corpus order); returns figures."""
    import pandas as pd

    from danvan.themes import fit_themes

    columns = ["doc_id", "paragraph_id", "text", "words"]
    paragraphs = pd.read_parquet(table, columns=columns).iloc[:size]
    docs = pd.DataFrame({"doc_id": paragraphs["doc_id"].unique()})
    t0 = time.perf_counter()
    result = fit_themes(paragraphs, k=k, seed=seed, documents=docs, progress=False)
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    return {
        "paragraphs": len(paragraphs),
        "units": len(result.units),
        "articles": int(docs.shape[0]),
        "terms": int(result.matrix.shape[1]),
        "k": int(result.k),
        "seconds": round(seconds, 1),
        "peak_MB": round(peak_mb),
        "models": f"{type(result.nmf).__name__} + {type(result.kmeans).__name__}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--k", type=int, default=None, help="number of themes (default: chosen)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--source", choices=["ingest", "direct"], default="ingest")
    parser.add_argument("--jobs", type=int, default=2, help="processes for ingest / segmentation")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size
    parser.add_argument("--table", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.one:
        print(json.dumps(run_one(args.table, args.one, args.k, args.seed)))
        return
    if args.prepare:
        print((prepare_ingest if args.source == "ingest" else prepare)(args.jobs))
        return

    # prepare in a child process: a child forked from a large parent would inherit its peak RSS
    cmd = [sys.executable, __file__, "--prepare", "--source", args.source, "--jobs", str(args.jobs)]
    prepared = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True)
    table = Path(prepared.stdout.strip().splitlines()[-1])
    if args.source == "ingest":
        print(
            "Input: VNTC chính trị - xã hội, ingested once with danvan.load_corpus "
            f"(tables cached in {INGEST.relative_to(ROOT)}); paragraphs.words as notebooks see it."
        )
    else:
        print(
            "Input: VNTC chính trị - xã hội, paragraphs word-segmented once with "
            "underthesea.word_tokenize (joblib) and cached in "
            f"{CACHE.relative_to(ROOT)}; not the ingest pipeline (no lexicon merges)."
        )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"CPU cores: {os.cpu_count()}; load average before the run: {load} (other work on the "
          f"machine slows the timings); k: {args.k or 'chosen from the data'}")
    rows = []
    for size in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(size), "--seed", str(args.seed),
               "--table", str(table)]
        if args.k:
            cmd += ["--k", str(args.k)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            sys.exit(f"size {size} failed")
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    header = ["paragraphs", "units", "articles", "terms", "k", "seconds", "peak_MB", "models"]
    widths = [max(len(h), *(len(str(r[h])) for r in rows)) for h in header]
    print("  ".join(h.rjust(w) for h, w in zip(header, widths, strict=True)))
    for r in rows:
        print("  ".join(str(r[h]).rjust(w) for h, w in zip(header, widths, strict=True)))
    if rows[-1]["paragraphs"] < args.sizes[-1]:
        print(f"The corpus has {rows[-1]['paragraphs']:,} paragraphs from this source: the largest "
              "size used them all (--source direct splits lines and gives about 100,800).")
    print("Target for the largest size: under 60 s and 4,096 MB on two cores.")


if __name__ == "__main__":
    main()
