"""Bytes → text: UTF-8 (with or without BOM), UTF-16, Windows-1258, and the legacy Vietnamese
encodings TCVN3 (ABC) and VNI-Windows (converted to Unicode); reasons for what cannot be read.

Decoding never raises anything but :class:`Unreadable`. A file that is not UTF-8 is decoded as
each 8-bit Vietnamese encoding and the one whose non-ASCII characters are most often Vietnamese
letters wins (a character-frequency test: TCVN3 read as Windows-1258 gives ``LÊy d©n lµm gèc``,
mostly symbols; VNI gives ``Laáy daân laøm goác``, letters Vietnamese does not use). UTF-8 mixed
with Windows-1258 (lines pasted from another file) is decoded line by line, without loss.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from danvan.core.text import letter_counts, normalize


class Unreadable(ValueError):
    """Raised with a human-readable reason when a file cannot be used as an article."""


_TONE_MARKS = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_VOWELS = "aăâeêioôơuưy"
_TONED = "".join(
    unicodedata.normalize("NFC", v + m) for v in _VOWELS for m in "\u0300\u0301\u0309\u0303\u0323"
)
_VIETNAMESE = frozenset(_TONED + _TONED.upper() + "ăâêôơưđĂÂÊÔƠƯĐ")
# TCVN3 (ABC): one byte per lower-case letter; capitals with a tone share the lower-case codes
# (in the capital fonts), so only the seven capital base letters have codes of their own.
_TCVN3_LETTERS = (
    "à\xb5 á\xb8 ả\xb6 ã\xb7 ạ\xb9 ă\xa8 ằ\xbb ắ\xbe ẳ\xbc ẵ\xbd ặ\xc6 â\xa9 ầ\xc7 ấ\xca ẩ\xc8 ẫ\xc9 ậ\xcb "
    "đ\xae è\xcc é\xd0 ẻ\xce ẽ\xcf ẹ\xd1 ê\xaa ề\xd2 ế\xd5 ể\xd3 ễ\xd4 ệ\xd6 ì\xd7 í\xdd ỉ\xd8 ĩ\xdc ị\xde "
    "ò\xdf ó\xe3 ỏ\xe1 õ\xe2 ọ\xe4 ô\xab ồ\xe5 ố\xe8 ổ\xe6 ỗ\xe7 ộ\xe9 ơ\xac ờ\xea ớ\xed ở\xeb ỡ\xec ợ\xee "
    "ù\xef ú\xf3 ủ\xf1 ũ\xf2 ụ\xf4 ư\xad ừ\xf5 ứ\xf8 ử\xf6 ữ\xf7 ự\xf9 ỳ\xfa ý\xfd ỷ\xfb ỹ\xfc ỵ\xfe "
    "Ă\xa1 Â\xa2 Đ\xa7 Ê\xa3 Ô\xa4 Ơ\xa5 Ư\xa6"
)
TCVN3 = {pair[1]: pair[0] for pair in _TCVN3_LETTERS.split()}  # byte (as Latin-1) → letter
# VNI-Windows: a base letter followed by a byte for its marks (vowel mark and tone together)
_VNI_MARKS = {"\u0300": "ø", "\u0301": "ù", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_HAT = {"\u0300": "à", "\u0301": "á", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}  # â ê ô
_VNI_BREVE = {"\u0300": "è", "\u0301": "é", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}  # ă


@lru_cache(maxsize=1)
def vni_table() -> dict[str, str]:
    """Unicode letter → its VNI-Windows bytes (as Latin-1 characters)."""
    table: dict[str, str] = {"ơ": "ô", "ư": "ö", "đ": "ñ", "â": "aâ", "ê": "eâ", "ô": "oâ", "ă": "aê",
                             "ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}
    for mark, code in _VNI_MARKS.items():
        for base in "aeouy":
            table[unicodedata.normalize("NFC", base + mark)] = base + code
        for base, vni in (("ơ", "ô"), ("ư", "ö")):
            table[unicodedata.normalize("NFC", base + mark)] = vni + code
    for mark, code in _VNI_HAT.items():
        for base in "aeo":
            table[unicodedata.normalize("NFC", base + "\u0302" + mark)] = base + code
    for mark, code in _VNI_BREVE.items():
        table[unicodedata.normalize("NFC", "a\u0306" + mark)] = "a" + code
    table["ỳ"] = "yø"
    upper = {k.upper(): v.upper() for k, v in table.items()}
    return {**table, **upper}


@lru_cache(maxsize=1)
def _vni_decoder() -> tuple[re.Pattern[str], dict[str, str]]:
    back = {v: k for k, v in vni_table().items()}
    pattern = re.compile("|".join(sorted(map(re.escape, back), key=len, reverse=True)))
    return pattern, back


def from_tcvn3(data: bytes) -> str:
    return data.decode("latin-1").translate(str.maketrans(TCVN3))


def from_vni(data: bytes) -> str:
    pattern, back = _vni_decoder()
    return pattern.sub(lambda m: back[m.group()], data.decode("latin-1"))


def vietnamese_share(text: str) -> float:
    """Share of the non-ASCII letters and Latin-1 symbols of ``text`` that are Vietnamese letters."""
    text = unicodedata.normalize("NFC", text)
    relevant = [c for c in text if "\xa0" <= c <= "\u024f" or "\u0300" <= c <= "\u0323" or
                "\u1ea0" <= c <= "\u1ef9"]
    if not relevant:
        return 1.0
    return sum(c in _VIETNAMESE for c in relevant) / len(relevant)


_COMMON = frozenset(
    "của và các là được cho những người với không trong một có đã này để đến về từ năm nhân dân "
    "công tác thực hiện cơ sở đồng chí tổ chức xã hội ủy ban nhà nước chính quyền cán bộ đảng"
    .split()
)


def _common_words(text: str) -> int:
    return sum(w in _COMMON for w in re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()))


def _wordlike(text: str) -> bool:
    """Whether a legacy reading reads as Vietnamese: at least 5% common words, under 2% of words
    with two tone marks (real text has none; misread text has 10–40%)."""
    words = re.findall(r"[\w\u0300-\u036f]+", unicodedata.normalize("NFD", text).lower())
    if not words:
        return False
    common = sum(unicodedata.normalize("NFC", w) in _COMMON for w in words)
    two_tones = sum(len(_TONE_MARKS.findall(w)) >= 2 for w in words)
    return common >= 0.05 * len(words) and two_tones < 0.02 * len(words)


def _looks_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM from the NUL bytes of ASCII characters."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _mixed_utf8(data: bytes) -> str | None:
    """UTF-8 lines mixed with Windows-1258 lines (most lines UTF-8), decoded line by line; None
    when the file is not mostly UTF-8 or a line is neither."""
    lines = data.split(b"\n")
    out: list[str] = []
    legacy = 0
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                out.append(line.decode("cp1258"))
            except UnicodeDecodeError:
                return None
            legacy += 1
    utf8_marked = sum(1 for line in lines if line and max(line) >= 0x80) - legacy
    return "\n".join(out) if utf8_marked >= 1 else None


_SAMPLE = 1 << 16  # the encodings are told apart on the first 64 KiB (their share of letters)
_LEGACY = {"tcvn3": from_tcvn3, "vni-windows": from_vni}


def _eight_bit(data: bytes, why: str) -> tuple[str, str]:
    """A file that is not UTF-8: mixed UTF-8/Windows-1258, Windows-1258, TCVN3 or VNI."""
    if (mixed := _mixed_utf8(data)) is not None:
        return mixed, "utf-8+windows-1258"
    sample = data[:_SAMPLE]
    candidates: list[tuple[float, int, str, str]] = []
    bad, cp1258 = -1, None
    try:
        cp1258 = data.decode("cp1258")
        candidates.append((vietnamese_share(cp1258[:_SAMPLE]), 2, cp1258[:_SAMPLE], "windows-1258"))
    except UnicodeDecodeError as exc:
        bad = exc.start
    for priority, (encoding, convert) in enumerate(_LEGACY.items()):
        text = convert(sample)
        candidates.append((vietnamese_share(text), priority, text, encoding))
    # a legacy reading must also give words: common ones, and syllables with one tone mark each
    # (Windows-1258 read as VNI or TCVN3 gives letters, but ``vâịn`` for ``vận``)
    plausible = [c for c in candidates if c[0] >= 0.9 and (c[1] == 2 or _wordlike(c[2]))]
    if not plausible:
        where = f"; byte 0x{data[bad]:02x} at offset {bad} is not Windows-1258" if bad >= 0 else ""
        raise Unreadable(
            f"unknown encoding: {why}{where}; nor UTF-16, Windows-1258, TCVN3 or VNI Vietnamese"
        )
    # several read as letters (VNI read as TCVN3 does): the one with the most common words wins
    encoding = max(plausible, key=lambda c: (_common_words(c[2]), c[1]))[3]
    if encoding == "windows-1258":
        assert cp1258 is not None
        return cp1258, encoding
    return _LEGACY[encoding](data), encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes; return (normalised text, encoding name) or raise :class:`Unreadable`."""
    if not data.strip():
        raise Unreadable("empty file (nothing but white space)" if data else "empty file (0 bytes)")
    text: str | None = None
    encoding = ""
    if data.startswith(codecs.BOM_UTF8):
        try:
            text, encoding = data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            reason = f"starts with a UTF-16 byte-order mark but is not UTF-16 ({exc.reason})"
            raise Unreadable(reason) from exc
    elif guess := _looks_utf16(data):
        try:
            text, encoding = data.decode(guess), guess
        except UnicodeDecodeError:
            text = None
    if text is None:
        if b"\x00" in data:  # one rule for the whole file, wherever the NUL is
            raise Unreadable("binary file (contains NUL bytes), not text")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            why = f"not UTF-8 ({exc.reason} 0x{data[exc.start]:02x} at offset {exc.start})"
            text, encoding = _eight_bit(data, why)
    if "\x00" in text:
        raise Unreadable(f"binary file (NUL characters after decoding as {encoding}), not text")
    if len(_CONTROL.findall(text)) > max(5, len(text) // 200):
        raise Unreadable(f"binary content (control characters after decoding as {encoding})")
    text = normalize(text)
    if not text.strip():
        raise Unreadable("empty file (only white space)")
    return text, encoding


def check_vietnamese(text: str, min_ratio: float = 0.04, min_letters: int = 40) -> None:
    """Raise :class:`Unreadable` when a decoded text has too little Vietnamese to be an article."""
    letters, marked = letter_counts(text)
    head = letters if len(text) <= 2000 else sum(map(str.isalpha, text[:2000]))
    if head < min_letters:
        raise Unreadable(f"too short to be an article ({head} letters)")
    ratio = marked / letters
    if ratio < min_ratio:
        raise Unreadable(
            f"no Vietnamese text found ({ratio:.0%} of letters carry Vietnamese diacritics; "
            "wrong encoding or another language?)"
        )
