"""Hostile and messy input (issue 17): no input aborts a run, every entry of the folder gets exactly
one ``ingest_report`` row with the right status and a reason a person understands, nothing outside
``--out`` changes, the cache never runs code, and user errors are one line.

One folder of small generated entries is ingested once (limits lowered, so that inputs over them
stay tiny); each entry is a case. Runs needing their own folder (output placement, cache, lock,
staleness, command line) follow.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import pickle
import sqlite3
import subprocess
import sys
import tracemalloc
import unicodedata
import zlib
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from vnencode import encode_cp1258

from danvan.core.paths import raw_dir
from danvan.corpus.ingest import readers
from danvan.corpus.ingest.clean import SELF_REPEAT_MAX_CHARS, self_repeat
from danvan.corpus.ingest.decode import TCVN3, Unreadable, decode_bytes, vni_table
from danvan.corpus.ingest.htmlpage import PARSER_MAX_DEPTH
from danvan.corpus.load import IngestBusy, load_corpus

SEEDS = sorted(raw_dir().glob("*.txt"))
# plain punctuation only, so that every 8-bit encoding can carry it
BASE = (
    "Hội nghị dân vận ở xã Tân Hòa\n\n"
    "Sáng 5/3/2021, Đảng ủy xã Tân Hòa tổ chức hội nghị về công tác dân vận và quy chế dân chủ ở "
    "cơ sở. Thực hiện tốt phương châm dân biết, dân bàn, dân làm, dân kiểm tra, xã đã vận động "
    "nhân dân hiến đất làm đường, giải quyết kịp thời kiến nghị của người dân, tăng cường đối "
    "thoại giữa cấp ủy, chính quyền với nhân dân.\n\n"
    "Đồng chí Bí thư Đảng ủy xã đề nghị các chi bộ tiếp tục nắm chắc tình hình nhân dân, phát huy "
    "vai trò của Mặt trận Tổ quốc và các đoàn thể trong công tác dân vận ở cơ sở.\n"
)
HEAD, BODY = BASE.split("\n\n", 1)
LIMITS = {"MAX_FILE_BYTES": 60_000, "MAX_LINE_BYTES": 60_000, "MAX_FIELD_CHARS": 20_000,
          "MAX_DOCUMENT_CHARS": 30_000}
_TCVN3_OF = {letter: code for code, letter in TCVN3.items()}


def to_tcvn3(text: str) -> bytes:
    """TCVN3 (ABC) bytes; capitals with a tone take the lower-case code, as in the ABC fonts."""
    text = unicodedata.normalize("NFC", text)
    return "".join(_TCVN3_OF.get(c, _TCVN3_OF.get(c.lower(), c)) for c in text).encode("latin-1")


def to_vni(text: str) -> bytes:
    table = vni_table()
    return "".join(table.get(c, c) for c in unicodedata.normalize("NFC", text)).encode("latin-1")


def seed(i: int) -> str:
    return SEEDS[i].read_text(encoding="utf-8")


def _corrupt_gzip() -> bytes:
    data = bytearray(gzip.compress(json.dumps({"text": BASE}).encode() * 40 + b"\n"))
    data[20:40] = b"\xff" * 20
    return bytes(data)


def _jsonl(*rows: object) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode()) + b"\n"
                    for r in rows)


BOMB_BYTES = 128 * 2**20
# Peak Python heap of the whole run (tracemalloc, after a warm-up run loaded the lazy modules and
# tables) may be at most this many times the largest accepted document's size in bytes. Measured:
# about 1,000 (the segmenter's features are Python objects, per token).
MEMORY_FACTOR = 2_000
LONG_PARAGRAPH = " ".join(f"Năm {1000 + i}, xã số {i} thực hiện tốt dân vận khéo." for i in range(300))
TOO_LONG = "Dân vận khéo ở cơ sở. " * 1500  # 33,000 characters: over the (lowered) document limit

# name → bytes (or a callable making the entry in the folder)
FILES: dict[str, bytes | Callable[[Path, str], None]] = {
    "a_base.txt": BASE.encode(),
    "enc_cp1258.txt": encode_cp1258(BASE),
    "enc_tcvn3.txt": to_tcvn3(BASE),
    "enc_vni.txt": to_vni(BASE),
    "enc_utf16.txt": BASE.encode("utf-16"),
    "enc_utf16le_nobom.txt": BASE.encode("utf-16-le"),
    "enc_bom.txt": b"\xef\xbb\xbf" + BASE.encode(),
    "enc_mixed.txt": HEAD.encode() + b"\n\n" + encode_cp1258(BODY),  # UTF-8, then Windows-1258
    "enc_nfd.txt": unicodedata.normalize("NFD", BASE).encode(),
    "enc_crlf.txt": BASE.replace("\n", "\r\n").encode(),
    "bad_x90.txt": encode_cp1258(BASE)[:200] + b"\x90" + encode_cp1258(BASE)[200:],
    "bad_nul_early.txt": b"\x00" + BASE.encode(),
    "bad_nul_late.txt": (BASE * 30).encode() + b"\x00" + BASE.encode(),
    "bad_utf16_bom.txt": b"\xff\xfe" + b"\x00\xd8" * 3,
    "bad_binary.txt": bytes(range(256)) * 8,
    "empty.txt": b"",
    "blank.txt": b" \n\t\n",
    "latin.txt": ("The quick brown fox jumps over the lazy dog. " * 20).encode(),
    "short.txt": "Dân vận.".encode(),
    "huge.txt": ("Dân vận khéo. " * 5000).encode(),
    "too_long_doc.txt": TOO_LONG.encode(),
    "long_paragraph.txt": ("Dân vận khéo ở xã\n\n" + LONG_PARAGRAPH).encode(),
    "photo.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 64,
    "noext": BASE.encode(),
    "page.html": (
        "<!DOCTYPE html><html><head><title>Dân vận khéo ở phường Bến Thành</title>"
        "<script>window.__pwned = 1</script></head><body><article><h1>Dân vận khéo ở phường Bến "
        "Thành</h1><p>Sáng 12/4/2022, Đảng ủy phường Bến Thành tổ chức hội nghị tổng kết phong "
        "trào thi đua Dân vận khéo. Các mô hình dân vận khéo đã góp phần giải quyết kịp thời các "
        "kiến nghị của người dân trên địa bàn phường.</p><p>Bí thư Đảng ủy phường đề nghị các chi "
        "bộ nắm chắc tình hình nhân dân, phát huy vai trò của Mặt trận Tổ quốc trong công tác dân "
        "vận, thực hiện tốt quy chế dân chủ ở cơ sở.</p></article></body></html>"
    ).encode(),
    "soup.html": b"<html><body><div><script>var a=1;</script><a href='#'>Trang chu</a></div></body></html>",
    # real articles whose names start like documentation
    "manifesto.txt": seed(0).encode(),
    "license_plate_news.txt": seed(1).encode(),
    "sources_2020.txt": seed(2).encode(),
    "readme_bai.txt": seed(3).encode(),
    "sub/nested.txt": seed(4).encode(),
    # documentation and hidden entries
    "README.md": b"# notes\n",
    "SOURCES.md": b"sources\n",
    "LICENSE": b"MIT\n",
    "readme.txt": b"read me\n",
    ".hidden.txt": BASE.encode(),
    ".git/config": b"[core]\n",
    # ids: x.html, x.txt and x~2.txt must get three different ids
    "x.html": b"",  # a copy of page.html (below)
    "x.txt": BASE.encode(),
    "x~2.txt": BASE.encode(),
    # corpus files
    "rows.jsonl": _jsonl(
        {"id": "same", "text": BASE},  # 1
        b"{not json",  # 2
        [1, 2],  # 3
        {"id": "r4", "title": "Không có nội dung"},  # 4
        b'{"text": ' + b"9" * 5000 + b"}",  # 5
        b"[" * 25_000 + b"]" * 25_000,  # 6
        b'{"text": "' + json.dumps(BASE)[1:-1].encode() + b'\\ud800", "title": "T\\ud800"}',  # 7
        {"id": "same", "text": BASE},  # 8
        {"id": "same~2", "text": BASE},  # 9
        b'{"text": "' + encode_cp1258("Hội nghị dân vận") + b'"}',  # 10 (not UTF-8)
        {"text": BASE + "\x00"},  # 11
        {"text": TOO_LONG},  # 12
        {"text": "x" * 70_000},  # 13: a line over the (lowered) line limit
        b"",  # a blank line: not a row
        {"id": "last", "text": BASE},  # 15
    ),
    "empty.jsonl": b"",
    "blank.jsonl": b"\n\n  \n",
    "corrupt.jsonl.gz": _corrupt_gzip(),
    "not_gzip.jsonl.gz": _jsonl({"text": BASE}),
    "rows.csv": (
        "id,text,notes\n"
        f'c1,"{BASE}",{"n" * 25_000}\n'  # 1: a field over the (lowered) field limit
        f'c2,"{BASE}",ok\n'  # 2: kept (the rows after a long field are not lost)
        f'c3,"{BASE}",a,b,c\n'  # 3: more cells than the header
    ).encode(),
    "semicolon.csv": f'title;text\nDân vận;"{BASE}"\n'.encode(),
    "tab.csv": f'title\ttext\nDân vận\t"{BASE}"\n'.encode(),
    "header_only.csv": b"id,title,text\n",
    "empty.csv": b"",
    "blank.csv": b"\n\n",
    "no_text_column.csv": b"id,title\n1,Dan van\n",
    "utf16.csv": f'id,text\nu1,"{BASE}"\n'.encode("utf-16"),
    "cp1258.csv": encode_cp1258(f'id,text\nw1,"{BASE}"\n'),
    "tcvn3.csv": to_tcvn3(f'id,text\nt1,"{BASE}"\n'),
    "broken_quote.csv": f'id,text\nq1,"{BASE}\n'.encode(),
    "corrupt.csv.gz": _corrupt_gzip(),
}
FILES["x.html"] = FILES["page.html"]


def _bomb() -> bytes:
    """A gzip member expanding to one JSON line of :data:`BOMB_BYTES`, made in 1 MiB steps."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip container
    chunk = b"a" * 2**20
    parts = [z.compress(b'{"text": "')]
    parts += [z.compress(chunk) for _ in range(BOMB_BYTES // len(chunk))]
    return b"".join([*parts, z.compress(b'"}\n'), z.flush()])


FILES["bomb.jsonl.gz"] = _bomb()  # one line of 128 MiB from 128 KB
_PAGE = FILES["page.html"].decode()
_DEPTH = 600  # libxml2 builds no tree below 255 levels
# an article below the HTML parser's depth limit, and markup only as deep
FILES["deep.html"] = _PAGE.replace("<body>", "<body>" + "<div>" * _DEPTH).replace(
    "</body>", "</div>" * _DEPTH + "</body>").replace("Bến Thành", "Đa Kao").encode()
FILES["deep_soup.html"] = ("<html><body>" + "<div><span>" * _DEPTH + "<a href='#'>Trang chủ</a>"
                           + "</span></div>" * _DEPTH + "</body></html>").encode()
FILES["same_rows.jsonl"] = _jsonl(*[{"text": BASE}] * 20)  # identical rows: copies, not reprocessed
LINKS = {  # name → target (relative to the folder)
    "link_outside.txt": "../outside/secret.txt",
    "link_dangling.txt": "missing.txt",
    "link_loop.txt": "link_loop.txt",
    "link_inside.txt": "a_base.txt",
    "link_dir_loop": ".",
    "link_devnull": "/dev/null",
}
BAD_NAME = os.fsdecode(b"t\xeanbai.txt")  # a file name that is not UTF-8

# source → (status, words the reason contains, encoding or None)
ok, dup, rej, skip = "ok", "duplicate", "rejected", "skipped"
EXPECTED: dict[str, tuple[str, str, str | None]] = {
    "a_base.txt": (ok, "", "utf-8"),
    "enc_cp1258.txt": (dup, "same text as a_base", "windows-1258"),
    "enc_tcvn3.txt": (dup, "same text as a_base", "tcvn3"),
    "enc_vni.txt": (dup, "same text as a_base", "vni-windows"),
    "enc_utf16.txt": (dup, "same text as a_base", "utf-16"),
    "enc_utf16le_nobom.txt": (dup, "same text as a_base", "utf-16-le"),
    "enc_bom.txt": (dup, "same text as a_base", "utf-8-sig"),
    "enc_mixed.txt": (dup, "same text as a_base", "utf-8+windows-1258"),
    "enc_nfd.txt": (dup, "same text as a_base", "utf-8"),
    "enc_crlf.txt": (dup, "same text as a_base", "utf-8"),
    "bad_x90.txt": (rej, "byte 0x90 at offset 200", None),
    "bad_nul_early.txt": (rej, "NUL bytes", None),
    "bad_nul_late.txt": (rej, "NUL bytes", None),
    "bad_utf16_bom.txt": (rej, "UTF-16 byte-order mark", None),
    "bad_binary.txt": (rej, "binary", None),
    "empty.txt": (rej, "empty file", None),
    "blank.txt": (rej, "empty file", None),
    "latin.txt": (rej, "no Vietnamese text", "utf-8"),
    "short.txt": (rej, "too short", "utf-8"),
    "huge.txt": (rej, "file too large", None),
    "too_long_doc.txt": (rej, "text too long", "utf-8"),
    "long_paragraph.txt": (ok, "", "utf-8"),
    "photo.jpg": (rej, "unsupported file type '.jpg'", None),
    "noext": (rej, "unsupported file type '(no extension)'", None),
    "page.html": (ok, "", "utf-8"),
    "soup.html": (rej, "", "utf-8"),
    "deep.html": (ok, "", "utf-8"),
    "deep_soup.html": (rej, "nested 1203 elements deep", "utf-8"),
    "manifesto.txt": (ok, "", "utf-8"),
    "license_plate_news.txt": (ok, "", "utf-8"),
    "sources_2020.txt": (ok, "", "utf-8"),
    "readme_bai.txt": (ok, "", "utf-8"),
    "sub/nested.txt": (ok, "", "utf-8"),
    "README.md": (skip, "documentation file", None),
    "SOURCES.md": (skip, "documentation file", None),
    "LICENSE": (skip, "documentation file", None),
    "readme.txt": (skip, "documentation file", None),
    ".hidden.txt": (skip, "hidden file", None),
    ".git": (skip, "hidden folder", None),
    "x.html": (dup, "same text as page", "utf-8"),
    "x.txt": (dup, "same text as a_base", "utf-8"),
    "x~2.txt": (dup, "same text as a_base", "utf-8"),
    "rows.jsonl#1": (dup, "same text as", "utf-8"),
    "rows.jsonl#2": (rej, "line 2 is not valid JSON", "utf-8"),
    "rows.jsonl#3": (rej, "line 3 is a JSON list, not an object", "utf-8"),
    "rows.jsonl#4": (rej, "row has no text", "utf-8"),
    "rows.jsonl#5": (rej, "line 5 is JSON this reader refuses", "utf-8"),
    "rows.jsonl#6": (rej, "nested too deeply", "utf-8"),
    "rows.jsonl#7": (dup, "a_base", "utf-8"),
    "rows.jsonl#8": (dup, "same text as", "utf-8"),
    "rows.jsonl#9": (dup, "same text as", "utf-8"),
    "rows.jsonl#10": (rej, "line 10 is not UTF-8", "utf-8"),
    "rows.jsonl#11": (rej, "NUL characters", "utf-8"),
    "rows.jsonl#12": (rej, "text too long", "utf-8"),
    "rows.jsonl#13": (rej, "longer than 60,000 bytes", "utf-8"),
    "rows.jsonl#15": (dup, "same text as", "utf-8"),
    "empty.jsonl": (rej, "no rows", "utf-8"),
    "blank.jsonl": (rej, "no rows", "utf-8"),
    "corrupt.jsonl.gz (rest of file)": (rej, "cannot be read past this point", None),
    "not_gzip.jsonl.gz (rest of file)": (rej, "cannot be read past this point", None),
    "bomb.jsonl.gz#1": (rej, "longer than 60,000 bytes", "utf-8"),
    "rows.csv#1": (rej, "row 1 has a field over 20,000 characters", "utf-8"),
    "rows.csv#2": (dup, "same text as", "utf-8"),
    "rows.csv#3": (rej, "row 3 has 2 more cell(s) than the header", "utf-8"),
    "semicolon.csv#1": (dup, "a_base", "utf-8"),
    "tab.csv#1": (dup, "same text as semicolon", "utf-8"),
    "header_only.csv": (rej, "header but no rows", "utf-8"),
    "empty.csv": (rej, "no rows", "utf-8"),
    "blank.csv": (rej, "no rows", "utf-8"),
    "no_text_column.csv": (rej, "no 'text' column", "utf-8"),
    "utf16.csv#1": (dup, "same text as", "utf-16"),
    "cp1258.csv#1": (dup, "same text as", "windows-1258"),
    "tcvn3.csv#1": (dup, "same text as", "tcvn3"),
    "broken_quote.csv#1": (dup, "same text as", "utf-8"),
    "corrupt.csv.gz (rest of file)": (rej, "cannot be read past this point", None),
    "link_outside.txt": (skip, "outside the input folder", None),
    "link_dangling.txt": (skip, "broken symbolic link", None),
    "link_loop.txt": (skip, "broken symbolic link", None),
    "link_inside.txt": (dup, "same text as a_base", "utf-8"),
    "link_dir_loop": (skip, "already read (a loop)", None),
    "link_devnull": (skip, "outside the input folder", None),
    "fifo.txt": (skip, "not a regular file", None),
    "t\\xeanbai.txt": (dup, "same text as a_base", "utf-8"),
}


EXPECTED.update({f"same_rows.jsonl#{n}": (dup, "same text as", "utf-8") for n in range(1, 21)})


def _snapshot(root: Path, skip: Path) -> dict[str, str]:
    """Content hash of every regular file under ``root`` except under ``skip``."""
    out = {}
    for dirpath, _, filenames in os.walk(root):
        if Path(dirpath) == skip or skip in Path(dirpath).parents:
            continue
        for name in filenames:
            path = Path(dirpath, name)
            if path.is_file() and not path.is_symlink():
                out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _make_folder(base: Path) -> Path:
    root = base / "raw"
    for name, content in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)  # type: ignore[arg-type]
    (base / "outside").mkdir()
    (base / "outside" / "secret.txt").write_text(seed(0).replace("dân vận", "BÍ MẬT dân vận"))
    for name, target in LINKS.items():
        (root / name).symlink_to(target)
    os.mkfifo(root / "fifo.txt")
    with open(os.path.join(os.fsencode(root), b"t\xeanbai.txt"), "wb") as fh:
        fh.write(BASE.encode())
    return root


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, pd.DataFrame, dict, dict]:
    base = tmp_path_factory.mktemp("hostile")
    root = _make_folder(base)
    out = base / "out"
    warm = base / "warm"
    warm.mkdir()
    (warm / "a.txt").write_bytes(BASE.encode())
    (warm / "b.html").write_bytes(FILES["page.html"])
    (warm / "c.html").write_bytes(FILES["soup.html"])
    load_corpus(warm, out=base / "warm_out", progress=False)  # model, gazetteer, lexicon loaded
    before = _snapshot(base, out)
    with pytest.MonkeyPatch.context() as mp:
        for name, value in LIMITS.items():
            mp.setattr(readers, name, value)
        tracemalloc.start()
        try:
            corpus = load_corpus(root, out=out, progress=False)  # the run finishes
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    after = _snapshot(base, out)
    return corpus.ingest_report, corpus.documents, before, after, peak


def test_every_entry_has_exactly_one_row(hostile) -> None:
    report = hostile[0]
    counts = report["source"].value_counts()
    assert counts.max() == 1, counts[counts > 1]
    assert set(report["source"]) == set(EXPECTED)


@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_status_and_reason(hostile, source: str) -> None:
    status, words, encoding = EXPECTED[source]
    row = hostile[0].set_index("source").loc[source]
    assert row["status"] == status, row["reason"]
    if status != "ok":
        assert words in row["reason"] and len(row["reason"]) > 10
    if encoding is not None:
        assert row["encoding"] == encoding


def test_nothing_outside_out_changes(hostile) -> None:
    _, _, before, after, _ = hostile
    assert before == after


def test_peak_memory_is_bounded_by_the_largest_accepted_document(hostile) -> None:
    """The whole folder (a 128 MiB gzip bomb, over-long lines, fields and documents among it) is
    read in memory proportional to the largest document accepted, never to the largest input."""
    report, documents, _, _, peak = hostile
    largest = int(documents["text"].str.encode("utf-8").str.len().max())
    assert largest < LIMITS["MAX_DOCUMENT_CHARS"] * 4
    print(f"peak Python heap {peak / 2**20:.1f} MiB; largest accepted document {largest:,} bytes; "
          f"bound {MEMORY_FACTOR} × that = {MEMORY_FACTOR * largest / 2**20:.1f} MiB")
    assert peak < MEMORY_FACTOR * largest
    assert peak < BOMB_BYTES / 4  # the bomb's text was never held


def test_ids_are_unique_and_legacy_text_converted(hostile) -> None:
    report, documents = hostile[0], hostile[1]
    ids = report["doc_id"].dropna()
    assert ids.is_unique
    rows = report.set_index("source")
    assert rows.loc[["x.html", "x.txt", "x~2.txt"], "doc_id"].tolist() == ["x", "x~2", "x~2~2"]
    assert rows.loc[["rows.jsonl#1", "rows.jsonl#8", "rows.jsonl#9"], "doc_id"].tolist() == [
        "rows:same", "rows:same~2", "rows:same~2~2"]
    assert not documents["text"].str.contains("BÍ MẬT").any()  # the link outside was not read
    assert documents["doc_id"].is_unique


# --- decoding, one encoding at a time ---------------------------------------------------------

ENCODERS = {"windows-1258": encode_cp1258, "tcvn3": to_tcvn3, "vni-windows": to_vni}


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
@pytest.mark.parametrize("index", range(len(SEEDS)))
def test_legacy_encodings_are_detected_and_converted(index: int, encoding: str) -> None:
    text = unicodedata.normalize("NFC", seed(index))
    carried = "".join(c for c in text if c in vni_table() or ord(c) < 128 or c.lower() in vni_table())
    decoded, name = decode_bytes(ENCODERS[encoding](carried))
    assert name == encoding
    assert decoded.casefold() == decode_bytes(carried.encode())[0].casefold()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x90" * 50, "unknown encoding"),
        (BASE.encode()[:-40] + b"\x00", "NUL"),
        (("Lấy dân làm gốc. " * 20).encode() + b"\n" + encode_cp1258("Dân bàn."), "utf-8+windows-1258"),
        (("Lấy dân làm gốc. " * 20).encode() + b"\xff", "not UTF-8 (invalid start byte 0xff at offset 460)"),
    ],
)
def test_decode_never_raises_anything_but_unreadable(data: bytes, words: str) -> None:
    try:
        _, encoding = decode_bytes(data)
    except Unreadable as exc:
        assert words in str(exc)
    else:
        assert encoding == words


def test_self_repeat_is_bounded() -> None:
    caption = "Người dân hiến đất làm đường."
    assert self_repeat(f"{caption} {caption}") == caption
    long = "Người dân xã Tân Hòa hiến đất làm đường giao thông nông thôn. " * 40
    assert len(long) > SELF_REPEAT_MAX_CHARS and self_repeat(long + long) is None


def test_csv_field_over_131072_characters_keeps_its_row_and_the_rest(tmp_path: Path) -> None:
    root = tmp_path / "raw"
    root.mkdir()
    (root / "big.csv").write_text(
        f'id,text,notes\nb1,"{BASE}",{"n" * 140_000}\nb2,"{seed(0)}",short\n', encoding="utf-8")
    report = load_corpus(root, out=tmp_path / "out", progress=False).ingest_report.set_index("source")
    assert report.loc["big.csv#1", "status"] == "ok"
    assert report.loc["big.csv#2", "status"] == "ok"


def test_a_gzip_bomb_is_read_in_bounded_memory(tmp_path: Path) -> None:
    import tracemalloc

    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as fh:  # one 64 MiB line, then a good row
        fh.write(b'{"text": "')
        for _ in range(64):
            fh.write(b"a" * 2**20)
        fh.write(b'"}\n' + _jsonl({"text": BASE}))
    tracemalloc.start()
    items = list(readers.read_file(path, tmp_path))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [type(i).__name__ for i in items] == ["Rejection", "Record"]
    assert "longer than 16,777,216 bytes" in items[0].reason
    assert peak < 2.5 * readers.MAX_LINE_BYTES  # one line at most, never the 64 MiB


def test_follow_links_reads_a_link_outside_when_asked(tmp_path: Path) -> None:
    root = tmp_path / "raw"
    root.mkdir()
    (tmp_path / "article.txt").write_text(BASE, encoding="utf-8")
    (root / "link.txt").symlink_to(tmp_path / "article.txt")
    report = load_corpus(root, out=tmp_path / "out", progress=False, follow_links=True).ingest_report
    assert report.set_index("source").loc["link.txt", "status"] == "ok"


# --- output placement, cache, lock, staleness ------------------------------------------------


@pytest.fixture
def small(tmp_path: Path) -> Path:
    root = tmp_path / "raw"
    root.mkdir()
    (root / "a.txt").write_text(BASE, encoding="utf-8")
    return root


@pytest.mark.parametrize("where", [".", "sub/out"])
def test_out_inside_the_input_is_refused(small: Path, where: str) -> None:
    before = sorted(p.name for p in small.rglob("*"))
    with pytest.raises(ValueError, match="inside the input folder"):
        load_corpus(small, out=small / where, progress=False)
    assert sorted(p.name for p in small.rglob("*")) == before


def test_out_that_is_a_file_is_refused(small: Path, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("mine")
    with pytest.raises(NotADirectoryError):
        load_corpus(small, out=tmp_path / "file", progress=False)
    assert (tmp_path / "file").read_text() == "mine"


def test_only_the_tools_own_files_are_deleted(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / ".cache").mkdir(parents=True)
    mine = [out / ".cache" / "my_notes.txt", out / ".cache" / "results.csv", out / ".my.tmp",
            out / ".documents.parquet.mine.tmp"]
    for path in mine:
        path.write_text("keep me")
    leftover = out / ".documents.parquet.123-456-0-abcd1234.tmp"  # left by a killed run
    leftover.write_text("half written")
    load_corpus(small, out=out, progress=False)
    load_corpus(small, out=out, progress=False, force=True)
    assert all(p.read_text() == "keep me" for p in mine)
    assert not leftover.exists()


class _Payload:
    """Unpickling this writes a file: proof that code ran."""

    marker: Path

    def __reduce__(self):
        return (Path.write_text, (self.marker, "code ran"))


def _arrow_stream(batch: pa.RecordBatch) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema) as stream:
        stream.write_batch(batch)
    return sink.getvalue().to_pybytes()


@pytest.mark.parametrize("kind", ["pickle", "json_wrong_arrays", "json_wrong_types", "garbage",
                                  "tokens_garbage", "tokens_wrong_columns", "tokens_pickle"])
def test_a_planted_cache_entry_runs_no_code(small: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "out"
    load_corpus(small, out=out, progress=False)
    marker = tmp_path / "pwned"
    _Payload.marker = marker
    planted = {
        "pickle": pickle.dumps(_Payload()),
        "json_wrong_arrays": json.dumps({"format": 2, "doc_id": "a", "rejected": None, "notes": "",
                                         "document": None, "minhash": None,
                                         "shingles": {"$nd": "object", "b": ""}, "paragraphs": [],
                                         "sentences": [], "people": [], "citations": []}).encode(),
        "json_wrong_types": json.dumps({"format": 1, "doc_id": "a", "document": [1, 2]}).encode(),
        "garbage": b"\x80\x05not anything",
        "tokens_garbage": b"\xff\xff\xff\xff\x10\x00\x00\x00not an arrow stream",
        "tokens_wrong_columns": _arrow_stream(pa.record_batch({"word": ["Ban", "Dân vận"]})),
        "tokens_pickle": pickle.dumps(_Payload()),
    }[kind]
    (db_path,) = (out / ".cache").glob("results-*.sqlite")
    column = "tokens" if kind.startswith("tokens_") else "data"
    with sqlite3.connect(db_path) as db:
        db.execute(f"UPDATE results SET {column} = ?", (planted,))
    (out / "manifest.json").unlink()  # the next run reads the cache (the same record: the same key)
    report = load_corpus(small, out=out, progress=False).ingest_report
    assert not marker.exists()
    assert report.set_index("source").loc["a.txt", "status"] == "ok"


def test_an_edit_keeping_size_and_mtime_is_seen(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    path = small / "a.txt"
    first = load_corpus(small, out=out, progress=False)
    assert "5/3/2021" in first.documents["text"].iloc[0]
    st = path.stat()
    path.write_text(BASE.replace("5/3/2021", "6/3/2021"), encoding="utf-8")  # the same size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size
    again = load_corpus(small, out=out, progress=False)
    assert "6/3/2021" in again.documents["text"].iloc[0]


def test_a_second_ingest_into_one_out_is_refused(small: Path, tmp_path: Path) -> None:
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".ingest.lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(IngestBusy, match="another ingest"):
            load_corpus(small, out=out, progress=False, wait=1.0)
    assert load_corpus(small, out=out, progress=False).meta["n_documents"] == 1


def test_a_second_ingest_waits_for_the_first_and_reuses_its_tables(small: Path, tmp_path: Path,
                                                                    capsys) -> None:
    import fcntl
    import threading

    out = tmp_path / "out"
    out.mkdir()
    fh = open(out / ".ingest.lock", "a+")  # noqa: SIM115 - released by the timer below
    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    threading.Timer(1.5, fh.close).start()
    corpus = load_corpus(small, out=out, progress=False, wait=30)
    assert corpus.meta["n_documents"] == 1
    assert "waiting for another ingest into out to end" in capsys.readouterr().err


def test_a_damaged_gzip_member_in_the_middle_loses_only_the_rest(tmp_path: Path) -> None:
    root = tmp_path / "raw"
    root.mkdir()
    good = gzip.compress(_jsonl({"id": "g", "text": BASE}))
    (root / "c.jsonl.gz").write_bytes(good + zlib.compress(b"x" * 100)[:10])
    report = load_corpus(root, out=tmp_path / "out", progress=False).ingest_report.set_index("source")
    assert report.loc["c.jsonl.gz#1", "status"] == "ok"
    assert report.loc["c.jsonl.gz (rest of file)", "status"] == "rejected"


# --- the command line ------------------------------------------------------------------------


def _cli(*args: str) -> tuple[int, str, BaseException | None]:
    from typer.testing import CliRunner

    from danvan.cli import app

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stderr, result.exception


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["ingest", "{tmp}/missing"], "no corpus at"),
        (["ingest", "{raw}", "--jobs", "0"], "--jobs must be 1 or more"),
        (["ingest", "{raw}", "--out", "{tmp}/file"], "is a file"),
        (["ingest", "{raw}", "--out", "{raw}/out"], "inside the input folder"),
        (["kwic", "(dân", "--regex", "--corpus", "{raw}"], "error:"),
        (["kwic", "dân", "--unit", "letter", "--corpus", "{raw}"], "--unit must be"),
        (["phrases", "{tmp}/missing"], "no corpus at"),
        (["report", "--corpus", "{raw}", "--jobs", "0"], "--jobs must be 1 or more"),
    ],
)
def test_user_errors_are_one_line(small: Path, tmp_path: Path, args: list[str], words: str) -> None:
    (tmp_path / "file").write_text("x")
    code, stderr, _ = _cli(*(a.format(tmp=tmp_path, raw=small) for a in args))
    assert code == 2
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1
    assert words in stderr


def test_debug_keeps_the_traceback(tmp_path: Path) -> None:
    code, _, exception = _cli("--debug", "ingest", str(tmp_path / "missing"))
    assert code != 0 and isinstance(exception, FileNotFoundError)


def test_the_installed_command_prints_one_line(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "danvan", "ingest", str(tmp_path), "--jobs", "0"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: --jobs must be 1 or more, not 0 (danvan --debug … shows the traceback)"]


def test_lxml_html_clean_is_installed() -> None:
    import lxml_html_clean  # noqa: F401  (trafilatura's jusText needs it; issue 17)
    from lxml.html.clean import Cleaner  # noqa: F401


def test_the_readme_lists_the_limits_the_code_applies() -> None:
    from project_paths import ROOT

    section = (ROOT / "README.md").read_text(encoding="utf-8").split("### Limits", 1)[1][:3000]
    for limit in (readers.MAX_FILE_BYTES, readers.MAX_LINE_BYTES, readers.MAX_FIELD_CHARS,
                  readers.MAX_DOCUMENT_CHARS, SELF_REPEAT_MAX_CHARS, PARSER_MAX_DEPTH, MEMORY_FACTOR,
                  BOMB_BYTES // 2**20):
        assert f"{limit:,}" in section


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended (its parent, init here, has not reaped it yet)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_a_worker_ends_when_the_ingest_that_started_it_is_killed() -> None:
    import signal
    import time

    worker = ("import os, time; parent = os.getppid(); from danvan.corpus.ingest.pipeline import "
              "_exit_with; _exit_with(parent); print('ready', flush=True); time.sleep(120)")
    starter = ("import subprocess, sys, time; "
               f"p = subprocess.Popen([sys.executable, '-c', {worker!r}]); print(p.pid, flush=True); "
               "time.sleep(120)")
    parent = subprocess.Popen([sys.executable, "-c", starter], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    assert parent.stdout.readline().strip() == "ready"  # the worker watches its parent
    assert _running(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 30
    while _running(child) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _running(child)


def test_html_extraction_does_not_depend_on_the_pages_read_before() -> None:
    """trafilatura's cross-page deduplication would drop a paragraph seen in earlier pages (a
    syndicated article, a shared lead), so that a file's text depended on the files before it."""
    from danvan.corpus.ingest.htmlpage import extract_html

    page = FILES["page.html"].decode()
    texts = {extract_html(page)[1] for _ in range(4)}
    assert len(texts) == 1 and "Dân vận khéo" in texts.pop()


def test_deep_layout_cells_stay_apart_when_their_tags_go() -> None:
    from danvan.corpus.ingest.htmlpage import extract_html

    cells = ("<table><tr><td>Hà Tĩnh</td><td>Thứ hai, 12/3/2024</td></tr></table>"
             "<div>Tác giả bài viết</div><div>Nguyễn Văn A</div>")
    page = FILES["page.html"].decode().replace("<article>", "<article>" + cells)
    page = page.replace("<body>", "<body>" + "<div>" * _DEPTH)
    page = page.replace("</body>", "</div>" * _DEPTH + "</body>")
    _, text = extract_html(page)
    assert "Hà TĩnhThứ" not in text and "viếtNguyễn" not in text
