"""Dates of real outlets' date lines and leads (issue 13), each with the value a reader finds."""

from __future__ import annotations

import itertools
from datetime import datetime

import pytest

from danvan.corpus.ingest.clean import clean_text
from danvan.corpus.ingest.dates import (
    find_dates,
    is_date_line,
    lead_day,
    parse_date_line,
    url_date,
    years_named,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cập nhật: 16:05 26/09/2023", datetime(2023, 9, 26, 16, 5)),  # dangcongsan.vn
        ("Cập nhật lúc 07:05, 3/1/2023", datetime(2023, 1, 3, 7, 5)),  # VOV
        ("Đăng lúc: 19/09/2023 08:15:42", datetime(2023, 9, 19, 8, 15)),  # seconds
        ("Ngày xuất bản: 27/06/2023", datetime(2023, 6, 27)),
        ("Ngày đăng: 08/08/2024", datetime(2024, 8, 8)),
        ("Cập nhật ngày 12-3-2024 lúc 08:15", datetime(2024, 3, 12, 8, 15)),
        ("02/04/2024 08:15 GMT+7", datetime(2024, 4, 2, 8, 15)),  # Tuổi Trẻ, GMT without brackets
        ("02/04/2024 16:45:20 (GMT+7)", datetime(2024, 4, 2, 16, 45)),
        ("Thứ ba, 12/3/2024, 08:15 (GMT+7)", datetime(2024, 3, 12, 8, 15)),  # VnExpress
        ("Thứ Năm, 16:30, 21/03/2024", datetime(2024, 3, 21, 16, 30)),  # time before the date
        ("Thứ Tư, 17-01-2024, 16:20", datetime(2024, 1, 17, 16, 20)),  # Nhân Dân, dd-mm-yyyy
        ("CN, 17/03/2024 | 09:10", datetime(2024, 3, 17, 9, 10)),
        ("Hoạt động Đảng 14/03/2024 02:45 CH", datetime(2024, 3, 14, 14, 45)),  # CH = afternoon
        ("09/10/2019 10:20:33 SA", datetime(2019, 10, 9, 10, 20)),
        ("Tin hoạt động 05 Tháng Bảy 2022 09:05:12 SA", datetime(2022, 7, 5, 9, 5)),  # month in words
        ("ngày 15 tháng 4 năm 2024", datetime(2024, 4, 15)),
        # the time before the weekday, a label first, and dashes or bars after the weekday
        ("Cập nhật lúc 16:45, Thứ Năm, 20/11/2025 (GMT+7)", datetime(2025, 11, 20, 16, 45)),
        ("16:45 GMT+7, thứ năm, 20-11-2025", datetime(2025, 11, 20, 16, 45)),
        ("Thứ Năm - 20/11/2025 - 16:45", datetime(2025, 11, 20, 16, 45)),
        ("Thứ 5 | 20.11.2025 | 04:45 CH", datetime(2025, 11, 20, 16, 45)),
        ("Ngày đăng: thứ năm, 20/11/2025 – 16h45", datetime(2025, 11, 20, 16, 45)),  # an en dash
    ],
)
def test_date_lines_of_real_outlets(line: str, expected: datetime) -> None:
    assert is_date_line(line)
    assert parse_date_line(line)[0] == expected


@pytest.mark.parametrize(
    "line",
    ["Sáng 22/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.", "Hội nghị tổng kết năm 2023", "NGỌC TÀI"],
)
def test_lines_that_are_not_date_lines(line: str) -> None:
    assert not is_date_line(line)


def test_date_lines_in_every_order_of_weekday_time_and_date() -> None:
    """Each order outlets print (weekday, date, time; time, weekday, date; weekday, time, date), with
    each separator and time zone, reads as the same minute."""
    dates = ("20/11/2025", "20-11-2025", "ngày 20/11/2025", "20 tháng 11, 2025")
    times = ("16:45", "16h45", "16:45:12", "04:45 CH")
    for date, time, sep, zone, weekday in itertools.product(
        dates, times, (", ", " - ", " | ", " ", " – "), ("", " GMT+7", " (GMT+7)"), ("", "Thứ Năm", "thứ 5")
    ):
        w = weekday + sep if weekday else ""
        orders = (f"{w}{date}{sep}{time}{zone}", f"{time}{sep}{w}{date}{zone}", f"{w}{time}{sep}{date}{zone}")
        for line in orders:
            assert is_date_line(line), line
            assert parse_date_line(line)[0] == datetime(2025, 11, 20, 16, 45), line


def test_a_schedule_in_the_body_stays_text_and_dates_nothing() -> None:
    """A date line deep in the body is an event's schedule (a venue follows), not the article's date:
    it stays a paragraph and gives no publication date."""
    doc = clean_text(
        "Hội thảo du học Úc tại Hà Nội và TP HCM\n"
        "Các trường đại học Úc sẽ gặp gỡ học sinh và phụ huynh tại hai thành phố.\n"
        "Chương trình gồm tư vấn chọn ngành, học bổng và thủ tục xin thị thực.\n"
        "Hà Nội\n18h30, thứ Bảy 26/02/2005\nPhòng họp Emerald, khách sạn Melia\n"
        "TP HCM\n19h00, thứ Năm, 03/03/2005\nPhòng họp Văn Miếu 1, khách sạn Sheraton\n"
        "Đà Nẵng\nThứ Sáu, 04/03/2005\nPhòng họp Sông Hàn, khách sạn Furama\n"
        "Vào cửa tự do.\nBan tổ chức"
    )
    assert doc.date_lines == []
    assert "18h30, thứ Bảy 26/02/2005" in doc.paragraphs
    assert "19h00, thứ Năm, 03/03/2005" in doc.paragraphs
    assert "Thứ Sáu, 04/03/2005" in doc.paragraphs  # a weekday header's form, read as one before
    assert find_dates(doc.date_lines, doc.paragraphs[0], "\n\n".join(doc.paragraphs)).published is None


def test_labelled_date_line_is_neither_title_nor_body() -> None:
    doc = clean_text(
        "Tuyên Quang sơ kết công tác dân vận\nCập nhật: 16:05 26/09/2023\n"
        "(ĐCSVN) - Sáng 26/9, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị."
    )
    assert doc.title == "Tuyên Quang sơ kết công tác dân vận"
    assert doc.date_lines == [("Cập nhật: 16:05 26/09/2023", "after")]
    assert all("Cập nhật" not in p for p in doc.paragraphs)


@pytest.mark.parametrize(
    ("lead", "day", "month", "year"),
    [
        ("Sáng 22/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.", 22, 1, None),
        ("Nhiều đại biểu góp ý khi thảo luận tại hội trường vào chiều 7/11.", 7, 11, None),
        ("NDĐT - Ngày 20/7/2020, Ban Dân vận Trung ương tổ chức hội nghị.", 20, 7, 2020),
        ("Chủ tịch và Thủ tướng chiều 20-4 đã ký nghị quyết liên tịch.", 20, 4, None),
        ("Ngày 5.10, tại khu du lịch Tuần Châu, Ủy ban đã giới thiệu.", 5, 10, None),
        ("TTO - Chiều qua (5/6), UBND TP Thủ Đức tổ chức đối thoại.", 5, 6, None),
        ("Sáng nay (24/4), Đại hội Đảng X đã hoàn thành việc bầu BCH.", 24, 4, None),
        ("cuộc họp báo diễn ra chiều tối ngày 27/4/2021.", 27, 4, 2021),
        ("Dẫu thế, 8g sáng 7-5-1975, khi rợp trời cờ xí.", 7, 5, 1975),
    ],
)
def test_lead_day(lead: str, day: int, month: int, year: int | None) -> None:
    found = lead_day(lead)
    assert found is not None and (found.day, found.month, found.year) == (day, month, year)


@pytest.mark.parametrize(
    "lead",
    [
        "Luật có hiệu lực từ ngày 1/7/2023.",  # an effective date, not the event
        "Như báo đã từng thông tin (ngày 18-1-2006), dự án bị đình lại.",  # an aside
        "Kỷ niệm 90 năm Ngày truyền thống (15/10/1930 - 15/10/2020).",  # an anniversary
    ],
)
def test_leads_without_an_event_day(lead: str) -> None:
    assert lead_day(lead) is None


def test_lead_after_a_photo_credit_in_the_second_paragraph() -> None:
    second = "Toàn cảnh hội nghị. Ảnh: Đỗ Trưởng/TTXVN  Ngày 7/2, Quảng Nam tổ chức hội nghị."
    found = lead_day("Năm 2017, Quảng Nam phấn đấu có thêm 9 xã đạt chuẩn.", second)
    assert found is not None and (found.day, found.month) == (7, 2)
    # under an undated sapo, the paragraph that opens with the day is the lead (the press's form);
    # a day inside the second paragraph, with no caption before it, is not the lead's
    found = lead_day("Hơn 40 hộ dân tự nguyện hiến đất.", "Chiều 3/5, ông Dơ dẫn khách đi.")
    assert found is not None and (found.day, found.month) == (3, 5)
    assert lead_day("Hơn 40 hộ dân tự nguyện hiến đất.", "Ông Dơ kể, chiều 3/5 bà con họp bàn.") is None


def test_years_that_do_not_date_a_text() -> None:
    text = (
        "nhiệm kỳ 2015-2020, giai đoạn 2017-2022, đến năm 2045, tầm nhìn 2030, SN 1993, sinh năm 1990, "
        "(1945-2005), (15/10/1930 - 15/10/2020), từ 17-10-2000 đến 15-4-2005; "
        "tổng kết năm 2017, tháng 12-2005, ngày 20/7/2020"
    )
    assert years_named(text) == [2017, 2005, 2020]


def test_url_date_patterns() -> None:
    url = "https://dantri.com.vn/xa-hoi/bo-cong-an-tra-loi-20210427184612140.htm"
    assert url_date(url) == (datetime(2021, 4, 27, 18, 46), True)
    assert url_date("https://example.vn/2019/10/05/tin.html") == (datetime(2019, 10, 5), False)
    assert url_date("http://www.baomoi.com/a/c/22580665.epi") == (None, False)


def test_given_date_field_wins_and_url_adds_the_time() -> None:
    url = "https://dantri.com.vn/giao-duc/truong-dh-mo-20210424100549919.htm"
    dates = find_dates([], "Hội đồng trường có 19 thành viên.", "Hội đồng trường có 19 thành viên.",
                       "2021-04-24", url)
    assert dates.published == datetime(2021, 4, 24, 10, 5)
    assert "URL timestamp" in dates.source
    only_url = find_dates([], "Sáng 1/10, hội nghị khai mạc.", "Sáng 1/10, hội nghị khai mạc.", None,
                          "https://dantri.com.vn/x-20201001163534963.htm")
    assert only_url.published == datetime(2020, 10, 1, 16, 35)
    assert only_url.event_date == datetime(2020, 10, 1) and only_url.event_year == "from_published"
    assert "URL date pattern" in only_url.source


def test_a_date_field_a_day_after_the_url_timestamp_gives_way_to_it() -> None:
    # Dân trí rows whose date field (no time) is the day after the URL's timestamp: 34 of 2,653
    # (rows 545, 2137, 2139, 2145 of dantri_2019_2021 among them); the page was stamped the evening before
    lead = "Nhan sắc tuổi 18 của nữ diễn viên gây bất ngờ."
    late = find_dates([], lead, lead, "2020-11-02",
                      "https://dantri.com.vn/giai-tri/bat-ngo-voi-nhan-sac-20201101220113600.htm")
    assert late.published == datetime(2020, 11, 1, 22, 1)
    assert "the day before the date field's" in late.source
    # further apart, or a field that prints its own time: the field stands
    apart = find_dates([], lead, lead, "2020-11-03", "https://dantri.com.vn/x-20201101220113600.htm")
    assert apart.published == datetime(2020, 11, 3)
    timed = find_dates([], lead, lead, "2020-11-02T08:15", "https://dantri.com.vn/x-20201101220113600.htm")
    assert timed.published == datetime(2020, 11, 2, 8, 15)
    before = find_dates([], lead, lead, "2020-10-31", "https://dantri.com.vn/x-20201101220113600.htm")
    assert before.published == datetime(2020, 10, 31)


def test_weekday_header_is_the_publication_date_unless_the_lead_contradicts_it() -> None:
    lead = "Chiều 30/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết năm 2019."
    used = find_dates([("Thứ Năm, 02/01/2020", "after")], lead, lead)
    assert used.published == datetime(2020, 1, 2)
    assert used.event_date == datetime(2019, 12, 30) and used.event_year == "from_published"
    assert "weekday header" in used.source and "does not contradict" in used.source

    lead = "Sáng 22/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2023."
    viewed = find_dates([("Thứ Năm, ngày 16 tháng 5 năm 2024", "before")], lead, lead)
    assert viewed.published is None
    assert "115 days before" in viewed.source and "viewed" in viewed.source
    assert viewed.event_date == datetime(2023, 1, 22) and viewed.event_year == "inferred"

    lead = "Ngày 14/6/2023, Huyện ủy Cần Giuộc tổ chức hội nghị sơ kết."
    printed = find_dates([("Thứ Hai, 23/09/2024", "after")], lead, lead)
    assert printed.published is None
    assert printed.event_date == datetime(2023, 6, 14) and printed.event_year == "printed"


def test_a_labelled_date_line_wins_over_a_weekday_header() -> None:
    lead = "Chiều 7/8, UBND phường Tiền Phong tổ chức hội nghị đối thoại."
    dates = find_dates([("Thứ Sáu, 15/11/2024", "after"), ("Ngày đăng: 08/08/2024", "after")], lead, lead)
    assert dates.published == datetime(2024, 8, 8)
    assert dates.event_date == datetime(2024, 8, 7)


def test_page_metadata_comes_before_the_date_line() -> None:
    lead = "Sáng 26/9, hội nghị khai mạc."
    dates = find_dates([("2023-09-26T16:05", "page"), ("Cập nhật: 10:00 27/09/2023", "after")], lead, lead)
    assert dates.published == datetime(2023, 9, 26, 16, 5)
    assert "page's own metadata" in dates.source


def test_year_left_empty_without_evidence() -> None:
    lead = "Hội nghị Đoàn Chủ tịch đã diễn ra chiều 21/6, tại Hà Nội."
    text = lead + "\n\nÔng Trần Thanh Mẫn, sinh ngày 12/8/1962, Ủy viên Trung ương Đảng nhiệm kỳ 2015-2020."
    dates = find_dates([], lead, text)
    assert dates.event_date is None and dates.event_year is None
    assert "'chiều 21/6', year unknown (left empty)" in dates.source
    assert dates.event_day == "06-21"  # the day and month the lead prints are kept


def test_event_day_of_every_dated_lead() -> None:
    lead = "Ngày 20/7/2020, Ban Dân vận Trung ương họp."
    printed = find_dates([], lead, lead)
    assert printed.event_day == "07-20" and printed.event_date == datetime(2020, 7, 20)
    leap = find_dates([], "Sáng 29/2, Ủy ban MTTQ tỉnh họp.", "Sáng 29/2, Ủy ban MTTQ tỉnh họp.")
    assert leap.event_day == "02-29"
    none = find_dates([], "Công tác dân vận được đẩy mạnh.", "Công tác dân vận được đẩy mạnh.")
    assert none.event_day is None and none.event_date is None


def test_byline_above_the_lead_is_skipped() -> None:
    lead = "THANH SƠN"
    text = "THANH SƠN\n\nNDĐT - Ngày 20/7/2020, Ban Dân vận Trung ương tổ chức hội nghị trực tuyến."
    dates = find_dates([("Thứ Hai, 20-07-2020, 21:05", "after")], lead, text)
    assert dates.published == datetime(2020, 7, 20, 21, 5)
    assert dates.event_date == datetime(2020, 7, 20) and dates.event_year == "printed"


def test_html_page_metadata_gives_the_publication_date() -> None:
    from danvan.corpus.ingest.htmlpage import published_of_page

    meta = '<html><head><meta property="article:published_time" content="2023-09-26T16:05:00+07:00">'
    assert published_of_page(meta + "</head><body><p>Sáng 26/9, hội nghị.</p></body></html>") == (
        "2023-09-26T16:05"
    )
    ld = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
          '"datePublished": "2021-04-05"}</script></head><body><p>x</p></body></html>')
    assert published_of_page(ld) == "2021-04-05"
    assert published_of_page("<html><body><p>Không có ngày.</p></body></html>") is None


def test_html_page_is_dated_by_its_metadata_first(tmp_path) -> None:
    from danvan.corpus.load import load_corpus

    body = " ".join(["Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận, biểu dương"] * 4)
    page = (
        '<html><head><title>Hội nghị dân vận</title>'
        '<meta property="article:published_time" content="2023-09-26T16:05:00+07:00"></head>'
        f"<body><article><h1>Hội nghị dân vận</h1><p>Sáng 25/9, {body}.</p><p>{body}.</p>"
        "</article></body></html>"
    )
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "page.html").write_text(page, encoding="utf-8")
    doc = load_corpus(tmp_path / "raw", out=tmp_path / "out", progress=False).documents.iloc[0]
    assert doc["published"] == datetime(2023, 9, 26, 16, 5)
    assert "page's own metadata" in doc["date_source"]
    assert doc["event_date"] == datetime(2023, 9, 25) and doc["event_year"] == "from_published"


# ---------------------------------------------------------------- the lead of a corpus row (real rows)
def test_a_short_headline_or_caption_repeated_as_the_first_paragraph_is_not_the_lead() -> None:
    from danvan.corpus.ingest.lead import lead_paragraph

    # a Dân trí row whose title field (and first line) is a photo caption
    caption = "Thiếu tướng Vũ Xuân Viên: - Giám đốc Công an TP Đà Nẵng."
    lead = ("Tại buổi họp báo của chính quyền TP Đà Nẵng chiều 26/4, lãnh đạo Công an TP Đà Nẵng chia sẻ, "
            "một trong những mối bận tâm của Công an TP là phối hợp với ngành y tế.")
    paragraphs = [caption, lead]
    assert lead_paragraph(paragraphs, caption) == lead
    dates = find_dates([], lead, "\n\n".join(paragraphs), "2021-04-26")
    assert dates.event_date == datetime(2021, 4, 26) and dates.event_year == "from_published"
    # a VNTC row printing its question headline again as its first line
    headline = "Do đâu bùng phát 'lắc' ở giới trẻ?"
    second = "Câu hỏi trên đã được mổ xẻ tại diễn đàn do Thành đoàn TP HCM tổ chức ngày 25/6."
    assert lead_paragraph([headline, second], headline) == second
    # a title field holding the whole sapo: the sapo is the lead
    sapo = ("Chiều 1/5, Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam tiến hành họp trực tuyến với Ban "
            "chỉ đạo phòng, chống dịch Covid-19 các huyện, thị, thành phố.")
    assert lead_paragraph([sapo, "Theo báo cáo nhanh Sở Y tế tỉnh Hà Nam."], sapo) == sapo


def test_today_and_yesterday_are_counted_from_the_publication_date() -> None:
    lead = ("Hãng tin TASS dẫn lời người phát ngôn Bộ Ngoại giao Nga Maria Zakharova trong cuộc trả lời "
            "phỏng vấn kênh truyền hình Rossiya-1 hôm nay cho biết, Đại sứ quán Séc và Đại sứ quán Mỹ tại "
            "Nga sẽ không còn được tuyển dụng nhân viên là công dân Nga nữa.")
    dates = find_dates([], lead, lead, "2021-04-19T20:40")
    assert dates.event_date == datetime(2021, 4, 19) and dates.event_year == "from_published"
    assert "'hôm nay (counted from the published date)'" in dates.source
    lead = "Sáng qua, Hội nghị lần thứ 6 Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) VN đã khai mạc tại TP HCM."
    assert find_dates([], lead, lead, "2005-01-01").event_date == datetime(2004, 12, 31)
    # without a publication date, or without such a word in the lead's first sentence: no day
    assert find_dates([], lead, lead).event_date is None
    lead = "Tuần qua, Đại sứ quán Việt Nam tại Ấn Độ đã làm việc. Sáng nay, đoàn lên đường."
    assert find_dates([], lead, lead, "2021-05-01").event_date is None
