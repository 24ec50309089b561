"""Compare groups of articles (provinces, 2025 units, levels, outlets, years) fairly.

Raw counts mislead when one group has three long articles and another one short one, so every
figure here is normalised (rate per 10,000 words: ``Σ count / Σ words × 10,000`` over the group's
articles; or the mean share of a theme over the group's articles) and comes with a percentile
bootstrap interval from resampling the group's *articles* with replacement (fixed seed). Groups
with fewer articles than ``min_articles`` are flagged ``low_n``; units of the gazetteer with no
article at all are listed with missing values (NA), never with zeros.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Literal

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from danvan.geo import canonical_province, province_names
from danvan.tables import document_year

__all__ = [
    "GROUPINGS",
    "ADMIN_LEVELS",
    "PER_WORDS",
    "group_labels",
    "all_groups",
    "filter_documents",
    "group_profiles",
    "bootstrap_ratio",
    "group_rates",
    "group_shares",
    "comparison_findings",
]

Grouping = Literal["province", "province_2025", "admin_level", "outlet", "year"]
GROUPINGS: tuple[str, ...] = ("province", "province_2025", "admin_level", "outlet", "year")
ADMIN_LEVELS: tuple[str, ...] = ("central", "province", "district", "commune")
PER_WORDS = 10_000
LEVELS_VI = {"central": "trung ương", "province": "tỉnh", "district": "huyện", "commune": "xã"}


def group_labels(documents: pd.DataFrame, by: Grouping) -> pd.Series:
    """The group of each document (indexed by ``doc_id``; NA where the document has none)."""
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {GROUPINGS}, not {by!r}")
    if by == "year":
        values = document_year(documents).astype("string")
    elif by in ("province", "province_2025"):
        level = 63 if by == "province" else 34
        values = documents[by].map(lambda v: canonical_province(v, level)).astype("string")
    else:
        values = documents[by].astype("string").str.strip().replace("", pd.NA)
    return pd.Series(values.to_numpy(), index=pd.Index(documents["doc_id"], name="doc_id"),
                     name=by, dtype="string")


def all_groups(by: Grouping, documents: pd.DataFrame | None = None) -> list[str]:
    """Every group a table should list: all 63 or 34 units, the four levels, or those observed."""
    if by == "province":
        return province_names(63)
    if by == "province_2025":
        return province_names(34)
    if by == "admin_level":
        return list(ADMIN_LEVELS)
    if documents is None:
        return []
    return sorted(group_labels(documents, by).dropna().unique().tolist())


def filter_documents(
    documents: pd.DataFrame,
    provinces: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
    *,
    level: Literal[63, 34] = 63,
) -> pd.DataFrame:
    """Keep documents about the given provinces (any spelling) and published in the given years.

    ``level=63`` matches the ``province`` column (units before 2025); ``level=34`` matches
    ``province_2025`` (so ``Hải Phòng`` then includes the former Hải Dương). None keeps all.
    """
    keep = pd.Series(True, index=documents.index)
    if provinces is not None:
        column = "province" if level == 63 else "province_2025"
        wanted = {canonical_province(p, level) for p in provinces} - {None}
        keep &= documents[column].map(lambda v: canonical_province(v, level)).isin(wanted)
    if years is not None:
        keep &= document_year(documents).isin([int(y) for y in years]).fillna(False)
    return documents.loc[keep.astype(bool)]


def _words(documents: pd.DataFrame, words: str) -> pd.Series:
    return pd.Series(documents[words].to_numpy(dtype=float), index=documents["doc_id"])


def group_profiles(
    documents: pd.DataFrame,
    by: Grouping,
    *,
    min_articles: int = 5,
    complete: bool = True,
    words: str = "n_tokens",
) -> pd.DataFrame:
    """Articles, words and period covered per group (one row per group).

    With ``complete`` the table lists every unit (63 provinces, 34 units, four levels) and those
    without articles have NA in every column (missing, not zero). ``low_n`` is True for groups
    with at least one but fewer than ``min_articles`` articles.
    """
    labels = group_labels(documents, by)
    docs = documents.assign(_group=labels.to_numpy(), _year=document_year(documents).to_numpy())
    dates = pd.to_datetime(docs["published"], errors="coerce") if "published" in docs else None
    if "event_date" in docs:
        event = pd.to_datetime(docs["event_date"], errors="coerce")
        dates = event if dates is None else dates.fillna(event)
    docs = docs.assign(_date=dates.dt.normalize() if dates is not None else pd.NaT)
    grouped = docs.dropna(subset=["_group"]).groupby("_group", sort=True)
    table = pd.DataFrame({
        "n_articles": grouped.size().astype("Int64"),
        "n_words": grouped[words].sum().astype("Int64"),
        "first": grouped["_date"].min(),
        "last": grouped["_date"].max(),
        "years": grouped["_year"].agg(_year_span),
    })
    if complete:
        order = all_groups(by, documents)
        extra = [g for g in table.index if g not in order]
        table = table.reindex(order + extra)
    table.index.name = by
    n = table["n_articles"]
    table["low_n"] = (n < min_articles).astype("boolean").where(n.notna(), pd.NA)
    table.attrs.update(
        grouping=by, min_articles=min_articles, words=words,
        unassigned=int(labels.isna().sum()),
        caption=(f"Profile by {by}: articles, words ({words}), period; low_n = fewer than "
                 f"{min_articles} articles; units with no articles are missing (NA), not zero."),
    )
    return table


def _year_span(years: pd.Series) -> str | None:
    y = years.dropna()
    if y.empty:
        return None
    lo, hi = int(y.min()), int(y.max())
    return str(lo) if lo == hi else f"{lo}–{hi}"


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
    absent pairs count 0), e.g. ``danvan.phrases.phrase_rates(corpus)``. Word totals come from
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
    word_totals = _words(documents, words).reindex(labels.index).fillna(0.0)
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


def _fmt_groups(items: Sequence[tuple[str, str]]) -> str:
    return "; ".join(f"{name} ({detail})" for name, detail in items)


def _per_group(rows: pd.DataFrame, by: str, describe: Callable[[pd.Series], str]) -> list[tuple[str, str]]:
    """(escaped short group name, description) for each row, for the findings sentences."""
    from danvan.display import md_escape
    from danvan.geo import short_name

    return [(md_escape(short_name(str(r[by]))), describe(r)) for _, r in rows.iterrows()]


def comparison_findings(
    profile: pd.DataFrame,
    rates: pd.DataFrame,
    shares: pd.DataFrame | None,
    keywords: pd.DataFrame,
    levels: pd.DataFrame,
    *,
    labels: dict[str, str] | None = None,
    theme_names: dict[object, str] | None = None,
    min_range: int = 2,
) -> tuple[list[str], list[str]]:
    """Findings of the province comparison as Markdown bullets (Vietnamese, English).

    ``profile`` by province (:func:`group_profiles`), ``rates`` of phrases by province
    (:func:`group_rates`, ids ``formula_*`` for the formula), ``shares`` of themes by province
    (:func:`group_shares`, or None), ``keywords`` by province (:func:`danvan.keyness.keyness`),
    ``levels`` the profile by ``admin_level``. Every value from the data is Markdown-escaped.
    """
    from danvan.display import md_escape
    from danvan.geo import short_name

    labels = labels or {}
    theme_names = theme_names or {}
    by = profile.attrs.get("grouping", "province")
    present = profile[profile["n_articles"].notna()]
    n_docs = int(present["n_articles"].sum())
    min_articles = profile.attrs.get("min_articles", 5)
    name = {g: md_escape(short_name(str(g))) for g in present.index}
    counts = [(name[g], str(int(n))) for g, n in present["n_articles"].items()]
    vi, en = [], []
    vi.append(f"{n_docs} bài có tỉnh, thành xác định, thuộc {len(present)} trên 63 tỉnh, thành: "
              f"{_fmt_groups(counts)}; {profile.attrs.get('unassigned', 0)} bài không xác định "
              f"được tỉnh.")
    en.append(f"{n_docs} articles with a known province, from {len(present)} of the 63 "
              f"provinces: {_fmt_groups(counts)}; {profile.attrs.get('unassigned', 0)} articles "
              f"have no province.")
    lv = levels[levels["n_articles"].notna()]
    lv_items = [(md_escape(g), str(int(n))) for g, n in lv["n_articles"].items()]
    lv_vi = [(md_escape(LEVELS_VI.get(g, g)), str(int(n))) for g, n in lv["n_articles"].items()]
    no_level = levels.index[levels["n_articles"].isna()]
    missing_lv = [md_escape(g) for g in no_level]
    missing_vi = [md_escape(LEVELS_VI.get(g, g)) for g in no_level]
    vi.append(f"Cấp tổ chức: {_fmt_groups(lv_vi) or 'không có'}; không có bài ở cấp: "
              f"{', '.join(missing_vi) or '(không)'}.")
    en.append(f"Levels: {_fmt_groups(lv_items) or 'none'}; no article at level: "
              f"{', '.join(missing_lv) or '(none)'}.")
    formula = rates[rates["phrase_id"].astype(str).str.startswith("formula_")
                    & (rates["count"] > 0)]
    if formula.empty:
        vi.append("Không bài nào dùng công thức \"dân biết, dân bàn, dân làm, dân kiểm tra…\".")
        en.append("No article uses the formula \"dân biết, dân bàn, dân làm, dân kiểm tra…\".")
    else:
        items = _per_group(formula, by, lambda r: f"{md_escape(labels.get(r['phrase_id'], r['phrase_id']))}"
                           f": {int(r['count'])}, {r['rate']:.1f}/10k")
        vi.append(f"Công thức xuất hiện ở: {_fmt_groups(items)} (số lần, tần suất trên 10.000 từ).")
        en.append(f"The formula appears in: {_fmt_groups(items)} (count, rate per 10,000 words).")
    top = (rates[rates["count"] > 0].sort_values(["rate", "phrase_id"], ascending=[False, True])
           .groupby(by, sort=True).head(1))
    items = _per_group(top, by, lambda r: f"{md_escape(labels.get(r['phrase_id'], r['phrase_id']))}, "
                       f"{r['rate']:.1f}/10k")
    if items:
        vi.append(f"Khẩu hiệu, cụm từ dùng nhiều nhất ở mỗi tỉnh: {_fmt_groups(items)}.")
        en.append(f"Most frequent catalogued phrase per province: {_fmt_groups(items)}.")
    if shares is not None and len(shares):
        best = shares.sort_values("share", ascending=False).groupby(by, sort=True).head(1)
        items = _per_group(best, by, lambda r: f"{md_escape(theme_names.get(r['theme'], r['theme']))}, "
                           f"{r['share']:.0%}")
        vi.append(f"Chủ đề chiếm tỉ trọng lớn nhất ở mỗi tỉnh: {_fmt_groups(items)}.")
        en.append(f"Largest theme share per province: {_fmt_groups(items)}.")
    first = keywords[keywords["rank"] == 1] if len(keywords) else keywords
    if first.empty:
        vi.append(f"Không từ nào đạt ngưỡng phạm vi (xuất hiện trong ít nhất {min_range} bài của "
                  f"cùng một tỉnh): chưa có từ khóa đáng tin cho tỉnh nào.")
        en.append(f"No word passes the range gate (in at least {min_range} articles of one "
                  f"province): no province has a trustworthy keyword yet.")
    else:
        items = _per_group(first, by, lambda r: f"{md_escape(str(r['word']).replace('_', ' '))}, "
                           f"G² {r['g2']:.1f}, LR {r['log_ratio']:.1f}")
        vi.append(f"Từ khóa mạnh nhất (đạt ngưỡng {min_range} bài): {_fmt_groups(items)}.")
        en.append(f"Strongest keyword (range gate {min_range} articles): {_fmt_groups(items)}.")
    low = present[present["low_n"].astype("boolean").fillna(False).astype(bool)]
    vi.append(f"{len(low)} trên {len(present)} tỉnh có bài có ít hơn {min_articles} bài: các con "
              f"số ở đó chỉ mô tả, không cho phép suy luận.")
    en.append(f"{len(low)} of the {len(present)} provinces with articles have fewer than "
              f"{min_articles} articles: their figures describe, they do not support inference.")
    return vi, en
