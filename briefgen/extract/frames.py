"""Frames: the sentence that says who meets whom, and the two parties it names.

Each frame of `lexicon/meeting_words.FRAMES` is looked for in the lead (the body's first paragraphs), in
article order; the first sentence where one names both parties wins, else the first where one names the
first party (the second then comes from the lead). A slot (the words where a party stands) names a person,
an organisation or a country when the entity pass found one there (the head of the phrase: "Nurses at
Lakeview" are nurses), else the capitalised name it holds ("Book publishing giant Macmillan"), else a group
("Several thousand teachers wearing red" are "teachers", "the generals").
Without a frame, the two parties are the first two of the lead that are not the same side: a person stands
for the organisation or country they belong to.
Where it fails: a party named only by a pronoun ("it cannot support") is taken from the sentence's
subject; a frame told in the past of another meeting is read as this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract import lexicon as lx
from briefgen.extract.constructions import Frame
from briefgen.extract.document import Analysis, Entity
from briefgen.extract.lexicon.meeting_words import EMPLOYED_BY, FRAMES
from briefgen.extract.parties import Members, Party, entity_party, group_party, name_keys, speaks_for
from briefgen.regex_cache import compiled
from briefgen.text.patterns import word_alternation

# Where the words of a slot after its frame end: punctuation, or a preposition or clause word.
OBJECT_END = compiled(
    r"[,.;:()“”\"]|\s(?:in|at|on|to|for|ahead|after|before|this|next|since|as|when|who|which|that|over|about"
    r"|during|by|until|amid|hoping|to)\b"
)
BETWEEN_END = compiled(r"[,.;:()]|\s(?:is|are|was|were|will|has|have|had|in|at|on|to|for|who|which|that|over)\b")
SUBJECT_START = compiled(r"(?:[,;:—–(]|\b(?:that|but|while|when|because|which|who|said|says|and\s+that)\b)\s*")
HEAD_END = compiled(
    r"\s(?:at|of|from|in|on|with|for|to|who|which|that|has|have|had|is|are|was|were|will|would|can|could)\s|[,(]"
    r"|\s(?!(?:need|speed|feed|seed|bleed|breed)\b)[a-z]{3,}ed\s"
)
# "Hundreds of workers", "Several thousand teachers": the group is the noun after the quantity
QUANTITY = compiled(
    r"^(?:(?:several|some|many|a\s+few|hundreds|thousands|dozens|millions|scores|\d[\d,.]*)\s+)+(?:of\s+)?", re.I
)
# A capitalised name that is a sentence's subject in the lead ("BT has moved", "regulator Ofcom said")
NAMED_SUBJECT = compiled(
    r"(?:^|[,;:]\s+|\b(?:after|that|but|and|while|when)\s+)(?:the\s+)?(?:[a-z-]+\s+){0,3}?"
    r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+(?:has|have|had|is|are|was|were|will|would|said|says"
    r"|announced|offered|agreed|wants|countered|claims|argues|plans|refused|rejected|accused|denied|backed|signed)\b"
)
CAPITALISED_RUN = compiled(r"[A-Z][\w.&’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&’'-]*)*")
OWNER = compiled(r"\s*(?:the\s+)?((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)[’']s\b")
EMPLOYER = compiled(EMPLOYED_BY)
# "the American government", "Obama administration officials": a government named by its nationality
NATIONAL_GOVERNMENT = compiled(
    r"\b(?P<name>"
    + word_alternation(lx.NATIONALITIES)
    + r")\s+(?:government|administration|officials|authorities|delegation)\b",
    re.IGNORECASE,
)
LEAD_PARAGRAPHS = 4
PRONOUNS = frozenset("it they he she we".split())
SAID_BEFORE = compiled(r"\s(?:says|said|say|insists|insisted|warned|warns)\s+(?:that\s+)?\Z")


@dataclass(frozen=True)
class FrameFound:
    """The sentence of a frame and its two parties (the second may be missing)."""

    sentence: int
    frame: str
    first: Party
    second: Party | None
    end: int  # where the frame's match ends in the sentence


def lead(analysis: Analysis) -> list[int]:
    """The sentences of the lead: the full sentences of the body's first paragraphs."""
    sentences = analysis.sentences
    paragraphs = sorted(analysis.paragraph_sentences)[:LEAD_PARAGRAPHS]
    lead_sentences = sorted(i for number in paragraphs for i in analysis.paragraph_sentences[number])
    return [i for i in lead_sentences if sentences[i].text.rstrip()[-1:] in ".!?”’\"'"]


def find_frame(analysis: Analysis) -> FrameFound | None:
    """The first frame of the lead that names both parties, else the first that names one."""
    partial = None
    for s_index in lead(analysis):
        for found in _frames_in(analysis, s_index):
            if found.second is not None:
                return found
            partial = partial or found
    return partial


def _frames_in(analysis: Analysis, s_index: int) -> list[FrameFound]:
    text = analysis.plain[s_index]
    found = []
    for frame in FRAMES:
        for match in frame.regex.finditer(text):
            parties = _slots(analysis, s_index, frame, match)
            if parties is not None and parties[0] is not None:
                found.append((match.start(), FrameFound(s_index, frame.name, parties[0], parties[1], match.end())))
                break
    return [f for _, f in sorted(found, key=lambda pair: pair[0])]


def _slots(analysis: Analysis, s_index: int, frame: Frame, match: re.Match[str]) -> tuple[Party | None, Party | None]:
    text = analysis.plain[s_index]
    if frame.slots == "between":
        end = BETWEEN_END.search(text, match.end())
        span = text[match.end() : end.start() if end else len(text)]
        first_words, _, second_words = span.partition(" and ")
        return _party_at(analysis, s_index, match.end(), first_words), _party_at(
            analysis, s_index, match.end() + len(first_words) + 5, second_words
        )
    subject_start = _subject_start(text, match.start())
    subject = text[subject_start : match.start()]
    if frame.slots == "joint":
        first_words, _, second_words = subject.partition(" and ")
        if not second_words:
            return None, None
        return _party_at(analysis, s_index, subject_start, first_words), _party_at(
            analysis, s_index, subject_start + len(first_words) + 5, second_words
        )
    if frame.slots == "refusal":
        owner = OWNER.match(text, match.end())
        proposer = _party_at(analysis, s_index, owner.start(1), owner.group(1)) if owner else None
        return proposer, _subject(analysis, s_index, subject_start, subject)
    if frame.slots == "subject":
        employer = _employer(analysis) if frame.name == "strike" else None
        return _subject(analysis, s_index, subject_start, subject), employer
    end = OBJECT_END.search(text, match.end())
    obj = text[match.end() : end.start() if end else len(text)]
    second = _party_at(analysis, s_index, match.end(), obj)
    described = any(w in lx.ROLE_HEADS or w in lx.TITLE_WORDS for w in obj.lower().split())
    if (second is None or (second.entity is None and described)) and end is not None and text[end.start()] == ",":
        # "her Norvian counterpart, Pavel Issak,": the name comes after the comma
        after = text[end.end() :].split(",")[0]
        named = _party_at(analysis, s_index, end.end(), after)
        second = named if named is not None and named.entity is not None else second
    return _subject(analysis, s_index, subject_start, subject), second


def _employer(analysis: Analysis) -> Party | None:
    """The employer of people on strike: the one they are "contracted by" or "employed by"."""
    for s_index, text in enumerate(analysis.plain):
        found = EMPLOYER.search(text)
        if found:
            return _party_at(analysis, s_index, found.start("employer"), found.group("employer"))
    return None


def _subject_start(text: str, position: int) -> int:
    breaks = list(SUBJECT_START.finditer(text, 0, position))
    return breaks[-1].end() if breaks else 0


def _subject(analysis: Analysis, s_index: int, start: int, words: str) -> Party | None:
    """The party a subject slot names; for a pronoun after a verb of saying, the one who said it ("the US
    says it cannot"); else the sentence's subject."""
    party = _party_at(analysis, s_index, start, words)
    if party is None and words.strip().lower() in PRONOUNS and start > 0:
        text = analysis.plain[s_index]
        said = SAID_BEFORE.search(text, 0, start)
        if said:
            before = _subject_start(text, said.start())
            party = _party_at(analysis, s_index, before, text[before : said.start()])
    if party is None:
        subject = analysis.entity(analysis.subjects.get(s_index))
        party = entity_party(subject) if subject is not None else None
    return party


def _party_at(analysis: Analysis, s_index: int, start: int, words: str) -> Party | None:
    """The party the words at offset `start` of a sentence name (see the module's docstring)."""
    quantity = QUANTITY.match(words.strip())
    if quantity:  # "Hundreds of workers": the workers
        skip = len(words) - len(words.lstrip()) + quantity.end()
        start, words = start + skip, words[skip:]
    stripped = words.strip()
    if not stripped:
        return None
    lead_space = len(words) - len(words.lstrip())
    head_end = HEAD_END.search(stripped + " ")
    head = stripped[: head_end.start()] if head_end else stripped
    if not head:
        return None
    sentence = analysis.sentences[s_index]
    begin = sentence.start + start + lead_space
    entity = _entity_in(analysis, s_index, begin, begin + len(head))
    if entity is not None:
        return entity_party(entity)
    head_words = head.split()
    if len(head_words) == 1 and start == 0 and head_words[0].endswith("s"):
        return group_party(head.lower())  # "Nurses will return ...": a group opening the sentence
    if head_words[-1][:1].islower():
        return group_party(head)  # "Latin American countries"
    runs = [_without_opening(r) for r in CAPITALISED_RUN.findall(head)]
    runs = [r for r in runs if r]
    runs = [r for r in runs if not (r == head_words[0] and len(runs) > 1)]  # "Book publishing giant Macmillan"
    runs = [r for r in runs if r.split()[0].lower() not in lx.CALENDAR_WORDS]
    if runs:
        name = runs[-1]
        return Party(name, name_keys(name))
    return group_party(head)


def _without_opening(run: str) -> str:
    """A capitalised run without the words that only open a sentence or describe the name ("But Kordan",
    "Regulator Norcom" → "Kordan", "Norcom")."""
    words = run.split()
    while len(words) > 1 and (words[0].lower() in lx.SENTENCE_STARTERS or words[0].lower() in lx.ORG_DESCRIPTORS):
        words = words[1:]
    return "" if words[0].lower() in lx.SENTENCE_STARTERS else " ".join(words)


def _entity_in(analysis: Analysis, s_index: int, start: int, end: int) -> Entity | None:
    """The person named first between two paragraph offsets, else the first organisation or country."""
    found = [
        analysis.entities[m.entity]
        for m in analysis.mentions.get(s_index, ())
        if start <= m.start < end and not m.in_quote and m.form != "pronoun"
    ]
    people = [e for e in found if e.kind == "person" and speaks_for(e)]
    named = people or [e for e in found if e.kind != "person"]
    return named[0] if named else None


def lead_parties(members: Members) -> list[Party]:
    """The parties of the lead in the order named, one per side: an entity (a person stands for the
    organisation or country of the lead they belong to) or a capitalised name the lead makes the subject of
    a verb ("BT has moved", "regulator Ofcom said")."""
    analysis = members.analysis
    parties: list[Party] = []
    named = [e for e in analysis.entities.values() if e.kind != "person"]
    homes: dict[int, Party] = {}  # a person's key → the party they stand for, found at their first mention
    for s_index in lead(analysis):
        for _, party, entity in sorted(_named_in(members, s_index, named, homes), key=lambda found: found[0]):
            if any(
                party.keys & known.keys or (party.entity is not None and party.entity == known.entity)
                for known in parties
            ):
                continue
            if entity is not None and any(members.belongs(known, entity) for known in parties):
                continue
            parties.append(party)
    return parties


def _named_in(
    members: Members, s_index: int, named: list[Entity], homes: dict[int, Party]
) -> list[tuple[int, Party, Entity | None]]:
    """(offset, party, entity) of the parties a lead sentence names (`homes`: the party of each person met
    so far, filled here)."""
    analysis = members.analysis
    sentence = analysis.sentences[s_index]
    found: list[tuple[int, Party, Entity | None]] = []
    for mention in analysis.mentions.get(s_index, ()):
        entity = analysis.entities[mention.entity]
        if mention.in_quote or (entity.kind == "person" and not speaks_for(entity)):
            continue
        if entity.kind == "person":
            if entity.key not in homes:
                home = next((n for n in named if members.belongs(entity_party(n), entity)), None)
                homes[entity.key] = entity_party(home if home is not None else entity)
            party = homes[entity.key]
        else:
            party = entity_party(entity)
        found.append((mention.start - sentence.start, party, entity))
    for match in NATIONAL_GOVERNMENT.finditer(analysis.plain[s_index]):
        country = lx.NATIONALITIES[match.group("name").lower()]
        found.append((match.start(), Party(country, name_keys(country)), None))
    known = {m.start - sentence.start for m in analysis.mentions.get(s_index, ())}
    for match in NAMED_SUBJECT.finditer(analysis.plain[s_index]):
        name = _without_opening(match.group("name"))
        if match.start("name") in known or not name or name.split()[0].lower() in lx.CALENDAR_WORDS:
            continue
        found.append((match.start("name"), Party(name, name_keys(name)), None))
    return found
