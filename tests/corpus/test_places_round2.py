"""Province and level, second round on the wider press (issue 13): a headline whose subject is the province
acting, a lead summed up as the words of a body or post-holder (*Đó là khẳng định của …*), a central body's
article about the one province it names, and the Pioneers' *Đội TNTP Hồ Chí Minh* (no city). The texts are
our own sentences in the outlets' phrasing; each class has counter-examples that must not change."""

import pytest

from danvan.corpus.ingest.levels import organiser_level
from danvan.corpus.ingest.places import locate, province_scores

HCM, HN = "Thành phố Hồ Chí Minh", "Thành phố Hà Nội"
BODY = "Theo kế hoạch, các quận, huyện phải báo cáo kết quả trước ngày 30/6."


@pytest.mark.parametrize("title, lead, level", [
    # the province stands for its government in the headline, the lead naming no body
    ("TP.HCM sẽ cấm xe máy từ năm 2030?", "Hiện đề án đang tiếp tục lấy ý kiến rộng rãi của người dân.",
     "province"),
    ("Hà Nội cấp sổ đỏ với tốc độ chậm", "Sau 5 tháng, thành phố mới cấp được hơn 13.000 giấy chứng nhận.",
     "province"),
    ("Đà Nẵng rà soát các lễ hội để phòng dịch", "Nhiều sự kiện đông người sẽ diễn ra dịp nghỉ lễ.",
     "province"),
    ("Long An: Lập biên bản bốn cây xăng vùng biên", "Nhiều cây xăng ở biên giới đóng cửa từ đầu tuần.",
     "province"),
    # counter-examples: an aspect word alone, weather, a headline that names the province as a place only
    ("Hà Nội đang trải qua đợt nắng nóng thứ 6", "Ban ngày trời nắng chang chang, hơi nóng bốc lên.", None),
    ("TP HCM sẽ có thêm trung tâm đào tạo quốc tế", "Hai công ty vừa ký thỏa thuận mở trung tâm mới.", None),
    ("Hà Nội: Cháy lớn tại một kho hàng", "Đám cháy bùng phát lúc 2 giờ sáng, thiêu rụi hàng hóa.", None),
    ("Đà Nẵng: Một học sinh đạt điểm cao kỳ thi TOEFL", "Em Nguyễn Văn An năm nay mới 10 tuổi.", None),
])
def test_a_headline_whose_subject_is_the_province(title, lead, level):
    text = f"{lead}\n\n{BODY} Người dân {title.split()[0]} đồng tình."
    assert locate(title, lead, text, None)[2] == level


@pytest.mark.parametrize("lead, province, level", [
    ("Xe làm rơi vãi vật liệu có thể bị phạt tới 2 triệu đồng. Đó là kiến nghị của Sở Giao thông công chính "
     "Hà Nội vừa đưa ra.", HN, "province"),
    ("Không giải tỏa nhà dân dịp Tết. Đó là khẳng định của Chủ tịch UBND TP HCM Lê Văn Tâm.", HCM,
     "province"),
    ("Dạy tiếng Anh quan trọng như mở cánh cửa hội nhập. Đó là quan điểm của ông Nguyễn Văn Hòa, Thứ trưởng "
     "Bộ Giáo dục và Đào tạo, trong hội nghị sáng qua.", None, "central"),
    ("Mùa mưa bão năm nay sẽ đến sớm. Đó là nhận định của ông Lê Văn Minh, Trưởng Ban Chỉ đạo Phòng chống "
     "lụt bão Trung ương, tại hội nghị.", None, "central"),
    # counter-examples: a firm's manager, schools, a person without a post
    ("Phí bảo hiểm sẽ tăng. Đó là thông tin do ông Đoàn Văn Tú - Trưởng phòng Bảo hiểm con người của Tổng "
     "công ty Bảo hiểm Việt Nam - cung cấp.", None, None),
    ("Kiểm định chất lượng là cần thiết. Đó là ý kiến của nhiều trường tại hội thảo.", None, None),
    ("Nghề gốm đang mai một. Đó là nhận định của ông Trần Văn Ba, một nghệ nhân lâu năm.", None, None),
])
def test_a_lead_summed_up_as_the_words_of_a_body(lead, province, level):
    assert organiser_level(lead, lead, province)[0] == level


def test_a_central_body_about_the_one_province_it_names():
    lead = "Trong phiên họp thứ 55, sáng 27/4, UB Thường vụ Quốc hội đã xem xét nội dung trên."
    body = " ".join(["Dự án sân bay Long Thành ở tỉnh Đồng Nai cần thu hồi đất của hộ dân Đồng Nai."] * 8)
    text = f"{lead}\n\n{body}"
    assert locate("Trong phiên họp thứ 55, UB Thường vụ Quốc hội đã xem xét", lead, text, None)[:3] == (
        "Tỉnh Đồng Nai", "Tỉnh Đồng Nai", "central")
    # counter-examples: the seat (Hà Nội) and a national report naming several provinces
    seat = " ".join(["Các đại biểu họp tại TP Hà Nội bàn về quy hoạch Hà Nội."] * 8)
    assert locate("Phiên họp thứ 55", lead, f"{lead}\n\n{seat}", None)[0] is None
    spread = body + " " + " ".join(["Tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu cũng có dự án."] * 3)
    assert locate("Phiên họp thứ 55", lead, f"{lead}\n\n{spread}", None)[0] is None


def test_the_pioneers_are_no_city():
    text = "Lễ kỷ niệm ngày thành lập Đội TNTP Hồ Chí Minh. Lịch sử Đội TNTP Hồ Chí Minh được tái bản."
    assert province_scores("Kỷ niệm ngày thành lập Đội", text, text, None)[HCM] == 0
    assert province_scores("Mưa lớn ở TP Hồ Chí Minh", text, text, None)[HCM] > 0
