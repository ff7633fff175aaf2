"""Clauses into items: trimming, splitting lists, and who a clause's subject is.

Shared by the section extractors (advice, asks, risks, background). An item is a clause a principal
can read without the article: no leading "that", no trailing attribution (", the minister said"), a
capital first letter. Who acts is a party or a person, never a fragment: the subject found by the
entity pass, a name or a noun phrase standing right before the verb, else nobody.
Where it fails: a subject separated from its verb by a long relative clause ("The union, which ...
for years, wants") is found only when the entity pass names it.
"""

from __future__ import annotations

import re

from briefgen.extract import lexicon as lx
from briefgen.extract.document import Analysis
from briefgen.regex_cache import compiled

LEADING_THAT = compiled(r"^\s*(?:that|,)\s+")
RECOMMENDATION_BREAK = compiled(r",?\s+and\s+that\s+|;\s+|,\s+and\s+(?=\w+ing\b)")
LIST_BREAK = compiled(r",\s+(?:and\s+)?|;\s+")
# What closes a clause as attribution or comment: ", the minister said.", ", citing ...", ", according to ...".
# What closes a clause as attribution or comment: ", citing ...", ", said the minister, ...", ", the minister
# said on Monday."
TRAILING_COMMENT = compiled(
    r",\s+(?:arguing|citing|saying|claiming|noting|adding|according\s+to)\b|,\s+(?:said|says|added|wrote|warned|argued)\s",
    re.IGNORECASE,
)
SAID_AT_END = compiled(
    r"\b(?:said|says|told\s+\w+|added|wrote|reported|noted|explained)(?:\s+(?:on|late|early|in|last)\s+\w+)?\W*\Z",
    re.IGNORECASE,
)
SPEAKER_WORDS = 8  # how many words may name the speaker between a comma and the verb of saying
ATTRIBUTION_CHARS = 200  # how long a closing attribution can be
# A clause break before a verb: the subject of the verb is after the last of them.
CLAUSE_BREAK = compiled(r"(?:[,;:—–(]|\b(?:that|but|while|after|when|because|which|who|said|says|if)\b)\s*")
# Words standing between a subject and its verb ("has also", "will now").
AUXILIARIES = frozenset(
    """
also has have had is are was were will would could should may might must now still already reportedly
repeatedly previously again further not never be been being did do does so then just only
""".split()
)
DETERMINERS = frozenset("the both all its their his her our these those each every several some most many".split())
PRONOUNS = frozenset("he she they it we i you".split())
# Words a noun phrase naming a party never holds (a verb or a preposition means the phrase is a fragment).
NOT_IN_A_PARTY = frozenset(
    """
to of for by in on at with from into than as if that which who what when where why how said says told
there this here it's is are was were will would should could may might be been also not n't no
aren't isn't wasn't weren't won't don't doesn't didn't hasn't haven't can't couldn't wouldn't
aren’t isn’t wasn’t weren’t won’t don’t doesn’t didn’t hasn’t haven’t can’t couldn’t wouldn’t
""".split()
)


# Words that open a clause, not an item of a list ("..., which cut GM's holding", "..., will have a review").
NOT_A_LIST_ITEM = frozenset(
    """
which who whom whose that where when while as but together including although though because since will would
has have had is are was were can could should may might must did does do days weeks months years said says
""".split()
)


def tidy(text: str) -> str:
    """Trim a clause into an item: no leading "that", no dangling punctuation, a capital first letter."""
    text = LEADING_THAT.sub("", text.strip())
    text = text.strip(" ,;:—–").rstrip()
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def without_attribution(clause: str) -> str:
    """The clause without its closing attribution (", the minister said.", ", citing ..."), looked for in its
    last ATTRIBUTION_CHARS characters; a clause that would keep fewer than two words stays whole."""
    tail = max(0, len(clause) - ATTRIBUTION_CHARS)
    cut = None
    comment = TRAILING_COMMENT.search(clause, tail)
    if comment is not None:
        cut = comment.start()
    # the cut is at a comma before the verb; a verb found before the tail's first comma is followed by no
    # word after it (the match runs to the end), so it is never cut: the verb is looked for from that comma on
    elif (first_comma := clause.find(",", tail)) >= 0 and (said := SAID_AT_END.search(clause, first_comma)):
        comma = clause.rfind(",", tail, said.start())
        if comma >= 0 and len(clause[comma + 1 : said.start()].split()) <= SPEAKER_WORDS:
            cut = comma
    trimmed = clause[:cut].rstrip() if cut is not None else clause
    return trimmed if len(trimmed.split()) >= 2 else clause


def split_recommendations(clause: str) -> list[str]:
    """ "X should A, and that she B" / "signing A, and offering B" → separate recommendations."""
    parts = RECOMMENDATION_BREAK.split(clause)
    return [p for p in (tidy(p) for p in parts) if len(p.split()) >= 3] or [tidy(clause)]


def list_parts(clause: str) -> list[str]:
    """ "A for x, B for y, and C" → three parts when every part is a phrase of its own (3+ words) and none
    opens as a clause of its own ("which cut ...", "will have ..."); "energy, critical minerals, AI and
    pharmaceuticals" stays one."""
    parts = [p.strip() for p in LIST_BREAK.split(clause) if p.strip()]
    if len(parts) >= 3 and all(len(p.split()) >= 3 and p.split()[0].lower() not in NOT_A_LIST_ITEM for p in parts):
        return parts
    return [clause]


def fewer_words(text: str, count: int) -> bool:
    """Whether the text holds fewer than `count` words (split no further than it takes to tell)."""
    return len(text.split(maxsplit=count - 1)) < count


def quoted_share(text: str, blanked: str) -> float:
    """The share of a sentence's non-space characters that its `plain` form blanks out."""
    return 1 - (len(blanked) - blanked.count(" ")) / max(1, len(text) - text.count(" "))


def subject_before(analysis: Analysis, s_index: int, position: int) -> str | None:
    """Who does what the sentence says at `position` (an offset in the sentence): the clause's subject.
    That is the owner the clause opens with ("his meeting would focus on", "Mr Brown's plan would"), the
    person, organisation or country the clause opens with ("Japan wants"), a noun phrase
    ("Both sides hope", "The EU and US have agreed"), the one named last in the clause, or, for "they" or
    "it", the opening noun phrase of the sentence before; None for a fragment or a date."""
    sentence = analysis.sentences[s_index]
    head = analysis.plain[s_index][:position]
    breaks = list(CLAUSE_BREAK.finditer(head))
    clause_start = breaks[-1].end() if breaks else 0
    clause = head[clause_start:]
    owner = _owner_opening(analysis, s_index, sentence.start + clause_start, sentence.start + position)
    if owner is not None:
        return owner
    mentions = _mentions_in(analysis, s_index, sentence.start + clause_start, sentence.start + position)
    phrase = _noun_phrase(clause)
    if phrase is not None and len(mentions) == 1 and len(phrase.split()) <= 2 + _words(analysis, mentions[0]):
        return analysis.entities[mentions[0].entity].name
    if phrase is not None:
        return phrase
    if mentions:
        return analysis.entities[mentions[-1].entity].name
    if _bare(clause) in ("they", "it") and s_index > 0:
        previous = analysis.sentences[s_index - 1]
        if previous.paragraph == sentence.paragraph or _bare(clause) == "they":
            return _opening_phrase(analysis, s_index - 1)
    if not head[:clause_start].strip():
        subject = analysis.entity(analysis.subjects.get(s_index))
        return subject.name if subject is not None else None
    return None


def _bare(clause: str) -> str:
    words = [w for w in clause.lower().split() if w not in AUXILIARIES]
    return " ".join(words)


def _words(analysis: Analysis, mention) -> int:
    """How many words the mention holds, read from its sentence (a paragraph would be rebuilt to read it)."""
    sentence = analysis.sentences[mention.sentence]
    return len(sentence.text[mention.start - sentence.start : mention.end - sentence.start].split())


def _owner_opening(analysis: Analysis, s_index: int, start: int, end: int) -> str | None:
    """The owner a clause opens with ("his meeting would ...", "Mr Brown's plan would ..."): who acts."""
    sentence = analysis.sentences[s_index]
    clause = sentence.text[start - sentence.start : end - sentence.start]  # its paragraph's [start:end]
    opening = len(clause) - len(clause.lstrip())
    for m in analysis.mentions.get(s_index, ()):
        if m.start == start + opening and m.end <= end and m.possessive and not m.in_quote:
            return analysis.entities[m.entity].name
    return None


def _mentions_in(analysis: Analysis, s_index: int, start: int, end: int) -> list:
    """The mentions (not as an owner, "Arland's"; not quoted) between two paragraph offsets of a sentence."""
    return [
        m
        for m in analysis.mentions.get(s_index, ())
        if start <= m.start and m.end <= end and not m.in_quote and not m.possessive
    ]


def _opening_phrase(analysis: Analysis, s_index: int) -> str | None:
    """The noun phrase a sentence opens with, up to its first auxiliary ("Five unions will hold talks")."""
    subject = analysis.entity(analysis.subjects.get(s_index))
    words: list[str] = []
    for word in analysis.plain[s_index].split():
        if word.lower() in AUXILIARIES:
            return _noun_phrase(" ".join(words))
        words.append(word)
        if len(words) > 6:
            break
    return subject.name if subject is not None else None


def _noun_phrase(head: str) -> str | None:
    """The noun phrase a clause head holds before its verb ("Both companies also" → "Both companies")."""
    words = head.split()
    while words and words[-1].lower().strip(",") in AUXILIARIES:
        words.pop()
    if not words or len(words) > 6:
        return None
    lows = [w.lower().strip(",.") for w in words]
    if lows[0] in PRONOUNS or any(w in NOT_IN_A_PARTY or w in lx.CALENDAR_WORDS for w in lows):
        return None
    if not (words[0][0].isupper() or lows[0] in DETERMINERS):
        return None
    if any(ch.isdigit() for ch in head):
        return None
    return " ".join(words).strip(" ,")


def asked_party(text_after: str) -> str | None:
    """The party named before "to" in "urged <party> to ...": its words without a leading "the"."""
    match = re.match(r"\s*(.+?)\s+to\s+\w", text_after)
    if not match:
        return None
    party = re.sub(r"^(?:the|a|an)\s+", "", match.group(1).strip(), flags=re.IGNORECASE)
    return party or None
