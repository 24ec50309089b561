"""Choosing the number of themes from the data: silhouette and NPMI coherence across a k range."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.metrics import silhouette_score
from tqdm.auto import tqdm

from danvan.themes.coherence import npmi_coherence
from danvan.themes.models import fit_models

RULE = (
    "k with the highest mean of silhouette (k-means, cosine) and NPMI (NMF top terms), each "
    "rescaled to 0-1 over the k tried; ties go to the smaller k"
)


@dataclass
class KChoice:
    """The table of k, silhouette, npmi and score; the chosen ``k``; the ``rule``; ``notes``."""

    table: pd.DataFrame
    k: int
    rule: str = RULE
    notes: list[str] = field(default_factory=list)


def clip_k_range(k_range: Iterable[int], n_units: int, n_terms: int) -> tuple[list[int], list[str]]:
    """Keep the k the data allow (2 ≤ k ≤ min(units - 1, terms)); say what was dropped."""
    wanted = sorted({int(k) for k in k_range})
    upper = min(n_units - 1, n_terms)
    kept = [k for k in wanted if 2 <= k <= upper]
    notes = []
    if len(kept) < len(wanted):
        dropped = [k for k in wanted if k not in kept]
        notes.append(
            f"k {dropped} dropped: with {n_units} units and {n_terms} terms k can range "
            f"from 2 to {upper}."
        )
    if not kept:
        if upper < 2:
            raise ValueError(
                f"Too little data to find themes: {n_units} units, {n_terms} terms "
                "(need at least 3 units and 2 terms)."
            )
        kept = [min(max(wanted[0] if wanted else 2, 2), upper)]
        notes.append(f"No k of the range fits; trying k={kept[0]} only.")
    return kept, notes


def _rescale(values: np.ndarray) -> np.ndarray:
    finite = np.isfinite(values)
    if not finite.any():
        return np.zeros_like(values)
    lo, hi = values[finite].min(), values[finite].max()
    out = np.where(finite, (values - lo) / (hi - lo) if hi > lo else 1.0, 0.0)
    return out


def select_k(
    matrix: sparse.spmatrix,
    k_range: Iterable[int] = range(2, 13),
    seed: int = 42,
    n_top: int = 10,
    max_units: int = 4_000,
    silhouette_sample: int = 3_000,
    progress: bool = True,
) -> KChoice:
    """Fit both models for each k and score them; returns a :class:`KChoice`.

    Above ``max_units`` rows the sweep runs on a seeded random subsample of that size (the chosen
    k is then refitted on everything by :func:`danvan.themes.fit_themes`). Silhouette is computed
    on at most ``silhouette_sample`` units, k-means with one start (the final fit uses three);
    NPMI over the units' co-occurrence of each theme's
    ``n_top`` terms (mean over themes).
    """
    notes: list[str] = []
    rng = np.random.default_rng(seed)
    if matrix.shape[0] > max_units:
        rows = np.sort(rng.choice(matrix.shape[0], size=max_units, replace=False))
        matrix = matrix[rows]
        notes.append(f"k chosen on a random subsample of {max_units:,} units (seed {seed}).")
    matrix = sparse.csr_matrix(matrix)
    keep_cols = np.flatnonzero(matrix.getnnz(axis=0))
    keep_rows = np.flatnonzero(matrix.getnnz(axis=1))
    matrix = matrix[keep_rows][:, keep_cols]
    ks, clip_notes = clip_k_range(k_range, *matrix.shape)
    notes += clip_notes
    rows = []
    for k in tqdm(ks, desc="choosing k", disable=not progress):
        model = fit_models(matrix, k, seed, n_init=1)
        if len(np.unique(model.clusters)) >= 2:
            sil = silhouette_score(
                matrix, model.clusters, metric="cosine",
                sample_size=min(silhouette_sample, matrix.shape[0]), random_state=seed,
            )
        else:
            sil = np.nan
        npmi = np.nanmean(npmi_coherence(matrix, model.top_indices(n_top)))
        rows.append({"k": k, "silhouette": float(sil), "npmi": float(npmi)})
    table = pd.DataFrame(rows)
    table["score"] = (_rescale(table["silhouette"].to_numpy())
                      + _rescale(table["npmi"].to_numpy())) / 2
    best = int(table.loc[table["score"].idxmax(), "k"])  # idxmax: first (smallest k) on ties
    table["chosen"] = table["k"] == best
    if len(ks) > 2 and best in (ks[0], ks[-1]):
        notes.append(f"The chosen k={best} is at the edge of the range tried ({ks[0]}-{ks[-1]}): "
                     "a wider range may score better.")
    return KChoice(table, best, RULE, notes)
