"""The day under an undated sapo, in the wider press (issue 13, heldout_4): the next paragraph's
opening adverbial that ends with the day (``Tại phiên khai mạc ..., sáng 22/5, ...``), or its
opening past a photo caption and its credit; and the days that are not the lead's (later in the
sentence, ``Cụ thể, ngày 26/4``, background, asides, starts). Strings are real ones from
../shared/corpora (baomoi rows of danvan_news, VNTC's Tuổi Trẻ, Dân trí), cut short."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.dates import lead_day

SAPO = "Cử tri và Nhân dân nhiều địa phương băn khoăn về tình trạng “được mùa mất giá” tiếp tục tái diễn."


@pytest.mark.parametrize(
    ("second", "day", "month"),
    [
        # a setting that ends with the day
        ("Tại phiên khai mạc kỳ họp thứ 3, Quốc hội khóa XIV sáng 22/5, Chủ tịch Ủy ban Trung ương MTTQ "
         "Việt Nam Nguyễn Thiện Nhân đã trình bày Báo cáo tổng hợp ý kiến, kiến nghị của cử tri.", 22, 5),
        ("Trong tuyên cáo đưa ra hôm 30-3, chủ tịch hội đồng quản trị Trường ĐH Harvard cho biết.", 30, 3),
        ("Tại cuộc tọa đàm \"Kết hợp kinh tế với quốc phòng - nhiệm vụ chiến lược lâu dài\" do báo Quân đội "
         "nhân dân tổ chức ngày 6/7, Thiếu tướng Võ Hồng Thắng khẳng định.", 6, 7),
        # an opening past a photo caption and its credit
        ("Quang cảnh phiên họp thứ 10, Ủy ban Thường vụ Quốc hội khóa XIV. Ảnh: Doãn Tấn – TTXVN Tiếp tục "
         "chương trình làm việc, chiều 16/5, Ủy ban Thường vụ Quốc hội cho ý kiến về Báo cáo.", 16, 5),
        ("Các đồng chí lãnh đạo Đảng, Nhà nước và các đại biểu dự Lễ tuyên dương. Ảnh: Trí Dũng/TTXVN Lễ "
         "tuyên dương điển hình tiên tiến toàn quốc năm 2017 đã được Hội đồng Thi đua - Khen thưởng Trung "
         "ương tổ chức trọng thể sáng 10/6, tại Hà Nội.", 10, 6),
    ],
)
def test_day_that_ends_the_opening_under_a_sapo(second: str, day: int, month: int) -> None:
    found = lead_day(SAPO, second)
    assert found is not None and (found.day, found.month) == (day, month)


@pytest.mark.parametrize(
    "second",
    [
        # an opening that is not a setting (Dân trí, labelled null)
        "Cụ thể, ngày 26/4, Sở Y tế tổ chức lấy mẫu xét nghiệm lần 4 cho 7 trường hợp F1.",
        # background, a start, an aside, a later sentence
        "Tại Hà Nam, trước đó, chiều 30/4, ngay sau khi nhận được thông tin, Bệnh viện triển khai cách ly.",
        "Trước đó, tại kho hàng ngày 17/3/2021, Cục quản lý thị trường Nam Định đã kiểm tra đột xuất.",
        "Tại Văn bản số 2803/UBND-VX, UBND thành phố Hải Phòng chỉ đạo dừng hoạt động từ 0h ngày 1/5/2021, "
        "bắt buộc đeo khẩu trang.",
        "Trong chương trình (di tích ngày 11-9), bạn sẽ tham quan tượng Nữ thần Tự do.",
        "Tại hội nghị, nhiều ý kiến được nêu. Sáng qua ngày 7-6, các đại biểu đã thảo luận.",
        # no caption credit and no setting: "38 ý kiến ... ngày 7-6 đa phần ..."
        "38 ý kiến tham gia góp ý cho Dự án Luật Thực hành tiết kiệm, chống lãng phí ngày 7-6 đa phần đều có "
        "chung nhận xét ấy.",
    ],
)
def test_not_the_day_of_an_undated_sapo(second: str) -> None:
    assert lead_day(SAPO, second) is None


def test_a_dated_first_paragraph_is_no_sapo() -> None:
    """A first paragraph that names a day keeps its own rules: the paragraph after it is not read."""
    lead = "Hội nghị có hiệu lực từ ngày 1/7 đã được chuẩn bị kỹ lưỡng."
    second = "Tại phiên họp sáng 22/5, Ủy ban Thường vụ Quốc hội cho ý kiến."
    assert lead_day(lead, second) is None
