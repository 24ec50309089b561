"""Compare groups of articles (provinces, 2025 units, levels, outlets, years) fairly.

Raw counts mislead when one group has three long articles and another one short one, so every
figure here is normalised (rate per 10,000 words: ``Σ count / Σ words × 10,000`` over the group's
articles; or the mean share of a theme over the group's articles) and comes with a percentile
bootstrap interval from resampling the group's *articles* with replacement (fixed seed). Both are
one ratio ``Σ numerator / Σ denominator`` per group (a share has denominator 1 per article), and
:func:`group_ratios` computes it, with its interval, for both. Groups with fewer articles than
``min_articles`` are flagged ``low_n``; units of the gazetteer with no article at all are listed
with missing values (NA), never with zeros.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from danvan.compare.groups import PER_WORDS, Grouping, group_labels, word_counts
from danvan.phrases.hits import FORMULA_IDS

__all__ = ["bootstrap_ratio", "group_ratios", "group_rates", "group_shares", "formula_rates",
           "select_items", "used_items", "top_items", "leading_item"]


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


def group_ratios(
    numerators: pd.DataFrame,
    denominators: pd.Series,
    labels: pd.Series,
    *,
    groups: Sequence[str] | None = None,
    scale: float = 1.0,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int = 42,
    progress: bool = True,
) -> pd.DataFrame:
    """``Σ numerator / Σ denominator × scale`` of every column in every group, with its interval.

    ``numerators`` (documents × items) and ``denominators`` (one per document) are indexed like
    ``labels`` (the group of each document, :func:`group_labels`; NA: in no group). Every group
    is resampled by :func:`bootstrap_ratio` with the same ``seed``. One row per group × item
    (``groups``, default the groups of ``labels`` sorted; items in column order): ``group``,
    ``item``, ``n_articles``, ``numerator``, ``denominator`` (the group's sums), ``ratio`` (NaN
    where the denominator is 0), ``ci_low``, ``ci_high``.
    """
    values = numerators.reindex(labels.index).to_numpy(dtype=float)
    dens = denominators.reindex(labels.index).to_numpy(dtype=float)
    items = list(numerators.columns)
    rows = []
    if groups is None:
        groups = sorted(labels.dropna().unique().tolist())
    for g in tqdm(groups, desc=f"bootstrap by {labels.name}", disable=not progress):
        mask = (labels == g).fillna(False).to_numpy(dtype=bool)
        num, den = values[mask], dens[mask]
        low, high = bootstrap_ratio(num, den, n_boot=n_boot, ci=ci, seed=seed, scale=scale)
        total, total_den = num.sum(axis=0), den.sum()
        ratio = total / total_den * scale if total_den > 0 else np.full(len(items), np.nan)
        rows += [(g, it, int(mask.sum()), total[j], total_den, ratio[j], low[j], high[j])
                 for j, it in enumerate(items)]
    return pd.DataFrame(rows, columns=["group", "item", "n_articles", "numerator", "denominator",
                                       "ratio", "ci_low", "ci_high"])


def _bootstrap_attrs(out: pd.DataFrame, by: str, item: str, measure: str, *, n_boot: int,
                     ci: float, seed: int, min_articles: int, correction: str) -> None:
    out["low_n"] = out["n_articles"] < min_articles
    out.attrs.update(
        grouping=by, item=item, measure=measure,
        ci=(f"{ci:.0%} percentile bootstrap, {n_boot} resamples of articles with replacement, "
            f"seed {seed}"),
        correction=correction, min_articles=min_articles,
    )


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
    labels = group_labels(documents, by)
    known = counts[counts["doc_id"].isin(labels.index)]
    item_list = list(items) if items is not None else sorted(known[item].dropna().unique())
    matrix = (
        known.pivot_table(index="doc_id", columns=item, values=count, aggfunc="sum")
        .reindex(index=labels.index, columns=item_list).fillna(0.0)
    )
    word_totals = word_counts(documents, words).reindex(labels.index).fillna(0.0)
    ratios = group_ratios(matrix, word_totals, labels, scale=per, n_boot=n_boot, ci=ci, seed=seed,
                          progress=progress)
    out = pd.DataFrame({
        by: ratios["group"], item: ratios["item"], "n_articles": ratios["n_articles"],
        "words": ratios["denominator"].astype(int), "count": ratios["numerator"].astype(int),
        "rate": ratios["ratio"], "ci_low": ratios["ci_low"], "ci_high": ratios["ci_high"],
    })
    _bootstrap_attrs(out, by, item, f"rate per {per:,} words = Σ count / Σ words × {per:,}",
                     n_boot=n_boot, ci=ci, seed=seed, min_articles=min_articles,
                     correction="none (descriptive rates; intervals are not adjusted for multiple "
                                "groups)")
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
    ``share`` (mean over the group's articles: :func:`group_ratios` with denominator 1 per
    article), ``ci_low``/``ci_high`` and ``low_n``. Documents without shares count in no group.
    """
    labels = group_labels(documents, by)
    wide = _wide_shares(shares).reindex(labels.index)
    has_shares = wide.notna().any(axis=1).to_numpy()
    ratios = group_ratios(wide.fillna(0.0), pd.Series(1.0, index=labels.index),
                          labels.where(has_shares), groups=sorted(labels.dropna().unique()),
                          n_boot=n_boot, ci=ci, seed=seed, progress=progress)
    out = pd.DataFrame({
        by: ratios["group"], "theme": ratios["item"], "n_articles": ratios["n_articles"],
        "share": ratios["ratio"], "ci_low": ratios["ci_low"], "ci_high": ratios["ci_high"],
    })
    _bootstrap_attrs(out, by, "theme", "mean share of the theme over the group's articles",
                     n_boot=n_boot, ci=ci, seed=seed, min_articles=min_articles,
                     correction="none")
    out.attrs["caption"] = (f"Theme share by {by} ({out.attrs['measure']}); {out.attrs['ci']}; "
                            f"low_n = fewer than {min_articles} articles.")
    return out


def formula_rates(
    counts: pd.DataFrame, documents: pd.DataFrame, by: Grouping, *, item: str = "phrase_id",
    **options: object,
) -> pd.DataFrame:
    """:func:`group_rates` of the formula in any version (four parts, six, partial: summed), as
    one item ``formula``; a 2025 unit's rate is recomputed from its own articles."""
    formula = counts[counts[item].isin(FORMULA_IDS)].assign(**{item: "formula"})
    return group_rates(formula, documents, by, item=item, items=["formula"], **options)


def _item_column(table: pd.DataFrame) -> str:
    return table.attrs.get("item") or ("theme" if "theme" in table else "phrase_id")


def _group_column(table: pd.DataFrame) -> str:
    return table.attrs.get("grouping") or table.columns[0]


def select_items(
    table: pd.DataFrame, items: Sequence[str], *, labels: Mapping[str, str] | None = None,
    used: bool = False,
) -> pd.DataFrame:
    """Rows of a :func:`group_rates` table for ``items`` (in the table's order); ``used`` keeps
    rows with a count above 0; ``labels`` (id → readable name) adds a ``phrase`` column."""
    item = _item_column(table)
    out = table[table[item].isin(list(items))]
    if used:
        out = out[out["count"] > 0]
    if labels is not None:
        out = out.assign(phrase=out[item].map(lambda i: labels.get(i, i)))
    out = out.reset_index(drop=True)
    out.attrs = dict(table.attrs)
    return out


def used_items(table: pd.DataFrame, value: str = "count") -> list[str]:
    """Items of a rates table with a positive total ``value`` over the groups (first-seen order)."""
    totals = table.groupby(_item_column(table), sort=False)[value].sum()
    return totals[totals > 0].index.tolist()


def top_items(
    table: pd.DataFrame, value: str = "share", n: int = 3, *,
    names: Mapping[object, str] | None = None,
) -> pd.DataFrame:
    """The ``n`` items with the largest ``value`` in each group (groups in order, largest
    first; ties by item), indexed by group; ``names`` (item → name) adds a ``name`` column."""
    by, item = _group_column(table), _item_column(table)
    out = (table.dropna(subset=[value])
           .sort_values([by, value, item], ascending=[True, False, True], kind="stable")
           .groupby(by, sort=False).head(n))
    if names is not None:
        out = out.assign(name=out[item].map(lambda i: names.get(i, str(i))))
    out = out.set_index(by)
    out.attrs = dict(table.attrs)
    return out


def leading_item(table: pd.DataFrame, value: str = "share") -> object:
    """The item with the largest mean ``value`` over the groups (e.g. the largest theme)."""
    return table.groupby(_item_column(table))[value].mean().idxmax()
