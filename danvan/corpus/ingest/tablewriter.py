"""Write an ingest table to Parquet in row groups, so a large corpus never sits in memory whole."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from danvan.core.io import atomic_path
from danvan.corpus.schema import ROWS, TABLES

_ARROW = {
    "string": pa.string(),
    "int64": pa.int64(),
    "Int64": pa.int64(),
    "datetime64": pa.timestamp("us"),
    "bool": pa.bool_(),
    "list<string>": pa.list_(pa.string()),
}


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(col, _ARROW[kind]) for col, (kind, _) in TABLES[table].items()])


class Repeat(NamedTuple):
    """A column value repeated ``count`` times (a document's id on each of its tokens)."""

    value: object
    count: int


class TableWriter:
    """Take rows or columns and write them as row groups; atomic on close.

    Rows (:meth:`extend`, for the small tables) are converted to Arrow every ``seal_rows`` rows;
    columns (:meth:`extend_columns`, for the tokens) at once. Holding a row group's worth of rows
    as Python strings fragments the heap and measurably slows the tokenizer that runs meanwhile,
    more so as a corpus grows (at 10,000 articles its model ran half again as slow). ``derived``
    columns are computed in Arrow from the others, once per row group (``syllables`` from
    ``word``); a :class:`Repeat` value is expanded in Arrow.

    Names are checked, not positions: rows must be of a named row type whose fields are the
    table's columns in schema order (``schema.ROWS``): the type of the first row of each call is
    compared with the one already checked, and a new type is checked field by field (never a
    check per row). Columns must be exactly the table's (checked per call).
    """

    def __init__(
        self,
        path: Path,
        table: str,
        stack: ExitStack,
        flush_rows: int = 100_000,
        seal_rows: int = 256,
        derived: Mapping[str, Callable[[dict[str, pa.Array]], pa.Array]] | None = None,
    ) -> None:
        self.table = table
        self.schema = arrow_schema(table)
        self.derived = dict(derived or {})
        self.base = pa.schema([f for f in self.schema if f.name not in self.derived])
        self.names = self.base.names
        self.name_set = frozenset(self.names)
        self.row_type: type | None = None  # the row type checked against the schema
        self.rows: list[tuple] = []
        self.batches: list[pa.RecordBatch] = []
        self.tmp = stack.enter_context(atomic_path(path))
        self.writer = stack.enter_context(pq.ParquetWriter(self.tmp, self.schema))
        self.size = 0
        self.written = 0  # row groups written
        self.flush_rows = flush_rows
        self.seal_rows = seal_rows
        stack.callback(self.flush)  # runs before the writer closes (an ExitStack unwinds LIFO)

    def extend(self, rows: list[tuple]) -> None:
        """Named rows (``schema.ROWS[table]``; derived columns left out)."""
        if rows and type(rows[0]) is not self.row_type:
            self._check_row_type(type(rows[0]))
        self.rows.extend(rows)
        if len(self.rows) >= self.seal_rows:
            self._seal()
        self._grown(len(rows))

    def _check_row_type(self, row_type: type) -> None:
        """Refuse rows whose names are not the table's columns in schema order."""
        fields = getattr(row_type, "_fields", None)
        if fields is None:
            raise TypeError(
                f"{self.table}: rows must be named ({ROWS[self.table].__name__}), not {row_type.__name__}"
            )
        if list(fields) != self.names:
            raise ValueError(
                f"{self.table}: {row_type.__name__} has fields {list(fields)}; the schema's columns are "
                f"{self.names}{self._difference(fields)}"
            )
        self.row_type = row_type

    def _difference(self, names: Sequence[str]) -> str:
        missing = [n for n in self.names if n not in names]
        unexpected = [n for n in names if n not in self.name_set]
        parts = [f"missing {missing}"] * bool(missing) + [f"unexpected {unexpected}"] * bool(unexpected)
        return f" ({', '.join(parts)})" if parts else " (same names, another order)"

    def _seal(self) -> None:
        """The waiting rows, converted to an Arrow batch."""
        values = list(zip(*self.rows, strict=True)) if self.rows else [()] * len(self.names)
        self.batches.append(self._batch(dict(zip(self.names, values, strict=True))))
        self.rows = []

    def extend_columns(self, columns: Mapping[str, Sequence | pa.Array | Repeat]) -> None:
        """Columns of equal length, by name (derived columns left out); Arrow arrays of the
        column's type are taken as they are."""
        if columns.keys() != self.name_set:
            raise ValueError(f"{self.table}: columns {list(columns)} are not the schema's "
                             f"{self.names}{self._difference(list(columns))}")
        self.batches.append(self._batch(columns))
        self._grown(self.batches[-1].num_rows)

    def _grown(self, n: int) -> None:
        self.size += n
        if self.size >= self.flush_rows:
            self.flush()

    def _batch(self, columns: Mapping[str, Sequence | pa.Array | Repeat]) -> pa.RecordBatch:
        """The given columns as Arrow (derived columns are added at the flush, once per row group)."""
        arrays: list[pa.Array] = []
        for field in self.base:
            given = columns[field.name]
            if isinstance(given, Repeat):
                arrays.append(pa.repeat(pa.scalar(given.value, type=field.type), given.count))
            elif isinstance(given, pa.Array) and given.type == field.type:  # converted already
                arrays.append(given)
            else:
                arrays.append(pa.array(given, type=field.type))
        return pa.RecordBatch.from_arrays(arrays, schema=self.base)

    def flush(self) -> None:
        if not (self.rows or self.batches) and self.written:
            return  # nothing new since the last row group
        if self.rows or not self.batches:  # (an empty table still gets its schema written)
            self._seal()
        table = pa.Table.from_batches(self.batches, schema=self.base).combine_chunks()
        if self.derived:
            columns = dict(zip(table.column_names, table.columns, strict=True))
            columns.update((name, derive(columns)) for name, derive in self.derived.items())
            table = pa.Table.from_arrays([columns[name] for name in self.schema.names], schema=self.schema)
        self.writer.write_table(table)
        self.written += 1
        self.rows, self.batches, self.size = [], [], 0
        del table
        pa.default_memory_pool().release_unused()  # give freed buffers back to the system


def read_table(path: Path) -> pd.DataFrame:
    """A table as pandas; list columns stay Arrow-backed (compact) instead of Python lists."""
    return pq.read_table(path).to_pandas(
        types_mapper=lambda t: pd.ArrowDtype(t) if pa.types.is_list(t) else None
    )
