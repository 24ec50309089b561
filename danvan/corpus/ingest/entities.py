"""People named with their posts, and Party and State documents cited.

underthesea's NER is poor on this domain, so people are found by pattern: a Vietnamese surname
followed by one to three capitalised syllables, with the post printed before the name
(``Phó Bí thư Thành ủy Nguyễn Hồ Hải``) or after it (``Lâm Đình Thắng, Phó Bí thư Quận ủy``,
``Name - post -``, ``Name ( post )``), in any case (``phó bí thư``), ``nguyên`` / ``cố`` kept as
the ``former`` flag (``cựu`` too). Posts (ranks and academic titles included) and surnames (those
of the ethnic minorities included) are data files (``data/posts.txt``, ``data/surnames.txt``); a
foreign leader is read by a post ending with the country (``Thủ tướng Séc Andrej Babis``), or by one name
after a head's post (``Tổng thống Putin``, ``HLV Tuchel``; ``data/countries_latin.txt`` holds the countries
that are no name), and a post never reaches over a foreign name into the next person's. In a list
a post belongs to one person: a post printed after a name ends where the next person begins (``A,
Bí thư Tỉnh ủy, ông B, Chủ tịch UBND tỉnh``; ``Thủ tướng A, Phó Thủ tướng B``), a post ending in a
colon heads the names after it, and a post that is the object of a verb (``được cử làm Bí thư``)
is nobody's that follows. Names printed after one post and nothing else share it (``nguyên Chủ tịch
Quốc hội Nguyễn Văn An, Nguyễn Sinh Hùng;``); a bare title before the name and a post after it are
both kept (``ĐB A, Chủ tịch Liên đoàn Luật sư VN``); artists' titles head stage names (``NSND Hồng
Vân``); a bare *đại diện* / *thường trực* is a post only after a name, before a body's name, and
*phụ trách* / *đại diện* with a task or group in lower case only after a name (``bà A, người phụ trách
tiếp thị khách sạn Rex``). An aside may come between a name and its post (``Đỗ B (Bắc Giang) - Phó Chủ
tịch Hội …``); a name in capitals follows an honorific or a title (``PGS-TS NGUYỄN C: …``); a foreign
name may carry a middle initial (``Michael W.Marine``) and follow ``Post, ông`` (``Thẩm phán tòa …,
ông Ouk D``). Given names that are body words too (``Hà Ban``, ``Lê Bộ Lĩnh``) are read where no body
follows them. A caption's word of where the photo shows the person (``(bìa trái)``) is no part of a post.
Citations keep the number's suffix (``25-NQ/TW``) and the issuer printed nearby; laws and ordinances may be
cited by name (``Pháp lệnh đê điều``, ``sửa luật Phòng chống tham nhũng``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from danvan.core.text import UPPER, VIETNAMESE_LETTERS, fold
from danvan.corpus.ingest.countries import COUNTRIES, latin_countries
from danvan.corpus.ingest.place_names import _PLACE_NOUNS, PROVINCE_DISTRICT_KINDS
from danvan.corpus.ingest.resources import data_rows as _rows

_UPPER = UPPER
# the time of a post the text tells of ("Chủ tịch … khi đó là bà X")
_PAST = "khi đó|lúc đó|khi ấy|lúc ấy"
# "quyền" (acting) before a post, not the end of another word ("chính quyền", "ủy quyền", "có quyền")
_ACTING = r"(?<![Cc]hính )(?<![Ủủ]y )(?<![Uu]ỷ )(?<![Tt]hẩm )(?<!trao )(?<!giao )(?<!có )(?i:quyền)"


# lower-case words that may continue a post ("Trưởng ban Dân vận tỉnh", "phó bí thư thường trực")
_POST_WORDS_LOWER = (
    "ban|dân|vận|tỉnh|thành|phố|quận|huyện|thị|xã|phường|trấn|ủy|uỷ|thường|trực|trung|ương|chỉ|đạo|"
    "nhân|của|các|cơ|quan|nhà|nước|phòng|dự(?=\\s+(?:án|báo|toán|trữ|bị|thảo|khuyết|phòng))|khuyết|vụ|hội|mặt|trận|tổ|quốc|đảng|đoàn|"
    "chính|trị|văn|cán|sự|kiểm|tra|tuyên|giáo|chức|nội|bộ|sở(?!\\s+hữu)|ngành|liên|công|tp|tịch|viên|"
    "trưởng|phó|thư|(?<=[Tt]hư )ký|bí|nhiệm|giám|đốc|kiêm|thôn|bản|xóm|buôn|bon|ấp|làng|khu|đội|đồn|biên|"
    "quân|huy|an|ninh|đại|biểu|cục|viện|trường|học|khoa|hóa|hoá|thể|thao|du|lịch|dục|y|tế|"
    "nông|nghiệp|tài|ngân|sách|pháp|luật|lao|động|thương|binh|phụ|nữ|thanh|niên|cựu|chiến|"
    "hiệp|lực|lượng|vũ|trang|(?<=[Hh]ội |Nhi )đồng|sinh|tộc|tôn|tư|lệnh|tham|mưu|quản|lý|hành|kinh|tế|môi|"
    "tổng|hợp|tác|xây|dựng|phát(?!\\s+biểu)|(?<=[Pp]hát )triển|truyền|thông|tin|ngoại|giao|vận|tải|thuộc|"
    "về|trị|sự|ty|cổ|phần|phủ|bệnh|(?<=[Gg]iáo )xứ|(?<=[Gg]iáo )phận|"
    "tạo|cứu|sát|tiến|doanh|án|mại|nghệ|sản|thống|kê|hiểm|thuế|hải|điện|thủy|lợi|vực|chất|khám|"
    "chữa|phẩm|vốn|đầu|chứng|khoán|bảo|vệ|trợ|trẻ|em|gia|đình|cao|tuổi|nghiên|tra|soát|dịch|vụ|số|"
    # the second syllables of words of bodies' names ("Sở Quy hoạch - Kiến trúc", "Phòng Dự báo", "Khoa Phẫu
    # thuật", "Chương trình", "Phòng Dự toán", "Tổng Lãnh sự quán", "Ngân hàng Thế giới")
    "(?<=[Qq]uy )hoạch|(?<=[Dd]ự )báo|(?<=[Kk]iến )trúc|kiến(?=\\s+trúc)|(?<=[Pp]hẫu )thuật|"
    "(?<=[Cc]hương )trình|"
    "(?<=[Ss]ự )quán|thế(?=\\s+giới)|(?<=[Tt]hế )giới|(?<=[Dd]ự )(?:toán|trữ|bị|thảo)|"
    # words of bodies' names only in their compounds ("Bộ Kế hoạch và Đầu tư", "Cục An toàn thực phẩm")
    "(?<=[Tt]ài )nguyên|(?<=[Kk]ế )hoạch|(?<=[Tt]rung )tâm|(?<=[Bb]an )chấp|(?<=[Tt]ư )tưởng|"
    "(?<=[Dd]ân )nguyện|chống|"
    "(?<=tham )nhũng|đào(?= tạo)|(?<=phụ )trách|chuyên(?= trách| viên| môn)|(?<=chuyên )trách|"
    "(?<=[Kk]iểm )lâm|(?<=nước )ngoài|(?<=dân )lập|(?<=[Kk]hảo )thí|khảo(?= thí)|tiểu(?= học)|"
    "(?<=đồng )thi|thứ(?= nhất)|(?<=[Tt]hứ )nhất|điều(?= hành)|(?<=hành )khách|(?<=[Kk]ỹ )thuật|kỹ(?= thuật)|"
    "(?<=[Nn]hà )máy|(?<=[Aa]n )toàn|(?<=[Nn]gân )hàng|tối(?= cao)|xí(?= nghiệp)|(?<=công )trình|"
    "(?<=[Ss]ư )phạm|(?<=[Yy] )dược|(?<=[Cc]ác )vấn(?= đề)|(?<=vấn )đề|bầu(?= cử)|(?<=bầu )cử|"
    "(?<=[Đđ]ăng )ký|đăng(?= ký)|trọng(?= điểm)|(?<=trọng )điểm|tuyển(?= sinh)|(?<=chính )quyền|"
    "(?<=[Đđ]ại )diện|(?<=[Tt]ạp )chí|(?<=Nhà )báo|báo(?= chí)|(?<=[Tt]uyên )huấn|"
    "(?<=[Cc]hi )nhánh|(?<=[Bb]ảo )tàng|(?<=[Kk]hen )thưởng|(?<=[Bb]áo )chí|(?<=[Tt]hi )đua|"
    "(?<=trưởng )ga|(?<=[Gg]iáo )phận|(?<=[Tt]ư )vấn|ứng(?= dụng)|(?<=ứng )dụng|"
    "thực(?= vật| phẩm)|(?<=thực )vật|(?<=[Gg]iám )định|đô(?= thị)|(?<=dịch )tễ|"
    "chi(?= bộ| cục| nhánh| hội| đoàn)|(?<=[Bb]ộ )môn|(?<=[Pp]hụ )trách|(?<=[Hh]ồi )sức|cấp(?= cứu)|"
    "tập(?= đoàn)|(?<=[Tt]hông )tấn|(?<=[Tt]iếng )nói|"
    # "Liên hiệp các tổ chức hữu nghị", "phòng du lịch nội địa", "Thẩm phán tòa thành phố"
    "hữu(?= nghị)|(?<=hữu )nghị|(?<=[Nn]ội )địa|tòa|toà|(?<=[Tt]òa )soạn|(?<=[Tt]oà )soạn|"
    "đặc(?= mệnh)|(?<=[Đđ]ặc )mệnh|(?<=mệnh )toàn|(?<=toàn )quyền|"
    # words of the names of bodies and areas ("Ban quản lý khu bảo tồn biển vịnh Nha Trang", "Đại sứ Việt
    # Nam tại Pháp", "Ủy ban Khoa học, công nghệ và môi trường"); "tại" and "và" only before a name's word
    "biển|vịnh|rừng|đất|đai|khí|tượng|giống|cây|trồng|chăn|nuôi|thú|đường|sắt|cảng|(?<=[Bb]ảo )tồn|"
    "(?<=[Mm]ôi )trường|"
    "(?<=[Cc]ộng )hòa|(?<=[Cc]ộng )hoà|"
    rf"tại(?=\s+[{_UPPER}])|bang(?=\s+[{_UPPER}])|và(?=\s+(?:môi|công|kỹ|đào|thể|du|xã|kế|đầu|truyền|nhân|quốc)\s)"
)
_RANK_ONE = (
    r"(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)|chuẩn đô đốc|phó đô đốc|"
    r"g?s\.?ts(?:kh)?|pgs\.?ts|gs|pgs|ts|ths|tskh|bs|bác sĩ|hòa thượng|thượng tọa|đại đức|linh mục|mục sư"
)
# ranks and titles, dotted, hyphenated and run together too ("PGS. TS.", "TS. BS", "PGS-TS")
_RANK = re.compile(rf"(?i:(?:{_RANK_ONE})(?:(?:\.?[^\S\n]*|-)(?:{_RANK_ONE}))*\.?)")
_FORMER = re.compile(r"(?<!\w)(?:nguyên|cố|cựu)\s+$", re.IGNORECASE)
# a capitalised "Nguyên" after a capitalised word ends a place's name: "Tây Nguyên", "Thái Nguyên"
_PLACE_NGUYEN = re.compile(rf"[{_UPPER}][^\W\d_]*[^\S\n]+(?:Nguyên|Cố|Cựu)\s+$")


def _former_before(text: str, at: int) -> bool:
    """Whether ``nguyên`` / ``cố`` / ``cựu`` (former, late) is printed right before ``at``."""
    window = text[max(0, at - 24) : at]
    return bool(_FORMER.search(window)) and not _PLACE_NGUYEN.search(window)
# a syllable that starts a post or a body is not part of a name ("Đoàn Chủ tịch"), nor is "Theo" ("ĐBQH
# Thào Xuân Sùng Theo ông Sùng", a caption run into the next sentence)
_NOT_NAME = (
    "Chủ|Ủy|Uỷ|Huyện|Quận|Xã|Phường|Đảng|Sở|Phó|Bí|Mặt|Công ty|Hội đồng|Đại hội|"
    r"Hội nghị|Chỉ|Kết|Tổng|Giám(?=\s+(?:đốc|sát|định|mục))|Cục|Vụ|Viện|Bệnh|Theo|Phát(?=\s+biểu)"
)
# ... but these are given names too ("Hà Ban, Phó Trưởng ban", "Lê Bộ Lĩnh", "Lưu Quyết Thắng", "Phạm Văn
# Tỉnh - trưởng BQL", "Hoàng Minh Luật"): one is a name's where a separator follows it, or one capitalised
# syllable that is no body's first word ("Ban Dân vận", "Bộ Công an", "Luật Đất đai") and ends the run
_GIVEN_NOT_NAME = "Ban|Bộ|Tỉnh|Luật|Quyết"
# capitalised words that open a sentence ("Các đại biểu", "Sáng nay", "Sau khi")
_NEXT_SENTENCE = "Các|Những|Sau|Sáng|Chiều|Tối|Trưa|Qua|Trong|Tại|Khi|Hôm|Ngày|Với"
_BODY_HEADS = (
    "Dân|Tổ|Tuyên|Kinh|Nội|Đối|Chỉ|Quản|Thường|Chấp|Công|Tư|Y|Giáo|Tài|Xây|Giao|Ngoại|Quốc|Lao|Văn|Khoa|"
    "Nông|Kế|Thông|An|Bí|Tôn|Đại|Chính|Pháp|Thương|Giám|Điều|Kiểm|Thi|Đất|Hôn|Bảo|Đầu|Doanh|Hình|Thuế|Ủy|"
    "Uỷ|Đoàn|Thanh|Phụ|Cựu|Liên|Mặt|Hội|Nhân|Biên|Cán|Khen|Tiếp|Quy|Nghiên|Phòng|Đô|Du|Thể|Môi|Hải|Ban|Bộ"
)
# a unit's Party committee: its unit's name may follow it, then the person ("Bí thư Huyện ủy Mai Châu Hà Thị
# Thu"), or the person at once ("Bí thư Huyện ủy Lê Bình")
_COMMITTEES = frozenset(
    ("huyện ủy", "huyện uỷ", "quận ủy", "quận uỷ", "thị ủy", "thị uỷ", "thành ủy", "thành uỷ")
)
# after these a name of three syllables or fewer is a school's ("Trường THCS Chu Văn An", "trường tiểu
# học Trần Hưng Đạo"); "Vụ Tiểu học Trịnh Quốc Thái" is a person
_SCHOOL_NOUNS = frozenset((
    "thcs", "thpt", "ptth", "trường tiểu học", "trường mầm non", "trường trung học", "trường cao đẳng",
))
_SPACES = re.compile(r"[^\S\n]+")
_PLAIN_WORD = re.compile(r"[^\W\d_]+\.?")


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    """The last one to ``n`` words before ``start`` on its line, lower-cased, each run ending
    where the name begins (``["huyện", "nữ huyện", "phụ nữ huyện"]``); none across punctuation."""
    chunk = text[max(0, start - 40) : start]
    if not chunk.endswith(" "):
        return []
    words = _SPACES.split(chunk.rstrip().lower())
    out: list[str] = []
    for k in range(1, min(n, len(words)) + 1):
        if not _PLAIN_WORD.fullmatch(words[-k]):
            break
        out.append(" ".join(words[-k:]))
    return out


def _syllable() -> str:
    """One capitalised syllable, Ê Đê / Gia Rai forms with an apostrophe included (``H'Ngân``)."""
    return rf"[{_UPPER}][^\W\d_]*(?:['’][{_UPPER}][^\W\d_]*)?"


class _Patterns(NamedTuple):
    name: re.Pattern[str]  # a surname and one to three capitalised syllables
    place_at: re.Pattern[str]  # a place name starting here ("Hà Nội" is no person)
    places: frozenset[str]  # place names, lower case
    post_start: re.Pattern[str]  # the start of a post
    after: re.Pattern[str]  # a post printed after a name
    reach: re.Pattern[str]  # a post that runs up to the name
    chain: re.Pattern[str]  # a post and the words that continue it
    surname: re.Pattern[str]  # a family name
    bare: re.Pattern[str]  # a post of the list alone, no body after it ("ĐB", "Thư ký", "Tiến sĩ")


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The expressions of :func:`find_people`, compiled once from the data files."""
    from danvan.corpus.ingest.places import gazetteer

    surnames = sorted({r[0].strip() for r in _rows("surnames.txt")}, key=len, reverse=True)
    posts = sorted({r[0].strip() for r in _rows("posts.txt")}, key=len, reverse=True)
    countries = {c for c in COUNTRIES if " " in c}  # "Thái Lan", "Hà Lan": no person
    # "Lầu Năm Góc" (the Pentagon: "Lầu" is a Hmong surname) names a body, not a person
    # the continents ("Hoa hậu Du lịch Châu Á Phạm Lan Anh": "Châu" is a surname)
    continents = {"Châu Á", "Châu Âu", "Châu Phi", "Châu Mỹ", "Châu Úc", "Đông Nam Á"}
    places = sorted(set(gazetteer().names) | {"Trung ương", "Lầu Năm Góc"} | countries | continents,
                    key=len, reverse=True)
    place_words = "|".join(re.escape(p) for p in places)
    family = "|".join(map(re.escape, surnames)) + rf"|H['’][{_UPPER}][^\W\d_]*"
    free = (rf"[^\S\n]*(?:,|\(|[-–][^\S\n])|[^\S\n]+(?!(?:{_BODY_HEADS})(?!\w))[{_UPPER}][^\W\d_]*"
            rf"(?![\w'’])(?![^\S\n]+[{_UPPER}])")
    syllable = (rf"(?!(?:{_NOT_NAME})(?!\w))(?!(?:{_GIVEN_NOT_NAME})(?!\w)(?!{free}))"
                rf"(?![{_UPPER}]{{2,}}(?![\w'’])){_syllable()}")
    # the surnames first, so that the scan skips to their first letters; what comes before the
    # name (a letter, a place) is checked by the caller
    # a fourth syllable that opens the next sentence is none of the name's (a headline or caption run on
    # into its text: "... ngày mất Chủ tịch Tôn Đức Thắng Các đại biểu dâng hương", "Bộ trưởng Nguyễn
    # Sinh Hùng Sáng nay"); three-syllable names keep it ("Nguyễn Văn Sáng cho biết")
    fourth = rf"(?!(?:{_NEXT_SENTENCE})[^\S\n]+[{VIETNAMESE_LETTERS}])"
    name = re.compile(rf"(?P<name>(?:{family})(?:[^\S\n]+{syllable}){{1,2}}(?:[^\S\n]+{fourth}{syllable})?)"
                      rf"(?![\w'’])")
    place_at = re.compile(rf"(?:{place_words})(?![\w])")
    post_words = "|".join(re.escape(p) for p in posts)
    # "Ban Bí thư", "Ban Thường vụ", "Đoàn Chủ tịch": a body, not a post
    post_start = re.compile(
        rf"(?<![\w.])(?<![Bb]an )(?<![Đđ]oàn )(?:{_ACTING}[^\S\n]+)?(?i:{post_words})(?![\w])"
    )
    # post words, then capitalised or organisation words only ("T.Ư", "TP.", "GD&ĐT")
    # a post inside a post ("Ủy viên Bộ Chính trị - Phó Thủ tướng"), then post and organisation words
    compound = "|".join(re.escape(p) for p in posts if " " in p)
    word = (
        rf"(?:(?i:{compound})(?![\w])|(?:TP|Tp)\.(?:[{_UPPER}][^\s,;:()]*)?|[{_UPPER}FJWZ](?:[^\s,;.:()\-–]|\.(?=[{_UPPER}])|-(?=[{_UPPER}]))*|"
        rf"(?:{_POST_WORDS_LOWER})(?![\w])|và(?=\s+[{_UPPER}])|\d{{1,3}}(?![\w/]|\.\w)|\([^()\n]{{2,40}}\))"
    )
    # "Ủy ban Quốc phòng- An ninh", "Bộ Bưu chính- Viễn thông": a hyphen spaced on its right only, between
    # words (not "(NLĐ)- Thủ tướng ...", not "quản lý- sát")
    gap = rf"(?:[^\S\n]+|[^\S\n]*,[^\S\n]*|[^\S\n]+[-–][^\S\n]+|(?<=[^\W\d_])-[^\S\n]+(?=[{_UPPER}])|-)"
    # "quyền Giám đốc Sở" (acting) is the post as printed
    post = rf"(?:{_ACTING}[^\S\n]+)?(?i:{post_words})(?![\w])(?:{gap}{word}){{0,30}}"
    # "anh Nguyễn Văn Cường, đại diện Công ty Viettravel", "ông X, thường trực Ban Chỉ đạo": a
    # representative, a standing member, the one in charge or the head ("X, phụ trách Trung tâm Giáo dục
    # Pháp", "X, người đứng đầu Ủy ban Điều tra") of a body named after it, only printed after the name
    # ("Đại diện Sở Y tế, ông A, Phó Giám đốc": A's post is printed after him; "Thường trực Chính phủ" is a
    # body)
    delegate = (rf"(?i:đại diện|thường trực|phụ trách|người đứng đầu)(?:[^\S\n]+(?:của|cho))?"
                rf"(?=[^\S\n]+[{_UPPER}])"
                rf"(?:{gap}{word}){{1,30}}")
    # "bà X, (người) phụ trách tiếp thị khách sạn Rex", "ông Y, đại diện một hệ thống kinh doanh điện thoại":
    # the one in charge of a task or speaking for a group, in lower case, printed after the name; its words
    # run to a clause's verb or punctuation ("đại diện của anh" is none)
    in_charge = (rf"(?i:(?:người[^\S\n]+)?(?:phụ trách|đại diện(?:[^\S\n]+(?:cho|của))?))"
                 rf"(?![^\S\n]+(?:của|cho)(?!\w))"
                 rf"(?:[^\S\n]+(?!(?:{_IN_CHARGE_STOP})(?!\w))[^\W\d_]+(?:-[^\W\d_]+)?){{1,10}}(?![\w-])")
    # after "Name, ", "Name - ", "Name (", "Name nguyên": the post ("nguyên" kept apart); "Name, hiện là
    # Post", "Name, nay là Post", "Name, người hiện là Post", "Name, làm Post" too; an aside first ("Đỗ
    # Trọng Ngoạn (Bắc Giang) - Phó Chủ tịch …", "Đào Ngọc Dung (sinh năm 1962), Ủy viên …")
    after = re.compile(
        rf"(?:,\s*\d{{1,3}}\s+tuổi)?(?P<aside>[^\S\n]*\((?!(?:nguyên|cựu|cố)?[^\S\n]*(?i:{post_words})(?![\w]))[^()\n]{{1,40}}\)(?=[^\S\n]*(?:,|[-–][^\S\n])|{_LINK}))?"
        rf"[^\S\n]*(?P<sep>,|[^\S\n][-–]|\(|(?=(?:nguyên|cựu)[^\S\n])|{_LINK})"
        rf"[^\S\n]*(?:(?<=[,(])[^\S\n]*(?:người[^\S\n]+)?"
        rf"(?:(?:hiện|nay)(?:[^\S\n]+(?:là|đang là|giữ chức|làm))?|là|làm)[^\S\n]+)?"
        rf"(?P<former>(?i:nguyên|cố|cựu)\s+)?"
        rf"(?!{_TITLE_BEFORE_NAME})(?P<post>{post}|{delegate}|{in_charge})"
    )
    # a post that runs from where it starts up to the name (``ông`` / ``bà`` between)
    # "Phó Chủ tịch UBND tỉnh Quảng Trị - ông Hoàng Nam": a spaced dash before the honorific too
    reach = re.compile(
        rf"{post}(?:\s*,?\s*|[^\S\n]+[-–][^\S\n]+(?=(?i:đồng chí|ông|bà)\s))"
        rf"(?:(?:hiện|nay|{_PAST})?\s*là\s+(?=(?i:(?:các\s+)?(?:ông|bà|đồng chí))\s))?"
        rf"(?:(?i:các\s+)?(?i:đồng chí|ông|bà|anh|chị)\s+)?"
    )
    return _Patterns(name, place_at, frozenset(p.lower() for p in places), post_start, after, reach,
                     re.compile(post), re.compile(family), re.compile(rf"(?i:{post_words})"))


# a verb joining a name to the post printed after it ("ông X giữ chức phó Ban Dân vận", "bổ nhiệm ông X
# làm phó giám đốc Sở", "ông X sang làm viện phó"); a post word must follow ("ông X làm việc" is none)
_LINK = (
    r"[^\S\n]+(?:(?:chỉ|hiện|vẫn|đang|tiếp tục|sẽ)[^\S\n]+)?"
    r"(?:sang làm|là|làm|giữ chức(?:[^\S\n]+vụ)?|đảm nhiệm(?:[^\S\n]+chức(?:[^\S\n]+vụ)?)?|"
    r"được bầu (?:làm|giữ chức)|"
    # "ông X được điều động, bổ nhiệm giữ chức Phó Ban Dân vận Tỉnh ủy": the post he is appointed to
    r"được(?:[^\S\n]+điều động(?:,|[^\S\n]+và)?)?[^\S\n]+bổ nhiệm"
    r"(?:[^\S\n]+(?:giữ chức(?:[^\S\n]+(?:vụ|danh))?|làm|chức danh|chức vụ))?)(?=[^\S\n])"
)
# the words that end a task printed after "phụ trách" (a clause's verb, a function word)
_IN_CHARGE_STOP = (
    "cho|nói|bất|đã|đang|là|khi|thì|vừa|tỏ|trả|nhận|chia|khẳng|giải|thừa|kể|lo|rất|cũng|mà|được|phải|có|"
    "không|chưa|sẽ|theo|đến|vì|nên|để|với|còn|hiện|từng|đề|yêu|cảnh|phàn|than|xác|tiết|bày|tâm|trao|dẫn|"
    "đón|ông|bà|anh|chị|họ|mình|đồng|hướng|thông báo|tiếp nhận|tiếp đón|"
    "và(?=\\s+(?:ông|bà|anh|chị|cô|các|những))"
)
# artists' titles head a name (a stage name, often without a surname: "NSND Hồng Vân", "NSƯT Hữu Châu")
_ARTIST_TITLE = r"NSND|NSƯT|(?i:nghệ sĩ (?:nhân dân|ưu tú))"
_TITLE_BEFORE_NAME = rf"(?:{_ARTIST_TITLE})[^\S\n]+[{_UPPER}]"
_STAGE_NAME = re.compile(
    rf"(?<!\w)(?P<post>{_ARTIST_TITLE})[^\S\n]+"
    rf"(?P<name>[{_UPPER}][^\W\d_]+(?:[^\S\n]+[{_UPPER}][^\W\d_]+){{1,2}})(?![\w'’])(?![^\S\n]+[{_UPPER}])"
)
_LINKED = re.compile(rf"(?:,\s*\d{{1,3}}\s+tuổi)?{_LINK}")
# a post printed before a name does not reach across these
# "T.Ư" is no stop, nor the dot of a title run into the name ("PGS. TS. Trần Danh Cường")
_POST_STOP = re.compile(r"(?<!GS)(?<!TS)(?<!ThS)\.(?=\s)|[;:!?“”\"\n]")
POST_REACH = 160


# a post that is the object of a verb ("được cử làm", "giữ chức") is not the post of a name after it, nor a
# body one speaks for ("thay mặt Thường trực Chính phủ, Phó Thủ tướng A")
_PREDICATE = re.compile(r"(?<!\w)(?i:làm|giữ chức|chức vụ|thay|thay mặt)\s+$")


def _post_in(window: str, cut: int) -> tuple[str, bool] | None:
    """The first post in ``window[cut:]`` that runs to the window's end, and whether it is former."""
    rx = _patterns()
    taken, taken_end = 0, -1  # a post someone else takes: the posts inside it are its own
    for m in rx.post_start.finditer(window, cut):
        if m.start() < taken_end and "," not in window[taken : m.start()]:
            continue
        if _PREDICATE.search(window, max(cut, m.start() - 12), m.start()):
            taken, taken_end = m.start(), rx.chain.match(window, m.start()).end()
            continue  # "… được cử làm Bí thư Thành ủy, Phó chủ tịch B": the first is not B's
        if rx.reach.fullmatch(window, m.start()):
            if _person_inside(window, m.start()):
                continue  # "Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc": the last is B's
            former = _former_before(window, m.start())
            return window[m.start() :].strip(), former
    return None


# a person printed in Latin letters inside what reads as one post, another post after it ("Tổng thống Nga
# Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình")
_LATIN_NAME_THEN = re.compile(r"(?<![\w.])[A-Z][a-z]+(?: [A-Z][a-z]+)+(?:\s*\([^()]*\))?\s*(?:,|và)\s")


def _person_inside(window: str, at: int) -> bool:
    """Whether a foreign person's name and a separator stand inside ``window[at:]`` (its words no firm's,
    country's or Vietnamese syllables without marks)."""
    for m in _LATIN_NAME_THEN.finditer(window, at):
        words = re.findall(r"[A-Z][a-z]+", m.group().split("(")[0])
        if any(w in _PLACE_NOUNS for w in _words_before(window, m.start())):
            continue  # "Công ty Dutch Lady", "Bệnh viện Family Medical": a body's name
        country = bool(_AFTER_COUNTRY.search(window, max(0, m.start() - 20), m.start()))
        while words and words[0] in _LEADING_WORDS:
            country = country or words.pop(0) in _COUNTRY_WORDS  # "Nga Vladimir Putin": the country first
        if len(words) < 2 or any(w in _FIRM_WORDS or w in _COUNTRY_WORDS for w in words):
            continue
        if country or not all(w in _PLAIN_SYLLABLES or _PLAIN_VIETNAMESE.fullmatch(w.lower()) for w in words):
            return True  # after its country, a name of Vietnamese-like syllables too ("Campuchia Men Sam An")
    return False


# a post joined to several people by the copula ("hai phó chủ tịch chuyên trách là các ông Lê Truyền và Đỗ
# Duy Thường"): it heads their list
_PLURAL_COPULA = re.compile(r"\slà\s+các\s+(?i:ông|bà|đồng chí)\s*$")


def _post_before(text: str, start: int, floor: int) -> tuple[str, bool, bool] | None:
    """The post printed just before a name starting at ``start`` (not before ``floor``), whether
    it is a former post (``nguyên``, ``cố``), and whether it heads a list (``các Phó Thủ tướng
    Chính phủ: Trương Hòa Bình, Vũ Đức Đam``, ``hai phó chủ tịch là các ông A và B``). The post must
    run up to the name (or the colon)."""
    if start == 0 or not text[start - 1].isspace():
        return None
    lo = max(floor, start - POST_REACH - 1)
    window = text[lo:start]
    stops = [m.end() for m in _POST_STOP.finditer(window)]
    cut = stops[-1] if stops else 0
    if found := _post_in(window, cut):
        return (*found, bool(_PLURAL_COPULA.search(window)))  # "… là các ông A và B": both hold it
    if stops and window[cut - 1] == ":" and not window[cut:].strip():
        head = window[: cut - 1]
        if found := _post_in(head, stops[-2] if len(stops) > 1 else 0):
            return (*found, True)
    return None


# a foreign name after a title inside a post read after a name is another person ("Phó thủ tướng Phạm Gia
# Khiêm, tiến sĩ Shigeru Omi, giám đốc WHO")
_TITLED_FOREIGN = re.compile(
    r"(?<!\w)(?i:tiến sĩ|giáo sư|bác sĩ|ts|gs|pgs|ông|bà)\.?[^\S\n]+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+(?![\w])"
)
_LIST_GAP = re.compile(r"\s*(?:,|và)\s*")
# names printed after one post and nothing else share it ("nguyên Chủ tịch Quốc hội Nguyễn Văn An, Nguyễn
# Sinh Hùng;"): a comma between the first two ("và" after), and the list ending after the name
_SHARED_FIRST_GAP = re.compile(r"[^\S\n]*,[^\S\n]*")
_SHARED_GAP = re.compile(r"[^\S\n]*(?:,|(?:,[^\S\n]*)?[^\S\n]và)[^\S\n]*")
_SHARED_END = re.compile(r"[^\S\n]*(?:[;.,)\n]|và[^\S\n]|$)")
_NOT_PERSON_TAIL = re.compile(r"\s+(?:trao|phát|và|cho|tại|chủ|đề|nhấn|khẳng|tặng|ký)$")


_AND_TITLE = re.compile(rf"\s+và\s+(?:{_RANK.pattern})$")


# what _trim_post cuts, compiled once (it runs for every post found)
_TRIM_HONORIFIC_START = re.compile(r"^(?:các\s+)?(?:đồng chí|ông|bà|anh(?!\s+hùng)|chị)\s+", re.IGNORECASE)
_TRIM_HONORIFIC_END = re.compile(r"\s*,?\s*(?:các\s+)?(?<!\w)(?:(?i:đồng chí|ông|bà)|anh|chị)$")
# a post printed before a name that gives way to one printed after it: the post of the time the text tells of
# ("… khi ấy là ông"), or one before a spaced dash and the honorific (in a list "ông A - Post - ông B - Post")
_WEAK_BEFORE = re.compile(rf"\s(?:(?:{_PAST})\s+là|[-–])\s+(?i:đồng chí|ông|bà)\s*$")
_TRIM_COPULA = re.compile(rf"(?:\s+(?:hiện|nay|{_PAST}))?\s+là$")
_TRIM_FUNCTION_WORD = re.compile(r"(?:\s+(?:của|tại|thuộc|về|cho))+$")
_TRIM_CREDIT = re.compile(r"(?:\.\s*|\s+)Ảnh$")
# where a photo shows the person, bracketed in a caption ("Bí thư Thành ủy TPHCM (bìa trái)", "(thứ hai từ
# trái sang)", "(hàng đầu, bên phải)"): no part of the post
_PHOTO_PLACE = re.compile(
    r"\s*\((?=[^()]*(?:trái|phải|giữa))\s*(?:(?:[Bb]ìa|[Bb]ên|[Nn]gười|đứng|ngồi|ngoài cùng|thứ|nhất|hai|"
    r"ba|tư|năm|\d|từ|sang|qua|hàng|đầu|trên|dưới|ảnh|[Hh]ình|và|trái|phải|giữa)(?!\w)[\s,]*)+\)"
)
_TRIM_SURNAME = re.compile(r"\s+(?:Nguyễn|Trần|Phạm|Huỳnh|Đặng|Bùi|Đỗ|Ngô)$")
_HAS_UPPER = re.compile(rf"[{_UPPER}]")


def _trim_post(post: str) -> str:
    post = _TRIM_HONORIFIC_START.sub("", post.strip())
    # "..., ông", not "Thủ tướng Anh" (the country)
    post = _TRIM_HONORIFIC_END.sub("", post)
    # "Trưởng ban là ông X": the copula is not part of the post
    post = _TRIM_COPULA.sub("", post)
    # "… (Bộ Y tế) và PGS": the next person's title run on at the end
    post = _AND_TITLE.sub("", post)
    # a function word left at the end ("nguyên thư ký của ông …", "ĐBQH của tỉnh": the words after it
    # are no post's)
    post = _TRIM_FUNCTION_WORD.sub("", post)
    post = _TRIM_CREDIT.sub("", post)  # "… Thành ủy TP.HCM. Ảnh: …": a caption's credit
    post = _PHOTO_PLACE.sub("", post)  # "… Thành ủy TPHCM (bìa trái)": where the photo shows the person
    # the next person's surname run on at the end ("... ĐHQG Hà Nội Nguyễn")
    post = _TRIM_SURNAME.sub("", post)
    post = _GLUED_NUMBER.sub("", post)  # "… Huyện ủy Thủ Thừa, tỉnh Long An4": a list's number glued on
    # a lower-case clause after the last comma is not part of the post ("..., nhiệm kỳ 2014-2019")
    head, comma, tail = post.rpartition(",")
    if comma and not _HAS_UPPER.search(tail) and not _patterns().post_start.match(tail.strip()):
        post = head
    return post.strip(" ,-–")


# a list's number glued to the post's last word ("tỉnh Long An4"), not a unit's ("Quận 12", "Sư đoàn F304")
_GLUED_NUMBER = re.compile(r"(?<=[a-zà-ỹđ])\d{1,3}$")
# a capitalised word run on into a name ("Bạch Mai Nguyễn Quang Tuấn"), not an honorific
_RUN_ON = re.compile(rf"(?<!\w)(?!(?:Ông|Bà|Anh|Chị|Cụ|Em)\s)[{_UPPER}][^\W\d_]+[^\S\n]+$")


def _name_start(text: str, m: re.Match[str], places: frozenset[str], before: list[str]) -> int:
    """Where the name really starts: not inside a place printed just before it (``Tỉnh ủy Sơn
    La Cầm Văn Thiết``), nor inside a proper name run on into it (``Bạch Mai Nguyễn Quang Tuấn``,
    ``Thảo Cầm Viên Phan Việt Lâm``: *Cầm* is a surname too)."""
    start, name = m.start("name"), m.group("name")
    parts = name.split()
    if len(parts) < 3:
        return start
    at = [start + w.start() for w in _SYLLABLE.finditer(name)]  # where each syllable starts
    first = parts[0].lower()
    if any(f"{w} {first}" in places for w in before):
        return at[1]
    run_on = _RUN_ON.search(text[max(0, start - 12) : start])
    if run_on and parts[1] in _MAJOR_SURNAMES and not run_on.group().strip().isupper():  # not "ĐB"
        return at[1]
    if (run_on and len(parts) == 4 and parts[2] in _MAJOR_SURNAMES and parts[0] not in _MAJOR_SURNAMES
            and parts[1] != "Thị"):  # "Phùng Thị Lý Hà": a woman's middle name, no proper name's word
        return at[2]
    if parts[0] == "Đoàn" and _patterns().surname.fullmatch(parts[1]) and _YOUTH_UNION_BEFORE.search(
            text, max(0, start - 12), start):
        return at[1]  # "Bí thư thứ nhất T.Ư Đoàn Lê Quốc Phong": the Youth Union, then the person
    return start


_SYLLABLE = re.compile(r"\S+")


# a Youth Union named with its unit capitalised ("Tỉnh Đoàn Tiền Giang"; "UBND huyện Đoàn …" is a person)
_YOUTH_UNION_NAMED = re.compile(r"(?<!\w)(?:Tỉnh|Thành|Huyện|Quận)[^\S\n]+$")
# the bodies a Youth Union ("Đoàn") is named after ("T.Ư Đoàn", "Tỉnh Đoàn")
_YOUTH_UNION_BEFORE = re.compile(
    r"(?<!\w)(?:T\.Ư|TƯ|TW|T\.W|[Tt]rung ương|[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận)[^\S\n]+$")
_MAJOR_SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Trương".split()
)


class _Places:
    """Lazy regex of province short names (built on first use, from the gazetteer)."""

    pattern: re.Pattern[str] | None = None

    def search(self, name: str) -> re.Match[str] | None:
        if self.pattern is None:
            from danvan.corpus.gazetteer import province_names, short_name

            shorts = sorted({short_name(p) for p in province_names(63)}, key=len, reverse=True)
            shorts = [s for s in shorts if " " in s]  # "Gia Lai", "Hà Nội"; not "Phạm Thị Huế"
            self.pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, shorts))})(?!\w)")
        return self.pattern.search(name)


_PLACE_INSIDE = _Places()


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def whole_word_count(word: str, text: str) -> int:
    r"""Occurrences of ``word`` in ``text`` not inside a longer word: ``re.findall`` of
    ``(?<!\w)word(?!\w)`` without compiling an expression for every name."""
    if not word:
        raise ValueError("whole_word_count needs a non-empty word")
    count, size = 0, len(word)
    i = text.find(word)
    while i >= 0:
        end = i + size
        if not (i and _is_word_char(text[i - 1])) and not (end < len(text) and _is_word_char(text[end])):
            count += 1
            i = text.find(word, end)
        else:
            i = text.find(word, i + 1)
    return count


def _unsegmented(text: str) -> str:
    """Word-segmented input (``Nguyễn_Văn_A``, ``Nghị_quyết``) read as plain text: ``_`` → space,
    one character for one, so that offsets still point into ``documents.text``."""
    return text.replace("_", " ") if "_" in text else text


def find_people(text: str) -> list[dict]:
    """One row per person: name, post, former, mentions, offset of the first mention.

    Names are found first (a surname and one to three capitalised syllables, not right after a
    place noun such as *huyện*, *xã*, *công ty*, nor a district's two-syllable name after its Party
    committee, *Huyện ủy Mai Châu Hà Thị Thu*); the post (*quyền*, acting, kept) is read back from the
    name (it must run up to the name, so it never spans a clause; ``, ông`` or `` - ông`` may stand
    between) or forward after ``,``, `` - `` or ``(``. A rank or academic title before the name is
    joined to a post printed after it (``Đại tá, Chính ủy Bộ CHQS tỉnh``). ``nguyên`` / ``cố`` before the
    post set ``former`` and are not part of the post. The post of the first mention that has one wins,
    except one told of a past time or before a dash and an honorific, where a post follows the name (``…
    khi ấy là ông A (hiện là …)``). Spaced punctuation
    (``Name , Post``, ``( Post )``) and word-segmented text (``Nguyễn_Văn_A``) are read too.
    """
    text = _unsegmented(text)
    rx = _patterns()
    found: dict[str, dict] = {}
    floor = pos = 0
    places: set[str] = set()  # two-syllable runs printed after "huyện", "xã"...: places here
    listed: tuple[str, bool, bool] | None = None  # the post heading a list of names
    shared: tuple[str, bool, bool] | None = None  # a post printed before the last name, and only before
    shared_end, chain = -1, 0  # where that name ends; how many names share the post so far
    moved = -1  # where a name found to start later than its match was read again
    while m := rx.name.search(text, pos):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'’"):
            pos = start + 1  # inside a word
            continue
        if place := rx.place_at.match(text, start) or (
                _STRAY_CAPITAL.search(m.group("name")) and rx.place_at.match(_title_cased(m.group("name")))):
            pos = start + place.end() - place.start()  # "Hà Nội", "Hồ Chí Minh" (or "Hồ CHí Minh"): the city
            continue
        pos = m.end()
        before_words = _words_before(text, start)
        start = start if start == moved else _name_start(text, m, rx.places, before_words)
        if start != m.start():  # the name starts later ("Bạch Mai Nguyễn Quang Tuấn"): read it from there,
            if rx.name.match(text, start):  # as it is found there (it may run past this match)
                pos = moved = start
                continue
            before_words = _words_before(text, start)
        name = _NOT_PERSON_TAIL.sub("", text[start : m.end()])
        parts = name.split()
        if any(w in _SCHOOL_NOUNS for w in before_words):
            if len(parts) == 4 and (person := rx.name.match(text, start + name.rindex(parts[3]))):
                pos = person.start()  # "THCS Chu Văn An Đinh Văn Bình": the person after the school
            continue
        if any(w in _PLACE_NOUNS for w in before_words) and not (
                len(parts) >= 4 and _after_unit(before_words) and not _unit_name(" ".join(parts[:2]))):
            # (no province, city or district is called "Nguyễn Thị": "HĐND TP Nguyễn Thị Hồng Hạnh" is one
            # person)
            if len(parts) >= 4:  # "huyện Mai Châu Hà Thị Thu": the person follows the place
                pos = _third_syllable(start, name, parts)
            if len(parts) != 3:
                places.add(fold(" ".join(parts[:2])))
                continue  # "huyện Mai Châu", "Công ty TNHH Thái Hoàng": a place or a body
            if (parts[0] == "Đoàn" and _YOUTH_UNION_NAMED.search(text, max(0, start - 8), start)
                    and rx.place_at.fullmatch(name, len(parts[0]) + 1)):
                continue  # "cán bộ Tỉnh Đoàn Tiền Giang": the Youth Union ("Đoàn" is a surname too)
        if len(parts) < 2:
            continue
        if (len(before_words) > 1 and before_words[1] in _COMMITTEES and len(parts) != 3
                and _district_name(" ".join(parts[:2]))):  # "Vũ Quang Hà": one syllable is no name
            if len(parts) > 2:  # "Huyện ủy Mai Châu Hà Thị Thu": the person after the district
                pos = _third_syllable(start, name, parts)
            continue
        before = _post_before(text, start, floor)
        if before is None and listed and _LIST_GAP.fullmatch(text, floor, start):
            before = listed  # "Phó Thủ tướng Chính phủ: Trương Hòa Bình, Vũ Đức Đam": the second too
        # a title alone before the name ("PGS.TS. A, Phó Giám đốc BV Bạch Mai") heads no list
        ranks = before is not None and all(_RANK.fullmatch(r.strip()) for r in before[0].split(","))
        held = floor
        later, floor = _post_after(text, m.end(), rx, listing=before is not None and not ranks)
        if before is None and later is None and len(parts) == 2 and _district_name(name):
            floor = held  # "Chủ tịch UBND xã Thiện Nghiệp (Phan Thiết) Trần Tú Minh": a place inside the post
        listed = before if before is not None and before[2] else None
        if (before is None and later is None and shared is not None
                and (_SHARED_GAP if chain else _SHARED_FIRST_GAP).fullmatch(text, shared_end, start)
                and _SHARED_END.match(text, m.end())):
            before = shared  # "nguyên Tổng Bí thư Lê Khả Phiêu, Nông Đức Mạnh;": both former leaders
            chain += 1
        elif before is not None and later is None:
            chain = 0
        shared = before if before is not None and later is None else None
        shared_end = m.end()
        if before is None and later is None:
            continue
        if parts[0] == "Y" and (city := _PLACE_INSIDE.search(name)) and city.end() == len(name):
            continue  # "Đại học Y Hà Nội": "Y" (an Ê Đê man's name prefix) and a province
        if len(parts) >= 4 and _PLACE_INSIDE.search(name):
            continue  # "Hoàng Anh Gia Lai": a club ("Trương Hòa Bình" is a person)
        ranks = before is not None and all(_RANK.fullmatch(r.strip()) for r in before[0].split(","))
        bare = (before is not None and bool(rx.bare.fullmatch(_trim_post(before[0])))
                and not (later is not None and _TITLED_FOREIGN.search(later[0])))
        if before is not None and later is not None and _WEAK_BEFORE.search(before[0]):
            # "Bí thư Huyện đoàn khi ấy là ông A (hiện là Trưởng ban …)": today's post; "… Phụ tá Tổng tham
            # mưu trưởng - ông A - nguyên thiếu tướng, …": the post before the dash is the last person's
            post, former = later
        elif before is not None and (later is None or not (before[2] or ranks or bare)):
            post, former = before[0], before[1]
        elif before is not None:  # "bác sĩ, Đại tá A, Chỉ huy trưởng …", "Ủy viên T.Ư Đảng: A, Post";
            # a bare post before and one after: both ("ĐB Đỗ Ngọc Thịnh, Chủ tịch Liên đoàn Luật sư VN")
            post, former = f"{_trim_post(before[0])}, {later[0]}", before[1] or later[1]
        else:
            post, former = later
        key = fold(name)
        # a post joined by a verb ("cử ông X làm Chủ tịch") gives way to one printed beside the name
        # so does a title alone ("PGS.TS. Đào Xuân Cơ" in a caption, "Đào Xuân Cơ, Phó Giám đốc BV" later)
        weak = (before is None and bool(_LINKED.match(text, m.end()))) or (later is None and ranks)
        if key not in found:
            found[key] = {"name": name, "post": _trim_post(post), "former": former, "start": start,
                          "weak": weak}
        elif found[key]["weak"] and not weak:
            found[key].update(post=_trim_post(post), former=former, weak=False)
    for row in found.values():
        del row["weak"]
    for key in places & found.keys():
        if len(found[key]["name"].split()) == 2:
            del found[key]  # "huyện Mai Châu" ... "Bí thư Huyện ủy Mai Châu": the place again
    _late_president(text, found)
    _stage_names(text, found, rx)
    _capitals_people(text, found, rx)
    _foreign_people(text, found, rx)
    _one_name_people(text, found, rx)
    _given_name_people(text, found, rx)
    rows = []
    for row in found.values():
        row["mentions"] = whole_word_count(row["name"], text)
        rows.append(row)
    return sorted(rows, key=lambda r: r["start"])


# where the next person begins inside a post printed after a name: a separator, then an honorific
_NEXT_SEP = re.compile(r"(?:[,;]|\s[-–]|\svà)\s*(?:(?i:(?:các\s+)?(?:đồng chí|ông|bà|anh|chị))\s+)?$")
_HONORIFIC_END = re.compile(r"(?i:đồng chí|ông|bà|anh|chị)\s+$")
_SEPARATORS = re.compile(r"\s*(?:[,;]|\s[-–]|\svà)\s+")


_LIST_HEAD = re.compile(r"[^\S\n]*:\s*")
_UNIT_LAST = (["ủy"], ["uỷ"], ["ubnd"], ["hđnd"], ["tp"], ["tp."])


_STRAY_CAPITAL = re.compile(rf"[^\W\d_][{_UPPER}]")  # a capital inside a syllable ("CHí")


def _title_cased(name: str) -> str:
    """Each syllable capitalised once (``Hồ CHí Minh`` → ``Hồ Chí Minh``): a typed-up place is still one."""
    return " ".join(w[:1] + w[1:].lower() for w in name.split(" "))


def _is_district(name: str) -> bool:
    """A district's name printed without its type (``Mai Châu``), which a run after a post may be."""
    from danvan.corpus.ingest.places import _key, gazetteer

    return _key(name) in gazetteer().bare


# the unit types a province's, city's or district's name follows ("HĐND TP", "huyện", "thị xã")
_UNIT_TYPES = frozenset(PROVINCE_DISTRICT_KINDS)


def _after_unit(before: list[str]) -> bool:
    """Whether a name is printed right after a province's, city's or district's unit type."""
    return before[0] in _UNIT_TYPES or (len(before) > 1 and before[1] in _UNIT_TYPES)


def _unit_name(name: str) -> bool:
    """Whether a run is a province's or a district's name as printed (``Lâm Đồng``, ``Phan Thiết``)."""
    from danvan.corpus.ingest.place_names import gazetteer

    return name in gazetteer().names or _district_name(name)


def _third_syllable(start: int, name: str, parts: list[str]) -> int:
    """Where the third syllable of a name found at ``start`` begins: a person after a two-syllable place."""
    return start + name.index(parts[2], len(parts[0]) + len(parts[1]))


def _district_name(name: str) -> bool:
    """Whether a run is a district's name as printed, diacritics and all (``Phan Thiết``, ``Hoàng Mai``;
    not ``Đỗ Lương``, a person, for the district ``Đô Lương``)."""
    from danvan.corpus.ingest.place_names import gazetteer

    return name in gazetteer().districts


def _post_after(text: str, end: int, rx: _Patterns, listing: bool) -> tuple[tuple[str, bool] | None, int]:
    """The post printed after a name ending at ``end`` (and whether it is former), and where the
    next name's own post may start. A post never runs into the next person of a list: in
    ``A, Bí thư Tỉnh ủy, ông B, Chủ tịch UBND tỉnh`` or ``A, Bí thư Tỉnh ủy và Chủ tịch UBND
    tỉnh B`` A's post ends before B (and B's own post, printed before B, is B's). Where A's post
    is printed before A (``listing``), all of it may be B's: ``Thủ tướng A, Phó Thủ tướng B``."""
    later = rx.after.match(text, end)
    if later is None:
        return None, end
    lo, hi = later.start("post"), later.end("post")
    if (head := _LIST_HEAD.match(text, hi)) and rx.name.match(text, head.end()):
        return None, later.start()  # "A, nguyên Tổng Bí thư: B, C": the post of the list that follows
    cut = _next_person(text, lo, hi, rx, listing)
    if later.group("aside") and _names_inside(text, lo, hi if cut is None else cut, rx):
        return None, end  # "A (36 tuổi), Vụ trưởng Vụ X Phạm B (47 tuổi)": a list of titled names
    if cut is None:
        return (later.group("post").strip(), bool(later.group("former"))), _claimed_end(text, lo, hi, rx)
    post = _CUT_TAIL.sub("", text[lo:cut])
    if not post or not rx.post_start.match(post):
        return None, later.start()  # all of it the next person's ("A, nguyên Chủ tịch … B")
    return (post, bool(later.group("former"))), cut


def _names_inside(text: str, lo: int, hi: int, rx: _Patterns) -> bool:
    """Whether a person's name (not a place's) is printed inside ``text[lo:hi]``."""
    return any(not rx.place_at.match(text, m.start()) for m in rx.name.finditer(text, lo, hi)
               if not text[m.start() - 1].isalnum())


_CUT_TAIL = re.compile(r"(?:\s+và)?[\s,;–-]*$")


def _claimed_end(text: str, lo: int, hi: int, rx: _Patterns) -> int:
    """Where the next name's post may start after a post printed in ``text[lo:hi]``: past it, unless
    it was cut short and a post starting inside it at a separator runs on (``A, Ủy viên Bộ Chính trị -
    Phó Thủ`` …)."""
    for sep in _SEPARATORS.finditer(text, lo, hi):
        if rx.post_start.match(text, sep.end()) and rx.chain.match(text, sep.end()).end() > hi:
            return sep.start()
    return hi


def _next_person(text: str, lo: int, hi: int, rx: _Patterns, listing: bool) -> int | None:
    """Where the post in ``text[lo:hi]`` ends because another person's name begins in it: a name
    after a separator (``, ông B``, ``, B, Chủ tịch…``, three syllables after a comma), or after a
    post of its own that starts at a separator or, in a list, where the post does (``A, Phó Thủ tướng
    B``). A name after a place noun (``Trường THPT Lê Quý Đôn``, ``xã Đồng Văn``) is no person."""
    pos, end = lo, min(len(text), hi + 40)
    while (m := rx.name.search(text, pos, end)) and m.start() < hi:
        s, pos = m.start(), m.end()
        if place := rx.place_at.match(text, s):
            pos = place.end()  # "Hà Nội Nguyễn Phú Trọng": the person after the city
            continue
        if s == lo or text[s - 1].isalnum() or text[s - 1] in "_'’":
            continue
        before, n = _words_before(text, s), len(m.group("name").split())
        if any(w in _SCHOOL_NOUNS for w in before) or (n != 3 and any(w in _PLACE_NOUNS for w in before)):
            continue  # "Trường THCS Chu Văn An", "trưởng xóm Hoàng Trù", "xã Đồng Văn": places
        if n == 2 and (_is_district(m.group("name")) or before[:1] in _UNIT_LAST):
            continue  # "Bí thư Huyện ủy Mai Châu": the district
        head = text[lo:s]
        if sep := _NEXT_SEP.search(head):
            person = (_HONORIFIC_END.search(head) or len(m.group("name").split()) >= 3
                      or rx.after.match(text, m.end()))
            if person:
                return lo + sep.start()
            continue
        bounds = [(lo + sep.start(), lo + sep.end()) for sep in _SEPARATORS.finditer(head)]
        for cut, at in [*reversed(bounds), *([(lo, lo)] if listing else [])]:
            if rx.post_start.match(text, at) and rx.reach.fullmatch(text, at, s):
                return cut
    return None


# a foreign name printed in plain Latin letters: two or three capitalised words ("Andrej Babis",
# "Men Sam An"), a middle initial too, spaced or not ("Jack B. Weinstein", "Michael W.Marine"), then a
# lower-case word or punctuation
_FOREIGN_NAME = re.compile(
    rf"(?<![\w'’.-])[A-Z][a-z]+(?:[ -][A-Z]\.[ ]?)?(?:(?:(?<=\.)|(?<=\. )|[ -])[A-Z][a-z]+){{1,3}}"
    rf"(?=[^\S\n]*[,.;:)(]|[^\S\n]+[-–]|[^\S\n]+[{VIETNAMESE_LETTERS}])"
)
# a Latin-letter run with one of these words is a firm, a product or a place, not a person
_FIRM_WORDS = frozenset(
    "Telecom Corp Corporation Inc Group Bank Holdings Holding Company Co Ltd Sons Airlines Airways Motors "
    "Pharma Capital Media Energy Technology Technologies Tech Software Global International Insurance "
    "Partners Foundation University Institute Club United City Airport Street Hotel Resort Electronics "
    "Mobile Network Systems Solutions Securities Fund Investment Studio Studios Entertainment News Times "
    "Post Journal Magazine Award Awards Cup League Olympic Futsal Champions Premier Festival New San Los Las "
    "Santa North South East West "
    "Viettel Vinamilk Vingroup Vietcombank Vietinbank Petrolimex Vinaphone Mobifone Masan Sabeco Habeco "
    "Saigon Hanoi Vietnam Viet Nam Asia Europe America Pacific Kong Real Madrid Utd Daily Mail FC Voyages "
    "Apple Google Amazon Facebook Samsung Microsoft Toyota Honda Czech Washington Geneva Bang Land Nation "
    "Initiative Engineering Management Model Models British".split()
)
# syllables a Vietnamese name printed without its marks may be made of ("Minh Long", "Kim Anh"): no
# foreign person, a firm or a place
_PLAIN_SYLLABLES = frozenset(
    "Minh Long Nam Kim An Anh Lan Tam Son Hai Ban Van Hoa Linh Mai Binh Thanh Hung Ha Ngoc Phu Tan Tien "
    "Phong Quang Thai Trung Viet Hong Huy Duc Tuan Sao Sen Hoang Dung Tri Cao Da Nha Dai Kinh Nhi Thi Tin "
    "Hoc Khoa Dan Lao Dong Ngan Giang Quy Trang".split()
)
_PREV_WORD = re.compile(r"([^\W\d_]+)[^\S\n]+$")
# a post, a comma and an honorific before the name ("Thẩm phán tòa thành phố Phnom Penh, ông Ouk …")
_INITIAL_NAME = re.compile(r"(?<!\w)[A-Z]\.[^\S\n]?[A-Z][a-z]")
_COMMA_HONORIFIC = re.compile(r"[^\S\n]*,[^\S\n]*(?i:ông|bà|ngài)[^\S\n]+$")
_HONORIFIC_BEFORE = re.compile(r"(?<!\w)(?i:ông|bà|ngài)[^\S\n]+$")
# between a post and a foreign name: a body or a clause word makes the name a firm's ("Chủ tịch của
# Numismatic Insurance Corporation", "Giám đốc tại William Grant")
_FIRM_BETWEEN = re.compile(
    r"(?<!\w)(?:của|tại(?![^\S\n]+(?:VN|Việt Nam)(?!\w))|thuộc|hãng|"
    r"(?i:công ty|tập đoàn|tổng công ty|ngân hàng))(?!\w)"
)
_COUNTRY_WORDS = frozenset(w for c in COUNTRIES for w in c.split())
# a firm's or a country's name printed before the person's ("Giám đốc điều hành Apple Tim Cook", "Nga
# Maria Zakharova"): dropped from the name's start
_LEADING_WORDS = _FIRM_WORDS | _COUNTRY_WORDS | frozenset(
    ("Australia", "Samdech", "Mr", "Mrs", "Ms", "Kremlin"))
_COUNTRY_NAMES = "|".join(map(re.escape, sorted(COUNTRIES, key=len, reverse=True)))
_AFTER_COUNTRY = re.compile(rf"(?<!\w)(?:{_COUNTRY_NAMES})[^\S\n]+$")
_COUNTRY_FIRST = re.compile(rf"(?:{_COUNTRY_NAMES})(?!\w)")


def _foreign_people(text: str, found: dict[str, dict], rx: _Patterns) -> None:
    """Foreign people, whose names the surname list does not know, printed in plain Latin letters:
    after a post that ends with their country (``Thủ tướng Séc Andrej Babis``, ``Chủ tịch QH
    Campuchia Heng Samrin``), after a post run up to the name (``HLV Park Hang Seo``, ``quan toà
    Jack B. Weinstein``), or with a post after the name (``ông Alexander Karpov, phó giám đốc…``,
    ``Warren Buffett, Chủ tịch…``). The post is the nearest one that runs up to the name
    (``Tổng thư ký LHQ Kofi Annan, cựu Tổng thống Mỹ Bill Clinton``: *Tổng thống Mỹ*). A place
    (``Gia Lai``), a firm (``Phó Tổng giám đốc Viettel Telecom``) or a name of Vietnamese syllables
    without their marks (``Công ty Minh Long``) is no person."""
    for m in _FOREIGN_NAME.finditer(text):
        name, start = m.group(), m.start()
        while (first := name.split(" ", 1)[0]) in _LEADING_WORDS and name.count(" ") > 1:
            name, start = name[len(first) + 1 :], start + len(first) + 1  # "Nga Maria Zakharova"
        key = fold(name)
        words = name.replace("-", " ").split()
        if words[0] in _LEADING_WORDS:
            continue  # "Tổng thống Nga Putin": one word left, no full name
        if key in found or name.lower() in rx.places or any(w in _FIRM_WORDS for w in words):
            continue
        if all(w in _PLAIN_SYLLABLES or w.endswith(".") for w in words):
            continue
        country = bool(_AFTER_COUNTRY.search(text, max(0, start - 20), start))
        if not country and any(w in _PLACE_NOUNS for w in _words_before(text, start)):
            continue  # "Công ty Minh Long", "trường Royal Holloway" (not "Nhật Bản", "bản" the village)
        if _words_before(text, start)[:1] in _UNIT_LAST:
            continue  # "Bí thư Thứ nhất Tỉnh ủy Villa Clara": the province of the body
        if ((prev := _PREV_WORD.search(text, max(0, start - 12), start)) and _in_vietnamese_name(prev[1], rx)
                and all(_PLAIN_VIETNAMESE.fullmatch(w.lower()) for w in words)):
            continue  # "Lê Quang Vinh", "Sơn Thị Sa Ry": a Vietnamese name's syllables without marks (not
            # "Nhà Trắng Jen Psaki": "Jen", "Psaki" are no Vietnamese syllables)
        before = _foreign_post_before(text, start, rx, country)
        if before is None:
            after = _post_after(text, m.end(), rx, listing=False)[0]
            if after is not None and fold(after[0]).startswith("đại diện"):
                after = None  # "Flamingo Redtours, đại diện …": a firm more often than a person
            if after is None and (comma := _COMMA_HONORIFIC.search(text, max(0, start - 8), start)):
                # "Đại sứ Mỹ, ông Michael Marine": the post printed before the comma
                after = _foreign_post_before(text, comma.start(), rx, False)
                if after is not None and (rx.bare.fullmatch(after[0]) or _INITIAL_NAME.search(after[0])):
                    after = None  # "gồm 3 thành viên, ông A", "Tổng thống G.Bush, ông A": not A's post
            if after is None:
                continue
            post, former = after
        else:
            post, former = before
        found[key] = {"name": name, "post": _trim_post(post), "former": former, "start": start}


# a foreign person printed by one name after a head of state's, a government's or a team's post ("Tổng
# thống Putin", "Tổng thống Nga Putin", "HLV Tuchel", "cựu thủ tướng Yingluck", "Chủ tịch FIFA, Infantino"):
# the post's own word, or a country or an organisation in capitals, just before the name; not a country
# printed in Latin letters ("Tổng thống Afghanistan"), a place, nor a firm ("Chủ tịch Samsung": no head)
_ONE_NAME_HEADS = (
    r"(?:HLV|[Hh]uấn luyện viên)(?:[^\S\n]+trưởng)?|[Tt]ổng thống|[Tt]hủ tướng|[Nn]goại trưởng|[Qq]uốc vương|"
    r"[Nn]ữ hoàng|[Gg]iáo hoàng"
)
_ONE_NAME = re.compile(
    rf"(?<![\w.])(?P<former>(?i:cựu|cố)[^\S\n]+)?"
    rf"(?P<post>(?:{_ONE_NAME_HEADS})(?:[^\S\n]+(?:{_COUNTRY_NAMES}))?"
    rf"|[Cc]hủ tịch[^\S\n]+[A-Z]{{2,6}}(?=,))"
    rf",?[^\S\n]+(?P<name>[A-Z][a-z]{{3,}})(?![\w'’-])(?!\.\w)(?![^\S\n]*[-–]?[^\S\n]*[{_UPPER}])"
)


# a team, not a coach ("HLV Chelsea", "HLV Arsenal"): the name printed as a team in the same text
_AS_TEAM = (r"(?:CLB|[Đđ]ội(?: bóng| tuyển)?|sân|gặp|đánh bại|thắng|trước|hạ|tiếp đón)[^\S\n]+{0}(?!\w)"
            r"|(?<!\w){0}[^\S\n]+(?:FC|thắng|thua|hòa|giành|đánh bại|vô địch)(?!\w)")


def _one_name_people(text: str, found: dict[str, dict], rx: _Patterns) -> None:
    """Foreign people printed by one name after a post that heads a state, a government or a team
    (``_ONE_NAME``), where no person already found bears that name."""
    known = {w for row in found.values() for w in fold(row["name"]).split()}
    for m in _ONE_NAME.finditer(text):
        name = m.group("name")
        key = fold(name)
        if key in known or name in _COUNTRY_WORDS or name in latin_countries() or name in _FIRM_WORDS:
            continue
        if name in _PLAIN_SYLLABLES or _PLAIN_VIETNAMESE.fullmatch(key) or key in rx.places:
            continue  # "Thủ tướng Anh", "HLV Minh": a country, a Vietnamese name without its marks
        if m.group("post").startswith(("HLV", "huấn", "Huấn")) and re.search(_AS_TEAM.format(name), text):
            continue  # "HLV Chelsea …, đánh bại Chelsea": a team
        known.add(key)
        found[key] = {"name": name, "post": m.group("post").rstrip(","), "former": bool(m.group("former")),
                      "start": m.start("name")}


def _in_vietnamese_name(word: str, rx: _Patterns) -> bool:
    """Whether ``word``, printed just before a Latin-letter run, makes the run the end of a
    Vietnamese name: a surname, or a capitalised syllable with Vietnamese marks that is no
    country's (``Thị``; not ``Séc``, ``Âu``) nor an honorific."""
    if rx.surname.fullmatch(word):
        return True
    return (word[0].isupper() and not word.isascii() and word not in _COUNTRY_WORDS
            and word not in ("Âu", "Ông", "Bà", "Ngài"))


# a Vietnamese syllable printed without its marks ("Quang", "Doanh", "Ry"; not "Jen", "Psaki")
_PLAIN_VIETNAMESE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?"
    r"(?:uye|uya|oai|oay|uoi|uou|ieu|yeu|oa|oe|uy|ua|uo|ie|ye|ai|ao|au|ay|eo|eu|ia|iu|oi|ui|ưu|[aeiouy])"
    r"(?:ng|nh|ch|[cmnpt])?"
)


def _foreign_post_before(text: str, start: int, rx: _Patterns, country: bool) -> tuple[str, bool] | None:
    """The post printed before a foreign name at ``start`` (the nearest that runs up to it), and
    whether it is former. Without a country at its end, no body or clause word may come between
    the post and the name."""
    window = text[max(0, start - POST_REACH) : start]
    if _HONORIFIC_BEFORE.search(window):
        return None  # "ông Allison Cabral, Chỉ huy …": the post is printed after
    stops = [s.end() for s in _POST_STOP.finditer(window)]
    starts = [p.start() for p in rx.post_start.finditer(window, stops[-1] if stops else 0)]
    valid = [i for i in starts if rx.reach.fullmatch(window, i)]
    if not valid:
        return None
    k = len(valid) - 1
    while k and re.search(r"\skiêm\s*$", window[: valid[k]]):
        k -= 1  # "Phó Thủ tướng kiêm Bộ trưởng Công thương Séc": one post
    if not country and _FIRM_BETWEEN.search(window, valid[k]):
        return None
    for other in rx.name.finditer(window, valid[k]):
        if not rx.place_at.match(window, other.start()) and not _COUNTRY_WORDS.issuperset(other[0].split()):
            return None  # "Tổng cục trưởng … Võ Thị Thắng và Thị trưởng Geneva": another person's post
    return window[valid[k] :].strip(), _former_before(window, valid[k])


# a name printed in capitals after an honorific ("ông PHAN DIỄN, Ủy viên Bộ Chính trị")
_CAPITALS_NAME = re.compile(
    rf"(?<![\w'’])(?P<name>[{_UPPER}]{{1,7}}(?:[^\S\n]+[{_UPPER}]{{1,7}}){{1,3}})(?![\w'’])"
)  # then an honorific just before it: the name starts the scan, which is faster
_HONORIFIC_JUST_BEFORE = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)[^\S\n]+$")
# or an academic title or rank ("TS VŨ ANH TUẤN, ĐH Việt-Đức", "PGS-TS NGUYỄN LỘC: ...", an interview's
# speaker), the name then ending the capitals (not a headline's "GS NGÔ BẢO CHÂU ĐƯỢC TRAO ...")
_RANK_JUST_BEFORE = re.compile(rf"(?<![\w.-])(?P<rank>{_RANK.pattern})[^\S\n]*$")
_CAPITALS_GO_ON = re.compile(rf"[^\S\n]+[{_UPPER}]{{2,}}")


def _capitals_people(text: str, found: dict[str, dict], rx: _Patterns) -> None:
    """People whose name is printed in capitals after an honorific, with a post printed after it
    (``ông PHAN DIỄN, Ủy viên Bộ Chính trị``), or after an academic title or rank, which is a post
    itself (``PGS-TS NGUYỄN LỘC, Phó Viện trưởng …``); the name is kept title-cased. The surname
    must be one (``Bà RỊA - VŨNG TÀU`` is no person), and a post must follow an honorific."""
    for m in _CAPITALS_NAME.finditer(text):
        rank, start, name = None, m.start("name"), m.group("name")
        if not _HONORIFIC_JUST_BEFORE.search(text, max(0, start - 12), start):
            first, _, rest = name.partition(" ")
            if " " in rest and _RANK.fullmatch(first):  # "TS VŨ ANH TUẤN": the title is in capitals too
                start, name, first = m.end() - len(rest), rest, rest.partition(" ")[0]
            if not rx.surname.fullmatch(first.title()):
                continue  # "UBND TP", "HĐND TỈNH": no name (checked first: the cheaper test)
            rank = _RANK_JUST_BEFORE.search(text, max(0, start - 16), start)
            if rank is None or _CAPITALS_GO_ON.match(text, m.end()):
                continue
        name = name.title()
        key = fold(name)
        if key in found or not rx.surname.fullmatch(name.split()[0]) or name.lower() in rx.places:
            continue
        later = _post_after(text, m.end(), rx, listing=False)[0]
        if rank is not None:
            post = rank["rank"].strip() + (f", {_trim_post(later[0])}" if later is not None else "")
            found[key] = {"name": name, "post": post, "former": bool(later and later[1]), "start": start}
        elif later is not None:
            found[key] = {"name": name, "post": _trim_post(later[0]), "former": later[1], "start": start}


def _stage_names(text: str, found: dict[str, dict], rx: _Patterns) -> None:
    """Artists named after their title, by a stage name the surname list may not know (``NSND Hồng
    Vân``, ``NSƯT Hữu Châu``); a place of the gazetteer or a body's word (``NSND Nhà hát``) is none."""
    if "NS" not in text and "ghệ sĩ" not in text:
        return
    for m in _STAGE_NAME.finditer(text):
        name = m.group("name")
        key = fold(name)
        if key in found or name.lower() in rx.places or any(w in _NOT_NAME_WORDS for w in name.split()):
            continue
        found[key] = {"name": name, "post": m.group("post"), "former": _former_before(text, m.start()),
                      "start": m.start("name")}


_NOT_NAME_WORDS = frozenset(("Chủ", "Ban", "Bộ", "Ủy", "Sở", "Phó", "Bí", "Đảng", "Tổng", "Nhà", "Trường"))


# an honorific and a given name alone, then a post after a comma ("Bà Lan Anh, Phó ban quản lý dự án Ba
# Đình", "ông Tuấn, chuyên viên phòng"): the person, printed without a surname
_GIVEN_NAME = re.compile(
    rf"(?<![\w'’])(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)[^\S\n]+"
    rf"(?P<name>[{_UPPER}][^\W\d_]+(?:[^\S\n]+[{_UPPER}][^\W\d_]+)?)(?=[^\S\n]*,)"
)


_HONORIFIC_WORDS = r"(?:Ông|Bà|Anh|Chị|Cụ|Em|Cô|Chú|Bác)(?![\w'’])"
_OCCUPATION = re.compile(r"(?i:kỹ sư|thuyền trưởng|máy trưởng|luật gia)(?!\w)")  # a trade, no post here


def _given_name_people(text: str, found: dict[str, dict], rx: _Patterns) -> None:
    """People printed by an honorific and a given name alone, with a post after a comma (``Bà Lan Anh,
    Phó ban …``); not one already named in full (``ông Bàng`` after ``Thứ trưởng Lê Văn Bàng``), a place
    (``Bà Rịa``), a body's word, nor a name the surname list reads (read by :func:`find_people`)."""
    if "," not in text:
        return
    # the last syllables of the names found ("Đỗ Anh Tú": "ông Tú", where "Anh" is no name's start below)
    tails = {fold(" ".join(r["name"].split()[-n:])) for r in found.values() for n in (1, 2)}
    for m in _GIVEN_NAME.finditer(text):
        name = m.group("name")
        key = fold(name)
        if key in found or key in tails or name.lower() in rx.places:
            continue
        if rx.place_at.match(text, m.start("name")):
            continue
        if any(w in _NOT_NAME_WORDS for w in name.split()) or rx.name.match(text, m.start("name")):
            continue
        longer = rf"(?<![\w'’])(?!{_HONORIFIC_WORDS})[{_UPPER}][^\W\d_]*[^\S\n]+{re.escape(name)}(?![\w'’])"
        if re.search(longer, text):
            continue  # the end of a longer name printed elsewhere ("Võ Kim Cự" … "ông Cự, …")
        later, _ = _post_after(text, m.end("name"), rx, listing=False)
        if later is None or not rx.post_start.match(later[0]) or _OCCUPATION.match(later[0]):
            continue
        found[key] = {"name": name, "post": _trim_post(later[0]), "former": later[1],
                      "start": m.start("name")}


_PRESIDENT_HO = re.compile(r"(?<![\w])Chủ tịch\s+Hồ Chí Minh(?![\w])")


def _late_president(text: str, found: dict[str, dict]) -> None:
    """*Chủ tịch Hồ Chí Minh* is the late president (the gazetteer reads the name as the city)."""
    m = _PRESIDENT_HO.search(text)
    if m and fold("Hồ Chí Minh") not in found:
        found[fold("Hồ Chí Minh")] = {"name": "Hồ Chí Minh", "post": "Chủ tịch", "former": True,
                                      "start": m.end() - len("Hồ Chí Minh")}


_DOC_TYPES = (
    "Nghị quyết", "Kết luận", "Chỉ thị", "Quy định", "Quyết định", "Thông tri", "Thông báo", "Hướng dẫn",
    "Nghị định", "Thông tư", "Pháp lệnh", "Luật", "Công văn", "Kế hoạch",
)
# a ministry's name goes on in lower case ("Bộ Công an", "Bộ Giáo dục và Đào tạo"); "UBND" is followed by
# its level and capitalised place ("UBND tỉnh Hà Nam", "UBND TP.HCM"), not by a verb ("UBND TP đã ...")
_MINISTRIES = (
    r"Công an|Y tế|Nội vụ|Tài chính|Tư pháp|Xây dựng|Quốc phòng|Ngoại giao|Công [Tt]hương|Thương mại|"
    r"Công nghiệp|Thủy sản|Giao thông(?: -)? [Vv]ận tải|Giáo dục(?: và | - )Đào tạo|Tài nguyên(?: và | - )"
    r"[Mm]ôi trường|Lao động(?: - |, )Thương binh và Xã hội|Nông nghiệp và Phát triển [Nn]ông thôn|"
    r"Kế hoạch và Đầu tư|Thông tin và Truyền thông|Khoa học và Công nghệ|Khoa học(?: và | - )Công nghệ|"
    r"Văn hó?oá?(?:,| -)? Thể thao và Du lịch|Văn hóa(?: - | và )Thông tin"
)
_PLACE_WORDS = r"(?:\.?[A-ZĐ](?:\w|\.(?=\w))*(?: (?:- )?[A-ZĐ]\w*){0,3})"
_ISSUERS = (
    r"Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|BCH Trung ương(?: Đảng)?|BCH T\.Ư(?: Đảng)?|"
    r"Trung ương(?: Đảng)?|Văn phòng Chính phủ|Chính phủ|Thủ tướng(?: Chính phủ)?|"
    r"Ủy ban Thường vụ Quốc hội|Uỷ ban Thường vụ Quốc hội|UBTVQH|Quốc hội|BTV [A-ZĐ]\w+(?: ủy)?|"
    r"Ban Thường vụ [A-ZĐ]\w+(?: ủy)?|[A-ZĐ]\w+ ủy|"
    rf"UBND(?: (?:tỉnh|thành phố|TP|quận|huyện|thị xã|xã|phường)(?=[\s,.;:)]))?(?: ?{_PLACE_WORDS})?|"
    rf"Bộ (?:{_MINISTRIES})|Bộ [A-ZĐ][\w&]*(?: [A-ZĐ][\w&]*){{0,3}}"
)
# "25-NQ/TW", "04/2015/NĐ-CP", "439 – QĐNS/TW" (a spaced dash only before a "/" suffix)
# "116/2020/NĐ - CP", "6386/BNV- CCVC": a suffix's last part after a spaced dash, kept as printed
_NUMBER = (
    r"\d+[\w/.-]*\d*(?:\s*[-–]\s*[A-ZĐ][A-ZĐa-z]*(?:/[A-ZĐa-z]+)+(?![\w/])|-[A-ZĐa-z]+(?:/[A-ZĐa-z]+)*"
    r"|(?<=[A-ZĐ]-) [A-ZĐ]{2,}(?![\w/])|(?<=[A-ZĐ]) [-–] [A-ZĐ]{2,}(?![\w/]))?"
)
# a count, not a document's number: "Quyết định 217, 218 và 2 năm thực hiện", "kế hoạch 5 năm"
_COUNTER = (
    r"(?:năm(?!\s+\d)|tháng(?!\s*\d)|ngày(?!\s+\d)|tuần|giờ|phút|người|mình|đồng|triệu|tỷ|nghìn|ngàn|lần|"
    r"môn|điểm|vấn đề|nội dung|kế hoạch|cán bộ|trường hợp|loại|nhóm|cấp|hộ|đơn vị|thí sinh|học sinh|%)(?!\w)"
)
# "Thông tư liên tịch số 01/2004", "Nghị quyết liên tịch số 403/…", "kết luận thanh tra số 07/KL-TTQ" (an
# inspection's qualifier only before "số" or a suffixed number: "Kết luận kiểm tra 15 tổ chức đảng" counts)
_JOINT = (r"(?:\s+(?i:liên tịch|liên bộ)|\s+(?i:thanh tra|kiểm tra|giám sát)"
          r"(?=\s+(?:số\s+\d|\d+[/-])))?")
_CITATION_TAIL = (
    rf"{_JOINT}\s+(?:số\s+)?(?P<number>{_NUMBER})"
    rf"(?P<more>(?:\s*,\s*\d+(?=\s*(?:,|và\s+\d|về\s|của\s|do\s|ngày\s|[;.)]))|\s+và\s+\d+(?=[\s,.;:)])(?!\s*{_COUNTER}))*)"
    rf"(?:\s+(?:(?:ngày|năm)\s+[\d/.-]+\s+)?(?:của|do)\s+(?P<issuer>{_ISSUERS}))?(?=[\s,.;:)”\"’]|$)"
)
# "NĐ 158/CP", "QĐ 217", "NQ 25": the types' abbreviations (not "tàu NĐ 07-46", a boat's plate)
# (each a branch of the types' own, its look-behind after the first letter: else the scan is slow)
_NUMBER_NEXT = r"(?![\w-])(?=\s+(?:số\s+)?\d+(?!\d|[-–]\d))"
_ABBREVIATED = rf"N(?<![\w/-]N)[ĐQ]{_NUMBER_NEXT}|Q(?<![\w/-]Q)Đ{_NUMBER_NEXT}"
_CITATION = re.compile(rf"(?P<type>{'|'.join(_DOC_TYPES)}|{_ABBREVIATED}){_CITATION_TAIL}")
# lower case ("kết luận số 62", "nghị quyết 25-NQ/TW") only with "số" or a suffix: "quyết định 3
# vấn đề" is a verb. Found with str.find (lower-case letters start most words: a regex scan is slow)
_LOWER_TYPES = tuple(t.lower() for t in _DOC_TYPES)
_CITATION_LOWER = re.compile(
    rf"(?P<type>{'|'.join(_LOWER_TYPES)})(?={_JOINT}\s+(?:số\s+\d|\d+[\w.]*[-/])){_CITATION_TAIL}"
)
# a bare number after a lower-case type that is only a noun ("theo nghị định 181", "chỉ thị 27 của UBND
# TP", "công văn 514"), not a count ("thông báo 6 môn", "quy định 15 phút", "kế hoạch 5 năm"); after
# "quyết định" / "kết luận", also verbs ("đại hội có thể quyết định 150 hoặc 170", "quyết định 1 mình"),
# only with what cites a document after the number (của, ngày, về, a comma ...) or before the type
_BARE = rf"\s+\d+(?![\w%]|[.,]\d|[-/])(?!\s*{_COUNTER})"
_NOUN_TYPES = ("nghị quyết", "nghị định", "chỉ thị", "thông tư", "công văn", "thông tri", "pháp lệnh")
_VERB_TYPES = ("quyết định", "kết luận", "quy định")
_CITES_AFTER = (
    r"\s*(?:[,.;:()”\"]|$|(?:của|do|về|đã|được|quy định|qui định|ban hành|có hiệu lực)(?!\w)|ngày\s+\d|"
    r"năm\s+\d|và\s+\d)"
)
_CITATION_BARE = re.compile(
    rf"(?P<type>(?P<noun>{'|'.join(_NOUN_TYPES)})(?={_JOINT}{_BARE})|(?:{'|'.join(_VERB_TYPES)})"
    rf"(?={_BARE}(?P<cites>{_CITES_AFTER})?)){_CITATION_TAIL}"
)
# "theo quy định 2 bên phải ký": the rule, then a count; "quy định 145 của thành phố" cites
_CITED_AFTER_ONLY = ("quy định",)
_CITES_BEFORE = re.compile(r"(?<!\w)(?i:theo|ký|ban hành|tại|thực hiện|thay thế|sửa đổi|điều chỉnh|diện)\s+$")
# "văn bản số 2803/UBND-VX" is a Công văn (with its suffix: "văn bản số 1123 của Bộ Công an" may be any
# document, "văn bản 1. ..." an article's clause)
_CITATION_LETTER = re.compile(rf"(?P<type>[Vv]ăn bản)(?=\s+(?:số\s+)?\d+[\w.-]*/[A-ZĐ]){_CITATION_TAIL}")
_OTHER_TYPES = {fold(k): v for k, v in (("văn bản", "Công văn"), ("NĐ", "Nghị định"), ("NQ", "Nghị quyết"),
                                        ("QĐ", "Quyết định"))}


def _lower_matches(text: str, found: list[re.Match[str]]) -> None:
    """The lower-case citations (found with str.find: lower-case letters start most words, a regex
    scan is slow)."""
    for doc_type in _LOWER_TYPES:
        bare = doc_type in _NOUN_TYPES or doc_type in _VERB_TYPES
        i = text.find(doc_type)
        while i >= 0:
            if not (i and text[i - 1].isalnum()):
                if m := _CITATION_LOWER.match(text, i) or (bare and _CITATION_BARE.match(text, i)):
                    before = (doc_type not in _CITED_AFTER_ONLY
                              and _CITES_BEFORE.search(text, max(0, i - 16), i))
                    if m.re is _CITATION_LOWER or m["noun"] or m["cites"] is not None or before:
                        found.append(m)
            i = text.find(doc_type, i + 1)


def _citation_matches(text: str) -> list[re.Match[str]]:
    """Every citation, capitalised or lower-case, in order."""
    found = list(_CITATION.finditer(text))
    _lower_matches(text, found)
    i = text.find("ăn bản")  # "văn bản", "Văn bản"
    while i >= 0:
        if i and not (i > 1 and text[i - 2].isalnum()) and (m := _CITATION_LETTER.match(text, i - 1)):
            found.append(m)
        i = text.find("ăn bản", i + 1)
    return sorted(found, key=lambda m: m.start())


# the issuer printed before: "Bộ Chính trị có các Quyết định 217, 218", "Ban Bí thư ban hành Chỉ thị 08"
_ISSUER_BEFORE = re.compile(
    rf"(?P<issuer>{_ISSUERS})\s+(?:(?:đã|vừa)\s+)?(?:ban hành|có|ra|ký)\s+(?:các\s+)?$"
)
# a law cited by its name, without a number: "Luật Đất đai", "Luật Thực hiện dân chủ ở cơ sở"; after
# a lower-case word also "... trái Luật hôn nhân gia đình" (not "Luật sư", not "Luật có hiệu lực")
_NAME_STOP = (  # and the verbs a name runs on into ("Luật Du lịch vừa ban hành", "Luật Dược cần ...")
    r"(?:và|của|năm|được|đã|có|là|sẽ|để|với|cho|trong|tại|ngày|số|quy|thì|này|trên|mới|cũ|vừa|cần|phải|đang|"
    r"chưa|cũng|mà|nên|bị|vẫn|khi|nhưng|như|chính thức|ra đời|đưa|ông|bà)(?!\w)"
)
# an ordinance too ("vi phạm Pháp lệnh đê điều", "thực thi pháp lệnh thú y": the word has no other sense),
# and a law in lower case with its name capitalised ("sửa luật Phòng chống tham nhũng", "bộ luật Hình sự"),
# or a code with its number ("Bộ luật hình sự số 100/2015/QH13"),
# not "pháp luật Việt Nam", "kỷ luật Đảng", "quy luật", a bill ("dự luật Đất đai", "dự án luật"); a name in
# lower case ends where a capitalised word begins ("pháp lệnh hành nghề y dược tư nhân bà Chiến")
_LAW_BY_NAME = re.compile(
    rf"(?P<type>Luật(?<!\wLuật)|Pháp lệnh(?<!\wPháp lệnh)|(?P<lower>pháp lệnh)(?<!\wpháp lệnh)"
    rf"|luật(?<!\wluật)(?<![Pp]háp luật)(?<![Kk]ỷ luật)(?<![Qq]uy luật)(?<![Dd]ự luật)(?<![Áá]n luật)"
    rf"(?<![Tt]hảo luật)(?<![Đđ]ịnh luật)(?:(?P<code>(?<=[Bb]ộ luật))|(?=[^\S\n]+[{_UPPER}])))"
    rf"[^\S\n]+(?P<name>(?P<capital>[{_UPPER}])?(?(capital)|(?!(?:sư|gia|pháp|lệ|đó|thay|"
    rf"cũng|còn|không|đều|ấy|hiện|nay|hay|hoặc|nào|gì|rồi|{_NAME_STOP}|\d)))[^\W\d_]+"
    rf"(?:[^\S\n]+(?!{_NAME_STOP})(?(lower)(?![{_UPPER}]))[^\W\d_]+){{0,8}})"
)
# "luật Việt Nam", "luật Mỹ": a country's laws, not one law (the countries are COUNTRIES)
_NOT_A_LAW_NAME = re.compile(r"(?:Việt Nam|VN|Nhà nước|Đảng|EU)\b")
_LOWER_BEFORE = re.compile(r"[a-zà-ỹđ,] $")
# a school, a firm or a field, not a law: "ĐH Luật TPHCM", "Khoa Luật", "Công ty Luật", "cử nhân Luật",
# "hãng luật Hogan Lovells", "chuyên gia luật Nguyễn Văn A"; nor a monk's post ("Giám luật") or a foreign act
# ("Đạo luật Chống lại Kẻ thù")
_NOT_LAW_BEFORE = re.compile(
    r"(?<!\w)(?:ĐH|[Đđ]ại [Hh]ọc|học|[Kk]hoa|[Cc]ông ty|ngành|[Cc]ử nhân|[Tt]hạc sĩ|[Tt]iến sĩ|[Tt]rường|"
    r"[Vv]iện|[Hh]ãng|[Vv]ăn phòng|Giám|[Đđ]ạo|[Cc]huyên gia|[Gg]iảng viên|[Gg]iáo sư)[^\S\n]+$"
)
# the number printed after a law's name (a digit first: not "số lượng")
_LAW_NUMBER = re.compile(rf"\s*số\s+(?P<number>{_NUMBER})")


def _canonical_type(printed: str) -> str:
    """``kết luận`` → ``Kết luận``, ``NĐ`` → ``Nghị định``: the type as the list spells it."""
    key = fold(printed)
    return _OTHER_TYPES.get(key) or next(t for t in _DOC_TYPES if fold(t) == key)


def _longer_number(new: str, old: str) -> bool:
    """The fuller of two printings of one number ("25-NQ/TW" over "25"); printed both "NĐ - CP" and
    "NĐ-CP", the one without spaces."""
    tight_new, tight_old = new.replace(" ", ""), old.replace(" ", "")
    if len(tight_new) != len(tight_old):
        return len(tight_new) > len(tight_old)
    return " " in old and " " not in new


def find_citations(text: str) -> list[dict]:
    """One row per cited document: type, number (its suffix kept: ``25-NQ/TW``), key, issuer,
    mentions, first text and offset. Lower-case mentions are read where ``số`` or a suffix makes
    them a citation (``kết luận số 62``); lists (``Quyết định 217, 218``) give one row each; the
    issuer is read after the number (``của Bộ Chính trị``) or just before (``Bộ Chính trị có
    các Quyết định ...``). Laws cited by name only (``Luật Đất đai``) have no number (not a school's
    ``ĐH Luật TPHCM``), ordinances so too (``Pháp lệnh đê điều``), and a law in lower case with its name
    capitalised or its number (``sửa luật Phòng chống tham nhũng``, ``bộ luật hình sự số 100/2015/QH13``;
    not ``Ủy ban Pháp luật``, ``luật Mỹ``, a bill); a name running on (``Luật Du lịch vừa ban hành``) is one
    law with the shorter."""
    text = _unsegmented(text)
    found: dict[str, dict] = {}

    def add(doc_type: str, number: str | None, key: str, issuer: str | None, m: re.Match[str]) -> None:
        row = found.get(key)
        if row is None:
            found[key] = {"doc_type": doc_type, "number": number, "key": key, "issuer": issuer,
                          "mentions": 1, "text": m.group(0), "start": m.start()}
            return
        row["mentions"] += 1
        if number and _longer_number(number, row["number"] or ""):
            row["number"] = number
        row["issuer"] = row["issuer"] or issuer

    for m in _citation_matches(text):
        doc_type = _canonical_type(m.group("type"))
        issuer = m.group("issuer")
        if issuer is None and (before := _ISSUER_BEFORE.search(text, max(0, m.start() - 60), m.start())):
            issuer = before.group("issuer")
        numbers = [m.group("number")] + re.findall(r"\d+", m.group("more") or "")
        for number in numbers:
            number = number.rstrip(".-/")
            if not re.match(r"\d", number) or re.fullmatch(r"(19|20)\d\d", number):
                continue  # "Kế hoạch 2022" is a year, not a number
            core = re.match(r"\d+", number).group(0).lstrip("0") or "0"
            add(doc_type, number, f"{doc_type} {core}", issuer, m)
    numbered_laws = any(r["doc_type"] == "Luật" for r in found.values())
    for m in _LAW_BY_NAME.finditer(text):
        doc_type = "Luật" if fold(m.group("type")) == fold("luật") else "Pháp lệnh"
        if (not m.group("capital") and m.group("type")[0].isupper()
                and not _LOWER_BEFORE.search(text, max(0, m.start() - 2), m.start())):
            continue  # "Luật có hiệu lực từ ...": the law named before, not a citation
        if m.group("type") == "luật" and (_NOT_A_LAW_NAME.match(name := m.group("name"))
                                          or _COUNTRY_FIRST.match(name) or _patterns().name.match(name)):
            continue  # "luật Mỹ", a country's laws; "giảng viên luật Trần Văn B", a person
        number = _LAW_NUMBER.match(text, m.end())
        if m.group("code") is not None and not m.group("capital") and not number:
            continue  # "một bộ luật hoàn hảo": a code in lower case only with its number
        if _NOT_LAW_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        name = m.group("name").strip()
        if numbered_laws and re.match(r"số\b", name):
            continue
        if number:  # "Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13", "Bộ luật hình sự số 100/2015/QH13"
            core = re.match(r"\d+", number["number"]).group(0).lstrip("0") or "0"
            add(doc_type, number["number"].rstrip(".-/"), f"{doc_type} {core}", None, m)
            continue
        key = f"{doc_type} {fold(name)}"
        # one law whose name runs on ("Luật Du lịch vừa ban hành" after "Luật Du lịch"): the shorter
        key = next((k for k in found if k.startswith(f"{doc_type} ") and key.startswith(k + " ")), key)
        add(doc_type, None, key, None, m)
    return sorted(found.values(), key=lambda r: r["start"])
