"""KWIC: windows, regex, diacritics, sorting, CSV export and escaped HTML."""

from __future__ import annotations

import pandas as pd

from danvan.reading.kwic import kwic, kwic_html, kwic_to_csv

DOCS = pd.DataFrame({
    "doc_id": ["d1", "d2"],
    "title": ["T1", "T2"],
    "province": ["Tỉnh Hà Tĩnh", None],
    "text": ["Thực hiện tốt phương châm “dân biết, dân bàn” ở cơ sở.",
             "Công tác Dân vận khéo. Ai cũng nói dân biết rõ."],
})


def test_phrase_window_offsets():
    df = kwic(DOCS, "dân biết", window=2)
    assert list(df["doc_id"]) == ["d1", "d2"]
    r = df.iloc[0]
    assert (r["left"], r["match"], r["right"]) == ("phương châm “", "dân biết", ", dân bàn")
    assert DOCS.loc[0, "text"][r["start"]:r["end"]] == "dân biết"
    # contexts run from the first to the last unit of the window: trailing "." is outside
    assert df.iloc[1]["left"] == "cũng nói" and df.iloc[1]["right"] == "rõ"
    assert {"title", "province"} <= set(df.columns)


def test_ignore_diacritics_and_case():
    assert kwic(DOCS, "dan van", ignore_diacritics=True)["match"].tolist() == ["Dân vận"]
    assert kwic(DOCS, "dan van").empty  # without the option diacritics count
    assert kwic(DOCS, "DÂN VẬN")["match"].tolist() == ["Dân vận"]


def test_regex_query():
    df = kwic(DOCS, r"dân (biết|bàn)", window=1, regex=True)
    assert df["match"].tolist() == ["dân biết", "dân bàn", "dân biết"]


def test_sort_left_and_right():
    df = kwic(DOCS, "dân biết", window=2, sort="left")
    # nearest left words: "nói" (d2) < "châm" ... compare folded: "châm" < "nói"
    assert df["doc_id"].tolist() == ["d1", "d2"]
    df = kwic(DOCS, "dân biết", window=2, sort="right")
    # right contexts: "dân bàn" vs "rõ": "dân" < "rõ"
    assert df["doc_id"].tolist() == ["d1", "d2"]
    df = kwic(DOCS, "dân", window=1, sort="right")
    # folded code-point order: "biết" < "bàn" ("i" < "à") < "vận"; ties keep doc order
    assert df["right"].tolist() == ["biết", "biết", "bàn", "vận"]
    assert df["doc_id"].tolist() == ["d1", "d2", "d1", "d2"]


def test_html_is_escaped():
    docs = pd.DataFrame({"doc_id": ["x<b>"], "text": ["a <script>alert(1)</script> dân vận & b"]})
    html = kwic_html(kwic(docs, "dân vận", window=3))
    assert "<script>" not in html and "&lt;script&gt;" not in html.split("<mark>")[1]
    assert "alert(1)&lt;/script&gt;" in html
    assert "<mark>dân vận</mark>" in html and "&amp; b" in html and "x&lt;b&gt;" in html


def test_csv_export(tmp_path):
    path = kwic_to_csv(kwic(DOCS, "dân biết"), tmp_path / "out" / "k.csv")
    back = pd.read_csv(path, encoding="utf-8-sig")
    assert back["match"].tolist() == ["dân biết", "dân biết"]


def test_word_units_from_tokens_table():
    text = "Ban Dân vận họp. Dân vận khéo"
    tokens = pd.DataFrame({
        "doc_id": ["w"] * 6,
        "norm": ["ban_dân_vận", "họp", ".", "dân_vận", "khéo", "x"][:5] + ["."],
        "is_punct": [False, False, True, False, False, True],
        "start": [0, 12, 15, 17, 25, 29],
        "end": [11, 15, 16, 24, 29, 29],
    })

    class C:
        documents = pd.DataFrame({"doc_id": ["w"], "text": [text]})

    C.tokens = tokens
    df = kwic(C, "dân vận", unit="word", window=1)
    # word units: "dân_vận" matches the word, not the inside of "ban_dân_vận"
    assert df["match"].tolist() == ["Dân vận"] and df.iloc[0]["right"] == "khéo"


def test_package_level_kwic_is_the_function() -> None:
    import danvan
    import danvan.report.widgets  # noqa: F401  (imports the concordance module)

    assert callable(danvan.kwic) and danvan.kwic.__name__ == "kwic"
