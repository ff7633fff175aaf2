"""The meeting: who meets whom, where, when and why.

- principal and counterpart: the first sentence where a person meets, visits, presents to or holds
  talks with another person ("A will meet B", "A ... meeting with B", "present X to B"); failing
  that, the first two people named who are not experts (the article's own side comes first in
  news written for one side);
- location: the first place after a meeting word in the first sentence that has one ("visit the
  White House", "in Chicago", "at a downtown Milwaukee hotel"), else the first place in that sentence;
- date: the day or span the article gives ("on Friday", "within the next week"), and an ISO date
  when the article gives a full one ("June 3, 2026") or, with the date it was published, a day
  that date determines ("on Thursday", "tomorrow"; `metadata.parse_date`); a span ("next week")
  stays words.
Only full sentences are read for the meeting: a caption, subhead or headline left without a full
stop never gives its place, date or purpose.
Where it fails: a meeting announced only in the headline, or two meetings in one article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefgen.extract import lexicon as lx
from briefgen.extract.document import Analysis
from briefgen.ingest.metadata import parse_date
from briefgen.text.patterns import word_alternation

MEET = re.compile(
    r"\b(?:meet|meets|meeting with|met|talks with|sit down with|visit|visits|host|hosts|present\w*\b[^.]{0,60}?\bto|travel\w*)\b",
    re.I,
)
MEETING_WORD = re.compile(r"\b(?:" + word_alternation(lx.MEETING_VERBS) + r")\b", re.I)
PLACE = re.compile(
    r"\b(?:at|in|to|visit|visits|visiting)\s+(?P<place>(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}?(?:The\s+)?[A-Z][\w’'.\-]*"
    r"(?:\s+[A-Z][\w’'.\-]*){0,3}(?:\s+(?:hotel|headquarters|offices?|building|residence|palace|campus))?)"
)
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
DATE_TEXT = re.compile(
    rf"\b(?:(?:on|this|next|by|before)\s+)?(?:{DAYS})\b(?:,?\s+(?:{MONTHS}|(?:{MONTH_ABBR})\.?)\s+\d{{1,2}}(?:,\s+\d{{4}})?)?"
    rf"|\b(?:on|by|before)\s+(?:{MONTHS}|(?:{MONTH_ABBR})\.?)\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    r"|\b(?:within the next \w+|next week|this week|later this \w+|early next \w+|tomorrow|today|tonight)\b"
)
# What tells a day to come from a day gone by, in the words before a date ("will meet on Thursday", "said
# late Thursday", "were released Tuesday"): the nearer of the two decides, and a day to come is the default.
FUTURE_WORD = re.compile(
    r"\b(?:will|would|shall|to|expected|scheduled|plans?|planned|set|due|going|upcoming|next)\b"
    r"|['’]ll\b",
    re.I,
)
PAST_WORD = re.compile(
    r"\b(?:said|told|met|held|spoke|took|began|went|came|saw|made|gave|was|were|had|[a-z]{3,}ed)\b", re.I
)


@dataclass(frozen=True)
class MeetingFacts:
    principal: int | None
    counterpart: int | None
    location: str | None
    date: dt.date | None
    date_text: str | None
    purpose: str | None
    sentence: int | None


FULL_SENTENCE = re.compile(r"[.!?…][\"'”’)]*\s*$")


def _told_as_past(before: str) -> bool:
    """True when the words before a date tell of a day gone by ("officials said late"), not one to come."""
    future = [match.end() for match in FUTURE_WORD.finditer(before)]
    past = [match.end() for match in PAST_WORD.finditer(before)]
    return bool(past) and (not future or past[-1] > future[-1])


def _people_pair(analysis: Analysis, s_index: int) -> tuple[int | None, int | None]:
    sentence = analysis.sentences[s_index]
    people = [
        m for m in analysis.mentions.get(s_index, []) if not m.in_quote and analysis.entities[m.entity].kind == "person"
    ]
    verb = MEET.search(sentence.text)
    if not verb or not people:
        return None, None
    verb_at = sentence.start + verb.start()
    before = [m for m in people if m.start < verb_at and not m.possessive]
    after = [m for m in people if m.start >= verb_at]
    a = before[0].entity if before else None
    b = next((m.entity for m in after if m.entity != a), None)
    return a, b


def _place(analysis: Analysis, s_index: int) -> str | None:
    sentence = analysis.sentences[s_index].text
    word = MEETING_WORD.search(sentence)
    people = {e.name.lower() for e in analysis.people()} | {e.surname for e in analysis.people()}
    for region in ((sentence[word.start() :] if word else ""), sentence):
        for match in PLACE.finditer(region):
            place = re.sub(r"^(?:the|a)\s+", "", match.group("place")).strip(" .,")
            first_cap = re.search(r"[A-Z][\w’'.\-]*", place)
            cap_word = first_cap.group(0).lower() if first_cap else ""
            if (
                cap_word in lx.CALENDAR_WORDS
                or cap_word.rstrip("’'s") in people
                or place.lower() in people
                or cap_word in lx.TITLE_WORDS
                or cap_word in lx.NATIONALITIES
            ):
                continue
            return place
    return None


def find_meeting(
    analysis: Analysis, principal: int | None = None, counterpart: int | None = None, published: dt.date | None = None
) -> MeetingFacts:
    """Principal, counterpart, place and date of the meeting the article is about; `published` (the
    article's date, when known) resolves "on Thursday" to a date."""
    window = [i for i, s in enumerate(analysis.sentences) if s.paragraph <= 4]
    full = [i for i in window if FULL_SENTENCE.search(analysis.sentences[i].text)]
    window = full or window  # a line without a full stop is a caption, a subhead or a byline
    # without a meeting word, the first full sentence: a line without a full stop is a byline or a caption's credit
    first_sentence = next(
        (i for i in window if FULL_SENTENCE.search(analysis.sentences[i].text)), window[0] if window else None
    )
    meeting_sentence = next((i for i in window if MEETING_WORD.search(analysis.sentences[i].text)), first_sentence)
    found_a = found_b = None
    for i in window:
        a, b = _people_pair(analysis, i)
        if a is not None and b is not None:
            found_a, found_b = a, b
            break
    if found_a is None:
        ranked = sorted(
            (e for e in analysis.people() if not e.expert and e.mentions), key=lambda e: min(m[0] for m in e.mentions)
        )
        found_a = ranked[0].key if ranked else None
        rest = [
            e
            for e in ranked[1:]
            if not (e.affiliation and ranked[0].affiliation and e.affiliation == ranked[0].affiliation)
        ]
        found_b = rest[0].key if rest else None
    principal = principal if principal is not None else found_a
    if counterpart is None:
        counterpart = found_b if found_b != principal else (found_a if found_a != principal else None)
    location = date_text = purpose = None
    date = None
    if meeting_sentence is not None:
        text = analysis.sentences[meeting_sentence].text
        location = _place(analysis, meeting_sentence)
        for i in window:
            match = DATE_TEXT.search(analysis.sentences[i].text)
            if match and (MEETING_WORD.search(analysis.sentences[i].text) or i == meeting_sentence):
                date_text = match.group(0)
                date = parse_date(date_text, published, past=_told_as_past(analysis.sentences[i].text[: match.start()]))
                break
        purpose = text
    return MeetingFacts(principal, counterpart, location, date, date_text, purpose, meeting_sentence)
