"""The day a lead reports, in the forms of real leads the first rules missed (issue 13): days of a
multi-day event, a relative day with its date after a comma, a span of days, the year printed later
in the sentence, and the dated paragraph under an undated sapo. Strings are real ones from
../shared/corpora (VNTC's Người Lao Động and VnExpress rows, baomoi, Dân trí), cut short."""

from __future__ import annotations

from datetime import datetime

import pytest

from danvan.corpus.ingest.clean import clean_text
from danvan.corpus.ingest.dates import find_dates, lead_day


@pytest.mark.parametrize(
    ("lead", "day", "month", "year"),
    [
        # the first day of two or more ("ngày 14 và 15-2", "ngày 15 đến 17/5")
        ("(NLĐ)- Trong hai ngày 14 và 15-2, tại Hà Nội, Ủy ban Trung ương MTTQ VN họp.", 14, 2, None),
        ("Trong các ngày 3 và 4-2, Thường trực Ủy ban MTTQ TPHCM cùng Công đoàn thăm công nhân.", 3, 2, None),
        ("(NLĐO)- Trong hai ngày 05 và 06-04-2006, tại Sở Ngoại vụ TP.HCM đã diễn ra hội nghị.", 5, 4, 2006),
        # a relative day, its date after a comma
        ("(NLĐ) - Sáng qua, 27-12, tại Hà Nội, Đảng ủy Quân sự Trung ương đã khai mạc.", 27, 12, None),
        ("Tại cuộc họp báo thông báo nhanh kết quả phiên họp thường kỳ Chính phủ tháng 3 vào chiều qua, "
         "29-3, tại Hà Nội, ông Nguyễn Kinh Quốc - người phát ngôn của Thủ tướng - cho biết.", 29, 3, None),
        # a span of days in one month: the event's first day
        ("Hội thi tay nghề trẻ TPHCM năm 2006 diễn ra từ ngày 20 đến 23-4 với sự tham gia của 144 thí sinh.",
         20, 4, None),
        ("Tuần lễ tư vấn du học Trung Quốc bắt đầu từ 15 đến 22/8 tại Công ty Sunrise.", 15, 8, None),
        # a lead that opens with the day its news starts
        ("Từ ngày 15 đến 17/5, Ủy ban Thường vụ Quốc hội khóa XIV đã họp phiên thứ 10.", 15, 5, None),
        ("Từ ngày 24/1, Công ty Honda Việt Nam sẽ phối hợp với VOV sản xuất chương trình.", 24, 1, None),
        # a span that frames the lead gives way to its day; an aside is no event
        ("(NLĐ)- Trong chuyến thăm VN từ ngày 21 đến 24-1, Chủ tịch KOICA sẽ tham dự lễ động thổ công trình "
         "tại TP Đà Nẵng vào ngày 23-1.", 23, 1, None),
        ("Trong khuôn khổ chuyến thăm làm việc 3 ngày tại Singapore (từ ngày 5-7/12), chiều 6-12, Phó thủ "
         "tướng thường trực Nguyễn Tấn Dũng đã tiếp kiến Thủ tướng Singapore.", 6, 12, None),
        # the year printed later in the sentence with the same month (baomoi, danvan_news row 312)
        ("Nhận lời mời của Chủ tịch nước Tập Cận Bình, sáng 11/5, Chủ tịch nước Trần Đại Quang rời Hà Nội, "
         "lên đường thăm cấp Nhà nước tới Trung Quốc, từ ngày 11 - 15/5/2017.", 11, 5, 2017),
        # ... and from an anniversary's pair of dates on the lead's day itself (gold danvan_news row 281:
        # "(2-9-1945 - 2-9-2005)" on 2-9 is 2005); a ceremony days before it takes its year too, inferred
        # (heldout_8 row 84 and heldout_14 row 71; test_dates_occasion_and_anniversary.py)
        ("Sáng 21/6, các cơ quan chúc mừng nhân kỷ niệm 92 năm Ngày Báo chí Cách mạng Việt Nam "
         "(21/6/1925 - 21/6/2017).", 21, 6, 2017),
        ("Chiều 18/6, Thủ tướng gặp mặt đại diện các cơ quan báo chí nhân kỷ niệm 92 năm Ngày Báo chí Cách "
         "mạng Việt Nam (21/6/1925 - 21/6/2017).", 18, 6, 2017),
    ],
)
def test_lead_day_of_real_leads(lead: str, day: int, month: int, year: int | None) -> None:
    found = lead_day(lead)
    assert found is not None and (found.day, found.month, found.year) == (day, month, year)


@pytest.mark.parametrize(
    "lead",
    [
        # the plan's period, under a lead whose day is "Sáng nay" (no date printed)
        "Sáng nay, Ủy ban MTTQ TP HCM triển khai kế hoạch cho ứng cử viên tiếp xúc cử tri, trong thời gian "
        "từ 6 đến 22/4. Trường hợp người ứng cử có yêu cầu tiếp xúc theo giới phải kết thúc trước.",
        "Trước đó, từ ngày 23 đến 25-1, 60 SV của các trường này đã về các xã vùng sâu.",  # background
        "Cũng qua 5 ngày giám sát (từ 10 đến 14-1) của Đoàn Ủy ban Văn hóa - Giáo dục.",  # an aside
    ],
)
def test_spans_that_are_not_the_lead_day(lead: str) -> None:
    assert lead_day(lead) is None


# the rest of a baomoi body printed as one line (danvan_news row 327: 553 words)
BODY = " Đồng chí Phạm Minh Chính đánh giá cao vai trò quan trọng của TTXVN trong việc đưa thông tin." * 14
SAPO = ("Ban thường trực Ủy ban MTTQ ba cấp ở các địa phương vừa tiến hành hội nghị hiệp thương lần thứ "
        "nhất để thỏa thuận về cơ cấu, thành phần và số lượng người ứng cử.")


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Trong ngày 29/1, Uỷ ban MTTQ thành phố Hà Nội, Bình Định và TP HCM đã họp.", (29, 1)),
        ("Chiều nay (16/5), Ủy ban Thường vụ Quốc hội đã nghe Báo cáo tổng hợp ý kiến cử tri.", (16, 5)),
        ("Hôm qua (15/8), cũng là thời hạn cuối cùng mà Công ty Điện lực TP HCM yêu cầu.", (15, 8)),
        ("Vào ngày 4-3, chương trình này sẽ phát sóng lần đầu tiên trên Đài Truyền hình TP.", (4, 3)),
        # a baomoi body printed as one line: the paragraph that opened with the day is its second sentence
        ("Thủ tướng Chính phủ Nguyễn Xuân Phúc đã gửi lẵng hoa chúc mừng. Ngày 20/6, Trưởng ban Tổ chức "
         "Trung ương Phạm Minh Chính đã đến thăm và chúc mừng cán bộ TTXVN." + BODY, (20, 6)),
        # ... but in a paragraph of a few sentences, a day in its second one tells the story (Dân trí row 962)
        ("Bệnh nhân nam, 28 tuổi, là lao động tự do bên Nhật Bản. Ngày 7/4, bệnh nhân từ Nhật Bản về "
         "Việt Nam và được cách ly tại khách sạn.", None),
        # another item of the same day, and a day deeper in the paragraph, are not the lead's
        ("Cũng trong sáng 13-1, Thanh tra TP.HCM đã triển khai chương trình công tác ngành năm 2006.", None),
        ("Thủ tướng đã gửi lẵng hoa. Các bộ cũng gửi lẵng hoa. Ngày 20/6, ông Chính đến thăm.", None),
        # a setting outside the hall ("Bên hành lang Quốc hội", "Bên lề hội nghị") closed after its day
        ("Bên hành lang Quốc hội sáng 24/5, đại biểu Thào Xuân Sùng cho biết ông theo dõi vụ việc.", (24, 5)),
        ("Bên lề hội nghị chiều 12/3, Bộ trưởng cho biết sẽ sửa quy định.", (12, 3)),
        # a caption glued before the dated lead, its day part capitalised inside the line
        ("Kỳ họp thứ 4 HĐND thành phố Đà Nẵng khóa IX nhiệm kỳ 2016-2021 Sáng 5-7, kỳ họp thứ 4 HĐND thành "
         "phố khai mạc tại hội trường.", (5, 7)),
        # ... not a day part inside a sentence without its closing comma, nor a day deeper in a sentence
        ("Kỳ họp HĐND thành phố diễn ra Sáng 5-7 tại hội trường lớn của thành phố.", None),
        ("Bộ phim Đêm 30-4, được trình chiếu rộng rãi trên cả nước.", None),
        ("Nhiều hoạt động diễn ra, trong đó Chiều 5-7, đoàn thăm nhà máy.", None),
        ("Bên lề, chiều 24/5, đại biểu Thào Xuân Sùng cho biết ông theo dõi vụ việc.", (24, 5)),
        # a part of the day later in the first sentence, in lower case: the occasion (heldout_13 row 213)
        ("Đó là khẳng định của bà Tô Thị Bích Châu tại kỳ họp thứ 5 HĐND TPHCM diễn ra sáng 4/7.", (4, 7)),
    ],
)
def test_dated_paragraph_under_an_undated_sapo(second: str, expected: tuple[int, int] | None) -> None:
    found = lead_day(SAPO, second)
    assert (found.day, found.month) == expected if expected else found is None


def test_a_bare_nbsp_entity_before_the_lead_day() -> None:
    # Dân trí row 886: the row's text opens with "&nbsp" glued to the lead
    raw = ("&nbspTối 29/4, Sở Y tế TP Đà Nẵng đã thông tin về trường hợp ở Hà Nam vừa được công bố mắc "
           "Covid-19 (BN2899) sau khi hoàn thành cách ly.\nTheo đó, anh N.V.Đ từ Nhật Bản về Việt Nam.")
    doc = clean_text(raw, "Đà Nẵng lên tiếng về trường hợp mắc Covid-19 sau khi hoàn thành cách ly")
    assert doc.paragraphs[0].startswith("Tối 29/4, Sở Y tế")
    dates = find_dates(doc.date_lines, doc.paragraphs[0], "\n\n".join(doc.paragraphs), "2021-04-29")
    assert dates.event_date == datetime(2021, 4, 29) and dates.event_year == "from_published"


@pytest.mark.parametrize(
    ("lead", "published", "expected"),
    [
        # an event the article announces, days after publication: the publication's year (Dân trí
        # rows 2353, 2474), not the year before
        ("Hội chợ Du lịch quốc tế Việt Nam (VITM) 2021 sẽ được tổ chức trong 4 ngày từ 5-8/5.",
         datetime(2021, 4, 6), datetime(2021, 5, 5)),
        ("Tổng thống Biden sẽ phát biểu trước Quốc hội vào tối 28/4.", datetime(2021, 4, 27),
         datetime(2021, 4, 28)),
        # across the new year, both ways; a day months after publication is of the year before
        ("Sáng 2/1, Ban Dân vận Tỉnh ủy sẽ tổ chức hội nghị.", datetime(2020, 12, 30), datetime(2021, 1, 2)),
        ("Chiều 30/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị.", datetime(2021, 1, 2), datetime(2020, 12, 30)),
        ("Ngày 15/10, Sở Nội vụ tổng kết đợt thi tuyển.", datetime(2021, 4, 20), datetime(2020, 10, 15)),
    ],
)
def test_year_from_the_published_date(lead: str, published: datetime, expected: datetime) -> None:
    dates = find_dates([], lead, lead, published.isoformat())
    assert dates.event_date == expected and dates.event_year == "from_published"


def test_year_of_a_day_after_a_published_time() -> None:
    # the URL gives the minute (Dân trí row 234: published 30/4 at 20:00, the meeting on 1/5)
    lead = "Tập đoàn Berkshire Hathaway của tỷ phú Warren Buffett tổ chức đại hội cổ đông ngày 1/5."
    dates = find_dates([], lead, lead, "2021-04-30", "https://dantri.com.vn/x-20210430200512345.htm")
    assert dates.published == datetime(2021, 4, 30, 20, 5) and dates.event_date == datetime(2021, 5, 1)


def test_the_year_an_anniversary_counts_from_dates_nothing():
    """danvan_news: "Kỷ niệm 60 năm ngày Bác Hồ về thăm Hà Tĩnh (15/6/1957 - 15/6/2017)" and, later,
    "Ngày 15/6/1957, …": the history told, not the time of writing; no year is inferred from it.
    A term's range ("nhiệm kỳ 2015-2020") is no anniversary: a year named alone still counts."""
    from danvan.corpus.ingest.dates import infer_year, years_named

    text = ("Sáng 11/6, Tỉnh ủy tổ chức lễ kỷ niệm 60 năm ngày Bác Hồ về thăm Hà Tĩnh (15/6/1957 - "
            "15/6/2017). Ngày 15/6/1957, trong chuyến thăm, Người căn dặn…")
    assert years_named(text) == []
    assert infer_year(6, years_named(text)) is None
    assert years_named("thành lập TP. Hà Tĩnh (20/5/2007- 20/05/2017). Năm 2007 là năm") == []
    assert years_named("nhiệm kỳ 2015-2020, năm 2015 tỉnh đạt") == [2015]
    assert years_named("từ ngày 11/5/2017 - 15/6/2017 và năm 2016") == [2016]  # a span, not an anniversary


def test_an_anniversary_on_the_day_itself_gives_its_later_year() -> None:
    # danvan_news row 281: the National Day's 60th anniversary, "(2/9/1945 - 2/9/2005)"
    lead = ("Sáng 2-9, tại Quảng trường Ba Đình, Hà Nội long trọng tổ chức lễ kỷ niệm 60 năm Quốc khánh "
            "nước Cộng hòa xã hội chủ nghĩa Việt Nam (2-9-1945 - 2-9-2005).")
    found = lead_day(lead)
    assert found is not None and (found.day, found.month, found.year) == (2, 9, 2005)
    # an anniversary of a day close by gives its year, inferred (a ceremony held the day before); one
    # months away none; a range of years gives none either
    before = lead.replace("Sáng 2-9", "Sáng 1-9")
    assert lead_day(before).year == 2005 and lead_day(before).year_inferred
    assert not lead_day(lead).year_inferred
    assert lead_day(lead.replace("Sáng 2-9", "Sáng 1-5")).year is None
    years = "Sáng 2-9, Hà Nội tổ chức lễ kỷ niệm 60 năm Quốc khánh (1945 - 2005)."
    assert lead_day(years).year is None
