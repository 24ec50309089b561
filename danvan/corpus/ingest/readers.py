"""Find the inputs and turn each file or corpus row into a record, or a rejection with a reason.

Inputs: ``.txt``, ``.html``/``.htm``, JSON Lines (``.jsonl``, ``.jsonl.gz``) and CSV (``.csv``,
``.csv.gz``) with a ``text`` column and optional ``title``, ``date``, ``url``, ``outlet`` (or
``source``), ``province``. Files named ``README*`` or ``SOURCES*`` and hidden files are
documentation, not articles; any other file is reported.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import hashlib
import html
import io
import itertools
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from danvan.core.text import normalize
from danvan.corpus.ingest.decode import Unreadable, _looks_utf16, decode_bytes

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".jsonl.gz", ".csv", ".csv.gz", ".ndjson", ".ndjson.gz"}
# documentation beside the articles: these exact names only (``sources_2020.txt`` is an article)
_DOC_NAMES = re.compile(
    r"^(readme|sources|license|licence|manifest|copying|changelog|authors)(\.(md|txt|rst))?$",
    re.IGNORECASE,
)
_KNOWN = {"text", "title", "date", "url", "outlet", "source", "province", "id"}
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")

# Limits (README, "Limits"): above them an input is rejected with the reason, never half-read.
MAX_FILE_BYTES = 16 * 2**20  # a .txt or .html article file
MAX_LINE_BYTES = 16 * 2**20  # a line of a JSON Lines corpus (or of a CSV)
MAX_FIELD_CHARS = 4 * 2**20  # a CSV field
MAX_DOCUMENT_CHARS = 500_000  # an article's text, however it came
_TOO_LONG = "\x00danvan: line over the limit\x00"
csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))


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
    status: str = "rejected"  # or "skipped": an entry that is not an input (documentation, a link)


@dataclass
class Entry:
    """One entry of the input folder: a file to read, or what it is and why it is not read."""

    path: Path
    rel: str  # printable (a file name that is not UTF-8 shows its bytes as \xNN)
    skip: str | None = None


def suffix(path: Path) -> str:
    name = path.name.lower()
    for s in (".jsonl.gz", ".csv.gz", ".ndjson.gz"):
        if name.endswith(s):
            return s
    return path.suffix.lower()


def printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by the OS as surrogates) as ``\\xNN``."""
    if not _SURROGATE.search(name):
        return name
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def scan_inputs(root: Path, follow_links: bool = False) -> list[Entry]:
    """Every entry under ``root`` in a stable order, each once: files to read, and the rest with
    the reason they are skipped (documentation, hidden, links, devices). A symbolic link is
    followed only when it stays inside ``root`` (or ``follow_links``); folder links never loop."""
    if not root.is_dir():
        return [Entry(root, printable(root.name))]
    base = root.resolve()
    entries: list[Entry] = []
    seen_dirs = {base}

    def walk(folder: Path) -> None:
        try:
            children = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            entries.append(Entry(folder, printable(str(folder.relative_to(root))),
                                 f"folder cannot be listed: {exc.strerror or exc}"))
            return
        for child in children:
            path = Path(child.path)
            rel = printable(str(path.relative_to(root)))
            skip, is_dir = _classify(path, child, base, follow_links)
            if is_dir and skip is None:
                real = path.resolve()
                if real in seen_dirs:
                    entries.append(Entry(path, rel, "symbolic link to a folder already read (a loop)"))
                    continue
                seen_dirs.add(real)
                walk(path)
                continue
            entries.append(Entry(path, rel, skip))

    walk(root)
    return entries


def _classify(path: Path, entry: os.DirEntry, base: Path, follow_links: bool) -> tuple[str | None, bool]:
    """(reason to skip or None, is a folder to walk)."""
    name = entry.name
    if name.startswith("."):
        kind = "folder" if entry.is_dir(follow_symlinks=False) else "file"
        return f"hidden {kind} (name starts with a dot): not read", False
    if entry.is_symlink():
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            what = "a loop" if isinstance(exc, RuntimeError) or getattr(exc, "errno", 0) == 40 else "missing"
            return f"broken symbolic link (target {what}): not read", False
        if not follow_links and not real.is_relative_to(base):
            return "symbolic link to outside the input folder: not followed (use --follow-links)", False
    try:
        st = path.stat()
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}", False
    if stat.S_ISDIR(st.st_mode):
        return None, True
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a pipe, socket or device): not read", False
    if _DOC_NAMES.match(name):
        return "documentation file (README, SOURCES, LICENSE…), not an article", False
    return None, False


def list_inputs(root: Path, follow_links: bool = False) -> list[Path]:
    """The files the ingest reads, in a stable order."""
    return [e.path for e in scan_inputs(root, follow_links) if e.skip is None]


def _looks_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        len(re.findall(r"</?(p|div|span|br|script|a|body|head)\b", head)) >= 3
    )


def read_file(path: Path, root: Path, rel: str | None = None) -> Iterator[Record | Rejection]:
    """Records (or rejections) from one input file; never raises for what the file contains."""
    if rel is None:
        rel = printable(path.name if root.is_file() else str(path.relative_to(root)))
    kind = suffix(path)
    if kind in TABLE_SUFFIXES:
        yield from _read_table(path, rel, kind)
        return
    if kind not in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield Rejection(rel, f"unsupported file type {kind or '(no extension)'!r}")
        return
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            yield Rejection(rel, f"file too large (over {MAX_FILE_BYTES:,} bytes, the limit for an article)")
            return
        text, encoding = decode_bytes(data)
    except Unreadable as exc:
        yield Rejection(rel, str(exc))
        return
    except OSError as exc:
        yield Rejection(rel, f"cannot be read: {exc.strerror or exc}")
        return
    if len(text) > MAX_DOCUMENT_CHARS:
        yield Rejection(rel, _too_long(len(text)), encoding)
        return
    fmt = "html" if kind in HTML_SUFFIXES or _looks_html(text) else "text"
    doc_id = str(Path(rel).with_suffix("")).replace("/", "__")
    yield Record(rel, rel, None, doc_id, text, fmt, encoding)


def _too_long(n: int) -> str:
    return f"text too long ({n:,} characters; the limit for one article is {MAX_DOCUMENT_CHARS:,})"


def _open_bytes(path: Path, kind: str) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if kind.endswith(".gz") else open(path, "rb")  # noqa: SIM115


def _bounded_lines(fh: io.BufferedIOBase) -> Iterator[bytes | None]:
    """The lines of a binary stream; None for a line over ``MAX_LINE_BYTES`` (skipped, never held)."""
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := fh.readline(2**20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _rows(path: Path, kind: str) -> Iterator[tuple[int, dict | None, str | None, str]]:
    """(row number, row, error, encoding) for a corpus file; a bad row never stops the rest."""
    reader = _csv_rows if kind.startswith(".csv") else _json_rows
    yield from reader(path, kind)


def _json_rows(path: Path, kind: str) -> Iterator[tuple[int, dict | None, str | None, str]]:
    n_rows = 0
    with _open_bytes(path, kind) as fh:
        for n, raw in enumerate(_bounded_lines(fh), start=1):
            if raw is None:
                n_rows += 1
                reason = f"line {n} is longer than {MAX_LINE_BYTES:,} bytes (the limit): skipped"
                yield n, None, reason, "utf-8"
                continue
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                n_rows += 1
                yield n, None, f"line {n} is not UTF-8 ({exc.reason} at byte {exc.start})", "utf-8"
                continue
            if not line.strip():
                continue
            n_rows += 1
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, None, f"line {n} is not valid JSON ({exc.msg} at column {exc.colno})", "utf-8"
                continue
            except (ValueError, RecursionError) as exc:  # a 5,000-digit number, arrays nested too deep
                what = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
                yield n, None, f"line {n} is JSON this reader refuses ({what})", "utf-8"
                continue
            if not isinstance(row, dict):
                yield n, None, f"line {n} is a JSON {type(row).__name__}, not an object", "utf-8"
                continue
            if _SURROGATE_ESCAPE.search(line):
                row = _replace_surrogates(row)
            yield n, row, None, "utf-8"
    if not n_rows:
        yield 0, None, "corpus file has no rows (empty or blank lines only)", "utf-8"


def _replace_surrogates(value: object) -> object:
    """Lone surrogates (``\\ud800`` escapes: half a character, not text) become U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_surrogates(v) for v in value]
    return value


def _csv_encoding(head: bytes) -> str:
    """The encoding of a CSV from its first bytes (Python codec names)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if guess := _looks_utf16(head):
        return guess
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "legacy"
    return "utf-8"


_ENCODING_NAMES = {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "cp1258": "windows-1258"}


def _csv_text(path: Path, kind: str, fh: io.BufferedIOBase) -> tuple[io.TextIOBase, str]:
    """A text stream over a CSV and the encoding's name; an 8-bit legacy file is decoded whole."""
    head = fh.peek(1 << 16)[: 1 << 16] if hasattr(fh, "peek") else b""
    encoding = _csv_encoding(head)
    if encoding != "legacy":
        return io.TextIOWrapper(fh, encoding=encoding, newline=""), _ENCODING_NAMES.get(encoding, encoding)
    data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise Unreadable(f"not UTF-8 and over {MAX_FILE_BYTES:,} bytes (the limit for a legacy-encoded CSV)")
    text, name = decode_bytes(data)
    return io.StringIO(text, newline=""), name


def _bounded_text_lines(stream: io.TextIOBase, marks: list[int]) -> Iterator[str]:
    """Lines of a text stream; a line over the limit becomes a marker (its row is rejected)."""
    limit = MAX_LINE_BYTES
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while (rest := stream.readline(2**20)) and not rest.endswith("\n"):
                pass
            marks.append(1)
            yield _TOO_LONG + "\n"
            continue
        yield line


def _delimiter(header: str) -> str:
    """The delimiter of a CSV, from its header: the one that makes a ``text`` column."""
    for delimiter in (",", ";", "\t", "|"):
        if "text" in (c.strip().strip('"').strip().lower() for c in header.split(delimiter)):
            return delimiter
    return ","


def _csv_rows(path: Path, kind: str) -> Iterator[tuple[int, dict | None, str | None, str]]:
    with _open_bytes(path, kind) as fh:
        try:
            stream, encoding = _csv_text(path, kind, fh)
        except Unreadable as exc:
            yield 0, None, f"CSV file cannot be decoded: {exc}", ""
            return
        marks: list[int] = []
        lines = _bounded_text_lines(stream, marks)
        header_line = next(lines, "")
        while header_line and not header_line.strip():
            header_line = next(lines, "")
        if not header_line.strip():
            yield 0, None, "corpus file has no rows (empty or blank lines only)", encoding
            return
        delimiter = _delimiter(header_line)
        reader = csv.reader(itertools.chain([header_line], lines), delimiter=delimiter)
        header = [h.strip() for h in next(reader)]
        if "text" not in header:
            yield 0, None, f"CSV header has no 'text' column (columns: {', '.join(header)[:200]})", encoding
            return
        n = 0
        while True:
            n += 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                if "field limit" in str(exc):
                    yield n, None, f"row {n} has a field over {csv.field_size_limit():,} characters", encoding
                    continue
                raise
            if not cells:  # a blank line
                n -= 1
                continue
            if marks and any(_TOO_LONG in c for c in cells):
                yield n, None, f"row {n} has a line over {MAX_LINE_BYTES:,} characters (the limit)", encoding
                continue
            if len(cells) > len(header):
                extra_cells = len(cells) - len(header)
                yield n, None, f"row {n} has {extra_cells} more cell(s) than the header", encoding
                continue
            if max(map(len, cells), default=0) > MAX_FIELD_CHARS:
                reason = f"row {n} has a field over {MAX_FIELD_CHARS:,} characters (the limit)"
                yield n, None, reason, encoding
                continue
            yield n, dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True)), None, encoding
        if n == 1:
            yield 0, None, "corpus file has a header but no rows", encoding


def _clean_field(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text or text.lower() in {"nan", "null", "none"}:
        return None
    return normalize(html.unescape(text)) if _ENTITY.search(text) else normalize(text)


def _read_table(path: Path, rel: str, kind: str) -> Iterator[Record | Rejection]:
    stem = re.sub(r"\.(jsonl|csv|ndjson)(\.gz)?$", "", printable(path.name), flags=re.IGNORECASE)
    encoding = "utf-8"
    try:
        for n, row, error, encoding in _rows(path, kind):
            source = f"{rel}#{n}" if n else rel
            if error:
                yield Rejection(source, error, encoding or None)
                continue
            assert row is not None
            text = _clean_field(row.get("text"))
            if not text:
                yield Rejection(source, "row has no text", encoding)
                continue
            if len(text) > MAX_DOCUMENT_CHARS:
                yield Rejection(source, _too_long(len(text)), encoding)
                continue
            if "\x00" in text:
                reason = "text contains NUL characters (binary data), not an article"
                yield Rejection(source, reason, encoding)
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
            yield Record(source, rel, n, f"{stem}:{row_id}", text, "text", encoding, meta, extra)
    except (OSError, EOFError, csv.Error, zlib.error, UnicodeDecodeError) as exc:  # a truncated or
        # corrupted .gz, a broken CSV quote, bytes that stop being the file's encoding
        yield Rejection(f"{rel} (rest of file)", f"corpus file cannot be read past this point: {exc}",
                        encoding)
