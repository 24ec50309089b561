"""Province and level, third round on articles the rules had not seen (issue 13): a lead that names the
source of its news as the agent of *Thông tin trên được …* (*… được Phó Giám đốc Sở Y tế Hà Nội X nêu ra*,
*… được nêu trong văn bản của Cục …*, *… tại cuộc họp Ban chỉ đạo … của tỉnh Hà Nam*). The texts are our
own sentences in the outlets' phrasing; the counter-examples (a firm, a hospital, a research group, a person
without a post, a rumour, a lead whose own subject already acts) must not change."""

import pytest

from danvan.corpus.ingest.levels import organiser_level
from danvan.corpus.ingest.places import locate, province_scores

HN = "Thành phố Hà Nội"


@pytest.mark.parametrize("lead, province, level", [
    # the post-holder who gave the news, as the passive's agent
    ("Thông tin trên được Phó Giám đốc Sở Y tế Hà Nội Nguyễn Văn Bình nêu ra tại cuộc họp chiều 12/5.",
     HN, "province"),
    ("Thông tin này được Chủ tịch UBND huyện Ba Vì Trần Văn Cường cho biết sáng nay.", HN, "district"),
    ("Số liệu trên được Thứ trưởng Bộ Giáo dục và Đào tạo Lê Văn Dũng đưa ra tại hội nghị trực tuyến.",
     None, "central"),
    # the body whose document or meeting it comes from, after "của"
    ("Thông tin này được nêu trong công văn của Cục Hàng không Việt Nam gửi các hãng bay hôm 3/6.",
     None, "central"),
    ("Thông tin trên được đưa ra tại cuộc họp Ban chỉ đạo phòng, chống dịch của tỉnh Thái Bình chiều 2/5.",
     "Tỉnh Thái Bình", "province"),
    ("Nội dung trên được nêu trong thông báo kết luận của Thủ tướng Chính phủ tại buổi làm việc hôm qua.",
     None, "central"),
    # counter-examples: a firm, a hospital's doctor, a research group, someone without a post, a rumour
    ("Thông tin trên được nêu ra tại phiên họp Đại hội cổ đông của Tổng Công ty Đường sắt Việt Nam hôm nay.",
     None, None),
    ("Thông tin trên được TS.BS Phạm Thị Lan, Phó Giám đốc Trung tâm Tim mạch, Bệnh viện E cho biết.",
     None, None),
    ("Thông tin trên được đưa ra tại buổi công bố báo cáo kinh tế quý I của nhóm nghiên cứu VEPR.",
     None, None),
    ("Thông tin này được một người dân trong xóm xác nhận với phóng viên vào sáng 30/4.", None, None),
    ("Thông tin này được lan truyền trên mạng xã hội từ tối qua, khiến nhiều người lo lắng.", None, None),
])
def test_the_source_of_the_news_gives_the_level(lead, province, level):
    assert organiser_level(lead, lead, province)[0] == level


def test_a_lead_whose_subject_acts_keeps_its_level():
    lead = ("Sáng 5/5, UBND huyện Gia Lâm tổ chức hội nghị triển khai công tác phòng dịch. Thông tin trên "
            "được Thứ trưởng Bộ Y tế Nguyễn Văn Long nêu tại buổi làm việc.")
    assert organiser_level(lead, lead, HN)[0] == "district"


def test_the_source_sentence_through_locate():
    lead = ("Thông tin trên được Phó Giám đốc Sở Y tế Hà Nội Nguyễn Văn Bình nêu ra tại cuộc họp Ban chỉ đạo "
            "phòng, chống dịch của thành phố chiều 30/4.")
    text = f"{lead}\n\nTheo ông Bình, thôn Đông, huyện Đông Anh, Hà Nội có 12 ca mắc trong tuần qua."
    assert locate("Đề xuất cách ly một thôn ở Đông Anh", lead, text, None)[:3] == (HN, HN, "province")


# a firm's contact address closing an advertorial or a notice is no place of the news; an event's venue is
AD = ("Viêm họng kéo dài khiến nhiều người mệt mỏi. Các chuyên gia khuyên nên giữ ấm cổ họng và uống đủ nước "
      "mỗi ngày để phòng bệnh.")


@pytest.mark.parametrize("closing, province", [
    ("Công ty cổ phần Dược phẩm An Khang\n\nĐịa chỉ: Tầng 5, tòa nhà Sao Mai, 19 Lê Văn Lương, "
     "Quận Thanh Xuân, Hà Nội\n\nHotline: 1800 6868", None),
    ("Thông tin chi tiết xin liên hệ: Công ty TNHH Du học Việt Mỹ. Địa chỉ: 215 Nam Kỳ Khởi Nghĩa, Quận 3, "
     "TP.HCM. Điện thoại: 028 3930 1234", None),
    # counter-examples: an event's venue, and a place named outside the address
    ("Thời gian và địa điểm: 9h ngày 20/10 tại Văn phòng Công ty, địa chỉ: 56 Bà Triệu, quận Hoàn Kiếm, "
     "Hà Nội.", HN),
    ("Buổi tư vấn diễn ra lúc 9h sáng 19/1. Địa chỉ: Phòng Hội thảo khách sạn Sao Mai, 93 Đội Cấn, "
     "quận Ba Đình, Hà Nội.", HN),
    ("Sản phẩm hiện có mặt tại các nhà thuốc ở Hà Nội và Hải Phòng từ tháng này, nhiều nhất ở Hà Nội.", HN),
])
def test_a_contact_address_is_no_place(closing, province):
    # the mentions counted (an article with no organising body that names a place only so, in passing in its
    # body, has no province all the same: test_meetings_brackets_as_of.py)
    text = f"{AD}\n\n{closing}"
    scores = province_scores("Giữ ấm cổ họng mùa lạnh", AD, text, None)
    assert (max(scores, key=scores.get) if scores else None) == province
