"""The tables ingest writes: column names, types and meaning (the README's data dictionary), and
a row type for each table made from them (:data:`ROWS`), so that rows are built by name."""

from __future__ import annotations

from collections import namedtuple

#: ``documents.admin_level``: the level of the organising body, top down, with Vietnamese names.
ADMIN_LEVELS: tuple[str, ...] = ("central", "province", "district", "commune")
LEVELS_VI = {"central": "trung ương", "province": "tỉnh", "district": "huyện", "commune": "xã"}
#: What ``documents.place_source`` says of a level the learned model gave (``corpus.ingest.level_model``).
LEVEL_GUESSED = "guessed by the model"

TABLES: dict[str, dict[str, tuple[str, str]]] = {
    "documents": {
        "doc_id": ("string", "stable id: file stem, or `<file stem>:<row id>` for a corpus file"),
        "source_file": ("string", "input file, relative to the folder ingested"),
        "source_row": ("Int64", "line/row number in a JSON Lines or CSV corpus (1-based), else empty"),
        "title": ("string", "headline"),
        "outlet": ("string", "publishing outlet (from markers such as `(Baohatinh.vn)`, `NDO`, a footer); "
                   "for an article republished by an aggregator, the outlet its text names"),
        "via": ("string", "the aggregator (baomoi.com…) the article was read from, where its text "
                "names the original outlet; else empty"),
        "url": ("string", "address where the input gives one"),
        "published": ("datetime64", "the input's date field, the page's metadata, the article's date line, "
                      "weekday header or URL date (see `date_source`); else empty"),
        "event_date": ("datetime64", "day of the event the lead reports (`Sáng 22/1`, `…vào chiều 7/11`)"),
        "event_day": ("string", "day and month of the lead's event as `MM-DD`, also when its year is "
                      "unknown and `event_date` is empty"),
        "event_year": ("string", "where `event_date`'s year came from: `printed` with the day, "
                       "`from_published`, `inferred` from the years the text names; empty with no date"),
        "date_source": ("string", "how `published` and `event_date` were found"),
        "place_source": ("string", "how `province` and `admin_level` were found (scores of the places named; "
                         "a level guessed by the model where no organising body was found)"),
        "province": ("string", "province-level unit (63 units, before July 2025) the article is about"),
        "province_2025": ("string", "the same place among the 34 units after the 2025 merger"),
        "admin_level": ("string", "level of the organising body: central, province, district, commune"),
        "author": ("string", "byline: the author's name(s) as printed, without page chrome"),
        "author_affiliation": ("string", "body printed with the byline (`Ban Dân vận Huyện ủy X`, `TTXVN`)"),
        "text": ("string", "clean body text, paragraphs separated by a blank line; offsets refer to it"),
        "captions": ("string", "photo captions, one a line, each once; not part of `text`"),
        "n_paragraphs": ("int64", "paragraphs in `text`"),
        "n_sentences": ("int64", "sentences in `text`"),
        "n_tokens": ("int64", "word tokens in `text` (punctuation excluded)"),
        "n_syllables": ("int64", "syllables in `text` (punctuation excluded)"),
        "content_hash": ("string", "SHA-256 of the case-folded text, white space collapsed (duplicates)"),
        "extra": ("string", "other input fields (JSON), e.g. `category`, `tier`"),
        "story": ("string", "doc_id of the first document of the same story: its own, unless it is a "
                  "syndicated copy (`near_duplicate_of`), whose outlets are all kept"),
        "near_duplicate_of": ("string", "doc_id of the earlier document this one copies with edits or "
                              "cuts (75% or more of the shorter text's 5-word sequences in the other, "
                              "below the duplicates dropped); else empty"),
        "near_duplicate_overlap": ("Int64", "that share, in percent; else empty"),
    },
    "paragraphs": {
        "doc_id": ("string", "document"),
        "paragraph_id": ("int64", "0-based position in the document"),
        "kind": ("string", "`body` or `heading` (a short line without final punctuation)"),
        "text": ("string", "paragraph text"),
        "start": ("int64", "character offset into `documents.text`"),
        "end": ("int64", "end offset (exclusive)"),
        "words": ("string", "the paragraph's `tokens.lemma`, no punctuation, space-separated (TF-IDF input)"),
        "n_tokens": ("int64", "word tokens"),
    },
    "sentences": {
        "doc_id": ("string", "document"),
        "paragraph_id": ("int64", "paragraph"),
        "sentence_id": ("int64", "0-based position in the document"),
        "text": ("string", "sentence text"),
        "start": ("int64", "offset into `documents.text`"),
        "end": ("int64", "end offset (exclusive)"),
    },
    "tokens": {
        "doc_id": ("string", "document"),
        "paragraph_id": ("int64", "paragraph"),
        "sentence_id": ("int64", "sentence (document-wide numbering)"),
        "position": ("int64", "0-based position in the sentence"),
        "word": ("string", "surface form as printed, syllables separated by spaces (`Ban Dân vận`)"),
        "norm": ("string", "analysis form: underthesea's spelling (`nghành` → `ngành`), lower-case, "
                 "syllables joined by `_` (`ban_dân_vận`)"),
        "lemma": ("string", "`norm` with abbreviations expanded (`ubnd` → `ủy_ban_nhân_dân`)"),
        "syllables": ("list<string>", "the word's syllables"),
        "is_punct": ("bool", "punctuation or symbol"),
        "start": ("int64", "offset into `documents.text`"),
        "end": ("int64", "end offset (exclusive)"),
    },
    "people": {
        "doc_id": ("string", "document"),
        "name": ("string", "person's name as printed"),
        "post": ("string", "post printed with the name (`Phó Bí thư Thành ủy`), without `nguyên` / `cố`"),
        "former": ("bool", "a former or late holder of the post (`nguyên Bí thư`, `cố Tổng Bí thư`)"),
        "mentions": ("int64", "times the name occurs in the text"),
        "start": ("int64", "offset of the first mention"),
    },
    "citations": {
        "doc_id": ("string", "document"),
        "doc_type": ("string", "Nghị quyết, Kết luận, Chỉ thị, Quy định, Quyết định…"),
        "number": ("string", "number as printed (`120`, `25-NQ/TW`)"),
        "key": ("string", "normalised key (`Kết luận 120`)"),
        "issuer": ("string", "issuing body where printed (`Bộ Chính trị`)"),
        "mentions": ("int64", "times cited in the text"),
        "text": ("string", "the first citation as printed"),
        "start": ("int64", "offset of the first mention"),
    },
    "ingest_report": {
        "source": ("string", "input file (and `#row` for a corpus row)"),
        "status": ("string", "`ok`, `duplicate`, `rejected` or `skipped` (a folder entry that is no "
                             "article)"),
        "reason": ("string", "why a file or row was rejected or marked duplicate; cleaning notes"),
        "doc_id": ("string", "document id, when one was made"),
        "duplicate_of": ("string", "doc_id of the document kept, for duplicates"),
        "encoding": ("string", "encoding the file was decoded from"),
    },
}


#: Columns the ingest fills once it has seen the documents before (duplicates, stories): they
#: end their table and default to empty in a row made from one document.
CORPUS_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("story", "near_duplicate_of", "near_duplicate_overlap"),
}


def _row_type(table: str) -> type[tuple]:
    """A named tuple of the table's columns, in order (``ingest_report`` → ``IngestReportRow``)."""
    name = table.title().replace("_", "") + "Row"
    later = CORPUS_COLUMNS.get(table, ())
    assert list(TABLES[table])[len(TABLES[table]) - len(later):] == list(later)
    row_type = namedtuple(name, TABLES[table], module=__name__, defaults=(None,) * len(later))
    row_type.__doc__ = (f"A row of the ``{table}`` table (build it by name: every column is required"
                        + (f" but {', '.join(later)}, filled by the ingest)." if later else ")."))
    return row_type


ROWS: dict[str, type[tuple]] = {table: _row_type(table) for table in TABLES}
# module attributes of their own names, so that rows pickle (the ingest's result cache)
DocumentsRow = ROWS["documents"]
ParagraphsRow = ROWS["paragraphs"]
SentencesRow = ROWS["sentences"]
TokensRow = ROWS["tokens"]
PeopleRow = ROWS["people"]
CitationsRow = ROWS["citations"]
IngestReportRow = ROWS["ingest_report"]


def columns(table: str) -> list[str]:
    """Column names of a table, in order."""
    return list(TABLES[table])


def data_dictionary_markdown() -> str:
    """The data dictionary as Markdown (pasted into the README)."""
    out: list[str] = []
    for table, cols in TABLES.items():
        out.append(f"### `{table}`\n\n| column | type | meaning |\n| --- | --- | --- |")
        out += [f"| `{c}` | {t} | {d} |" for c, (t, d) in cols.items()]
        out.append("")
    return "\n".join(out)
