"""Sentences and words with character offsets, and the domain lexicon merged after tokenising.

Words come from underthesea's word segmenter, run step by step as ``word_tokenize`` runs it (its
character normalisation, its regular-expression tokenizer, its token normalisation, its CRF model),
so that each syllable keeps the span the tokenizer matched: offsets come for free instead of being
searched for afterwards. Each word is kept twice: as printed (``tokens.word``, exactly the text at
its offsets) and as underthesea normalises it (``nghành`` → ``ngành``), from which the analysis
forms ``norm`` and ``lemma`` are made. ``tests/corpus/test_segment.py`` checks that the normalised words
are those of ``word_tokenize``.

underthesea splits or glues some domain terms (``Ban`` | ``Dân vận``; ``Tỉnh`` | ``ủy``). Rather
than ``word_tokenize(fixed_words=…)`` (whose list leaks into later calls in 9.5.0 and costs
throughput), the lexicon is merged afterwards: at each syllable the longest lexicon term that
starts there (case-insensitive, normalised) becomes one token.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from operator import not_

import numpy as np
from underthesea import sent_tokenize, word_tokenize
from underthesea.pipeline import word_tokenize as _ws
from underthesea.pipeline.text_normalize import token_normalize
from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
from underthesea.pipeline.word_tokenize import regex_tokenize as _rt

from danvan.core.text import fold
from danvan.corpus.ingest.crf_features import segmenter_tagger
from danvan.corpus.ingest.resources import abbreviations, lexicon_terms
from danvan.corpus.schema import ParagraphsRow, SentencesRow

Words = tuple[list[str], list[str], list[int], list[int]]  # as printed, normalised, starts, ends

_normal_token = lru_cache(maxsize=1 << 16)(token_normalize)


def _model():
    """underthesea's word-segmentation CRF, loaded the way ``word_tokenize`` loads it."""
    if _ws.word_tokenize_model is None:
        word_tokenize("khởi động")
    return _ws.word_tokenize_model


@lru_cache(maxsize=1)
def _tagger() -> Callable[[list[str]], list[str]]:
    """The model's tags of a sentence's normalised syllables (features made by
    :mod:`danvan.corpus.ingest.crf_features` when they are the library's)."""
    return segmenter_tagger(_model())


# syllables as printed, as underthesea normalises them (``nghành`` → ``ngành``), starts, ends, and
# the indexes of the syllables that start a word
Syllables = tuple[list[str], list[str], list[int], list[int], list[int]]


def syllables(texts: list[str]) -> list[Syllables]:
    """underthesea's syllables of each text, as printed and as normalised, with their spans, and
    the indexes that start a word.

    The syllables are the tokenizer's matches on the text itself (:func:`regex_spans`); the CRF
    sees them normalised, exactly as inside ``word_tokenize``. The model runs on all the texts in a
    row (its tables stay in the processor's cache: measurably faster than interleaving it with
    other work).
    """
    tagger = _tagger()
    found: list[Spans | None] = []
    for text in texts:
        normal = normalize_characters_in_text(text)
        # a length change only for text that skipped danvan.core.text.normalize
        found.append(regex_spans(normal) if len(normal) == len(text) else None)
    normals = [list(map(_normal_token, f[0])) if f is not None else None for f in found]
    tags = [tagger(x) if x else [] for x in normals]
    out: list[Syllables] = []
    for text, spans, normal, t in zip(texts, found, normals, tags, strict=True):
        if spans is None:
            out.append(_aligned_syllables(text))
            continue
        _, starts, ends = spans
        firsts = [i for i, tag in enumerate(t) if tag != "I-W" or i == 0]
        printed = list(map(text.__getitem__, map(slice, starts, ends)))
        out.append((printed, normal, starts, ends, firsts))
    return out


Spans = tuple[list[str], list[int], list[int]]  # matched strings, starts, ends
_CHUNK = re.compile(r"\S+")
# underthesea's own expression, compiled afresh: ``word_tokenize(fixed_words=…)`` replaces the
# module's compiled one for every later call in 9.5.0
_PATTERNS = re.compile(_rt.regex_patterns_combine, re.VERBOSE | re.UNICODE)


def regex_spans(text: str) -> Spans:
    """The matches of underthesea's tokenizer expression (``regex_tokenize.patterns``) on a text,
    as a full ``finditer`` finds them, found faster.

    No match of that expression spans white space, except its ``Th.S``/``Th.s`` abbreviations
    (``.`` is any character there), and at the start of a chunk of letters only the ``word``
    alternative can match, except ``Th?S`` again and ``ʺ`` (a letter to Python, punctuation to
    underthesea). So such a chunk (or one followed by ``,;:``, or a lower-case one followed by
    ``.``) is its own match (and its punctuation's), and the
    expression runs only over the other chunks: about 7% of news text. Should a match there
    reach past its chunks, the whole text is scanned instead. ``tests/corpus/test_segment.py`` compares
    both on awkward cases; they agree on all 75,326 paragraphs of the first 10,000 VNTC articles.
    """
    groups: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    run = -1  # start of the pending run of chunks left to the expression
    run_end = 0
    for c in _CHUNK.finditer(text):
        s = c.group()
        if s[0] != "ʺ" and (s[:2] != "Th" or (len(s) > 2 and s[3:4] not in ("S", "s"))):
            head, last = s[:-1], s[-1]
            plain = s.isalpha()
            if plain or (head.isalpha() and (last in ",;:" or (last == "." and head.islower()))):
                if run >= 0 and not _scan(text, run, run_end, groups, starts, ends):
                    return _full_scan(text)
                run = -1
                a, e = c.start(), c.end()
                if plain:
                    groups.append(s)
                    starts.append(a)
                    ends.append(e)
                else:
                    groups += (head, last)
                    starts += (a, e - 1)
                    ends += (e - 1, e)
                continue
        if run < 0:
            run = c.start()
        run_end = c.end()
    if run >= 0 and not _scan(text, run, run_end, groups, starts, ends):
        return _full_scan(text)
    return groups, starts, ends


def _scan(text: str, a: int, b: int, groups: list[str], starts: list[int], ends: list[int]) -> bool:
    """Add the expression's matches in ``text[a:b]`` (the whole text around it in view); False if
    one reaches past ``b``."""
    for m in _PATTERNS.finditer(text, a):
        if m.start() >= b:
            break
        if m.end() > b:
            return False
        groups.append(m.group())
        starts.append(m.start())
        ends.append(m.end())
    return True


def _full_scan(text: str) -> Spans:
    matches = list(_PATTERNS.finditer(text))
    return (
        list(map(re.Match.group, matches)),
        list(map(re.Match.start, matches)),
        list(map(re.Match.end, matches)),
    )


def _aligned_syllables(text: str) -> Syllables:
    """Fallback: ``word_tokenize``'s output, each syllable searched for in the text."""
    sylls: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    firsts: list[int] = []
    cursor = 0
    for word in word_tokenize(text):
        firsts.append(len(sylls))
        for syl in word.split():
            pos = text.find(syl, cursor)
            pos = cursor if pos < 0 else pos  # the tokenizer changed the characters
            sylls.append(syl)
            starts.append(pos)
            ends.append(pos + len(syl))
            cursor = pos + len(syl)
    return sylls, sylls, starts, ends, firsts


@lru_cache(maxsize=1)
def _lexicon_index() -> tuple[frozenset[str], dict[str, list[tuple[tuple[str, ...], bool]]]]:
    """First folded syllables of the terms, and their first two → terms (folded syllable tuples,
    and whether the term is written with a capital: a name), longest first."""
    index: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for term in lexicon_terms():
        sylls = tuple(fold(term).split())
        if len(sylls) >= 2:
            index.setdefault(f"{sylls[0]} {sylls[1]}", []).append((sylls, term[:1].isupper()))
    for terms in index.values():
        terms.sort(key=lambda t: len(t[0]), reverse=True)
    return frozenset(k.split(" ")[0] for k in index), index


def lexicon_matches(sylls: list[str], firsts: list[int] | None = None) -> list[tuple[int, int]]:
    """(first, end) syllable ranges of lexicon terms: leftmost first, then longest, no overlaps.

    A longest term crossed by another that starts inside it and ends beyond it gives way when a
    shorter term there (or none) plus the crossing one cover two syllables more than it and the
    term after it: *Ban Chấp hành Trung ương* | *Đảng Cộng sản Việt Nam*, not *Ban Chấp hành
    Trung ương Đảng* | *Cộng sản*; but *Ban cán sự Đảng* | *Bộ*, not *Ban cán sự* | *Đảng Bộ*.
    Given underthesea's word starts (``firsts``), a name (a term written with a capital) starting
    inside one of its words must be printed with a capital there too: ``Sở Y tế`` is not in
    ``cơ sở y tế``, nor ``Chính phủ`` in ``phi chính phủ``, but ``Tỉnh ủy`` is in a glued
    ``Dân_vận_Tỉnh``.
    """
    heads, index = _lexicon_index()
    folded = "\n".join(sylls).casefold().split("\n")  # text is normalised: casefold suffices

    def ends_at(i: int) -> list[int]:
        """Ends of the terms starting at syllable i, longest first."""
        terms = index.get(f"{folded[i]} {folded[i + 1]}", ()) if folded[i] in heads else ()
        if not terms:
            return []
        # (a search in the sorted word starts, only where a term may start: no set per text)
        inside = firsts is not None and not sylls[i][:1].isupper() and not _has(firsts, i)
        return [i + len(term) for term, name in terms
                if tuple(folded[i : i + len(term)]) == term and not (inside and name)]

    found: list[tuple[int, int]] = []
    reach = 0
    last = len(folded) - 1
    for i in [i for i, f in enumerate(folded[:-1]) if f in heads]:
        if i < reach:
            continue
        ends = ends_at(i)
        if not ends:
            continue
        k = ends[0]
        for j in range(i + 1, min(k, last)):  # a term crossing the end of this one?
            crossing = [e for e in ends_at(j) if e > k] if folded[j] in heads else None
            if crossing:
                shorter = max((e for e in ends if e <= j), default=i)
                after = ends_at(k) if k < last else None
                if (shorter - i) + (crossing[0] - j) >= (k - i) + (after[0] - k if after else 0) + 2:
                    k = shorter
                break
        if k > i:
            found.append((i, k))
            reach = k
    return found


def _has(sorted_ints: list[int], i: int) -> bool:
    k = bisect_left(sorted_ints, i)
    return k < len(sorted_ints) and sorted_ints[k] == i


def merge_words(firsts: list[int], n: int, matches: list[tuple[int, int]]) -> list[int]:
    """Word starts after merging: a lexicon term is one word; around it underthesea's words stand,
    cut where the term begins and resumed where it ends."""
    if not matches:
        return firsts
    inside: set[int] = set()
    cuts: set[int] = set()
    for a, b in matches:
        inside.update(range(a + 1, b))
        cuts.add(a)
        if b < n:
            cuts.add(b)
    return sorted((set(firsts) - inside) | cuts)


def tokenize(text: str) -> Words:
    """Words of a text (as printed, and as underthesea normalises them) with offsets into it:
    underthesea's words, lexicon terms merged."""
    return tokenize_many([text])[0]


def tokenize_many(texts: list[str]) -> list[Words]:
    """:func:`tokenize` of each text (one run of the model over all of them)."""
    out: list[Words] = []
    for printed, normal, starts, ends, firsts in syllables(texts):
        n = len(printed)
        if not n:
            out.append(([], [], [], []))
            continue
        firsts = merge_words(firsts, n, lexicon_matches(normal, firsts))
        lasts = [j - 1 for j in firsts[1:]] + [n - 1]
        spans = list(zip(firsts, lasts, strict=True))
        words = [printed[i] if i == j else " ".join(printed[i : j + 1]) for i, j in spans]
        forms = [normal[i] if i == j else " ".join(normal[i : j + 1]) for i, j in spans]
        out.append((words, forms, [starts[i] for i in firsts], [ends[j] for j in lasts]))
    return out


def split_sentences(paragraph: str) -> list[tuple[str, int, int]]:
    """Sentences of a paragraph as (text, start, end) offsets into the paragraph."""
    out: list[tuple[str, int, int]] = []
    cursor = 0
    for sent in sent_tokenize(paragraph):
        sent = sent.strip()
        if not sent:
            continue
        pos = paragraph.find(sent, cursor)
        if pos < 0:
            pos = cursor
        end = min(len(paragraph), pos + len(sent))
        out.append((paragraph[pos:end], pos, end))
        cursor = end
    return out


@lru_cache(maxsize=1)
def expansions() -> dict[str, str]:
    """Norm of an abbreviation → lemma of its full form (``ubnd`` → ``ủy_ban_nhân_dân``)."""
    return {
        abbr.replace(" ", "_"): full.casefold().replace(" ", "_") for abbr, full in abbreviations().items()
    }


_PUNCT = re.compile(r"\W+")  # no letter, digit or underscore


def segment_document(
    doc_id: str, paragraphs: list[str], kinds: list[str], tokens: list[Words]
) -> tuple[dict[str, list | np.ndarray], list[SentencesRow], list[ParagraphsRow]]:
    """Token columns (those of the ``tokens`` table but ``doc_id`` and ``syllables``), sentence
    rows and paragraph rows of one document, given the :func:`tokenize` result of each paragraph.

    Paragraphs are joined by a blank line in ``documents.text``; all offsets point into it. A token
    belongs to the sentence its first character is in. The number columns are numpy arrays (they
    reach Arrow and the cache without a Python object per value).
    """
    cols: dict[str, list | np.ndarray] = {}
    sentence_rows: list[SentencesRow] = []
    sentence_sizes: list[int] = []  # tokens in each sentence
    paragraph_sizes: list[int] = []  # tokens in each paragraph
    offsets: list[int] = []  # where each paragraph starts in the document text
    spans: list[tuple[int, int]] = []  # each paragraph's token range
    words_: list[str] = []
    forms: list[str] = []  # underthesea's normalised words: the analysis forms come from them
    starts_: list[int] = []
    ends_: list[int] = []
    offset = sid = 0
    for p_id, (para, (words, normal, starts, ends)) in enumerate(zip(paragraphs, tokens, strict=True)):
        cut = 0
        sents = split_sentences(para)
        for k, (text, start, end) in enumerate(sents):
            nxt = bisect_left(starts, sents[k + 1][1]) if k + 1 < len(sents) else len(words)
            sentence_rows.append(SentencesRow(
                doc_id=doc_id, paragraph_id=p_id, sentence_id=sid, text=text, start=offset + start,
                end=offset + end,
            ))
            sentence_sizes.append(nxt - cut)
            cut, sid = nxt, sid + 1
        paragraph_sizes.append(cut)  # (a paragraph with no sentence has no tokens)
        spans.append((len(words_), len(words_) + cut))
        offsets.append(offset)
        words_ += words[:cut]
        forms += normal[:cut]
        starts_ += starts[:cut]
        ends_ += ends[:cut]
        offset += len(para) + 2
    per_sentence = np.array(sentence_sizes, dtype=np.int64)
    per_paragraph = np.array(paragraph_sizes, dtype=np.int64)
    shift = np.repeat(np.array(offsets, dtype=np.int64), per_paragraph)
    sentence_first = np.repeat(np.cumsum(per_sentence) - per_sentence, per_sentence)
    cols["paragraph_id"] = np.repeat(np.arange(len(paragraphs), dtype=np.int64), per_paragraph)
    cols["sentence_id"] = np.repeat(np.arange(len(per_sentence), dtype=np.int64), per_sentence)
    cols["position"] = np.arange(len(words_), dtype=np.int64) - sentence_first
    cols["word"] = words_
    cols["start"] = np.array(starts_, dtype=np.int64) + shift
    cols["end"] = np.array(ends_, dtype=np.int64) + shift
    # one pass over the joined forms (the tokenizer never puts the separator, a control
    # character, inside a word)
    norms = "\x1f".join(forms).casefold().replace(" ", "_").split("\x1f") if forms else []
    expand = expansions()
    cols["norm"] = norms
    cols["lemma"] = lemmas = list(map(expand.get, norms, norms))
    cols["is_punct"] = punct = list(map(bool, map(_PUNCT.fullmatch, cols["word"])))
    keep = list(map(not_, punct))
    paragraph_rows: list[ParagraphsRow] = []
    for p_id, (para, kind, (a, b)) in enumerate(zip(paragraphs, kinds, spans, strict=True)):
        content = list(compress(lemmas[a:b], keep[a:b]))
        start = paragraph_rows[-1].end + 2 if paragraph_rows else 0
        paragraph_rows.append(ParagraphsRow(
            doc_id=doc_id, paragraph_id=p_id, kind=kind, text=para, start=start, end=start + len(para),
            words=" ".join(content), n_tokens=len(content),
        ))
    return cols, sentence_rows, paragraph_rows
