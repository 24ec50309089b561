"""Plain article text → title, body paragraphs, captions, byline, header lines.

Web captures carry chrome (counters, share and comment boxes, related news, footers), photo
captions printed twice or repeating themselves, image alt text equal to the headline, and the
headlines of linked articles glued into one line; some corpora store a headline glued to its
caption and lead as the title (:func:`split_headline`). The rules are data where they can be
(``data/boilerplate.tsv``); the structural ones (captions, byline) are below, each in a function.
A line is taken for a caption by its place (above the dated lead, or printed twice) only when it
also reads as one (:func:`is_caption_like`): a lead (sapo) is never moved into the captions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from rapidfuzz import fuzz

from danvan.core.text import UPPER, VIETNAMESE_LETTERS
from danvan.corpus.ingest.dates import LEAD, is_date_line
from danvan.corpus.ingest.lead import CREDIT_END, PHOTO_CAPTION_WORDS, cut_glued_caption
from danvan.corpus.ingest.resources import boilerplate_rules, outlet_marker

_END_PUNCT = re.compile(r"[.!?…:;”\"')»]\s*$")
_PHOTO_FIRST = re.compile(r"(?:ảnh|Ảnh|ẢNH)\s*:")  # a line that opens on a photo credit
_PHOTO = re.compile(rf"\((?:ảnh|Ảnh|ẢNH)\s*:[^)]*\)\s*$|^{_PHOTO_FIRST.pattern}")  # or ends on one
_SERIES = re.compile(r"\bKỳ (cuối|\d+|[IVX]+)\s*:")
_SENTENCE_END = re.compile(r"[.!?…]\s*$")
_ATTRIBUTION = re.compile(r"^(theo|nguồn|tổng hợp|tổng hợp từ)\b", re.IGNORECASE)
_GLUED_SENTENCE = re.compile(r"([a-zà-ỹđ]{2}[.!?])([A-ZĐÀ-Ỹ][a-zà-ỹđ])")
_TRAILING_DASHES = " \t-–—"
_BARE_NBSP = re.compile(r"&nbsp;?")  # "&nbspTối 29/4", "lúc&nbsp11h": an entity left in the text


def _key(text: str) -> str:
    """Comparison key for lines of a text that ``danvan.core.text.normalize`` has already seen."""
    return text.casefold()


@dataclass
class CleanDoc:
    """What the cleaner keeps of one article."""

    title: str
    paragraphs: list[str]
    captions: list[str] = field(default_factory=list)
    author: str | None = None
    outlet_markers: list[str] = field(default_factory=list)
    # (line, before/after the title), or (ISO date, "listed") of a related article listed in the text
    date_lines: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    author_affiliation: str | None = None  # "Ban Dân vận Huyện ủy X" of "Thu Hà - Ban Dân vận ..."


def _words(line: str) -> int:
    return len(line.split())


def is_heading(line: str) -> bool:
    """A short line without final punctuation: a subheading."""
    return _words(line) <= 20 and not _END_PUNCT.search(line)


@lru_cache(maxsize=1)
def _compiled_rules() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]]:
    """All rules in one pattern (most lines match none), and each rule with its action."""
    rules = boilerplate_rules()
    any_rule = re.compile("|".join(f"(?:{p})" for p, _ in rules), re.IGNORECASE)
    return any_rule, [(re.compile(p, re.IGNORECASE), action) for p, action in rules]


def _chrome_action(line: str) -> str | None:
    """The action of the first rule that matches the line."""
    any_rule, rules = _compiled_rules()
    if any_rule.search(line):
        for pattern, action in rules:
            if pattern.search(line):
                return action
    return None


SELF_REPEAT_MAX_CHARS = 2_000  # a caption printed twice is short; a longer line is never compared


def self_repeat(line: str, threshold: float = 88.0) -> str | None:
    """If a line is one sentence printed twice (a caption repeating itself), return one copy.
    Lines over ``SELF_REPEAT_MAX_CHARS`` are not compared (the comparison's cost grows with the
    square of the length), so the cost per paragraph is bounded."""
    if len(line) > SELF_REPEAT_MAX_CHARS:
        return None
    parts = [p for p in re.split(r"(?<=[.!?])\s+", line) if p]
    if len(parts) < 2 or len(parts) % 2:
        return None
    half = len(parts) // 2
    first, second = " ".join(parts[:half]), " ".join(parts[half:])
    if fuzz.ratio(_key(first), _key(second)) >= threshold:
        return max(first, second, key=len)
    return None


# the article's own date line sits in its header (before its second paragraph: under the sapo in some
# layouts) or its last lines; a date line further into the body is a schedule's ("18h30, thứ Bảy
# 26/02/2005" above a venue) and stays text
DATE_LINE_PARAGRAPHS = 2
DATE_LINE_TAIL = 2
CAPTION_WORDS = 20  # a caption without its photo credit is short; a lead (sapo) runs longer
REPEATED_CAPTION_WORDS = 35  # …one printed twice (alt text, then caption) atop the article, up to this
# a photo credit anywhere (``Ảnh: TTXVN``, ``(Nguồn: Reuters)``), or a view of the scene opening the line
_PHOTO_CREDIT = re.compile(
    r"\b(?:Ảnh|ẢNH|ảnh|Nguồn|NGUỒN|Video|Clip|Photo)(?: minh họa| minh hoạ)?\s*:|^(?:Toàn|Quang) cảnh\b"
)
_INNER_SENTENCE = re.compile(r"[.!?…]\s+[" + UPPER + r"\"“‘'(]")
# what a lead does and a photo does not: report (who said, what was decided), attribute, quote,
# or tell news just happened or about to ("vừa", "sẽ"), in the words of the news lead
_LEAD_CUE = re.compile(
    r"[“”\"]|\b(?:cho biết|cho hay|khẳng định|nhấn mạnh|cho rằng|vừa|sẽ|[Tt]uy nhiên|[Mm]ặc dù|[Tt]rong đó)\b"
    r"|\b[Tt]heo (?:(?:đó|ông|bà|anh|chị|thông tin|báo cáo|đại diện)\b|[" + UPPER + r"])"
)


def is_caption_like(line: str, max_words: int = CAPTION_WORDS) -> bool:
    """Whether a line that may be a photo caption (printed between the headline and the dated
    lead, or printed twice) reads as one, not as the lead (sapo) the article opens with: it
    carries a photo credit (``Ảnh: TTXVN``) or opens on a view (``Toàn cảnh…``), or it is short
    (``max_words``), one sentence, and neither reports, attributes, quotes nor tells news
    (:data:`_LEAD_CUE`). When in doubt, a line stays in the body: a lead is never moved into the
    captions (issue 13)."""
    if _PHOTO_CREDIT.search(line) or _PHOTO.search(line):
        return True
    return _words(line) <= max_words and not _INNER_SENTENCE.search(line) and not _LEAD_CUE.search(line)


def is_linked_headlines(line: str) -> bool:
    """Headlines of related articles glued into one unpunctuated line."""
    if _END_PUNCT.search(line) or re.search(r"[.!?;,]\s", line):
        return False  # running text has sentence punctuation; glued headlines have none
    return _words(line) >= 25 or bool(_SERIES.search(line))


def _strip_lead_marker(line: str) -> tuple[str, str | None]:
    """Remove an outlet marker such as ``(Baohatinh.vn) -`` or ``NDO -`` from a lead."""
    m = re.match(r"^\(([^)]{2,40})\)\s*[-–—]?\s*", line)
    if m and outlet_marker(m.group(1)):
        return line[m.end():], m.group(1)
    m = re.match(r"^([A-ZĐ]{2,6})\s*[-–—]\s*", line)
    if m and outlet_marker(m.group(1)):
        return line[m.end():], m.group(1)
    return line, None


# a related article's headline with its date glued on, listed in a box inside the text ("Sĩ tử cầu
# may(04/07/2004)", VnExpress of 2004-06): not the article's text; its date, of the article's months
# (older articles, or newer where the page was saved later), is kept (``listed``)
_RELATED_HEADLINE = re.compile(r"\S.{0,200}\S\((\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\)")
RUNNING_TEXT_WORDS = 25  # a paragraph this long after a related-news box is the article resuming
LINK_WORDS = 25  # a link to a related article is a headline: at most this many words
# a mark opening a link to a related article (">> Hà Nội lấy ý kiến …", "» …"), several on a line too
_LINK_MARKS = re.compile(r"\s*(?:>>|»)\s*")
_INNER_STOP = re.compile(r"[.!?…]\s+\S")


def is_link_line(line: str) -> bool:
    """A line of links to related articles (``>> Mặt trái của các lễ hội đầu xuân``, ``>> A >> B``): it
    opens on the mark and every link is a headline (no longer than :data:`LINK_WORDS`, one sentence), not a
    paragraph printed after the mark (``>> Thiết nghĩ, ý kiến của giáo sư … Điều quan trọng hơn là …``)."""
    if not _LINK_MARKS.match(line):
        return False
    links = [x.strip() for x in _LINK_MARKS.split(line) if x.strip()]
    return bool(links) and all(_words(x) <= LINK_WORDS and not _INNER_STOP.search(x) for x in links)


def _related_box(lines: list[str], actions: list[str | None]) -> dict[int, str | None]:
    """The lines of related-news boxes, each with the ISO date of its linked article (None where the date
    is no calendar day): dated headlines (:data:`_RELATED_HEADLINE`) two or more in a row, or one before
    a ``Xem tiếp``; a single dated line elsewhere is the text's own. ``actions``: each line's chrome
    action."""
    dated = {i: m for i, line in enumerate(lines) if (m := _RELATED_HEADLINE.fullmatch(line))}
    out: dict[int, str | None] = {}
    for i, m in dated.items():
        closes = i + 1 < len(lines) and actions[i + 1] == "box"
        if not (i - 1 in dated or i + 1 in dated or closes):
            continue
        day, month, year = (int(x) for x in m.groups())
        try:
            out[i] = datetime(year, month, day).date().isoformat()
        except ValueError:  # "(31/02/2004)": a typo, no day to keep
            out[i] = None
    return out


def _resumes(lines: list[str], actions: list[str | None], start: int) -> bool:
    """Whether running text (a paragraph of :data:`RUNNING_TEXT_WORDS` words or more) follows ``start``
    before the next tail or box line (a reader's comment under *Ý kiến của bạn* is no article)."""
    for line, action in zip(lines[start:], actions[start:], strict=True):
        if action in ("tail", "box"):
            return False
        if _words(line) >= RUNNING_TEXT_WORDS:
            return True
    return False


def clean_text(raw: str, title: str | None = None) -> CleanDoc:
    """Clean one article given as plain text (lines are paragraphs)."""
    raw = _GLUED_SENTENCE.sub(r"\1 \2", _BARE_NBSP.sub(" ", raw))
    lines = [ln.strip() for ln in raw.split("\n")]
    lines = [ln for ln in lines if ln]
    notes: list[str] = []
    kept: list[str] = []
    date_lines: list[tuple[str, str]] = []
    seen_title = title is not None
    dropped = 0
    actions = [_chrome_action(line) for line in lines]
    boxed = _related_box(lines, actions)
    for at, line in enumerate(lines):
        if is_date_line(line) and (len(kept) < DATE_LINE_PARAGRAPHS or at >= len(lines) - DATE_LINE_TAIL):
            date_lines.append((line, "after" if seen_title else "before"))
            continue
        if at in boxed and seen_title:
            if listed_date := boxed[at]:  # the linked article's date: near this one's
                date_lines.append((listed_date, "listed"))
            continue
        if is_link_line(line):
            dropped += 1
            continue
        action = actions[at]
        if action == "box" and _resumes(lines, actions, at + 1):
            dropped += 1  # "Xem tiếp" closing a related-news box: the article goes on below it
            continue
        if action in ("tail", "box"):
            notes.append(f"cut {len(lines) - at} trailing chrome line(s) from {line!r}")
            # a related-news box under the cut still dates the article's months
            date_lines += [(d, "listed") for i, d in boxed.items() if i > at and d]
            break
        if action == "drop":
            dropped += 1
            continue
        if not seen_title:
            title = line
            seen_title = True
            continue
        kept.append(line)
    if dropped:
        notes.append(f"dropped {dropped} chrome line(s)")
    if listed := [d for d, where in date_lines if where == "listed"]:
        notes.append(f"dropped {len(listed)} related article headline(s) listed in the text, dated up to "
                     f"{max(listed)}")
    title = title or ""
    # a corpus row often repeats its headline as the first line; a "title" that is a whole
    # sentence (some corpora store the lead there) stays in the body
    headline = _words(title) <= 25 and not _SENTENCE_END.search(title)
    if kept and headline and _key(kept[0]) == _key(title):
        kept = kept[1:]

    captions: list[str] = []
    markers: list[str] = []
    body: list[str] = []
    lead_found = False
    sapo = False  # a lead (sapo) seen above the dated one
    header_byline: str | None = None
    closing_outlet: str | None = None
    seen: set[str] = set()
    after_alt = False
    keys = [_key(line) for line in kept]  # of the lines as printed, before any lead marker is cut
    title_key = _key(title)
    for i, line in enumerate(kept):
        key = keys[i]
        # a standalone outlet line ("NDO -")
        bare = line.rstrip(_TRAILING_DASHES)
        if _words(bare) <= 2 and outlet_marker(bare):
            markers.append(bare)
            if i == len(kept) - 1:
                closing_outlet = bare  # "VOV" under "Theo Kiều Anh": the relayed article's outlet
            continue
        if headline and key == title_key:
            after_alt = True  # image alt text = headline; a caption usually follows
            continue
        if after_alt and is_heading(line):
            after_alt = False
            captions.append(line)
            continue
        after_alt = False
        if not lead_found:
            stripped, marker = _strip_lead_marker(line)
            if marker or LEAD.match(line):
                lead_found = True
                if marker:
                    markers.append(marker)
                line, key = stripped, _key(stripped)
            elif not sapo and header_byline is None and parse_byline(line, header=True):
                header_byline = line  # "NGỌC TÀI", "Trần Hiếu" printed under the headline
                continue
            elif _words(line) < 40 and any(
                _strip_lead_marker(x)[1] or LEAD.match(x) for x in kept[i + 1 : i + 3]
            ):
                if not is_caption_like(line):
                    sapo = True  # the lead (sapo) above the dated paragraph: body; a caption may follow
                else:
                    captions.append(line)  # photo caption printed between headline and lead
                    continue
            else:
                lead_found = True
        if _PHOTO.search(line):
            if not (_PHOTO_FIRST.match(line) and _words(line) > PHOTO_CAPTION_WORDS):
                captions.append(line)
                continue
            # a credit glued before a body paragraph ("Ảnh: VGP/Thành Trung Phát biểu tại buổi lễ, …",
            # baomoi): the credit is a caption's, the text stays in the body, whole where no cut is sure
            rest = cut_glued_caption(line)
            if rest != line:
                captions.append(line[: len(line) - len(rest)].strip())
                line, key = rest, _key(rest)
        if i + 1 < len(kept) and keys[i + 1] == key:
            continue  # printed twice in a row: the second copy is handled below
        # printed twice: a caption (image alt text, then caption), unless it opens the article and
        # reads as its lead (a sapo repeated as the first paragraph), which stays in the body, once
        if i > 0 and keys[i - 1] == key and (body or is_caption_like(line, REPEATED_CAPTION_WORDS)):
            captions.append(line)
            continue
        repeat = self_repeat(line)
        if repeat and (body or is_caption_like(repeat, REPEATED_CAPTION_WORDS)):
            captions.append(repeat)
            continue
        if repeat:
            line, key = repeat, _key(repeat)
        if is_linked_headlines(line):
            notes.append(f"dropped linked-article headlines {line[:60]!r}…")
            continue
        if key in seen:
            notes.append(f"dropped repeated paragraph {line[:40]!r}…")
            continue
        seen.add(key)
        body.append(line)

    author, affiliation = take_byline(body, header_byline, closing_outlet)
    captions = _unique(captions)
    return CleanDoc(title, body, captions, author, markers, date_lines, notes, affiliation)


def byline(line: str) -> str | None:
    """The author of a byline line; None for attributions (``Theo TTXVN``, ``Tổng hợp``)."""
    parsed = parse_byline(line)
    return parsed[0] if parsed else None


# credits before the name ("Tin, ảnh: XUÂN LỘC", "Bài và ảnh: ...")
_CREDIT = re.compile(
    r"^(?:(?:tin|bài|ảnh|video|clip)(?:\s*(?:,|và|\+|-|&)\s*(?:tin|bài|ảnh|video|clip))*|"
    r"nhóm (?:pv|phóng viên)|thực hiện|ghi chép)\s*:\s*",
    re.IGNORECASE,
)
# page chrome printed around the byline: never an author
_FOOTNOTE = re.compile(r"^(?:\*|\(\*\))\s*\S")
_PAGE_CHROME = re.compile(
    r"^(?:(?:in bài(?: viết)?|gửi email|gửi bài viết|số lượt (?:xem|người xem|truy cập)|lượt xem|"
    r"cổng thông tin|bản quyền|©)(?!\w).*|(?:in|chia sẻ|bình luận|tin liên quan|bài liên quan|"
    r"tin cùng chuyên mục|xem thêm|lên đầu trang|báo\s+\S+(?:\s+\S+)?)\s*[:.]?)$",
    re.IGNORECASE,
)
_NAME_WORD = r"[A-ZĐÀ-Ỹ][^\W\d_]*\.?"
_BYLINE_WORD = r"(?:[A-ZĐ]\.)*[A-ZĐÀ-Ỹ][^\W\d_]*\.?"  # "Thu", "M.", and glued "T.Thủy", "N.LIÊM", "B.B.Đ"
# a name printed with its initials glued on ("T.Thủy", "N.LIÊM"), or initials alone ("T.Đ", "B.B.Đ",
# "P.V"); the letters after the dot are required ("TP.HCM", "T.Ư", "Q.1" are none)
_GLUED_INITIALS = re.compile(
    rf"(?:[A-ZĐ]\.){{1,2}}(?:[{UPPER}][{VIETNAMESE_LETTERS}]+|[{UPPER}]{{2,}})|(?:[A-ZĐ]\.){{1,3}}[A-ZĐ]\.?"
)
# a closing source line under the byline ("Theo Sputnik", "Theo DailyMail/BI", "(Theo TTXVN)",
# "Nguồn: Reuters", "Tổng hợp"): the source of the story, never its author
_SOURCE_LINE = re.compile(r"^\(?\s*(?:theo|nguồn|tổng hợp)(?!\w)", re.IGNORECASE)
_RELAYED = re.compile(r"Theo\s+(.+)")
# "Theo Ngọc HàVietNamNet": the relayed author with the outlet glued on (Dân trí)
_RELAYED_GLUED = re.compile(rf"Theo\s+(\S.*?[{VIETNAMESE_LETTERS}])([{UPPER}]\S*(?:\s+\S+){{0,3}})")
SOURCE_LINE_WORDS = 8  # "Theo Reuters, NYT, CNA", "Theo Sức khỏe & Đời sống"; a longer line is text
_RECORDED_BY = re.compile(r"(?<=\w)\s+\(?(?:ghi|thực hiện)\)?\s*$")
_CAPS_NAME = re.compile(rf"(?:{_NAME_WORD})(?:\s+{_NAME_WORD}){{0,3}}")
_LOWER_NAME = re.compile(r"[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){1,2}")
_ORG_WORD = re.compile(
    r"^(?:Báo|Ban|Đài|Tạp chí|Trung tâm|Sở|Phòng|Văn phòng|Cổng|Hội|Học viện|Viện|Bộ|Cục|"
    r"Huyện ủy|Tỉnh ủy|Thành ủy|Đảng ủy|UBND|Theo|Nguồn|Tổng hợp|"
    r"Trường(?=\s+(?-i:Đại học|Cao đẳng|THCS|THPT|Tiểu học|Mầm non|ĐH|[a-zà-ỹđ])))(?!\w)",
    re.IGNORECASE,
)
# "Name (TTXVN)", "Name/VOV.VN", "Name, Affiliation" after the last sentence of the text
_GROUP_BYLINE = re.compile(r"(?i:nhóm)[ \t]+(?:(?i:phóng viên)|PV)")  # "Nhóm phóng viên", "NHÓM PV"
_TRAILING_BYLINE = re.compile(
    rf"(?<=[.!?…”\"»)])(?:\s*\./\.)?\s+"
    rf"(?P<by>{_GROUP_BYLINE.pattern}|{_BYLINE_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
    rf"(?:\s+[-–]\s+{_BYLINE_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})*"
    r"(?:\s*\([^()\n]{2,40}\)|/[ \t]?[\w.\-–]+(?:[ \t][\w.\-–]+){0,3}|,\s+[A-ZĐÀ-Ỹ][^.!?\n]{3,60}"
    r"|\s+ghi)?)\s*$"
)


def _is_affiliation(part: str, caps: bool = False) -> bool:
    """``Ban Dân vận Huyện ủy X``, ``VOV-Tây Bắc``, ``TTXVN``: a body, not a second author. In an
    all-capitals byline (``caps``) a part of two words or more is a name (``THU DUNG - MINH HÒA``)."""
    if _ORG_WORD.match(part) or any(w[:1].islower() for w in part.split()):
        return True
    if _GLUED_INITIALS.fullmatch(part.strip(" .")):
        return False  # "X.TRƯỜNG" of "N.LIÊM - X.TRƯỜNG": a second author
    if caps and part.isupper():
        return _words(part) < 2
    return bool(re.search(r"[A-ZĐ]{2,}", part))


_HONORIFIC_NAME = re.compile(r"(?:Ông|Bà|ÔNG|BÀ)\s")


def _author_name(part: str, header: bool) -> str | None:
    """A name as a byline prints it (``NGỌC TÀI``, ``Thu Hà``, ``M. Hà``, ``thu hà``, ``PV``), in
    title case; None for anything else."""
    part = part.strip(" .-–")
    if _ORG_WORD.match(part) or _HONORIFIC_NAME.match(part) or not part:
        return None  # "Ông Lê Ngọc Minh" closing a list of candidates: a person named, not a byline
    if part.upper() == "PV":
        return "PV"
    if _GROUP_BYLINE.fullmatch(part):  # a team of reporters: "Nhóm phóng viên", "Nhóm PV"
        first, *rest = part.split()
        return " ".join([first.capitalize(), *(w if w.upper() == "PV" else w.lower() for w in rest)])
    if " " not in part:
        # "TTXVN" (an agency), "Đã", "Trung": a byline names a person in two words or more, unless it
        # prints the initials glued on ("T.Thủy") or alone ("T.Đ")
        return _title_case(part) if _GLUED_INITIALS.fullmatch(part) else None
    if not _CAPS_NAME.fullmatch(part) and (header or not _LOWER_NAME.fullmatch(part)):
        return None
    return _title_case(part)


def _title_case(name: str) -> str:
    """``NGỌC TÀI`` → ``Ngọc Tài``, ``thu hà`` → ``Thu Hà``, ``N.LIÊM`` → ``N.Liêm``; a name in mixed
    case (``BS Nguyễn Văn Khánh``) and ``PV`` as printed."""
    if not (name.isupper() or name.islower()):
        return name

    def word(w: str) -> str:
        if w == "PV" or not (w.isupper() or w.islower()):
            return w
        return ".".join(x[:1].upper() + x[1:].lower() for x in w.split("."))
    return " ".join(word(w) for w in name.split())


def parse_byline(line: str, header: bool = False) -> tuple[str, str | None] | None:
    """(author, affiliation) of a byline line, or None when the line is not one: an attribution
    (``Theo TTXVN``), page chrome (``In bài viết``), an outlet or a place. ``Name - Ban Dân vận
    Huyện ủy X``, ``Name (TTXVN)``, ``Name/VOV.VN`` and ``Name, Học viện ...`` give an
    affiliation; ``Hải Đăng - Thiên Trường`` two authors. ``header``: a line under the headline,
    where only capitalised names are read."""
    from danvan.corpus.gazetteer import canonical_province

    line = re.split(r"(?<=[a-zà-ỹđ])(?=Theo\s)", line.strip())[0]  # "Nhật LinhTheo Bloomberg"
    line = _RECORDED_BY.sub("", line)  # "Hoàng Dung ghi": an interview written down by
    if (_words(re.sub(r"\s[-–]\s", " ", line)) > 12 or _ATTRIBUTION.match(line) or _PAGE_CHROME.match(line)
            or is_date_line(line)):
        return None
    line = _CREDIT.sub("", line)
    affiliation = None
    if m := re.fullmatch(r"(.+?)\s*\(([^()]{2,60})\)", line):
        line, affiliation = m.group(1), m.group(2).strip()
    elif "/" in line:
        line, affiliation = (x.strip() for x in line.split("/", 1))
    elif ", " in line:
        line, affiliation = (x.strip() for x in line.split(", ", 1))
    names: list[str] = []
    parts = re.split(r"\s+[-–]\s+|\s+[-–]|[-–]\s+", line)
    for i, part in enumerate(parts):
        name = None if i and _is_affiliation(part, parts[0].isupper()) else _author_name(part, header)
        if name:
            names.append(name)
        elif i and affiliation is None:
            affiliation = " - ".join(parts[i:]).strip()
            break
        else:
            return None
    author = " - ".join(names)
    if outlet_marker(author) or canonical_province(author):
        return None  # "Báo Hànộimới", "Người Lao Động", "Hà Nội"
    return author, affiliation or None


def is_source_line(line: str) -> bool:
    """A closing line that names the story's source, not its author: ``Theo Sputnik``, ``(Theo
    TTXVN)``, ``Nguồn: Reuters``, ``Tổng hợp``, of :data:`SOURCE_LINE_WORDS` words at most."""
    return bool(_SOURCE_LINE.match(line)) and _words(line) <= SOURCE_LINE_WORDS


def _byline_above_closing_lines(body: list[str]) -> tuple[str, str | None] | None:
    """The byline printed above one or two closing lines that are not it: a source (``Trang Phạm``
    ⏎ ``Theo Sputnik``, Dân trí), a note to readers (``* Mọi ý kiến …``). The byline line is removed
    from ``body``, the closing lines stay. Above a source line only a capitalised name is read: the
    last sentence of the text above ``Theo TTXVN`` is no byline."""
    for n in (1, 2):
        if len(body) <= n + 1:
            return None
        closing = body[-n:]
        if not all(is_source_line(x) or _FOOTNOTE.match(x) for x in closing):
            return None
        strict = any(is_source_line(x) for x in closing)
        if parsed := parse_byline(body[-n - 1], header=strict):
            del body[-n - 1]
            return parsed
    return None


def _relayed_author(line: str) -> tuple[str, str | None] | None:
    """The author of ``Theo D. Ngọc`` printed above the outlet of the article relayed: a capitalised
    name (``Theo thống kê`` is no byline, ``Theo TTXVN`` an agency); ``Theo Vân Thiêng, Đặng Thùy``
    names two authors (the outlet follows on its own line)."""
    m = _RELAYED.fullmatch(line.strip())
    if not m:
        return None
    names = [parse_byline(x, header=True) for x in m.group(1).split(", ")]
    if len(names) > 1 and all(n and n[1] is None for n in names):
        return " - ".join(n[0] for n in names if n), None
    return parse_byline(m.group(1), header=True)


def _unrelayed(by: str) -> str:
    """A trailing byline of a relayed article without its ``Theo`` (``Theo Công Quang/Dân Trí``: the author
    and the outlet); ``Theo TTXVN`` (an agency, no slash) stays a source."""
    return by[5:] if by.startswith("Theo ") and "/" in by else by


def take_byline(body: list[str], header: str | None = None,
                outlet: str | None = None) -> tuple[str | None, str | None]:
    """(author, affiliation) from the end of the body (a byline line, after any page chrome, or a
    name after the last sentence of a long paragraph), else from a line under the headline.
    ``outlet``: an outlet line closing the article, already taken out of ``body`` (``Theo Kiều
    Anh`` ⏎ ``VOV``: the relayed article's author and outlet). Lines taken are removed from
    ``body``; trailing chrome lines are dropped."""
    while len(body) > 1 and _words(body[-1]) <= 12 and _PAGE_CHROME.match(body[-1].strip()):
        body.pop()
    if outlet and len(body) > 1 and (relayed := _relayed_author(body[-1])):
        body.pop()
        return relayed[0], relayed[1] or outlet
    if body and (parsed := parse_byline(body[-1])):
        body.pop()
        return parsed
    if parsed_above := _byline_above_closing_lines(body):
        return parsed_above
    last = body[-1] if body else ""
    # an outlet's name on the last line: known ("Người lao động"), or a short capitalised line that is no
    # sentence ("VietnamNet", "Sức khỏe & Đời sống") under "Theo <a person's name>"
    outlet_line = _words(last) <= 5 and (bool(outlet_marker(last) or outlet_marker(last.title())) or (
        last[:1].isupper() and not _END_PUNCT.search(last) and "," not in last))
    if len(body) > 2 and outlet_line and (relayed := _relayed_author(body[-2])):
        del body[-2:]  # "Theo D. Ngọc" above "Người lao động": the relayed article's author and outlet
        return relayed[0], relayed[1] or last.strip()
    if len(body) > 1 and (m := _RELAYED_GLUED.fullmatch(body[-1].strip())) and (
            parsed := parse_byline(m.group(1), header=True)):
        body.pop()
        return parsed[0], parsed[1] or m.group(2)
    if body and (m := _TRAILING_BYLINE.search(body[-1][-160:])) and (
            parsed := parse_byline(_unrelayed(m.group("by")))):
        cut = len(body[-1]) - len(body[-1][-160:]) + m.start("by")
        body[-1] = body[-1][:cut].rstrip()
        return parsed
    if header and (parsed := parse_byline(header, header=True)):
        return parsed
    return None, None


def _unique(items: list[str]) -> list[str]:
    out: list[str] = []
    keys: set[str] = set()
    for item in items:
        k = _key(item)
        if k not in keys:
            keys.add(k)
            out.append(item)
    return out


# --- a headline glued to a caption or a lead in the corpus row's title field ------------------
# Some corpora (VNTC's Người Lao Động rows) store the whole first line of the page as the title:
# the headline, then with no mark between them a photo caption, an outlet mark and the lead. A
# real headline has at most ~25 words; in a longer field the headline ends where a word begins
# what can only start a sentence, read from the capitalisation, the words, and the body itself.
GLUED_TITLE_WORDS = 25
HEADLINE_WORDS = 18  # a longer cut is a lead cut in two, not a headline
LEAD_LIKE_HEADLINE_WORDS = 12  # a headline that opens as a lead does ("Sẽ thanh tra ...") is this short
_LOWER = VIETNAMESE_LETTERS  # a regex class of lower-case letters ("à-ỹ" would take "Đ" too)
# foreign names hold f, j, w, z ("Ông Francois Millard, …")
_TITLE_NAME = rf"(?:[{UPPER}FJWZ][{_LOWER}fjwz]+\s+){{1,3}}[{UPPER}FJWZ][{_LOWER}fjwz]+"
_TIME_START = re.compile(
    r"(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm qua|Hôm nay|(?:Sáng|Chiều|Tối|Trưa) (?:nay|qua)|Vào hồi|"
    r"Vào lúc|Vào ngày|Năm(?= \d{4})|Khoảng|Lúc|Từ)\s*,?\s+(?:ngày\s+|hôm\s+)?\(?\d"
)
# a lead that opens on the clock: "0 giờ 30 phút sáng ngày 21-3, ...", "5h sáng nay, ..." (the comma
# closes the phrase; a headline's "lúc 3 giờ sáng" has none)
_CLOCK_START = re.compile(
    r"\d{1,2}\s*(?:giờ|g|h)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s+(?:rạng\s+)?(?:sáng|chiều|tối|trưa|đêm))?"
    r"(?:\s+(?:nay|qua|hôm qua|hôm nay|(?:ngày\s+)?\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{4})?))?\s*,"
)
# an academic, medical or artist's title and a name: "PGS.TS Nguyễn Đức Hiền", "BS. Trần Văn A"; not after
# the words that take a title inside a headline ("… của nhà sử học GS Trần Văn Giàu", "bác sĩ", "thầy")
_DEGREE_NAME = re.compile(
    rf"(?:GS|PGS|TS|ThS|BS|KS|NSND|NSƯT|NGND|NGƯT)(?:\.(?:TS|BS|ThS|KH|TSKH))*\.?\s+{_TITLE_NAME}"
)
_TAKES_A_TITLE = frozenset("nhà sĩ thầy cô bác".split())
# words that make a post of the one after them ("Tân Tổng Bí thư", "Cố Thủ tướng"), and honorifics
_POST_PREFIXES = frozenset("Tân Cố Nguyên Quyền Cựu".split())
_HONORIFIC = re.compile(r"[Ôô]ng|[Bb]à")
_HONORIFIC_START = re.compile(rf"(?:Ông|Bà|Đồng chí|Anh|Chị|Em|Cụ|Cháu|Thầy|Cô)\s+{_TITLE_NAME}")
_QUOTED_SENTENCE = re.compile(r"[“\"](?:[^”\"]*[.!?…]\s[^”\"]*[”\"]|[^”\"]+[”\"][.!?…])")
_OUTLET_START = re.compile(r"\(([A-ZĐ][^)]{1,20})\)\s*[-–—]")
_ORG_START = re.compile(
    r"(?:Văn phòng|Ban|Sở|Bộ|Ủy ban|Uỷ ban|Hội đồng|Trường|Công ty|Tổng công ty|Tổng Công ty|Cục|Tổng cục|"
    r"Viện|Bệnh viện|Trung tâm|Hội|Liên đoàn|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Đảng ủy|Công an|Tòa án|"
    r"Chính phủ|Quốc hội|Thủ tướng|Ngân hàng|Tập đoàn|Đoàn|Thành đoàn|Hãng|Báo|Đài)(?!\w)"
)
# words that begin a sentence and never a name ("Theo đề án này", "Các nhóm sinh viên")
_SENTENCE_STARTERS = frozenset(
    "Các Những Một Nhiều Hơn Theo Tại Trong Sau Từ Khi Nếu Để Với Đây Đó Hiện Tuy Rất Cả Mỗi Gần Trên Dưới "
    "Việc Hàng Được Đến Vào Qua Ngoài Bên Trước Cùng Nhằm Thực Tôi Chúng Không Cũng Là Vì Do Bởi Dù Mặc "
    "Nhưng Song Còn Hầu Chỉ Đã Vừa Sẽ Sắp Đang Ngay Lúc Thế Như Hôm Sáng Chiều Tối".split()
)
# of those, the words that open a lead and are never a name's first word ("Thế giới", "Hàng Mã" are)
_LEAD_STARTERS = frozenset(
    "Tại Theo Trong Sau Khi Nếu Để Với Các Những Việc Hiện Tuy Nhưng Vì Do Mặc Nhằm Được Cả".split()
)
# a lead's opening phrase of a number and a few words closed by a comma ("Sau 4 năm hoạt động, …",
# "Trong 3 ngày qua, …") after one of _LEAD_STARTERS
_COUNTED_OPENING = re.compile(rf"\d[\d.,]*\s+[{VIETNAMESE_LETTERS}]+(?:\s+[^\s,.]+){{0,4}},\s")
_RUNNING_WORD = re.compile(rf"[{VIETNAMESE_LETTERS}]+")  # a lower-case word of running text
# a clock time after these is the headline's own ("xảy ra vào 3h40 sáng 29/4, ...")
_CLOCK_WORDS = frozenset("lúc vào khoảng đúng từ đến tới hồi trong sau trước qua".split())
# a headline does not end on one of these ("... tại", "... của")
_NO_HEADLINE_END = frozenset(
    "của và với cho tại ở từ về trong trên dưới các những mọi là để do bởi theo đến tới vì khi nếu giữa "
    "thuộc như hay hoặc nhưng mà rằng thì được bị sẽ đã đang vừa cùng qua sau trước bằng nhằm gồm một "
    "mỗi nhiều ông bà".split()
)
# abbreviations that head a name ("Trường CĐ Công nghệ ...")
_NAME_HEADS = frozenset("ĐH CĐ THPT THCS PTTH UBND HĐND KCN TNHH ĐHQG HTX CLB BCH BTV".split())


_LEAD_HEAD = re.compile(
    rf"^{_HONORIFIC_START.pattern}\s*,|,\s*(?:ngày|sáng|chiều|tối|trưa|hôm qua|hôm nay)\s+\d", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _post_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a post and a name, a post, a subject run up to its verb, a lower-case word that goes on a
    post: ``đốc`` of ``Phó giám đốc``), from ``data/posts.txt`` and :mod:`entities`."""
    from danvan.corpus.ingest.entities import _POST_WORDS_LOWER
    from danvan.corpus.ingest.resources import data_rows

    posts = "|".join(map(re.escape, sorted({r[0].strip() for r in data_rows("posts.txt")}, key=len,
                                            reverse=True)))
    run_word = rf"(?:[{UPPER}][^\s()]*|\d[^\s()]*|(?:{_POST_WORDS_LOWER})(?!\w))"
    return (re.compile(rf"(?:{posts})(?:\s+\S+){{0,6}}?\s+{_TITLE_NAME}"),
            re.compile(rf"(?:{posts})(?!\w)"),
            re.compile(rf"(?:{run_word}\s+){{0,7}}?(?:vừa|đã|đang|sẽ|cho biết|ngày \d)\s"),
            re.compile(rf"(?:{_POST_WORDS_LOWER})"))


def _title_word(word: str) -> bool:
    """``Cử``, ``“Phát``: a capital, then lower case (``PMU``, ``GD-ĐT`` are abbreviations)."""
    core = word.lstrip("“\"'‘(")
    return bool(core) and core[0] in UPPER and not (len(core) > 1 and core[1] in UPPER + "-.&")


def _caps(word: str) -> bool:
    return len(word) > 1 and word[0] in UPPER and word[1] in UPPER


def _sentence_start(given: str, words: list[re.Match[str]], j: int, body: str, photo: int) -> bool:
    """Whether ``words[j]`` of a glued title field starts a caption or a lead."""
    pos, word, prev = words[j].start(), words[j].group(), words[j - 1].group()
    after = words[j + 1].group()
    tail = given[pos:]
    if (m := _OUTLET_START.match(tail)) and (outlet_marker(m.group(1)) or outlet_marker(m.group(1)[:-1])):
        return True  # "(NLĐ)-", "(NLĐO)-"
    if prev[-1] in "!?…" and (
            _title_word(word) or (prev[-1] in "!?" and _caps(word) and after[:1].islower())):
        return True  # "SITC Singapore phải sang VN ngay! Thông báo phá sản ...", "… cho ai? TS nộp hồ sơ"
    if prev[-1] in ":,;-–(“\"" or prev.lower() in _NO_HEADLINE_END or f"{prev} {word}" in body:
        return False  # the headline goes on, or the body prints the two words together (a name)
    if _TIME_START.match(tail) or (_CLOCK_START.match(tail) and prev.isalpha() and prev.islower()
                                   and prev not in _CLOCK_WORDS):
        return True  # "Ngày 12-4, ...", "0 giờ 30 phút sáng ngày 21-3, ..." after a word with no mark
    lead_like = _lead_like(given)
    if lead_like and ("," in given[:pos] or j > LEAD_LIKE_HEADLINE_WORDS):
        # a lead stored as the title: only an outlet mark or a day cuts it, and a word that opens
        # a lead, capitalised after a lower-case one ("... thủ trưởng buộc phải từ chức Tại cuộc họp báo")
        return word in _LEAD_STARTERS and after[:1].islower() and prev.isalpha() and prev.islower()
    # a short run with no comma may still be a headline that opens as a lead does ("Sẽ thanh tra một
    # số dự án ... của PMU Vết nứt trên cầu ..."): it is cut only where a caption or lead surely starts
    with_name, post, subject, post_word = _post_patterns()
    if word[0] in "“\"":  # a quoted sentence ("“Phát huy ... dân”."), not a quoted name or term
        return _title_word(word) and bool(_QUOTED_SENTENCE.match(tail))
    if _HONORIFIC_START.match(tail):
        return True  # "Ông Huỳnh Văn Hoa, ..."
    if word in (_LEAD_STARTERS if lead_like else _SENTENCE_STARTERS) and after[:1].islower():
        return True
    if word in _LEAD_STARTERS and _COUNTED_OPENING.match(given, words[j + 1].start()):
        return True  # "… Công viên phần mềm Quang Trung Sau 4 năm hoạt động, đến nay …": a lead's opening
    if (_title_word(prev) and _title_word(words[j - 2].group()) and not _ORG_START.fullmatch(prev)
            and f"{prev} {word}" not in tail  # the name goes on later ("Lee Hae Chan")
            and _caption_after_name(word, after, given[:pos], tail, f"{tail}\n{body}")):
        return True  # "… ở sông Bến Hải Cột cờ Hiền Lương được dựng lại …": a caption after a name
    if (_title_word(prev) and j >= 5 and not lead_like and _title_word(word) and with_name.match(tail)
            and not (prev in _POST_PREFIXES and not _title_word(words[j - 2].group()))  # "2 Tân Tổng Bí thư"
            and "," not in given[:pos]
            and not any(_HONORIFIC.fullmatch(w.group()) for w in words[max(0, j - 5) : j])
            and not any(post.match(given, words[k].start()) for k in (j - 2, j - 1))):
        return True  # "… các dân tộc Tây Nguyên Chủ tịch nước Trần Đức Lương và …": a caption after a name
    if prev[0].isupper() and not (_caps(prev) and len(prev) >= 3 and prev not in _NAME_HEADS):
        return False  # inside a capitalised run, or after "Trường CĐ": a name
    if _title_word(words[j - 2].group()) and prev.islower():
        return False  # a name goes on ("Tổng cục Du lịch", "Công ty Cổ phần Đầu tư")
    if (not lead_like and prev.isalpha() and prev.islower() and _DEGREE_NAME.match(tail)
            and not any(w.group() in _TAKES_A_TITLE for w in words[max(0, j - 3) : j])):
        return True  # "… được ra viện PGS.TS Nguyễn Đức Hiền trao quà …": a caption
    if prev[0].isalpha() and not prev[0].isupper() and not post_word.fullmatch(prev) and (
            _title_word(word) or _caps(word)):
        if with_name.match(tail) and (_title_word(word) or not lead_like):
            return True  # "Phó Chủ tịch nước Trương Mỹ Hoa thăm ..." (in a lead, "TS Nguyễn Văn Tựu" goes on)
        if (_caps(word) or _ORG_START.match(tail) or post.match(tail)) and subject.match(tail):
            return True  # "Bộ GD-ĐT vừa ban hành ...", "Ban Thường vụ Thành ủy TPHCM vừa có ..."
    if not _title_word(word) or not re.fullmatch(rf"[{_LOWER}]+", after):
        return False
    pair = f"{word} {after}"
    if re.search(rf"(?<=[{_LOWER}] ){re.escape(pair)}(?!\w)", body):
        return False  # capitalised inside the body's sentences: a name ("Quốc hội", "Chính phủ")
    name = words[j + 2].group() if j + 2 < len(words) else ""
    if _title_word(name) and _ORG_START.match(tail) and not post.match(tail) and f"{pair} {name}" in body:
        return False  # a firm or body the body names whole ("... công nhân Công ty Vissan")
    if re.search(rf"(?<!\w){re.escape(pair.lower())}(?!\w)", body):
        # "Cử tri", "Người dân": lower case in the body, so a sentence starts here; after a lead's
        # first words, only where running text follows ("Vết nứt trên cầu", not "Quyết định số 05")
        return not lead_like or all(_RUNNING_WORD.fullmatch(w.group()) for w in words[j + 2 : j + 4])
    # before a photo credit ("... HĐND. Ảnh: L.MINH"): a caption, unless the word is a name
    # (after a lead's first words, only where no capitalised word follows: "vào Chung kết Trong niềm vui")
    return (pos < photo and not (lead_like and _title_word(name))
            and not re.search(rf"(?<=[{_LOWER}] ){re.escape(word)}(?!\w)", body))


def _caption_after_name(word: str, after: str, head: str, tail: str, running: str) -> bool:
    """Whether a capitalised common word after a name starts a caption or a lead (``… sông Bến Hải Cột cờ
    Hiền Lương được dựng lại …``, ``… Tân Hiệp Xe tải tông gãy …``), where it is no post or body (``Chủ
    tịch``, ``Sở Y tế``) nor a word capitalised by custom (``Tết``): the word and the lower-case word after
    it are printed in lower case inside the running text (the rest of the glued line and the body) and never
    capitalised there; or the line goes on to an outlet's mark (``(NLĐ) -``: a caption between) and the
    caption names again the name the headline ends on (``… cố Tổng Bí thư Trần Phú Học sinh … viếng bia
    tưởng niệm cố tổng bí thư Trần Phú (NLĐ) - …``)."""
    if not (_title_word(word) and re.fullmatch(rf"[{_LOWER}]+", after)) or word in _CAPITALISED_BY_CUSTOM:
        return False
    _, post, _, _ = _post_patterns()
    if post.match(tail) or _ORG_START.match(tail):
        return False
    pair = f"{word} {after}"
    if re.search(rf"(?<=[{_LOWER}] ){re.escape(pair)}(?!\w)", running):
        return False  # capitalised inside running text: a name
    if re.search(rf"(?<=[{_LOWER}] ){re.escape(pair.lower())}(?!\w)", running):
        return True
    mark = next((m for m in _OUTLET_START.finditer(tail)
                 if outlet_marker(m.group(1)) or outlet_marker(m.group(1)[:-1])), None)
    if mark is None:
        return False
    name = " ".join(head.split()[-2:])  # the name the headline ends on
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", tail[len(pair) : mark.start()]) is not None


# common words printed with a capital by custom, inside a headline too ("… Vĩnh Lộc Tết xa quê vẫn ấm áp")
_CAPITALISED_BY_CUSTOM = frozenset("Tết Bác Đảng".split())


def _lead_like(given: str) -> bool:
    """A title field that opens as a lead does (``Theo thông tin từ ...``, ``Bộ trưởng Bộ GD-ĐT
    ngày ... đã ký``, ``Trong các ngày ...``) rather than as a headline."""
    first, _, after = given.partition(" ")
    if first in _SENTENCE_STARTERS and after[:1].islower():
        return True
    return bool(_post_patterns()[1].match(given) or _TIME_START.match(given))


_LINK_MARK = re.compile(r"^(?:&gt;|>|»)+\s*")


def strip_link_mark(title: str) -> str:
    """A headline printed as a link with its arrow (``>> Danh sách ủy viên ...``): the arrow goes."""
    return _LINK_MARK.sub("", title)


def strip_photo_credit(title: str) -> str:
    """A headline printed with the credit of its photo after it (``Thi thể bé sơ sinh trôi dạt trên sông
    Ngàn Sâu (Ảnh: Trần Hoàn)``, ``… (ảnh: AFP/Getty).``, Dân trí): the credit goes (the credit a photo
    caption ends on, :data:`~danvan.corpus.ingest.lead.CREDIT_END`); a title that is only a credit stays."""
    stripped = CREDIT_END.sub("", title).rstrip(" -–")
    return stripped or title


def split_headline(given: str, body: str) -> tuple[str, str] | None:
    """(headline, the rest) of a given title longer than a headline (``GLUED_TITLE_WORDS``) that
    runs on into a caption or a lead with no mark between them (``Ra đề thi học kỳ 2 chung cho
    học sinh lớp 9 Ông Huỳnh Văn Hoa, Giám đốc Sở GD-ĐT ...``); None when no sure cut is found.
    ``body``: the article's text without the title. A title that is itself a lead (``Ngày 19/4,
    ...``) is left whole."""
    words = list(re.finditer(r"\S+", given))
    if len(words) <= GLUED_TITLE_WORDS or LEAD.match(given) or _TIME_START.match(given) or given[0] in "-–":
        return None
    end = re.search(rf"\.(?=\s+[“\"'(]?[{UPPER}])|\.\s*$", given)
    bound = end.start() if end else len(given)  # the headline ends before the first full stop
    credit = re.search(r"(?<!\w)(?:Ảnh|Trong ảnh)\s*:", given[: bound + 12])  # a caption's marks
    photo = credit.start() if credit else -1
    for j in range(3, len(words) - 4):
        if words[j].start() > bound:
            break
        if _sentence_start(given, words, j, body, photo):
            head = given[: words[j].start()].strip()
            if _LEAD_HEAD.search(head) or j > HEADLINE_WORDS:
                return None  # "Ông Nguyễn Quí Đôn, Phó giám đốc ...", "Thanh Hóa, ngày 27/4, ...": a lead
            return head, given[words[j].start() :]
    return None
