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
single syllables of person names the corpus always capitalises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import pandas as pd

from danvan.core.paths import DATA_DIR
from danvan.core.text import fold_word, normalize
from danvan.corpus.gazetteer import package_data, province_names, short_name

__all__ = ["name_forms", "place_forms", "people_forms", "outlet_forms", "proper_names", "person_names"]

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


def _capitalised_share(tokens: pd.DataFrame, forms: Iterable[str]) -> pd.Series:
    """Share of each form's occurrences (not sentence-initial) written with a capital on its last
    syllable (``thành phố Hồ Chí Minh``, not ``hòa bình``); forms seen only sentence-initially
    get 1."""
    norm = tokens["norm"].astype(str).map(fold_word)
    wanted = norm.isin(set(forms))
    tok = tokens.loc[wanted, ["word", "position"]].assign(norm=norm[wanted])
    if tok.empty:
        return pd.Series(dtype=float)
    upper = tok["word"].astype(str).map(lambda w: _SPLIT.split(w.strip())[-1][:1].isupper())
    inside = tok["position"] > 0
    share = upper[inside].groupby(tok.loc[inside, "norm"]).mean()
    return share.reindex(tok["norm"].unique()).fillna(1.0)


def proper_names(corpus: Any, min_share: float = 0.5) -> frozenset[str]:
    """:func:`name_forms` of ``corpus`` except those its tokens write with a lower-case last
    syllable in more than ``1 - min_share`` of their occurrences inside a sentence (*hòa bình*
    "peace"), plus the single syllables of person names it always capitalises.

    Without a tokens table, every form of :func:`name_forms` is returned.
    """
    documents = getattr(corpus, "documents", None)
    people = getattr(corpus, "people", None)
    forms = name_forms(documents, people)
    tokens = getattr(corpus, "tokens", None)
    if tokens is None or tokens.empty:
        return forms
    syllables: set[str] = set()
    if people is not None and not people.empty:
        for name in people["name"].dropna().astype(str).unique():
            syllables |= {fold_word(s) for s in _SPLIT.split(normalize(name)) if s}
    share = _capitalised_share(tokens, forms | syllables)
    ordinary = {f for f, v in share.items() if f in forms and v < min_share}
    capitalised = {f for f in syllables - forms if share.get(f, 0.0) >= 0.95}
    return frozenset((forms - ordinary) | capitalised)


def person_names(corpus: Any, min_share: float = 0.5) -> frozenset[str]:
    """The word forms of the corpus's ``people`` (:func:`people_forms`) and the single syllables of
    their names that its tokens always capitalise (``hải`` when only *Hải* occurs): what theme
    terms leave out by default. Empty without a ``people`` table."""
    people = getattr(corpus, "people", None)
    if people is None or people.empty:
        return frozenset()
    both = proper_names(_People(people, getattr(corpus, "tokens", None)), min_share)
    return frozenset(f for f in both if f not in place_forms())


class _People:
    """A corpus view with people and tokens only (no documents: no outlets)."""

    documents = None

    def __init__(self, people: pd.DataFrame, tokens: pd.DataFrame | None) -> None:
        self.people, self.tokens = people, tokens
