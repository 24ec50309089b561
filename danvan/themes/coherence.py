"""Topic coherence: NPMI of a theme's top terms, from co-occurrence in the corpus's own units."""

from __future__ import annotations

import itertools

import numpy as np
from scipy import sparse


def npmi_coherence(matrix: sparse.spmatrix, top_indices: list[list[int]]) -> np.ndarray:
    """Mean NPMI over pairs of each theme's top terms (one value per theme, in [-1, 1]).

    ``matrix``: units × terms (any weights; only presence counts). For terms *i*, *j* occurring
    in D(i), D(j) and D(i, j) of N units, NPMI = log(P(i,j) / (P(i) P(j))) / -log P(i,j), with
    P = D / N; a pair that never co-occurs scores -1 and a pair that always does scores 1
    (Bouma 2009; Röder et al. 2015 use the same measure over sliding windows, here a unit is the
    window).
    """
    presence = sparse.csc_matrix(matrix, copy=False)
    n = presence.shape[0]
    scores = []
    for top in top_indices:
        cols = (presence[:, top] > 0).astype(np.float64)
        co = (cols.T @ cols).toarray()
        df = np.diag(co)
        values = []
        for i, j in itertools.combinations(range(len(top)), 2):
            if co[i, j] == 0:
                values.append(-1.0)
                continue
            p_ij = co[i, j] / n
            if p_ij == 1.0:
                values.append(1.0)
                continue
            pmi = np.log(p_ij / ((df[i] / n) * (df[j] / n)))
            values.append(float(pmi / -np.log(p_ij)))
        scores.append(float(np.mean(values)) if values else np.nan)
    return np.asarray(scores)
