"""People with their posts, bylines and citations (issue 13): real sentences, expected values."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.clean import clean_text, parse_byline
from danvan.corpus.ingest.entities import find_citations, find_people


def _people(text: str) -> list[tuple[str, str, bool]]:
    return [(p["name"], p["post"], p["former"]) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # post after the name, spaced dashes, lower case (Tuổi Trẻ)
        ("Ông Nguyễn Văn Hòa - phó bí thư thường trực Huyện ủy Mỏ Cày Nam - cho biết nhiều tuyến đường "
         "được mở rộng.",
         [("Nguyễn Văn Hòa", "phó bí thư thường trực Huyện ủy Mỏ Cày Nam", False)]),
        # spaced parentheses; a district named before the name is part of the post (Nhân Dân)
        ("Bà Hà Thị Thu ( Chủ tịch Hội Liên hiệp Phụ nữ huyện Mai Châu ) cho biết tổ hợp tác được hỗ trợ.",
         [("Hà Thị Thu", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Mai Châu", False)]),
        # the post before the name, the province inside it (Báo Chính phủ)
        ("Bí thư Tỉnh ủy Sơn La Cầm Văn Thiết đề nghị các cấp ủy nhân rộng mô hình.",
         [("Cầm Văn Thiết", "Bí thư Tỉnh ủy Sơn La", False)]),
        # a rank before, the post after: both kept (Dân trí)
        ("Đại tá Vì Văn Thảo, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, chủ trì hội nghị.",
         [("Vì Văn Thảo", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", False)]),
        # Ê Đê names with H' and Y; posts of a village (buôn)
        ("Bà H'Lan Niê (Chủ tịch Hội Liên hiệp Phụ nữ huyện) đề nghị các buôn duy trì sinh hoạt. "
         "Ông Y Bhiăr Mlô, Trưởng buôn Ea Kung, mong huyện sớm làm lại đập thủy lợi.",
         [("H'Lan Niê", "Chủ tịch Hội Liên hiệp Phụ nữ huyện", False),
          ("Y Bhiăr Mlô", "Trưởng buôn Ea Kung", False)]),
        # posts missing from the old list: Cục trưởng, Giám đốc Sở with "và" inside the name of the body
        ("Đại diện Bộ VH-TT-DL có ông Trần Văn Hoàng, Cục trưởng Cục Văn hóa cơ sở. Cùng dự có ông A Dưn, "
         "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Kon Tum.",
         [("Trần Văn Hoàng", "Cục trưởng Cục Văn hóa cơ sở", False),
          ("A Dưn", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Kon Tum", False)]),
        # nguyên / cố: a flag, not part of the post; Chủ tịch Hồ Chí Minh is the late president
        ("Tới dự có nguyên Tổng bí thư Lê Khả Phiêu. Đại biểu học tập theo lời dạy của Chủ tịch Hồ Chí Minh.",
         [("Lê Khả Phiêu", "Tổng bí thư", True), ("Hồ Chí Minh", "Chủ tịch", True)]),
        ("Các đồng chí Lê Bá Trình, nguyên Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam, được tặng Huân chương.",
         [("Lê Bá Trình", "Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam", True)]),
        # a post never runs into the next clause
        ("Chủ tịch UBND tỉnh cho biết, tỉnh này vừa điều động bà Lê Thị Bình về xã.", []),
        # a commune, a district, a company named after a surname: never people
        ("Bí thư Đảng ủy xã Đồng Văn Vàng Mí Sính cho biết. Ông Hoàng Quốc Hoàn, Giám đốc Công ty TNHH "
         "Thái Hoàng, nói. Phụ nữ huyện Mai Châu ra mắt tổ hợp tác; Bí thư Huyện ủy Mai Châu phát biểu.",
         [("Vàng Mí Sính", "Bí thư Đảng ủy xã Đồng Văn", False),
          ("Hoàng Quốc Hoàn", "Giám đốc Công ty TNHH Thái Hoàng", False)]),
        # a hospital's name runs into the person's; a post with "Chính phủ"
        ("Giám đốc bệnh viện Bạch Mai Nguyễn Quang Tuấn; Phó Thủ tướng Chính phủ Vũ Đức Đam và các đại biểu.",
         [("Nguyễn Quang Tuấn", "Giám đốc bệnh viện Bạch Mai", False),
          ("Vũ Đức Đam", "Phó Thủ tướng Chính phủ", False)]),
        # a post heading a list of names; a given name that is also a province's (Hòa Bình)
        ("Cùng dự, có các Phó Thủ tướng Chính phủ: Trương Hòa Bình, Vũ Đức Đam; lãnh đạo một số bộ.",
         [("Trương Hòa Bình", "Phó Thủ tướng Chính phủ", False),
          ("Vũ Đức Đam", "Phó Thủ tướng Chính phủ", False)]),
        # word-segmented input with spaced punctuation (research corpora)
        ("Ông Nguyễn_Văn_Hòa , Phó_Bí_thư Huyện_ủy Mỏ_Cày_Nam , cho_biết như vậy .",
         [("Nguyễn Văn Hòa", "Phó Bí thư Huyện ủy Mỏ Cày Nam", False)]),
    ],
)
def test_people_and_posts(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _people(text) == expected


def test_segmented_offsets_point_into_the_text() -> None:
    text = "Ông Lò_Văn_Hặc , Chủ_tịch UBND xã Phổng_Lái , chia_sẻ."
    (row,) = find_people(text)
    assert text[row["start"] : row["start"] + len(row["name"])] == "Lò_Văn_Hặc"
    (cited,) = find_citations("Thực_hiện Nghị_quyết số 25-NQ/TW của Bộ_Chính_trị .")
    assert (cited["doc_type"], cited["number"], cited["issuer"]) == ("Nghị quyết", "25-NQ/TW", "Bộ Chính trị")


def test_people_count_mentions_and_offsets() -> None:
    text = "Ông Lò Văn Hặc, Chủ tịch UBND xã Phổng Lái, chia sẻ kinh nghiệm. Ông Lò Văn Hặc cho biết thêm."
    (row,) = find_people(text)
    assert row["mentions"] == 2 and text[row["start"] : row["start"] + len("Lò Văn Hặc")] == "Lò Văn Hặc"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thu Hà - Ban Dân vận Huyện ủy Hà Quảng", ("Thu Hà", "Ban Dân vận Huyện ủy Hà Quảng")),
        ("Văn Ngọc/VOV-Tây Bắc", ("Văn Ngọc", "VOV-Tây Bắc")),
        ("Nguyễn Sơn  (TTXVN)", ("Nguyễn Sơn", "TTXVN")),
        ("Tin, ảnh: XUÂN LỘC", ("Xuân Lộc", None)),
        ("THU DUNG - MINH HÒA", ("Thu Dung - Minh Hòa", None)),
        ("Hải Đăng - Thiên Trường", ("Hải Đăng - Thiên Trường", None)),
        ("Bùi Xuân Việt, Học viện Chính trị Quốc gia Hồ Chí Minh",
         ("Bùi Xuân Việt", "Học viện Chính trị Quốc gia Hồ Chí Minh")),
        ("PV/VOV1", ("PV", "VOV1")),
        ("Trường Sơn", ("Trường Sơn", None)),
        ("In bài viết", None),
        ("Chia sẻ", None),
        ("Báo Hànộimới", None),
        ("TTXVN/Tin Tức", None),
        ("Theo Báo Yên Bái", None),
    ],
)
def test_byline_lines(line: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_byline(line) == expected


def test_bylines_under_the_headline_after_chrome_and_after_the_last_sentence() -> None:
    header = clean_text("Dân góp 12 tỉ đồng làm đường quê\nNGỌC TÀI\n02/04/2024 08:15 GMT+7\n\n"
                        "TTO - Sáng 1/4, Huyện ủy Mỏ Cày Nam tổng kết phong trào thi đua.")
    assert (header.author, header.author_affiliation) == ("Ngọc Tài", None)
    assert "NGỌC TÀI" not in header.captions
    chrome = clean_text("Huyện ủy Krông Pắc đối thoại\n\nSáng 23/10, Ban Dân vận Huyện ủy tổ chức đối thoại."
                        "\n\nThành Nam\n\nIn bài viết\nChia sẻ\nTin liên quan")
    assert chrome.author == "Thành Nam" and chrome.paragraphs[-1].startswith("Sáng 23/10")
    tail = clean_text("Hội nghị Đoàn Chủ tịch\n\nChiều 21/6, tại Hà Nội, UBTƯ MTTQ Việt Nam tổ chức hội "
                      "nghị. Hội nghị thảo luận báo cáo nhân sự./. Minh Hòa/VOV.VN ")
    assert (tail.author, tail.author_affiliation) == ("Minh Hòa", "VOV.VN")
    assert tail.paragraphs[-1].endswith("báo cáo nhân sự./.")


def _cited(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c["doc_type"], c["number"], c["issuer"]) for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thực hiện kết luận số 62 và nghị quyết 25-NQ/TW của Bộ Chính trị, xã quyết định 3 vấn đề.",
         [("Kết luận", "62", None), ("Nghị quyết", "25-NQ/TW", "Bộ Chính trị")]),
        ("Ngày 12/12/2013, Bộ Chính trị có các Quyết định 217, 218 về công tác giám sát.",
         [("Quyết định", "217", "Bộ Chính trị"), ("Quyết định", "218", "Bộ Chính trị")]),
        ("Thường trực Ban Bí thư đã ký quyết định số 439 – QĐNS/TW chỉ định đồng chí Đỗ Đức Duy.",
         [("Quyết định", "439 – QĐNS/TW", "Ban Bí thư")]),
        ("Kết luận tại Thông báo số 64/TB-VPCP ngày 6-4-2016 của Văn phòng Chính phủ được triển khai.",
         [("Thông báo", "64/TB-VPCP", "Văn phòng Chính phủ")]),
        ("Quốc hội thông qua Luật Thực hiện dân chủ ở cơ sở. Luật có hiệu lực từ ngày 1/7/2023. "
         "Luật sư Nguyễn Văn A cho rằng Luật số 10/2022/QH15 cần được phổ biến.",
         [("Luật", None, None), ("Luật", "10/2022/QH15", None)]),
    ],
)
def test_citations(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _cited(text) == expected
