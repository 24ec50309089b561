"""A positional index of a corpus's texts: where every syllable (or word token) is, and its keys.

For each document with units it holds, as flat Arrow/NumPy arrays (no Python object per token):
the units' character offsets into ``documents.text``, the joined key string of
:mod:`danvan.phrases.match` (folded, and with diacritics stripped) and where each unit's key
starts in it; plus, per key variant, an inverted index *piece → documents* (a piece is a key, or
part of one between ``_``). A phrase query starts from the inverted index (only documents holding
every required piece can match), then runs the same key-string regex as a full scan would, on
the stored key strings: results are identical to :func:`danvan.phrases.match.syllable_units` +
``finditer`` over every document.

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
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.feather as feather

from danvan.core.text import VIETNAMESE_LETTERS, fold, strip_diacritics
from danvan.corpus.results import tables_stamp
from danvan.phrases.edges import inner_of_corpus, inner_of_text
from danvan.phrases.match import HARD, SOFT_SEP, Units
from danvan.phrases.syllables import syllable_spans

__all__ = ["TextIndex", "text_index", "required_pieces", "regex_runs", "INDEX_VERSION"]

INDEX_VERSION = "5"  # 2: word-edge flags of the syllables; 3-4: words inside long lexicon terms;
# 5: one file set per key variant, "strip" built on first use
VARIANTS = ("fold", "strip")  # fold(), strip_diacritics()
_PIECE_SEP = re.compile(r"[ _|]")
_INDEX_DIR = re.compile(r"(syllable|word)-[0-9a-f]{16}")
_PHRASE_TOKENS = re.compile(r"\([^)]*\)|,|[^\s,()]+")


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

    @cached_property
    def key_list(self) -> list[str]:
        return self.keys.to_pylist()

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
        index without word-edge flags)."""
        k = self.keys(ignore_diacritics)
        spans = [(m.start(), m.end()) for m in rx.finditer(k.key_list[i]) if m.end() > m.start()]
        if not spans:
            return []
        a, b = self.offsets[i], self.offsets[i + 1]
        ks = k.key_starts[a:b]
        pos = np.asarray(spans, dtype=np.int64)
        first = np.maximum(np.searchsorted(ks, pos[:, 0], side="right") - 1, 0)
        last = np.maximum(np.searchsorted(ks, pos[:, 1] - 1, side="right") - 1, 0)
        inner = self.inner_of(i, text) if word_edges else None
        if inner is not None and len(inner):
            nxt = np.minimum(last + 1, len(inner) - 1)  # the unit after each: does it continue the word?
            keep = ~inner[first] & ~(inner[nxt] & (last + 1 < len(inner)))
            if not keep.all():
                first, last = first[keep], last[keep]
        s, e = self.starts[a + first], self.ends[a + last]
        return list(zip(first.tolist(), last.tolist(), s.tolist(), e.tolist(), strict=True))


# ------------------------------------------------------------------ building

def _join_keys(unit_keys: pa.Array, seps: pa.Array, offsets: np.ndarray) -> pa.Array:
    per_unit = pc.binary_join_element_wise(seps, unit_keys, "")
    lists = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), per_unit)
    return pc.binary_join(lists, "")


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (a sort and a mask: faster here than ``np.unique``'s hashing)."""
    v = np.sort(values.astype(np.int64))
    return v[np.r_[True, v[1:] != v[:-1]]] if len(v) else v


def _key_ids(ids: np.ndarray, forms: list[str], key_of: Any) -> tuple[np.ndarray, list[str]]:
    """Each unit's key id (units given as ids into ``forms``) and the distinct keys."""
    vocab: dict[str, int] = {}
    form_to_key = np.fromiter((vocab.setdefault(key_of(f), len(vocab)) for f in forms), np.int64,
                              len(forms))
    return (form_to_key[ids] if len(ids) else np.zeros(0, np.int64)), list(vocab)


def _variant(kid: np.ndarray, key_names: list[str], seps: pa.Array, sep_len: np.ndarray,
             offsets: np.ndarray, n_docs: int) -> _Keys:
    """Keys of one variant from the units' key ids (into ``key_names``)."""
    key_arr = pa.array(key_names, pa.string())
    unit_keys = key_arr.take(pa.array(kid))
    key_len = np.fromiter(map(len, key_names), np.int64, len(key_names))
    total = sep_len + key_len[kid]
    cum = np.cumsum(total) - total  # start of each unit's separator, corpus-wide
    doc_of = np.repeat(np.arange(n_docs), np.diff(offsets))
    key_starts = (cum - cum[offsets[:-1]][doc_of] + sep_len).astype(np.int32)
    # the key strings are joined in a thread (Arrow releases the lock) beside the inverted index
    pool = ThreadPoolExecutor(max_workers=1)
    joined = pool.submit(_join_keys, unit_keys, seps, offsets)
    pool.shutdown(wait=False)
    # inverted index: piece -> documents
    pairs = _distinct(kid * n_docs + doc_of)
    pair_key, pair_doc = pairs // max(n_docs, 1), pairs % max(n_docs, 1)
    pvocab: dict[str, int] = {}
    key_pieces = [[pvocab.setdefault(p, len(pvocab)) for p in _pieces(k)] for k in key_names]
    single = np.fromiter((p[0] if len(p) == 1 else -1 for p in key_pieces), np.int64, len(key_pieces))
    pk = single[pair_key]
    piece_of, doc_list = [pk[pk >= 0]], [pair_doc[pk >= 0]]
    for key_id in np.unique(pair_key[pk < 0]):  # keys of several pieces (a_b) or none: rare
        docs = pair_doc[pair_key == key_id]
        for p in key_pieces[key_id]:
            piece_of.append(np.full(len(docs), p))
            doc_list.append(docs)
    pp = _distinct(np.concatenate(piece_of) * n_docs + np.concatenate(doc_list))
    p_id, p_doc = pp // max(n_docs, 1), pp % max(n_docs, 1)
    piece_offsets = np.searchsorted(p_id, np.arange(len(pvocab) + 1)).astype(np.int64)
    return _Keys(joined.result(), key_starts, pa.array(list(pvocab), pa.string()), piece_offsets,
                 p_doc.astype(np.int32))


@dataclass
class _Recipe:
    """What the other key variants are made from: each unit's fold-key id and separator code
    (0: a document's first unit, 1: a soft gap, 2: a hard one), and the fold keys."""

    fold_ids: np.ndarray  # int32, aligned with the units
    code: np.ndarray  # int8, aligned with the units
    fold_names: list[str]
    folder: Path | None = None  # where a variant built later is saved

    def seps(self) -> tuple[pa.Array, np.ndarray]:
        code = self.code.astype(np.int64)
        return pa.array(["", " ", HARD]).take(pa.array(code)), np.array([0, 1, len(HARD)])[code]

    def variant(self, name: str, n_docs: int, offsets: np.ndarray) -> _Keys:
        seps, sep_len = self.seps()
        ids = self.fold_ids.astype(np.int64)
        if name == "fold":
            return _variant(ids, self.fold_names, seps, sep_len, offsets, n_docs)
        if name == "strip":  # strip_diacritics(x) == strip_diacritics(fold(x))
            stripped, names = _key_ids(ids, self.fold_names, strip_diacritics)
            return _variant(stripped, names, seps, sep_len, offsets, n_docs)
        raise ValueError(f"unknown key variant {name!r}")


def _assemble(rows: np.ndarray, offsets: np.ndarray, units: pa.Array, gaps: pa.Array,
              starts: np.ndarray, ends: np.ndarray) -> TextIndex:
    """The index of units given in columns: the documents' ``rows`` with their units
    (``offsets``, CSR), the units as printed, the gaps before every unit but a document's first,
    and the units' offsets into their text. Only the ``fold`` keys are built here."""
    counts = np.diff(offsets)
    n_docs = len(rows)
    enc = units.dictionary_encode()
    forms, ids = enc.dictionary.to_pylist(), enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    genc = gaps.dictionary_encode()
    hard = np.array([SOFT_SEP.fullmatch(g) is None for g in genc.dictionary.to_pylist()], dtype=bool)
    gap_hard = hard[genc.indices.to_numpy(zero_copy_only=False)] if len(gaps) else np.zeros(0, bool)
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
    sp = syllable_spans(texts)
    if tokens_path is None or doc_ids is None or not len(sp.starts):
        return _assemble(sp.rows, sp.offsets, sp.units, sp.gaps, sp.starts, sp.ends)
    doc_of = np.repeat(sp.rows, np.diff(sp.offsets))
    keys = (doc_of << 32) | sp.starts.astype(np.int64)
    # the word edges are read in a thread beside the keys (Arrow and NumPy release the lock)
    with ThreadPoolExecutor(max_workers=1) as pool:
        inner = pool.submit(inner_of_corpus, tokens_path, np.asarray(doc_ids), keys)
        ix = _assemble(sp.rows, sp.offsets, sp.units, sp.gaps, sp.starts, sp.ends)
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
                   pa.chunked_array(gap_chunks, pa.string()).combine_chunks(), _cat(starts), _cat(ends))
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
            ix = build_syllable_index(docs["text"].to_numpy(dtype=object), tokens_path, doc_ids)
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
