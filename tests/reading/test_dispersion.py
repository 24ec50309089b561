"""Dispersion table (Gries' DP over documents) and relative positions of the hits."""

from __future__ import annotations

import pandas as pd
import pytest

from danvan.reading.dispersion import dispersion_table, relative_positions

DOCS = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["x" * 100, "y" * 50, "z" * 10],
                     "n_tokens": [100, 100, 100]})
HITS = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "field": ["text", "text", "text", "title"],
                     "phrase_id": ["dan_van_kheo"] * 4, "start": [0, 50, 25, 0], "end": [5, 55, 30, 5]})


def test_dp_over_documents():
    t = dispersion_table(HITS, DOCS).set_index("phrase_id")
    # parts of equal size (1/3 each); frequencies 2, 1, 0 of 3 → Lijffijt & Gries (2012) table 1
    assert t.loc["dan_van_kheo", "dp"] == pytest.approx(1 / 3)
    assert t.loc["dan_van_kheo", "dp_norm"] == pytest.approx(0.5)
    assert t.loc["dan_van_kheo", ["freq", "n_docs"]].tolist() == [3, 2]  # the title hit is not counted
    assert t.loc["dan_van_kheo", "phrase"] == "Dân vận khéo"
    assert "Gries" in t.attrs["formula"] and t.attrs["formula"] in t.attrs["caption"]


def test_relative_positions_of_body_hits():
    pos = relative_positions(HITS, DOCS)
    assert pos["position"].tolist() == [0.0, 0.5, 0.5]
