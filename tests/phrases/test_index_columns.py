"""The index's column code: key strings laid end to end, the inverted index with keys of several
pieces, gaps tested once per distinct value, and the search over many documents at once equal to
the search of each document alone."""

from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pytest

from danvan.phrases.index import _hard_gaps, _join_keys, _postings, build_syllable_index
from danvan.phrases.match import compile_phrase

TEXTS = ["Công tác dân vận. Dân biết", "dân biết, dân bàn", "Hoà giải ở cơ sở_x dân_", "nhân dân"]


def test_key_strings_are_slices_of_one_buffer():
    keys = _join_keys(np.array([0, 1, 2, 0, 2]), ["dân", "biết", "bàn"], np.array([0, 1, 2, 0, 1]),
                      np.array([0, 3, 5]))
    assert keys.to_pylist() == ["dân biết | bàn", "dân bàn"]


def test_postings_merge_the_pieces_of_keys_with_an_underscore():
    keys = ["dân", "dân_vận", "vận", "x_", "biết"]  # "dân_vận": pieces dân, vận; "x_": piece x
    pairs = np.array([k * 4 + d for k, d in [(0, 0), (0, 2), (1, 1), (1, 2), (2, 3), (3, 0), (4, 1)]])
    names, offsets, docs = _postings(pairs, keys, 4)
    got = {p: docs[offsets[i]:offsets[i + 1]].tolist() for i, p in enumerate(names)}
    assert got == {"dân": [0, 1, 2], "vận": [1, 2, 3], "biết": [1], "x": [0]}
    assert len(names) == len(set(names)) == len(offsets) - 1


def test_hard_gaps_are_read_once_per_distinct_gap():
    gaps = pa.array([" ", "  ", ". ", "\n", " - ", ", ", ": ", " "])
    assert _hard_gaps(gaps).tolist() == [False, False, True, False, False, False, True, False]
    assert _hard_gaps(pa.array([], pa.string())).tolist() == []


def test_index_of_the_texts_and_its_candidates():
    ix = build_syllable_index(TEXTS)
    assert ix.keys().key_list == ["công tác dân vận | dân biết", "dân biết dân bàn",
                                  "hòa giải ở cơ sở_x dân_", "nhân dân"]
    assert ix.candidates(["dân"]).tolist() == [0, 1, 2, 3]  # "dân_" holds the piece dân
    assert ix.candidates(["x"]).tolist() == [2]
    assert ix.candidates(["dan"], ignore_diacritics=True).tolist() == [0, 1, 2, 3]


@pytest.mark.parametrize("phrase", ["dân biết", "dân", "Dân vận", "hoà giải", "nhân dân", "(nhân) dân",
                                    "dân biết, dân bàn", "biết"])
@pytest.mark.parametrize("ignore", [False, True])
def test_one_search_over_joined_keys_equals_a_search_per_document(phrase, ignore):
    ix = build_syllable_index(TEXTS)
    rx = re.compile(compile_phrase(phrase, ignore))
    cands = np.arange(len(ix))
    joined = ix.find(cands, rx, ignore, word_edges=False, joined=True)
    alone = ix.find(cands, rx, ignore, word_edges=False, joined=False)
    for a, b in zip((joined.pos, joined.first, joined.last, joined.start, joined.end),
                    (alone.pos, alone.first, alone.last, alone.start, alone.end), strict=True):
        assert a.tolist() == b.tolist()
    per_doc = [(i, *m) for i in range(len(ix)) for m in ix.matches(i, rx, ignore, word_edges=False)]
    local = (joined.first - ix.offsets[joined.pos]).tolist()
    assert [(p, f, s, e) for p, f, s, e in zip(joined.pos.tolist(), local, joined.start.tolist(),
                                               joined.end.tolist(), strict=True)] == \
        [(i, f, s, e) for i, f, _, s, e in per_doc]


def test_find_reads_off_real_offsets():
    ix = build_syllable_index(TEXTS)
    rx = re.compile(compile_phrase("dân biết"))
    h = ix.find(np.arange(len(ix)), rx, word_edges=False, joined=True)
    assert list(zip(h.pos.tolist(), h.start.tolist(), h.end.tolist(), strict=True)) == [(0, 18, 26),
                                                                                         (1, 0, 8)]
    assert [TEXTS[p][s:e] for p, s, e in zip(h.pos, h.start, h.end, strict=True)] == ["Dân biết", "dân biết"]
    # "dân" alone, word edges aside: also the last syllable of "nhân dân"; not the unit "dân_"
    d = ix.find(np.arange(len(ix)), re.compile(compile_phrase("dân")), word_edges=False, joined=True)
    assert d.pos.tolist() == [0, 0, 1, 1, 3]
