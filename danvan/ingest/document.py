"""One record → one processed document: clean, metadata, segmentation (a pure function)."""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np
from datasketch import MinHash

from danvan.geo import canonical_province, province_2025_of
from danvan.ingest.clean import clean_text, is_heading
from danvan.ingest.dates import find_dates
from danvan.ingest.decode import Unreadable, check_vietnamese
from danvan.ingest.dedup import NUM_PERM
from danvan.ingest.entities import find_citations, find_people
from danvan.ingest.htmlpage import extract_html, has_markup, strip_markup
from danvan.ingest.places import locate
from danvan.ingest.processed import Processed
from danvan.ingest.readers import Record
from danvan.ingest.resources import outlet_marker
from danvan.ingest.segment import forms, is_punct, segment_paragraph
from danvan.text import fold

_GLUED_SAPO = re.compile(r"\s*\(([A-ZĐ][^)]{1,20})\)\s*[-–]\s*")


def split_glued_title(title: str | None, text: str) -> tuple[str | None, str]:
    """A corpus row whose title is its whole first line, lead glued on after ``(NLĐ)-``."""
    if not title or len(title.split()) <= 30:
        return title, text
    m = _GLUED_SAPO.search(title)
    if not m or not outlet_marker(m.group(1)):
        return title, text  # "(ACV) -" inside a long headline is not an outlet mark
    head, lead = title[: m.start()].strip(), title[m.start() :].strip()
    first, _, rest = text.lstrip().partition("\n")
    if fold(first) == fold(title):  # the body repeats the glued line: keep its lead part
        text = lead + "\n" + rest
    return head, text


def _outlet(record: Record, markers: list[str], raw: str) -> tuple[str | None, str | None]:
    """(outlet, province hint) from the input, the markers, a footer or the URL."""
    for text in [*(markers or []), record.meta.get("url") or "", raw[-600:]]:
        if text and (hit := outlet_marker(text)):
            given = record.meta.get("outlet")
            return (given or hit[0]), hit[1]
    return record.meta.get("outlet"), None


def _minhash(text: str) -> np.ndarray:
    words = text.casefold().split()  # text is normalised already
    shingles = {" ".join(words[i : i + 5]).encode() for i in range(max(1, len(words) - 4))}
    m = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32, scheme="affine32")
    m.update_batch(list(shingles))
    return m.hashvalues.copy()


def process(record: Record) -> Processed:
    """Clean and segment one article; never raises for bad input (returns a rejection)."""
    out = Processed(record.doc_id)
    try:
        raw = record.text
        given_title = record.meta.get("title")
        if record.fmt == "text" and has_markup(raw):  # a corpus row with HTML left in it
            raw = strip_markup(raw)
            given_title = strip_markup(given_title) if given_title else given_title
        given_title, raw = split_glued_title(given_title, raw)
        if record.fmt == "html":
            page_title, raw = extract_html(raw)
            given_title = given_title or page_title
        check_vietnamese(raw)
        clean = clean_text(raw, given_title)
        if not clean.paragraphs:
            raise Unreadable("no article text left after removing page chrome")
    except Unreadable as exc:
        out.rejected = str(exc)
        return out
    title = (given_title or clean.title).strip()
    text = "\n\n".join(clean.paragraphs)
    outlet, hint = _outlet(record, clean.outlet_markers, record.text)
    dates = find_dates(clean.date_lines, clean.paragraphs[0], text, record.meta.get("date"))
    province, province_2025, level, place_how = locate(title, clean.paragraphs[0], text, hint)
    if record.meta.get("province"):
        given = record.meta["province"]
        province = canonical_province(given)
        province_2025 = province_2025_of(province) if province else None
        place_how = (
            f"province given in the input ({given!r})" if province
            else f"province given in the input ({given!r}) is not a province name: left empty"
        )

    n_sent = n_tok = n_syl = 0
    offset = 0
    for p_id, para in enumerate(clean.paragraphs):
        words: list[str] = []
        for s_text, s_start, s_end, tokens in segment_paragraph(para, offset):
            sid = n_sent
            n_sent += 1
            out.sentences.append((record.doc_id, p_id, sid, s_text, s_start, s_end))
            for pos, tok in enumerate(tokens):
                punct = is_punct(tok.word)
                sylls = tok.word.split(" ")
                n, lem = forms(tok.word)
                out.tokens.append(
                    (record.doc_id, p_id, sid, pos, tok.word, n, lem, sylls, punct, tok.start, tok.end)
                )
                if not punct:
                    n_tok += 1
                    n_syl += len(sylls)
                    words.append(lem)
        kind = "heading" if is_heading(para) else "body"
        out.paragraphs.append(
            (record.doc_id, p_id, kind, para, offset, offset + len(para), " ".join(words), len(words))
        )
        offset += len(para) + 2

    for person in find_people(text):
        out.people.append(
            (record.doc_id, person["name"], person["post"], person["mentions"], person["start"])
        )
    for c in find_citations(text):
        out.citations.append(
            (record.doc_id, c["doc_type"], c["number"], c["key"], c["issuer"], c["mentions"],
             c["text"], c["start"])
        )
    out.document = {
        "doc_id": record.doc_id,
        "source_file": record.source_file,
        "source_row": record.source_row,
        "title": title,
        "outlet": outlet,
        "url": record.meta.get("url"),
        "published": dates.published,
        "event_date": dates.event_date,
        "date_source": dates.source,
        "province": province,
        "province_2025": province_2025,
        "admin_level": level,
        "author": clean.author,
        "text": text,
        "captions": "\n".join(clean.captions),
        "n_paragraphs": len(clean.paragraphs),
        "n_sentences": n_sent,
        "n_tokens": n_tok,
        "n_syllables": n_syl,
        "content_hash": hashlib.sha256(fold(" ".join(text.split())).encode()).hexdigest(),
        "extra": record.extra,
        "place_source": place_how,
    }
    out.notes = "; ".join(clean.notes)
    out.minhash = _minhash(text)
    return out
