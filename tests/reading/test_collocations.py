"""Collocation table: counts by hand on a toy corpus, measures via danvan.core.stats, labels."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from danvan.reading.collocations import collocations

# 3 sentences, 12 syllables: "a x b" / "a x" / "c b a x c b"? keep simple below.
DOCS = pd.DataFrame({"doc_id": ["d"], "text": ["dân vận tốt. dân vận khéo. vận động dân"]})


def test_counts_and_measures_by_hand():
    df = collocations(DOCS, "dân", window=1, unit="syllable", min_freq=1).set_index("collocate")
    # sequences: [dân vận tốt] [dân vận khéo] [vận động dân]; N = 9, f(dân) = 3
    # windows (±1): {vận}, {vận}, {động} → W = 3 positions; f_xy(vận) = 2, f(vận) = 3
    r = df.loc["vận"]
    assert (r["f_xy"], r["f_collocate"], r["f_node"], r["window_positions"], r["N"]) == (
        2, 3, 3, 3, 9)
    # E = W·f_y/N = 3·3/9 = 1; MI = log2(2/1) = 1; t = (2 − 1)/√2 = 0.707107
    assert r["expected"] == pytest.approx(1.0)
    assert r["mi"] == pytest.approx(1.0)
    assert r["t_score"] == pytest.approx(1 / math.sqrt(2))
    # logDice = 14 + log2(2·2/(3 + 3)) = 14 + log2(2/3) = 13.415037
    assert r["log_dice"] == pytest.approx(13.415037, abs=1e-6)
    # G² table [[2, 1], [1, 5]]: row sums 3, 6; col sums 3, 6; E = [[1, 2], [2, 4]]
    # 2·(2 ln 2 + 1 ln ½ + 1 ln ½ + 5 ln 1.25) = 2·(1.386294 − 1.386294 + 1.115718) = 2.231436
    assert r["g2"] == pytest.approx(2.231436, abs=1e-6)
    assert df.loc["động", "f_xy"] == 1


def test_min_freq_sorting_and_labels():
    df = collocations(DOCS, "dân", window=1, unit="syllable", min_freq=2, measure="mi")
    assert df["collocate"].tolist() == ["vận"]
    assert df.attrs["measure"] == "mi" and "log2(O/E)" in df.attrs["formula"]
    assert "sorted by mi" in df.attrs["caption"] and "L1–R1" in df.attrs["caption"]
    with pytest.raises(ValueError):
        collocations(DOCS, "dân", measure="nope", unit="syllable")
