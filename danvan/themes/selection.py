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
    widen: int = 3,
) -> KChoice:
    """Fit both models for each k and score them; returns a :class:`KChoice`.

    Above ``max_units`` rows the sweep runs on a seeded random subsample of that size (the chosen
    k is then refitted on everything by :func:`danvan.themes.fit_themes`). Silhouette is computed
    on at most ``silhouette_sample`` units, k-means with one start (the final fit uses three);
    NPMI over the units' co-occurrence of each theme's
    ``n_top`` terms (mean over themes). When the best k is the largest tried, the range is
    widened (up to ``widen`` times, by as many k as a third of the range, at least 2, within what
    the data allow) and the notes say so.
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
    rows: list[dict[str, float]] = []
    tried: list[int] = []
    upper = min(matrix.shape[0] - 1, matrix.shape[1])
    first = (ks[0], ks[-1])
    for round_ in range(widen + 1):
        todo = [k for k in ks if k not in tried]
        for k in tqdm(todo, desc="choosing k", disable=not progress):
            rows.append(_score(matrix, k, seed, n_top, silhouette_sample))
        tried = sorted({*tried, *todo})
        table = _table(rows)
        best = int(table.loc[table["score"].idxmax(), "k"])  # idxmax: first (smallest k) on ties
        if best != tried[-1] or tried[-1] >= upper or round_ == widen:
            break
        step = max(2, len(tried) // 3)
        ks = list(range(tried[-1] + 1, min(tried[-1] + step, upper) + 1))
    table["chosen"] = table["k"] == best
    if tried[-1] > first[1]:
        notes.append(f"The best k of the range asked for ({first[0]}-{first[1]}) was its largest, "
                     f"so the range was widened to {tried[0]}-{tried[-1]}; k={best} was chosen.")
    if len(tried) > 2 and best in (tried[0], tried[-1]):
        notes.append(f"The chosen k={best} is at the edge of the range tried ({tried[0]}-{tried[-1]})"
                     + (": the data allow no larger k." if best == upper else
                        ": a wider range may score better." if best == tried[-1] else "."))
    return KChoice(table, best, RULE, notes)


def _score(matrix: sparse.csr_matrix, k: int, seed: int, n_top: int, sample: int) -> dict[str, float]:
    model = fit_models(matrix, k, seed, n_init=1)
    if len(np.unique(model.clusters)) >= 2:
        sil = silhouette_score(matrix, model.clusters, metric="cosine",
                               sample_size=min(sample, matrix.shape[0]), random_state=seed)
    else:
        sil = np.nan
    npmi = np.nanmean(npmi_coherence(matrix, model.top_indices(n_top)))
    return {"k": k, "silhouette": float(sil), "npmi": float(npmi)}


def _table(rows: list[dict[str, float]]) -> pd.DataFrame:
    table = pd.DataFrame(rows).sort_values("k").reset_index(drop=True)
    table["k"] = table["k"].astype(int)
    table["score"] = (_rescale(table["silhouette"].to_numpy())
                      + _rescale(table["npmi"].to_numpy())) / 2
    return table
