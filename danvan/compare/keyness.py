"""Keywords of each group (province, level, outlet, year) against the rest of the corpus.

For every word: log-likelihood G² (Rayson & Garside 2000, no Williams' correction) with its
p-value (χ², 1 d.f.) and the Benjamini–Hochberg adjusted p-value over the words tested for the
group, the Log Ratio effect size (Hardie 2014), and a *range* gate: the word must occur in at least
``min_range`` distinct stories of the group (articles with the same ``content_hash`` or marked as
near-duplicates by the ingest count once: :func:`story_ids`) and in ``min_outlets`` distinct
outlets (an aggregator is a source, not an outlet: :func:`danvan.compare.groups.outlet_labels`), so
that one story cannot make a keyword. By default the group's own names (places, people, outlets:
:mod:`danvan.compare.names`) are not tested; ``keep_names=True`` keeps them. The statistics are
those of :mod:`danvan.core.stats`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from scipy import sparse
from scipy.stats import false_discovery_control

from danvan.compare.groups import Grouping, group_labels, outlet_labels
from danvan.compare.names import name_forms
from danvan.core import stats
from danvan.core.stopwords import stopword_set
from danvan.core.text import fold_word
from danvan.corpus.gazetteer import short_name
from danvan.corpus.ingest.place_names import COMMUNE_KINDS, PROVINCE_DISTRICT_KINDS
from danvan.corpus.tables import split_words, story_of

__all__ = ["ALPHA", "document_term_matrix", "keyness", "significant", "range_gate_summary", "story_ids"]

ALPHA = 0.05  # a keyword is "significant" when its Benjamini–Hochberg p_adj is below this


_fold_word = lru_cache(maxsize=1 << 20)(fold_word)  # a vocabulary is folded again by each call


def document_term_matrix(
    paragraphs: pd.DataFrame, doc_ids: pd.Index | None = None, column: str = "words"
) -> tuple[sparse.csr_matrix, pd.Index, np.ndarray]:
    """Documents × words counts from the space-separated ``paragraphs[column]``, built in columns:
    the words are split and dictionary-encoded with Arrow (no Python string per token), then
    counted into a sparse matrix.

    Returns the sparse matrix, its row index (``doc_ids`` if given, else the documents in order of
    their first paragraph) and the vocabulary (sorted). Words are folded by
    :func:`danvan.core.text.fold_word` (``hoà_giải`` and ``hòa_giải`` are one column), the rule of
    stopwords and themes.
    """
    ids = paragraphs["doc_id"].astype(str)
    index = pd.Index(doc_ids if doc_ids is not None else pd.unique(ids), name="doc_id")
    row_of = index.get_indexer(ids)
    flat, lengths = split_words(paragraphs[column])
    rows = np.repeat(row_of, lengths)
    keep = (rows >= 0) & (pc.utf8_length(flat).to_numpy(zero_copy_only=False) > 0)
    enc = flat.filter(pa.array(keep)).dictionary_encode()
    words = np.asarray(enc.dictionary.to_pylist(), dtype=object)
    order = np.argsort(words.astype(str), kind="stable")  # sorted vocabulary, as CountVectorizer's
    column_of = np.empty(len(words), np.int64)
    column_of[order] = np.arange(len(words))
    codes = column_of[enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)]
    matrix = sparse.csr_matrix((np.ones(len(codes), np.int64), (rows[keep], codes)),
                               shape=(len(index), len(words)), dtype=np.int64)
    matrix.sum_duplicates()
    vocab = words[order].astype(str)
    folded = np.array([_fold_word(w) for w in vocab], dtype=object)
    if (folded != vocab).any():  # hoà_giải and hòa_giải are one word: merge their columns
        merged, codes = np.unique(folded, return_inverse=True)
        fold_map = sparse.csr_matrix((np.ones(len(vocab), dtype=np.int64), (np.arange(len(vocab)), codes)),
                                     shape=(len(vocab), len(merged)))
        matrix, vocab = (matrix @ fold_map).tocsr(), merged.astype(str)
    return matrix, index, vocab


def story_ids(documents: pd.DataFrame, ingest_report: pd.DataFrame | None = None) -> pd.Series:
    """One story id per document (indexed by ``doc_id``): documents with the same
    ``content_hash``, marked by the ingest as copies of one syndicated story (``story``,
    :func:`danvan.corpus.tables.story_of`), or linked by the ingest report's ``duplicate_of``,
    share the id of the first of them."""
    ids = pd.Index(documents["doc_id"].astype(str), name="doc_id")
    parent = {d: d for d in ids}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    def join(a: str, b: str) -> None:
        if a in parent and b in parent:
            ra, rb = sorted((root(a), root(b)))
            parent[rb] = ra
    if "content_hash" in documents:
        first: dict[str, str] = {}
        for d, h in zip(ids, documents["content_hash"], strict=True):
            if isinstance(h, str) and h:
                join(first.setdefault(h, d), d)
    for d, s in zip(ids, story_of(documents), strict=True):
        join(d, s)
    if ingest_report is not None and {"doc_id", "duplicate_of"} <= set(ingest_report.columns):
        pairs = ingest_report.dropna(subset=["doc_id", "duplicate_of"])
        for a, b in zip(pairs["doc_id"].astype(str), pairs["duplicate_of"].astype(str), strict=True):
            join(a, b)
    return pd.Series([root(d) for d in ids], index=ids, name="story")


def _distinct(present: sparse.csr_matrix, keys: pd.Series) -> np.ndarray:
    """Per word, the number of distinct ``keys`` (one per row of ``present``) among its rows."""
    codes, uniques = pd.factorize(keys.to_numpy())
    if len(uniques) == 0:
        return np.zeros(present.shape[1], dtype=np.int64)
    rows = np.flatnonzero(codes >= 0)
    member = sparse.csr_matrix((np.ones(len(rows)), (codes[rows], rows)),
                               shape=(len(uniques), present.shape[0]))
    return np.asarray(((member @ present) > 0).sum(axis=0)).ravel().astype(np.int64)


#: The words of administrative units (*tỉnh*, *thành phố*, *quận*, *xã* …) and the capital's title (*thủ
#: đô*): a group of provinces or levels is told by them as by its names (a city's articles call it *thành
#: phố*, TP HCM's districts are *quận*, Hà Nội's articles say *Thủ đô*, a commune's say *xã*), so they are
#: left out with the names unless ``keep_names``.
UNIT_WORDS = frozenset(fold_word(w.replace(" ", "_")) for w in (
    *PROVINCE_DISTRICT_KINDS, *COMMUNE_KINDS, "thôn", "ấp", "khu phố", "tổ dân phố", "thủ đô"))


def keyness(
    paragraphs: pd.DataFrame,
    documents: pd.DataFrame,
    by: Grouping,
    *,
    min_range: int = 2,
    min_outlets: int = 1,
    min_articles: int = 5,
    top: int | None = 20,
    positive_only: bool = True,
    stopwords: Iterable[str] = (),
    drop_numbers: bool = True,
    column: str = "words",
    names: Iterable[str] | None = None,
    keep_names: bool = False,
    stories: pd.Series | None = None,
) -> pd.DataFrame:
    """Keywords of every group against all other documents of the corpus.

    One row per group × word that passes the range gate (``range ≥ min_range`` distinct stories
    and ``n_outlets ≥ min_outlets`` distinct outlets of the group), sorted by G² within the group
    (``rank`` 1 = strongest); with ``positive_only`` only
    words relatively more frequent in the group (Log Ratio > 0); ``top`` keeps the first rows of
    each group (None: all). Columns: ``freq``/``freq_rest`` (a, b), ``size``/``size_rest``
    (c, d: tokens), ``per_10k``/``per_10k_rest``, ``range``, ``n_articles``, ``g2``, ``p``,
    ``p_adj`` (Benjamini–Hochberg over the words tested for the group), ``log_ratio``, ``low_n``.
    ``stopwords`` (folded by :func:`danvan.core.stopwords.stopword_set`, as themes fold them)
    and, with ``drop_numbers``, tokens holding a digit are not tested, but still count in the
    sizes c and d. Names (``names``, folded; default :func:`danvan.compare.names.name_forms` of
    ``documents``, or pass :func:`~danvan.compare.names.proper_names` of the corpus) are not
    tested either unless ``keep_names``; ``attrs["names_removed"]`` lists those of the
    vocabulary, ``attrs["units_removed"]`` the words of administrative units (:data:`UNIT_WORDS`) left
    out with them. ``stories`` maps doc_id to a story (default :func:`story_ids` of ``documents``).
    Articles of an aggregator whose original outlet is unknown count as one outlet.
    """
    labels = group_labels(documents, by)
    matrix, doc_index, vocab = document_term_matrix(paragraphs, labels.index, column)
    totals = np.asarray(matrix.sum(axis=0)).ravel().astype(float)
    corpus_size = float(totals.sum())
    present = (matrix > 0).astype(np.int64)
    stop = stopword_set(stopwords)
    name_set = frozenset() if keep_names else frozenset(
        fold_word(n) for n in (name_forms(documents) if names is None else names))
    folded = list(vocab)  # the matrix's vocabulary is folded already
    is_name = np.array([f in name_set for f in folded], dtype=bool)
    unit_set = frozenset() if keep_names else UNIT_WORDS - name_set
    is_unit = np.array([f in unit_set for f in folded], dtype=bool)
    testable = np.array([
        f not in stop and not (drop_numbers and any(ch.isdigit() for ch in f)) for f in folded
    ], dtype=bool) & ~is_name & ~is_unit
    story = (stories if stories is not None else story_ids(documents)).reindex(doc_index)
    story = story.fillna(pd.Series(doc_index, index=doc_index))
    outlet = outlet_labels(documents).reindex(doc_index).fillna("(unknown origin)")
    frames = []
    for group in sorted(labels.dropna().unique()):
        mask = (labels == group).fillna(False).to_numpy()
        a = np.asarray(matrix[mask].sum(axis=0)).ravel().astype(float)
        rng = _distinct(present[mask], story[mask])
        n_outlets = _distinct(present[mask], outlet[mask])
        c = float(a.sum())
        b, d = totals - a, corpus_size - c
        if c == 0 or d == 0:
            continue
        keep = (a > 0) & (rng >= min_range) & (n_outlets >= min_outlets) & testable
        g2 = stats.log_likelihood(a[keep], b[keep], c, d)
        lr = stats.log_ratio(a[keep], b[keep], c, d)
        p = stats.p_value_from_g2(g2)
        frame = pd.DataFrame({
            by: group, "word": vocab[keep], "freq": a[keep].astype(int),
            "freq_rest": b[keep].astype(int), "size": int(c), "size_rest": int(d),
            "per_10k": a[keep] / c * 10_000, "per_10k_rest": b[keep] / d * 10_000,
            "range": rng[keep].astype(int), "n_outlets": n_outlets[keep].astype(int),
            "n_articles": int(mask.sum()),
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
               "per_10k_rest", "range", "n_outlets", "n_articles", "g2", "p", "p_adj", "log_ratio"]
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
    out = out[columns]
    out["low_n"] = out["n_articles"] < min_articles
    out.attrs.update(
        grouping=by,
        measure=stats.FORMULAS["log_likelihood"] + "; effect size " + stats.FORMULAS["log_ratio"],
        correction=("G² without Williams' correction; p from χ² (1 d.f.); p_adj = "
                    "Benjamini–Hochberg over the words tested for each group"),
        range_gate=(f"word in at least {min_range} distinct stories and {min_outlets} distinct "
                    "outlets of the group"), min_range=min_range, min_outlets=min_outlets,
        reference="all other documents of the corpus",
        excluded=f"{len(stop)} stopwords" + (", tokens with digits" if drop_numbers else "")
        + ("" if keep_names else f", {int(is_name.sum())} names, {int(is_unit.sum())} unit words"),
        min_articles=min_articles, keep_names=keep_names,
        names_removed=[vocab[i] for i in
                       sorted(np.flatnonzero(is_name), key=lambda i: (-totals[i], vocab[i]))],
        units_removed=[vocab[i] for i in
                       sorted(np.flatnonzero(is_unit), key=lambda i: (-totals[i], vocab[i]))],
    )
    out.attrs["caption"] = (
        f"Keywords by {by} against the rest of the corpus: G² (log-likelihood, no Williams' "
        f"correction), p and Benjamini–Hochberg p_adj, Log Ratio (zero frequencies 0.5); range "
        f"gate ≥ {min_range} distinct stories and ≥ {min_outlets} outlets; low_n = group with "
        f"fewer than {min_articles} articles." + _names_caption(out.attrs["names_removed"], keep_names)
        + _units_caption(out.attrs["units_removed"])
    )
    return out


def _units_caption(removed: list[str]) -> str:
    if not removed:
        return ""
    return f" Unit words left out ({len(removed)}): {', '.join(w.replace('_', ' ') for w in removed)}."


def _names_caption(removed: list[str], keep_names: bool, shown: int = 12) -> str:
    if keep_names or not removed:
        return ""
    head = ", ".join(w.replace("_", " ") for w in removed[:shown])
    more = f" and {len(removed) - shown} more" if len(removed) > shown else ""
    return f" Names left out ({len(removed)}: places, people, outlets): {head}{more}."


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
