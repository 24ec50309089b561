"""Bad and unusual inputs: each gets the right status and a readable reason; good files still pass."""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from vnencode import encode_cp1258

from danvan.core.paths import raw_dir
from danvan.core.text import fold, normalize, strip_diacritics
from danvan.corpus.load import Corpus, load_corpus

SEED = raw_dir() / "003_32e42dc5755c558f.txt"
OTHER = raw_dir() / "004_c4ff23b0dfae42e9.txt"

ARTICLE = (
    "Hội nghị dân vận ở xã Tân Hòa\n\n"
    "Sáng 5/3/2021, Đảng ủy xã Tân Hòa tổ chức hội nghị về công tác dân vận và quy chế dân chủ ở "
    "cơ sở. Thực hiện tốt phương châm dân biết, dân bàn, dân làm, dân kiểm tra, xã đã vận động "
    "nhân dân hiến đất làm đường, giải quyết kịp thời kiến nghị của người dân, tăng cường đối "
    "thoại giữa cấp ủy, chính quyền với nhân dân.\n"
)


def _seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Corpus, Path]:
    root = tmp_path_factory.mktemp("raw")
    (root / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "other.txt").write_bytes(OTHER.read_bytes())
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b" \n\t\n")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    (root / "latin.txt").write_bytes(("The quick brown fox jumps over the lazy dog. " * 20).encode())
    # the same article three more ways: Windows-1258, UTF-16, decomposed with old tone marks
    text = _seed_text()
    (root / "legacy_cp1258.txt").write_bytes(encode_cp1258(text))
    (root / "wide_utf16.txt").write_bytes(text.encode("utf-16"))
    old = text.replace("hòa", "hoà").replace("ủy", "uỷ").replace("Ủy", "Uỷ")
    (root / "nfd_old_marks.txt").write_bytes(unicodedata.normalize("NFD", old).encode("utf-8"))
    (root / "bom.txt").write_bytes(b"\xef\xbb\xbf" + (raw_dir() / "000_1f2eb3cf792dc190.txt").read_bytes())
    (root / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>Dân vận khéo ở phường Bến Thành</title>"
        "<script>window.__pwned = 1; alert('x')</script><style>p{color:red}</style></head><body>"
        "<nav><a href='/'>Trang chủ</a> | <a href='/tin'>Tin tức</a></nav>"
        "<article><h1>Dân vận khéo ở phường Bến Thành</h1>"
        "<p>Sáng 12/4/2022, Đảng ủy phường Bến Thành, quận 1, TP Hồ Chí Minh tổ chức hội nghị tổng "
        "kết phong trào thi đua Dân vận khéo. Các mô hình dân vận khéo đã góp phần giải quyết kịp "
        "thời các kiến nghị của người dân trên địa bàn phường.</p>"
        "<p>Đồng chí Nguyễn Văn A, Bí thư Đảng ủy phường, đề nghị các chi bộ tiếp tục nắm chắc tình "
        "hình nhân dân, phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể trong công tác dân "
        "vận, thực hiện tốt quy chế dân chủ ở cơ sở.</p></article>"
        "<footer>© 2022 Báo điện tử. Ghi rõ nguồn khi phát hành lại.</footer></body></html>",
        encoding="utf-8",
    )
    (root / "soup.html").write_text(
        "<html><body><div><script>var a=1;</script><a href='#'>Trang chủ</a><span>|</span>"
        "<a href='#'>Liên hệ</a></div></body></html>",
        encoding="utf-8",
    )
    seed_001 = (raw_dir() / "001_2514309eff9800d1.txt").read_text(encoding="utf-8")
    rows = [
        {"id": "r1", "title": "Đối thoại với nhân dân", "text": seed_001,
         "outlet": "Báo Thử", "date": "2021-03-06", "province": "TPHCM", "tier": "A"},
        "{not json",
        {"id": "r3", "title": "Không có nội dung"},
        {"id": "r4", "title": "Bản sao", "text": seed_001},
    ]
    with gzip.open(root / "corpus.jsonl.gz", "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n")
    (root / "README.md").write_text("notes for people, not an article", encoding="utf-8")
    for path in root.iterdir():
        os.chmod(path, 0o444)  # the code must never need to write into its input folder
    corpus = load_corpus(root, out=tmp_path_factory.mktemp("out"), progress=False)
    return corpus, root


def _status(corpus: Corpus, source: str) -> pd.Series:
    rows = corpus.ingest_report[corpus.ingest_report["source"] == source]
    assert len(rows) == 1, f"{source}: {len(rows)} report rows"
    return rows.iloc[0]


def test_every_input_is_accounted_for(messy: tuple[Corpus, Path]) -> None:
    corpus, root = messy
    files = {p.name for p in root.iterdir() if p.name != "README.md" and p.suffix != ".gz"}
    sources = set(corpus.ingest_report["source"])
    assert files <= sources
    assert {f"corpus.jsonl.gz#{n}" for n in (1, 2, 3, 4)} <= sources
    # documentation is accounted for too: skipped, with the reason (issue 17)
    readme = corpus.ingest_report.set_index("source").loc["README.md"]
    assert readme["status"] == "skipped" and "documentation" in readme["reason"]


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("empty.txt", "empty file"),
        ("blank.txt", "empty file"),
        ("binary.txt", "binary"),
        ("photo.jpg", "unsupported file type '.jpg'"),
        ("latin.txt", "no Vietnamese text"),
        ("soup.html", "HTML page with no article text"),
        ("corpus.jsonl.gz#2", "line 2 is not valid JSON"),
        ("corpus.jsonl.gz#3", "row has no text"),
    ],
)
def test_rejections_have_reasons(messy: tuple[Corpus, Path], source: str, words: str) -> None:
    row = _status(messy[0], source)
    assert row["status"] == "rejected"
    assert words in row["reason"]


@pytest.mark.parametrize(
    ("source", "encoding"),
    [("legacy_cp1258.txt", "windows-1258"), ("wide_utf16.txt", "utf-16"),
     ("nfd_old_marks.txt", "utf-8"), ("bom.txt", "utf-8-sig")],
)
def test_encodings_are_decoded(messy: tuple[Corpus, Path], source: str, encoding: str) -> None:
    assert _status(messy[0], source)["encoding"] == encoding


def test_same_text_in_other_encodings_is_a_duplicate(messy: tuple[Corpus, Path]) -> None:
    corpus, _ = messy
    # the three re-encodings of seed 003 decode to one text: the first in file order is kept
    rows = corpus.ingest_report.set_index("source")
    kept = rows.loc["legacy_cp1258.txt"]
    assert kept["status"] == "ok"
    for source in ("nfd_old_marks.txt", "wide_utf16.txt"):
        assert rows.loc[source, "status"] == "duplicate"
        assert rows.loc[source, "duplicate_of"] == kept["doc_id"]
    assert rows.loc["corpus.jsonl.gz#4", "status"] == "duplicate"
    assert rows.loc["corpus.jsonl.gz#4", "duplicate_of"] == "corpus:r1"
    assert "legacy_cp1258" in set(corpus.documents["doc_id"])
    assert not set(corpus.documents["doc_id"]) & {"wide_utf16", "nfd_old_marks", "corpus:r4"}


def test_near_duplicate_is_found(tmp_path: Path) -> None:
    root = tmp_path / "raw"
    root.mkdir()
    text = _seed_text()
    (root / "a.txt").write_text(text, encoding="utf-8")
    # republished with a different headline and byline, one sentence changed
    edited = text.replace("Mai Quý", "Minh Anh").replace("5.085 cuộc", "5.086 cuộc")
    (root / "b.txt").write_text("Hà Nội: " + edited, encoding="utf-8")
    corpus = load_corpus(root, out=tmp_path / "out", progress=False)
    row = _status(corpus, "b.txt")
    assert row["status"] == "duplicate" and row["duplicate_of"] == "a"
    assert "near-duplicate" in row["reason"]


def test_decoded_text_is_nfc_with_new_tone_marks(messy: tuple[Corpus, Path]) -> None:
    corpus, _ = messy
    text = corpus.documents.set_index("doc_id").loc["legacy_cp1258", "text"]
    assert text == unicodedata.normalize("NFC", text)
    assert "uỷ" not in text and "ủy" in text
    assert normalize(unicodedata.normalize("NFD", "Thành uỷ hoà")) == "Thành ủy hòa"
    assert fold("THÀNH UỶ") == fold("thành ủy")
    assert strip_diacritics("Dân vận khéo") == "dan van kheo"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("hoà thuận, Hoà Bình, HOÀ", "hòa thuận, Hòa Bình, HÒA"),
        ("khoẻ mạnh; xoá nhà tạm", "khỏe mạnh; xóa nhà tạm"),
        ("Thuỷ, thuỷ lợi, uỷ ban, UỶ BAN", "Thủy, thủy lợi, ủy ban, ỦY BAN"),
        ("quý, quỳ, Quỹ", "quý, quỳ, Quỹ"),  # qu + y keeps its mark
        ("hoàng, toàn, khuyết, hoàn", "hoàng, toàn, khuyết, hoàn"),  # closed syllables
        ("hòa, ủy, thủy", "hòa, ủy, thủy"),  # already new style
        ("Ðảng ủy, ðoàn viên", "Đảng ủy, đoàn viên"),  # Latin eth typed for đ
    ],
)
def test_tone_marks_in_nfc_and_nfd(given: str, expected: str) -> None:
    for form in ("NFC", "NFD"):
        assert normalize(unicodedata.normalize(form, given)) == expected


def test_html_is_extracted_without_script(messy: tuple[Corpus, Path]) -> None:
    doc = messy[0].documents.set_index("doc_id").loc["page"]
    assert doc["title"] == "Dân vận khéo ở phường Bến Thành"
    assert "__pwned" not in doc["text"] and "Trang chủ" not in doc["text"]
    assert "color:red" not in doc["text"] and "Ghi rõ nguồn" not in doc["text"]
    assert doc["text"].startswith("Sáng 12/4/2022")
    assert doc["province"] == "Thành phố Hồ Chí Minh"
    assert doc["admin_level"] == "commune"
    assert pd.Timestamp(doc["event_date"]) == pd.Timestamp("2022-04-12")


def test_input_metadata_wins(messy: tuple[Corpus, Path]) -> None:
    doc = messy[0].documents.set_index("doc_id").loc["corpus:r1"]
    assert doc["title"] == "Đối thoại với nhân dân"
    assert doc["outlet"] == "Báo Thử"
    assert doc["province"] == "Thành phố Hồ Chí Minh"  # "TPHCM" given, canonical name out
    assert pd.Timestamp(doc["published"]) == pd.Timestamp("2021-03-06")
    assert json.loads(doc["extra"]) == {"tier": "A"}


def test_good_files_come_through(messy: tuple[Corpus, Path]) -> None:
    docs = messy[0].documents.set_index("doc_id")
    good = docs.loc["good"]
    assert good["title"] == "Hội nghị dân vận ở xã Tân Hòa"
    assert good["admin_level"] == "commune"
    assert pd.Timestamp(good["event_date"]) == pd.Timestamp("2021-03-05")
    assert docs.loc["other", "province"] == "Thành phố Hải Phòng"
    assert docs.loc["bom", "title"].startswith("Tạo điều kiện để nhân dân phát huy tiềm năng")


@pytest.fixture
def two_articles(tmp_path: Path) -> tuple[Path, Path]:
    """A raw folder with two articles, and an output folder."""
    root = tmp_path / "raw"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "b.txt").write_bytes(OTHER.read_bytes())
    out = tmp_path / "out"
    return root, out


def test_cache_reprocesses_only_what_changed(
    two_articles: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from danvan.corpus.ingest import pipeline

    root, out = two_articles
    first = load_corpus(root, out=out, progress=False)
    processed: list[str] = []
    original = pipeline._process_batch

    def spy(records):  # type: ignore[no-untyped-def]
        processed.extend(r.source for r in records)
        return original(records)

    monkeypatch.setattr(pipeline, "_process_batch", spy)
    again = load_corpus(root, out=out, progress=False)
    assert processed == [] and again.meta["corpus_hash"] == first.meta["corpus_hash"]
    (root / "a.txt").write_text(ARTICLE.replace("5/3/2021", "6/3/2021"), encoding="utf-8")
    changed = load_corpus(root, out=out, progress=False)
    assert processed == ["a.txt"]
    assert changed.meta["corpus_hash"] != first.meta["corpus_hash"]


def test_raw_folder_is_never_written(tmp_path: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in raw_dir().iterdir()}
    load_corpus(raw_dir(), out=tmp_path / "out", progress=False)
    assert {p.name: p.stat().st_mtime_ns for p in raw_dir().iterdir()} == before


def test_national_body_has_no_province() -> None:
    from danvan.corpus.ingest.places import locate

    lead = (
        "Sáng 10/5, tại Hà Nội, Ban Dân vận Trung ương tổ chức hội nghị sơ kết công tác dân vận "
        "của hệ thống chính trị."
    )
    province, province_2025, level, how = locate("Hội nghị sơ kết", lead, lead, None)
    assert (province, province_2025, level) == (None, None, "central")
    assert "central" in how


def _jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def test_input_dates_mixed_zones_and_partial_dates(tmp_path: Path) -> None:
    body = ARTICLE.split("\n\n", 1)[1]
    towns = ["Tân Phú", "Bình Minh", "Hòa Lạc", "Long Hải"]  # four different articles
    dates = ["2021-03-06T08:00:00+07:00", "2021-03-07", "2021", "garbage"]
    rows = [
        {"id": i, "title": i.upper(), "text": body.replace("Tân Hòa", town) + f" Xã {town} có "
         f"{n + 3} thôn, mỗi thôn có tổ hòa giải và tổ tự quản về an ninh trật tự.", "date": date}
        for n, (i, town, date) in enumerate(zip("abcd", towns, dates, strict=True))
    ]
    _jsonl(tmp_path / "c.jsonl", rows)
    docs = load_corpus(tmp_path / "c.jsonl", out=tmp_path / "out", progress=False).documents
    docs = docs.set_index("doc_id")
    assert pd.Timestamp(docs.loc["c:a", "published"]) == pd.Timestamp("2021-03-06 08:00")
    assert pd.Timestamp(docs.loc["c:b", "published"]) == pd.Timestamp("2021-03-07")
    for doc_id in ("c:c", "c:d"):  # a year alone, or no date, is not a publication date
        assert pd.isna(docs.loc[doc_id, "published"])
        assert "ignored" in docs.loc[doc_id, "date_source"]


def test_csv_rows_province_names_and_bad_rows(tmp_path: Path) -> None:
    body = ARTICLE.split("\n\n", 1)[1].replace("\n", " ")
    csv_text = (
        "title,text,province,outlet\n"
        f'"Bài một","{body}",nghệ an,\n'
        f'"Bài hai","{body.replace("xã", "phường")}",Atlantis,\n'
        f'"Bài ba","{body.replace("đường", "cầu")}",,,extra cell\n'
    )
    (tmp_path / "c.csv").write_bytes(encode_cp1258(csv_text))  # a legacy-encoded CSV
    corpus = load_corpus(tmp_path / "c.csv", out=tmp_path / "out", progress=False)
    docs = corpus.documents.set_index("doc_id")
    assert docs.loc["c:1", "province"] == "Tỉnh Nghệ An"
    assert docs.loc["c:1", "province_2025"] == "Tỉnh Nghệ An"
    assert pd.isna(docs.loc["c:2", "province"])
    assert "not a province name" in docs.loc["c:2", "place_source"]
    # ordinary words are not outlets ("thanh niên", "người lao động" are everyday Vietnamese)
    assert docs["outlet"].isna().all()
    row = _status(corpus, "c.csv#3")
    assert row["status"] == "rejected" and "more cell(s) than the header" in row["reason"]


def test_undecodable_jsonl_line_loses_only_that_line(tmp_path: Path) -> None:
    body = ARTICLE.split("\n\n", 1)[1]
    good = json.dumps({"id": "ok", "title": "Tốt", "text": body}, ensure_ascii=False).encode()
    later = json.dumps({"id": "later", "title": "Sau", "text": body.replace("xã", "phường")},
                       ensure_ascii=False).encode()
    (tmp_path / "c.jsonl").write_bytes(good + b"\n" + b'{"text": "\xff\xfe bad"}\n' + later + b"\n")
    corpus = load_corpus(tmp_path / "c.jsonl", out=tmp_path / "out", progress=False)
    assert "not UTF-8" in _status(corpus, "c.jsonl#2")["reason"]
    assert set(corpus.documents["doc_id"]) == {"c:ok", "c:later"}


def test_headline_with_an_acronym_and_a_sentence_title(tmp_path: Path) -> None:
    body = ARTICLE.split("\n\n", 1)[1]
    long_title = (
        "Tổng công ty Cảng hàng không Việt Nam (ACV) - đơn vị quản lý 22 cảng hàng không trên "
        "toàn quốc vừa công bố kế hoạch đầu tư mở rộng nhà ga hành khách tại nhiều địa phương"
    )
    lead = "Sáng 21/4, đoàn công tác của tỉnh đã đến thăm và tặng quà các hộ nghèo trên địa bàn."
    rows = [
        {"id": "acv", "title": long_title, "text": long_title + "\n" + body},
        {"id": "lead", "title": lead, "text": lead + "\n" + body.replace("xã", "phường")},
    ]
    _jsonl(tmp_path / "c.jsonl", rows)
    docs = load_corpus(tmp_path / "c.jsonl", out=tmp_path / "out", progress=False).documents
    docs = docs.set_index("doc_id")
    assert docs.loc["c:acv", "title"] == long_title  # "(ACV) -" is not an outlet mark
    assert docs.loc["c:lead", "text"].startswith(lead)  # a sentence-title stays in the body
    assert "Sáng 21/4" in docs.loc["c:lead", "date_source"]


def test_thi_xa_places_and_attribution_bylines() -> None:
    from danvan.corpus.ingest.clean import byline
    from danvan.corpus.ingest.places import locate

    lead = "Sáng 3/4, Thị ủy Sơn Tây tổ chức hội nghị đối thoại với nhân dân thị xã Sơn Tây."
    province, _, level, _ = locate("Đối thoại", lead, lead, None)
    assert (province, level) == ("Thành phố Hà Nội", "district")
    assert byline("Theo TTXVN") is None and byline("Tổng Hợp") is None
    assert byline("Nhật LinhTheo Bloomberg") == "Nhật Linh"
    assert byline("thu hà") == "Thu Hà"


def test_markup_left_in_a_corpus_row_is_stripped(tmp_path: Path) -> None:
    body = ARTICLE.split("\n\n", 1)[1]
    text = (
        '<DIV align=left><TABLE width=100><TR><TD><img src="x.jpg" width=100></TD></TR>'
        "<TR><TD class=comment>Ảnh minh họa</TD></TR></TABLE></DIV><P>" + body.replace("\n", "</P><P>")
    )
    _jsonl(tmp_path / "c.jsonl", [{"id": "m", "title": "<b>Hội nghị dân vận</b>", "text": text}])
    doc = load_corpus(tmp_path / "c.jsonl", out=tmp_path / "out", progress=False).documents.iloc[0]
    assert doc["title"] == "Hội nghị dân vận"
    assert "<" not in doc["text"] and "width" not in doc["text"] and "jpg" not in doc["text"]
    assert doc["text"].startswith("Sáng 5/3/2021")


def test_damaged_cache_entry_is_processed_again(two_articles: tuple[Path, Path]) -> None:
    root, out = two_articles
    first = load_corpus(root, out=out, progress=False)
    for db in (out / ".cache").glob("*.sqlite"):
        with sqlite3.connect(db) as conn:
            assert conn.execute("UPDATE results SET data = ?", (b"not a pickle",)).rowcount == 2
    (out / "manifest.json").unlink()
    again = load_corpus(root, out=out, progress=False)
    assert again.meta["corpus_hash"] == first.meta["corpus_hash"]
    assert list(again.documents["doc_id"]) == ["a", "b"]


def test_damaged_cache_file_is_replaced(two_articles: tuple[Path, Path]) -> None:
    root, out = two_articles
    first = load_corpus(root, out=out, progress=False)
    (db,) = (out / ".cache").glob("*.sqlite")
    db.write_bytes(b"not a database" * 100)
    (out / "manifest.json").unlink()
    again = load_corpus(root, out=out, progress=False)
    assert again.meta["corpus_hash"] == first.meta["corpus_hash"]
    assert list(again.documents["doc_id"]) == ["a", "b"]


def test_table_writer_rows_and_row_groups(tmp_path: Path) -> None:
    from contextlib import ExitStack

    import pyarrow.parquet as pq

    from danvan.corpus.ingest.tablewriter import TableWriter
    from danvan.corpus.schema import PeopleRow

    rows = [PeopleRow(doc_id=f"d{i}", name=f"Tên {i}", post="Bí thư", former=False, mentions=1,
                      start=i) for i in range(5)]
    with ExitStack() as stack:
        writer = TableWriter(tmp_path / "people.parquet", "people", stack, flush_rows=5, seal_rows=2)
        writer.extend(rows[:3])
        writer.extend(rows[3:])  # reaches flush_rows: one row group, nothing left for the close
    written = pq.ParquetFile(tmp_path / "people.parquet")
    assert written.metadata.num_row_groups == 1
    assert [tuple(r.values()) for r in written.read().to_pylist()] == rows


def test_an_aggregated_article_keeps_the_outlet_its_text_names(tmp_path: Path) -> None:
    """baomoi.com republishes: where the text names the original outlet (a credit such as
    ``Minh Hòa/VOV.VN``), that is the outlet and baomoi.com its ``via``; otherwise the aggregator
    stays the outlet (counted as of unknown origin) and ``via`` is empty."""
    body = ("Sáng 12/3/2017, tại Hà Nội, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ "
            "chức hội nghị hiệp thương bổ sung nhân sự. Các đại biểu thống nhất phương hướng công tác "
            "giám sát và phản biện xã hội, phát huy vai trò của nhân dân ở cơ sở trong năm 2017.")
    rows = [
        {"id": "credited", "outlet": "baomoi.com", "title": "Hiệp thương bổ sung nhân sự",
         "text": body + "\n\nTrong ảnh: Các đại biểu tại Hội nghị. Minh Hòa/VOV.VN"},
        {"id": "uncredited", "outlet": "baomoi.com", "title": "Hội nghị Mặt trận",
         "text": body.replace("12/3", "14/3")},
        {"id": "direct", "outlet": "Thanh Niên (thanhnien.vn)", "title": "Dân vận khéo ở phường",
         "text": ("Chiều 16/3/2017, Đảng ủy phường Bến Thành tổng kết phong trào thi đua Dân vận khéo. "
                  "Nhiều mô hình hay đã giúp giải quyết kịp thời kiến nghị của người dân, xây dựng "
                  "khu phố văn minh và phát huy quy chế dân chủ ở cơ sở.\n\nẢnh: VOV.VN")},
    ]
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "rows.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows),
                                    encoding="utf-8")
    docs = load_corpus(raw, out=tmp_path / "out", progress=False).documents.set_index("doc_id")
    assert docs.loc["rows:credited", ["outlet", "via"]].tolist() == ["VOV (Đài Tiếng nói Việt Nam)",
                                                                      "baomoi.com"]
    assert docs.loc["rows:uncredited", "outlet"] == "baomoi.com"
    assert pd.isna(docs.loc["rows:uncredited", "via"])
    assert docs.loc["rows:direct", "outlet"] == "Thanh Niên (thanhnien.vn)"  # given, not aggregated
    assert pd.isna(docs.loc["rows:direct", "via"])


def test_an_aggregator_address_alone_also_looks_for_the_original() -> None:
    from danvan.corpus.ingest.document import _outlet
    from danvan.corpus.ingest.readers import Record

    def record(meta: dict) -> Record:
        return Record("s", "s", None, "d", "", "txt", "utf-8", meta)

    via_url = _outlet(record({"url": "https://baomoi.com/abc.epi"}), [], "… Theo nhandan.vn")
    assert via_url == ("Nhân Dân (nhandan.vn)", None, "Báo Mới (baomoi.com)")
    given = _outlet(record({"outlet": "Thanh Niên", "url": "https://baomoi.com/x"}), [], "Ảnh: VOV.VN")
    assert given[0] == "Thanh Niên" and given[2] is None  # an outlet the input names wins
    alone = _outlet(record({"url": "https://baomoi.com/x"}), [], "không ghi nguồn")
    assert alone == ("Báo Mới (baomoi.com)", None, None)
