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


def test_overlapping_windows_count_each_unit_once():
    docs = pd.DataFrame({"doc_id": ["f"], "text": ["dân biết, dân bàn, dân làm"]})
    df = collocations(docs, "dân", window=5, unit="syllable", min_freq=1).set_index("collocate")
    # one sequence [dân biết dân bàn dân làm]: the three windows cover every unit; without the
    # node's own positions W = 3 (biết, bàn, làm), each once: f_xy never exceeds f_collocate
    assert df.loc["bàn", ["f_xy", "f_collocate", "f_node", "window_positions", "N"]].tolist() == [
        1, 1, 3, 3, 6]
    assert (df["f_xy"] <= df["f_collocate"]).all()
    # E = 3·1/6 = 0.5; MI = log2(1/0.5) = 1; logDice = 14 + log2(2·1/(3 + 1)) = 13
    assert df.loc["bàn", "mi"] == pytest.approx(1.0) and df.loc["bàn", "log_dice"] == pytest.approx(13.0)


def test_collocation_tables_on_the_sample(tmp_path_factory):
    from project_paths import RAW

    from danvan.corpus.load import load_corpus
    from danvan.reading.collocations import SHOWN, collocation_tables

    sample = load_corpus(RAW, out=tmp_path_factory.mktemp("processed"), progress=False)
    by_dice, by_mi = collocation_tables(sample, "nhân dân", window=5, unit="word", min_freq=3)
    assert list(by_dice.columns) == SHOWN and len(by_dice) == len(by_mi) == 12
    assert by_dice.attrs["measure"] == "log_dice" and "sorted by mi" in by_mi.attrs["caption"]
    # counted with a separate loop over the tokens table: 44 × nhân_dân, 393 window positions
    t = by_dice.set_index("collocate")
    assert t.loc["nắm", ["f_xy", "f_collocate"]].tolist() == [6, 7]
    assert t.loc["tham_gia", ["f_xy", "f_collocate"]].tolist() == [5, 5]
    assert t.loc["của", ["f_xy", "f_collocate"]].tolist() == [24, 100]
    assert t.loc["nắm", "expected"] == pytest.approx(393 * 7 / 2805)
    assert by_dice["log_dice"].is_monotonic_decreasing and by_mi["mi"].is_monotonic_decreasing


def _nltk_row(r: pd.Series) -> dict[str, float]:
    """NLTK's measures for one collocate: n_ii = f_xy, n_ix = W (window positions), n_xi = f_y."""
    from nltk.metrics.association import BigramAssocMeasures

    m = BigramAssocMeasures
    args = (int(r["f_xy"]), (int(r["window_positions"]), int(r["f_collocate"])), int(r["N"]))
    cells = m._contingency(*args)  # (n_ii, n_oi, n_io, n_oo)
    assert min(cells) >= 0  # no negative cell
    return {"g2": m.likelihood_ratio(*args), "mi": m.pmi(*args), "t_score": m.student_t(*args)}


def test_overlap_case_agrees_with_nltk():
    # tokens "dân x dân a b c d e f g": windows ±1 of the two dân are {x} and {x, a}; merged {x, a}
    docs = pd.DataFrame({"doc_id": ["o"], "text": ["dân x dân a b c d e f g"]})
    df = collocations(docs, "dân", window=1, unit="syllable", min_freq=1).set_index("collocate")
    x = df.loc["x"]
    assert (x["f_xy"], x["f_collocate"], x["f_node"], x["window_positions"], x["N"]) == (1, 1, 2, 2, 10)
    assert x["log_dice"] <= 14 and x["log_dice"] == pytest.approx(14 + math.log2(2 / 3))
    assert df["window_positions"].iloc[0] - df["f_xy"].max() >= 0
    nltk = _nltk_row(x)
    assert x["g2"] == pytest.approx(nltk["g2"]) and x["mi"] == pytest.approx(nltk["mi"])
    assert x["t_score"] == pytest.approx(nltk["t_score"])


def test_real_counts_agree_with_nltk(tmp_path_factory):
    from project_paths import RAW

    from danvan.corpus.load import load_corpus

    sample = load_corpus(RAW, out=tmp_path_factory.mktemp("processed"), progress=False)
    df = collocations(sample, "nhân dân", window=5, unit="word", min_freq=2)
    assert len(df) > 30 and (df["f_xy"] <= df["f_collocate"]).all()
    for _, r in df.iterrows():
        nltk = _nltk_row(r)
        assert r["g2"] == pytest.approx(nltk["g2"], rel=1e-9, abs=1e-9)
        assert r["mi"] == pytest.approx(nltk["mi"]) and r["t_score"] == pytest.approx(nltk["t_score"])


def _counted_one_by_one(corpus, node: str, window: int, unit: str, min_freq: int) -> dict[str, int]:
    """The co-occurrence counts of the merged windows, sequence by sequence (the oracle)."""
    from collections import Counter

    from danvan.core.text import fold
    from danvan.reading.ngrams import unit_sequences

    key = fold(node).replace(" ", "_") if unit == "word" else fold(node)
    co: Counter[str] = Counter()
    for _, seq in unit_sequences(corpus, unit):
        at = [i for i, w in enumerate(seq) if w == key]
        inside = {j for i in at for j in range(max(i - window, 0), min(i + window + 1, len(seq)))} - set(at)
        co.update(seq[j] for j in inside)
    return {c: n for c, n in co.items() if n >= min_freq and c != key}


@pytest.mark.parametrize(("node", "unit"),
                         [("nhân dân", "word"), ("dân", "syllable"), ("Ban Dân vận", "word")])
def test_counts_in_columns_equal_counting_each_sequence(sample, node, unit):
    got = collocations(sample, node, window=4, unit=unit, min_freq=1)
    want = _counted_one_by_one(sample, node, 4, unit, 1)
    assert dict(zip(got["collocate"], got["f_xy"], strict=True)) == want and len(want) > 20
