"""Bylines at the end of real articles (issue 13): the closing block of a page is a byline, then
possibly a source line (``Theo Sputnik``, ``Tổng hợp``), a photo credit, a note to readers or an
outlet line. The closing lines below are copied from ../shared/corpora (the row is the file's line
number, from 1); the text above them is cut to its last sentence. Counter-examples: a last sentence
of text, a source or an agency is never an author."""

from danvan.corpus.ingest.clean import clean_text, is_source_line, parse_byline, take_byline

# the last sentence of the text of Dân trí row 1235, above its byline and source
LAST = ("Các tế bào này hoạt động tương tự như cách hệ thống miễn dịch của chúng ta loại bỏ các tế bào "
        "bị nhiễm virus.")


def _article(*closing: str) -> str:
    return "\n".join(["Tiêu đề của bài báo", "Đoạn mở đầu của bài báo này khá dài và kể lại sự việc.", LAST,
                      *closing])


def test_byline_above_a_source_line():
    # Dân trí rows 1235, 2504, 2279: "Name ⏎ Theo <source>"; the source line stays in the text
    body = ["Đoạn một.", LAST, "Trang Phạm", "Theo Sputnik"]
    assert take_byline(body) == ("Trang Phạm", None)
    assert body == ["Đoạn một.", LAST, "Theo Sputnik"]
    assert take_byline(["Đoạn một.", LAST, "Thành Đạt", "Theo Reuters, NYT, CNA"]) == ("Thành Đạt", None)
    assert take_byline(["Đoạn một.", LAST, "Phương Hà", "Theo News/India/OC"]) == ("Phương Hà", None)
    # two authors (row 2590), "Tổng hợp" (row 830), "(Tổng hợp)" (row 306)
    body = ["Đoạn một.", LAST, "Thành Đạt - Minh Phương", "Theo Reuters, Straits Times, AFP"]
    assert take_byline(body) == ("Thành Đạt - Minh Phương", None)
    assert take_byline(["Đoạn một.", LAST, "Minh Nhật", "Tổng hợp"]) == ("Minh Nhật", None)
    assert take_byline(["Đoạn một.", LAST, "Lệ Thu", "(Tổng hợp)"]) == ("Lệ Thu", None)


def test_byline_above_a_photo_credit_and_a_note():
    # Dân trí row 1863: "H.Long ⏎ Ảnh: An An" (the credit goes to the captions)
    doc = clean_text(_article("H.Long", "Ảnh: An An"))
    assert (doc.author, doc.paragraphs[-1], doc.captions) == ("H.Long", LAST, ["Ảnh: An An"])
    # row 1052: a note under the byline stays in the text
    doc = clean_text(_article("Nam Phương", "* Tên nhân vật đã được thay đổi"))
    assert doc.author == "Nam Phương" and doc.paragraphs[-2:] == [LAST, "* Tên nhân vật đã được thay đổi"]


def test_initials_glued_to_the_name():
    # Dân trí rows 1916, 1943, 1758, 1760, 1102; VNTC row 5686 (initials alone after the last sentence)
    assert parse_byline("T.ThủyTheo SoMag") == ("T.Thủy", None)
    assert take_byline(["Đoạn một.", LAST, "T.Thủy"]) == ("T.Thủy", None)
    assert take_byline(["Đoạn một.", LAST, "H.Long"]) == ("H.Long", None)
    assert take_byline(["Đoạn một.", LAST, "T.Đ"]) == ("T.Đ", None)
    assert take_byline(["Đoạn một.", LAST, "M.P", "Theo Sputnik/Sleep Health"]) == ("M.P", None)
    line = "Ban Thú y đề nghị hộ chăn nuôi hợp tác với cơ quan thú y để tiêm phòng. T.H.N"
    body = ["Đoạn một.", line]
    assert take_byline(body) == ("T.H.N", None) and body[-1].endswith("để tiêm phòng.")
    # danvan_news row 76: two authors in capitals, glued initials, after the last sentence
    assert take_byline(["Đoạn một.", "… thu hút đông đảo đoàn viên tham gia… N.LIÊM - X.TRƯỜNG"]) == (
        "N.Liêm - X.Trường", None)
    # danvan_news row 297: an interview "written down by"
    assert take_byline(["Hỏi.", "Tôi còn cống hiến để xây dựng quê hương. N.D ghi"]) == ("N.D", None)
    # units and bodies written with a dot are no initials of a name
    for not_a_name in ("TP.HCM", "T.Ư", "Q.1", "H.Phú Quốc"):
        assert parse_byline(not_a_name) is None, not_a_name


def test_relayed_authors_and_their_outlet():
    # Dân trí row 2639: "Theo Kiều Anh ⏎ VOV"; the outlet line is taken out before the byline is read
    doc = clean_text(_article("Theo Kiều Anh", "VOV"))
    assert (doc.author, doc.author_affiliation, doc.paragraphs[-1]) == ("Kiều Anh", "VOV", LAST)
    # row 2449: two relayed authors
    assert clean_text(_article("Theo Văn Đỗ, Tâm Hiếu", "VOV")).author == "Văn Đỗ - Tâm Hiếu"
    # rows 2481, 896: an outlet the lists do not know, on a short line that is no sentence
    assert take_byline(["Đoạn một.", LAST, "Theo Linh Anh", "Thế giới & Việt Nam"]) == (
        "Linh Anh", "Thế giới & Việt Nam")
    assert take_byline(["Đoạn một.", LAST, "Theo BS Nguyễn Văn Khánh", "Sức khỏe & Đời sống"]) == (
        "BS Nguyễn Văn Khánh", "Sức khỏe & Đời sống")
    # rows 160, 102: the outlet glued to the name
    assert take_byline(["Đoạn một.", LAST, "Theo Trần ThủyVietnamNet"]) == ("Trần Thủy", "VietnamNet")
    assert take_byline(["Đoạn một.", LAST, "Theo Vân DuNgười lao động"]) == ("Vân Du", "Người lao động")


def test_affiliations_after_a_slash():
    # danvan_news row 71
    line = "… dâng hương tại Khu lưu niệm Bác Hồ về thăm Hà Tĩnh./. Văn Hiếu/VOV-Trung tâm Tin"
    assert take_byline(["Đoạn một.", line]) == ("Văn Hiếu", "VOV-Trung tâm Tin")


def test_sources_and_text_are_no_authors():
    # the last sentence above a source line is text (the last sentence of Dân trí row 959)
    sentence = "Nguyên nhân sản phụ P. tử vong hiện vẫn đang được điều tra làm rõ."
    body = ["Đoạn một.", sentence, "Theo TTXVN"]
    assert take_byline(body) == (None, None) and body == ["Đoạn một.", sentence, "Theo TTXVN"]
    # a source alone: Dân trí rows 1207 ("Theo Tin tức"), 922; danvan_news row 32 ("Nguồn: Zing News")
    assert take_byline(["Đoạn một.", LAST, "Theo Tin tức"]) == (None, None)
    assert take_byline(["Đoạn một.", LAST, "Theo Sức khỏe & Đời sống"]) == (None, None)
    assert take_byline(["Đoạn một.", "… Trưởng đoàn ĐBQH khóa 14 của TP. Nguồn: Zing News"]) == (None, None)
    # an agency relayed (danvan_news row 312), a place or an intertitle above a source line
    agency = "… Phòng Thương mại và Công nghiệp Việt Nam. TTXVN/Tin Tức"
    assert take_byline(["Đoạn một.", agency]) == (None, None)
    assert take_byline(["Đoạn một.", LAST, "Hà Nội", "Theo TTXVN"]) == (None, None)
    assert take_byline(["Đoạn một.", LAST, "Kết quả cụ thể", "Theo TTXVN"]) == (None, None)
    # "Theo <not a name>" above an outlet: no relayed author
    assert take_byline(["Đoạn một.", LAST, "Theo thống kê", "Người lao động"]) == (None, None)
    assert take_byline(["Đoạn một.", LAST, "Theo TTXVN", "VietnamNet"]) == (None, None)
    # VNTC rows 11210, 11558: related headlines and a photo list end the page, no byline
    assert take_byline(["Đoạn một.", LAST, "Lũ quét cô lập huyện Văn Chấn(29/09/2005)"]) == (None, None)
    photos = ["Đoạn một.", "Xe đạp cũng tham gia cuộc đua.", "Các nữ tú cũng là tổ lái."]
    assert take_byline(photos) == (None, None)
    # Dân trí row 301: a name above a line that is no source ends a list of profiles
    profiles = ["Đoạn một.", LAST, "Nguyễn Văn Thiết", "Đại sứ Kỹ năng Nghề Việt Nam 2020"]
    assert take_byline(profiles) == (None, None)


def test_source_lines():
    for line in ("Theo Sputnik", "(Theo TTXVN)", "Nguồn: Reuters", "Tổng hợp", "Theo Reuters, NYT, CNA"):
        assert is_source_line(line), line
    assert not is_source_line("Theo thông tin từ Sở Y tế, trong ngày hôm qua tỉnh ghi nhận thêm 12 ca mới.")
    assert not is_source_line("Trang Phạm")


def test_a_team_of_reporters_signs_the_article():
    # a line of its own (VNTC rows 8914, 10155; Dân trí row 1476), in capitals (danvan_news row 130), or
    # glued after the last sentence (danvan_news rows 120, 133)
    assert parse_byline("Nhóm phóng viên") == ("Nhóm phóng viên", None)
    assert parse_byline("NHÓM PV") == ("Nhóm PV", None)
    last = ("Như vậy ông Đinh La Thăng làm Bí thư Thành ủy TP.HCM từ 2/2016-5/2017, theo thông báo của "
            "Ủy ban Kiểm tra Trung ương.")
    clean = clean_text(f"Tiêu đề\n{last} Nhóm phóng viên")
    assert clean.author == "Nhóm phóng viên" and clean.paragraphs == [last]
    # the words inside a sentence are no byline
    assert clean_text(f"Tiêu đề\n{last[:-1]} của nhóm phóng viên.").author is None
