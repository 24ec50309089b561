"""Findings of notebook 02 (themes): sentences built from real fits, in both languages, with
correct plurals and no code values (dicts, lists, ids written as code)."""

from __future__ import annotations

import pandas as pd
import pytest
from frames import ADMIN, COVID, LAND

from danvan.compare import group_shares
from danvan.report.findings.themes import choice_note, theme_findings, theme_list
from danvan.themes import fit_themes, k_choice, theme_stability


def _no_code(lines: list[str]) -> None:
    for line in lines:
        assert not any(s in line for s in ("{", "}", "[", "]", "/12", "nan", "None")), line


@pytest.fixture
def paragraphs() -> pd.DataFrame:
    """Three subjects, five one-paragraph documents each."""
    rows = [{"doc_id": f"{s}-{i}", "paragraph_id": 0, "words": w}
            for s, paras in {"covid": COVID, "land": LAND, "admin": ADMIN}.items()
            for i, w in enumerate(paras)]
    return pd.DataFrame(rows)


@pytest.fixture
def documents(paragraphs) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": paragraphs["doc_id"], "title": "Bài " + paragraphs["doc_id"],
                         "province": ["Tỉnh Hà Tĩnh"] * 5 + ["Thành phố Hải Phòng"] * 5
                         + ["Tỉnh Hà Tĩnh"] * 5})


def test_three_clear_subjects(paragraphs, documents):
    result = fit_themes(paragraphs, k=3, documents=documents, progress=False)
    stability = theme_stability(result, n_seeds=2, n_resamples=3, progress=False)
    by_province = group_shares(result.doc_shares, documents, by="province", progress=False)
    vi, en = theme_findings(result, stability, k_choice(result, range(2, 8)), k_given=3,
                            by_province=by_province)
    assert len(vi) == len(en) == 8
    assert en[0] == ("15 paragraphs from 15 articles; k = 3 (set by the user; NPMI = 0.29, "
                     "silhouette = 0.406).")
    assert vi[0] == ("15 đoạn từ 15 bài; k = 3 (do người dùng đặt; NPMI = 0,29, "
                     "silhouette = 0,406).")
    assert en[1].startswith("The three largest themes (mean share over the paragraphs, first "
                            "five terms): theme 0 (34%): dịch, ca, nhiễm, covid\\-19, người dân;")
    assert en[2] == "NMF and k-means on the same matrix agree with ARI = 1.00 (1 = identical, 0 = chance)."
    assert vi[2].startswith("NMF và k-means trên cùng ma trận khớp nhau với ARI = 1,00")
    assert en[3] == ("2 refits with other seeds: median ARI 1.00; 3 refits on 80% of the "
                     "paragraphs: median ARI 1.00 (lowest 1.00).")
    assert en[4] == ("All 3 themes are stable (they survive in more than half of the refits on "
                     "80% of the paragraphs).")
    assert vi[4].startswith("Cả 3 chủ đề đều ổn định")
    assert en[5] == "No theme draws 80% or more of its paragraphs from a single article."
    assert en[6] == "Theme shares by province: both provinces with articles have at least 5 articles."
    # Hà Tĩnh (covid + admin): largest theme 0 at 51%; Hải Phòng (land) theme 1 at 98%
    assert en[7].startswith("Largest theme in each province with at least 5 articles (95% "
                            "bootstrap interval): Hà Tĩnh: theme 0 (dịch, ca, nhiễm), 51% (")
    assert "Hải Phòng: theme 1 (bồi thường, mặt bằng, dự án), 98% (" in en[7]
    _no_code(vi + en)


def test_one_article_theme_unstable_theme_and_names(paragraphs):
    # the five covid paragraphs in one article: that theme describes one article
    one = paragraphs.assign(doc_id=["covid"] * 5 + paragraphs["doc_id"][5:].tolist(),
                            paragraph_id=[0, 1, 2, 3, 4] + [0] * 10)
    result = fit_themes(one, k=3, progress=False)
    covid = int(result.labels[0])
    named = result.with_names({covid: "Phòng chống COVID-19"})
    vi, en = theme_findings(named, theme_stability(named, n_seeds=1, n_resamples=3,
                                                   progress=False))
    assert en[0].startswith("15 paragraphs from 11 articles; k = 3 (chosen by the silhouette "
                            "+ NPMI rule).")
    assert "1 refit with other seeds" in en[3]
    assert en[5] == (f"1 of the 3 themes (theme {covid}) draws 80% or more of its paragraphs "
                     "from a single article: it describes that article rather than a theme "
                     "shared across articles.")
    assert vi[5].startswith(f"1 trên 3 chủ đề (chủ đề {covid}) lấy từ 80% số đoạn trở lên")
    assert f"theme {covid} “Phòng chống COVID\\-19” (" in en[1]
    # five themes in three subjects: theme 2 survives 2 of 6 subsamples (tests/themes)
    five = fit_themes(paragraphs, k=5, progress=False)
    vi, en = theme_findings(five, theme_stability(five, n_seeds=2, n_resamples=6,
                                                  progress=False), k_given=5)
    assert en[4] == ("4 of the 5 themes are stable (they survive in more than half of the "
                     "refits on 80% of the paragraphs): themes 0, 1, 3 and 4. Not stable: "
                     "2 · công · dịch vụ · trực tuyến.")
    assert vi[4].startswith("4 trên 5 chủ đề ổn định") and "chủ đề 0, 1, 3 và 4" in vi[4]
    _no_code(vi + en)


def test_documents_as_units(paragraphs):
    result = fit_themes(paragraphs, k=3, unit="document", progress=False)
    vi, en = theme_findings(result, theme_stability(result, n_seeds=1, n_resamples=2,
                                                    progress=False), k_given=3)
    assert en[0] == "15 articles, each modelled whole; k = 3 (set by the user)."
    assert en[3].endswith("2 refits on 80% of the articles: median ARI 1.00 (lowest 1.00).")
    assert en[5] == "Every theme holds at least two articles."
    assert vi[5] == "Mỗi chủ đề gồm ít nhất hai bài."


def test_choice_note_and_theme_list(paragraphs):
    result = fit_themes(paragraphs, k=3, progress=False)
    choice = k_choice(result, range(2, 30))
    note = choice_note(result, choice, k_given=3)
    assert "Bạn đặt / you set **k = 3**; quy tắc sẽ chọn / the rule would choose k = 3." in note
    assert "Lưu ý / Note: k \\[15" in note  # the k the data do not allow, escaped
    assert choice_note(result, choice).count("Chọn / chosen: **k = 3**") == 1
    assert theme_list([4], "en") == "theme 4" and theme_list([0, 2, 5], "en") == "themes 0, 2 and 5"
    assert theme_list([0, 2], "vi") == "chủ đề 0 và 2"


def test_on_the_sample_corpus():
    """The notebook's own settings (seed 42, k chosen over 2-12, 5 + 5 refits) on data/raw."""
    from danvan import load_corpus

    corpus = load_corpus(progress=False)
    result = fit_themes(corpus, seed=42, progress=False)
    stability = theme_stability(result, n_seeds=5, n_resamples=5, progress=False)
    by_province = group_shares(result.doc_shares, corpus.documents, by="province",
                               progress=False)
    vi, en = theme_findings(result, stability, by_province=by_province)
    assert en[0] == ("49 paragraphs from 5 articles; k = 13 (chosen by the silhouette + NPMI "
                     "rule; NPMI = 0.33, silhouette = 0.102).")
    assert "hà nội" not in en[1] and "quy chế dân chủ ở cơ sở" in en[1]  # names left out of terms
    assert en[4] == ("All 13 themes are stable (they survive in more than half of the refits on 80% "
                     "of the paragraphs).")
    assert en[5].startswith("4 of the 13 themes (themes 0, 6, 9 and 10) draw 80% or more of "
                            "their paragraphs from a single article each: they describe those "
                            "articles")
    assert en[6] == ("Theme shares by province: each of the 4 provinces with articles has fewer "
                     "than 5 articles (marked *): their shares describe those few articles, not "
                     "the province.")
    assert vi[6].startswith("Tỉ trọng chủ đề theo tỉnh: cả 4 tỉnh, thành có bài đều có ít hơn 5 bài")
    assert len(en) == 7  # no province has 5 articles: no "largest theme per province"
    _no_code(vi + en)
