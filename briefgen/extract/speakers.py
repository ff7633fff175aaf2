"""Who spoke: the speaker a phrase names, and the speakers pronouns and short descriptions stand for.

A speaker is an entity the entity pass knows (a person, organisation or country) or, when the phrase
names none, the phrase as the article writes it ("Harbour officials", "a spokesperson for the
ministry", "the lawsuit"). Rules:
- the entity of a phrase is the name at its head: the name that ends it ("St. Charles County
  Prosecuting Attorney Tim Lohmar"), or one followed by an appositive ("Dr. Ravi Menon, an
  economist at ..."); a name after "for", "of", "at" or in a possessive ("a spokesperson for
  Tideway", "Okafor's office") is not the speaker;
- "he" and "she" are the entity pass's resolution; "they", "it" and "we" take the most recent
  speaker that can speak as a body: an organisation, a country, a group or a document;
- a short description ("the officials", "the source") takes the fuller description given before with
  the same head noun ("Two officials familiar with the negotiations");
- an epithet with words before its noun ("the rookie defenceman", "the 26-year-old") is the person
  just named; "the city", "the parole board" the institution named before as "City of X", "X Board
  of Y"; a document the body named with it ("a study released by Civic Action") and, later, "the study";
- a name set off after a description is the speaker ("His father, Ernie LeBlanc, says"), and a name
  the entity pass missed, opening a sentence, is who "he" or "she" after it means (`unknown_person`).
Where it fails: "they" after two people ("Sohlberg and Abreder ... they said") is the last group,
not the pair; a bare office ("the mayor") stays a description unless it repeats a stated role.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from briefgen.extract import clauses as cl
from briefgen.extract import lexicon as lx
from briefgen.extract.document import Analysis, Mention
from briefgen.extract.lexicon import first_names as fn
from briefgen.extract.lexicon import speech as sr
from briefgen.extract.mentions import gender_of_words
from briefgen.regex_cache import compiled

# A description ends before a relative clause or an aside: "a senior aide who spoke on condition of
# anonymity" → "a senior aide".
DESCRIPTION_END = compiled(r"\s+(?:who|which|whose|but)\b|,|\s+—|\s+–|\(")
LEADING_CONNECTIVES = compiled(
    r"^(?:(?:but|and|so|yet|still|however|meanwhile|instead|now|also|then|indeed|in fact)\b[\s,]*)+", re.IGNORECASE
)
LEADING_THE = compiled(r"^(?:The|A|An)\s+")
BRACKETED = compiled(r"\s*\([^()]*\)")
# Words after a person's name that begin what describes them: "Sen. Richard Shelby of Alabama",
# "Terry Chapman with the operating engineers' union", "professor Kent Moore at the University of Toronto".
PERSON_MODIFIERS = frozenset("of from at with for".split())
# A description of unnamed speakers given before a short form ("the officials"): a count and up to
# four words before the noun, and what they are familiar with or close to.
DESCRIBED = compiled(
    r"\b(?:an?|one|two|three|four|five|several|some|many)\s+(?:[\w’'-]+\s+){0,3}?NOUN\b"
    r"(?:\s+(?:familiar with|close to|briefed on|involved in|with knowledge of)(?:\s+(?!said\b|spoke\b)[\w’'-]+){1,4})?"
)
PERSONAL = ("he", "she")
KNOWN_FIRST_NAMES = fn.FEMALE_FIRST_NAMES | fn.MALE_FIRST_NAMES
ROLE_DETERMINERS = frozenset("the his her their its".split())
ROLE_NOUNS = lx.ROLE_NOUNS | lx.TITLE_WORDS
BODY_PRONOUNS = frozenset({"they", "it", "we"})
EPITHET = compiled(r"the \d+-year-old$")  # "said the 26-year-old": the person just named
NOT_A_SPEAKER_AFTER = frozenset("for of at from with by to in on about against than".split())
SPEAKING_KINDS = ("person", "organization", "country")
EITHER = "either"  # a person's words tell no gender


class Speaker(NamedTuple):
    """An entity key, or the words that describe an unnamed speaker."""

    entity: int | None = None
    text: str | None = None

    def name(self, analysis: Analysis) -> str | None:
        entity = analysis.entity(self.entity)
        return entity.name if entity is not None else self.text


NOBODY = Speaker()


def phrase_speaker(analysis: Analysis, s_index: int, start: int, end: int) -> Speaker:
    """The speaker the phrase at paragraph offsets [start, end) of a sentence names."""
    paragraph = analysis.paragraphs[analysis.sentences[s_index].paragraph - 1]
    phrase = paragraph[start:end].strip(" ,")
    low = phrase.lower()
    if low in sr.SPEAKER_PRONOUNS:
        pronoun = next((m for m in _speaking_mentions(analysis, s_index, start, end) if m.form == "pronoun"), None)
        return Speaker(pronoun.entity if pronoun else None, low if low in PERSONAL else phrase)
    if " " not in phrase and phrase[:1].isupper():
        person = _by_one_name(analysis, low)
        if person is not None:
            return Speaker(person)  # "Jordan said" after "Jordan Stewart, 11": the person, not the country
    mentions = _speaking_mentions(analysis, s_index, start, end)
    head = _head_mention(analysis, paragraph, (start, end), mentions)
    if head is None and any(word in sr.DOCUMENT_NOUNS for word in low.split()):
        head = _author(analysis, paragraph, start, mentions)  # "a letter Donovan sent", "Okafor's statement"
    if head is not None:
        return Speaker(head)
    source = document_source(phrase)
    if source:
        return phrase_speaker(
            analysis, s_index, start + low.index(source.lower()), start + low.index(source.lower()) + len(source)
        )
    described, _, named = phrase.rpartition(", ")
    if described and 2 <= len(named.split()) <= 5 and all(w[0].isupper() for w in named.split()):
        return Speaker(text=named)  # "His father, Ernie LeBlanc": the name the entity pass missed
    return Speaker(text=description(phrase)) if phrase else NOBODY


def _speaking_mentions(analysis: Analysis, s_index: int, start: int, end: int) -> list[Mention]:
    """The mentions of things that can speak at paragraph offsets [start, end) of a sentence, outside quotations."""
    return [
        m
        for m in analysis.mentions.get(s_index, ())
        if start <= m.start < end and not m.in_quote and analysis.entities[m.entity].kind in SPEAKING_KINDS
    ]


def _head_mention(analysis: Analysis, paragraph: str, phrase: tuple[int, int], mentions: list[Mention]) -> int | None:
    """The entity a phrase is about: a name ending it or set off by a comma after it (a person's also
    before "of": "Sen. Richard Shelby of Alabama"), never one after a preposition or in a possessive;
    a person before an organisation."""
    start, end = phrase
    heads = []
    for m in mentions:
        if m.possessive or m.form == "pronoun":
            continue
        before = paragraph[start : m.start].split()
        if before and before[-1].lower() in NOT_A_SPEAKER_AFTER:
            continue
        rest = paragraph[m.end : end].strip()
        person = analysis.entities[m.entity].kind == "person"
        if person and before and before[-1].lower() == "the":
            continue  # "the Kentucky Republican": a description, not a person's name
        if not rest or rest.startswith((",", "(", "—", "–")) or (person and rest.split()[0] in PERSON_MODIFIERS):
            heads.append((not person, m.start, m.entity))
    return min(heads)[2] if heads else None


def _by_one_name(analysis: Analysis, word: str) -> int | None:
    """The one person whose first name or surname is `word`, if only one has it."""
    people = analysis.people_by_one_name.get(word, ())
    return people[0] if len(people) == 1 else None


def _author(analysis: Analysis, paragraph: str, start: int, mentions: list[Mention]) -> int | None:
    """The person who wrote the document a phrase names: one named in it, not after a preposition."""
    for m in mentions:
        before = paragraph[start : m.start].split()
        if analysis.entities[m.entity].kind == "person" and not (before and before[-1].lower() in NOT_A_SPEAKER_AFTER):
            return m.entity
    return None


NAME = r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z0-9][\w’'.&-]*)*"
SOURCE_BY = compiled(r"(?:^|\s)(?:by|from)\s+(" + NAME + r")")
SOURCE_BEFORE = compiled(r"^(?:[Tt]he|[Aa]n?)\s+(" + NAME + r")(?:[’']s)?\s+(\w+)$")


def document_source(phrase: str) -> str | None:
    """Who made the document a phrase names: the name after "by" or "from" ("a study released Monday
    by Civic Action", not "the memo obtained by The Globe"), or before the noun ("the Civic Action
    study"); None when the phrase names no document."""
    words = phrase.lower().split()
    noun = next((k for k, w in enumerate(words) if w.strip(",") in sr.SOURCED_DOCUMENT_NOUNS), None)
    if noun is None:
        return None
    before = SOURCE_BEFORE.match(phrase)
    if before and before.group(2).lower() in sr.SOURCED_DOCUMENT_NOUNS:
        return before.group(1)
    for found in SOURCE_BY.finditer(phrase):
        preceding = phrase[: found.start()].split()
        if preceding and preceding[-1].lower() not in sr.NOT_AN_AUTHOR_BEFORE_BY:
            return found.group(1)
    return None


def description(phrase: str) -> str:
    """A phrase as a speaker's description: without a leading connective or words in brackets, cut
    before a relative clause or an aside."""
    phrase = LEADING_CONNECTIVES.sub("", BRACKETED.sub("", phrase.strip()))
    cut = DESCRIPTION_END.search(phrase)
    return (phrase[: cut.start()] if cut else phrase).strip(" ,")


class SpeakerMemory:
    """The speakers met so far, in document order, to settle pronouns and short descriptions."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.bodies: list[tuple[Speaker, int]] = []  # organisations, groups, documents that spoke; sentence
        self.descriptions: dict[str, str] = {}  # head noun → the first full description with it
        self.last: Speaker = NOBODY
        self.last_sentence = -1  # the sentence of the last speaker
        self.mention_sentences: dict[int, list[int]] = {}  # entity → the sentences mentioning it, in order
        self.genders: dict[Speaker, str | None] = {}  # speaker → "f", "m" or EITHER; None: not a person

    def settle(self, speaker: Speaker, s_index: int) -> Speaker:
        """The speaker a pronoun or a short description in sentence `s_index` stands for: "they", "it"
        and "we" the last body that spoke (else the last organisation named); "the officials" the
        fuller description given first; "the company" the last organisation named, "a spokesman"
        alone the organisation named just before; "the mayor" the one person whose role it is.
        `speaker` otherwise."""
        if speaker.text in PERSONAL:
            return self._person(speaker, s_index)
        if speaker.entity is not None or not speaker.text:
            return speaker
        low = speaker.text.lower()
        holder = self._role_holder(low, s_index)
        if holder is not None:
            return Speaker(
                holder
            )  # "the director of provincial operations for EHS" after "Jeff Fraser, the director ..."
        if low in BODY_PRONOUNS:
            return self._body(s_index) or speaker
        words = low.split()
        if len(words) == 2 and words[1] in sr.SOURCED_DOCUMENT_NOUNS:
            return self._document_before(words[1], s_index) or speaker  # "the study" of Civic Action
        document = next((k for k, w in enumerate(words) if w in sr.SOURCED_DOCUMENT_NOUNS), len(words))
        named = self._institution(words[:document], s_index) if document > 1 else None
        if named is not None:
            return named  # "according to the city" after "the City of Surrey", "the parole board decision"
        if words[0] == "the" and (EPITHET.match(low) or (len(words) > 2 and words[-1] in sr.EPITHET_NOUNS)):
            return self._just_named(s_index) or speaker  # "said the rookie defenceman", after "Jones scored"
        if len(words) not in (2, 3) or low in sr.SPEAKER_PRONOUNS or (len(words) == 3 and words[-1] not in ROLE_NOUNS):
            return speaker
        if words[0] in ("a", "an") and words[1] in sr.SPOKESPERSON_NOUNS:
            return self._organisation(s_index, 2) or speaker
        if words[0] not in ("the", "these", "those"):
            return speaker
        if words[1] in self.descriptions:
            return Speaker(text=self.descriptions[words[1]])
        fuller = self._described_before(s_index, words[1])
        if fuller:
            return Speaker(text=fuller)
        if words[1] in sr.ORGANISATION_NOUNS:
            return self._organisation(s_index, 10) or speaker
        holders = [e.key for e in self.analysis.people() if e.role and words[-1] in e.role.lower().split()]
        return Speaker(holders[0]) if len(holders) == 1 else speaker

    def _institution(self, words: list[str], s_index: int) -> Speaker | None:
        """The institution a lowercase description names by the head of its formal name ("X of Y"),
        named in the eighty sentences before: "the city" → "the City of Surrey", "the parole board" → "Parole Board of
        Canada", "the diocese" → "Roman Catholic Diocese of Covington"; not a person's office ("the
        minister") nor a group ("the players")."""
        if words[0] == "the":
            words = words[1:]
        head = words[-1] if words else ""
        if not 1 <= len(words) <= 2 or not head.isalpha() or head in ROLE_NOUNS:
            return None
        if cl.group(head) and head not in sr.ORGANISATION_NOUNS:
            return None
        titled = r"\s+".join(w.capitalize() for w in words)
        pattern = re.compile(r"(?:[A-Z][\w’'.&-]*\s+)*" + titled + r"\s+of(?:\s+the)?(?:\s+[A-Z][\w’'.&-]*)+")
        for k in range(s_index, max(-1, s_index - 81), -1):
            for found in reversed(list(pattern.finditer(self.analysis.plain[k]))):
                name = LEADING_THE.sub("", found.group(0))
                if " " in name:
                    return Speaker(text=name)
        return None

    def _document_before(self, noun: str, s_index: int) -> Speaker | None:
        """Who made the document of that noun named with its maker in the ten sentences before ("a
        study released Monday by Civic Action" for "the study")."""
        pattern = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:\S+\s+){0,3}?" + noun + r"\b[^.,;:—]*")
        for k in range(s_index, max(-1, s_index - 11), -1):
            for found in reversed(list(pattern.finditer(self.analysis.plain[k]))):
                source = document_source(found.group(0).strip())
                if source:
                    return Speaker(text=source)
        return None

    def _just_named(self, s_index: int) -> Speaker | None:
        """The person an epithet stands for: the last named outside quotation marks in the two sentences
        before, within the paragraph before."""
        paragraph = self.analysis.sentences[s_index].paragraph
        for k in range(s_index - 1, max(-1, s_index - 3), -1):
            if self.analysis.sentences[k].paragraph < paragraph - 1:
                break
            for m in reversed(self.analysis.mentions.get(k, ())):
                if m.form != "pronoun" and not m.in_quote and self.analysis.entities[m.entity].kind == "person":
                    return Speaker(m.entity)
        return None

    def _role_holder(self, low: str, s_index: int) -> int | None:
        """The person whose stated role a description repeats ("the prime minister", "the director of
        provincial operations for EHS", "his lawyer"), the last mentioned before sentence `s_index` when
        several hold it."""
        words = low.split()
        if len(words) < 2 or words[0] not in ROLE_DETERMINERS or (len(words) == 2 and words[1] not in ROLE_NOUNS):
            return None
        holders = [
            e for e in self.analysis.people() if e.role and e.role.lower().split()[-len(words) + 1 :] == words[1:]
        ]
        mentioned = [(self._last_mention(e, s_index), e.key) for e in holders]
        best = max(mentioned, default=(-1, None))
        if len(holders) == 1:
            return holders[0].key
        return best[1] if best[0] >= 0 and len(words) > 2 else None  # "the minister" of two: say nothing

    def _last_mention(self, entity, s_index: int) -> int:
        """The last sentence up to `s_index` that mentions the entity, -1 for none (by bisection: an
        entity of a long article may have thousands of mentions)."""
        if entity.key not in self.mention_sentences:
            self.mention_sentences[entity.key] = sorted(m.sentence for m in entity.mentions)
        sentences = self.mention_sentences[entity.key]
        at = bisect_right(sentences, s_index)
        return sentences[at - 1] if at else -1

    def _person(self, speaker: Speaker, s_index: int) -> Speaker:
        """ "he" or "she" as a speaker: the last speaker, when a person of that gender spoke in the three
        sentences before and no other person is the subject of a sentence since ("“…,” Taylor said. …
        “…,” he added."), else the entity pass's referent."""
        gender = "f" if speaker.text == "she" else "m"
        missed = unknown_person(self.analysis, s_index - 1, gender) if s_index > self.last_sentence + 1 else None
        if missed is not None:
            return missed  # "Mulder didn't hesitate. ¶ “It's this for sure,” he said."
        if s_index - self.last_sentence <= 3 and not self._other_subject(s_index) and self._may_be(self.last, gender):
            return self.last
        return Speaker(speaker.entity) if speaker.entity is not None else NOBODY

    def _other_subject(self, s_index: int) -> bool:
        """Whether a person other than the last speaker is the subject of a sentence since theirs."""
        subjects, entities = self.analysis.subjects, self.analysis.entities
        between = (subjects.get(k) for k in range(self.last_sentence + 1, s_index))
        return any(k is not None and k != self.last.entity and entities[k].kind == "person" for k in between)

    def _may_be(self, speaker: Speaker, gender: str) -> bool:
        """Whether the speaker is a person whose words (`_person_words`) allow that gender; told once
        per speaker, as an article quotes the same people again and again."""
        if speaker not in self.genders:
            words = self._person_words(speaker)
            self.genders[speaker] = None if words is None else gender_of_words(words) or EITHER
        return self.genders[speaker] in (gender, EITHER)

    def _person_words(self, speaker: Speaker) -> list[str] | None:
        """The lowercase words telling a speaker's gender (first name, role) when the speaker is a
        person: an entity of that kind, or words ending in a name that opens with a known first name
        ("US Treasury Under-Secretary John Taylor")."""
        entity = self.analysis.entity(speaker.entity)
        if entity is not None:
            return (
                entity.name.lower().split()[:1] + (entity.role or "").lower().split()
                if entity.kind == "person"
                else None
            )
        words = (speaker.text or "").split()
        if len(words) >= 2 and words[-1][0].isupper() and words[-2].lower() in KNOWN_FIRST_NAMES:
            return [w.lower() for w in words[:-1]]
        if len(words) == 1 and words[0][0].isupper() and words[0].lower() not in sr.SPEAKER_PRONOUNS:
            return [words[0].lower()]  # "Demi said": one name the entity pass did not know
        return None

    def _body(self, s_index: int) -> Speaker | None:
        """What "they", "it" or "we" speaking stands for: the organisation (or a "person" that may be
        one) subject of one of the two sentences before ("Big Machine have denied it. “…,” they said."),
        else the last body that spoke, else the last organisation named. A body that spoke in one of
        those sentences comes before its subject ("The ministry's office published a notice saying that
        Canada had ... ¶ It urged ..." is the office, not Canada)."""
        spoke = {k: b for b, k in self._bodies_since(s_index - 2)}
        for k in range(s_index, max(-1, s_index - 3), -1):
            if k in spoke:
                return spoke[k]
            entity = self.analysis.entity(self.analysis.subjects.get(k))
            if entity is not None and (entity.kind != "person" or _maybe_a_body(entity)):
                return Speaker(entity.key)
            named = self._named_subject(k)
            if named is not None:
                return named
        return self.bodies[-1][0] if self.bodies else self._organisation(s_index, 3)

    def _bodies_since(self, first: int) -> list[tuple[Speaker, int]]:
        """The bodies that spoke from sentence `first` on, in order (read from the end: an article may
        hold thousands)."""
        at = len(self.bodies)
        while at and self.bodies[at - 1][1] >= first:
            at -= 1
        return self.bodies[at:]

    def _named_subject(self, s_index: int) -> Speaker | None:
        """The name a sentence opens with when the entity pass did not know it, capitalised words
        after an optional "The" ("Bigwave Records have denied it", "The Conservatives believe ...")."""
        tokens = cl.sentence_tokens(self.analysis, s_index)
        start = 1 if tokens and tokens[0].low == "the" else 0
        end = start
        while end < len(tokens) and tokens[end].text[0].isupper() and tokens[end].text not in cl.PUNCTUATION:
            end += 1
        if start < end < len(tokens) and tokens[end].text.islower() and cl.group(tokens[end].low):
            end += 1  # "Republican senators say ..."
        if end == start or tokens[start].low in lx.SENTENCE_STARTERS or tokens[end - 1].low in sr.SPEAKER_PRONOUNS:
            return None
        return phrase_speaker(self.analysis, s_index, tokens[0].start, tokens[end - 1].end)

    def _described_before(self, s_index: int, noun: str) -> str | None:
        """The last fuller description with the noun in the sentences before ("Two officials familiar
        with the negotiations" for "the officials"), at most five back."""
        pattern = re.compile(DESCRIBED.pattern.replace("NOUN", re.escape(noun)), re.IGNORECASE)
        for k in range(s_index, max(-1, s_index - 6), -1):
            found = list(pattern.finditer(self.analysis.plain[k]))
            if found:
                return found[-1].group(0)
        return None

    def _organisation(self, s_index: int, back: int) -> Speaker | None:
        """The organisation meant in sentence `s_index`: of it and the `back` sentences before, the last
        with an organisation as subject or named outside quotation marks (the subject first), else the
        last body that spoke there ("AOL backed the cuts but said ...")."""
        window = range(s_index, max(-1, s_index - back - 1), -1)
        kinds = self.analysis.entities
        named = {k: b for b, k in self._bodies_since(s_index - back) if b.entity is None and _a_name(b.text)}
        for k in window:
            if k in named:
                return named[k]  # "Google said Thursday ... the company said": a name that spoke there
            subject = self.analysis.subjects.get(k)
            if subject is not None and kinds[subject].kind == "organization":
                return Speaker(subject)
            for m in reversed(self.analysis.mentions.get(k, ())):
                if not m.in_quote and kinds[m.entity].kind == "organization":
                    return Speaker(m.entity)
        spoke = [
            b for b, _ in self._bodies_since(s_index - back) if b.entity is None or kinds[b.entity].kind != "person"
        ]
        return spoke[-1] if spoke else None

    def remember(self, speaker: Speaker, s_index: int) -> None:
        if speaker == NOBODY:
            return
        self.last, self.last_sentence = speaker, s_index
        entity = self.analysis.entity(speaker.entity)
        if entity is not None:
            if entity.kind != "person" or _maybe_a_body(entity):
                self.bodies.append((speaker, s_index))
            return
        low = (speaker.text or "").lower()
        words = low.split()
        if not words or low in sr.SPEAKER_PRONOUNS:
            return
        if words[-1] not in sr.SPOKESPERSON_NOUNS:
            self.bodies.append((speaker, s_index))
        if len(words) > 2 or words[0] not in ("the", "these", "those"):
            self.descriptions.setdefault(cl.head_noun(words), speaker.text or low)


def unknown_person(analysis: Analysis, k: int, gender: str | None = None) -> Speaker | None:
    """The person sentence `k` is about when the entity pass did not know them: a capitalised name
    opening it, or its clause after a comma, followed by a verb or an aside ("Mulder didn't hesitate",
    "When asked, Demi shrugged", "Liberal MP Marco Mendicino — a former prosecutor — went on CBC"); a
    name of several words needs a first name (of the pronoun's `gender` when given); none when the
    sentence names a known person outside quotation marks, or is a subhead."""
    if k < 0 or any(
        not m.in_quote and m.form != "pronoun" and analysis.entities[m.entity].kind == "person"
        for m in analysis.mentions.get(k, ())
    ):
        return None
    if not analysis.plain[k].rstrip().endswith((".", "!", "?", "”", '"')):
        return None  # a subhead: "Doctors may not know potential impact"
    tokens = cl.sentence_tokens(analysis, k)
    starts = [0] + [i + 1 for i, tok in enumerate(tokens[:-1]) if tok.text == ","]
    for start in starts:
        end = start
        while end < len(tokens) and end - start < 5 and tokens[end].text[0].isupper():
            end += 1
        if end == start or end >= len(tokens) or not _a_person_run(tokens[start:end]):
            continue
        after = tokens[end]
        if after.text in ("—", "–", ",") or (after.text.islower() and cl.plainly_finite(after, tokens[end - 1])):
            named = [t.low for t in tokens[start:end]]
            told = gender_of_words(named)
            if len(named) == 1 or (told is not None and told == (gender or told)):  # not "Toronto Raptors"
                return Speaker(text=" ".join(t.text for t in tokens[start:end]))
    return None


def _a_person_run(run: list[cl.Tok]) -> bool:
    """Whether capitalised words may be a person's name: no sentence starter, no place, no organisation
    or document word, no quotation."""
    low = " ".join(t.low for t in run)
    return not (
        run[0].low in lx.SENTENCE_STARTERS
        or (len(run) == 1 and cl.group(low))
        or any(t.text == cl.QUOTE or t.low in sr.ORGANISATION_NOUNS or t.low in sr.SOURCED_DOCUMENT_NOUNS for t in run)
        or low in lx.REGIONS
        or low in lx.COUNTRIES
        or low in lx.CAPITALS
        or run[-1].low in lx.PLACE_HEADS
    )


def _a_name(text: str | None) -> bool:
    """Whether a speaker's words are a name: capitalised words ("Google", "UFCW Local 832"), or a
    lowercase title before one ("media buying company GroupM"), with no determiner."""
    words = (text or "").split()
    if not words or words[0].lower() in sr.SUBJECT_DETERMINERS:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in words) or words[-1][0].isupper()


def _maybe_a_body(entity) -> bool:
    """A "person" with no role whose name opens with no known first name may be an organisation the
    entity pass took for one ("Brightline Records said"): "they" may refer to it."""
    return not entity.role and entity.name.lower().split()[0] not in KNOWN_FIRST_NAMES
