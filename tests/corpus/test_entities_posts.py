"""Posts and surnames added for the wider press (issue 13), on real sentences of
../shared/corpora (VNTC, Dân trí), cut short."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.entities import find_people


@pytest.mark.parametrize(("text", "name", "post"), [
    ("Ngày 12-4, ông Quách Lê Thanh, Tổng Thanh tra Chính phủ (TTCP) cho biết, TTCP đang yêu cầu.",
     "Quách Lê Thanh", "Tổng Thanh tra Chính phủ (TTCP)"),
    ("Tổng cục phó Du lịch Phạm Từ cho biết, ngành du lịch đặt mục tiêu đến năm 2010.",
     "Phạm Từ", "Tổng cục phó Du lịch"),
    ("Tiến sĩ Huỳnh Văn Sơn, Khoa tâm lý Giáo dục Đại học Sư phạm TP HCM trả lời ngay.",
     "Huỳnh Văn Sơn", "Tiến sĩ"),
    ("Theo Luật sư Phạm Quốc Hưng, đoàn luật sư TP HCM, khi có tranh chấp tập thể phải thông qua hòa giải.",
     "Phạm Quốc Hưng", "Luật sư"),
    ("chiều 29-4, Phó Phát ngôn Bộ Ngoại giao Việt Nam Đoàn Khắc Việt cho biết Bộ Ngoại giao.",
     "Đoàn Khắc Việt", "Phó Phát ngôn Bộ Ngoại giao Việt Nam"),
    ("Giải thích về quyết định 3637, ông Đoàn Ngọc Quế, cán bộ Phòng Tài chính Thương mại và Du lịch của "
     "UBND TP HCM, cho biết",
     "Đoàn Ngọc Quế", "cán bộ Phòng Tài chính Thương mại và Du lịch của UBND TP HCM"),
    # the surname Chử (Dân trí row 1511)
    ("Phó Chủ tịch UBND TP Chử Xuân Dũng tiếp tục yêu cầu các đơn vị chủ động.",
     "Chử Xuân Dũng", "Phó Chủ tịch UBND TP"),
])
def test_posts_of_the_wider_press(text, name, post):
    assert [(p["name"], p["post"]) for p in find_people(text)] == [(name, post)]


def test_hieu_pho_after_the_name():
    found = find_people("Ông Đỗ Văn Hùng, Hiệu phó trường Trung học Kỹ thuật Lý Tự Trọng, cho rằng")
    assert [p["name"] for p in found] == ["Đỗ Văn Hùng"]
    assert found[0]["post"].startswith("Hiệu phó trường Trung học")


def test_a_school_name_is_no_person():
    # "Trường THCS Chu Văn An" (Dân trí row 372): the school, not a person
    found = find_people("Về điều này, thầy Đặng Việt Hà, Hiệu trưởng Trường THCS Chu Văn An, quận Tây Hồ (Hà "
                        "Nội) cho rằng, sau 3 năm đào tạo, nhà trường")
    assert [(p["name"], p["post"]) for p in found] == [
        ("Đặng Việt Hà", "Hiệu trưởng Trường THCS Chu Văn An, quận Tây Hồ (Hà Nội)")]
    assert find_people("tại trường THPT Chu Văn An và các trường THCS và THPT khác trên địa bàn.") == []


def test_a_person_after_a_school_or_an_education_department():
    # VNTC rows 9721 and 7020
    found = find_people("Theo phân tích của Hiệu trưởng THCS Chu Văn An Đinh Văn Bình, đối với những sinh")
    assert [(p["name"], p["post"]) for p in found] == [("Đinh Văn Bình", "Hiệu trưởng THCS Chu Văn An")]
    found = find_people("Theo Vụ trưởng Vụ Tiểu học Trịnh Quốc Thái, để tránh tâm lý căng thẳng")
    assert [(p["name"], p["post"]) for p in found] == [("Trịnh Quốc Thái", "Vụ trưởng Vụ Tiểu học")]


@pytest.mark.parametrize(("text", "people"), [
    # a foreign leader after a post that ends with the country (Dân trí rows 2549, 2546; danvan_news 212)
    ("Trong một diễn biến cho thấy căng thẳng leo thang giữa hai quốc gia, Thủ tướng Séc Andrej Babis cuối "
     "tuần qua đã công khai", [("Andrej Babis", "Thủ tướng Séc", False)]),
    ("Phó Thủ tướng kiêm Bộ trưởng Công thương Séc Karel Havlicek hôm nay cho biết",
     [("Karel Havlicek", "Phó Thủ tướng kiêm Bộ trưởng Công thương Séc", False)]),
    ("Hãng tin TASS dẫn lời người phát ngôn Bộ Ngoại giao Nga Maria Zakharova trong cuộc trả lời phỏng",
     [("Maria Zakharova", "người phát ngôn Bộ Ngoại giao Nga", False)]),
    ("Bộ trưởng Quốc phòng Nga Sergei Shoigu đã đích thân tới Crimea",
     [("Sergei Shoigu", "Bộ trưởng Quốc phòng Nga", False)]),
    ("Tới dự lễ kỷ niệm có Chủ tịch QH Campuchia Heng Samrin, Phó thủ tướng Campuchia Men Sam An, ",
     [("Heng Samrin", "Chủ tịch QH Campuchia", False), ("Men Sam An", "Phó thủ tướng Campuchia", False)]),
    # "Anh" after a post is the country, not "anh" (Dân trí row 1647)
    ("Thủ tướng Anh Boris Johnson đã có cuộc gặp gỡ với Liên đoàn bóng đá",
     [("Boris Johnson", "Thủ tướng Anh", False)]),
    # the nearest post, "cựu" (former) kept as the flag, posts without a country (danvan_news row 287)
    ("Hội nghị cũng đã có thư chính thức mời Tổng thư ký LHQ Kofi Annan, cựu Tổng thống Mỹ Bill Clinton và "
     "thượng nghị sĩ John Kerry tham dự.", [("Kofi Annan", "Tổng thư ký LHQ", False),
                                             ("Bill Clinton", "Tổng thống Mỹ", True),
                                             ("John Kerry", "thượng nghị sĩ", False)]),
    # a company named after a place is no person (Dân trí row 212)
    ("Sở Giao dịch Chứng khoán TPHCM vừa có thông báo về việc đưa cổ phiếu HAG của Tập đoàn Hoàng Anh Gia "
     "Lai từ diện cảnh báo sang diện kiểm soát", []),
])
def test_foreign_leaders(text, people):
    assert [(p["name"], p["post"], p["former"]) for p in find_people(text)] == people
