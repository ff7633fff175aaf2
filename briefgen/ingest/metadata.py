"""Where an article came from: its outlet, authors, publication date and URL, as far as its page says.

`ArticleMetadata` is what ingest hands on to a brief's `Source`. A web page's metadata comes from
trafilatura (`html.py`); the header a staffer pastes above an article's text is read after
ingest, by `text/header.py`, with the helpers here:
- a byline ("By Jane Doe and John Roe", "by Jane Doe @handle May 3, 2025", "By JANE DOE,
  Staff Writer", "Edited by Jane Doe"): `byline_authors` reads the names after "By", without
  roles, outlets or dates;
- `without_repeats`: the headline given again further down, and the writer's name alone at the
  article's foot, leave the paragraphs.

Where it fails: a byline without "By" ("Jane Doe, Reuters") is not read for its names (cleaning
drops it); months are named in English only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefgen.model.dates import MONTHS
from briefgen.regex_cache import compiled

# A headline has at least this many words (`text/header.py` reads one; a page may repeat it).
MIN_HEADLINE_WORDS = 3
MAX_HEADER_LINE = 160
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

BYLINE = compiled(r"(?:(?:written|edited|compiled|reported)\s+)?by\s+(?P<names>.+)", re.IGNORECASE)
BYLINE_SEPARATOR = compiled(r"\s*(?:[,;&|]|\band\b)\s*")
# A name word: a capital, then letters, apostrophes, dots or hyphens ("O'Neil", "J.", "McAllister-Smith").
NAME_WORD = compiled(r"[^\W\d_][\w'’.-]*")
NAME_PARTICLES = frozenset({"de", "da", "del", "van", "von", "der", "den", "la", "le", "bin", "al"})
WORD = compiled(r"\w+")


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
    for word, following in zip(pieces, [*pieces[1:], ""], strict=True):
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
