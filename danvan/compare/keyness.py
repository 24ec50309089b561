"""Keywords of each group (province, level, outlet, year) against the rest of the corpus.

For every word: log-likelihood G² (Rayson & Garside 2000, no Williams' correction) with its
p-value (χ², 1 d.f.) and the Benjamini–Hochberg adjusted p-value over the words tested for the
group, the Log Ratio effect size (Hardie 2014), and a *range* gate: the word must occur in at least
``min_range`` of the group's articles, so that one article cannot make a keyword. The statistics
are those of :mod:`danvan.core.stats`.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.stats import false_discovery_control
from sklearn.feature_extraction.text import CountVectorizer

from danvan.compare.groups import Grouping, group_labels
from danvan.core import stats
from danvan.core.stopwords import stopword_set
from danvan.core.text import fold_word
from danvan.corpus.gazetteer import short_name

__all__ = ["ALPHA", "document_term_matrix", "keyness", "significant", "range_gate_summary"]

ALPHA = 0.05  # a keyword is "significant" when its Benjamini–Hochberg p_adj is below this


def document_term_matrix(
    paragraphs: pd.DataFrame, doc_ids: pd.Index | None = None, column: str = "words"
) -> tuple[sparse.csr_matrix, pd.Index, np.ndarray]:
    """Documents × words counts from the space-separated ``paragraphs[column]``.

    Returns the sparse matrix, its row index (``doc_ids`` if given, else the documents seen) and
    the vocabulary. Words are taken as they are (already normalised, lower-case, ``_``-joined).
    """
    texts = paragraphs.groupby("doc_id", sort=False)[column].agg(
        lambda s: " ".join(s.dropna().astype(str))
    )
    if doc_ids is not None:
        texts = texts.reindex(doc_ids).fillna("")
    vectorizer = CountVectorizer(
        tokenizer=str.split, token_pattern=None, lowercase=False, dtype=np.int64
    )
    matrix = vectorizer.fit_transform(texts.tolist())
    return matrix.tocsr(), pd.Index(texts.index, name="doc_id"), vectorizer.get_feature_names_out()


def keyness(
    paragraphs: pd.DataFrame,
    documents: pd.DataFrame,
    by: Grouping,
    *,
    min_range: int = 2,
    min_articles: int = 5,
    top: int | None = 20,
    positive_only: bool = True,
    stopwords: Iterable[str] = (),
    drop_numbers: bool = True,
    column: str = "words",
) -> pd.DataFrame:
    """Keywords of every group against all other documents of the corpus.

    One row per group × word that passes the range gate (``range ≥ min_range`` articles of the
    group), sorted by G² within the group (``rank`` 1 = strongest); with ``positive_only`` only
    words relatively more frequent in the group (Log Ratio > 0); ``top`` keeps the first rows of
    each group (None: all). Columns: ``freq``/``freq_rest`` (a, b), ``size``/``size_rest``
    (c, d: tokens), ``per_10k``/``per_10k_rest``, ``range``, ``n_articles``, ``g2``, ``p``,
    ``p_adj`` (Benjamini–Hochberg over the words tested for the group), ``log_ratio``, ``low_n``.
    ``stopwords`` (folded by :func:`danvan.core.stopwords.stopword_set`, as themes fold them)
    and, with ``drop_numbers``, tokens holding a digit are not tested, but still count in the
    sizes c and d.
    """
    labels = group_labels(documents, by)
    matrix, doc_index, vocab = document_term_matrix(paragraphs, labels.index, column)
    totals = np.asarray(matrix.sum(axis=0)).ravel().astype(float)
    corpus_size = float(totals.sum())
    present = (matrix > 0).astype(np.int64)
    stop = stopword_set(stopwords)
    testable = np.array([
        fold_word(w) not in stop and not (drop_numbers and any(ch.isdigit() for ch in w))
        for w in vocab
    ], dtype=bool)
    frames = []
    for group in sorted(labels.dropna().unique()):
        mask = (labels == group).fillna(False).to_numpy()
        a = np.asarray(matrix[mask].sum(axis=0)).ravel().astype(float)
        rng = np.asarray(present[mask].sum(axis=0)).ravel()
        c = float(a.sum())
        b, d = totals - a, corpus_size - c
        if c == 0 or d == 0:
            continue
        keep = (a > 0) & (rng >= min_range) & testable
        g2 = stats.log_likelihood(a[keep], b[keep], c, d)
        lr = stats.log_ratio(a[keep], b[keep], c, d)
        p = stats.p_value_from_g2(g2)
        frame = pd.DataFrame({
            by: group, "word": vocab[keep], "freq": a[keep].astype(int),
            "freq_rest": b[keep].astype(int), "size": int(c), "size_rest": int(d),
            "per_10k": a[keep] / c * 10_000, "per_10k_rest": b[keep] / d * 10_000,
            "range": rng[keep].astype(int), "n_articles": int(mask.sum()),
            "g2": g2, "p": p,
            "p_adj": false_discovery_control(p, method="bh") if len(p) else p,
            "log_ratio": lr,
        })
        if positive_only:
            frame = frame[frame["log_ratio"] > 0]
        frame = frame.sort_values(["g2", "log_ratio", "word"], ascending=[False, False, True])
        frame["rank"] = np.arange(1, len(frame) + 1)
        frames.append(frame if top is None else frame.head(top))
    columns = [by, "rank", "word", "freq", "freq_rest", "size", "size_rest", "per_10k",
               "per_10k_rest", "range", "n_articles", "g2", "p", "p_adj", "log_ratio"]
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
    out = out[columns]
    out["low_n"] = out["n_articles"] < min_articles
    out.attrs.update(
        grouping=by,
        measure=stats.FORMULAS["log_likelihood"] + "; effect size " + stats.FORMULAS["log_ratio"],
        correction=("G² without Williams' correction; p from χ² (1 d.f.); p_adj = "
                    "Benjamini–Hochberg over the words tested for each group"),
        range_gate=f"word in at least {min_range} articles of the group", min_range=min_range,
        reference="all other documents of the corpus",
        excluded=f"{len(stop)} stopwords" + (", tokens with digits" if drop_numbers else ""),
        min_articles=min_articles,
    )
    out.attrs["caption"] = (
        f"Keywords by {by} against the rest of the corpus: G² (log-likelihood, no Williams' "
        f"correction), p and Benjamini–Hochberg p_adj, Log Ratio (zero frequencies 0.5); range "
        f"gate ≥ {min_range} articles; low_n = group with fewer than {min_articles} articles."
    )
    return out


def significant(keywords: pd.DataFrame, alpha: float = ALPHA) -> pd.DataFrame:
    """The keywords whose adjusted p-value (``p_adj``, Benjamini–Hochberg) is below ``alpha``."""
    out = keywords[keywords["p_adj"] < alpha]
    out.attrs = dict(keywords.attrs)
    return out


def range_gate_summary(
    paragraphs: pd.DataFrame,
    documents: pd.DataFrame,
    by: Grouping,
    gates: Iterable[int],
    *,
    alpha: float = ALPHA,
    **options: object,
) -> pd.DataFrame:
    """How many groups keep a keyword under each range gate (one row per ``min_range``).

    Columns: ``n_groups`` with at least one keyword passing the gate, ``groups`` (their short
    names), ``n_significant`` groups with a keyword of ``p_adj < alpha``. ``options`` go to
    :func:`keyness` (``stopwords``, ``min_articles``…).
    """
    rows = []
    for gate in gates:
        kw = keyness(paragraphs, documents, by, min_range=int(gate), **options)
        kept = sorted(kw[by].dropna().unique())
        rows.append({"min_range": int(gate), "n_groups": len(kept),
                     "groups": ", ".join(short_name(str(g)) for g in kept),
                     "n_significant": int(significant(kw, alpha)[by].nunique())})
    out = pd.DataFrame(rows).set_index("min_range")
    out.attrs.update(grouping=by, alpha=alpha, caption=(
        f"Groups ({by}) that keep a keyword under each range gate (min_range = articles of the "
        f"group the word must occur in); n_significant: with a keyword of p_adj < {alpha}."))
    return out
