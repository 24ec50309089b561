"""Keyness by group: G² and Log Ratio worked out by hand, the planted word, the range gate.

Group X (Hà Tĩnh): articles X1 "cán_bộ dân đê_điều" and X2 "cán_bộ dân đê_điều hiếm hiếm hiếm"
Group Y (Hà Nội):  articles Y1 "cán_bộ dân giám_sát" and Y2 "cán_bộ dân giám_sát"

"đê_điều" in X: a = 2 of c = 9 tokens; b = 0 of d = 6 tokens in the rest.
E1 = 9·2/15 = 1.2, G² = 2·2·ln(2/1.2) = 4·ln(5/3) = 2.0433;
Log Ratio = log2((2/9)/(0.5/6)) = log2(8/3) = 1.4150.
"hiếm" (3 times, one article only) has a higher G² but fails a range gate of 2 articles.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from danvan.compare.keyness import document_term_matrix, keyness
from danvan.plots.provinces import group_heatmap, group_label, keyness_bars


@pytest.fixture
def documents() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["X1", "X2", "Y1", "Y2"],
        "province": ["Hà Tĩnh", "Hà Tĩnh", "Hà Nội", "Hà Nội"],
    })


@pytest.fixture
def paragraphs() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["X1", "X2", "X2", "Y1", "Y2"],
        "paragraph_id": [0, 0, 1, 0, 0],
        "words": ["cán_bộ dân đê_điều", "cán_bộ dân", "đê_điều hiếm hiếm hiếm",
                  "cán_bộ dân giám_sát", "cán_bộ dân giám_sát"],
    })


def test_document_term_matrix(paragraphs, documents):
    matrix, index, vocab = document_term_matrix(paragraphs, pd.Index(documents["doc_id"]))
    assert index.tolist() == ["X1", "X2", "Y1", "Y2"]
    col = list(vocab).index("hiếm")
    assert matrix[:, col].toarray().ravel().tolist() == [0, 3, 0, 0]
    assert matrix.sum() == 15


def test_planted_word_ranks_first_with_hand_computed_scores(paragraphs, documents):
    kw = keyness(paragraphs, documents, "province", min_range=2, top=None)
    ha_tinh = kw[kw["province"] == "Tỉnh Hà Tĩnh"]
    first = ha_tinh.iloc[0]
    assert first["word"] == "đê_điều" and first["rank"] == 1
    assert (first["freq"], first["freq_rest"], first["size"], first["size_rest"]) == (2, 0, 9, 6)
    assert first["g2"] == pytest.approx(4 * math.log(5 / 3))
    assert first["log_ratio"] == pytest.approx(math.log2(8 / 3))
    assert first["range"] == 2
    assert first["p"] == pytest.approx(0.15295, abs=1e-4)  # χ²(1) upper tail of 2.0433
    # the planted word is absent from the other group's keywords
    ha_noi = kw[kw["province"] == "Thành phố Hà Nội"]
    assert "đê_điều" not in ha_noi["word"].tolist()
    assert ha_noi.iloc[0]["word"] == "giám_sát"
    assert "Williams" in kw.attrs["correction"] and "Benjamini" in kw.attrs["correction"]


def test_range_gate_removes_word_from_one_article(paragraphs, documents):
    gated = keyness(paragraphs, documents, "province", min_range=2, top=None)
    assert "hiếm" not in gated["word"].tolist()
    open_gate = keyness(paragraphs, documents, "province", min_range=1, top=None)
    ha_tinh = open_gate[open_gate["province"] == "Tỉnh Hà Tĩnh"]
    assert ha_tinh.iloc[0]["word"] == "hiếm"  # one article can make a keyword without the gate
    assert ha_tinh.iloc[0]["range"] == 1


def test_positive_only_and_low_n(paragraphs, documents):
    both = keyness(paragraphs, documents, "province", min_range=2, top=None,
                   positive_only=False, min_articles=5)
    assert (both["log_ratio"] < 0).any()
    assert both["low_n"].all()
    shared = both[(both["province"] == "Tỉnh Hà Tĩnh") & (both["word"] == "cán_bộ")].iloc[0]
    # 2 of 9 against 2 of 6: less frequent in Hà Tĩnh
    assert shared["log_ratio"] == pytest.approx(math.log2((2 / 9) / (2 / 6)))


def test_keyness_bars_one_panel_per_group(paragraphs, documents):
    kw = keyness(paragraphs, documents, "province", min_range=2, min_articles=5)
    fig = keyness_bars(kw, "province", groups=["Tỉnh Hà Tĩnh", "Thành phố Hà Nội",
                                               "Tỉnh Cao Bằng"], min_articles=5)
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert titles == ["Hà Tĩnh*", "Hà Nội*", "Cao Bằng"]
    assert len(fig.axes[0].patches) == 1  # only đê_điều passes the gate in Hà Tĩnh
    plt.close(fig)


def test_heatmap_marks_low_n_rows_and_leaves_missing_grey():
    table = pd.DataFrame({
        "province": ["Tỉnh Hà Tĩnh", "Tỉnh Hà Tĩnh", "Thành phố Hà Nội"],
        "theme": ["reform", "supervision", "reform"],
        "share": [0.6, 0.4, 0.3],
        "low_n": [True, True, False],
    })
    ax = group_heatmap(table, "province", "theme", "share", min_articles=5)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Hà Nội", "Hà Tĩnh*"]
    data = ax.images[0].get_array()
    assert bool(data.mask[0, 1])  # Hà Nội × supervision has no value
    assert group_label("Tỉnh Hà Tĩnh", True) == "Hà Tĩnh*"
    plt.close(ax.figure)


def test_stopwords_and_numbers_are_not_tested_but_count_in_sizes(documents):
    paragraphs = pd.DataFrame({
        "doc_id": ["X1", "X2", "Y1", "Y2"],
        "words": ["của 2022 đê_điều", "của 2022 đê_điều", "dân", "dân"],
    })
    kw = keyness(paragraphs, documents, "province", min_range=2, top=None, stopwords=["Của"])
    ha_tinh = kw[kw["province"] == "Tỉnh Hà Tĩnh"]
    assert ha_tinh["word"].tolist() == ["đê_điều"]
    assert ha_tinh.iloc[0]["size"] == 6  # the stopword and the number still count as tokens
