"""Theme clustering (danvan.themes): stopwords, features, models, k choice, stability, tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from frames import ADMIN, COVID, LAND
from project_paths import SHARED_CORPORA

from danvan.compare import group_shares
from danvan.themes import (
    auto_min_df,
    build_features,
    clip_k_range,
    feature_summary,
    fit_themes,
    k_choice,
    load_stopwords,
    make_units,
    match_themes,
    method_crosstab,
    npmi_coherence,
    representative_units,
    select_k,
    share_matrix,
    stability_summary,
    term_presence,
    theme_map,
    theme_names,
    theme_overview,
    theme_shares,
    theme_stability,
    top_unit_terms,
    unit_preview,
)

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
    summary = stability_summary({"k = 3": three, "k = 5": five})
    assert summary.loc["k = 3"].to_dict() == {"k": 3, "seed_ari": 1.0, "resample_ari": 1.0,
                                              "lowest_ari": 1.0, "n_stable": 3,
                                              "stable_share": 1.0}
    assert summary.loc["k = 5", "n_stable"] == 4 and summary.loc["k = 5", "stable_share"] == 0.8
    assert summary.loc["k = 5", "resample_ari"] == pytest.approx(five.median_ari)


# --- tables for readers ----------------------------------------------------------------------

def test_per_document_shares(paragraphs, documents):
    result = fit_themes(paragraphs, k=3, documents=documents, progress=False)
    by_doc = result.doc_shares
    assert by_doc.shape == (15, 3)
    np.testing.assert_allclose(by_doc.sum(axis=1), 1.0, atol=1e-9)
    long = theme_shares(result)
    assert long.columns.tolist() == ["doc_id", "title", "theme", "name", "share"]
    assert len(long) == 45 and long.attrs["grouping"] == "doc_id"
    row = long[(long["doc_id"] == "land-2") & (long["theme"] == 1)].iloc[0]
    assert row["title"] == "Bài land-2" and row["name"] == result.names[1]
    assert row["share"] == pytest.approx(by_doc.loc["land-2", 1])
    with pytest.raises(ValueError, match="group_shares"):
        theme_shares(result, by="province")


def test_group_shares_are_the_one_home_of_shares_by_group(paragraphs, documents):
    """Shares per province: one computation (danvan.compare.group_shares), with intervals,
    fed either the wide doc_shares or the long theme_shares table."""
    result = fit_themes(paragraphs, k=3, documents=documents, progress=False)
    covid = int(result.labels[0])
    by_prov = group_shares(result.doc_shares, documents, by="province", progress=False)
    assert {"ci_low", "ci_high", "n_articles", "low_n"} <= set(by_prov.columns)
    again = group_shares(theme_shares(result), documents, by="province", progress=False)
    pd.testing.assert_frame_equal(by_prov, again, check_dtype=False)
    s = by_prov.set_index(["province", "theme"])
    # Hà Tĩnh = covid + admin documents: its covid share is the mean over 10 documents
    expected = result.doc_shares.loc[[f"covid-{i}" for i in range(5)]
                                     + [f"admin-{i}" for i in range(5)], covid].mean()
    assert s.loc[("Tỉnh Hà Tĩnh", covid), "share"] == pytest.approx(expected)
    assert s.loc[("Tỉnh Hà Tĩnh", covid), "n_articles"] == 10
    assert s.loc[("Tỉnh Hà Tĩnh", covid), "ci_low"] < expected < s.loc[("Tỉnh Hà Tĩnh", covid),
                                                                         "ci_high"]
    # year: published, else event year; admin-4 has neither and is left out
    by_year = group_shares(result.doc_shares, documents, by="year", progress=False)
    assert by_year.drop_duplicates("year").set_index("year")["n_articles"].to_dict() == {
        "2021": 5, "2022": 5, "2023": 4}


def test_share_matrix_lays_out_groups_and_documents(paragraphs, documents):
    result = fit_themes(paragraphs, k=3, documents=documents, progress=False)
    named = result.with_names({int(result.labels[10]): "Cải cách hành chính"})
    by_prov = group_shares(named.doc_shares, documents, by="province", n_boot=200,
                           min_articles=6, progress=False)
    wide = share_matrix(by_prov, named.names)
    # most articles first; Hải Phòng (5 < 6 articles) flagged
    assert wide.index.tolist() == ["Hà Tĩnh", "Hải Phòng *"]
    assert wide.columns.tolist() == ["n_articles", *named.names.values()]
    assert "Cải cách hành chính" in wide.columns
    assert wide["n_articles"].tolist() == [10, 5]
    row = by_prov[(by_prov["province"] == "Tỉnh Hà Tĩnh")
                  & (by_prov["theme"] == int(result.labels[10]))].iloc[0]
    assert wide.loc["Hà Tĩnh", "Cải cách hành chính"] == (
        f"{row['share']:.0%}\u00a0({row['ci_low'] * 100:.0f}\u2011{row['ci_high'] * 100:.0f})")
    docs = share_matrix(theme_shares(named), named.names)
    assert len(docs) == 15 and "n_articles" not in docs
    assert docs.index[0] == "Bài covid-0 (covid-0)" and docs.index.name == "document"


def test_names_representatives_overview_and_map(paragraphs, documents):
    result = fit_themes(paragraphs, k=3, documents=documents, progress=False)
    admin = int(result.labels[10])
    named = result.with_names({admin: "Cải cách hành chính"})
    assert named.names[admin] == "Cải cách hành chính"
    assert theme_names(named).set_index("theme")["name"][admin] == "Cải cách hành chính"
    over = theme_overview(named)
    assert over["n_units"].tolist() == [5, 5, 5] and over["n_docs"].tolist() == [5, 5, 5]
    assert over["top_doc_share"].tolist() == [0.2, 0.2, 0.2]  # 1 paragraph of 5 per document
    reps = representative_units(named, n=2)
    assert len(reps) == 6
    mine = reps[reps["theme"] == admin]
    assert mine["doc_id"].str.startswith("admin-").all()
    assert set(mine["province"]) == {"Tỉnh Hà Tĩnh"} and set(mine["outlet"]) == {"Báo thử"}
    brief = representative_units(named, n=2, brief=True)
    assert brief.columns.tolist() == ["theme", "name", "rank", "share", "title", "outlet",
                                      "province", "text"]
    coords = theme_map(named)
    assert coords.shape[0] == 15 and list(coords["theme"]) == list(named.labels)
    pd.testing.assert_frame_equal(coords, theme_map(named))  # deterministic


def test_unit_and_feature_tables(paragraphs):
    units = make_units(paragraphs)
    preview = unit_preview(units, n=2, max_chars=20)
    assert preview["unit_id"].tolist() == ["covid-0#0", "covid-1#0"]
    assert preview["words"].iloc[0] == "các lực_lượng phòng_"
    feats = build_features(units["words"])
    summary = feature_summary(feats, "stopwords_vi.txt")["value"]
    assert summary["Đơn vị / units"] == "15"
    assert summary["Từ (cột) / terms (columns)"] == str(len(feats.terms))
    assert summary["min_df (số đơn vị tối thiểu / fewest units)"] == "2"
    assert summary["Từ dừng / stopwords"].endswith("(stopwords_vi.txt)")
    # the first covid paragraph: three terms found in 2 paragraphs tie, then covid-19 (in 3)
    top = top_unit_terms(feats, row=0, n=4)
    assert top["term"].tolist() == ["phòng_chống", "tiêm", "vắc_xin", "covid-19"]
    assert top["tf_idf"].tolist() == [0.407, 0.407, 0.407, 0.363]


def test_crosstab_and_k_choice(paragraphs):
    result = fit_themes(paragraphs, k=3, progress=False)
    cross = method_crosstab(result)
    assert np.diag(cross.to_numpy()).tolist() == [5, 5, 5] and cross.to_numpy().sum() == 15
    assert cross.index.name == "NMF theme" and cross.columns.name == "k-means cluster"
    chosen = fit_themes(paragraphs, k_range=range(2, 6), progress=False)
    assert k_choice(chosen) is chosen.choice
    # k given: the rule is run on the same matrix and says what it would have chosen
    again = k_choice(result, range(2, 6))
    pd.testing.assert_frame_equal(again.table, chosen.choice.table)
    assert again.k == 3


# --- matching the themes of two fits ---------------------------------------------------------

def test_match_themes_pairs_subjects_whatever_their_numbers(paragraphs):
    base = fit_themes(paragraphs, k=3, progress=False)
    # without "dịch" and "hồ_sơ" the themes come out in another order
    other = fit_themes(paragraphs, k=3, extra_stopwords=["hồ_sơ", "dịch"], progress=False)
    assert [int(other.labels[i]) for i in (0, 5, 10)] != [int(base.labels[i]) for i in (0, 5, 10)]
    match = match_themes(base, other)
    for i in (0, 5, 10):  # first covid, land and admin paragraph
        assert match.loc[int(base.labels[i]), "matched"] == int(other.labels[i])
    assert match["shared_units"].tolist() == [5, 5, 5]
    assert match["members_jaccard"].tolist() == [1.0, 1.0, 1.0]
    assert (match["merged_with"] == "").all()
    assert match.attrs["method"].startswith("one-to-one")


def test_match_themes_shows_merged_themes(paragraphs):
    three = fit_themes(paragraphs, k=3, progress=False)
    two = fit_themes(paragraphs, k=2, progress=False)
    match = match_themes(three, two).set_index("theme")
    covid, land, admin = (int(three.labels[i]) for i in (0, 5, 10))
    # at k = 2 covid and admin share a theme, land keeps its own
    assert match.loc[covid, "matched"] == match.loc[admin, "matched"] != match.loc[land, "matched"]
    assert match.loc[covid, "merged_with"] == str(admin)
    assert match.loc[land, "merged_with"] == ""
    assert match.loc[land, "terms_jaccard"] == 1.0


def test_term_presence(paragraphs):
    base = fit_themes(paragraphs, k=3, progress=False)
    fewer = fit_themes(paragraphs, k=3, extra_stopwords=["hồ_sơ"], progress=False)
    table = term_presence({"trước / before": base, "sau / after": fewer}, ["Hồ_sơ", "xyz"])
    admin = str(int(base.labels[10]))
    assert table.loc["Hồ_sơ"].tolist() == ["có / yes", admin, "không / no", "—"]
    assert table.loc["xyz"].tolist() == ["không / no", "—", "không / no", "—"]


# --- the real ingest tables ------------------------------------------------------------------

def test_on_the_sample_corpus():
    from danvan import load_corpus

    corpus = load_corpus(progress=False)
    result = fit_themes(corpus, k_range=range(2, 9), progress=False)
    # the best k of 2-8 was 8, the edge: the range is widened and the notes say so
    assert result.k == 13 and "range was widened to 2-17" in " ".join(result.notes)
    assert set(result.doc_shares.index) == set(corpus.documents["doc_id"])
    by_province = group_shares(result.doc_shares, corpus.documents, by="province",
                               progress=False)
    # data/raw/SOURCES.md: two articles from TP Hồ Chí Minh, one each from Hà Tĩnh, Hà Nội,
    # Hải Phòng
    n = by_province.drop_duplicates("province").set_index("province")["n_articles"]
    assert sorted(n.tolist()) == [1, 1, 1, 2] and n["Thành phố Hồ Chí Minh"] == 2
    assert by_province["low_n"].all()


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
    shares = group_shares(result.doc_shares, corpus.documents, by="province", progress=False)
    known = corpus.documents["province"].notna() & corpus.documents["doc_id"].isin(
        result.units["doc_id"])
    assert shares.drop_duplicates("province")["n_articles"].sum() == known.sum()
