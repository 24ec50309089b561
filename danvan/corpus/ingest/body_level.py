"""The administrative level a body's or a post's name holds (``Ủy ban MTTQ Việt Nam tỉnh Cà Mau``: province):
its most specific unit wins; a ministry's post, the supreme court or a State council (*Hội đồng chức danh giáo
sư nhà nước*) is central; *thành phố* is the province level for a centrally run city, else the district's; a
foreign state's body has none."""

from __future__ import annotations

import re

from danvan.corpus.ingest.place_names import _CITY_CUE, _PERSON_HCM, _inside_name, _key, _surnames, gazetteer

_LEVEL_ORDER = {"central": 0, "province": 1, "city": 1, "district": 2, "commune": 3}
_CENTRAL_CITIES = {"Thành phố Hà Nội", "Thành phố Hồ Chí Minh", "Thành phố Hải Phòng",
                   "Thành phố Đà Nẵng", "Thành phố Cần Thơ"}
_BODY = r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Đảng ủy|MTTQ(?: Việt Nam| VN)?|Mặt trận|Công an)"
_MARKER = re.compile(
    r"(?P<central>\b(?:[Tt]rung ương|T\.Ư|TƯ|TW|Bộ Chính trị|Ban Bí thư|Quốc hội|Chính phủ|[Tt]hủ tướng|"
    r"Chủ tịch nước|Tổng [Bb]í thư|Nhà nước|QH|[Ll]iên [Bb]ộ|[Qq]uốc gia|[Tt]oàn quốc|[Tt]oàn quân|"
    r"Việt Nam|VN|Tổng cục|"
    r"(?<=[Hh]ội đồng )(?!quản trị|thành viên)(?:(?!doanh nghiệp|công ty)[^\W\d]+ ){0,4}?nhà nước|"
    r"Bộ (?!Chỉ huy|đội)[A-ZĐ]\w*|(?:[Bb]ộ|[Tt]hứ) trưởng(?= [A-ZĐ])|"
    r"(?<![Cc]hi )[Cc]ục trưởng|(?<![Cc]hi )[Cc]ục phó(?= [A-ZĐ])|[Vv]ụ trưởng|[Vv]ụ phó|"
    r"Ủy ban Dân tộc|Tổng (?:LĐLĐ|Liên đoàn Lao động)|(?<![Cc]hi )Cục (?=[A-ZĐ])|"
    r"(?:TAND|VKSND|Viện KSND|T[oò]a án nhân dân|Viện [Kk]iểm sát nhân dân) [Tt]ối cao|"
    r"Đại hội (?:Đảng |đại biểu )?(?:toàn quốc )?(?:lần thứ )?[IVX]+)\b)"
    r"|(?P<commune>\b(?:(?:xã|phường|thị trấn|Xã|Phường) [A-ZĐ0-9]\w*|P\.\d+|"
    rf"{_BODY} (?:xã|phường|thị trấn))\b)"
    r"|(?P<district>\b(?:Quận ủy|Huyện ủy|Thị ủy|Huyện đoàn|(?:quận|huyện|thị xã|Quận|Huyện|Thị xã) "
    rf"[A-ZĐ0-9]\w*|Q\.\s?(?:\d+|[A-ZĐ]\w*)|{_BODY} (?:quận|huyện|thị xã))\b)"
    r"|(?P<province>\b(?:Tỉnh ủy|Tỉnh đoàn|(?:tỉnh|Tỉnh) [A-ZĐ]\w*|Sở (?!Giao dịch)[A-ZĐ]\w*|"
    rf"{_BODY} tỉnh)\b)"
    r"|(?P<city>\b(?:Thành ủy|Thành đoàn)\b|\b(?:thành phố|Thành phố|TP)\b\.? ?)"
)
_ORG_WORD = re.compile(r"\b(?:Ban|Ủy ban|UBND|HĐND|Hội|Đoàn|Đảng|Sở|Bộ|Cục|Công an|Mặt trận|MTTQ|"
                       r"Chính phủ|Quốc hội|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Tổng cục|Văn phòng|"
                       r"Liên đoàn|Liên hiệp(?! ?quốc)|Liên bộ|(?-i:Thanh tra)|Trung tâm|Phòng|Tòa án|Viện|"
                       r"Đại sứ quán|Đại sứ)\b",
                       re.IGNORECASE)


def _city_level(city: str | None) -> str:
    return "province" if city in _CENTRAL_CITIES or city == "Thành phố Huế" else "district"


# a foreign state's body ("Bộ Ngoại giao Nga", "Quốc hội Mỹ") has no level in Vietnam
_FOREIGN = re.compile(
    r"\b(?:Bộ|Thứ trưởng|Quốc hội|Chính phủ|Thủ tướng|Tổng thống|Đại sứ quán|Ngoại trưởng)"
    r"(?:\s+[^\s,;]+){0,3}?\s+"
    r"(?:Nga|Mỹ|Hoa Kỳ|Trung Quốc|Nhật Bản|Hàn Quốc|Triều Tiên|Pháp|Lào|Campuchia|Thái Lan|Ấn Độ|Séc|Ukraina|"
    r"Ukraine|Singapore|Indonesia|Malaysia|Philippines|Australia|Úc|Canada|Israel|Iran|Anh quốc|"
    r"Vương quốc Anh)\b"
)


# a body of "the city" the article is about ("UBND thành phố", "Ủy ban MTTQ TP"); a council's or a
# people's committee's even where no city is named
_CITY_BODY = re.compile(r"(?:UBND|HĐND|Đảng bộ|MTTQ|Mặt trận Tổ quốc|Mặt trận|LĐLĐ|Công an|Thanh tra)\s*$")
_CITY_GOVERNMENT = re.compile(r"(?:UBND|HĐND|Đảng bộ)\s*$")
_COUNTRY = frozenset(("Việt Nam", "VN", "quốc gia", "Quốc gia"))
_IN_VIETNAM = re.compile(r"\b(?:tại|ở) (?:Việt Nam|VN)\b")


_UNIT_KINDS = ("thanhpho", "thixa", "quan", "huyen")


def _person_after(rest: str) -> bool:
    """Whether the words after *TP* are a person's name (``Phó Chủ tịch UBND TP Nguyễn Văn Đua``: the
    article's city), not a city's (``TP Phan Thiết``, ``TP Cao Lãnh``): a surname that starts no unit's
    name."""
    words = rest.split()[:3]
    if not words or words[0] not in _surnames():
        return False
    units = gazetteer().units
    return not any(kind + _key(" ".join(words[:n])) in units for n in (1, 2, 3) for kind in _UNIT_KINDS)


def _level_of(phrase: str, province: str | None) -> str | None:
    """The most specific unit named in a body's name (``Ủy ban MTTQ Việt Nam tỉnh Cà Mau``)."""
    g = gazetteer()
    if _FOREIGN.search(phrase) and not re.search(r"Việt Nam|\bVN\b", _IN_VIETNAM.sub("", phrase)):
        return None  # "Đại sứ quán Hàn Quốc tại Việt Nam" is foreign too
    levels = []
    for m in g.pattern.finditer(phrase):  # a province named: province level
        before = phrase[max(0, m.start() - 24) : m.start()]
        if m.group(0) in _PERSON_HCM and not _CITY_CUE.search(before[-12:]):
            continue
        if not _inside_name(phrase, m, before):  # not "Phó Thủ tướng Trương Hòa Bình", "Thái Bình Dương"
            levels.append("province")
    for m in _MARKER.finditer(phrase):
        level = m.lastgroup
        if m.group(0) in _COUNTRY and not _ORG_WORD.search(phrase, 0, m.start()):
            continue  # the country, not a body's name ("MTTQ Việt Nam"); a firm's "Giám đốc Quốc gia"
        if level == "city":  # a city: province level if centrally run, else district level
            if m.group(0).startswith("Thành"):  # the article's city, or the one named right after the body
                named = None if province else g.pattern.match(phrase, m.end() + 1)  # "Thành ủy Hà Nội"
                level = _city_level(g.names[named.group(0)] if named else province)
            elif named := g.pattern.match(phrase[m.end() :]):  # "TP.HCM": HCM after TP is the city
                level = _city_level(g.names[named.group(0)])
            elif m.end() < len(phrase) and phrase[m.end()].isupper() and not _person_after(phrase[m.end() :]):
                level = "district"  # TP Thủ Đức, TP Sơn Tây
            elif _CITY_BODY.search(ahead := phrase[: m.start()]) and (
                province or _CITY_GOVERNMENT.search(ahead)
            ):
                level = _city_level(province)  # "UBND thành phố", "Ủy ban MTTQ TP": the article's city
            else:
                continue  # "thành phố nghỉ mát": no unit
        levels.append(level)
    return max(levels, key=_LEVEL_ORDER.__getitem__) if levels else None
