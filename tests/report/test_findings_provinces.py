"""Findings of notebook 04 and its solutions: sentences computed from the tables, numbers in each
language's format, correct English plurals, "significant" only where p_adj < 0.05.

The sample corpus (data/raw): Hồ Chí Minh 2 articles (675 + 493 words), Hà Nội 1 (491), Hà Tĩnh
1 (586), Hải Phòng 1 (560); levels: province 4, district 1. The four-part formula occurs once, in
Hà Tĩnh: 1 / 586 × 10,000 = 17.1 per 10,000 words; "quy chế dân chủ ở cơ sở" occurs 10 times in
Hà Nội: 10 / 491 × 10,000 = 203.7.
"""

from __future__ import annotations

import pandas as pd
import pytest
from frames import five_documents

from danvan.compare import group_profiles, group_rates, keyness, range_gate_summary, select_articles
from danvan.core.paths import raw_dir
from danvan.corpus.load import Corpus, load_corpus
from danvan.phrases.hits import phrase_rates
from danvan.report.findings.provinces import (
    comparison_findings,
    formula_years,
    formula_years_note,
    kept_note,
    profile_note,
    solution_findings,
)
from danvan.themes import load_stopwords


@pytest.fixture
def documents() -> pd.DataFrame:
    return five_documents()


@pytest.fixture
def counts() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["A", "B", "B", "C", "D", "D"],
        "phrase_id": ["p1", "p1", "p2", "p1", "p1", "formula_six"],
        "count": [2, 2, 1, 1, 9, 3],
    })


def _keywords(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["province", "rank", "word", "g2", "p_adj", "log_ratio"])


def test_findings_are_computed_from_the_tables(documents, counts):
    profile = group_profiles(documents, "province", min_articles=5)
    levels = group_profiles(documents, "admin_level", min_articles=5)
    rates = group_rates(counts, documents, "province", n_boot=50, progress=False)
    keywords = _keywords([])
    vi, en = comparison_findings(profile, rates, None, keywords, levels,
                                 labels={"p1": "Dân vận khéo", "p2": "của dân, do dân, vì dân"},
                                 min_range=2)
    # equal counts: by name
    assert en[0] == ("4 articles with a known province, from 2 of the 63 provinces: Hà Tĩnh (2) "
                     "and Hồ Chí Minh (2); 1 article has no province.")
    assert vi[0].endswith("1 bài không xác định được tỉnh.")
    assert en[1] == ("By level of the organising body: province (3) and district (1); no article "
                     "at the central and commune levels; 1 article has no level.")
    assert vi[1].startswith("Theo cấp tổ chức: tỉnh (3) và huyện (1); không có bài ở cấp trung "
                            "ương và xã")
    # formula_six: 3 in 4000 words of HCM = 7.5 per 10,000
    assert en[2].endswith("appears in Hồ Chí Minh (six-part version: 3 times, 7.5 per 10,000 "
                          "words).")
    assert "(bản 6 vế: 3 lần, 7,5 trên 10.000 từ)" in vi[2]
    # p1 in HCM: 10 / 4000 = 25; Hà Tĩnh: 4 / 2000 = 20
    assert en[3] == ("The most frequent catalogued phrase in each province: Hà Tĩnh: “Dân vận "
                     "khéo” (20.0 per 10,000 words); and Hồ Chí Minh: “Dân vận khéo” (25.0 per "
                     "10,000 words).")
    assert en[4].startswith("No word passes the range gate (in at least 2 stories of one")
    assert en[5] == ("All 2 provinces with articles have fewer than 5 articles: their figures "
                     "describe, they do not support inference.")
    assert len(vi) == len(en) == 6


def test_keywords_are_called_significant_only_below_alpha(documents, counts):
    profile = group_profiles(documents, "province", min_articles=2)
    levels = group_profiles(documents, "admin_level", min_articles=2)
    rates = group_rates(counts, documents, "province", n_boot=20, progress=False)
    weak = _keywords([("Tỉnh Hà Tĩnh", 1, "đê_điều", 4.1, 0.2, 1.4)])
    vi, en = comparison_findings(profile, rates, None, weak, levels, labels={}, min_range=2)
    assert en[-2] == ("Words pass the range gate (in at least 2 stories of one province, "
                      "near-duplicates counted once) in 1 province, but at this corpus size no "
                      "keyword is significant (Benjamini–Hochberg adjusted p ≥ 0.05 for every word).")
    assert "Strongest" not in " ".join(en) and "mạnh nhất" not in " ".join(vi)
    mixed = _keywords([("Tỉnh Hà Tĩnh", 1, "đê_điều", 14.27, 0.01, 2.0),
                       ("Tỉnh Hà Tĩnh", 2, "dân", 12.0, 0.02, 1.0),
                       ("Thành phố Hồ Chí Minh", 1, "giám_sát", 3.0, 0.3, 0.5)])
    vi, en = comparison_findings(profile, rates, None, mixed, levels, labels={}, min_range=2)
    assert en[-2] == ("The strongest significant keyword (adjusted p < 0.05, in at least 2 "
                      "stories of one province, near-duplicates counted once): Hà Tĩnh: “đê điều” "
                      "(G² 14.3, Log Ratio 2.0); in 1 other province words pass the gate but none "
                      "is significant.")
    assert "“đê điều” (G² 14,3, Log Ratio 2,0)" in vi[-2]
    # 2 articles each and min_articles=2: no low-n province
    assert en[-1].startswith("Every province with articles has at least 2 articles")


def test_plural_and_singular_low_n(documents, counts):
    profile = group_profiles(documents.iloc[[0, 1, 2]], "province", min_articles=2)
    levels = group_profiles(documents.iloc[[0, 1, 2]], "admin_level", min_articles=2)
    rates = group_rates(counts, documents.iloc[[0, 1, 2]], "province", n_boot=20, progress=False)
    vi, en = comparison_findings(profile, rates, None, _keywords([]), levels, labels={},
                                 min_range=2)
    assert en[-1] == ("1 of the 2 provinces with articles has fewer than 2 articles: its figures "
                      "describe, they do not support inference.")
    assert vi[-1].startswith("1 trên 2 tỉnh, thành có bài có ít hơn 2 bài")
    assert en[1].endswith("province (3); no article at the central, district and commune levels.")
    assert en[2] == "No article uses the formula “dân biết, dân bàn, dân làm, dân kiểm tra…”."


def test_data_values_are_escaped(documents, counts):
    profile = group_profiles(documents, "province", min_articles=5)
    levels = group_profiles(documents, "admin_level", min_articles=5)
    rates = group_rates(counts, documents, "province", n_boot=20, progress=False)
    _, en = comparison_findings(profile, rates, None, _keywords([]), levels,
                                labels={"p1": "<b>*x*</b>"}, min_range=2)
    assert "“\\<b\\>\\*x\\*\\</b\\>”" in en[3]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return load_corpus(raw_dir(), out=tmp_path_factory.mktemp("processed"), progress=False)


def test_findings_on_the_sample_corpus(corpus):
    docs, paragraphs = select_articles(corpus)
    profile = group_profiles(docs, "province", min_articles=5)
    levels = group_profiles(docs, "admin_level", min_articles=5)
    rates = group_rates(phrase_rates(corpus), docs, "province", progress=False)
    keywords = keyness(paragraphs, docs, "province", min_range=2, stopwords=load_stopwords(), top=15)
    vi, en = comparison_findings(profile, rates, None, keywords, levels)
    assert en[0] == ("5 articles with a known province, from 4 of the 63 provinces: Hồ Chí Minh "
                     "(2), Hà Nội (1), Hà Tĩnh (1) and Hải Phòng (1); every article has a "
                     "province.")
    assert en[1] == ("By level of the organising body: province (4) and district (1); no article "
                     "at the central and commune levels.")
    assert en[2] == ("The formula “dân biết, dân bàn, dân làm, dân kiểm tra…” appears in Hà Tĩnh "
                     "(four-part version: once, 17.1 per 10,000 words).")
    assert vi[2].endswith("ở Hà Tĩnh (bản 4 vế: 1 lần, 17,1 trên 10.000 từ).")
    assert "Hà Nội: “quy chế dân chủ ở cơ sở” (203.7 per 10,000 words)" in en[3]
    assert "Hải Phòng: “của dân, do dân, vì dân” (17.9 per 10,000 words)" in en[3]
    # only Hồ Chí Minh has two articles, and nothing is significant in five articles
    assert en[4].startswith("Words pass the range gate (in at least 2 stories of one province, "
                            "near-duplicates counted once) in 1 province, but at this corpus size "
                            "no keyword is significant")
    assert (f"Own names (places, people, outlets: {len(keywords.attrs['names_removed'])} words) are not "
            "tested as keywords.") in en[4]
    # the words of administrative units are left out too, and said so (the sample writes "thành phố")
    assert "thành_phố" in keywords.attrs["units_removed"]
    assert en[4].endswith("TP HCM's districts are “quận”), not how it writes.")
    assert "Nor are the words of administrative units (“" in en[4]
    assert "tỉnh, bài trùng lặp tính một" in vi[4]
    assert en[5].startswith("All 4 provinces with articles have fewer than 5 articles")
    assert kept_note(docs, corpus.documents) == "5 / 5 bài được giữ / 5 of 5 articles kept"
    assert profile_note(profile) == ("4 / 63 tỉnh, thành có bài; 0 bài không rõ tỉnh / 4 of 63 "
                                     "provinces have articles; 0 articles without a province")


def test_solution_findings_on_the_sample_corpus(corpus):
    counts = phrase_rates(corpus)
    two, _ = select_articles(corpus, ["Hà Nội", "TP HCM"])
    by_year = group_rates(counts, corpus.documents, "year", progress=False)
    gates = range_gate_summary(corpus.paragraphs, corpus.documents, "province", (2, 3),
                               stopwords=load_stopwords(), top=10)
    assert gates["n_groups"].tolist() == [1, 0] and gates.loc[2, "groups"] == "Hồ Chí Minh"
    vi, en = solution_findings(group_profiles(two, "province"), by_year, gates)
    assert en == [
        "Exercise 1: 3 articles kept: Hồ Chí Minh (2) and Hà Nội (1).",
        "Exercise 2: the six-part formula appears in no dated article, so not before 2022 either.",
        "Exercise 4: keeping a keyword: 1 province with a gate of 2 articles and 0 provinces with a "
        "gate of 3 articles; the higher gate keeps fewer provinces.",
    ]
    assert vi[0] == "Bài 1: giữ 3 bài: Hồ Chí Minh (2) và Hà Nội (1)."
    # the only formula is four-part, in 001, which has no date
    assert formula_years(by_year, "formula_four") == []
    assert formula_years_note(by_year) == ("Năm có công thức 6 vế / years with the six-part formula: "
                                           "—; trước 2022 / before 2022: không / no")


def test_formula_years_before_a_year(documents, counts):
    by_year = group_rates(counts, documents, "year", n_boot=20, progress=False)
    assert formula_years(by_year, "formula_six") == ["2020"]  # D, published 2020
    assert formula_years_note(by_year).endswith(": 2020; trước 2022 / before 2022: có / yes")
    gates = pd.DataFrame({"n_groups": [2, 2]}, index=pd.Index([2, 3], name="min_range"))
    profile = group_profiles(documents, "province")
    _, en = solution_findings(profile, by_year, gates)
    assert en[1] == "Exercise 2: the six-part formula appears in 2020, also before 2022."
    assert en[2].endswith("2 provinces with a gate of 3 articles.")  # no "fewer" claim
