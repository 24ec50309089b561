"""Themes of two fits side by side: theme numbers mean nothing across fits, so themes are paired
by the units they share (Hungarian matching when both fits have the same k) before comparing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment

from danvan.core.text import fold_word
from danvan.themes.result import ThemeResult
from danvan.themes.stability import jaccard


def shared_units(reference: ThemeResult, other: ThemeResult) -> np.ndarray:
    """Units of both fits (same ``unit_id``) per reference theme (rows) × other theme (columns)."""
    ref = reference.units[["unit_id", "theme"]]
    oth = other.units[["unit_id", "theme"]]
    both = ref.merge(oth, on="unit_id", suffixes=("_ref", "_other"))
    both = both[(both["theme_ref"] >= 0) & (both["theme_other"] >= 0)]
    table = np.zeros((reference.k, other.k), dtype=np.int64)
    np.add.at(table, (both["theme_ref"].to_numpy(), both["theme_other"].to_numpy()), 1)
    return table


def term_overlap(reference: ThemeResult, other: ThemeResult, n_top: int = 10) -> np.ndarray:
    """Jaccard of the top ``n_top`` terms, reference theme (rows) × other theme (columns)."""
    ref = [set(t) for t in reference.top_terms_list(n_top)]
    oth = [set(t) for t in other.top_terms_list(n_top)]
    return np.array([[jaccard(a, b) for b in oth] for a in ref])


def match_themes(
    reference: ThemeResult, other: ThemeResult, n_top: int = 10, n_show: int = 6
) -> pd.DataFrame:
    """Pair each theme of ``reference`` with a theme of ``other``.

    Themes are compared by the units both fits share (same ``unit_id``), or by their top
    ``n_top`` terms when they share none (e.g. paragraphs against articles). Same k: one-to-one,
    the pairing that maximises the overlap (Hungarian matching). Different k: each reference
    theme goes to the ``other`` theme holding most of its units, so several reference themes on
    one ``other`` theme have merged (``merged_with`` lists the others; rows are then ordered by
    ``matched``).

    Columns: ``theme, name, matched, matched_name, shared_units`` (units of the theme found in
    the matched theme), ``members_jaccard`` (over the shared units), ``terms_jaccard``, ``terms``
    and ``matched_terms`` (first ``n_show`` top terms), ``merged_with``.
    """
    counts = shared_units(reference, other)
    terms = term_overlap(reference, other, n_top)
    by_units = counts.sum() > 0
    score = counts.astype(float) + terms * 1e-3 if by_units else terms  # terms break unit ties
    if reference.k == other.k:
        rows, cols = linear_sum_assignment(-score)
        matched = np.empty(reference.k, dtype=int)
        matched[rows] = cols
        method = "one-to-one (Hungarian matching)"
    else:
        matched = score.argmax(axis=1)
        method = "each theme to the one holding most of its units"
    ref_sizes, other_sizes = counts.sum(axis=1), counts.sum(axis=0)
    ref_top, other_top = reference.top_terms_list(n_show), other.top_terms_list(n_show)
    out = []
    for t, m in enumerate(matched):
        inter = int(counts[t, m])
        union = int(ref_sizes[t] + other_sizes[m] - inter)
        merged = [str(r) for r in np.flatnonzero(matched == m) if r != t]
        out.append({
            "theme": t, "name": reference.names.get(t, str(t)),
            "matched": int(m), "matched_name": other.names.get(int(m), str(m)),
            "shared_units": inter,
            "members_jaccard": round(inter / union, 3) if union else np.nan,
            "terms_jaccard": round(float(terms[t, m]), 3),
            "terms": ", ".join(ref_top[t]), "matched_terms": ", ".join(other_top[m]),
            "merged_with": ", ".join(merged),
        })
    table = pd.DataFrame(out)
    if reference.k != other.k:  # themes that merged next to each other
        table = table.sort_values(["matched", "theme"], kind="stable").reset_index(drop=True)
    table.attrs.update(method=method, compared="shared units" if by_units else f"top {n_top} terms")
    return table


def term_presence(
    results: Mapping[str, ThemeResult], words: Iterable[str], n_top: int = 10
) -> pd.DataFrame:
    """For each word and each labelled fit: is it in the vocabulary, and among the top ``n_top``
    terms of which themes (``"3, 6"``; ``"—"`` for none). Words are compared folded."""
    words = list(words)
    folded = [fold_word(w).replace(" ", "_") for w in words]
    data: dict[str, list[str]] = {}
    for label, r in results.items():
        vocab = set(map(str, r.terms))
        tops = [set(t) for t in r.top_terms_list(n_top)]
        data[f"{label} · từ vựng / vocabulary"] = ["có / yes" if w in vocab else "không / no"
                                                    for w in folded]
        data[f"{label} · chủ đề / themes (top {n_top})"] = [
            ", ".join(str(t) for t, top in enumerate(tops) if w in top) or "—" for w in folded
        ]
    return pd.DataFrame(data, index=pd.Index(words, name="word"))
