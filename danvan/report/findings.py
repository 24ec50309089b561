"""Findings sentences, Vietnamese and English, built from analysis tables (tested; notebooks
only call these). Every value taken from the data is Markdown-escaped."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from danvan.compare.groups import LEVELS_VI
from danvan.corpus.gazetteer import short_name
from danvan.report.display import md_escape


def _fmt_groups(items: Sequence[tuple[str, str]]) -> str:
    return "; ".join(f"{name} ({detail})" for name, detail in items)


def _per_group(rows: pd.DataFrame, by: str, describe: Callable[[pd.Series], str]) -> list[tuple[str, str]]:
    """(escaped short group name, description) for each row, for the findings sentences."""
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
    (:func:`group_shares`, or None), ``keywords`` by province (:func:`danvan.compare.keyness.keyness`),
    ``levels`` the profile by ``admin_level``. Every value from the data is Markdown-escaped.
    """
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
