"""Headlines glued to a photo caption in VNTC's Người Lao Động title fields (issue 13): the caption opens
on an academic title and a name, on a post and a name after the headline's last name, on a word only a
sentence opens with (*Sắp tới*), on a capitalised abbreviation after a question mark, or runs up to the
caption's own mark (*Trong ảnh:*); and a photo credit printed after a Dân trí headline. Every string is a
real one from ../shared/corpora, cut short."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.clean import split_headline, strip_photo_credit


@pytest.mark.parametrize(("given", "headline"), [
    # an academic title and a name after a lower-case word (VNTC row 1517)
    ("Miền Bắc: Hai bệnh nhân H5N1 được ra viện PGS.TS Nguyễn Đức Hiền trao quà cho bệnh nhân Hàn Ngọc Mạnh "
     "WHO sang Việt Nam nghiên cứu để sản xuất vaccine phòng cúm H5N1 ở người tại Việt Nam",
     "Miền Bắc: Hai bệnh nhân H5N1 được ra viện"),
    # a post and a name after the headline's last name (danvan_news row 300)
    ("Khai mạc Đại hội đại đoàn kết các dân tộc Tây Nguyên Chủ tịch nước Trần Đức Lương và các đại biểu "
     "dự đại hội. Sáng 28-3, tại TP Plây Cu (tỉnh Gia Lai), Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ "
     "chức.",
     "Khai mạc Đại hội đại đoàn kết các dân tộc Tây Nguyên"),
    # "Sắp" opens a sentence, never a name (VNTC row 1269)
    ("Bán nhà trả góp bằng vàng không còn phù hợp Sắp tới người mua nhà tái định cư sẽ không phải trả góp "
     "bằng vàng. Trong ảnh: Chung cư tái định cư. Ảnh: N.TRIỀU",
     "Bán nhà trả góp bằng vàng không còn phù hợp"),
    # "Trong ảnh:" ends the caption's first sentence: the capitalised word before it opens the caption
    # (danvan_news row 100)
    ("Cải cách hành chính: Lấy sự hài lòng của dân làm thước đo Mô hình tổ nghiệp vụ hành chính công ở quận "
     "1, 3, 11 và Bình Thạnh được xem là bước đột phá mới trong cải cách hành chính. Trong ảnh: Tổ tiếp nhận "
     "và hoàn trả hồ sơ ở UBND quận 1 - TPHCM - Ảnh: H. THÚY Nghị quyết kỳ họp lần thứ VI HĐND TPHCM",
     "Cải cách hành chính: Lấy sự hài lòng của dân làm thước đo"),
    # a capitalised abbreviation after a question mark (VNTC row 5247)
    ("Cái “phao” dành cho ai? TS nộp hồ sơ xét tuyển NV2 vào ĐHDL Hồng Bàng năm 2005. Đây là trường ĐH duy "
     "nhất ở TP.HCM áp dụng điều 33 qui chế tuyển sinh Nhìn vào thực tế áp dụng trong kỳ thi tuyển sinh",
     "Cái “phao” dành cho ai?"),
])
def test_a_caption_glued_after_the_headline(given: str, headline: str) -> None:
    found = split_headline(given, "")
    assert found is not None and found[0] == headline
    assert headline + " " + found[1] == given


@pytest.mark.parametrize("given", [
    # a post inside a post ("Tổng Bí thư") and a name after a lower-case word are the headline's own
    "Lãnh đạo các tỉnh Tây Nguyên gặp mặt đại biểu dự đại hội cùng Tổng Bí thư Nông Đức Mạnh tại Hội trường "
    "lớn của tỉnh Đắk Lắk trong không khí thân mật và cởi mở của ngày hội lớn",
    # a title after a word a headline does not end on ("của")
    "Ra mắt cuốn sách về lịch sử y học Việt Nam của PGS.TS Nguyễn Văn Bình tại Hà Nội với sự tham dự "
    "của đông đảo các nhà khoa học và bạn đọc yêu sách trong và ngoài nước",
])
def test_no_caption_cut_inside_such_a_headline(given: str) -> None:
    assert split_headline(given, "") is None


def test_a_photo_credit_after_the_headline_goes() -> None:
    # Dân trí row 1551: the first line is the headline with its photo's credit
    assert strip_photo_credit("Thi thể bé sơ sinh trôi dạt trên sông Ngàn Sâu (Ảnh: Trần Hoàn)") == \
        "Thi thể bé sơ sinh trôi dạt trên sông Ngàn Sâu"
    # a bracket that is no credit stays
    assert strip_photo_credit("Động đất ở Lai Châu (Việt Nam)") == "Động đất ở Lai Châu (Việt Nam)"


def test_photo_credits_of_every_form_after_the_headline_go() -> None:
    # Dân trí: a credit in lower case, with a full stop after it, or with the agency's photographer
    assert strip_photo_credit("Tencent bị phạt nặng (ảnh: AFP/Getty).") == "Tencent bị phạt nặng"
    assert strip_photo_credit("Giá dầu sẽ còn tăng (Ảnh: Reuters).") == "Giá dầu sẽ còn tăng"
    assert strip_photo_credit("Ảnh: Reuters") == "Ảnh: Reuters"  # a credit alone stays what it is
