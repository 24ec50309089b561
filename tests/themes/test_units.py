"""Themes whose terms a researcher can trust: no convergence warning, no person names in the top
terms, the k range widened when the best k is at its edge, a corpus filtered by any documents
column, and one folding rule (hoà/hòa) for stopwords, keyness and themes."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from project_paths import DANVAN_NEWS
from sklearn.exceptions import ConvergenceWarning

from danvan.compare import keyness, subcorpus, where_documents
from danvan.core.stopwords import load_stopwords, stopword_set
from danvan.core.text import fold_word
from danvan.themes import build_features, fit_themes
from danvan.themes.selection import select_k


def _convergence(fit) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = fit()
    return result, [str(w.message) for w in caught if issubclass(w.category, ConvergenceWarning)]


def test_sample_fits_without_convergence_warning_and_without_person_names():
    from danvan import load_corpus

    corpus = load_corpus(progress=False)
    result, caught = _convergence(lambda: fit_themes(corpus, progress=False))
    assert caught == []
    people = {fold_word(n.replace(" ", "_")) for n in corpus.people["name"]}
    terms = {t for ts in result.top_terms_list(10) for t in ts}
    assert not terms & people
    kept = fit_themes(corpus, k=result.k, progress=False, keep_names=True)
    assert kept.params["names_removed"] == 0 and result.params["names_removed"] > 0


def test_hoa_folds_alike_in_stopwords_keyness_and_themes():
    paragraphs = pd.DataFrame({"doc_id": ["a", "a", "b", "b"],
                               "words": ["hoà_giải hoà_giải xã", "hòa_giải đất", "đất xã", "xã đất"]})
    documents = pd.DataFrame({"doc_id": ["a", "b"], "province": ["Hà Tĩnh", "Huế"]})
    assert fold_word("Hoà_giải") == fold_word("hòa_giải") == "hòa_giải"
    for stop in (["hoà giải"], ["Hòa_giải"], ["HOÀ GIẢI"]):
        assert stopword_set(stop) == {"hòa_giải"}
        kw = keyness(paragraphs, documents, "province", min_range=1, stopwords=stop)
        assert "hòa_giải" not in set(kw["word"]) and "hoà_giải" not in set(kw["word"])
        terms = set(build_features(paragraphs["words"], stopwords=stop).terms)
        assert "hòa_giải" not in terms and "hoà_giải" not in terms
    # without the stopword both spellings are one word in keyness and themes
    kw = keyness(paragraphs, documents, "province", min_range=1)
    assert kw.set_index("word").loc["hòa_giải", "freq"] == 3
    assert "hòa_giải" in set(build_features(paragraphs["words"], stopwords=[]).terms)


def test_k_range_is_widened_when_the_best_k_is_its_largest():
    from danvan import load_corpus

    corpus = load_corpus(progress=False)
    result = fit_themes(corpus, k=3, progress=False)
    narrow = select_k(result.matrix, range(2, 4), progress=False, widen=0)
    assert narrow.table["k"].tolist() == [2, 3]
    wide = select_k(result.matrix, range(2, 4), progress=False, widen=3)
    if narrow.k == 3:  # the best of 2-3 is its edge: the range grows by 2 each round
        assert wide.table["k"].max() > 3
        assert any("widened to 2-" in n for n in wide.notes)
    else:
        assert wide.table["k"].tolist() == [2, 3]


def test_where_documents_filters_by_any_column_and_extra_field():
    docs = pd.DataFrame({
        "doc_id": ["a", "b", "c"], "outlet": ["Nhân Dân", "baomoi.com", "Nhân Dân"],
        "published": ["2017-01-02", "2018-05-01", "2019-03-04"],
        "extra": ['{"tier": "A_topic"}', '{"tier": "C_org_or_mttq"}', '{"tier": "B_mentions"}'],
    })
    assert where_documents(docs, {"tier": ["A_topic", "B_mentions"]})["doc_id"].tolist() == ["a", "c"]
    both = where_documents(docs, {"outlet": "nhân dân", "year": range(2018, 2020)})
    assert both["doc_id"].tolist() == ["c"]
    assert where_documents(docs, {"year": lambda y: y < 2018})["doc_id"].tolist() == ["a"]
    assert where_documents(docs, {})["doc_id"].tolist() == ["a", "b", "c"]
    with pytest.raises(KeyError):
        where_documents(docs, {"nope": 1})


@pytest.mark.corpora
def test_danvan_news_themes_converge_filter_and_widen():
    if not DANVAN_NEWS.exists():
        pytest.skip(f"shared corpus absent: {DANVAN_NEWS}")
    from danvan import load_corpus

    corpus = load_corpus(DANVAN_NEWS, progress=False)
    topic = subcorpus(corpus, {"tier": ["A_topic", "B_mentions"]})
    assert len(topic.documents) == 117 and set(topic.paragraphs["doc_id"]) <= set(topic.documents["doc_id"])
    result, caught = _convergence(lambda: fit_themes(corpus, progress=False))
    assert caught == []
    print(f"\ndanvan_news themes: k={result.k} from k tried {result.choice.table['k'].min()}-"
          f"{result.choice.table['k'].max()}; {result.params['names_removed']} person names left out; "
          f"notes: {result.notes}")
    tried = result.choice.table["k"]
    # the chosen k is inside the range tried, or the notes say that it is at its edge
    assert result.k < tried.max() or any("edge" in n for n in result.notes)
    people = {fold_word(n.replace(" ", "_")) for n in corpus.people["name"]}
    assert not {t for ts in result.top_terms_list(10) for t in ts} & people
    filtered, caught = _convergence(lambda: fit_themes(topic, progress=False))
    assert caught == [] and set(filtered.units["doc_id"]) <= set(topic.documents["doc_id"])


def test_stopword_file_is_folded():
    assert all(w == fold_word(w) for w in load_stopwords())


def test_a_resample_from_the_whole_counts_equals_counting_it_anew():
    """Stability's shortcut: a subsample's rows of the whole corpus's counts give the features
    that counting the subsample itself gives (same terms, same TF-IDF)."""
    import numpy as np

    from danvan.corpus.load import load_corpus
    from danvan.themes.features import count_terms, make_units

    units = make_units(load_corpus(progress=False).paragraphs)
    stop = sorted(load_stopwords())
    words = units["words"]
    idx = np.sort(np.random.default_rng(7).choice(len(units), size=int(0.6 * len(units)), replace=False))
    for bigrams in (False, True):
        counts, terms = count_terms(words, stop, bigrams)
        anew = build_features(words.iloc[idx], stop, bigrams, min_df=2, folded=True)
        shortcut = build_features(words.iloc[idx], stop, bigrams, min_df=2, folded=True,
                                  counted=(counts[idx], terms))
        assert len(anew.terms) < len(terms)  # the subsample lacks some of the corpus's terms
        assert list(shortcut.terms) == list(anew.terms)
        assert (shortcut.matrix != anew.matrix).nnz == 0
    assert "ban_dân_vận" in set(anew.terms)
