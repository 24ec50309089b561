"""KWIC in columns (one search over the candidates' keys joined, lines cut in one pass) gives the
lines of a scan of every document that keeps only matches on word edges; lines read off the sample
(data/raw) at a document's start and end, at a paragraph end, with and without diacritics."""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd
import pytest
from project_paths import DANVAN_NEWS

from danvan.phrases.index import DOC_SEP, text_index
from danvan.phrases.match import find_spans, syllable_units
from danvan.reading.kwic import COLUMNS, _pattern, _pieces, kwic

S000, S001 = "000_1f2eb3cf792dc190", "001_2514309eff9800d1"
_WS = re.compile(r"\s+")


def scan_with_word_edges(corpus: Any, query: str, window: int = 5, ignore_diacritics: bool = False,
                         regex: bool = False) -> pd.DataFrame:
    """Every document cut anew into syllables, matched with find_spans, its word edges from the
    corpus's tokens (the index's flags): the lines kwic() must give, in document order."""
    docs, ix = corpus.documents, text_index(corpus)
    rx = _pattern(query, regex, ignore_diacritics, False)
    rows = []
    for i, row in enumerate(ix.rows.tolist()):
        doc, text = docs.iloc[row], docs["text"].iat[row]
        units = syllable_units(text, ignore_diacritics=ignore_diacritics)
        units.inner = ix.inner_of(i, text).tolist()
        for first, last, s, e in find_spans(units, rx):
            ls = units.starts[max(first - window, 0)] if window > 0 else s
            re_ = units.ends[min(last + window, len(units) - 1)] if window > 0 else e
            rows.append([doc["doc_id"], doc["title"], doc["province"], _WS.sub(" ", text[ls:s]).strip(),
                         _WS.sub(" ", text[s:e]), _WS.sub(" ", text[e:re_]).strip(), s, e])
    return pd.DataFrame(rows, columns=COLUMNS)


QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("quy chế dân chủ ở cơ sở", {}),  # the last words of document 000
    ("Võ Văn Hoan", {}),  # a paragraph's last words
    ("vo van hoan", {"ignore_diacritics": True}),
    ("Sáng", {}),  # a document's first word
    ("Ban Dân vận", {"window": 3}),
    ("dân", {}),  # mostly inside words (nhân dân): those are left out
    ("dan", {"ignore_diacritics": True}),
    ("hội nghị", {"window": 0}),
    (r"cán bộ \w+", {"regex": True}),
]


@pytest.mark.parametrize(("query", "opts"), QUERIES, ids=[f"{q}-{o}" for q, o in QUERIES])
def test_lines_equal_a_scan_with_word_edges(sample, query, opts):
    got = kwic(sample, query, **opts)
    want = scan_with_word_edges(sample, query, window=opts.get("window", 5),
                                ignore_diacritics=opts.get("ignore_diacritics", False),
                                regex=opts.get("regex", False))
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_lines_at_document_and_paragraph_ends(sample):
    end = kwic(sample, "quy chế dân chủ ở cơ sở")
    assert len(end) == 17
    last = end[end["right"] == ""]  # nothing after the document's last unit
    assert last[["doc_id", "left", "match"]].values.tolist() == [
        [S000, "đóng góp trong thực hiện", "quy chế dân chủ ở cơ sở"]]
    text = sample.documents.set_index("doc_id").loc[S000, "text"]
    assert text[last["start"].iat[0]:last["end"].iat[0]] == "quy chế dân chủ ở cơ sở"
    assert text[last["end"].iat[0]:] == "."
    # the right context runs on into the next paragraph, its line break one space
    para = kwic(sample, "Võ Văn Hoan")
    assert para[["left", "match", "right", "start", "end"]].values.tolist() == [
        ["Phó Chủ tịch UBND TP", "Võ Văn Hoan", ". Phát huy dân chủ ở", 351, 362]]
    assert "\n" in text[362:380]
    plain = kwic(sample, "vo van hoan", ignore_diacritics=True)
    pd.testing.assert_frame_equal(plain.reset_index(drop=True), para.reset_index(drop=True))
    first = kwic(sample, "Sáng")
    assert first[["doc_id", "left", "match", "start"]].values.tolist() == [
        [S000, "", "Sáng", 0], [S001, "", "Sáng", 0]]


def test_word_edges_leave_out_syllables_inside_words(sample):
    assert len(kwic(sample, "dân")) == 9  # "nhân dân", "dân vận", "dân chủ" are words
    assert len(kwic(sample, "dân", word_edges=False)) == 170
    dan = kwic(sample, "dan", ignore_diacritics=True)
    assert len(dan) == 10 and dan["match"].iat[0] == "dẫn"


DOCS = pd.DataFrame({
    "doc_id": ["a", "b", "c"],
    "title": ["A", "B", "C"],
    "text": ["Ý kiến của dân", "biết rõ, dân biết.", "dân\x00 biết\t\tcông  khai"],
})


def test_a_phrase_does_not_run_from_one_document_into_the_next():
    # "a" ends with "dân", "b" begins with "biết": the joined search must not find "dân biết" there
    got = kwic(DOCS, "dân biết", window=2)
    assert got[["doc_id", "left", "match", "right"]].values.tolist() == [["b", "biết rõ,", "dân biết", ""]]
    assert kwic(DOCS, "của dân", window=1)[["left", "right"]].values.tolist() == [["kiến", ""]]


def test_white_space_in_lines_and_a_text_holding_the_join_character():
    # "c" holds "\x00" (not white space, not a unit): lines are still cut one by one, runs of
    # white space made one space
    got = kwic(DOCS, "biết", window=2)
    assert got[["doc_id", "left", "match", "right"]].values.tolist() == [
        ["b", "", "biết", "rõ, dân"], ["b", "rõ, dân", "biết", ""], ["c", "dân\x00", "biết", "công khai"]]
    texts = ["a \n b\tc", "x\x00 y"]
    lo, hi = np.array([0, 0]), np.array([7, 4])
    assert _pieces(texts, lo, hi, strip=False) == ["a b c", "x\x00 y"]
    assert _pieces(texts[:1], lo[:1], hi[:1], strip=False) == ["a b c"]
    assert _pieces([" a ", "b  "], np.array([0, 0]), np.array([3, 3]), strip=True) == ["a", "b"]


def test_a_query_holding_the_separator_is_searched_per_document():
    assert "\x00" in DOC_SEP
    assert kwic(DOCS, "dân\x00 biết").empty  # no unit holds it: no line, and no error


def test_an_index_read_back_from_disk_gives_the_same_lines(sample):
    from danvan.corpus.load import Corpus

    built = text_index(sample)
    again = Corpus(sample.folder, sample.meta)
    loaded = text_index(again)
    assert loaded is not built and loaded.keys().flat is None  # read from disk, not made yet
    for query, opts in QUERIES[:4]:
        pd.testing.assert_frame_equal(kwic(again, query, **opts), kwic(sample, query, **opts))
    assert np.array_equal(loaded.keys().flat, built._flat_keys(built.keys()))


@pytest.fixture(scope="module")
def news():
    if not DANVAN_NEWS.exists():
        pytest.skip(f"danvan_news not found at {DANVAN_NEWS} (../shared/corpora is optional)")
    from danvan.corpus.load import load_corpus

    return load_corpus(DANVAN_NEWS, progress=False)


NEWS_QUERIES = [("dân", {}), ("dan van", {"ignore_diacritics": True}), ("nhân dân", {"window": 3}),
                ("dân biết, dân bàn", {})]


@pytest.mark.parametrize(("query", "opts"), NEWS_QUERIES, ids=[f"{q}-{o}" for q, o in NEWS_QUERIES])
def test_lines_equal_a_scan_with_word_edges_on_danvan_news(news, query, opts):
    got = kwic(news, query, **opts)
    want = scan_with_word_edges(news, query, window=opts.get("window", 5),
                                ignore_diacritics=opts.get("ignore_diacritics", False))
    assert len(got) > 0
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
