"""The segmenter's CRF features made by danvan are the library's, string for string, and give the
same tags; where they could differ, the library's own featurizer runs."""

from __future__ import annotations

import gzip
import json

import pytest
from project_paths import DANVAN_NEWS

import danvan.corpus.ingest.crf_features as cf
from danvan.corpus.ingest.segment import _model, _normal_token, regex_spans


def _sentences(texts: list[str]) -> list[list[str]]:
    out = [list(map(_normal_token, regex_spans(t)[0])) for p in texts for t in p.split("\n")]
    return [s for s in out if s]


def _check(sentences: list[list[str]]) -> None:
    model = _model()
    mine = cf.own_featurizer(model)
    assert mine is not None  # the pinned underthesea: its templates and features are these
    for s in sentences:
        expected = model.featurizer.process([[[w] for w in s]])[0]
        assert mine.sentence(s) == expected, s
        assert model.estimator.tag(mine.sentence(s)) == model.predict(list(zip(s)))


def test_probes_and_short_sentences() -> None:
    _check([list(p) for p in cf.PROBES])
    feats = cf.own_featurizer(_model()).sentence(["Hà", "Nội"])
    assert feats[0][:3] == ["T[-2]=BOS", "T[-1]=BOS", "T[0]=Hà"]
    assert feats[1][7] == "T[0,1]=EOS" and "T[-1,0].is_in_dict=True" in feats[1]  # "hà nội" is a word
    assert "T[0].istitle=True" in feats[1] and "T[0,1].istitle=EOS" in feats[1]


def test_long_numbers_and_letters_cased_otherwise_by_the_library() -> None:
    # thousands of digits (Python's int() refuses them); letters whose case the library's newer
    # Unicode tables map otherwise (U+0264, U+A7CB): their sentences go to the library's featurizer
    _check([["Mã", "1" * 5000, "là"], ["Số", "0" * 4400 + "7", "đây"],
            ["Nhì", ",", "quận", "\u0264", "Tân", "Phú", ","], ["\ua7cb", "x"], ["\u0391\u0897\u03a3", "y"]])
    mine = cf.own_featurizer(_model())
    assert mine.odd.search("\u0264") and mine.odd.search("\U00010d50") and not mine.odd.search("Đắk Lắk")


def test_sample_corpus(sample) -> None:
    _check(_sentences(sample.documents["text"].tolist()))


def test_caches_cleared_when_full(sample, monkeypatch) -> None:
    monkeypatch.setattr(cf, "_MAX_SYLLABLES", 5)
    monkeypatch.setattr(cf, "_MAX_PAIRS", 3)
    _check(_sentences(sample.documents["text"].tolist()[:1]))


def test_unreadable_model_files_fall_back_to_the_library(monkeypatch) -> None:
    import pickle

    import joblib

    def broken(path):
        raise pickle.UnpicklingError("bad file")

    monkeypatch.setattr(joblib, "load", broken)
    assert cf.own_featurizer(_model()) is None


def test_other_templates_fall_back_to_the_library(monkeypatch) -> None:
    model = _model()
    monkeypatch.setattr(cf, "_model_files", lambda m: (["T[0]", "T[1]"], set()))
    assert cf.own_featurizer(model) is None
    tag = cf.segmenter_tagger(model)
    assert tag(["Ban", "Dân", "vận"]) == model.predict([("Ban",), ("Dân",), ("vận",)])


def test_danvan_news_paragraphs() -> None:
    if not DANVAN_NEWS.exists():
        pytest.skip(f"danvan_news not found at {DANVAN_NEWS} (../shared/corpora is optional)")
    with gzip.open(DANVAN_NEWS, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(120), f, strict=False)]
    sentences = _sentences(texts)
    assert sum(map(len, sentences)) > 50_000
    _check(sentences)
