"""Publication date and event date, each with how it was found; empty rather than guessed.

* ``published`` comes from the article's own date/time line (``19:42 | 03/12/2020``,
  ``26 Tháng Mười 2018 11:30:00 SA``). A weekday header printed above the headline without a time
  (``Chủ Nhật, ngày 22 tháng 5 năm 2022``) is the day the page was viewed, not published.
* ``event_date`` is the day the lead reports (``Sáng 22/1``); its year comes from the lead itself,
  else from the published date, else from the years the text names; else it stays empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

_MONTH_WORDS = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)"
_TIME = r"(?P<hh>\d{1,2})\s*[:hg]\s*(?P<mi>\d{2})(?::(?P<ss>\d{2}))?\s*(?P<ampm>SA|CH|AM|PM)?"
_DMY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
_DMY_WORDS = (
    r"(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2}|[^\W\d_]+(?:\s+(?:một|hai))?)"
    r",?\s+(?:năm\s+)?(?P<y>\d{4})"
)


def _date_line_pattern(date: str) -> re.Pattern[str]:
    return re.compile(
        rf"^(?:[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}\s+)?(?:{_WEEKDAY}\s*,?\s*)?"
        rf"(?:(?:{_TIME})\s*[|,-]?\s*)?(?:{date})"
        rf"(?:\s*[|,-]?\s*(?:{_TIME.replace('?P<', '?P<t2')}))?"
        r"\s*(?:\(GMT[+-]\d+\))?$",
        re.IGNORECASE,
    )


_DATE_LINES = (_date_line_pattern(_DMY), _date_line_pattern(_DMY_WORDS))
_WEEKDAY_START = re.compile(rf"^{_WEEKDAY}\b", re.IGNORECASE)
LEAD = re.compile(
    r"^(?:\([^)]{2,40}\)\s*[-–—]?\s*)?(?P<when>(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm nay|Sáng nay|"
    r"Chiều nay)\s*(?:ngày\s*)?)(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>\d{4}))?",
)
_YEAR = re.compile(r"(?<![\d/.-])((?:199|20[0-4])\d)(?:\s*[-–]\s*((?:19|20)\d{2}))?(?![\d/])")
_FORWARD = re.compile(r"(?:đến|tới|trước|tầm nhìn|sau)\s+(?:năm\s+)?$", re.IGNORECASE)


def is_date_line(line: str) -> bool:
    """A line that is only a date (with an optional time, weekday or short category prefix)."""
    return len(line) <= 80 and _match_date_line(line) is not None


def _match_date_line(line: str) -> re.Match[str] | None:
    for pattern in _DATE_LINES:
        if m := pattern.match(line.strip()):
            return m
    return None


def _month(token: str) -> int | None:
    token = token.strip().casefold()
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


@dataclass
class Dates:
    published: datetime | None
    event_date: datetime | None
    source: str


def years_named(text: str) -> list[int]:
    """Years (1990-2049) the text names, without range ends (``2022-2026``) and targets (``đến năm 2030``)."""
    years: list[int] = []
    for m in _YEAR.finditer(text):
        if _FORWARD.search(text[max(0, m.start() - 16) : m.start()]):
            continue  # "đến năm 2030", "tầm nhìn 2045": a target, not the time of writing
        years.append(int(m.group(1)))
    return years


def infer_year(month: int, years: list[int]) -> int | None:
    """The year of an event from the years a report names (reviews look back, plans look ahead)."""
    if not years:
        return None
    latest = max(years)
    if month >= 10 and latest - 1 in years:
        return latest - 1
    return latest


def find_dates(
    date_lines: list[tuple[str, str]],
    lead: str,
    text: str,
    given: str | None = None,
) -> Dates:
    """Published and event dates of an article, and a sentence saying how each was found."""
    notes: list[str] = []
    published: datetime | None = None
    if given:
        published = parse_given_date(given)
        if published is not None:
            notes.append(f"published: from the input's date field ({given})")
        else:
            notes.append(f"published: the input's date field {given!r} is not a full date, ignored")
    for line, where in date_lines:
        value, has_time = parse_date_line(line)
        if value is None:
            continue
        if where == "before" and not has_time and _WEEKDAY_START.match(line.strip()):
            notes.append(f"page header {line!r} is the day the page was viewed, not used")
            continue
        if published is None:
            published = value
            notes.append(f"published: date line {line!r}")
    event: datetime | None = None
    m = LEAD.match(lead.strip())
    if m:
        day, month = int(m.group("d")), int(m.group("m"))
        said = m.group(0)[m.start("when") - m.start():].strip()
        year: int | None = None
        if m.group("y"):
            year = int(m.group("y"))
            how = "year printed"
        elif published is not None:
            year = published.year - (1 if (month, day) > (published.month, published.day) else 0)
            how = "year from the published date"
        else:
            year = infer_year(month, years_named(text))
            how = f"year inferred from the years the text names ({year})" if year else ""
        if year:
            try:
                event = datetime(year, month, day)
                notes.append(f"event: lead {said!r}, {how}")
            except ValueError:
                notes.append(f"event: lead {said!r} is not a valid date")
        else:
            notes.append(f"event: lead {said!r}, year unknown (left empty)")
    if published is None and not any(n.startswith("published") for n in notes):
        notes.append("published: no date line")
    return Dates(published, event, "; ".join(notes))
