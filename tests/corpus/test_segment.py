"""Word segmentation with offsets: the words are underthesea's, the offsets exact, the lexicon merged."""

from __future__ import annotations

import gzip
import itertools
import json

import pytest
from project_paths import SHARED_CORPORA
from underthesea import word_tokenize

from danvan.core.paths import raw_dir
from danvan.corpus.ingest.clean import clean_text
from danvan.corpus.ingest.readers import read_file
from danvan.corpus.ingest.segment import _full_scan, merge_words, regex_spans, syllables, tokenize

VNTC = SHARED_CORPORA / "vntc_chinh_tri_xa_hoi.jsonl.gz"


def _seed_paragraphs() -> list[str]:
    out: list[str] = []
    for path in sorted(raw_dir().glob("*.txt")):
        for record in read_file(path, raw_dir()):
            out += clean_text(record.text, record.meta.get("title")).paragraphs
    return out


def _words_of(text: str) -> list[str]:
    """Our words as underthesea normalises them (``qui`` → ``quy``), before the lexicon."""
    _, normal, _, _, firsts = syllables([text])[0]
    ends = [*firsts[1:], len(normal)]
    return [" ".join(normal[a:b]) for a, b in zip(firsts, ends, strict=True)]


def test_words_are_those_of_word_tokenize_on_every_seed_paragraph() -> None:
    paragraphs = _seed_paragraphs()
    assert len(paragraphs) >= 40
    for paragraph in paragraphs:
        assert _words_of(paragraph) == word_tokenize(paragraph), paragraph[:80]


@pytest.mark.skipif(not VNTC.exists(), reason=f"corpus folder absent: {VNTC.parent} (shared material)")
def test_words_are_those_of_word_tokenize_on_corpus_text() -> None:
    with gzip.open(VNTC, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, 40)]
    from danvan.core.text import normalize

    paragraphs = [p for r in rows for p in normalize(r["text"] or "").split("\n") if p.strip()]
    assert len(paragraphs) > 200
    for paragraph in paragraphs:
        assert _words_of(paragraph) == word_tokenize(paragraph), paragraph[:80]


AWKWARD = [  # abbreviations with dots, the "Th.S" wildcard (across a space too), emoticons, ends
    "Th Sơn đi học", "Th s", "ThS. Nguyễn Văn A", "Th.S Lê B và Th.s C", "ThSa Thus Thứ ThaS Thx S",
    "TP. HCM, TP.HCM và Tp. Hà Nội", "v.v. và v.v", "gửi e-mail cho H'Mông", "xã N’Thôn Hạ, abc.",
    "ABC. Đà. UBND.", "cười :D nhé :D", "Đạo diễn :Dương", "TS. Lê, PGS.TS Trần", "năm 2020. Tại",
    "ông A.Tại", "Mr. Smith; Dr. Who: x", "hết...", "abc:def", "Th", "a Th", "(Th) 1.500,5 tỷ",
    "ʺab ʺa. xʺb ʺ", "a\tb\nc\u200bd ½ ² _x_ x_1",
    "xem https://danvan.vn/a?b=1 hoặc thư a.b@c.vn, 03-5730-2357 lúc 10:20:50 ngày 02/05/2014.",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_fast_tokenizer_scan_finds_what_the_full_scan_finds(text: str) -> None:
    assert regex_spans(text) == _full_scan(text)


def test_fast_tokenizer_scan_agrees_on_every_seed_paragraph() -> None:
    for paragraph in _seed_paragraphs():
        assert regex_spans(paragraph) == _full_scan(paragraph), paragraph[:80]


def test_offsets_are_exact_even_where_underthesea_normalises_a_token() -> None:
    # underthesea rewrites the misspelling "nghành" to "ngành" inside word_tokenize
    text = "Lãnh đạo nghành dân vận họp."
    assert "ngành" in " ".join(word_tokenize(text))
    words, forms, starts, ends = tokenize(text)
    assert all(text[s:e] == w for w, s, e in zip(words, starts, ends, strict=True))
    assert "nghành" in words  # the word as printed; offsets never approximate
    assert forms[words.index("nghành")] == "ngành"  # the analysis form is underthesea's


def test_lexicon_terms_become_one_token_longest_first() -> None:
    text = "Ban Dân vận Tỉnh ủy và Mặt trận Tổ quốc Việt Nam tỉnh họp về công tác dân vận."
    words, _, starts, ends = tokenize(text)
    assert "Ban Dân vận" in words and "Tỉnh ủy" in words and "công tác dân vận" in words
    assert "Mặt trận Tổ quốc Việt Nam" in words  # the longer term wins over "Mặt trận Tổ quốc"
    # leftmost first: "Ủy ban Mặt trận Tổ quốc" starts before "Mặt trận Tổ quốc Việt Nam"
    assert tokenize("Ủy ban Mặt trận Tổ quốc Việt Nam")[0] == ["Ủy ban Mặt trận Tổ quốc", "Việt Nam"]
    assert all(text[s:e] == w for w, s, e in zip(words, starts, ends, strict=True))


def test_merge_words_cuts_underthesea_words_around_a_term() -> None:
    # syllables 0..5; underthesea's words start at 0, 2, 4; a term covers 1..3
    assert merge_words([0, 2, 4], 6, [(1, 4)]) == [0, 1, 4]
    assert merge_words([0, 2, 4], 6, []) == [0, 2, 4]
    assert merge_words([0, 3], 5, [(0, 5)]) == [0]


def test_text_that_skipped_normalisation_still_gets_underthesea_words() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Ban Dân vận Tỉnh ủy họp về quy chế dân chủ ở cơ sở.")
    words, forms, starts, ends = tokenize(text)  # NFC changes its length: the aligned fallback
    assert forms == words and "Ban Dân vận" in words and "Tỉnh ủy" in words
    assert starts == sorted(starts) and all(e > s for s, e in zip(starts, ends, strict=True))
