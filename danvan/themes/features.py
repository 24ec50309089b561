"""Units and features: paragraphs or documents → TF-IDF over segmented words, minus stopwords."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
import pyarrow.compute as pc
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer

from danvan.core.stopwords import load_stopwords, stopword_set
from danvan.core.text import fold_word
from danvan.corpus.tables import split_words

UNITS = ("paragraph", "document")
# NFC spellings that danvan.core.text.normalize may rewrite (old tone placement: hoà, uỷ)
_SUSPECT = re.compile(
    "[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]|[\u200b-\u200d\u2060\ufeff\u00ad]"
)


_WORD = re.compile(r"[\w.\-]+")


def fold_series(values: pd.Series) -> pd.Series:
    """:func:`danvan.core.text.fold` for a column, fast: NFC and casefold vectorised, and the full
    fold only for the rows that contain zero-width characters or an old tone placement."""
    out = values.fillna("").astype(str).str.normalize("NFC").str.casefold()
    suspect = out.str.contains(_SUSPECT)
    out[suspect] = out[suspect].map(fold_word)
    return out


def tokenize_words(text: str) -> list[str]:
    """Split a ``words`` string on spaces; keep tokens with a letter (no bare numbers) made only
    of letters, digits, ``_``, ``-`` and ``.`` (no markup such as ``<_strong`` or URLs)."""
    return [w for w in text.split() if _WORD.fullmatch(w) and any(ch.isalpha() for ch in w)]


def auto_min_df(n_units: int) -> int:
    """Minimum number of units a term must occur in, scaled to corpus size.

    1 below 10 units, then 2, then one unit in 2,000 (5 at 10,000 units, 50 at 100,000).
    """
    if n_units < 10:
        return 1
    return max(2, math.ceil(n_units / 2000))


def make_units(
    paragraphs: pd.DataFrame, unit: str = "paragraph", min_words: int = 5
) -> pd.DataFrame:
    """The units to model, one row each: ``unit_id, doc_id, paragraph_id, text, words, n_words``.

    ``paragraph``: each row of ``corpus.paragraphs`` with at least ``min_words`` word tokens.
    ``document``: the paragraphs' ``words`` joined per ``doc_id`` (``paragraph_id`` is -1).
    ``words`` is folded here (NFC, one tone-mark convention, case-folded) so hand-made tables and
    ingest output compare alike.
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, not {unit!r}")
    missing = {"doc_id", "words"} - set(paragraphs.columns)
    if missing:
        raise ValueError(f"paragraphs table lacks column(s) {sorted(missing)}")
    df = paragraphs.copy()
    if "paragraph_id" not in df:
        df["paragraph_id"] = df.groupby("doc_id").cumcount()
    if "text" not in df:
        df["text"] = df["words"].str.replace("_", " ")
    df["words"] = fold_series(df["words"])
    if unit == "document":
        df = df.groupby("doc_id", sort=False).agg(
            words=("words", " ".join), text=("text", lambda s: "\n\n".join(map(str, s)))
        )
        df = df.reset_index().assign(paragraph_id=-1)
    df["n_words"] = df["words"].str.count(r"\S+")
    df = df[df["n_words"] >= (min_words if unit == "paragraph" else 1)]
    df = df.reset_index(drop=True)
    df["doc_id"] = df["doc_id"].astype(str)
    df["paragraph_id"] = df["paragraph_id"].astype("int64")
    df["unit_id"] = np.where(
        df["paragraph_id"] >= 0, df["doc_id"] + "#" + df["paragraph_id"].astype(str), df["doc_id"]
    )
    return df[["unit_id", "doc_id", "paragraph_id", "text", "words", "n_words"]]


@dataclass
class Features:
    """A TF-IDF matrix (units × terms, rows L2-normalised) and how it was made."""

    matrix: sparse.csr_matrix
    terms: np.ndarray
    vectorizer: TfidfTransformer  # the idf weights the matrix was made with
    params: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def vocabulary(words: pd.Series | list[str]) -> set[str]:
    """The distinct space-separated words of ``words`` (as ``str.split`` splits them), in columns."""
    found = pc.unique(split_words(words)[0]).to_pylist()
    return {w for w in found if w}


def count_terms(words: pd.Series | list[str], stopwords: Iterable[str] = (), bigrams: bool = False,
                ) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Units × terms counts (float32) and the terms (sorted), in columns: the words are split and
    dictionary-encoded with Arrow, and only the distinct words pass through Python
    (:func:`tokenize_words`'s rule, the stopwords). Bigrams join consecutive words left after the
    stopwords, as scikit-learn's ``CountVectorizer`` forms them; the result equals its
    ``fit_transform`` with ``tokenizer=tokenize_words``."""
    flat, lengths = split_words(words)
    flat = flat.dictionary_encode()
    vocab = flat.dictionary.to_pylist()
    stop = frozenset(stopwords)
    valid = np.fromiter(map(_term_like, vocab), bool, len(vocab))
    if stop:
        valid &= np.fromiter((w not in stop for w in vocab), bool, len(vocab))
    ids = flat.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    unit = np.repeat(np.arange(len(lengths)), lengths)
    keep = valid[ids] if len(ids) else np.zeros(0, bool)
    ids, unit = ids[keep], unit[keep]
    names = np.asarray(vocab, dtype=object)
    if bigrams and len(ids) > 1:
        same = unit[1:] == unit[:-1]  # consecutive kept words of one unit
        pair = ids[:-1][same] * len(vocab) + ids[1:][same]
        pairs, pair_id = np.unique(pair, return_inverse=True)
        first, second = (pairs // len(vocab)).tolist(), (pairs % len(vocab)).tolist()
        pair_names = np.array([f"{names[a]} {names[b]}" for a, b in zip(first, second, strict=True)],
                              dtype=object)
        ids = np.concatenate([ids, len(vocab) + pair_id])
        unit = np.concatenate([unit, unit[:-1][same]])
        names = np.concatenate([names, pair_names])
    used = np.flatnonzero(np.bincount(ids, minlength=len(names)))  # the ids in use, ascending
    if not len(used):
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    used_names = names[used].tolist()
    order = sorted(range(len(used)), key=used_names.__getitem__)  # sorted terms, as sklearn
    column = np.empty(len(names), dtype=np.int64)
    column[used[order]] = np.arange(len(used))
    counts = sparse.csr_matrix((np.ones(len(ids), np.float32), (unit, column[ids])),
                               shape=(len(lengths), len(used)), dtype=np.float32)
    counts.sum_duplicates()
    return counts, np.asarray([used_names[i] for i in order], dtype=object)


@lru_cache(maxsize=1 << 20)
def _term_like(word: str) -> bool:
    """:func:`tokenize_words`'s rule for one word (remembered: refits see the same words)."""
    return bool(_WORD.fullmatch(word)) and any(ch.isalpha() for ch in word)


def prune_terms(counts: sparse.csr_matrix, terms: np.ndarray, min_df: int | float, max_df: int | float,
                max_features: int | None) -> tuple[sparse.csr_matrix, np.ndarray]:
    """The terms in at least ``min_df`` and at most ``max_df`` units (a float: a share of them),
    then the ``max_features`` most frequent: scikit-learn's ``CountVectorizer`` rule."""
    n = counts.shape[0]
    high = max_df if isinstance(max_df, int) else max_df * n
    low = min_df if isinstance(min_df, int) else min_df * n
    if high < low:
        raise ValueError("max_df corresponds to < documents than min_df")
    dfs = np.bincount(counts.indices, minlength=counts.shape[1])
    mask = (dfs <= high) & (dfs >= low)
    if max_features is not None and mask.sum() > max_features:
        tfs = np.asarray(counts.sum(axis=0)).ravel()
        best = (-tfs[mask]).argsort()[:max_features]
        new = np.zeros(len(dfs), dtype=bool)
        new[np.where(mask)[0][best]] = True
        mask = new
    kept = np.where(mask)[0]
    if not len(kept):
        raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
    return counts[:, kept], terms[kept]


def build_features(
    words: pd.Series | list[str],
    stopwords: Iterable[str] | None = None,
    bigrams: bool = False,
    min_df: int | float | None = None,
    max_df: float = 0.8,
    max_features: int | None = 50_000,
    folded: bool = False,
    counted: tuple[sparse.csr_matrix, np.ndarray] | None = None,
) -> Features:
    """TF-IDF (sublinear tf, smooth idf, L2 rows) over space-separated segmented words, built in
    columns (:func:`count_terms`, :func:`prune_terms`, scikit-learn's ``TfidfTransformer``).

    Stopwords are removed before bigrams are formed. ``min_df=None`` uses :func:`auto_min_df`.
    If pruning leaves no term (a very small corpus), retries with ``min_df=1, max_df=1.0`` and
    says so in ``notes``. ``folded=True`` says the words are folded already (the ``words`` of
    :func:`make_units`), which saves folding them again. ``counted``: these words'
    :func:`count_terms` with these stopwords and ``bigrams``, or rows of a larger one (terms that
    none of them uses are pruned), e.g. a resample's rows of the whole corpus's counts.
    """
    if folded and isinstance(words, pd.Series):
        words = words.reset_index(drop=True)
    else:  # one folding rule
        words = fold_series(pd.Series(list(words), dtype=object))
    stop = sorted(load_stopwords() if stopwords is None else stopword_set(stopwords))
    notes: list[str] = []
    chosen_min_df = auto_min_df(len(words)) if min_df is None else min_df
    counts, terms = count_terms(words, stop, bigrams) if counted is None else _used_terms(*counted)
    try:
        pruned, kept = prune_terms(counts, terms, chosen_min_df, max_df, max_features)
    except ValueError:
        notes.append(
            f"No term met min_df={chosen_min_df}, max_df={max_df} in {len(words)} units; "
            "used min_df=1, max_df=1.0 instead."
        )
        chosen_min_df, max_df = 1, 1.0
        pruned, kept = prune_terms(counts, terms, 1, 1.0, max_features)
    tfidf = TfidfTransformer(norm="l2", use_idf=True, smooth_idf=True, sublinear_tf=True)
    matrix = tfidf.fit_transform(pruned)
    params = {"bigrams": bigrams, "min_df": chosen_min_df, "max_df": max_df,
              "max_features": max_features, "n_stopwords": len(stop)}
    return Features(sparse.csr_matrix(matrix), kept.astype(object), tfidf, params, notes)


def _used_terms(counts: sparse.csr_matrix, terms: np.ndarray) -> tuple[sparse.csr_matrix, np.ndarray]:
    """The columns some row uses (:func:`count_terms` of just these rows)."""
    used = np.flatnonzero(counts.getnnz(axis=0))
    if not len(used):
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    return sparse.csr_matrix(counts[:, used]), terms[used]


def unit_preview(units: pd.DataFrame, n: int = 5, max_chars: int = 160) -> pd.DataFrame:
    """The first ``n`` units (``unit_id, n_words, words``), their words cut to ``max_chars``."""
    out = units[["unit_id", "n_words", "words"]].head(n).copy()
    out["words"] = out["words"].str.slice(0, max_chars)
    return out


def top_unit_terms(features: Features, row: int = 0, n: int = 8) -> pd.DataFrame:
    """The ``n`` terms with the highest TF-IDF in unit ``row`` (``term, tf_idf``), highest first."""
    values = features.matrix[row].toarray().ravel()
    best = np.argsort(-values, kind="stable")[:n]
    best = best[values[best] > 0]
    return pd.DataFrame({"term": features.terms[best], "tf_idf": values[best].astype(float).round(3)})


def feature_summary(features: Features, stopwords_file: str | None = None) -> pd.DataFrame:
    """What the TF-IDF matrix is made of, one setting per row (bilingual labels, ``value``)."""
    n_units, n_terms = features.matrix.shape
    p = features.params
    stop = f"{p['n_stopwords']:,}" + (f" ({stopwords_file})" if stopwords_file else "")
    rows = {
        "Từ dừng / stopwords": stop,
        "Đơn vị / units": f"{n_units:,}",
        "Từ (cột) / terms (columns)": f"{n_terms:,}",
        "Cụm hai từ / bigrams": "có / yes" if p["bigrams"] else "không / no",
        "min_df (số đơn vị tối thiểu / fewest units)": str(p["min_df"]),
        "max_df (tỉ lệ đơn vị tối đa / largest share of units)": str(p["max_df"]),
    }
    for i, note in enumerate(features.notes, 1):
        rows[f"Lưu ý / note {i}"] = note
    out = pd.DataFrame({"value": list(rows.values())}, index=pd.Index(list(rows), name="setting"))
    return out
