"""KWIC from the positional index gives the same lines as a full scan of every document (the
implementation before the index, kept here as the reference), on the sample corpus and, when
../shared/corpora is present, on danvan_news; term counts from the index equal those of a scan."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
import pytest
from project_paths import DANVAN_NEWS

from danvan.corpus.summaries import term_counts
from danvan.phrases.match import syllable_units, units_from_spans
from danvan.reading.kwic import COLUMNS, _pattern, _sort_key_left, _sort_key_right, kwic

_WS = re.compile(r"\s+")


def _word_units(text: str, toks: pd.DataFrame, ignore_diacritics: bool):
    toks = toks[~toks["is_punct"].astype(bool)].sort_values("start", kind="stable")
    return units_from_spans(
        text, zip(toks["start"].astype(int), toks["end"].astype(int), strict=True),
        keys=list(toks["norm"].astype(str)), ignore_diacritics=ignore_diacritics,
    )


def reference_kwic(corpus: Any, query: str, window: int = 5, *, regex: bool = False,
                   ignore_diacritics: bool = False, unit: str = "syllable",
                   sort: str | None = None) -> pd.DataFrame:
    """kwic() as it was before the index: every document cut into units and scanned."""
    docs = getattr(corpus, "documents", corpus)
    tokens = getattr(corpus, "tokens", None)
    rx = _pattern(query, regex, ignore_diacritics, unit == "word")
    tok_groups = dict(tuple(tokens.groupby("doc_id", sort=False))) if unit == "word" else {}
    rows = []
    for doc in docs.itertuples(index=False):
        text = getattr(doc, "text", None)
        if not isinstance(text, str) or not text:
            continue
        if unit == "word":
            doc_toks = tok_groups.get(doc.doc_id)
            if doc_toks is None:
                continue
            units = _word_units(text, doc_toks, ignore_diacritics)
        else:
            units = syllable_units(text, ignore_diacritics=ignore_diacritics)
        if not len(units):
            continue
        for m in rx.finditer(units.key):
            if m.end() == m.start():
                continue
            first, last = units.unit_at(m.start()), units.unit_at(m.end() - 1)
            s, e = units.span(first, last)
            ls = units.starts[max(first - window, 0)] if window > 0 else s
            re_ = units.ends[min(last + window, len(units) - 1)] if window > 0 else e
            rows.append({"doc_id": doc.doc_id, "title": getattr(doc, "title", None),
                         "province": getattr(doc, "province", None),
                         "left": _WS.sub(" ", text[ls:s]).strip(), "match": _WS.sub(" ", text[s:e]),
                         "right": _WS.sub(" ", text[e:re_]).strip(), "start": s, "end": e})
    df = pd.DataFrame(rows, columns=COLUMNS)
    if sort is not None and len(df):
        key = df["left"].map(_sort_key_left) if sort == "left" else df[sort].map(_sort_key_right)
        df = df.assign(_k=key).sort_values(["_k", "doc_id", "start"], kind="stable")
        df = df.drop(columns="_k").reset_index(drop=True)
    return df


#: (query, options): phrases, optional words, "và"/comma boundaries, diacritics, regexes, windows,
#: sorts, word units, rare and absent words.
QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("dân vận", {}),
    ("dân", {"window": 3}),
    ("Dân Vận", {"window": 0}),
    ("tình hình", {"window": 2, "sort": "left"}),
    ("tình hình", {"window": 2, "sort": "right"}),
    ("dân chủ", {"window": 8, "sort": "match"}),
    ("quy chế dân chủ (ở) cơ sở", {}),
    ("(nắm) tình hình (nhân dân)", {"window": 3}),
    ("dân biết, dân bàn, dân làm, dân kiểm tra", {"window": 4}),
    ("giám sát và phản biện", {}),
    ("của dân, do dân, vì dân", {}),
    ("dan van", {"ignore_diacritics": True}),
    ("dan chu co so", {"ignore_diacritics": True, "sort": "left"}),
    ("Mặt trận Tổ quốc", {"window": 1}),
    ("hoà giải", {}),  # old tone-mark convention in the query
    ("ủy ban nhân dân", {"window": 6, "sort": "right"}),
    (r"dân (biết|bàn|làm)", {"regex": True}),
    (r"cán bộ \w+", {"regex": True, "window": 2, "sort": "match"}),
    (r"\d+", {"regex": True, "window": 1}),
    (r"nhân dân \| ", {"regex": True}),
    (r"dan (van|chu)", {"regex": True, "ignore_diacritics": True}),
    (r"(?x) dân \s vận", {"regex": True}),
    (r"QUY CHẾ dân chủ (ở )?cơ sở", {"regex": True, "sort": "match"}),
    (r"k[iì]ểm tra|giám sát", {"regex": True}),
    (r"(dân|nhân) vận", {"regex": True, "window": 3}),
    ("dân vận", {"unit": "word"}),
    ("dân", {"unit": "word", "window": 2, "sort": "left"}),
    ("nhân dân", {"unit": "word", "ignore_diacritics": True}),
    (r"cơ sở", {"unit": "word", "regex": True}),
    ("xyzzy không có", {}),
    ("TP.HCM", {}),
    ("", {}),
]


def _assert_same(corpus: Any, query: str, opts: dict[str, Any]) -> int:
    got = kwic(corpus, query, word_edges=False, **opts)  # the index finds what a scan finds
    want = reference_kwic(corpus, query, **opts)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=False)
    return len(got)


@pytest.mark.parametrize(("query", "opts"), QUERIES, ids=[f"{q}-{o}" for q, o in QUERIES])
def test_index_kwic_equals_full_scan_on_sample(sample, query, opts):
    _assert_same(sample, query, opts)


def test_sample_counts_are_real(sample):
    # a few of the equalities above are not between empty frames
    assert _assert_same(sample, "dân chủ", {"window": 4}) == 34
    assert _assert_same(sample, "dan van", {"ignore_diacritics": True}) > 0
    assert _assert_same(sample, "xyzzy không có", {}) == 0


def test_documents_frame_and_filtered_frame(sample):
    docs = sample.documents
    pd.testing.assert_frame_equal(kwic(docs, "tình hình"), kwic(sample, "tình hình"))
    part = docs.iloc[[3, 0]]  # a subset in another order: rows follow the frame given
    pd.testing.assert_frame_equal(kwic(part, "tình hình", word_edges=False),
                                  reference_kwic(part, "tình hình"), check_dtype=False)


@pytest.fixture(scope="module")
def news():
    if not DANVAN_NEWS.exists():
        pytest.skip(f"danvan_news not found at {DANVAN_NEWS} (../shared/corpora is optional)")
    from danvan.corpus.load import load_corpus

    return load_corpus(DANVAN_NEWS, progress=False)


@pytest.mark.parametrize(("query", "opts"), QUERIES, ids=[f"{q}-{o}" for q, o in QUERIES])
def test_index_kwic_equals_full_scan_on_danvan_news(news, query, opts):
    _assert_same(news, query, opts)


def test_term_counts_from_index_equal_a_scan(sample):
    terms = ["dân vận", "dân chủ", "Mặt trận Tổ quốc", "tình hình", "không có đâu"]
    got = term_counts(sample, terms, find=kwic)
    want = term_counts(sample, terms, find=reference_kwic)
    pd.testing.assert_frame_equal(got, want)
    assert got.loc["dân chủ"].iloc[1] == 34


def test_explorer_reuses_the_first_concordance(sample):
    from danvan.report.widgets import kwic_explorer

    ex = kwic_explorer(sample, query="tình hình", window=2, show_static=False)
    assert ex._first is None and "(11 lines)" in ex.result.value  # shown, consumed once
    ex.window.value = 3  # a new query runs kwic again
    assert "(11 lines)" in ex.result.value and ex.lines().attrs["window"] == 3
