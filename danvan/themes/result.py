"""``fit_themes``: corpus → units → TF-IDF → (k chosen) → NMF + k-means → :class:`ThemeResult`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import joblib
import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.metrics import adjusted_rand_score

from danvan.compare.names import proper_names
from danvan.core.stopwords import load_stopwords, stopword_set
from danvan.corpus.results import cached
from danvan.corpus.tables import document_year
from danvan.themes.features import build_features, make_units, vocabulary
from danvan.themes.models import ThemeModel, fit_models
from danvan.themes.selection import KChoice, select_k

DOC_COLUMNS = ["doc_id", "title", "outlet", "province", "province_2025", "year"]


def document_table(documents: pd.DataFrame | None) -> pd.DataFrame:
    """Document metadata the theme tables need, with ``year`` = published year, else event year."""
    if documents is None:
        return pd.DataFrame(columns=DOC_COLUMNS)
    df = pd.DataFrame({"doc_id": documents["doc_id"].astype(str)})
    for col in ("title", "outlet", "province", "province_2025"):
        df[col] = documents[col] if col in documents else pd.NA
    df["year"] = document_year(documents)
    return df.reset_index(drop=True)


@dataclass
class ThemeResult:
    """Themes found in a corpus.

    ``units``: one row per unit modelled (``unit_id, doc_id, paragraph_id, text, words, n_words,
    theme, cluster, weight``); ``labels``: dominant NMF theme per unit (-1: none); ``shares``:
    units × themes (rows sum to 1); ``model``: the fitted :class:`ThemeModel`; ``features``: the
    TF-IDF matrix and vectorizer; ``choice``: how k was chosen (None when given); ``names``: theme
    id → readable name (edit with :meth:`with_names`); ``documents``: metadata per document.
    """

    k: int
    unit: str
    seed: int
    units: pd.DataFrame
    model: ThemeModel
    features: Any
    documents: pd.DataFrame
    choice: KChoice | None = None
    names: dict[int, str] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def labels(self) -> np.ndarray:
        return self.model.themes

    @property
    def shares(self) -> np.ndarray:
        return self.model.shares

    @property
    def matrix(self) -> sparse.csr_matrix:
        return self.features.matrix

    @property
    def terms(self) -> np.ndarray:
        return self.features.terms

    @property
    def nmf(self) -> Any:
        return self.model.nmf

    @property
    def kmeans(self) -> Any:
        return self.model.kmeans

    @property
    def agreement(self) -> float:
        """Adjusted Rand index between NMF dominant themes and k-means clusters (1 = identical)."""
        return float(adjusted_rand_score(self.model.themes, self.model.clusters))

    def top_terms_list(self, n: int = 10) -> list[list[str]]:
        """Each theme's ``n`` heaviest terms."""
        return [[str(self.terms[i]) for i in idx] for idx in self.model.top_indices(n)]

    @property
    def top_terms(self) -> pd.DataFrame:
        """Long table: theme, name, rank, term, weight (the NMF component value), 10 per theme."""
        rows = []
        for t, idx in enumerate(self.model.top_indices(10)):
            for rank, i in enumerate(idx, 1):
                rows.append({"theme": t, "name": self.names.get(t, str(t)), "rank": rank,
                             "term": str(self.terms[i]),
                             "weight": round(float(self.model.components[t, i]), 4)})
        return pd.DataFrame(rows)

    @property
    def doc_shares(self) -> pd.DataFrame:
        """doc_id × theme: each document's theme shares (NMF weights of its units, summed, to 1)."""
        w = pd.DataFrame(self.model.weights, index=self.units["doc_id"].to_numpy())
        sums = w.groupby(level=0, sort=False).sum()
        totals = sums.sum(axis=1).replace(0, np.nan)
        out = sums.div(totals, axis=0).fillna(0.0)
        out.index.name = "doc_id"
        out.columns.name = "theme"
        return out

    def with_names(self, names: Mapping[int, str] | None) -> ThemeResult:
        """A copy whose themes carry the given names (themes not named keep their default)."""
        merged = {**self.names, **{int(k): str(v) for k, v in (names or {}).items()}}
        return replace(self, names=merged)


def default_names(top_terms: list[list[str]], n: int = 3) -> dict[int, str]:
    """``"0 · a · b · c"``: the theme number and its first ``n`` terms, with spaces for ``_``."""
    return {
        t: " · ".join([str(t), *(w.replace("_", " ") for w in terms[:n])])
        for t, terms in enumerate(top_terms)
    }


def _tables(corpus: Any, documents: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    if isinstance(corpus, pd.DataFrame):
        return corpus, documents
    return corpus.paragraphs, documents if documents is not None else corpus.documents


def fit_themes(
    corpus: Any,
    k: int | None = None,
    unit: str = "paragraph",
    seed: int = 42,
    k_range: Iterable[int] = range(2, 13),
    bigrams: bool = False,
    min_df: int | float | None = None,
    max_df: float = 0.8,
    stopwords: Iterable[str] | None = None,
    extra_stopwords: Iterable[str] = (),
    min_words: int = 5,
    documents: pd.DataFrame | None = None,
    progress: bool = True,
    names: Iterable[str] | None = None,
    keep_names: bool = False,
) -> ThemeResult:
    """Find ``k`` themes (None: chosen by :func:`select_k` over ``k_range``) in a corpus.

    ``corpus``: a :class:`danvan.corpus.load.Corpus` (its ``paragraphs`` and ``documents``) or a
    paragraphs DataFrame (``doc_id``, ``words``; ``documents`` then optional). ``stopwords``:
    None uses ``danvan/data/stopwords_vi.txt``; ``extra_stopwords`` are added to it. Names
    (``names``; default :func:`danvan.compare.names.proper_names` of the corpus: the places of the
    gazetteer, the corpus's ``people`` and its outlets, as the corpus writes them with capitals)
    are left out of the terms unless ``keep_names``: a theme named by *Hà Nội* or a speaker is
    one article's setting, not what the texts talk about. ``params["names_removed"]`` counts the
    ones that occur. The result is kept beside a corpus's tables (:mod:`danvan.corpus.results`):
    another notebook or kernel asking for the same themes of the same tables reads it back.
    """
    args = dict(k=k, unit=unit, seed=seed, k_range=list(k_range), bigrams=bigrams, min_df=min_df,
                max_df=max_df, stopwords=None if stopwords is None else sorted(stopwords),
                extra_stopwords=list(extra_stopwords), min_words=min_words,
                names=None if names is None else sorted(names), keep_names=keep_names)
    if documents is not None or not hasattr(corpus, "folder"):
        return _fit_themes(corpus, documents, progress, **args)
    return cached(corpus, "themes", args, lambda: _fit_themes(corpus, None, progress, **args),
                  entry=__name__, save=lambda result, path: joblib.dump(result, path),
                  load=joblib.load, suffix="joblib", tables=("documents", "paragraphs", "people"))


def _fit_themes(corpus: Any, documents: pd.DataFrame | None, progress: bool, *, k: int | None, unit: str,
                seed: int, k_range: Iterable[int], bigrams: bool, min_df: int | float | None,
                max_df: float, stopwords: Iterable[str] | None, extra_stopwords: Iterable[str],
                min_words: int, names: Iterable[str] | None, keep_names: bool) -> ThemeResult:
    paragraphs, docs = _tables(corpus, documents)
    units = make_units(paragraphs, unit, min_words)
    if units.empty:
        raise ValueError("No unit to model: the corpus has no paragraph with enough words.")
    stop = set(load_stopwords(extra=extra_stopwords) if stopwords is None else stopwords)
    stop |= {w.replace(" ", "_") for w in extra_stopwords}
    left_out = frozenset() if keep_names else stopword_set(
        proper_names(corpus) if names is None else names)
    present = vocabulary(units["words"]) & left_out
    features = build_features(units["words"], stop | present, bigrams, min_df, max_df, folded=True)
    notes = list(features.notes)
    nonempty = features.matrix.getnnz(axis=1) > 0
    if not nonempty.all():
        notes.append(f"{int((~nonempty).sum())} unit(s) had no term left and were set aside.")
        units = units[nonempty].reset_index(drop=True)
        features.matrix = features.matrix[np.flatnonzero(nonempty)]
    choice = None
    if k is None:
        choice = select_k(features.matrix, k_range, seed, progress=progress)
        k = choice.k
        notes += choice.notes
    model = fit_models(features.matrix, int(k), seed)
    units = units.assign(
        theme=model.themes,
        cluster=model.clusters,
        weight=model.weights[np.arange(len(units)), np.maximum(model.themes, 0)],
    )
    params = {"unit": unit, "bigrams": bigrams, "min_df": features.params["min_df"],
              "max_df": features.params["max_df"], "stopwords": sorted(stop),
              "min_words": min_words, "names_removed": len(present), "keep_names": keep_names}
    result = ThemeResult(int(k), unit, seed, units, model, features, document_table(docs),
                         choice, {}, params, notes)
    return replace(result, names=default_names(result.top_terms_list()))
