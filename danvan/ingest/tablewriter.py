"""Write an ingest table to Parquet in row groups, so a large corpus never sits in memory whole."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

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


class TableWriter:
    """Buffer rows (tuples in schema order) and write them as row groups; atomic on close."""

    def __init__(self, path: Path, table: str, stack: ExitStack, flush_rows: int = 50_000) -> None:
        self.schema = arrow_schema(table)
        self.tmp = stack.enter_context(atomic_path(path))
        self.writer = stack.enter_context(pq.ParquetWriter(self.tmp, self.schema))
        self.rows: list[tuple] = []
        self.flush_rows = flush_rows
        stack.callback(self.flush)  # runs before the writer closes (an ExitStack unwinds LIFO)

    def extend(self, rows: list[tuple]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= self.flush_rows:
            self.flush()

    def flush(self) -> None:
        columns = list(zip(*self.rows, strict=True)) if self.rows else [[] for _ in self.schema]
        fields = zip(columns, self.schema, strict=True)
        arrays = [pa.array(list(col), type=field.type) for col, field in fields]
        self.writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema))
        self.rows = []
        del arrays
        pa.default_memory_pool().release_unused()  # give freed buffers back to the system


def read_table(path: Path) -> pd.DataFrame:
    """A table as pandas; list columns stay Arrow-backed (compact) instead of Python lists."""
    return pq.read_table(path).to_pandas(
        types_mapper=lambda t: pd.ArrowDtype(t) if pa.types.is_list(t) else None
    )
