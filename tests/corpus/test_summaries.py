"""The corpus-overview tables, checked against the five sample articles in data/raw and small
hand-made frames."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from danvan.core.provenance import lexicon_version
from danvan.corpus.ingest.resources import abbreviations, lexicon_terms
from danvan.corpus.load import load_corpus
from danvan.corpus.summaries import (
    ARTICLES,
    INPUTS,
    LISTED,
    METHODS_COLUMNS,
    OCCURRENCES,
    OVERVIEW_COLUMNS,
    SHARE,
    UNKNOWN,
    WITHIN,
    abbreviation_table,
    capital_words,
    coverage_table,
    date_place_sources,
    lexicon_table,
    methods_glossary,
    methods_table,
    overview_table,
    present_fields,
    province_levels,
    sentence_tokens,
    status_counts,
    term_counts,
    top_words,
    year_counts,
)
from danvan.reading.kwic import kwic

HCM, HN, HP, HT = "Thành phố Hồ Chí Minh", "Thành phố Hà Nội", "Thành phố Hải Phòng", "Tỉnh Hà Tĩnh"
DOC_IDS = ["000_1f2eb3cf792dc190", "001_2514309eff9800d1", "002_01ff7b62b503a632",
           "003_32e42dc5755c558f", "004_c4ff23b0dfae42e9"]


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(progress=False)


def test_overview_has_one_row_per_article_labelled_by_doc_id(corpus):
    table = overview_table(corpus)
    assert list(table.index) == DOC_IDS and table.index.name == "doc_id"
    assert list(table.columns) == OVERVIEW_COLUMNS
    assert table["n_tokens"].tolist() == [675, 586, 493, 491, 560]
    assert table.loc["001_2514309eff9800d1", "outlet"] == "Báo Hà Tĩnh (baohatinh.vn)"


def test_sources_say_how_dates_and_places_were_found(corpus):
    table = date_place_sources(corpus)
    assert list(table.columns) == ["date_source", "place_source"]
    assert table.loc["001_2514309eff9800d1", "place_source"] == "province scores: Tỉnh Hà Tĩnh 2"
    assert table.loc["003_32e42dc5755c558f", "date_source"].startswith(
        "published: date line '19:42 | 03/12/2020'")


def test_status_counts_list_every_status_even_at_zero(corpus):
    sample = status_counts(corpus.ingest_report)
    # the sample's SOURCES.md is reported as a skipped entry (issue 17)
    assert sample[INPUTS].to_dict() == {"ok": 5, "duplicate": 0, "rejected": 0, "skipped": 1}
    assert sample.iloc[:, 1].round(1).tolist() == [83.3, 0.0, 0.0, 16.7]
    report = pd.DataFrame({"status": ["ok", "rejected", "ok", "duplicate", "skipped"]})
    mixed = status_counts(report)
    assert mixed[INPUTS].to_dict() == {"ok": 2, "duplicate": 1, "rejected": 1, "skipped": 1}
    assert mixed.iloc[:, 1].tolist() == [40.0, 20.0, 20.0, 20.0]


def test_coverage_counts_dates_years_and_places(corpus):
    table = coverage_table(corpus)
    # published: 002, 003; event: all but 001 and 004 (no year named); year: the same; every
    # article has a province (so year and province: 3) and a level; 002 has no outlet
    assert table[ARTICLES].tolist() == [2, 3, 3, 5, 3, 5, 4]
    assert table[SHARE].tolist() == [40.0, 60.0, 60.0, 100.0, 60.0, 100.0, 80.0]
    fields = present_fields(corpus)
    assert fields.loc[1].tolist() == [False, False, True, True, True, False]  # 001: no date at all
    assert not fields.loc[2, "outlet"]


def test_province_levels_on_the_sample(corpus):
    table = province_levels(corpus)
    assert list(table.index) == [HCM, HN, HP, HT]  # most articles first, then by name
    assert list(table.columns) == ["tỉnh / province", "huyện / district", "tổng / total"]
    assert table.loc[HCM].tolist() == [1, 1, 2]
    assert table.loc[HT].tolist() == [1, 0, 1]


def test_province_levels_put_unknowns_last_and_levels_top_down():
    docs = pd.DataFrame({"province": [None, "Tỉnh B", "Tỉnh A", "", "Tỉnh B"],
                         "admin_level": ["central", "commune", None, "central", "province"]})
    table = province_levels(docs)
    assert list(table.index) == ["Tỉnh B", "Tỉnh A", UNKNOWN]
    assert list(table.columns) == ["trung ương / central", "tỉnh / province", "xã / commune", UNKNOWN,
                                   "tổng / total"]
    assert table.loc[UNKNOWN].tolist() == [2, 0, 0, 0, 2]
    assert table.loc["Tỉnh A"].tolist() == [0, 0, 0, 1, 1]


def test_year_counts_fill_every_year_of_the_span(corpus):
    counts = year_counts(corpus)
    assert counts.to_dict() == {2018: 1, 2019: 0, 2020: 1, 2021: 0, 2022: 1}
    none = year_counts(pd.DataFrame({"published": [pd.NaT], "event_date": [pd.NaT]}))
    assert none.empty


def test_sentence_tokens_show_the_first_sentence(corpus):
    table = sentence_tokens(corpus.tokens)
    assert len(table) == 25 and set(table["doc_id"]) == {DOC_IDS[0]}
    assert table["word"].head(5).tolist() == ["Sáng", "22/1", ",", "Ban Dân vận", "Thành ủy"]
    assert table.loc[5, ["word", "lemma"]].tolist() == ["TPHCM", "thành_phố_hồ_chí_minh"]
    other = sentence_tokens(corpus.tokens, doc_id=DOC_IDS[1], n=3)
    assert set(other["doc_id"]) == {DOC_IDS[1]} and len(other) == 3


def test_top_words_count_words_and_articles(corpus):
    table = top_words(corpus.tokens)
    assert len(table) == 20 and table.index.name == "từ / word"
    assert table.iloc[:3, 0].to_dict() == {"các": 115, "của": 100, "và": 74}
    assert table.loc["công_tác_dân_vận"].tolist() == [37, 4]
    assert "," not in table.index


def test_data_files_as_tables():
    abbr = abbreviation_table()
    assert len(abbr) == len(abbreviations())
    assert abbr.iloc[0].tolist() == ["UBND", "Ủy ban nhân dân"]
    lexicon = lexicon_table()
    assert lexicon.iloc[:, 0].tolist() == lexicon_terms() and "Ban Dân vận" in lexicon_terms()
    assert lexicon.attrs["version"] == lexicon_version()


def test_term_counts_on_the_sample(corpus):
    terms = ["dân giám sát", "MTTQ", "dân vận", "HĐND", "công tác dân vận", "Dân vận khéo"]
    table = term_counts(corpus, terms, find=kwic)
    assert table.attrs["n_documents"] == 5
    assert table[[ARTICLES, OCCURRENCES]].to_dict("index") == {
        "dân vận": {ARTICLES: 5, OCCURRENCES: 63},
        "công tác dân vận": {ARTICLES: 4, OCCURRENCES: 37},
        "MTTQ": {ARTICLES: 2, OCCURRENCES: 3},
        "Dân vận khéo": {ARTICLES: 2, OCCURRENCES: 3},
        "HĐND": {ARTICLES: 1, OCCURRENCES: 1},
        "dân giám sát": {ARTICLES: 0, OCCURRENCES: 0},
    }
    # most articles first, then most occurrences, then the order given (MTTQ before Dân vận khéo)
    assert list(table.index) == ["dân vận", "công tác dân vận", "MTTQ", "Dân vận khéo", "HĐND",
                                 "dân giám sát"]
    assert table[SHARE].tolist() == [100.0, 80.0, 40.0, 40.0, 20.0, 0.0]


def test_term_counts_tell_formula_chains_from_a_part_used_alone() -> None:
    from danvan.phrases.formula import formula_hits

    text = ("Thực hiện tốt phương châm dân biết, dân bàn, dân làm, dân kiểm tra. Kết quả được công bố "
            "để dân biết và để nhân dân giám sát; dân giám sát việc chi tiêu.")
    docs = pd.DataFrame({"doc_id": ["a"], "title": ["T"], "province": [None], "text": [text]})
    table = term_counts(docs, ["dân biết", "dân giám sát", "dân bàn"], find=kwic, within=formula_hits(docs))
    assert table[[OCCURRENCES, WITHIN]].to_dict("index") == {
        "dân biết": {OCCURRENCES: 2, WITHIN: 1},  # in the chain, then "để dân biết" alone
        "dân giám sát": {OCCURRENCES: 1, WITHIN: 0},  # not inside "nhân dân giám sát"
        "dân bàn": {OCCURRENCES: 1, WITHIN: 1},
    }
    assert list(table.columns) == [ARTICLES, OCCURRENCES, SHARE, WITHIN]


def test_term_counts_search_once_per_distinct_term(corpus):
    calls = []

    def find(c, term):
        calls.append(term)
        return kwic(c, term)

    table = term_counts(corpus, ["UBND", "Bí thư", "UBND"], find=find)
    assert calls == ["UBND", "Bí thư"]
    assert table[ARTICLES].to_dict() == {"Bí thư": 5, "UBND": 4}
    assert table[OCCURRENCES].to_dict() == {"Bí thư": 14, "UBND": 16}


# --- the methods glossary (issue 15) and the capitalised words of the abbreviation exercise ---

METHODS_ROW = "Phương pháp / Methods"
#: The analysis terms the notebooks' "Phương pháp / Methods" rows name (English side), read off
#: the headers of notebooks 00-04 by hand; each must be a glossary term (or its English name).
HEADER_TERMS = ["KWIC", "Unicode normalisation", "word segmentation", "domain lexicon", "TF-IDF",
                "stopword", "NMF", "k-means", "silhouette", "NPMI", "ARI", "Jaccard", "n-gram",
                "range", "collocation", "MI", "t-score", "G²", "logDice", "DP", "bootstrap",
                "Log Ratio", "choropleth", "per 10,000 words", "flexible phrase matching"]


def methods_rows() -> dict[str, str]:
    """Notebook file name -> the English side of its header's Methods row."""
    import nbformat
    from project_paths import ROOT

    from danvan.report.header import notebook_header

    paths = sorted((ROOT / "notebooks").rglob("[0-9][0-9]_*.ipynb"))
    return {p.name: notebook_header(nbformat.read(p, as_version=4)).rows[METHODS_ROW][1] for p in paths}


def test_methods_glossary_lists_29_terms_with_every_field():
    terms = methods_glossary()
    assert list(terms.columns) == METHODS_COLUMNS
    assert len(terms) == 29
    assert terms["notebook"].value_counts().to_dict() == {"03": 10, "02": 9, "04": 5, "01": 3, "00": 2}
    row = terms.set_index("term").loc["phạm vi"]
    assert (row["vi"], row["en"], row["notebook"]) == ("phạm vi", "range", "03")
    assert terms.set_index("term").loc["G²", "en"] == "log-likelihood G²"
    assert terms.map(bool).all().all()


def test_every_term_of_the_methods_rows_is_in_the_glossary():
    rows = methods_rows()
    assert {"00_glossary.ipynb", "01_corpus_overview.ipynb", "04_cross_province.ipynb"} <= set(rows)
    text = " ".join(rows.values()).casefold()
    terms = methods_glossary()
    names = {n.casefold() for n in [*terms["term"], *terms["en"]]}
    for term in HEADER_TERMS:  # the list is grounded in the headers...
        assert term.casefold() in text, f"{term!r} is not in any Methods row"
        # ...and each is a term, or part of an English name, of the glossary
        assert any(term.casefold() == n or re.search(rf"\b{re.escape(term.casefold())}\b", n)
                   for n in names), f"{term!r} is missing from methods_glossary.tsv"
    # any acronym a Methods row names (TF-IDF, G², DP…) is a glossary term
    acronyms = set(re.findall(r"\b[A-Z][A-Z²-]*[A-Z²](?![a-z])", " ".join(rows.values())))
    assert acronyms >= {"TF-IDF", "NMF", "KWIC", "G²", "DP", "ARI", "NPMI", "MI"}
    assert acronyms <= set(terms["term"]), acronyms - set(terms["term"])


def test_methods_table_is_bilingual_ordered_by_notebook_and_filters():
    table = methods_table()
    assert table.index.name == "thuật ngữ / term"
    assert list(table.columns) == ["tiếng Việt / Vietnamese", "English", "giải thích", "explanation",
                                   "notebook"]
    assert list(table["notebook"]) == sorted(table["notebook"])
    assert list(table.index[:3]) == ["từ điển thuật ngữ", "KWIC", "kho văn bản"]
    assert list(methods_table("04").index) == ["bootstrap", "khoảng tin cậy", "keyness", "Log Ratio",
                                               "bản đồ tô màu"]


def test_capital_words_flag_the_abbreviations_the_table_lacks(corpus):
    words = capital_words(corpus.tokens)
    # PAPI and SIPAS (two governance indices) are not in abbreviations.tsv; Roman numerals
    # (XII, XIII, XVIII) are left out; HĐND counts as capitals (Đ is a capital letter)
    assert list(words.index[:2]) == ["PAPI", "SIPAS"]
    assert not words.loc[["PAPI", "SIPAS"], LISTED].any() and words[LISTED].iloc[2:].all()
    assert words.loc["UBND"].tolist() == [16, 4, True]
    assert {"XII", "XIII", "XVIII", "TP.", "Đảng"}.isdisjoint(words.index)
    assert {"HĐND", "T.Ư", "QP-AN"} <= set(words.index)


def test_capital_words_on_a_hand_made_table():
    tokens = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b", "b", "b", "b"],
        "word": ["TP.", "UBND", "XIII", "Ubnd", "PAPI", ",", "ubnd"],
        "is_punct": [False, False, False, False, False, True, False],
    })
    words = capital_words(tokens)
    # "Ubnd"/"ubnd" are not in capitals, XIII is a Roman numeral, "TP." is the listed "TP"
    assert list(words.index) == ["PAPI", "TP.", "UBND"]
    assert words[LISTED].tolist() == [False, True, True]
    assert words[ARTICLES].tolist() == [1, 1, 1]


def test_how_years_and_provinces_were_found_on_the_sample():
    from danvan.corpus.load import load_corpus
    from danvan.corpus.summaries import ARTICLES, evidence_table, place_evidence, year_evidence

    docs = load_corpus(progress=False).documents
    # 002 and 003 carry a publication date; 000 prints "Sáng 22/1" and only names 2021 and 2022
    assert dict(zip(docs["doc_id"].str[:3], year_evidence(docs), strict=True)) == {
        "000": "inferred", "001": "none", "002": "published", "003": "published", "004": "none"}
    assert set(place_evidence(docs)) == {"text"}  # every province found in the text
    table = evidence_table(docs)[ARTICLES]
    assert table.loc["năm / year"].tolist() == [2, 0, 0, 1, 2]
    assert table.loc["tỉnh / province"].tolist() == [0, 5, 0, 0]
    assert table.loc["cấp / level"].tolist() == [5, 0, 0]  # each lead names its organising body


def test_evidence_of_hand_made_rows():
    from danvan.corpus.summaries import place_evidence, year_evidence

    docs = pd.DataFrame({
        "published": [pd.NaT, pd.NaT, pd.Timestamp("2020-01-01"), pd.NaT],
        "event_date": [pd.Timestamp("2019-05-01"), pd.Timestamp("2018-01-02"), pd.NaT, pd.NaT],
        "event_year": ["printed", "inferred", None, None],
        "province": ["Tỉnh Hà Tĩnh", None, "Thành phố Hà Nội", None],
        "place_source": ["province given in the input ('Hà Tĩnh')", "", "province scores: …", ""],
        "admin_level": ["province", "central", "province", None],
    })
    assert year_evidence(docs).tolist() == ["printed", "inferred", "published", "none"]
    assert place_evidence(docs).tolist() == ["given", "central", "text", "none"]


def test_a_level_the_model_guessed_is_told_apart():
    from danvan.corpus.summaries import level_evidence

    docs = pd.DataFrame({
        "province": [None, "Tỉnh Hà Tĩnh", None],
        "admin_level": ["central", "province", None],
        "place_source": ["no place named often enough (none); no organising body found: level central "
                         "guessed by the model (65%)", "province scores: Tỉnh Hà Tĩnh 3", ""],
    })
    assert level_evidence(docs).tolist() == ["model", "rules", "none"]


def test_token_summaries_read_columns_without_loading_the_tokens_table(corpus):
    """Given the corpus rather than its tokens table, the summaries read only the columns they need
    (the table never enters pandas whole) and give the same tables; a filtered corpus keeps its
    documents' tokens."""
    from danvan.compare import subcorpus
    from danvan.corpus.load import Corpus

    fresh = Corpus(corpus.folder, corpus.meta)
    pd.testing.assert_frame_equal(capital_words(fresh), capital_words(corpus.tokens))
    pd.testing.assert_frame_equal(top_words(fresh), top_words(corpus.tokens))
    pd.testing.assert_frame_equal(sentence_tokens(fresh), sentence_tokens(corpus.tokens))
    pd.testing.assert_frame_equal(sentence_tokens(fresh, doc_id=DOC_IDS[1], n=3),
                                  sentence_tokens(corpus.tokens, doc_id=DOC_IDS[1], n=3))
    assert "tokens" not in vars(fresh)
    part = subcorpus(Corpus(corpus.folder, corpus.meta), {"province": [HT]})
    ids = set(part.documents["doc_id"])
    assert ids == {DOC_IDS[1]}
    alone = corpus.tokens[corpus.tokens["doc_id"].isin(ids)]
    pd.testing.assert_frame_equal(top_words(part), top_words(alone))
    assert top_words(part).iloc[:, 1].max() == 1  # one article
