"""Themes and the document-term matrix built in columns: equal to scikit-learn's vectorizer, and
themes kept beside the corpus tables so a second notebook reads them back (issue 16)."""

from __future__ import annotations

import shutil

import numpy as np
import pandas as pd
import pytest
from project_paths import DANVAN_NEWS
from sklearn.feature_extraction.text import TfidfVectorizer

from danvan.core.stopwords import load_stopwords
from danvan.corpus.load import Corpus
from danvan.themes.features import auto_min_df, build_features, fold_series, make_units, tokenize_words


def _reference(words: pd.Series, bigrams: bool, min_df: int | None = None, max_df: float = 0.8,
               ) -> tuple[np.ndarray, object]:
    """scikit-learn's TfidfVectorizer with the same settings: the oracle."""
    folded = fold_series(pd.Series(list(words), dtype=object)).tolist()
    vec = TfidfVectorizer(tokenizer=tokenize_words, token_pattern=None, lowercase=False,
                          stop_words=sorted(load_stopwords()), ngram_range=(1, 2) if bigrams else (1, 1),
                          min_df=auto_min_df(len(folded)) if min_df is None else min_df, max_df=max_df,
                          max_features=50_000,
                          sublinear_tf=True, dtype=np.float32)
    return vec.fit_transform(folded), vec.get_feature_names_out()


def _same(words: pd.Series) -> int:
    n = 0
    for bigrams in (False, True):
        feats = build_features(words, bigrams=bigrams)
        matrix, terms = _reference(words, bigrams)
        assert list(feats.terms) == list(terms)
        assert abs(feats.matrix - matrix).max() == 0.0
        n += feats.matrix.shape[1]
    return n


def test_dtm_from_columns_equals_the_vectorizer_on_the_sample(sample) -> None:
    units = make_units(sample.paragraphs)
    assert _same(units["words"]) > 500
    tricky = pd.Series(["dân_vận khéo  khéo\u00a0dân_vận x\x1fy", "ủy_ban ủy_ban 2021 <_strong", "", None,
                        "dân_vận khéo"])
    for bigrams in (False, True):  # odd white space, numbers, markup, empty and missing units
        feats = build_features(tricky, bigrams=bigrams, min_df=1, max_df=1.0)
        matrix, terms = _reference(tricky, bigrams, min_df=1, max_df=1.0)
        assert list(feats.terms) == list(terms) and abs(feats.matrix - matrix).max() == 0.0
    assert {"khéo", "x", "y", "ủy_ban"} <= set(feats.terms)
    assert not {"2021", "<_strong"} & set(feats.terms)


def test_dtm_from_columns_equals_the_vectorizer_on_danvan_news() -> None:
    if not DANVAN_NEWS.exists():
        pytest.skip(f"danvan_news not found at {DANVAN_NEWS} (../shared/corpora is optional)")
    from danvan.corpus.load import load_corpus

    news = load_corpus(DANVAN_NEWS, progress=False)
    n = _same(make_units(news.paragraphs)["words"]) + _same(make_units(news.paragraphs, "document")["words"])
    print(f"\ndanvan_news: {n} terms over four settings, every weight equal to TfidfVectorizer's")
    assert n > 10_000


def test_themes_are_kept_beside_the_tables(sample, tmp_path, monkeypatch) -> None:
    import danvan.themes.result as result

    folder = tmp_path / "corpus"
    shutil.copytree(sample.folder, folder, ignore=shutil.ignore_patterns("index", "results"))
    first = result.fit_themes(Corpus(folder, sample.meta), k=2, progress=False)
    calls = []
    real = result._fit_themes
    monkeypatch.setattr(result, "_fit_themes", lambda *a, **kw: calls.append(1) or real(*a, **kw))
    again = result.fit_themes(Corpus(folder, sample.meta), k=2, progress=False)  # another kernel
    assert calls == [] and len(list((folder / "results").glob("themes-*.joblib"))) == 1
    pd.testing.assert_frame_equal(again.units, first.units)
    assert again.top_terms_list() == first.top_terms_list()
    result.fit_themes(Corpus(folder, sample.meta), k=3, progress=False)
    assert calls == [1]  # other parameters: fitted
