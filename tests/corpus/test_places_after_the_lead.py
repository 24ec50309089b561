"""The province the sentence after a lead that names no place names most is the article's, not one named in
passing (issue 13: a photo feature's second paragraph, *Nằm gần … (Việt Yên - Bắc Giang), vườn hoa …*); a
province the body names only later, as a contact's address, still is in passing. A subject in lower case
that only ends on a place (*Theo đó, tour du lịch … theo những tuyến điểm Hà Nội*) is no body. A numbered
district before a foreign city (*quận 9 Paris*) is not TP HCM's. The texts are real ones from
../shared/corpora, cut short."""

from __future__ import annotations

from danvan.corpus.ingest.levels import organiser_level
from danvan.corpus.ingest.places import locate


def test_the_place_of_the_sentence_after_a_placeless_lead() -> None:
    # Dân trí row 2382 (travel): the lead names no place, the next paragraph opens on it
    title = "Vườn hoa phong linh vàng rực"
    lead = ("Hàng nghìn cây phong linh bung nở hoa vàng rực rỡ tạo khung cảnh đẹp thơ mộng như phim, thu hút "
            "đông đảo du khách tới tham quan, chụp hình.")
    text = "\n\n".join([lead, "Nằm gần đường gom cao tốc Hà Nội - Bắc Giang, trong Khu công nghiệp Vân Trung "
                        "(Việt Yên - Bắc Giang), vườn hoa phong linh đang trở thành điểm đến hấp dẫn.",
                        "Du khách khi tới tham quan cần chú ý không tập trung đông người."])
    assert locate(title, lead, text, None)[0] == "Tỉnh Bắc Giang"


def test_an_address_later_in_the_body_stays_in_passing() -> None:
    # VNTC row 10381 (a scholarship notice): the programme's office in Hà Nội is a contact address
    title = "Nhật Bản dành 35 suất học bổng cao học cho VN"
    lead = ("Năm học 2006-2007, Chương trình học bổng Phát triển nguồn nhân lực (JDS) sẽ dành 35 suất học "
            "bổng cao học toàn phần tại các trường đại học Nhật Bản cho các ứng viên đạt tiêu chuẩn.")
    text = "\n\n".join([lead, "Học bổng còn bao gồm vé máy bay khứ hồi Việt Nam - Nhật Bản. Hồ sơ xin học "
                        "bổng nộp tại văn phòng JDS ở Hà Nội, số 2 phố Tràng Thi, Hà Nội."])
    assert locate(title, lead, text, None)[0] is None


def test_a_lower_case_subject_ending_on_a_place_is_no_body() -> None:
    # VNTC row 2732 (a tour's description): no organiser
    lead = ("Theo đó, tour du lịch trải dài theo những tuyến điểm Hà Nội - Ninh Bình - vịnh Hạ Long trong 5 "
            "ngày 4 đêm. Du khách đến Hạ Long tham quan công viên Hoàng Gia, chợ đêm Hạ Long.")
    assert organiser_level(lead, lead, "Thành phố Hà Nội")[0] is None
    # a unit standing for its government, and a body, still act
    acts = "Theo đó, thành phố Hà Nội sẽ hỗ trợ các hộ dân bị ảnh hưởng."
    assert organiser_level(acts, acts, "Thành phố Hà Nội")[0] == "province"


def test_a_foreign_citys_numbered_district_is_not_tp_hcms() -> None:
    # VNTC, Người Lao Động: a hotel fire in Paris ("quận 9 Paris"); TP HCM's own quận 9 still counts
    paris = "Đám cháy bùng lên tại một trong các phòng nghỉ của khách sạn 6 tầng nằm tại quận 9 Paris này."
    assert locate("Cháy khách sạn ở trung tâm Paris", paris, paris, None)[0] is None
    saigon = "Đám cháy bùng lên tại một trong các phòng nghỉ của khách sạn 6 tầng ở quận 9, TP HCM."
    assert locate("Cháy khách sạn", saigon, saigon, None)[0] == "Thành phố Hồ Chí Minh"
