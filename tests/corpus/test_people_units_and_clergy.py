"""People in the wider press (issue 13, heldout_13 misses): a four-syllable name after a unit type that no
province or district is called, party-committee members printed as one word, the Buddhist clergy's family
name, station heads and parish priests, posts one is appointed to, and a list's number glued to a post.
Sentences from the corpora's articles, with expected values and counter-examples."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.entities import find_people


def _people(text: str) -> list[tuple[str, str]]:
    return [(p["name"], p["post"]) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no city is called "Phùng Thị": the woman after "HĐND TP" (Báo Mới, from Hà Nội Mới)
        ("Phó Chủ tịch HĐND TP Phùng Thị Hồng Hà cho biết, HĐND các cấp TP cũng sẽ tăng cường "
         "hoạt động TXCT.",
         [("Phùng Thị Hồng Hà", "Phó Chủ tịch HĐND TP")]),
        ("Phó Chủ tịch HĐND thành phố Nguyễn Thị Hồng Hạnh phát biểu.",
         [("Nguyễn Thị Hồng Hạnh", "Phó Chủ tịch HĐND thành phố")]),
        # counter-examples: a district's or a province's name does come first
        ("Bí thư Huyện ủy huyện Mai Châu Hà Thị Thu cho biết.",
         [("Hà Thị Thu", "Bí thư Huyện ủy huyện Mai Châu")]),
        ("Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Văn Yên cho biết.",
         [("Nguyễn Văn Yên", "Chủ tịch UBND tỉnh Lâm Đồng")]),
        ("Chủ tịch UBND TP Phan Thiết Hồ Lâm cho biết.", [("Hồ Lâm", "Chủ tịch UBND TP Phan Thiết")]),
        # "Thị" is a woman's middle name, no word of the station's name run on (VnExpress)
        ("Chiều 20/12, Phó ga Hàng Cỏ - Hà Nội Phùng Thị Lý Hà cho biết, đơn vị này đã bán trên 6.300 vé.",
         [("Phùng Thị Lý Hà", "Phó ga Hàng Cỏ - Hà Nội")]),
        ("Giám đốc Thảo Cầm Viên Phan Việt Lâm cho biết.", [("Phan Việt Lâm", "Giám đốc Thảo Cầm Viên")]),
        # a party-committee member printed as one word (Báo Mới, from Người Lao Động)
        ("Bà Trần Kim Yến - Thành ủy viên, Chủ tịch LĐLĐ TP HCM - trả lời như vậy.",
         [("Trần Kim Yến", "Thành ủy viên, Chủ tịch LĐLĐ TP HCM")]),
        ("Tỉnh ủy viên, Bí thư Huyện ủy Nguyễn Văn An phát biểu.",
         [("Nguyễn Văn An", "Tỉnh ủy viên, Bí thư Huyện ủy")]),
        # the Buddhist clergy's family name (Báo Mới, from Sài Gòn Giải Phóng)
        ("Thành hội Phật giáo TPHCM do Hòa thượng Thích Trí Quảng, Phó Chủ tịch Hội đồng Trị sự Trung ương "
         "Giáo hội Phật giáo Việt Nam, dẫn đầu.",
         [("Thích Trí Quảng",
           "Hòa thượng, Phó Chủ tịch Hội đồng Trị sự Trung ương Giáo hội Phật giáo Việt Nam")]),
        # counter-example: the Buddha is no person with a post
        ("Giám đốc Sở dâng hương tượng Phật Thích Ca Mâu Ni.", []),
        # a railway station's heads (VnExpress)
        ("Theo ông Đỗ Quang Văn, Phó ga Sài Gòn, để vé đến được đúng tay người tiêu dùng.",
         [("Đỗ Quang Văn", "Phó ga Sài Gòn")]),
        ("Hành khách cứ đến ga\", ông Trương Quang Mông, Trưởng ga Sài Gòn khẳng định.",
         [("Trương Quang Mông", "Trưởng ga Sài Gòn")]),
        # a parish priest, the parish's lower-case word kept in the post
        ("Linh mục Nguyễn Văn Khải, Chánh xứ giáo xứ Thái Hà, cho biết.",
         [("Nguyễn Văn Khải", "Linh mục, Chánh xứ giáo xứ Thái Hà")]),
        # the post one is appointed to (Báo Mới, from Người Lao Động)
        ("Trong số 6 phó giám đốc sở này, ông Trần Đình Chương được điều động và bổ nhiệm chức danh Phó "
         "Giám đốc Sở Khoa học và Công nghệ kể từ ngày 31-5; ông Đinh Văn Tiên nghỉ hưu.",
         [("Trần Đình Chương", "Phó Giám đốc Sở Khoa học và Công nghệ")]),
        ("2 nguyên phó giám đốc sở này gồm ông Nguyễn Văn Trượng được điều động, bổ nhiệm giữ chức Phó Ban "
         "Dân vận Tỉnh ủy và ông Nguyễn Hiếu Hòa được cho nghỉ hưu trước tuổi.",
         [("Nguyễn Văn Trượng", "Phó Ban Dân vận Tỉnh ủy")]),
        ("Ông Nguyễn Văn A được bổ nhiệm lại.", []),
        # a list's number glued to the post's last word, not a unit's number (Thanh Niên)
        ("Mai Văn Chính, Tỉnh ủy viên, Bí thư Huyện ủy Thủ Thừa, tỉnh Long An4\n"
         "Võ Văn Thưởng, Thành ủy viên, Bí thư Quận ủy Quận 12, TP Hồ Chí Minh19",
         [("Mai Văn Chính", "Tỉnh ủy viên, Bí thư Huyện ủy Thủ Thừa, tỉnh Long An"),
          ("Võ Văn Thưởng", "Thành ủy viên, Bí thư Quận ủy Quận 12, TP Hồ Chí Minh")]),
    ],
)
def test_people_units_and_clergy(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected
