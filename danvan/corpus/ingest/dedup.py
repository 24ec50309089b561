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
    return minhash_of_words(text.casefold().split())


def minhash_of_words(words: list[str]) -> np.ndarray:
    """:func:`minhash` of a text given as its case-folded words."""
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    n = len(words) - SHINGLE + 1
    if n < 1:
        shingles = np.array([zlib.crc32(" ".join(words).encode())], dtype=np.uint64)
    else:  # uint64 products wrap modulo 2**64, so the mask leaves the sum modulo 2**32
        shingles = sum(hashes[k : k + n] * _MIX[k] for k in range(SHINGLE)) & _MASK
    # uint32 arithmetic wraps modulo 2**32 by itself; a repeated shingle changes no minimum
    return (shingles.astype(np.uint32)[:, None] * _A + _B).min(axis=0)


_BAND_MIX = _rng.integers(0, 1 << 63, ROWS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)


def band_keys(signature: np.ndarray) -> list[int]:
    """One 64-bit key per band of a signature (its :data:`ROWS` values mixed; a rare collision
    only adds a candidate, which is then compared in full)."""
    rows = signature.astype(np.uint64).reshape(BANDS, ROWS)
    return (rows * _BAND_MIX).sum(axis=1).tolist()  # uint64 arithmetic wraps


class DuplicateFinder:
    """Offer documents one by one; each is either new (kept) or a duplicate of one kept before.

    The index is compact (signatures in one array; for each band key, the last document kept with
    it, and from each document the previous one with the same key): it lives through the whole
    run, and many small long-lived objects would slow the tokenizer working beside it.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.hashes: dict[str, int] = {}  # content hash → index of the document kept
        self.ids: list[str] = []  # doc_id of each document kept, in order
        self.signatures = np.empty((256, NUM_PERM), dtype=np.uint32)
        # for each band: key → index of the last document kept with it
        self.last: list[dict[int, int]] = [{} for _ in range(BANDS)]
        self.previous = np.empty((256, BANDS), dtype=np.int32)  # same key, kept before (-1: none)

    def offer(self, doc_id: str, content_hash: str, signature: np.ndarray) -> tuple[str, str] | None:
        """None if ``doc_id`` is new (and now kept); else (doc_id kept, reason)."""
        if (first := self.hashes.get(content_hash)) is not None:
            return self.ids[first], f"same text as {self.ids[first]}"
        keys = band_keys(signature)
        candidates: set[int] = set()
        for band, key in enumerate(keys):
            j = self.last[band].get(key, -1)
            while j >= 0:
                candidates.add(j)
                j = int(self.previous[j, band])
        if candidates:
            order = np.array(sorted(candidates))  # on a tie the first kept wins (argmax: first)
            sims = (self.signatures[order] == signature).mean(axis=1)
            best = int(np.argmax(sims))
            if sims[best] >= self.threshold:
                kept = self.ids[order[best]]
                return kept, f"near-duplicate of {kept} (estimated Jaccard {sims[best]:.2f})"
        n = len(self.ids)
        if n == len(self.signatures):
            self.signatures = np.concatenate([self.signatures, np.empty_like(self.signatures)])
            self.previous = np.concatenate([self.previous, np.empty_like(self.previous)])
        self.signatures[n] = signature
        self.previous[n] = [last.get(key, -1) for last, key in zip(self.last, keys, strict=True)]
        for last, key in zip(self.last, keys, strict=True):
            last[key] = n
        self.hashes[content_hash] = n
        self.ids.append(doc_id)
        return None
