"""Theme clustering (danvan.themes): stopwords, features, models, k choice, stability, tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from project_paths import SHARED_CORPORA

from danvan.themes import (
    auto_min_df,
    build_features,
    clip_k_range,
    fit_themes,
    load_stopwords,
    make_units,
    npmi_coherence,
    representative_units,
    select_k,
    theme_map,
    theme_overview,
    theme_shares,
    theme_stability,
)

# Three clearly different subjects, five paragraphs each, already in underscored word form.
COVID = [
    "các lực_lượng phòng_chống dịch covid-19 đã tổ_chức tiêm vắc_xin cho người_dân trong xã",
    "trạm y_tế phối_hợp với tổ covid cộng_đồng theo_dõi các ca nhiễm và người cách_ly tại nhà",
    "ban dân_vận vận_động người_dân tiêm đủ mũi vắc_xin và thực_hiện 5k để phòng_chống dịch",
    "những khu cách_ly tập_trung được bố_trí để điều_trị ca nhiễm covid-19 và giảm lây_lan dịch",
    "y_tế xã xét_nghiệm nhanh cho người_dân và báo_cáo ca nhiễm mới của dịch covid-19",
]
LAND = [
    "hội_đồng bồi_thường công_khai phương_án giải_phóng mặt_bằng và giá đất cho các hộ dân",
    "các hộ dân nhận tiền bồi_thường và bàn_giao mặt_bằng cho dự_án đường cao_tốc",
    "cán_bộ địa_chính đo_đạc đất và kiểm_đếm tài_sản để lập phương_án bồi_thường tái_định_cư",
    "khu tái_định_cư được xây_dựng trước để các hộ dân sớm bàn_giao mặt_bằng cho dự_án",
    "việc giải_phóng mặt_bằng dự_án gặp khó_khăn vì giá đất bồi_thường chưa thỏa_đáng",
]
ADMIN = [
    "bộ_phận một_cửa tiếp_nhận hồ_sơ thủ_tục hành_chính và trả kết_quả đúng hẹn cho công_dân",
    "cải_cách hành_chính giúp rút ngắn thời_gian giải_quyết hồ_sơ tại bộ_phận một_cửa",
    "dịch_vụ công trực_tuyến cho_phép công_dân nộp hồ_sơ thủ_tục hành_chính qua mạng",
    "ủy_ban xã công_khai thủ_tục hành_chính và niêm_yết phí tại bộ_phận một_cửa",
    "chỉ_số cải_cách hành_chính của tỉnh tăng nhờ dịch_vụ công trực_tuyến và hồ_sơ điện_tử",
]
SUBJECTS = {"covid": COVID, "land": LAND, "admin": ADMIN}


@pytest.fixture
def paragraphs() -> pd.DataFrame:
    """15 one-paragraph documents ``<subject>-<i>``, in subject order."""
    rows = [
        {"doc_id": f"{s}-{i}", "paragraph_id": 0, "words": w, "text": w.replace("_", " ")}
        for s, paras in SUBJECTS.items()
        for i, w in enumerate(paras)
    ]
    return pd.DataFrame(rows)


@pytest.fixture
def documents(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """covid and admin in Hà Tĩnh, land in Hải Phòng; covid published 2021, land 2022;
    admin-0..3 have only an event date (2023), admin-4 no date at all."""
    return pd.DataFrame({
        "doc_id": paragraphs["doc_id"],
        "title": "Bài " + paragraphs["doc_id"],
        "outlet": "Báo thử",
        "province": ["Tỉnh Hà Tĩnh"] * 5 + ["Thành phố Hải Phòng"] * 5 + ["Tỉnh Hà Tĩnh"] * 5,
        "published": pd.to_datetime(["2021-08-01"] * 5 + ["2022-03-01"] * 5 + [None] * 5),
        "event_date": pd.to_datetime([None] * 10 + ["2023-05-02"] * 4 + [None]),
    })


def partition(labels) -> set[frozenset[int]]:
    """The groups of positions, whatever the label numbers."""
    labels = np.asarray(labels)
    return {frozenset(np.flatnonzero(labels == v).tolist()) for v in np.unique(labels)}


EXPECTED = {frozenset(range(0, 5)), frozenset(range(5, 10)), frozenset(range(10, 15))}


# --- stopwords -------------------------------------------------------------------------------

def test_stopwords_load_with_comments_and_folding(tmp_path):
    stop = load_stopwords()
    assert {"của", "và", "các", "những", "được", "trong", "với", "cho", "đã", "là", "có",
            "này", "để", "tuy_nhiên"} <= stop
    # domain words deliberately kept (see the file header)
    assert not {"dân", "năm", "thực_hiện", "nhân_dân", "dân_vận"} & stop
    assert not any(w.startswith("#") or " " in w for w in stop)
    custom = tmp_path / "stop.txt"
    custom.write_text("# a comment\nHoà  # trailing comment\n\nUỶ BAN\n", encoding="utf-8")
    assert load_stopwords(custom, extra=["Đồng chí"]) == {"hòa", "ủy_ban", "đồng_chí"}


def test_stopwords_are_removed_from_features(paragraphs):
    feats = build_features(paragraphs["words"])
    terms = set(feats.terms)
    assert not {"các", "và", "của", "cho", "những", "được", "để", "với", "tại"} & terms
    assert {"bồi_thường", "hành_chính", "vắc_xin", "mặt_bằng"} <= terms
    every = set(build_features(paragraphs["words"], min_df=1).terms)
    assert "5k" in every and "covid-19" in every
    assert not any(t.isdigit() for t in every)  # letterless tokens dropped
    with_extra = fit_themes(paragraphs, k=3, extra_stopwords=["hồ_sơ"], progress=False)
    assert "hồ_sơ" not in set(with_extra.terms)
    assert "hồ_sơ" in set(fit_themes(paragraphs, k=3, progress=False).terms)


def test_bigrams_are_formed_after_stopword_removal(paragraphs):
    stop = load_stopwords()
    terms = set(build_features(paragraphs["words"], bigrams=True).terms)
    assert {"phòng_chống dịch", "ca nhiễm", "bộ_phận một_cửa"} <= terms  # in ≥ 2 paragraphs
    bigrams = [t.split() for t in terms if " " in t]
    assert bigrams and not any(set(b) & stop for b in bigrams)
    assert "phòng_chống dịch" not in set(build_features(paragraphs["words"]).terms)


def test_auto_min_df_scales_with_corpus_size():
    assert [auto_min_df(n) for n in (5, 15, 1_000, 10_000, 100_000)] == [1, 2, 2, 5, 50]


def test_make_units_paragraphs_and_documents(paragraphs):
    two = pd.DataFrame({"doc_id": ["a", "a", "b"], "paragraph_id": [0, 1, 0],
                        "words": ["Hoà_bình một hai ba bốn", "ngắn quá", "năm sáu bảy tám chín"]})
    units = make_units(two)  # "ngắn quá" has fewer than 5 words
    assert units["unit_id"].tolist() == ["a#0", "b#0"]
    assert units["words"].iloc[0] == "hòa_bình một hai ba bốn"  # folded
    docs = make_units(two, unit="document")
    assert docs["unit_id"].tolist() == ["a", "b"]
    assert docs["words"].iloc[0] == "hòa_bình một hai ba bốn ngắn quá"
    with pytest.raises(ValueError, match="unit must be"):
        make_units(two, unit="sentence")


# --- models ----------------------------------------------------------------------------------

def test_three_subjects_are_separated_exactly(paragraphs, documents):
    result = fit_themes(paragraphs, k=3, documents=documents, progress=False)
    assert partition(result.labels) == EXPECTED  # NMF dominant theme
    assert partition(result.model.clusters) == EXPECTED  # k-means on the same matrix
    assert result.agreement == 1.0
    top = {frozenset(t) for t in result.top_terms_list(3)}
    assert frozenset({"dịch", "ca", "nhiễm"}) in top
    assert frozenset({"hành_chính", "hồ_sơ", "bộ_phận"}) in top
    # document units give the same partition (one paragraph per document here)
    docs = fit_themes(paragraphs, k=3, unit="document", progress=False)
    assert partition(docs.labels) == EXPECTED


def test_same_seed_same_themes(paragraphs):
    a = fit_themes(paragraphs, k=3, seed=7, progress=False)
    b = fit_themes(paragraphs, k=3, seed=7, progress=False)
    assert a.top_terms.equals(b.top_terms)
    np.testing.assert_array_equal(a.labels, b.labels)
    np.testing.assert_array_equal(a.model.clusters, b.model.clusters)
    np.testing.assert_array_equal(a.shares, b.shares)


def test_k_too_large_is_refused_clearly(paragraphs):
    with pytest.raises(ValueError, match="outside what the data allow"):
        fit_themes(paragraphs, k=15, progress=False)


# --- choosing k ------------------------------------------------------------------------------

def test_select_k_returns_k_in_range_with_table(paragraphs):
    result = fit_themes(paragraphs, k=None, k_range=range(2, 8), progress=False)
    choice = result.choice
    assert choice.table["k"].tolist() == [2, 3, 4, 5, 6, 7]
    assert 2 <= choice.k <= 7 and choice.k == result.k
    assert choice.k == 3  # the three subjects
    assert choice.table["chosen"].sum() == 1
    assert set(choice.table.columns) >= {"k", "silhouette", "npmi", "score"}
    assert "silhouette" in choice.rule and "NPMI" in choice.rule


def test_k_range_is_clipped_to_what_data_allow(paragraphs):
    feats = build_features(paragraphs["words"])
    choice = select_k(feats.matrix, range(10, 40), progress=False)
    assert choice.table["k"].tolist() == list(range(10, 15))  # 15 units → k ≤ 14
    assert any("dropped" in n for n in choice.notes)
    assert clip_k_range([1, 2, 3], n_units=3, n_terms=10) == ([2], ["k [1, 3] dropped: with "
                                                                   "3 units and 10 terms k can "
                                                                   "range from 2 to 2."])
    with pytest.raises(ValueError, match="Too little data"):
        clip_k_range([2, 3], n_units=2, n_terms=10)


def test_npmi_by_hand():
    # 4 units; term 0 in units 0,1; term 1 in units 0,1; term 2 in unit 2 only
    m = np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1], [0, 0, 0]], dtype=float)
    # pair (0,1): P=1/2 each and jointly → log(0.5/0.25)/-log(0.5) = 1
    assert npmi_coherence(m, [[0, 1]])[0] == pytest.approx(1.0)
    # pairs (0,2) and (1,2) never co-occur → -1; (0,1) → 1; mean = -1/3
    assert npmi_coherence(m, [[0, 1, 2]])[0] == pytest.approx(-1 / 3)


# --- stability -------------------------------------------------------------------------------

def test_stability_of_clear_themes(paragraphs):
    result = fit_themes(paragraphs, k=3, progress=False)
    stab = theme_stability(result, n_seeds=2, n_resamples=3, progress=False)
    assert stab.runs["kind"].tolist() == ["seed", "seed", "subsample", "subsample", "subsample"]
    assert stab.runs["n_units"].tolist() == [15, 15, 12, 12, 12]
    assert (stab.runs["ari"] == 1.0).all()
    assert stab.themes["stable"].all() and (stab.themes["survival"] == 1.0).all()
    again = theme_stability(result, n_seeds=2, n_resamples=3, progress=False)
    assert again.runs.equals(stab.runs)


def test_stability_flags_a_theme_that_does_not_survive(paragraphs):
    # 5 themes in 3 subjects: the extra splits are not reproducible on every subsample
    three = theme_stability(fit_themes(paragraphs, k=3, progress=False),
                            n_seeds=2, n_resamples=6, progress=False)
    assert three.themes["stable"].all() and three.median_ari == 1.0
    five = theme_stability(fit_themes(paragraphs, k=5, progress=False),
                           n_seeds=2, n_resamples=6, progress=False)
    assert five.median_ari < 1.0
    # judged on the 6 subsample runs: theme 2 survives in 2 of them, theme 4 in 5
    assert five.themes["survival"].tolist() == [1.0, 1.0, 0.333, 1.0, 0.833]
    assert five.themes["stable"].tolist() == [True, True, False, True, True]


# --- tables for readers ----------------------------------------------------------------------

def test_shares_by_document_province_and_year(paragraphs, documents):
    result = fit_themes(paragraphs, k=3, documents=documents, progress=False)
    covid = int(result.labels[0])
    by_doc = result.doc_shares
    assert by_doc.shape == (15, 3)
    np.testing.assert_allclose(by_doc.sum(axis=1), 1.0, atol=1e-9)
    by_year = theme_shares(result, by="year")
    # published year, else event year, else unknown
    assert by_year["n_docs"].to_dict() == {"2021": 5, "2022": 5, "2023": 4,
                                           "(không rõ / unknown)": 1}
    assert by_year.iloc[:, covid].idxmax() == "2021"
    by_prov = theme_shares(result, documents, by="province")
    assert by_prov["n_docs"].to_dict() == {"Thành phố Hải Phòng": 5, "Tỉnh Hà Tĩnh": 10}
    # Hà Tĩnh = covid + admin documents: its covid share is the mean over 10 documents
    expected = by_doc.loc[[f"covid-{i}" for i in range(5)] + [f"admin-{i}" for i in range(5)],
                          covid].mean()
    assert by_prov.iloc[:, covid]["Tỉnh Hà Tĩnh"] == pytest.approx(expected)
    with pytest.raises(ValueError, match="no column"):
        theme_shares(result, by="district")


def test_names_representatives_overview_and_map(paragraphs, documents):
    result = fit_themes(paragraphs, k=3, documents=documents, progress=False)
    admin = int(result.labels[10])
    named = result.with_names({admin: "Cải cách hành chính"})
    assert named.names[admin] == "Cải cách hành chính"
    assert "Cải cách hành chính" in theme_shares(named, by="province").columns
    over = theme_overview(named)
    assert over["n_units"].tolist() == [5, 5, 5] and over["n_docs"].tolist() == [5, 5, 5]
    assert over["top_doc_share"].tolist() == [0.2, 0.2, 0.2]  # 1 paragraph of 5 per document
    reps = representative_units(named, n=2)
    assert len(reps) == 6
    mine = reps[reps["theme"] == admin]
    assert mine["doc_id"].str.startswith("admin-").all()
    assert set(mine["province"]) == {"Tỉnh Hà Tĩnh"} and set(mine["outlet"]) == {"Báo thử"}
    coords = theme_map(named)
    assert coords.shape[0] == 15 and list(coords["theme"]) == list(named.labels)
    pd.testing.assert_frame_equal(coords, theme_map(named))  # deterministic


# --- the real ingest tables ------------------------------------------------------------------

def test_on_the_sample_corpus():
    from danvan import load_corpus

    corpus = load_corpus(progress=False)
    result = fit_themes(corpus, k_range=range(2, 9), progress=False)
    assert 2 <= result.k <= 8
    assert set(result.doc_shares.index) == set(corpus.documents["doc_id"])
    by_province = theme_shares(result, corpus, by="province")
    # data/raw/SOURCES.md: two articles from TP Hồ Chí Minh, one each from Hà Tĩnh, Hà Nội,
    # Hải Phòng
    assert sorted(by_province["n_docs"].tolist()) == [1, 1, 1, 2]
    assert by_province.loc["Thành phố Hồ Chí Minh", "n_docs"] == 2


CORPORA = SHARED_CORPORA


@pytest.mark.corpora
def test_on_a_larger_corpus():
    news = CORPORA / "danvan_news.jsonl.gz"
    if not news.exists():
        pytest.skip(f"{news} is absent (the shared corpora sit beside the repository)")
    from danvan import load_corpus

    corpus = load_corpus(news, progress=False)
    result = fit_themes(corpus, k=8, progress=False)
    assert result.k == 8 and len(result.units) > 1000
    assert result.params["min_df"] == 2  # about 1,500 paragraphs
    over = theme_overview(result)
    assert over["n_units"].sum() == len(result.units) and (over["n_docs"] > 1).sum() >= 6
    shares = theme_shares(result, corpus, by="province")
    assert shares["n_docs"].sum() == result.units["doc_id"].nunique()
