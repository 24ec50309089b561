"""The positional index: the same units and key strings as cutting each text anew, the pieces a
phrase needs, the cache beside the corpus tables, and phrase hits equal to a scan of every text."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from project_paths import DANVAN_NEWS

from danvan.phrases.formula import find_formula
from danvan.phrases.hits import HIT_COLUMNS, phrase_hits
from danvan.phrases.index import build_syllable_index, build_word_index, required_pieces, text_index
from danvan.phrases.match import syllable_units
from danvan.phrases.slogans import find_slogans, load_catalogue

TEXTS = ["Công tác Dân vận khéo. Ai cũng nói: dân biết, dân bàn!", None, "", "—…—",
         "Hoà giải ở cơ sở_x (COVID-19) 2021", "Thủ tướng\nChính phủ; “dân làm”"]


def _same_units(texts, ix):
    n = 0
    for i, row in enumerate(ix.rows):
        for ignore in (False, True):
            u, v = syllable_units(texts[row], ignore_diacritics=ignore), ix.units(i, texts[row], ignore)
            assert (v.starts, v.ends, v.key, v.key_starts) == (u.starts, u.ends, u.key, u.key_starts)
            n += 1
    return n


def test_units_and_keys_equal_syllable_units():
    ix = build_syllable_index(TEXTS)
    assert ix.rows.tolist() == [0, 4, 5]  # no text, an empty one, one without a syllable: left out
    assert _same_units(TEXTS, ix) == 6
    assert ix.keys().key_list[0] == "công tác dân vận khéo | ai cũng nói | dân biết dân bàn"
    assert ix.keys(True).key_list[1] == "hoa giai o co so_x | covid 19 | 2021"


def test_pieces_and_candidates():
    assert required_pieces("quy chế dân chủ (ở) cơ sở") == ["quy", "chế", "dân", "chủ", "cơ", "sở"]
    assert required_pieces("của dân, do dân và vì dân") == ["của", "dân", "do", "vì"]
    assert required_pieces("Dân_Vận", ignore_diacritics=True) == ["dan", "van"]
    ix = build_syllable_index(TEXTS)
    assert ix.candidates(["dân", "bàn"]).tolist() == [0]
    assert ix.candidates(["vận", "covid"]).tolist() == []
    assert ix.candidates(["x"], ignore_diacritics=True).tolist() == [1]  # "sở_x": pieces so, x
    assert ix.candidates(["hòa"]).tolist() == [1]  # old tone marks fold to the new convention
    assert ix.candidates(None).tolist() == [0, 1, 2]


def test_sample_units_equal_and_index_cached_beside_tables(sample, tmp_path):
    texts = sample.documents["text"].to_numpy(dtype=object)
    assert _same_units(texts, build_syllable_index(texts)) == 10
    ix = text_index(sample)
    assert text_index(sample) is ix  # kept on the corpus object
    folders = sorted(p.name.split("-")[0] for p in (sample.folder / "index").iterdir())
    assert folders[:1] == ["syllable"]
    from danvan.corpus.load import Corpus

    again = text_index(Corpus(sample.folder, sample.meta))  # read back from disk
    assert again.rows.tolist() == ix.rows.tolist() == [0, 1, 2, 3, 4]
    assert again.keys().key_list == ix.keys().key_list
    assert np.array_equal(again.keys(True).piece_docs, ix.keys(True).piece_docs)


def test_the_diacritic_free_keys_are_built_on_first_use_and_kept(sample, tmp_path):
    import shutil

    from danvan.corpus.load import Corpus

    folder = tmp_path / "corpus"
    shutil.copytree(sample.folder, folder, ignore=shutil.ignore_patterns("index", "results"))
    ix = text_index(Corpus(folder, sample.meta))
    saved = next((folder / "index").glob("syllable-*"))
    assert list(ix.variants) == ["fold"] and not list(saved.glob("*_strip.arrow"))
    fresh = build_syllable_index(sample.documents["text"].to_numpy(dtype=object))
    strip = ix.keys(ignore_diacritics=True)  # the first query without diacritics builds them
    assert strip.key_list == fresh.keys(True).key_list
    assert np.array_equal(strip.piece_docs, fresh.keys(True).piece_docs)
    assert sorted(p.name for p in saved.glob("*_strip.arrow")) == [
        "key_starts_strip.arrow", "keys_strip.arrow", "pieces_strip.arrow", "posting_strip.arrow"]
    again = text_index(Corpus(folder, sample.meta))  # another kernel reads both from disk
    assert sorted(again.variants) == ["fold", "strip"]
    assert again.keys(True).key_list == strip.key_list
    assert again.candidates(["dan", "van"], ignore_diacritics=True).tolist() == [0, 1, 2, 3, 4]


def test_word_index_uses_token_norms(sample):
    wx = build_word_index(sample.documents, sample.tokens)
    assert wx.rows.tolist() == [0, 1, 2, 3, 4]
    assert "dân_vận" in wx.keys().piece_ids or "dân" in wx.keys().piece_ids
    # words joined by "_" are found by each of their syllables
    assert len(wx.candidates(["dân", "vận"])) == len(text_index(sample).candidates(["dân", "vận"]))


def reference_phrase_hits(corpus, catalogue=None):
    """phrase_hits() as it was before the index: every text and title cut and scanned."""
    catalogue = catalogue if catalogue is not None else load_catalogue()
    sentences = corpus.sentences
    rows = []

    def hits_in(text):
        units = syllable_units(text)
        hs = [dict(h) for h in find_slogans(text, catalogue, units=units)]
        hs += [{"phrase_id": "formula", "variant": h["variant"], "start": h["start"], "end": h["end"],
                "text": h["text"]} for h in find_formula(text, units=units)]
        return sorted(hs, key=lambda h: (h["start"], h["phrase_id"]))

    for doc_id, text, title in zip(corpus.documents["doc_id"], corpus.documents["text"],
                                   corpus.documents["title"], strict=True):
        if isinstance(text, str) and text:
            hs = hits_in(text)
            s = sentences[sentences["doc_id"] == doc_id].sort_values("start")
            idx = np.searchsorted(s["start"].to_numpy(), [h["start"] for h in hs], side="right") - 1
            sids = [int(s["sentence_id"].to_numpy()[i]) if i >= 0 else pd.NA for i in idx]
            rows += [{"doc_id": doc_id, "field": "text", "sentence_id": si, **h}
                     for h, si in zip(hs, sids, strict=True)]
        if isinstance(title, str) and title:
            rows += [{"doc_id": doc_id, "field": "title", "sentence_id": pd.NA, **h} for h in hits_in(title)]
    df = pd.DataFrame(rows, columns=HIT_COLUMNS)
    return df.astype({"sentence_id": "Int64", "start": "int64", "end": "int64"})


def test_phrase_hits_equal_a_full_scan_on_sample(sample):
    got = phrase_hits(sample, word_edges=False)  # the index finds what a scan finds
    pd.testing.assert_frame_equal(got, reference_phrase_hits(sample))
    assert (got["phrase_id"] == "formula").sum() == 1 and (got["field"] == "title").any()


def test_phrase_hits_equal_a_full_scan_on_danvan_news():
    if not DANVAN_NEWS.exists():
        pytest.skip(f"danvan_news not found at {DANVAN_NEWS} (../shared/corpora is optional)")
    from danvan.corpus.load import load_corpus

    news = load_corpus(DANVAN_NEWS, progress=False)
    got = phrase_hits(news, word_edges=False)
    pd.testing.assert_frame_equal(got, reference_phrase_hits(news))
    assert len(got) > 100 and (got["phrase_id"] == "formula").sum() > 5


def test_regex_runs_and_candidates():
    from danvan.phrases.index import regex_runs

    assert regex_runs(r"cán bộ \w+") == ["cán", "bộ"]
    assert regex_runs(r"DÂN (biết|bàn)") == ["dân"]  # lower-cased; the group is not required
    assert regex_runs(r"a|b") == [] and regex_runs(r"\d+") == [] and regex_runs("[") == []
    assert regex_runs("kiểm tra") == ["iểm", "tra"]  # k and s have case-insensitive twins
    ix = build_syllable_index(TEXTS)
    assert ix.regex_candidates(r"dân (biết|làm)").tolist() == [0, 2]
    assert ix.regex_candidates(r"ận kh").tolist() == [0]  # runs inside keys count
    assert ix.regex_candidates(r"covid", ignore_diacritics=True).tolist() == [1]
    assert ix.regex_candidates(r"\w+").tolist() == [0, 1, 2]


def test_leading_optional_words_and_literal_first_patterns():
    import re

    from danvan.phrases.match import compile_phrase, find_spans

    text = "Cần nắm tình hình dân. Và tình hình mới, nắm chắc tình hình nhân dân; chủ tình hình."
    units = syllable_units(text)

    def found(phrase):
        return [text[s:e] for _, _, s, e in find_spans(units, re.compile(compile_phrase(phrase)))]

    # a leading optional word is matched with or without it (it used to need two spaces)
    assert found("(nắm) tình hình") == ["nắm tình hình", "tình hình", "tình hình", "tình hình"]
    assert found("(nắm chắc) tình hình (nhân dân)") == ["tình hình", "tình hình",
                                                        "nắm chắc tình hình nhân dân", "tình hình"]
    # a pattern starting with a required word starts with its literal; whole words still
    assert compile_phrase("dân vận").startswith("dân(?<![^ |]dân)")
    assert found("hình") == ["hình"] * 4 and found("ình") == [] and found("dân") == ["dân", "dân"]


def test_formula_hits_of_a_corpus_read_only_its_candidates(sample):
    from danvan.phrases.formula import formula_hits

    pd.testing.assert_frame_equal(formula_hits(sample), formula_hits(sample.documents))
    assert formula_hits(sample)["variant"].tolist() == ["four"]
    if DANVAN_NEWS.exists():
        from danvan.corpus.load import load_corpus

        news = load_corpus(DANVAN_NEWS, progress=False)
        got = formula_hits(news)
        pd.testing.assert_frame_equal(got, formula_hits(news.documents))
        assert got["variant"].value_counts().to_dict() == {"partial": 5, "four": 3, "four_plus_one": 1}
