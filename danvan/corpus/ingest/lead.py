"""The lead of an article: its first paragraph that reports (not a repeated headline or a photo
caption), and the first sentence of that lead."""

from __future__ import annotations

import re

from danvan.core.text import UPPER, fold

_ABBREVIATION = re.compile(r"(?:^|\s)(?:TP|Tp|TX|TT|Q|P|H|TS|GS|PGS|ThS|BS|St|[A-ZĐ])\.$")

PHOTO_CAPTION_WORDS = 60  # a photo caption atop the article is short; a lead runs longer
LEAD_WORDS = 8  # what is left of a paragraph once its caption is cut must read as a lead
# a paragraph ending on its photo credit: "… tại New Delhi (Ảnh: Reuters).", "… chân không. Ảnh: Trung
# tâm Vũ trụ Việt Nam cung cấp.", "… tại buổi lễ - Ảnh: P.P.H." (a dot only after an initial)
CREDIT_END = re.compile(
    r"(?:\((?:ảnh|Ảnh|ẢNH)(?: minh (?:họa|hoạ))?\s*:[^()]{1,60}\)"
    r"|(?:^|[.!?…]\s*|\s[-–]\s*|\s)(?:Ảnh|ẢNH)(?: minh (?:họa|hoạ))?\s*:"
    r"(?:[^.!?()]|(?<=[A-ZĐ])\.){1,60})\s*\.?\s*$"
)
_U = f"[{UPPER}]"
# a caption glued before the lead inside one paragraph, cut after its credit: an initial with a name
# ("Ảnh: N. Hữu"), initials alone ("Ảnh: H.L.A", "ẢNH: P.P.H.": the next word is the lead's), a credit
# in capitals ("Ảnh: TTXVN", "ẢNH: BẢO TRUNG"), or any short credit followed by the outlet's mark
# ("Ảnh: Nhân Dân (NLĐO)-Sáng nay …")
_GLUED_CREDIT = re.compile(
    rf"(?:(?<=[\s.,)])|^)(?:Ảnh|ẢNH)\s*:\s*(?:"
    rf"(?:{_U}\.\s?){{1,2}}{_U}\.?(?![^\s(])"  # initials alone: "H.L.A", "P.P.H.", "B.T"
    rf"|{_U}\.\s?{_U}[^\s.(),]*\.?"  # one initial and a name: "N. Hữu", "Đ.Quang", "N.HỮU"
    rf"|{_U}{{2,}}(?:\s{_U}{{2,}})?(?![^\s(])"
    rf"|[^\s()][^()]{{0,28}}?(?=\s*\([^()]{{2,12}}\)\s*[-–—]))"
    rf"\s*(?:\([^()]{{2,12}}\)\s*[-–—]\s*)?(?=[{UPPER}0-9\"“‘(])"
)


def first_sentence(lead: str) -> str:
    """The lead up to its first full stop that ends a sentence (*TP.*, *Q.*, *TS.* do not)."""
    for m in re.finditer(r"[.!?](?=\s+[\"“(]?[" + UPPER + r"0-9])", lead):
        if not _ABBREVIATION.search(lead[max(0, m.start() - 5) : m.end()]):
            return lead[: m.end()]
    return lead


def _words(text: str) -> int:
    return len(text.split())


def is_photo_caption(paragraph: str) -> bool:
    """Whether a paragraph is a photo caption: short, and ending on its credit (``(Ảnh: Reuters).``)."""
    return _words(paragraph) <= PHOTO_CAPTION_WORDS and bool(CREDIT_END.search(paragraph))


def cut_glued_caption(paragraph: str) -> str:
    """The paragraph after a photo caption and its credit glued before the lead (``Ông A phát biểu tại
    hội nghị Ảnh: C.T.V TPHCM hiện nay …`` → ``TPHCM hiện nay …``); the paragraph itself where no caption
    opens it, or where too little would be left to be a lead."""
    m = _GLUED_CREDIT.search(paragraph)
    if m is None or _words(paragraph[: m.start()]) > PHOTO_CAPTION_WORDS:
        return paragraph
    rest = paragraph[m.end() :]
    return rest if _words(rest) >= LEAD_WORDS else paragraph


def lead_paragraph(paragraphs: list[str], title: str) -> str:
    """The lead: the first paragraph, unless it only repeats a short headline or caption that the
    corpus row stores as its title (``Do đâu bùng phát 'lắc' ở giới trẻ?``), or is a photo caption
    (``… tại New Delhi (Ảnh: Reuters).``): then the next one. A caption glued before the lead in the
    same paragraph is cut off (:func:`cut_glued_caption`). The lead is always a part of the text."""
    at = 0
    first = paragraphs[0]
    if len(paragraphs) > 1 and _words(first) <= 15 and fold(first).strip() == fold(title).strip():
        at = 1
    for _ in range(2):  # at most two captions atop the article
        if at + 1 < len(paragraphs) and is_photo_caption(paragraphs[at]) and \
                _words(paragraphs[at + 1]) >= LEAD_WORDS:
            at += 1
    return cut_glued_caption(paragraphs[at])
