"""Findings and limits of notebooks 00 (glossary) and 01 (corpus overview): the exact sentences on
the five sample articles, and hand-made tables for plurals, number formats, ties and escaping."""

from __future__ import annotations

import pandas as pd
import pytest

from danvan.corpus.load import load_corpus
from danvan.corpus.summaries import ARTICLES, OCCURRENCES, TERM, WITHIN, term_counts
from danvan.reading.kwic import kwic
from danvan.report.findings.corpus import (
    corpus_findings,
    corpus_limits,
    leaders,
    limits_markdown,
    size_limits,
)
from danvan.report.findings.glossary import glossary_findings, glossary_limits

TERMS = [  # the default TERMS of notebooks/00_glossary.ipynb
    "dân vận", "công tác dân vận", "Dân vận khéo", "dân chủ ở cơ sở", "quy chế dân chủ",
    "Mặt trận Tổ quốc", "MTTQ", "Ban Dân vận", "Ban Thường vụ", "Bí thư", "UBND", "HĐND",
    "dân biết", "dân kiểm tra", "dân giám sát", "dân thụ hưởng",
]


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(progress=False)


def _docs(n: int, **columns) -> pd.DataFrame:
    """``n`` hand-made documents; columns default to a province, a level, an outlet, a date."""
    base = {"doc_id": [f"d{i}" for i in range(n)], "n_tokens": [100] * n,
            "published": [pd.Timestamp("2020-05-01")] * n, "event_date": [pd.NaT] * n,
            "province": ["Tỉnh Hà Tĩnh"] * n, "admin_level": ["province"] * n,
            "outlet": ["Báo Hà Tĩnh"] * n}
    return pd.DataFrame({**base, **columns})


def _report(*statuses: str) -> pd.DataFrame:
    return pd.DataFrame({"status": list(statuses)})


def test_corpus_findings_on_the_sample(corpus):
    vi, en = corpus_findings(corpus.documents, corpus.ingest_report)
    assert vi == [
        "Kho có **5** bài dùng được trong **6** đầu vào (1 mục bỏ qua vì không phải bài báo, có lý do "
        "trong báo cáo nhập liệu); tổng cộng 2.805 từ, bài dài nhất 675 từ, ngắn nhất 491 từ, trung "
        "vị 560 từ.",
        "2 bài có ngày đăng, 3 bài có ngày sự kiện; 3 bài xác định được năm (năm đăng, nếu không có "
        "thì năm của sự kiện), từ 2018 đến 2022; 2 bài không có năm.",
        "5 bài xác định được tỉnh/thành, thuộc 4 tỉnh/thành; nhiều nhất là Hồ Chí Minh (2 bài); 3 bài "
        "có cả năm và tỉnh/thành.",
        "Cấp của cơ quan tổ chức: 4 bài cấp tỉnh và 1 bài cấp huyện; bài nào cũng rõ cấp.",
        "Các bài đến từ 4 cơ quan báo chí, mỗi nơi 1 bài; 1 bài không rõ cơ quan báo chí.",
    ]
    assert en == [
        "The corpus holds **5** usable articles from **6** inputs (1 entry skipped as not an article, "
        "with its reason in the ingest report): 2,805 words in all; the longest article has 675 "
        "words, the shortest 491, the median 560.",
        "2 articles have a publication date and 3 an event date; 3 articles have a year (the "
        "publication year, else the event's), from 2018 to 2022; 2 have none.",
        "5 articles have a province, from 4 provinces; most from Hồ Chí Minh (2 articles); 3 articles "
        "have both a year and a province.",
        "Level of the organising body: 4 articles at province level and 1 article at district level.",
        "The articles come from 4 outlets, 1 article each; 1 article has no known outlet.",
    ]


def test_corpus_limits_on_the_sample(corpus):
    vi, en = corpus_limits(corpus.documents)
    assert vi == [
        "Kho chỉ có 5 bài: đủ để *mô tả* cách bộ công cụ hoạt động, không đại diện cho báo chí Việt "
        "Nam, cho một tỉnh hay một giai đoạn; hãy chạy lại với kho lớn hơn (tham số `CORPUS`).",
        "2 bài (40%) không có năm: biểu đồ theo năm không tính các bài này.",
        # 000 prints "Sáng 22/1" and names 2021 and 2022: its year 2022 is inferred
        "Trong 3 bài có năm, 1 bài chỉ có năm suy ra (bài ghi ngày mà không ghi năm; năm lấy từ các "
        "năm bài nhắc tới, từ các bài liên quan in kèm hay từ ngày kỷ niệm bài nhắc tới): năm ấy có thể "
        "sai; `INFERRED_YEARS = False` trong notebook 02–04 coi đó như không có năm.",
        "Các năm 2019 và 2021 không có bài nào: cột bằng 0 trên biểu đồ nói về kho này, không nói về "
        "báo chí năm đó.",
        "3 trên 4 tỉnh/thành chỉ có 1 bài: một bài không thể đại diện cho cả một tỉnh/thành.",
    ]
    assert en == [
        "The corpus has only 5 articles: enough to *describe* how the toolkit works, not to represent "
        "the Vietnamese press, a province or a period; run it again on a larger corpus (the `CORPUS` "
        "parameter).",
        "2 articles (40%) have no year: the chart by year leaves them out.",
        "1 of the 3 articles with a year has an inferred one only (the day is printed, not the year, "
        "taken from the years the text names, the related articles printed with it or the anniversary it "
        "marks): it may be wrong; `INFERRED_YEARS = False` in notebooks 02–04 treats such years as none.",
        "2019 and 2021 have no article: a zero bar describes this corpus, not the press of that year.",
        "3 of the 4 provinces have a single article: one article cannot stand for a province.",
    ]
    assert limits_markdown(vi, en).splitlines()[1] == (
        "- 2 bài (40%) không có năm: biểu đồ theo năm không tính các bài này. / 2 articles (40%) "
        "have no year: the chart by year leaves them out.")


def test_numbers_and_plurals_follow_each_language():
    docs = _docs(2, n_tokens=[12786, 1000])
    vi, en = corpus_findings(docs, _report("ok", "ok", "duplicate"))
    assert vi[0] == ("Kho có **2** bài dùng được trong **3** đầu vào (1 bản trùng, có lý do trong báo "
                     "cáo nhập liệu); tổng cộng 13.786 từ, bài dài nhất 12.786 từ, ngắn nhất 1.000 từ, "
                     "trung vị 6.893 từ.")
    assert en[0] == ("The corpus holds **2** usable articles from **3** inputs (1 duplicate, with its "
                     "reason in the ingest report): 13,786 words in all; the longest article has "
                     "12,786 words, the shortest 1,000, the median 6,893.")
    _, en = corpus_findings(docs.head(1), _report("ok", "duplicate", "duplicate", "rejected"))
    assert en[0].startswith("The corpus holds **1** usable article from **4** inputs (2 duplicates and "
                            "1 rejected, each with its reason in the ingest report)")
    assert en[1] == ("1 article has a publication date and 0 an event date; 1 article has a year (the "
                     "publication year, else the event's), all in 2020; 0 have none.")


def test_a_large_corpus_gets_no_sample_caveat_and_is_told_what_it_lacks():
    n = 40
    docs = _docs(n, outlet=["Báo A"] * 30 + ["Báo B"] * 10,
                 province=["Tỉnh Hà Tĩnh"] * 20 + ["Tỉnh Nghệ An"] * 19 + [None],
                 published=[pd.Timestamp(f"{2000 + i % 12}-01-01") for i in range(39)] + [pd.NaT])
    vi, en = corpus_limits(docs)
    assert not any("chỉ có 40 bài" in s for s in vi)
    assert vi[0].startswith("Kho có 40 bài từ 2 cơ quan báo chí: đó là những bài đã thu thập được")
    assert en[0].startswith("The corpus holds 40 articles from 2 outlets: the articles that were "
                            "collected, not a random sample")
    assert en[1:] == [
        "1 article (3%) has no year: the chart by year leaves it out.",
        "1 article (3%) names no province: the table by province puts it on the “(không rõ / "
        "unknown)” row.",
        "75% of the articles with a known outlet are from Báo A: the corpus leans towards its way of "
        "writing.",
    ]
    assert vi[1:] == [
        "1 bài (3%) không có năm: biểu đồ theo năm không tính bài này.",
        "1 bài (3%) không nêu tỉnh/thành: bảng theo tỉnh xếp bài này vào dòng “(không rõ / unknown)”.",
        "75% số bài có tên cơ quan báo chí là của Báo A: kho nghiêng về cách viết của cơ quan này.",
    ]


def test_the_size_caveat_alone_follows_the_corpus(corpus):
    # notebook 02's Limits: the sample's size, or a larger corpus's nature, never one written for the other
    vi, en = size_limits(corpus.documents)
    assert en == [corpus_limits(corpus.documents)[1][0]]
    assert en[0].startswith("The corpus has only 5 articles")
    assert vi == [corpus_limits(corpus.documents)[0][0]]
    big = _docs(40, outlet=["Báo A"] * 20 + ["Báo B"] * 20)
    assert size_limits(big)[1] == ["The corpus holds 40 articles from 2 outlets: the articles that were "
                                   "collected, not a random sample of the Vietnamese press; the figures "
                                   "describe this corpus, not the press at large."]


def test_levels_the_model_guessed_are_counted():
    docs = _docs(3, published=[pd.Timestamp("2020-01-01")] * 3, province=["Tỉnh Hà Tĩnh"] * 3)
    docs = docs.assign(admin_level=["central", "province", None],
                       place_source=["no place named often enough (none); no organising body found: "
                                     "level central guessed by the model (65%)", "province scores: …", ""])
    vi, en = corpus_limits(docs)
    assert ("1 of the 2 articles with an admin level has one guessed by the learned model (the rules "
            "found no organising body in the lead; `place_source` says so): a guess to check.") in en
    assert ("Trong 2 bài có cấp tổ chức, 1 bài có cấp do mô hình học máy đoán (quy tắc không thấy cơ "
            "quan tổ chức nào trong đoạn mở đầu; cột `place_source` ghi rõ): cấp ấy là phỏng đoán, nên "
            "kiểm tra.") in vi
    assert not any("mô hình" in s for s in corpus_limits(docs.head(2).assign(place_source=""))[0])


def test_many_missing_years_are_counted_not_listed():
    years = [1990, 2000]
    docs = _docs(2, published=[pd.Timestamp(f"{y}-01-01") for y in years])
    vi, en = corpus_limits(docs)
    assert "9 năm trong khoảng 1991–1999 không có bài nào" in vi[1]
    assert en[1].startswith("9 years between 1991 and 1999 have no article")
    one_gap = corpus_limits(_docs(2, published=[pd.Timestamp("2019-01-01"), pd.Timestamp("2021-01-01")]))
    assert one_gap[0][1].startswith("Năm 2020 không có bài nào")
    assert one_gap[1][1].startswith("2020 has no article")


def test_leaders_list_ties_and_escape_names():
    values = pd.Series(["<b>Báo A</b>", "Báo C", "<b>Báo A</b>", "Báo C", "Báo D"])
    assert leaders(values, "vi") == r"nhiều nhất là \<b\>Báo A\</b\> và Báo C (2 bài mỗi nơi)"
    assert leaders(values, "en") == r"most from \<b\>Báo A\</b\> and Báo C (2 articles each)"
    assert leaders(pd.Series(["a", "b", "c", "d"] * 2), "en") == "4 tie for most (2 articles each)"
    assert leaders(pd.Series(["a", "b"]), "vi") == "mỗi nơi 1 bài"
    vi, _ = corpus_findings(_docs(2, outlet=["*Báo* A", "*Báo* A"]), _report("ok", "ok"))
    assert r"nhiều nhất là \*Báo\* A (2 bài)" in vi[4]


def test_glossary_findings_on_the_sample(corpus):
    counts = term_counts(corpus, TERMS, find=kwic)
    vi, en = glossary_findings(counts)
    assert vi == [
        "Kho văn bản có 5 bài; 14 trên 16 thuật ngữ xuất hiện ít nhất một lần.",
        "Có mặt trong nhiều bài nhất: “dân vận”, “Ban Dân vận” và “Bí thư” (5 trên 5 bài mỗi thuật "
        "ngữ).",
        "Xuất hiện nhiều lần nhất: “dân vận” (63 lần).",
        "Không xuất hiện: “dân giám sát” và “dân thụ hưởng”.",
    ]
    assert en == [
        "The corpus has 5 articles; 14 of the 16 terms occur at least once.",
        "Found in most articles: “dân vận”, “Ban Dân vận” and “Bí thư” (5 of 5 articles each).",
        "Most occurrences: “dân vận” (63 occurrences).",
        "Not found: “dân giám sát” and “dân thụ hưởng”.",
    ]
    vi, en = glossary_limits(counts)
    assert en == ["With 5 articles, the numbers describe these articles only: nothing can be "
                  "concluded about which term is more common in the press. Run it again on a larger "
                  "corpus (`CORPUS`)."]
    assert vi[0].startswith("Với 5 bài, các con số chỉ mô tả 5 bài này")


def test_glossary_findings_say_how_many_formula_parts_lie_in_a_chain(corpus):
    from danvan.phrases.formula import formula_hits

    terms = ["dân biết", "dân làm", "dân giám sát", "Bí thư"]
    counts = term_counts(corpus, terms, find=kwic, within=formula_hits(corpus.documents))
    vi, en = glossary_findings(counts)
    # the sample's one four-part chain holds its "dân biết" and one of its two "dân làm"
    assert en[3] == ("2 of the 3 occurrences of “dân làm” and “dân biết” lie in a formula chain "
                     "(section 3); the other lies outside a chain (one part used alone, or another phrase "
                     "such as “lấy dân làm gốc”).")
    assert vi[3] == ("2 trên 3 lần xuất hiện của “dân làm” và “dân biết” nằm trong một chuỗi công thức "
                     "(mục 3); các lần còn lại nằm ngoài chuỗi (một vế dùng riêng, hay một cụm khác như "
                     "“lấy dân làm gốc”).")
    counts = pd.DataFrame({ARTICLES: [3], OCCURRENCES: [4], WITHIN: [1]},
                          index=pd.Index(["dân giám sát"], name=TERM))
    counts.attrs["n_documents"] = 10
    _, en = glossary_findings(counts)
    assert en[3].startswith("1 of the 4 occurrences of “dân giám sát” lies in a formula chain "
                            "(section 3); the others lie outside a chain")


def test_glossary_singulars_large_numbers_and_escaping():
    counts = pd.DataFrame({ARTICLES: [1, 0], OCCURRENCES: [1, 0]},
                          index=pd.Index(["<i>Ban</i>", "MTTQ"], name=TERM))
    counts.attrs["n_documents"] = 12786
    vi, en = glossary_findings(counts)
    assert vi[0] == "Kho văn bản có 12.786 bài; 1 trên 2 thuật ngữ xuất hiện ít nhất một lần."
    assert en[0] == "The corpus has 12,786 articles; 1 of the 2 terms occurs at least once."
    assert en[1] == r"Found in most articles: “\<i\>Ban\</i\>” (1 of 12,786 articles)."
    assert en[2] == r"Most occurrences: “\<i\>Ban\</i\>” (1 occurrence)."
    assert en[3] == "Not found: “MTTQ”."
    vi, en = glossary_limits(counts)
    assert vi[0].startswith("Các con số mô tả 12.786 bài của kho này")
    assert en[0].startswith("The numbers describe the 12,786 articles of this corpus")


def test_an_aggregator_is_a_source_not_an_outlet():
    docs = _docs(40, outlet=["baomoi.com"] * 25 + ["Báo A"] * 10 + ["Báo B"] * 5)
    vi, en = corpus_findings(docs, _report(*["ok"] * 40))
    assert en[-1] == ("The articles come from 2 outlets, most from Báo A (10 articles); 25 articles came "
                      "through an aggregator (baomoi.com) that does not name the original outlet.")
    assert vi[-1].endswith("; 25 bài lấy qua trang tổng hợp (baomoi.com) không ghi báo gốc.")
    vi, en = corpus_limits(docs)
    assert en[0].startswith("The corpus holds 40 articles from 2 outlets:")
    # Báo A holds 10 of the 15 articles of a known outlet: the lean is told of it, not of baomoi.com
    assert en[-1] == ("67% of the articles with a known outlet are from Báo A: the corpus leans "
                      "towards its way of writing.")


def test_only_aggregators_say_so_without_an_empty_outlet_count():
    docs = _docs(3, outlet=["baomoi.com", "baomoi.com", "Báo Mới"])
    vi, en = corpus_findings(docs, _report("ok", "ok", "ok"))
    assert en[-1] == ("3 articles came through an aggregator (Báo Mới and baomoi.com) that does not "
                      "name the original outlet.")
    assert "0 cơ quan" not in vi[-1] and vi[-1].startswith("3 bài lấy qua trang tổng hợp")
