"""Findings of notebook 03: sentences read off the sample corpus, and the wording rules (phrases as
printed, no code ids or Python containers, plurals, each language's number format)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from danvan.phrases.hits import phrase_hits, phrase_rates, phrase_summary, usage_cues
from danvan.reading.ngrams import ngram_table, shared_sequences
from danvan.report.findings.phrases import corpus_size, phrase_findings

FORMULA = "“dân biết, dân bàn, dân làm, dân kiểm tra”"


@pytest.fixture(scope="module")
def sentences(sample):
    hits = phrase_hits(sample)
    summary = phrase_summary(phrase_rates(sample, hits))
    shared = shared_sequences(ngram_table(sample, n=(2, 6), unit="syllable", min_freq=2, progress=False),
                              min_outlets=2, min_n=3)
    return phrase_findings(sample, hits, summary, usage_cues(sample, hits), shared), shared


def _vi(n: float, digits: int = 0) -> str:
    return f"{n:,.{digits}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def test_sample_findings_in_vietnamese(sample, sentences):
    (vi, _), shared = sentences
    n = int(sample.documents["n_tokens"].sum())
    assert len(vi) == 7
    assert vi[0] == (f"Trong 5 bài ({_vi(n)} từ), công thức {FORMULA} xuất hiện 1 lần ở 1 bài: "
                     "dạng đủ bốn vế.")
    assert vi[1] == (  # slogans and mottos only; institution, programme and legal names apart
        f"Khẩu hiệu gặp nhiều nhất: “nắm tình hình nhân dân” 4 lần ({_vi(4 / n * 1e4, 1)} trên 10.000 "
        f"từ, ở 3 bài); “Dân vận khéo” 3 lần ({_vi(3 / n * 1e4, 1)} trên 10.000 từ, ở 2 bài); “tiếp "
        f"xúc, đối thoại với nhân dân” 3 lần ({_vi(3 / n * 1e4, 1)} trên 10.000 từ, ở 2 bài); 7 / 16 "
        "khẩu hiệu của danh mục không xuất hiện. Tên thiết chế, chương trình và văn bản pháp lý gặp "
        f"nhiều nhất: “Quy chế dân chủ ở cơ sở” 21 lần ({_vi(21 / n * 1e4, 1)} trên 10.000 từ, ở 4 "
        f"bài); “tiếp công dân” 2 lần ({_vi(2 / n * 1e4, 1)} trên 10.000 từ, ở 2 bài); “giám sát, "
        f"phản biện xã hội” 1 lần ({_vi(1 / n * 1e4, 1)} trên 10.000 từ, ở 1 bài).")
    assert vi[2] == ("Trong tiêu đề của 2 bài: “Lấy dân làm gốc” (1 bài) và “Quy chế dân chủ ở cơ "
                     "sở” (1 bài).")
    assert vi[3].startswith("Câu chứa công thức: 1; có từ gợi ý yêu cầu: 1, kết quả: 0, phê phán: 0")
    assert "“thực hiện tốt” (1) và “tăng cường” (1)" in vi[3]
    assert vi[4] == ("3 bài xác định được năm (2018–2022), 2 bài không có năm; bài duy nhất dùng "
                     "công thức không có năm, nên không thể xem chuyển đổi bốn → sáu vế theo thời gian.")
    # "tổ chức hội nghị" is in all five articles (2 + 1 + 2 + 1 + 2), of which four name an outlet
    assert vi[5] == (f"{_vi(len(shared))} chuỗi từ 3 âm tiết trở lên lặp lại nguyên văn ở ít nhất 2 "
                     "trong 4 báo; rộng nhất: “tổ chức hội nghị” (4 báo, 5 bài).")
    assert vi[6].startswith("Với chỉ 5 bài, mỗi con số chỉ mô tả đúng những bài này")


def test_sample_findings_in_english(sample, sentences):
    (_, en), _ = sentences
    n = int(sample.documents["n_tokens"].sum())
    assert en[0] == (f"In 5 articles ({n:,} words), the formula {FORMULA} occurs once in 1 article, "
                     "in its four-part form.")
    assert en[1].startswith(f"Most frequent slogans: “nắm tình hình nhân dân” 4 times ({4 / n * 1e4:.1f} "
                            "per 10,000 words, in 3 articles); “Dân vận khéo” 3 times")
    assert "; 7 of the 16 catalogue slogans do not occur. Most frequent institution, programme and " in en[1]
    assert en[1].endswith("“giám sát, phản biện xã hội” once (3.6 per 10,000 words, in 1 article).")
    assert en[2] == ("In the titles of 2 articles: “Lấy dân làm gốc” (1 article) and “Quy chế dân chủ "
                     "ở cơ sở” (1 article).")
    assert en[4] == ("3 articles have a year (2018–2022), 2 do not; the one article using the formula "
                     "is undated, so the four → six shift over time cannot be read.")
    assert en[5].endswith("the widest: “tổ chức hội nghị” (4 outlets, 5 articles).")
    assert en[6].startswith("With only 5 articles, every number describes these articles alone")


def test_no_code_ids_or_python_containers_in_any_sentence(sentences):
    (vi, en), _ = sentences
    for line in vi + en:
        assert not re.search(r"[{}\[\]]|\b[a-z]+_[a-z_]+\b|'\w+':", line), line
        assert "formula_" not in line and "quy_che" not in line


def _toy():
    docs = pd.DataFrame({
        "doc_id": ["a", "b"], "title": ["Dân vận khéo <b>ở</b> xã", "Tin"],
        "outlet": ["Báo X", None], "n_tokens": [12_000, 786],
        "published": pd.to_datetime(["2021-05-01", "2022-01-01"]),
        "text": ["Thực hiện dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.",
                 "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng; dân vận khéo."],
    })
    hits = phrase_hits(docs)
    summary = phrase_summary(phrase_rates(docs, hits))
    empty_usage = usage_cues(docs, hits.iloc[0:0])
    shared = shared_sequences(ngram_table(docs, n=(2, 6), unit="syllable", min_freq=1, progress=False))
    return docs, phrase_findings(docs, hits, summary, empty_usage, shared)


def test_plurals_numbers_and_escaping_on_a_toy_corpus():
    docs, (vi, en) = _toy()
    assert vi[0] == (f"Trong 2 bài (12.786 từ), công thức {FORMULA} xuất hiện 2 lần ở 2 bài: dạng "
                     "sáu vế (2021).")
    assert en[0] == (f"In 2 articles (12,786 words), the formula {FORMULA} occurs 2 times in 2 "
                     "articles, in its six-part form (2021).")
    assert en[1].startswith("Most frequent slogans: “Dân vận khéo” once (")  # once, not "1 times"
    assert "in 1 article)" in en[1] and "15 of the 16 catalogue slogans do not occur" in en[1]
    assert en[2] == "In the title of 1 article: “Dân vận khéo” (1 article)."
    assert en[3] == "No sentence carries the formula, so there is no use to read."
    assert en[4].endswith("of the 2 articles with a year that use the formula, 2 use the six-part "
                          "form (first in 2021).")
    assert vi[4].endswith("trong 2 bài có năm dùng công thức, 2 bài dùng dạng sáu vế (sớm nhất năm 2021).")
    assert en[5] == ("The corpus has only 1 outlet known, so no sequence can be compared across "
                     "outlets.")
    assert corpus_size(docs) == "2 bài, 12.786 từ / 2 articles, 12,786 words"


def test_printed_phrases_are_markdown_escaped():
    docs = pd.DataFrame({"doc_id": ["a"], "title": ["x"], "n_tokens": [10], "outlet": ["A"],
                         "text": ["Phong trào *Dân vận khéo* lan rộng."]})
    hits = phrase_hits(docs)
    hits.loc[hits["phrase_id"] == "dan_van_kheo", "text"] = "Dân vận <i>khéo</i>"
    shared = shared_sequences(ngram_table(docs, unit="syllable", progress=False))
    vi, en = phrase_findings(docs, hits, phrase_summary(phrase_rates(docs, hits)),
                             usage_cues(docs, hits.iloc[0:0]), shared)
    assert "“Dân vận \\<i\\>khéo\\</i\\>”" in en[1] and "<i>" not in " ".join(vi + en)


def test_shared_sequences_count_the_aggregated_articles_as_one_source():
    from danvan.report.findings.phrases import _shared

    docs = pd.DataFrame({"doc_id": list("abc"), "outlet": ["baomoi.com", "Báo A", "Báo B"]})
    shared = pd.DataFrame({"ngram": ["dân vận khéo"], "n_outlets": [2], "n_docs": [2]})
    shared.attrs.update({"min_outlets": 2, "min_n": 3})
    assert _shared(docs, shared, "en") == (
        "1 sequence of 3 or more syllables recurs verbatim in at least 2 of the 3 sources (2 outlets and "
        "the aggregated articles of unknown origin); the widest: “dân vận khéo” (2 outlets, 2 articles).")
