"""Levels of the wider press (issue 13, 2026-12-02, second round): a unit of a body printed before its
parent with a comma between, the supreme court and procuracy, and the writer as the lead's subject (a
memoir, a reporter's account, an opinion: no organiser). Each class has its counter-examples."""

import pytest

from danvan.corpus.ingest.levels import admin_level
from danvan.corpus.ingest.places import locate

HCM, HN = "Thành phố Hồ Chí Minh", "Thành phố Hà Nội"


@pytest.mark.parametrize("lead, province, level", [
    # a unit of a body, then its parent after a comma (VNTC rows 10953, 5060, 6268)
    ("Cơ quan Cảnh sát điều tra, công an thành phố Hà Nội khẳng định những bê bối tại Viện Khoa học kỹ "
     "thuật Nông nghiệp Việt Nam trong kỳ thi tuyển nghiên cứu sinh năm 1997 là có cơ sở.", HN, "province"),
    ("Phòng Cảnh sát Phòng cháy chữa cháy, Công an TP HCM vừa ra quyết định đình chỉ 5 trong số 11 cửa "
     "hàng bán xăng dầu vi phạm.", HCM, "province"),
    ("Từ 20 giờ ngày 20/11 đến rạng sáng 21/11, Phòng Cảnh sát giao thông đường bộ, Công an TP.HCM đã tạm "
     "giữ hơn 400 xe gắn máy vi phạm.", HCM, "province"),
    ("Đội Cảnh sát giao thông, Công an huyện Bình Chánh đã tạm giữ 12 xe tải chở quá tải.", HCM,
     "district"),
    # ... but a long subject that is no body's name, before a comma, is still no body
    ("Những bê bối tại Viện Khoa học kỹ thuật Nông nghiệp, công an thành phố cho biết, đã được làm rõ.", HN,
     None),
    ("Người dân ở khu phố 3, Công an phường cho biết, đã nhiều lần phản ánh tình trạng ngập nước.", HCM,
     None),
])
def test_a_unit_of_a_body_printed_before_its_parent(lead, province, level):
    assert admin_level(lead, province) == level


@pytest.mark.parametrize("lead, province, level", [
    # the supreme court and procuracy are central (danvan_news rows 47, 149; VNTC row 622)
    ("Hội đồng Thẩm phán TAND Tối cao vừa ban hành Nghị quyết số 03/2004/NQ-HĐTP hướng dẫn thi hành một số "
     "quy định về bảo đảm quyền bào chữa.", None, "central"),
    ("Chiều 28-12, VKSND Tối cao đã phê chuẩn quyết định gia hạn tạm giữ của Cơ quan Cảnh sát điều tra.",
     None, "central"),
    ("Ngày 9/4, TAND Tối cao tuyên y án sơ thẩm 7 năm tù với bị cáo Nguyễn Thị Thanh Liễu (nguyên thủ quỹ Ủy "
     "ban Mặt trận Tổ quốc tỉnh Sóc Trăng) về tội tham ô.", "Tỉnh Sóc Trăng", "central"),
    # ... a province's court is the province's, and another state's supreme court is foreign
    ("Ngày 9/4, TAND tỉnh Sóc Trăng đã mở phiên tòa xét xử sơ thẩm vụ tham ô tiền cứu trợ.",
     "Tỉnh Sóc Trăng", "province"),
    ("Theo hãng tin India Today, Tòa án Tối cao New Delhi ngày 24/4 tuyên bố các quan chức phải bảo đảm "
     "nguồn cung ôxy.", None, None),
])
def test_the_supreme_court_and_procuracy(lead, province, level):
    assert admin_level(lead, province) == level


@pytest.mark.parametrize("lead, province, level", [
    # the writer as the subject (danvan_news rows 101, 3; VNTC row 12694): no organiser
    ("Dẫu thế, 8g sáng 7-5-1975, khi rợp trời cờ xí tung bay giữa rừng người, Sài Gòn mittinh chào mừng "
     "chiến thắng 30-4-1975 và ra mắt Ủy ban Quân quản TP.HCM, tôi vẫn còn ngỡ như mình đang trong mơ!", HCM,
     None),
    ("Đến Ban CHQS phường Tân Sơn Nhì, quận Tân Phú, TP Hồ Chí Minh, chúng tôi được nghe nhiều người khen "
     "ngợi nữ dân quân Trần Thị Thiên Trang.", HCM, None),
    ("Chúng tôi thiết nghĩ Nhà nước nói chung và Cục thuế nói riêng cần phải có cách làm việc hợp lý hơn.",
     None, None),
    # ... not a speaker quoted or reported, whose "we" is their body's
    ("Tại hội nghị, bà Nguyễn Thị Lan, Chủ tịch Hội LHPN huyện Cần Giờ nói: \"Trong năm qua, chúng tôi đã "
     "giúp 300 hội viên thoát nghèo.", HCM, "district"),
    ("“Chúng tôi sẽ kiểm tra toàn bộ các công trình”, ông Lê Văn Minh, Giám đốc Sở Xây dựng tỉnh Quảng Nam "
     "khẳng định.", "Tỉnh Quảng Nam", "province"),
    ("Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Tân Phú cho biết, chúng tôi đã vận động 120 hộ dân hiến đất "
     "làm đường.", "Tỉnh Đồng Nai", "commune"),
    ("Sáng 12/7, Ủy ban MTTQ tỉnh Bình Dương đã tổ chức hội nghị sơ kết; tôi là đại biểu dự hội nghị.",
     "Tỉnh Bình Dương", "province"),
])
def test_the_writer_as_the_subject_is_no_organiser(lead, province, level):
    assert admin_level(lead, province) == level


@pytest.mark.parametrize("lead, province, level", [
    # "TP" before a person's name is the article's city (VNTC rows 1133, 1483, 12165)
    ("Phó Chủ tịch UBND TP Nguyễn Văn Đua đã ký quyết định chấm dứt việc thu phí giao thông trên đường "
     "Huỳnh Tấn Phát từ ngày 1-3.", HCM, "province"),
    ("Tại hội nghị sơ kết của ngành GD-ĐT TPHCM, Phó Giám đốc Sở GD-ĐT TP Tô Thị Thanh Nga cho biết đã có "
     "401 cán bộ, giáo viên trúng tuyển.", HCM, "province"),
    # ... before a city's name it is that city, a surname opening it or not (TP Phan Thiết, TP Cao Lãnh)
    ("Chủ tịch UBND TP Phan Thiết Nguyễn Văn Hùng vừa ký quyết định xử phạt 3 cơ sở kinh doanh.",
     "Tỉnh Bình Thuận", "district"),
    ("UBND TP Cao Lãnh đã tổ chức hội nghị tổng kết công tác dân vận năm 2020.", "Tỉnh Đồng Tháp",
     "district"),
    ("UBND TP Thủ Đức vừa ban hành kế hoạch chỉnh trang đô thị.", HCM, "district"),
])
def test_tp_before_a_person_is_the_article_s_city(lead, province, level):
    assert admin_level(lead, province) == level


def test_the_meeting_a_lead_sums_up_gives_its_holder():
    # danvan_news row 336: the lead's subjects are no body; its last sentence names the meeting
    lead = ("Từ năm 2017, tổ chức CĐ sẽ giảm chi hành chính 10%, phong trào 10%, để lấy kinh phí xây dựng "
            "các thiết chế văn hóa cho CNLĐ. Riêng tại TPHCM, Tổng LĐLĐVN sẽ phối hợp với Thành ủy, UBND "
            "TPHCM, sở, ngành để thực hiện. Đó là một trong những nội dung được thảo luận tại buổi làm việc "
            "giữa Đoàn Chủ tịch Tổng LĐLĐ Việt Nam với LĐLĐ TPHCM chiều 23.2.")
    title = "Tổng LĐLĐVN sẽ phối hợp với TPHCM xây nhà ở cho công nhân"
    assert locate(title, lead, lead, None)[:3] == (HCM, HCM, "central")
    # VNTC row 8364: the meeting of a national steering committee
    lead = ("Từ đầu tháng 12/2004 đến ngày 3/1/2005, toàn quốc có 25 điểm phát dịch, tập trung ở 25 xã, "
            "phường của 11 tỉnh, thành phố. Đó là thông tin vừa được ông Bùi Quang Anh, Cục trưởng Thú y "
            "thông báo tại cuộc họp chiều nay của Ban chỉ đạo quốc gia phòng chống dịch cúm gia cầm.")
    assert locate("Cúm gia cầm lan ra 11 tỉnh", lead, lead, None)[2] == "central"
    # ... a firm's conference, or a meeting held by no one named, gives none
    lead = ("Huawei sẽ đầu tư 50 triệu USD vào Việt Nam trong năm 2021. Đây là cam kết của ông Sun Bohan tại "
            "buổi gặp gỡ của Huawei Việt Nam với các đối tác.")
    assert locate("Huawei cam kết đầu tư", lead, lead, None)[2] is None
    lead = ("Giá vé tàu Tết sẽ tăng 10%. Đó là thông tin được đưa ra tại cuộc họp giữa các doanh nghiệp vận "
            "tải sáng nay.")
    assert locate("Giá vé tàu Tết tăng", lead, lead, None)[2] is None


@pytest.mark.parametrize("lead, province, level", [
    # an outlet's tag inside the first line: a photo caption before it (danvan_news row 145; VNTC row 1500)
    ("Giáo sư Nguyễn Lân Dũng đang phát biểu ý kiến đóng góp. Ảnh: Đ.Quang (NLĐ)- Trong hai ngày 14 và 15-2, "
     "tại Hà Nội, Ủy ban Trung ương MTTQ VN tổ chức hội nghị góp ý kiến vào Dự thảo văn kiện Đại hội Đảng.",
     None, "central"),
    ("Các phụ huynh đến tìm con, tạo nên cảnh hỗn loạn (NLĐ)- Khoảng 8 giờ ngày 31-12, một vụ cháy lớn đã "
     "xảy ra tại ngôi nhà trong hẻm 65 Phan Thanh, TP Đà Nẵng.", "Thành phố Đà Nẵng", None),
    # ... an abbreviation in brackets is no outlet's tag
    ("Lượng khách qua Cảng Hàng không quốc tế Nội Bài (HKQT) - Hà Nội sẽ đạt mức kỷ lục với 75.000 lượt "
     "khách.", HN, None),
])
def test_a_caption_before_an_outlet_s_tag_is_no_lead(lead, province, level):
    assert admin_level(lead, province) == level


@pytest.mark.parametrize("lead, province, level", [
    # a deputy head of a department (VNTC rows 4854, 8811), as its head is: central where no unit is named
    ("Chiều 3/2, Cục phó Thú y Nguyễn Văn Thông cho biết, một số chốt kiểm dịch miền Trung phát hiện người "
     "dân vận chuyển gia cầm từ vùng sạch bệnh.", None, "central"),
    ("Cục phó Cục Thuế tỉnh Nghệ An Trần Văn Bình cho biết, số thu 6 tháng đạt 60% kế hoạch.", "Tỉnh Nghệ An",
     "province"),
    ("Chi cục phó Chi cục Thú y Lê Văn Hòa cho biết, đã tiêm phòng cho 20.000 con gia cầm.", None, None),
    # a district written "Q.Bình Thạnh" (VNTC row 6256), but not a place described (VNTC row 6883)
    ("Ban bồi thường giải phóng mặt bằng Q.Bình Thạnh hôm qua 23/4 cho biết đã có 45/61 hộ đồng ý với các "
     "mức hỗ trợ.", HCM, "district"),
    ("Ngập nặng nhất là các khu vực trên địa bàn Q.Bình Thạnh như Xô Viết Nghệ Tĩnh, Ung Văn Khiêm, với mực "
     "nước sâu 20-40cm.", HCM, None),
    # a fronted "Báo cáo với …," (Dân trí row 1536)
    ("Báo cáo với đoàn, Phó Chủ tịch Ủy ban nhân dân tỉnh An Giang Lê Văn Phước cho biết, An Giang có đường "
     "biên giới dài gần 100km với Campuchia.", "Tỉnh An Giang", "province"),
    # a meeting by its number, then the body whose meeting it is (VNTC row 1038)
    ("Sáng nay 20-3, Hội nghị lần thứ 14, Ban Chấp hành Trung ương Đảng khóa IX diễn ra tại Hà Nội.", None,
     "central"),
    ("Sáng 5/7, Kỳ họp thứ 9, HĐND tỉnh Bình Dương khóa IX khai mạc.", "Tỉnh Bình Dương", "province"),
    # ... a meeting with no body after it names none
    ("Sáng nay, Hội nghị lần thứ hai, các doanh nghiệp da giày bàn về thị trường.", None, None),
])
def test_deputies_districts_and_fronted_reports(lead, province, level):
    assert admin_level(lead, province) == level


@pytest.mark.parametrize("lead, province, level", [
    # the passive's agent organises (VNTC row 669; danvan_news row 57)
    ("Hội thảo: “Xóa đói giảm nghèo theo hướng phát triển bền vững ở nước ta hiện nay” đã được Bộ LĐ-TB-XH "
     "tổ chức hôm 5-4, tại Hà Nội.", HN, "central"),
    ("Sáng 10/6, Lễ tuyên dương điển hình tiên tiến năm 2017 đã được Hội đồng Thi đua - Khen thưởng tỉnh "
     "Bình Phước tổ chức trọng thể.", "Tỉnh Bình Phước", "province"),
    # ... a passive without a body as its agent names none
    ("Hội chợ sẽ được tổ chức vào 27/11 tại khu trường mới của trường Quốc tế Liên hiệp quốc (UNIS).", HN,
     None),
    ("Giải chạy được các vận động viên phong trào tổ chức vào sáng chủ nhật.", HN, None),
])
def test_the_passive_s_agent_organises(lead, province, level):
    assert admin_level(lead, province) == level
