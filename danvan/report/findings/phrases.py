"""Findings of notebook 03 (recurring formulas and slogans), Vietnamese and English.

``findings(*phrase_findings(corpus, hits, summary, usage, shared))`` closes the notebook. Every
sentence is computed from the tables the notebook showed: phrases appear as printed in the
articles (never as catalogue ids), numbers in each language's format, English plurals agree,
and the caveat is sized to the corpus at hand.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from danvan.corpus.outlets import UNKNOWN_ORIGIN, known_outlets, outlet_key
from danvan.corpus.tables import document_year, documents_of
from danvan.phrases.formula import VARIANTS
from danvan.phrases.labels import FORMULA, VARIANT_NAMES, printed_forms
from danvan.phrases.slogans import Slogan, load_catalogue
from danvan.report.display import md_escape
from danvan.report.findings.wording import Lang, count, listing, number, quoted, times

__all__ = ["phrase_findings", "corpus_size", "SMALL_CORPUS"]

LANGS: tuple[Lang, Lang] = ("vi", "en")
#: Below this many articles the findings say the numbers describe these articles only.
SMALL_CORPUS = 30
_VARIANT_ORDER = VARIANTS


def corpus_size(corpus: Any) -> str:
    """``5 bài, 2.870 từ / 5 articles, 2,870 words`` (words: ``documents.n_tokens``)."""
    docs = documents_of(corpus)
    n_tokens = int(docs["n_tokens"].sum()) if "n_tokens" in docs else 0
    return (f"{count(len(docs), 'vi', 'bài', 'article')}, {number(n_tokens, 'vi')} từ / "
            f"{count(len(docs), 'en', 'bài', 'article')}, {count(n_tokens, 'en', 'từ', 'word')}")


def _formula(corpus: Any, hits: pd.DataFrame, lang: Lang) -> str:
    docs = documents_of(corpus)
    n_tokens = int(docs["n_tokens"].sum()) if "n_tokens" in docs else 0
    f = hits[(hits["phrase_id"] == "formula") & (hits["field"] == "text")]
    where = (f"Trong {count(len(docs), lang, 'bài', 'article')} ({number(n_tokens, lang)} từ)"
             if lang == "vi" else
             f"In {count(len(docs), lang, 'bài', 'article')} ({count(n_tokens, lang, 'từ', 'word')})")
    if f.empty:
        verb = "không xuất hiện" if lang == "vi" else "does not occur"
        return f"{where}, {'công thức' if lang == 'vi' else 'the formula'} {quoted(FORMULA)} {verb}."
    by_variant = f["variant"].value_counts()
    used = [(v, int(by_variant[v])) for v in _VARIANT_ORDER if by_variant.get(v, 0)]
    n_docs = f["doc_id"].nunique()
    if lang == "vi":
        forms = ("dạng " + VARIANT_NAMES[used[0][0]][0] if len(used) == 1 else
                 listing([f"{times(k, lang)} {VARIANT_NAMES[v][0]}" for v, k in used], lang))
        return (f"{where}, công thức {quoted(FORMULA)} xuất hiện {times(len(f), lang)} ở "
                f"{count(n_docs, lang, 'bài', 'article')}: {forms}.")
    en_forms = {"four": "in its four-part form", "six": "in its six-part form (2021)",
                "four_plus_one": "with the four parts and one of the two new ones",
                "partial": "partial (three of the four core parts)"}
    forms = (en_forms[used[0][0]] if len(used) == 1 else
             listing([f"{times(k, lang)} {en_forms[v]}" for v, k in used], lang))
    return (f"{where}, the formula {quoted(FORMULA)} occurs {times(len(f), lang)} in "
            f"{count(n_docs, lang, 'bài', 'article')}, {forms}.")


def _items(found: pd.DataFrame, printed: dict[str, str], lang: Lang, top: int) -> list[str]:
    items = []
    for pid, r in found.head(top).iterrows():
        rate = number(float(r["per_10k"]), lang, 1)
        docs = count(int(r["n_docs"]), lang, "bài", "article")
        per = "trên 10.000 từ, ở" if lang == "vi" else "per 10,000 words, in"
        items.append(f"{quoted(printed.get(pid, r['phrase']))} {times(int(r['count']), lang)} "
                     f"({rate} {per} {docs})")
    return items


#: The slogan bullet's wording: (no slogan, slogans lead, absent n of m, every one occurs, names lead).
_SLOGAN_WORDS = {
    "vi": ("Không khẩu hiệu nào trong danh mục xuất hiện trong thân bài", "Khẩu hiệu gặp nhiều nhất: ",
           "; {absent} / {total} khẩu hiệu của danh mục không xuất hiện",
           "; khẩu hiệu nào của danh mục cũng xuất hiện",
           ". Tên thiết chế, chương trình và văn bản pháp lý gặp nhiều nhất: "),
    "en": ("No catalogue slogan occurs in the body text", "Most frequent slogans: ",
           "; {absent} of the {total} catalogue slogans {verb} not occur", "; every catalogue slogan occurs",
           ". Most frequent institution, programme and legal names: "),
}


def _slogans(hits: pd.DataFrame, summary: pd.DataFrame, lang: Lang, top: int,
             catalogue: tuple[Slogan, ...]) -> str:
    """The ``top`` slogans and mottos (category ``slogan``), then the most frequent institution,
    programme and legal names apart: a function or a regulation is not a slogan."""
    printed = printed_forms(hits)
    category = {s.id: s.category for s in catalogue}
    ids = summary.index.astype(str)
    slogans = summary[[category.get(i) == "slogan" for i in ids]]
    names = summary[[category.get(i) in {"institution", "legal"} for i in ids]]
    found, named = slogans[slogans["count"] > 0], names[names["count"] > 0]
    none, lead, some_absent, all_found, names_lead = _SLOGAN_WORDS[lang]
    absent = len(slogans) - len(found)
    if found.empty:
        text = none
    else:
        tail = some_absent.format(absent=number(absent, lang), total=number(len(slogans), lang),
                                  verb="does" if absent == 1 else "do") if absent else all_found
        text = lead + "; ".join(_items(found, printed, lang, top)) + tail
    others = _items(named, printed, lang, top)
    return text + (names_lead + "; ".join(others) if others else "") + "."


def _titles(hits: pd.DataFrame, lang: Lang) -> str:
    t = hits[hits["field"] == "title"]
    if t.empty:
        return ("Không tiêu đề nào chứa công thức hay khẩu hiệu của danh mục." if lang == "vi"
                else "No title carries the formula or a catalogue slogan.")
    printed = printed_forms(t)
    per = t.groupby("phrase_id", sort=False)["doc_id"].nunique().sort_values(ascending=False, kind="stable")
    items = [f"{quoted(printed[p])} ({count(int(n), lang, 'bài', 'article')})" for p, n in per.items()]
    n_docs = t["doc_id"].nunique()
    if lang == "vi":
        return f"Trong tiêu đề của {count(n_docs, lang, 'bài', 'article')}: {listing(items, lang)}."
    return (f"In the title{'' if n_docs == 1 else 's'} of {count(n_docs, lang, 'bài', 'article')}: "
            f"{listing(items, lang)}.")


def _usage(usage: pd.DataFrame, lang: Lang) -> str:
    if usage.empty:
        return ("Không có câu nào chứa công thức, nên chưa đọc được công thức được dùng thế nào."
                if lang == "vi" else "No sentence carries the formula, so there is no use to read.")
    n = len(usage)
    k = {lab: int(usage[lab].sum()) for lab in ("demanded", "achieved", "criticised")}
    cues = Counter(c for cs in usage["cues"] for c in str(cs).split(", ") if c)
    common = [f"{quoted(c)} ({number(m, lang)})" for c, m in cues.most_common(3)]
    if lang == "vi":
        text = (f"Câu chứa công thức: {number(n, lang)}; có từ gợi ý yêu cầu: "
                f"{number(k['demanded'], lang)}, kết quả: {number(k['achieved'], lang)}, phê phán: "
                f"{number(k['criticised'], lang)} (một câu có thể mang nhiều nhãn")
        text += f"; từ gợi ý thường gặp: {listing(common, lang)}" if common else ""
        return text + "). Nhãn chỉ dựa vào từ gợi ý: cần đọc lại từng câu."
    text = (f"Sentences carrying the formula: {number(n, lang)}; with cues of demand: "
            f"{number(k['demanded'], lang)}, of achievement: {number(k['achieved'], lang)}, of "
            f"criticism: {number(k['criticised'], lang)} (a sentence may carry several")
    text += f"; most common cues: {listing(common, lang)}" if common else ""
    return text + "). The labels rest on cue words only: read each sentence."


def _years(corpus: Any, hits: pd.DataFrame, lang: Lang) -> str:
    docs = documents_of(corpus)
    year = document_year(docs).set_axis(docs["doc_id"])
    dated = year.dropna()
    f = hits[(hits["phrase_id"] == "formula") & (hits["field"] == "text")]
    f_dated = f[f["doc_id"].isin(dated.index)]
    undated = len(year) - len(dated)
    if dated.empty:
        return ("Không bài nào xác định được năm, nên không xem được thay đổi theo thời gian."
                if lang == "vi" else "No article has a year, so change over time cannot be read.")
    span = (f"{int(dated.min())}–{int(dated.max())}" if dated.min() != dated.max()
            else str(int(dated.min())))
    if lang == "vi":
        head = (f"{count(len(dated), lang, 'bài', 'article')} xác định được năm ({span}), "
                f"{count(undated, lang, 'bài', 'article')} không có năm")
    else:
        head = (f"{count(len(dated), lang, 'bài', 'article')} {'has' if len(dated) == 1 else 'have'} "
                f"a year ({span}), {number(undated, lang)} {'does' if undated == 1 else 'do'} not")
    n_f = f_dated["doc_id"].nunique()
    if n_f == 0:
        undated_f = f["doc_id"].nunique()
        if lang == "vi":
            why = ("; bài duy nhất dùng công thức không có năm" if undated_f == 1 else
                   f"; cả {count(undated_f, lang, 'bài', 'article')} dùng công thức đều không có năm"
                   if undated_f else "; không bài nào dùng công thức")
            return head + why + ", nên không thể xem chuyển đổi bốn → sáu vế theo thời gian."
        why = ("; the one article using the formula is undated" if undated_f == 1 else
               f"; all {count(undated_f, lang, 'bài', 'article')} using the formula are undated"
               if undated_f else "; no article uses the formula")
        return head + why + ", so the four → six shift over time cannot be read."
    six = f_dated.loc[f_dated["variant"] == "six", "doc_id"].nunique()
    first_six = dated[f_dated.loc[f_dated["variant"] == "six", "doc_id"].unique()].min() if six else None
    if lang == "vi":
        text = (f"{head}; trong {count(n_f, lang, 'bài', 'article')} có năm dùng công thức, "
                f"{number(six, lang)} bài dùng dạng sáu vế")
        return text + (f" (sớm nhất năm {int(first_six)})." if six else ".")
    text = (f"{head}; of the {count(n_f, lang, 'bài', 'article')} with a year that use the formula, "
            f"{number(six, lang)} {'uses' if six == 1 else 'use'} the six-part form")
    return text + (f" (first in {int(first_six)})." if six else ".")


def _shared(corpus: Any, shared: pd.DataFrame, lang: Lang) -> str:
    docs = documents_of(corpus)
    n_outlets = int(docs["outlet"].map(outlet_key).nunique()) if "outlet" in docs else 0
    min_outlets = int(shared.attrs.get("min_outlets", 2))
    min_n = int(shared.attrs.get("min_n", 3))
    if n_outlets < min_outlets:
        return (f"Kho chỉ có {count(n_outlets, lang, 'báo', 'outlet')} xác định được, nên không so "
                f"được chuỗi từ giữa các báo." if lang == "vi" else
                f"The corpus has only {count(n_outlets, lang, 'báo', 'outlet')} known, so no "
                f"sequence can be compared across outlets.")
    if shared.empty:
        return (f"Không chuỗi nào từ {min_n} âm tiết trở lên lặp lại nguyên văn ở ít nhất "
                f"{min_outlets} trong {n_outlets} báo." if lang == "vi" else
                f"No sequence of {min_n} or more syllables recurs verbatim in at least {min_outlets} "
                f"of the {n_outlets} outlets.")
    best = shared.iloc[0]
    where = (f"{count(int(best['n_outlets']), lang, 'báo', 'outlet')}, "
             f"{count(int(best['n_docs']), lang, 'bài', 'article')}")
    n = len(shared)
    reference = shared.attrs.get("reference")
    relayed = "outlet" in docs and bool((docs["outlet"].map(outlet_key) == UNKNOWN_ORIGIN).any())
    if lang == "vi":
        sources = (f"{n_outlets} nguồn ({n_outlets - 1} báo và nhóm bài qua trang tổng hợp không rõ "
                   "báo gốc)" if relayed else f"{n_outlets} báo")
        head = (f"{number(n, lang)} chuỗi từ {min_n} âm tiết trở lên lặp lại nguyên văn ở ít nhất "
                f"{min_outlets} trong {sources}")
        if reference:
            return (f"{head} và nhiều hơn hẳn so với kho tin tổng quát ({md_escape(reference)}; bỏ "
                    f"{number(int(shared.attrs.get('dropped_generic', 0)), lang)} chuỗi chung của mọi "
                    f"bản tin); đặc trưng nhất: {quoted(best['ngram'])} ({where}).")
        return f"{head}; rộng nhất: {quoted(best['ngram'])} ({where})."
    sources = (f"{n_outlets} sources ({n_outlets - 1} outlets and the aggregated articles of unknown "
               "origin)" if relayed else f"{n_outlets} outlets")
    head = (f"{number(n, lang)} {'sequence' if n == 1 else 'sequences'} of {min_n} or more syllables "
            f"{'recurs' if n == 1 else 'recur'} verbatim in at least {min_outlets} of the {sources}")
    if reference:
        dropped = int(shared.attrs.get("dropped_generic", 0))
        return (f"{head} and far more often than in general news ({md_escape(reference)}; "
                f"{count(dropped, lang, 'chuỗi', 'sequence')} common to all news left out); the most "
                f"distinctive: {quoted(best['ngram'])} ({where}).")
    return f"{head}; the widest: {quoted(best['ngram'])} ({where})."


def _caveat(corpus: Any, lang: Lang) -> str:
    docs = documents_of(corpus)
    n = len(docs)
    n_outlets = int(known_outlets(docs["outlet"]).nunique()) if "outlet" in docs else 0
    if n < SMALL_CORPUS:
        return (f"Với chỉ {count(n, lang, 'bài', 'article')}, mỗi con số chỉ mô tả đúng những bài "
                f"này: không thể kết luận về tần suất chung, xu hướng hay khác biệt giữa các tỉnh."
                if lang == "vi" else
                f"With only {count(n, lang, 'bài', 'article')}, every number describes these "
                f"articles alone: nothing follows about general frequency, trends or provinces.")
    return (f"Các con số mô tả {count(n, lang, 'bài', 'article')} từ "
            f"{count(n_outlets, lang, 'báo', 'outlet')} của kho này, không phải một mẫu đại diện "
            f"cho báo chí; danh mục chỉ tìm những cách diễn đạt nó liệt kê." if lang == "vi" else
            f"The numbers describe the {count(n, lang, 'bài', 'article')} from "
            f"{count(n_outlets, lang, 'báo', 'outlet')} in this corpus, not a representative "
            f"sample of the press; the catalogue finds only the wordings it lists.")


def phrase_findings(
    corpus: Any, hits: pd.DataFrame, summary: pd.DataFrame, usage: pd.DataFrame,
    shared: pd.DataFrame, top: int = 3, catalogue: tuple[Slogan, ...] | None = None,
) -> tuple[list[str], list[str]]:
    """Findings of notebook 03 as Markdown bullets (Vietnamese, English).

    ``hits`` is :func:`danvan.phrases.hits.phrase_hits`, ``summary`` its
    :func:`~danvan.phrases.hits.phrase_summary`, ``usage`` :func:`~danvan.phrases.hits.usage_cues`
    and ``shared`` :func:`danvan.reading.ngrams.shared_sequences` of the same corpus. One bullet
    each: the formula and its variants, the ``top`` slogans with their rates (and, apart, the
    institution and legal names of the catalogue, ``catalogue`` or the package's), phrases in titles,
    how the formula is used, the years, the sequences shared across outlets, the caveat.
    """
    out: dict[str, list[str]] = {}
    catalogue = catalogue if catalogue is not None else load_catalogue()
    for lang in LANGS:
        out[lang] = [
            _formula(corpus, hits, lang),
            _slogans(hits, summary, lang, top, catalogue),
            _titles(hits, lang),
            _usage(usage, lang),
            _years(corpus, hits, lang),
            _shared(corpus, shared, lang),
            _caveat(corpus, lang),
        ]
    return out["vi"], out["en"]
