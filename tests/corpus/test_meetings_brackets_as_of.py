"""Three classes read on heldout_9 as development data (issue 13): the body holding the meeting a person
spoke at, a document summed up as a body's draft or plan (and *môi trường* is no school), a district
bracketed after a place in the lead, and the time a state of things is reported at (*Đến chiều 10-10*).
The sentences are our own, in the outlets' phrasing; each class has counter-examples that must not change."""

import pytest

from danvan.corpus.ingest.dates import lead_day
from danvan.corpus.ingest.levels import admin_level, organiser_level
from danvan.corpus.ingest.places import locate

HN, KG = "Thành phố Hà Nội", "Tỉnh Kiên Giang"


@pytest.mark.parametrize("lead, level", [
    # the body holding the meeting a person without a public post spoke at
    ("Luật sư Lê Văn A, ủy viên Hội nạn nhân chất độc da cam/dioxin Việt Nam đã cho biết như vậy tại Hội "
     "nghị bất thường của Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chiều qua.", "central"),
    ("Ông Trần Văn B cho biết tại hội thảo do Sở Y tế Hà Nội tổ chức sáng 3/4.", "province"),
    # ... not a firm's meeting, nor one whose holder is unnamed
    ("Đây là cam kết của ông Sun A - Tổng Giám đốc Huawei Việt Nam tại Hội nghị Hệ sinh thái các đối tác "
     "của Huawei Việt Nam năm 2021 được tổ chức tại TP. HCM.", None),
    ("Bà Nguyễn Thị C chia sẻ tại Hội thảo \"Tương lai của nguồn cung ứng toàn cầu\" diễn ra sáng 25/3.",
     None),
])
def test_the_body_holding_the_meeting_a_person_spoke_at(lead, level):
    assert admin_level(lead, HN) == level


@pytest.mark.parametrize("lead, level", [
    # a draft, scheme or plan a department put forward, summed up as such ("môi trường" is no school)
    ("Các dự án cải tạo chung cư cũ được tiến hành trên nguyên tắc xã hội hóa. Đó là dự thảo chính sách cải "
     "tạo nhà tập thể vừa được Sở Tài nguyên môi trường và Nhà đất đưa ra.", "province"),
    ("Mỗi huyện sẽ có một trung tâm dạy nghề. Đây là đề án của Bộ Lao động - Thương binh và Xã hội.",
     "central"),
    # ... a school's or a firm's plan gives none
    ("Mỗi lớp sẽ có một máy chiếu. Đó là đề án của Trường THPT Lê Quý Đôn.", None),
    ("Giá vé sẽ giảm một nửa. Đó là phương án của Công ty cổ phần Vận tải A.", None),
])
def test_a_lead_summed_up_as_a_bodys_draft_or_plan(lead, level):
    level_found, _, _ = organiser_level(lead, lead, HN)
    assert level_found == level


def test_a_ministry_of_the_environment_is_no_school():
    lead = ("Các tỉnh phải báo cáo trước ngày 30. Đó là yêu cầu của Bộ Tài nguyên và Môi trường.")
    assert organiser_level(lead, lead, None)[0] == "central"


@pytest.mark.parametrize("lead, province", [
    # a district bracketed after a place in the lead gives its province
    ("Một du khách đăng tải bức ảnh sao biển chết khô tại Rạch Vẹm (Phú Quốc) nhận về nhiều bình luận trái "
     "chiều. Phần lớn bình luận thể hiện sự phẫn nộ.", KG),
    ("Một vụ cháy lớn đã xảy ra tại cơ sở sản xuất đồ da ở thôn Trung Dương (Gia Lâm) do anh A làm chủ.", HN),
    # ... a name several provinces share, or a body's short name, does not
    ("Học sinh Trường THCS Nguyễn Du (Châu Thành) đã được tặng 50 chiếc xe đạp.", None),
    ("Tổng cục Quảng bá Phát thanh Truyền hình Quốc gia Trung Quốc (Quảng Điện) đã đưa ra văn bản phủ nhận.",
     None),
])
def test_a_district_bracketed_after_a_place_in_the_lead(lead, province):
    assert locate("Tin tức", lead, lead, None, model=False)[0] == province


def test_a_bracketed_district_in_the_body_alone_places_nothing():
    lead = "Làng giải trí dậy sóng trước thông tin về nữ diễn viên A."
    text = lead + ("\n\nTổng cục Quảng bá Phát thanh Truyền hình Trung Quốc (Quảng Điện) đã phủ nhận. Đại "
                   "diện của cơ quan (Quảng Điện) giải thích thêm.")
    assert locate("Tin tức", lead, text, None, model=False)[0] is None


@pytest.mark.parametrize("lead, day", [
    # the time a state of things is reported at: a part of the day after "đến"
    ("Thông tin từ Trung tâm Kiểm soát bệnh tật (CDC) Hà Nam cho biết, đến trưa ngày 30/4 toàn tỉnh đã lấy "
     "được 920 mẫu bệnh phẩm.", (30, 4)),
    ("Đến chiều 10-10, phần lớn nước lũ đã rút ra khỏi các làng quê của vùng trũng.", (10, 10)),
    ("Tính đến sáng 30/4, trên địa bàn tỉnh đã xác định được 7 ca dương tính.", (30, 4)),
    # ... not the end of a span, nor a deadline
    ("Anh A cho biết, từ tối 20 đến sáng 21-2, đất sụp tạo ra thêm 5 hố nữa.", None),
    ("Các đơn vị phải hoàn thành việc kê khai đến ngày 30/6.", None),
])
def test_the_time_a_state_of_things_is_reported_at(lead, day):
    found = lead_day(lead)
    assert (found and (found.day, found.month)) == (day or None)
