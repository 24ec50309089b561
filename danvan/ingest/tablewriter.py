"""Write an ingest table to Parquet in row groups, so a large corpus never sits in memory whole."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from danvan.io import atomic_path
from danvan.schema import TABLES

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
    """Buffer rows or columns and write them as row groups; atomic on close.

    ``derived`` columns are computed from the others at each flush, in Arrow (``syllables`` from
    ``word``), and :class:`Repeat` values are expanded in Arrow, instead of being built as Python
    objects row by row.
    """

    def __init__(
        self,
        path: Path,
        table: str,
        stack: ExitStack,
        flush_rows: int = 100_000,
        derived: Mapping[str, Callable[[dict[str, pa.Array]], pa.Array]] | None = None,
    ) -> None:
        self.schema = arrow_schema(table)
        self.derived = dict(derived or {})
        self.columns: dict[str, list] = {f.name: [] for f in self.schema if f.name not in self.derived}
        self.repeats: dict[str, list[Repeat]] = {name: [] for name in self.columns}
        self.tmp = stack.enter_context(atomic_path(path))
        self.writer = stack.enter_context(pq.ParquetWriter(self.tmp, self.schema))
        self.size = 0
        self.flush_rows = flush_rows
        stack.callback(self.flush)  # runs before the writer closes (an ExitStack unwinds LIFO)

    def extend(self, rows: list[tuple]) -> None:
        """Rows as tuples in schema order (derived columns left out)."""
        if rows:
            self.extend_columns(dict(zip(self.columns, zip(*rows, strict=True), strict=True)))

    def extend_columns(self, columns: Mapping[str, Sequence | Repeat]) -> None:
        """Columns of equal length, by name (derived columns left out); a column given as a
        :class:`Repeat` must be given so each time."""
        for name, values in self.columns.items():
            given = columns[name]
            if isinstance(given, Repeat):
                self.repeats[name].append(given)
                n = given.count
            else:
                values.extend(given)
                n = len(given)
        self.size += n
        if self.size >= self.flush_rows:
            self.flush()

    def flush(self) -> None:
        fields = {f.name: f for f in self.schema}
        arrays = {name: pa.array(values, type=fields[name].type) for name, values in self.columns.items()}
        for name, runs in self.repeats.items():
            if runs:
                rows = np.repeat(np.arange(len(runs)), [r.count for r in runs])
                arrays[name] = pa.array([r.value for r in runs], type=fields[name].type).take(rows)
                runs.clear()
        for name, derive in self.derived.items():
            arrays[name] = derive(arrays)
        table = pa.Table.from_arrays([arrays[f.name] for f in self.schema], schema=self.schema)
        self.writer.write_table(table)
        for values in self.columns.values():
            values.clear()
        self.size = 0
        del arrays
        pa.default_memory_pool().release_unused()  # give freed buffers back to the system


def read_table(path: Path) -> pd.DataFrame:
    """A table as pandas; list columns stay Arrow-backed (compact) instead of Python lists."""
    return pq.read_table(path).to_pandas(
        types_mapper=lambda t: pd.ArrowDtype(t) if pa.types.is_list(t) else None
    )
