"""Near-duplicate detection: MinHash signatures and banded LSH."""

from __future__ import annotations

import numpy as np

from danvan.ingest.dedup import NUM_PERM, DuplicateFinder, minhash
from danvan.paths import raw_dir


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
    assert finder.offer("a", "ha", minhash(a)) is None
    assert finder.offer("b", "hb", minhash(b)) is None
    assert finder.offer("a2", "ha", minhash(a)) == ("a", "same text as a")
    kept, reason = finder.offer("n", "hn", minhash(near))
    assert kept == "a" and reason.startswith("near-duplicate of a (estimated Jaccard")
