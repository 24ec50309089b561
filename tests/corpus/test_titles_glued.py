"""Headlines glued to a caption or a lead in VNTC's title fields that the first rules left whole or
cut in the wrong place (issue 13): a headline that opens as a lead does (``Để ...``, ``Những ...``,
``Sẽ ...``), a lead that opens on the clock, a question, a firm's name. Every string is a real one
from ../shared/corpora (VNTC's Người Lao Động rows, Dân trí), cut short."""

from __future__ import annotations

import pytest

from danvan.corpus.ingest.clean import split_headline


@pytest.mark.parametrize(("given", "body", "headline"), [
    # a headline opening with "Để", its lead with "Tại" (VNTC row 329)
    ("Để xảy ra tham nhũng, tiêu cực, thủ trưởng buộc phải từ chức Tại cuộc họp báo thông báo nhanh kết quả "
     "phiên họp thường kỳ Chính phủ tháng 3 vào chiều qua, 29-3, tại Hà Nội, ông Nguyễn Kinh Quốc cho biết.",
     "", "Để xảy ra tham nhũng, tiêu cực, thủ trưởng buộc phải từ chức"),
    # a lead that opens on the clock (VNTC rows 448, 5553)
    ("Tàu Phương Nam 02 bị đâm chìm trên biển 0 giờ 30 phút sáng ngày 21-3, trên vùng biển gần đảo Bạch "
     "Long Vĩ (Hải Phòng), tàu Bình Minh 19 đã đâm vào tàu Phương Nam 02 làm tàu chìm ngay tại chỗ.",
     "", "Tàu Phương Nam 02 bị đâm chìm trên biển"),
    ("Phấn đấu vì sự phát triển của báo chí cách mạng 9h sáng nay, 21-4, tại Thái Nguyên, Hội Nhà báo Việt "
     "Nam kết hợp với Thành ủy tổ chức lễ kỷ niệm 80 năm Ngày Báo chí Cách mạng Việt Nam.",
     "", "Phấn đấu vì sự phát triển của báo chí cách mạng"),
    # a question opening with "Khi" (VNTC row 198)
    ("Khi nào đàn ông cô đơn nhất? Một khảo sát mới đây của tạp chí Journal of Clinical Nursing trên 1.300 "
     "người trưởng thành ở Úc đã phát hiện hơn 1/3 những người đàn ông cảm thấy cô đơn.",
     "", "Khi nào đàn ông cô đơn nhất?"),
    # a short headline opening with "Những", then a caption the body prints in lower case (VNTC row 189)
    ("Những người mê nhà cổ Căn nhà cổ như thế này ngày càng xuất hiện nhiều ở khu vực ngoại thành TPHCM "
     "Xu hướng “chơi đồ cổ” đang xuất hiện ở một bộ phận người dân có điều kiện kinh tế.",
     "Ông Tư đã mua lại một căn nhà cổ ở Bình Dương với giá 300 triệu đồng.", "Những người mê nhà cổ"),
    # "Cả" opens the caption after a short headline (VNTC row 479)
    ("Vào vùng than thổ phỉ Cả cánh rừng bị tàn phá bởi những hầm than thổ phỉ. Ảnh: T.DŨNG Để bảo vệ "
     "“cai”, các ong sẵn sàng vác kiếm “chiến đấu” với lực lượng kiểm lâm.",
     "", "Vào vùng than thổ phỉ"),
    # a firm the body names whole is no cut (VNTC row 859, danvan_news row 299)
    ("Thăm và chúc Tết công nhân Công ty Vissan Ông Lê Hoàng Quân, Phó Bí thư Thường trực Thành ủy TPHCM "
     "(trái) đang trao quà cho công nhân Công ty Vissan (NLĐO)- Tối 26-1, Thành ủy, UBND, Ủy ban MTTQ, "
     "LĐLĐ TPHCM đã đến thăm và chúc tết công nhân lao động Công ty Vissan.",
     "Ông Mai Xuân Hội, Bí thư Đảng ủy công ty cho biết tập thể CNLĐ Công ty Vissan đã làm việc liên tục.",
     "Thăm và chúc Tết công nhân Công ty Vissan"),
    # after a lead's first words, a capitalised word that goes on the headline stays ("vào Chung kết")
    ("Cả nước xuống đường mừng đội tuyển bóng đá U23 VN vào Chung kết Trong niềm vui chiến thắng, du khách "
     "nước ngoài cũng xuống đường - Ảnh: B.TRUNG (NLĐ) - Tại Hà Nội, sau khi trận bán kết kết thúc.",
     "Đội tuyển U23 VN đã giành quyền vào trận chung kết.",
     "Cả nước xuống đường mừng đội tuyển bóng đá U23 VN vào Chung kết"),
])
def test_split_headline_of_headlines_that_open_as_leads(given: str, body: str, headline: str) -> None:
    found = split_headline(given, body)
    assert found is not None and found[0] == headline
    assert headline + " " + found[1] == given


@pytest.mark.parametrize(("given", "body"), [
    # leads stored as the title (Dân trí, VNTC): a name, a decision, a clock time are no cut
    ("Chủ tịch UBND tỉnh Phú Yên Trần Hữu Thế ký Quyết định 557 xử phạt vi phạm hành chính đối với Công ty "
     "TNHH xăng dầu Khánh Quỳnh với số tiền 120 triệu đồng vì vi phạm quy định về kinh doanh.", ""),
    ("Bộ trưởng Bộ GD-ĐT ngày 21.2.2006 đã ký Quyết định số 05/2006 về việc sửa đổi, bổ sung một số điều của "
     "quy chế tuyển sinh ĐH-CĐ hệ chính quy.", "Theo quyết định này, thí sinh được đăng ký hai nguyện vọng."),
    ("Vụ tai nạn giao thông kể trên xảy ra vào 3h40 sáng 29/4, trên đường Hồ Chí Minh, đoạn qua xã Thuận "
     "Hạnh (Đắk Song, Đắk Nông) khiến hai người bị thương nặng.", ""),
    ("Theo tin từ Cảng vụ Cần Thơ, vào lúc 20 giờ 30 phút ngày 10/9, tàu Hữu Nghị 8 trọng tải 2.690 tấn của "
     "Công ty TNHH Vận tải thủy bộ đã bị chìm trên sông Hậu.", ""),
])
def test_split_headline_leaves_leads_whole(given: str, body: str) -> None:
    assert split_headline(given, body) is None


@pytest.mark.parametrize(("given", "headline"), [
    # a lead opening on a counted phrase closed by a comma, after a name (VNTC rows 384, 1052)
    ("92 triệu USD đầu tư vào Công viên phần mềm Quang Trung Sau 4 năm hoạt động, đến nay Công viên phần mềm "
     "Quang Trung, Thành phố Hồ Chí Minh, đã thu hút được 65 doanh nghiệp đến thuê nhà xưởng.",
     "92 triệu USD đầu tư vào Công viên phần mềm Quang Trung"),
    ("Ba “chuyện lạ” ở bán đảo Cà Mau Sau 5 năm xây dựng, vốn đầu tư từ 55 tỉ đồng tăng lên hơn 120 tỉ đồng "
     "nhưng đến tháng 3-2006, công trình BVĐK 500 giường vẫn còn ngổn ngang.",
     "Ba “chuyện lạ” ở bán đảo Cà Mau"),
])
def test_a_lead_opening_on_a_counted_phrase(given: str, headline: str) -> None:
    found = split_headline(given, "")
    assert found is not None and found[0] == headline


def test_a_headline_with_a_count_and_no_comma_is_whole() -> None:
    # "Trong 3 ngày" inside a headline, no comma closing it: no lead starts there
    given = ("Hà Nội sẽ thu gom rác thải Trong 3 ngày tới toàn bộ rác thải của các quận nội thành sẽ được "
             "đưa về khu xử lý Nam Sơn theo kế hoạch mới của thành phố để giảm ô nhiễm")
    assert split_headline(given, "") is None
