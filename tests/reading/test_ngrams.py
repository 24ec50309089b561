"""n-gram frequency and range; shared sequences ranked by range, contained ones dropped."""

from __future__ import annotations

import pandas as pd

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
