"""Exact and near-duplicate articles: the same story republished, or the same text re-encoded.

Exact: equal hashes of the normalised, case-folded text (so a Windows-1258 copy of a UTF-8 file is
exact). Near: a MinHash signature of the text's word 5-shingles (Broder 1997) and banded
locality-sensitive hashing (Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets*, ch. 3):
documents sharing one band of the signature are candidates, and a candidate whose estimated
Jaccard similarity reaches the threshold is a duplicate. Documents are offered in input order, so
the first one is kept.

Both are a few lines here. (datasketch does the same, but importing its LSH imports SciPy's
integration routines to tune the bands: half a second of every ingest, for two numbers fixed here.)
With 16 bands of 4 rows a pair whose estimate reaches 0.8 always shares a band: at most 12 of the
64 values differ, so at least 4 bands are intact.
"""

from __future__ import annotations

import zlib

import numpy as np

THRESHOLD = 0.8
NUM_PERM = 64  # hash functions in a signature
BANDS, ROWS = 16, 4  # P(candidate) = 1 - (1 - s**4)**16: 0.9998 at s = 0.8, 0.64 at 0.5, 0.03 at 0.2
SHINGLE = 5
_MASK = np.uint64(0xFFFFFFFF)
_MIX = np.array([pow(0x9E3779B1, k, 1 << 32) for k in range(SHINGLE)], dtype=np.uint64)
_rng = np.random.default_rng(1)
_A = _rng.integers(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)  # odd
_B = _rng.integers(0, 1 << 32, NUM_PERM, dtype=np.uint32)


def minhash(text: str) -> np.ndarray:
    """Signature of a normalised text: for each of :data:`NUM_PERM` hash functions
    ``(a·h + b) mod 2³²``, the least value over the text's distinct word 5-shingles.

    A shingle's hash ``h`` is a polynomial of the CRC32 of its five case-folded words (mod 2³²).
    """
    words = text.casefold().split()
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    n = len(words) - SHINGLE + 1
    if n < 1:
        shingles = np.array([zlib.crc32(" ".join(words).encode())], dtype=np.uint64)
    else:  # uint64 products wrap modulo 2**64, so the mask leaves the sum modulo 2**32
        shingles = sum(hashes[k : k + n] * _MIX[k] for k in range(SHINGLE)) & _MASK
    # uint32 arithmetic wraps modulo 2**32 by itself; a repeated shingle changes no minimum
    return (shingles.astype(np.uint32)[:, None] * _A + _B).min(axis=0)


class DuplicateFinder:
    """Offer documents one by one; each is either new (kept) or a duplicate of one kept before."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.hashes: dict[str, str] = {}
        self.signatures: dict[str, np.ndarray] = {}
        self.order: dict[str, int] = {}
        self.buckets: list[dict[bytes, list[str]]] = [{} for _ in range(BANDS)]

    def offer(self, doc_id: str, content_hash: str, signature: np.ndarray) -> tuple[str, str] | None:
        """None if ``doc_id`` is new (and now kept); else (doc_id kept, reason)."""
        if content_hash in self.hashes:
            first = self.hashes[content_hash]
            return first, f"same text as {first}"
        bands = [signature[i * ROWS : (i + 1) * ROWS].tobytes() for i in range(BANDS)]
        candidates = {
            c for band, bucket in zip(bands, self.buckets, strict=True) for c in bucket.get(band, ())
        }
        best: tuple[str, float] | None = None
        for candidate in sorted(candidates, key=self.order.__getitem__):  # on a tie the first kept
            sim = float(np.mean(signature == self.signatures[candidate]))
            if sim >= self.threshold and (best is None or sim > best[1]):
                best = (candidate, sim)
        if best:
            return best[0], f"near-duplicate of {best[0]} (estimated Jaccard {best[1]:.2f})"
        self.hashes[content_hash] = doc_id
        self.signatures[doc_id] = signature
        self.order[doc_id] = len(self.order)
        for band, bucket in zip(bands, self.buckets, strict=True):
            bucket.setdefault(band, []).append(doc_id)
        return None
