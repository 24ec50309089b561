"""Exact and near-duplicate articles: the same story republished, or the same text re-encoded.

Exact: equal hashes of the normalised, case-folded text (so a Windows-1258 copy of a UTF-8 file is
exact). Near: MinHash over word 5-shingles with locality-sensitive hashing (datasketch); a pair
whose estimated Jaccard similarity reaches the threshold is a duplicate. The first in input order
is kept.
"""

from __future__ import annotations

import numpy as np
from datasketch import LeanMinHash, MinHashLSH

THRESHOLD = 0.8
SCHEME = "affine32"  # the datasketch 2.x default that danvan.ingest.document uses


def find_duplicates(
    doc_ids: list[str], hashes: list[str], minhashes: np.ndarray, threshold: float = THRESHOLD
) -> dict[str, tuple[str, str]]:
    """doc_id → (doc_id kept, reason) for every duplicate."""
    out: dict[str, tuple[str, str]] = {}
    first: dict[str, str] = {}
    for doc_id, h in zip(doc_ids, hashes, strict=True):
        if h in first:
            out[doc_id] = (first[h], f"same text as {first[h]}")
        else:
            first[h] = doc_id
    if len(doc_ids) < 2:
        return out
    num_perm = minhashes.shape[1]
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sketches = {}
    for doc_id, values in zip(doc_ids, minhashes, strict=True):
        if doc_id in out:
            continue
        sketch = LeanMinHash(seed=1, hashvalues=values, scheme=SCHEME)
        candidates = [c for c in lsh.query(sketch) if c not in out]
        best = None
        for c in candidates:
            sim = sketch.jaccard(sketches[c])
            if sim >= threshold and (best is None or sim > best[1]):
                best = (c, sim)
        if best:
            out[doc_id] = (best[0], f"near-duplicate of {best[0]} (estimated Jaccard {best[1]:.2f})")
            continue
        lsh.insert(doc_id, sketch)
        sketches[doc_id] = sketch
    return out
