"""Slogan catalogue: counts read off the seeds by hand, flexible matching, phrase_hits/rates."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pandas as pd
import pytest
from project_paths import ROOT

from danvan.phrases.formula import VARIANTS
from danvan.phrases.hits import formula_by_year, phrase_hits, phrase_rates, write_phrase_hits
from danvan.phrases.slogans import CATEGORIES, catalogue_table, find_slogans, load_catalogue

RAW = ROOT / "data" / "raw"

# Counted by reading data/raw/*.txt (raw files, captions included).
SEED_COUNTS = {
    "000": {"quy_che_dan_chu_co_so": 4, "nam_tinh_hinh_nhan_dan": 2, "quan_lieu_hach_dich": 1,
            "tiep_xuc_doi_thoai": 1, "tiep_cong_dan": 1},
    "001": {"lay_dan_lam_goc": 2, "quy_che_dan_chu_co_so": 7,  # title line + body
            "dang_lanh_dao_nha_nuoc_quan_ly": 1},
    "002": {"quy_che_dan_chu_co_so": 2, "nam_tinh_hinh_nhan_dan": 1, "tiep_xuc_doi_thoai": 2,
            "dan_van_kheo": 2, "dan_chu_hinh_thuc": 1},
    "003": {"quy_che_dan_chu_co_so": 15, "giam_sat_phan_bien": 1},
    "004": {"dan_van_kheo": 1, "nam_tinh_hinh_nhan_dan": 1, "cua_dan_do_dan_vi_dan": 1,
            "khoi_dai_doan_ket_toan_dan": 1, "xay_dung_nong_thon_moi": 1, "tiep_cong_dan": 1},
}


def _raw(prefix: str) -> str:
    return next(RAW.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_catalogue_has_the_required_entries():
    ids = {s.id for s in load_catalogue()}
    assert len(ids) >= 25
    table = catalogue_table().set_index("id")
    assert {"category", "canonical", "variants", "gloss_en", "source", "note"} <= set(table.columns)
    for column in ("gloss_en", "source", "note"):
        assert table[column].str.len().gt(0).all(), column
    assert set(table["category"]) == set(CATEGORIES) == {"slogan", "institution", "legal"}
    assert table["category"].value_counts().to_dict() == {"slogan": 16, "institution": 9, "legal": 5}
    # functions and regulations are not slogans
    assert table.loc["giam_sat_phan_bien", "category"] == "institution"
    assert table.loc["quy_che_dan_chu_co_so", "category"] == "legal"
    for sid in ("dan_giau_nuoc_manh", "trong_dan_gan_dan", "noi_dan_hieu_lam_dan_tin"):
        assert table.loc[sid, "category"] == "slogan"


@pytest.mark.parametrize(("text", "phrase_id", "found"), [
    ("xây dựng nước Việt Nam dân giàu, nước mạnh, dân chủ, công bằng, văn minh.", "dan_giau_nuoc_manh",
     "dân giàu, nước mạnh, dân chủ, công bằng, văn minh"),
    ("vì mục tiêu dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh", "dan_giau_nuoc_manh",
     "dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh"),
    ("phải tin dân, trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân.", "trong_dan_gan_dan",
     "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân"),
    # as printed in danvan_news (without học dân)
    ("báo chí cần thực hiện tinh thần \"trọng dân, gần dân, hiểu dân, có trách nhiệm với dân\" để",
     "trong_dan_gan_dan", "trọng dân, gần dân, hiểu dân, có trách nhiệm với dân"),
    ("cán bộ phải nói dân hiểu, làm dân tin.", "noi_dan_hieu_lam_dan_tin", "nói dân hiểu, làm dân tin"),
    ("Ban Chỉ đạo Trung ương về thực hiện Quy chế dân chủ tại cơ sở làm việc", "ban_chi_dao_qcdc",
     "Ban Chỉ đạo Trung ương về thực hiện Quy chế dân chủ tại cơ sở"),
])
def test_new_entries_match_as_printed(text, phrase_id, found):
    assert [h["text"] for h in find_slogans(text) if h["phrase_id"] == phrase_id] == [found]


@pytest.mark.parametrize("prefix", sorted(SEED_COUNTS))
def test_seed_counts(prefix):
    hits = find_slogans(_raw(prefix))
    assert dict(Counter(h["phrase_id"] for h in hits)) == SEED_COUNTS[prefix]


def test_seed_variants_and_offsets():
    t4 = _raw("004")
    (h,) = [h for h in find_slogans(t4) if h["phrase_id"] == "cua_dan_do_dan_vi_dan"]
    assert h["text"] == "của dân, do dân và vì dân" and t4[h["start"]:h["end"]] == h["text"]
    (h,) = [h for h in find_slogans(t4) if h["phrase_id"] == "nam_tinh_hinh_nhan_dan"]
    assert h["text"] == "nắm chắc tình hình nhân dân"
    t2 = _raw("002")
    texts = [h["text"] for h in find_slogans(t2) if h["phrase_id"] == "tiep_xuc_doi_thoai"]
    assert texts == ["tiếp xúc, đối thoại với nhân dân",
                     "tiếp xúc, đối thoại trực tiếp với nhân dân"]


def test_flexible_matching_nfd_case_line_break_old_tones():
    text = unicodedata.normalize("NFD", "Phát huy KHỐI ĐẠI ĐOÀN KẾT\ntoàn dân tộc; “Dân vận khéo”")
    hits = find_slogans(text)
    assert [h["phrase_id"] for h in hits] == ["khoi_dai_doan_ket_toan_dan", "dan_van_kheo"]
    assert hits[0]["text"] == text[hits[0]["start"]:hits[0]["end"]]
    assert unicodedata.normalize("NFC", hits[0]["text"]).endswith("toàn dân tộc")
    # old-style tone mark ("uỷ") elsewhere, "và" replaced by a comma
    hits = find_slogans("Uỷ ban tăng cường giám sát, phản biện xã hội.")
    assert [h["text"] for h in hits] == ["giám sát, phản biện xã hội"]


def test_near_miss_is_not_a_slogan():
    assert find_slogans("quan liêu, cửa quyền, tham nhũng") == []
    assert find_slogans("dân vận kém thì việc gì cũng kém") == []


def test_user_catalogue_without_code(tmp_path):
    cat = tmp_path / "my.toml"
    cat.write_text('[[slogan]]\nid = "dan_la_chu"\ncanonical = "dân là chủ"\n'
                   'variants = []\ngloss_en = "the people are the masters"\n', encoding="utf-8")
    hits = find_slogans("Dân là chủ, dân làm chủ", load_catalogue(cat))
    assert [(h["phrase_id"], h["start"], h["end"]) for h in hits] == [("dan_la_chu", 0, 10)]


def _docs():
    return pd.DataFrame({
        "doc_id": ["a", "b"],
        "title": ["Lấy dân làm gốc", "Tin"],
        "text": ["Dân vận khéo. Dân biết, dân bàn, dân làm, dân kiểm tra.", "Dân vận khéo"],
        "n_tokens": [20, 4],
        "published": pd.to_datetime(["2020-01-02", None]),
        "event_date": pd.to_datetime([None, "2022-03-01"]),
    })


def test_phrase_hits_and_rates_and_years(tmp_path):
    docs = _docs()
    hits = phrase_hits(docs)
    assert list(zip(hits["doc_id"], hits["field"], hits["phrase_id"], hits["variant"],
                    strict=True)) == [
        ("a", "text", "dan_van_kheo", "Dân vận khéo"), ("a", "text", "formula", "four"),
        ("a", "title", "lay_dan_lam_goc", "lấy dân làm gốc"),
        ("b", "text", "dan_van_kheo", "Dân vận khéo")]
    rates = phrase_rates(docs, hits).set_index(["doc_id", "phrase_id"])
    assert rates.loc[("a", "dan_van_kheo"), "per_10k"] == pytest.approx(1 / 20 * 1e4)  # 500
    assert rates.loc[("b", "dan_van_kheo"), "per_10k"] == pytest.approx(2500.0)  # 1/4 × 10⁴
    assert rates.loc[("a", "formula_four"), "count"] == 1
    assert rates.loc[("a", "lay_dan_lam_goc"), "count"] == 0  # titles are not counted
    assert len(rates) == 2 * (len(VARIANTS) + len(load_catalogue()))
    assert rates.loc[("b", "formula_six"), "year"] == 2022  # event_date when no published
    years = formula_by_year(docs, hits)
    assert years[["year", "n_docs", "docs_four", "docs_six"]].values.tolist() == [
        [2020, 1, 1, 0], [2022, 1, 0, 0]]
    path = write_phrase_hits(docs, out=tmp_path)
    back = pd.read_parquet(path)
    assert len(back) == 4 and list(back.columns)[:4] == ["doc_id", "field", "sentence_id",
                                                          "phrase_id"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "hình thức" as "form" is no criticism; as "for show" it is
    ("Mở rộng dân chủ thực sự trên cả hai hình thức: Dân chủ đại diện và dân chủ trực tiếp.",
     {"demanded": False, "achieved": False, "criticised": False, "questioned": False}),
    ("Việc lấy ý kiến nhân dân còn mang tính hình thức.",
     {"demanded": False, "achieved": False, "criticised": True, "questioned": False}),
    # a rhetorical question: questioned and criticised
    ("Chúng ta thường nói, dân biết, dân bàn, dân kiểm tra, nhưng dân không biết thì lấy gì mà bàn?",
     {"demanded": False, "achieved": False, "criticised": True, "questioned": True}),
    ("Cần phát huy dân chủ ở cơ sở.", {"demanded": True, "achieved": False, "criticised": False,
                                      "questioned": False}),
    ("việc làm theo chỉ dạy ân cần của Bác", {"demanded": False, "achieved": False,
                                              "criticised": False, "questioned": False}),
    ("Nghị quyết sẽ góp phần tháo gỡ vướng mắc.", {"demanded": False, "achieved": False,
                                                    "criticised": False, "questioned": False}),
    ("Quy chế đã góp phần bảo đảm quyền làm chủ của nhân dân.",
     {"demanded": False, "achieved": True, "criticised": False, "questioned": False}),
])
def test_usage_labels(sentence, expected):
    from danvan.phrases.slogans import usage_labels

    labels = usage_labels(sentence)
    assert {k: labels[k] for k in expected} == expected


def test_usage_labels_against_hand_labelled_danvan_news_sentences():
    from project_paths import DANVAN_NEWS, ROOT

    from danvan.phrases.slogans import usage_labels

    if not DANVAN_NEWS.exists():
        pytest.skip(f"shared corpus absent: {DANVAN_NEWS}")
    from danvan.corpus.load import load_corpus

    gold = pd.read_csv(ROOT / "tests" / "phrases" / "usage_labels.tsv", sep="\t", comment="#",
                       dtype=str, keep_default_na=False)
    assert len(gold) >= 100
    corpus = load_corpus(DANVAN_NEWS, progress=False)
    by_doc = corpus.sentences.groupby("doc_id")["text"].apply(list)
    names = {"D": "demanded", "A": "achieved", "C": "criticised", "Q": "questioned"}
    right = dict.fromkeys(names, 0)
    for row in gold.itertuples(index=False):
        # the sentence labelled, by its opening words (its number is where the labeller saw it:
        # a better-cut headline may renumber an article's sentences)
        found_at = [s for s in by_doc[row.doc_id] if " ".join(s.split()).startswith(row.begins[:30])]
        assert found_at, (row.doc_id, row.sentence_id, row.begins)
        sentence = found_at[0]
        found = usage_labels(sentence)
        for code, name in names.items():
            right[code] += (code in row.labels) == found[name]
    accuracy = {names[c]: right[c] / len(gold) for c in names}
    print(f"\nusage cues on {len(gold)} hand-labelled danvan_news hit sentences, accuracy: "
          + ", ".join(f"{k} {v:.3f}" for k, v in accuracy.items()))
    assert accuracy["demanded"] >= 0.9 and accuracy["achieved"] >= 0.85
    assert accuracy["criticised"] >= 0.95 and accuracy["questioned"] >= 0.95
