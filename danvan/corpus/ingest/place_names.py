"""The ingest's gazetteer, and the guards on names that the place and the level readers share.

Built on ``vietnamadminunits``: the 63 provinces before July 2025 with their districts and
communes, the 34 units after the merger with their communes, and its converter (which old
communes form each new one), plus the aliases in ``data/province_aliases.tsv``. A province's name
inside another proper name is no place (:func:`_inside_name`: the Pacific, *Thái Bình Dương*; a club,
*HA Gia Lai*; a person, *Phó Thủ tướng Trương Hòa Bình*; the battle of 1954, *chiến thắng Điện Biên
Phủ*), nor is a bare *Hồ Chí Minh* or *HCM* (the person) unless a place word stands right before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from danvan.core.text import UPPER, normalize, strip_diacritics
from danvan.corpus.gazetteer import package_data, province_names, short_name
from danvan.corpus.ingest.resources import data_rows as _rows

#: the kinds of province and district printed before a unit's name ("tỉnh Hà Tĩnh", "TP. Vinh", "huyện Đô
#: Lương"), and of commune ("xã", "phường", "thị trấn"), as the gazetteer types its units
PROVINCE_DISTRICT_KINDS = ("tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã")
COMMUNE_KINDS = ("xã", "phường", "thị trấn")
#: the units below a commune ("thôn", "ấp", "khu phố", "tổ dân phố")
HAMLET_KINDS = ("thôn", "bản", "xóm", "buôn", "bon", "ấp", "làng", "khu phố", "tổ dân phố")

# a capitalised run right after one of these names a place or a body, not a person
_PLACE_NOUNS = frozenset((
    *PROVINCE_DISTRICT_KINDS, *COMMUNE_KINDS, *HAMLET_KINDS, "khu", "công ty", "tnhh", "tập đoàn",
    "htx", "hợp tác xã", "bệnh viện", "trường", "đồn", "chùa", "đền", "sông", "núi", "đèo", "đường",
    "phố", "cầu", "chợ", "huyện đoàn", "tỉnh đoàn", "thành đoàn", "quận đoàn", "giáo xứ", "nhà thờ",
    "đình", "bến", "cửa khẩu", "đảo", "đại học", "học viện", "câu lạc bộ", "clb", "đội",
))


Units = dict[str, frozenset[str]]


_NOT_KEY = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=4096)  # unit types repeat across thousands of communes
def _key(text: str) -> str:
    """``Mù Cang Chải`` → ``mucangchai`` (the keywords of ``vietnamadminunits``)."""
    return _NOT_KEY.sub("", text.lower() if text.isascii() else strip_diacritics(text))


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, str]  # surface form → canonical 63-unit name (case-sensitive, normalised)
    units: Units  # typed key ("huyenmucangchai", "quan12", "xatavan") → 63-unit provinces
    bare: Units  # untyped district key ("mucangchai") → provinces (headlines only)
    units_2025: dict[str, dict[str, frozenset[str]]]  # typed commune key → {34 unit: old provinces}
    districts: frozenset[str]  # districts' names as printed, diacritics kept ("Đô Lương"; bare folds them)
    pattern: re.Pattern[str]
    unit_pattern: re.Pattern[str]


def _add(index: dict[str, set[str]], key: str, province: str) -> None:
    index.setdefault(key, set()).add(province)


def _unit_tables() -> tuple[Units, Units, dict[str, dict[str, frozenset[str]]], frozenset[str]]:
    legacy = package_data("parser_legacy.json")
    new = package_data("parser_from_2025.json")
    converter = package_data("converter_2025.json")
    old_name = {k: normalize(v["province"]) for k, v in legacy["DICT_PROVINCE"].items()}
    new_name = {k: normalize(v["province"]) for k, v in new["DICT_PROVINCE"].items()}
    units: dict[str, set[str]] = {}
    bare: dict[str, set[str]] = {}
    printed: set[str] = set()
    for pkey, districts in legacy["DICT_PROVINCE_DISTRICT"].items():
        for d in districts.values():
            kind = _key(d["districtType"])
            printed.add(name := re.sub(rf"^{d['districtType']}\s+", "", normalize(d["districtShort"])))
            short = _key(name)
            _add(units, kind + short, old_name[pkey])
            if not short.isdigit() and len(d["districtShort"].split()) > 1:
                _add(bare, short, old_name[pkey])
            for kw in d["districtKeywords"]:  # "thixaxapa"; "quan9" for TP Thủ Đức
                if kw.startswith(("quan", "huyen", "thixa", "thanhpho")):
                    _add(units, kw, old_name[pkey])
    for pkey, districts in legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].items():
        for wards in districts.values():
            for w in wards.values():
                if isinstance(w.get("wardType"), str):
                    kind = _key(w["wardType"])
                    short = re.sub(rf"^{w['wardType']}\s+", "", normalize(w["wardShort"]))
                    _add(units, kind + _key(short), old_name[pkey])
    # 2025 communes → the old provinces their parts came from
    origins: dict[tuple[str, str], set[str]] = {}
    for pkey, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wkey, olds in wards.items():
            origins.setdefault((pkey, wkey), set()).update(o.split("_")[0] for o in olds)
    for pkey, divided in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, targets in divided.items():
            for t in targets:
                origins.setdefault((pkey, t["newWardKey"]), set()).add(old.split("_")[0])
    units_2025: dict[str, dict[str, frozenset[str]]] = {}
    for pkey, wards in new["DICT_PROVINCE_WARD_NO_ACCENTED"].items():
        for wkey, w in wards.items():
            kind = _key(w["wardType"])
            short = re.sub(rf"^{w['wardType']}\s+", "", normalize(w["wardShort"]))
            olds = frozenset(old_name[o] for o in origins.get((pkey, wkey), ()) if o in old_name)
            if olds:
                units_2025.setdefault(kind + _key(short), {})[new_name[pkey]] = olds
    freeze = {k: frozenset(v) for k, v in units.items()}
    return freeze, {k: frozenset(v) for k, v in bare.items()}, units_2025, frozenset(printed)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Surface forms of the 63 provinces, and the districts and communes of each (old and new)."""
    names: dict[str, str] = {}
    for canonical in province_names(63):
        short = short_name(canonical)
        kind = "tỉnh" if canonical.startswith("Tỉnh") else "thành phố"
        names.update({canonical: canonical, short: canonical, f"{kind} {short}": canonical})
    for row in _rows("province_aliases.tsv"):
        names[row[0].strip()] = row[1].strip()
    units, bare, units_2025, districts = _unit_tables()
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # every name starts with a capital or with "tỉnh"/"thành phố": a cheap test before the rest
    pattern = re.compile(rf"(?<![\w.])(?=[{UPPER}]|tỉnh |thành phố )(?:{alternation})(?![\w])")
    syllable = rf"[{UPPER}][\w']*"
    unit_pattern = re.compile(
        r"(?<![\w.])(?=[QqHhTtXxPpĐđ])(?P<kind>[Qq]uận ủy|[Hh]uyện ủy|[Tt]hị ủy|[Qq]uận|[Hh]uyện|"
        r"[Tt]hị xã|[Tt]hị trấn|[Xx]ã|[Pp]hường|TP\.?|[Tt]hành phố|Q\.|P\.)\s*"
        rf"(?P<name>\d{{1,2}}(?!\d)|{syllable}(?:[ -]{syllable}){{0,3}})"
    )
    return Gazetteer(names, units, bare, units_2025, districts, pattern, unit_pattern)


_UNIT_BEFORE = re.compile(
    r"(tỉnh|thành phố|TP\.?|Tỉnh ủy|Thành ủy|UBND|HĐND|Đảng bộ|địa bàn)\s*$", re.IGNORECASE
)
# "Hồ Chí Minh" / "HCM" alone is the person unless a place word stands right before it (not the TP ending
# "Đội TNTP Hồ Chí Minh", the Pioneers)
_CITY_CUE = re.compile(r"(?:\b(?:tại|ở|đến|tới|từ|về)|[Tt]hành phố|(?<!\w)TP\.?)\s*$")
_PERSON_HCM = {"Hồ Chí Minh", "HCM"}
_UNIT_PREFIX = re.compile(r"(?i:tỉnh|thành phố|tp\.?)\s*")


# a club's or a firm's prefix before a province name ("HA Gia Lai", "SHB Đà Nẵng", "Sông Lam Nghệ An")
_CLUB_BEFORE = re.compile(r"(?<![\w.])(?:HA|HAGL|SHB|Becamex|Sông Lam|SLNA)\s+$")
# the battle of 1954 ("kỷ niệm 50 năm chiến thắng Điện Biên Phủ"), not the province
_BATTLE_BEFORE = re.compile(r"(?i:chiến thắng|chiến dịch|trận|chiến sĩ|chiến binh)\s+$")
_BATTLE_SITE = re.compile(r"(?i:(?:tượng đài|bảo tàng|di tích)\s+chiến thắng)\s+$")  # in the province
# a river or a street named after a province ("sông Thái Bình", "Đường Điện Biên Phủ (quận 3)", "phố Huế"),
# not the province; a city's streets ("Đường phố Hà Nội"), its own name ("thành phố Huế"), the way ("trên
# đường Hà Nội về quê") and sugar ("nhà máy đường Sóc Trăng") are the place
_FEATURE_BEFORE = re.compile(
    r"(?:\b[Ss]ông|(?<![Tt]rên )(?<![Mm]áy )(?<![Mm]ía )(?<![Cc]ông ty )\b[Đđ]ường"
    r"|(?<![Tt]hành )(?<![Kk]hu )(?<![Đđ]ường )\b[Pp]hố)\s+$"
)
# the Pacific ("Thái Bình Dương"), not Thái Bình
_OCEAN_AFTER = re.compile(r"\s+Dương(?!\w)")
_CAPITALISED_BEFORE = re.compile(rf"(?:^|[^\w])((?:[{UPPER}][^\W\d_]*\s+){{1,2}})$")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """Family names, less ``Y`` (``Đại học Y Hà Nội`` is a school in Hà Nội)."""
    return frozenset(r[0].strip() for r in _rows("surnames.txt")) - {"Y"}


def _inside_name(part: str, m: re.Match[str], before: str) -> bool:
    """Whether the province name matched at ``m`` is part of another proper name: the Pacific
    (``Thái Bình Dương``), a club (``HA Gia Lai``), a river or a street (``sông Thái Bình``,
    ``phố Huế``), or a person's name whose capitalised run it ends (``Phó Thủ tướng Trương Hòa
    Bình``, ``ông Đỗ Bình Dương``, ``Hoàng Anh Gia Lai``: a surname starts the run). A body
    named with its province (``Công an Nghệ An``, ``Liên đoàn Lao động Hà Nội``) and a unit word
    (``tỉnh Thái Bình``) are the province."""
    surface = m.group(0)
    if not surface[:1].isupper() or _UNIT_PREFIX.match(surface):
        return False  # "tỉnh Hòa Bình", "TP.HCM": the unit word is printed with it
    if surface.endswith("Thái Bình") and _OCEAN_AFTER.match(part, m.end()):
        return True
    if surface == "Điện Biên" and _BATTLE_BEFORE.search(before) and not _BATTLE_SITE.search(before):
        return True  # the battle ("chiến thắng Điện Biên Phủ"), commemorated anywhere
    if _CLUB_BEFORE.search(before) or _FEATURE_BEFORE.search(before):
        return True
    run = _CAPITALISED_BEFORE.search(before)
    if run is None or _UNIT_BEFORE.search(before):
        return False
    words = run.group(1).split()
    if any(w in _NOT_PERSON for w in words):
        return False
    surnames = _surnames()  # the surname just before ("Đỗ Bình Dương") or one word further ("Hoàng Anh")
    return words[-1] in surnames or (len(words) == 2 and words[0] in surnames)


# capitalised words of bodies and units: a run they are in names a body, not a person ("UBND TP")
_NOT_PERSON = frozenset(
    "Tỉnh Thành TP Tp UBND HĐND Sở Công Hội Đảng Đài Báo Ban Bộ Cục Viện Trường Đại ĐH Liên Mặt MTTQ "
    "Huyện Quận Xã Phường Đoàn Ủy Uỷ Bệnh Học Nhà Khu Cảng Ga Sân Chi".split()
)
