"""The syllables of many texts found in columns are exactly those of ``UNIT_RE.finditer``, and the
gaps between them hard exactly where ``SOFT_SEP`` does not match the gap as printed."""

from __future__ import annotations

import pytest
from project_paths import DANVAN_NEWS

from danvan.phrases.match import SOFT_SEP, UNIT_RE
from danvan.phrases.syllables import syllable_spans

TRICKY = [
    "Dân vận khéo, dân biết – dân bàn.",
    "",
    None,
    "__abc_d \u0301x 𝟙𝟚 😀a_b",  # underscores, a lone combining mark, math digits, an emoji
    "a\u0301b \u0300 _ 12.5% 20/7/2020",
    "   ",
    "Ủy ban\u200bnhân dân\nTỉnh ủy",
    "x",
    "a. b , c\u3000d (e) f\u2013g _h __ i\u0301 \u0301\u0301 j!k",  # hard, soft gaps; runs with no letter
    "trailing. ",
    ". leading",
]


def _by_regex(texts: list) -> tuple[list[int], list[tuple[int, int]], list[str], list[str]]:
    rows, spans, units, gaps = [], [], [], []
    for row, text in enumerate(texts):
        if not isinstance(text, str):
            continue
        found = [(m.start(), m.end()) for m in UNIT_RE.finditer(text)]
        if found:
            rows.append(row)
        spans += found
        units += [text[a:b] for a, b in found]
        gaps += [text[found[k - 1][1]:found[k][0]] for k in range(1, len(found))]
    return rows, spans, units, gaps


def _check(texts: list) -> int:
    sp = syllable_spans(texts, gaps=True)
    rows, spans, units, gaps = _by_regex(texts)
    assert sp.rows.tolist() == rows
    assert list(zip(sp.starts.tolist(), sp.ends.tolist(), strict=True)) == spans
    assert sp.units.to_pylist() == units
    assert sp.gaps.to_pylist() == gaps
    assert sp.hard.tolist() == [SOFT_SEP.fullmatch(g) is None for g in gaps]
    assert syllable_spans(texts).gaps is None  # the strings only when asked for
    counts = [len(list(UNIT_RE.finditer(texts[r]))) for r in rows]
    assert sp.offsets.tolist() == [sum(counts[:k]) for k in range(len(counts) + 1)]
    return len(units)


def test_tricky_texts_give_the_regex_spans() -> None:
    assert _check(TRICKY) == 37
    sp = syllable_spans(TRICKY)
    assert sp.units.to_pylist()[:3] == ["Dân", "vận", "khéo"]
    assert sp.rows.tolist() == [0, 3, 4, 6, 7, 8, 9, 10]  # the empty, missing and blank texts have none


def test_nothing_to_split() -> None:
    sp = syllable_spans([None, "", " ,;"])
    assert len(sp.rows) == 0 and sp.offsets.tolist() == [0] and len(sp.units) == 0


def test_blocks_join_up(monkeypatch) -> None:
    import danvan.phrases.syllables as syllables

    monkeypatch.setattr(syllables, "_CHUNK", 10)  # a block of one or two texts each
    assert _check(TRICKY * 3) == 111


def test_sample_corpus(sample) -> None:
    assert _check(sample.documents["text"].tolist()) > 4_000


def test_danvan_news_gives_the_regex_spans() -> None:
    if not DANVAN_NEWS.exists():
        pytest.skip(f"danvan_news not found at {DANVAN_NEWS} (../shared/corpora is optional)")
    from danvan.corpus.load import load_corpus

    news = load_corpus(DANVAN_NEWS, progress=False)
    n = _check(news.documents["text"].tolist())
    print(f"\ndanvan_news: {n} syllables, identical to UNIT_RE.finditer")
    assert n > 200_000
