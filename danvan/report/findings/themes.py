"""Findings of notebook 02 (themes), Vietnamese and English, built from the theme result, the
choice of k, the stability refits and the shares by province; every value from the data is
Markdown-escaped, numbers follow each language's format."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from danvan.corpus.gazetteer import short_name
from danvan.report.display import md_escape
from danvan.report.findings.wording import Lang, count, listing, number, percent
from danvan.themes.result import ThemeResult, default_names
from danvan.themes.selection import KChoice
from danvan.themes.stability import Stability
from danvan.themes.summaries import theme_overview

RULE = {
    "vi": ("k có trung bình cao nhất của silhouette (k-means, cosin) và NPMI (từ khóa NMF), mỗi "
           "điểm quy về thang 0–1 trên dải k đã thử; hòa thì lấy k nhỏ hơn"),
    "en": ("the k with the highest mean of silhouette (k-means, cosine) and NPMI (NMF top "
           "terms), each rescaled to 0–1 over the k tried; ties go to the smaller k"),
}
UNIT_NOUNS = {"paragraph": ("đoạn", "paragraph"), "document": ("bài", "article")}
ALL = {1: "the", 2: "both"}
HOW_MANY = {"vi": {2: "Hai", 3: "Ba"}, "en": {2: "two", 3: "three"}}


def theme_list(themes: Sequence[int], lang: Lang) -> str:
    """``chủ đề 0, 2 và 5`` / ``themes 0, 2 and 5`` (``theme 4`` for one)."""
    numbers = listing([str(int(t)) for t in themes], lang)
    if lang == "vi":
        return f"chủ đề {numbers}"
    return f"{'theme' if len(themes) == 1 else 'themes'} {numbers}"


def _terms(text: str, n: int = 5) -> str:
    return md_escape(", ".join(t.replace("_", " ") for t in text.split(", ")[:n]))


def _described(result: ThemeResult, theme: int, lang: Lang, terms: bool = False) -> str:
    """``chủ đề 3`` or, when the researcher named it, ``chủ đề 3 “Tiếp dân”``; with ``terms``
    an unnamed theme shows its first three terms: ``chủ đề 3 (bí thư, thành ủy, ủy viên)``."""
    name = result.names.get(theme)
    default = default_names(result.top_terms_list()).get(theme)
    head = f"{'chủ đề' if lang == 'vi' else 'theme'} {theme}"
    if name not in (None, default):
        return f"{head} “{md_escape(name)}”"
    if terms:
        return f"{head} ({_terms(', '.join(result.top_terms_list(3)[theme]), 3)})"
    return head


def choice_note(result: ThemeResult, choice: KChoice, k_given: int | None = None) -> str:
    """The rule, the k chosen (or set, and what the rule would choose) and every note of the fit,
    as Markdown lines (Vietnamese / English)."""
    lines = [f"**Quy tắc / Rule:** {RULE['vi']} / {RULE['en']}."]
    if k_given is None:
        lines.append(f"Chọn / chosen: **k = {choice.k}**.")
    else:
        lines.append(f"Bạn đặt / you set **k = {int(k_given)}**; quy tắc sẽ chọn / the rule "
                     f"would choose k = {choice.k}.")
    notes = list(dict.fromkeys([*result.notes, *choice.notes]))
    lines += [f"Lưu ý / Note: {md_escape(n)}" for n in notes]
    return "  \n".join(lines)


def _units_sentence(result: ThemeResult, choice: KChoice | None, k_given: int | None,
                    lang: Lang) -> str:
    n_units, n_docs = len(result.units), result.units["doc_id"].nunique()
    vi_noun, en_noun = UNIT_NOUNS.get(result.unit, ("đơn vị", "unit"))
    if result.unit == "document":
        head = (f"{count(n_units, lang, 'bài', 'article')}, mỗi bài là một đơn vị" if lang == "vi"
                else f"{count(n_units, lang, 'bài', 'article')}, each modelled whole")
    else:
        units, docs = count(n_units, lang, vi_noun, en_noun), count(n_docs, lang, "bài", "article")
        head = f"{units} từ {docs}" if lang == "vi" else f"{units} from {docs}"
    if k_given is None:
        how = ("chọn theo quy tắc silhouette + NPMI" if lang == "vi"
               else "chosen by the silhouette + NPMI rule")
    else:
        how = "do người dùng đặt" if lang == "vi" else "set by the user"
        if choice is not None and choice.k != result.k:
            how += (f"; quy tắc sẽ chọn k = {choice.k}" if lang == "vi"
                    else f"; the rule would choose k = {choice.k}")
    scores = choice.table.set_index("k") if choice is not None else pd.DataFrame()
    if result.k in scores.index and scores.loc[result.k, ["npmi", "silhouette"]].notna().all():
        row = scores.loc[result.k]
        how += (f"; NPMI = {number(row['npmi'], lang, 2)}, "
                f"silhouette = {number(row['silhouette'], lang, 3)}")
    return f"{head}; k = {result.k} ({how})."


def _largest_sentence(result: ThemeResult, overview: pd.DataFrame, lang: Lang) -> str:
    n = min(3, result.k)
    biggest = overview.sort_values(["share", "theme"], ascending=[False, True]).head(n)
    items = "; ".join(f"{_described(result, int(r.theme), lang)} ({percent(r.share, lang)}): "
                      f"{_terms(r.top_terms)}" for r in biggest.itertuples())
    unit = UNIT_NOUNS.get(result.unit, ("đơn vị", "unit"))
    if lang == "vi":
        return (f"{HOW_MANY['vi'][n]} chủ đề lớn nhất (tỉ trọng trung bình trên các "
                f"{unit[0]}, 5 từ khóa đầu): {items}.")
    return (f"The {HOW_MANY['en'][n]} largest themes (mean share over the {unit[1]}s, first "
            f"five terms): {items}.")


def _agreement_sentence(result: ThemeResult, lang: Lang) -> str:
    ari = number(result.agreement, lang, 2)
    if lang == "vi":
        return (f"NMF và k-means trên cùng ma trận khớp nhau với ARI = {ari} (1 = chia giống "
                f"hệt, 0 = như ngẫu nhiên).")
    return f"NMF and k-means on the same matrix agree with ARI = {ari} (1 = identical, 0 = chance)."


def _resample_phrase(result: ThemeResult, runs: pd.DataFrame, lang: Lang) -> str:
    if (runs["kind"] == "bootstrap").all():
        return "trên mẫu bootstrap" if lang == "vi" else "on bootstrap resamples"
    fraction = percent(runs["n_units"].median() / len(result.units), lang)
    unit = UNIT_NOUNS.get(result.unit, ("đơn vị", "unit"))
    return (f"trên {fraction} số {unit[0]}" if lang == "vi"
            else f"on {fraction} of the {unit[1]}s")


def _refit_sentence(result: ThemeResult, stability: Stability, lang: Lang) -> str | None:
    runs = stability.runs
    if runs.empty:
        return None
    seed, resampled = runs[runs["kind"] == "seed"], runs[runs["kind"] != "seed"]
    parts = []
    if len(seed):
        med = number(seed["ari"].median(), lang, 2)
        parts.append(f"{count(len(seed), lang, 'lần chạy lại', 'refit')} "
                     + (f"với số khởi tạo ngẫu nhiên (seed) khác: ARI trung vị {med}" if lang == "vi"
                        else f"with other seeds: median ARI {med}"))
    if len(resampled):
        med, low = number(resampled["ari"].median(), lang, 2), number(resampled["ari"].min(), lang, 2)
        where = _resample_phrase(result, resampled, lang)
        parts.append(f"{count(len(resampled), lang, 'lần chạy lại', 'refit')} {where}: "
                     + (f"ARI trung vị {med} (thấp nhất {low})" if lang == "vi"
                        else f"median ARI {med} (lowest {low})"))
    if not parts:
        return None
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def _stable_sentence(result: ThemeResult, stability: Stability, lang: Lang) -> str | None:
    themes, k = stability.themes, result.k
    if not len(stability.runs):
        return None
    resampled = stability.runs[stability.runs["kind"] != "seed"]
    rule = ("còn lại ở hơn nửa số lần chạy lại " if lang == "vi"
            else "survive in more than half of the refits ")
    rule += (_resample_phrase(result, resampled, lang) if len(resampled)
             else ("với số khởi tạo ngẫu nhiên (seed) khác" if lang == "vi" else "with other seeds"))
    stable = themes.loc[themes["stable"], "theme"].astype(int).tolist()
    unstable = themes.loc[~themes["stable"], "theme"].astype(int).tolist()
    n = len(stable)
    if lang == "vi":
        if n == k:
            return f"Cả {k} chủ đề đều ổn định ({rule})."
        if n == 0:
            return f"Không chủ đề nào trong {k} chủ đề ổn định ({rule})."
        names = listing([md_escape(result.names.get(t, str(t))) for t in unstable], "vi")
        return (f"{n} trên {k} chủ đề ổn định ({rule}): {theme_list(stable, 'vi')}. "
                f"Không ổn định: {names}.")
    if n == k:
        return f"{f'All {k}' if k > 2 else 'Both'} themes are stable (they {rule})."
    if n == 0:
        return f"None of the {k} themes is stable (none of them {rule.replace('survive', 'survives')})."
    names = listing([md_escape(result.names.get(t, str(t))) for t in unstable], "en")
    verb = "is" if n == 1 else "are"
    return (f"{n} of the {k} themes {verb} stable (they {rule}): {theme_list(stable, 'en')}. "
            f"Not stable: {names}.")


def _single_article_sentence(result: ThemeResult, overview: pd.DataFrame, lang: Lang,
                             threshold: float) -> str:
    k = result.k
    cut = percent(threshold, lang)
    if result.unit == "document":
        single = overview.loc[overview["n_docs"] == 1, "theme"].astype(int).tolist()
        n = len(single)
        if lang == "vi":
            if n == 0:
                return "Mỗi chủ đề gồm ít nhất hai bài."
            return (f"{n} trên {k} chủ đề ({theme_list(single, 'vi')}) chỉ gồm một bài: chủ đề "
                    f"ấy mô tả riêng bài đó.")
        if n == 0:
            return "Every theme holds at least two articles."
        if n == 1:
            return (f"1 of the {k} themes ({theme_list(single, 'en')}) holds a single article: it "
                    f"describes that article only.")
        return (f"{n} of the {k} themes ({theme_list(single, 'en')}) hold a single article each: "
                f"they describe those articles only.")
    mask = (overview["top_doc_share"] >= threshold) & (overview["n_units"] > 0)
    single = overview.loc[mask, "theme"].astype(int).tolist()
    n = len(single)
    if lang == "vi":
        if n == 0:
            return f"Không chủ đề nào lấy từ {cut} số đoạn trở lên từ một bài duy nhất."
        return (f"{n} trên {k} chủ đề ({theme_list(single, 'vi')}) lấy từ {cut} số đoạn trở lên "
                f"từ một bài duy nhất: {'chủ đề ấy' if n == 1 else 'các chủ đề ấy'} mô tả "
                f"{'bài đó' if n == 1 else 'từng bài đó'} hơn là một chủ đề chung của nhiều bài.")
    if n == 0:
        return f"No theme draws {cut} or more of its paragraphs from a single article."
    if n == 1:
        return (f"1 of the {k} themes ({theme_list(single, 'en')}) draws {cut} or more of its "
                f"paragraphs from a single article: it describes that article rather than a "
                f"theme shared across articles.")
    return (f"{n} of the {k} themes ({theme_list(single, 'en')}) draw {cut} or more of their "
            f"paragraphs from a single article each: they describe those articles rather than "
            f"themes shared across articles.")


def _province_sentences(result: ThemeResult, shares: pd.DataFrame, lang: Lang,
                        max_groups: int = 8) -> list[str]:
    by = shares.attrs.get("grouping", "province")
    groups = shares.drop_duplicates(by)
    groups = groups[groups["n_articles"] > 0]
    if groups.empty:
        return ["Không bài nào có tỉnh xác định." if lang == "vi"
                else "No article has a known province."]
    few = int(shares.attrs.get("min_articles", 5))
    low = int(groups["low_n"].sum())
    n = len(groups)
    if lang == "vi":
        which = (f"cả {n} tỉnh, thành có bài đều có" if low == n
                 else f"{n} tỉnh, thành có bài, {low} trong số đó có")
        out = [f"Tỉ trọng chủ đề theo tỉnh: {which} ít hơn {few} bài (đánh dấu *): tỉ trọng ở đó "
               f"chỉ mô tả vài bài ấy, không đại diện cho tỉnh." if low else
               f"Tỉ trọng chủ đề theo tỉnh: cả {n} tỉnh, thành có bài đều có ít nhất {few} bài."]
    else:
        province = "province" if n == 1 else "provinces"
        if low == n:
            which = ("the only province with articles has" if n == 1
                     else f"each of the {n} provinces with articles has")
        else:
            which = f"{n} {province} with articles, {low} of them with"
        out = [(f"Theme shares by province: {which} fewer than {few} articles (marked *): their "
                f"shares describe those few articles, not the province.") if low else
               f"Theme shares by province: {ALL.get(n, f'all {n}')} {province} with articles "
               f"{'has' if n == 1 else 'have'} at least {few} articles."]
    solid = shares[~shares["low_n"] & (shares["n_articles"] > 0)]
    if solid.empty:
        return out
    best = (solid.sort_values(["n_articles", by, "share"], ascending=[False, True, False])
            .drop_duplicates(by).head(max_groups))
    items = [f"{md_escape(short_name(str(r[by])))}: {_described(result, int(r['theme']), lang, True)}, "
             f"{percent(r['share'], lang)} ({percent(r['ci_low'], lang)}–"
             f"{percent(r['ci_high'], lang)})" for _, r in best.iterrows()]
    more = len(solid.drop_duplicates(by)) - len(best)
    if lang == "vi":
        tail = f" và {more} tỉnh khác" if more > 0 else ""
        out.append(f"Chủ đề lớn nhất ở mỗi tỉnh có từ {few} bài trở lên (khoảng tin cậy 95% "
                   f"bootstrap): {'; '.join(items)}{tail}.")
    else:
        tail = f" and {more} more" if more > 0 else ""
        out.append(f"Largest theme in each province with at least {few} articles (95% bootstrap "
                   f"interval): {'; '.join(items)}{tail}.")
    return out


def theme_findings(
    result: ThemeResult,
    stability: Stability,
    choice: KChoice | None = None,
    *,
    k_given: int | None = None,
    by_province: pd.DataFrame | None = None,
    single_article: float = 0.8,
) -> tuple[list[str], list[str]]:
    """Findings of the theme notebook as Markdown bullets (Vietnamese, English).

    ``choice``: how k was (or would have been) chosen (default ``result.choice``); ``k_given``:
    the k the user set (None: chosen by the rule); ``by_province``: theme shares by province
    from :func:`danvan.compare.group_shares` (adds the caveat on provinces with few articles
    and the largest theme of the others); ``single_article``: a theme drawing at least this share
    of its paragraphs from one article is said to describe that article.
    """
    choice = choice if choice is not None else result.choice
    overview = theme_overview(result)
    out: dict[str, list[str]] = {}
    for lang in ("vi", "en"):
        lines = [
            _units_sentence(result, choice, k_given, lang),
            _largest_sentence(result, overview, lang),
            _agreement_sentence(result, lang),
            _refit_sentence(result, stability, lang),
            _stable_sentence(result, stability, lang),
            _single_article_sentence(result, overview, lang, single_article),
        ]
        if by_province is not None and len(by_province):
            lines += _province_sentences(result, by_province, lang)
        out[lang] = [line for line in lines if line]
    return out["vi"], out["en"]
