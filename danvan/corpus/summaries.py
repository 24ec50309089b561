"""Tables that describe a corpus (notebooks 00 and 01): one row per article, how dates and places
were found, what the ingest kept, how many articles know their date and place, articles by
province × level, articles per year, frequent words, the package's data files, term counts.

Tables meant for reading carry bilingual headers (``số bài / articles``); the constants below name
them, so the findings sentences read the same columns the page shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from danvan.core.provenance import lexicon_version
from danvan.core.text import fold
from danvan.corpus.ingest.resources import data_rows, lexicon_terms
from danvan.corpus.schema import ADMIN_LEVELS, LEVEL_GUESSED, LEVELS_VI
from danvan.corpus.tables import dictionary_array, document_year, documents_of, token_columns

__all__ = [
    "OVERVIEW_COLUMNS", "LEVEL_NAMES", "UNKNOWN", "ARTICLES", "SHARE", "INPUTS",
    "OCCURRENCES", "TERM", "WITHIN", "inside_spans", "known", "present_fields", "overview_table",
    "date_place_sources", "status_counts",
    "coverage_table", "province_levels", "year_counts", "sentence_tokens", "top_words",
    "abbreviation_table", "lexicon_table", "term_counts", "METHODS_COLUMNS", "methods_glossary",
    "methods_table", "LISTED", "capital_words", "year_evidence", "place_evidence", "level_evidence",
    "evidence_table",
]

OVERVIEW_COLUMNS = ["title", "outlet", "province", "province_2025", "admin_level", "published",
                    "event_date", "author", "n_paragraphs", "n_sentences", "n_tokens"]
#: Levels of the organising body (the schema's ``admin_level`` values), bilingual.
LEVEL_NAMES = {level: f"{LEVELS_VI[level]} / {level}" for level in ADMIN_LEVELS}
STATUSES = ("ok", "duplicate", "rejected", "skipped")
UNKNOWN = "(không rõ / unknown)"
ARTICLES = "số bài / articles"
SHARE = "% bài / % of articles"
INPUTS = "số đầu vào / inputs"
OCCURRENCES = "số lần / occurrences"
TERM = "thuật ngữ / term"
WITHIN = "trong công thức / in the formula"
TOTAL = "tổng / total"
LISTED = "trong bảng / listed"
#: Rows of :func:`coverage_table`: what an article may carry, and the columns that say it does.
COVERAGE = {
    "ngày đăng / publication date": ("published",),
    "ngày sự kiện / event date": ("event_date",),
    "năm (đăng hoặc sự kiện) / year (published or event)": ("year",),
    "tỉnh, thành / province": ("province",),
    "cả năm và tỉnh, thành / both a year and a province": ("year", "province"),
    "cấp tổ chức / organising level": ("admin_level",),
    "cơ quan báo chí / outlet": ("outlet",),
}


def known(values: pd.Series) -> pd.Series:
    """True where a value is present (not NA, not blank text)."""
    text = values.astype("string").str.strip()
    return values.notna() & text.ne("").fillna(False).astype(bool)


def overview_table(documents: Any) -> pd.DataFrame:
    """One row per article (row label: ``doc_id``) with the columns a reader checks first."""
    docs = documents_of(documents)
    return docs.set_index("doc_id")[[c for c in OVERVIEW_COLUMNS if c in docs]]


def date_place_sources(documents: Any) -> pd.DataFrame:
    """How each article's dates and province were found (``date_source``, ``place_source``)."""
    return documents_of(documents).set_index("doc_id")[["date_source", "place_source"]]


#: How an article's year was found (:func:`year_evidence`), most trustworthy first.
YEAR_EVIDENCE = {
    "published": "năm đăng / publication year",
    "printed": "năm in cùng ngày sự kiện / printed with the event's day",
    "from_published": "năm sự kiện theo ngày đăng / event year from the publication date",
    "inferred": "năm suy ra từ các năm bài nhắc / inferred from the years the text names",
    "none": "không có năm / no year",
}
#: How an article's province was found (:func:`place_evidence`).
PLACE_EVIDENCE = {
    "given": "tỉnh do đầu vào cho / given by the input",
    "text": "tỉnh tìm thấy trong bài / found in the text",
    "central": "cơ quan trung ương, không thuộc tỉnh nào / a central body, no province",
    "none": "không xác định được tỉnh / no province found",
}
#: How an article's admin level was found (:func:`level_evidence`).
LEVEL_EVIDENCE = {
    "rules": "cơ quan tổ chức tìm thấy trong bài / the organising body found in the text",
    "model": "mô hình học máy đoán, không thấy cơ quan tổ chức / guessed by the learned model, no body found",
    "none": "không xác định được cấp / no level",
}


def year_evidence(documents: Any) -> pd.Series:
    """Per document, where its year (:func:`document_year`) comes from: ``published``, the
    ``event_year`` of the event date (``printed``, ``from_published``, ``inferred``), or ``none``."""
    docs = documents_of(documents)
    out = pd.Series("none", index=docs.index, dtype=object)
    if "event_year" in docs and "event_date" in docs:
        dated = known(docs["event_date"])
        how = docs["event_year"].astype("string").fillna("inferred")
        out[dated] = how[dated].where(how[dated].isin(list(YEAR_EVIDENCE)), "inferred").to_numpy()
    elif "event_date" in docs:
        out[known(docs["event_date"])] = "inferred"
    if "published" in docs:
        out[known(docs["published"])] = "published"
    return out


def _known_in(docs: pd.DataFrame, column: str) -> pd.Series:
    """Whether each document has a value in ``column`` (none where the table lacks it)."""
    return known(docs[column]) if column in docs else pd.Series(False, index=docs.index)


def _place_source(docs: pd.DataFrame) -> pd.Series:
    """``place_source`` as strings, empty where missing."""
    if "place_source" not in docs:
        return pd.Series("", index=docs.index, dtype="string")
    return docs["place_source"].astype("string").fillna("")


def place_evidence(documents: Any) -> pd.Series:
    """Per document, how its province was found: ``given`` by the input, found in the ``text``,
    ``central`` (a central body and no province), or ``none``."""
    docs = documents_of(documents)
    placed = _known_in(docs, "province")
    given = placed & _place_source(docs).str.startswith("province given in the input").astype(bool)
    central = (~placed & (docs["admin_level"].astype("string") == "central").fillna(False)
               if "admin_level" in docs else pd.Series(False, index=docs.index))
    out = pd.Series("none", index=docs.index, dtype=object)
    out[placed] = "text"
    out[given] = "given"
    out[central.astype(bool)] = "central"
    return out


def level_evidence(documents: Any) -> pd.Series:
    """Per document, how its admin level was found: from the organising body the ``rules`` read in
    the text, guessed by the learned ``model`` where they found none
    (:mod:`danvan.corpus.ingest.level_model`, said in ``place_source``), or ``none``."""
    docs = documents_of(documents)
    leveled = _known_in(docs, "admin_level")
    guessed = leveled & _place_source(docs).str.contains(LEVEL_GUESSED, regex=False).astype(bool)
    out = pd.Series("none", index=docs.index, dtype=object)
    out[leveled] = "rules"
    out[guessed] = "model"
    return out


def evidence_table(documents: Any) -> pd.DataFrame:
    """How the years, provinces and admin levels of the articles were found (rows:
    :data:`YEAR_EVIDENCE`, :data:`PLACE_EVIDENCE`, then :data:`LEVEL_EVIDENCE`), as :data:`ARTICLES`
    and :data:`SHARE` (%): an inferred year, a province scored from the names in the text or a level
    the model guessed is a guess to check, not a printed fact."""
    docs = documents_of(documents)
    n = max(len(docs), 1)
    rows = []
    for what, how, labels in (("năm / year", year_evidence(docs), YEAR_EVIDENCE),
                              ("tỉnh / province", place_evidence(docs), PLACE_EVIDENCE),
                              ("cấp / level", level_evidence(docs), LEVEL_EVIDENCE)):
        counts = how.value_counts()
        rows += [(what, label, int(counts.get(key, 0))) for key, label in labels.items()]
    out = pd.DataFrame(rows, columns=["field", "how", ARTICLES]).set_index(["field", "how"])
    out.index.names = ["trường / field", "cách tìm / how found"]
    out[SHARE] = 100 * out[ARTICLES] / n
    return out


def status_counts(ingest_report: pd.DataFrame) -> pd.DataFrame:
    """Inputs per ingest status: ``ok``, ``duplicate``, ``rejected`` (always listed, 0 when none),
    then any other status; columns :data:`INPUTS` and their share of all inputs (%)."""
    counts = ingest_report["status"].value_counts()
    order = [*STATUSES, *sorted(set(counts.index) - set(STATUSES))]
    out = counts.reindex(order, fill_value=0).astype(int).rename_axis("status").to_frame(INPUTS)
    out["% đầu vào / % of inputs"] = 100 * out[INPUTS] / max(len(ingest_report), 1)
    return out


def present_fields(documents: Any) -> pd.DataFrame:
    """One boolean row per document: whether it has a ``published`` date, an ``event_date``, a
    ``year`` (:func:`document_year`), a ``province``, an ``admin_level``, an ``outlet``."""
    docs = documents_of(documents)
    cols = {c: known(docs[c]) if c in docs else pd.Series(False, index=docs.index)
            for c in ("published", "event_date", "province", "admin_level", "outlet")}
    cols["year"] = document_year(docs).notna()
    return pd.DataFrame(cols, index=docs.index)


def coverage_table(documents: Any) -> pd.DataFrame:
    """How many articles carry a publication date, an event date, a year, a province, both a year
    and a province, a level and an outlet (rows), as :data:`ARTICLES` and :data:`SHARE` (%)."""
    docs = documents_of(documents)
    present = present_fields(docs)
    n = [int(present[list(cols)].all(axis=1).sum()) for cols in COVERAGE.values()]
    out = pd.DataFrame({ARTICLES: n}, index=pd.Index(list(COVERAGE), name="bài có / articles with"))
    out[SHARE] = 100 * out[ARTICLES] / max(len(docs), 1)
    return out


def province_levels(documents: Any) -> pd.DataFrame:
    """Articles by province (rows, :data:`UNKNOWN` last) × organising level (columns, top down,
    :data:`UNKNOWN` last), with a total column; provinces with most articles first."""
    docs = documents_of(documents)
    province = docs["province"].where(known(docs["province"])).astype("string").fillna(UNKNOWN)
    level = docs["admin_level"].where(known(docs["admin_level"])).astype("string")
    level = level.map(lambda v: LEVEL_NAMES.get(v, v), na_action="ignore").fillna(UNKNOWN)
    wide = pd.crosstab(province.rename("tỉnh, thành / province"), level.rename("cấp / level"))
    named = [LEVEL_NAMES[lv] for lv in ADMIN_LEVELS]
    columns = [c for c in named if c in wide] + sorted(set(wide) - {*named, UNKNOWN})
    wide = wide[columns + ([UNKNOWN] if UNKNOWN in wide else [])].astype(int)
    wide[TOTAL] = wide.sum(axis=1)
    order = sorted(wide.index, key=lambda p: (p == UNKNOWN, -wide.at[p, TOTAL], fold(p)))
    return wide.loc[order]


def year_counts(documents: Any) -> pd.Series:
    """Articles per year (:func:`document_year`), every year from the first to the last, years
    without an article as 0; empty when no article has a year."""
    years = document_year(documents_of(documents)).dropna().astype(int)
    if years.empty:
        return pd.Series([], index=pd.Index([], dtype=int, name="year"), dtype=int, name=ARTICLES)
    span = pd.RangeIndex(years.min(), years.max() + 1, name="year")
    return years.value_counts().reindex(span, fill_value=0).astype(int).rename(ARTICLES)


def sentence_tokens(tokens: Any, doc_id: str | None = None, sentence: int = 0,
                    n: int = 25) -> pd.DataFrame:
    """The first ``n`` tokens of one sentence (default: the first sentence of the first article):
    word as printed, ``norm`` (lower case, lexicon terms joined by ``_``), ``lemma`` (abbreviations
    expanded) and character offsets into the text. ``tokens``: a corpus (only that article's
    tokens are read) or its tokens table."""
    cols = ["doc_id", "sentence_id", "position", "word", "norm", "lemma", "start", "end"]
    shown = [c for c in cols if c != "sentence_id"]
    if doc_id is None:
        ids = tokens["doc_id"] if isinstance(tokens, pd.DataFrame) else documents_of(tokens)["doc_id"]
        doc_id = ids.iloc[0] if len(ids) else None
    if doc_id is None:
        return pd.DataFrame(columns=shown)
    picked = token_columns(tokens, cols, dictionary=(), doc_id=doc_id).to_pandas()
    picked = picked[picked["sentence_id"] == sentence]
    return picked.sort_values("position")[shown].head(n).reset_index(drop=True)


def _codes(column: pa.ChunkedArray) -> tuple[np.ndarray, list[str]]:
    """Dictionary codes and values of a string column (dictionary-encoded or not)."""
    arr = dictionary_array(column)
    return arr.indices.to_numpy(zero_copy_only=False).astype(np.int64), arr.dictionary.to_pylist()


def _word_counts(tokens: Any, column: str, keep: Callable[[str], bool] | None = None
                 ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The distinct values of a tokens column (punctuation left out, and only those ``keep``
    accepts), with how many times and in how many articles each occurs, counted in columns."""
    table = token_columns(tokens, [column, "doc_id", "is_punct"], dictionary=(column, "doc_id"))
    words = table.filter(pc.invert(pc.fill_null(table.column("is_punct"), False)))
    code, values = _codes(words.column(column))
    doc, _ = _codes(words.column("doc_id"))
    if keep is not None:
        wanted = np.fromiter((keep(v) for v in values), bool, len(values))
        sel = wanted[code] if len(code) else np.zeros(0, bool)
        code, doc = code[sel], doc[sel]
    count = np.bincount(code, minlength=len(values))
    width = int(doc.max(initial=0)) + 1
    articles = np.bincount(np.unique(code * width + doc) // width, minlength=len(values))
    present = np.flatnonzero(count > 0)
    return [values[i] for i in present], count[present], articles[present]


def top_words(tokens: Any, n: int = 20) -> pd.DataFrame:
    """The ``n`` most frequent words (``norm``, punctuation left out; row label: the word) with
    their count and the number of articles they occur in; ties in alphabetical order.
    ``tokens``: a corpus (its tokens read in columns) or its tokens table."""
    words, count, articles = _word_counts(tokens, "norm")
    out = pd.DataFrame({"từ / word": pd.Series(words, dtype="str"), "số lần / count": count,
                        ARTICLES: articles})
    out = out.sort_values(["số lần / count", "từ / word"], ascending=[False, True], kind="stable")
    return out.head(n).set_index("từ / word")


def abbreviation_table() -> pd.DataFrame:
    """The abbreviations the package reads as their full form (``danvan/data/abbreviations.tsv``)."""
    rows = [(r[0].strip(), r[1].strip()) for r in data_rows("abbreviations.tsv") if len(r) > 1]
    return pd.DataFrame(rows, columns=["viết tắt / abbreviation", "dạng đầy đủ / full form"])


def lexicon_table() -> pd.DataFrame:
    """The terms kept as one word (``danvan/data/lexicon.txt``); ``attrs["version"]`` is the
    lexicon version that the processed tables depend on."""
    out = pd.DataFrame({TERM: lexicon_terms()})
    out.attrs["version"] = lexicon_version()
    return out


def term_counts(corpus: Any, terms: Iterable[str], find: Callable[[Any, str], pd.DataFrame],
                within: pd.DataFrame | None = None) -> pd.DataFrame:
    """In how many articles and how many times each term occurs (row label: the term), most
    widespread first (ties keep the order given); ``attrs["n_documents"]`` is the corpus size.

    ``find(corpus, term)`` returns one row per occurrence with ``doc_id`` (and ``start``/``end``)
    columns: :func:`danvan.reading.kwic.kwic`, passed in because the reading stage sits above this
    one. It is called once per distinct term. ``within``: spans (``doc_id``, ``start``, ``end``),
    e.g. :func:`danvan.phrases.formula.formula_hits`; the column :data:`WITHIN` then counts the
    occurrences lying inside one of them (a part of the formula used in a formula chain, not alone).
    """
    n_docs = len(documents_of(corpus))
    rows = []
    for term in dict.fromkeys(terms):
        hits = find(corpus, term)
        row = [term, int(hits["doc_id"].nunique()), len(hits)]
        if within is not None:
            row.append(int(inside_spans(hits, within).sum()))
        rows.append(row)
    columns = [TERM, ARTICLES, OCCURRENCES] + ([WITHIN] if within is not None else [])
    out = pd.DataFrame(rows, columns=columns).set_index(TERM)
    out = out.sort_values([ARTICLES, OCCURRENCES], ascending=False, kind="stable")
    out.insert(2, SHARE, 100 * out[ARTICLES] / max(n_docs, 1))
    out.attrs["n_documents"] = n_docs
    return out


def inside_spans(hits: pd.DataFrame, spans: pd.DataFrame) -> pd.Series:
    """For each hit (``doc_id``, ``start``, ``end``): whether it lies inside one of ``spans``."""
    if hits.empty or spans.empty:
        return pd.Series(False, index=hits.index, dtype=bool)
    pairs = hits[["doc_id", "start", "end"]].reset_index().merge(
        spans[["doc_id", "start", "end"]], on="doc_id", suffixes=("", "_span"))
    ok = (pairs["start_span"] <= pairs["start"]) & (pairs["end"] <= pairs["end_span"])
    found = set(pairs.loc[ok, "index"])
    return pd.Series([i in found for i in hits.index], index=hits.index, dtype=bool)


#: Fields of ``danvan/data/methods_glossary.tsv``, in file order.
METHODS_COLUMNS = ["term", "vi", "en", "explanation_vi", "explanation_en", "notebook"]
_METHODS_HEADERS = {"vi": "tiếng Việt / Vietnamese", "en": "English",
                    "explanation_vi": "giải thích", "explanation_en": "explanation",
                    "notebook": "notebook"}


def methods_glossary() -> pd.DataFrame:
    """The methods terms (``danvan/data/methods_glossary.tsv``), one row each, columns
    :data:`METHODS_COLUMNS`; raises ``ValueError`` on a malformed row or a term listed twice
    (terms compared folded)."""
    rows = [[field.strip() for field in r] for r in data_rows("methods_glossary.tsv")]
    if bad := [r[0] for r in rows if len(r) != len(METHODS_COLUMNS) or not all(r)]:
        raise ValueError(f"methods_glossary.tsv: rows without {len(METHODS_COLUMNS)} fields: {bad}")
    folded = [fold(r[0]) for r in rows]
    if twice := sorted({r[0] for r, f in zip(rows, folded, strict=True) if folded.count(f) > 1}):
        raise ValueError(f"methods_glossary.tsv: terms listed twice: {twice}")
    return pd.DataFrame(rows, columns=METHODS_COLUMNS)


def methods_table(notebook: str | None = None) -> pd.DataFrame:
    """The methods glossary for reading: row label the term, bilingual headers, ordered by the
    notebook that introduces each term (file order within one); only that notebook's terms when
    ``notebook`` (``"02"``) is given."""
    terms = methods_glossary()
    if notebook is not None:
        terms = terms[terms["notebook"] == notebook]
    terms = terms.sort_values("notebook", kind="stable").set_index("term")
    return terms.rename_axis(TERM).rename(columns=_METHODS_HEADERS)


def _capital(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return (len(letters) >= 2 and all(ch.isupper() for ch in letters)
            and re.fullmatch(r"[IVXLCDM]+", word) is None)


def capital_words(tokens: Any) -> pd.DataFrame:
    """Words written in capitals (two letters or more, every letter upper case; Roman numerals
    such as *XIII* left out) with their count, the number of articles, and whether
    :func:`abbreviation_table` lists them (:data:`LISTED`, compared folded; *TP.* is *TP*);
    unlisted words first, then by count. Row label: the word as printed. ``tokens``: a corpus
    (its tokens read in columns, each distinct word tested once) or its tokens table."""
    words, count, articles = _word_counts(tokens, "word", keep=_capital)
    out = pd.DataFrame({"từ viết hoa / capitalised word": pd.Series(words, dtype="str"),
                        "số lần / count": count, ARTICLES: articles})
    listed = {fold(a) for a in abbreviation_table().iloc[:, 0]}
    out[LISTED] = [fold(w) in listed or fold(w.rstrip(".")) in listed for w in out.iloc[:, 0]]
    out = out.sort_values([LISTED, "số lần / count", "từ viết hoa / capitalised word"],
                          ascending=[True, False, True], kind="stable")
    return out.set_index("từ viết hoa / capitalised word")

