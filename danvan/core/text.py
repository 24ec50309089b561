"""Vietnamese text normalisation at the boundary: NFC, one tone-mark convention, folding keys.

Every string that enters the package passes through :func:`normalize`; comparisons go through
:func:`fold` (or :func:`strip_diacritics` where diacritics are to be ignored), never raw ``==``.
The tone-mark convention is the one used by most Vietnamese news sites and by underthesea's
training data: in an open syllable ending in *oa*, *oe* or *uy* the mark sits on the first vowel
(``hòa``, ``khỏe``, ``thủy``, ``ủy``); ``hoà``, ``khoẻ``, ``thuỷ``, ``uỷ`` are rewritten. ``qu`` + y
keeps its mark on ``y`` (``quý``), and closed syllables (``hoàng``, ``quyết``) are unambiguous.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize", "fold", "strip_diacritics", "normalize_tone_marks", "VIETNAMESE_LETTERS"]

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
# In NFD a syllable-final "oa", "oe", "uy" with the tone on the second vowel (not after q).
_OLD_TONE = re.compile(
    rf"(?<![q])(o)([ae])([{_TONES}])(?![\w\u0300-\u036f])|(?<![q])(u)(y)([{_TONES}])(?![\w\u0300-\u036f])",
    re.IGNORECASE,
)

VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
UPPER = "".join(sorted({ch.upper() for ch in VIETNAMESE_LETTERS}))  # for regex classes
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def _move_tone(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return m.group(1) + m.group(3) + m.group(2)
    return m.group(4) + m.group(6) + m.group(5)


# In NFC, every syllable _OLD_TONE would rewrite shows as o + a/e with a tone, or u + y with a tone,
# at the end of a word (a superset: the NFD pass below decides). Most texts have none. (Written
# to start with a character class, which lets the regex engine skip ahead fast.)
_MAYBE_OLD = re.compile(
    r"[oOuU](?:(?<=[oO])(?<![qQ][oO])[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|(?<=[uU])(?<![qQ][uU])[ỳýỷỹỵỲÝỶỸỴ])(?!\w)"
)


#: what ``str.split()`` splits on (Unicode white space and the C0 separators), as a pattern for
#: Arrow's regular expressions (``pyarrow.compute.split_pattern_regex``): word lists split in
#: columns exactly as Python splits them
SPLIT_SPACE = (r"[\x{0009}-\x{000d}\x{001c}-\x{0020}\x{0085}\x{00a0}\x{1680}\x{2000}-\x{200a}"
               r"\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+")


def normalize_tone_marks(text: str) -> str:
    """Rewrite old-style tone placement (``hoà``, ``uỷ``) to ``hòa``, ``ủy``; returns NFC."""
    nfc = unicodedata.normalize("NFC", text)
    if not _MAYBE_OLD.search(nfc):
        return nfc
    nfd = unicodedata.normalize("NFD", nfc)
    return unicodedata.normalize("NFC", _OLD_TONE.sub(_move_tone, nfd))


def normalize(text: str) -> str:
    """NFC, one tone-mark convention, no zero-width characters, ordinary spaces, and the Latin eth
    (``Ð``, ``ð``) that legacy fonts and keyboards put for ``Đ``, ``đ`` replaced.

    Offsets are not preserved across this call: apply it once, at the boundary, and take offsets
    from its output.
    """
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("Ð", "Đ").replace("ð", "đ")
    return normalize_tone_marks(text)


def fold(text: str) -> str:
    """Comparison key: normalised and case-folded (``Thành Ủy`` and ``thành uỷ`` fold alike)."""
    return normalize(text).casefold()


def strip_diacritics(text: str, casefold: bool = True) -> str:
    """Comparison key that ignores diacritics: ``Dân vận`` → ``dan van`` (đ → d).

    ``casefold=False`` keeps the case (for regular expressions, where ``\\S`` must stay ``\\S``).
    """
    nfd = unicodedata.normalize("NFD", fold(text) if casefold else normalize(text))
    bare = "".join(ch for ch in nfd if not unicodedata.combining(ch))
    return bare.replace("đ", "d").replace("Đ", "D")


_ASCII = "abcdeghiklmnopqrstuvxy"
_VIETNAMESE_ONLY = re.compile(
    "[" + "".join(sorted(set(VIETNAMESE_LETTERS + UPPER) - set(_ASCII + _ASCII.upper()))) + "]"
)


def letter_counts(text: str, sample: int = 20_000) -> tuple[int, int]:
    """(letters, letters with Vietnamese-only diacritics, either case) in the first ``sample``
    characters."""
    head = text[:sample]
    return sum(map(str.isalpha, head)), len(_VIETNAMESE_ONLY.findall(head))


def fold_word(word: str) -> str:
    """:func:`fold` for an underscored word (``tokens.norm``, ``paragraphs.words``): ``_`` counts
    as a syllable boundary, so ``Hoà_Bình`` folds to ``hòa_bình`` as ``hoà bình`` to ``hòa bình``.
    Stopwords, keyness and themes compare words with this one rule."""
    return fold(word.replace("_", "\x1f")).replace("\x1f", "_")
