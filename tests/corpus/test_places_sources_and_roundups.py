"""Places and levels of the wider press (issue 13, 2026-12-02): a body cited as the lead's source or
whose demand it reports, a time word glued to the subject, a ministry's post without its ministry's
name, a common noun before a place (no body), an incident (no organiser), the organiser named after
the lead, a meeting with voters, round-ups by dateline or section heading, the battle of Điện Biên
Phủ, and a district or city named alone in the lead. Each class has its counter-examples."""

import pytest

from danvan.corpus.ingest.levels import admin_level
from danvan.corpus.ingest.places import locate, province_scores

HCM, HN = "Thành phố Hồ Chí Minh", "Thành phố Hà Nội"


@pytest.mark.parametrize("lead, province, level", [
    # the source of the lead's news (Dân trí rows 294, 1489; VNTC row 7166)
    ("Theo Bộ GD&ĐT, để chia sẻ khó khăn, giảm gánh nặng tài chính cho gia đình người học, đơn vị này đã "
     "báo cáo Chính phủ xem xét cho phép giữ nguyên mức học phí của năm học 2021-2022.", None, "central"),
    ("Thông tin từ Cục Hộ tịch, quốc tịch và chứng thực (Bộ Tư pháp) cho biết, trong đợt lũ lụt lịch sử năm "
     "2020, trên địa bàn một số tỉnh miền Trung đã bị ngập lụt nặng nề.", None, "central"),
    ("Theo nhận định của Chi cục Kiểm lâm TP HCM, càng đến cuối năm các loại động vật hoang dã như cầy "
     "hương, gấu, trăn được mua bán tại các nhà hàng ngày càng nhiều.", HCM, "province"),
    ("Theo Chủ tịch UBND TP.Hà Nội Nguyễn Đức Chung, thành phố đang đẩy mạnh cải cách thủ tục hành chính, "
     "ứng dụng CNTT để giảm số công chức, viên chức phường, xã.", HN, "province"),
    # whose demand the lead reports (VNTC row 5844)
    ("Đó là yêu cầu của Bộ KH-ĐT sau cuộc họp cùng với các bộ ngành liên quan tại Hà Nội ngày 8-2.", None,
     "central"),
    # a person cited without a post, a private source: no body
    ("Theo ông Nguyễn Văn Tám, người dân trong xóm, con đường đã xuống cấp từ nhiều năm nay.", None, None),
    ("Theo Statisticstimes, 10 nước có GDP cao nhất thế giới trong năm 2020 vẫn giữ nguyên vị trí.", None,
     None),
])
def test_the_source_of_the_news_or_whose_demand_it_is(lead, province, level):
    assert admin_level(lead, province) == level


@pytest.mark.parametrize("lead, province, level", [
    # a time word before the subject without a comma (danvan_news rows 232, 233)
    ("Sau 3 tháng thi công, mới đây Ủy ban MTTQ Việt Nam TP Cần Thơ tiến hành bàn giao 75 căn nhà Đại đoàn "
     "kết cho các hộ nghèo tại 6 xã của huyện Cờ Đỏ.", "Thành phố Cần Thơ", "province"),
    ("Với mong muốn giúp đỡ những hộ nghèo có nhà ở kiên cố, gần 2 năm qua ông Phạm Ngọc Duẫn, Chủ tịch Ủy "
     "ban MTTQ xã Đại Phú, huyện Sơn Dương, tỉnh Tuyên Quang đã vận động giúp đỡ hộ nghèo xóa nhà tạm.",
     "Tỉnh Tuyên Quang", "commune"),
    # a ministry's post printed without the ministry's own word "Bộ" (VNTC rows of 2004-2005)
    ("Chiều nay, Bộ trưởng Nông nghiệp và Phát triển nông thôn Lê Huy Ngọ cho biết, các hộ chăn nuôi gia cầm "
     "bị thiệt hại do dịch cúm sẽ được giảm 50% lãi suất.", None, "central"),
    ("Trao đổi với VnExpress, Vụ trưởng Tiền lương Tiền công Bộ Lao động Thương binh và xã hội Phạm Minh "
     "Huân cho rằng, tăng lương đồng nghĩa với tăng số tiền đóng bảo hiểm.", None, "central"),
    ("Cục trưởng Phòng chống tệ nạn xã hội Lê Văn Nhã vừa có công văn đề nghị các sở Lao động Thương binh và "
     "Xã hội tổ chức tốt hoạt động vui xuân.", None, "central"),
    # ... but a department of a province is the province's, and ministers of other states are foreign
    ("Cục trưởng Cục Thuế tỉnh Nghệ An Nguyễn Văn Hải cho biết, số thu ngân sách 6 tháng đạt 60% kế hoạch.",
     "Tỉnh Nghệ An", "province"),
    ("Hội nghị bộ trưởng du lịch ASEAN tại Langkawi (bắc Malaysia) đã kết thúc hôm qua với cam kết tạo "
     "thuận lợi cho hoạt động du lịch.", None, None),
    ("Thứ trưởng Ngoại giao Nhật Bản Kenji Yamada vừa có chuyến thăm chính thức Campuchia.", None, None),
    # "Ủy ban MTTQ TP": the body of the city the article is about (VNTC row 9623)
    ("Tại buổi họp mặt với hơn 100 kiều bào để mừng Tết Bính Tuất 2006 vào ngày 14-1, bà Lương Bạch Vân, "
     "Phó Chủ tịch Ủy ban MTTQ TP, cho biết:", HCM, "province"),
    # a firm's "Giám đốc Quốc gia" is no national body; a national committee is (Dân trí row 240)
    ("Bà Winnie Wong - Giám đốc Quốc gia của Mastercard tại Việt Nam, Campuchia và Lào chia sẻ: chúng tôi "
     "muốn chúc mừng VIB.", None, None),
    ("Theo Ủy ban An toàn giao thông quốc gia, trong 10 tháng đầu năm 2005, tai nạn giao thông đã giảm "
     "trên cả 3 tiêu chí.", None, "central"),
    # the post of another person, after the subject's verb: the foreign ambassador acts (VNTC row 2165)
    ("Ngày 22.2, tại Đà Nẵng, Đại sứ nước Cộng hòa Pháp tại VN Jean Francois Blarel thay mặt Chính phủ Pháp "
     "đã trao tặng Huân chương Hàn lâm hạng nhì cho GS.TSKH Bùi Văn Ga - Giám đốc ĐH Đà Nẵng.",
     "Thành phố Đà Nẵng", None),
    # a lead glued after a headline with a verb of its own restarts at a day printed with its year
    ("Ông Đỗ Bình Dương đảm nhận nhiệm vụ Tổng Kiểm toán Nhà nước Tính độc lập của kiểm toán nhà nước sẽ "
     "cao hơn Ngày 23-12-2005, Phó Chủ tịch Quốc hội Trương Quang Được đã trao Nghị quyết số "
     "54/2005/NQ-QH11 cho ông Đỗ Bình Dương.", None, "central"),
])
def test_subjects_behind_time_words_posts_and_cities(lead, province, level):
    assert admin_level(lead, province) == level


@pytest.mark.parametrize("lead, province, level", [
    # a common noun before the place: no body (Dân trí row 2301; VNTC rows)
    ("Hải sản Quảng Ninh vốn nổi tiếng lâu nay.", "Tỉnh Quảng Ninh", None),
    ("Người dân quanh sân banh thuộc xã Mỹ Đông, huyện Tháp Mười, bỗng giật mình bởi tiếng gầm rú của "
     "khoảng 15 chiếc xe gắn máy.", "Tỉnh Đồng Tháp", None),
    # ... unless its words name a body
    ("Lực lượng chức năng phường Hàng Mã đã tiến hành kiểm tra, xử lý các chủ quán tự ý treo biển.", HN,
     "commune"),
    ("Thành ủy Đà Nẵng vừa ban hành Kế hoạch số 212-KH/TU về đẩy mạnh phong trào thi đua Dân vận khéo.",
     "Thành phố Đà Nẵng", "province"),
    ("Theo ông Trần Văn Dũng, Đội trưởng thanh tra đường thủy Hà Nội, do mực nước sông Hồng xuống thấp nên "
     "tàu thuyền đi lại rất khó khăn.", HN, "province"),
])
def test_a_common_noun_before_a_place_is_no_body(lead, province, level):
    assert admin_level(lead, province) == level


def test_an_incident_has_no_organiser_even_when_the_police_speak_next():
    # Dân trí row 1329: the police of the ward are quoted in the next, dated paragraph
    lead = ("Sự việc xảy ra vào khoảng 10h sáng nay 18/12, tại một quán game online ở ngõ 36 Giang Văn Minh, "
            "phường Kim Mã, quận Ba Đình, TP Hà Nội.")
    text = (lead + "\n\nChiều ngày 18/12, trao đổi với PV, một lãnh đạo Công an phường Kim Mã, quận Ba Đình, "
            "TP Hà Nội cho biết, trên địa bàn vừa xảy ra vụ việc một nam thanh niên tử vong.")
    assert locate("Hà Nội: Thanh niên 20 tuổi đột tử trong quán game", lead, text, None)[:3] == (HN, HN, None)


def test_the_organiser_named_after_a_lead_without_one():
    # danvan_news row 329: a central religious body with the province's bodies, at a site in the province
    lead = ("Ngày 1/7, đại lễ cầu siêu tưởng niệm anh linh các anh hùng, liệt sỹ hy sinh trên mặt trận "
            "phía Bắc đã diễn ra tại Nghĩa trang liệt sỹ Quốc gia Vị Xuyên, Hà Giang.")
    text = (lead + "\n\nNhân kỷ niệm 70 năm Ngày Thương binh Liệt sỹ, đại lễ đã diễn ra tại huyện Vị Xuyên, "
            "tỉnh Hà Giang. Đại lễ cầu siêu do Trung ương Giáo hội Phật giáo Việt Nam phối hợp với Ban Trị "
            "sự Giáo hội Phật giáo Việt Nam tỉnh Hà Giang và Ủy ban Nhân dân huyện Vị Xuyên tổ chức.")
    got = locate("Đại lễ cầu siêu các anh hùng, liệt sỹ mặt trận phía Bắc", lead, text, None)
    assert got[:3] == ("Tỉnh Hà Giang", "Tỉnh Tuyên Quang", "central")


def test_a_prize_given_to_organisations_names_no_organiser():
    # Dân trí row of 2021: "các tổ chức" is the organisations honoured, not "tổ chức" (to organise)
    lead = "Đây là sự ghi nhận xứng đáng cho những nỗ lực và cống hiến của Công ty Cổ phần Ngọc Diệp."
    text = (lead + "\n\nGiải thưởng Chất lượng Quốc gia là giải thưởng do Thủ tướng Chính phủ dành tặng nhằm "
            "tôn vinh các tổ chức, doanh nghiệp có thành tích xuất sắc.")
    assert locate("Công ty Ngọc Diệp nhận Giải thưởng Chất lượng Quốc gia", lead, text, None)[2] is None


def test_a_headline_lead_gives_way_to_a_paragraph_opening_on_a_recent_time():
    # Dân trí row 2137: the lead paragraph is the headline's question
    title = "Sau tranh cãi thu tiền chụp ảnh: Tiểu thương Hàng Mã có chấp hành gỡ biển?"
    text = (title + "\n\nVừa qua, lực lượng chức năng phường Hàng Mã đã tiến hành kiểm tra, xử lý các chủ "
            "quán tự ý treo biển cấm chụp ảnh.\n\nMới đây, cơ quan chức năng phường Hàng Mã, quận Hoàn Kiếm, "
            "TP. Hà Nội đã tiến hành kiểm tra nhiều chủ cửa hàng.")
    assert locate(title, title, text, None)[:3] == (HN, HN, "commune")


def test_a_meeting_with_voters_is_the_provinces_delegation_s():
    # danvan_news row 85: the Prime Minister meets Hải Phòng's voters as one of its deputies
    lead = ("Tại buổi tiếp xúc cử tri tại Hải Phòng, Thủ tướng Chính phủ Nguyễn Xuân Phúc khẳng định: Hà "
            "Nội sẽ không mở rộng đến Thái Nguyên và Hòa Bình")
    text = (lead + "\n\nSáng 26/6, Thủ tướng Nguyễn Xuân Phúc và Đoàn đại biểu Quốc hội TP. Hải Phòng đã có "
            "cuộc tiếp xúc cử tri thành phố Hải Phòng tại Câu lạc bộ Bạch Đằng. Câu lạc bộ có 1.750 hội viên "
            "nghỉ hưu, hiện cư trú trên địa bàn thành phố Hải Phòng.\n\nSau khi nghe bà Nguyễn Thị "
            "Nghĩa, Trưởng Đoàn đại biểu Quốc hội TP. Hải Phòng báo cáo, các cử tri phát biểu ý kiến. Thay "
            "mặt đoàn đại biểu Quốc hội TP. Hải Phòng, Thủ tướng đã tiếp thu và giải đáp.")
    got = locate("Thủ tướng: Hà Nội sẽ không mở rộng đến Thái Nguyên, Hòa Bình", lead, text, None)
    assert got[:3] == ("Thành phố Hải Phòng", "Thành phố Hải Phòng", "province")


ROUND_UP = (
    "Thanh Hóa, ngày 27/4, thường trực Tỉnh ủy đã có quyết định tạm dừng tổ chức lễ khai mạc lễ hội du lịch "
    "biển Hải Hòa, thị xã Nghi Sơn, tỉnh Thanh Hóa.\n\nLễ khai mạc lễ hội du lịch biển Hải Tiến, huyện Hoằng "
    "Hóa, tỉnh Thanh Hóa cũng tạm dừng.\n\nKhánh Hòa, chiều 28/4, UBND tỉnh cũng đã quyết định dừng bắn pháo "
    "hoa vào dịp lễ 30/4.\n\nQuảng Ninh, UBND tỉnh cũng đã quyết định dừng tổ chức bắn pháo hoa tại TP Hạ "
    "Long."
)


def test_a_round_up_by_datelines_or_headings_has_no_province():
    # Dân trí rows 2244 (datelines) and 1473 (headings)
    lead = ROUND_UP.split("\n\n")[0]
    assert locate("Hàng loạt tỉnh thành dừng lễ hội dịp 30/4", lead, ROUND_UP, None)[0] is None
    text = ("Tại Văn bản số 2803/UBND-VX, UBND thành phố Hải Phòng chỉ đạo dừng hoạt động các cơ sở "
            "kinh doanh dịch vụ không thiết yếu.\n\nHải Phòng tăng cường công tác phòng, chống Covid-19\n\n"
            "Ngày 30/4, UBND TP Yên Bái cũng có văn bản hỏa tốc. UBND TP Yên Bái yêu cầu tạm dừng các quán "
            "bia, tỉnh Yên Bái tăng cường kiểm tra.\n\nQuảng Ninh xử phạt 33 trường hợp không đeo khẩu trang "
            "nơi công cộng\n\nTrong ngày 30/4, toàn tỉnh Quảng Ninh đã xử phạt 33 trường hợp.")
    title = "Một lần nữa các dịch vụ không thiết yếu phải tạm dừng"
    assert locate(title, text.split("\n\n")[0], text, None)[0] is None


def test_contact_addresses_are_no_sections():
    lead = "Trường cao đẳng Hammersmith sẽ tổ chức buổi hội thảo tại Hà Nội lúc 9h ngày 20/10, tại Hà Nội."
    text = (lead + "\n\nChi tiết liên hệ:\n\nHà Nội: 96 Lò Đúc ĐT: 9716229\n\nTP HCM: 20 Lê Quý Đôn ĐT: "
            "9302566\n\nĐà Nẵng: 2 Lê Lợi ĐT: 0511 889 525")
    assert locate("Học bổng của trường Hammersmith", lead, text, None)[0] == HN


def test_the_battle_of_dien_bien_phu_is_no_mention_of_the_province():
    battle = "Sáng qua, hàng nghìn người dự lễ kỷ niệm 50 năm chiến thắng Điện Biên Phủ tại Nhà hát Lớn."
    assert "Tỉnh Điện Biên" not in province_scores("", battle, battle, None)
    monument = "Tượng đài Chiến thắng Điện Biên Phủ bị lún nứt"  # the monument stands in the province
    assert "Tỉnh Điện Biên" in province_scores(monument, "", "", None)
    visit = "Hôm qua, Tổng bí thư đã lên thăm, làm việc tại Điện Biên."
    assert "Tỉnh Điện Biên" in province_scores("", visit, visit, None)


def test_a_district_or_city_named_alone_in_the_lead():
    # Dân trí row 517: "ở Vũng Tàu" is in Bà Rịa - Vũng Tàu
    lead = "Vụ việc bé gái 5 tuổi ở Vũng Tàu bị hàng xóm xâm hại và giết chết làm nhiều người phẫn nộ."
    assert province_scores("", lead, lead, None) == {"Tỉnh Bà Rịa - Vũng Tàu": 4}
    # islands named for sovereignty, and river gauges named in the body, are not the place
    sovereignty = "Ngư dân Lý Sơn kiên trì bám biển, khẳng định chủ quyền tại Hoàng Sa của Việt Nam."
    assert "Thành phố Đà Nẵng" not in province_scores("", sovereignty, sovereignty, None)
    gauge = "Mưa lớn ở Bắc Bộ.\n\nMực nước trên sông Hậu tại Châu Đốc vẫn còn trên báo động 3."
    assert "Tỉnh An Giang" not in province_scores("", "Mưa lớn ở Bắc Bộ.", gauge, None)


@pytest.mark.parametrize("lead, province, level", [
    # a meeting opened without its organiser as the subject: the body its name holds (VNTC row 1914)
    ("Sáng 18/4, đúng 8h30, tại Hội trường Ba Đình lịch sử đã chính thức khai mạc Đại hội Đảng toàn quốc "
     "lần thứ X.", None, "central"),
    ("Chiều qua, tại TP Huế đã khai mạc Hội nghị Ban Chấp hành Đảng bộ tỉnh Thừa Thiên Huế lần thứ 5.",
     "Thành phố Huế", "province"),
    # a fair is named after no body
    ("Sáng nay, tại nhà văn hóa đã khai mạc Hội chợ hàng Việt Nam chất lượng cao.", None, None),
    # a spokesperson speaks for the body (VNTC row 329)
    ("Tại cuộc họp báo thông báo nhanh kết quả phiên họp thường kỳ Chính phủ tháng 3 vào chiều qua, 29-3, "
     "tại Hà Nội, ông Nguyễn Kinh Quốc - người phát ngôn của Thủ tướng - cho biết phòng chống tham nhũng "
     "là một nội dung được Thủ tướng đề cập.", None, "central"),
])
def test_meetings_opened_and_spokespeople(lead, province, level):
    assert admin_level(lead, province) == level
