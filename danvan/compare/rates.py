"""Compare groups of articles (provinces, 2025 units, levels, outlets, years) fairly.

Raw counts mislead when one group has three long articles and another one short one, so every
figure here is normalised (rate per 10,000 words: ``Σ count / Σ words × 10,000`` over the group's
articles; or the mean share of a theme over the group's articles) and comes with a percentile
bootstrap interval from resampling the group's *articles* with replacement (fixed seed). Groups
with fewer articles than ``min_articles`` are flagged ``low_n``; units of the gazetteer with no
article at all are listed with missing values (NA), never with zeros.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from danvan.compare.groups import PER_WORDS, Grouping, group_labels, word_counts


def bootstrap_ratio(
    numerators: np.ndarray,
    denominators: np.ndarray,
    *,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int = 42,
    scale: float = 1.0,
    chunk: int = 250,
) -> tuple[np.ndarray, np.ndarray]:
    """Percentile bootstrap interval of ``Σ numerators / Σ denominators × scale`` over articles.

    ``numerators`` is ``(n_articles,)`` or ``(n_articles, n_items)``; ``denominators`` is
    ``(n_articles,)``. Each resample draws ``n_articles`` articles with replacement (generator
    ``numpy.random.default_rng(seed)``) and recomputes the ratio; the bounds are the
    ``(1 − ci)/2`` and ``(1 + ci)/2`` quantiles. Returns ``(low, high)`` arrays of ``n_items``.
    """
    num = np.asarray(numerators, dtype=float)
    num = num[:, None] if num.ndim == 1 else num
    den = np.asarray(denominators, dtype=float)
    n = num.shape[0]
    if n == 0:
        nan = np.full(num.shape[1], np.nan)
        return nan, nan.copy()
    rng = np.random.default_rng(seed)
    stats = np.empty((n_boot, num.shape[1]))
    for start in range(0, n_boot, chunk):
        b = min(chunk, n_boot - start)
        idx = rng.integers(0, n, size=(b, n))
        flat = (idx + np.arange(b)[:, None] * n).ravel()
        weights = np.bincount(flat, minlength=b * n).reshape(b, n).astype(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            stats[start:start + b] = (weights @ num) / (weights @ den)[:, None] * scale
    alpha = (1.0 - ci) / 2.0
    low, high = np.nanquantile(stats, [alpha, 1.0 - alpha], axis=0)
    return low, high


def _group_matrix(
    documents: pd.DataFrame, by: Grouping
) -> tuple[pd.Series, list[str]]:
    labels = group_labels(documents, by)
    groups = sorted(labels.dropna().unique().tolist())
    return labels, groups


def group_rates(
    counts: pd.DataFrame,
    documents: pd.DataFrame,
    by: Grouping,
    *,
    item: str = "phrase_id",
    count: str = "count",
    words: str = "n_tokens",
    min_articles: int = 5,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int = 42,
    per: int = PER_WORDS,
    items: Sequence[str] | None = None,
    progress: bool = True,
) -> pd.DataFrame:
    """Rate per ``per`` words of every item (phrase, formula variant) in every group, with CIs.

    ``counts`` is per document and item (``doc_id``, ``item``, ``count``; other columns ignored;
    absent pairs count 0), e.g. ``danvan.phrases.hits.phrase_rates(corpus)``. Word totals come from
    ``documents[words]``. One row per group × item: ``n_articles``, ``words``, ``count``, ``rate``
    (``Σ count / Σ words × per``), ``ci_low``/``ci_high`` (percentile bootstrap over articles,
    ``n_boot`` resamples, ``seed``) and ``low_n``.
    """
    labels, groups = _group_matrix(documents, by)
    known = counts[counts["doc_id"].isin(labels.index)]
    item_list = list(items) if items is not None else sorted(known[item].dropna().unique())
    matrix = (
        known.pivot_table(index="doc_id", columns=item, values=count, aggfunc="sum")
        .reindex(index=labels.index, columns=item_list).fillna(0.0)
    )
    word_totals = word_counts(documents, words).reindex(labels.index).fillna(0.0)
    rows = []
    for g in tqdm(groups, desc=f"bootstrap by {by}", disable=not progress):
        mask = (labels == g).fillna(False).to_numpy()
        num, den = matrix.to_numpy()[mask], word_totals.to_numpy()[mask]
        low, high = bootstrap_ratio(num, den, n_boot=n_boot, ci=ci, seed=seed, scale=per)
        total_words, total = den.sum(), num.sum(axis=0)
        rate = total / total_words * per if total_words > 0 else np.full(len(item_list), np.nan)
        for j, it in enumerate(item_list):
            rows.append((g, it, int(mask.sum()), int(total_words), int(total[j]), rate[j],
                         low[j], high[j]))
    out = pd.DataFrame(rows, columns=[by, item, "n_articles", "words", "count", "rate",
                                      "ci_low", "ci_high"])
    out["low_n"] = out["n_articles"] < min_articles
    out.attrs.update(
        grouping=by, measure=f"rate per {per:,} words = Σ count / Σ words × {per:,}",
        ci=(f"{ci:.0%} percentile bootstrap, {n_boot} resamples of articles with replacement, "
            f"seed {seed}"),
        correction="none (descriptive rates; intervals are not adjusted for multiple groups)",
        min_articles=min_articles,
    )
    out.attrs["caption"] = (f"{out.attrs['measure']} by {by}; {out.attrs['ci']}; "
                            f"low_n = fewer than {min_articles} articles.")
    return out


def _wide_shares(shares: pd.DataFrame) -> pd.DataFrame:
    """doc_id × theme table from wide (doc_id index or column) or long (doc_id, theme, share)."""
    if {"doc_id", "theme", "share"} <= set(shares.columns):
        return shares.pivot_table(index="doc_id", columns="theme", values="share", aggfunc="sum")
    wide = shares.set_index("doc_id") if "doc_id" in shares.columns else shares
    return wide.select_dtypes("number")


def group_shares(
    shares: pd.DataFrame,
    documents: pd.DataFrame,
    by: Grouping,
    *,
    min_articles: int = 5,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int = 42,
    progress: bool = True,
) -> pd.DataFrame:
    """Mean theme share per group (each article counts once), with bootstrap intervals.

    ``shares``: one row per document and one numeric column per theme (``doc_id`` as index or
    column), or long ``doc_id, theme, share``. One row per group × theme: ``n_articles``,
    ``share`` (mean over the group's articles), ``ci_low``/``ci_high`` and ``low_n``.
    """
    labels, groups = _group_matrix(documents, by)
    wide = _wide_shares(shares)
    wide = wide.reindex(labels.index)
    has_shares = wide.notna().any(axis=1).to_numpy()
    values = wide.fillna(0.0).to_numpy()
    rows = []
    for g in tqdm(groups, desc=f"bootstrap by {by}", disable=not progress):
        mask = (labels == g).fillna(False).to_numpy() & has_shares
        num = values[mask]
        low, high = bootstrap_ratio(num, np.ones(len(num)), n_boot=n_boot, ci=ci, seed=seed)
        mean = num.mean(axis=0) if len(num) else np.full(values.shape[1], np.nan)
        for j, theme in enumerate(wide.columns):
            rows.append((g, theme, int(mask.sum()), mean[j], low[j], high[j]))
    out = pd.DataFrame(rows, columns=[by, "theme", "n_articles", "share", "ci_low", "ci_high"])
    out["low_n"] = out["n_articles"] < min_articles
    out.attrs.update(
        grouping=by, measure="mean share of the theme over the group's articles",
        ci=(f"{ci:.0%} percentile bootstrap, {n_boot} resamples of articles with replacement, "
            f"seed {seed}"),
        correction="none", min_articles=min_articles,
    )
    out.attrs["caption"] = (f"Theme share by {by} ({out.attrs['measure']}); {out.attrs['ci']}; "
                            f"low_n = fewer than {min_articles} articles.")
    return out
