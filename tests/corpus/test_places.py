"""Places and organising levels of real-style leads (issue 13, failure classes 3 and 4)."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.lead import first_sentence
from danvan.corpus.ingest.levels import admin_level
from danvan.corpus.ingest.place_names import gazetteer
from danvan.corpus.ingest.places import locate, province_scores

HCM = "Thành phố Hồ Chí Minh"


def _locate(title: str, lead: str, rest: str = "", hint: str | None = None):
    text = lead + ("\n\n" + rest if rest else "")
    return locate(title, lead, text, hint)


# ---------------------------------------------------------------- Hồ Chí Minh the person
@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 19/5, Ban Tuyên giáo Tỉnh ủy Nghệ An tổ chức lễ dâng hoa Chủ tịch Hồ Chí Minh tại Khu di tích "
        "Kim Liên, huyện Nam Đàn.",
        "Chiều 2/9, đoàn đại biểu Tỉnh ủy Nghệ An vào Lăng viếng Chủ tịch Hồ Chí Minh và học tập tư tưởng, "
        "đạo đức, phong cách Hồ Chí Minh; làm theo tấm gương đạo đức Hồ Chí Minh, Di chúc của Bác Hồ.",
    ],
)
def test_ho_chi_minh_the_person_is_not_the_city(lead):
    scores = province_scores("Học tập và làm theo tư tưởng Hồ Chí Minh", lead, lead, None)
    assert HCM not in scores
    assert _locate("Làm theo tấm gương Bác Hồ", lead)[:3] == ("Tỉnh Nghệ An", "Tỉnh Nghệ An", "province")


def test_the_city_is_named_as_a_city():
    lead = ("Sáng 22/1, Ban Dân vận Thành ủy TP Hồ Chí Minh tổ chức hội nghị tổng kết; học viên Học viện "
            "Chính trị quốc gia Hồ Chí Minh dự.")
    assert province_scores("Tổng kết công tác dân vận", lead, lead, None) == {HCM: 8}
    lead = "Chiều 3/3, đoàn công tác đến TP.HCM làm việc với UBND quận 12 và huyện Củ Chi."
    assert _locate("Làm việc tại TP.HCM", lead)[0] == HCM


# ---------------------------------------------------------------- outlets
def test_outlet_home_breaks_ties_but_never_places_alone():
    nothing = "Nhiều ý kiến cho rằng cần mở rộng dân chủ và tham khảo ý kiến rộng rãi hơn nữa trong nhân dân."
    province, _, _, how = _locate("Cần mở rộng dân chủ", nothing, hint=HCM)
    assert province is None and "no place" in how
    weak = ("Ban dân vận Thành ủy đề nghị các ban, ngành tập trung giải quyết các vấn đề bức xúc của dân.")
    province, _, level, how = _locate("Tránh hình thức", weak, "Thanh tra TP.HCM đã triển khai kế hoạch.",
                                      hint=HCM)
    assert (province, level) == (HCM, "province")
    assert how == f"province scores: {HCM} 2 (outlet's home {HCM} +1)"
    # a provincial paper's own "Tỉnh ủy", never named, is its home province
    own = "Sáng 24/3, BTV Tỉnh ủy tổ chức hội nghị quán triệt Kết luận số 120 của Bộ Chính trị."
    assert _locate("Quán triệt Kết luận 120", own, hint="Tỉnh Hà Tĩnh")[:3] == (
        "Tỉnh Hà Tĩnh", "Tỉnh Hà Tĩnh", "province")


def test_an_outlet_credit_is_not_a_place():
    lead = "Ngày 5/3, Ban Dân vận Huyện ủy tổ chức ra mắt mô hình “Dân vận khéo” trong du lịch cộng đồng."
    scores = province_scores("Ra mắt mô hình", lead, lead + "\n\nTheo Báo Yên Bái", None)
    assert scores == {}
    assert province_scores("Tin tổng hợp", lead, lead + "\n\nNguồn: Sài Gòn Giải Phóng", None) == {}


# ---------------------------------------------------------------- districts and communes
@pytest.mark.parametrize(
    ("title", "lead", "province", "level"),
    [
        ("Mù Cang Chải ra mắt mô hình “Dân vận khéo”",  # "Mù Căng Chải" in the tables
         "Ngày 5/3, Huyện ủy Mù Cang Chải tổ chức ra mắt mô hình “Dân vận khéo” tại bản Lìm Mông, "
         "xã Cao Phạ.",
         "Tỉnh Yên Bái", "district"),
        ("Thủ Đức đối thoại với dân về dự án cải tạo kênh rạch",
         "Chiều qua (5/6), UBND TP Thủ Đức tổ chức đối thoại với gần 150 hộ dân khu phố 3, phường Bình Trưng "
         "Tây.", HCM, "district"),
        ("Bản người Mông hiến đất mở đường",
         "Ông Lò Văn Pánh, Chủ tịch UBND xã Mường Nhé, cho biết con đường được làm theo cách Nhà nước hỗ trợ "
         "xi măng, dân góp công.", "Tỉnh Điện Biên", "commune"),
        ("Đối thoại với nhân dân",
         "Sáng 3/4, Thị ủy Sơn Tây tổ chức hội nghị đối thoại với nhân dân thị xã Sơn Tây.",
         "Thành phố Hà Nội", "district"),
        ("Hội nghị nông dân", "Sáng 12/3, Hội Nông dân tỉnh Hà Tây tổ chức hội nghị điển hình tiên tiến.",
         "Thành phố Hà Nội", "province"),  # a historical unit, through the aliases
    ],
)
def test_a_district_or_commune_named_alone_gives_its_province(title, lead, province, level):
    assert _locate(title, lead)[0::2] == (province, level)


def test_a_shared_district_name_needs_context():
    assert len(gazetteer().units["huyenchauthanh"]) == 10  # ten provinces have a huyện Châu Thành
    lead = ("Sáng 5/4, UBND huyện Châu Thành tổ chức đối thoại với người dân về bồi thường giải phóng "
            "mặt bằng.")
    assert _locate("Đối thoại", lead)[:3] == (None, None, "district")
    rest = "Phó Chủ tịch UBND tỉnh Bến Tre đề nghị huyện công khai phương án bồi thường."
    province, _, _, how = _locate("Đối thoại", lead, rest)
    assert province == "Tỉnh Bến Tre" and how == "province scores: Tỉnh Bến Tre 10"


@pytest.mark.parametrize(
    ("lead", "old", "new"),
    [
        ("(GLO)- Sáng 10/9, Đảng ủy phường Quy Nhơn (tỉnh Gia Lai) tổ chức ra mắt mô hình “Dân vận khéo” "
         "hỗ trợ người dân làm thủ tục hành chính trực tuyến.", "Tỉnh Bình Định", "Tỉnh Gia Lai"),
        ("Ngày 13/10, Đảng ủy xã Đồng Văn, tỉnh Tuyên Quang tổ chức kỷ niệm 95 năm Ngày truyền thống "
         "công tác dân vận của Đảng.", "Tỉnh Hà Giang", "Tỉnh Tuyên Quang"),
        ("Sáng 14/10, Đảng ủy phường Thủ Dầu Một (TPHCM) tổ chức kỷ niệm 95 năm Ngày truyền thống công tác "
         "dân vận của Đảng.", "Tỉnh Bình Dương", HCM),
    ],
)
def test_a_commune_in_its_2025_form_gives_the_old_province(lead, old, new):
    province, province_2025, level, how = _locate("Kỷ niệm 95 năm", lead)
    assert (province, province_2025, level) == (old, new, "commune")
    assert how.startswith(f"a commune in its 2025 form: in former {old}")


@pytest.mark.parametrize(
    ("lead", "old", "new"),
    [
        # a provincial paper names its own ward alone: the ward of 2025 gives its province
        ("Sáng 14/10, Đảng ủy phường Hạc Thành tổ chức hội nghị sơ kết công tác dân vận 9 tháng đầu năm.",
         "Tỉnh Thanh Hóa", "Tỉnh Thanh Hóa"),
        ("Chiều 2/11, Đảng ủy phường Sóc Trăng tổ chức ra mắt mô hình “Dân vận khéo” trong cải cách hành "
         "chính.", "Tỉnh Sóc Trăng", "Thành phố Cần Thơ"),
    ],
)
def test_a_ward_of_2025_named_alone_gives_its_province(lead, old, new):
    province, province_2025, level, _ = _locate("Ra mắt mô hình", lead)
    assert (province, province_2025, level) == (old, new, "commune")


def test_a_commune_of_2025_and_its_new_province_are_one_place_not_two():
    """*xã Yên Thủy (tỉnh Phú Thọ)*: the commune was Hòa Bình's, the 2025 province is named after
    Phú Thọ; the two names do not compete as "several provinces"."""
    lead = ("Chiều 2/11, Ban Thường vụ Đảng ủy xã Yên Thủy (tỉnh Phú Thọ) tổ chức ra mắt mô hình “Dân vận "
            "khéo”. Dự có Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ.")
    rest = "Chủ tịch UBND xã Yên Thủy cho biết mô hình huy động nhân dân hiến đất làm đường ở tỉnh Phú Thọ."
    province, province_2025, level, how = _locate("Phú Thọ: Xã Yên Thủy ra mắt mô hình", lead, rest)
    assert (province, province_2025, level) == ("Tỉnh Hòa Bình", "Tỉnh Phú Thọ", "commune")
    assert how.startswith("a commune in its 2025 form: in former Tỉnh Hòa Bình")


def test_a_commune_that_existed_before_2025_keeps_its_province():
    lead = "Sáng 18/9, Đảng ủy xã Bản Phố, huyện Bắc Hà tổ chức ra mắt mô hình “Dân vận khéo”, tỉnh Lào Cai."
    assert _locate("Ra mắt mô hình", lead)[:3] == ("Tỉnh Lào Cai", "Tỉnh Lào Cai", "commune")


@pytest.mark.parametrize(
    ("lead", "province"),
    [
        # the press of 2005 names units by the kind they had then: a town since become a city (Tam Kỳ,
        # 2006), a district since become a town (Dĩ An), an urban district since become a city (Thủ Đức)
        ("Dự án kéo dài đến 2007 tại các huyện Điện Bàn, Duy Xuyên và thị xã Tam Kỳ.", "Tỉnh Quảng Nam"),
        ("Sáng 31/7, trên xa lộ đoạn qua xã Bình An, huyện Dĩ An, một xe bồn đã tông sập hai căn nhà.",
         "Tỉnh Bình Dương"),
        ("Sáng 2/3, UBND quận Thủ Đức ra quân dọn dẹp vỉa hè trên các tuyến đường chính.", HCM),
    ],
)
def test_a_unit_named_by_the_kind_it_had_before_gives_its_province(lead, province):
    assert _locate("Tin địa phương", lead)[0] == province


def test_a_city_printed_as_a_city_is_not_a_district_of_another_kind():
    """*thành phố Trùng Khánh* is in China; Cao Bằng's is *huyện Trùng Khánh*. And a one-syllable name
    (*huyện Chư …* cut short) matches no unit of another kind (*thị xã Chũ*)."""
    lead = ("Ngôi đền nằm giữa dòng sông Dương Tử, thuộc thành phố Trùng Khánh, Trung Quốc, được xây dưới "
            "thời nhà Minh.")
    assert _locate("Ngôi đền giữa sông", lead)[0] is None
    assert not province_scores("Tin", "Người dân huyện Chư gặp khó.", "Người dân huyện Chư gặp khó.", None)
    # communes' names repeat across the country: a ward the tables lack is no same-named commune elsewhere
    ward = "UBND phường Nhơn Nghĩa ra quân dọn vệ sinh."
    assert not province_scores("Tin", ward, ward, None)


# ---------------------------------------------------------------- central bodies and venues
def test_a_national_meeting_in_ha_noi_has_a_venue_not_a_province():
    lead = ("Sáng 15/10, tại Hà Nội, Tổng cục Chính trị Quân đội nhân dân Việt Nam tổ chức hội nghị tổng kết "
            "công tác dân vận toàn quân năm 2022.")
    province, province_2025, level, how = _locate("Tổng kết công tác dân vận toàn quân", lead)
    assert (province, province_2025, level) == (None, None, "central")
    assert how.startswith("organised by a central body, venue Thành phố Hà Nội: no province")


def test_a_central_decision_about_a_province_named_in_the_headline():
    lead = ("Ngày 6/2/2017, thay mặt Ban Bí thư Trung ương Đảng, đồng chí Đinh Thế Huynh đã ký quyết "
            "định chỉ định đồng chí Đỗ Đức Duy giữ chức vụ Phó Bí thư Tỉnh ủy tỉnh Yên Bái.")
    assert _locate("Thứ trưởng Đỗ Đức Duy nhận nhiệm vụ mới tại Yên Bái", lead)[:3] == (
        "Tỉnh Yên Bái", "Tỉnh Lào Cai", "central")


def test_two_provinces_named_alike_give_none():
    lead = ("Trong ngày 29/1, Ủy ban MTTQ thành phố Hà Nội, Bình Định và TP HCM đã tiến hành hội nghị hiệp "
            "thương lần thứ nhất.")
    province, _, _, how = _locate("Chuẩn bị bầu cử", lead)
    assert province is None and how.startswith("several provinces named alike")


# ---------------------------------------------------------------- the organiser's level
@pytest.mark.parametrize(
    ("lead", "level"),
    [
        # a national leader attending a local event does not make it central
        ("(Chinhphu.vn) - Chiều 20/4, Thủ tướng Chính phủ Đặng Hoài Phong dự lễ trao 500 căn nhà Đại "
         "đoàn kết do Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức tại huyện Ngọc Hiển.", "province"),
        ("Sáng 26/6, Thủ tướng Nguyễn Xuân Phúc và Đoàn đại biểu Quốc hội TP. Hải Phòng đã có cuộc tiếp xúc "
         "cử tri thành phố Hải Phòng tại Câu lạc bộ Bạch Đằng.", "province"),
        ("Sáng 22/11, tại Khu tưởng niệm cố Thủ tướng Võ Văn Kiệt ở xã Trung Hiệp, huyện Vũng Liêm, đoàn đại "
         "biểu Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long đã dâng hoa.", "province"),
        # the subject, not the first organisation word
        ("Ngày 11/5, Bộ Chỉ huy Quân sự tỉnh Điện Biên ra quân giúp 35 hộ nghèo ở xã Mường Lói, huyện Điện "
         "Biên sửa chữa nhà ở.", "province"),
        ("Ông Đỗ Duy Thường, Phó chủ tịch Ủy ban trung ương Mặt trận Tổ quốc VN đã khẳng định như vậy với "
         "VnExpress trong cuộc trao đổi chiều 21/9.", "central"),
        ("VOV.VN - Ngày 21/3, Huyện ủy Thuận Châu, tỉnh Sơn La tổ chức hội nghị sơ kết 3 năm thực hiện phong "
         "trào thi đua “Dân vận khéo”.", "district"),
        ("(LĐTĐ) Ngày 3/12, Ban Chỉ đạo xây dựng và thực hiện Quy chế dân chủ ở cơ sở thành phố Hà Nội đã tổ "
         "chức hội nghị giao ban quý IV/2020.", "province"),
        ("Ngày 25/6, tại Hà Nội, Hội Nạn nhân chất độc da cam/dioxin phối hợp cùng Ủy ban T.Ư MTTQ Việt Nam "
         "đã tổ chức Hội nghị.", "central"),
        ("Ngày 7/2, Quảng Nam tổ chức Hội nghị triển khai một số giải pháp trọng tâm về nông thôn mới.",
         "province"),
        ("Sáng nay (24/4), Đại hội Đảng X đã hoàn thành việc bầu BCH Trung ương khóa X.", "central"),
        ("TP HCM xây cầu Phú Mỹ nối quận 2 với quận 7", "province"),  # the subject, not the object
        # no organising body: a crime report, a feature, the country
        ("Nguyễn Văn Tâm, SN 1985, trú xã Cúc Phương, huyện Nho Quan, bị tạm giữ vì giả danh cán bộ "
         "địa chính.",
         None),
        ("Từ trung tâm thành phố Sơn La, vượt qua con đường quanh co khúc khuỷu, chúng tôi đến Đồn BPCK "
         "Chiềng Khương.", None),
        ("Theo đó, Hội đồng trường trường ĐH Mở Hà Nội có 19 thành viên.", None),
        ("Đến nay Việt Nam ghi nhận gần 3.000 bệnh nhân Covid-19.", None),
        ("Trước khi đến Bangkok, bạn hãy đến Pattaya, thành phố nghỉ mát có bãi biển dài thơ mộng.", None),
    ],
)
def test_level_of_the_organising_body(lead, level):
    assert admin_level(lead, None) == level


def test_a_city_party_committee_is_province_level_in_a_centrally_run_city_only():
    lead = "Chiều 7/1, Ban Dân vận Thành ủy và Ủy ban MTTQ Việt Nam thành phố Hải Phòng ký kết chương trình."
    assert admin_level(lead, "Thành phố Hải Phòng") == "province"
    assert admin_level("Sáng 2/3, Thành ủy Vinh tổ chức hội nghị.", "Tỉnh Nghệ An") == "district"


def test_tp_does_not_end_a_sentence():
    lead = "Sáng 26/6, Đoàn ĐBQH TP. Hải Phòng tiếp xúc cử tri. Sau đó, đoàn làm việc với Q. Lê Chân."
    assert first_sentence(lead) == "Sáng 26/6, Đoàn ĐBQH TP. Hải Phòng tiếp xúc cử tri."






# ---------------------------------------------------------------- the subject on real leads (issue 13)
# Each lead is a real sentence (some shortened) of ../shared/corpora, with the level a reader gives it.
@pytest.mark.parametrize(
    ("lead", "province", "level"),
    [
        # a quotation opens the lead: its speaker, after it, is the subject
        ("\"Công đoàn hiện không kiểm soát nổi tư tưởng họ nên khó vận động chỉ bằng lý lẽ\", ông Lê "
         "Trung Nghĩa, Chủ tịch công đoàn các Khu chế xuất TP HCM, nói.",
         HCM, "province"),
        ("“ Triển khai chiến dịch vệ sinh môi trường , vệ sinh chuồng trại chăn nuôi gia cầm trên địa bàn "
         "toàn tỉnh, thành phố” - Bộ trưởng Bộ Y tế Trần Thị Trung Chiến vừa có văn bản chỉ thị như trên.",
         None, "central"),
        ("\"Chúng tôi vô cùng phẫn nộ và cực lực lên án các vụ đánh bom khủng bố dã man tại ba nhà ga ở "
         "thủ đô Madrid\", người phát ngôn Bộ Ngoại giao VN Lê Dũng phát biểu hôm nay.",
         None, "central"),
        # "Trao đổi với PV …," is a fronted clause, not the subject
        ("Trao đổi với PV Dân trí, lãnh đạo Sở Nội vụ tỉnh Quảng Ngãi cho biết, đơn vị này đã 2 lần gửi "
         "văn bản đôn đốc 4 người được đi đào tạo thạc sĩ ở nước ngoài.",
         "Tỉnh Quảng Ngãi", "province"),
        ("Trao đổi với Tuổi Trẻ chiều ngày 1-12, Phó Chủ tịch UBND tỉnh Quảng Nam Lê Minh Anh cho biết: "
         "Danh sách xác định người thiệt mạng đến nay vẫn chưa xác định cụ thể.",
         "Tỉnh Quảng Nam", "province"),
        # "Ban chỉ đạo phòng, chống …": one body's name, its comma and "chỉ đạo" included
        ("Chiều 1/5, Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam tiến hành họp trực tuyến với Ban "
         "chỉ đạo phòng, chống dịch Covid-19 các huyện, thị, thành phố.",
         "Tỉnh Hà Nam", "province"),
        ("Chiều 26/4, Ban chỉ đạo phòng, chống dịch Covid-19 huyện Hớn Quản (tỉnh Bình Phước) cho biết, "
         "Công an xã An Phú đang làm rõ vụ 9 người đàn ông nước ngoài nhập cảnh trái phép.",
         "Tỉnh Bình Phước", "district"),
        ("Đến cuối ngày qua, Ban chỉ đạo PCLB trung ương vẫn chưa nhận được báo cáo cụ thể của các tỉnh "
         "gửi về.",
         None, "central"),
        # a headline glued before the lead (one line): the lead starts again at a dated time word or a person
        ("Sẽ thanh tra một số dự án trọng điểm của PMU Vết nứt trên cầu Phả Lại, một trong những công "
         "trình bê bối của PMU 18 Ngày 12-4, ông Quách Lê Thanh, Tổng Thanh tra Chính phủ (TTCP) cho "
         "biết, TTCP đang yêu cầu bộ GT-VT cung cấp các thông tin cần thiết.",
         None, "central"),
        ("Không được mang hoa, quà, tiền biếu lãnh đạo cấp trên trong dịp Tết Ngày 6-1, Thủ tướng Chính "
         "phủ đã ký công điện khẩn yêu cầu các bộ trưởng, thủ trưởng ban ngành.",
         None, "central"),
        ("Khánh thành khu di tích lưu niệm tội ác Chín Hầm Khu di tích Chín Hầm Ảnh: VNN (NLĐ)- Sáng "
         "30-4, tỉnh Thừa Thiên-Huế đã long trọng tổ chức lễ khánh thành khu di tích lịch sử lưu niệm tội "
         "ác Chín Hầm.",
         "Thành phố Huế", "province"),
        ("Ra đề thi học kỳ 2 chung cho học sinh lớp 9 Ông Huỳnh Văn Hoa, Giám đốc Sở GD-ĐT TP Đà Nẵng, "
         "cho biết sở đã tập trung chỉ đạo.",
         "Thành phố Đà Nẵng", "province"),
        # a boat owner: a person without a post is no body
        ("TP Cần Thơ: Chủ ghe, tàu du lịch chịu quá nhiều loại thuế Ông Nguyễn Văn Tiến (ngụ phường Phú "
         "Thứ, quận Cái Răng, TP Cần Thơ) là chủ ghe du lịch đang hoạt động tại bến Ninh Kiều.",
         "Thành phố Cần Thơ", None),
        # "Bà Rịa" is no person
        ("Sở Văn hóa Thông tin tỉnh Bà Rịa - Vũng Tàu vừa cho khởi công trùng tu một số di tích lịch sử ở "
         "Côn Đảo.",
         "Tỉnh Bà Rịa - Vũng Tàu", "province"),
        # … or at the body printed right before its aspect word
        ("Giữ trật tự an toàn cho các ngày lễ lớn Ban Thường vụ Thành ủy TPHCM vừa có công văn gửi các "
         "cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể quần chúng.",
         HCM, "province"),
        ("Xây dựng ĐH Huế thành ĐH trọng điểm Bộ GD-ĐT vừa ban hành đề án “Qui hoạch phát triển tổng thể "
         "ĐH Huế trọng điểm đến năm 2015”.",
         "Thành phố Huế", "central"),
        ("Cách đây một tuần, trong hướng dẫn tuyển sinh vào trường mầm non, lớp 1 và lớp 6 năm học "
         "2021-2022, Sở GD&ĐT Hà Nội vẫn đề cập đến nội dung hướng dẫn về công tác tuyển sinh.",
         "Thành phố Hà Nội", "province"),
        # … but not a body inside a relative clause or a quotation
        ("Chỉ còn 5 ngày nữa là hết thời hạn khai quật ngôi mộ cổ trên đường Nguyễn Tri Phương, quận 10 "
         "(TP HCM), mà Bộ Văn hóa Thông tin đã quy định.",
         HCM, None),
        ("Anh Nguyễn Hữu Hoàng - tổ phó tổ 31 - cho biết: “Từ năm 1999 UBND TP Đà Nẵng đã thông báo cho "
         "bà con trong khu vực biết toàn bộ khu nhà chồ ven sông Hàn này sẽ giải tỏa”.",
         "Thành phố Đà Nẵng", None),
        # a photo caption glued before the lead ends at its credit
        ("Mở rộng dân chủ, đề cao trách nhiệm cá nhân Cử tri Võ Tiến Kỷ (áo trắng, quận 6-TPHCM) đang góp "
         "ý kiến cho đại biểu HĐND. Ảnh: L.MINH Năm 2005, TPHCM có 70% phường, xã thực hiện khá tốt quy "
         "chế dân chủ cơ sở.",
         HCM, "province"),
        ("Niềm vui trở về quê hương ăn Tết sum họp của Việt kiều. Ảnh: H. THÚY Buổi gặp mặt gần 500 kiều "
         "bào Xuân Bính Tuất do Ủy ban Trung ương MTTQ VN, Ủy ban về Người VN ở nước ngoài, Đài Truyền "
         "hình VN và UBND TP Hà Nội phối hợp tổ chức tối qua, 23-1, tại Hà Nội.",
         "Thành phố Hà Nội", "central"),
        # posts printed in lower case or missing from the list
        ("Tại lễ bế mạc hôm qua, Tổng bí thư Nông Đức Mạnh cho biết để chuẩn bị cho Đại hội đại biểu toàn "
         "quốc lần thứ X của Đảng, Hội nghị đã quyết định thành lập các Tiểu ban.",
         None, "central"),
        ("Phó thủ tướng Phạm Gia Khiêm vừa ký công điện khẩn chỉ đạo các bộ, ngành và UBND địa phương "
         "phối hợp tổ chức tốt kỳ thi tuyển sinh ĐH, CĐ 2005.",
         None, "central"),
        ("Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal và Bhutan Phạm Sanh Châu chia sẻ tuần qua là một "
         "tuần đầy thách thức đối với Đại sứ quán Việt Nam tại Ấn Độ.",
         None, "central"),
        # a document's issuer opening the lead acts
        ("Theo Quyết định số 359/QĐ-LĐTBXH của Bộ LĐ-TB&XH phê duyệt sáp nhập nguyên trạng Trường CĐ Công "
         "nghệ Quảng Nam, Trường Trung cấp nghề Bắc Quảng Nam vào Trường Cao đẳng Kinh tế - Kỹ thuật "
         "Quảng Nam.",
         "Tỉnh Quảng Nam", "central"),
        ("Theo công văn của UBND tỉnh Quảng Trị, địa phương sẽ tổ chức bắn pháo hoa tầm thấp tại Khu Dịch "
         "vụ - Du lịch Cửa Việt (thị trấn Cửa Việt, huyện Gio Linh), vào đêm 30/4.",
         "Tỉnh Quảng Trị", "province"),
        # a place described (nằm, tọa lạc) is no body acting
        ("Trong chiến tranh chống Mỹ, Ngã Năm (tỉnh Sóc Trăng) nằm trên vùng đất ngã ba sông có năm nhánh "
         "tỏa ra năm ngã là Cà Mau, Phụng Hiệp, Long Mỹ, Phú Lộc, Rạch Giá.",
         "Tỉnh Sóc Trăng", None),
        ("Công viên Đồng Xanh tọa lạc giữa đồng xanh lúa nước thuộc xã An Phú, cách phố núi Pleiku (Gia "
         "Lai) 11 km theo quốc lộ 19 xuôi về vùng duyên hải Quy Nhơn.",
         "Tỉnh Gia Lai", None),
        # a foreign state's bodies have no level
        ("Theo thông báo của Bộ Ngoại giao Nga, vào ngày 21/4, Phó Đại sứ Mỹ tại Nga Bart Gorman đã bị "
         "triệu tập tới Bộ Ngoại giao Nga.",
         None, None),
        ("Chính phủ Mỹ cần thừa nhận trách nhiệm và thực hiện nghĩa vụ của mình đối với các nạn nhân chất "
         "độc hóa học mà họ đã rải xuống cuộc chiến tranh Việt Nam.",
         None, None),
    ],
)
def test_level_of_the_subject_on_real_leads(lead, province, level):
    assert admin_level(lead, province) == level


@pytest.mark.parametrize(
    ("lead", "second", "province", "level"),
    [
        ("Không được chạy xích lô đưa du khách đi tham quan, 800 hội viên của nghiệp đoàn xích lô du lịch "
         "quận 1, TP HCM, đang lâm vào tình cảnh khó khăn.",
         "Ngày 22/10, UBND TP HCM ra quyết định số 3637 ngưng tour xích lô du lịch trong nội thành.",
         HCM, "province"),
        ("Các hộ gia đình và cá nhân sống tại chung cư 289 Trần Hưng Đạo, phường Cô Giang, quận 1, TP "
         "HCM, bị thu hồi toàn bộ nhà ở, đất ở để xây dựng chung cư mới.",
         "Đây là phương án đền bù giải tỏa vừa được UBND quận 1 phê duyệt cuối tuần qua.",
         HCM, "district"),
        ("Đầu tư hơn 2 tỷ đồng cho một công trình chống sạt lở bờ sông, nhưng chỉ sau một trận lũ công "
         "trình này đã bị sạt lở tơi tả.",
         "Ngày 23/9, UBND tỉnh Thừa Thiên - Huế ra quyết định phê duyệt chỉ định thầu xây lắp gói thầu số "
         "2.",
         "Thành phố Huế", "province"),
        ("Đây được coi là động thái nhằm đối phó với nguy cơ lây lan rất cao dịch bệnh Covid-19, đặc biệt "
         "các địa phương có đường biên giới.",
         "Theo đó, tỉnh Quảng Ninh kêu gọi người dân đến/về tỉnh từ các địa phương có nguy cơ cao trên "
         "ngay lập tức liên hệ với cơ sở y tế gần nhất.",
         "Tỉnh Quảng Ninh", "province"),
        ("Một lần nữa các dịch vụ kinh doanh không thiết yếu lại phải tạm dừng để phòng chống dịch "
         "Covid-19.",
         "Tại Văn bản số 2803/UBND-VX vừa ban hành, UBND thành phố Hải Phòng chỉ đạo, dừng hoạt động các "
         "cơ sở kinh doanh dịch vụ không thiết yếu.",
         "Thành phố Hải Phòng", "province"),
        ("Năm 2004 số người thi lấy GPLX tăng 35% so với năm trước, dự kiến năm 2005 số người dự thi lấy "
         "GPLX còn tăng 50% so với 2004.",
         "Cục Đường bộ đã giao Sở GTCC TP chỉ đạo các cơ sở đào tạo lái xe cần tăng năng lực đào tạo thêm "
         "20-30%.",
         HCM, None),
        ("Hơn 40 hộ dân bản Huổi Lóng, xã Mường Nhé, huyện Mường Nhé tự nguyện hiến gần 2 ha đất nương để "
         "mở con đường liên bản dài 3 km.",
         "Ông Lò Văn Pánh, Chủ tịch UBND xã Mường Nhé, cho biết con đường được làm theo cách Nhà nước hỗ "
         "trợ xi măng, dân góp công.",
         "Tỉnh Điện Biên", None),
    ],
)
def test_an_undated_lead_without_a_body_takes_the_body_deciding_in_the_next_paragraph(lead, second,
                                                                                     province, level):
    """Real VNTC leads whose own subject is no body; the next paragraph names who decided."""
    text = lead + "\n\n" + second
    assert admin_level(lead, province) is None
    assert locate("", lead, text, None)[2] == level


@pytest.mark.parametrize(("title", "expected"), [
    # a district after a comma of a headline's list of places: named alone
    ("Hoa hậu mê đắm vẻ đẹp mùa thu Tú Lệ, Mù Cang Chải", {"Tỉnh Yên Bái": 3}),
    ("Mùa lúa chín ở Tú Lệ, Mù Cang Chải: du khách đổ về", {"Tỉnh Yên Bái": 3}),
    # two capitalised names across a comma are no one district ("Lệ, Mù" joined), nor a name's tail
    ("Trường Tiểu học Nguyễn Văn Trỗi Mù Cang Chải khai giảng", {}),
    ("Thăm bản Mèo, Vạc mùa xuân", {}),  # "Mèo, Vạc" is not Mèo Vạc: no name across the comma
    ("Bí thư Huyện ủy Mù Cang Chải: Nguyễn Văn An", {"Tỉnh Yên Bái": 6}),  # a colon is no list's mark
])
def test_a_district_in_a_headline_list(title, expected):
    lead = "Những ngày này, nắng vàng trải trên những thửa ruộng bậc thang."
    assert dict(province_scores(title, lead, lead, None)) == expected
