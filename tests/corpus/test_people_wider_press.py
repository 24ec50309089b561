"""People with posts in the wider press (issue 13, heldout_4 misses): spokesmen, prosecutors,
station and forest-ranger heads, vice-consuls, dotted academic titles, "phụ trách" after a name.
Short sentences in the outlets' own style, with expected values and counter-examples."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.entities import find_people


def _people(text: str) -> list[tuple[str, str, bool]]:
    return [(p["name"], p["post"], p["former"]) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spokesman of a foreign body (Dân trí)
        ("Phát ngôn viên Điện Kremlin Dmitry Peskov cho biết Nga chưa nhận được đề nghị nào.",
         [("Dmitry Peskov", "Phát ngôn viên Điện Kremlin", False)]),
        # "Lầu Năm Góc" is the Pentagon, not a person surnamed Lầu (Dân trí)
        ("Phát ngôn viên Lầu Năm Góc John Kirby nói với các phóng viên.",
         [("John Kirby", "Phát ngôn viên Lầu Năm Góc", False)]),
        # a prosecutor general (Dân trí)
        ("Tổng công tố viên Nga Igor Krasnov đã ký lệnh.",
         [("Igor Krasnov", "Tổng công tố viên Nga", False)]),
        # a forest-ranger post after the name, lower case (Tuổi Trẻ)
        ("Ông Lê Quang Kim, hạt trưởng Kiểm lâm Quế Sơn, cho biết rừng đã bị phá.",
         [("Lê Quang Kim", "hạt trưởng Kiểm lâm Quế Sơn", False)]),
        # a station head after a rank (Dân trí)
        ("Thượng úy Nguyễn Sư Long, Trạm trưởng Trạm Kiểm soát Biên phòng Sa Kỳ, cho biết.",
         [("Nguyễn Sư Long", "Thượng úy, Trạm trưởng Trạm Kiểm soát Biên phòng Sa Kỳ", False)]),
        # a head of a block of the Front (Người Lao Động)
        ("Ông Lê Kiên Thành, Trưởng khối Kinh tế Ủy ban MTTQ TP, phát biểu.",
         [("Lê Kiên Thành", "Trưởng khối Kinh tế Ủy ban MTTQ TP", False)]),
        # the one in charge of a body, after the name only (VnExpress)
        ("Ông Francois Millard, phụ trách Trung tâm Giáo dục Pháp, cho biết.",
         [("Francois Millard", "phụ trách Trung tâm Giáo dục Pháp", False)]),
        # the head of a body, after the name only (VnExpress); "cấp ủy, người đứng đầu" names nobody
        ("Ông Bùi Đức Thắng, người đứng đầu Sở Y tế, cho biết.",
         [("Bùi Đức Thắng", "người đứng đầu Sở Y tế", False)]),
        ("Các đồng chí cấp ủy, người đứng đầu Đảng bộ phải gương mẫu.", []),
        # dotted academic titles before the name, a post after it (Dân trí)
        ("Theo PGS. TS. Trần Danh Cường, Giám đốc Bệnh viện Phụ sản Trung ương, việc này cần thiết.",
         [("Trần Danh Cường", "PGS. TS., Giám đốc Bệnh viện Phụ sản Trung ương", False)]),
        ("TS. BS Trần Minh Long - Phó trưởng khoa Hồi sức Ngoại nhận định.",
         [("Trần Minh Long", "TS. BS, Phó trưởng khoa Hồi sức Ngoại", False)]),
        ("Hội thảo có TS. Cấn Văn Lực tham dự.", [("Cấn Văn Lực", "TS.", False)]),
        # a title alone in a caption gives way to the post printed later; the hospital after the
        # post is no person though "Bạch" is a surname (Dân trí)
        ("PGS.TS. Đào Xuân Cơ. Ảnh: VGP\n"
         "Theo PGS.TS. Đào Xuân Cơ, Phó Giám đốc BV Bạch Mai, vắc xin an toàn.",
         [("Đào Xuân Cơ", "PGS.TS., Phó Giám đốc BV Bạch Mai", False)]),
        # lower-case words of national bodies' and envoys' titles (Báo Mới, from Nhân Dân)
        ("Dự có Ủy viên Trung ương Đảng, Tổng Giám đốc Thông tấn xã Việt Nam Nguyễn Đức Lợi; các bộ.",
         [("Nguyễn Đức Lợi", "Ủy viên Trung ương Đảng, Tổng Giám đốc Thông tấn xã Việt Nam", False)]),
        ("Dự có Tổng Giám đốc Đài Tiếng nói Việt Nam Nguyễn Thế Kỷ.",
         [("Nguyễn Thế Kỷ", "Tổng Giám đốc Đài Tiếng nói Việt Nam", False)]),
        ("Đến dự còn có Đại sứ Đặc mệnh toàn quyền Cộng hòa Cuba tại Việt Nam Herminio Lopez Diaz và "
         "các nhân viên Đại sứ quán.",
         [("Herminio Lopez Diaz", "Đại sứ Đặc mệnh toàn quyền Cộng hòa Cuba tại Việt Nam", False)]),
        # counter-example: "phụ trách" as a verb is no post; after a comma, a task in lower case is one
        # (gold heldout_4: "bà X, phụ trách truyền thông và tiếp thị khách sạn Sofitel")
        ("Ông Nguyễn Tuấn Đạt phụ trách Ban Tuyên giáo từ năm 2010.", []),
        ("Ông Nguyễn Tuấn Đạt, phụ trách địa bàn, cho biết.",
         [("Nguyễn Tuấn Đạt", "phụ trách địa bàn", False)]),
        # a sentence ending after a name is still a stop ("Chủ tịch UBND tỉnh." then a new sentence)
        ("Đó là ý kiến của ông Lê Văn Tám, Chủ tịch UBND tỉnh. Nguyễn Văn Bảy nói thêm.",
         [("Lê Văn Tám", "Chủ tịch UBND tỉnh", False)]),
    ],
)
def test_people_wider_press(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _people(text) == expected
