"""Phrases match on word edges of the segmentation: never inside a word such as *nhân dân*."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from project_paths import DANVAN_NEWS

from danvan.phrases.edges import inner_of_spans, inner_of_text, lexicon_inner
from danvan.phrases.hits import phrase_hits
from danvan.phrases.match import compile_phrase, find_spans, syllable_units
from danvan.reading.kwic import kwic

TEXT = "Ủy ban có quyền đại diện nhân dân giám sát mọi hoạt động, để dân giám sát chính quyền."
DOCS = pd.DataFrame({"doc_id": ["a"], "title": ["T"], "province": [None], "text": [TEXT]})


def test_inner_of_spans_marks_the_syllables_inside_a_word() -> None:
    keys = np.array([0, 5, 9, 14, 20])  # five syllables; one word from 5 to 18 (three syllables)
    assert inner_of_spans(keys, np.array([5]), np.array([18])).tolist() == [False, False, True, True, False]
    assert inner_of_spans(keys, np.array([], np.int64), np.array([], np.int64)).tolist() == [False] * 5
    # a word that begins with a sign ("< b" from "<b>"): its first syllable is not inner
    assert inner_of_spans(keys, np.array([3]), np.array([10])).tolist() == [False, False, True, False, False]


def test_lexicon_terms_keep_their_words_open_except_two_syllable_words_inside() -> None:
    inner = lexicon_inner()
    assert inner["ban_dân_vận"] == (2,)  # Ban | dân vận: "dân vận" is found, "dân" alone is not
    assert 3 in inner["ủy_ban_nhân_dân"]  # nhân dân stays a word inside it
    assert inner["quy_chế_dân_chủ_ở_cơ_sở"] == (1, 3, 6)  # quy chế, dân chủ, cơ sở: words inside
    # the National Assembly's Standing Committee is not the Party's "Ban Thường vụ"; "Quốc hội" is found
    assert inner["ủy_ban_thường_vụ_quốc_hội"] == (1, 3, 5)
    assert inner["ủy_ban_kiểm_tra_trung_ương"] == (1, 3, 5)  # nor "Ban Kiểm tra" inside it
    assert inner["phó_trưởng_ban_dân_vận_trung_ương"] == (4, 6)  # "Ban Dân vận" is found in it
    assert inner["chủ_tịch_ủy_ban_nhân_dân"] == (1, 3, 5)  # no "chủ tịch ủy" cut out of it
    # "Ban Dân vận" begins at "Ban": "Trưởng ban" does not hide it, "dân vận" stays a word
    assert inner["trưởng_ban_dân_vận"] == (3,)


def test_a_text_without_tokens_is_segmented_for_its_edges() -> None:
    units = syllable_units(TEXT)
    flags = inner_of_text(TEXT, np.array(units.starts))
    words = [TEXT[s:e] for s, e in zip(units.starts, units.ends, strict=True)]
    assert flags[words.index("dân")]  # the "dân" of "nhân dân"
    units.inner = flags
    spans = find_spans(units, compile_phrase("dân giám sát"))
    assert [TEXT[s:e] for _, _, s, e in spans] == ["dân giám sát"] and spans[0][2] > TEXT.index("để")


def test_kwic_and_phrase_hits_share_the_word_edges() -> None:
    assert len(kwic(DOCS, "dân giám sát")) == 1
    assert len(kwic(DOCS, "dân giám sát", word_edges=False)) == 2
    assert kwic(DOCS, "nhân dân")["match"].tolist() == ["nhân dân"]


def test_sample_phrase_hits_lose_only_hits_inside_words(sample) -> None:
    edges = phrase_hits(sample)
    inside = phrase_hits(sample, word_edges=False)
    key = ["doc_id", "field", "start", "end"]
    assert set(map(tuple, edges[key].to_numpy())) <= set(map(tuple, inside[key].to_numpy()))
    lost = inside.merge(edges[key], on=key, how="left", indicator=True)
    lost = lost[(lost["_merge"] == "left_only") & (lost["field"] == "text")]
    tokens = sample.tokens
    for r in lost.itertuples():  # each lost hit starts or ends strictly inside a word
        t = tokens[tokens["doc_id"] == r.doc_id]
        cut = ((t["start"] < r.start) & (t["end"] > r.start)) | ((t["start"] < r.end) & (t["end"] > r.end))
        assert cut.any(), r.text


def test_danvan_news_dan_giam_sat_is_never_nhan_dan_giam_sat() -> None:
    """Issue 14's check: every *dân giám sát* hit is a use of the formula's part (*dân* its subject),
    none a piece of *nhân dân giám sát*, *toàn dân giám sát* or *nhân dân; giám sát*."""
    if not DANVAN_NEWS.exists():
        pytest.skip(f"danvan_news not found at {DANVAN_NEWS} (../shared/corpora is optional)")
    from danvan.corpus.load import load_corpus
    from danvan.corpus.summaries import inside_spans
    from danvan.phrases.formula import formula_hits

    news = load_corpus(DANVAN_NEWS, progress=False)
    before = kwic(news, "dân giám sát", word_edges=False)
    after = kwic(news, "dân giám sát")
    left = before["left"].str.casefold()
    inside = left.str.endswith(("nhân", "toàn")) | before["match"].str.contains(";")
    chain = inside_spans(after, formula_hits(news.documents))
    alone = after.loc[~chain, "left"].str.split().str[-3:].str.join(" ").tolist()
    print(f"\ndanvan_news 'dân giám sát': {len(after)} hits on word edges, {int(chain.sum())} of them in "
          f"a formula chain, the others after {alone}"
          f"; {len(before)} before, of which {int(inside.sum())} inside 'nhân dân', 'toàn dân' or across ';'")
    assert len(before) == 15 and int(inside.sum()) == 13
    assert len(after) == 2 and int(chain.sum()) == 1
    assert after.loc[~chain, "left"].str.endswith("công bố để").all()  # the part used alone
    assert not after["left"].str.casefold().str.endswith(("nhân", "toàn")).any()
    assert not after["match"].str.contains(";").any()
    dan_biet = kwic(news, "dân biết")
    assert not dan_biet["left"].str.casefold().str.endswith(("nhân", "người", "toàn")).any()


def test_a_subcorpus_takes_its_words_from_the_parent(sample) -> None:
    from danvan.compare import subcorpus

    part = subcorpus(sample, {"province": ["Thành phố Hồ Chí Minh"]})
    lines = kwic(part, "dân vận")
    whole = kwic(sample, "dân vận")
    assert len(lines) and set(lines["doc_id"]) < set(whole["doc_id"])
    pd.testing.assert_frame_equal(lines.reset_index(drop=True),
                                  whole[whole["doc_id"].isin(set(part.documents["doc_id"]))]
                                  .reset_index(drop=True))


def test_text_without_tokens_is_segmented_line_by_line() -> None:
    text = "Đồng chí Bí thư Tỉnh ủy\n\nSáng nay dân biết, dân bàn."
    units = syllable_units(text)
    flags = inner_of_text(text, np.array(units.starts))
    words = [text[s:e] for s, e in zip(units.starts, units.ends, strict=True)]
    assert not flags[words.index("Sáng")]  # no word runs across the paragraph break


def test_the_lexicon_words_are_worked_out_once_and_kept(tmp_path, monkeypatch) -> None:
    import json

    import danvan.phrases.edges as edges

    monkeypatch.setenv("DANVAN_HOME", str(tmp_path))
    edges.lexicon_inner.cache_clear()
    try:
        first = edges.lexicon_inner()
        kept = list((tmp_path / "data" / "processed" / ".cache").glob("lexicon-inner-*.json"))
        assert len(kept) == 1 and json.loads(kept[0].read_text(encoding="utf-8"))["ban_dân_vận"] == [2]
        edges.lexicon_inner.cache_clear()
        monkeypatch.setattr(edges, "segmenter_words", lambda: pytest.fail("read again"))
        assert edges.lexicon_inner() == first  # read back, the segmenter's dictionary left alone
    finally:
        edges.lexicon_inner.cache_clear()
