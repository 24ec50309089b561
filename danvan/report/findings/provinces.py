"""Findings of notebook 04 (comparing provinces) and its solutions, Vietnamese and English, built
from the tables the notebook computed. Every value taken from the data is Markdown-escaped;
numbers follow each language (:mod:`danvan.report.findings.wording`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from danvan.compare.groups import groups_with_articles
from danvan.compare.keyness import ALPHA, significant
from danvan.compare.rates import select_items
from danvan.corpus.gazetteer import short_name
from danvan.corpus.schema import LEVELS_VI
from danvan.phrases.hits import FORMULA_IDS
from danvan.report.display import md_escape
from danvan.report.findings.wording import Lang, count, listing, number, percent, quoted, times

__all__ = ["kept_note", "profile_note", "comparison_findings", "formula_years", "formula_years_note",
           "solution_findings"]

FORMULA_TEXT = "dân biết, dân bàn, dân làm, dân kiểm tra…"
VERSIONS = {  # the versions of the formula
    "vi": {"formula_four": "4 vế", "formula_four_plus_one": "5 vế", "formula_six": "6 vế",
           "formula_partial": "không đủ vế"},
    "en": {"formula_four": "four-part", "formula_four_plus_one": "five-part", "formula_six": "six-part",
           "formula_partial": "partial"},
}
MAX_ITEMS = 8  # longer lists end with "and N more"
LANGS: tuple[Lang, Lang] = ("vi", "en")


def _name(group: object) -> str:
    return md_escape(short_name(str(group)))


def _per_10k(rate: float, lang: Lang) -> str:
    return f"{number(rate, lang, 1)} " + ("trên 10.000 từ" if lang == "vi" else "per 10,000 words")


def _capped(items: Sequence[str], lang: Lang, noun: tuple[str, str, str], sep: str = ", ") -> str:
    """``a, b and c`` (with ``sep="; "``: ``a; b; c``, for items that hold commas); beyond
    :data:`MAX_ITEMS` items, ``… and 12 more provinces``."""
    shown = list(items[:MAX_ITEMS])
    if len(items) > MAX_ITEMS:
        rest = len(items) - MAX_ITEMS
        shown.append(f"{number(rest, lang)} {noun[0]} khác" if lang == "vi"
                     else f"{number(rest, lang)} more {noun[1] if rest == 1 else noun[2]}")
    if sep == ", ":
        return listing(shown, lang)
    if len(shown) > 1:
        shown[-1] = ("và " if lang == "vi" else "and ") + shown[-1]
    return sep.join(shown)


_PROVINCES = ("tỉnh, thành", "province", "provinces")


def _formula_name(pid: str, lang: Lang) -> str:
    """``công thức 6 vế`` / ``the six-part formula``."""
    return f"công thức {VERSIONS['vi'][pid]}" if lang == "vi" else f"the {VERSIONS['en'][pid]} formula"


def _version(pid: str, lang: Lang) -> str:
    """``bản 4 vế`` / ``four-part version``."""
    return f"bản {VERSIONS['vi'][pid]}" if lang == "vi" else f"{VERSIONS['en'][pid]} version"


def _phrase(pid: str, lang: Lang, labels: Mapping[str, str]) -> str:
    """A phrase id as printed (“Dân vận khéo”), or the formula's version by name."""
    return _formula_name(pid, lang) if pid in VERSIONS[lang] else quoted(labels.get(pid, pid))


def _order(table: pd.DataFrame, by: str, profile: pd.DataFrame) -> pd.DataFrame:
    """Rows in the order of the groups' article counts (largest first), then by name."""
    n = profile["n_articles"].astype("Float64").fillna(0)
    keyed = table.assign(_n=-table[by].map(n).fillna(0).astype(float),
                         _name=table[by].map(lambda g: short_name(str(g))))
    return keyed.sort_values(["_n", "_name"], kind="stable").drop(columns=["_n", "_name"])


def kept_note(kept: pd.DataFrame, documents: pd.DataFrame) -> str:
    """``3 / 5 bài được giữ / 3 of 5 articles kept`` after filtering."""
    return (f"{number(len(kept), 'vi')} / {number(len(documents), 'vi')} bài được giữ / "
            f"{number(len(kept), 'en')} of {count(len(documents), 'en', 'bài', 'article')} kept")


def profile_note(profile: pd.DataFrame) -> str:
    """How many units have articles and how many articles have no unit, in both languages."""
    present = groups_with_articles(profile)
    units, none = len(profile), int(profile.attrs.get("unassigned", 0))
    no_vi = f"{number(none, 'vi')} bài không rõ tỉnh"
    no_en = f"{count(none, 'en', 'bài', 'article')} without a province"
    return (f"{number(len(present), 'vi')} / {number(units, 'vi')} tỉnh, thành có bài; {no_vi} / "
            f"{number(len(present), 'en')} of {number(units, 'en')} provinces have articles; {no_en}")


def _articles_sentences(profile: pd.DataFrame) -> tuple[str, str]:
    by = profile.attrs.get("grouping", "province")
    units = 34 if by == "province_2025" else 63
    present = groups_with_articles(profile)
    present = _order(present.rename_axis(by).reset_index(), by, profile).set_index(by)
    n_docs = int(present["n_articles"].sum())
    none = int(profile.attrs.get("unassigned", 0))
    out = []
    for lang in LANGS:
        groups = _capped([f"{_name(g)} ({number(int(n), lang)})"
                          for g, n in present["n_articles"].items()], lang, _PROVINCES)
        docs = count(n_docs, lang, "bài", "article")
        if lang == "vi":
            tail = (f"{count(none, lang, 'bài', 'article')} không xác định được tỉnh" if none
                    else "mọi bài đều xác định được tỉnh")
            out.append(f"{docs} có tỉnh, thành xác định, thuộc {number(len(present), lang)} trên "
                       f"{units} tỉnh, thành: {groups}; {tail}.")
        else:
            tail = (f"{count(none, lang, 'bài', 'article')} {'has' if none == 1 else 'have'} no "
                    f"province" if none else "every article has a province")
            out.append(f"{docs} with a known province, from {number(len(present), lang)} of the "
                       f"{units} provinces: {groups}; {tail}.")
    return out[0], out[1]


def _levels_sentences(levels: pd.DataFrame) -> tuple[str, str]:
    known = levels["n_articles"].notna()
    found = levels[known]
    missing = levels.index[~known].tolist()
    none = int(levels.attrs.get("unassigned", 0))
    if found.empty:
        return ("Không bài nào xác định được cấp tổ chức.", "No article has a known level.")
    vi_items = [f"{md_escape(LEVELS_VI.get(g, g))} ({number(int(n), 'vi')})"
                for g, n in found["n_articles"].items()]
    en_items = [f"{md_escape(g)} ({number(int(n), 'en')})" for g, n in found["n_articles"].items()]
    vi = f"Theo cấp tổ chức: {listing(vi_items, 'vi')}"
    en = f"By level of the organising body: {listing(en_items, 'en')}"
    if missing:
        vi += f"; không có bài ở cấp {listing([md_escape(LEVELS_VI.get(g, g)) for g in missing], 'vi')}"
        en += (f"; no article at the {listing([md_escape(g) for g in missing], 'en')} "
               f"level{'s' if len(missing) > 1 else ''}")
    else:
        vi += "; cấp nào cũng có bài"
        en += "; every level has articles"
    if none:
        vi += f"; {count(none, 'vi', 'bài', 'article')} không rõ cấp"
        en += f"; {count(none, 'en', 'bài', 'article')} {'has' if none == 1 else 'have'} no level"
    return vi + ".", en + "."


def _formula_sentences(rates: pd.DataFrame, by: str, profile: pd.DataFrame) -> tuple[str, str]:
    used = _order(select_items(rates, FORMULA_IDS, used=True), by, profile)
    if used.empty:
        return (f"Không bài nào dùng công thức “{FORMULA_TEXT}”.",
                f"No article uses the formula “{FORMULA_TEXT}”.")
    out = []
    for lang in LANGS:
        items = [f"{_name(r[by])} ({_version(r['phrase_id'], lang)}: "
                 f"{times(int(r['count']), lang)}, {_per_10k(r['rate'], lang)})"
                 for _, r in used.iterrows()]
        where = _capped(items, lang, _PROVINCES, sep="; ")
        out.append(f"Công thức “{FORMULA_TEXT}” xuất hiện ở {where}." if lang == "vi"
                   else f"The formula “{FORMULA_TEXT}” appears in {where}.")
    return out[0], out[1]


def _phrase_sentences(rates: pd.DataFrame, by: str, profile: pd.DataFrame,
                      labels: Mapping[str, str]) -> tuple[str, str] | None:
    used = rates[rates["count"] > 0]
    if used.empty:
        return None
    top = used.sort_values(["rate", "phrase_id"], ascending=[False, True]).groupby(by).head(1)
    top = _order(top, by, profile)
    out = []
    for lang in LANGS:
        items = _capped([f"{_name(r[by])}: {_phrase(r['phrase_id'], lang, labels)} "
                         f"({_per_10k(r['rate'], lang)})" for _, r in top.iterrows()], lang, _PROVINCES,
                        sep="; ")
        out.append(f"Khẩu hiệu, cụm từ dùng nhiều nhất ở mỗi tỉnh, thành: {items}." if lang == "vi"
                   else f"The most frequent catalogued phrase in each province: {items}.")
    return out[0], out[1]


def _theme_sentences(shares: pd.DataFrame, by: str, profile: pd.DataFrame,
                     theme_names: Mapping[object, str]) -> tuple[str, str] | None:
    best = shares.dropna(subset=["share"])
    if best.empty:
        return None
    best = _order(best.sort_values(["share", "theme"], ascending=[False, True]).groupby(by).head(1),
                  by, profile)
    out = []
    for lang in LANGS:
        items = _capped([f"{_name(r[by])}: {quoted(str(theme_names.get(r['theme'], r['theme'])))} "
                         f"({percent(r['share'], lang)})" for _, r in best.iterrows()], lang, _PROVINCES,
                        sep="; ")
        out.append(f"Chủ đề chiếm tỉ trọng trung bình lớn nhất ở mỗi tỉnh, thành: {items}."
                   if lang == "vi" else f"The theme with the largest mean share in each province: "
                   f"{items}.")
    return out[0], out[1]


def _keyword_sentences(keywords: pd.DataFrame, by: str, profile: pd.DataFrame,
                       min_range: int) -> tuple[str, str]:
    gate_vi = (f"xuất hiện trong ít nhất {count(min_range, 'vi', 'tin', 'story')} khác nhau của cùng "
               f"một tỉnh, bài trùng lặp tính một")
    gate_en = (f"in at least {count(min_range, 'en', 'tin', 'story', 'stories')} of one province, "
               f"near-duplicates counted once")
    vi, en = _keyword_core(keywords, by, profile, gate_vi, gate_en)
    names = keywords.attrs.get("names_removed") or []
    if names and not keywords.attrs.get("keep_names"):
        vi += (f" Tên riêng (địa danh, người, cơ quan báo chí: {count(len(names), 'vi', 'từ', '')}) "
               f"không được tính là từ khóa.")
        en += (f" Own names (places, people, outlets: {count(len(names), 'en', '', 'word')}) are "
               f"not tested as keywords.")
    if units := keywords.attrs.get("units_removed") or []:
        listed = ", ".join(quoted(w.replace("_", " ")) for w in units[:4]) + ("…" if len(units) > 4 else "")
        vi += (f" Từ chỉ đơn vị hành chính ({listed}) cũng không được tính: chúng theo tên gọi các đơn "
               "vị của từng tỉnh (bài về một thành phố gọi nó là “thành phố”, các quận của TP HCM là "
               "“quận”), không nói lên cách viết.")
        en += (f" Nor are the words of administrative units ({listed}): they follow what each province's "
               "units are called (a city's articles call it “thành phố”, TP HCM's districts are “quận”), not "
               "how it writes.")
    return vi, en


def _keyword_core(keywords: pd.DataFrame, by: str, profile: pd.DataFrame, gate_vi: str,
                  gate_en: str) -> tuple[str, str]:
    if keywords.empty:
        return (f"Không từ nào đạt ngưỡng phạm vi ({gate_vi}): chưa có từ khóa đáng tin cho tỉnh nào.",
                f"No word passes the range gate ({gate_en}): no province has a trustworthy keyword "
                f"yet.")
    tested = keywords[by].nunique()
    sig = significant(keywords)
    alpha_vi, alpha_en = number(ALPHA, "vi", 2), number(ALPHA, "en", 2)
    if sig.empty:
        return (f"Có từ đạt ngưỡng phạm vi ({gate_vi}) ở {count(tested, 'vi', 'tỉnh, thành', '')}, "
                f"nhưng ở cỡ kho này không từ khóa nào có ý nghĩa thống kê (p hiệu chỉnh "
                f"Benjamini–Hochberg ≥ {alpha_vi} với mọi từ).",
                f"Words pass the range gate ({gate_en}) in "
                f"{count(tested, 'en', '', 'province')}, but at this corpus size no keyword is "
                f"significant (Benjamini–Hochberg adjusted p ≥ {alpha_en} for every word).")
    first = _order(sig.sort_values("rank").groupby(by).head(1), by, profile)
    out = []
    for lang in LANGS:
        items = _capped([f"{_name(r[by])}: {quoted(str(r['word']).replace('_', ' '))} "
                         f"(G² {number(r['g2'], lang, 1)}, Log Ratio {number(r['log_ratio'], lang, 1)})"
                         for _, r in first.iterrows()], lang, _PROVINCES, sep="; ")
        rest = tested - len(first)
        if lang == "vi":
            tail = (f"; {count(rest, lang, 'tỉnh, thành', '')} khác có từ đạt ngưỡng nhưng không "
                    f"có ý nghĩa" if rest else "")
            out.append(f"Từ khóa mạnh nhất có ý nghĩa thống kê (p hiệu chỉnh < {alpha_vi}, "
                       f"{gate_vi}): {items}{tail}.")
        else:
            tail = (f"; in {count(rest, lang, '', 'other province')} words pass the gate but none "
                    f"is significant" if rest else "")
            out.append(f"The strongest significant keyword (adjusted p < {alpha_en}, {gate_en}): "
                       f"{items}{tail}.")
    return out[0], out[1]


def _low_n_sentences(profile: pd.DataFrame) -> tuple[str, str]:
    present = groups_with_articles(profile)
    low = int(present["low_n"].astype("boolean").fillna(False).sum())
    n, m = len(present), int(profile.attrs.get("min_articles", 5))
    fewer_vi = f"ít hơn {count(m, 'vi', 'bài', 'article')}"
    fewer_en = f"fewer than {count(m, 'en', 'bài', 'article')}"
    if low == 0:
        return (f"Mọi tỉnh, thành có bài đều có ít nhất {count(m, 'vi', 'bài', 'article')}; vẫn nên "
                f"đọc độ rộng khoảng tin cậy trước khi so sánh.",
                f"Every province with articles has at least {count(m, 'en', 'bài', 'article')}; "
                f"still read the width of the intervals before comparing.")
    if low == n:
        vi = f"Cả {number(n, 'vi')} tỉnh, thành có bài đều có {fewer_vi}"
        en = (f"The only province with articles has {fewer_en}" if n == 1
              else f"All {number(n, 'en')} provinces with articles have {fewer_en}")
    else:
        vi = f"{number(low, 'vi')} trên {number(n, 'vi')} tỉnh, thành có bài có {fewer_vi}"
        en = (f"{number(low, 'en')} of the {number(n, 'en')} provinces with articles "
              f"{'has' if low == 1 else 'have'} {fewer_en}")
    return (f"{vi}: các con số ở đó chỉ mô tả, không cho phép suy luận.",
            f"{en}: {'its' if low == 1 else 'their'} figures describe, they do not support "
            f"inference.")


def comparison_findings(
    profile: pd.DataFrame,
    rates: pd.DataFrame,
    shares: pd.DataFrame | None,
    keywords: pd.DataFrame,
    levels: pd.DataFrame,
    *,
    labels: Mapping[str, str] | None = None,
    theme_names: Mapping[object, str] | None = None,
    min_range: int | None = None,
) -> tuple[list[str], list[str]]:
    """Findings of the province comparison as Markdown bullets (Vietnamese, English).

    ``profile`` by province (:func:`~danvan.compare.group_profiles`), ``rates`` of phrases by
    province (:func:`~danvan.compare.group_rates`, ids ``formula_*`` for the formula), ``shares``
    of themes by province (:func:`~danvan.compare.group_shares`, or None), ``keywords`` by
    province (:func:`~danvan.compare.keyness`; a keyword is called significant only where its
    ``p_adj`` < :data:`~danvan.compare.keyness.ALPHA`), ``levels`` the profile by
    ``admin_level``. ``labels`` names the phrase ids (default
    :func:`danvan.phrases.labels.phrase_names`); ``min_range`` defaults to the keyword table's.
    """
    if labels is None:
        from danvan.phrases.labels import phrase_names

        labels = phrase_names()
    by = profile.attrs.get("grouping", "province")
    gate = min_range if min_range is not None else int(keywords.attrs.get("min_range", 2))
    pairs = [
        _articles_sentences(profile),
        _levels_sentences(levels),
        _formula_sentences(rates, by, profile),
        _phrase_sentences(rates, by, profile, labels),
        _theme_sentences(shares, by, profile, theme_names or {}) if shares is not None else None,
        _keyword_sentences(keywords, by, profile, gate),
        _low_n_sentences(profile),
    ]
    pairs = [p for p in pairs if p is not None]
    return [vi for vi, _ in pairs], [en for _, en in pairs]


def formula_years(by_year: pd.DataFrame, version: str = "formula_six") -> list[str]:
    """The years (sorted) in which a version of the formula occurs, from rates by ``year``."""
    used = select_items(by_year, [version], used=True)
    return sorted(used["year"].astype(str).tolist(), key=int)


def formula_years_note(by_year: pd.DataFrame, version: str = "formula_six", before: int = 2022) -> str:
    """``Năm có công thức 6 vế / years with the six-part formula: 2022; trước 2022 / before 2022:
    không / no`` (one line, both languages)."""
    years = formula_years(by_year, version)
    early = any(int(y) < before for y in years)
    return (f"Năm có {_formula_name(version, 'vi')} / years with {_formula_name(version, 'en')}: "
            f"{', '.join(years) or '—'}; trước {before} / before {before}: "
            f"{'có / yes' if early else 'không / no'}")


def solution_findings(
    selected: pd.DataFrame,
    by_year: pd.DataFrame,
    gates: pd.DataFrame,
    version: str = "formula_six",
    before: int = 2022,
) -> tuple[list[str], list[str]]:
    """Findings of the notebook 04 solutions (Vietnamese, English).

    ``selected``: the profile by province of the articles kept in exercise 1; ``by_year``: rates
    of the phrases by ``year`` (exercise 2); ``gates``: :func:`~danvan.compare.range_gate_summary`
    (exercise 4).
    """
    by = selected.attrs.get("grouping", "province")
    present = groups_with_articles(selected)
    present = _order(present.rename_axis(by).reset_index(), by, selected)
    vi, en = [], []
    for lang, out in (("vi", vi), ("en", en)):
        items = listing([f"{_name(r[by])} ({number(int(r['n_articles']), lang)})"
                         for _, r in present.iterrows()], lang)
        total = count(int(present["n_articles"].sum()), lang, "bài", "article")
        out.append(f"Bài 1: giữ {total}: {items}." if lang == "vi"
                   else f"Exercise 1: {total} kept: {items}.")
    years = formula_years(by_year, version)
    early = any(int(y) < before for y in years)
    if years:
        vi.append(f"Bài 2: {_formula_name(version, 'vi')} xuất hiện trong các năm "
                  f"{listing(years, 'vi')}" + (f", có cả trước năm {before}." if early
                                                else f"; không có trước năm {before}."))
        en.append(f"Exercise 2: {_formula_name(version, 'en')} appears in {listing(years, 'en')}"
                  + (f", also before {before}." if early else f"; not before {before}."))
    else:
        vi.append(f"Bài 2: {_formula_name(version, 'vi')} không xuất hiện trong bài nào có năm, "
                  f"nên cũng không có trước năm {before}.")
        en.append(f"Exercise 2: {_formula_name(version, 'en')} appears in no dated article, so not "
                  f"before {before} either.")
    kept = [int(n) for n in gates["n_groups"]]
    gate = [int(g) for g in gates.index]
    vi_parts = [f"{count(n, 'vi', 'tỉnh, thành', '')} với ngưỡng {count(g, 'vi', 'bài', '')}"
                for g, n in zip(gate, kept, strict=True)]
    en_parts = [f"{count(n, 'en', '', 'province')} with a gate of {count(g, 'en', '', 'article')}"
                for g, n in zip(gate, kept, strict=True)]
    fewer = len(kept) > 1 and kept[-1] < kept[0]
    vi.append(f"Bài 4: còn từ khóa: {listing(vi_parts, 'vi')}"
              + ("; ngưỡng cao hơn giữ lại ít tỉnh, thành hơn." if fewer else "."))
    en.append(f"Exercise 4: keeping a keyword: {listing(en_parts, 'en')}"
              + ("; the higher gate keeps fewer provinces." if fewer else "."))
    return vi, en
