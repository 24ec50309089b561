"""Word and syllable n-grams with frequency and range, and the sequences outlets share verbatim.

Sequences never cross a sentence (word units: ingest sentences) or hard punctuation (syllable
units: a full stop, colon or bracket); commas and quotes are ignored, so *dân biết, dân bàn*
yields the bigram *dân biết*, *biết dân*, … Keys are lower-case and normalised.

* :func:`unit_sequences` the token sequences of a corpus,
* :func:`ngram_table` frequency and range (documents, outlets, provinces) of n-grams, n = 2…6,
* :func:`shared_sequences` sequences found in several outlets, ranked by range, dropping any
  sequence contained in a longer one with the same range,
* :func:`background_counts` and :func:`against_background` the same sequences ranked against a
  general-news reference corpus (VNTC): Log Ratio and G² of their frequency here and there, so
  that generic news phrases (*bộ chính trị*, *trong thời gian*) fall out.

Outlets are counted as :func:`danvan.corpus.outlets.outlet_key` says: an aggregator (baomoi.com…)
is a source, not an outlet; its articles of unknown origin count together as one.
"""

from __future__ import annotations

import gzip
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from tqdm.auto import tqdm

from danvan.core import stats
from danvan.core.text import fold
from danvan.corpus.outlets import outlet_key
from danvan.corpus.tables import documents_of
from danvan.phrases.index import text_index
from danvan.phrases.match import HARD, syllable_units
from danvan.reading.columns import unit_columns

__all__ = ["unit_sequences", "ngram_table", "shared_sequences", "read_texts", "background_counts",
           "against_background", "rank_shared", "without_names", "BACKGROUND_ENV"]

#: Environment variable naming a general-news reference corpus for :func:`rank_shared`.
BACKGROUND_ENV = "DANVAN_BACKGROUND"

def unit_sequences(corpus: Any, unit: str = "word") -> Iterator[tuple[str, list[str]]]:
    """Yield ``(doc_id, keys)`` per sentence (word) or hard-punctuation stretch (syllable).

    Word keys are the ingest's ``norm`` (``ban_dân_vận``); syllable keys are folded syllables.
    """
    if unit == "word":
        tokens = getattr(corpus, "tokens", None)
        if tokens is None:
            raise ValueError("unit='word' needs a Corpus with a tokens table")
        keep = set(documents_of(corpus)["doc_id"])
        tok = tokens[~tokens["is_punct"].astype(bool) & tokens["doc_id"].isin(keep)]
        tok = tok.sort_values(["doc_id", "sentence_id", "position"])
        for (doc_id, _), grp in tok.groupby(["doc_id", "sentence_id"], sort=False):
            yield doc_id, [fold(w) for w in grp["norm"].astype(str)]
        return
    if unit != "syllable":
        raise ValueError("unit must be 'word' or 'syllable'")
    for doc_id, seq, _ in _syllable_runs(corpus, word_edges=False):
        yield doc_id, seq


def _syllable_runs(corpus: Any, word_edges: bool = True
                   ) -> Iterator[tuple[str, list[str], list[bool] | None]]:
    """The syllable stretches between hard punctuation, read off the corpus's positional index
    (:func:`danvan.phrases.index.text_index`: the texts are not cut again), each with its word
    starts when ``word_edges`` (``starts[i]`` False where syllable ``i`` continues a word of the
    segmentation, :mod:`danvan.phrases.edges`), else None."""
    docs = documents_of(corpus)
    index = text_index(corpus)
    doc_ids, texts = docs["doc_id"].to_numpy(dtype=object), docs["text"].to_numpy(dtype=object)
    keys = index.keys().key_list
    for i, row in enumerate(index.rows.tolist()):
        inner = index.inner_of(i, texts[row]) if word_edges else None
        begins = None if inner is None else (~np.asarray(inner, bool)).tolist()
        at = 0
        for run in keys[i].split(HARD):
            seq = run.split(" ")
            yield doc_ids[row], seq, (None if begins is None else begins[at:at + len(seq)])
            at += len(seq)


def ngram_table(
    corpus: Any, n: int | tuple[int, int] = (2, 6), unit: str = "word", min_freq: int = 2,
    progress: bool = True, word_edges: bool = True,
) -> pd.DataFrame:
    """Frequency and range of n-grams.

    Columns: ``ngram`` (units joined by a space), ``n``, ``freq``, ``n_docs``, ``n_outlets``,
    ``n_provinces`` (distinct non-missing ``outlet``/``province`` of the documents it occurs in;
    outlets as :func:`outlet_key`), sorted by freq; ``attrs["size"]`` is the number of units.
    ``n`` is one length or an inclusive ``(min, max)`` range. Syllable n-grams begin and end on
    word edges of the segmentation (*chủ tịch ủy* is not cut out of *chủ tịch ủy ban*), as phrase
    matches do; ``word_edges=False`` counts every run of syllables. Syllable n-grams are counted
    in columns over the positional index (:func:`_syllable_ngrams`); word n-grams from the
    sentences of the tokens table.
    """
    lo, hi = (n, n) if isinstance(n, int) else n
    edges = unit == "syllable" and word_edges
    if unit == "syllable":
        df, size = _syllable_ngrams(corpus, lo, hi, min_freq, word_edges, progress)
    else:
        df, size = _counted(corpus, ((d, seq, None) for d, seq in unit_sequences(corpus, unit)),
                            lo, hi, min_freq, unit, progress)
    df = df.sort_values(["freq", "n_docs", "n", "ngram"], ascending=[False, False, False, True])
    df = df.reset_index(drop=True)
    df.attrs.update({"unit": unit, "n": (lo, hi), "min_freq": min_freq, "size": size,
                     "word_edges": edges})
    return df


_COLUMNS = ["ngram", "n", "freq", "n_docs", "n_outlets", "n_provinces"]


def _counted(corpus: Any, seqs: Iterable[tuple[str, list[str], list[bool] | None]], lo: int, hi: int,
             min_freq: int, unit: str, progress: bool) -> tuple[pd.DataFrame, int]:
    """N-grams of sequences counted one by one (word units: a sentence at a time)."""
    docs = documents_of(corpus).set_index("doc_id")
    outlet = {d: outlet_key(o) for d, o in docs["outlet"].items()} if "outlet" in docs else {}
    province = docs["province"].to_dict() if "province" in docs else {}
    freq: Counter[tuple[str, ...]] = Counter()
    where: dict[tuple[str, ...], set[str]] = defaultdict(set)
    size = 0
    for doc_id, seq, starts in tqdm(seqs, desc=f"{unit} n-grams", disable=not progress, leave=False):
        size += len(seq)
        bounds = None if starts is None else [*starts, True]  # a run ends on a word edge
        for k in range(lo, hi + 1):
            for i in range(len(seq) - k + 1):
                if bounds is not None and not (bounds[i] and bounds[i + k]):
                    continue
                g = tuple(seq[i:i + k])
                freq[g] += 1
                where[g].add(doc_id)
    rows = []
    for g, f in freq.items():
        if f < min_freq:
            continue
        ds = where[g]
        outlets = {outlet[d] for d in ds if outlet.get(d) is not None}
        rows.append((" ".join(g), len(g), f, len(ds), len(outlets),
                     len({province[d] for d in ds if pd.notna(province.get(d))})))
    return pd.DataFrame(rows, columns=_COLUMNS), size


def _ranges(g: np.ndarray, rows: np.ndarray, outlet: np.ndarray, province: np.ndarray, n_ids: int
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct documents, outlets and provinces (codes, -1: none) per n-gram id, from its
    occurrences (``g``, ``rows``: rows ascending). One stable sort gives the distinct (n-gram,
    document) pairs; an n-gram in one document has that document's outlet and province."""
    order = np.argsort(g, kind="stable")
    gs, rs = g[order], rows[order]
    new = np.r_[True, (gs[1:] != gs[:-1]) | (rs[1:] != rs[:-1])]
    pg, pr = gs[new], rs[new]
    n_docs = np.bincount(pg, minlength=n_ids)
    several = n_docs[pg] > 1
    out = []
    for code in (outlet[pr], province[pr]):
        n = np.zeros(n_ids, np.int64)
        one = ~several & (code >= 0)
        n[pg[one]] = 1
        ok = several & (code >= 0)
        width = int(code.max(initial=0)) + 1
        pairs = np.unique(pg[ok] * width + code[ok])
        n += np.bincount(pairs // width, minlength=n_ids)
        out.append(n)
    return n_docs, out[0], out[1]


def _syllable_ngrams(corpus: Any, lo: int, hi: int, min_freq: int, word_edges: bool,
                     progress: bool) -> tuple[pd.DataFrame, int]:
    """Syllable n-grams in columns: each length's n-gram ids are ranks of (the id of its first
    n - 1 syllables, its last syllable's key id), over the index's key ids; a run never crosses a
    document's start or hard punctuation, and with ``word_edges`` it begins and ends on word
    edges. The same rows as counting each stretch of :func:`_syllable_runs`."""
    docs = documents_of(corpus)
    index = text_index(corpus)
    cols = unit_columns(corpus, "syllable")
    size = len(cols.ids)
    if not size:
        return pd.DataFrame(columns=_COLUMNS), 0
    ids = cols.ids
    joined = ~cols.begins  # unit i continues the stretch of unit i - 1
    inner = np.zeros(size, bool)
    if word_edges and index.inner is not None:  # the flags of the tokens table
        inner = np.asarray(index.inner, bool)
    elif word_edges:  # a corpus without tokens: each text segmented
        for i in range(len(index.rows)):
            flags = index.inner_of(i, docs["text"].iat[int(index.rows[i])])
            if flags is not None:
                inner[index.offsets[i]:index.offsets[i + 1]] = flags
    begins = ~inner
    # document facts per unit: its row, outlet and province codes (-1: none)
    row_of = cols.doc
    outlets = docs["outlet"].map(outlet_key) if "outlet" in docs else pd.Series([None] * len(docs))
    outlet_code = pd.factorize(outlets.astype(object).where(outlets.notna(), None), use_na_sentinel=True)[0]
    prov = docs["province"] if "province" in docs else pd.Series([None] * len(docs))
    prov_code = pd.factorize(prov.astype(object).where(prov.notna(), None), use_na_sentinel=True)[0]
    names = pa.array(cols.names, pa.string())
    frames = []
    gram = ids.copy()  # ids of the 1-grams starting at each unit
    alive = np.ones(size, bool)  # a k-gram starts here: its units are in one stretch
    steps = tqdm(range(2, hi + 1), desc="syllable n-grams", disable=not progress, leave=False)
    for k in range(1, hi + 1):
        if k > 1:
            steps.update(1)
            last = np.arange(size) + k - 1
            alive[size - k + 1:] = False
            alive[:size - k + 1] &= joined[k - 1:]
            starts = np.flatnonzero(alive)
            combined = gram[starts] * (int(ids.max()) + 1) + ids[last[starts]]
            gram = np.full(size, -1, np.int64)
            _, gram[starts] = np.unique(combined, return_inverse=True)
        if k < lo:
            continue
        at = np.flatnonzero(alive)
        if word_edges:
            end = at + k
            closes = (end >= size) | ~joined[np.minimum(end, size - 1)] | begins[np.minimum(end, size - 1)]
            at = at[begins[at] & closes]
        g = gram[at]
        n_ids = int(g.max(initial=-1)) + 1
        freq = np.bincount(g, minlength=n_ids)
        keep_id = np.flatnonzero(freq >= min_freq)
        if not len(keep_id):
            continue
        sel = np.isin(g, keep_id)
        g, at = g[sel], at[sel]
        n_docs, n_out, n_prov = _ranges(g, row_of[at], outlet_code, prov_code, n_ids)
        first = np.full(n_ids, -1, np.int64)
        first[g[::-1]] = at[::-1]  # the first unit of each n-gram's first occurrence
        pos = first[keep_id]
        text = pc.binary_join_element_wise(*[names.take(pa.array(ids[pos + j])) for j in range(k)], " ")
        frames.append(pd.DataFrame({
            "ngram": pd.Series(text.to_pylist(), dtype="str"), "n": k, "freq": freq[keep_id],
            "n_docs": n_docs[keep_id], "n_outlets": n_out[keep_id], "n_provinces": n_prov[keep_id]}))
    steps.close()
    if not frames:
        return pd.DataFrame(columns=_COLUMNS), size
    out = pd.concat(frames, ignore_index=True)
    return out.astype({c: "int64" for c in _COLUMNS[1:]}), size


def shared_sequences(
    table: pd.DataFrame, min_outlets: int = 2, min_n: int = 3, by: str = "n_outlets"
) -> pd.DataFrame:
    """Sequences shared verbatim by at least ``min_outlets`` outlets, ranked by range.

    ``table`` is :func:`ngram_table` output. A sequence is dropped when a longer sequence that
    contains it has the same range (n_docs, n_outlets, n_provinces): it adds nothing. Ranking:
    ``by`` (n_outlets or n_provinces), then n_docs, then length, then freq.
    """
    maximal = ~_contained(table)
    keep = table[maximal & (table[by] >= min_outlets).to_numpy() & (table["n"] >= min_n).to_numpy()]
    order = [by, "n_docs", "n", "freq"]
    out = keep.sort_values(order, ascending=False, kind="stable").reset_index(drop=True)
    out.attrs = {**table.attrs, "min_outlets": min_outlets, "min_n": min_n, "by": by}
    what = "báo" if by == "n_outlets" else "tỉnh"
    what_en = "outlets" if by == "n_outlets" else "provinces"
    out.attrs["caption"] = (
        f"Chuỗi từ {min_n} đơn vị trở lên có mặt ở ít nhất {min_outlets} {what}, xếp theo phạm vi "
        f"({len(out)} chuỗi) / Sequences of {min_n} or more units found in at least {min_outlets} "
        f"{what_en}, ranked by range ({len(out)} {'sequence' if len(out) == 1 else 'sequences'})")
    return out


def _contained(table: pd.DataFrame) -> np.ndarray:
    """For each row of an n-gram table: whether a longer n-gram of the table contains it with the
    same range (n_docs, n_outlets, n_provinces). Every shorter run of every n-gram is looked up at
    once, in columns (n-grams on word edges skip some lengths, so all of them, not only the
    prefix and suffix)."""
    rng = table[["n_docs", "n_outlets", "n_provinces"]].to_numpy()
    grams = pa.array(table["ngram"].astype(str).tolist(), pa.string())
    parts = pc.split_pattern(grams, " ")
    lengths = pc.list_value_length(parts).to_numpy(zero_copy_only=False)
    shortest = int(lengths.min(initial=1))
    pieces, owners = [], []
    for k in np.unique(lengths).tolist():
        rows = np.flatnonzero(lengths == k)
        sub = parts.take(pa.array(rows))
        for j in range(shortest, k):
            for o in range(k - j + 1):
                pieces.append(pc.binary_join(pc.list_slice(sub, o, o + j), " "))
                owners.append(rows)
    contained = np.zeros(len(table), bool)
    if not pieces:
        return contained
    found = pc.index_in(pa.chunked_array(pieces, pa.string()), value_set=grams)
    found = found.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    owner = np.concatenate(owners)
    ok = found >= 0
    same = (rng[found[ok]] == rng[owner[ok]]).all(axis=1)
    contained[found[ok][same]] = True
    return contained


def read_texts(path: str | Path, limit: int | None = None) -> Iterator[str]:
    """The ``text`` field of each record of a ``.jsonl`` / ``.jsonl.gz`` corpus file (the first
    ``limit``), as a reference corpus for :func:`background_counts`."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                return
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str):
                yield text


def background_counts(texts: Iterable[str], wanted: Iterable[str]) -> tuple[Counter[str], int]:
    """How often each ``wanted`` syllable n-gram (space-joined folded syllables, as in
    :func:`ngram_table`) occurs in ``texts``, and the reference size in syllables. Sequences
    stop at hard punctuation, as in :func:`unit_sequences`."""
    targets = {tuple(w.split(" ")) for w in wanted}
    lengths = sorted({len(t) for t in targets})
    counts: Counter[str] = Counter()
    size = 0
    for text in texts:
        u = syllable_units(text)
        seq: list[str] = []
        for key, hard in zip([*u.keys, ""], [*u.hard_before, True], strict=True):
            if hard and seq:
                size += len(seq)
                for k in lengths:
                    for i in range(len(seq) - k + 1):
                        g = tuple(seq[i:i + k])
                        if g in targets:
                            counts[" ".join(g)] += 1
                seq = []
            if key:
                seq.append(key)
    return counts, size


def against_background(
    shared: pd.DataFrame, counts: Counter[str], size: int, corpus_size: int | None = None,
    min_log_ratio: float = 1.0,
) -> pd.DataFrame:
    """``shared`` (:func:`shared_sequences`) ranked by how much more frequent each sequence is
    here than in a reference corpus (``counts``/``size`` from :func:`background_counts`).

    Adds ``freq_ref``, ``per_million``, ``per_million_ref``, ``log_ratio`` (Hardie 2014, zero
    frequencies 0.5) and ``g2``; keeps rows with ``log_ratio ≥ min_log_ratio`` (1 = twice as
    frequent as in general news), sorted by log_ratio, then range. ``corpus_size`` defaults to
    ``shared.attrs["size"]``.
    """
    n = float(corpus_size if corpus_size is not None else shared.attrs.get("size", 0))
    if n <= 0 or size <= 0:
        raise ValueError("both corpus sizes must be positive (pass corpus_size=)")
    out = shared.copy()
    a = out["freq"].to_numpy(float)
    b = np.array([counts.get(g, 0) for g in out["ngram"]], dtype=float)
    out["freq_ref"] = b.astype(int)
    out["per_million"] = a / n * 1e6
    out["per_million_ref"] = b / size * 1e6
    out["log_ratio"] = stats.log_ratio(a, b, n, float(size)) if len(out) else []
    out["g2"] = stats.log_likelihood(a, b, n, float(size)) if len(out) else []
    by = shared.attrs.get("by", "n_outlets")
    out = out[out["log_ratio"] >= min_log_ratio]
    out = out.sort_values(["log_ratio", by, "n"], ascending=False, kind="stable").reset_index(drop=True)
    out.attrs = {**shared.attrs, "reference_size": size, "min_log_ratio": min_log_ratio,
                 "dropped_generic": int(len(shared) - len(out))}
    out.attrs["caption"] = (
        f"Chuỗi dùng chung, xếp theo Log Ratio so với kho tin tổng quát ({size:,} âm tiết); bỏ "
        f"{out.attrs['dropped_generic']} chuỗi không nhiều hơn ít nhất {2 ** min_log_ratio:g} lần / "
        f"Shared sequences ranked by Log Ratio against a general-news reference ({size:,} "
        f"syllables); {out.attrs['dropped_generic']} sequences not at least {2 ** min_log_ratio:g} "
        "times as frequent dropped")
    return out


def rank_shared(shared: pd.DataFrame, background: str | Path | None = None, limit: int | None = 2000,
                min_log_ratio: float = 1.0, progress: bool = True) -> pd.DataFrame:
    """``shared`` ranked against a general-news reference corpus where one is given
    (``background``: a ``.jsonl``/``.jsonl.gz`` file of articles, its first ``limit`` read; None:
    the file the ``DANVAN_BACKGROUND`` environment variable names, if any), with
    :func:`against_background`; otherwise ``shared`` as it is, its caption saying that generic
    news phrases may rank high. ``attrs["reference"]`` names the file used (None without)."""
    path = background if background is not None else os.environ.get(BACKGROUND_ENV) or None
    if path is None or not Path(path).is_file():
        out = shared.copy()
        missing = "" if path is None else f" ({Path(path).name} not found)"
        out.attrs = {**shared.attrs, "reference": None}
        out.attrs["caption"] = (
            f"{shared.attrs.get('caption', '')}. Không có kho tin tổng quát để so{missing}: chuỗi "
            "chung của mọi bản tin (“trong thời gian”) có thể đứng đầu / No general-news reference"
            f"{missing}: phrases common to all news may rank high (set BACKGROUND or "
            f"{BACKGROUND_ENV})")
        return out
    texts = read_texts(path, limit)
    if progress:
        texts = tqdm(texts, total=limit, desc="reference corpus", unit="doc")
    counts, size = background_counts(texts, shared["ngram"])
    out = against_background(shared, counts, size, min_log_ratio=min_log_ratio)
    out.attrs["reference"] = Path(path).name
    if dropped := shared.attrs.get("names_dropped"):
        out.attrs["caption"] += (f"; bỏ {dropped:,} chuỗi chứa tên riêng / {dropped:,} sequences "
                                 "holding a name left out")
    return out


def without_names(shared: pd.DataFrame, names: Iterable[str]) -> pd.DataFrame:
    """``shared`` without the sequences that hold a name (``names``: word forms such as
    ``nguyễn_thị_kim_ngân`` or ``hà_nội``, e.g. :func:`danvan.compare.names.proper_names`): a
    speaker's or a place's name recurs across outlets because the news is the same, not because
    the wording is. ``attrs["names_dropped"]`` counts them; the caption says so."""
    # names of two or more syllables only: a single one (*Vinh*, a person's *Hải*) is an ordinary
    # syllable of other words too (*vinh danh*)
    forms = {f for n in names if len(f := tuple(fold(n).replace("_", " ").split())) >= 2}
    longest = max(map(len, forms), default=0)

    def has_name(ngram: str) -> bool:
        g = tuple(ngram.split(" "))
        return any(g[i:i + k] in forms for k in range(1, min(longest, len(g)) + 1)
                   for i in range(len(g) - k + 1))

    drop = shared["ngram"].map(has_name).to_numpy(dtype=bool) if len(shared) else np.zeros(0, bool)
    out = shared[~drop].reset_index(drop=True)
    out.attrs = {**shared.attrs, "names_dropped": int(drop.sum())}
    out.attrs["caption"] = (f"{shared.attrs.get('caption', '')}; bỏ {int(drop.sum()):,} chuỗi chứa tên "
                            f"riêng (người, địa danh, báo) / {int(drop.sum()):,} sequences holding a "
                            "name (person, place, outlet) left out")
    return out
