"""The notebook tables of the phrase hits, with counts read off the sample corpus; where
phrase_hits.parquet is written; your own catalogue; readable names of phrases and articles."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from project_paths import RAW

from danvan.corpus.load import load_corpus
from danvan.phrases.formula import formula_hits, slot_view
from danvan.phrases.hits import (
    formula_by_year,
    formula_table,
    phrase_hits,
    phrase_matrix,
    phrase_rates,
    phrase_summary,
    title_hits,
    usage_cues,
    write_phrase_hits,
)
from danvan.phrases.labels import phrase_names, printed_forms, short_title, short_titles
from danvan.phrases.slogans import extend_catalogue, load_catalogue

S000, S001, S002, S003, S004 = ("000_1f2eb3cf792dc190", "001_2514309eff9800d1",
                                "002_01ff7b62b503a632", "003_32e42dc5755c558f",
                                "004_c4ff23b0dfae42e9")

# Body-text counts (documents.text, titles apart), checked with plain regular expressions:
# "quy chế dân chủ (ở) cơ sở" 4 + 5 + 2 + 10 + 0, "nắm (chắc) tình hình nhân dân" 2 + 0 + 1 + 0 + 1,
# "Dân vận khéo" 0 + 0 + 2 + 0 + 1, "tiếp xúc, đối thoại (trực tiếp) với nhân dân" 1 + 0 + 2.
QUY_CHE = {S000: 4, S001: 5, S002: 2, S003: 10}


@pytest.fixture(scope="module")
def rates(sample, hits):
    return phrase_rates(sample, hits)


def test_summary_counts_articles_and_rates_over_the_corpus(sample, rates):
    s = phrase_summary(rates)
    n_tokens = int(sample.documents["n_tokens"].sum())
    assert s.loc["quy_che_dan_chu_co_so", ["count", "n_docs"]].tolist() == [21, 4]
    assert s.loc["nam_tinh_hinh_nhan_dan", ["count", "n_docs"]].tolist() == [4, 3]
    assert s.loc["dan_van_kheo", ["count", "n_docs"]].tolist() == [3, 2]
    assert s.loc["tiep_xuc_doi_thoai", ["count", "n_docs"]].tolist() == [3, 2]
    assert s.loc["formula_four", "count"] == 1 and s.loc["formula_six", "count"] == 0
    assert s.loc["quy_che_dan_chu_co_so", "per_10k"] == pytest.approx(21 / n_tokens * 1e4)
    # most frequent first; the phrase is named by its wording, optional words included
    assert s.index[0] == "quy_che_dan_chu_co_so" and s["count"].is_monotonic_decreasing
    assert s.loc["nam_tinh_hinh_nhan_dan", "phrase"] == "nắm chắc tình hình nhân dân"
    assert s.attrs["n_docs"] == 5 and s.attrs["n_tokens"] == n_tokens
    assert f"{n_tokens:,} words" in s.attrs["caption"]
    assert f"{n_tokens:,} từ".replace(",", ".") in s.attrs["caption"]


def test_matrix_has_one_row_per_article_with_a_hit(sample, rates):
    m = phrase_matrix(rates, sample)
    assert list(m.index) == [S000, S001, S002, S003, S004]
    assert m["quy chế dân chủ ở cơ sở"].to_dict() == {**QUY_CHE, S004: 0}
    assert m.loc[S001, "công thức đủ bốn vế / formula, four-part"] == 1
    assert m.loc[S002, "Dân vận khéo"] == 2
    assert "công thức sáu vế (2021) / formula, six-part (2021)" not in m  # never used
    assert m.loc[S001, "title"] == "Lấy dân làm gốc, phát huy hiệu quả…"


def test_title_hits(sample, hits):
    t = title_hits(hits, sample)
    assert list(zip(t["doc_id"], t["phrase"], t["text"], strict=True)) == [
        (S001, "lấy dân làm gốc", "Lấy dân làm gốc"),
        (S003, "quy chế dân chủ ở cơ sở", "Quy chế dân chủ ở cơ sở")]
    assert t["title"].iloc[1] == ("Phát huy quyền làm chủ của nhân dân qua việc thực hiện Quy chế "
                                  "dân chủ ở cơ sở")


def test_formula_variants_per_seed_document(sample):
    fhits = formula_hits(sample.documents)
    table = formula_table(sample, fhits)
    # only 001 (Hà Tĩnh) carries the formula, once, in its four-part form
    assert table[["doc_id", "variant", "parts", "text"]].values.tolist() == [
        [S001, "four", "biết, bàn, làm, kiểm tra", "dân biết, dân bàn, dân làm, dân kiểm tra"]]
    assert table["variant_name"].tolist() == ["đủ bốn vế / four-part"]
    view = slot_view(fhits, titles=short_titles(sample.documents))
    assert view.loc[S001].tolist() == ["Lấy dân làm gốc, phát huy hiệu quả…", 1, 1, 1, 1, 0, 0, "four"]


def test_formula_by_year_counts_the_undated_formula(sample, hits):
    years = formula_by_year(sample, hits)
    assert years[["year", "n_docs"]].values.tolist() == [[2018, 1], [2020, 1], [2022, 1]]  # 004: no year
    assert years[["docs_four", "docs_six", "docs_partial"]].to_numpy().sum() == 0
    assert years.attrs["undated"] == 2 and years.attrs["undated_formula"] == 1  # 001, 004: no year
    assert "2 undated articles left out (1 of them uses the formula)" in years.attrs["caption"]


def test_usage_cues_of_the_seed_formula(sample, hits):
    usage = usage_cues(sample, hits)
    assert len(usage) == 1 and usage["doc_id"].iloc[0] == S001
    assert usage[["demanded", "achieved", "criticised"]].iloc[0].tolist() == [True, False, False]
    assert usage["cues"].iloc[0] == "thực hiện tốt, tăng cường"
    assert "thực hiện tốt phương châm “dân biết, dân bàn, dân làm, dân kiểm tra”" in usage["sentence"].iloc[0]


def test_printed_forms_and_names(hits):
    printed = printed_forms(hits)
    # as printed most often in the sample (case-folded wordings counted together)
    assert printed["nam_tinh_hinh_nhan_dan"] == "nắm tình hình nhân dân"
    assert printed["quy_che_dan_chu_co_so"] == "Quy chế dân chủ ở cơ sở"
    assert printed["cua_dan_do_dan_vi_dan"] == "của dân, do dân và vì dân"
    names = phrase_names()
    assert names["khoi_dai_doan_ket_toan_dan"] == "khối đại đoàn kết toàn dân tộc"
    slogans = [names[s.id] for s in load_catalogue()]
    assert all("_" not in v and "(" not in v for v in slogans)  # wordings, not ids or patterns
    assert names["formula"].endswith("“dân biết, dân bàn, dân làm, dân kiểm tra”")


def test_short_titles():
    assert short_title("Chú trọng chất lượng công tác dân vận trong tình hình mới", 40) == (
        "Chú trọng chất lượng công tác dân vận…")
    assert short_title("Ngắn", 40) == "Ngắn" and short_title(None) == ""
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "title": ["Tin A", "Tin A", None]})
    assert short_titles(docs).tolist() == ["Tin A", "Tin A · 2", "c"]


def test_hits_are_written_beside_the_loaded_corpus(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("DANVAN_HOME", str(home))  # data/processed is home/data/processed here
    raw = tmp_path / "my_corpus"
    raw.mkdir()
    for f in sorted(RAW.glob("00[14]_*.txt")):
        shutil.copy(f, raw / f.name)
    corpus = load_corpus(raw, progress=False)
    assert corpus.folder.parent == home / "data" / "processed" / "corpora"
    path = write_phrase_hits(corpus)
    assert path == corpus.folder / "phrase_hits.parquet" and (corpus.folder / "documents.parquet").exists()
    assert not (home / "data" / "processed" / "phrase_hits.parquet").exists()
    back = pd.read_parquet(path)
    assert set(back["doc_id"]) == {S001, S004}
    assert int((back["phrase_id"] == "formula").sum()) == 1
    # an explicit folder wins; a bare documents table has no folder of its own
    assert write_phrase_hits(corpus, out=tmp_path / "elsewhere").parent == tmp_path / "elsewhere"
    with pytest.raises(ValueError, match="out="):
        write_phrase_hits(corpus.documents)


def test_extend_catalogue_adds_a_slogan(tmp_path):
    extra = ('[[slogan]]\nid = "dan_van_kem"\ncanonical = "Dân vận kém thì việc gì cũng kém"\n'
             'variants = []\ngloss_en = "poor mass mobilisation makes everything fail"\n')
    path = extend_catalogue(extra, tmp_path / "mine.toml")
    catalogue = load_catalogue(path)
    assert [s.id for s in catalogue][-1] == "dan_van_kem"
    assert len(catalogue) == len(load_catalogue()) + 1
    docs = pd.DataFrame({"doc_id": ["x"], "title": [None], "n_tokens": [12],
                         "text": ["Bác dạy: “Dân vận kém thì việc gì cũng kém”. Dân vận khéo."]})
    counts = phrase_summary(phrase_rates(docs, phrase_hits(docs, catalogue), catalogue), catalogue)
    assert counts.loc["dan_van_kem", ["phrase", "count"]].tolist() == ["Dân vận kém thì việc gì cũng kém", 1]
    assert counts.loc["dan_van_kheo", "count"] == 1
    assert extend_catalogue(extra).name == "slogans.toml"  # a temporary folder by default
    with pytest.raises(ValueError, match="repeated"):
        extend_catalogue(extra + "\n" + extra, tmp_path / "twice.toml")
