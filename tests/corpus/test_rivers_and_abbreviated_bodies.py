"""Classes read on heldout_10 as development data (issue 13): a river or a street named after a province is
not the province (*sông Thái Bình*, *đường Điện Biên Phủ*, *phố Huế*), and central or city bodies printed
short (*QH*, *Liên bộ*, *Thanh tra thành phố*) give their level. The sentences are our own, in the outlets'
phrasing; each class has counter-examples that must not change."""

import pytest

from danvan.corpus.ingest.levels import admin_level
from danvan.corpus.ingest.places import locate, province_scores

HCM, HN, HUE, TB = "Thành phố Hồ Chí Minh", "Thành phố Hà Nội", "Thành phố Huế", "Tỉnh Thái Bình"


def _province(text: str) -> str | None:
    return locate(text, text, text, None, model=False)[0]


@pytest.mark.parametrize("text, province", [
    # a river flowing through several provinces
    ("Lũ trên hệ thống sông Thái Bình đang lên. Mực nước sông Thái Bình tại Phả Lại vượt báo động 3. "
     "Sông Thái Bình còn lên.", None),
    # streets of a city named after provinces: the city is the place
    ("Cháy nhà trên đường Điện Biên Phủ (quận 3). Đường Điện Biên Phủ bị phong tỏa, xe đi vòng qua "
     "đường Điện Biên Phủ và đường Bình Thuận (quận 7).", HCM),
    ("Mưa đá ở phố Huế, phố Huế và Khâm Thiên; phố Huế ngập sâu, quận Hai Bà Trưng.", HN),
    # ... the city's own name, its streets and the province with its unit word are the place
    ("Thành phố Huế rực rỡ cờ hoa. Người dân thành phố Huế đổ ra đường.", HUE),
    ("Đường phố Hà Nội vắng vẻ chiều 30 Tết; đường phố Hà Nội sạch sẽ.", HN),
    ("Mưa lớn ở tỉnh Thái Bình, nước sông dâng cao; Thái Bình sơ tán dân.", TB),
])
def test_a_river_or_a_street_named_after_a_province_is_not_it(text, province):
    assert _province(text) == province


@pytest.mark.parametrize("lead, level", [
    # the National Assembly printed short, and a joint circular of ministries
    ("Giải trình trước các đại biểu quốc hội (QH) chuyên trách hôm qua 21/2, Chủ nhiệm Ủy ban các vấn đề xã "
     "hội của QH Nguyễn Thị Hoài Thu cho biết:", "central"),
    ("Liên bộ Nội vụ, Lao động Thương binh và Xã hội đang xây dựng và dự kiến ban hành thông tư hướng dẫn "
     "xử lý kỷ luật cán bộ vi phạm.", "central"),
    # a city's inspectorate, its city unnamed (the article's city)
    ("Thanh tra thành phố vừa cho biết, dự kiến năm nay sẽ thanh tra 24 dự án đầu tư xây dựng.", "province"),
    ("Thanh tra Chính phủ vừa kết luận sai phạm tại dự án.", "central"),
    # ... a province's delegation of deputies stays the province's; inspecting (lower case) is no body
    ("Đoàn ĐBQH tỉnh Nghệ An vừa tiếp xúc cử tri huyện Đô Lương.", "province"),
    ("Đoàn thanh tra của thành phố vừa kết luận sai phạm.", None),
])
def test_short_printed_central_and_city_bodies_give_their_level(lead, level):
    assert admin_level(lead, HCM) == level


@pytest.mark.parametrize(("title", "expected"), [
    # capitalised as it opens a headline
    ("Đường phố Hà Nội vắng vẻ chiều 30 Tết", {"Thành phố Hà Nội": 3}),
    ("Đường Điện Biên Phủ bị phong tỏa", {}),
    # "đường" as the way and as sugar
    ("Anh đang trên đường Hà Nội về quê", {"Thành phố Hà Nội": 3}),
    ("Nhà máy đường Sóc Trăng ngừng chạy", {"Tỉnh Sóc Trăng": 3}),
])
def test_duong_as_street_way_or_sugar(title, expected):
    lead = "Những ngày này, người dân đi lại khó khăn."
    assert dict(province_scores(title, lead, lead, None)) == expected
