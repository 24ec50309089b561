"""The two models of one TF-IDF matrix: NMF topics and a k-means clustering, seeded and ordered."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import linear_sum_assignment
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import NMF, MiniBatchNMF

MINIBATCH_ABOVE = 20_000  # units; above this the mini-batch variants are used
# Iteration limits high enough that the solvers converge (no ConvergenceWarning) on the shared
# corpora: NMF with coordinate descent needed more than 500 on danvan_news at k = 12.
NMF_MAX_ITER = 5_000
MINIBATCH_NMF_MAX_ITER = 200


@dataclass
class ThemeModel:
    """NMF and k-means fitted on the same matrix, themes ordered by size (theme 0 is largest).

    ``shares``: units × themes, each row summing to 1 (0 where NMF gave the unit no weight);
    ``weights``: the raw NMF unit weights; ``components``: themes × terms; ``themes``: dominant
    theme per unit (-1 for a unit with no weight); ``clusters``: k-means cluster per unit,
    renumbered to match the theme it overlaps most (Hungarian matching).
    """

    k: int
    seed: int
    nmf: NMF | MiniBatchNMF
    kmeans: KMeans | MiniBatchKMeans | None
    weights: np.ndarray
    shares: np.ndarray
    components: np.ndarray
    themes: np.ndarray
    clusters: np.ndarray

    def top_indices(self, n: int = 10) -> list[list[int]]:
        """Column indices of each theme's ``n`` heaviest terms, heaviest first."""
        return [list(np.argsort(-row, kind="stable")[:n]) for row in self.components]


def _use_minibatch(n_units: int, minibatch: bool | None) -> bool:
    return n_units > MINIBATCH_ABOVE if minibatch is None else minibatch


def fit_nmf(
    matrix: sparse.spmatrix, k: int, seed: int, minibatch: bool | None = None
) -> tuple[NMF | MiniBatchNMF, np.ndarray]:
    """NMF (Frobenius loss, NNDSVDa start, coordinate descent up to :data:`NMF_MAX_ITER`
    iterations) with ``random_state=seed``; returns model and W."""
    if _use_minibatch(matrix.shape[0], minibatch):
        model = MiniBatchNMF(
            n_components=k, init="nndsvda", batch_size=2048, max_iter=MINIBATCH_NMF_MAX_ITER,
            random_state=seed
        )
    else:
        model = NMF(n_components=k, init="nndsvda", max_iter=NMF_MAX_ITER, random_state=seed)
    return model, model.fit_transform(matrix)


def fit_kmeans(
    matrix: sparse.spmatrix, k: int, seed: int, minibatch: bool | None = None, n_init: int = 3
) -> tuple[KMeans | MiniBatchKMeans, np.ndarray]:
    """k-means (k-means++ start, ``n_init`` restarts) on the L2-normalised rows, seeded."""
    if _use_minibatch(matrix.shape[0], minibatch):
        model = MiniBatchKMeans(
            n_clusters=k, batch_size=4096, n_init=n_init, random_state=seed
        )
    else:
        model = KMeans(n_clusters=k, n_init=n_init, random_state=seed)
    return model, model.fit_predict(matrix)


def match_labels(reference: np.ndarray, other: np.ndarray, k: int) -> np.ndarray:
    """Renumber ``other`` so each of its groups takes the ``reference`` label it overlaps most."""
    table = np.zeros((k, k), dtype=np.int64)
    ok = (reference >= 0) & (reference < k) & (other >= 0) & (other < k)
    np.add.at(table, (other[ok], reference[ok]), 1)
    rows, cols = linear_sum_assignment(-table)
    mapping = np.arange(k)
    mapping[rows] = cols
    return np.where(other >= 0, mapping[np.clip(other, 0, k - 1)], other)


def fit_models(
    matrix: sparse.spmatrix,
    k: int,
    seed: int = 42,
    minibatch: bool | None = None,
    n_init: int = 3,
    kmeans: bool = True,
) -> ThemeModel:
    """Fit NMF and k-means with ``k`` themes on ``matrix`` and put them in one numbering;
    ``kmeans=False`` fits NMF only (``kmeans`` None, ``clusters`` the NMF themes)."""
    n_units, n_terms = matrix.shape
    if not 2 <= k <= min(n_units - 1, n_terms):
        raise ValueError(
            f"k={k} is outside what the data allow: 2 to {min(n_units - 1, n_terms)} "
            f"({n_units} units, {n_terms} terms)"
        )
    nmf, weights = fit_nmf(matrix, k, seed, minibatch)
    order = np.argsort(-weights.sum(axis=0), kind="stable")
    weights = np.ascontiguousarray(weights[:, order])
    components = nmf.components_[order]
    totals = weights.sum(axis=1, keepdims=True)
    shares = np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
    themes = np.where(totals[:, 0] > 0, weights.argmax(axis=1), -1)
    if not kmeans:
        return ThemeModel(k, seed, nmf, None, weights, shares, components, themes, themes)
    km, clusters = fit_kmeans(matrix, k, seed, minibatch, n_init)
    clusters = match_labels(themes, clusters, k)
    return ThemeModel(k, seed, nmf, km, weights, shares, components, themes, clusters)
