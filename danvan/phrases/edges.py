"""Word edges for phrase matching: where, in a text's syllables, a word may begin.

A phrase matches only where its first syllable begins a word and its last one ends a word, so that
*dân giám sát* is not found in *nhân dân giám sát* (underthesea's word *nhân_dân*). The words are
the ingest's segmentation (``tokens``): a syllable is *inner* when it lies inside a word of two or
more syllables and does not begin it. A domain-lexicon term of three or more syllables joins whole
words into one unit for counting (*Ban Dân vận*, *quy chế dân chủ ở cơ sở*): inside it the edges of
those words stay word edges (*dân vận*, *dân chủ* are found in it), found from the lexicon itself
and from the segmenter's own word dictionary (:func:`lexicon_inner`); *dân* alone still does not
begin inside *Ủy ban nhân dân*, nor *Ban Thường vụ* inside *Ủy ban Thường vụ Quốc hội*. A
two-syllable term is one word.

:func:`token_edges` reads a corpus's tokens table (in columns, no Python object per token) and
:func:`inner_of_edges` gives the flags for every syllable from it; :func:`inner_of_text` segments
one text that has no tokens (a title, a bare DataFrame).
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from danvan.core.io import write_text
from danvan.core.paths import DATA_DIR, processed_dir
from danvan.core.text import fold
from danvan.corpus.tables import dictionary_array

_LINE = re.compile(r"[^\n]*\S[^\n]*")

__all__ = ["segmenter_words", "lexicon_inner", "inner_of_spans", "token_edges", "inner_of_edges",
           "inner_of_text"]


@lru_cache(maxsize=1)
def segmenter_words() -> frozenset[tuple[str, ...]]:
    """Words of two or more syllables the segmenter knows: underthesea's own word dictionary (the
    one its CRF reads, folded) and the domain lexicon's terms."""
    from danvan.corpus.ingest.resources import lexicon_terms

    words = {tuple(fold(t).split()) for t in lexicon_terms()}
    import underthesea.pipeline.word_tokenize as ws

    path = Path(ws.__file__).parent / "models" / "ws_crf_vlsp2013_20230727" / "dictionary.bin"
    if path.exists():  # a set of words shipped with the pinned underthesea, read as it reads it
        import joblib

        words |= {tuple(fold(w).split()) for w in joblib.load(path)}
    return frozenset(w for w in words if len(w) >= 2)


def _cut(sylls: tuple[str, ...], terms: frozenset[tuple[str, ...]], words: frozenset[tuple[str, ...]],
         whole: bool) -> set[int]:
    """Positions that continue a word when ``sylls`` is cut left to right into the longest known
    words (the whole run only if ``whole``); a lexicon term of three or more syllables met on the
    way is cut as :func:`_term_inner` cuts it."""
    n = len(sylls)
    if whole and n >= 3 and sylls in terms:
        return _term_inner(sylls, terms, words)
    inner: set[int] = set()
    i = 0
    while i < n:
        j = next((j for j in range(min(n, i + 8), i + 1, -1)
                  if sylls[i:j] in words and (whole or (i, j) != (0, n))), None)
        if j is None:
            i += 1
            continue
        if j - i >= 3 and sylls[i:j] in terms:
            inner |= {i + k for k in _term_inner(sylls[i:j], terms, words)}
        else:
            inner.update(range(i + 1, j))
        i = j
    return inner


@lru_cache(maxsize=1)
def _posts() -> frozenset[tuple[str, ...]]:
    from danvan.corpus.ingest.resources import data_rows

    return frozenset(tuple(fold(r[0]).split()) for r in data_rows("posts.txt"))


def _open_at(sylls: tuple[str, ...], k: int, words: frozenset[tuple[str, ...]]) -> bool:
    """Whether a word may begin at syllable ``k``: no known word runs across it, unless that word
    is a post (*Trưởng ban* in *Trưởng Ban Dân vận*: the post and the body share *Ban*)."""
    posts, n = _posts(), len(sylls)
    return not any(sylls[i:j] in words and sylls[i:j] not in posts and (i, j) != (0, n)
                   for i in range(k) for j in range(k + 1, min(n, i + 8) + 1))


def _term_inner(sylls: tuple[str, ...], terms: frozenset[tuple[str, ...]],
                words: frozenset[tuple[str, ...]]) -> set[int]:
    """Inner positions of one lexicon term: its longest proper suffix that is itself a lexicon
    term, and that no word of the segmenter crosses into (:func:`_open_at`), begins a word
    (*Trưởng* | *Ban Dân vận*, *Phó* | *Bí thư*, *công tác* | *dân vận*) and is cut the same way;
    the rest, or a term without such a suffix, is cut into the segmenter's words (*Ủy ban* |
    *Thường vụ* | *Quốc hội*: *Ban Thường vụ* does not begin inside it, *ủy ban* crosses)."""
    n = len(sylls)
    if n == 2:
        return {1}
    cut = next((k for k in range(1, n - 1) if sylls[k:] in terms and _open_at(sylls, k, words)), None)
    if cut is None:
        return _cut(sylls, terms, words, whole=False)
    head = _cut(sylls[:cut], terms, words, whole=True)
    return head | {cut + k for k in _term_inner(sylls[cut:], terms, words)}


@lru_cache(maxsize=1)
def lexicon_inner() -> dict[str, tuple[int, ...]]:
    """Lexicon terms of three or more syllables as the tokens table writes them (``ban_dân_vận``,
    folded) → the positions of their syllables that continue a word inside them
    (:func:`_term_inner`): ``ủy_ban_nhân_dân`` → (1, 3), ``trưởng_ban_dân_vận`` → (3,).

    Computing it reads the segmenter's dictionary (seconds); the result is kept in
    ``data/processed/.cache/``, keyed on the lexicon, the posts list, underthesea's version and this
    module's code, so a first query of a new corpus does not pay for it again."""
    path = _inner_cache()
    if path is not None and path.exists():
        try:
            return {k: tuple(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}
        except (OSError, ValueError):
            pass
    from danvan.corpus.ingest.resources import lexicon_terms

    terms = frozenset(tuple(fold(t).split()) for t in lexicon_terms())
    words = segmenter_words()
    out = {"_".join(t): tuple(sorted(_term_inner(t, terms, words))) for t in terms if len(t) >= 3}
    if path is not None:
        try:
            write_text(path, json.dumps(out, ensure_ascii=False, sort_keys=True))
        except OSError:  # a read-only checkout: computed again next time
            pass
    return out


def _inner_cache() -> Path | None:
    """Where :func:`lexicon_inner`'s result is kept (None when the package's files cannot be read)."""
    from importlib.metadata import version

    h = hashlib.sha256()
    try:
        for name in ("lexicon.txt", "posts.txt"):
            h.update((DATA_DIR / name).read_bytes())
        h.update(Path(__file__).read_bytes())
        h.update(version("underthesea").encode())
    except (OSError, ValueError):
        return None
    return processed_dir() / ".cache" / f"lexicon-inner-{h.hexdigest()[:16]}.json"


def inner_of_spans(keys: np.ndarray, word_lo: np.ndarray, word_hi: np.ndarray) -> np.ndarray:
    """Flags for sorted syllable ``keys``: True for a syllable of one of the words given (from
    ``word_lo`` to ``word_hi``, keys of one scale: ``row << 32 | offset``) other than its first
    (a word such as ``< b`` may begin with a sign, not a syllable)."""
    if not len(word_lo):
        return np.zeros(len(keys), dtype=bool)
    lo = np.searchsorted(keys, word_lo, side="left") + 1  # after the word's first syllable
    hi = np.searchsorted(keys, word_hi, side="left")  # the first at or after the end
    keep = hi > lo
    n = len(keys) + 1
    depth = np.bincount(lo[keep], minlength=n) - np.bincount(hi[keep], minlength=n)
    return np.cumsum(depth[:-1]) > 0


def _flags(keys: np.ndarray, norms: pa.Array, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Inner flags of the syllable ``keys`` given the words (forms ``norms``, keys ``lo``…``hi``)."""
    enc = dictionary_array(norms)
    names = pc.utf8_lower(enc.dictionary)
    word_of = enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    several = pc.match_substring(names, "_").to_numpy(zero_copy_only=False)[word_of]
    long_terms = lexicon_inner()
    term_of = pc.index_in(names, value_set=pa.array(sorted(long_terms), pa.string()))
    term_of = term_of.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)[word_of]
    in_long = term_of >= 0
    whole = several & ~in_long  # words of several syllables: inside them no word begins
    inner = inner_of_spans(keys, lo[whole], hi[whole])
    if in_long.any():
        # each long term's inner positions, in CSR form: the term's syllables k that continue a word
        ks = [long_terms[t] for t in sorted(long_terms)]
        k_off = np.r_[0, np.cumsum([len(k) for k in ks])].astype(np.int64)
        k_flat = np.fromiter((k for kk in ks for k in kk), np.int64, int(k_off[-1]))
        t = term_of[in_long]
        first = np.searchsorted(keys, lo[in_long], side="left")
        n = k_off[t + 1] - k_off[t]
        at = np.repeat(first, n)
        within = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
        j = at + k_flat[np.repeat(k_off[t], n) + within]
        inner[j[j < len(inner)]] = True
    return inner


WordEdges = tuple[pa.Array, np.ndarray, np.ndarray]  # norms of the words of several syllables, spans


def token_edges(tokens_path: Path, doc_ids: np.ndarray) -> WordEdges | None:
    """The words of several syllables of the documents ``doc_ids`` (by row) in the tokens table
    at ``tokens_path``: their norms and their spans as ``row << 32 | offset``; None without a
    table. It can run while the syllables are found; :func:`inner_of_edges` then gives the flags."""
    if not tokens_path.exists():
        return None
    table = pq.read_table(tokens_path, columns=["doc_id", "norm", "start", "end"],
                          read_dictionary=["doc_id", "norm"])
    if not table.num_rows:
        return pa.array([], pa.string()), np.zeros(0, np.int64), np.zeros(0, np.int64)
    norm, ids = dictionary_array(table.column("norm")), dictionary_array(table.column("doc_id"))
    several = pc.match_substring(norm.dictionary, "_").to_numpy(zero_copy_only=False)
    keep = several[norm.indices.to_numpy(zero_copy_only=False)]
    wanted = pa.array(np.asarray(doc_ids).astype(str).tolist(), pa.string())
    id_rows = pc.index_in(ids.dictionary, value_set=wanted)
    id_rows = id_rows.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    row = id_rows[ids.indices.to_numpy(zero_copy_only=False)]
    keep &= row >= 0
    row = row[keep]
    start = table.column("start").to_numpy()[keep].astype(np.int64)
    end = table.column("end").to_numpy()[keep].astype(np.int64)
    norms = pa.DictionaryArray.from_arrays(pa.array(norm.indices.to_numpy(zero_copy_only=False)[keep]),
                                           norm.dictionary)
    return norms, (row << 32) | start, (row << 32) | end


def inner_of_edges(edges: WordEdges | None, keys: np.ndarray) -> np.ndarray | None:
    """Inner flags for the syllable ``keys`` (``row << 32 | start``, sorted) from what
    :func:`token_edges` read; None without a tokens table."""
    if edges is None:
        return None
    norms, lo, hi = edges
    if not len(lo):
        return np.zeros(len(keys), dtype=bool)
    return _flags(keys, norms, lo, hi)


def inner_of_text(text: str, starts: np.ndarray) -> np.ndarray:
    """Inner flags for the syllables starting at ``starts`` (sorted offsets) of a text without a
    tokens table: it is segmented here, as the ingest does."""
    from danvan.corpus.ingest.segment import tokenize_many

    lines = [(m.start(), m.group()) for m in _LINE.finditer(text)]  # as the ingest: per paragraph
    forms: list[str] = []
    lo: list[int] = []
    hi: list[int] = []
    for (offset, _), (_, normal, wstarts, wends) in zip(lines, tokenize_many([t for _, t in lines]),
                                                         strict=True):
        forms += normal
        lo += [offset + x for x in wstarts]
        hi += [offset + x for x in wends]
    if not forms:
        return np.zeros(len(starts), dtype=bool)
    norms = pa.array(["_".join(fold(f).split()) for f in forms], pa.string())
    return _flags(np.asarray(starts, np.int64), norms, np.asarray(lo, np.int64), np.asarray(hi, np.int64))
