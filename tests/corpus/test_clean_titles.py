"""Headlines glued to a caption, an outlet mark or a lead in a corpus row's title field, and
bylines of real outlets (issue 13). Every string is a real one from ../shared/corpora (VNTC's
Người Lao Động and Thanh Niên rows, Dân trí), cut short, or our own in their phrasing (the counter-examples
to the caption after a name)."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.clean import parse_byline, split_headline, strip_link_mark, take_byline
from danvan.corpus.ingest.document import split_glued_title

_LEAD_67 = ("Người dân phường 11, quận 6 - TPHCM bỏ phiếu tín nhiệm chưa rõ Thực hiện điều 14, Nghị "
            "định 79/CP về xây dựng và thực hiện quy chế dân chủ ở cơ sở, tháng 12-2005, toàn bộ 317 phường, "
            "xã, thị trấn của TPHCM đồng loạt tổ chức lấy phiếu tín nhiệm.")


@pytest.mark.parametrize(("given", "body", "headline"), [
    # a lead that opens with Ông/Bà and a full name (VNTC row 42)
    ("Ra đề thi học kỳ 2 chung cho học sinh lớp 9 Ông Huỳnh Văn Hoa, Giám đốc Sở GD-ĐT TP Đà Nẵng, cho biết "
     "trong nhiều năm qua, nhằm mục đích đánh giá mặt bằng chung về chất lượng học tập của học sinh.",
     "", "Ra đề thi học kỳ 2 chung cho học sinh lớp 9"),
    # ... and a foreign name, its letters f, j, w, z outside Vietnamese (VNTC rows 116, 4040)
    ("Người Pháp tại TPHCM với ngày 8-3 Ông Francois Millard, phụ trách Trung tâm Giáo dục Pháp, trò chuyện "
     "với phóng viên Ngày Quốc tế Phụ nữ lại đến, làm nhộn nhịp thêm bầu không khí của TPHCM.",
     "", "Người Pháp tại TPHCM với ngày 8-3"),
    ("Mỹ quyết tâm ủng hộ VN gia nhập WTO Ông Eric John, phó trợ lý Ngoại trưởng Mỹ, cho biết Mỹ sẽ tiếp tục "
     "đàm phán song phương với Việt Nam trong những tuần tới để sớm kết thúc.",
     "", "Mỹ quyết tâm ủng hộ VN gia nhập WTO"),
    # a caption that opens with a post and a name (VNTC row 5578)
    ("TPHCM cần xây dựng bộ máy thi đua khen thưởng tinh, gọn, hiệu quả Phó Chủ tịch nước Trương Mỹ Hoa thăm "
     "một cháu bé vừa chào đời tại Bệnh viện Phụ sản Quốc tế Sài Gòn (NLĐ)– Phó Chủ tịch nước Trương Mỹ Hoa",
     "", "TPHCM cần xây dựng bộ máy thi đua khen thưởng tinh, gọn, hiệu quả"),
    # a lead whose subject is a body followed by "vừa" (danvan_news row 279)
    ("Giữ trật tự an toàn cho các ngày lễ lớn Ban Thường vụ Thành ủy TPHCM vừa có công văn gửi các cấp ủy, "
     "chính quyền, Mặt trận Tổ quốc và các đoàn thể quần chúng tập trung thực hiện một số biện pháp.",
     "", "Giữ trật tự an toàn cho các ngày lễ lớn"),
    # a dated lead (VNTC row 3)
    ("TPHCM: Khai trương dịch vụ lặn biển săn cá mập Ngày 29/4, công ty TNHH TM - DV Hải Thanh đã khánh "
     "thành và đưa vào hoạt động khu tham quan Thủy cung Đại Dương tại số 491 Nguyễn Thị Thập.",
     "", "TPHCM: Khai trương dịch vụ lặn biển săn cá mập"),
    # a headline that ends with "!" (VNTC row 5844)
    ("SITC Singapore phải sang VN ngay! Thông báo phá sản, đóng cửa tại một chi nhánh SITC ở Hà Nội Đó là "
     "yêu cầu của Bộ KH-ĐT sau cuôc họp cùng với các bộ ngành liên quan tại Hà Nội ngày 8-2.",
     "", "SITC Singapore phải sang VN ngay!"),
    # a quoted sentence after the headline (danvan_news row 56)
    ("Cần mở rộng dân chủ và tham khảo ý kiến rộng rãi hơn nữa “Phát huy sức mạnh của khối đại đoàn kết "
     "toàn dân còn hạn chế. Một số tổ chức Đảng và đảng viên, cán bộ công chức chưa làm tốt công tác vận "
     "động nhân dân, chưa thật sự gắn bó với dân”.",
     "", "Cần mở rộng dân chủ và tham khảo ý kiến rộng rãi hơn nữa"),
    # a photo caption ending with its credit (danvan_news row 4)
    ("Mở rộng dân chủ, đề cao trách nhiệm cá nhân Cử tri Võ Tiến Kỷ (áo trắng, quận 6-TPHCM) đang góp ý kiến "
     "cho đại biểu HĐND. Ảnh: L.MINH Năm 2005, TPHCM có 70% phường, xã thực hiện khá tốt quy chế dân chủ.",
     "", "Mở rộng dân chủ, đề cao trách nhiệm cá nhân"),
    # "Người dân" that the body prints in lower case: a sentence starts (danvan_news row 67)
    (f"Quyền làm chủ của dân đã được phát huy {_LEAD_67}",
     "có liên quan trực tiếp đến quyền lợi của người dân, như: đền bù giải tỏa, tái định cư.",
     "Quyền làm chủ của dân đã được phát huy"),
    # a quoted term inside the headline is no cut; the outlet mark is (VNTC row 10)
    ("Kiên quyết xử lý các điểm bán “phao”, lò luyện thi trái phép (NLĐO)- Ngày 7-4, tại Hà Nội, Bộ Giáo "
     "dục - Đào tạo đã tổ chức cuộc họp với A 25, PA 25 của Bộ Công an và Sở Công an Hà Nội.",
     "các lò luyện thi trái phép, cơ sở bán “phao” thi là điều rất quan trọng.",
     "Kiên quyết xử lý các điểm bán “phao”, lò luyện thi trái phép"),
    # a capitalised name in the headline goes on; a word that only starts sentences cuts (VNTC row 9)
    ("Thành lập Trường Đại học Phan Châu Trinh Được phép chính thức của Chính phủ, một trường đại học mới "
     "vừa ra đời: Trường ĐH Phan Châu Trinh, tại Hội An, Quảng Nam.",
     "", "Thành lập Trường Đại học Phan Châu Trinh"),
])
def test_split_headline_finds_the_headline(given, body, headline):
    found = split_headline(given, body)
    assert found is not None
    assert found[0] == headline
    assert headline + " " + found[1] == given


@pytest.mark.parametrize("given", [
    # a lead stored as the title (Thanh Niên, Dân trí rows): no headline to cut out of it
    "Ông Nguyễn Quí Đôn, Phó giám đốc Sở GD-ĐT TP Cần Thơ cho biết năm học tới việc phân ban vào lớp 10 diễn "
    "ra đại trà. Học sinh sẽ theo học một trong 3 ban: Khoa học tự nhiên, Khoa học xã hội và nhân văn.",
    "Thanh Hóa, ngày 27/4, thường trực Tỉnh ủy đã có quyết định thống nhất tạm dừng tổ chức lễ công bố nghị "
    "quyết của Ủy ban Thường vụ Quốc hội về việc thành lập thị xã Nghi Sơn.",
    "Ngày 19/4, ngày làm việc thứ hai, buổi sáng các đại biểu tiếp tục thảo luận ở đoàn về các văn kiện và "
    "góp ý cho dự thảo Quy chế bầu cử Ban Chấp hành Trung ương.",
    # a real long headline (baomoi, 23 words) is never cut
    "Thư chúc mừng của Chủ tịch Ủy ban Trung ương MTTQ Việt Nam nhân dịp Đại lễ khai đạo Phật giáo Hòa Hảo",
])
def test_split_headline_leaves_leads_and_headlines_whole(given):
    assert split_headline(given, "") is None


def test_split_glued_title_keeps_the_rest_as_the_first_line():
    title = (f"Quyền làm chủ của dân đã được phát huy {_LEAD_67}")
    text = f" {title}\nPhóng viên Báo Người Lao Động đã trao đổi với ông Phạm Văn Hải về vấn đề này"
    head, body = split_glued_title(title, text + " quyền lợi của người dân")
    assert head == "Quyền làm chủ của dân đã được phát huy"
    assert body.startswith("Người dân phường 11, quận 6 - TPHCM bỏ phiếu tín nhiệm")
    assert body.split("\n")[1].startswith("Phóng viên Báo Người Lao Động")


def test_link_arrow_is_not_part_of_the_headline():
    headline = "Danh sách ủy viên chính thức và ủy viên dự khuyết BCH T.Ư Đảng khóa X"
    assert strip_link_mark(f"&gt;&gt; {headline}") == headline
    assert strip_link_mark(">> Thanh tra việc thu chi viện phí") == "Thanh tra việc thu chi viện phí"
    plain = "Sẽ chuyển vụ việc cho cơ quan điều tra"
    assert strip_link_mark(plain) == plain


def test_bylines_of_five_authors_and_names_with_d():
    # "Đ" is a capital: "Hải Đăng" is a name, not an affiliation (Dân trí row 2244)
    assert parse_byline("Hiệp Nguyễn - Thái Bá - Hải Đăng - Anh Nhân - Đăng Đức") == (
        "Hiệp Nguyễn - Thái Bá - Hải Đăng - Anh Nhân - Đăng Đức", None)
    assert parse_byline("Đại Dương- Đặng Tài") == ("Đại Dương - Đặng Tài", None)
    affiliation = "Ban Dân vận Huyện ủy Thọ Xuân"
    assert parse_byline(f"Thu Hà - {affiliation}") == ("Thu Hà", affiliation)


def test_interview_bylines():
    # "Name ghi" / "Name thực hiện" after the last answer (VNTC rows 5844, 5704)
    body = ["Câu hỏi.", "Có thể nói là chúng tôi đã làm tròn trách nhiệm của mình. Hoàng Dung ghi"]
    assert take_byline(body) == ("Hoàng Dung", None)
    assert body[-1].endswith("trách nhiệm của mình.")
    assert take_byline(["Câu hỏi.", "Quý Hiền thực hiện"]) == ("Quý Hiền", None)


def test_byline_above_a_readers_note():
    # Dân trí's education pages print a note to readers under the byline (row 313)
    note = ("* Mọi ý kiến đóng góp về giáo dục, giáo dục nghề nghiệp độc giả gửi tin, bài về hộp "
            "thư:giaoduc@dantri.com.vn. Trân trọng cám ơn!")
    body = ["trong đó có 680 cơ sở giáo dục nghề nghiệp tư thục.", "Lệ Thu", note]
    assert take_byline(body) == ("Lệ Thu", None)
    assert body[-1] == note


def test_relayed_article_author():
    # "Theo D. Ngọc" above the outlet's name: the author of the relayed article and its outlet
    # (Dân trí row 1542; the gold labels the outlet as the affiliation)
    body = ["để cập nhật thông tin chính xác.", "Theo D. Ngọc", "Người lao động"]
    assert take_byline(body) == ("D. Ngọc", "Người lao động")
    assert body == ["để cập nhật thông tin chính xác."]
    # an agency is no author
    assert take_byline(["để cập nhật thông tin chính xác.", "Theo TTXVN", "Người lao động"]) == (None, None)


@pytest.mark.parametrize("given, body, headline", [
    # a caption glued after a name in the headline: its first words are printed in lower case elsewhere ...
    ("Quảng Trị: Dựng lại cột cờ Hiền Lương ở sông Bến Hải Cột cờ Hiền Lương được dựng lại sau gần 40 năm bị "
     "sập (NLĐ) - Đúng 8 giờ sáng 24-4, UBND tỉnh Quảng Trị đã tổ chức dựng lại cột cờ Hiền Lương với lá cờ "
     "đỏ sao vàng rộng 96 m2 trong sự chứng kiến của hàng ngàn người dân hai bờ sông Bến Hải.", "",
     "Quảng Trị: Dựng lại cột cờ Hiền Lương ở sông Bến Hải"),
    # ... or it names again a name of the headline before the outlet's mark
    ("Khánh thành bia tưởng niệm cố Tổng Bí thư Trần Phú Học sinh Trường Tiểu học Thiên Hộ Dương, Q.10 đến "
     "viếng bia tưởng niệm cố tổng bí thư Trần Phú (NLĐ) - Sáng 6-5, tại công viên, UBND quận 10 đã long "
     "trọng tổ chức lễ khánh thành bia tưởng niệm.",
     "Bia tưởng niệm cố Tổng Bí thư Trần Phú đặt tại công viên.",
     "Khánh thành bia tưởng niệm cố Tổng Bí thư Trần Phú"),
])
def test_a_caption_glued_after_a_name(given, body, headline):
    found = split_headline(given, body)
    assert found is not None and found[0] == headline


@pytest.mark.parametrize("given, body", [
    # the headline's own capitalised words after a name: a name repeated that it does not end on, a word
    # capitalised by custom, a name the caption goes on with
    ("Khán giả Hà Nội xúc động với đêm nhạc Trịnh Công Sơn Mưa hồng tại Nhà hát Lớn Hà Nội đã kín chỗ từ "
     "nhiều ngày trước (NLĐ) - Tối 1-4, đêm nhạc đã diễn ra trong sự chờ đón của khán giả.", ""),
    ("Công nhân khu công nghiệp Vĩnh Lộc Tết xa quê vẫn ấm áp trong vòng tay của công đoàn và doanh nghiệp "
     "(NLĐ) - Sáng 25-1, công đoàn đã tặng quà.", "Nhiều công nhân đón tết xa quê."),
    ("Thủ tướng Hàn Quốc Lee Hae Chan trò chuyện thân tình với nhân viên VN Thủ tướng Hàn Quốc Lee Hae Chan "
     "(NLĐ) - Sáng 5-4, Thủ tướng Hàn Quốc đã đến thăm và làm việc với các doanh nghiệp tại khu công nghiệp.",
     ""),
])
def test_no_caption_cut_inside_the_headline(given, body):
    assert split_headline(given, body) is None
