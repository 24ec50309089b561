"""Gazetteer: which province an article is about, its 2025 unit, and the organiser's level.

Built on ``vietnamadminunits``: the 63 provinces before July 2025 with their districts and
communes, the 34 units after the merger with their communes, and its converter (which old
communes form each new one), plus the aliases in ``data/province_aliases.tsv``.

Places (:func:`province_scores`): every mention of a province counts, the headline ×3, the lead ×4,
the rest ×1, doubled after a unit word (*tỉnh*, *Thành ủy*…). A district or commune named with its
type (*huyện Mù Cang Chải*, *xã Tả Van*, *TP Thủ Đức*, *Q.9*) counts ×2 for its province; a name
several provinces share counts only for the one of them the text names otherwise; a district named
alone in the headline (*Mù Cang Chải ra mắt…*), or after *ở* / *tại* in the lead's first sentence
(*bé gái 5 tuổi ở Vũng Tàu*), counts too. Not places: *Hồ Chí Minh* the person (*Chủ tịch Hồ Chí
Minh*, *tư tưởng Hồ Chí Minh*, *Bác Hồ*…: a bare *Hồ Chí Minh* or *HCM* is the city only after *TP*,
*thành phố* or *tại, ở, đến, từ, về*; the city is *TP HCM*, *TP.HCM*, *Sài Gòn*, or a district of
it), outlet names and credits (*Báo Yên Bái*, *Sài Gòn Giải Phóng*), the battle of 1954 (*chiến
thắng Điện Biên Phủ*, its monument and museum excepted). The outlet's home province
(``outlets.tsv``) is never a place by itself: it adds 1 to a province the text already names (a
tie-break for weak mentions), or 2 when the text names no province but speaks of an unnamed one's
bodies (*Tỉnh ủy*, *UBND tỉnh* in a provincial paper: its own province). Two provinces within a
fifth of each other's score: none ("several provinces"); so too a round-up, whose lead's subject is
many localities or whose sections open on different provinces (*Tại Hà Nội, …*, a dateline *Khánh
Hòa, chiều 28/4, …*, a heading *Quảng Ninh xử phạt …*; contact addresses are no sections).

A commune named in its post-July-2025 form (*phường Quy Nhơn (tỉnh Gia Lai)*: no such commune
before, one of the new Gia Lai) gives the old province it came from (Bình Định) as ``province``
and the new unit as ``province_2025``.

Level (:func:`admin_level`): the body that organises what the lead's first sentence reports — *do X
tổ chức* first, else the subject (time and place phrases and fronted clauses such as *Trao đổi với
PV…* skipped); a person as subject gives the level of the post, except one who only attends (*dự*).
The sentence read is the lead's first, past a quotation that opens it (its speaker follows), and
past a headline or photo caption glued before it on one line (the lead starts again at a dated time
word, *Ông/Bà* and a name, or after the credit *Ảnh: X*). A time word glued to the subject (*mới đây
Ủy ban MTTQ …*) is skipped; a common noun before a place (*Hải sản Quảng Ninh*, *Người dân xã X*) is
no body, nor is an incident (*Sự việc xảy ra …*); a ministry's post (*Bộ trưởng*, *Thứ trưởng*, *Cục
trưởng*, *Cục phó*, *Vụ trưởng*) is central where no lower unit is named, as are the supreme court
and procuracy (*TAND Tối cao*); *TP* before a person's name (*Phó Chủ tịch UBND TP Nguyễn Văn Đua*) is
the article's city; a post printed after the subject's verb is another person's. A unit of a body, or
a meeting by its number, printed before its parent with a comma between (*Cơ quan Cảnh sát điều tra,
Công an TP Hà Nội*; *Hội nghị lần thứ 14, Ban Chấp hành Trung ương*) takes the parent's level; a
passive's agent organises (*… đã được Bộ LĐ-TB-XH tổ chức*). The writer as the subject (*…, tôi vẫn
còn ngỡ*, *chúng tôi đến …*: a memoir, a reporter's account, an opinion), outside quotations and
reported speech, is no organiser. A photo caption before an outlet's tag (*… (NLĐ)- Ngày 18-1, …*)
is skipped like a glued headline. Where no subject is read: the issuer of a document that opens the lead
(*Theo Quyết định … của Bộ X*), a body printed right before the first aspect word (*… Ban Thường vụ
Thành ủy TPHCM vừa có…*), the body (or the post) the news comes from or whose demand it is (*Theo Bộ
GD&ĐT, …*, *Thông tin từ Cục X cho biết*, *Đó là yêu cầu của Bộ KH-ĐT*), or the body a meeting
opened is named after (*khai mạc Đại hội Đảng toàn quốc*). Where the lead names no acting body (an
undated sapo, a caption, a sentence about a person without a post), the organiser of the dated event
in one of the next three paragraphs (*Chiều 21/6, tại Hà Nội, UBTƯ MTTQ Việt Nam tổ chức…*, or one
opening on a recent time, *Vừa qua, …*; under a sapo naming no date and no body, the next
paragraph where its opening ends with the day, *Tại phiên khai mạc …, sáng 22/5, Chủ tịch …*) where a
body acts in it, else the body that decides in the
next paragraph (*Ngày 22/10, UBND TP HCM ra quyết định…*), else the organiser named in the lead's
later sentences or the next paragraph (*Đại lễ do X phối hợp với Y tổ chức*), else the body (or the
post) holding the meeting a sentence of the lead sums it up with (*Đó là … nội dung được thảo luận tại
buổi làm việc giữa Đoàn Chủ tịch Tổng LĐLĐ Việt Nam với …*). A meeting with voters
(*tiếp xúc cử tri*) is the province's delegation's, whoever attends. Of several organisers (*do X,
Y, Z phối hợp tổ chức*) the first named. The most specific unit in the body's name wins (*Ủy ban
MTTQ Việt Nam tỉnh Cà Mau*: province); a foreign state's bodies (*Bộ Ngoại giao Nga*, *Đại sứ quán
Hàn Quốc tại Việt Nam*) have none, nor has a place that is only described (*Ngã Năm (tỉnh Sóc Trăng)
nằm trên…*). No body or post: no level. A central body's article has a province only when its
headline names one, Hà Nội after *tại* / *ở* excepted: the seat of central bodies is their venue,
not their subject."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from danvan.core.text import UPPER, normalize, strip_diacritics
from danvan.corpus.gazetteer import package_data, province_2025_of, province_names, short_name
from danvan.corpus.ingest.dates import opens_on_day
from danvan.corpus.ingest.resources import data_rows as _rows

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
    pattern: re.Pattern[str]
    unit_pattern: re.Pattern[str]


_KIND_KEY = {"quận ủy": "quan", "huyện ủy": "huyen", "thị ủy": "thixa", "q.": "quan", "p.": "phuong",
             "tp.": "thanhpho", "tp": "thanhpho", "thành ủy": "thanhpho"}


def _add(index: dict[str, set[str]], key: str, province: str) -> None:
    index.setdefault(key, set()).add(province)


def _unit_tables() -> tuple[Units, Units, dict[str, dict[str, frozenset[str]]]]:
    legacy = package_data("parser_legacy.json")
    new = package_data("parser_from_2025.json")
    converter = package_data("converter_2025.json")
    old_name = {k: normalize(v["province"]) for k, v in legacy["DICT_PROVINCE"].items()}
    new_name = {k: normalize(v["province"]) for k, v in new["DICT_PROVINCE"].items()}
    units: dict[str, set[str]] = {}
    bare: dict[str, set[str]] = {}
    for pkey, districts in legacy["DICT_PROVINCE_DISTRICT"].items():
        for d in districts.values():
            kind = _key(d["districtType"])
            short = _key(re.sub(rf"^{d['districtType']}\s+", "", normalize(d["districtShort"])))
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
    return freeze, {k: frozenset(v) for k, v in bare.items()}, units_2025


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
    units, bare, units_2025 = _unit_tables()
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # every name starts with a capital or with "tỉnh"/"thành phố": a cheap test before the rest
    pattern = re.compile(rf"(?<![\w.])(?=[{UPPER}]|tỉnh |thành phố )(?:{alternation})(?![\w])")
    syllable = rf"[{UPPER}][\w']*"
    unit_pattern = re.compile(
        r"(?<![\w.])(?=[QqHhTtXxPpĐđ])(?P<kind>[Qq]uận ủy|[Hh]uyện ủy|[Tt]hị ủy|[Qq]uận|[Hh]uyện|"
        r"[Tt]hị xã|[Tt]hị trấn|[Xx]ã|[Pp]hường|TP\.?|[Tt]hành phố|Q\.|P\.)\s*"
        rf"(?P<name>\d{{1,2}}(?!\d)|{syllable}(?:[ -]{syllable}){{0,3}})"
    )
    return Gazetteer(names, units, bare, units_2025, pattern, unit_pattern)


MIN_SCORE = 2  # one plain mention in the body is not enough to place an article
TIE = 0.8  # a runner-up this close to the best: several provinces, none chosen
_UNIT_BEFORE = re.compile(
    r"(tỉnh|thành phố|TP\.?|Tỉnh ủy|Thành ủy|UBND|HĐND|Đảng bộ|địa bàn)\s*$", re.IGNORECASE
)
# "Hồ Chí Minh" / "HCM" alone is the person unless a place word stands right before it
_CITY_CUE = re.compile(r"(?:\b(?:tại|ở|đến|tới|từ|về)|[Tt]hành phố|TP\.?)\s*$")
_PERSON_HCM = {"Hồ Chí Minh", "HCM"}
# outlet names holding a province: a credit, not a place
_OUTLET_BEFORE = re.compile(r"(?:\b[Bb]áo|Đài PT-TH|Đài Phát thanh - Truyền hình|Đài PTTH)\s*$")
_OUTLET_NAMES = re.compile(r"Sài Gòn (?:Giải Phóng|Giải phóng|Tiếp Thị|Tiếp thị)|Hà Nội Mới")
_VENUE = re.compile(r"(?:tại|ở)\s*$")
_SEAT = "Thành phố Hà Nội"
# bodies of an unnamed province or city ("Tỉnh ủy", "UBND tỉnh"): the outlet's own, in its paper
_UNNAMED = {
    "Tỉnh": re.compile(r"\b(?:Tỉnh ủy|UBND tỉnh|HĐND tỉnh|toàn tỉnh)\b(?![ ,]*(?:tỉnh )?[A-ZĐ])"),
    "Thành phố": re.compile(r"\b(?:Thành ủy|UBND (?:TP|thành phố)|HĐND (?:TP|thành phố)|Đảng bộ TP|toàn TP|"
                            r"toàn thành phố)\b(?![ ,.]*[A-ZĐ])"),
}


def _outlet_hint(scores: Counter[str], text: str, hint: str | None) -> bool:
    """Add the outlet's home province: 1 where the text names it, 2 where the text names no
    province at all but the unnamed bodies of one (a provincial paper's own Tỉnh ủy)."""
    if not hint:
        return False
    if scores[hint] > 0:
        scores[hint] += 1
        return True
    unnamed = _UNNAMED["Tỉnh" if hint.startswith("Tỉnh") else "Thành phố"]
    if not any(v >= MIN_SCORE for v in scores.values()) and unnamed.search(text):
        scores[hint] += MIN_SCORE
        return True
    return False


@dataclass
class _Mentions:
    scores: Counter[str]
    ambiguous: list[tuple[int, frozenset[str]]]
    post_2025: Counter[tuple[str, str]]  # (34 unit, old province) of communes named in 2025 form
    venues: Counter[str]  # Hà Nội after "tại" / "ở": where central bodies meet


# a club's or a firm's prefix before a province name ("HA Gia Lai", "SHB Đà Nẵng", "Sông Lam Nghệ An")
_CLUB_BEFORE = re.compile(r"(?<![\w.])(?:HA|HAGL|SHB|Becamex|Sông Lam|SLNA)\s+$")
# the battle of 1954 ("kỷ niệm 50 năm chiến thắng Điện Biên Phủ"), not the province
_BATTLE_BEFORE = re.compile(r"(?i:chiến thắng|chiến dịch|trận|chiến sĩ|chiến binh)\s+$")
_BATTLE_SITE = re.compile(r"(?i:(?:tượng đài|bảo tàng|di tích)\s+chiến thắng)\s+$")  # in the province
# the Pacific ("Thái Bình Dương"), not Thái Bình
_OCEAN_AFTER = re.compile(r"\s+Dương(?!\w)")
_CAPITALISED_BEFORE = re.compile(rf"(?:^|[^\w])((?:[{UPPER}][^\W\d_]*\s+){{1,2}})$")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """Family names, less ``Y`` (``Đại học Y Hà Nội`` is a school in Hà Nội)."""
    return frozenset(r[0].strip() for r in _rows("surnames.txt")) - {"Y"}


def _inside_name(part: str, m: re.Match[str], before: str) -> bool:
    """Whether the province name matched at ``m`` is part of another proper name: the Pacific
    (``Thái Bình Dương``), a club (``HA Gia Lai``), or a person's name whose capitalised run it ends
    (``Phó Thủ tướng Trương Hòa Bình``, ``ông Đỗ Bình Dương``, ``Hoàng Anh Gia Lai``: a surname starts
    the run). A body named with its province (``Công an Nghệ An``, ``Liên đoàn Lao động Hà Nội``) and a
    unit word (``tỉnh Thái Bình``) are the province."""
    surface = m.group(0)
    if not surface[:1].isupper() or _UNIT_PREFIX.match(surface):
        return False  # "tỉnh Hòa Bình", "TP.HCM": the unit word is printed with it
    if surface.endswith("Thái Bình") and _OCEAN_AFTER.match(part, m.end()):
        return True
    if surface == "Điện Biên" and _BATTLE_BEFORE.search(before) and not _BATTLE_SITE.search(before):
        return True  # the battle ("chiến thắng Điện Biên Phủ"), commemorated anywhere
    if _CLUB_BEFORE.search(before):
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


def _province_mentions(found: _Mentions, part: str, weight: Callable[[int], int]) -> None:
    g = gazetteer()
    for m in g.pattern.finditer(part):
        surface, before = m.group(0), part[max(0, m.start() - 24) : m.start()]
        province = g.names[surface]
        if surface in _PERSON_HCM and not _CITY_CUE.search(before):
            continue
        if _OUTLET_BEFORE.search(before) or _OUTLET_NAMES.match(part, m.start()):
            continue
        if _inside_name(part, m, before):
            continue  # "Thái Bình Dương", "Trương Hòa Bình", "HA Gia Lai": another proper name
        if province == _SEAT and _VENUE.search(before):  # where central bodies meet
            found.venues[province] += weight(m.start())
        bonus = 2 if _UNIT_BEFORE.search(before[-20:]) else 1
        found.scores[province] += weight(m.start()) * bonus



def _unit_mentions(found: _Mentions, part: str, weight: Callable[[int], int]) -> None:
    g = gazetteer()
    for m in g.unit_pattern.finditer(part):
        kind = m.group("kind").casefold()
        kind_key = _KIND_KEY.get(kind, _key(kind))
        if kind_key == "thanhpho" and g.pattern.match(part, m.start("name")):
            continue  # a province-level city: counted as a province
        words = m.group("name").replace("-", " ").split()
        for n in range(len(words), 0, -1):  # the longest name the tables know
            key = kind_key + _key("".join(words[:n]))
            if key in g.units or key in g.units_2025:
                break
        else:
            continue
        w = weight(m.start()) * 2
        provinces = g.units.get(key, frozenset())
        if len(provinces) == 1:
            found.scores[next(iter(provinces))] += w
        elif provinces:
            found.ambiguous.append((w, provinces))
        for new, olds in g.units_2025.get(key, {}).items():
            if new not in provinces and len(olds) == 1:  # no such commune there before 2025
                found.post_2025[(new, next(iter(olds)))] += w


def _bare_units(found: _Mentions, title: str) -> None:
    """A district named alone in the headline (*Mù Cang Chải ra mắt…*), not inside a name."""
    g = gazetteer()
    if g.pattern.search(title):
        return  # the headline names a province: a bare district name adds nothing to trust
    words = title.split()
    for i in range(len(words)):
        if i and words[i - 1][:1].isupper():
            continue
        for n in (4, 3, 2):
            chunk = words[i : i + n]
            if len(chunk) < n or not all(w[:1].isupper() for w in chunk):
                continue
            if i + n < len(words) and words[i + n][:1].isupper():
                continue
            provinces = g.bare.get(_key("".join(chunk).strip(",:;.\"'")))
            if provinces and len(provinces) == 1:
                found.scores[next(iter(provinces))] += 3
            break


# "ở" / "tại" before a district or city named alone: "bé gái 5 tuổi ở Vũng Tàu", "tại Sìn Hồ"
_AT_BARE = re.compile(rf"(?<!\w)(?:ở|tại) (?P<name>[{UPPER}][\w']*(?: [{UPPER}][\w']*){{1,3}})")
# island districts named for sovereignty ("chủ quyền Hoàng Sa"), not as the place of the news
_NOT_BARE = frozenset(("hoangsa", "truongsa"))


def _bare_places(found: _Mentions, sentence: str, weight: int) -> None:
    """A district or provincial city named alone after *ở* / *tại* in the lead's first sentence
    (``Vụ việc bé gái 5 tuổi ở Vũng Tàu …``): its province, where the name is one district's only; a
    province-level name is counted already. Not in the body, where river gauges and weather stations
    (``mực nước tại Châu Đốc``) are named in national reports."""
    g = gazetteer()
    for m in _AT_BARE.finditer(sentence):
        words = m.group("name").split()
        for n in range(len(words), 1, -1):  # the longest district name the tables know
            name = " ".join(words[:n])
            if name in g.names:
                break  # a province: counted as one
            provinces = g.bare.get(key := _key(name))
            if provinces:
                if len(provinces) == 1 and key not in _NOT_BARE:
                    found.scores[next(iter(provinces))] += weight
                break


def _collect(title: str, lead: str, text: str) -> _Mentions:
    found = _Mentions(Counter(), [], Counter(), Counter())
    parts: list[tuple[str, Callable[[int], int]]] = [(title, lambda _: 3)]
    if text.startswith(lead):  # one pass over the text, the lead weighted by position
        parts.append((text, lambda pos: 4 if pos < len(lead) else 1))
    else:
        parts += [(lead, lambda _: 3), (text, lambda _: 1)]
    for part, weight in parts:
        _province_mentions(found, part, weight)
        _unit_mentions(found, part, weight)
    _bare_places(found, first_sentence(lead), 4)
    _bare_units(found, title)
    for w, provinces in found.ambiguous:  # a shared name counts for the one province named
        named = [p for p in provinces if found.scores[p] > 0]
        if len(named) == 1:
            found.scores[named[0]] += w
    return found


def province_scores(title: str, lead: str, text: str, outlet_hint: str | None) -> Counter[str]:
    """Weighted mentions of each province (see the module's docstring); the outlet's home
    province adds 1 only where the text names it."""
    scores = _collect(title, lead, text).scores
    _outlet_hint(scores, text, outlet_hint)
    return +scores


# ---------------------------------------------------------------- the organiser's level
_LEVEL_ORDER = {"central": 0, "province": 1, "city": 1, "district": 2, "commune": 3}
_CENTRAL_CITIES = {"Thành phố Hà Nội", "Thành phố Hồ Chí Minh", "Thành phố Hải Phòng",
                   "Thành phố Đà Nẵng", "Thành phố Cần Thơ"}
_BODY = r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Đảng ủy|MTTQ(?: Việt Nam| VN)?|Mặt trận|Công an)"
_MARKER = re.compile(
    r"(?P<central>\b(?:[Tt]rung ương|T\.Ư|TƯ|TW|Bộ Chính trị|Ban Bí thư|Quốc hội|Chính phủ|[Tt]hủ tướng|"
    r"Chủ tịch nước|Tổng [Bb]í thư|Nhà nước|[Qq]uốc gia|[Tt]oàn quốc|[Tt]oàn quân|Việt Nam|VN|Tổng cục|"
    r"Bộ (?!Chỉ huy|đội)[A-ZĐ]\w*|(?:[Bb]ộ|[Tt]hứ) trưởng(?= [A-ZĐ])|"
    r"(?<![Cc]hi )[Cc]ục trưởng|(?<![Cc]hi )[Cc]ục phó(?= [A-ZĐ])|[Vv]ụ trưởng|[Vv]ụ phó|"
    r"Ủy ban Dân tộc|Tổng (?:LĐLĐ|Liên đoàn Lao động)|(?<![Cc]hi )Cục (?=[A-ZĐ])|"
    r"(?:TAND|VKSND|Viện KSND|T[oò]a án nhân dân|Viện [Kk]iểm sát nhân dân) [Tt]ối cao|"
    r"Đại hội (?:Đảng |đại biểu )?(?:toàn quốc )?(?:lần thứ )?[IVX]+)\b)"
    r"|(?P<commune>\b(?:(?:xã|phường|thị trấn|Xã|Phường) [A-ZĐ0-9]\w*|P\.\d+|"
    rf"{_BODY} (?:xã|phường|thị trấn))\b)"
    r"|(?P<district>\b(?:Quận ủy|Huyện ủy|Thị ủy|Huyện đoàn|(?:quận|huyện|thị xã|Quận|Huyện|Thị xã) "
    rf"[A-ZĐ0-9]\w*|Q\.\s?(?:\d+|[A-ZĐ]\w*)|{_BODY} (?:quận|huyện|thị xã))\b)"
    rf"|(?P<province>\b(?:Tỉnh ủy|Tỉnh đoàn|(?:tỉnh|Tỉnh) [A-ZĐ]\w*|Sở [A-ZĐ]\w*|{_BODY} tỉnh)\b)"
    r"|(?P<city>\b(?:Thành ủy|Thành đoàn)\b|\b(?:thành phố|Thành phố|TP)\b\.? ?)"
)
# where a body's name ends: a verb, an aspect word or a preposition
_VERB = re.compile(
    r"\b(?:đã|vừa|sẽ|đang|được|bị|tổ chức|phối hợp|chủ trì|ban hành|triển khai|khai mạc|bế mạc|"
    r"làm việc|ký|giới thiệu|ra mắt|ra quân|giúp|trao|tặng|dâng|tiếp xúc|đối thoại|kiểm tra|khảo sát|"
    r"giám sát|thăm|gửi|đề nghị|yêu cầu|công bố|tổng kết|sơ kết|phát động|kỷ niệm|quyết định|thông qua|"
    r"(?<![Bb]an )chỉ đạo|hướng dẫn|có|cho biết|khẳng định|nhấn mạnh|dự|tham dự|tiếp|đón|tiến hành|thực hiện|"
    r"phấn đấu|dẫn|mở|lấy|phê duyệt|hỗ trợ|vận động|tuyên truyền|tập huấn|nói|trao đổi|phát biểu|"
    r"ở|tại|cho|với|về|nhằm|để)\b"
)
# a body's name may hold verbs and prepositions ("Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở"):
# it surely ends at an aspect word or an organising verb
_MAIN_VERB = re.compile(
    r"\b(?:đã|vừa|sẽ|đang|tổ chức|chủ trì|phối hợp|ban hành|khai mạc|ký|ra mắt|ra quân)\b"
)
_ATTEND = re.compile(r"\b(?:dự|tham dự|đến dự|về dự|chứng kiến)\b")
# "do X tổ chức"; of a list ("do X, Y, Z phối hợp tổ chức") the first named
_BY = re.compile(
    r"\bdo (?P<body>[^,;]{3,90}?)(?:, [^;]{0,150}?)? (?:tổ chức|chủ trì|phối hợp|phát động|triển khai)\b"
)
# the passive's agent: "Hội thảo … đã được Bộ LĐ-TB-XH tổ chức hôm 5-4"
_BY_PASSIVE = re.compile(
    r"\bđược (?P<body>(?:UBND|HĐND|Ủy ban|Uỷ ban|Bộ|Sở|Ban|Hội đồng|Hội|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|"
    r"MTTQ|Mặt trận|Trung ương|Tổng cục|Cục|Chính phủ|Quốc hội|Thành đoàn|Tỉnh đoàn|Công an)\b[^,;]{0,90}?) "
    r"(?:tổ chức|phát động|chủ trì)\b"
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
_ORG_WORD = re.compile(r"\b(?:Ban|Ủy ban|UBND|HĐND|Hội|Đoàn|Đảng|Sở|Bộ|Cục|Công an|Mặt trận|MTTQ|"
                       r"Chính phủ|Quốc hội|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Tổng cục|Văn phòng|"
                       r"Liên đoàn|Trung tâm|Phòng|Tòa án|Viện|Đại sứ quán|Đại sứ)\b", re.IGNORECASE)
_NOT_ADMIN = re.compile(r"(?:Hội đồng trường|[Tt]rường|ĐH|Đại học|Học viện|Bệnh viện|Công ty|Tập đoàn|"
                        r"Ngân hàng|Câu lạc bộ|CLB)\b")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:TP|Tp|TX|TT|Q|P|H|TS|GS|PGS|ThS|BS|St|[A-ZĐ])\.$")


def first_sentence(lead: str) -> str:
    """The lead up to its first full stop that ends a sentence (*TP.*, *Q.*, *TS.* do not)."""
    for m in re.finditer(r"[.!?](?=\s+[\"“(]?[" + UPPER + r"0-9])", lead):
        if not _ABBREVIATION.search(lead[max(0, m.start() - 5) : m.end()]):
            return lead[: m.end()]
    return lead


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
_CITY_BODY = re.compile(r"(?:UBND|HĐND|Đảng bộ|MTTQ|Mặt trận Tổ quốc|Mặt trận|LĐLĐ|Công an)\s*$")
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
        if m.group(0) not in _PERSON_HCM or _CITY_CUE.search(phrase[max(0, m.start() - 12) : m.start()]):
            levels.append("province")
    for m in _MARKER.finditer(phrase):
        level = m.lastgroup
        if m.group(0) in _COUNTRY and not _ORG_WORD.search(phrase, 0, m.start()):
            continue  # the country, not a body's name ("MTTQ Việt Nam"); a firm's "Giám đốc Quốc gia"
        if level == "city":  # a city: province level if centrally run, else district level
            if m.group(0).startswith("Thành"):
                level = _city_level(province)
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


def _person_level(chunks: list[str], province: str | None) -> str | None:
    """Level of a person subject: a local body beside them, the event they attend, or their post."""
    head, verb = _body(chunks[0])
    co_body = re.search(r"\b(?:và|cùng) (.+)$", head)
    if co_body and not _POST.match(co_body.group(1)) and _ORG_WORD.match(co_body.group(1)):
        return _level_of(co_body.group(1), province)  # a national leader and a local body
    if verb and _ATTEND.match(chunks[0], verb.start()):  # who attends is not who organises
        org = _ORG_WORD.search(chunks[0], verb.end())
        return _level_of(_body(chunks[0][org.start() :])[0], province) if org else None
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
_QUOTE_OPEN = re.compile(r"^\s*[\"“]")
_QUOTE_CLOSE = re.compile(r"[\"”]\s*(?:,|[-–])\s*(?=\S)")
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
# commas inside a body's name: "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam"
_NAME_COMMA = re.compile(r"\b(phòng), (chống)\b", re.IGNORECASE)


# an outlet's tag inside the lead's first line: the lead starts after it, a photo caption before it
_TAG_INSIDE = re.compile(
    r"(?<=\S )\((?:NLĐ|LĐ|TTO|TN|TTXVN|VNE|SGGP|PLO|ND|NDĐT|QĐND|CAND|VOV|VTV|HNM|KTĐT|Dân trí|VnExpress)\)"
    rf"\s*[-–]\s*(?=[{UPPER}])"
)


# a photo credit ending a caption glued before the lead: "… đại biểu HĐND. Ảnh: L.MINH Năm 2005, …"
_CREDIT = re.compile(rf"\bẢnh\s*:\s*[{UPPER}.\s/-]+?(?=[{UPPER}](?![{UPPER}])\w)")


# a credit ending with an initial ("Ảnh: N. ") goes on with the name ("Hữu") when the lead's first word
# follows it, capitalised, before a lower-case word
_INITIAL_END = re.compile(rf"[{UPPER}]\.\s*$")
_CREDIT_NAME = re.compile(rf"[{UPPER}][^\W\d_{UPPER}]+\s+(?=[{UPPER}][^\W\d_]*\s+[^\W\d_{UPPER}])")


def subject_sentence(lead: str) -> str:
    """The sentence of the lead whose subject organises: its first sentence, after an outlet tag,
    past a quotation that opens it (to its speaker), and past a headline or a photo caption glued
    before it."""
    text = _TAG.sub("", lead)
    credit = _CREDIT.search(text)
    if credit and credit.start() <= len(first_sentence(text)) + 2:  # right after the caption
        rest = _CREDIT_NAME.match(text, credit.end()) if _INITIAL_END.search(credit.group(0)) else None
        text = text[rest.end() if rest else credit.end() :]  # "Ảnh: N. Hữu Giữa tháng 9": past "Hữu"
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
_DOC_OF = re.compile(
    r"^(?:Theo|Tại|Với) (?:các |những )?(?:[Qq]uyết định|[Nn]ghị quyết|[Nn]ghị định|[Cc]hỉ thị|[Kk]ế hoạch|"
    r"[Tt]hông báo|[Tt]hông tư|[Cc]ông văn|[Cc]ông điện|[Vv]ăn bản|[Hh]ướng dẫn|[Tt]ờ trình)\b[^,;:]*? của "
    r"(?P<body>[^,;:]+)"
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
    if (issuer := _DOC_OF.match(sentence)) and (level := _level_of(_body(issuer.group("body"))[0], province)):
        return level  # "Theo Quyết định số 359 của Bộ LĐ-TB&XH, …": the issuer acts
    level = _subject_level(sentence, province)
    if level is None:  # no body read as the subject: one printed before the first aspect word
        level = _aspect_subject(sentence, province)
    if level is None:  # a body the lead's news comes from, or whose demand it is
        level = _source_level(sentence, province)
    if level is None and (opened := _OPENED.search(_QUOTED.sub(" ", sentence))):
        level = _level_of(opened.group("event"), province)  # "… khai mạc Đại hội Đảng toàn quốc lần thứ X"
    return level


# the writer as the subject ("…, tôi vẫn còn ngỡ …", "Từ trung tâm thành phố Sơn La, …, chúng tôi đến …"),
# not someone quoted or reported ("…, ông X cho biết, chúng tôi đã …")
_FIRST_PERSON = re.compile(r"(?:^|[,;:]\s+)(?:[Tt]ôi|[Cc]húng tôi)\s+(?!là\b)")
_SAYING = re.compile(
    r"\b(?:cho biết|nói|khẳng định|chia sẻ|thừa nhận|phát biểu|cho rằng|nhấn mạnh|trả lời|giải thích|bày tỏ|"
    r"tâm sự|kể|thông tin|nhận định|đề nghị|kiến nghị)\b"
)
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


# the body the lead's news comes from ("Theo Bộ GD&ĐT, …", "Theo nhận định của Chi cục Kiểm lâm TP HCM, …",
# "Thông tin từ Cục Hộ tịch … cho biết") or whose demand it reports ("Đó là yêu cầu của Bộ KH-ĐT …")
_SOURCE = re.compile(
    r"^(?:Theo|Thông tin từ|Nguồn tin từ) (?:(?:nhận định|thông tin|báo cáo|đánh giá|thống kê|kết quả|"
    r"số liệu|thông báo|dự báo|tin từ)(?: nhanh| mới nhất| sơ bộ)? (?:của|từ) )?(?=\S)"
    r"|\blà (?:yêu cầu|chỉ đạo|quyết định|đề nghị|kết luận) của (?=\S)"
)


def _source_level(sentence: str, province: str | None) -> str | None:
    """Level of the body a lead cites as its source or whose demand it reports, or of the post of the
    person cited (``Theo Chủ tịch UBND TP.Hà Nội Nguyễn Đức Chung, …``), where no body acts in it; a
    person cited without a post (``Theo ông X, …``) gives none."""
    sentence = _QUOTED.sub(" ", sentence)
    for m in _SOURCE.finditer(sentence):
        if _BODY_START.match(sentence, m.end()) or _POST.match(sentence[m.end() :]):
            name = re.split(r"[,;:]|\s[-–]\s", sentence[m.end() :], maxsplit=1)[0]
            if level := _level_of(_body(name)[0], province):
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


def _subject_level(sentence: str, province: str | None) -> str | None | Literal[False]:
    """Level of the sentence's subject; None when no body was read as the subject, False when the
    subject is no administrative body (a school, hospital or firm, a person without a post, a place
    that is only described)."""
    for by in (_BY.search(sentence), _BY_PASSIVE.search(sentence)):
        if by and (level := _level_of(by.group("body"), province)):
            return level
    chunks = _chunks(sentence)
    after_place = False
    for i, chunk in enumerate(chunks[:8]):
        if glued := _GLUED_TIME.match(chunk):  # "mới đây Ủy ban MTTQ …", "gần 2 năm qua ông X": no comma
            chunk = chunks[i] = chunk[glued.end() :]
        fronted = _ADVERBIAL.match(chunk) or _FRONTED.match(chunk)
        if fronted or (_DATE.search(chunk) and len(chunk.split()) <= 6):
            after_place = bool(re.match(r"(?:[Tt]ại|[Ởở])\b", chunk))
            continue
        if (after_place and not _ORG_WORD.search(chunk) and _level_of(chunk, province)) or (
            _VERB.match(chunk)
        ):
            continue  # the rest of an address ("tại xã X, huyện Y, ..."), or a fronted clause
        after_place = False
        if _INCIDENT.match(chunk):
            return False  # an incident reported ("Sự việc xảy ra vào khoảng 10h …"): no organiser
        head, verb = _body(chunk)
        if _NOT_ADMIN.match(head):
            return False  # a school, hospital or firm named after its place is no administrative body
        if not _ORG_WORD.search(head) and _LOCATED.search(head):
            return False  # a place described, not a body acting: "Ngã Năm (tỉnh Sóc Trăng) nằm trên…"
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
        if verb or len(chunk.split()) >= 5:
            return None  # the subject is no body
    return None


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
    return bool(_COMMON_HEAD.fullmatch(head)) and not _ORG_WORD.search(head) and not _BODY_WORDS.search(head)


def _is_name(head: str) -> bool:
    words = head.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


_UNIT_ACTS = re.compile(
    rf"\b(?:[Hh]uyện|[Tt]ỉnh|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường|[Tt]hành phố|TP\.?) [{UPPER}][\w ]{{0,30}}? "
    r"(?:đã|vừa|đang|sẽ)\b"
)
# a paragraph that opens on the day of its event: the news lead after a sapo or a caption
_DATED_START = re.compile(
    r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm qua|Hôm nay)\s*(?:nay\s*)?(?:\(\s*)?(?:ngày\s*)?"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\b"
    # or on a recent time without its day, as news leads open ("Vừa qua, lực lượng chức năng phường X …")
    r"|(?:Vừa qua|Mới đây|Gần đây|Hôm qua|Hôm nay|(?:Sáng|Chiều|Tối) nay)\s*,"
)


# a lead about many localities ("nhiều địa phương đã tổ chức", "các tỉnh miền Trung"), and paragraphs
# opening on a province each ("Tại Hà Nội, …")
_MANY_PLACES = re.compile(
    r"(?:^|,\s*)(?:[Nn]hiều|[Cc]ác|[Mm]ột số) (?:địa phương|tỉnh, thành|tỉnh thành|tỉnh)\b[^,.;]{0,30}?\s"
    r"(?:đã|đang|vừa|sẽ|đồng loạt|tổ chức)\b"
)  # the subject ("…, nhiều địa phương đã tổ chức"), not an object ("phối hợp với các địa phương")
_AT_PROVINCE = re.compile(r"(?:^|\n)[ \t]*(?P<at>(?:Tại|Ở) )?")
_HEADING_WORDS = 20  # a paragraph this short without a closing full stop is a section heading
ROUND_UP_LEAD = 3  # the top province must score this many times the runner-up to hold a round-up


def _round_up(lead: str, text: str, top: list[tuple[str, int]]) -> bool:
    """Whether the article reports several provinces in turn: the lead's subject is many localities,
    or two sections open on different provinces (as a dateline or a heading), and the top province
    does not dominate (under ``ROUND_UP_LEAD`` times the runner-up); or three paragraphs or more
    open on different provinces.
    A paragraph opens on a province after *Tại* / *Ở* (``Tại Hà Nội, …``), as a dateline (``Khánh
    Hòa, chiều 28/4, UBND tỉnh …``) or as a section heading (``Quảng Ninh xử phạt 33 trường hợp …``)."""
    if len(top) < 2:
        return False
    close = top[0][1] < ROUND_UP_LEAD * top[1][1]
    if _MANY_PLACES.search(first_sentence(lead)) and close:
        return True
    g, opened, sections = gazetteer(), set(), set()
    for m in _AT_PROVINCE.finditer(text):
        place = g.pattern.match(text, m.end())
        if not place or place.group(0) in _PERSON_HCM:
            continue
        end = text.find("\n", place.end())
        paragraph = text[place.end() : end if end >= 0 else len(text)].rstrip()
        if m.group("at"):
            opened.add(g.names[place.group(0)])
        elif _ADDRESS.match(paragraph):
            continue  # "Hà Nội: 96 Lò Đúc ĐT: 9716229": a contact address
        elif paragraph.startswith(",") or (len(paragraph.split()) < _HEADING_WORDS and paragraph[-1:] != "."):
            sections.add(g.names[place.group(0)])  # "Khánh Hòa, chiều 28/4, …", "Quảng Ninh xử phạt …"
    return len(opened | sections) >= 3 or (len(sections) >= 2 and close)


_ADDRESS = re.compile(r"\s*:\s*\S*\d")


CENTRAL_IN_PROVINCE = 8  # the score a province needs to hold a central body's article (not Hà Nội)


# a province's own body or unit named in the lead ("huyện Quang Bình, tỉnh Hà Giang", "làm việc với LĐLĐ
# TPHCM", "yêu cầu UBND TP HCM"), not a venue alone ("khai mạc tại TP HCM") nor a post ("Bí thư Thành ủy")
_LOCAL_BODY = re.compile(
    r"(?:(?<![Tt]hư )(?<![Cc]hủ tịch )(?:Tỉnh ủy|Thành ủy|Tỉnh uỷ|Thành uỷ)|\b(?:tỉnh|UBND|HĐND|LĐLĐ|Sở \w+|"
    r"Công an|MTTQ|Mặt trận|Thành đoàn|Tỉnh đoàn|Hội Nông dân|Hội Phụ nữ|Hội LHPN|Liên đoàn Lao động))"
    r"\s*(?:TP\.?|thành phố)?\s*$"
)


_UNIT_PREFIX = re.compile(r"(?i:tỉnh|thành phố|tp\.?)\s*")


def _central_in_province(scores: Counter[str], province: str, lead: str) -> bool:
    """Whether a central body's article is about ``province``: the lead's first sentence names the
    province's own body or unit (the central body acts there or with it), the province is not the
    seat (Hà Nội, where national meetings sit), it is named often (``CENTRAL_IN_PROVINCE``), and not
    as one of several (a national directive or a storm report naming provinces in turn: the runner-up
    under half the top, the rest together under 0.6 of it)."""
    top = scores[province]
    rest = [v for k, v in scores.items() if k != province]
    if province == _SEAT or top < CENTRAL_IN_PROVINCE or max(rest, default=0) >= 0.5 * top:
        return False
    if sum(rest) >= 0.6 * top:
        return False
    g, sentence = gazetteer(), first_sentence(lead)
    for m in g.pattern.finditer(sentence):
        unit = _UNIT_PREFIX.match(m.group(0))  # "tỉnh Hà Giang", "TP HCM": the match holds its unit word
        head = sentence[max(0, m.start() - 30) : m.start()] + (unit.group(0) if unit else "")
        if g.names[m.group(0)] == province and _LOCAL_BODY.search(head):
            return True
    return False


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


# a meeting with voters ("tiếp xúc cử tri"): organised by the province's delegation of deputies, whoever
# attends
_VOTERS = re.compile(r"\btiếp xúc (?:với )?cử tri\b")


def locate(
    title: str, lead: str, text: str, outlet_hint: str | None
) -> tuple[str | None, str | None, str | None, str]:
    """(province, province_2025, admin_level, how) for an article."""
    if len(lead.split()) < 8:  # a byline or a label line first: the lead is the next paragraph
        lead = next((p for p in text.split("\n\n") if len(p.split()) >= 8), lead)
    found = _collect(title, lead, text)
    scores = found.scores
    named_before = scores[outlet_hint] if outlet_hint else 0
    hint_used = _outlet_hint(scores, text, outlet_hint)
    ranked = ", ".join(f"{k} {v}" for k, v in scores.most_common(3)) or "none"
    top = scores.most_common(2)
    province = top[0][0] if top and top[0][1] >= MIN_SCORE else None
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
        rest = lead[len(first_sentence(lead)) :]
        if level is None and (named := _organiser_named(rest, after[:1], province)):
            level, acting = named  # "Đại lễ cầu siêu do Trung ương Giáo hội … phối hợp với … tổ chức"
        if level is None and (met := _meeting_of(lead, province)):
            level, acting = met  # "Đó là … nội dung được thảo luận tại buổi làm việc giữa X với Y"
    level = level or None
    how = f"province scores: {ranked}" + (f" (outlet's home {outlet_hint} +1)" if hint_used and named_before
                                          else "")
    if province and len(top) > 1 and top[1][1] >= TIE * top[0][1]:
        return None, None, level, f"several provinces named alike ({ranked})"
    if province and _round_up(lead, text, top):
        return None, None, level, f"a round-up of several provinces in turn ({ranked})"
    if level == "central" and province and _VOTERS.search(first_sentence(lead)):
        level = "province"  # a leader meets the voters of the province they are a deputy of
    if level == "central":
        in_title = _collect(title, "", title)
        named = in_title.scores - in_title.venues  # "... tại Hà Nội" in a headline is a venue too
        venue = ", ".join(found.venues) or "not printed"
        if province is not None and named[province] == 0 and _central_in_province(scores, province, acting):
            how = f"organised by a central body, acting in the one province the text is about; {how}"
        elif province is None or named[province] == 0:
            return None, None, level, f"organised by a central body, venue {venue}: no province ({ranked})"
        else:
            how = f"organised by a central body, about the province its headline names; {how}"
    if province is None:
        return None, None, level, f"no place named often enough ({ranked})"
    new = province_2025_of(province)
    olds = Counter({old: w for (unit, old), w in found.post_2025.items() if unit == new})
    old = olds.most_common(1)[0][0] if olds else province
    if old != province and province == new:  # the text names the 2025 unit and one of its new communes
        return old, new, level, f"a commune in its 2025 form: in former {old}; {how}"
    return province, new, level, how
