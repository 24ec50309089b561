"""n-gram frequency and range; shared sequences ranked by range, contained ones dropped."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from project_paths import DANVAN_NEWS

from danvan.reading.ngrams import ngram_table, shared_sequences, unit_sequences

DOCS = pd.DataFrame({
    "doc_id": ["a", "b", "c"],
    "outlet": ["X", "Y", "X"],
    "province": ["P1", "P2", None],
    "text": ["nắm chắc tình hình nhân dân. Nắm chắc tình hình",
             "Phải nắm chắc tình hình nhân dân, kịp thời",
             "tình hình nhân dân ổn định"],
})


def test_syllable_sequences_break_at_full_stops_not_commas():
    seqs = list(unit_sequences(DOCS, "syllable"))
    assert seqs[0] == ("a", ["nắm", "chắc", "tình", "hình", "nhân", "dân"])
    assert seqs[1] == ("a", ["nắm", "chắc", "tình", "hình"])
    assert seqs[2][1][-2:] == ["kịp", "thời"]  # a comma does not break


def test_frequency_and_range():
    t = ngram_table(DOCS, n=(2, 6), unit="syllable", min_freq=1, progress=False).set_index("ngram")
    # "tình hình": a ×2, b ×1, c ×1 → freq 4, 3 docs, outlets {X, Y}, provinces {P1, P2}
    cols = ["freq", "n_docs", "n_outlets", "n_provinces"]
    assert t.loc["tình hình", cols].tolist() == [4, 3, 2, 2]
    # "nắm chắc tình hình": a ×2, b ×1
    assert t.loc["nắm chắc tình hình", ["freq", "n_docs"]].tolist() == [3, 2]
    assert t.loc["nắm chắc tình hình nhân dân", "n"] == 6
    assert "dân nắm" not in t.index  # no n-gram across the full stop


def test_shared_sequences_drop_contained_with_same_range():
    t = ngram_table(DOCS, n=(2, 6), unit="syllable", min_freq=1, progress=False)
    s = shared_sequences(t, min_outlets=2, min_n=2)
    grams = s["ngram"].tolist()
    # range (docs, outlets, provinces): "tình hình nhân dân" (3, 2, 2) is maximal; "tình hình"
    # has the same range and is contained in it → dropped. "nắm chắc tình hình nhân dân" (2, 2, 2)
    # contains "nắm chắc" (2, 2, 2) → dropped; "chắc tình hình" likewise.
    assert grams == ["tình hình nhân dân", "nắm chắc tình hình nhân dân"]
    assert "tình hình" not in grams and "nắm chắc" not in grams
    assert (s.attrs["min_outlets"], s.attrs["min_n"]) == (2, 2)
    assert "(2 sequences)" in s.attrs["caption"] and "ít nhất 2 báo" in s.attrs["caption"]
    one = shared_sequences(t, min_outlets=2, min_n=6)
    assert one["ngram"].tolist() == ["nắm chắc tình hình nhân dân"]
    assert "(1 sequence)" in one.attrs["caption"]


def test_aggregator_is_a_source_not_an_outlet():
    from danvan.corpus.outlets import UNKNOWN_ORIGIN, is_aggregator, outlet_key

    assert is_aggregator("baomoi.com") and is_aggregator("Báo Mới") and not is_aggregator("Nhân Dân")
    assert outlet_key("baomoi.com") == UNKNOWN_ORIGIN and outlet_key("X") == "X"
    docs = DOCS.assign(outlet=["baomoi.com", "baomoi.com", "X"])
    t = ngram_table(docs, n=(2, 2), unit="syllable", min_freq=1, progress=False).set_index("ngram")
    # "tình hình" in a, b (both from the aggregator: one source of unknown origin) and c (X)
    assert t.loc["tình hình", ["n_docs", "n_outlets"]].tolist() == [3, 2]
    assert t.loc["nắm chắc", ["n_docs", "n_outlets"]].tolist() == [2, 1]  # not two outlets


def test_shared_sequences_against_a_background():
    from danvan.reading.ngrams import against_background, background_counts

    t = ngram_table(DOCS, n=(2, 6), unit="syllable", min_freq=1, progress=False)
    assert t.attrs["size"] == 25  # (6 + 4) + 9 + 6 syllables
    shared = shared_sequences(t, min_outlets=2, min_n=2)
    # general news: "tình hình nhân dân" is everywhere, "nắm chắc…" never occurs
    reference = ["Tình hình nhân dân ổn định. " * 5 + "Thời tiết hôm nay đẹp"]
    counts, size = background_counts(reference, shared["ngram"])
    assert counts == {"tình hình nhân dân": 5} and size == 5 * 6 + 5
    ranked = against_background(shared, counts, size)
    # "nắm chắc tình hình nhân dân": 2 of 25 here, 0 (→ 0.5) of 35 there: log2((2/25)/(0.5/35))
    first = ranked.iloc[0]
    assert first["ngram"] == "nắm chắc tình hình nhân dân" and first["freq_ref"] == 0
    assert first["log_ratio"] == pytest.approx(math.log2((2 / 25) / (0.5 / 35)))
    # "tình hình nhân dân": 3 of 25 against 5 of 35, log2(0.84) < 1 → generic, dropped
    assert ranked["ngram"].tolist() == ["nắm chắc tình hình nhân dân"]
    assert ranked.attrs["dropped_generic"] == 1 and "Log Ratio" in ranked.attrs["caption"]


@pytest.mark.corpora
def test_danvan_news_shared_sequences_against_vntc():
    from project_paths import DANVAN_NEWS, VNTC

    from danvan.reading.ngrams import against_background, background_counts, read_texts

    if not (DANVAN_NEWS.exists() and VNTC.exists()):
        pytest.skip(f"shared corpora absent: {DANVAN_NEWS}, {VNTC}")
    from danvan.corpus.load import load_corpus

    corpus = load_corpus(DANVAN_NEWS, progress=False)
    shared = shared_sequences(ngram_table(corpus, n=(3, 6), unit="syllable", progress=False), min_n=3)
    counts, size = background_counts(read_texts(VNTC, limit=3000), shared["ngram"])
    ranked = against_background(shared, counts, size, min_log_ratio=-100).reset_index(drop=True)
    rank = {g: i + 1 for i, g in enumerate(ranked["ngram"])}
    generic = ["bộ chính trị", "các cơ quan", "trong thời gian", "chủ tịch ủy ban"]
    print(f"\ndanvan_news shared sequences: {len(shared)}; top 3 by range: "
          f"{shared['ngram'].head(3).tolist()}; rank against VNTC ({size:,} syllables): "
          + ", ".join(f"{g} {rank[g]}" for g in generic)
          + f"; top 3 now: {ranked['ngram'].head(3).tolist()}")
    assert shared["ngram"].head(4).isin(generic).sum() >= 2  # by range they lead
    assert all(rank[g] > 1000 for g in generic)  # against general news they fall out
    kept = against_background(shared, counts, size)
    assert "trong thời gian" not in set(kept["ngram"])


def test_rank_shared_against_a_reference_file_and_without(tmp_path, monkeypatch):
    """Sequences as frequent in general news as here are dropped; without a reference the table
    is kept and its caption says why generic phrases may lead."""
    import gzip
    import json

    from danvan.reading.ngrams import BACKGROUND_ENV, rank_shared

    shared = pd.DataFrame({"ngram": ["trong thời gian", "dân vận khéo"], "n": [3, 3], "freq": [4, 4],
                           "n_docs": [2, 2], "n_outlets": [2, 2]})
    shared.attrs.update({"size": 1000, "by": "n_outlets", "caption": "Chuỗi / Sequences"})
    ref = tmp_path / "ref.jsonl.gz"
    with gzip.open(ref, "wt", encoding="utf-8") as fh:
        for _ in range(50):  # "trong thời gian" 50 times in 50 × 20 = 1,000 syllables: as frequent
            fh.write(json.dumps({"text": "Trong thời gian qua " + "tin tức " * 8 + "xã hội."},
                                ensure_ascii=False) + "\n")
    monkeypatch.delenv(BACKGROUND_ENV, raising=False)
    ranked = rank_shared(shared, ref, progress=False)
    assert ranked["ngram"].tolist() == ["dân vận khéo"]  # 4 here, 0 there: log ratio ≥ 1
    assert ranked.attrs["reference"] == "ref.jsonl.gz" and ranked.attrs["dropped_generic"] == 1
    plain = rank_shared(shared, progress=False)
    assert plain["ngram"].tolist() == ["trong thời gian", "dân vận khéo"] and plain.attrs["reference"] is None
    assert "No general-news reference" in plain.attrs["caption"]
    monkeypatch.setenv(BACKGROUND_ENV, str(ref))
    assert rank_shared(shared, progress=False)["ngram"].tolist() == ["dân vận khéo"]


def test_sequences_holding_a_name_are_left_out():
    from danvan.reading.ngrams import without_names

    shared = pd.DataFrame({"ngram": ["quốc hội nguyễn thị kim ngân", "ý kiến kiến nghị", "ở hà nội hôm"],
                           "n_outlets": [3, 3, 2]})
    shared.attrs["caption"] = "Chuỗi / Sequences"
    kept = without_names(shared, ["nguyễn_thị_kim_ngân", "Hà_Nội"])
    assert kept["ngram"].tolist() == ["ý kiến kiến nghị"] and kept.attrs["names_dropped"] == 2
    assert "2 sequences holding a name" in kept.attrs["caption"]
    assert without_names(shared, [])["ngram"].tolist() == shared["ngram"].tolist()


def test_a_one_syllable_name_does_not_drop_ordinary_words():
    from danvan.reading.ngrams import without_names

    shared = pd.DataFrame({"ngram": ["vinh danh các điển hình", "về thành phố vinh"], "n_outlets": [2, 2]})
    kept = without_names(shared, ["vinh", "thành_phố_vinh"])  # "Vinh" the city, as a name form
    assert kept["ngram"].tolist() == ["vinh danh các điển hình"]


# --- counted in columns (issue 16): the same rows as counting each stretch one by one ---

def _one_by_one(corpus, word_edges: bool) -> pd.DataFrame:
    from danvan.reading.ngrams import _counted, _syllable_runs

    df, _ = _counted(corpus, _syllable_runs(corpus, word_edges=word_edges), 2, 6, 2, "syllable", False)
    df = df.sort_values(["freq", "n_docs", "n", "ngram"], ascending=[False, False, False, True])
    return df.reset_index(drop=True)


def _brute_contained(table: pd.DataFrame) -> set[str]:
    key = {tuple(g.split(" ")): (d, o, p) for g, d, o, p in
           table[["ngram", "n_docs", "n_outlets", "n_provinces"]].itertuples(index=False)}
    return {" ".join(g[i:i + k]) for g, r in key.items() for k in range(1, len(g))
            for i in range(len(g) - k + 1) if key.get(g[i:i + k]) == r}


@pytest.mark.parametrize("word_edges", [True, False])
def test_syllable_ngrams_in_columns_equal_counting_one_by_one(sample, word_edges):
    from danvan.reading.ngrams import _contained

    got = ngram_table(sample, (2, 6), "syllable", 2, progress=False, word_edges=word_edges)
    want = _one_by_one(sample, word_edges)
    pd.testing.assert_frame_equal(got, want.astype(got.dtypes.to_dict()))
    assert len(got) == (1021 if word_edges else 2483)
    contained = set(got.loc[_contained(got), "ngram"])
    assert contained == _brute_contained(got) and contained


def test_syllable_ngrams_in_columns_on_danvan_news():
    if not DANVAN_NEWS.exists():
        pytest.skip(f"danvan_news not found at {DANVAN_NEWS} (../shared/corpora is optional)")
    from danvan.corpus.load import load_corpus
    from danvan.reading.ngrams import _contained

    news = load_corpus(DANVAN_NEWS, progress=False)
    got = ngram_table(news, (2, 6), "syllable", 2, progress=False)
    pd.testing.assert_frame_equal(got, _one_by_one(news, True).astype(got.dtypes.to_dict()))
    assert set(got.loc[_contained(got), "ngram"]) == _brute_contained(got)
    print(f"\ndanvan_news: {len(got)} syllable n-grams, the same rows counted in columns and one by one")
