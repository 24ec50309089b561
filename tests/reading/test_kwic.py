"""KWIC: windows, regex, diacritics, sorting (lines read off the sample), filters, CSV export and
escaped HTML."""

from __future__ import annotations

import pandas as pd
import pytest

from danvan.reading.kwic import (
    context_contains,
    kwic,
    kwic_html,
    kwic_table,
    kwic_to_csv,
    neighbour_counts,
    sort_key,
)

S000, S001, S002, S004 = ("000_1f2eb3cf792dc190", "001_2514309eff9800d1", "002_01ff7b62b503a632",
                          "004_c4ff23b0dfae42e9")


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


def _lines(df: pd.DataFrame) -> list[tuple[str, str, str, str, int]]:
    return list(df[["doc_id", "left", "match", "right", "start"]].itertuples(index=False, name=None))


# "tình hình" in the sample, window 2, in document order (read off data/raw; the title of 004,
# "… trong tình hình mới", is not body text). Offsets are into documents.text.
TINH_HINH = [
    (S000, "mạnh đến", "tình hình", "kinh tế", 570),
    (S000, "nghiêm trọng;", "tình hình", "thực hiện", 689),
    (S000, "trong nắm", "tình hình", "nhân dân", 1254),
    (S000, "sâu sát", "tình hình", "nhân dân", 1442),
    (S000, "trung nắm", "tình hình", "nhân dân", 4406),
    (S001, "hợp với", "tình hình", "cơ quan", 1647),
    (S001, "quyền trong", "tình hình", "mới; tăng", 2138),
    (S002, "tác nắm", "tình hình", "Nhân dân", 1017),
    (S002, "dự báo", "tình hình", "và những", 2162),
    (S004, "nắm chắc", "tình hình", "nhân dân", 2485),
    (S004, "ủy và", "tình hình", "thực tiễn", 3392),
]


def test_sample_lines_in_document_order(sample):
    df = kwic(sample, "tình hình", window=2)
    assert _lines(df) == TINH_HINH
    text = sample.documents.set_index("doc_id").loc[S004, "text"]
    assert text[2485:2494] == "tình hình"


def test_sort_left_by_the_nearest_word_in_vietnamese_order(sample):
    df = kwic(sample, "tình hình", window=2, sort="left")
    # nearest left word, alphabetically: báo < chắc < đến (đ after d) < nắm ×3 < sát < trọng,
    # trong (letters tie, the next word decides: nghiêm < quyền) < và < với (a < ơ); the three
    # "nắm" lines by the word before it: tác < trong < trung
    assert [r[4] for r in _lines(df)] == [2162, 2485, 570, 1017, 1254, 4406, 1442, 689, 2138,
                                          3392, 1647]
    assert df["left"].tolist()[:3] == ["dự báo", "nắm chắc", "mạnh đến"]


def test_sort_right_groups_equal_contexts_in_document_order(sample):
    df = kwic(sample, "tình hình", window=2, sort="right")
    assert df["right"].tolist() == ["cơ quan", "kinh tế", "mới; tăng", "nhân dân", "nhân dân",
                                    "nhân dân", "Nhân dân", "nhân dân", "thực hiện", "thực tiễn",
                                    "và những"]
    # the five "nhân dân" lines keep document order (ties)
    assert [r[4] for r in _lines(df)][3:8] == [1254, 1442, 4406, 1017, 2485]


def test_sort_match_puts_the_shorter_wording_first(sample):
    df = kwic(sample, r"quy chế dân chủ (ở )?cơ sở", window=1, regex=True, sort="match")
    forms = [" ".join(m.lower().split()) for m in df["match"]]
    n_short = forms.count("quy chế dân chủ cơ sở")
    # "… dân chủ cơ sở" (c) sorts before "… dân chủ ở cơ sở" (ở), whatever the document order
    assert n_short == 4 and forms[:n_short] == ["quy chế dân chủ cơ sở"] * n_short
    assert set(forms[n_short:]) == {"quy chế dân chủ ở cơ sở"}
    assert kwic(sample, r"quy chế dân chủ (ở )?cơ sở", regex=True)["match"].str.lower().tolist() != (
        df["match"].str.lower().tolist())


def test_sort_key_is_the_vietnamese_alphabet_letters_before_tones():
    words = ["biết", "bàn", "bao", "ban", "bán", "đến", "dân", "ă", "â", "a", "ơ", "o", "ban dân"]
    ordered = sorted(words, key=lambda w: sort_key(w.split()))
    assert ordered == ["a", "ă", "â", "ban", "bàn", "bán", "ban dân", "bao", "biết", "dân", "đến",
                       "o", "ơ"]


def test_toy_sort_right_and_bad_option():
    df = kwic(DOCS, "dân", window=1, sort="right")
    # bàn < biết; ties keep document order; the "Dân" of the word "Dân vận" (inside the lexicon term
    # "Công tác Dân vận") is not the word "dân"
    assert df["right"].tolist() == ["bàn", "biết", "biết"]
    inside = kwic(DOCS, "dân", window=1, sort="right", word_edges=False)
    assert inside["right"].tolist() == ["bàn", "biết", "biết", "vận"]
    assert df["doc_id"].tolist() == ["d1", "d1", "d2"]
    with pytest.raises(ValueError):
        kwic(DOCS, "dân", sort="middle")


def test_context_filter_and_neighbours(sample):
    lines = kwic(sample, "dân chủ", window=4)
    grassroots = context_contains(lines, "cơ sở")
    assert len(lines) == 34
    # right contexts holding "cơ sở" as syllables: "ở cơ sở", "cơ sở", "Ở CƠ SỞ" alike
    assert len(grassroots) == 25 and grassroots["right"].str.lower().str.contains("cơ sở").all()
    assert "25 / 34" in grassroots.attrs["caption"] and "(25 of 34 lines)" in grassroots.attrs["caption"]
    # counted independently with a plain regular expression over documents.text
    left = context_contains(lines, "quy chế", side="left")
    assert len(left) == 26
    counts = neighbour_counts(lines, side="right", top=3)
    assert list(counts.itertuples(index=False, name=None)) == [("ở", 20), ("cơ", 5), ("với", 2)]
    assert neighbour_counts(lines, side="left", n=2, top=1).iloc[0].tolist() == ["quy chế", 26]


def test_kwic_table_shows_titles_and_counts(sample):
    html = kwic_table(kwic(sample, "dân vận khéo", 3))._repr_html_()
    assert "(3 lines)" in html and "3 dòng" in html
    assert "<td title='004_c4ff23b0dfae42e9'>Chú trọng chất lượng công tác dân vận…</td>" in html
    assert "(1 line)" in kwic_html(kwic(sample, "lấy dân làm gốc"))


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
    from danvan.reading.kwic import kwic as module_kwic
    from danvan.report.widgets import kwic as widget_kwic

    assert danvan.kwic is module_kwic is widget_kwic
