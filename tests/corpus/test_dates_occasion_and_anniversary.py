"""Event days of the wider press (issue 13, heldout_14 misses): a part of the day later in the first sentence
under an undated sapo (the occasion of what the sapo told), and a ceremony's year from the anniversary it
marks, held in the days around it."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.dates import find_dates, lead_day

SAPO = ("Cử tri bức xúc trước nạn cát tặc lộng hành, phá rừng tràn lan, kiến nghị Chính phủ có biện pháp "
        "mạnh mẽ.")


@pytest.mark.parametrize(("second", "day"), [
    # the occasion at the end of the first sentence
    ("Đó là khẳng định của bà Tô Thị Bích Châu, Chủ tịch Ủy ban MTTQ Việt Nam TPHCM tại kỳ họp thứ 5, "
     "HĐND TPHCM khóa IX diễn ra sáng 4/7. Bà Châu cho biết thêm.", (4, 7)),
    ("Tết Trung thu cho các em nhỏ người Việt được Đại sứ quán Việt Nam tại Nam Phi tổ chức đầm ấm, vui "
     "tươi vào tối ngày 30/9.", (30, 9)),
    ("Tuyên bố chung được đưa ra trong họp báo chiều 25/2, 1 giờ trước phiên họp toàn thể bế mạc.", (25, 2)),
    # the gold labels disagree on this one (Dân trí, labelled null; seven like it labelled with the day)
    ("Đây là nhận định của ông Trần Đức Lai tại Hội thảo Băng thông rộng di động & cố định năm 2021 được "
     "tổ chức vào sáng nay, 25/3.", (25, 3)),
])
def test_a_part_of_the_day_later_in_the_first_sentence(second: str, day: tuple[int, int]) -> None:
    found = lead_day(SAPO, second)
    assert found is not None and (found.day, found.month) == day


@pytest.mark.parametrize("second", [
    "Cũng trong sáng 13-1, Thanh tra TP.HCM đã triển khai chương trình công tác ngành.",  # another item
    "Nghị quyết 03/2004/NQ-HĐTP ra ngày 2/10 quy định nhiều điểm mới về quyền bào chữa.",  # a bare "ngày"
    "Cụ thể, ngày 26/4, Sở Y tế tổ chức lấy mẫu xét nghiệm lần 4 cho 7 trường hợp.",
    "\"Chúng ta sẽ không bắn pháo hoa tối 30/4. Các hoạt động khác phải được cân nhắc\", ông nói.",  # a quote
    "Người dân phản ánh tình trạng này kéo dài từ sáng 20/2 đến nay chưa được giải quyết.",  # a start
    "Ông Hùng cho biết. Sáng 5/3, đoàn kiểm tra đã đến làm việc.",  # not in the first sentence
    "Ông Dơ kể, chiều 3/5 bà con họp bàn.",  # a day someone recalls
    "Chị Lan nhớ, sáng 3/5 năm ấy cả xóm ra đồng.",
    "Hạn chót nộp hồ sơ là chiều 20/3.",  # a deadline
    "Vụ cháy tương tự từng xảy ra vào đêm 12/3 năm ngoái.",  # a day of another year
    "Cuộc họp được tổ chức chiều 3/5 năm 2018 tại trụ sở.",
    "Bộ phim Đêm 30-4 được trình chiếu rộng rãi trên cả nước.",  # capitalised: a name
])
def test_no_day_from_other_items_dates_or_later_sentences(second: str) -> None:
    assert lead_day(SAPO, second) is None


def test_under_a_dated_lead_the_second_paragraph_is_not_read() -> None:
    lead = "Sáng 22/5, Quốc hội nghe báo cáo tổng hợp ý kiến, kiến nghị của cử tri."
    found = lead_day(lead, "Báo cáo được trình bày trước Quốc hội chiều 23/5.")
    assert found is not None and (found.day, found.month) == (22, 5)


@pytest.mark.parametrize(("lead", "expected", "kind"), [
    # held days before the anniversary: its year, inferred (not printed with the day)
    ("Sáng 11/6, Tỉnh ủy, UBND tỉnh Hà Tĩnh tổ chức lễ kỷ niệm 60 năm ngày Bác Hồ về thăm Hà Tĩnh "
     "(15/6/1957 - 15/6/2017).", "2017-06-11", "inferred"),
    ("Sáng 23-1, Thành ủy tổ chức mít tinh kỷ niệm 76 năm ngày thành lập Đảng (3.2.1930 - 3.2.2006).",
     "2006-01-23", "inferred"),
    # on the day itself: printed
    ("Sáng 21/6, Hội Nhà báo tổ chức kỷ niệm 92 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 - "
     "21/6/2017).", "2017-06-21", "printed"),
])
def test_a_ceremony_takes_the_year_of_its_anniversary(lead: str, expected: str, kind: str) -> None:
    dates = find_dates([], lead, lead)
    assert dates.event_date is not None and dates.event_date.date().isoformat() == expected
    assert dates.event_year == kind


def test_an_anniversary_months_away_gives_no_year() -> None:
    # a meeting in March that names the anniversary of September: no year from it
    lead = "Sáng 15/3, Ban Tổ chức họp chuẩn bị lễ kỷ niệm 60 năm Quốc khánh (2/9/1945 - 2/9/2005)."
    assert find_dates([], lead, lead).event_date is None


def test_a_day_later_in_the_sentence_takes_no_year_from_the_history_told() -> None:
    # danvan_news row 126: the ceremony "sáng 6/2" under a sapo, the text telling of 1959 and 1960
    sapo = "Cần làm cho việc bảo vệ rừng, trồng cây trở thành thói quen, nếp sống của người Việt Nam."
    second = ("Đây là khẳng định của ông Nguyễn Thiện Nhân khi tham dự lễ hưởng ứng Tết trồng cây đời đời "
              "nhớ ơn Bác Hồ tại tỉnh Vĩnh Phúc sáng 6/2. Ngày 28/11/1959, Chủ tịch Hồ Chí Minh phát động "
              "Tết trồng cây; năm 1960 …")
    dates = find_dates([], sapo, f"{sapo}\n\n{second}")
    assert dates.event_day == "02-06" and dates.event_date is None
    # a publication date gives it its year
    dated = find_dates([], sapo, f"{sapo}\n\n{second}", "2017-02-07")
    assert dated.event_date.date().isoformat() == "2017-02-06"


def test_an_anniversary_year_does_not_contradict_a_weekday_header() -> None:
    # the ceremony's year is inferred from the anniversary: the header a day after it is the publication date
    lead = ("Sáng 11/6, Tỉnh ủy, UBND tỉnh Hà Tĩnh tổ chức lễ kỷ niệm 60 năm ngày Bác Hồ về thăm Hà Tĩnh "
            "(15/6/1957 - 15/6/2017).")
    dates = find_dates([("Thứ Ba, ngày 12 tháng 6 năm 2018", "before")], lead, lead)
    assert dates.published is not None and dates.published.date().isoformat() == "2018-06-12"
    assert dates.event_date.date().isoformat() == "2018-06-11" and "anniversary" not in dates.source
