"""The meeting: who meets whom, where, when and why, and which side everyone is on.

- The parties: the first frame of the lead that says who meets whom (`frames.py`: "A will meet B", "talks
  between A and B", "A and B will resume talks", "A reached a settlement with B", "A called for X from B",
  "B cannot support A's plan"), else the first two parties the lead names; A is the principal (or the side
  `principal` names, which may turn them round). Each side is shown by its representative (`parties.py`),
  else by its own name: an organisation, a country or a group can be a side ("Amazon", "the generals").
- Sides: the representatives and the members of each party are on its side, experts are experts, the
  opposition, rivals and other parties' leaders ("Conservative leader") are the opposition, people the
  reporter talked to and anyone else with a role are third parties; an organisation or a country linked
  to neither side, or a person the article gives no role, is `unknown`.
- Location: the place the frame's sentence gives after a meeting word ("will meet ... in Tromsø", "is in
  Quito meeting", "at the party's conference in Dunmore"), else that of another sentence of the lead about
  the meeting, a place verb ("surrounded the Statehouse", "striking at the airport"), a place before the
  meeting noun ("the Oslo meeting"), or the first place of the lead's first sentence naming the principal;
  never the place of another event ("ahead of the June summit in Lima"). A venue named alone is joined to
  the city the lead sends someone to ("Commerce Department, Washington").
- Date: the day or span the article gives ("on Friday", "within the next week"), and an ISO date when the
  article gives a full one ("June 3, 2026") or, with the date it was published, a day that date determines
  ("on Thursday", "tomorrow"; `model.dates.parse_date`); a span ("next week") stays words.
Only full sentences of the body are read: a caption, subhead or headline never gives the meeting.
Where it fails: a meeting announced only in the headline, or two meetings in one article; a side named
only by a pronoun.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefgen.extract import lexicon as lx
from briefgen.extract.document import Analysis, Entity
from briefgen.extract.frames import FrameFound, find_frame, lead, lead_parties
from briefgen.extract.lexicon.meeting_words import OTHER_EVENT, PLACE_VERBS, VENUE_HEADS
from briefgen.extract.parties import Members, Party, entity_party, name_keys, representative, speaks_for
from briefgen.model.dates import parse_date
from briefgen.regex_cache import compiled
from briefgen.text.patterns import word_alternation

# "Conservative leader", "Democratic Party leader": the leader of another political party
PARTY_LEADER = compiled(r"\b[A-Z][a-z]+(?:\s+[Pp]arty)?\s+leader\b")
ROLE_NAME = compiled(r"[A-Z][\w.&-]*(?=[’']s\b|\s|$)")  # the capitalised words of a role ("Arland Trade Minister")
MEETING_WORD = compiled(r"\b(?:" + word_alternation(lx.MEETING_VERBS) + r")\b", re.I)
_PLACE = (
    r"(?P<place>(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}?(?:The\s+)?[A-Z][\w’'.\-]*(?:\s+(?:of\s+)?[A-Z][\w’'.\-]*){0,3}"
    r"(?:\s+(?:hotel|headquarters|offices?|building|residence|palace|campus))?)"
)
PLACE = compiled(r"\b(?:at|in|to|visit|visits|visiting)\s+" + _PLACE)
# What may stand before a place's name and is no part of it ("to visit the White House", "at the ...")
LEADING_VERB = compiled(r"^(?:(?:visit|visits|visiting|meet|attend|host|see|the|a)\s+)+")
PLACE_BY_VERB = compiled(r"\b" + PLACE_VERBS + r"\s+" + _PLACE)
PLACE_BEFORE_MEETING = compiled(r"\bthe\s+(?P<place>[A-Z][\w’'.\-]*)\s+(?:meeting|talks|summit|conference)\b")
OTHER_EVENT_BEFORE = compiled(OTHER_EVENT + r"(?:[A-Z][\w’'.-]*\s+){0,5}\Z")
TRIP_TO = compiled(
    r"\b(?:travel\w*|trip|visit|visits|fly|flies|flew|head\w*|arriv\w+|send\w*(?:\s+[\w.]+){0,5}?)\s+(?:to|in)\s+"
    r"(?P<city>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)?)"
)
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
DATE_TEXT = compiled(
    rf"\b(?:(?:on|this|next|by|before)\s+)?(?:{DAYS})\b(?:,?\s+(?:{MONTHS}|(?:{MONTH_ABBR})\.?)\s+\d{{1,2}}(?:,\s+\d{{4}})?)?"
    rf"|\b(?:on|by|before)\s+(?:{MONTHS}|(?:{MONTH_ABBR})\.?)\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    r"|\b(?:within the next \w+|next week|this week|later this \w+|early next \w+|tomorrow|today|tonight)\b"
)
# What tells a day to come from a day gone by, in the words before a date ("will meet on Thursday", "said
# late Thursday", "were released Tuesday"): the nearer of the two decides, and a day to come is the default.
FUTURE_WORD = compiled(
    r"\b(?:will|would|shall|to|expected|scheduled|plans?|planned|set|due|going|upcoming|next)\b"
    r"|['’]ll\b",
    re.I,
)
PAST_WORD = compiled(
    r"\b(?:said|told|met|held|spoke|took|began|went|came|saw|made|gave|was|were|had|[a-z]{3,}ed)\b", re.I
)


@dataclass(frozen=True)
class MeetingFacts:
    """The meeting: its sides (the entity shown for each, when there is one, and the name shown), place,
    date, purpose and sentence, and the side of every entity of the document."""

    principal: int | None
    counterpart: int | None
    location: str | None
    date: dt.date | None
    date_text: str | None
    purpose: str | None
    sentence: int | None
    principal_name: str | None = None
    counterpart_name: str | None = None
    sides: dict[int, str] = field(default_factory=dict)
    parties: tuple[Party | None, Party | None] = (None, None)


FULL_SENTENCE = compiled(r"[.!?…][\"'”’)]*\s*$")


def _told_as_past(before: str) -> bool:
    """True when the words before a date tell of a day gone by ("officials said late"), not one to come."""
    future = [match.end() for match in FUTURE_WORD.finditer(before)]
    past = [match.end() for match in PAST_WORD.finditer(before)]
    return bool(past) and (not future or past[-1] > future[-1])


def find_meeting(
    analysis: Analysis,
    principal: int | str | None = None,
    counterpart: int | str | None = None,
    published: dt.date | None = None,
) -> MeetingFacts:
    """Sides, place and date of the meeting the article is about. `principal` and `counterpart` (an entity
    key or a name) say who the sides are when the article does not; `published` (the article's date, when
    known) resolves "on Thursday" to a date."""
    members = Members(analysis)
    frame = find_frame(analysis)
    first, second = _parties(members, frame)
    given = (_entity_named(analysis, principal), _entity_named(analysis, counterpart))
    first, second = _oriented(members, first, second, given)
    shown = [
        _shown(members, party, other, person)
        for party, other, person in ((first, second, given[0]), (second, first, given[1]))
    ]
    sentence = _meeting_sentence(analysis, frame)
    location = _location(analysis, frame, sentence, shown[0][0])
    date_text, date = _date(analysis, sentence, published)
    return MeetingFacts(
        principal=shown[0][0].key if shown[0][0] else (first.entity if first else None),
        counterpart=shown[1][0].key if shown[1][0] else (second.entity if second else None),
        location=location,
        date=date,
        date_text=date_text,
        purpose=analysis.sentences[sentence].text if sentence is not None else None,
        sentence=sentence,
        principal_name=shown[0][1],
        counterpart_name=shown[1][1],
        sides=_sides(members, first, second, shown[0][0], shown[1][0]),
        parties=(first, second),
    )


def side_of_name(analysis: Analysis, facts: MeetingFacts, name: str) -> str | None:
    """The side of whoever a name (an ask's `by`) stands for: the entity of that name, else a party of the
    meeting it names ("Both unions" of the unions); None when it names neither."""
    last = _last_word(name)
    for entity in analysis.entities.values():
        if entity.name == name or (entity.kind == "person" and last and _last_word(entity.name) == last):
            return facts.sides.get(entity.key)
    keys, low = name_keys(name), name.lower()
    for party, side in zip(facts.parties, ("principal", "counterpart"), strict=True):
        if party is not None and (party.keys & keys or (party.group and any(k in low.split() for k in party.keys))):
            return side
    return None


def _parties(members: Members, frame: FrameFound | None) -> tuple[Party | None, Party | None]:
    """The two parties: the frame's, the second from the lead when the frame names one only."""
    named = lead_parties(members)
    first = frame.first if frame else (named[0] if named else None)
    second = frame.second if frame else None
    if second is None and first is not None:
        second = next(
            (p for p in named if not (p.keys & first.keys) and (p.entity is None or p.entity != first.entity)), None
        )
    return first, second


def _entity_named(analysis: Analysis, given: int | str | None) -> Entity | None:
    """The entity a side given by key or name is: a person of the same last name word, else a party."""
    if given is None or isinstance(given, int):
        return analysis.entity(given)
    last = _last_word(given)
    person = next((e for e in analysis.people() if last and _last_word(e.name) == last), None)
    return person or next((e for e in analysis.entities.values() if name_keys(given) & entity_party(e).keys), None)


def _last_word(name: str) -> str | None:
    words = [
        w for w in re.findall(r"[\w’'-]+", name.lower()) if w not in lx.HONORIFICS and w not in lx.NAME_KEEPING_TITLES
    ]
    return words[-1] if words else None


def _oriented(
    members: Members, first: Party | None, second: Party | None, given: tuple[Entity | None, Entity | None]
) -> tuple[Party | None, Party | None]:
    """The parties with the principal first: turned round when the principal given belongs to the second
    one, or the counterpart given to the first; a given side that is neither replaces its party."""
    principal, counterpart = given
    if (principal is not None and second is not None and members.belongs(second, principal)) or (
        counterpart is not None and first is not None and members.belongs(first, counterpart)
    ):
        first, second = second, first
    if principal is not None and not (first is not None and members.belongs(first, principal)):
        first = entity_party(principal)
    if counterpart is not None and not (second is not None and members.belongs(second, counterpart)):
        second = entity_party(counterpart)
    return first, second


def _shown(
    members: Members, party: Party | None, other: Party | None, given: Entity | None
) -> tuple[Entity | None, str | None]:
    """The person who represents a party (the one given, when given) and the name shown for the side."""
    if party is None:
        return None, None
    person = (
        given
        if given is not None and given.kind == "person"
        else representative(members, party, [other] if other else [])
    )
    return person, person.name if person is not None else party.name


def _sides(
    members: Members,
    first: Party | None,
    second: Party | None,
    shown_first: Entity | None,
    shown_second: Entity | None,
) -> dict[int, str]:
    """The side of every entity of the document (see the module's docstring)."""
    parties = [(first, shown_first, "principal"), (second, shown_second, "counterpart")]
    sides: dict[int, str] = {}
    for entity in members.analysis.entities.values():
        sides[entity.key] = _side(members, entity, parties)
    return sides


def _side(members: Members, entity: Entity, parties: list[tuple[Party | None, Entity | None, str]]) -> str:
    for _, shown, side in parties:
        if shown is not None and entity.key == shown.key:
            return side
    if entity.expert:
        return "expert"
    for party, shown, side in parties:
        home = _home(shown)
        if party is not None and (
            members.belongs(party, entity) or (home is not None and members.belongs(home, entity))
        ):
            return side if entity.kind != "person" or speaks_for(entity) else "third_party"
    role = entity.role or ""
    if re.search(r"\b(?:opposition|rival)\b", role, re.I) or PARTY_LEADER.search(role):
        return "opposition"
    if entity.kind != "person" or not (entity.role or entity.affiliation or entity.country):
        return "unknown"  # nothing links it to anyone
    return "third_party"


def _home(person: Entity | None) -> Party | None:
    """The party a side's person belongs to, by country, affiliation or the name their title holds ("Arland
    Trade Minister"): its other people are on that side."""
    if person is None or person.kind != "person":
        return None
    names = [person.country, person.affiliation, *ROLE_NAME.findall(person.role or "")]
    names = [n for n in names if n and n.lower() not in lx.TITLE_WORDS and n.lower() not in lx.TITLE_MODIFIERS]
    keys = frozenset(k for name in names for k in name_keys(name))
    return Party(names[0], keys) if keys else None


def _meeting_sentence(analysis: Analysis, frame: FrameFound | None) -> int | None:
    """The frame's sentence, else the lead's first about a meeting, else its first."""
    if frame is not None:
        return frame.sentence
    sentences = lead(analysis)
    return next(
        (i for i in sentences if MEETING_WORD.search(analysis.sentences[i].text)), sentences[0] if sentences else None
    )


def _location(
    analysis: Analysis, frame: FrameFound | None, sentence: int | None, principal: Entity | None
) -> str | None:
    """The meeting's place (see the module's docstring)."""
    place = None
    if frame is not None:
        text = analysis.plain[frame.sentence]
        place = _place_in(analysis, text, _word_start(text, frame.end - 40)) or _by_verb(analysis, [frame.sentence])
    for s_index in lead(analysis):
        if place is not None:
            break
        text = analysis.plain[s_index]
        word = _meeting_word(text)  # the place may come just before it ("is in Quito meeting ministers")
        place = _place_in(analysis, text, _word_start(text, word.start() - 30)) if word else None
    place = place or _by_verb(analysis) or _before_meeting(analysis) or _principals_place(analysis, principal)
    return _with_city(analysis, place) if place else None


def _word_start(text: str, position: int) -> int:
    """The start of the word at or after `position` (0 before the text)."""
    if position <= 0:
        return 0
    space = text.find(" ", position)
    return space + 1 if space >= 0 else len(text)


def _meeting_word(text: str) -> re.Match[str] | None:
    """The first meeting word of a text that is not another event's ("ahead of the June summit")."""
    for word in MEETING_WORD.finditer(text):
        if not OTHER_EVENT_BEFORE.search(text, max(0, word.start() - 60), word.start()):
            return word
    return None


def _place_in(analysis: Analysis, text: str, start: int) -> str | None:
    """The first place named at or after `start` that is no person, day, title or other event's place."""
    people = {e.name.lower() for e in analysis.people()} | {e.surname for e in analysis.people()}
    for match in PLACE.finditer(text, start):
        place = LEADING_VERB.sub("", match.group("place")).strip(" .,")
        first_cap = re.search(r"[A-Z][\w’'.\-]*", place)
        cap_word = first_cap.group(0).lower() if first_cap else ""
        if (
            cap_word in lx.CALENDAR_WORDS
            or cap_word.rstrip("’'s") in people
            or place.lower() in people
            or cap_word in lx.TITLE_WORDS
            or cap_word in lx.NATIONALITIES
            or re.search(r"[’']s$", place)  # "at Labour's spring conference": the place comes after
            or OTHER_EVENT_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            continue
        return place
    return None


def _by_verb(analysis: Analysis, sentences: list[int] | None = None) -> str | None:
    """A place a verb of the lead (or of `sentences`) gives ("surrounded the Indiana Statehouse", "striking at
    the airport")."""
    for s_index in lead(analysis) if sentences is None else sentences:
        found = PLACE_BY_VERB.search(analysis.plain[s_index])
        if found:
            return re.sub(r"^(?:the|a)\s+", "", found.group("place")).strip(" .,")
    return None


def _before_meeting(analysis: Analysis) -> str | None:
    """A place named before the meeting noun ("the Oslo meeting")."""
    for s_index in lead(analysis):
        found = PLACE_BEFORE_MEETING.search(analysis.plain[s_index])
        if found and found.group("place").lower() not in lx.CALENDAR_WORDS:
            return found.group("place")
    return None


def _principals_place(analysis: Analysis, principal: Entity | None) -> str | None:
    """The first place of the lead's first sentence that names the principal."""
    if principal is None:
        return None
    for s_index in lead(analysis):
        if any(m.entity == principal.key for m in analysis.mentions.get(s_index, ())):
            return _place_in(analysis, analysis.plain[s_index], 0)
    return None


def _with_city(analysis: Analysis, place: str) -> str:
    """A venue named alone joined to the capital the lead sends someone to ("Commerce Department, Washington")."""
    if place.split()[-1].lower() not in VENUE_HEADS:
        return place
    for s_index in lead(analysis):
        for trip in TRIP_TO.finditer(analysis.plain[s_index]):
            city = trip.group("city")
            if city.lower() not in place.lower() and city.split()[0].lower() not in lx.CALENDAR_WORDS:
                return f"{place}, {city}"
    return place


def _date(analysis: Analysis, sentence: int | None, published: dt.date | None) -> tuple[str | None, dt.date | None]:
    """The meeting's date as written and as a date, from its sentence or a lead sentence about it."""
    if sentence is None:
        return None, None
    for i in [sentence] + [i for i in lead(analysis) if i != sentence]:
        text = analysis.sentences[i].text
        match = DATE_TEXT.search(text)
        if match and (i == sentence or MEETING_WORD.search(text)):
            return match.group(0), parse_date(match.group(0), published, past=_told_as_past(text[: match.start()]))
    return None, None
