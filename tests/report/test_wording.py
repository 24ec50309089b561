"""Numbers, plurals and lists inside findings sentences, per language."""

from __future__ import annotations

import pytest

from danvan.report.findings.wording import count, listing, number, percent, quoted


@pytest.mark.parametrize(("value", "digits", "vi", "en"), [
    (12786, 0, "12.786", "12,786"), (73.25, 1, "73,3", "73.3"), (2.5, 0, "3", "3"),
    (0.125, 2, "0,13", "0.13"), (1234567.891, 2, "1.234.567,89", "1,234,567.89"), (0, 0, "0", "0"),
])
def test_number(value, digits, vi, en) -> None:
    assert number(value, "vi", digits) == vi
    assert number(value, "en", digits) == en


def test_percent_and_count() -> None:
    assert percent(0.253, "vi") == percent(0.253, "en") == "25%"
    assert percent(0.2535, "vi", 1) == "25,4%"
    assert count(1, "en", "bài", "article") == "1 article"
    assert count(2870, "en", "bài", "article") == "2,870 articles"
    assert count(2870, "vi", "từ", "word") == "2.870 từ"
    assert count(3, "en", "bản trùng", "duplicate") == "3 duplicates"
    assert count(2, "en", "tỉnh", "city", "cities") == "2 cities"


def test_listing_and_quoted() -> None:
    assert listing(["Hà Nội", "Huế", "Cần Thơ"], "vi") == "Hà Nội, Huế và Cần Thơ"
    assert listing(["a", "b"], "en") == "a and b"
    assert listing([], "vi") == "không có" and listing([], "en") == "none"
    assert quoted("dân *biết*") == "“dân \\*biết\\*”"
