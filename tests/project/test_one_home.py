"""A concept computed in one place gives one answer everywhere it is used (the copies that used to
disagree: document year, stopword folding, corpus stem)."""

from __future__ import annotations

import pandas as pd

from danvan.compare import group_labels
from danvan.compare.keyness import keyness
from danvan.core.paths import corpus_stem, processed_dir_for, reports_dir_for
from danvan.core.stopwords import stopword_set
from danvan.corpus.tables import document_year
from danvan.phrases.hits import phrase_rates
from danvan.themes.features import build_features
from danvan.themes.result import document_table


def test_every_stage_gives_each_document_the_same_year(sample, hits) -> None:
    docs = sample.documents
    years = document_year(docs).set_axis(docs["doc_id"])
    assert years.dropna().astype(int).sort_values().tolist() == [2018, 2020, 2022]  # 001, 004: no year
    by_group = group_labels(docs, "year")
    assert (by_group.astype("Int64") == years).fillna(by_group.isna() & years.isna()).all()
    themes = document_table(docs).set_index("doc_id")["year"]
    assert themes.reindex(years.index).equals(years)
    rates = phrase_rates(sample, hits).drop_duplicates("doc_id").set_index("doc_id")["year"]
    assert rates.astype("Int64").reindex(years.index).dropna().equals(years.dropna())


def test_stopwords_fold_the_same_in_themes_and_keyness() -> None:
    paragraphs = pd.DataFrame({
        "doc_id": ["a", "a", "b", "b"],
        "words": ["thủy_lợi thủy_lợi xã", "thủy_lợi đất", "đất xã", "xã đất"],
    })
    documents = pd.DataFrame({"doc_id": ["a", "b"], "province": ["Hà Tĩnh", "Huế"],
                              "n_tokens": [5, 4]})
    stop = ["Thuỷ lợi"]  # old tone placement, a capital, a space
    assert stopword_set(stop) == {"thủy_lợi"}
    kept = keyness(paragraphs, documents, "province", min_range=1, min_articles=1)
    assert "thủy_lợi" in set(kept["word"])  # a keyword of Hà Tĩnh, unless stopped
    table = keyness(paragraphs, documents, "province", stopwords=stop, min_range=1, min_articles=1)
    assert "thủy_lợi" not in set(table["word"])
    assert "thủy_lợi" in set(build_features(paragraphs["words"], stopwords=[]).terms)
    features = build_features(paragraphs["words"], stopwords=stop)
    assert "thủy_lợi" not in set(features.terms) and "đất" in set(features.terms)


def test_both_folders_of_a_corpus_take_one_stem(tmp_path) -> None:
    source = tmp_path / "news.ndjson.gz"
    assert corpus_stem(source) == "news"
    assert reports_dir_for(source).name == "news"
    assert processed_dir_for(source).name.startswith("news-")
