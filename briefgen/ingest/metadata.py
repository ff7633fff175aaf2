"""Where an article came from: its outlet, authors, publication date and URL, and a pasted header's headline;
and what a date written in an article names (`parse_date`, the one reader of dates).

`ArticleMetadata` is what ingest hands on to a brief's `Source`. A web page's metadata comes
from trafilatura (`html.py`); this module reads the header a staffer pastes above an
article's text, within its first HEADER_REACH paragraphs, before the first paragraph of body
text:
- the headline: a first paragraph that reads as a title, not a sentence (MIN_HEADLINE_WORDS to
  MAX_HEADLINE_WORDS words, no full stop or colon at its end, starting with a capital, a
  digit or a quotation mark, and not page noise such as a byline), with more text after it
  (a section's name above it, such as "World", goes); it becomes the title and leaves the
  paragraphs, and so does the same headline given again further down;
- a byline ("By Jane Doe and John Roe", "by Jane Doe @handle May 3, 2025", "By JANE DOE,
  Staff Writer", "Edited by Jane Doe"): `byline_authors` reads the names after "By", without
  roles, outlets or dates, but they are not kept as the source's authors (see `pasted_header`);
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
byline without "By" ("Jane Doe, Reuters") is not read for its names (cleaning drops it); a
standfirst under the byline is taken for the lead picture's caption when a dateline follows, and
lines without a full stop under a byline or a date (a list, an agenda) are taken for the page's
furniture up to the first sentence; an outlet named in the text is not read; months are named
in English only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 30
MAX_HEADER_LINE = 160
HEADER_REACH = 16
# A dateline within this many paragraphs of the header's end opens the story; the ones before it go.
LEAD_REACH = 6
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
# Dates without a year ("Aug. 28", "28 August"), read only when a publication date gives the year.
DATES_WITHOUT_YEAR = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+\d)", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?![\w.]*,?\s+\d)", re.IGNORECASE),
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A day named by its place in the week or from the day of writing: "on Thursday", "last Friday", "tomorrow".
RELATIVE_DAY = re.compile(
    r"\b(?:(?P<which>last|next|this|past|coming)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
    r"|\b(?P<word>today|tonight|tomorrow|yesterday)\b",
    re.IGNORECASE,
)
DAYS_FROM_WRITING = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
BYLINE = re.compile(r"(?:(?:written|edited|compiled|reported)\s+)?by\s+(?P<names>.+)", re.IGNORECASE)
BYLINE_SEPARATOR = re.compile(r"\s*(?:[,;&|]|\band\b)\s*")
# A name word: a capital, then letters, apostrophes, dots or hyphens ("O'Neil", "J.", "McAllister-Smith").
NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
NAME_PARTICLES = frozenset({"de", "da", "del", "van", "von", "der", "den", "la", "le", "bin", "al"})
ONLY_URL = re.compile(r"(?:<)?(https?://\S+?)(?:>)?")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
WORD = re.compile(r"\w+")


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


def parse_date(text: str, published: dt.date | None = None, *, past: bool = False) -> dt.date | None:
    """The date `text` names, else None: the first full date written in it (a month name or ISO form, with
    a day and a year). With the date the article was `published`, a date without its year ("Aug. 28"), a
    weekday ("on Thursday", "by Friday", "last Tuesday") and "today", "tonight", "tomorrow", "yesterday"
    name a day too: a weekday is the first such day from the day of writing on, or back when `past` (the
    sentence tells of something done) or written "last". "next Thursday" (this week's or next week's?),
    "next week" and "later this month" name no one day: None.

    Where it fails: months are named in English only, and a weekday is taken within the week around
    the publication date, so "on Monday" of a retrospective a month later is misread."""
    found = sorted((match for pattern in DATES for match in [pattern.search(text)] if match), key=lambda m: m.start())
    for match in found:
        date = _date(match, int(match.group("year")))
        if date:
            return date
    if published is None:
        return None
    for pattern in DATES_WITHOUT_YEAR:
        match = pattern.search(text)
        if match:
            dates = [
                date
                for year in (published.year - 1, published.year, published.year + 1)
                for date in [_date(match, year)]
                if date
            ]
            if dates:
                return min(dates, key=lambda date: abs((date - published).days))
    relative = RELATIVE_DAY.search(text)
    if not relative:
        return None
    if relative.group("word"):
        return published + dt.timedelta(days=DAYS_FROM_WRITING[relative.group("word").lower()])
    which = (relative.group("which") or "").lower()
    if which == "next":
        return None
    ahead = (WEEKDAYS.index(relative.group("weekday").lower()) - published.weekday()) % 7
    if which in ("last", "past") or (past and which not in ("this", "coming")):
        return published - dt.timedelta(days=(7 - ahead) % 7)
    return published + dt.timedelta(days=ahead)


def _date(match: re.Match, year: int) -> dt.date | None:
    """The date of a match of DATES or DATES_WITHOUT_YEAR in `year`, None when there is no such day."""
    month = match.group("month")
    number = int(month) if month.isdigit() else MONTHS[month.lower()]
    try:
        return dt.date(year, number, int(match.group("day")))
    except ValueError:
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
    from briefgen.text.clean import strip_invisible

    title = strip_invisible(title)
    if not title and len(paragraphs) > 1:
        first = 1 if len(paragraphs) > 2 and is_kicker(paragraphs[0]) and is_headline(paragraphs[1]) else 0
        if is_headline(paragraphs[first]):
            title, paragraphs = strip_invisible(paragraphs[first]), paragraphs[first + 1 :]
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


def without_repeats(paragraphs: list[str], title: str, authors) -> list[str]:
    """The paragraphs without the headline given again (a page repeats it over a picture or at the foot)
    and without the writer's name alone as the last paragraph (a signature); never all of them."""
    headline = tuple(WORD.findall(title.lower()))
    names = {" ".join(WORD.findall(name.lower())) for name in authors}
    kept = [
        paragraph
        for paragraph in paragraphs
        if len(headline) < MIN_HEADLINE_WORDS or tuple(WORD.findall(paragraph.lower())) != headline
    ]
    if len(kept) > 1 and " ".join(WORD.findall(kept[-1].lower())) in names:
        kept = kept[:-1]
    return kept if kept else paragraphs


def lead_dateline(paragraphs: list[str], body: int) -> int:
    """The index of a paragraph soon after `body` that opens with a dateline, when the ones between are
    short enough to be a caption or a box of highlights; else `body`."""
    from briefgen.text.clean import dateline_end
    from briefgen.text.noise_rules import MAX_CAPTION

    if dateline_end(paragraphs[body]):
        return body  # the story opens with it: nothing stands between
    for index in range(body + 1, min(body + 1 + LEAD_REACH, len(paragraphs))):
        if len(paragraphs[index - 1]) > MAX_CAPTION:
            break
        if dateline_end(paragraphs[index]) and SENTENCE_END.search(paragraphs[index]):
            return index
    return body
