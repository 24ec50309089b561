"""The organising body read from the lead's later sentences where its first sentence names none (issue
13): a general sapo, then a minister speaking at a national conference. Only a subject that opens on a
body's or a post's word counts, and not in a sentence that gives a source or a speech at an event already
told; a state corporation (*Tổng Công ty*) is a firm. Every lead is a real one from ../shared/corpora, cut
short."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.levels import organiser_level


@pytest.mark.parametrize(("lead", "level"), [
    # VNTC row 8372: a sapo's general sentence, then the minister at a national conference
    ("Chiếm dụng vốn, nợ quá hạn ngân hàng ngày càng gay gắt ảnh hưởng nghiêm trọng tới đầu tư phát triển. "
     "Tại hội nghị toàn quốc về xây dựng cơ bản sáng nay, Bộ trưởng Kế hoạch và Đầu tư Võ Hồng Phúc "
     "cho rằng, giải quyết dứt điểm nợ đọng trở nên cấp bách hơn lúc nào hết.", "central"),
    # VNTC row 8314: the Assembly's vice-chairman asks the deputies, after a sentence with no body
    ("Con đường đi lên chủ nghĩa xã hội là chủ đề được nhiều đại biểu quan tâm nhất trong buổi thảo luận. "
     "Phó chủ tịch Quốc hội Nguyễn Phúc Thanh phải đề nghị các đại biểu phân tích sâu hơn về yêu cầu "
     "lịch sử.",
     "central"),
])
def test_a_body_acting_in_a_later_sentence_of_the_lead(lead: str, level: str) -> None:
    assert organiser_level(lead, lead, None)[0] == level


@pytest.mark.parametrize("lead", [
    # danvan_news row 96: a feature's sapo; its later sentences name a place, no body
    "Câu chuyện dân vận ở miền núi sẽ bằng không nếu không có ai nêu gương, làm mẫu đi đầu. Trên chặng "
    "đường đi tìm 'cây con' đó phải có những con người biết ước mơ, dám nghĩ, dám làm… Và những con người "
    "tiên phong "
    "ấy chính là những 'hạt giống đỏ' trên miền đất khát Điện Biên.",
    # Dân trí row 863: a patient's journey through an airport in Đà Nẵng
    "Đến nay, chùm ca bệnh liên quan đến BN2899 được xác định có 8 trường hợp. BN2899 từ Nhật Bản trên "
    "chuyến bay VJ3613 nhập cảnh Sân bay Đà Nẵng ngày 07/4/2021, được cách ly tập trung ngay.",
    # a source, not an organiser: an institute's head on an earthquake (VNTC, Người Lao Động)
    "Khoảng 20g30 tối qua 5-8, một đợt rung chuyển trong vài giây đã diễn ở nhiều khu vực khác nhau ở Đông "
    "Nam Bộ. Theo ông Nguyễn Ngọc Thủy, Viện trưởng Viện Vật lý địa cầu (Viện Khoa học-công nghệ VN) cho "
    "biết: Đã có một trận động đất.",
    # ... also after a connective: "Tuy nhiên, theo ông X, giám đốc Sở …"
    "Giá điện sẽ tăng trong quý tới. Tuy nhiên, theo ông Nguyễn Văn A, Giám đốc Sở Công Thương Hà Nội, "
    "nguồn cung vẫn được bảo đảm.",
    # a firm's post-holder (VNTC row 554), a place that opens on a body's word (VNTC row 2296)
    "Mực nước hồ đang xuống thấp. Giám đốc Nhà máy Thủy điện Hòa Bình Nguyễn Văn B cho PV biết sẽ xả nước.",
    "Phố cổ đón nhiều khách trong dịp lễ. Hội An nay lại càng nổi tiếng với những đêm phố đèn lồng.",
    # a leader who sends a letter to a newspaper's own anniversary (VNTC row 7736)
    "Báo kỷ niệm 20 năm ngày ra số đầu tiên. Chủ tịch nước Trần Đức Lương đã gửi thư chúc mừng.",
    # a foreign state's government or ministry (VNTC rows 6185, 2388), a sentence set abroad (Dân trí 2400)
    "Giáo dục đang gặp khó. Chính phủ Namibia đang xem xét đổi mới hệ thống giáo dục nước này.",
    "Nhiều học bổng được mở. Bộ Giáo dục Thái Lan mời các trường Việt Nam tham gia hội chợ.",
    "Dịch bệnh lan rộng ở châu Âu. Tại Anh, Thủ tướng Johnson công bố lệnh phong tỏa mới.",
])
def test_no_organiser_from_later_sentences_without_an_acting_body(lead: str) -> None:
    assert organiser_level(lead, lead, None)[0] is None


def test_a_state_corporation_is_a_firm_and_a_leader_speaking_at_its_ceremony_no_organiser() -> None:
    # VNTC, Người Lao Động: Petrolimex's anniversary, a deputy prime minister speaks and asks
    lead = ("Sáng 12-4, tại Hà Nội, Tổng Công ty Xăng dầu VN (Petrolimex) đã tổ chức trọng thể lễ kỷ niệm 50 "
            "năm ngày thành lập. Phát biểu tại buổi lễ, Phó Thủ tướng Vũ Khoan nêu rõ, Petrolimex là một "
            "trong "
            "những doanh nghiệp Nhà nước đi đầu. Phó Thủ tướng yêu cầu Petrolimex cần từng bước bỏ hẳn cơ "
            "chế "
            "bao cấp.")
    assert organiser_level(lead, lead, "Thành phố Hà Nội")[0] is None


def test_the_parties_of_a_fronted_working_session_are_no_subject() -> None:
    # VNTC, VnExpress: the list after "giữa" runs to its last party; the department after it reports
    lead = ("Chiều qua, trong buổi làm việc giữa UBND TP HCM, Tổng công ty Cấp nước thành phố và các sở "
            "ngành liên quan, Sở Y tế đã báo cáo về kết quả kiểm tra chất lượng nước.")
    assert organiser_level(lead, lead, "Thành phố Hồ Chí Minh")[0] == "province"
    # a list with no "và" ends with the sentence: nobody is read as its subject
    listed = "Trong buổi làm việc giữa UBND tỉnh, Tổng công ty Điện lực, các bên thống nhất lộ trình."
    assert organiser_level(listed, listed, "Tỉnh Nghệ An")[0] is None


def test_a_fronted_time_in_the_middle_of_a_month_opens_no_list() -> None:
    # "giữa tháng 9" is a time, not a working session between parties
    lead = "Vào giữa tháng 9, Chủ tịch UBND tỉnh Nghệ An Nguyễn Xuân Đường ký quyết định lập đoàn kiểm tra."
    assert organiser_level(lead, lead, "Tỉnh Nghệ An")[0] == "province"


def test_an_organiser_named_in_a_later_sentence_unless_a_school_or_firm() -> None:
    # VNTC (VnExpress): a department launches the programme; a university faculty or a park with a firm
    # organises no public event (Dân trí row 419, VNTC row 11652)
    hcm = "Thành phố Hồ Chí Minh"
    lead = "Đây là một hoạt động của tháng hành động. Chương trình do Sở Y tế thành phố phát động."
    assert organiser_level(lead, lead, hcm)[0] == "province"
    lead = "Nhiều bạn trẻ tham gia. Ngày hội do Khoa Quốc tế - Đại học Quốc gia Hà Nội vừa tổ chức."
    assert organiser_level(lead, lead, hcm)[0] is None
    lead = "Cuộc thi thu hút nhiều thí sinh. Cuộc thi do công viên Đầm Sen TP HCM và công ty Nestle tổ chức."
    assert organiser_level(lead, lead, hcm)[0] is None


def test_a_minister_whose_name_ends_on_a_country_is_no_foreign_state() -> None:
    # "Anh" ends the name of Vietnam's minister of industry and trade (Bộ trưởng Trần Tuấn Anh)
    lead = "Ngành công thương đạt nhiều kết quả. Bộ trưởng Trần Tuấn Anh cho biết Bộ sẽ đẩy mạnh xuất khẩu."
    assert organiser_level(lead, lead, None)[0] == "central"
