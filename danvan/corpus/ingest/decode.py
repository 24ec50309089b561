"""Bytes → text: UTF-8 (with or without BOM), UTF-16, Windows-1258; reasons for what cannot be read."""

from __future__ import annotations

import codecs
import re

from danvan.core.text import letter_counts, normalize


class Unreadable(ValueError):
    """Raised with a human-readable reason when a file cannot be used as an article."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Windows-1258 byte values that only occur as Vietnamese letters or tone marks there.
_CP1258_MARKS = {0xC3, 0xCC, 0xD2, 0xDE, 0xEC, 0xF2, 0xFE, 0xD0, 0xF0, 0xD5, 0xF5, 0xDD, 0xFD}


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


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes; return (normalised text, encoding name) or raise :class:`Unreadable`."""
    if not data.strip():
        raise Unreadable("empty file")
    text: str | None = None
    encoding = ""
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
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
        if b"\x00" in data[:8000]:
            raise Unreadable("binary file (contains NUL bytes), not text")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if not any(b in _CP1258_MARKS for b in data):
                raise Unreadable(
                    "unknown encoding: not UTF-8, UTF-16 or Windows-1258 Vietnamese"
                ) from None
            text, encoding = data.decode("cp1258", errors="strict"), "windows-1258"
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
