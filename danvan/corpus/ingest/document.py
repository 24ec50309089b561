"""One record → one processed document: clean, metadata, segmentation (a pure function)."""

from __future__ import annotations

import hashlib
import re
from itertools import compress, repeat
from operator import not_

from danvan.core.text import fold
from danvan.corpus.gazetteer import canonical_province, province_2025_of
from danvan.corpus.ingest.clean import (
    GLUED_TITLE_WORDS,
    CleanDoc,
    clean_text,
    is_heading,
    split_headline,
    strip_link_mark,
    strip_photo_credit,
)
from danvan.corpus.ingest.dates import find_dates
from danvan.corpus.ingest.decode import Unreadable, check_vietnamese
from danvan.corpus.ingest.dedup import fingerprints
from danvan.corpus.ingest.entities import find_citations, find_people
from danvan.corpus.ingest.htmlpage import extract_html, has_markup, published_of_page, strip_markup
from danvan.corpus.ingest.lead import lead_paragraph
from danvan.corpus.ingest.places import locate
from danvan.corpus.ingest.processed import Processed, token_batch
from danvan.corpus.ingest.readers import Record
from danvan.corpus.ingest.resources import outlet_marker
from danvan.corpus.ingest.segment import Words, segment_document, tokenize_many
from danvan.corpus.outlets import is_aggregator
from danvan.corpus.schema import LEVEL_GUESSED, CitationsRow, DocumentsRow, PeopleRow

_GLUED_SAPO = re.compile(r"\s*\(([A-ZĐ][^)]{1,20})\)\s*[-–]\s*")


def split_glued_title(title: str | None, text: str) -> tuple[str | None, str]:
    """A corpus row whose title is its whole first line: the headline, with a photo caption, an
    outlet mark (``(NLĐ)-``) or the lead glued on (:func:`~danvan.corpus.ingest.clean.split_headline`).
    Where the text's first line repeats the glued title, that line keeps only the part after the
    headline."""
    if not title or len(title.split()) <= GLUED_TITLE_WORDS:
        return title, text
    stripped = title.strip()
    first, nl, rest = text.lstrip().partition("\n")
    repeats = fold(first).startswith(fold(stripped[:80]))  # the title field may be cut short
    found = split_headline(stripped, rest if repeats else text)
    if found is None:
        m = _GLUED_SAPO.search(title)
        if len(title.split()) <= 30 or not m or not outlet_marker(m.group(1)):
            return title, text  # "(ACV) -" inside a long headline is not an outlet mark
        found = title[: m.start()].strip(), title[m.start() :].strip()
    head, lead = found
    if repeats:  # the body repeats the glued line: keep its part after the headline
        cut = first.find(lead[:40])
        text = (first[cut:] if cut >= 0 else lead) + nl + rest
    return head, text


def _outlet(record: Record, markers: list[str], raw: str) -> tuple[str | None, str | None, str | None]:
    """(outlet, province hint, aggregator) from the input, the markers, a footer or the URL. An
    outlet given by the input wins, unless it is an aggregator (:mod:`danvan.corpus.outlets`) and
    the text names the original outlet: that outlet is then the article's, the aggregator its
    ``via``."""
    given = record.meta.get("outlet")
    own = given if given and not is_aggregator(given) else None  # an outlet the input names
    relayed = given if given and not own else None
    for text in [*(markers or []), record.meta.get("url") or "", raw[-600:]]:
        if text and (hit := outlet_marker(text)):
            if is_aggregator(hit[0]):  # an aggregator's own mark or address: look for the original
                relayed = relayed or hit[0]
                continue
            return (own, hit[1], None) if own else (hit[0], hit[1], relayed)
    return (own or relayed), None, None


def process_many(records: list[Record]) -> list[Processed]:
    """Clean, describe and segment each article; never raises for bad input (a record that cannot
    be used comes back rejected, with the reason). Every step but word segmentation runs per
    article; the segmenter runs once over the paragraphs of all of them (``segment.syllables``)."""
    read = [_read(r) for r in records]
    paragraphs = [p for _, clean, _ in read if clean for p in clean.paragraphs]
    tokens = iter(tokenize_many(paragraphs))
    for record, (out, clean, title) in zip(records, read, strict=True):
        if clean:
            mine = [next(tokens) for _ in clean.paragraphs]
            _describe(record, out, clean, title, mine)
    return [out for out, _, _ in read]


def _read(record: Record) -> tuple[Processed, CleanDoc | None, str]:
    """The record decoded, checked and cleaned (with its title), or rejected with a reason."""
    out = Processed(record.doc_id)
    try:
        raw = record.text
        given_title = record.meta.get("title")
        if record.fmt == "text" and has_markup(raw):  # a corpus row with HTML left in it
            raw = strip_markup(raw)
            given_title = strip_markup(given_title) if given_title else given_title
        given_title, raw = split_glued_title(given_title, raw)
        page_date = None
        if record.fmt == "html":
            page_title, raw = extract_html(raw)
            given_title = given_title or page_title
            page_date = published_of_page(record.text)
        check_vietnamese(raw)
        clean = clean_text(raw, given_title)
        if page_date:
            clean.date_lines.insert(0, (page_date, "page"))  # the page's own metadata comes first
        if not clean.paragraphs:
            raise Unreadable("no article text left after removing page chrome")
    except Unreadable as exc:
        out.rejected = str(exc)
        return out, None, ""
    return out, clean, strip_photo_credit(strip_link_mark((given_title or clean.title).strip()))


def _describe(record: Record, out: Processed, clean: CleanDoc, title: str, tokens: list[Words]) -> None:
    """Fill ``out`` with the tables' rows and the document's metadata."""
    text = "\n\n".join(clean.paragraphs)
    outlet, hint, via = _outlet(record, clean.outlet_markers, record.text)
    lead = lead_paragraph(clean.paragraphs, title)
    dates = find_dates(clean.date_lines, lead, text, record.meta.get("date"), record.meta.get("url"))
    if hint is None and outlet and (known := outlet_marker(outlet)):  # an outlet given by name
        hint = known[1]
    province, province_2025, level, place_how = locate(title, lead, text, hint)
    if record.meta.get("province"):
        given = record.meta["province"]
        province = canonical_province(given)
        province_2025 = province_2025_of(province) if province else None
        guessed = [part for part in place_how.split("; ") if LEVEL_GUESSED in part]  # the level stays
        place_how = "; ".join([
            f"province given in the input ({given!r})" if province
            else f"province given in the input ({given!r}) is not a province name: left empty",
            *guessed,
        ])

    folded = text.casefold().split()  # for the content hash and the duplicates' fingerprints
    kinds = ["heading" if is_heading(p) else "body" for p in clean.paragraphs]
    columns, sentences, paragraphs = segment_document(record.doc_id, clean.paragraphs, kinds, tokens)
    out.tokens, out.sentences, out.paragraphs = token_batch(columns), sentences, paragraphs
    words = list(compress(columns["word"], map(not_, columns["is_punct"])))
    n_tok = len(words)
    n_syl = n_tok + sum(map(str.count, words, repeat(" ")))

    # the finders' rows are dicts of the tables' other columns, by name
    out.people = [PeopleRow(doc_id=record.doc_id, **person) for person in find_people(text)]
    out.citations = [CitationsRow(doc_id=record.doc_id, **c) for c in find_citations(text)]
    out.document = DocumentsRow(
        doc_id=record.doc_id,
        source_file=record.source_file,
        source_row=record.source_row,
        title=title,
        outlet=outlet,
        via=via,
        url=record.meta.get("url"),
        published=dates.published,
        event_date=dates.event_date,
        event_day=dates.event_day,
        event_year=dates.event_year,
        date_source=dates.source,
        place_source=place_how,
        province=province,
        province_2025=province_2025,
        admin_level=level,
        author=clean.author,
        author_affiliation=clean.author_affiliation,
        text=text,
        captions="\n".join(clean.captions),
        n_paragraphs=len(clean.paragraphs),
        n_sentences=len(sentences),
        n_tokens=n_tok,
        n_syllables=n_syl,
        content_hash=hashlib.sha256(" ".join(folded).encode()).hexdigest(),
        extra=record.extra,  # a dict: JSON when written (pipeline.build_tables)
    )
    out.notes = "; ".join(clean.notes)
    out.minhash, out.shingles = fingerprints(folded)
