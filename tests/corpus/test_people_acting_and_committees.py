"""People with posts in shapes heldout_8's misses showed (issue 13): an acting post (*quyền Giám đốc*), a
spaced dash before the honorific (*Phó Chủ tịch UBND tỉnh - ông A*), the heads of military and survey units
(*Trung đoàn trưởng*, *Liên đoàn trưởng*), a district's name inside the post (*… (Phan Thiết) A*) or right
after a unit's Party committee (*Bí thư Huyện ủy Mai Châu Hà Thị Thu*). Hand-written sentences in real
outlets' phrasing; each group has counter-examples."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.entities import find_people


def people(text: str) -> dict[str, str]:
    return {p["name"]: p["post"] for p in find_people(text)}


@pytest.mark.parametrize("text, name, post", [
    ("Ông Phan Văn Long, quyền Giám đốc Sở Văn hóa - Thông tin, khẳng định với phóng viên.", "Phan Văn Long",
     "quyền Giám đốc Sở Văn hóa - Thông tin"),
    ("Bà Nguyễn Thu Thủy, quyền Vụ trưởng Vụ Giáo dục đại học, cho biết.", "Nguyễn Thu Thủy",
     "quyền Vụ trưởng Vụ Giáo dục đại học"),
    ("Phó Chủ tịch UBND tỉnh Quảng Trị - ông Hoàng Nam đã dẫn đầu đoàn khảo sát.", "Hoàng Nam",
     "Phó Chủ tịch UBND tỉnh Quảng Trị"),
    ("Trung đoàn trưởng Nguyễn Thanh Côi cho biết, các đối tượng đua xe theo nhóm.", "Nguyễn Thanh Côi",
     "Trung đoàn trưởng"),
    ("Ông Võ Hồng Quang, Liên đoàn trưởng Liên đoàn Địa chất Bắc Trung Bộ cho biết đất đã ổn định.",
     "Võ Hồng Quang", "Liên đoàn trưởng Liên đoàn Địa chất Bắc Trung Bộ"),
    ("Chiều 29.12, Chủ tịch UBND xã Thiện Nghiệp (TP.Phan Thiết, Bình Thuận) Trần Tú Minh khẳng định.",
     "Trần Tú Minh", "Chủ tịch UBND xã Thiện Nghiệp (TP.Phan Thiết, Bình Thuận)"),
    ("Bí thư Huyện ủy Mai Châu Hà Thị Thu phát biểu tại hội nghị.", "Hà Thị Thu", "Bí thư Huyện ủy Mai Châu"),
    ("Bí thư Quận ủy Hoàng Mai Nguyễn Văn An phát biểu khai mạc.", "Nguyễn Văn An",
     "Bí thư Quận ủy Hoàng Mai"),
    # the post-holder of the time ("… khi đó là bà X"): the time word is not the post's
    ("Chủ tịch UBMTTQVN TPHCM khi đó là bà Võ Thị Dung đã đề nghị không làm sân golf.", "Võ Thị Dung",
     "Chủ tịch UBMTTQVN TPHCM"),
    # ... and where today's post is printed after the name, that one
    ("Năm 1992, Bí thư Huyện đoàn Hoài Nhơn khi ấy là ông Huỳnh Thanh Xuân (hiện đang là Trưởng ban Dân vận "
     "Tỉnh ủy) đã giúp anh.", "Huỳnh Thanh Xuân", "Trưởng ban Dân vận Tỉnh ủy"),
])
def test_the_post_and_the_whole_name(text, name, post):
    assert people(text) == {name: post}


@pytest.mark.parametrize("text, name, post", [
    # the person right after the committee, no district named: the person's name is whole
    ("Bí thư Huyện ủy Lê Bình phát biểu tại hội nghị.", "Lê Bình", "Bí thư Huyện ủy"),
    ("Bí thư Huyện ủy Trần Thị Minh Hòa phát biểu tại hội nghị.", "Trần Thị Minh Hòa", "Bí thư Huyện ủy"),
])
def test_a_name_right_after_the_committee_stays_whole(text, name, post):
    assert people(text) == {name: post}


def test_a_district_after_its_committee_is_no_person():
    assert people("Bí thư Huyện ủy Hoàng Mai phát biểu tại hội nghị.") == {}


@pytest.mark.parametrize("text, name, post", [
    # a person named like a district, its diacritics apart (Đỗ Lương, not the district Đô Lương), or its
    # first two syllables a district and one syllable after them (no name of one syllable)
    ("Bí thư Huyện ủy Đỗ Lương phát biểu tại hội nghị.", "Đỗ Lương", "Bí thư Huyện ủy"),
    ("Bí thư Huyện ủy Vũ Quang Hà phát biểu tại hội nghị.", "Vũ Quang Hà", "Bí thư Huyện ủy"),
    # a spaced dash inside the post before the name (Sở GD - ĐT) is no dash before an honorific
    ("Giám đốc Sở GD - ĐT Lê Văn Nam, Ủy viên BTV Tỉnh ủy, phát biểu.", "Lê Văn Nam",
     "Giám đốc Sở GD - ĐT"),
    # "quyền" ending another word is no acting post
    ("Chủ tịch UBND tỉnh đã ủy quyền Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng ký.", "Nguyễn Văn Hùng",
     "Phó Chủ tịch UBND tỉnh"),
    # a verb after the post ends it, however it starts ("khai thác")
    ("Ông Lê Văn An, Giám đốc Sở Y tế khai thác thông tin từ người dân.", "Lê Văn An", "Giám đốc Sở Y tế"),
    ("Ông Lê Văn An, Trưởng phòng Dự toán, cho biết.", "Lê Văn An", "Trưởng phòng Dự toán"),
])
def test_names_like_districts_and_posts_keep_their_own_words(text, name, post):
    assert people(text) == {name: post}


@pytest.mark.parametrize("text, name, post", [
    # a post stops before the verb of its clause, two syllables that start like a body's words
    ("Ông Nguyễn Xuân Anh, Chủ tịch HĐND thành phố Đà Nẵng phát biểu khai mạc kỳ họp.", "Nguyễn Xuân Anh",
     "Chủ tịch HĐND thành phố Đà Nẵng"),
    ("Bà Nguyễn Thị Lệ, Trưởng Ban Dân vận Thành ủy TPHCM triển khai một số nội dung.", "Nguyễn Thị Lệ",
     "Trưởng Ban Dân vận Thành ủy TPHCM"),
    ("Ông Hoàng Quốc Khánh, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Sơn La sở hữu một căn biệt thự.",
     "Hoàng Quốc Khánh", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Sơn La"),
    ("Bà Trương Thị Mai, Trưởng ban Dân vận Trung ương dự hội nghị.", "Trương Thị Mai",
     "Trưởng ban Dân vận Trung ương"),
    # ... and runs through the second syllables of its body's words
    ("Theo ông Lê Văn Dũng - Giám đốc Sở Quy hoạch - Kiến trúc, tình trạng quy hoạch treo còn nhiều.",
     "Lê Văn Dũng", "Giám đốc Sở Quy hoạch - Kiến trúc"),
    ("Theo ông Nguyễn Minh Giám, Trưởng phòng dự báo Đài khí tượng Thủy văn khu vực Nam bộ, trời sẽ rét.",
     "Nguyễn Minh Giám", "Trưởng phòng dự báo Đài khí tượng Thủy văn khu vực Nam bộ"),
    ("Bác sĩ Bùi Minh Thành, Trưởng khoa Phẫu thuật Tim chia sẻ, ca mổ kéo dài 6 giờ.", "Bùi Minh Thành",
     "Bác sĩ, Trưởng khoa Phẫu thuật Tim"),
    ("Anh Lê Quốc Phong, Ủy viên dự khuyết Ban chấp hành TW Đảng, phát biểu.", "Lê Quốc Phong",
     "Ủy viên dự khuyết Ban chấp hành TW Đảng"),
])
def test_a_post_ends_at_its_clause_verb_not_inside_a_word(text, name, post):
    assert people(text) == {name: post}


def test_a_dash_before_the_honorific_in_a_list_gives_no_post_to_the_next_person():
    found = people("Các tướng lãnh gồm ông Nguyễn Hữu Có - nguyên trung tướng, Tổng trưởng Quốc phòng - "
                   "ông Triệu Quốc Mạnh - nguyên thiếu tướng, Tổng trưởng Cảnh sát Sài Gòn - Gia Định.")
    assert found == {"Nguyễn Hữu Có": "trung tướng, Tổng trưởng Quốc phòng",
                     "Triệu Quốc Mạnh": "thiếu tướng, Tổng trưởng Cảnh sát Sài Gòn - Gia Định"}


def test_quyen_inside_chinh_quyen_is_no_acting_post():
    assert people("Thông điệp gửi tới chính quyền Tổng thống Mỹ Joe Biden.") == {"Joe Biden": "Tổng thống Mỹ"}
    assert people("Phó thủ tướng Nguyễn Tấn Dũng, quyền Bộ trưởng Nông nghiệp và Phát triển nông thôn "
                  "Cao Đức Phát đã đến làm việc.") == {
        "Nguyễn Tấn Dũng": "Phó thủ tướng",
        "Cao Đức Phát": "quyền Bộ trưởng Nông nghiệp và Phát triển nông thôn"}


def test_a_youth_union_and_its_province_is_no_person():
    # "Đoàn" is a surname and the Youth Union ("Tỉnh Đoàn Tiền Giang"); a person after a unit stays one
    assert people("Ông Lê Minh Tùng từng là cán bộ Tỉnh Đoàn Tiền Giang trước khi được bổ nhiệm.") == {}
    found = people("Chủ tịch UBND huyện Đoàn Quảng Nam phát biểu.")
    assert found == {"Đoàn Quảng Nam": "Chủ tịch UBND huyện"}


def test_a_city_typed_with_a_stray_capital_is_no_person():
    text = ("Bộ Chính trị đồng ý cho ông Nguyễn Thiện Nhân, Chủ tịch UBTƯ MTTQ Việt Nam, Bí thư Thành ủy TP "
            "Hồ CHí Minh thôi giữ chức Chủ tịch UBTƯ MTTQ Việt Nam.")
    assert [p["name"] for p in find_people(text)] == ["Nguyễn Thiện Nhân"]
