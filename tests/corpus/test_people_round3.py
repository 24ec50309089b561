"""People classes of issue 13, round 3: a party committee's standing member printed short ("Thường vụ
Tỉnh ủy") opening a post after the name, a body's name with a hyphen spaced on one side only ("Ủy ban
Quốc phòng- An ninh"), and a name that ran on into the next sentence's first word ("Tôn Đức Thắng
Các đại biểu"), and crew and lawyers printed as posts ("thuyền trưởng", "Trưởng tàu", "Luật gia"). Each
class has its counter-examples."""

import pytest

from danvan.corpus.ingest.entities import find_people


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(p["name"], p["post"]) for p in find_people(text)]


@pytest.mark.parametrize("text, pairs", [
    # several people, each "Name - Thường vụ Tỉnh ủy, post": the posts stay with their own names
    ("Buổi lễ có sự tham dự của ông Lê Văn Hùng - Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo tỉnh, bà Trần "
     "Thị Mai - Thường vụ Tỉnh ủy, Trưởng ban Dân vận tỉnh, ông Phạm Quốc Bảo - Phó chủ tịch tỉnh.",
     [("Lê Văn Hùng", "Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo tỉnh"),
      ("Trần Thị Mai", "Thường vụ Tỉnh ủy, Trưởng ban Dân vận tỉnh"),
      ("Phạm Quốc Bảo", "Phó chủ tịch tỉnh")]),
    ("Đồng chí Ngô Minh Tâm, Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố Cần Thơ đã phát biểu.",
     [("Ngô Minh Tâm", "Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố Cần Thơ")]),
    # the full form keeps its post too
    ("Đồng chí Võ Thị Hạnh, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy đến thăm.",
     [("Võ Thị Hạnh", "Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy")]),
    # the standing board is a body, not a post
    ("Ban Thường vụ Tỉnh ủy vừa ban hành kết luận về công tác dân vận.", []),
    # a hyphen spaced on its right only, inside a body's name, before and after the name
    ("Phó Chủ nhiệm Ủy ban Quốc phòng- An ninh Nguyễn Minh Đức cho biết, dự luật đã được chỉnh lý.",
     [("Nguyễn Minh Đức", "Phó Chủ nhiệm Ủy ban Quốc phòng- An ninh")]),
    ("Ông Hoàng Văn Lâm, Giám đốc Sở Du lịch tỉnh Thừa Thiên- Huế, cho biết lượng khách tăng mạnh.",
     [("Hoàng Văn Lâm", "Giám đốc Sở Du lịch tỉnh Thừa Thiên- Huế")]),
    # ... but not after an outlet's mark, nor before a lower-case word
    ("Thủ tướng Phan Văn Khải đã ký quyết định bổ nhiệm (NLĐ)- Thủ tướng Phan Văn Khải vừa ký quyết định.",
     [("Phan Văn Khải", "Thủ tướng")]),
    # a headline glued to the caption: the name ends before the caption's first word
    ("Tưởng niệm ngày mất Chủ tịch Tôn Đức Thắng Các đại biểu dâng hương trước tượng đài.",
     [("Tôn Đức Thắng", "Chủ tịch")]),
    ("Bộ trưởng Bộ Tài chính Nguyễn Văn Hùng Sáng nay đã ký quyết định.",
     [("Nguyễn Văn Hùng", "Bộ trưởng Bộ Tài chính")]),
    # a three-syllable name keeps such a syllable, and so does a four-syllable one before a mark
    ("Giám đốc Sở Nguyễn Văn Sáng cho biết kế hoạch đã xong.", [("Nguyễn Văn Sáng", "Giám đốc Sở")]),
    ("Bà Nguyễn Thị Minh Sáng, Phó Chủ tịch UBND xã, cho biết.",
     [("Nguyễn Thị Minh Sáng", "Phó Chủ tịch UBND xã")]),
    # a ship's or a train's crew, a lawyer: posts before or after the name
    ("Theo thuyền trưởng Phạm Văn Lộc, con tàu rời cảng Quy Nhơn từ sáng hôm trước.",
     [("Phạm Văn Lộc", "thuyền trưởng")]),
    ("Theo ông Đỗ Minh Khoa - Trưởng tàu SE3, đoàn tàu dừng lại ngay sau đó.",
     [("Đỗ Minh Khoa", "Trưởng tàu SE3")]),
    ("Luật gia Trần Quốc Vinh cho rằng, quy định này cần được sửa đổi.", [("Trần Quốc Vinh", "Luật gia")]),
    # ... but the crew as a group, and the lawyers' association, name no one
    ("Các thuyền trưởng đều cho biết tàu đã về bến an toàn.", []),
    ("Hội Luật gia Việt Nam đã ra tuyên bố ủng hộ.", []),
])
def test_round3_people(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs
