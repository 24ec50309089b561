"""A related-news box printed inside the text (VnExpress of 2004-06): its dated headlines are no part of the
article, its closing "Xem tiếp" does not end it, and its dates, of the article's months, give the year of a
lead's day where no publication date is known."""

from __future__ import annotations

import gzip
import json

import pytest
from project_paths import DANVAN_NEWS, VNTC

from danvan.corpus.ingest.clean import clean_text
from danvan.corpus.ingest.dates import find_dates

OPENING = ("Chiều 13/9, Ban chỉ đạo phòng chống lụt bão Trung ương đã họp với các tỉnh miền Trung về "
           "công tác chuẩn bị ứng phó với cơn bão số 7 đang hướng vào đất liền.")
RELATED = [
    "Bão số 7 mạnh lên, hướng vào Quảng Trị - Thừa Thiên Huế(12/09/2004)",
    "Miền Trung khẩn trương sơ tán dân(11/09/2004)",
    "Bão được đặt tên như thế nào?(27/08/2004)",
]
RESUMED = ("Theo báo cáo của các địa phương, đến chiều nay đã có hơn 30.000 hộ dân ở vùng trũng được sơ tán "
           "đến nơi an toàn, các tàu thuyền đã vào nơi trú ẩn và lực lượng cứu hộ đã sẵn sàng.")
BYLINE = "Việt Anh"


def _article(*after_box: str) -> str:
    return "\n".join(["Miền Trung gồng mình đón bão", OPENING, *RELATED, "Xem tiếp", *after_box])


def test_the_article_goes_on_after_the_box() -> None:
    clean = clean_text(_article(RESUMED, BYLINE))
    assert clean.paragraphs == [OPENING, RESUMED]
    assert clean.author == "Việt Anh"
    assert not any("(12/09/2004)" in p for p in clean.paragraphs + clean.captions)
    assert ("2004-09-12", "listed") in clean.date_lines and ("2004-08-27", "listed") in clean.date_lines


def test_a_box_that_ends_the_page_is_its_tail() -> None:
    # only short lines after "Xem tiếp" (a reader's form, a script): cut as before
    clean = clean_text(_article("Độc giả có thể gửi ý kiến tại đây:", "function CheckSubmit()"))
    assert clean.paragraphs == [OPENING]


def test_the_listed_dates_give_the_year_of_the_lead_day() -> None:
    clean = clean_text(_article(RESUMED, BYLINE))
    dates = find_dates(clean.date_lines, OPENING, "\n\n".join(clean.paragraphs))
    assert dates.published is None
    assert dates.event_date is not None and dates.event_date.date().isoformat() == "2004-09-13"
    assert dates.event_year == "inferred" and "related articles" in dates.source
    # the year of the day nearest the latest listed: across the new year (5/1 under a box dated up to
    # 28/12/2004), and before it where the page was saved later and lists newer articles (EVN's apology,
    # "Hôm 22/7", under articles of December 2005: VNTC row 10358)
    lead = OPENING.replace("Chiều 13/9", "Chiều 5/1")
    box = [("2004-12-28", "listed"), ("2004-12-20", "listed")]
    assert find_dates(box, lead, lead).event_date.date().isoformat() == "2005-01-05"
    lead = OPENING.replace("Chiều 13/9", "Hôm 22/7")
    box = [("2005-12-21", "listed"), ("2005-12-16", "listed")]
    assert find_dates(box, lead, lead).event_date.date().isoformat() == "2005-07-22"
    # a publication date, where known, rules
    box = [("2004-12-28", "listed")]
    assert find_dates(box, lead, lead, "2006-07-23").event_date.date().isoformat() == "2006-07-22"


def test_a_text_without_a_box_keeps_its_dates_in_brackets() -> None:
    # a date in brackets is the text's own: after a space ("… khai mạc hôm qua (12/09/2004)"), or glued on
    # one line alone (no second dated headline beside it, no "Xem tiếp" after it)
    for line in ("Hội nghị được khai mạc tại Hà Nội hôm qua (12/09/2004)",
                 "Hội nghị được khai mạc tại Hà Nội hôm qua(12/09/2004)"):
        clean = clean_text("\n".join(["Tiêu đề", OPENING, line]))
        assert line in clean.paragraphs and not any(w == "listed" for _, w in clean.date_lines)
    # a headline of that shape is the title, not a box
    clean = clean_text("\n".join(["Sĩ tử cầu may(04/07/2004)", OPENING, *RELATED, "Xem tiếp", RESUMED]))
    assert clean.title == "Sĩ tử cầu may(04/07/2004)" and clean.paragraphs == [OPENING, RESUMED]


def test_a_box_date_that_is_no_day_is_dropped_with_its_line() -> None:
    clean = clean_text(_article(RESUMED).replace("(12/09/2004)", "(31/02/2004)"))
    assert clean.paragraphs == [OPENING, RESUMED]
    assert max(d for d, w in clean.date_lines if w == "listed") == "2004-09-11"


def test_readers_comments_after_the_box_are_cut() -> None:
    comment = ("Tôi thấy các cơ quan chức năng cần sớm có biện pháp hỗ trợ người dân vùng bão, nhất là "
               "những hộ nghèo ở ven biển, vì mỗi năm họ đều phải chịu thiệt hại rất nặng nề.")
    clean = clean_text(_article(BYLINE, "Ý kiến của bạn", "Nguyễn Văn Nam, Hà Nội", comment))
    assert clean.paragraphs == [OPENING] and comment not in clean.paragraphs
    clean = clean_text(_article(RESUMED, BYLINE, "Ý kiến độc giả:", comment))
    assert clean.paragraphs == [OPENING, RESUMED] and clean.author == "Việt Anh"


def _row(path, number: int) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle, 1):
            if i == number:
                return json.loads(line)
    raise LookupError(number)


@pytest.mark.skipif(not DANVAN_NEWS.exists(),
                    reason=f"{DANVAN_NEWS} not found: the real article cannot be read")
def test_a_real_article_keeps_its_paragraphs_after_the_box() -> None:
    # danvan_news row 254 (VnExpress, 2005): voters' petitions; three paragraphs and the byline follow the box
    row = _row(DANVAN_NEWS, 254)
    clean = clean_text(row["text"], row["title"])
    assert clean.author == "Việt Anh"
    assert any(p.startswith("Tình hình giá cả liên tục tăng nhanh") for p in clean.paragraphs)
    assert not any(p.endswith("(16/11/2005)") for p in clean.paragraphs)


@pytest.mark.skipif(not VNTC.exists(), reason=f"{VNTC} not found: the real article cannot be read")
def test_a_real_interview_keeps_its_answers_after_the_box() -> None:
    # VNTC row 8942 (VnExpress, 2005): experts on drought; the last two answers and the byline follow the box
    row = _row(VNTC, 8942)
    clean = clean_text(row["text"], row["title"])
    assert clean.author == "Như Trang"
    assert any(p.startswith("Giải pháp lâu dài chỉ có thể là tiết kiệm nước") for p in clean.paragraphs)
    assert max(d for d, w in clean.date_lines if w == "listed") == "2005-03-12"


def test_a_person_closing_a_list_is_no_byline() -> None:
    # the last of a list of candidates after its number ("…17. Ông Mai Quyền Linh 18. Ông Lê Ngọc Minh")
    roster = ("Danh sách đề cử nhân sự Ban chấp hành nhiệm kỳ VI: 1. Ông Trần Luân Kim 2. Ông Lại Văn Sinh. "
              "3. Ông Lê Ngọc Minh")
    clean = clean_text("\n".join(["Tiêu đề", OPENING, RESUMED, roster]))
    assert clean.author is None
    assert clean_text("\n".join(["Tiêu đề", OPENING, RESUMED, "Bà Lê Thị Hoa"])).author is None


@pytest.mark.parametrize("links", [
    ">> Mặt trái của các lễ hội đầu xuân",  # Tuổi Trẻ of 2005-06, under the headline (VNTC row 2864)
    ">> Chủ tịch Hội LHPN: “Tôi đã không thể ngủ yên” >> Đại diện Đại sứ quán: Tôi xin lỗi >> Tôi nổi giận",
    "» Xứng đáng là quê hương 'Nghĩa trọng tình cao'",
])
def test_links_to_related_articles_leave_the_text(links: str) -> None:
    lead = ("Ngay từ sáng sớm 4-2, dòng người xe từ các tỉnh đã liên tục đổ về khu vực đền Bà Chúa Kho (thôn "
            "Cô Mễ, xã Vũ Ninh, TX Bắc Ninh).")
    headline = "Lễ hội sau Tết: Nhiều trò đỏ đen và xe công đi chùa"
    clean = clean_text("\n".join([headline, links, lead, RESUMED]))
    assert clean.paragraphs == [lead, RESUMED]
    dates = find_dates(clean.date_lines, clean.paragraphs[0], "\n\n".join(clean.paragraphs))
    assert dates.event_day == "02-04"


def test_a_paragraph_after_a_link_mark_stays() -> None:
    # VNTC row 2400: running text of several sentences printed after the mark
    text = (">> Thiết nghĩ, ý kiến của giáo sư Văn Như Cương là một giải pháp thỏa đáng. Điều quan trọng "
            "hơn là phải thay đổi cách thi cử.")
    assert text in clean_text("\n".join(["Tiêu đề", OPENING, text])).paragraphs


def test_a_long_paragraph_opening_on_a_link_mark_stays() -> None:
    # a link glued before a whole body paragraph (baomoi): the text is kept, not dropped with the link
    glued = ("» Nghệ An kỷ niệm 60 năm ngày Bác Hồ về thăm quê lần thứ nhất Báo Nghệ An trích đăng "
             "nội dung bài phát biểu của đồng chí Trưởng Ban Tổ chức Trung ương tại lễ kỷ niệm. " + RESUMED
             + " Bác Hồ của chúng ta sinh ra ở một vùng quê giàu truyền thống văn hiến và cách mạng, vùng "
             "đất Hồng Lam ấy trong suốt chiều dài lịch sử thường xuyên đương đầu với muôn vàn thử thách.")
    assert glued in clean_text("\n".join(["Tiêu đề", OPENING, glued])).paragraphs
