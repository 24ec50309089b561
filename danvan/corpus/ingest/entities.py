"""People named with their posts, and Party and State documents cited.

underthesea's NER is poor on this domain, so people are found by pattern: a Vietnamese surname
followed by one to three capitalised syllables, with the post printed before the name
(``Phó Bí thư Thành ủy Nguyễn Hồ Hải``) or after it (``Lâm Đình Thắng, Phó Bí thư Quận ủy``).
Posts and surnames are data files (``data/posts.txt``, ``data/surnames.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from danvan.core.text import UPPER, fold
from danvan.corpus.ingest.resources import data_rows as _rows

_UPPER = UPPER
_SYLLABLE = rf"[{_UPPER}][^\W\d_]*"


_POST_WORDS_LOWER = (
    "ban|dân|vận|tỉnh|thành|phố|quận|huyện|thị|xã|phường|ủy|thường|trực|trung|ương|chỉ|đạo|"
    "nhân|của|các|cơ|quan|nhà|nước|phòng|dự|khuyết|vụ|hội|mặt|trận|tổ|quốc|đảng|đoàn|"
    "chính|trị|văn|cán|sự|kiểm|tra|tuyên|giáo|chức|nội|bộ|sở|ngành|liên|công|tp|tịch|viên|"
    "trưởng|phó|thư|bí|nhiệm|giám|đốc"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(name, start of a post, post printed after ``Name, ``)."""
    from danvan.corpus.ingest.places import gazetteer

    surnames = sorted({r[0].strip() for r in _rows("surnames.txt")}, key=len, reverse=True)
    posts = sorted({r[0].strip() for r in _rows("posts.txt")}, key=len, reverse=True)
    places = sorted(set(gazetteer().names) | {"Trung ương"}, key=len, reverse=True)
    not_place = rf"(?!(?:{'|'.join(re.escape(p) for p in places)})(?![\w]))"
    family = "|".join(surnames)
    # a capital first: the long alternations run at a few positions only
    name = re.compile(
        rf"(?<![\w])(?=[{_UPPER}])(?P<name>{not_place}(?:{family})(?:\s+{_SYLLABLE}){{1,3}})(?![\w])"
    )
    post_words = "|".join(re.escape(p) for p in posts)
    post_start = re.compile(rf"(?<![\w])(?:{post_words})\b")
    # after "Name, ": post words, then capitalised or organisation words only
    word = rf"(?:[{_UPPER}][^\s,;.:]*|(?:{_POST_WORDS_LOWER})(?![\w]))"
    after = re.compile(rf",\s+(?P<post>(?:{post_words})\b(?:[ ,-]+{word}){{0,14}})")
    return name, post_start, after


# a post printed before a name does not reach across these
_POST_STOP = re.compile(r"\.(?=\s)|[;:!?“”\"()]|(?<!\w)và(?!\w)|đồng chí")  # "T.Ư" is no stop
POST_REACH = 120


def _post_before(text: str, start: int, floor: int, post_start: re.Pattern[str]) -> str | None:
    """The post printed just before a name starting at ``start`` (not before ``floor``)."""
    if start == 0 or not text[start - 1].isspace():
        return None
    window = text[max(floor, start - POST_REACH - 1) : start]
    cut = max((m.end() for m in _POST_STOP.finditer(window)), default=0)
    window = window[cut:]
    m = post_start.search(window)
    return window[m.start() :].strip() if m else None


_NOT_PERSON_TAIL = re.compile(r"\s+(?:trao|phát|và|cho|tại|chủ|đề|nhấn|khẳng|tặng|ký)$")


def _trim_post(post: str) -> str:
    post = re.sub(r"^(?:các\s+)?(?:đồng chí|ông|bà)\s+", "", post.strip(), flags=re.IGNORECASE)
    return post.strip(" ,-–")


class _Places:
    """Lazy regex of province short names (built on first use, from the gazetteer)."""

    pattern: re.Pattern[str] | None = None

    def search(self, name: str) -> re.Match[str] | None:
        if self.pattern is None:
            from danvan.corpus.gazetteer import province_names, short_name

            shorts = sorted({short_name(p) for p in province_names(63)}, key=len, reverse=True)
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


def find_people(text: str) -> list[dict]:
    """One row per person: name, post, mentions, offset of the first mention.

    Names are found first (a surname and one to three capitalised syllables); the post is read
    back from the name (up to punctuation, *và* or the previous name) or forward after a comma.
    The post of the first mention that has one wins.
    """
    name_re, post_start, after = _patterns()
    found: dict[str, dict] = {}
    floor = 0
    for m in name_re.finditer(text):
        name = _NOT_PERSON_TAIL.sub("", m.group("name"))
        post = _post_before(text, m.start(), floor, post_start)
        if post is None and (later := after.match(text, m.end())):
            post = later.group("post")
        floor = m.end()
        if post is None or len(name.split()) < 2 or _PLACE_INSIDE.search(name):
            continue  # no post; or "Hoàng Anh Gia Lai" (a club), "Y Hà Nội": a place
        key = fold(name)
        if key not in found:
            found[key] = {"name": name, "post": _trim_post(post), "start": m.start()}
    rows = []
    for row in found.values():
        row["mentions"] = whole_word_count(row["name"], text)
        rows.append(row)
    return sorted(rows, key=lambda r: r["start"])


_DOC_TYPES = (
    "Nghị quyết", "Kết luận", "Chỉ thị", "Quy định", "Quyết định", "Thông tri", "Hướng dẫn",
    "Nghị định", "Thông tư", "Pháp lệnh", "Luật", "Công văn", "Kế hoạch",
)
_CITATION = re.compile(
    rf"(?P<type>{'|'.join(_DOC_TYPES)})\s+(?:số\s+)?(?P<number>\d+[\w/.-]*\d*(?:-[A-ZĐa-z]+(?:/[A-ZĐa-z]+)*)?)"
    r"(?:\s+(?:ngày\s+[\d/]+\s+)?(?:của|do)\s+(?P<issuer>(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|"
    r"BCH Trung ương|Trung ương|Chính phủ|Thủ tướng(?: Chính phủ)?|Quốc hội|BTV [A-ZĐ]\w+(?: ủy)?|"
    r"Ban Thường vụ [A-ZĐ]\w+(?: ủy)?|[A-ZĐ]\w+ ủy|UBND [\w ]{3,20}?)))?(?=[\s,.;:)]|$)"
)


def find_citations(text: str) -> list[dict]:
    """One row per cited document: type, number, key, issuer, mentions, first text and offset."""
    found: dict[str, dict] = {}
    for m in _CITATION.finditer(text):
        number = m.group("number").rstrip(".-/")
        if not re.match(r"\d", number) or re.fullmatch(r"(19|20)\d\d", number):
            continue  # "Kế hoạch 2022" is a year, not a number
        core = re.match(r"\d+", number).group(0).lstrip("0") or "0"
        key = f"{m.group('type')} {core}"
        row = found.get(key)
        if row is None:
            found[key] = {
                "doc_type": m.group("type"),
                "number": number,
                "key": key,
                "issuer": m.group("issuer"),
                "mentions": 1,
                "text": m.group(0),
                "start": m.start(),
            }
        else:
            row["mentions"] += 1
            if len(number) > len(row["number"]):
                row["number"] = number
            row["issuer"] = row["issuer"] or m.group("issuer")
    return sorted(found.values(), key=lambda r: r["start"])
