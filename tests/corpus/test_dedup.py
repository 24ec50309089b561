"""Near-duplicate detection: MinHash signatures and banded LSH."""

from __future__ import annotations

import numpy as np

from danvan.core.paths import raw_dir
from danvan.corpus.ingest.dedup import NUM_PERM, DuplicateFinder, minhash


def _seed_text(n: int) -> str:
    return sorted(raw_dir().glob("*.txt"))[n].read_text(encoding="utf-8")


def test_signature_is_deterministic_and_case_blind() -> None:
    text = _seed_text(1)
    sig = minhash(text)
    assert sig.shape == (NUM_PERM,) and sig.dtype == np.uint32
    assert np.array_equal(sig, minhash(text.upper()))
    assert not np.array_equal(sig, minhash(_seed_text(2)))


def test_similarity_estimate_tracks_the_shared_shingles() -> None:
    words = _seed_text(1).split()
    edited = words.copy()
    for i in range(0, len(edited), 60):  # about one word in sixty changed
        edited[i] = "khác"
    same = np.mean(minhash(" ".join(words)) == minhash(" ".join(edited)))
    other = np.mean(minhash(" ".join(words)) == minhash(_seed_text(3)))
    assert same >= 0.8 and other <= 0.1


def test_finder_keeps_the_first_and_names_it() -> None:
    a, b = _seed_text(1), _seed_text(2)
    near = a.replace("Hà Tĩnh", "Hà  Tĩnh", 1) + " Thêm một câu."
    finder = DuplicateFinder()
    assert finder.offer("a", "ha", minhash(a)) == (True, None, None, "a", None)
    assert finder.offer("b", "hb", minhash(b)).kept
    assert finder.offer("a2", "ha", minhash(a)) == (False, "a", "same text as a", None, None)
    kept, of, reason, *_ = finder.offer("n", "hn", minhash(near))
    assert not kept and of == "a" and reason.startswith("near-duplicate of a (estimated Jaccard")


def test_finder_follows_every_document_sharing_a_band_as_its_index_grows() -> None:
    rng = np.random.default_rng(7)
    sigs = rng.integers(0, 1 << 32, (600, NUM_PERM), dtype=np.uint32)
    sigs[:, :2] = 12345  # all share the first band: a chain of 600 documents
    finder = DuplicateFinder()
    for i, sig in enumerate(sigs):
        assert finder.offer(f"d{i}", f"h{i}", sig).story == f"d{i}"
    near = sigs[300].copy()
    near[40:50] += 1  # 54 of 64 values equal: estimate 0.84
    verdict = finder.offer("n", "hn", near)
    assert verdict[:3] == (False, "d300", "near-duplicate of d300 (estimated Jaccard 0.84)")
    far = sigs[300].copy()
    far[4:24] += 1  # 44 of 64: 0.69, below the threshold
    assert finder.offer("f", "hf", far).kept
    assert finder.offer("again", "h599", sigs[0])[:3] == (False, "d599", "same text as d599")
