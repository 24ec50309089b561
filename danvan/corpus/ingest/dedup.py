"""Exact and near-duplicate articles: the same story republished, or the same text re-encoded.

Exact: equal hashes of the normalised, case-folded text (so a Windows-1258 copy of a UTF-8 file is
exact). Near: a MinHash signature of the text's word 5-shingles (Broder 1997) and banded
locality-sensitive hashing (Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets*, ch. 3):
documents sharing one band of the signature are candidates, and a candidate whose estimated
Jaccard similarity reaches :data:`THRESHOLD` is a duplicate (dropped). Documents are offered in
input order, so the first one is kept.

A syndicated copy (the same story in another outlet, lightly edited, re-captioned or with its
ending trimmed) stays below that: edits scattered every ten words or so break half the
5-shingles. It is kept, and marked as a copy of the first document of its story, when the exact
share of the shorter text's 5-shingles found in the other (containment, Broder 1997) reaches
:data:`SAME_STORY`. Measured on the cleaned texts of ``danvan_news`` (every pair read): its
syndicated copies score 0.77–0.82, an abridged rewrite of a press release 0.72, and two
reporters' articles on one meeting, or a report and the articles quoting it, 0.50–0.67; their
Jaccard similarities overlap (copies 0.53–0.61, other pairs 0.08–0.40, trimmed copies in VNTC
0.17–0.29 at containment 0.85–1.00). Containment is computed exactly, from the kept documents'
shingle hashes, for the candidates of the LSH only.

Both are a few lines here. (datasketch does the same, but importing its LSH imports SciPy's
integration routines to tune the bands: half a second of every ingest, for two numbers fixed here.)
With 32 bands of 2 rows a pair whose estimate reaches 0.8 always shares a band: at most 12 of the
64 values differ, so at least 20 bands are intact; and a copy whose Jaccard similarity is only
0.3 (a trimmed one) is still a candidate 19 times in 20.
"""

from __future__ import annotations

import zlib
from typing import NamedTuple

import numpy as np

THRESHOLD = 0.8  # estimated Jaccard similarity of a duplicate (dropped)
SAME_STORY = 0.75  # containment of a copy of the same story (kept and marked)
MIN_SHARED = 20  # …sharing at least this many 5-shingles (a two-line text proves nothing)
NUM_PERM = 64  # hash functions in a signature
BANDS, ROWS = 32, 2  # P(candidate) = 1 - (1 - s**2)**32: 1.0 at s = 0.8, 0.95 at 0.3, 0.28 at 0.1
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
    return _signature(_shingle_hashes(words))


def fingerprints(words: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The :func:`minhash` signature and the :func:`shingle_set` of a text given as its
    case-folded words, from one pass over its shingles (the worker computes both; the pass that
    marks duplicates only compares them)."""
    hashes = _shingle_hashes(words)
    return _signature(hashes), _distinct(hashes)


def _signature(hashes: np.ndarray) -> np.ndarray:
    # uint32 arithmetic wraps modulo 2**32 by itself; a repeated shingle changes no minimum
    return (hashes[:, None] * _A + _B).min(axis=0)


def _shingle_hashes(words: list[str]) -> np.ndarray:
    """The hash of each word 5-shingle, in text order (one shingle for a text of fewer words)."""
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    n = len(words) - SHINGLE + 1
    if n < 1:
        shingles = np.array([zlib.crc32(" ".join(words).encode())], dtype=np.uint64)
    else:  # uint64 products wrap modulo 2**64, so the mask leaves the sum modulo 2**32
        shingles = sum(hashes[k : k + n] * _MIX[k] for k in range(SHINGLE)) & _MASK
    return shingles.astype(np.uint32)


def shingle_set(text: str) -> np.ndarray:
    """The distinct 5-shingle hashes of a normalised text, sorted (those :func:`minhash` uses)."""
    return _distinct(_shingle_hashes(text.casefold().split()))


def _distinct(hashes: np.ndarray) -> np.ndarray:
    hashes = np.sort(hashes)
    return hashes[np.r_[True, hashes[1:] != hashes[:-1]]]  # np.unique, without its overhead per call


def containment(a: np.ndarray, b: np.ndarray) -> tuple[float, int]:
    """Share of the smaller of two :func:`shingle_set` found in the other, and how many that is."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not len(small) or not len(large):
        return 0.0, 0
    at = np.minimum(np.searchsorted(large, small), len(large) - 1)
    shared = int(np.count_nonzero(large[at] == small))
    return shared / len(small), shared


_BAND_MIX = _rng.integers(0, 1 << 63, ROWS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)


def band_keys(signature: np.ndarray) -> list[int]:
    """One 64-bit key per band of a signature (its :data:`ROWS` values mixed; a rare collision
    only adds a candidate, which is then compared in full)."""
    rows = signature.astype(np.uint64).reshape(BANDS, ROWS)
    return (rows * _BAND_MIX).sum(axis=1).tolist()  # uint64 arithmetic wraps


class Verdict(NamedTuple):
    """What :meth:`DuplicateFinder.offer` decided about a document.

    ``kept`` False: a duplicate of ``of`` (dropped), ``reason`` says why. ``kept`` True: new, and
    ``story`` is the doc_id of the first document of its story (its own for a first copy); for a
    syndicated copy ``of`` is the earlier document it copies, ``overlap`` their containment and
    ``reason`` a note saying so."""

    kept: bool
    of: str | None = None
    reason: str | None = None
    story: str | None = None
    overlap: float | None = None


class DuplicateFinder:
    """Offer documents one by one; each is either new (kept), perhaps a copy of a story kept
    before (:data:`SAME_STORY`), or a duplicate of one kept before (dropped).

    The index is compact (signatures in one array, the kept documents' shingle hashes in
    another; for each band key, the last document kept with it, and from each document the
    previous one with the same key): it lives through the whole run, and many small long-lived
    objects would slow the tokenizer working beside it.
    """

    def __init__(self, threshold: float = THRESHOLD, same_story: float = SAME_STORY) -> None:
        self.threshold, self.same_story = threshold, same_story
        self.hashes: dict[str, int] = {}  # content hash → index of the document kept
        self.ids: list[str] = []  # doc_id of each document kept, in order
        self.stories: list[int] = []  # index of the first document of each kept one's story
        self.signatures = np.empty((256, NUM_PERM), dtype=np.uint32)
        # for each band: key → index of the last document kept with it
        self.last: list[dict[int, int]] = [{} for _ in range(BANDS)]
        self.previous = np.empty((256, BANDS), dtype=np.int32)  # same key, kept before (-1: none)
        self.shingles = np.empty(1 << 16, dtype=np.uint32)  # kept documents' shingle sets, end to end
        self.ends = np.zeros(257, dtype=np.int64)  # document i's shingles: ends[i]:ends[i + 1]

    def offer(self, doc_id: str, content_hash: str, signature: np.ndarray,
              shingles: np.ndarray | None = None) -> Verdict:
        """Keep ``doc_id`` (its :func:`shingle_set` ``shingles`` are compared with its candidates'
        when given) or name the document it duplicates."""
        if (first := self.hashes.get(content_hash)) is not None:
            return Verdict(False, self.ids[first], f"same text as {self.ids[first]}")
        keys = band_keys(signature)
        candidates: set[int] = set()
        for band, key in enumerate(keys):
            j = self.last[band].get(key, -1)
            while j >= 0:
                candidates.add(j)
                j = int(self.previous[j, band])
        order = np.array(sorted(candidates), dtype=np.int64)  # on a tie the first kept wins
        if len(order):
            sims = (self.signatures[order] == signature).mean(axis=1)
            best = int(np.argmax(sims))
            if sims[best] >= self.threshold:
                kept = self.ids[order[best]]
                return Verdict(False, kept, f"near-duplicate of {kept} (estimated Jaccard {sims[best]:.2f})")
        n = len(self.ids)
        copy = self._copied(order, shingles) if shingles is not None else None
        self._keep(n, doc_id, content_hash, signature, keys, shingles)
        if copy is None:
            self.stories.append(n)
            return Verdict(True, story=doc_id)
        j, overlap = copy
        self.stories.append(self.stories[j])
        of = self.ids[j]
        return Verdict(True, of, f"same story as {of} ({overlap:.0%} of the shorter text's 5-word "
                       "sequences shared)", self.ids[self.stories[j]], overlap)

    def _copied(self, order: np.ndarray, shingles: np.ndarray) -> tuple[int, float] | None:
        """The candidate with the highest containment, if it is :data:`SAME_STORY` or more."""
        best: tuple[int, float] | None = None
        for j in order.tolist():
            share, shared = containment(shingles, self.shingles[self.ends[j] : self.ends[j + 1]])
            if share >= self.same_story and shared >= MIN_SHARED and (best is None or share > best[1]):
                best = (j, share)
        return best

    def _keep(self, n: int, doc_id: str, content_hash: str, signature: np.ndarray, keys: list[int],
              shingles: np.ndarray | None) -> None:
        if n == len(self.signatures):
            self.signatures = np.concatenate([self.signatures, np.empty_like(self.signatures)])
            self.previous = np.concatenate([self.previous, np.empty_like(self.previous)])
            self.ends = np.concatenate([self.ends, np.zeros(n, dtype=np.int64)])
        self.signatures[n] = signature
        self.previous[n] = [last.get(key, -1) for last, key in zip(self.last, keys, strict=True)]
        for last, key in zip(self.last, keys, strict=True):
            last[key] = n
        start, size = int(self.ends[n]), 0 if shingles is None else len(shingles)
        if start + size > len(self.shingles):
            grown = np.empty(max(3 * len(self.shingles) // 2, start + size), dtype=np.uint32)  # +50%: memory
            grown[:start] = self.shingles[:start]
            self.shingles = grown
        if size:
            self.shingles[start : start + size] = shingles
        self.ends[n + 1] = start + size
        self.hashes[content_hash] = n
        self.ids.append(doc_id)
