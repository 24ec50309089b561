"""Keyness by group: G² and Log Ratio worked out by hand, the planted word, the range gate.

Group X (Hà Tĩnh): articles X1 "cán_bộ dân đê_điều" and X2 "cán_bộ dân đê_điều hiếm hiếm hiếm"
Group Y (Hà Nội):  articles Y1 "cán_bộ dân giám_sát" and Y2 "cán_bộ dân giám_sát"

"đê_điều" in X: a = 2 of c = 9 tokens; b = 0 of d = 6 tokens in the rest.
E1 = 9·2/15 = 1.2, G² = 2·2·ln(2/1.2) = 4·ln(5/3) = 2.0433;
Log Ratio = log2((2/9)/(0.5/6)) = log2(8/3) = 1.4150.
"hiếm" (3 times, one article only) has a higher G² but fails a range gate of 2 articles.
Stopwords are folded as themes fold them: "hoà_bình" (old tone placement) and "Hòa bình" both
exclude the word "hòa_bình".
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from danvan.compare.keyness import document_term_matrix, keyness, range_gate_summary, significant


@pytest.fixture
def documents() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["X1", "X2", "Y1", "Y2"],
        "province": ["Hà Tĩnh", "Hà Tĩnh", "Hà Nội", "Hà Nội"],
    })


@pytest.fixture
def paragraphs() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["X1", "X2", "X2", "Y1", "Y2"],
        "paragraph_id": [0, 0, 1, 0, 0],
        "words": ["cán_bộ dân đê_điều", "cán_bộ dân", "đê_điều hiếm hiếm hiếm",
                  "cán_bộ dân giám_sát", "cán_bộ dân giám_sát"],
    })


def test_document_term_matrix(paragraphs, documents):
    matrix, index, vocab = document_term_matrix(paragraphs, pd.Index(documents["doc_id"]))
    assert index.tolist() == ["X1", "X2", "Y1", "Y2"]
    col = list(vocab).index("hiếm")
    assert matrix[:, col].toarray().ravel().tolist() == [0, 3, 0, 0]
    assert matrix.sum() == 15


def test_planted_word_ranks_first_with_hand_computed_scores(paragraphs, documents):
    kw = keyness(paragraphs, documents, "province", min_range=2, top=None)
    ha_tinh = kw[kw["province"] == "Tỉnh Hà Tĩnh"]
    first = ha_tinh.iloc[0]
    assert first["word"] == "đê_điều" and first["rank"] == 1
    assert (first["freq"], first["freq_rest"], first["size"], first["size_rest"]) == (2, 0, 9, 6)
    assert first["g2"] == pytest.approx(4 * math.log(5 / 3))
    assert first["log_ratio"] == pytest.approx(math.log2(8 / 3))
    assert first["range"] == 2
    assert first["p"] == pytest.approx(0.15295, abs=1e-4)  # χ²(1) upper tail of 2.0433
    # the planted word is absent from the other group's keywords
    ha_noi = kw[kw["province"] == "Thành phố Hà Nội"]
    assert "đê_điều" not in ha_noi["word"].tolist()
    assert ha_noi.iloc[0]["word"] == "giám_sát"
    assert "Williams" in kw.attrs["correction"] and "Benjamini" in kw.attrs["correction"]


def test_range_gate_removes_word_from_one_article(paragraphs, documents):
    gated = keyness(paragraphs, documents, "province", min_range=2, top=None)
    assert "hiếm" not in gated["word"].tolist()
    open_gate = keyness(paragraphs, documents, "province", min_range=1, top=None)
    ha_tinh = open_gate[open_gate["province"] == "Tỉnh Hà Tĩnh"]
    assert ha_tinh.iloc[0]["word"] == "hiếm"  # one article can make a keyword without the gate
    assert ha_tinh.iloc[0]["range"] == 1


def test_positive_only_and_low_n(paragraphs, documents):
    both = keyness(paragraphs, documents, "province", min_range=2, top=None,
                   positive_only=False, min_articles=5)
    assert (both["log_ratio"] < 0).any()
    assert both["low_n"].all()
    shared = both[(both["province"] == "Tỉnh Hà Tĩnh") & (both["word"] == "cán_bộ")].iloc[0]
    # 2 of 9 against 2 of 6: less frequent in Hà Tĩnh
    assert shared["log_ratio"] == pytest.approx(math.log2((2 / 9) / (2 / 6)))


def test_stopwords_and_numbers_are_not_tested_but_count_in_sizes(documents):
    paragraphs = pd.DataFrame({
        "doc_id": ["X1", "X2", "Y1", "Y2"],
        "words": ["của 2022 đê_điều", "của 2022 đê_điều", "dân", "dân"],
    })
    kw = keyness(paragraphs, documents, "province", min_range=2, top=None, stopwords=["Của"])
    ha_tinh = kw[kw["province"] == "Tỉnh Hà Tĩnh"]
    assert ha_tinh["word"].tolist() == ["đê_điều"]
    assert ha_tinh.iloc[0]["size"] == 6  # the stopword and the number still count as tokens


@pytest.fixture
def peace() -> pd.DataFrame:
    """Paragraphs (as the ingest writes them) where hòa_bình is Hà Tĩnh's strongest keyword."""
    return pd.DataFrame({
        "doc_id": ["X1", "X1", "X2", "Y1", "Y2"],
        "paragraph_id": [0, 1, 0, 0, 0],
        "words": ["hòa_bình cán_bộ dân", "hòa_bình", "hòa_bình dân hòa_bình",
                  "cán_bộ dân giám_sát", "cán_bộ dân"],
    })


def test_hoa_binh_is_the_strongest_keyword_without_stopwords(peace, documents):
    kw = keyness(peace, documents, "province", min_range=2, top=None, keep_names=True)
    first = kw[kw["province"] == "Tỉnh Hà Tĩnh"].iloc[0]
    # a = 4 of c = 7 tokens in Hà Tĩnh, b = 0 of d = 5 in Hà Nội: E1 = 7·4/12, G² = 8·ln(12/7)
    assert first["word"] == "hòa_bình" and first["rank"] == 1
    assert (first["freq"], first["size"], first["size_rest"]) == (4, 7, 5)
    assert first["g2"] == pytest.approx(8 * math.log(12 / 7))


@pytest.mark.parametrize("stopword", ["hoà_bình", "Hòa bình", "HOÀ BÌNH"])
def test_stopwords_are_folded_like_themes(peace, documents, stopword):
    kw = keyness(peace, documents, "province", min_range=2, top=None, stopwords=[stopword],
                 keep_names=True)
    assert "hòa_bình" not in kw["word"].tolist()
    assert kw[kw["province"] == "Tỉnh Hà Tĩnh"].empty  # its only positive keyword is gone
    both = keyness(peace, documents, "province", min_range=2, top=None, stopwords=[stopword],
                   positive_only=False, keep_names=True)
    ha_tinh = both[both["province"] == "Tỉnh Hà Tĩnh"]
    assert ha_tinh["word"].tolist() == ["dân"]  # the one word left in both Hà Tĩnh articles
    assert ha_tinh.iloc[0]["size"] == 7  # the stopword still counts in the group's size
    assert kw.attrs["excluded"].startswith("1 stopwords")


def test_significant_keeps_adjusted_p_below_alpha(paragraphs, documents):
    kw = keyness(paragraphs, documents, "province", min_range=1, top=None)
    assert kw.attrs["min_range"] == 1
    # four articles are far too few: nothing survives Benjamini–Hochberg at 0.05 ...
    assert significant(kw).empty
    # ... and the filter is on p_adj: a looser alpha keeps exactly the rows below it
    loose = significant(kw, alpha=0.9)
    assert loose["p_adj"].lt(0.9).all() and len(loose) == kw["p_adj"].lt(0.9).sum() > 0


def test_range_gate_summary_counts_groups_that_keep_a_keyword(paragraphs, documents):
    gates = range_gate_summary(paragraphs, documents, "province", (1, 2, 3), top=None)
    assert gates.index.tolist() == [1, 2, 3]
    # gate 2: đê_điều (Hà Tĩnh) and giám_sát (Hà Nội); gate 3: no word is in 3 articles of a group
    assert gates["n_groups"].tolist() == [2, 2, 0]
    assert gates.loc[2, "groups"] == "Hà Nội, Hà Tĩnh"
    assert gates.loc[3, "groups"] == ""
    assert gates["n_significant"].tolist() == [0, 0, 0]


def _vectorizer_dtm(paragraphs, doc_ids=None, column="words"):
    """The oracle: scikit-learn's CountVectorizer over each document's joined words, columns of
    one folded word merged."""
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction.text import CountVectorizer

    from danvan.core.text import fold_word

    texts = paragraphs.groupby("doc_id", sort=False)[column].agg(lambda s: " ".join(s.dropna().astype(str)))
    if doc_ids is not None:
        texts = texts.reindex(doc_ids).fillna("")
    vec = CountVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False, dtype=np.int64)
    matrix, vocab = vec.fit_transform(texts.tolist()).tocsr(), vec.get_feature_names_out()
    merged, codes = np.unique(np.array([fold_word(w) for w in vocab], dtype=object), return_inverse=True)
    fold_map = sparse.csr_matrix((np.ones(len(vocab), np.int64), (np.arange(len(vocab)), codes)),
                                 shape=(len(vocab), len(merged)))
    return (matrix @ fold_map).tocsr(), list(texts.index), merged.astype(str)


def test_document_term_matrix_in_columns_equals_the_vectorizer(sample):
    import pandas as pd

    from danvan.compare.keyness import document_term_matrix

    paragraphs = sample.paragraphs
    ids = pd.Index([*list(sample.documents["doc_id"])[::-1], "missing"], name="doc_id")
    for doc_ids in (None, ids, ids[:2]):
        got, index, vocab = document_term_matrix(paragraphs, doc_ids)
        want, want_index, want_vocab = _vectorizer_dtm(paragraphs, doc_ids)
        assert list(index) == want_index and list(vocab) == list(want_vocab)
        assert (got != want).nnz == 0
    got, _, vocab = document_term_matrix(paragraphs, ids)
    assert got[-1].nnz == 0 and len(vocab) == 680  # "missing" has no paragraph
    assert got.sum() == sum(len(w.split()) for w in paragraphs["words"].dropna())
