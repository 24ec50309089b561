"""The organiser read past an undated sapo, from lists of organisers and of foreign bodies (issue 13,
failure class 4), on leads of the shared corpora (row numbers given), cut short."""

from __future__ import annotations

from danvan.corpus.ingest.levels import admin_level
from danvan.corpus.ingest.places import locate


def _locate(title: str, *paragraphs: str):
    return locate(title, paragraphs[0], "\n\n".join(paragraphs), None)[:3]


def test_an_undated_sapo_then_the_dated_event():
    # danvan_news row 23: the sapo names what the meeting will do; the dated paragraph who met
    assert _locate(
        "Hội nghị Đoàn Chủ tịch UBTƯ MTTQ Việt Nam bàn công tác nhân sự",
        "Công tác nhân sự sẽ được Đoàn Chủ tịch họp, thảo luận và trình ra Ủy ban Trung ương MTTQ Việt Nam "
        "vào ngày 22/6.",
        "Chiều 21/6, tại Hà Nội, UBTƯ MTTQ Việt Nam tổ chức Hội nghị Đoàn Chủ tịch lần thứ 12 (khóa VIII). "
        "Hội nghị thảo luận cho ý kiến vào báo cáo kết quả công tác Mặt trận 6 tháng đầu năm 2017.",
    ) == (None, None, "central")


def test_a_sapo_about_a_person_then_the_dated_event():
    # danvan_news row 71: the sapo's subject is the late president, the event's the province's bodies
    assert _locate(
        "Kỷ niệm 60 năm ngày Bác Hồ về thăm Hà Tĩnh",
        "Sinh thời, Chủ tịch Hồ Chí Minh đã dành cho tỉnh Hà Tĩnh những tình cảm đặc biệt. Người luôn theo "
        "dõi từng bước đi của Đảng bộ và nhân dân Hà Tĩnh.",
        "Sáng 11/6, Tỉnh ủy, UBND, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh tổ chức lễ kỷ niệm 60 năm "
        "ngày Bác Hồ về thăm Hà Tĩnh (15/6/1957 - 15/6/2017).",
    ) == ("Tỉnh Hà Tĩnh", "Tỉnh Hà Tĩnh", "province")


def test_a_unit_standing_for_its_government_in_the_dated_paragraph():
    # vntc row 6132
    assert _locate(
        "Khắc phục đê vỡ",
        "Theo số liệu thống kê mới nhất, riêng thiệt hại về đê của huyện Giao Thủy (Nam Định) do cơn bão số "
        "7 gây ra đã lên đến trên 200 tỷ đồng.",
        "Ngày 1/10, huyện Giao Thủy đã huy động khoảng 3.000 lao động tập trung khắc phục, hàn gắn những "
        "đoạn đê vỡ.",
    )[2] == "district"


def test_a_dated_paragraph_that_only_describes_a_street_gives_no_level():
    # vntc row 11976: the communes and district locate the offices, no body acts
    assert _locate(
        "Dịch vụ việc làm không phép vẫn mở cửa",
        "Nhiều dịch vụ giới thiệu việc làm không phép vẫn mở rộng cửa và dán đầy thông báo cần việc để chiêu "
        "khách ở TP HCM.",
        "Ngày 1/12, trên đường Phan Văn Trị, thuộc phường 7 và phường 10, quận Gò Vấp vẫn có hơn 10 dịch vụ "
        "giới thiệu việc làm hoạt động bình thường.",
    )[2] is None


def test_the_first_of_several_organisers():
    # danvan_news row 294: "do X, Y, Z phối hợp tổ chức": the central Front leads
    lead = ("Nối vòng tay lớn là chương trình vì người nghèo được chuẩn bị công phu và quy mô nhất từ trước "
            "đến nay do Ủy ban Trung ương MTTQ VN, Đài Truyền hình VN, Tổng Công ty Viễn thông Quân đội "
            "(Viettel) phối hợp tổ chức, sẽ được truyền hình trực tiếp trên VTV3 ngày 31-12.")
    assert admin_level(lead, None) == "central"


def test_a_foreign_embassy_in_viet_nam_is_no_central_body():
    # dantri row 2262: the embassy "tại Việt Nam" is still foreign
    lead = ('Sự kiện "Những ngày văn hóa Hàn Quốc tại Quảng Nam" năm 2021 do Đại sứ quán Hàn Quốc tại Việt '
            "Nam, Trung tâm Văn hóa Hàn Quốc tại Việt Nam phối hợp với UBND tỉnh Quảng Nam tổ chức.")
    assert admin_level(lead, "Tỉnh Quảng Nam") != "central"
    assert admin_level("Sáng 5/3, Bộ Ngoại giao Việt Nam tổ chức họp báo thường kỳ.", None) == "central"
