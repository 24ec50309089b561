"""A photo credit printed at the head of a long body paragraph (baomoi, VNTC) does not move the paragraph
into the captions (issue 13: danvan_news row 124 lost its whole body, and its byline, so). A short line
that opens on a credit is a caption still. Texts are real ones from ../shared/corpora, cut short."""

from __future__ import annotations

from danvan.corpus.ingest.clean import clean_text

BODY = (
    "Ảnh: VGP/Thành Trung Phát biểu tại buổi lễ, ông Nguyễn Thiện Nhân khẳng định, Tết trồng cây đã "
    "thành một phong trào, tập quán tốt đẹp của nhân dân ta trong những ngày vui Tết, đón xuân, góp phần "
    "tích cực bảo vệ môi trường, phát triển kinh tế - xã hội của đất nước. Cùng ngày, ông Nhân đã có buổi "
    "làm việc với lãnh đạo Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc. Mặt trận các cấp cũng vận động ủng hộ quỹ "
    "Vì người nghèo được 3,3 tỷ đồng, sửa chữa, xây mới được 111 nhà đại đoàn kết với tổng số tiền hơn "
    "3,8 tỷ đồng... Khánh Chi"
)
LEAD = (
    "Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Nguyễn Thiện Nhân đã tham dự Lễ "
    "hưởng ứng “Tết trồng cây đời đời nhớ ơn Bác Hồ” tại tỉnh Vĩnh Phúc."
)
TITLE = "Mặt trận chung tay trồng cây"


def test_a_credit_before_a_long_body_paragraph_keeps_it_in_the_body() -> None:
    doc = clean_text("\n".join([TITLE, LEAD, BODY]))
    assert doc.captions == []
    assert doc.paragraphs[-1].startswith("Ảnh: VGP/Thành Trung Phát biểu tại buổi lễ")
    assert doc.author == "Khánh Chi"


def test_a_short_line_opening_on_a_credit_is_a_caption() -> None:
    caption = "Ảnh: TTXVN Toàn cảnh hội nghị"
    doc = clean_text("\n".join([TITLE, LEAD, caption, "Hội nghị kết thúc chiều cùng ngày."]))
    assert doc.captions == [caption]


def test_a_relayed_articles_author_and_outlet_glued_after_the_last_sentence() -> None:
    # danvan_news rows 213 and 30 (baomoi): "Theo Author/Outlet" closes the one-line body
    end = "Quốc hội cần có biện pháp nhanh chóng thu hồi các đất đai do quân đội quản lý”, cử tri nêu ý kiến."
    doc = clean_text("\n".join([TITLE, LEAD, f"{end} Theo Công Quang/Dân Trí"]))
    assert (doc.author, doc.author_affiliation) == ("Công Quang", "Dân Trí")
    doc = clean_text("\n".join([TITLE, LEAD, f"{end} Theo Hương Diệp/ Tạp chí Mặt trận"]))
    assert (doc.author, doc.author_affiliation) == ("Hương Diệp", "Tạp chí Mặt trận")
    # an agency relayed is a source, no author
    assert clean_text("\n".join([TITLE, LEAD, f"{end} Theo TTXVN"])).author is None
