"""A positional index of a corpus's texts: where every syllable (or word token) is, and its keys.

For each document with units it holds, as flat Arrow/NumPy arrays (no Python object per token):
the units' character offsets into ``documents.text``, the joined key string of
:mod:`danvan.phrases.match` (folded, and with diacritics stripped) and where each unit's key
starts in it; plus, per key variant, an inverted index *piece → documents* (a piece is a key, or
part of one between ``_``). A phrase query starts from the inverted index (only documents holding
every required piece can match), then runs the same key-string regex as a full scan would, on
the stored key strings: results are identical to :func:`danvan.phrases.match.syllable_units` +
``finditer`` over every document. :meth:`TextIndex.find` does it in columns: one search over the
candidates' key strings joined (:data:`DOC_SEP`, which no phrase pattern crosses; a regex query
searches each document's string alone), then the matches' units, word edges and offsets with
NumPy over the flat arrays. The key strings themselves are slices of one Arrow buffer holding
every unit's (separator + key), laid end to end by one ``take``.

:func:`text_index` builds it once per corpus and caches it beside the corpus tables
(``<corpus folder>/index/``), keyed on the corpus hash, the pipeline version and the documents
table's size and time; a new ingest therefore rebuilds it. A bare documents DataFrame is
indexed in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import re._constants as _sre_constants
import re._parser as _sre_parser
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.feather as feather

from danvan.core.text import VIETNAMESE_LETTERS, fold, strip_diacritics
from danvan.corpus.results import tables_stamp
from danvan.corpus.tables import memo_of
from danvan.phrases.edges import inner_of_edges, inner_of_text, token_edges
from danvan.phrases.match import HARD, SOFT_SEP, Units
from danvan.phrases.syllables import syllable_spans

__all__ = ["TextIndex", "Hits", "text_index", "required_pieces", "regex_runs", "INDEX_VERSION", "DOC_SEP",
           "texts_of"]

INDEX_VERSION = "5"  # 2: word-edge flags of the syllables; 3-4: words inside long lexicon terms;
# 5: one file set per key variant, "strip" built on first use
VARIANTS = ("fold", "strip")  # fold(), strip_diacritics()
_PIECE_SEP = re.compile(r"[ _|]")
_INDEX_DIR = re.compile(r"(syllable|word)-[0-9a-f]{16}")
_PHRASE_TOKENS = re.compile(r"\([^)]*\)|,|[^\s,()]+")
#: between documents' key strings searched at once: no phrase pattern matches across it
DOC_SEP = " \x00 "
_SEPS = ("", " ", HARD)  # before a unit: a document's first, after a soft gap, after a hard one
_SEP_LEN = np.array([len(x) for x in _SEPS], dtype=np.int64)


def _pieces(key: str) -> list[str]:
    return [p for p in _PIECE_SEP.split(key) if p]


def required_pieces(phrase: str, ignore_diacritics: bool = False) -> list[str]:
    """Pieces every match of :func:`danvan.phrases.match.compile_phrase` (``phrase``) contains as
    whole pieces of the key string: the keys of its non-optional words, split at ``_``. A
    document lacking one of them cannot match."""
    key_of = strip_diacritics if ignore_diacritics else fold
    va = key_of("và")
    out: list[str] = []
    for tok in _PHRASE_TOKENS.findall(phrase):
        if tok == "," or tok.startswith("(") or key_of(tok) == va:
            continue
        out += _pieces(key_of(tok))
    return list(dict.fromkeys(out))


#: letters whose case-insensitive match is their lower case alone, once keys are case-folded
_PLAIN = re.compile("[" + "".join(sorted(set("abcdefghijklmnopqrstuvwxyz0123456789" + VIETNAMESE_LETTERS)
                                          - set("ks"))) + "]+")


def regex_runs(src: str) -> list[str]:
    """Runs of plain letters and digits that every match of the regex ``src`` (IGNORECASE) holds:
    its top-level literal characters, lower-cased, cut at anything else (``k`` and ``s``, which
    have case-insensitive twins, cut too)."""
    try:
        parsed = _sre_parser.parse(src, re.IGNORECASE)
    except re.error:
        return []
    text, runs = [], []
    for op, av in parsed:
        if op is _sre_constants.LITERAL:
            text.append(chr(av))
            continue
        runs.append("".join(text))
        text = []
    runs.append("".join(text))
    out = [r for chunk in runs for r in _PLAIN.findall(chunk.lower())]
    return list(dict.fromkeys(out))


@dataclass
class _Keys:
    """One key variant: per-document key strings, key offsets and the inverted index."""

    keys: pa.Array  # string, one per indexed document
    key_starts: np.ndarray  # flat, aligned with the units
    piece_names: pa.Array  # string
    piece_offsets: np.ndarray  # CSR into piece_docs
    piece_docs: np.ndarray  # positions (into TextIndex.rows) of the documents holding each piece
    #: aligned with the units: each key's start in all the key strings laid end to end
    #: (ascending; int32 where it fits; made by the build, or on first use from ``key_starts``)
    flat: np.ndarray | None = None

    @cached_property
    def key_list(self) -> list[str]:
        return self.keys.to_pylist()

    @cached_property
    def _decoded(self) -> tuple[np.ndarray, np.ndarray]:
        return np.empty(len(self.keys), dtype=object), np.zeros(len(self.keys), dtype=bool)

    def strings(self, docs: np.ndarray) -> list[str]:
        """The key strings of the documents ``docs`` as Python strings, each decoded from Arrow
        once, when a search first needs it."""
        out, done = self._decoded
        missing = docs[~done[docs]]
        if len(missing):
            out[missing] = self.keys.take(pa.array(missing)).to_pylist()
            done[missing] = True
        return out[docs].tolist()

    @cached_property
    def key_lengths(self) -> np.ndarray:
        """Each key string's length in characters."""
        return pc.utf8_length(self.keys).to_numpy(zero_copy_only=False).astype(np.int64)

    @cached_property
    def piece_ids(self) -> dict[str, int]:
        return {p: i for i, p in enumerate(self.piece_names.to_pylist())}

    @cached_property
    def _blob(self) -> tuple[str, np.ndarray]:
        names = self.piece_names.to_pylist()
        lens = np.fromiter(map(len, names), np.int64, len(names)) + 1
        return "\n".join(names), np.cumsum(lens) - lens

    def docs_containing(self, run: str) -> np.ndarray:
        """Documents with a piece that contains ``run`` (any substring of a key)."""
        blob, starts = self._blob
        hits = [m.start() for m in re.finditer(re.escape(run), blob)]
        ids = np.unique(np.searchsorted(starts, hits, side="right") - 1)
        if not len(ids):
            return np.zeros(0, dtype=np.int32)
        return np.unique(np.concatenate([self.piece_docs[self.piece_offsets[i]:self.piece_offsets[i + 1]]
                                         for i in ids.tolist()]))

    def docs_with(self, piece: str) -> np.ndarray:
        i = self.piece_ids.get(piece)
        if i is None:
            return np.zeros(0, dtype=np.int32)
        return self.piece_docs[self.piece_offsets[i]:self.piece_offsets[i + 1]]


class TextIndex:
    """Units of every indexed document (``rows``: positions in the documents table, ascending)."""

    def __init__(self, rows: np.ndarray, offsets: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                 keys: dict[str, _Keys], inner: np.ndarray | None = None, unit: str = "syllable",
                 recipe: _Recipe | None = None) -> None:
        self.rows, self.offsets, self.starts, self.ends = rows, offsets, starts, ends
        #: key variants built so far (``fold`` always; ``strip`` on the first query that ignores
        #: diacritics, from ``recipe``, and then kept on disk beside the rest)
        self.variants = keys
        self.recipe = recipe
        self._building = threading.Lock()  # one thread builds a missing variant, the others wait
        #: flat, aligned with the units: inside a word and not its start (syllables of a corpus
        #: with a tokens table); None: segmented on demand, per document (:meth:`inner_of`)
        self.inner = inner
        self.unit = unit
        self._inner_memo: dict[int, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def keys(self, ignore_diacritics: bool = False) -> _Keys:
        v = "strip" if ignore_diacritics else "fold"
        if v not in self.variants:
            with self._building:
                if v not in self.variants:
                    if self.recipe is None:
                        raise KeyError(f"this index has no {v!r} keys")
                    keys = self.recipe.variant(v, len(self.rows), self.offsets)
                    if self.recipe.folder is not None:
                        _save_variant(keys, v, self.recipe.folder)
                    self.variants[v] = keys
        return self.variants[v]

    def candidates(self, pieces: list[str] | None, ignore_diacritics: bool = False) -> np.ndarray:
        """Positions (into ``rows``) of the documents holding every piece; all when ``pieces`` is
        None or empty."""
        if not pieces:
            return np.arange(len(self.rows))
        k = self.keys(ignore_diacritics)
        sets = sorted((k.docs_with(p) for p in pieces), key=len)
        out = sets[0]
        for s in sets[1:]:
            if not len(out):
                break
            out = np.intersect1d(out, s, assume_unique=True)
        return np.asarray(out, dtype=np.int64)

    def regex_candidates(self, src: str, ignore_diacritics: bool = False) -> np.ndarray:
        """Positions of the documents whose keys can match the case-insensitive regex ``src``: those
        holding every run of letters and digits of its top-level literal text (all documents
        when it has none, e.g. an alternation at the top)."""
        runs = regex_runs(src)
        if not runs:
            return np.arange(len(self.rows))
        k = self.keys(ignore_diacritics)
        sets = [k.docs_containing(r) for r in runs]
        out = sets[0]
        for x in sets[1:]:
            out = np.intersect1d(out, x, assume_unique=True)
        return np.asarray(out, dtype=np.int64)

    def inner_of(self, i: int, text: str | None = None) -> np.ndarray | None:
        """Word-edge flags (:mod:`danvan.phrases.edges`) of document ``i``'s syllables: from the
        corpus's tokens, else by segmenting ``text`` (once); None for word units or no text."""
        if self.unit != "syllable":
            return None
        a, b = self.offsets[i], self.offsets[i + 1]
        if self.inner is not None:
            return self.inner[a:b]
        if text is None:
            return None
        if i not in self._inner_memo:
            self._inner_memo[i] = inner_of_text(text, self.starts[a:b])
        return self._inner_memo[i]

    def units(self, i: int, text: str, ignore_diacritics: bool = False, word_edges: bool = True) -> Units:
        """The :class:`Units` of indexed document ``i`` (keys list and hard flags left empty), with
        its word-edge flags unless ``word_edges=False``."""
        a, b = self.offsets[i], self.offsets[i + 1]
        k = self.keys(ignore_diacritics)
        return Units(text, self.starts[a:b].tolist(), self.ends[a:b].tolist(), [], k.key_list[i],
                     k.key_starts[a:b].tolist(), inner=self.inner_of(i, text) if word_edges else None)

    def matches(self, i: int, rx: re.Pattern[str], ignore_diacritics: bool = False,
                text: str | None = None, word_edges: bool = True) -> list[tuple[int, int, int, int]]:
        """Non-empty matches of ``rx`` in document ``i``'s key string: ``(first_unit, last_unit,
        start, end)``, offsets into the text (as :func:`danvan.phrases.match.find_spans`, but
        without the non-overlap; ``finditer`` semantics). With ``word_edges`` (the default) only
        matches that begin and end on word edges are kept (``text`` segments a document of an
        index without word-edge flags). :meth:`find` does it for many documents at once."""
        texts = None if text is None else {int(self.rows[i]): text}
        h = self.find(np.array([i]), rx, ignore_diacritics, texts=texts, word_edges=word_edges)
        a = int(self.offsets[i])
        return list(zip((h.first - a).tolist(), (h.last - a).tolist(), h.start.tolist(), h.end.tolist(),
                        strict=True))

    def _flat_keys(self, k: _Keys) -> np.ndarray:
        """:attr:`_Keys.flat`: ascending over the whole index, so one ``searchsorted`` finds the
        unit of a key offset in any document."""
        if k.flat is None:
            lens = k.key_lengths
            k.flat = _narrow(k.key_starts.astype(np.int64) + np.repeat(np.cumsum(lens) - lens,
                                                                       np.diff(self.offsets)))
        return k.flat

    def _spans(self, cands: np.ndarray, rx: re.Pattern[str], k: _Keys, joined: bool
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each non-empty match of ``rx`` in the key strings of the documents ``cands``: its
        document (a position into ``cands``), its start and its end in that key string."""
        if joined:  # one search over the candidates' keys joined by a separator no match crosses
            text = DOC_SEP.join(k.strings(cands))
            found = np.fromiter(chain.from_iterable(map(re.Match.span, rx.finditer(text))), np.int64)
            lens = k.key_lengths[cands] + len(DOC_SEP)
            base = np.cumsum(lens) - lens
            s, e = found[0::2], found[1::2]
            j = np.searchsorted(base, s, side="right") - 1
            s, e = s - base[j], e - base[j]
        else:  # a regex may depend on the string's ends: each document's key string alone
            found = np.fromiter(chain.from_iterable((j, *m.span()) for j, key in enumerate(k.strings(cands))
                                                    for m in rx.finditer(key)), np.int64)
            # (the one loop per document: a regex query only)
            j, s, e = found[0::3], found[1::3], found[2::3]
        keep = e > s
        return j[keep], s[keep], e[keep]

    def find(self, candidates: np.ndarray, rx: re.Pattern[str], ignore_diacritics: bool = False,
             texts: Any = None, word_edges: bool = True, joined: bool = False) -> Hits:
        """:meth:`matches` in the documents at positions ``candidates`` (ascending), in columns:
        hits in document order, then by start. ``joined``: ``rx`` is a phrase pattern
        (:func:`danvan.phrases.match.compile_phrase`: it never matches across :data:`DOC_SEP` and
        treats a space like a string's ends), so one search runs over the candidates' key strings
        joined; else each document's key string is searched alone. ``texts`` (by row: an array or a
        mapping) segments the documents with hits in an index without word-edge flags."""
        k = self.keys(ignore_diacritics)
        cands = np.asarray(candidates, dtype=np.int64)
        j, s, e = self._spans(cands, rx, k, joined) if len(cands) else (np.zeros(0, np.int64),) * 3
        pos = cands[j]
        flat = self._flat_keys(k)
        base = flat[self.offsets[pos]].astype(np.int64)  # where each hit's document begins
        first = np.searchsorted(flat, (base + s).astype(flat.dtype), side="right") - 1
        last = np.searchsorted(flat, (base + e - 1).astype(flat.dtype), side="right") - 1
        if word_edges and self.unit == "syllable" and len(pos):
            keep = self._on_word_edges(pos, first, last, texts)
            if keep is not None and not keep.all():
                pos, first, last = pos[keep], first[keep], last[keep]
        return Hits(pos, first, last, self.starts[first].astype(np.int64), self.ends[last].astype(np.int64))

    def _on_word_edges(self, pos: np.ndarray, first: np.ndarray, last: np.ndarray,
                       texts: Any) -> np.ndarray | None:
        """Whether each match (flat units ``first`` … ``last`` of the documents ``pos``) begins and
        ends on word edges; None where no document's words are known."""
        end = self.offsets[pos + 1]
        if self.inner is not None:
            inner = self.inner
            if not len(inner):
                return None
        elif texts is None:
            return None
        else:  # words segmented per document with hits (an index without a tokens table)
            inner = np.zeros(len(self.starts), dtype=bool)
            segmented = []
            for i in np.unique(pos).tolist():
                row = int(self.rows[i])
                text = texts.get(row) if isinstance(texts, dict) else texts[row]
                flags = self.inner_of(i, text) if isinstance(text, str) else None
                if flags is not None and len(flags):
                    inner[self.offsets[i]:self.offsets[i + 1]] = flags
                    segmented.append(i)
            if not segmented:
                return None
            known = np.isin(pos, segmented)
            nxt = np.minimum(last + 1, len(inner) - 1)
            return ~known | (~inner[first] & ~(inner[nxt] & (last + 1 < end)))
        nxt = np.minimum(last + 1, len(inner) - 1)  # the unit after each: does it continue the word?
        return ~inner[first] & ~(inner[nxt] & (last + 1 < end))


@dataclass
class Hits:
    """Matches in columns (:meth:`TextIndex.find`): the document (a position into ``rows``), the
    first and last unit (flat, into ``starts``/``ends``) and the offsets into the text."""

    pos: np.ndarray
    first: np.ndarray
    last: np.ndarray
    start: np.ndarray
    end: np.ndarray

    def __len__(self) -> int:
        return len(self.pos)


# ------------------------------------------------------------------ building

def _join_keys(kid: np.ndarray, key_names: list[str], code: np.ndarray, offsets: np.ndarray) -> pa.Array:
    """Each document's key string: its units' keys, each after its separator (``code``: 0 none,
    1 ``" "``, 2 ``" | "``). One Arrow ``take`` of the (separator + key) strings lays every
    unit's piece end to end; a document's key string is then a slice of that buffer (no copy)."""
    pieces = pa.array([sep + k for k in key_names for sep in _SEPS], pa.large_string())
    taken = pieces.take(pa.array(kid * len(_SEPS) + code))
    value_offsets = np.frombuffer(taken.buffers()[1], np.int64)[: len(taken) + 1]
    return pa.LargeStringArray.from_buffers(len(offsets) - 1, pa.py_buffer(value_offsets[offsets].copy()),
                                            taken.buffers()[2])


def _narrow(values: np.ndarray) -> np.ndarray:
    """Ascending non-negative int64 ``values`` as int32 when they fit (half the memory)."""
    return values.astype(np.int32) if not len(values) or values[-1] < 2**31 else values


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct non-negative values (a sort and a mask: faster here than ``np.unique``'s
    hashing; 32-bit when they fit, which halves the sort)."""
    small = len(values) and int(values.max()) < 2**32
    v = np.sort(values.astype(np.uint32 if small else np.int64, copy=False)).astype(np.int64)
    return v[np.r_[True, v[1:] != v[:-1]]] if len(v) else v


def _key_ids(ids: np.ndarray, forms: list[str], key_of: Any) -> tuple[np.ndarray, list[str]]:
    """Each unit's key id (units given as ids into ``forms``) and the distinct keys."""
    vocab: dict[str, int] = {}
    form_to_key = np.fromiter((vocab.setdefault(key_of(f), len(vocab)) for f in forms), np.int64,
                              len(forms))
    return (form_to_key[ids] if len(ids) else np.zeros(0, np.int64)), list(vocab)


def _postings(pairs: np.ndarray, key_names: list[str], n_docs: int
              ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Pieces, CSR offsets and documents of the inverted index, from the distinct ``key * n_docs +
    document`` pairs (sorted). A key that is its own only piece (nearly all) gives its documents
    as they are; the pieces of the others (``a_b``) are merged in."""
    n = max(n_docs, 1)
    pair_key, pair_doc = pairs // n, pairs % n
    key_pieces = [_pieces(k) for k in key_names]
    simple = np.fromiter((ps == [k] for k, ps in zip(key_names, key_pieces, strict=True)), bool,
                         len(key_names))
    names = [k for k, ok in zip(key_names, simple.tolist(), strict=True) if ok]
    piece_of_key = np.cumsum(simple) - 1  # a simple key's piece, in key order
    keep = simple[pair_key]
    code = piece_of_key[pair_key[keep]] * n + pair_doc[keep]  # ascending
    if not simple.all():  # the others' pieces: existing ones or new, their pairs merged in order
        ids = {p: i for i, p in enumerate(names)}
        bounds = np.searchsorted(pair_key, np.arange(len(key_names) + 1))
        extra = []
        for key_id in np.flatnonzero(~simple).tolist():  # rare (a unit with "_" in it)
            docs = pair_doc[bounds[key_id]:bounds[key_id + 1]]
            for piece in key_pieces[key_id]:
                extra.append(ids.setdefault(piece, len(ids)) * n + docs)
        names = list(ids)
        if extra:
            more = _distinct(np.concatenate(extra))
            code = np.insert(code, np.searchsorted(code, more), more)
            code = code[np.r_[True, code[1:] != code[:-1]]] if len(code) else code
    p_id = code // n
    offsets = np.searchsorted(p_id, np.arange(len(names) + 1)).astype(np.int64)
    return names, offsets, (code % n).astype(np.int32)


def _variant(kid: np.ndarray, key_names: list[str], code: np.ndarray, offsets: np.ndarray,
             n_docs: int) -> _Keys:
    """Keys of one variant from the units' key ids (into ``key_names``) and separator codes."""
    # the key strings are joined in a thread (Arrow releases the lock) beside the rest
    pool = ThreadPoolExecutor(max_workers=1)
    joined = pool.submit(_join_keys, kid, key_names, code, offsets)
    pool.shutdown(wait=False)
    sep_len = _SEP_LEN[code]
    key_len = np.fromiter(map(len, key_names), np.int64, len(key_names))
    total = sep_len + key_len[kid]
    flat = np.cumsum(total) - total + sep_len  # each key's start, the documents' keys end to end
    counts = np.diff(offsets)
    key_starts = (flat - np.repeat(flat[offsets[:-1]], counts)).astype(np.int32)
    # inverted index: piece -> documents
    doc_of = np.repeat(np.arange(n_docs, dtype=np.int64), counts)
    names, piece_offsets, piece_docs = _postings(_distinct(kid * n_docs + doc_of), key_names, n_docs)
    return _Keys(joined.result(), key_starts, pa.array(names, pa.string()), piece_offsets, piece_docs,
                 _narrow(flat))


@dataclass
class _Recipe:
    """What the other key variants are made from: each unit's fold-key id and separator code
    (0: a document's first unit, 1: a soft gap, 2: a hard one), and the fold keys."""

    fold_ids: np.ndarray  # int32, aligned with the units
    code: np.ndarray  # int8, aligned with the units
    fold_names: list[str]
    folder: Path | None = None  # where a variant built later is saved

    def variant(self, name: str, n_docs: int, offsets: np.ndarray) -> _Keys:
        ids, code = self.fold_ids.astype(np.int64), self.code
        if name == "fold":
            return _variant(ids, self.fold_names, code, offsets, n_docs)
        if name == "strip":  # strip_diacritics(x) == strip_diacritics(fold(x))
            stripped, names = _key_ids(ids, self.fold_names, strip_diacritics)
            return _variant(stripped, names, code, offsets, n_docs)
        raise ValueError(f"unknown key variant {name!r}")


def _hard_gaps(gaps: pa.Array) -> np.ndarray:
    """Whether each gap is hard (not :data:`~danvan.phrases.match.SOFT_SEP`): each distinct gap
    other than the common single space is tested once."""
    out = np.zeros(len(gaps), dtype=bool)
    if not len(gaps):
        return out
    other = ~pc.equal(gaps, " ").fill_null(False).to_numpy(zero_copy_only=False)
    if other.any():
        enc = gaps.filter(pa.array(other)).dictionary_encode()
        hard = np.array([SOFT_SEP.fullmatch(g) is None for g in enc.dictionary.to_pylist()], dtype=bool)
        out[other] = hard[enc.indices.to_numpy(zero_copy_only=False)]
    return out


def _assemble(rows: np.ndarray, offsets: np.ndarray, units: pa.Array, gap_hard: np.ndarray,
              starts: np.ndarray, ends: np.ndarray) -> TextIndex:
    """The index of units given in columns: the documents' ``rows`` with their units
    (``offsets``, CSR), the units as printed, whether the gap before every unit but a document's
    first is hard, and the units' offsets into their text. Only the ``fold`` keys are built here."""
    counts = np.diff(offsets)
    n_docs = len(rows)
    enc = units.dictionary_encode()
    forms, ids = enc.dictionary.to_pylist(), enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    # separator before each unit: "" for a document's first unit, else " " or " | "
    code = np.zeros(len(ids), dtype=np.int8)
    not_first = np.ones(len(ids), dtype=bool)
    not_first[offsets[:-1][counts > 0]] = False
    code[not_first] = np.where(gap_hard, 2, 1)
    folded, fold_names = _key_ids(ids, forms, fold)
    recipe = _Recipe(folded.astype(np.int32), code, fold_names)
    offsets = offsets.astype(np.int64)
    variants = {"fold": recipe.variant("fold", n_docs, offsets)}
    return TextIndex(np.asarray(rows, dtype=np.int64), offsets, starts.astype(np.int32),
                     ends.astype(np.int32), variants, recipe=recipe)


def _cat(chunks: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(chunks).astype(np.int32) if chunks else np.zeros(0, np.int32)


def build_syllable_index(texts: Any, tokens_path: Path | None = None, doc_ids: Any = None) -> TextIndex:
    """Index the syllables (:data:`danvan.phrases.match.UNIT_RE`, found in columns by
    :func:`danvan.phrases.syllables.syllable_spans`) of ``texts`` (one per document row;
    non-strings and texts without a syllable are left out). With the corpus's tokens table
    (``tokens_path``) and the rows' ``doc_ids``, each syllable carries its word-edge flag."""
    if tokens_path is None or doc_ids is None:
        sp = syllable_spans(texts)
        return _assemble(sp.rows, sp.offsets, sp.units, sp.hard, sp.starts, sp.ends)
    # the tokens are read, then their word edges flagged, in a thread beside the syllables and the
    # keys (Arrow, Parquet and NumPy release the lock)
    with ThreadPoolExecutor(max_workers=1) as pool:
        edges = pool.submit(token_edges, tokens_path, np.asarray(doc_ids))
        sp = syllable_spans(texts)
        if not len(sp.starts):
            return _assemble(sp.rows, sp.offsets, sp.units, sp.hard, sp.starts, sp.ends)
        doc_of = np.repeat(sp.rows, np.diff(sp.offsets))
        keys = (doc_of << 32) | sp.starts.astype(np.int64)
        inner = pool.submit(lambda: inner_of_edges(edges.result(), keys))
        ix = _assemble(sp.rows, sp.offsets, sp.units, sp.hard, sp.starts, sp.ends)
        ix.inner = inner.result()
    return ix


def build_word_index(documents: pd.DataFrame, tokens: pd.DataFrame) -> TextIndex:
    """Index the word tokens (``tokens.norm``, punctuation left out) of each document's text."""
    toks = tokens.loc[~tokens["is_punct"].astype(bool), ["doc_id", "norm", "start", "end"]]
    row_of = pd.Series(np.arange(len(documents)), index=documents["doc_id"].to_numpy())
    row_of = row_of[~row_of.index.duplicated()]
    toks = toks.assign(_row=toks["doc_id"].map(row_of)).dropna(subset=["_row"])
    toks = toks.sort_values(["_row", "start"], kind="stable")
    trow = toks["_row"].to_numpy(dtype=np.int64)
    tstart, tend = toks["start"].to_numpy(dtype=np.int64), toks["end"].to_numpy(dtype=np.int64)
    norms = pa.array(toks["norm"].astype(str).to_numpy(dtype=object), pa.string())
    bounds = np.flatnonzero(np.diff(trow)) + 1
    rows, unit_chunks, gap_chunks, starts, ends = [], [], [], [], []
    texts = documents["text"].to_numpy(dtype=object)
    for a, b in zip(np.r_[0, bounds], np.r_[bounds, len(trow)], strict=True):
        if a == b:
            continue
        text = texts[trow[a]]
        if not isinstance(text, str) or not text:
            continue
        s, e = tstart[a:b], tend[a:b]
        rows.append(int(trow[a]))
        unit_chunks.append(norms.slice(a, b - a))
        gap_chunks.append(pa.array([text[x:y] for x, y in zip(e[:-1].tolist(), s[1:].tolist(),
                                                              strict=True)], pa.string()))
        starts.append(s)
        ends.append(e)
    counts = np.fromiter((len(c) for c in unit_chunks), np.int64, len(unit_chunks))
    ix = _assemble(np.asarray(rows, np.int64), np.r_[0, np.cumsum(counts)].astype(np.int64),
                   pa.chunked_array(unit_chunks, pa.string()).combine_chunks(),
                   _hard_gaps(pa.chunked_array(gap_chunks, pa.string()).combine_chunks()), _cat(starts),
                   _cat(ends))
    ix.unit = "word"
    return ix


# ------------------------------------------------------------------ caching

def _variant_tables(k: _Keys, v: str) -> dict[str, pa.Table]:
    return {f"keys_{v}": pa.table({"keys": k.keys}),
            f"key_starts_{v}": pa.table({"key_starts": k.key_starts}),
            f"pieces_{v}": pa.table({"piece": k.piece_names, "offset": k.piece_offsets[:-1]}),
            f"posting_{v}": pa.table({"docs": k.piece_docs})}


def _tables(ix: TextIndex) -> dict[str, pa.Table]:
    inner = {"inner": ix.inner} if ix.inner is not None else {}
    r = ix.recipe
    recipe = {"fold_ids": r.fold_ids, "code": r.code} if r is not None else {}
    tables = {
        "flat": pa.table({"starts": ix.starts, "ends": ix.ends, **inner, **recipe}),
        "docs": pa.table({"rows": ix.rows}),
        "offsets": pa.table({"offsets": ix.offsets, "unit": [ix.unit] * len(ix.offsets)}),
    }
    if r is not None:
        tables["fold_names"] = pa.table({"key": pa.array(r.fold_names, pa.string())})
    for v, keys in ix.variants.items():
        tables |= _variant_tables(keys, v)
    return tables


def _write(tables: dict[str, pa.Table], folder: Path) -> None:
    """Each table as ``<name>.arrow`` in ``folder``, each file written whole, then moved in."""
    tmp = folder.with_name(folder.name + f".tmp{os.getpid()}-{threading.get_ident()}")
    tmp.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        feather.write_feather(table, tmp / f"{name}.arrow", compression="uncompressed")
    for name in tables:
        os.replace(tmp / f"{name}.arrow", folder / f"{name}.arrow")
    tmp.rmdir()


def _save(ix: TextIndex, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    _write(_tables(ix), folder)
    (folder / "done").write_text("ok", encoding="utf-8")
    if ix.recipe is not None:
        ix.recipe.folder = folder


def _save_variant(keys: _Keys, v: str, folder: Path) -> None:
    """A variant built after the index was saved, added to its folder (left out if it cannot be
    written: it is built again next time)."""
    try:
        _write(_variant_tables(keys, v), folder)
    except OSError:
        pass


def _load(folder: Path) -> TextIndex:
    t = {p.stem: feather.read_table(p, memory_map=True) for p in folder.glob("*.arrow")}

    def col(name: str, c: str) -> pa.Array:
        return t[name].column(c).combine_chunks()

    flat = t["flat"]
    offsets = col("offsets", "offsets").to_numpy()
    variants = {}
    for v in VARIANTS:
        if f"posting_{v}" not in t:
            continue
        p_off = col(f"pieces_{v}", "offset").to_numpy()
        docs_v = col(f"posting_{v}", "docs").to_numpy()
        variants[v] = _Keys(col(f"keys_{v}", "keys"), t[f"key_starts_{v}"].column("key_starts").to_numpy(),
                            col(f"pieces_{v}", "piece"), np.r_[p_off, len(docs_v)], docs_v)
    recipe = None
    if "fold_ids" in flat.column_names:
        recipe = _Recipe(flat.column("fold_ids").to_numpy(), flat.column("code").to_numpy(),
                         col("fold_names", "key").to_pylist(), folder)
    inner = flat.column("inner").to_numpy() if "inner" in flat.column_names else None
    unit = t["offsets"].column("unit")[0].as_py() if len(offsets) else "syllable"
    return TextIndex(t["docs"].column("rows").to_numpy(), offsets, flat.column("starts").to_numpy(),
                     flat.column("ends").to_numpy(), variants, inner, unit, recipe)


def texts_of(corpus_or_documents: Any) -> np.ndarray:
    """The documents' texts as an object array, made once per documents table and kept on the
    corpus object (the index is built from it, and each concordance cuts its lines from it)."""
    docs = getattr(corpus_or_documents, "documents", corpus_or_documents)
    memo = memo_of(corpus_or_documents, "_texts")
    if memo.get("docs") is not docs:
        memo.update(docs=docs, texts=docs["text"].to_numpy(dtype=object))
    return memo["texts"]


def _cache_key(corpus: Any, unit: str) -> str | None:
    """The key of a corpus's cached index: :func:`danvan.corpus.results.tables_stamp` of its
    documents' ids and texts and of its tokens file (the words, the word edges), with the index's
    version and unit; None where nothing can be cached (no folder; word units without tokens)."""
    folder = getattr(corpus, "folder", None)
    if folder is None or (unit == "word" and not (Path(folder) / "tokens.parquet").exists()):
        return None
    stamp = tables_stamp(corpus, ("documents", "tokens"), document_columns=["doc_id", "text"])
    if stamp is None:
        return None
    return hashlib.sha256(json.dumps([INDEX_VERSION, unit, stamp]).encode()).hexdigest()[:16]


def text_index(corpus_or_documents: Any, unit: str = "syllable", cache: bool = True) -> TextIndex:
    """The index of ``unit`` (``syllable`` or ``word``) of a :class:`~danvan.corpus.load.Corpus`
    (kept on the object, and on disk in ``<folder>/index/``), or of a documents DataFrame (built
    in memory each call). ``unit="word"`` needs the corpus's tokens table."""
    if unit not in {"syllable", "word"}:
        raise ValueError("unit must be 'syllable' or 'word'")
    docs = getattr(corpus_or_documents, "documents", corpus_or_documents)
    if not isinstance(docs, pd.DataFrame):
        raise TypeError("text_index() needs a Corpus or a documents DataFrame")
    held = getattr(corpus_or_documents, "__dict__", None) if docs is not corpus_or_documents else None
    memo = held.setdefault("_text_index", {}) if isinstance(held, dict) else {}
    tables = (docs, getattr(corpus_or_documents, "tokens", None) if unit == "word" else None)
    if unit in memo and all(x is y for x, y in zip(memo[unit][0], tables, strict=True)):
        return memo[unit][1]
    key = _cache_key(corpus_or_documents, unit) if held is not None and cache else None
    folder = Path(corpus_or_documents.folder) / "index" / f"{unit}-{key}" if key else None
    if folder is not None and (folder / "done").exists():
        ix = _load(folder)
    else:
        if unit == "word":
            ix = build_word_index(docs, corpus_or_documents.tokens)
        else:
            # a Subcorpus has no folder of its own: its parent's tokens give the words
            source = getattr(corpus_or_documents, "parent", corpus_or_documents)
            folder_of = getattr(source, "folder", None) if held is not None else None
            tokens_path = Path(folder_of) / "tokens.parquet" if folder_of is not None else None
            doc_ids = docs["doc_id"].to_numpy(dtype=object) if tokens_path is not None else None
            ix = build_syllable_index(texts_of(corpus_or_documents), tokens_path, doc_ids)
        if folder is not None:
            try:
                _save(ix, folder)
            except OSError:  # a read-only corpus folder: the index stays in memory
                pass
            else:
                for old in folder.parent.glob(f"{unit}-*"):  # indexes of earlier tables
                    if old != folder and _INDEX_DIR.fullmatch(old.name):
                        shutil.rmtree(old, ignore_errors=True)
    memo[unit] = (tables, ix)
    return ix
