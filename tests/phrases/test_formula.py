"""find_formula on the seeds and on hand-written hard cases; the slot view."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest
from project_paths import ROOT

from danvan.phrases.formula import find_formula, formula_hits, slot_view

RAW = ROOT / "data" / "raw"
FOUR = ["biết", "bàn", "làm", "kiểm tra"]
SIX = [*FOUR, "giám sát", "thụ hưởng"]


def _raw(prefix: str) -> str:
    return next(RAW.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "prefix,count", [("000", 0), ("001", 1), ("002", 0), ("003", 0), ("004", 0)]
)
def test_seed_counts(prefix, count):
    # read off the files: only 001 (Hà Tĩnh) has “dân biết, dân bàn, dân làm, dân kiểm tra”
    assert len(find_formula(_raw(prefix))) == count


def test_seed_001_variant_offsets_and_text():
    text = _raw("001")
    (hit,) = find_formula(text)
    assert hit["variant"] == "four" and hit["parts"] == FOUR
    assert hit["text"] == "dân biết, dân bàn, dân làm, dân kiểm tra"
    assert text[hit["start"]:hit["end"]] == hit["text"]
    assert text[hit["start"] - 1] == "“" and text[hit["end"]] == "”"


def test_six_part_is_one_occurrence_not_also_four():
    text = "Thực hiện Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng."
    hits = find_formula(text)
    assert [h["variant"] for h in hits] == ["six"]
    assert hits[0]["parts"] == SIX
    assert hits[0]["start"] == 10 and hits[0]["end"] == len(text) - 1


def test_partial_three_of_four():
    (h,) = find_formula("phương châm dân biết, dân bàn, dân kiểm tra trong")
    assert h["variant"] == "partial" and h["parts"] == ["biết", "bàn", "kiểm tra"]
    assert h["text"] == "dân biết, dân bàn, dân kiểm tra"


def test_punctuation_capitals_and_line_breaks():
    text = "“DÂN BIẾT” – dân bàn - dân làm;\n\"dân kiểm tra\""
    (h,) = find_formula(text)
    assert h["variant"] == "four"
    assert h["start"] == 1 and h["end"] == len(text) - 1
    assert h["text"] == "DÂN BIẾT” – dân bàn - dân làm;\n\"dân kiểm tra"


def test_va_between_parts_and_elided_dan():
    (h,) = find_formula("dân biết, dân bàn, dân làm và dân kiểm tra")
    assert h["variant"] == "four"
    (h,) = find_formula("bảo đảm dân biết, bàn, làm, kiểm tra.")
    assert h["variant"] == "four" and h["text"] == "dân biết, bàn, làm, kiểm tra"


def test_nfd_input_offsets_refer_to_the_given_text():
    nfd = unicodedata.normalize("NFD", "Để dân biết, dân bàn, dân làm, dân kiểm tra.")
    (h,) = find_formula(nfd)
    assert h["variant"] == "four"
    assert h["text"] == nfd[h["start"]:h["end"]]
    assert unicodedata.normalize("NFC", h["text"]) == "dân biết, dân bàn, dân làm, dân kiểm tra"
    # "Để " is 3 NFC characters but 5 in NFD (Đ, e, circumflex, dot below, space)
    assert h["start"] == 5


def test_old_tone_marks_elsewhere_do_not_disturb_offsets():
    text = "Thể chế hoà, uỷ ban: dân biết, dân bàn, dân làm, dân kiểm tra"
    (h,) = find_formula(text)
    assert h["start"] == text.index("dân biết") and h["end"] == len(text)


def test_formula_quoted_twice_in_one_paragraph():
    text = ("“dân biết, dân bàn, dân làm, dân kiểm tra” và “dân biết, dân bàn, dân làm, "
            "dân kiểm tra, dân giám sát, dân thụ hưởng”")
    hits = find_formula(text)
    assert [h["variant"] for h in hits] == ["four", "six"]
    assert hits[0]["end"] == 41 and hits[1]["start"] == 47


@pytest.mark.parametrize(
    "text",
    ["để dân biết", "dân biết, dân bàn", "dân biết. Dân bàn, dân làm",
     "lấy dân làm gốc, dân kiểm tra", "Đảng lãnh đạo, Nhà nước quản lý, nhân dân làm chủ"],
)
def test_near_misses_do_not_match(text):
    assert find_formula(text) == []


def test_formula_hits_and_slot_view():
    docs = pd.DataFrame({
        "doc_id": ["a", "b", "c"],
        "text": ["dân biết, dân bàn, dân làm, dân kiểm tra",
                 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng; "
                 "dân biết, dân bàn, dân kiểm tra",
                 "không có"],
    })
    hits = formula_hits(docs)
    assert list(hits["variant"]) == ["four", "six", "partial"]
    view = slot_view(hits, docs["doc_id"])
    assert view.loc["a"].tolist() == [1, 1, 1, 1, 0, 0, "four"]
    assert view.loc["b"].tolist() == [2, 2, 1, 2, 1, 1, "six"]
    assert view.loc["c"].tolist() == [0, 0, 0, 0, 0, 0, ""]


@pytest.mark.parametrize(("text", "variant", "parts"), [
    # one extension part: the four core parts plus one new one (issue 14: not "four")
    ("Phát huy phương châm dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát.",
     "four_plus_one", [*FOUR, "giám sát"]),
    ("…bảo đảm dân biết, dân bàn, dân làm, dân kiểm tra và dân được thụ hưởng.",
     "four_plus_one", [*FOUR, "thụ hưởng"]),
    # "dân được …" in any part; the six-part form with "được" before its last part
    ("dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân được thụ hưởng",
     "six", [*FOUR, "giám sát", "thụ hưởng"]),
    ("để dân được biết, dân được bàn, dân được làm, dân được kiểm tra mọi việc",
     "four", FOUR),
])
def test_extension_parts_and_duoc_forms(text, variant, parts):
    hits = find_formula(text)
    assert [(h["variant"], h["parts"]) for h in hits] == [(variant, parts)]
    assert hits[0]["text"].startswith("dân") and hits[0]["text"].endswith(parts[-1].split()[-1])


def test_the_variants_are_ranked_fullest_first_in_the_slot_view():
    from danvan.phrases.formula import VARIANTS

    docs = pd.DataFrame({"doc_id": ["a", "b"], "text": [
        "dân biết, dân bàn, dân kiểm tra. Rồi: dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát.",
        "dân biết, dân bàn, dân làm, dân kiểm tra."]})
    view = slot_view(formula_hits(docs))
    assert view["variant"].tolist() == ["four_plus_one", "four"]
    assert VARIANTS == ("four", "four_plus_one", "six", "partial")
