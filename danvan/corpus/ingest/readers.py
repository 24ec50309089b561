"""Find the inputs and turn each file or corpus row into a record, or a rejection with a reason.

Inputs: ``.txt``, ``.html``/``.htm``, JSON Lines (``.jsonl``, ``.jsonl.gz``) and CSV (``.csv``,
``.csv.gz``) with a ``text`` column and optional ``title``, ``date``, ``url``, ``outlet`` (or
``source``), ``province``. Files named ``README*`` or ``SOURCES*`` and hidden files are
documentation, not articles; any other file is reported.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import html
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from danvan.core.text import normalize
from danvan.corpus.ingest.decode import Unreadable, decode_bytes

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".jsonl.gz", ".csv", ".csv.gz", ".ndjson", ".ndjson.gz"}
_DOC_NAMES = re.compile(r"^(readme|sources|manifest|license)", re.IGNORECASE)
_KNOWN = {"text", "title", "date", "url", "outlet", "source", "province", "id"}
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)


@dataclass
class Record:
    """One article as read: decoded text (or HTML) and whatever metadata the input gave."""

    source: str
    source_file: str
    source_row: int | None
    doc_id: str
    text: str
    fmt: str  # "text" or "html"
    encoding: str
    meta: dict[str, str | None] = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
    _key: str | None = field(default=None, repr=False, compare=False)

    def key(self) -> str:
        """Content hash of everything that determines the processed result (computed once)."""
        if self._key is not None:
            return self._key
        h = hashlib.sha256()
        h.update(self.fmt.encode())
        h.update(self.text.encode("utf-8"))
        h.update(json.dumps(self.meta, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        h.update(json.dumps(self.extra, sort_keys=True, ensure_ascii=False, default=str).encode())
        h.update(self.doc_id.encode())
        self._key = h.hexdigest()
        return self._key


@dataclass
class Rejection:
    source: str
    reason: str
    encoding: str | None = None


def suffix(path: Path) -> str:
    name = path.name.lower()
    for s in (".jsonl.gz", ".csv.gz", ".ndjson.gz"):
        if name.endswith(s):
            return s
    return path.suffix.lower()


def list_inputs(root: Path) -> list[Path]:
    """Every file the ingest must account for, in a stable order."""
    if root.is_file():
        return [root]
    files = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if _DOC_NAMES.match(path.name) and path.suffix.lower() in {".md", ".txt", ".rst", ""}:
            continue
        files.append(path)
    return files


def _looks_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        len(re.findall(r"</?(p|div|span|br|script|a|body|head)\b", head)) >= 3
    )


def read_file(path: Path, root: Path) -> Iterator[Record | Rejection]:
    """Records (or rejections) from one input file."""
    rel = path.name if root.is_file() else str(path.relative_to(root))
    kind = suffix(path)
    if kind in TABLE_SUFFIXES:
        yield from _read_table(path, rel, kind)
        return
    if kind not in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield Rejection(rel, f"unsupported file type {kind or '(no extension)'!r}")
        return
    try:
        text, encoding = decode_bytes(path.read_bytes())
    except Unreadable as exc:
        yield Rejection(rel, str(exc))
        return
    except OSError as exc:
        yield Rejection(rel, f"cannot be read: {exc.strerror or exc}")
        return
    fmt = "html" if kind in HTML_SUFFIXES or _looks_html(text) else "text"
    doc_id = str(Path(rel).with_suffix("")).replace("/", "__")
    yield Record(rel, rel, None, doc_id, text, fmt, encoding)


def _open_bytes(path: Path, kind: str) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if kind.endswith(".gz") else open(path, "rb")  # noqa: SIM115


def _rows(path: Path, kind: str) -> Iterator[tuple[int, dict | None, str | None]]:
    """(row number, row, error) for a JSON Lines or CSV corpus; a bad row never stops the rest."""
    if kind.startswith(".csv"):
        with _open_bytes(path, kind) as fh:
            try:
                text, _ = decode_bytes(fh.read())
            except Unreadable as exc:
                yield 0, None, f"CSV file cannot be decoded: {exc}"
                return
        for n, row in enumerate(csv.DictReader(io.StringIO(text)), start=1):
            if None in row:
                yield n, None, f"row {n} has {len(row[None])} more cell(s) than the header"
            else:
                yield n, row, None
        return
    with _open_bytes(path, kind) as fh:
        for n, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield n, None, f"line {n} is not UTF-8 ({exc.reason} at byte {exc.start})"
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, None, f"line {n} is not valid JSON ({exc.msg} at column {exc.colno})"
                continue
            if not isinstance(row, dict):
                yield n, None, f"line {n} is a JSON {type(row).__name__}, not an object"
                continue
            yield n, row, None


def _clean_field(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text or text.lower() in {"nan", "null", "none"}:
        return None
    return normalize(html.unescape(text)) if _ENTITY.search(text) else normalize(text)


def _read_table(path: Path, rel: str, kind: str) -> Iterator[Record | Rejection]:
    stem = re.sub(r"\.(jsonl|csv|ndjson)(\.gz)?$", "", path.name, flags=re.IGNORECASE)
    try:
        for n, row, error in _rows(path, kind):
            source = f"{rel}#{n}" if n else rel
            if error:
                yield Rejection(source, error)
                continue
            assert row is not None
            text = _clean_field(row.get("text"))
            if not text:
                yield Rejection(source, "row has no text")
                continue
            meta = {
                "title": _clean_field(row.get("title")),
                "date": _clean_field(row.get("date")),
                "url": _clean_field(row.get("url")),
                "outlet": _clean_field(row.get("outlet") or row.get("source")),
                "province": _clean_field(row.get("province")),
            }
            extra = {k: v for k, v in row.items() if k not in _KNOWN and v not in (None, "")}
            row_id = _clean_field(row.get("id")) or str(n)
            yield Record(source, rel, n, f"{stem}:{row_id}", text, "text", "utf-8", meta, extra)
    except (OSError, EOFError, csv.Error) as exc:  # a truncated .gz, a broken CSV quote
        yield Rejection(f"{rel} (rest of file)", f"corpus file cannot be read past this point: {exc}")
