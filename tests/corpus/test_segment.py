"""Word segmentation with offsets: the words are underthesea's, the offsets exact, the lexicon merged."""

from __future__ import annotations

import gzip
import itertools
import json

import pytest
from project_paths import ROOT, SHARED_CORPORA
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


# --- the lexicon and the hand segmentation (issue 14) ---

GOLD_SEGMENTATION = ROOT / "tests" / "corpus" / "gold" / "segmentation.txt"


def _benchmark():
    import importlib.util

    path = ROOT / "benchmarks" / "segmentation.py"
    spec = importlib.util.spec_from_file_location("segmentation_benchmark", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_lexicon_term_is_one_token_in_a_sentence() -> None:
    from danvan.core.text import fold
    from danvan.corpus.ingest.resources import lexicon_terms
    from danvan.corpus.ingest.segment import tokenize_many

    terms = lexicon_terms()
    assert len(terms) >= 300
    texts = [f"Hôm qua, {term} đã họp." for term in terms]
    wrong = []
    for term, (words, _, _, _) in zip(terms, tokenize_many(texts), strict=True):
        norms = [fold(w).replace(" ", "_") for w in words]
        if norms[norms.index(",") + 1 : -3] != [fold(term).replace(" ", "_")]:  # …, term | đã | họp | .
            wrong.append((term, words))
    assert not wrong


def test_longest_term_wins_over_a_term_inside_it() -> None:
    assert tokenize("Ủy ban Thường vụ Quốc hội họp.")[0] == ["Ủy ban Thường vụ Quốc hội", "họp", "."]
    assert tokenize("Ủy ban Kiểm tra Tỉnh ủy họp.")[0][:2] == ["Ủy ban Kiểm tra", "Tỉnh ủy"]
    assert tokenize("Ban Kiểm tra Đảng ủy xã họp.")[0][:2] == ["Ban Kiểm tra", "Đảng ủy"]
    words = tokenize("Phó Bí thư Thường trực Tỉnh ủy dự.")[0]
    assert words[:2] == ["Phó Bí thư Thường trực", "Tỉnh ủy"]  # a tie in cover: leftmost longest


def test_a_term_crossed_by_a_longer_cover_gives_way() -> None:
    words = tokenize("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam họp.")[0]
    assert words[:2] == ["Ban Chấp hành Trung ương", "Đảng Cộng sản Việt Nam"]
    assert tokenize("Ban Chấp hành Trung ương Đảng họp.")[0][0] == "Ban Chấp hành Trung ương Đảng"
    # one syllable more is not enough: "Đảng Bộ" here is the party and a ministry
    assert tokenize("Ban Cán sự Đảng Bộ GTVT họp.")[0][0] == "Ban Cán sự Đảng"
    words = tokenize("Ủy viên Trung ương Đảng Cộng sản Việt Nam.")[0]
    assert words[:2] == ["Ủy viên Trung ương", "Đảng Cộng sản Việt Nam"]


def test_a_name_does_not_start_inside_a_lower_case_word() -> None:
    assert tokenize("các cơ sở y tế và Sở Y tế")[0] == ["các", "cơ sở", "y tế", "và", "Sở Y tế"]
    assert "phi chính phủ" in tokenize("một tổ chức phi chính phủ")[0]


def test_gold_segmentation_file_is_well_formed() -> None:
    bench = _benchmark()
    gold = bench.gold_sentences(GOLD_SEGMENTATION)
    assert len(gold) >= 150
    assert all(w.strip("_") == w and "__" not in w for words in gold for w in words)
    assert sum(map(len, gold)) > 2500
    # every gold word is whole syllables of underthesea's tokenizer (the scores compare words only)
    texts = [bench.text_of(words) for words in gold]
    for words, (printed, *_) in zip(gold, syllables(texts), strict=True):
        edges = {end for _, end in bench.spans([p.replace(" ", "_") for p in printed])}
        assert {end for _, end in bench.spans(words)} <= edges, " ".join(words)


def test_merged_segmentation_beats_bare_underthesea_on_the_hand_segmentation() -> None:
    bench = _benchmark()
    gold = bench.gold_sentences(GOLD_SEGMENTATION)
    bare = bench.score(gold, bench.bare)
    merged = bench.score(gold, bench.merged)
    # measured 2026-12-01 (lexicon 2026.12.1): bare F1 0.933, merged F1 0.952
    assert merged["f1"] >= bare["f1"]
    assert merged["f1"] > 0.94
    assert bench.spans(["Ủy_ban", "họp", "."]) == {(0, 5), (5, 8), (8, 9)}
