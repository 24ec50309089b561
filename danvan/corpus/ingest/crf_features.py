"""The features of underthesea's word-segmentation CRF, made as its ``CRFFeaturizer`` makes them but
from strings built once per distinct syllable and syllable pair.

underthesea's featurizer (``underthesea_core.CRFFeaturizer``, 9.5.0 / 3.3.2) builds 43 feature
strings for every syllable afresh, from its templates (``T[-2]``, ``T[0,1].lower``,
``T[-1].is_in_dict``…): most of the segmenter's time goes there, not into the model. The strings
of a syllable, and of two in a row, are the same wherever they occur, save for the template's
offset; so they are built once per distinct syllable (pair), for every offset, and a syllable's
features are picked from its neighbours' (``BOS``/``EOS`` beyond the sentence). The CRF sees the
same strings, in the same order, and tags alike.

Used only when the model's templates are those below and the library's featurizer gives the same
features as this one on :data:`PROBES` and on words of its dictionary; otherwise the library's
featurizer runs (:func:`own_featurizer`). It runs too for a sentence holding a character outside
the Latin, punctuation and number blocks news text is written in, or one whose case Python's
Unicode tables map otherwise than the library's (:func:`_odd_characters`).
``tests/corpus/test_crf_features.py`` compares both on real text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["TEMPLATES", "PROBES", "Featurizer", "own_featurizer", "segmenter_tagger"]

TEMPLATES = (
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]", "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]", "T[-2,0]",
    "T[-1,1]", "T[0,2]", "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[-2,-1].lower", "T[-1,0].lower", "T[0,1].lower", "T[1,2].lower", "T[-1].isdigit", "T[0].isdigit",
    "T[1].isdigit", "T[-2].istitle", "T[-1].istitle", "T[0].istitle", "T[1].istitle", "T[2].istitle",
    "T[0,1].istitle", "T[0,2].istitle", "T[-2].is_in_dict", "T[-1].is_in_dict", "T[0].is_in_dict",
    "T[1].is_in_dict", "T[2].is_in_dict", "T[-2,-1].is_in_dict", "T[-1,0].is_in_dict",
    "T[0,1].is_in_dict", "T[1,2].is_in_dict", "T[-2,0].is_in_dict", "T[-1,1].is_in_dict",
    "T[0,2].is_in_dict",
)

#: sentences on which this featurizer must agree with the library's before it is used: signs,
#: overflowing, zero-padded, very long and non-ASCII digits, titles of letters without case,
#: dictionary words, 1-3 syllables
PROBES = (
    ("Ủy", "ban", "Mặt", "trận", "Tổ", "quốc", "Việt", "Nam", "tỉnh", "Hà", "Tĩnh", "."),
    ("-5", "+7", "12345678901", "2147483647", "-2147483648", "2147483648", "½", "１２", "3.5", "+", "-"),
    ("ß", "Ǆ", "ǅ", "ǆ", "ΣΑΣ", "'", "a", '"', "B", "(", "10/2", ")"),
    ("x",), ("a", "b"), ("dân", "vận", "khéo"), ("0" * 5000, "1" * 5000, "00001", "-0000000002147483648"),
)

_OFFSETS = (-2, -1, 0, 1, 2)
_PAIRS = (-2, -1, 0, 1)
_INT = re.compile(r"[+-]?[0-9]+")
# bounds of the caches (entries; about 75 MB and 90 MB when full): the frequent syllables and pairs come
# back at once after a clear
_MAX_SYLLABLES = 30_000
_MAX_PAIRS = 50_000


def _isdigit(text: str) -> str:
    """``isdigit`` as the library has it: the text parses as a 32-bit integer (a sign, ASCII digits;
    counted before converting, so that thousands of digits are no error)."""
    if not _INT.fullmatch(text):
        return "False"
    digits = text.lstrip("+-").lstrip("0")
    return "True" if len(digits) < 10 or (len(digits) == 10 and -(2**31) <= int(text) < 2**31) else "False"


def _istitle(text: str) -> str:
    """``istitle`` as the library has it: every space-separated part begins with a character that
    upper-casing leaves alone (a capital, a digit, a sign)."""
    return "True" if all(p[:1] == p[:1].upper() for p in text.split(" ")) else "False"


def _pad(names: list[str], value: str) -> tuple[str, ...]:
    return tuple(f"{n}={value}" for n in names)


# the strings kept per syllable, per pair and per triple, in slot order
_ONE = ([f"T[{o}]" for o in _OFFSETS] + [f"T[{o}].lower" for o in _OFFSETS]
        + [f"T[{o}].isdigit" for o in (-1, 0, 1)] + [f"T[{o}].istitle" for o in _OFFSETS]
        + [f"T[{o}].is_in_dict" for o in _OFFSETS])
_TWO = ([f"T[{o},{o + 1}]" for o in _PAIRS] + [f"T[{o},{o + 1}].lower" for o in _PAIRS]
        + [f"T[{o},{o + 1}].is_in_dict" for o in _PAIRS] + ["T[0,1].istitle"])
_THREE = ["T[-2,0]", "T[-1,1]", "T[0,2]", "T[-2,0].is_in_dict", "T[-1,1].is_in_dict",
          "T[0,2].is_in_dict", "T[0,2].istitle"]
_ONE_BOS, _ONE_EOS = _pad(_ONE, "BOS"), _pad(_ONE, "EOS")
_TWO_BOS, _TWO_EOS = _pad(_TWO, "BOS"), _pad(_TWO, "EOS")
_THREE_BOS, _THREE_EOS = _pad(_THREE, "BOS"), _pad(_THREE, "EOS")
_THREE_FLAGS = {(d, t): (f"T[-2,0].is_in_dict={d}", f"T[-1,1].is_in_dict={d}", f"T[0,2].is_in_dict={d}",
                         f"T[0,2].istitle={t}") for d in ("True", "False") for t in ("True", "False")}


class Featurizer:
    """The CRF features of sentences (lists of normalised syllables), as ``CRFFeaturizer(TEMPLATES,
    dictionary).process`` gives them. A sentence with a syllable holding a character in ``odd``
    (one whose case Python's Unicode tables may map otherwise than the library's) goes to
    ``library`` (the library's featurizer for one sentence) instead."""

    def __init__(self, dictionary: set[str] | frozenset[str], odd: re.Pattern[str] | None = None,
                 library: Callable[[list[str]], list[list[str]]] | None = None) -> None:
        self.dictionary = dictionary
        self.odd = odd
        self.library = library
        self._one: dict[str, tuple[str, ...] | None] = {}
        self._two: dict[tuple[str, str], tuple[str, ...]] = {}

    def _syllable(self, w: str) -> tuple[str, ...] | None:
        if len(self._one) >= _MAX_SYLLABLES:
            self._one.clear()
        if self.odd is not None and self.odd.search(w):
            self._one[w] = None
            return None
        low = w.lower()
        dig, title = _isdigit(w), _istitle(w)
        known = "True" if low in self.dictionary else "False"
        out = self._one[w] = tuple(
            [f"T[{o}]={w}" for o in _OFFSETS] + [f"T[{o}].lower={low}" for o in _OFFSETS]
            + [f"T[{o}].isdigit={dig}" for o in (-1, 0, 1)] + [f"T[{o}].istitle={title}" for o in _OFFSETS]
            + [f"T[{o}].is_in_dict={known}" for o in _OFFSETS])
        return out

    def _pair(self, pair: tuple[str, str]) -> tuple[str, ...]:
        s = f"{pair[0]} {pair[1]}"
        low = s.lower()
        known = "True" if low in self.dictionary else "False"
        if len(self._two) >= _MAX_PAIRS:
            self._two.clear()
        out = self._two[pair] = tuple(
            [f"T[{o},{o + 1}]={s}" for o in _PAIRS] + [f"T[{o},{o + 1}].lower={low}" for o in _PAIRS]
            + [f"T[{o},{o + 1}].is_in_dict={known}" for o in _PAIRS] + [f"T[0,1].istitle={_istitle(s)}"])
        return out

    def sentence(self, sylls: list[str]) -> list[list[str]]:
        """The features of each syllable of one sentence, in :data:`TEMPLATES` order."""
        one, two, known = self._one, self._two, self.dictionary
        u = [_ONE_BOS, _ONE_BOS, *[one.get(w) or self._syllable(w) for w in sylls], _ONE_EOS, _ONE_EOS]
        if None in u and self.library is not None:
            return self.library(sylls)
        b = [_TWO_BOS, _TWO_BOS, *[two.get(p) or self._pair(p) for p in zip(sylls, sylls[1:], strict=False)],
             _TWO_EOS, _TWO_EOS]
        r = [_THREE_BOS, _THREE_BOS]
        for x, y, z in zip(sylls, sylls[1:], sylls[2:], strict=False):
            s = f"{x} {y} {z}"
            r.append((f"T[-2,0]={s}", f"T[-1,1]={s}", f"T[0,2]={s}",
                      *_THREE_FLAGS["True" if s.lower() in known else "False", _istitle(s)]))
        r += [_THREE_EOS, _THREE_EOS]
        out = []
        for i in range(len(sylls)):  # u[i + 2] is syllable i; b[i + 2] the pair from it; r[i + 2] the triple
            u2, u1, u0, v1, v2 = u[i], u[i + 1], u[i + 2], u[i + 3], u[i + 4]
            b2, b1, b0, c1 = b[i], b[i + 1], b[i + 2], b[i + 3]
            r2, r1, r0 = r[i], r[i + 1], r[i + 2]
            out.append([
                u2[0], u1[1], u0[2], v1[3], v2[4], b2[0], b1[1], b0[2], c1[3], r2[0], r1[1], r0[2],
                u2[5], u1[6], u0[7], v1[8], v2[9], b2[4], b1[5], b0[6], c1[7], u1[10], u0[11], v1[12],
                u2[13], u1[14], u0[15], v1[16], v2[17], b0[12], r0[6],
                u2[18], u1[19], u0[20], v1[21], v2[22], b2[8], b1[9], b0[10], c1[11], r2[3], r1[4], r0[5],
            ])
        return out


def _model_files(model: Any) -> tuple[list[str], set[str]] | None:
    """The templates and dictionary the library's model was built with, read as it reads them."""
    import joblib
    from underthesea.pipeline import word_tokenize as ws

    folder = Path(ws.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"
    try:
        return (list(joblib.load(folder / model.path_features)),
                set(joblib.load(folder / model.path_dictionary)))
    except Exception:  # noqa: BLE001 - any unreadable file: the library's featurizer runs
        return None


# where the syllables of news text live: Latin letters with their diacritics (Vietnamese among them),
# combining marks, punctuation, currency and number forms
_COMMON_BLOCKS = ((0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x1E00, 0x1EFF), (0x2000, 0x206F),
                  (0x20A0, 0x20CF), (0x2100, 0x218F))


def _odd_characters() -> re.Pattern[str]:
    """The characters whose lower case or title test this featurizer does not take on trust: all
    but those of :data:`_COMMON_BLOCKS` where Python's Unicode tables and the library's (perhaps of
    another Unicode version) agree, as the library's featurizer is asked at start-up."""
    from underthesea_core import CRFFeaturizer

    chars = [chr(c) for lo, hi in _COMMON_BLOCKS for c in range(lo, hi + 1)
             if unicodedata.category(chr(c)) != "Cn" and c != 0x20]  # (" " alone makes the library panic)
    theirs = CRFFeaturizer(["T[0].lower", "T[0].istitle"], set()).process([[[c]] for c in chars])
    same = [c for c, (feats,) in zip(chars, theirs, strict=True)
            if feats == [f"T[0].lower={c.lower()}", f"T[0].istitle={_istitle(c)}"]]
    return re.compile("[^ " + "".join(map(re.escape, same)) + "]")


def own_featurizer(model: Any) -> Featurizer | None:
    """:class:`Featurizer` for the library's ``model`` if its templates are :data:`TEMPLATES` and
    the library's featurizer agrees with it on :data:`PROBES` and on words of its dictionary; else
    None."""
    files = _model_files(model)
    if files is None or tuple(files[0]) != TEMPLATES:
        return None

    def library(sylls: list[str]) -> list[list[str]]:
        return model.featurizer.process([[[w] for w in sylls]])[0]

    mine = Featurizer(files[1], _odd_characters(), library)
    probes = [list(p) for p in PROBES] + [w.split(" ") for w in sorted(files[1])[::250]]
    same = all(mine.sentence(p) == library(p) for p in probes if p)
    return mine if same else None


def segmenter_tagger(model: Any) -> Callable[[list[str]], list[str]]:
    """A function from a sentence's normalised syllables to the model's tags: through
    :func:`own_featurizer` when there is one, else the model's own ``predict``."""
    mine = own_featurizer(model)
    if mine is None:
        return lambda sylls: model.predict(list(zip(sylls)))
    tag = model.estimator.tag
    return lambda sylls: tag(mine.sentence(sylls))
