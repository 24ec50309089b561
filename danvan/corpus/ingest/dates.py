"""Publication date and event date, each with how it was found; empty rather than guessed.

``published``, first source that gives a full date:

1. the input's ``date`` field (a corpus row); a URL timestamp of the same day adds the time;
2. the page's own metadata (HTML: ``article:published_time``, ``<time>``, JSON-LD, via htmldate);
3. the article's own date line, labelled or not, its weekday, time and date in any order (``19:42 |
   03/12/2020``, ``Cập nhật: 16:05 26/09/2023``, ``Đăng lúc: 19/09/2023 08:15:42``, ``02/04/2024 08:15
   GMT+7``, ``Cập nhật lúc 16:45, Thứ Năm, 20/11/2025 (GMT+7)``, ``26 Tháng Mười 2018 11:30:00 SA``), in
   the article's header or last lines (one deeper in the body is a schedule's);
4. a weekday header without a time (``Thứ Ba, 12/3/2024``, ``Chủ Nhật, ngày 22 tháng 5 năm
   2022``): in most outlets the day of publication, in some portals the day the page was viewed.
   It is used unless the lead contradicts it: the lead's event falls after the header or more
   than :data:`HEADER_GAP_DAYS` days before it;
5. a URL date pattern: a timestamp before ``.htm`` (``…-20201001163534963.htm``, Dân trí) or
   ``/yyyy/mm/dd/`` in the path.

``event_date`` is the day the lead reports: the first ``Sáng 22/1``, ``…vào chiều 7/11``, ``Ngày
20/7/2020``, ``chiều 20-4``, ``Sáng 22.6``, ``Hôm qua (5/6)``, ``chiều qua, 29-3``, ``hôm 13-1``,
``Trong hai ngày 14 và 15-2`` (the first day) of the first paragraph. A start (``có hiệu lực từ ngày
1/7``) is no event, unless it opens the lead (``Từ ngày 24/1, ...``); the time a state of things is
reported at is (``Đến chiều 10-10, nước lũ đã rút``, ``…, tính đến sáng 30/4``; not a deadline or a span's
end after a verb, ``hoàn thành đến chiều 30/4``); a span of days of one month
(``diễn ra từ ngày 20 đến 23-4``) is the lead's day when the lead names no other and no ``Sáng nay``.
When the first paragraph has none, the second gives it where it opens with the day (``Trong ngày
29/1, ...``, ``Chiều nay (16/5), ...``, not ``Cũng trong sáng 13-1``: another item), or where the
day opens a sentence after a photo credit or as its second sentence (a body printed as one line);
under a sapo with no day at all, where the day ends the opening of its first sentence, a comma after
it: a setting (``Tại phiên khai mạc ..., Quốc hội khóa XIV sáng 22/5, ...``, ``Trong tuyên cáo đưa ra
hôm 30-3, ...``) or any opening past a photo credit (not ``Cụ thể, ngày 26/4, ...``, a background
``Trước đó, ...``, an aside or a start ``từ 0h ngày 1/5``), or where a part of the day sits later in
that sentence (``Đó là khẳng định của bà … tại kỳ họp … diễn ra sáng 4/7.``; not a bare ``ngày``, a
quote, a deadline, a day recalled or of another year, nor ``Cũng trong sáng 13-1``: another item; its
year never inferred from the years named);
without a printed day, a ``hôm nay`` / ``sáng qua`` in the lead's first sentence is counted from
the publication date (the day itself, or the day before). A day without its year takes the year
printed later in its sentence with the same month (``sáng 11/5, ... từ ngày 11 - 15/5/2017``), or
the later year of an anniversary the sentence names: printed on the day itself, inferred for a
ceremony held within :data:`ANNIVERSARY_DAYS` of it (``Sáng 11/6, … kỷ niệm 60 năm … (15/6/1957 -
15/6/2017)``).
``event_year`` says
where its year came from: ``printed`` with the day, ``from_published`` (the latest such day not
after publication, or one up to :data:`EVENT_AHEAD_DAYS` after it: an event announced), or
``inferred``: from the dates of the related articles the text lists (``Sĩ tử cầu may(04/07/2004)``,
articles of the same months, older ones or, where the page was saved later, newer: the year of the
lead's day nearest the latest of them), else from the
years the text names (never targets ``đến năm 2045``, terms and ranges
``nhiệm kỳ 2015-2020``, anniversaries ``1945-2005``, birth years ``SN 1993``, ``sinh năm``, nor
range starts ``từ năm 2005``); else the event date stays empty, with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from danvan.core.text import UPPER

#: A weekday header more than this many days after the lead's event is not the publication date.
HEADER_GAP_DAYS = 45
#: A lead's day up to this many days after publication is of the publication's year (announced).
EVENT_AHEAD_DAYS = 60
#: A ceremony this many days from the anniversary its sentence names is of the anniversary's year.
ANNIVERSARY_DAYS = 31
#: A second paragraph this long (in words) is a body printed as one line (baomoi rows).
GLUED_BODY_WORDS = 200
#: The longest opening adverbial (in words) that may carry the day under an undated sapo.
OPENING_WORDS = 40
#: How far into a paragraph its opening day may lie (past a caption and its credit).
OPENING_CHARS = 600

_MONTH_WORDS = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)"
_LABEL = (
    r"(?:(?:ngày\s+|thời\s+gian\s+)?(?:cập\s+nhật|đăng\s+tải|đăng|xuất\s+bản|phát\s+hành)"
    r"(?:\s+(?:lúc|ngày|vào))?|lúc)\s*:?\s*"
)
_TIME = r"(?P<hh>\d{1,2})\s*[:hg]\s*(?P<mi>\d{2})(?::(?P<ss>\d{2}))?\s*(?P<ampm>SA|CH|AM|PM)?"
_DMY = r"(?:ngày\s+)?(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
_DMY_WORDS = (
    r"(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2}|[^\W\d_]+(?:\s+(?:một|hai))?)"
    r",?\s+(?:năm\s+)?(?P<y>\d{4})"
)
_SEP = r"\s*[|,\-–—]?\s*"
_GMT = r"(?:\s*\(?\s*GMT\s*[+-]\s*\d{1,2}(?::?00)?\s*\)?)?"


def _date_line_pattern(date: str) -> re.Pattern[str]:
    """A whole line of a date and, in any of the outlets' orders, a weekday and a time (``Thứ Năm,
    20/11/2025, 16:45``, ``16:45, Thứ Năm, 20/11/2025 (GMT+7)``, ``Thứ Năm, 16:45, 20/11/2025``),
    separated by commas, spaces, bars or dashes, after a label or a short category."""
    weekday = rf"(?:{_WEEKDAY}{_SEP})"
    return re.compile(
        rf"^(?:[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}\s*[:|-]?\s+)??(?:{_LABEL})?{weekday}?"
        rf"(?:(?:{_TIME}){_GMT}{_SEP}{weekday}?)?(?:{date})"
        rf"(?:{_SEP}(?:lúc\s*)?(?:{_TIME.replace('?P<', '?P<t2')}))?{_GMT}\s*$",
        re.IGNORECASE,
    )


_DATE_LINES = (_date_line_pattern(_DMY), _date_line_pattern(_DMY_WORDS))
_WEEKDAY_START = re.compile(rf"^{_WEEKDAY}\b", re.IGNORECASE)

#: The start of a lead: an optional outlet marker, then a time of day and a day (``Sáng 22/1``).
LEAD = re.compile(
    r"^(?:\([^)]{2,40}\)\s*[-–—]?\s*)?(?P<when>(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm nay|Sáng nay|"
    r"Chiều nay)\s*(?:ngày\s*)?)(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>\d{4}))?",
)
#: A reported day anywhere in a lead: ``vào sáng 7/11``, ``chiều tối ngày 27/4/2021``,
#: ``Hôm qua (5/6)``, ``Sáng 22.6``, ``chiều 20-4``, ``trong hai ngày 24-25/8`` (the first day),
#: ``ngày 14 và 15-2``, ``chiều qua, 29-3``, ``hôm 13-1``, ``Khuya 13-3``, ``từ 15 đến 22/8`` (a span).
_EVENT = re.compile(
    r"(?<!\w)(?P<when>(?:sáng|chiều|trưa|tối|đêm)(?:\s+(?:nay|qua|tối|sớm|muộn))?|khuya|hôm\s+(?:nay|qua)"
    r"|ngày|hôm(?=\s+\d)|từ(?=\s+\d{1,2}\s*(?:(?:[-–]|đến)\s*\d{1,2}\s*)?[/.-]\s*\d))"
    r"(?:\s+(?:hôm\s+)?ngày)?(?:(?<=nay|qua)\s*,)?\s*\(?\s*(?P<d>\d{1,2})"
    r"(?P<to>\s*(?:[-–]|và|đến)\s*\d{1,2})?\s*(?P<sep>[/.-])\s*"
    r"(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?(?![\d,]\d)",
    re.IGNORECASE,
)
#: A day named relative to publication, without its date: ``hôm nay``, ``sáng qua``, ``tối nay``.
_RELATIVE = re.compile(
    r"(?<!\w)(?:hôm|sáng|chiều|trưa|tối|đêm)\s+(?P<rel>nay|qua)\b(?!\s*[,(]?\s*(?:ngày\s*)?\d)", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: What may open a lead before its day: an outlet mark, ``Trong``, ``Từ``, ``Vào``, ``Trong hai`` (not
#: ``Cũng trong``: another item of the same day).
_OPENS = re.compile(
    r"(?:\([^)]{2,40}\)\s*[-–—]?\s*|[A-ZĐ]{2,6}\s*[-–—]\s*)?"
    r"(?:(?:Trong|Từ|Kể từ|Bắt đầu từ|Vào|Ngay trong|Ngay từ)(?:\s+(?:cả|các|hai|ba|2|3))?\s+)?"
)
#: A day span told as background, not the lead's event: ``Trước đó, từ ngày 23 đến 25-1``.
_BACKGROUND = re.compile(r"(?:trước đó|trước đây|cũng|từng)\W", re.IGNORECASE)
#: A sentence that opens by telling what came before the lead's news (``Trước đó, ...``).
_TOLD_BEFORE = re.compile(r"(?<!\w)(?:trước đó|trước đây|sau đó)\W", re.IGNORECASE)
#: A start or an end with its hour before the day (``từ 0h ngày 1/5/2021``).
_FROM_HOUR = re.compile(r"(?:từ|đến|tới|trước|sau|hết)\s+\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s+$", re.IGNORECASE)
#: An opening adverbial that sets the scene (``Tại hội nghị ...``, ``Trong tuyên cáo ...``, ``Bên hành lang
#: Quốc hội ...``, ``Bên lề hội nghị ...``), and the comma that closes it after the day.
_SETTING = re.compile(r"\W*(?:tại|trong|tiếp tục|phát biểu tại|bên hành lang|bên lề)[\s,]", re.IGNORECASE)
#: A part of the day capitalised inside a line, its date closed by a comma: a lead glued after a caption
#: (``… nhiệm kỳ 2016-2021 Sáng 5-7, kỳ họp thứ 4 …``), the caption ending on a name, a number or a
#: capital's word, not on a common noun a title may follow (``Bộ phim Đêm 30-4, …``, ``trong đó Chiều 5-7``)
_GLUED_DAYPART = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Đêm)\b")
_CAPTION_END = re.compile(rf"(?:\d|[{UPPER}]\S*|[)”\"])\s+$")
_CLOSES_OPENING = re.compile(r"\s*,")
#: A full date later in a sentence; ``pair``: one of a pair (``21/6/1925 - 21/6/2017``).
_DMY_IN = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)"
    r"(?P<pair>\s*[-–]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?"
)
_PAIR_END = re.compile(r"\d{4}\s*[-–]\s*$")
_AFTER_STOP = re.compile(r"[.!?…]\s+$")
_ASIDE = re.compile(r"\((?:\s*từ)?\s*$", re.IGNORECASE)
_NOT_EVENT = re.compile(r"(?:từ|đến|tới|trước|sau|hết|hạn|kể từ|cho đến)\s+$", re.IGNORECASE)
#: The time a state of things is reported at (``Đến chiều 10-10, nước lũ đã rút``, ``…, tính đến sáng 30/4 cả
#: nước có 270 ca``, ``… nhưng đến sáng 22/1, mùi dầu vẫn …``): a part of the day after *tính đến*, or after
#: *đến* / *tới* opening a sentence or a clause (after a stop, a comma or a conjunction); not a deadline or a
#: span's end after a verb (``hoàn thành đến chiều 30/4``, ``kéo dài từ hôm 20/2 đến chiều 21/2``) nor ``đến
#: ngày 30/6``
_AS_OF = re.compile(
    r"(?:[Tt]ính\s+(?:đến|tới)|Đến|Tới|(?:^|[,;:.!?…]\s*|\b(?:và|nhưng|mà|thì|chỉ|cho biết|xác nhận)\s+)"
    r"(?:đến|tới))\s+$"
)
_DAYPART = re.compile(_GLUED_DAYPART.pattern, re.IGNORECASE)  # a part of the day, in either case
_END = re.compile(r"[.!?…:;”\"')»]\s*$")
_CREDIT = re.compile(r"ảnh\s*:", re.IGNORECASE)
#: Years the text names: ``năm 2017``, ``tháng 12-2005``, ``20/7/2020``, ``2019``.
_YEAR = re.compile(
    r"(?<![\d,])((?:19[5-9]|20[0-4])\d)(?:\s*[-–]\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?((?:19|20)\d{2}))?(?![\d/])"
)
_NOT_TIME_OF_WRITING = re.compile(
    r"(?<!\w)(?:đến|tới|trước|tầm nhìn|sau|từ|cho|vào|sinh|sn|sinh năm|nhiệm kỳ|giai đoạn|khóa|khoá|"
    r"thời kỳ|kế hoạch|chiến lược|chương trình|mục tiêu|định hướng)\s+"
    r"(?:năm\s+|tháng\s+\S+\s+|ngày\s+)?(?:\d{1,2}[/.-]){0,2}$"
    r"|(?:19|20)\d{2}\s*[-–]\s*(?:\d{1,2}[/.-]){0,2}$|\bSN\s*:?\s*$",
    re.IGNORECASE,
)
_URL_STAMP = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{0,9}\.html?\b")
_URL_PATH = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")


def is_date_line(line: str) -> bool:
    """A line that is only a date (with an optional label, time, weekday or short category)."""
    return len(line) <= 90 and _match_date_line(line) is not None


def _match_date_line(line: str) -> re.Match[str] | None:
    line = line.strip()
    if not line[:1].isdigit() and not any(c.isdigit() for c in line[:60]):
        return None
    for pattern in _DATE_LINES:
        if m := pattern.match(line):
            return m
    return None


def _month(token: str) -> int | None:
    token = " ".join(token.split()).casefold()
    if token.isdigit():
        return int(token)
    return _MONTH_WORDS.get(token)


def parse_date_line(line: str) -> tuple[datetime | None, bool]:
    """(datetime, has_time) of a date line; dateparser handles what the patterns do not."""
    m = _match_date_line(line)
    if m:
        g = m.groupdict()
        month = _month(g["m"] or "")
        hh = g.get("hh") or g.get("t2hh")
        mi = g.get("mi") or g.get("t2mi")
        ampm = (g.get("ampm") or g.get("t2ampm") or "").upper()
        if month:
            hour = int(hh) if hh else 0
            if ampm in ("CH", "PM") and hour < 12:
                hour += 12
            if ampm in ("SA", "AM") and hour == 12:
                hour = 0
            try:
                return datetime(int(g["y"]), month, int(g["d"]), hour, int(mi or 0)), bool(hh)
            except ValueError:
                return None, False
    import dateparser  # only for lines the patterns do not read (its import takes 50 ms)

    parsed = dateparser.parse(line, languages=["vi"], settings={"DATE_ORDER": "DMY"})
    return parsed, bool(parsed and (parsed.hour or parsed.minute))


def parse_given_date(value: str) -> datetime | None:
    """A date field from the input: ISO first, else day-first; a missing day or month is no date.

    Time zones are dropped after conversion to the writer's clock (the wall time as printed).
    """
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        import dateparser

        parsed = dateparser.parse(
            value,
            languages=["vi", "en"],
            settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    if parsed is None:
        return None
    return parsed.replace(tzinfo=None)


def url_date(url: str | None) -> tuple[datetime | None, bool]:
    """(datetime, has_time) from a URL date pattern: ``…-20201001163534963.htm`` or ``/2020/10/01/``."""
    if not url:
        return None, False
    try:
        if m := _URL_STAMP.search(url):
            y, mo, d, hh, mi = map(int, m.groups())
            return datetime(y, mo, d, hh, mi), True
        if m := _URL_PATH.search(url):
            return datetime(*map(int, m.groups())), False
    except ValueError:
        pass
    return None, False


@dataclass
class Dates:
    published: datetime | None
    event_date: datetime | None
    source: str
    event_year: str | None = None  # printed | from_published | inferred; None when no event date
    event_day: str | None = None  # "MM-DD" of the lead's day, also when its year is unknown


@dataclass
class _Lead:
    said: str
    day: int
    month: int
    year: int | None
    year_inferred: bool = False  # the year of an anniversary the ceremony is held near, not printed with it
    year_note: str = ""  # where that year came from, said only where it is used
    later: bool = False  # found later in a sentence: its year is never inferred from the years named


def lead_day(lead: str, second: str = "") -> _Lead | None:
    """The day the lead reports, with its year where printed (see the module docstring)."""
    span = None  # "diễn ra từ ngày 20 đến 23-4": the lead's day, unless the lead names another
    dated = False  # whether the lead names a day at all (else it is an undated sapo)
    for m in _EVENT.finditer(lead):
        dated = True
        before = lead[max(0, m.start() - 12) : m.start()]
        if _ASIDE.search(before):
            continue  # "(ngày 18-1-2006)", "(từ ngày 5-7/12)": an aside
        if _DAYPART.match(m.group("when")) and not m.group("to") and _AS_OF.search(lead, 0, m.start()):
            return _with_year_after(_lead_of(m), lead, m.end())  # "Đến chiều 10-10, nước lũ đã rút"
        if _NOT_EVENT.search(before) or m.group("when").casefold() == "từ":
            if _OPENS.fullmatch(lead[: m.start()]):
                return _with_year_after(_lead_of(m), lead, m.end())  # "Từ ngày 15 đến 17/5, ..."
            background = _BACKGROUND.search(lead, max(0, m.start() - 24), m.start())
            if span is None and m.group("to") and not background:
                span = m
            continue  # "hiệu lực từ ngày 1/7": a start, not the event
        return _with_year_after(_lead_of(m), lead, m.end())
    if span is not None and not _RELATIVE.search(lead, 0, span.start()):  # "Sáng nay, ... từ 6 đến 22/4"
        return _with_year_after(_lead_of(span), lead, span.end())
    sapo = not dated and not _RELATIVE.search(lead) and _SENTENCE_END.search(lead) is not None
    for m in _EVENT.finditer(second):
        # a lead glued after a photo caption (its credit, ``Ảnh: TTXVN``, or a double space before
        # it), or the dated lead that opens the paragraph under an undated sapo
        start = m.start()
        glued = second[max(0, start - 2) : start] == "  " or _CREDIT.search(second, max(0, start - 80), start)
        # or a paragraph's opening in a body printed as one line (baomoi): ``... chúc mừng. Ngày 20/6, ...``
        # as its second sentence (in a paragraph of a few sentences it tells the story: ``Ngày 7/4,
        # bệnh nhân từ Nhật Bản ...`` under a bulletin's lead)
        opens_sentence = (
            _AFTER_STOP.search(second, max(0, start - 3), start)
            and len(_SENTENCE_END.findall(second, 0, start)) <= 1
            and second.count(" ") >= GLUED_BODY_WORDS
        )
        told = m.group("when")[:1].isupper() and m.group("when") != "Từ"  # "Ngày 20/6", not a start "Từ 15-2"
        daypart = (sapo and 0 < start <= OPENING_CHARS and _GLUED_DAYPART.match(m.group("when"))
                   and _CLOSES_OPENING.match(second, m.end()) is not None
                   and not _SENTENCE_END.search(second, 0, start)  # in the first sentence: a glued line
                   and len(second[:start].split()) <= OPENING_WORDS
                   and _CAPTION_END.search(second, max(0, start - 40), start) is not None)
        if (told and (glued or opens_sentence or daypart)) or _OPENS.fullmatch(second[:start]):
            return _with_year_after(_lead_of(m), second, m.end())
        if sapo and _first_sentence_day(second, m):
            return _with_year_after(_lead_of(m), second, m.end())
        if sapo and _in_first_sentence(second, m) and (found := _lead_of(m)):
            found.later = True
            return _with_year_after(found, second, m.end())
    return None


_QUOTE_START = re.compile(r"\s*[\"“'‘]")
#: A day someone recalls (``Ông Dơ kể, chiều 3/5 bà con họp bàn``): the story of a feature, not its news.
_RECALLED = re.compile(r"(?<!\w)(?:kể|kể lại|nhớ(?!\s+ơn)|nhớ lại|hồi tưởng|kể chuyện)(?!\w)", re.IGNORECASE)
#: A deadline (``Hạn chót nộp hồ sơ là chiều 20/3``), and a day of another year (``chiều 3/5 năm 2018``,
#: ``đêm 12/3 năm ngoái``): not the occasion of the news.
_DEADLINE = re.compile(r"(?<!\w)(?:hạn chót|thời hạn|hạn cuối|hạn nộp|hết hạn)(?!\w)", re.IGNORECASE)
_OTHER_YEAR = re.compile(r"\s*,?\s*năm\b", re.IGNORECASE)


def _in_first_sentence(second: str, m: re.Match[str]) -> bool:
    """Under an undated sapo, a part of the day later in the next paragraph's first sentence, the
    occasion of what the sapo told (``Đó là khẳng định của bà …, tại kỳ họp thứ 5, HĐND TPHCM khóa IX
    diễn ra sáng 4/7.``, ``… được tổ chức đầm ấm, vui tươi vào tối ngày 30/9.``), in lower case (``Bộ phim
    Đêm 30-4``, ``diễn ra Sáng 5-7``: a name, a glued caption). Not a bare ``ngày``
    (``Nghị quyết ra ngày 2/10``, ``Cụ thể, ngày 26/4``), a quoted sentence, a day someone recalls
    (``Ông Dơ kể, chiều 3/5 …``), a deadline (``Hạn chót … là chiều 20/3``), a day of another year
    (``đêm 12/3 năm ngoái``), another item of the same day (``Cũng trong sáng 13-1``), a start or an end
    (``từ``, ``đến``), an aside or background. Such a day's year is never inferred from the years the text
    names (they may be its history)."""
    start = m.start()
    base = max((c.end() for c in _CREDIT.finditer(second, 0, start)), default=0)
    sentence = second[base:start]
    return (
        start <= OPENING_CHARS
        and _DAYPART.match(m.group("when")) is not None
        and m.group("when")[:1].islower()  # "Bộ phim Đêm 30-4": a capital inside a sentence names
        and not _QUOTE_START.match(sentence)
        and not _RECALLED.search(sentence)
        and not _DEADLINE.search(sentence)
        and not _OTHER_YEAR.match(second, m.end())
        and not _BACKGROUND.search(second, max(0, start - 14), start)  # "Cũng trong sáng 13-1": another item
        and _told_in_sentence(second, m, sentence)
    )


def _told_in_sentence(second: str, m: re.Match[str], sentence: str) -> bool:
    """Whether the day of ``m`` is told in ``sentence`` (the text before it in its sentence) as an event:
    no sentence ends before it, no background (``Trước đó``), no start or end (``từ 0h``, ``đến``), no
    open aside."""
    start = m.start()
    before = second[max(0, start - 12) : start]
    return (
        not _SENTENCE_END.search(sentence)
        and not _TOLD_BEFORE.search(sentence)
        and not _FROM_HOUR.search(second, max(0, start - 16), start)
        and sentence.count("(") <= sentence.count(")")
        and m.group("when").casefold() != "từ"
        and not _NOT_EVENT.search(before)
        and not _ASIDE.search(before)
    )


def opens_on_day(paragraph: str) -> bool:
    """Whether a paragraph under an undated sapo opens on its day the way :func:`lead_day` reads it
    (``Tại phiên khai mạc ..., sáng 22/5, ...``; a caption's credit first allowed)."""
    head = paragraph[:OPENING_CHARS]
    return any(_first_sentence_day(head, m) for m in _EVENT.finditer(head))


def _first_sentence_day(second: str, m: re.Match[str]) -> bool:
    """Under an undated sapo, the next paragraph's opening adverbial that ends with the day (a comma
    follows it): a setting ``Tại phiên khai mạc kỳ họp thứ 3, Quốc hội khóa XIV sáng 22/5, ...``,
    ``Trong tuyên cáo đưa ra hôm 30-3, ...``, or any opening past a photo caption and its credit
    (``... Ảnh: TTXVN Tiếp tục chương trình làm việc, chiều 16/5, ...``). Not a day later in the
    sentence (:func:`_in_first_sentence` reads a part of the day there), nor ``Cụ thể, ngày 26/4,
    ...``, a start or a term (``từ ngày 1/7``), an aside (``(di tích ngày 11-9)``) or background
    (``Trước đó, ...``)."""
    start = m.start()
    if start > OPENING_CHARS or _CLOSES_OPENING.match(second, m.end()) is None:
        return False
    base = max((c.end() for c in _CREDIT.finditer(second, 0, start)), default=0)
    sentence = second[base:start]
    return (
        (base > 0 or _SETTING.match(sentence) is not None)
        and len(sentence.split()) <= OPENING_WORDS
        and _told_in_sentence(second, m, sentence)
    )


def _with_year_after(day: _Lead | None, text: str, at: int) -> _Lead | None:
    """A day printed without its year takes the year printed later in its sentence with the same
    month (``sáng 11/5, ... lên đường ... từ ngày 11 - 15/5/2017``); an anniversary's pair of dates
    gives the later year where the day is the anniversary's (*Sáng 21/6, … kỷ niệm 92 năm Ngày Báo chí
    Cách mạng Việt Nam (21/6/1925 - 21/6/2017)*: 2017, printed), or falls within :data:`ANNIVERSARY_DAYS`
    of it (*Sáng 11/6, … lễ kỷ niệm 60 năm ngày Bác Hồ về thăm Hà Tĩnh (15/6/1957 - 15/6/2017)*: 2017,
    inferred), else none."""
    if day is None or day.year:
        return day
    end = _SENTENCE_END.search(text, at)
    for m in _DMY_IN.finditer(text, at, end.start() if end else len(text)):
        if m.group("pair") and _near_anniversary(day, m) and _is_anniversary(text, m.start()):
            day.year = int(m.group("pair")[-4:])
            on_the_day = (int(m.group("d")), int(m.group("m"))) == (day.day, day.month)
            day.year_inferred = not on_the_day
            if on_the_day:
                day.said += f" (year printed with the anniversary {m.group(0).strip()!r})"
            else:
                day.year_note = f" (the anniversary {m.group(0).strip()!r})"
            return day
        paired = m.group("pair") or _PAIR_END.search(text, max(0, m.start() - 8), m.start())
        if int(m.group("m")) == day.month and int(m.group("d")) >= day.day and not paired:
            day.year = int(m.group("y"))
            day.said += f" (year printed with {m.group(0).strip()!r})"
            return day
    return day


def _near_anniversary(day: _Lead, m: re.Match[str]) -> bool:
    """Whether ``day`` falls within :data:`ANNIVERSARY_DAYS` of the anniversary a pair of dates ends on
    (the ceremony is held in the days around it)."""
    year = int(m.group("pair")[-4:])
    try:
        gap = datetime(year, day.month, day.day) - datetime(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return False
    return abs(gap.days) <= ANNIVERSARY_DAYS


def _lead_of(m: re.Match[str]) -> _Lead | None:
    day, month = int(m.group("d")), int(m.group("m"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    said = m.group(0).strip(" (")
    said += ")" if "(" in said else ""
    return _Lead(said, day, month, int(m.group("y")) if m.group("y") else None)


def years_named(text: str) -> list[int]:
    """Years (1950-2049) that may date the text: not targets, terms, ranges, anniversaries or births,
    nor the year an anniversary counts from, wherever it is named (``Ngày 15/6/1957, Bác Hồ về
    thăm…`` beside ``(15/6/1957 - 15/6/2017)``: the history told, not the time of writing)."""
    years: list[int] = []
    historic: set[int] = set()
    for m in _YEAR.finditer(text):
        if m.group(2):  # "2015-2020", "1945-2005", "15/10/1930 - 15/10/2020": a range or anniversary
            if _is_anniversary(text, _date_start(text, m.start())):
                historic.add(int(m.group(1)))
            continue
        before = text[max(0, m.start() - 24) : m.start()]
        if _NOT_TIME_OF_WRITING.search(before):
            continue
        years.append(int(m.group(1)))
    return [y for y in years if y not in historic]


_FULL_RANGE = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)\d{2}\s*[-–]\s*(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)\d{2}"
)
_DAY_MONTH_BEFORE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]$")


def _is_anniversary(text: str, at: int) -> bool:
    """A range of two full dates on the same day and month (``14/6/1957 - 14/6/2017``,
    ``2.9.1945-2.9.2005``) starts at ``at``."""
    m = _FULL_RANGE.match(text, at)
    return bool(m) and (int(m.group(1)), int(m.group(2))) == (int(m.group(3)), int(m.group(4)))


def _date_start(text: str, year_at: int) -> int:
    """Where the day of a date ending in the year at ``year_at`` starts (the year itself if none)."""
    m = _DAY_MONTH_BEFORE.search(text, max(0, year_at - 6), year_at)
    return m.start() if m else year_at


def infer_year(month: int, years: list[int]) -> int | None:
    """The year of an event from the years a report names (reviews look back, plans look ahead)."""
    if not years:
        return None
    latest = max(years)
    if month >= 10 and latest - 1 in years:
        return latest - 1
    return latest


def _year_before(day: int, month: int, published: datetime) -> int:
    """The year of the latest ``day/month`` not after ``published``."""
    return published.year - (1 if (month, day) > (published.month, published.day) else 0)


def _year_near(day: int, month: int, published: datetime) -> int:
    """The year of ``day/month`` nearest the publication: up to :data:`EVENT_AHEAD_DAYS` after it
    (an event the article announces, ``sẽ diễn ra từ 5-8/5``, or a date field a day early), else the
    latest not after it."""
    year = _year_before(day, month, published)
    try:
        ahead = (datetime(year + 1, month, day).date() - published.date()).days
    except ValueError:  # 29 February
        return year
    return year + 1 if 0 < ahead <= EVENT_AHEAD_DAYS else year


def _contradicts(header: datetime, lead: _Lead | None) -> str | None:
    """Why the lead contradicts a weekday header as the publication date, or None."""
    if lead is None:
        return None
    printed = lead.year and not lead.year_inferred  # an anniversary's year is not the lead's own
    year = lead.year if printed else _year_before(lead.day, lead.month, header)
    try:
        gap = (header - datetime(year, lead.month, lead.day)).days
    except ValueError:
        return None
    if gap < 0:
        return f"the lead's event ({lead.said!r}) falls after it"
    if gap > HEADER_GAP_DAYS:
        return f"the lead's event ({lead.said!r}) falls {gap} days before it"
    return None


def _lead_paragraphs(lead: str, text: str) -> tuple[str, str]:
    """The lead and the paragraph after it: the first paragraph that is running text, past short
    unpunctuated lines (a byline ``THANH SƠN`` or ``Chia sẻ`` printed above the lead)."""
    at = text.find(lead) if lead else -1
    starts_paragraph = at == 0 or (at > 0 and text[at - 2 : at] == "\n\n")
    paragraphs = text[at:].split("\n\n", 4) if starts_paragraph else [lead]
    i = 0
    while i + 1 < len(paragraphs) and len(paragraphs[i].split()) <= 6 and not _END.search(paragraphs[i]):
        i += 1
    return paragraphs[i], paragraphs[i + 1] if i + 1 < len(paragraphs) else ""


def find_dates(
    date_lines: list[tuple[str, str]],
    lead: str,
    text: str,
    given: str | None = None,
    url: str | None = None,
) -> Dates:
    """Published and event dates of an article, and a sentence saying how each was found.

    ``date_lines`` are (line, where) with where ``before``/``after`` the title, ``page`` for
    the HTML page's own metadata (an ISO date), or ``listed`` for the date of a related article
    the text lists (an ISO date, of the article's months).
    """
    notes: list[str] = []
    published: datetime | None = None
    day = lead_day(*_lead_paragraphs(lead, text))
    if given:
        published = parse_given_date(given)
        if published is not None:
            notes.append(f"published: from the input's date field ({given})")
            stamp, has_time = url_date(url)
            lag = (published.date() - stamp.date()).days if stamp is not None else None
            if lag in (0, 1) and has_time and not published.hour + published.minute:
                # a field with no time, on the URL timestamp's day or the next (the page's later day)
                published = stamp
                notes.append("time from the URL timestamp of the same day" if lag == 0 else
                             "published: the URL timestamp, the day before the date field's (no time)")
        else:
            notes.append(f"published: the input's date field {given!r} is not a full date, ignored")
    headers: list[tuple[str, datetime]] = []
    listed: list[datetime] = []
    for line, where in date_lines:
        if where == "listed":
            if (value := parse_given_date(line)) is not None:
                listed.append(value)
            continue
        if where == "page":
            value = parse_given_date(line)
            if value is not None and published is None:
                published = value
                notes.append(f"published: the page's own metadata ({line})")
            continue
        value, has_time = parse_date_line(line)
        if value is None:
            continue
        if not has_time and _WEEKDAY_START.match(line.strip()):
            headers.append((line, value))
            continue
        if published is None:
            published = value
            notes.append(f"published: date line {line!r}")
    for line, value in headers:
        if published is not None:
            notes.append(f"weekday header {line!r} not used (another date was found first)")
            continue
        if why := _contradicts(value, day):
            notes.append(f"weekday header {line!r} not used: {why}, so it is the day the page was viewed")
            continue
        published = value
        tail = "the lead does not contradict it" if day else "the lead has no day to contradict it"
        notes.append(f"published: weekday header {line!r} ({tail})")
    if published is None:
        stamp, _ = url_date(url)
        if stamp is not None:
            published = stamp
            notes.append("published: from the URL date pattern")
    if published is None and not any(n.startswith("published") for n in notes):
        notes.append("published: no date line")
    if day is None and published is not None:
        day = relative_day(_lead_paragraphs(lead, text)[0], published)
    event, event_year = _event(day, published, text, notes, max(listed, default=None))
    return Dates(published, event, "; ".join(notes), event_year, _day_of_year(day))


def _day_of_year(day: _Lead | None) -> str | None:
    """``MM-DD`` of a lead's day, when it is one of some year (29 February included)."""
    if day is None:
        return None
    try:
        datetime(2000, day.month, day.day)  # a leap year: every day of the calendar
    except ValueError:
        return None
    return f"{day.month:02d}-{day.day:02d}"


def relative_day(lead: str, published: datetime) -> _Lead | None:
    """The day of a ``hôm nay`` / ``sáng qua`` in the lead's first sentence, counted from the
    publication date (the day itself, or the day before)."""
    end = _SENTENCE_END.search(lead)
    m = _RELATIVE.search(lead, 0, end.start() if end else len(lead))
    if not m:
        return None
    when = published - timedelta(days=1 if m.group("rel").casefold() == "qua" else 0)
    said = f"{m.group(0)} (counted from the published date)"
    return _Lead(said, when.day, when.month, None)  # its year: from the published date


def _year_nearest(day: int, month: int, when: datetime) -> int:
    """The year of the ``day/month`` nearest ``when``."""
    def gap(year: int) -> int:
        try:
            return abs((datetime(year, month, day) - when).days)
        except ValueError:  # 29 February
            return 400
    return min((when.year - 1, when.year, when.year + 1), key=gap)


def _event(
    day: _Lead | None, published: datetime | None, text: str, notes: list[str],
    listed: datetime | None = None,
) -> tuple[datetime | None, str | None]:
    """The event date and where its year came from; ``listed``: the latest date of the related
    articles the text lists, of the article's months (the year nearest it, where no publication date
    is known)."""
    if day is None:
        notes.append("event: the lead reports no day")
        return None, None
    if day.year and day.year_inferred and published is None:
        year, how, kind = day.year, f"year of the anniversary it is held near{day.year_note}", "inferred"
    elif day.year and not day.year_inferred:
        year, how, kind = day.year, "year printed", "printed"
    elif published is not None:
        year = _year_near(day.day, day.month, published)
        how, kind = "year from the published date", "from_published"
    elif listed is not None:
        year = _year_nearest(day.day, day.month, listed)
        how = f"year inferred from the related articles the text lists (the latest of {listed:%d/%m/%Y})"
        kind = "inferred"
    elif day.later:  # a day read later in a sentence: the years the text names may be its history
        year, how, kind = None, "", None
    else:
        year = infer_year(day.month, years_named(text))
        how, kind = f"year inferred from the years the text names ({year})", "inferred"
    if not year:
        notes.append(f"event: lead {day.said!r}, year unknown (left empty)")
        return None, None
    try:
        event = datetime(year, day.month, day.day)
    except ValueError:
        notes.append(f"event: lead {day.said!r} is not a valid date")
        return None, None
    notes.append(f"event: lead {day.said!r}, {how}")
    return event, kind
