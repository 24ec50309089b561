"""Sentences and words with character offsets, and the domain lexicon merged after tokenising.

underthesea splits or glues some domain terms (``Ban`` | ``Dân vận``; ``Tỉnh`` | ``ủy``). Rather
than ``word_tokenize(fixed_words=…)`` (whose list leaks into later calls in 9.5.0 and costs
throughput), the tokens are re-segmented over their syllables: at each syllable the longest
lexicon term that starts there (case-insensitive, normalised) becomes one token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from underthesea import sent_tokenize, word_tokenize

from danvan.ingest.resources import abbreviations, lexicon_terms
from danvan.text import fold

_PUNCT = re.compile(r"^[^\w]+$")


@dataclass(frozen=True)
class Token:
    word: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _lexicon_index() -> tuple[dict[str, list[tuple[str, ...]]], int]:
    """First folded syllable → lexicon terms (as folded syllable tuples), longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    longest = 1
    for term in lexicon_terms():
        sylls = tuple(fold(term).split())
        if len(sylls) < 2:
            continue
        index.setdefault(sylls[0], []).append(sylls)
        longest = max(longest, len(sylls))
    for terms in index.values():
        terms.sort(key=len, reverse=True)
    return index, longest


def merge_lexicon(syllables: list[tuple[str, int, int]], boundaries: set[int]) -> list[Token]:
    """Re-segment syllables (text, start, end): lexicon terms first, else underthesea's tokens.

    ``boundaries`` holds the indexes of syllables that start an underthesea token.
    """
    index, _ = _lexicon_index()
    folded = [s[0].casefold() for s in syllables]  # text is normalised already: casefold suffices
    out: list[Token] = []
    n = len(syllables)

    def match_at(i: int) -> int:
        for term in index.get(folded[i], ()):
            k = len(term)
            if tuple(folded[i : i + k]) == term:
                return k
        return 0

    i = 0
    text_of = _joiner(syllables)
    while i < n:
        k = match_at(i)
        if k:
            out.append(text_of(i, i + k))
            i += k
            continue
        j = i + 1
        while j < n and j not in boundaries and not match_at(j):
            j += 1
        out.append(text_of(i, j))
        i = j
    return out


def _joiner(syllables: list[tuple[str, int, int]]):
    def text_of(i: int, j: int) -> Token:
        return Token(" ".join(s[0] for s in syllables[i:j]), syllables[i][1], syllables[j - 1][2])

    return text_of


def tokenize(text: str, offset: int) -> list[Token]:
    """Word tokens of a text (a sentence or a paragraph) with offsets shifted by ``offset``."""
    syllables: list[tuple[str, int, int]] = []
    boundaries: set[int] = set()
    cursor = 0
    for word in word_tokenize(text):
        boundaries.add(len(syllables))
        for syl in word.split(" "):
            if not syl:
                continue
            pos = text.find(syl, cursor)
            if pos < 0:  # the tokenizer changed the characters: keep the token, approximate offset
                pos = cursor
            syllables.append((syl, offset + pos, offset + pos + len(syl)))
            cursor = pos + len(syl)
    return merge_lexicon(syllables, boundaries)


def segment_paragraph(paragraph: str, offset: int) -> list[tuple[str, int, int, list[Token]]]:
    """Sentences of a paragraph, each (text, start, end, tokens), offsets shifted by ``offset``.

    The paragraph is word-tokenised in one call (fewer calls into underthesea than one per
    sentence, with the same tokens); each token goes to the sentence its first character is in.
    """
    sentences = split_sentences(paragraph)
    tokens = tokenize(paragraph, offset)
    out: list[tuple[str, int, int, list[Token]]] = []
    i = 0
    for n, (text, start, end) in enumerate(sentences):
        limit = sentences[n + 1][1] + offset if n + 1 < len(sentences) else float("inf")
        mine: list[Token] = []
        while i < len(tokens) and tokens[i].start < limit:
            mine.append(tokens[i])
            i += 1
        out.append((text, offset + start, offset + end, mine))
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


def is_punct(word: str) -> bool:
    return bool(_PUNCT.match(word))


def norm(word: str) -> str:
    """Analysis form: case-folded, syllables joined by ``_`` (``word`` is normalised text)."""
    return word.casefold().replace(" ", "_")


@lru_cache(maxsize=1)
def _expanded() -> dict[str, str]:
    return {abbr: norm(full) for abbr, full in abbreviations().items()}


def forms(word: str) -> tuple[str, str]:
    """(norm, lemma) of a word; the lemma expands abbreviations (``UBND`` → ``ủy_ban_nhân_dân``)."""
    folded = word.casefold()
    n = folded.replace(" ", "_")
    return n, _expanded().get(folded, n)
