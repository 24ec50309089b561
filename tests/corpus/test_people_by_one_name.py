"""People printed by one name after a head's post, posts joined by a verb after an aside, and posts
without the caption's word of where the photo shows the person (issue 13).

Shapes read off the shared corpora: sports pages name coaches by surname (*HLV Tuchel*), world pages
name heads of state so (*Tổng thống Putin*); a commune report gives each relative's post after an
aside in brackets (*Ông A (gọi ông Hùng bằng cậu) đang là Chủ tịch UBND xã*); captions print where the
person stands (*Bí thư Thành ủy TPHCM (bìa trái)*).
"""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.entities import find_people


def _people(text: str) -> list[tuple[str, str, bool]]:
    return [(p["name"], p["post"], p["former"]) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giữa hiệp hai, HLV Moyes quyết định thay người.", [("Moyes", "HLV", False)]),
        ("Đội bóng của huấn luyện viên Klopp làm khách trên sân của Leeds.",
         [("Klopp", "huấn luyện viên", False)]),
        ("Tôi sẽ nói chuyện với Tổng thống Putin về vắc xin.", [("Putin", "Tổng thống", False)]),
        ("Tổng thống Nga Putin đã ký sắc lệnh.", [("Putin", "Tổng thống Nga", False)]),
        ("Ông và em gái là cựu thủ tướng Yingluck vẫn có ảnh hưởng.", [("Yingluck", "thủ tướng", True)]),
        ("Phát biểu trước báo giới, Chủ tịch FIFA, Infantino khẳng định sẽ không chấp nhận.",
         [("Infantino", "Chủ tịch FIFA", False)]),
        # the full name printed with the post: one person, not two
        ("Đoàn quân của HLV Thomas Tuchel nhập cuộc tự tin. HLV Tuchel hài lòng.",
         [("Thomas Tuchel", "HLV", False)]),
        # a name that ends the sentence; a head coach
        ("Hôm qua tôi đã gặp Tổng thống Putin.", [("Putin", "Tổng thống", False)]),
        ("HLV trưởng Riedl nói đội đã cố gắng.", [("Riedl", "HLV trưởng", False)]),
        ("Nữ hoàng Victoria trị vì lâu nhất.", [("Victoria", "Nữ hoàng", False)]),
    ],
)
def test_a_foreign_person_by_one_name(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch Samsung cho biết doanh thu tăng.",  # a firm, no head's post
        "Tổng thống Afghanistan phát biểu tại hội nghị.",  # a country in Latin letters
        "Thủ tướng Anh phát biểu; HLV Minh nói đội đã cố gắng.",  # a country; a name without its marks
        "Di sản của các quốc vương Khmer còn lại nhiều đền tháp.",  # a people, not a king's name
        "Thủ tướng Chính phủ yêu cầu các bộ khẩn trương.",  # a Vietnamese word
        "HLV Chelsea nói đội sẽ cố gắng. Arsenal đánh bại Chelsea.",  # a team, printed as one
        "HLV Olympic chưa chọn; Tổng thống Kenya và Thủ tướng Samoa hội đàm.",  # a contest; countries
    ],
)
def test_no_person_by_one_name(text: str) -> None:
    assert _people(text) == []


def test_a_post_joined_by_a_verb_after_an_aside() -> None:
    text = ("Ông Hồ Anh Trung (gọi ông Hùng bằng cậu bên vợ) đang là Chủ tịch UBND xã. Bà Trần Thị Thanh "
            "Hoa (em dâu ông Hùng) là Chánh văn phòng Đảng ủy xã. Ông Đỗ Văn Hùng (cùng họ tộc với ông Đỗ "
            "Đình Hùng) làm Trưởng công an xã.")
    assert _people(text) == [
        ("Hồ Anh Trung", "Chủ tịch UBND xã", False),
        ("Trần Thị Thanh Hoa", "Chánh văn phòng Đảng ủy xã", False),
        ("Đỗ Văn Hùng", "Trưởng công an xã", False),
    ]


@pytest.mark.parametrize(("text", "post"), [
    ("Đồng chí Nguyễn Minh Triết, Bí thư Thành ủy TPHCM (bìa trái), trò chuyện với các đại biểu.",
     "Bí thư Thành ủy TPHCM"),
    ("Ông Lê Văn An, Chủ tịch UBND tỉnh (thứ hai từ trái sang) trao quà.", "Chủ tịch UBND tỉnh"),
    ("Ông Lê Văn An, Giám đốc Sở Y tế (hàng đầu, bên phải) dự lễ.", "Giám đốc Sở Y tế"),
    # a bracket that is no photo's place stays
    ("Ông Lê Văn Bình, Trưởng phòng Quản lý đô thị (Q.1), cho biết.", "Trưởng phòng Quản lý đô thị (Q.1)"),
])
def test_a_photo_place_is_no_part_of_the_post(text: str, post: str) -> None:
    assert [p["post"] for p in find_people(text)] == [post]


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign person's name inside what reads as one post: the post after it is the next person's
    ("Tổng thống Nga Vladimir Putin (phải) và Chủ tịch Trung Quốc Tập Cận Bình tại hội nghị.",
     [("Vladimir Putin", "Tổng thống Nga", False), ("Tập Cận Bình", "Chủ tịch Trung Quốc", False)]),
    # after its country, a name of Vietnamese-like syllables is a foreign person too
    ("Dự có Chủ tịch QH Campuchia Heng Samrin, Phó thủ tướng Campuchia Men Sam An, Chủ tịch QH Nguyễn "
     "Thị Kim Ngân.",
     [("Heng Samrin", "Chủ tịch QH Campuchia", False), ("Men Sam An", "Phó thủ tướng Campuchia", False),
      ("Nguyễn Thị Kim Ngân", "Chủ tịch QH", False)]),
    # a firm's Latin name or a Vietnamese one printed without marks is no person
    ("Phó Tổng giám đốc Viettel Telecom Nguyễn Văn Bình phát biểu.",
     [("Nguyễn Văn Bình", "Phó Tổng giám đốc Viettel Telecom", False)]),
    ("Tổng giám đốc Công ty Dutch Lady, Phó Chủ tịch Hiệp hội Sữa Việt Nam Nguyễn Văn An phát biểu.",
     [("Nguyễn Văn An", "Tổng giám đốc Công ty Dutch Lady, Phó Chủ tịch Hiệp hội Sữa Việt Nam", False)]),
    ("Giám đốc Công ty Minh Long và Chủ tịch Hội đồng quản trị Nguyễn Văn An dự lễ.",
     [("Nguyễn Văn An", "Giám đốc Công ty Minh Long và Chủ tịch Hội đồng quản trị", False)]),
])
def test_a_foreign_name_ends_the_post_before_the_next(text: str, expected: list) -> None:
    assert _people(text) == expected
