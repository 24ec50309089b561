"""The comparison on the sample corpus (data/raw), with values worked out by hand.

The five articles (words = ``n_tokens``):

| doc | province    | level    | year | words | catalogued phrases                                 |
| 000 | Hồ Chí Minh | province | 2022 | 675   | quy chế dân chủ ở cơ sở 4, nắm tình hình 2, …      |
| 001 | Hà Tĩnh     | province | —    | 586   | four-part formula 1, quy chế dân chủ ở cơ sở 5, …  |
| 002 | Hồ Chí Minh | district | 2018 | 493   | Dân vận khéo 2, quy chế dân chủ ở cơ sở 2, …       |
| 003 | Hà Nội      | province | 2020 | 491   | quy chế dân chủ ở cơ sở 10, giám sát và phản biện 1 |
| 004 | Hải Phòng   | province | 2022 | 560   | Dân vận khéo 1, của dân, do dân, vì dân 1, …       |

Quy chế dân chủ ở cơ sở per 10,000 words: Hà Nội 10 / 491 = 203.67, Hà Tĩnh 5 / 586 = 85.32,
Hồ Chí Minh (4 + 2) / (675 + 493) = 51.37, Hải Phòng 0. The formula: Hà Tĩnh 1 / 586 = 17.06.
"""

from __future__ import annotations

import pandas as pd
import pytest

from danvan.compare import (
    formula_rates,
    group_profiles,
    group_rates,
    groups_with_articles,
    select_articles,
    select_items,
    used_items,
)
from danvan.core.paths import raw_dir
from danvan.corpus.load import Corpus, load_corpus
from danvan.phrases.hits import FORMULA_IDS, phrase_rates

HCM, HA_TINH, HA_NOI, HAI_PHONG = ("Thành phố Hồ Chí Minh", "Tỉnh Hà Tĩnh", "Thành phố Hà Nội",
                                   "Thành phố Hải Phòng")
QUY_CHE = "quy_che_dan_chu_co_so"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return load_corpus(raw_dir(), out=tmp_path_factory.mktemp("processed"), progress=False)


@pytest.fixture(scope="module")
def counts(corpus: Corpus) -> pd.DataFrame:
    return phrase_rates(corpus)


def test_the_sample_articles_and_their_words(corpus):
    docs = corpus.documents.set_index("doc_id")
    assert docs["n_tokens"].to_dict() == {
        "000_1f2eb3cf792dc190": 675, "001_2514309eff9800d1": 586, "002_01ff7b62b503a632": 493,
        "003_32e42dc5755c558f": 491, "004_c4ff23b0dfae42e9": 560}


def test_select_articles_by_province_and_year(corpus):
    docs, paragraphs = select_articles(corpus)
    assert len(docs) == 5 and len(paragraphs) == len(corpus.paragraphs)
    two, paras = select_articles(corpus, ["Hà Nội", "TP HCM"])
    assert two["doc_id"].str[:3].tolist() == ["000", "002", "003"]
    assert set(paras["doc_id"]) == set(two["doc_id"])
    y2022, _ = select_articles(corpus, years=[2022])
    assert y2022["doc_id"].str[:3].tolist() == ["000"]  # by its event date; 004 names no year
    with pytest.raises(ValueError, match="no article left"):
        select_articles(corpus, ["Cao Bằng"])


def test_profile_of_the_sample(corpus):
    profile = group_profiles(corpus.documents, "province", min_articles=5)
    present = groups_with_articles(profile)
    assert present["n_articles"].to_dict() == {HA_NOI: 1, HAI_PHONG: 1, HA_TINH: 1, HCM: 2}
    assert present.loc[HCM, "n_words"] == 675 + 493
    assert present["low_n"].all() and len(profile) == 63
    levels = groups_with_articles(group_profiles(corpus.documents, "admin_level"))
    assert levels["n_articles"].to_dict() == {"province": 4, "district": 1}
    assert levels.loc["province", "n_words"] == 675 + 586 + 491 + 560


def test_rates_by_province_worked_by_hand(corpus, counts):
    rates = group_rates(counts, corpus.documents, "province", progress=False)
    quy_che = select_items(rates, [QUY_CHE]).set_index("province")
    assert quy_che["count"].to_dict() == {HA_NOI: 10, HAI_PHONG: 0, HCM: 6, HA_TINH: 5}
    assert quy_che.loc[HA_NOI, "rate"] == pytest.approx(10 / 491 * 10_000)  # 203.67
    assert quy_che.loc[HA_TINH, "rate"] == pytest.approx(5 / 586 * 10_000)  # 85.32
    assert quy_che.loc[HCM, "rate"] == pytest.approx(6 / 1168 * 10_000)  # 51.37
    # one article: nothing to resample, the interval is the rate itself
    one = quy_che.loc[HA_NOI]
    assert one["ci_low"] == one["ci_high"] == pytest.approx(203.6660, abs=1e-4)
    # HCM articles: 4 / 675 = 59.26 and 2 / 493 = 40.57 per 10k; the interval lies between them
    assert 2 / 493 * 10_000 <= quy_che.loc[HCM, "ci_low"] < quy_che.loc[HCM, "ci_high"] <= 4 / 675 * 10_000
    formula = select_items(rates, FORMULA_IDS, used=True)
    assert formula[["province", "phrase_id", "count"]].values.tolist() == [[HA_TINH, "formula_four", 1]]
    assert used_items(rates) == [
        "cua_dan_do_dan_vi_dan", "dan_chu_hinh_thuc", "dan_van_kheo",
        "dang_lanh_dao_nha_nuoc_quan_ly", "formula_four", "giam_sat_phan_bien",
        "khoi_dai_doan_ket_toan_dan", "lay_dan_lam_goc", "nam_tinh_hinh_nhan_dan",
        "quan_lieu_hach_dich", "quy_che_dan_chu_co_so", "tiep_cong_dan", "tiep_xuc_doi_thoai",
        "xay_dung_nong_thon_moi"]


def test_formula_on_both_maps(corpus, counts):
    for by in ("province", "province_2025"):
        rates = formula_rates(counts, corpus.documents, by, progress=False).set_index(by)
        assert rates.loc[HA_TINH, "rate"] == pytest.approx(1 / 586 * 10_000)  # 17.06
        assert rates["count"].sum() == 1 and len(rates) == 4


def test_rates_by_level_and_year(corpus, counts):
    levels = group_rates(counts, corpus.documents, "admin_level", progress=False)
    q = select_items(levels, [QUY_CHE]).set_index("admin_level")["rate"]
    assert q["province"] == pytest.approx((4 + 5 + 10) / 2312 * 10_000)  # 82.18
    assert q["district"] == pytest.approx(2 / 493 * 10_000)  # 40.57
    years = group_rates(counts, corpus.documents, "year", progress=False)
    kheo = select_items(years, ["dan_van_kheo"], used=True)
    assert kheo[["year", "count"]].values.tolist() == [["2018", 2]]  # 004 (the third) has no year
    assert set(years["year"]) == {"2018", "2020", "2022"}  # 001 has no date


def test_inferred_years_and_unplaced_articles_can_be_left_out(corpus):
    from danvan.compare import subcorpus
    from danvan.corpus.tables import document_year

    assert subcorpus(corpus) is corpus  # nothing asked: the corpus itself
    strict = subcorpus(corpus, inferred_years=False)
    years = dict(zip(strict.documents["doc_id"].str[:3], document_year(strict.documents), strict=True))
    assert pd.isna(years["000"]) and years["002"] == 2018 and years["003"] == 2020  # 000's was inferred
    assert len(strict.documents) == 5 and strict.where == {"inferred_years": False}
    assert len(subcorpus(corpus, unplaced=False).documents) == 5  # every sample article is placed
    with pytest.raises(ValueError, match="no article left"):
        subcorpus(corpus, {"year": [2022]}, inferred_years=False)  # 000 was 2022 by inference only
