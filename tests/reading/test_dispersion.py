"""Dispersion table (Gries' DP over documents) and the barcode plot."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from danvan.reading.dispersion import barcode_plot, dispersion_table, relative_positions  # noqa: E402

DOCS = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["x" * 100, "y" * 50, "z" * 10],
                     "n_tokens": [100, 100, 100]})
HITS = pd.DataFrame({"doc_id": ["a", "a", "b"], "field": ["text"] * 3,
                     "phrase_id": ["p", "p", "p"], "start": [0, 50, 25], "end": [5, 55, 30]})


def test_dp_over_documents():
    t = dispersion_table(HITS, DOCS).set_index("phrase_id")
    # parts of equal size (1/3 each); frequencies 2, 1, 0 of 3 → Lijffijt & Gries (2012) table 1
    assert t.loc["p", "dp"] == pytest.approx(1 / 3)
    assert t.loc["p", "dp_norm"] == pytest.approx(0.5)
    assert t.loc["p", ["freq", "n_docs"]].tolist() == [3, 2]
    assert "Gries" in t.attrs["formula"]


def test_relative_positions_and_plot():
    pos = relative_positions(HITS, DOCS)
    assert pos["position"].tolist() == [0.0, 0.5, 0.5]
    fig = barcode_plot(HITS, DOCS, title="Test")
    ax = fig.axes[0]
    assert ax.get_title() == "Test" and ax.get_xlabel() and ax.get_ylabel()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b"]
