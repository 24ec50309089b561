"""Word edges for phrase matching: where, in a text's syllables, a word may begin.

A phrase matches only where its first syllable begins a word and its last one ends a word, so that
*dân giám sát* is not found in *nhân dân giám sát* (underthesea's word *nhân_dân*). The words are
the ingest's segmentation (``tokens``): a syllable is *inner* when it lies inside a word of two or
more syllables and does not begin it. A domain-lexicon term of three or more syllables joins whole
words into one unit for counting (*Ban Dân vận*, *quy chế dân chủ ở cơ sở*): inside it every
syllable edge stays a possible word edge (*dân vận*, *dân chủ* are found in it), except inside the
two-syllable lexicon words it holds (*Ủy ban nhân dân*: *dân* alone does not begin there;
:func:`lexicon_inner`). A two-syllable term is one word.

:func:`inner_of_corpus` gives the flags for every syllable of a corpus from its tokens table (in
columns, no Python object per token); :func:`inner_of_text` segments one text that has no tokens
(a title, a bare DataFrame).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from danvan.core.text import fold

__all__ = ["lexicon_inner", "inner_of_spans", "inner_of_corpus", "inner_of_text"]


@lru_cache(maxsize=1)
def lexicon_inner() -> dict[str, tuple[int, ...]]:
    """Lexicon terms of three or more syllables as the tokens table writes them (``ban_dân_vận``,
    folded) → the positions of their syllables that continue a two-syllable lexicon word inside
    them (``ủy_ban_nhân_dân`` → 3, for *nhân dân*), unless a longer lexicon term inside begins
    or ends there (*Trưởng Ban Dân vận*: *Ban Dân vận* begins at *Ban*, so *Trưởng ban* does not
    hold it)."""
    from danvan.corpus.ingest.resources import lexicon_terms

    terms = {tuple(fold(t).split()) for t in lexicon_terms()}
    out: dict[str, tuple[int, ...]] = {}
    for sylls in terms:
        n = len(sylls)
        if n < 3:
            continue
        subs = [(i, j) for i in range(n) for j in range(i + 2, n + 1)
                if (i, j) != (0, n) and sylls[i:j] in terms]
        edges = {k for span in subs for k in span}
        inner = sorted({i + 1 for i, j in subs if j - i == 2} - edges)
        out["_".join(sylls)] = tuple(inner)
    return out


def inner_of_spans(keys: np.ndarray, word_lo: np.ndarray, word_hi: np.ndarray) -> np.ndarray:
    """Flags for sorted syllable ``keys``: True for a syllable of one of the words given (from
    ``word_lo`` to ``word_hi``, keys of one scale: ``row << 32 | offset``) other than its first
    (a word such as ``< b`` may begin with a sign, not a syllable)."""
    inner = np.zeros(len(keys) + 1, dtype=np.int32)
    if len(word_lo):
        lo = np.searchsorted(keys, word_lo, side="left") + 1  # after the word's first syllable
        hi = np.searchsorted(keys, word_hi, side="left")  # the first at or after the end
        keep = hi > lo
        np.add.at(inner, lo[keep], 1)
        np.add.at(inner, hi[keep], -1)
    return np.cumsum(inner[:-1]) > 0


def _flags(keys: np.ndarray, norms: pa.Array, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Inner flags of the syllable ``keys`` given the words (forms ``norms``, keys ``lo``…``hi``)."""
    folded = pc.utf8_lower(norms)
    several = pc.match_substring(folded, "_").to_numpy(zero_copy_only=False)
    long_terms = lexicon_inner()
    in_long = pc.is_in(folded, value_set=pa.array(sorted(long_terms), pa.string()))
    in_long = in_long.to_numpy(zero_copy_only=False)
    whole = several & ~in_long  # words of several syllables: inside them no word begins
    inner = inner_of_spans(keys, lo[whole], hi[whole])
    if in_long.any():
        names = np.asarray(folded.to_numpy(zero_copy_only=False), dtype=object)[in_long]
        first = np.searchsorted(keys, lo[in_long], side="left")
        for name in set(names.tolist()):
            at = first[names == name]
            for k in long_terms[name]:
                j = at + k
                inner[j[j < len(inner)]] = True
    return inner


def inner_of_corpus(tokens_path: Path, doc_ids: np.ndarray, keys: np.ndarray) -> np.ndarray | None:
    """Inner flags for the syllable ``keys`` (``row << 32 | start``, sorted) of the documents
    whose ids are ``doc_ids`` (by row), from the tokens table at ``tokens_path``; None without
    one."""
    if not tokens_path.exists():
        return None
    table = pq.read_table(tokens_path, columns=["doc_id", "norm", "start", "end"])
    table = table.filter(pc.match_substring(table.column("norm").cast(pa.string()), "_"))
    ids = table.column("doc_id").combine_chunks().cast(pa.string())
    rows = pc.index_in(ids, value_set=pa.array(np.asarray(doc_ids).astype(str).tolist(), pa.string()))
    found = rows.is_valid().to_numpy(zero_copy_only=False)
    row = rows.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)[found]
    start = table.column("start").to_numpy()[found].astype(np.int64)
    end = table.column("end").to_numpy()[found].astype(np.int64)
    norms = table.column("norm").combine_chunks().cast(pa.string()).filter(pa.array(found))
    return _flags(keys, norms, (row << 32) | start, (row << 32) | end)


def inner_of_text(text: str, starts: np.ndarray) -> np.ndarray:
    """Inner flags for the syllables starting at ``starts`` (sorted offsets) of a text without a
    tokens table: it is segmented here, as the ingest does."""
    from danvan.corpus.ingest.segment import tokenize

    _, forms, wstarts, wends = tokenize(text)
    if not forms:
        return np.zeros(len(starts), dtype=bool)
    norms = pa.array(["_".join(fold(f).split()) for f in forms], pa.string())
    return _flags(np.asarray(starts, np.int64), norms, np.asarray(wstarts, np.int64),
                  np.asarray(wends, np.int64))
