"""Words split in columns (``split_words``): the fast literal split gives ``str.split``'s lists."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from danvan.core.text import SPLIT_SPACE
from danvan.corpus.tables import split_words

CASES = [
    "Ban_Dân_vận Tỉnh_ủy Hà_Tĩnh",  # the tables' words: one space between words
    "",
    " lề trái",
    "lề phải ",
    "hai  dấu cách",  # a run of spaces
    "tab\tvà\ndòng",
    "không\u00a0ngắt",  # no-break space
    "ẩn\u2009mỏng",  # thin space
    "đơn",
]


def _expected(values: list[object]) -> tuple[list[str], list[int]]:
    texts = pa.array([v if isinstance(v, str) else "" for v in values], pa.large_string())
    lists = pc.split_pattern_regex(texts, SPLIT_SPACE)
    return pc.list_flatten(lists).to_pylist(), pc.list_value_length(lists).to_pylist()


@pytest.mark.parametrize("dtype", [object, "string[pyarrow]", "string[python]"])
def test_split_words_equals_the_white_space_rule(dtype) -> None:
    values = pd.Series([*CASES, None], dtype=dtype)
    words, counts = split_words(values)
    assert (words.to_pylist(), counts.tolist()) == _expected([*CASES, None])
    plain = pd.Series(["Mặt_trận Tổ_quốc", "dân biết dân bàn", None], dtype=dtype)
    words, counts = split_words(plain)  # only single spaces: the literal split
    assert words.to_pylist() == ["Mặt_trận", "Tổ_quốc", "dân", "biết", "dân", "bàn", ""]
    assert counts.tolist() == [2, 4, 1]


def test_split_words_of_the_sample_paragraphs(sample) -> None:
    words = sample.paragraphs["words"]
    got, counts = split_words(words)
    expected = [w for text in words for w in text.split(" ")]
    assert got.to_pylist() == expected and counts.sum() == len(expected)
    assert counts.tolist() == [len(t.split(" ")) for t in words]
