"""The level of the body that organises what an article reports (:func:`admin_level` for a lead,
:func:`organiser_level` for an article; a body's name gives its level in :mod:`.body_level`). The body that
organises what the lead's first sentence reports — *do X tổ chức* first, else the subject (time and place
phrases, the rest of a venue's name or address among them, *tại Văn Miếu - Quốc Tử giám, Hà Nội, …*, and
fronted clauses such as *Trao đổi với PV…* skipped, and a clause fronted on its verb, *Phát biểu tại buổi lễ,
…*, *Khảo sát … sáng 9/11, …*); a person as subject gives the level of the post, except one who only attends
(*dự*, after however many posts: *Ủy viên Bộ Chính trị, Chủ tịch … X đã tham dự Lễ …*). A province inside a
person's or another proper name (*Phó Thủ tướng Trương Hòa Bình*, *châu Á - Thái Bình Dương*) gives no level;
national mass organisations (*Liên hiệp các tổ chức hữu nghị Việt Nam*) are bodies, their *các tổ chức* no
verb. The sentence read is the lead's first, past a quotation that opens it (its speaker follows), and past a
headline or photo caption glued before it on one line (the lead starts again at a dated time word, *Ông/Bà*
and a name, or after the credit *Ảnh: X*). A time word glued to the subject (*mới đây Ủy ban MTTQ …*) is
skipped; a common noun before a place (*Hải sản Quảng Ninh*, *Người dân xã X*) is no body, nor is a brand
before a place (*Vietravel Hà Nội*, *Ga Sài Gòn*), nor an incident (*Sự việc xảy ra …*, *… trên địa bàn vừa
xảy ra một vụ đuối nước*: no organiser, whoever tells of it), nor many localities (*…, nhiều địa phương đã tổ
chức …*: a round-up, not inside what a body says); a foreign state's body or leader as the subject (*Tổng
thống Mỹ …*) has no level, and no later sentence is read; a ministry's post (*Bộ trưởng*, *Thứ trưởng*, *Cục
trưởng*, *Cục phó*, *Vụ trưởng*) is central where no lower unit is named, as are the supreme court and
procuracy (*TAND Tối cao*); *TP* before a person's name (*Phó Chủ tịch UBND TP Nguyễn Văn Đua*) is the
article's city; a post printed after the subject's verb is another person's. A unit of a body, or a meeting by
its number, printed before its parent with a comma between (*Cơ quan Cảnh sát điều tra, Công an TP Hà Nội*;
*Hội nghị lần thứ 14, Ban Chấp hành Trung ương*) takes the parent's level; a passive's agent organises (*… đã
được Bộ LĐ-TB-XH tổ chức*), or decides where no subject acts (*… đã được UBND tỉnh đồng ý*; not after *chưa
được*). The writer as the subject (*…, tôi vẫn còn ngỡ*, *chúng tôi đến …*: a memoir, a reporter's account, an
opinion), outside quotations and reported speech, is no organiser. A photo caption before an outlet's tag (*…
(NLĐ)- Ngày 18-1, …*) is skipped like a glued headline. Where no subject is read: the issuer of a document
that opens the lead (*Theo Quyết định … của Bộ X*), a body printed right before the first aspect word (*… Ban
Thường vụ Thành ủy TPHCM vừa có…*), the body (or the post) the news comes from or whose demand it is (*Theo Bộ
GD&ĐT, …*, *Thông tin từ Cục X cho biết*, *Đó là yêu cầu của Bộ KH-ĐT*), or the body a meeting opened is named
after (*khai mạc Đại hội Đảng toàn quốc*), or the body holding the meeting a person spoke at, a person without
a post too (*Ông A cho biết như vậy tại Hội nghị bất thường của Đoàn Chủ tịch Ủy ban Trung ương MTTQ*; not a
firm's, nor a topic's *hội thảo về vai trò của Bộ X*), or the post (or body) chairing the meeting (*… hội nghị
… dưới sự chủ trì của Phó Thủ tướng X*). Where the lead names no acting body (an undated sapo, a caption, a
sentence about a person without a post), the organiser of the dated event in one of the next three paragraphs
(*Chiều 21/6, tại Hà Nội, UBTƯ MTTQ Việt Nam tổ chức…*, or one opening on a recent time, *Vừa qua, …*; under a
sapo naming no date and no body, the next paragraph where its opening ends with the day, *Tại phiên khai mạc
…, sáng 22/5, Chủ tịch …*) where a body acts in it, else the body that decides in the next paragraph (*Ngày
22/10, UBND TP HCM ra quyết định…*) or the issuer of the numbered document it opens on (*Nghị định 91/2020 của
Thủ tướng Chính phủ … có hiệu lực*), or the chair of the meeting it reports (*… dưới sự chủ trì của X*, *Phó
Thủ tướng X chủ trì cuộc họp*), or the first party of the working session it opens on (*Tại buổi làm việc giữa
Đoàn đại biểu HĐND TP HCM với …*), else the organiser named in the lead's later sentences or the next
paragraph (*Đại lễ do X phối hợp với Y tổ chức*), else the first of two bodies a working session named in the
lead's later sentences is between (*… tại buổi tiếp xúc giữa Sở X với Ban thường trực UB MTTQ TP.HCM*), else
the body (or the post) holding the meeting a sentence of the lead sums it up with (*Đó là … nội dung được thảo
luận tại buổi làm việc giữa Đoàn Chủ tịch Tổng LĐLĐ Việt Nam với …*), else the body or post-holder whose words
it sums the lead up as (*Đó là khẳng định của Bộ trưởng KH-ĐT …*, *Đó là nhận định của ông X, Trưởng Ban Chỉ
đạo …*, *Đó là nội dung … Chỉ thị của UBND TP HCM*, *Đó là dự thảo … vừa được Sở X đưa ra*, *Đó là chỉ thị của
Thủ tướng*; not a firm's or a school's), else the post-holder or body a sentence names as the news's source
(*Thông tin trên được Phó Giám đốc Sở Y tế Hà Nội X nêu ra …*, *… được nêu trong văn bản của Cục …*; not a
firm's, a hospital's or a school's). Of several organisers (*do X, Y, Z phối hợp tổ chức*) the first named.
The most specific unit in the body's name wins (*Ủy ban MTTQ Việt Nam tỉnh Cà Mau*: province); a foreign
state's bodies (*Bộ Ngoại giao Nga*, *Đại sứ quán Hàn Quốc tại Việt Nam*) have none, nor has a place that is
only described (*Ngã Năm (tỉnh Sóc Trăng) nằm trên…*). Where none of these is found, a public body or
post-holder acting as the subject of one of the lead's next two sentences (*… Tại hội nghị toàn quốc …,
Bộ trưởng KH-ĐT X cho rằng …*): capitalised, no firm, school, hospital, factory or foreign state in it or
in the posts after the name (*Giám đốc Nhà máy Thủy điện …*, *Chính phủ Namibia*, *Tại Anh, Thủ tướng …*),
and not in a sentence that gives a source or a speech, a greeting or an attendance (*Theo ông X, …*,
*Phát biểu tại buổi lễ, …*, *… gửi thư chúc mừng*); an organiser named there (*Chương trình do Sở Y tế
thành phố phát động*) counts, a school's, park's or firm's not. A state corporation (*Tổng Công ty*) is a
firm. The parties of a working session fronted before the subject (*trong buổi làm việc giữa UBND TP,
Tổng công ty X và các sở ngành, Sở Y tế đã báo cáo*) are no subject. No body or post: no level."""

from __future__ import annotations

import re
from typing import Literal

from danvan.core.text import UPPER
from danvan.corpus.ingest.body_level import _FOREIGN, _ORG_WORD, _level_of
from danvan.corpus.ingest.countries import country_pattern
from danvan.corpus.ingest.dates import opens_on_day
from danvan.corpus.ingest.lead import cut_glued_caption, first_sentence
from danvan.corpus.ingest.place_names import gazetteer

# where a body's name ends: a verb, an aspect word or a preposition ("dự", attend, not "dự báo", "dự án" of a
# name: "Trung tâm dự báo khí tượng thủy văn Trung ương", "Ban quản lý dự án")
# "dự" (attend), not a word of a name ("dự báo", "dự án") nor "dự kiến" (plan to)
_DU = r"dự(?! (?:báo|án|thảo|toán|trữ|phòng|bị|kiến)\b)"
_VERB = re.compile(
    r"\b(?:đã|vừa|sẽ|đang|được|bị|(?<![Cc]ác )(?<!những )tổ chức|phối hợp|chủ trì|ban hành|triển khai|"
    r"khai mạc|bế mạc|"
    r"làm việc|ký|giới thiệu|ra mắt|ra quân|giúp|trao|tặng|dâng|tiếp xúc|đối thoại|kiểm tra|khảo sát|"
    r"giám sát|thăm|gửi|đề nghị|yêu cầu|công bố|tổng kết|sơ kết|phát động|kỷ niệm|quyết định|thông qua|"
    r"(?<![Bb]an )chỉ đạo|hướng dẫn|có|cho biết|khẳng định|nhấn mạnh|"
    rf"(?:tham )?{_DU}|tiếp|đón|tiến hành|thực hiện|"
    r"phấn đấu|dẫn|mở|lấy|phê duyệt|hỗ trợ|vận động|tuyên truyền|tập huấn|nói|trao đổi|phát biểu|"
    r"ở|tại|cho|với|về|nhằm|để)\b"
)
# a body's name may hold verbs and prepositions ("Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở"):
# it surely ends at an aspect word or an organising verb
_MAIN_VERB = re.compile(
    r"\b(?:đã|vừa|sẽ|đang|(?<![Cc]ác )(?<!những )tổ chức|chủ trì|phối hợp|ban hành|khai mạc|ký|ra mắt|"
    r"ra quân)\b"
)
_ATTEND = re.compile(rf"\b(?:(?:tham |đến |về )?{_DU}|chứng kiến)\b")
# "do X tổ chức"; of a list ("do X, Y, Z phối hợp tổ chức") the first named
_BY = re.compile(
    r"\bdo (?P<body>[^,;]{3,90}?)(?:, [^;]{0,150}?)? (?:tổ chức|chủ trì|phối hợp|phát động|triển khai)\b"
)
# the passive's agent: "Hội thảo … đã được Bộ LĐ-TB-XH tổ chức hôm 5-4"
_AGENT = (r"(?P<body>(?:UBND|HĐND|Ủy ban|Uỷ ban|Bộ|Sở|Ban|Hội đồng|Hội|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|"
          r"MTTQ|Mặt trận|Trung ương|Tổng cục|Cục|Chính phủ|Quốc hội|Thành đoàn|Tỉnh đoàn|Công an)\b"
          r"[^,;]{0,90}?)")
_BY_PASSIVE = re.compile(rf"\bđược {_AGENT} (?:tổ chức|phát động|chủ trì)\b")
# the next of several organisers ("UBND tỉnh Lào Cai và UBND thị xã Sa Pa phối hợp với …"), not a word of the
# body's own name ("Bộ Tài nguyên và Môi trường", "Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam")
_AND_NEXT = re.compile(
    r"\s+(?:và|cùng(?: với)?|phối hợp(?: với)?)\s+(?=(?:UBND|HĐND|Ủy ban|Uỷ ban|Bộ|Sở|Ban|Thành ủy|Tỉnh ủy|"
    r"Huyện ủy|Quận ủy|MTTQ|Mặt trận|Tổng cục|Cục|Chính phủ|Quốc hội|Thành đoàn|Tỉnh đoàn|Công an|Hội|Đoàn|"
    r"Trung tâm|Báo|Đài|Trường|Công ty)\b)"
)
# ... and one that decides, where no subject acts ("Đề nghị … đã được UBND tỉnh đồng ý"; not "chưa được")
_DECIDED_BY = re.compile(
    rf"(?<!chưa )(?<!không )\bđược {_AGENT} "
    r"(?:đồng ý|chấp thuận|phê duyệt|ban hành|quyết định|thông qua|công bố)\b"
)
_UNDER = re.compile(r"(?:dưới sự|với sự) (?:chủ trì|chỉ đạo|tham dự|tham gia) của[^,]*,", re.IGNORECASE)
# an outlet's tag before the lead: "VOV.VN - ", "(Chinhphu.vn) - ", "(LĐTĐ) "
_TAG = re.compile(r"^\s*(?:\([^\s()]{2,20}\)\s*(?:[-–]\s+)?|[^\s()]{2,20}\s*[-–]\s+)")
_ADVERBIAL = re.compile(
    r"^(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|[Hh]ôm|[Vv]ào|[Tt]rong|[Nn]ăm|[Tt]háng|[Đđ]ầu|"
    r"[Cc]uối|[Ss]au|[Tt]rước|[Nn]hân|[Nn]hằm|[Tt]hực hiện|[Tt]heo|[Tt]ại|[Ởở]|[Tt]ừ|[Tt]rên|[Vv]ới|[Đđ]ể|"
    r"[Hh]ưởng ứng|[Cc]hào mừng|[Hh]ướng tới|[Qq]ua|[Tt]hời gian|[Nn]hững năm|[Dd]ẫu|[Tt]uy|[Kk]hi|[Cc]ũng|"
    # fronted time words ("Giữa tháng 9 vừa qua,", "Mới đây,")
    r"[Gg]iữa|[Mm]ới đây|[Gg]ần đây|[Vv]ừa qua|[Rr]ạng sáng|[Cc]ách đây|[Hh][ằà]ng năm)\b"
)
_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}")
_PERSON = re.compile(r"^(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Aa]nh|[Cc]hị|GS|PGS|TS)\b")
_POST = re.compile(
    r"^(?:[Pp]hó |[Cc]ố |[Nn]guyên )*(?:[Cc]hủ tịch|[Bb]í thư|[Tt]hủ tướng|[Bb]ộ trưởng|[Tt]hứ trưởng|"
    r"[Tt]rưởng|[Uu]ỷ viên|[Ủủ]y viên|[Gg]iám đốc|[Tt]ổng [Bb]í thư|[Cc]hủ nhiệm|[Cc]ục trưởng|[Vv]ụ trưởng|"
    r"[Tt]ổng (?:[Tt]hanh tra|[Cc]ục trưởng|[Gg]iám đốc|[Kk]iểm toán|[Tt]ham mưu trưởng)|Đại sứ|"
    r"[Vv]iện trưởng|[Vv]ụ phó|[Cc]ục phó|[Cc]hánh (?:án|[Vv]ăn phòng|[Tt]hanh tra)|[Nn]gười phát ngôn|"
    r"(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy)|Đại úy)\b"
)
# a school, named by its kind ("Trường THPT X", "trường Tiểu học Y"); not a word ending in "trường" (môi
# trường, thị trường, ngư trường), "trường hợp", nor a place named Trường (huyện Trường Sa, xã Trường Xuân)
_SCHOOL = (r"\b[Tt]rường (?:ĐH|CĐ|THPT|THCS|PTTH|PTCS|TH|[Tt]iểu học|[Tt]rung học|[Đđ]ại học|"
           r"[Cc]ao đẳng|[Tt]rung cấp|[Mm]ầm non|[Mm]ẫu giáo|[Pp]hổ thông|[Cc]hính trị|[Qq]uân sự|[Ss]ĩ quan|"
           r"[Dd]ạy nghề|[Nn]ghề|[Bb]ồi dưỡng|[Nn]ghiệp vụ|[Nn]ăng khiếu|[Cc]huyên|[Dd]ân tộc|[Qq]uốc tế|"
           r"[Đđ]ào tạo|[Cc]án bộ|[Ss]ư phạm|[Kk]inh tế|[Kk]ỹ thuật|[Nn]ghệ thuật|[Nn]goại ngữ|[Aa]nh ngữ|"
           r"[Qq]uản lý|học|[Yy]|Đảng|Đại)"
           rf"|\bTrường (?!hợp\b)[^\W\d{UPPER}]+")  # and "Trường ngôn ngữ X", "Trường công lập"
_NOT_ADMIN = re.compile(rf"(?:Hội đồng trường|{_SCHOOL}|ĐH|Đại học|Học viện|Bệnh viện|"
                        r"(?:Tổng [Cc]ông|Công) ty|Tập đoàn|Ngân hàng(?! Nhà nước| Chính sách)|Câu lạc bộ|"
                        r"CLB)\b")


def _chunks(sentence: str) -> list[str]:
    return [c.strip() for c in re.split(r"[,;:]\s+|\s[-–]\s", sentence) if c.strip()]


_UNIT_WORDS = frozenset("tỉnh thành phố huyện quận thị xã trấn phường và nhân dân ủy tp".split())
_FIRST_UNIT = re.compile(
    r"\b(?:[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường|[Tt]hành phố|TP)\b|\b[QP]\.(?=\s?[A-ZĐ0-9])"
)


def _name_span(head: str) -> str:
    """A subject up to the end of the name of its first unit (``TP HCM xây cầu nối quận 2``
    → ``TP HCM``): after a unit, only names, numbers and unit words go on."""
    g = gazetteer()
    first = [m.start() for m in (g.pattern.search(head), _FIRST_UNIT.search(head)) if m]
    if not first:
        return head
    pos = min(first)
    for word in re.finditer(r"\S+", head[pos:]):
        w = word.group(0).strip("(),-–.:")
        if w and w[:1].islower() and w.casefold() not in _UNIT_WORDS and word.start() > 0:
            return head[: pos + word.start()]
    return head


def _body(chunk: str) -> tuple[str, re.Match[str] | None]:
    """A chunk up to its first verb (the body's name), and that verb."""
    verb = _VERB.search(chunk)
    return (chunk[: verb.start()] if verb else chunk), verb


def _attended(chunks: list[str]) -> tuple[str, int] | None:
    """The chunk and the end of the attending verb where a person's first verb is one (``Ủy viên Bộ
    Chính trị, Chủ tịch … Nguyễn Thiện Nhân đã tham dự Lễ …``): an aspect word may come before it."""
    for chunk in chunks[:4]:
        verb = _VERB.search(chunk)
        if verb is None:
            continue  # the person's name and posts go on
        aspect = re.match(r"(?:đã|vừa|sẽ|đang)\s+", chunk[verb.start() :])
        at = verb.start() + (aspect.end() if aspect else 0)
        attend = _ATTEND.match(chunk, at)
        return (chunk, attend.end()) if attend else None
    return None


def _person_level(chunks: list[str], province: str | None) -> str | None:
    """Level of a person subject: a local body beside them, the event they attend, or their post."""
    head, verb = _body(chunks[0])
    co_body = re.search(r"\b(?:và|cùng) (.+)$", head)
    if co_body and not _POST.match(co_body.group(1)) and _ORG_WORD.match(co_body.group(1)):
        return _level_of(co_body.group(1), province)  # a national leader and a local body
    if attended := _attended(chunks):  # who attends is not who organises
        chunk, at = attended
        org = _ORG_WORD.search(chunk, at)
        return _level_of(_body(chunk[org.start() :])[0], province) if org else None
    if _POST.match(head) and (level := _level_of(head, province)):
        return level
    if _MAIN_VERB.search(chunks[0]):
        return None  # the person's sentence goes on past its verb: a later post is another person's
    for chunk in chunks[1:4]:  # "Ông X, Phó chủ tịch Ủy ban ... đã khẳng định"
        if _POST.match(chunk):
            return _level_of(_body(chunk)[0], province)
        if _VERB.search(chunk):
            break
    return None


# a quotation opening the lead, then its speaker: "“…”, ông X, Chủ tịch …, nói." / "“…” - Bộ trưởng X vừa"
# / "'…', ông X, Giám đốc Sở … bày tỏ." (in single quotes, as some outlets print them)
_QUOTE_OPEN = re.compile(r"^\s*[\"“'‘]")
_QUOTE_CLOSE = re.compile(r"[\"”'’]\s*(?:,|[-–])\s*(?=\S)")
# a lead glued to its headline (one line): it starts again at a dated time word or a person
_RESTART = re.compile(
    r"(?<=[\w”\"')?!–-] )(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm qua|Hôm nay)\s*(?:nay\s*)?(?:\(\s*)?(?:ngày\s*)?"
    rf"\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\b|(?:Ông|Bà) (?:[{UPPER}]\w+ ){{1,3}}[{UPPER}]\w+\s*(?:,|[-–]|\())"
)
# a capitalised day with its year glued inside a line, then its subject: a lead after a headline that
# has a verb of its own ("… sẽ cao hơn Ngày 23-12-2005, Phó Chủ tịch Quốc hội …")
_DATED_SUBJECT = re.compile(
    rf"(?:Sáng|Chiều|Tối|Trưa|Ngày) \d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}}, [{UPPER}]"
)
# fronted clauses that are not the subject: "Trao đổi với PV Dân trí, …", "Chia sẻ với phóng viên, …"
_FRONTED = re.compile(r"^(?:[Tt]rao đổi|[Cc]hia sẻ|[Nn]ói|[Tt]rả lời(?: phỏng vấn)?|[Pp]hát biểu|[Bb]áo cáo)"
                      r"\s+(?:với|cùng)\b")
# a fronted clause opening on its verb, its subject the next chunk's ("Khảo sát … tại Ủy ban MTTQ Việt Nam
# sáng 9/11, Phó Thủ tướng X khẳng định", "Phát biểu tại buổi lễ, Chủ tịch X nhấn mạnh"); not attending
# ("Tham dự …"), whose attendee does not organise
_FRONT_VERB = re.compile(
    r"^(?:Phát biểu|Khảo sát|Làm việc|Kiểm tra|Thăm|Tiếp xúc|Đối thoại|Giám sát|Chủ trì|Kết luận|Tiếp tục|"
    r"Gặp gỡ|Gặp mặt|Chúc Tết|Đến thăm|Về thăm|Tiếp đón|Tiếp đó|Tiếp đến)\b"
)
# commas inside a body's name: "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam"
_NAME_COMMA = re.compile(r"\b(phòng), (chống)\b", re.IGNORECASE)


# an outlet's tag inside the lead's first line: the lead starts after it, a photo caption before it
_TAG_INSIDE = re.compile(
    r"(?<=\S )\((?:NLĐ|LĐ|TTO|TN|TTXVN|VNE|SGGP|PLO|ND|NDĐT|QĐND|CAND|VOV|VTV|HNM|KTĐT|Dân trí|VnExpress)\)"
    rf"\s*[-–]\s*(?=[{UPPER}])"
)


def subject_sentence(lead: str) -> str:
    """The sentence of the lead whose subject organises: its first sentence, after an outlet tag,
    past a quotation that opens it (to its speaker), and past a headline or a photo caption glued
    before it."""
    text = cut_glued_caption(_TAG.sub("", lead))  # "… Ảnh: N. Hữu Giữa tháng 9, …": past the credit
    if tag := _TAG_INSIDE.search(first_sentence(text)):
        text = text[tag.end() :]  # "Các công nhân đổ mẻ bê tông (NLĐ)- Đúng 15 giờ …": a caption first
    if _QUOTE_OPEN.match(text) and (close := _QUOTE_CLOSE.search(text, 2)):
        text = text[close.end() :]
    sentence = first_sentence(text)
    restart = _RESTART.search(sentence)
    if restart and (
        not _MAIN_VERB.search(sentence, 0, restart.start()) or _DATED_SUBJECT.match(sentence, restart.start())
    ):
        sentence = first_sentence(text[restart.start() :])
    return _NAME_COMMA.sub(r"\1 \2", _UNDER.sub(" ", sentence))


_LOCATED = re.compile(r"\s(?:nằm(?! trong)|tọa lạc|toạ lạc|giáp ranh|giáp với)\b")
_ASPECT = re.compile(r"\b(?:vừa|đã|đang|sẽ|vẫn|tiếp tục)\b")
# a document and its issuer opening the lead: the issuer acts
_DOC_TYPES = (r"(?:[Qq]uyết định|[Nn]ghị quyết|[Nn]ghị định|[Cc]hỉ thị|[Kk]ế hoạch|[Tt]hông báo|[Tt]hông tư|"
              r"[Cc]ông văn|[Cc]ông điện|[Vv]ăn bản|[Hh]ướng dẫn|[Tt]ờ trình)")
_DOC_OF = re.compile(rf"^(?:Theo|Tại|Với) (?:các |những )?{_DOC_TYPES}\b[^,;:]*? của (?P<body>[^,;:]+)")
# a numbered document and its issuer as the subject of the paragraph after a lead that names no body
# ("Nghị định 91/2020 của Thủ tướng Chính phủ quy định … có hiệu lực từ hôm nay"): the issuer acts
_DOC_SUBJECT = re.compile(
    rf"^{_DOC_TYPES}(?: liên tịch)? (?:số )?\d[^\s,;:]*(?: ngày [\d/.-]+)? (?:của|do) (?P<body>[^,;:]+)"
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_OBJECT_BEFORE = re.compile(r"\b(?:mà|của|với|cho|theo|bởi|về|và|cùng)\s+$")
# a body's name as printed before its verb: capitalised, as bodies are
_BODY_START = re.compile(
    r"(?<![\w.])(?:Ban|Ủy ban|Uỷ ban|UBND|HĐND|Sở|Bộ|Cục|Chi cục|Tổng cục|Công an|Mặt trận|MTTQ|Chính phủ|"
    r"Quốc hội|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Thường trực|Văn phòng|Thành đoàn|Tỉnh đoàn|Thanh tra|"
    r"Tòa án)\b"
)


def _aspect_subject(sentence: str, province: str | None) -> str | None:
    """Level of a body printed right before the sentence's first aspect word (``… Ban Thường vụ
    Thành ủy TPHCM vừa có công văn``): the subject where a headline or a long fronted phrase
    comes first."""
    sentence = _QUOTED.sub(" ", sentence)  # a body named inside a quotation does not act
    aspect = _ASPECT.search(sentence)
    if not aspect:
        return None
    before = sentence[: aspect.start()]
    for start in _BODY_START.finditer(before):
        name = before[start.start() :].strip()
        if re.search(r"[,;:]", name) or _VERB.search(name) or _NOT_ADMIN.search(name):
            continue
        if _OBJECT_BEFORE.search(before, 0, start.start()):
            continue  # "… mà Bộ Văn hóa Thông tin đã quy định": a relative clause or an object
        if level := _level_of(name, province):
            return level
    return None


def admin_level(lead: str, province: str | None) -> str | None:
    """Level of the body that organises what the lead reports (see the module's docstring)."""
    return _lead_level(lead, province) or None


def _lead_level(lead: str, province: str | None) -> str | None | Literal[False]:
    """The lead's level; None when it names no acting body, False when its subject is no body."""
    sentence = subject_sentence(lead)
    if _first_person(sentence):
        return False  # a memoir, a reporter's account, a letter or an opinion: no organiser
    if "xảy ra" in sentence and _HAPPENED.search(sentence) and not _AFTER_INCIDENT.match(sentence):
        return False  # "… trên địa bàn vừa xảy ra một vụ đuối nước": an incident, whoever tells of it
    if (issuer := _DOC_OF.match(sentence)) and (level := _level_of(_body(issuer.group("body"))[0], province)):
        return level  # "Theo Quyết định số 359 của Bộ LĐ-TB&XH, …": the issuer acts
    if _many_localities(sentence):
        return False  # "…, nhiều địa phương đã tổ chức …": a round-up of localities, no one organiser
    level = _subject_level(sentence, province)
    if level is False and (held := _held_by(_QUOTED.sub(" ", sentence), province)):
        return held  # "Ông A cho biết như vậy tại Hội nghị … của Đoàn Chủ tịch UBTƯ MTTQ": the meeting's body
    if level is None:  # no body read as the subject: one printed before the first aspect word
        level = _aspect_subject(sentence, province)
    if level is None:  # a body the lead's news comes from, or whose demand it is
        level = _source_level(sentence, province)
    if level is None and (opened := _OPENED.search(_QUOTED.sub(" ", sentence))):
        level = _level_of(opened.group("event"), province)  # "… khai mạc Đại hội Đảng toàn quốc lần thứ X"
    if level is None:  # "… cho biết tại Hội nghị bất thường của Đoàn Chủ tịch Ủy ban Trung ương MTTQ"
        level = _held_by(_QUOTED.sub(" ", sentence), province)
    if level is None and "chủ trì của" in lead:  # "… hội nghị … dưới sự chủ trì của Phó Thủ tướng X"
        level = chair_level(first_sentence(lead), province)  # the sentence before "dưới sự chủ trì" is cut
    return level


# many localities as the lead's subject ("…, nhiều địa phương đã tổ chức …"), not as an object ("phối hợp
# với các địa phương") nor inside what a body says ("Bộ GD-ĐT vừa có văn bản thông báo, năm nay, các địa
# phương không tổ chức …"); a source opening the sentence is no subject ("Theo UBND các tỉnh, …, các địa
# phương sẽ tổ chức")
_MANY_LOCALITIES = re.compile(
    r"(?:^|,\s*)(?:[Nn]hiều|[Cc]ác|[Mm]ột số) (?:địa phương|tỉnh, thành|tỉnh thành|tỉnh)\b[^,.;]{0,30}?\s"
    r"(?:đã|đang|vừa|sẽ|đồng loạt|tổ chức)\b"
)
_SOURCE_OPENING = re.compile(r"^\s*Theo [^,]*,")


def _many_localities(sentence: str) -> bool:
    """Whether the sentence's subject is many localities (``_MANY_LOCALITIES``): no body acts before it, nor
    is it what is said or ruled there (``UBND tỉnh ban hành kế hoạch, theo đó, các địa phương …``)."""
    m = _MANY_LOCALITIES.search(sentence)
    if not m:
        return False
    before = _SOURCE_OPENING.sub("", sentence[: m.start()])
    return not (_REPORTED.search(before) or _BODY_START.search(before))


# the chair of a meeting the sentence reports without its organiser as the subject
_CHAIRED = re.compile(r"\b(?:dưới sự|với sự) chủ trì của (?P<chair>[^,;.]{3,120})")
# the chair as the subject: "Ủy viên Bộ Chính trị, Phó Thủ tướng X, Trưởng Ban Chỉ đạo chủ trì cuộc họp."
_CHAIRS = re.compile(r"\bchủ trì (?:cuộc|hội nghị|buổi|phiên|lễ|tọa đàm|hội thảo)\b")


def chair_level(sentence: str, province: str | None) -> str | None:
    """Level of the post or body chairing a meeting (``Hội nghị chiều 28/6 dưới sự chủ trì của Chủ tịch UBND
    tỉnh Quảng Nam``); a foreign chair (``Thủ tướng Lào``) gives none."""
    for m in _CHAIRED.finditer(_QUOTED.sub(" ", sentence)):
        chair = _body(m.group("chair"))[0]
        if (_POST.match(chair) or _ORG_WORD.match(chair)) and (level := _level_of(chair, province)):
            return level
    return None


# an incident as the sentence's news, its teller the source ("theo tin từ UBND thị trấn X, trên địa bàn vừa
# xảy ra một vụ đuối nước", "tại xã Y đã xảy ra vụ hỏa hoạn"), not a fronted clause before the body that acts
# ("Sau khi xảy ra vụ tai nạn, UBND tỉnh …")
_HAPPENED = re.compile(
    r"\b(?:vừa|đã|bất ngờ|lại) xảy ra (?:một |hai |\d+ )?(?:vụ|tai nạn|sự cố|hỏa hoạn|trận)\b"
)
_AFTER_INCIDENT = re.compile(r"(?:Sau|Ngay sau|Trước|Sau khi|Do|Vì)\b")


# the writer as the subject ("…, tôi vẫn còn ngỡ …", "Từ trung tâm thành phố Sơn La, …, chúng tôi đến …"),
# not someone quoted or reported ("…, ông X cho biết, chúng tôi đã …")
_FIRST_PERSON = re.compile(r"(?:^|[,;:]\s+)(?:[Tt]ôi|[Cc]húng tôi)\s+(?!là\b)")
_SAYING = re.compile(
    r"\b(?:cho biết|nói|khẳng định|chia sẻ|thừa nhận|phát biểu|cho rằng|nhấn mạnh|trả lời|giải thích|bày tỏ|"
    r"tâm sự|kể|thông tin|nhận định|đề nghị|kiến nghị)\b"
)
# what a body says or rules: many localities after it are its object, not the subject (_many_localities)
_REPORTED = re.compile(rf"{_SAYING.pattern}|\b(?:thông báo|yêu cầu|chỉ đạo|quy định|văn bản)\b")
_QUOTE_MARK = re.compile(r"[“\"]")


def _first_person(sentence: str) -> bool:
    """Whether the writer is the sentence's subject (*tôi*, *chúng tôi* opening it or a clause of it),
    outside quotations and not after a verb of saying."""
    text = _QUOTED.sub(" ", sentence)
    if quote := _QUOTE_MARK.search(text):  # a quotation left open: its words are the speaker's
        text = text[: quote.start()]
    m = _FIRST_PERSON.search(text)
    return bool(m) and not _SAYING.search(text, 0, m.start())


# a meeting opened or closed without its organiser as the subject: the body its name holds acts
_OPENED = re.compile(
    r"\b(?:khai mạc|bế mạc)\s+(?:trọng thể\s+)?"
    r"(?P<event>(?:Đại hội|Hội nghị|[Kk]ỳ họp|Phiên họp)\b[^,;.:]{3,100})"
)
# the body holding the meeting a person spoke at ("… cho biết tại Hội nghị bất thường của Đoàn Chủ tịch Ủy ban
# Trung ương MTTQ Việt Nam", "… tại hội thảo do Bộ Y tế tổ chức", "Tại buổi làm việc giữa Đoàn đại biểu HĐND
# TP HCM với …": the first named); not a firm's ("… của Huawei Việt Nam")
_HELD_AT = re.compile(
    r"\b[Tt]ại (?:(?:buổi|cuộc|phiên) )?(?:[Hh]ội nghị|[Hh]ội thảo|[Tt]ọa đàm|[Dd]iễn đàn|[Kk]ỳ họp|"
    r"[Pp]hiên họp|họp|làm việc)\b(?:(?! về )[^,;.:]){0,60}? (?:của|do|giữa) (?P<body>[^,;.:]{3,120})"
)


def _held_by(sentence: str, province: str | None) -> str | None:
    """Level of the body holding the meeting the sentence's news was given at (``_HELD_AT``)."""
    for m in _HELD_AT.finditer(sentence):
        body = _body(m.group("body"))[0]
        if _ORG_WORD.match(body) and not (_NOT_PUBLIC.search(body) or _NOT_ADMIN.search(body)
                                          or _FOREIGN.match(body)) and (level := _level_of(body, province)):
            return level
    return None


# the body the lead's news comes from ("Theo Bộ GD&ĐT, …", "Theo nhận định của Chi cục Kiểm lâm TP HCM, …",
# "Thông tin từ Cục Hộ tịch … cho biết") or whose demand it reports ("Đó là yêu cầu của Bộ KH-ĐT …")
_SOURCE = re.compile(
    r"^(?:Theo|Thông tin từ|Nguồn tin từ) (?:(?:nhận định|thông tin|tin|báo cáo|đánh giá|thống kê|kết quả|"
    r"số liệu|thông báo|dự báo|tin từ)(?: nhanh| mới nhất| sơ bộ)? (?:của|từ) )?(?=\S)"
    r"|\blà (?:yêu cầu|chỉ đạo|quyết định|đề nghị|kết luận) của (?=\S)"
)


# a national centre or institute a lead cites ("Theo tin mới nhất từ Trung tâm dự báo khí tượng thủy văn Trung
# ương, …"), not a local or private one ("Trung tâm Ngoại ngữ Apollo TP.HCM", "Viện Thẩm mỹ Kangnam Hà Nội")
_SOURCE_BODY = re.compile(r"(?:Trung tâm|Viện|Đài) ")


def _source_level(sentence: str, province: str | None) -> str | None:
    """Level of the body a lead cites as its source or whose demand it reports, or of the post of the
    person cited (``Theo Chủ tịch UBND TP.Hà Nội Nguyễn Đức Chung, …``), where no body acts in it; a
    person cited without a post (``Theo ông X, …``) gives none."""
    sentence = _QUOTED.sub(" ", sentence)
    for m in _SOURCE.finditer(sentence):
        centre = _SOURCE_BODY.match(sentence, m.end())
        if _BODY_START.match(sentence, m.end()) or centre or _POST.match(sentence[m.end() :]):
            name = re.split(r"[,;:]|\s[-–]\s", sentence[m.end() :], maxsplit=1)[0]
            if (level := _level_of(_body(name)[0], province)) and not (centre and level != "central"):
                return level
    return None


# what a body does when it decides (the second paragraph of a lead that names no body)
_ACT = re.compile(
    r"\b(?:ra quyết định|có quyết định|quyết định|ban hành|phê duyệt|chấp thuận|chỉ đạo|yêu cầu|gửi|kêu gọi|"
    r"công bố|thông báo|có công văn|có văn bản)\b"
)
# a body, or a province or city standing for its government ("tỉnh Quảng Ninh kêu gọi")
_ACTOR_START = re.compile(rf"{_BODY_START.pattern}|(?<![\w.])(?:[Tt]ỉnh|[Tt]hành phố|TP\.?) (?=[{UPPER}])")
_TRAILING_ASPECT = re.compile(r"(?:\s+(?:vừa|đã|đang|sẽ|vẫn|cũng|tiếp tục|được))+\s*$")
# the subject's place: a sentence's start, after a fronted phrase, or a passive's agent
_SUBJECT_SLOT = re.compile(r"(?:^|[,:;–-]|\bđược)\s*$")


def acting_body_level(sentence: str, province: str | None) -> str | None:
    """Level of the body that decides in a sentence (``Ngày 22/10, UBND TP HCM ra quyết định …``,
    ``… vừa được UBND quận 1 phê duyệt``, ``Theo đó, tỉnh Quảng Ninh kêu gọi …``): a body in the
    subject's place before a verb of deciding, not inside a quotation or after a preposition."""
    sentence = _QUOTED.sub(" ", sentence)
    for act in _ACT.finditer(sentence):
        if level := _actor_before(sentence[: act.start()], province):
            return level
    return None


def _actor_before(before: str, province: str | None) -> str | None:
    """Level of a body whose name ends ``before`` (a verb's left context) in the subject's place."""
    for start in _ACTOR_START.finditer(before):
        name = _TRAILING_ASPECT.sub("", before[start.start() :]).strip()  # "UBND TP HCM vừa"
        if re.search(r"[,;:]", name) or _VERB.search(name) or _ASPECT.search(name) or _NOT_ADMIN.search(name):
            continue
        at = start.start()
        if _OBJECT_BEFORE.search(before, 0, at) or not _SUBJECT_SLOT.search(before, 0, at):
            continue
        if level := _level_of(name, province):
            return level
    return None


# a fronted phrase that opens a list of parties ("trong buổi làm việc giữa X, Y và Z, …"): the list runs
# over the next chunks up to its last party, after "và" or "với"
_LIST_OPEN = re.compile(
    rf"\b(?:buổi|cuộc) (?:làm việc|gặp|gặp gỡ|gặp mặt|hội đàm|tiếp xúc|đối thoại|họp|trao đổi)\b"
    rf"[^,]*?\bgiữa [{UPPER}]"
)
_LIST_END = re.compile(r"\b(?:và|với)\b")


def _subject_level(sentence: str, province: str | None, strict: bool = False) -> str | None | Literal[False]:
    """Level of the sentence's subject; None when no body was read as the subject, False when the
    subject is no administrative body (a school, hospital or firm, a person without a post, a place
    that is only described). ``strict``: only a subject that opens on a body's or a post's word counts
    (None for any other), as in a lead's later sentences."""
    for by in (_BY.search(sentence), _BY_PASSIVE.search(sentence)):  # of several organisers, the first
        if strict and by and (_NOT_ADMIN.search(by.group(0)) or _NOT_PUBLIC.search(by.group(0))):
            continue  # in a later sentence, no school's, park's or firm's event ("do … và công ty Nestle")
        for body in _AND_NEXT.split(by.group("body")) if by else ():  # the first that holds a unit
            if level := _level_of(body, province):
                return level
    chunks = _chunks(sentence)
    after_place = in_list = False
    for i, chunk in enumerate(chunks[:8]):
        if glued := _GLUED_TIME.match(chunk):  # "mới đây Ủy ban MTTQ …", "gần 2 năm qua ông X": no comma
            chunk = chunks[i] = chunk[glued.end() :]
        if in_list:  # "trong buổi làm việc giữa UBND TP HCM, Tổng công ty X và các sở ngành, Sở Y tế …"
            in_list = not _LIST_END.search(chunk)
            continue
        fronted = _ADVERBIAL.match(chunk) or _FRONTED.match(chunk) or (
            _FRONT_VERB.match(chunk) and i + 1 < len(chunks) and not _VERB.match(chunks[i + 1])
        )  # "Kiểm tra …, đã phát hiện": no subject after, the clause is the sentence's own
        if fronted or (_DATE.search(chunk) and len(chunk.split()) <= 6):
            after_place = bool(re.match(r"(?:[Tt]ại|[Ởở])\b", chunk))
            in_list = bool(_LIST_OPEN.search(chunk)) and not _LIST_END.search(chunk)
            continue
        address = after_place and not (_ORG_WORD.search(chunk) or _POST.match(chunk) or _PERSON.match(chunk))
        if address and (_address_part(chunk) or _level_of(chunk, province)):
            continue  # the rest of an address ("tại xã X, huyện Y, …", "tại Văn Miếu - Quốc Tử giám, Hà Nội")
        if _VERB.match(chunk):
            continue  # a fronted clause
        after_place = False
        if _INCIDENT.match(chunk):
            return False  # an incident reported ("Sự việc xảy ra vào khoảng 10h …"): no organiser
        head, verb = _body(chunk)
        if strict and not _strict_subject(head, chunks[i : i + 3]):
            return None
        if _NOT_ADMIN.match(head):
            return False  # a school, hospital or firm named after its place is no administrative body
        if not _ORG_WORD.search(head) and _LOCATED.search(head):
            return False  # a place described, not a body acting: "Ngã Năm (tỉnh Sóc Trăng) nằm trên…"
        if not _ORG_WORD.match(head) and _RESIDENT.search(head):
            return False  # a person's home: "Trường hợp phải cách ly là chị A (33 tuổi) ngụ phường Trần Phú"
        if not _ORG_WORD.match(head) and (level := _aspect_subject(chunk, province)):
            return level  # a headline glued before the lead's subject: "Xây dựng ĐH Huế … Bộ GD-ĐT vừa"
        if _POST.match(head) or _PERSON.match(head) or (not _level_of(head, province) and _is_name(head)):
            return _person_level(chunks[i:], province) or False  # a person without a post: no body
        if level := _level_of(span := _name_span(head), province):
            return False if _common_head(span) else level
        if _ORG_WORD.match(head) and (main := _MAIN_VERB.search(chunk)):
            if level := _level_of(chunk[: main.start()], province):
                return level
        if verb and verb.group(0) == "phối hợp":  # "X phối hợp (với) Y tổ chức": Y organises too
            return _level_of(_body(re.sub(r"^(?:với|cùng) ", "", chunk[verb.end() :].strip()))[0], province)
        if not verb and _SUB_BODY.match(head) and i + 1 < len(chunks) and _PARENT_BODY.match(chunks[i + 1]):
            continue  # "Cơ quan Cảnh sát điều tra, Công an TP Hà Nội …": a unit of the body named next
        if _FOREIGN.match(head):
            return False  # a foreign state's body or leader acts: no level in Vietnam, whatever follows
        if verb or len(chunk.split()) >= 5:
            return None if strict else _decided_by(sentence, province)  # a passive's agent may decide
    return None if strict else _decided_by(sentence, province)


# a capitalised word that opens no body: a place (Hội An), a contest or a meeting (Hội thi, Hội nghị)
_NOT_A_BODY = re.compile(r"Hội (?:An|thi|nghị|chợ|thảo|diễn|khỏe|xuân|làng|đua|báo)\b")


def _strict_subject(head: str, chunks: list[str]) -> bool:
    """Whether a later sentence's subject is a public body or a post-holder: a capitalised body's or
    post's word (or a person) first, and no firm, school, hospital or foreign state in it or in the posts
    printed after the name (``Ông X, Giám đốc Công ty …``)."""
    if not head[:1].isupper() or _NOT_A_BODY.match(head):
        return False
    if not (_ORG_WORD.match(head) or _POST.match(head) or _PERSON.match(head)):
        return False
    told = " ".join(chunks)
    if _NOT_PUBLIC.search(told) or _NOT_ADMIN.search(told) or _FOREIGN.search(told):
        return False
    state = _STATE_OF.match(head)  # "Chính phủ Namibia", "Bộ Giáo dục Thái Lan": a foreign state's
    return not (state and country_pattern().match(head, state.end()))


# a state's body or head, then (perhaps) its country (not a minister's name: "Bộ trưởng Trần Tuấn Anh")
_STATE_OF = re.compile(
    r"(?:Chính phủ|Quốc hội|Thủ tướng|Tổng thống|Nhà vua|Quốc vương|Bộ(?! trưởng)(?: [^\W\d]+){1,3}?) "
)


def _decided_by(sentence: str, province: str | None) -> str | None:
    """Level of the agent of a passive that decides (``… đã được UBND tỉnh đồng ý``), where no subject
    acts."""
    by = _DECIDED_BY.search(sentence)
    return _level_of(by.group("body"), province) if by else None


# a unit of a body printed before its parent, a comma between ("Phòng Cảnh sát giao thông, Công an
# TP.HCM", "Cơ quan Cảnh sát điều tra, công an thành phố Hà Nội", "Vụ Pháp chế, Bộ Tư pháp"): the parent
# names the level
_SUB_BODY = re.compile(
    r"(?:Cơ quan|Phòng|Đội|Cục|Vụ|Chi cục|Văn phòng|Trung tâm|Viện|Ban)\b"
    r"|(?:Hội nghị|Kỳ họp|Phiên họp)(?: lần)? thứ \w+$"  # "Hội nghị lần thứ 14, Ban Chấp hành Trung ương …"
)
_PARENT_BODY = re.compile(
    r"(?:[Cc]ông an|CA|Bộ|Sở|UBND|Ủy ban|Uỷ ban|Tổng cục|Cục|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|"
    r"Viện Kiểm sát|VKSND|TAND|Tòa án|Quốc hội|HĐND|Hội đồng nhân dân|Ban Chấp hành)\b"
)


# an incident as the subject: a crime or accident report, which no body organises
_INCIDENT = re.compile(
    r"^(?:[Ss]ự việc|[Vv]ụ việc|[Vv]ụ (?:tai nạn|cháy|nổ|án|tấn công|trộm|cướp|lật|sập|sạt lở)[^,]{0,40}?|"
    r"[Tt]ai nạn|[Hh]ỏa hoạn) (?:đã |vừa |bất ngờ )?xảy ra\b"
)
# a time phrase printed before the subject without a comma
_GLUED_TIME = re.compile(
    r"^(?:[Mm]ới đây|[Vv]ừa qua|[Gg]ần đây|[Hh]ôm qua|[Hh]ôm nay|(?:[Ss]áng|[Cc]hiều|[Tt]ối) nay|"
    r"(?:[Gg]ần |[Hh]ơn |[Ss]uốt |[Tt]rong )?\d+ (?:năm|tháng|tuần|ngày) (?:qua|nay|gần đây))\s+"
    rf"(?=[{UPPER}]|(?:ông|bà) [{UPPER}])"
)


# a common noun heading a subject before its place ("Hải sản Quảng Ninh vốn nổi tiếng", "Người dân xã X"):
# no body, unless its words name one ("Lực lượng chức năng phường X", "Lãnh đạo tỉnh", "Đoàn công tác")
_COMMON_HEAD = re.compile(rf"[{UPPER}][^\W\d_]*(?: [^\W\d_{UPPER}]+)+")
# words of bodies and posts a common-looking head may hold ("lực lượng chức năng", "Đội trưởng thanh tra")
_BODY_WORDS = re.compile(
    r"\b(?:lực lượng|chính quyền|cơ quan|ngành|lãnh đạo|cán bộ|đại biểu|cấp ủy|quân|bộ đội|thường trực|"
    r"thường vụ|đội|thanh tra|\w*trưởng|chủ tịch|bí thư|giám đốc|ủy|uỷ)\b",
    re.IGNORECASE,
)


def _common_head(span: str) -> bool:
    """Whether a subject's words before its first place are a common noun (``Hải sản`` in ``Hải sản
    Quảng Ninh``), not a body's name."""
    g = gazetteer()
    first = [m.start() for m in (g.pattern.search(span), _FIRST_UNIT.search(span)) if m]
    if not first:
        return False
    head = span[: min(first)].strip()
    if _BRAND_HEAD.fullmatch(head) and not _BODY_ABBREVIATIONS.intersection(head.split()):
        return True  # a firm, club or event: "Vietravel Hà Nội", "RV Centre Hà Nội", "Ga Sài Gòn"
    return bool(_COMMON_HEAD.fullmatch(head)) and not _ORG_WORD.search(head) and not _BODY_WORDS.search(head)


# a brand before a place ("Vietravel Hà Nội", "KS Legend Sài Gòn"): words in plain Latin letters, the first
# full word in mixed case (an abbreviation alone, "CSGT", "CDC", may be a public body's), none a body's word
_BRAND_HEAD = re.compile(r"(?:[A-Z]{2,3} )?[A-Z][a-z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*){0,2}")
_BODY_ABBREVIATIONS = frozenset("TP Tp TAND VKSND UBND CA CAND BCH BQL TT TX Ban Chi Khu Cty".split())


def _address_part(chunk: str) -> bool:
    """A short chunk opening on a capital or a house number, with no verb: the rest of a venue's name or
    address (``Quốc Tử giám``, ``3B Đặng Thái Thân``)."""
    opens = chunk[:1].isupper() or chunk[:1].isdigit()
    return opens and len(chunk.split()) <= 5 and not _VERB.search(chunk) and not _TITLED_PERSON.match(chunk)


# where a person lives ("ngụ phường Trần Phú", "trú tại xã X"): an address, no body
_RESIDENT = re.compile(r"\b(?:ngụ|trú|thường trú|tạm trú|cư trú|quê|sinh sống) (?:tại |ở )?(?:thôn|ấp|bản|"
                       r"xóm|khu phố|tổ|xã|phường|thị trấn|huyện|quận|thị xã|TP|thành phố|tỉnh)\b")
# a title before a person's name ("Hoa hậu Nguyễn Thị A", "Nhà văn Nguyễn Văn B"): no part of an address
_TITLED_PERSON = re.compile(rf"[{UPPER}]\w* [^\W\d{UPPER}]\w*(?: [^\W\d{UPPER}]\w*)? [{UPPER}]")


def _is_name(head: str) -> bool:
    words = head.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


_UNIT_ACTS = re.compile(
    rf"\b(?:[Hh]uyện|[Tt]ỉnh|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường|[Tt]hành phố|TP\.?) [{UPPER}][\w ]{{0,30}}? "
    r"(?:đã|vừa|đang|sẽ)\b"
)
# a paragraph that opens on the day of its event: the news lead after a sapo or a caption
_DATED_START = re.compile(
    r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm qua|Hôm nay)\s*(?:(?:nay|qua)\s*,?\s*)?(?:\(\s*)?(?:ngày\s*)?"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\b"
    # or on a recent time without its day, as news leads open ("Vừa qua, lực lượng chức năng phường X …")
    r"|(?:Vừa qua|Mới đây|Gần đây|Hôm qua|Hôm nay|(?:Sáng|Chiều|Tối|Trưa|Đêm) (?:nay|qua))\s*,"
)


# "… do X (phối hợp với Y) tổ chức": the organiser of an event the lead reports without naming it
_ORGANISED_BY = re.compile(
    r"\bdo (?P<body>[^,;.]{3,90}?)(?: phối hợp (?:với )?[^;.]{0,120}?)? (?<!các )(?<!những )tổ chức\b"
)


def _organiser_named(rest: str, after: list[str], province: str | None) -> tuple[str, str] | None:
    """Level of the body said to organise (*do X tổ chức*) in the lead's later sentences or the
    next paragraph, where the lead's first sentence names no acting body, and the sentence that
    says so; a school, firm or park (no administrative body) gives none."""
    for part in (rest, *after):
        part = _QUOTED.sub(" ", part)
        for m in _ORGANISED_BY.finditer(part):
            body = m.group("body")
            if _VERB.search(body) or not _ORG_WORD.search(body) or _NOT_ADMIN.search(body):
                continue  # "do Thủ tướng dành tặng nhằm tôn vinh các tổ chức": no organiser's name
            if level := _level_of(body, province):
                return level, part[part.rfind(". ", 0, m.start()) + 1 :].lstrip()
    return None


# the meeting a lead's news comes from, named in a sentence that sums the lead up ("Đó là một trong những
# nội dung được thảo luận tại buổi làm việc giữa Đoàn Chủ tịch Tổng LĐLĐ Việt Nam với LĐLĐ TPHCM", "Đó là
# thông tin … tại cuộc họp chiều nay của Ban chỉ đạo quốc gia …"): the body (or the post) that holds it
_MEETING_OF = re.compile(
    r"(?:^|[.!?]\s+)(?:Đó|Đây) là [^.;]{0,200}? (?:tại|trong) (?:buổi|cuộc) "
    r"(?:làm việc|họp|tiếp|gặp|giao ban|hội đàm|trao đổi)\b[^.;,]{0,40}? (?:của|giữa) (?P<body>[^.;,]{3,120})"
)


def _meeting_of(lead: str, province: str | None) -> tuple[str, str] | None:
    """Level of the body or post holding the meeting a lead's sentence says its news comes from, and
    that sentence; a firm or a school (no administrative body) gives none."""
    for m in _MEETING_OF.finditer(_QUOTED.sub(" ", lead)):
        body = _body(m.group("body"))[0]
        if not (_ORG_WORD.match(body) or _POST.match(body)) or _NOT_ADMIN.search(body):
            continue
        if level := _level_of(body, province):
            return level, m.group(0).lstrip(". !?")
    return None


# a sentence that sums the lead up as the words of a body or post-holder ("Đó là khẳng định của Bộ
# trưởng KH-ĐT X", "Đó là thông tin được Bí thư Thành ủy TP.Đà Nẵng X đưa ra", "Đó là nhận định của ông X,
# Trưởng Ban Chỉ đạo …") or as a body's document ("Đó là nội dung triển khai Chỉ thị của UBND TP HCM"): the
# level of that body or post
_SUMMED_UP = re.compile(
    r"(?:^|[.!?…]\s+)(?:Đó|Đây) là (?:[^.;,]{0,30}? )?(?:ý kiến|thông tin|nhận định|khẳng định|đánh giá|"
    r"chỉ đạo|yêu cầu|đề nghị|kiến nghị|quan điểm|cam kết|kết luận|nhấn mạnh|nội dung|dự thảo|đề án|"
    r"phương án|chủ trương|chỉ thị|quy định|hướng dẫn|kế hoạch)\b[^.;,]{0,40}? "
    r"(?:của|được|do) "
    r"(?P<who>(?:[^.;]|\.(?=\S)){3,160})"
)
_PERSON_NAME = re.compile(rf"(?:[Ôô]ng|[Bb]à)(?: [{UPPER}]\w*){{1,4}}\s*(?:,|[-–])\s*")
# a firm, school or hospital in a post ("Trưởng phòng … của Tổng công ty Bảo hiểm Việt Nam"): no public body
_NOT_PUBLIC = re.compile(rf"\b(?:công ty|tập đoàn|ngân hàng(?! nhà nước| chính sách)|{_SCHOOL}|đại học|"
                         r"bệnh viện|doanh nghiệp|nhà máy|xí nghiệp|khách sạn|sân bay|cảng hàng không)\b",
                         re.IGNORECASE)


# a working session between two bodies, named in a later sentence of the lead ("… là câu hỏi của … tại
# buổi tiếp xúc giữa Sở Giao thông - Công chính với Ban thường trực UB MTTQ TP.HCM ngày 5/4"): the first body
_BETWEEN = re.compile(
    r"\b(?:tại|trong) (?:buổi|cuộc) (?:làm việc|tiếp xúc|đối thoại|gặp gỡ|gặp mặt|giao ban|hội đàm|họp)"
    r"(?: [^.;,]{0,30}?)? giữa (?P<body>[^.;]{3,120}?) với "
)


def _session_between(rest: str, province: str | None) -> tuple[str, str] | None:
    """Level of the first body of a working session a later sentence of the lead names (``_BETWEEN``),
    and that sentence; a firm, a school or a foreign body gives none."""
    blanked = _QUOTED.sub(lambda q: " " * len(q.group()), rest)  # the offsets stay the text's
    for m in _BETWEEN.finditer(blanked):
        body = _body(m.group("body"))[0]
        if not _ORG_WORD.match(body) or _NOT_PUBLIC.search(body) or _FOREIGN.match(body):
            continue
        if level := _level_of(body, province):
            return level, rest[rest.rfind(". ", 0, m.start()) + 1 :].lstrip()
    return None


def _summed_up(lead: str, province: str | None) -> tuple[str, str] | None:
    """Level of the body or post-holder whose words a sentence of the lead says the news is
    (``_SUMMED_UP``), and that sentence; a person without a post, a firm or a school gives none."""
    for m in _SUMMED_UP.finditer(_QUOTED.sub(" ", lead)):
        who = m.group("who")
        if person := _PERSON_NAME.match(who):
            who = who[person.end() :]  # "ông Lê Huy Ngọ, Trưởng Ban Chỉ đạo …": the post
        if not (_BODY_START.match(who) or _POST.match(who)):
            continue
        name = _speaker(who)
        if _NOT_PUBLIC.search(name) or _FOREIGN.match(name):
            continue
        if level := _level_of(name, province):
            return level, m.group(0).lstrip(". !?…")
    return None


def _speaker(who: str) -> str:
    """The body or post a speaker's description opens with (``Trưởng Ban Chỉ đạo X, ông Y …``):
    up to its first comma, colon, bracket or spaced dash, its name cut where a verb begins."""
    return _body(re.split(r"[,;:(]|\s[-–]\s", who, maxsplit=1)[0])[0]


def organiser_level(lead: str, text: str, province: str | None) -> tuple[str | None, str, bool]:
    """Level of the body that organises what an article reports (see the module's docstring), the
    sentence whose body acts (the lead, or the later sentence naming the organiser), and whether the
    lead's subject was read as no body at all (a foreign state, a person without a post, an incident,
    a memoir) with none found after it: no level to guess."""
    level = _lead_level(lead, province)
    acting = lead  # the sentence whose body acts: where a central body may meet a province's own
    if not level:  # no acting body in the lead: the dated event after an undated one, or who decides
        at = text.find(lead)
        after = text[at + len(lead) :].lstrip("\n").split("\n\n", 3)[:3] if at >= 0 else []
        dated = next((p for p in after if _DATED_START.match(p)), None)
        if dated is None and after and not _DATE.search(lead) and not _ORG_WORD.search(lead):
            # under a sapo that names no date and no body ("Cử tri ... băn khoăn ..."), the paragraph
            # that opens on its day: "Tại phiên khai mạc ..., sáng 22/5, Chủ tịch ..."
            dated = after[0] if opens_on_day(after[0]) else None
        undated = level is None or not _DATE.search(first_sentence(lead))
        # a body acts, or a unit standing for its government ("huyện Giao Thủy đã huy động"), not a
        # street described ("trên đường X, thuộc phường 7, quận Gò Vấp vẫn có …")
        acts = dated and (_ORG_WORD.search(first := first_sentence(dated)) or _UNIT_ACTS.search(first))
        if acts and undated and isinstance(event := _lead_level(dated, province), str):
            level = event  # "Chiều 21/6, tại Hà Nội, UBTƯ MTTQ Việt Nam tổ chức …" after a sapo
        elif level is None and after:
            level = acting_body_level(subject_sentence(after[0]), province)
            if level is None and (doc := _DOC_SUBJECT.match(first_sentence(after[0]))):
                level = _level_of(_body(doc.group("body"))[0], province)  # "Nghị định 91/2020 của …"
                acting = doc.string if level else acting
            chair = first_sentence(after[0])
            if level is None and "chủ trì của" in after[0]:
                level = chair_level(chair, province)
            if level is None and _CHAIRS.search(chair):
                level = admin_level(chair, province) or None  # "Phó Thủ tướng X chủ trì cuộc họp."
                acting = chair if level else acting
            if level is None and chair.startswith("Tại "):  # "Tại buổi làm việc giữa Đoàn ĐB HĐND TP với …"
                level = _held_by(_QUOTED.sub(" ", chair), province)
                acting = chair if level else acting
        rest = lead[len(first_sentence(lead)) :]
        if level is None and (named := _organiser_named(rest, after[:1], province)):
            level, acting = named  # "Đại lễ cầu siêu do Trung ương Giáo hội … phối hợp với … tổ chức"
        if level is None and (met := _meeting_of(lead, province)):
            level, acting = met  # "Đó là … nội dung được thảo luận tại buổi làm việc giữa X với Y"
        if level is None and (between := _session_between(rest, province)):
            level, acting = between  # "… tại buổi tiếp xúc giữa Sở GTCC với Ban thường trực UB MTTQ TP.HCM"
        if level is None and (said := _summed_up(lead, province)):
            level, acting = said  # "Đó là khẳng định của Bộ trưởng KH-ĐT Võ Hồng Phúc …"
        if level is None and (told := _told_by(lead, province)):
            level, acting = told  # "Thông tin trên được Phó Giám đốc Sở Y tế Hà Nội X nêu ra tại …"
        if level is None and (later := _later_subject(rest, province)):
            level, acting = later  # "… Tại hội nghị toàn quốc …, Bộ trưởng KH-ĐT X cho rằng, …"
    return level or None, acting, level is False  # False: the lead's no-body subject, nothing found after


# a sentence saying who gave the lead's news ("Thông tin trên được Phó Giám đốc Sở Y tế Hà Nội X nêu ra tại
# cuộc họp …", "Thông tin này được nêu trong văn bản của Cục Sở hữu trí tuệ", "… tại cuộc họp Ban chỉ đạo …
# của tỉnh Hà Nam"): the post or body that gave it, printed as the agent or after "của"
_TOLD = re.compile(
    r"(?:^|[.!?…]\s+)(?:Thông tin|Nội dung|Số liệu|Con số)(?: này| trên| nêu trên| trên đây)? (?:được|do) "
    r"(?P<rest>[^.;!?]{3,200})"
)
_OF_BODY = re.compile(r"\bcủa (?=\S)")


def _told_by(lead: str, province: str | None) -> tuple[str, str] | None:
    """Level of the post-holder or body a lead's sentence names as the source of its news (``_TOLD``),
    and that sentence; a person without a post, a firm, school, hospital or a foreign body gives none."""
    for m in _TOLD.finditer(_QUOTED.sub(" ", lead)):
        rest = m.group("rest")
        starts = [0] + [o.end() for o in _OF_BODY.finditer(rest)]
        for at in starts:
            who = rest[at:]
            if not (_ACTOR_START.match(who) or _POST.match(who)):
                continue
            name = _speaker(who)
            if _NOT_PUBLIC.search(name) or _NOT_ADMIN.search(name) or _FOREIGN.match(name):
                return None  # "… của Tổng Công ty Hàng hải Việt Nam": a firm's news
            if level := _level_of(name, province):
                return level, m.group(0).lstrip(". !?…")
    return None


LATER_SENTENCES = 2  # of the lead's later sentences, the first ones whose subject may act
# a later sentence that gives a source or a speech at the event already told is no organiser's ("Theo ông X,
# Viện trưởng …", "Phát biểu tại buổi lễ, Phó Thủ tướng X …" at a firm's ceremony)
_NOT_ORGANISING = re.compile(r"^(?:[^,]{0,20},\s*)?(?:[Tt]heo|[Pp]hát biểu|[Tt]rao đổi|[Cc]hia sẻ|[Tt]rả lời|"
                             r"[Nn]ói|[Đđ]ánh giá)\b")
# nor one set abroad ("Tại Anh, Thủ tướng Johnson công bố …")
_ABROAD = re.compile(r"(?:Tại|Ở|Còn tại|Còn ở) ")
# nor a sentence in which the post-holder greets, sends a letter or receives (a guest's part, a hospital's)
_GUEST_VERBS = re.compile(r"\b(?:gửi thư|gửi lẵng hoa|gửi điện|chúc mừng|phát biểu|tiếp nhận|dự|tham dự)\b")


def _later_subject(rest: str, province: str | None) -> tuple[str, str] | None:
    """Level of the body or post-holder acting as the subject of one of the lead's next sentences
    (``LATER_SENTENCES``), where its first sentence names none (a general sapo, then *Tại hội nghị toàn
    quốc …, Bộ trưởng X cho rằng …*), and that sentence: a subject that opens on a body's or a post's
    word, in a sentence that does not open on a source or a speech (``_NOT_ORGANISING``)."""
    for _ in range(LATER_SENTENCES):
        rest = rest.strip()
        if not rest:
            return None
        sentence = first_sentence(rest)
        abroad = (at := _ABROAD.match(sentence)) and country_pattern().match(sentence, at.end())
        level = None if _NOT_ORGANISING.match(sentence) or _GUEST_VERBS.search(sentence) or abroad else (
            _subject_level(subject_sentence(sentence), province, strict=True))
        if isinstance(level, str):
            return level, sentence
        rest = rest[len(sentence) :]
    return None
