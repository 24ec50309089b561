"""How stable the themes are: refits with other seeds and on resamples, compared to the original."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_rand_score
from tqdm.auto import tqdm

from danvan.core.stopwords import stopword_set
from danvan.themes.features import build_features, count_terms
from danvan.themes.models import fit_models
from danvan.themes.result import ThemeResult


@dataclass
class Stability:
    """``runs``: one row per refit (run, kind, seed, n_units, ari); ``themes``: per original theme,
    over the resample runs (all runs if there are none), the median best-match Jaccard of top
    terms and of members, the share of runs in which it survived, and ``stable`` (survived in
    more than half of them); the ``threshold`` used."""

    runs: pd.DataFrame
    themes: pd.DataFrame
    threshold: float
    n_top: int

    @property
    def median_ari(self) -> float:
        """Median ARI over the resample runs (over all runs when there are none)."""
        resampled = self.runs[self.runs["kind"] != "seed"]
        return float((resampled if len(resampled) else self.runs)["ari"].median())


def jaccard(a: set, b: set) -> float:
    """|a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    return len(a & b) / len(a | b) if a | b else 0.0


def best_match(reference: list[set], other: list[set]) -> np.ndarray:
    """For each reference set, the highest Jaccard with any set of ``other``."""
    return np.array([max((jaccard(r, o) for o in other), default=0.0) for r in reference])


def theme_stability(
    result: ThemeResult,
    n_seeds: int = 5,
    n_resamples: int = 5,
    fraction: float = 0.8,
    bootstrap: bool = False,
    threshold: float = 0.3,
    n_top: int = 10,
    progress: bool = True,
) -> Stability:
    """Refit ``result``'s themes (same k and settings) and compare each refit to it.

    ``seed`` runs: all units, seeds ``result.seed + 1 …``. ``resample`` runs: a seeded random
    ``fraction`` of the units (or a bootstrap sample, duplicates counted once), features rebuilt
    on that sample. Agreement is the adjusted Rand index of theme labels on the units both runs
    share. A theme *survives* a run when the run has a theme whose top ``n_top`` terms overlap
    it with Jaccard ≥ ``threshold`` and one whose members (units both runs share) do too; it is
    *stable* when it survives in more than half the runs.
    """
    units, params, k = result.units, result.params, result.k
    ref_terms = [set(t) for t in result.top_terms_list(n_top)]
    ref_members = [set(np.flatnonzero(result.labels == t)) for t in range(k)]
    plan = [("seed", result.seed + i + 1, None) for i in range(n_seeds)]
    rng = np.random.default_rng(result.seed)
    n = len(units)
    for i in range(n_resamples):
        if bootstrap:
            idx = np.unique(rng.integers(0, n, size=n))
        else:
            idx = np.sort(rng.choice(n, size=max(k + 1, int(round(fraction * n))), replace=False))
        plan.append(("bootstrap" if bootstrap else "subsample", result.seed + 100 + i, idx))

    runs, term_j, member_j = [], [], []
    counted = None  # the counts of every unit, once: a resample takes its rows
    if n_resamples:
        stop = sorted(stopword_set(params["stopwords"]))
        counted = count_terms(units["words"].reset_index(drop=True), stop, params["bigrams"])
    bar = tqdm(plan, desc="stability runs", disable=not progress)
    for run, (kind, seed, idx) in enumerate(bar):
        if idx is None:
            matrix, terms = result.matrix, result.terms
            idx = np.arange(n)
        else:
            feats = build_features(units["words"].iloc[idx], params["stopwords"], params["bigrams"],
                                   params["min_df"], params["max_df"], folded=True,
                                   counted=(counted[0][idx], counted[1]))
            keep = feats.matrix.getnnz(axis=1) > 0
            matrix, terms, idx = feats.matrix[np.flatnonzero(keep)], feats.terms, idx[keep]
        model = fit_models(matrix, k, seed, kmeans=False)  # the refits are compared by NMF theme
        runs.append({"run": run, "kind": kind, "seed": seed, "n_units": len(idx),
                     "ari": adjusted_rand_score(result.labels[idx], model.themes)})
        tops = [{str(terms[j]) for j in top} for top in model.top_indices(n_top)]
        term_j.append(best_match(ref_terms, tops))
        members = [set(idx[model.themes == t]) for t in range(k)]
        shared = set(idx)
        member_j.append(best_match([m & shared for m in ref_members], members))
    # themes are judged on the resample runs when there are any: NNDSVD starts make NMF nearly
    # independent of the seed, so seed runs tend to repeat the original and would flatter it
    judged = np.array([kind != "seed" for kind, _, _ in plan]) if n_resamples else slice(None)
    term_j, member_j = np.array(term_j)[judged], np.array(member_j)[judged]
    survived = ((term_j >= threshold) & (member_j >= threshold)).mean(axis=0)
    themes = pd.DataFrame({
        "theme": range(k),
        "name": [result.names.get(t, str(t)) for t in range(k)],
        "terms_jaccard": np.median(term_j, axis=0).round(3),
        "members_jaccard": np.median(member_j, axis=0).round(3),
        "survival": survived.round(3),
        "stable": survived > 0.5,
    })
    return Stability(pd.DataFrame(runs), themes, threshold, n_top)


def stability_summary(stabilities: Mapping[str, Stability]) -> pd.DataFrame:
    """One row per labelled fit: k, median ARI of the seed refits and of the resample refits
    (and the lowest), and how many of its themes are stable (``n_stable``, ``stable_share``)."""
    rows = []
    for label, s in stabilities.items():
        seed = s.runs.loc[s.runs["kind"] == "seed", "ari"]
        resampled = s.runs.loc[s.runs["kind"] != "seed", "ari"]
        k = len(s.themes)
        n_stable = int(s.themes["stable"].sum())
        rows.append({"fit": label, "k": k,
                     "seed_ari": float(seed.median()) if len(seed) else np.nan,
                     "resample_ari": float(resampled.median()) if len(resampled) else np.nan,
                     "lowest_ari": float(resampled.min()) if len(resampled) else np.nan,
                     "n_stable": n_stable, "stable_share": n_stable / k if k else np.nan})
    return pd.DataFrame(rows).set_index("fit")
