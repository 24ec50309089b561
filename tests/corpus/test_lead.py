"""The lead of an article (issue 13): a photo caption atop the article, or glued before the lead in the
same paragraph, is not the lead; the lead stays a part of the text."""

from __future__ import annotations

from datetime import datetime

import pytest

from danvan.corpus.ingest.dates import find_dates
from danvan.corpus.ingest.lead import cut_glued_caption, is_photo_caption, lead_paragraph

# Dân trí prints the photo's caption, with its credit in brackets, as the article's first paragraph
CAPTION = "Tàu tìm kiếm cứu hộ chuẩn bị khởi hành trong đêm 21/4 (Ảnh: EPA)."
LEAD = ("Sáng sớm ngày 22/4, Hải quân Indonesia cho biết tàu ngầm chở theo 53 thủy thủ đã mất liên lạc khi "
        "đang diễn tập ở ngoài khơi đảo Bali.")


def test_a_caption_with_its_credit_is_not_the_lead() -> None:
    assert is_photo_caption(CAPTION)
    assert is_photo_caption("Vệ tinh trong buồng thử nghiệm. Ảnh: Trung tâm Vũ trụ Việt Nam cung cấp.")
    assert is_photo_caption("Bà Nguyễn Thị Lê (bên phải) giải thích với khách hàng - Ảnh: P.P.H.")
    assert is_photo_caption("Một vụ phóng tên lửa của Nga (Ảnh minh họa: Sputnik)")
    assert not is_photo_caption(LEAD)
    assert not is_photo_caption("Sáng 22/4, UBND tỉnh họp bàn về ảnh hưởng của bão: cần sơ tán dân.")
    paragraphs = [CAPTION, LEAD, "Đoạn sau."]
    assert lead_paragraph(paragraphs, "Tàu ngầm Indonesia mất tích") == LEAD
    dates = find_dates([], lead_paragraph(paragraphs, ""), "\n\n".join(paragraphs), "2021-04-22")
    assert dates.event_date == datetime(2021, 4, 22)  # the lead's day, not the photo's 21/4


def test_a_caption_stays_where_no_lead_follows_it() -> None:
    assert lead_paragraph([CAPTION], "") == CAPTION
    assert lead_paragraph([CAPTION, "Chia sẻ bài viết"], "") == CAPTION


def test_a_long_paragraph_ending_on_a_credit_is_running_text() -> None:
    sentence = "Vị tỷ phú này vẫn lái những chiếc xe rẻ tiền, giá chỉ khoảng 30.000 USD."
    story = " ".join([sentence] * 6) + " (Ảnh: Getty)."
    assert not is_photo_caption(story)
    assert lead_paragraph([story, LEAD], "") == story


GLUED = ("Lãnh đạo TP Hà Nội dâng hương tại Tượng đài Lý Thái Tổ Ảnh: H.L.A (NLĐ)- Sáng 9-10, tại Cung Văn "
         "hóa Hữu nghị, Thành ủy, HĐND, UBND và MTTQ TP Hà Nội đã long trọng tổ chức lễ kỷ niệm 995 năm "
         "Thăng Long.")


@pytest.mark.parametrize(
    ("paragraph", "lead_start"),
    [
        (GLUED, "Sáng 9-10, tại Cung Văn hóa"),  # initials, then the outlet's mark
        ("Niềm vui trở về quê hương ăn Tết của Việt kiều. Ảnh: H. THÚY Buổi gặp mặt gần 500 kiều bào do Ủy "
         "ban Trung ương MTTQ VN phối hợp tổ chức tối qua, 23-1, tại Hà Nội.",
         "Buổi gặp mặt gần 500 kiều bào"),
        ("Quang cảnh hội nghị. Ảnh: Nhân Dân (NLĐO)-Sáng nay 2-3 tại Hà Nội, hội nghị quan chức cấp cao APEC "
         "lần thứ nhất đã chính thức khai mạc.", "Sáng nay 2-3 tại Hà Nội"),
        ("Ông Lê Hiếu Đằng trao học bổng cho các em học sinh. ẢNH: BẢO TRUNG 92 gia đình, 92 số phận, không "
         "ai giống ai nhưng tất cả đều kém may mắn.", "92 gia đình"),
        # initials alone end the credit: the next capitalised word opens the lead
        ("Nhiều người dân đứng xem - Ảnh: P.P.H. Sáng 30-3, nhiều người dân đã tập trung trước trụ sở UBND "
         "phường.", "Sáng 30-3, nhiều người dân"),
        ("Bác sĩ khám bệnh Ảnh: L.A.Đ. Ông Nguyễn Xuân Kim, Giám đốc bệnh viện, cho biết như vậy.",
         "Ông Nguyễn Xuân Kim"),
    ],
)
def test_a_caption_glued_before_the_lead_is_cut_after_its_credit(paragraph: str, lead_start: str) -> None:
    assert cut_glued_caption(paragraph).startswith(lead_start)


def test_the_lead_of_a_paragraph_with_a_glued_caption_is_its_cut_part() -> None:
    assert lead_paragraph([GLUED, "Đoạn sau."], "") == cut_glued_caption(GLUED)
    assert lead_paragraph([GLUED], "") in GLUED  # a part of the text


def test_a_credit_whose_end_cannot_be_told_or_a_short_rest_is_left_alone() -> None:
    # a credit in ordinary words runs into the lead's first word: no sure cut
    named = ("Hàng trăm nhân viên đã xuống đường Ảnh: Phương Bình Lúc 0 giờ 15 phút ngày 8-11, các "
             "địa phương từ "
             "Khánh Hòa trở vào đã bị rung chuyển.")
    assert cut_glued_caption(named) == named
    short = "Quang cảnh hội nghị. Ảnh: TTXVN Hội nghị bế mạc."
    assert cut_glued_caption(short) == short
    assert cut_glued_caption(LEAD) == LEAD
