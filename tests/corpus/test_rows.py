"""Ingest rows are named: their types are made from ``schema.TABLES``, producers build them by
name, and the table writer checks the names (the token columns too) against the schema."""

from __future__ import annotations

import pickle
from collections import namedtuple
from contextlib import ExitStack
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from project_paths import RAW

from danvan.corpus.ingest.pipeline import DERIVED
from danvan.corpus.ingest.readers import Record, list_inputs, read_file
from danvan.corpus.ingest.tablewriter import Repeat, TableWriter
from danvan.corpus.schema import ROWS, TABLES, columns


def _write(path: Path, table: str, rows: list[tuple]) -> list[dict]:
    with ExitStack() as stack:
        TableWriter(path, table, stack).extend(rows)
    return pq.read_table(path).to_pylist()


def test_row_types_are_the_schema_columns_and_pickle() -> None:
    assert set(ROWS) == set(TABLES)
    for table, row_type in ROWS.items():
        assert row_type._fields == tuple(columns(table)), table
        row = row_type(*range(len(row_type._fields)))
        again = pickle.loads(pickle.dumps(row, protocol=5))  # the result cache pickles rows
        assert type(again) is row_type and again == row
    with pytest.raises(TypeError):
        ROWS["people"](doc_id="d", name="Nguyễn Văn A", post="Bí thư", mentions=1)  # start missing


def test_writer_writes_named_rows(tmp_path: Path) -> None:
    person = ROWS["people"](doc_id="d1", name="Nguyễn Văn A", post="Bí thư Tỉnh ủy", former=False, mentions=2,
                            start=40)
    assert _write(tmp_path / "people.parquet", "people", [person]) == [
        {"doc_id": "d1", "name": "Nguyễn Văn A", "post": "Bí thư Tỉnh ủy", "former": False, "mentions": 2,
         "start": 40}
    ]


def test_writer_refuses_unnamed_rows(tmp_path: Path) -> None:
    # name and post swapped: as bare tuples nothing could tell
    with pytest.raises(TypeError, match=r"people: rows must be named \(PeopleRow\), not tuple"):
        _write(tmp_path / "people.parquet", "people", [("d1", "Bí thư Tỉnh ủy", "Nguyễn Văn A", 2, 40)])


def test_writer_refuses_a_row_type_unlike_the_schema(tmp_path: Path) -> None:
    swapped = namedtuple("Person", ["doc_id", "post", "name", "mentions", "start"])
    row = swapped(doc_id="d1", post="Bí thư Tỉnh ủy", name="Nguyễn Văn A", mentions=2, start=40)
    with pytest.raises(ValueError, match=r"people: Person has fields .*'post', 'name'.* the schema's "
                                         r"columns are .*'name', 'post'"):
        _write(tmp_path / "people.parquet", "people", [row])
    short = namedtuple("Short", ["doc_id", "name", "post", "mentions"])
    with pytest.raises(ValueError, match=r"missing \['former', 'start'\]"):
        _write(tmp_path / "people2.parquet", "people", [short("d1", "A", "B", 1)])


def _token_columns() -> dict:
    return {"doc_id": Repeat("d1", 2), "paragraph_id": [0, 0], "sentence_id": [0, 0], "position": [0, 1],
            "word": ["Dân vận", "."], "norm": ["dân_vận", "."], "lemma": ["dân_vận", "."],
            "is_punct": [False, True], "start": [0, 7], "end": [7, 8]}


def test_token_columns_are_checked_by_name(tmp_path: Path) -> None:
    with ExitStack() as stack:
        writer = TableWriter(tmp_path / "tokens.parquet", "tokens", stack, derived=DERIVED["tokens"])
        writer.extend_columns(_token_columns())
        extra = {**_token_columns(), "lemmas": ["dân_vận", "."]}
        with pytest.raises(ValueError, match=r"tokens: columns .*unexpected \['lemmas'\]"):
            writer.extend_columns(extra)
        misnamed = _token_columns()
        misnamed["lemmas"] = misnamed.pop("lemma")
        with pytest.raises(ValueError, match=r"missing \['lemma'\].*unexpected \['lemmas'\]"):
            writer.extend_columns(misnamed)
    written = pq.read_table(tmp_path / "tokens.parquet")
    assert written.column_names == columns("tokens")
    assert written.column("lemma").to_pylist() == ["dân_vận", "."]
    assert written.column("syllables").to_pylist() == [["Dân", "vận"], ["."]]


def _seed_records() -> list[Record]:
    return [item for path in list_inputs(RAW) for item in read_file(path, RAW) if isinstance(item, Record)]


def test_producers_emit_the_schema_rows() -> None:
    from danvan.corpus.ingest.document import process_many

    results = [p for p in process_many(_seed_records()) if not p.rejected]
    assert len(results) == 5
    for p in results:
        assert type(p.document) is ROWS["documents"]
        for table in ("paragraphs", "sentences", "people", "citations"):
            assert {type(r) for r in getattr(p, table)} <= {ROWS[table]}, table
        assert p.tokens.schema.names == [c for c in columns("tokens") if c not in ("doc_id", "syllables")]
        assert p.tokens.num_rows > 100 and p.tokens.column("word").null_count == 0
    for table in ("paragraphs", "sentences", "people", "citations"):
        assert any(getattr(p, table) for p in results), table  # each kind of row was checked
