"""Exact and near-duplicate articles: the same story republished, or the same text re-encoded.

Exact: equal hashes of the normalised, case-folded text (so a Windows-1258 copy of a UTF-8 file is
exact). Near: MinHash over word 5-shingles with locality-sensitive hashing (datasketch); a pair
whose estimated Jaccard similarity reaches the threshold is a duplicate. Documents are offered in
input order, so the first one is kept.
"""

from __future__ import annotations

import numpy as np
from datasketch import LeanMinHash, MinHashLSH

THRESHOLD = 0.8
NUM_PERM = 64  # permutations of each document's MinHash
SCHEME = "affine32"  # the datasketch 2.x default that danvan.ingest.document uses


class DuplicateFinder:
    """Offer documents one by one; each is either new (kept) or a duplicate of one kept before."""

    def __init__(self, num_perm: int, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.hashes: dict[str, str] = {}
        self.sketches: dict[str, LeanMinHash] = {}

    def offer(self, doc_id: str, content_hash: str, minhash: np.ndarray) -> tuple[str, str] | None:
        """None if ``doc_id`` is new (and now kept); else (doc_id kept, reason)."""
        if content_hash in self.hashes:
            first = self.hashes[content_hash]
            return first, f"same text as {first}"
        sketch = LeanMinHash(seed=1, hashvalues=minhash, scheme=SCHEME)
        best: tuple[str, float] | None = None
        for candidate in self.lsh.query(sketch):
            sim = sketch.jaccard(self.sketches[candidate])
            if sim >= self.threshold and (best is None or sim > best[1]):
                best = (candidate, sim)
        if best:
            return best[0], f"near-duplicate of {best[0]} (estimated Jaccard {best[1]:.2f})"
        self.hashes[content_hash] = doc_id
        self.lsh.insert(doc_id, sketch)
        self.sketches[doc_id] = sketch
        return None
