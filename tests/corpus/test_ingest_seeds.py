"""Gold values read by hand off the five seed articles in data/raw/."""

from __future__ import annotations

import re
from datetime import datetime

import pandas as pd
import pytest

from danvan.core.paths import raw_dir
from danvan.core.text import fold
from danvan.corpus.ingest.entities import whole_word_count
from danvan.corpus.load import Corpus, load_corpus

GOLD = {
    "000_1f2eb3cf792dc190": {
        "title": "Tạo điều kiện để nhân dân phát huy tiềm năng, sức sáng tạo trong học tập, "
        "lao động, sản xuất",
        "outlet": "Thành ủy TP Hồ Chí Minh (thanhuytphcm.vn)",
        # the header "Chủ Nhật, ngày 22 tháng 5 năm 2022" is the day the page was viewed
        "published": None,
        "event_date": datetime(2022, 1, 22),
        "province": "Thành phố Hồ Chí Minh",
        "province_2025": "Thành phố Hồ Chí Minh",
        "admin_level": "province",
        "author": "Long Hồ",
    },
    "001_2514309eff9800d1": {
        "title": "Lấy dân làm gốc, phát huy hiệu quả, sức mạnh công tác dân vận",
        "outlet": "Báo Hà Tĩnh (baohatinh.vn)",
        "published": None,
        "event_date": None,  # "Sáng 24/3": the text names no year
        "province": "Tỉnh Hà Tĩnh",
        "province_2025": "Tỉnh Hà Tĩnh",
        "admin_level": "province",
        "author": None,
    },
    "002_01ff7b62b503a632": {
        "title": "Tổ chức sơ kết công tác dân vận 6 tháng đầu năm 2018",
        "outlet": None,
        "published": datetime(2018, 10, 26, 11, 30),
        "event_date": datetime(2018, 7, 26),
        "province": "Thành phố Hồ Chí Minh",  # Quận ủy Bình Thạnh
        "province_2025": "Thành phố Hồ Chí Minh",
        "admin_level": "district",
        "author": "Thu Hà",
    },
    "003_32e42dc5755c558f": {
        "title": "Phát huy quyền làm chủ của nhân dân qua việc thực hiện Quy chế dân chủ ở cơ sở",
        "outlet": "Lao Động Thủ Đô (laodongthudo.vn)",
        "published": datetime(2020, 12, 3, 19, 42),
        "event_date": datetime(2020, 12, 3),
        "province": "Thành phố Hà Nội",
        "province_2025": "Thành phố Hà Nội",
        "admin_level": "province",
        "author": "Mai Quý",
    },
    "004_c4ff23b0dfae42e9": {
        "title": "Chú trọng chất lượng công tác dân vận trong tình hình mới",
        "outlet": "Nhân Dân (nhandan.vn)",
        "published": None,
        # "Chiều 7/1": the text names only ranges (2016-2021 reviewed, 2022-2026 signed), never
        # a year of its own, so the year is unknown (issue 13: no year from terms and ranges)
        "event_date": None,
        "province": "Thành phố Hải Phòng",
        "province_2025": "Thành phố Hải Phòng",
        "admin_level": "province",
        "author": None,
    },
}

# Lines that are web chrome in the raw files and must not survive anywhere in the text.
CHROME = [
    "SỐ LƯỢT TRUY CẬP", "Ý kiến bạn đọc", "Tin khác", "Đọc thêm", "TIN ĐÃ ĐƯA", "Xem tiếp",
    "Tổng lượt bình luận", "refresh", "Số lượt người xem", "TIN MỚI HƠN", "Ghi rõ nguồn",
    "Chủ đề Hoạt động của lãnh đạo tỉnh", "Tin mới Emagazine", "Không tiêu đề", "Tìm kiếm",
    "Xem theo ngày", "Kỳ cuối: Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở",
    "Chủ Nhật, ngày 22 tháng 5 năm 2022", "19:42 | 03/12/2020",
]

# Captions as printed (once, in documents.captions, never in documents.text).
CAPTIONS = {
    "000_1f2eb3cf792dc190": [
        "Phó Bí Thành ủy TPHCM Nguyễn Hồ Hải trao Bằng khen cho các tập thể.",
        "Phó Trưởng Ban Dân vận Trung ương Đỗ Văn Phớn trao Bằng khen cho các tập thể.",
        "Phó Bí thư Thành ủy Nguyễn Hồ Hải và Trưởng Ban Dân vận Thành ủy Nguyễn Hữu Hiệp trao "
        "Bằng khen cho các tập thể.",
    ],
    "001_2514309eff9800d1": [
        "Ủy viên dự khuyết BCH T.Ư Đảng - Phó Chủ tịch UBND tỉnh Đặng Quốc Khánh và Trưởng ban "
        "Dân vận Tỉnh ủy Phan Cao Than chủ trì hội nghị",
        "Phó Chủ tịch UBND tỉnh Đặng Quốc Khánh trình bày kế hoạch triển khai Chỉ thị 06 của BTV "
        "Tỉnh ủy.",
        "Bí thư Tỉnh ủy – Chủ tịch UBND tỉnh Lê Đình Sơn: Phải đổi mới sự lãnh đạo của Đảng và hệ "
        "thống chính trị về công tác dân vận và quy chế dân chủ cơ sở.",
    ],
    "002_01ff7b62b503a632": [
        "Đồng chí Lâm Đình Thắng, Phó Bí thư Quận ủy phát biểu chỉ đạo tại hội nghị sơ kết công "
        "tác Dân vận 6 tháng đầu năm 2018. (Ảnh: VM)",
    ],
    "003_32e42dc5755c558f": [
        "Phó Bí thư Thường trực Thành ủy Nguyễn Thị Tuyến phát biểu tại hội nghị",
    ],
    "004_c4ff23b0dfae42e9": [
        "Đồng chí Nguyễn Văn Tùng, Chủ tịch UBND thành phố và đồng chí Lê Trí Vũ, Trưởng Ban Dân "
        "vận Thành ủy ký kết Chương trình phối hợp.",
    ],
}

PEOPLE = {
    "000_1f2eb3cf792dc190": {
        "Nguyễn Hồ Hải": "Phó Bí thư Thành ủy",
        "Đỗ Văn Phớn": "Phó Trưởng Ban Dân vận Trung ương",
        "Nguyễn Hữu Hiệp": "Trưởng ban Dân vận Thành ủy",
        "Võ Văn Hoan": "Phó Chủ tịch UBND TP",
    },
    "001_2514309eff9800d1": {
        "Đặng Quốc Khánh": "Ủy viên dự khuyết BCH T.Ư Đảng - Phó Chủ tịch UBND tỉnh",
        "Phan Cao Thanh": "Trưởng ban Dân vận Tỉnh ủy",
        "Lê Đình Sơn": "Ủy viên BCH T.Ư Đảng, Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh",
        "Trần Nam Hồng": "Phó Bí thư Thường trực Tỉnh ủy",
    },
    "002_01ff7b62b503a632": {
        "Mai Văn Luông": "Trưởng phòng dân vận của các cơ quan nhà nước Ban Dân vận Thành ủy",
        "Lâm Đình Thắng": "Phó Bí thư Quận ủy",
    },
    "003_32e42dc5755c558f": {
        "Nguyễn Thị Tuyến": "Phó Bí thư Thường trực Thành ủy",
        "Nguyễn Doãn Toản": "Ủy viên Ban Thường vụ Thành ủy, Trưởng ban Dân vận Thành ủy, "
        "Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội",
        "Nguyễn Kim Hoàng": "Phó trưởng Ban Dân vận Thành ủy Hà Nội",
    },
    "004_c4ff23b0dfae42e9": {
        "Nguyễn Văn Tùng": "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố",
        "Lê Trí Vũ": "Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy",
        "Nguyễn Văn Thành": "Phó Trưởng Ban Dân vận Thành ủy",
    },
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return load_corpus(raw_dir(), out=tmp_path_factory.mktemp("processed"), progress=False)


def _doc(corpus: Corpus, doc_id: str) -> pd.Series:
    return corpus.documents.set_index("doc_id").loc[doc_id]


def test_every_seed_is_ingested(corpus: Corpus) -> None:
    assert sorted(corpus.documents["doc_id"]) == sorted(GOLD)
    # SOURCES.md is documentation, not an article: reported as skipped (issue 17)
    assert corpus.ingest_report.set_index("source")["status"].to_dict() == {
        "SOURCES.md": "skipped", **{f"{doc_id}.txt": "ok" for doc_id in GOLD}}


@pytest.mark.parametrize("doc_id", sorted(GOLD))
@pytest.mark.parametrize(
    "column",
    ["title", "outlet", "published", "event_date", "province", "province_2025", "admin_level",
     "author"],
)
def test_gold_metadata(corpus: Corpus, doc_id: str, column: str) -> None:
    value = _doc(corpus, doc_id)[column]
    expected = GOLD[doc_id][column]
    if expected is None:
        assert pd.isna(value), f"{doc_id}.{column} should be empty, got {value!r}"
    elif isinstance(expected, datetime):
        assert pd.Timestamp(value) == pd.Timestamp(expected)
    else:
        assert value == expected


def test_viewed_date_is_explained(corpus: Corpus) -> None:
    source = _doc(corpus, "000_1f2eb3cf792dc190")["date_source"]
    assert "viewed" in source and "Sáng 22/1" in source and "2022" in source
    assert "year unknown" in _doc(corpus, "001_2514309eff9800d1")["date_source"]
    assert "'Chiều 7/1', year unknown" in _doc(corpus, "004_c4ff23b0dfae42e9")["date_source"]


def test_event_year_says_where_the_year_came_from(corpus: Corpus) -> None:
    years = corpus.documents.set_index("doc_id")["event_year"]
    assert {k: (None if pd.isna(v) else v) for k, v in years.items()} == {
        "000_1f2eb3cf792dc190": "inferred",  # "Sáng 22/1", header contradicted, the text names 2022
        "001_2514309eff9800d1": None,  # "Sáng 24/3", no year named
        "002_01ff7b62b503a632": "printed",  # "Ngày 26/7/2018"
        "003_32e42dc5755c558f": "from_published",
        "004_c4ff23b0dfae42e9": None,  # "Chiều 7/1", only ranges named
    }


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_chrome_is_gone(corpus: Corpus, doc_id: str) -> None:
    doc = _doc(corpus, doc_id)
    everything = fold(doc["title"] + "\n" + doc["text"] + "\n" + (doc["captions"] or ""))
    for line in CHROME:
        assert fold(line) not in everything, f"{line!r} survived in {doc_id}"
    # counter digits of 002 ("2 6 6 3 4 4 9 5" one a line) are gone: no digit-only paragraph
    assert not any(p.strip().isdigit() for p in doc["text"].split("\n\n"))


@pytest.mark.parametrize("doc_id", sorted(CAPTIONS))
def test_captions_kept_once_and_apart(corpus: Corpus, doc_id: str) -> None:
    doc = _doc(corpus, doc_id)
    captions = doc["captions"].split("\n")
    assert captions == CAPTIONS[doc_id]
    body = fold(doc["text"])
    for caption in captions:
        assert fold(caption) not in body


def test_body_has_no_repeated_paragraph(corpus: Corpus) -> None:
    for _, doc in corpus.documents.iterrows():
        paragraphs = [fold(p) for p in doc["text"].split("\n\n")]
        assert len(paragraphs) == len(set(paragraphs)), doc["doc_id"]


@pytest.mark.parametrize("doc_id", sorted(PEOPLE))
def test_people_with_posts(corpus: Corpus, doc_id: str) -> None:
    people = corpus.people[corpus.people["doc_id"] == doc_id]
    assert dict(zip(people["name"], people["post"], strict=True)) == PEOPLE[doc_id]


def test_citations(corpus: Corpus) -> None:
    rows = corpus.citations
    assert set(rows["doc_id"]) == {"001_2514309eff9800d1"}
    got = {r.key: (r.issuer, r.mentions) for r in rows.itertuples()}
    # "Kết luận số 120 của Bộ Chính trị" ×2; "Chỉ thị số 06 của BTV Tỉnh ủy" and "Chỉ thị 06" ×3
    assert got == {"Kết luận 120": ("Bộ Chính trị", 2), "Chỉ thị 6": ("BTV Tỉnh ủy", 3)}


def test_offsets_point_into_the_text(corpus: Corpus) -> None:
    texts = corpus.documents.set_index("doc_id")["text"]
    for table in (corpus.paragraphs, corpus.sentences, corpus.tokens):
        col = "word" if "word" in table else "text"
        for row in table.itertuples():
            assert texts[row.doc_id][row.start : row.end] == getattr(row, col)


def test_lexicon_merges_domain_terms(corpus: Corpus) -> None:
    words = set(corpus.tokens["norm"])
    for term in ("ban_dân_vận", "thành_ủy", "tỉnh_ủy", "mặt_trận_tổ_quốc", "công_tác_dân_vận",
                 "hệ_thống_chính_trị", "quy_chế_dân_chủ_ở_cơ_sở", "cấp_ủy"):
        assert term in words, term
    # "Tỉnh ủy" is split by underthesea; after the lexicon it is never two tokens
    norms = corpus.tokens["norm"].tolist()
    assert not any(a == "tỉnh" and b == "ủy" for a, b in zip(norms, norms[1:], strict=False))


def test_abbreviations_expand_for_analysis_only(corpus: Corpus) -> None:
    ubnd = corpus.tokens[corpus.tokens["word"] == "UBND"]
    assert len(ubnd) > 0
    assert set(ubnd["lemma"]) == {"ủy_ban_nhân_dân"}
    assert "UBND" in _doc(corpus, "004_c4ff23b0dfae42e9")["text"]  # the text is not rewritten


def test_counts_agree_with_tables(corpus: Corpus) -> None:
    docs = corpus.documents.set_index("doc_id")
    words = corpus.tokens[~corpus.tokens["is_punct"]].groupby("doc_id").size()
    assert (docs["n_tokens"] == words.reindex(docs.index)).all()
    assert (docs["n_paragraphs"] == corpus.paragraphs.groupby("doc_id").size()).all()
    assert (docs["n_sentences"] == corpus.sentences.groupby("doc_id").size()).all()


@pytest.mark.parametrize(
    ("word", "text", "expected"),
    [
        ("Lê Văn A", "Lê Văn A và Lê Văn An, Lê Văn A. _Lê Văn A Lê Văn A1 xLê Văn A (Lê Văn A)", 3),
        ("ab", "abab ab ab_ ab", 2),
        ("aa", "aaa aa", 1),
        ("Hà", "Hà", 1),
    ],
)
def test_mentions_count_whole_words_only(word: str, text: str, expected: int) -> None:
    assert whole_word_count(word, text) == expected
    assert expected == len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def test_mentions_of_nothing_are_refused() -> None:
    with pytest.raises(ValueError, match="non-empty"):
        whole_word_count("", " ")
