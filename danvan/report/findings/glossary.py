"""Findings and limits of the glossary (notebook 00), Vietnamese and English, from the table of term
counts (:func:`danvan.corpus.summaries.term_counts`)."""

from __future__ import annotations

import pandas as pd

from danvan.corpus.summaries import ARTICLES, OCCURRENCES, WITHIN
from danvan.report.findings.corpus import SMALL
from danvan.report.findings.wording import Lang, count, listing, number, quoted

__all__ = ["glossary_findings", "glossary_limits"]


def _top(counts: pd.DataFrame, column: str) -> tuple[list[str], int]:
    """The terms with the highest value of ``column`` (quoted, in the table's order), and it."""
    top = int(counts[column].max()) if len(counts) else 0
    return [quoted(str(t)) for t in counts.index[counts[column] == top]], top


def _named(terms: list[str], lang: Lang, most: int) -> str:
    """``“a”, “b” và “c”``; past ``most`` terms: ``7 thuật ngữ, trong đó “a”, … và “e”``."""
    if len(terms) <= most:
        return listing(terms, lang)
    among = "thuật ngữ, trong đó" if lang == "vi" else "terms, among them"
    return f"{number(len(terms), lang)} {among} {listing(terms[:most], lang)}"


def glossary_findings(counts: pd.DataFrame, most: int = 5) -> tuple[list[str], list[str]]:
    """Findings of the glossary as Markdown bullets (Vietnamese, English): how many of the terms
    occur, which are in most articles and which occur most often (ties listed together, the
    first ``most`` of them named), how many occurrences of the formula's parts lie in a formula
    chain (with a :data:`~danvan.corpus.summaries.WITHIN` column), which are not found."""
    n_docs = int(counts.attrs.get("n_documents", 0))
    total, found = len(counts), int((counts[ARTICLES] > 0).sum())
    vi = [f"Kho văn bản có {number(n_docs, 'vi')} bài; {number(found, 'vi')} trên {number(total, 'vi')} "
          "thuật ngữ xuất hiện ít nhất một lần."]
    en = [f"The corpus has {count(n_docs, 'en', 'bài', 'article')}; {number(found, 'en')} of the "
          f"{count(total, 'en', 'thuật ngữ', 'term')} {'occurs' if found == 1 else 'occur'} at least once."]
    if found:
        widest, docs = _top(counts, ARTICLES)
        each_vi, each_en = (" mỗi thuật ngữ", " each") if len(widest) > 1 else ("", "")
        vi.append(f"Có mặt trong nhiều bài nhất: {_named(widest, 'vi', most)} ({number(docs, 'vi')} "
                  f"trên {number(n_docs, 'vi')} bài{each_vi}).")
        en.append(f"Found in most articles: {_named(widest, 'en', most)} ({number(docs, 'en')} of "
                  f"{count(n_docs, 'en', 'bài', 'article')}{each_en}).")
        frequent, times = _top(counts, OCCURRENCES)
        each_vi, each_en = (" mỗi thuật ngữ", " each") if len(frequent) > 1 else ("", "")
        vi.append(f"Xuất hiện nhiều lần nhất: {_named(frequent, 'vi', most)} "
                  f"({number(times, 'vi')} lần{each_vi}).")
        en.append(f"Most occurrences: {_named(frequent, 'en', most)} "
                  f"({count(times, 'en', 'lần', 'occurrence')}{each_en}).")
    if WITHIN in counts and (parts := counts[counts[WITHIN] > 0]).size:
        inside, total = int(parts[WITHIN].sum()), int(parts[OCCURRENCES].sum())
        names = [quoted(str(t)) for t in parts.index]
        rest_vi = "không lần nào nằm ngoài chuỗi." if inside == total else (
            "các lần còn lại nằm ngoài chuỗi (một vế dùng riêng, hay một cụm khác như “lấy dân làm gốc”).")
        rest_en = "none lies outside a chain." if inside == total else (
            ("the other lies" if total - inside == 1 else "the others lie")
            + " outside a chain (one part used alone, or another phrase such as “lấy dân làm gốc”).")
        vi.append(f"{number(inside, 'vi')} trên {number(total, 'vi')} lần xuất hiện của "
                  f"{_named(names, 'vi', most)} nằm trong một chuỗi công thức (mục 3); {rest_vi}")
        en.append(f"{number(inside, 'en')} of the {count(total, 'en', 'lần', 'occurrence')} of "
                  f"{_named(names, 'en', most)} {'lies' if inside == 1 else 'lie'} in a formula chain "
                  f"(section 3); {rest_en}")
    missing = [quoted(str(t)) for t in counts.index[counts[ARTICLES] == 0]]
    if missing:
        vi.append(f"Không xuất hiện: {listing(missing, 'vi')}.")
        en.append(f"Not found: {listing(missing, 'en')}.")
    return vi, en


def glossary_limits(counts: pd.DataFrame, small: int = SMALL) -> tuple[list[str], list[str]]:
    """What the counts can say on this corpus (Vietnamese, English): on fewer than ``small``
    articles they describe those articles only; on more, this collection, not the press."""
    n = int(counts.attrs.get("n_documents", 0))
    if n < small:
        return ([f"Với {number(n, 'vi')} bài, các con số chỉ mô tả {number(n, 'vi')} bài này: không "
                 "thể kết luận thuật ngữ nào phổ biến hơn trong báo chí nói chung. Hãy chạy lại với "
                 "kho lớn hơn (`CORPUS`)."],
                [f"With {count(n, 'en', 'bài', 'article')}, the numbers describe "
                 f"{'this article' if n == 1 else 'these articles'} only: nothing can be concluded "
                 "about which term is more common in the press. Run "
                 "it again on a larger corpus (`CORPUS`)."])
    return ([f"Các con số mô tả {number(n, 'vi')} bài của kho này, là những bài đã thu thập được chứ "
             "không phải một mẫu ngẫu nhiên: thuật ngữ phổ biến trong kho chưa chắc phổ biến trong "
             "báo chí nói chung."],
            [f"The numbers describe the {count(n, 'en', 'bài', 'article')} of this corpus, the "
             "articles that were collected rather than a random sample: a term common here need not "
             "be common in the press at large."])
