"""Levels where the lead's subject is not the acting body (issue 13, heldout_8 as development data): a
quotation in single quotes before its speaker, the agent of a passive that decides, a sentence summing the
lead up as a body's document, and the chair of a meeting the next paragraph names. The leads are our own
sentences in the outlets' phrasing; each class has counter-examples whose level must not change."""

import pytest

from danvan.corpus.ingest.levels import admin_level, organiser_level

HCM, QNAM = "Thành phố Hồ Chí Minh", "Tỉnh Quảng Nam"


@pytest.mark.parametrize("lead, level", [
    # the speaker after a quotation in single quotes, as after double ones
    ("'Chúng tôi sẽ chuyển các thông tin tới Ủy ban MTTQ Việt Nam TP để cùng giám sát', ông Lê Văn A, "
     "Giám đốc Sở TT-TT TP HCM cho biết.", "province"),
    ("‘Người dân đã được hỗ trợ kịp thời’, bà Trần Thị B, Chủ tịch UBND phường 7 nói.", "commune"),
    ("“Chúng tôi sẽ kiểm tra lại”, ông Lê Văn A, Giám đốc Sở TT-TT TP HCM cho biết.", "province"),
    # an apostrophe inside a name closes no quotation
    ("Đồng bào H'Mông ở xã Sủng Là đã được hỗ trợ giống ngô.", None),
])
def test_a_quotation_in_single_quotes_before_its_speaker(lead, level):
    assert admin_level(lead, HCM) == level


@pytest.mark.parametrize("lead, province, level", [
    # the passive's agent decides: it is the acting body
    ("Đề nghị bắn pháo hoa mừng thị xã được công nhận đô thị loại 3 đã được UBND tỉnh đồng ý.", QNAM,
     "province"),
    ("Quy chế hoạt động của HĐND đã được Ủy ban Thường vụ Quốc hội thông qua ngày 1-4.", None, "central"),
    ("Quy hoạch chung của thị trấn vừa được UBND huyện Duy Xuyên phê duyệt.", QNAM, "district"),
    # ... or announces (VnExpress, Người Lao Động, Dân trí)
    ("Giá chuyển nhượng nền đất tại khu tái định cư phường Phú Mỹ, quận 7 vừa được UBND TP công bố.", HCM,
     "province"),
    ("Phương án tuyển sinh đại học, cao đẳng năm 2006 đã được Bộ Giáo dục – Đào tạo công bố.", None,
     "central"),
    ("Kết quả chưa được Bộ Y tế công bố.", None, None),
    # ... the agent organising, as before
    ("Hội thảo về an sinh xã hội đã được Bộ LĐ-TB-XH tổ chức hôm 5-4.", None, "central"),
    # ... and a person agreeing is no body
    ("Đề nghị của người dân đã được ông Nguyễn Văn A đồng ý.", None, None),
    # a body acting as the subject keeps its level, whatever was approved before; a denial decides nothing
    ("UBND huyện Duy Xuyên cho biết, đề án đã được UBND tỉnh phê duyệt.", QNAM, "district"),
    ("UBND huyện Duy Xuyên triển khai dự án đã được Bộ Xây dựng phê duyệt.", QNAM, "district"),
    ("Dự án chưa được UBND tỉnh phê duyệt nên chưa thể thi công.", QNAM, None),
    ("Công ty X cho biết dự án đã được UBND tỉnh chấp thuận.", QNAM, None),
])
def test_the_agent_of_a_passive_that_decides(lead, province, level):
    assert admin_level(lead, province) == level


def test_a_lead_summed_up_as_a_bodys_document():
    lead = ("Nhà, đất thuộc quy hoạch mà chưa có quyết định thu hồi vẫn được cấp chủ quyền. Đó là nội dung "
            "triển khai Chỉ thị của UBND TP HCM về nhà, đất trong khu quy hoạch.")
    assert organiser_level(lead, lead, HCM)[0] == "province"
    # a firm's content is no body's
    firm = "Giá điện thoại sẽ giảm. Đó là nội dung thông báo của Công ty Cổ phần X gửi khách hàng."
    assert organiser_level(firm, firm, HCM)[0] is None


def test_the_chair_of_the_meeting_the_next_paragraph_names():
    lead = ("Cuộc họp lần thứ tám của Ban Chỉ đạo về ổn định đời sống nhân dân 4 tỉnh miền Trung đã diễn "
            "ra tại Hà Nội.")
    text = (lead + "\n\nỦy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, Trưởng "
            "Ban Chỉ đạo chủ trì cuộc họp.")
    assert organiser_level(lead, text, None)[0] == "central"
    # a chair of a province's meeting gives the province's level
    text = lead + "\n\nPhó Chủ tịch UBND tỉnh Quảng Nam Trần Văn C chủ trì hội nghị."
    assert organiser_level(lead, text, QNAM)[0] == "province"
    # a next paragraph without a chair gives nothing
    text = lead + "\n\nNhiều hộ dân đã nhận được tiền bồi thường trong tháng trước."
    assert organiser_level(lead, text, None)[0] is None


_NO_BODY = ("Kể từ ngày hôm nay (1/10), các hành vi gửi tin nhắn rác và gọi điện quảng cáo sai sự thật sẽ bị "
            "phạt nặng, với mức phạt tối đa lên đến 100 triệu đồng.")


@pytest.mark.parametrize("after, province, level", [
    # the numbered document the next paragraph opens on: its issuer acts
    ("Nghị định 91/2020 của Thủ tướng Chính phủ quy định về chống tin nhắn rác đã bắt đầu có hiệu lực.",
     None, "central"),
    ("Quyết định số 25/2020/QĐ-UBND ngày 3/9/2020 của UBND tỉnh Quảng Nam quy định mức phạt.", QNAM,
     "province"),
    # a document without its number, or one the paragraph only mentions, is no subject
    ("Nghị định của Chính phủ đã được bàn nhiều năm.", None, None),
    ("Người dân mong Nghị định 91/2020 của Chính phủ sớm đi vào cuộc sống.", None, None),
])
def test_the_issuer_of_a_document_the_next_paragraph_opens_on(after, province, level):
    assert organiser_level(_NO_BODY, f"{_NO_BODY}\n\n{after}\n\nĐây là giải pháp mới.", province)[0] == level


@pytest.mark.parametrize("lead, level", [
    # a public centre cited as the news's source, its name holding "dự báo" (no verb)
    ("Theo tin mới nhất từ Trung tâm dự báo khí tượng thủy văn Trung ương, do ảnh hưởng của áp thấp nhiệt "
     "đới, gió sẽ mạnh dần lên cấp 6.", "central"),
    ("Ban quản lý dự án huyện Củ Chi vừa tổ chức đối thoại với người dân.", "district"),
    # "dự" as the verb still ends the name; a firm's centre has no level
    ("Ban Dân vận Tỉnh ủy dự lễ khởi công.", "province"),
    ("Theo Trung tâm Anh ngữ Quốc tế, học viên tăng gấp đôi.", None),
    # a private or local centre named with its city: no level either
    ("Theo Trung tâm Ngoại ngữ Apollo TP.HCM, học viên tăng.", None),
    ("Theo Viện Thẩm mỹ Kangnam Hà Nội, khách tăng.", None),
    # "dự kiến" (plan to) and "về dự án" are no attending: the leader's post gives the level
    ("Sáng 6/2, Ủy viên Bộ Chính trị, Phó Thủ tướng Nguyễn Văn An dự kiến sẽ chủ trì hội nghị.", "central"),
    ("Sáng 6/2, Ủy viên Bộ Chính trị, Phó Thủ tướng Nguyễn Văn An về dự án cao tốc ở Vĩnh Phúc.", "central"),
])
def test_a_centre_as_the_source_and_names_with_du(lead, level):
    assert admin_level(lead, None) == level
