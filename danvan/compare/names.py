"""The names a group of articles is bound to carry: places, people, outlets.

A province's articles name the province; its keywords would say so and nothing more. Keyness (and
theme terms) leave out, by default, the folded underscored forms (``hà_tĩnh``, ``tp_hcm``,
``nguyễn_xuân_phúc``) of

* places of the gazetteer: the 63 and 34 provinces (full, short and alias forms) and the districts
  (full and short names),
* the corpus's ``people`` (full names and every run of two or more of their syllables),
* the outlets of the documents table (their names without the domain, and the domain).

:func:`name_forms` gives these forms from the gazetteer and the tables alone. Some of them are
ordinary words too (*hòa bình* "peace", *thống nhất* "unite", *người lao động* "worker"):
:func:`proper_names` keeps only the forms the corpus itself writes with a capital last syllable
in at least half of their occurrences inside a sentence (its ``tokens`` table), and adds the
single syllables of person names the corpus always capitalises and the words of several
syllables it always writes as names, every syllable capitalised (countries, streets, landmarks,
communes: :func:`written_as_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from danvan.core.paths import DATA_DIR
from danvan.core.text import fold_word, normalize, strip_diacritics
from danvan.corpus.gazetteer import package_data, province_names, short_name
from danvan.corpus.tables import dictionary_array, memo_of, token_columns

__all__ = ["name_forms", "place_forms", "people_forms", "outlet_forms", "proper_names", "person_names",
           "written_as_names"]

_DOMAIN = re.compile(r"\(([^)]*)\)")
_SPLIT = re.compile(r"[\s\-–—]+")


def _form(name: str) -> str:
    """``Hà Tĩnh`` → ``hà_tĩnh`` (folded like every word compared: :func:`fold_word`)."""
    return fold_word("_".join(p for p in _SPLIT.split(normalize(name).strip()) if p))


@cache
def place_forms() -> frozenset[str]:
    """Provinces (63 and 34 units: full, short and alias names) and districts of the gazetteer."""
    names: set[str] = set()
    for level in (63, 34):
        for full in province_names(level):  # type: ignore[arg-type]
            names |= {full, short_name(full)}
    for rows in package_data("parser_legacy.json")["DICT_PROVINCE_DISTRICT"].values():
        for row in rows.values():
            names |= {row["district"], row["districtShort"]}
    aliases = (DATA_DIR / "province_aliases.tsv").read_text(encoding="utf-8").splitlines()
    names |= {line.split("\t")[0] for line in aliases if line and not line.startswith("#")}
    forms = {_form(n) for n in names if n}
    forms |= {f.replace(".", "") for f in forms} | {f.replace("._", "_") for f in forms}
    return frozenset(f for f in forms if f)


def people_forms(people: pd.DataFrame | None) -> frozenset[str]:
    """Each person's full name and every run of two or more of its syllables, as word forms."""
    if people is None or people.empty or "name" not in people:
        return frozenset()
    forms: set[str] = set()
    for name in people["name"].dropna().astype(str).unique():
        syl = [s for s in _SPLIT.split(normalize(name).strip()) if s]
        for i in range(len(syl)):
            for j in range(i + 2, len(syl) + 1):
                forms.add(_form(" ".join(syl[i:j])))
    return frozenset(forms)


def outlet_forms(outlets: Iterable[object]) -> frozenset[str]:
    """Outlet names without their domain (``Người Lao Động``) and the domain (``nld.com.vn``)."""
    forms: set[str] = set()
    for outlet in outlets:
        if not isinstance(outlet, str) or not outlet.strip():
            continue
        domains = _DOMAIN.findall(outlet)
        forms.add(_form(_DOMAIN.sub(" ", outlet)))
        forms |= {_form(d) for d in domains} | {_form(d).split(".")[0] for d in domains}
        if not domains and "." in outlet:  # a bare domain (baomoi.com)
            forms |= {_form(outlet), _form(outlet).split(".")[0]}
    return frozenset(f for f in forms if f)


def name_forms(documents: pd.DataFrame | None = None, people: pd.DataFrame | None = None) -> frozenset[str]:
    """Places of the gazetteer, the ``people`` names and the outlets of ``documents``."""
    outlets = documents["outlet"] if documents is not None and "outlet" in documents else ()
    return place_forms() | people_forms(people) | outlet_forms(outlets)


def _token_table(corpus: Any) -> pa.Table | None:
    """The ``norm``, ``word`` and ``position`` columns of the corpus's tokens, in columns (read
    from its Parquet file when there is one); None without tokens (a bare DataFrame is no corpus)."""
    columns = ["norm", "word", "position"]
    if isinstance(corpus, pd.DataFrame):
        return None
    source = corpus
    while getattr(source, "parent", None) is not None:
        source = source.parent
    folder = getattr(source, "folder", None)
    if folder is None or not (Path(folder) / "tokens.parquet").exists():  # tokens in memory only
        tokens = getattr(corpus, "tokens", None)
        if not isinstance(tokens, pd.DataFrame) or tokens.empty or not set(columns) <= set(tokens):
            return None
        return pa.Table.from_pandas(tokens[columns], preserve_index=False)
    table = token_columns(corpus, columns, dictionary=("norm", "word"))
    return table if table.num_rows else None


def _codes(column: pa.Array | pa.ChunkedArray) -> tuple[list, np.ndarray]:
    """A string column's distinct values and each row's code among them (-1: missing)."""
    encoded = dictionary_array(column)
    codes = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False)
    return encoded.dictionary.to_pylist(), codes


def _capitalised_share(tokens: pa.Table, forms: Iterable[str],
                       norm_codes: tuple[list, np.ndarray] | None = None) -> dict[str, float]:
    """Share of each form's occurrences (not sentence-initial) written with a capital on its last
    syllable (``thành phố Hồ Chí Minh``, not ``hòa bình``); forms seen only sentence-initially
    get 1. Distinct ``norm`` and ``word`` values are looked at once each, not once per token."""
    wanted = set(forms)
    norms, norm_codes = norm_codes or _codes(tokens.column("norm"))
    form_of, folded = pd.factorize(pd.Series([fold_word(v) for v in norms], dtype=object))  # hòa/hoà: one
    is_wanted = np.array([f in wanted for f in folded] + [False], bool)[np.append(form_of, -1)]
    rows = np.flatnonzero(is_wanted[norm_codes])
    if not len(rows):
        return {}
    words, word_codes = _codes(tokens.column("word").take(pa.array(rows)))
    is_upper = np.array([_SPLIT.split(str(w).strip())[-1][:1].isupper() for w in words] + [False], bool)
    inside = tokens.column("position").take(pa.array(rows)).to_numpy(zero_copy_only=False) > 0
    frame = pd.DataFrame({"norm": form_of[norm_codes[rows]], "upper": is_upper[word_codes], "inside": inside})
    share = frame[frame["inside"]].groupby("norm")["upper"].mean()
    return {folded[c]: float(share.get(c, 1.0)) for c in pd.unique(frame["norm"])}


def proper_names(corpus: Any, min_share: float = 0.5, written: bool = True) -> frozenset[str]:
    """:func:`name_forms` of ``corpus`` except those its tokens write with a lower-case last
    syllable in more than ``1 - min_share`` of their occurrences inside a sentence (*hòa bình*
    "peace"), plus the single syllables of person names it always capitalises, plus (``written``)
    the words it writes as names (:func:`written_as_names`).

    Without a tokens table, every form of :func:`name_forms` is returned. The tokens are read in
    columns (never a DataFrame of every token), and the answer is kept on the corpus object.
    """
    memo = memo_of(corpus, "_proper_names")
    tables = (getattr(corpus, "documents", None), getattr(corpus, "people", None))
    held = memo.get((min_share, written))
    if held is None or not all(a is b for a, b in zip(held[0], tables, strict=True)):
        memo[min_share, written] = held = (tables, _proper_names(corpus, min_share, written))
    return held[1]


def _proper_names(corpus: Any, min_share: float, written: bool = True) -> frozenset[str]:
    documents = getattr(corpus, "documents", None)
    people = getattr(corpus, "people", None)
    forms = name_forms(documents, people)
    tokens = _token_table(getattr(corpus, "tokens_of", corpus))
    if tokens is None:
        return forms
    syllables: set[str] = set()
    if people is not None and not people.empty:
        for name in people["name"].dropna().astype(str).unique():
            syllables |= {fold_word(s) for s in _SPLIT.split(normalize(name)) if s}
    codes = _codes(tokens.column("norm"))  # once, for both rules
    share = _capitalised_share(tokens, forms | syllables, codes)
    ordinary = {f for f, v in share.items() if f in forms and v < min_share}
    capitalised = {f for f in syllables - forms if share.get(f, 0.0) >= 0.95}
    if written:
        capitalised |= written_as_names(tokens, norm_codes=codes)
    return frozenset((forms - ordinary) | capitalised)


def written_as_names(tokens: pa.Table, share: float = 0.9, min_count: int = 3,
                     norm_codes: tuple[list, np.ndarray] | None = None) -> frozenset[str]:
    """Words of two or more syllables that the corpus writes with every syllable capitalised in at
    least ``share`` of their (at least ``min_count``) occurrences inside a sentence: names that no
    list holds (*Trung Quốc*, *Phnom Penh*, *Bà Nà*, *Lê Quý Đôn*, *Thừa Thiên*); and words that no
    Vietnamese syllable spells, written capitalised (*Campuchia*, *Autodesk*). Vietnamese
    capitalises only the first syllable of a body's name (*Quốc hội*, *Mặt trận Tổ quốc*,
    *Bộ Chính trị*), so those stay words. Distinct values are looked at once each (``norm_codes``:
    the ``norm`` column's distinct values and codes, when the caller has them already)."""
    norms, norm_codes = norm_codes or _codes(tokens.column("norm"))
    candidate = np.array([_name_like(str(n)) for n in norms] + [False], bool)  # code -1 (missing): no
    inside = tokens.column("position").to_numpy(zero_copy_only=False) > 0
    rows = np.flatnonzero(candidate[norm_codes] & inside)
    if not len(rows):
        return frozenset()
    words, word_codes = _codes(tokens.column("word").take(pa.array(rows)))
    upper = np.array([_written_as_name(str(w)) for w in words] + [False], bool)
    codes = norm_codes[rows]
    seen = np.bincount(codes, minlength=len(norms))
    capital = np.bincount(codes, weights=upper[word_codes], minlength=len(norms))
    named = np.flatnonzero((seen >= min_count) & (capital >= share * seen))
    return frozenset(fold_word(norms[i]) for i in named)


# a Vietnamese syllable, diacritics stripped: initial consonant, vowels, final consonant
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}"
                       r"(?:ch|ng|nh|[cmnpt])?")


def _name_like(norm: str) -> bool:
    """A word of several syllables, or one that no Vietnamese syllable spells (*campuchia*)."""
    if "_" in norm:
        return True
    return norm.isalpha() and len(norm) > 2 and not _SYLLABLE.fullmatch(strip_diacritics(norm))


def _written_as_name(word: str) -> bool:
    """Every syllable capitalised; a single word capitalised but not all capitals (an
    abbreviation such as *UBND* is no name)."""
    parts = [p for p in _SPLIT.split(word.strip()) if p]
    if len(parts) == 1:
        return parts[0][:1].isupper() and not parts[0].isupper()
    return bool(parts) and all(p[:1].isupper() for p in parts)


def person_names(corpus: Any, min_share: float = 0.5) -> frozenset[str]:
    """The word forms of the corpus's ``people`` (:func:`people_forms`) and the single syllables of
    their names that its tokens always capitalise (``hải`` when only *Hải* occurs): what theme
    terms leave out by default. Empty without a ``people`` table."""
    people = getattr(corpus, "people", None)
    if people is None or people.empty:
        return frozenset()
    both = proper_names(_People(people, corpus), min_share, written=False)
    return frozenset(f for f in both if f not in place_forms())


class _People:
    """A corpus view with people and the corpus's tokens only (no documents: no outlets)."""

    documents = None

    def __init__(self, people: pd.DataFrame, source: Any) -> None:
        self.people, self.tokens_of = people, source
