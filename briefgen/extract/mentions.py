"""Every later mention of a known entity, and each sentence's subject (the second pass).

- A name run is a mention by its full name, a name ending in a known person's full name ("U.S.
  President Donald Trump"), a surname ("Dawson", "von der Leyen", possessive "Trump's"), a first name
  that one person has ("Keir" after "Sir Keir"), an organisation's first word or acronym.
- A role a single person holds ("the prime minister") is a mention of them.
- A pronoun ("she", "his") is the first person named in its sentence, else the subject of one of the
  five sentences before (within two paragraphs), else the first person of one that an organisation
  leads ("White House press secretary Karoline Leavitt blamed ..."), else the last person mentioned
  outside quotation marks; each time the first of them whose gender does not contradict the pronoun's
  (`Genders`: a first name, an honorific or a gendered title, or a pronoun resolved to them before),
  and failing all, the last person of the pronoun's gender mentioned.
- A sentence's subject is its first mention outside quotation marks that is neither possessive nor
  after a preposition.
Where it fails: two people with the same surname are told apart only by their first names; a pronoun
whose gender no first name, honorific or earlier pronoun tells is resolved by recency and grammatical
subject alone.
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import NamedTuple

from briefgen.extract import lexicon as lx
from briefgen.extract.document import Analysis, EntityTable, Mention, MentionForm, Token, in_spans
from briefgen.extract.lexicon import first_names as fn
from briefgen.extract.name_runs import ENDS_TOKEN, DocumentRuns, RunPair, starts_token
from briefgen.regex_cache import compiled
from briefgen.text.patterns import fold, word_alternation
from briefgen.text.segment import Sentence


def _whole_tokens(words: list[str]) -> re.Pattern[str]:
    """Any of `words` as a whole token, in lowercased text; the longest wins."""
    return compiled(
        "|".join(
            f"{word}{starts_token(len(word))}{ENDS_TOKEN}"
            for word in sorted(words, key=lambda word: (-len(word), word))
        )
    )


# The pronouns as whole tokens, one pattern for each first letter ("he", "her", ..., then "she"): re jumps from
# one place of a pattern's first letter to the next, while a pattern whose words open with different letters
# is checked at every character (that cost this pass a fifth of its time).
PRONOUNS = tuple(
    _whole_tokens([word for word in lx.PERSON_PRONOUNS if word[0] == initial])
    for initial in sorted({word[0] for word in lx.PERSON_PRONOUNS})
)
UNRESOLVED = -1  # the entity of a pronoun not yet resolved
_START = attrgetter("start")
_new_tuple = tuple.__new__  # builds a Mention without NamedTuple's slower keyword-checking __new__
MatchedRun = tuple[int | None, MentionForm | None]


class NameIndex(NamedTuple):
    """The known entities by the words a run may name them with."""

    table: EntityTable
    surnames: dict[str, list[int]]  # last word of a person's name → the people, in order
    firsts: dict[str, list[int]]  # first word of a person's name → the people
    org_words: dict[str, int]  # first word of an organisation's name of several words → it


class Genders:
    """What each person's gender is known to be ("f" or "m"), from their first name or a gendered title
    (`lexicon/first_names.py`), an honorific before a mention ("Ms. May"), or a pronoun resolved to them;
    and the last person of each gender mentioned outside quotation marks."""

    def __init__(self, table: EntityTable):
        self.known: dict[int, str] = {}
        self.last: dict[str, int] = {}
        for entity in table.entities.values():
            if entity.kind == "person":
                gender = gender_of_words(entity.name.lower().split()[:1] + (entity.role or "").lower().split())
                if gender:
                    self.known[entity.key] = gender

    @staticmethod
    def of_pronoun(word: str) -> str | None:
        return "f" if word in fn.FEMALE_PRONOUNS else "m" if word in fn.MALE_PRONOUNS else None

    def seen(self, mention: Mention, paragraph: str) -> None:
        """A person mentioned by name: an honorific just before it tells their gender."""
        if mention.entity not in self.known:
            before = paragraph[max(0, mention.start - 6) : mention.start].lower().split()
            gender = gender_of_words(before[-1:]) if before else None
            if gender and before[-1] not in fn.FEMALE_FIRST_NAMES and before[-1] not in fn.MALE_FIRST_NAMES:
                self.known[mention.entity] = gender
        if not mention.in_quote and mention.entity in self.known:
            self.last[self.known[mention.entity]] = mention.entity

    def learn(self, entity: int, word: str, in_quote: bool) -> None:
        gender = self.of_pronoun(word)
        if gender and not in_quote:
            self.known.setdefault(entity, gender)
            if self.known[entity] == gender:
                self.last[gender] = entity


def gender_of_words(words: list[str]) -> str | None:
    """ "f" or "m" when the words (a first name, titles) say one gender only."""
    female = any(w in fn.FEMALE_FIRST_NAMES or w in fn.FEMALE_TITLES for w in words)
    male = any(w in fn.MALE_FIRST_NAMES or w in fn.MALE_TITLES for w in words)
    return "f" if female and not male else "m" if male and not female else None


class RoleFinder(NamedTuple):
    """The roles one person alone holds ("prime minister"), and a pattern that finds "the <role>"."""

    pattern: re.Pattern[str]
    holders: dict[str, int]


def name_index(table: EntityTable) -> NameIndex:
    surnames: dict[str, list[int]] = {}
    firsts: dict[str, list[int]] = {}
    for e in table.entities.values():
        if e.kind == "person":
            words = e.name.lower().split()
            surnames.setdefault(words[-1], []).append(e.key)
            particle, _, surname = words[-1].partition("-")
            if surname and particle in lx.NAME_PARTICLES:  # "al-Bashir" is "Bashir" too
                surnames.setdefault(surname, []).append(e.key)
            if len(words) > 1 and words[0] not in lx.NAME_KEEPING_TITLES:
                firsts.setdefault(words[0], []).append(e.key)
    org_words = {
        e.name.lower().split()[0]: e.key
        for e in table.entities.values()
        if e.kind == "organization" and len(e.name.split()) > 1
    }
    return NameIndex(table, surnames, firsts, org_words)


def role_finder(table: EntityTable) -> RoleFinder | None:
    """The last one to three words of each person's role (nationalities left out) that end in a role
    noun and belong to that person alone; None when there is none."""
    role_forms: dict[str, set[int]] = {}
    for e in table.entities.values():
        if e.kind == "person" and e.role:
            role_words = [w for w in e.role.lower().split() if w not in lx.NATIONALITIES]
            for n in range(1, min(3, len(role_words)) + 1):
                role_forms.setdefault(" ".join(role_words[-n:]), set()).add(e.key)
    holders = {
        form: next(iter(keys))
        for form, keys in role_forms.items()
        if len(keys) == 1 and form.split()[-1] in lx.ROLE_NOUNS
    }
    if not holders:
        return None
    # "the " opens the pattern so that re can jump from one "the " to the next; the lookbehind then
    # checks that no word character comes before it
    return RoleFinder(re.compile(r"the (?<!\wthe )(" + word_alternation(holders) + r")\b(?![’'-])"), holders)


def match_run(run: list[Token], index: NameIndex) -> MatchedRun:
    """The entity a name run mentions and how (`MentionForm`), or (None, None)."""
    by_name, entities = index.table.by_name, index.table.entities
    text = " ".join(t.bare for t in run).lower()
    if text in by_name:
        key = by_name[text]
        kind = entities[key].kind
        return key, "name" if kind == "person" else "org" if kind == "organization" else "country"
    if text.startswith("the ") and text[4:].lstrip() in by_name:
        return by_name[text[4:].lstrip()], "org"
    last = run[-1].lower
    words = text.split()
    # a run ending in a known person's full name ("U.S. President Donald Trump")
    for n in (3, 2):
        tail = " ".join(words[-n:])
        if len(words) >= n and tail in by_name and entities[by_name[tail]].kind == "person":
            return by_name[tail], "name"
    if last in index.surnames and (len(run) == 1 or run[-2].lower in lx.TITLE_WORDS or run[-2].lower in index.firsts):
        return index.surnames[last][-1], "surname"
    if len(run) == 1 and last in index.firsts and len(index.firsts[last]) == 1 and last not in index.org_words:
        return index.firsts[last][0], "surname"
    if len(run) == 1 and last in index.org_words:
        return index.org_words[last], "org"
    if len(run) == 1 and run[0].text.rstrip(".").upper() == run[0].text.rstrip(".") and last in by_name:
        return by_name[last], "org"
    return None, None


def _in_quote(position: int, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and in_spans(position, spans)


def _name_mentions(
    s_index: int,
    runs: list[RunPair],
    paragraph: str,
    spans: list[tuple[int, int]],
    index: NameIndex,
    matched: dict[str, MatchedRun],
) -> list[Mention]:
    """The mentions of known entities by the sentence's name runs; `matched` keeps what each run's words
    were matched to (the same names recur: each form is matched once)."""
    found: list[Mention] = []
    for _, run in runs:
        if not run:
            continue
        words = run[0].text if len(run) == 1 else paragraph[run[0].start : run[-1].end]
        if words not in matched:
            matched[words] = match_run(run, index)
        key, form = matched[words]
        if key is None:
            continue
        found.append(
            _new_tuple(
                Mention,
                (key, s_index, run[0].start, run[-1].end, form, run[-1].possessive, _in_quote(run[0].start, spans)),
            )
        )
    return found


def _role_and_pronoun_mentions(
    s_index: int, sentence: Sentence, spans: list[tuple[int, int]], roles: RoleFinder | None, found: list[Mention]
) -> None:
    """Add to `found` the sentence's roles held by one person ("the prime minister") outside the names
    found, and its pronouns (their entity UNRESOLVED)."""
    low = fold(sentence.text)
    base = sentence.start
    if roles is not None:
        for m in roles.pattern.finditer(low):
            start = base + m.start()
            if not any(f.start <= start < f.end for f in found):
                entity = roles.holders[m.group(1)]
                found.append(
                    _new_tuple(
                        Mention, (entity, s_index, start, base + m.end(), "role", False, _in_quote(start, spans))
                    )
                )
    for pattern in PRONOUNS:  # `found` is sorted by offset before it is resolved
        for m in pattern.finditer(low):
            start = base + m.start()
            possessive = m.group(0) in lx.POSSESSIVE_PRONOUNS
            in_quote = _in_quote(start, spans)
            found.append(
                _new_tuple(Mention, (UNRESOLVED, s_index, start, base + m.end(), "pronoun", possessive, in_quote))
            )


def _is_person(analysis: Analysis, mention: Mention) -> bool:
    """A mention of a person outside quotation marks, not possessive: one a pronoun may refer to."""
    return not mention.in_quote and not mention.possessive and analysis.entities[mention.entity].kind == "person"


def _candidates(analysis: Analysis, resolved: list[Mention], s_index: int, last_person: int | None):
    """The people a pronoun of sentence `s_index` may refer to, the likeliest first."""
    for m in resolved:
        if _is_person(analysis, m):
            yield m.entity
    sentences, subjects = analysis.sentences, analysis.subjects
    for back in range(s_index - 1, max(-1, s_index - 6), -1):
        if back not in subjects:
            continue
        if sentences[back].paragraph < sentences[s_index].paragraph - 2:
            break
        if analysis.entities[subjects[back]].kind == "person":
            yield subjects[back]
        # an organisation leads the sentence ("White House press secretary Karoline Leavitt blamed ..."):
        # its first person is the one a pronoun in the next sentence refers to
        person = next((m.entity for m in analysis.mentions[back] if _is_person(analysis, m)), None)
        if person is not None:
            yield person
    if last_person is not None:
        yield last_person


def pronoun_target(
    analysis: Analysis, resolved: list[Mention], s_index: int, last_person: int | None, genders: Genders, word: str
) -> int | None:
    """The person a pronoun `word` of sentence `s_index` refers to, given the mentions before it
    (`resolved`) and those of the sentences before (`analysis.mentions`, `analysis.subjects`): the
    likeliest whose gender agrees, else the last person of the pronoun's gender."""
    gender = genders.of_pronoun(word)
    first = None
    for candidate in _candidates(analysis, resolved, s_index, last_person):
        first = candidate if first is None else first
        if gender is None or genders.known.get(candidate, gender) == gender:
            return candidate
    return genders.last.get(gender, first) if gender else first


def sentence_subject(resolved: list[Mention], paragraph: str, sentence: Sentence) -> int | None:
    """The entity of the sentence's first mention outside quotation marks, not possessive and not right
    after a preposition."""
    for m in resolved:
        if m.in_quote or m.possessive:
            continue
        before = paragraph[sentence.start : m.start].rsplit(None, 1)
        if before and before[-1].lower().strip(",") in lx.PREPOSITIONS:
            continue
        return m.entity
    return None


def _resolve_sentence(
    analysis: Analysis, found: list[Mention], s_index: int, last_person: int | None, genders: Genders
) -> int | None:
    """Resolve the pronouns of a sentence's mentions (dropping those without a referent), record them and
    the sentence's subject in `analysis`; the last person mentioned outside quotation marks after it."""
    found.sort(key=_START)
    resolved: list[Mention] = []
    sentence = analysis.sentences[s_index]
    paragraph = analysis.paragraphs[sentence.paragraph - 1]
    entities = analysis.entities
    last_seen = last_person  # the pronouns of this sentence look back from the person before it
    for m in found:
        if m.entity == UNRESOLVED:
            word = paragraph[m.start : m.end].lower()
            target = pronoun_target(analysis, resolved, s_index, last_person, genders, word)
            if target is None:
                continue
            m = _new_tuple(Mention, (target,) + m[1:])
            genders.learn(target, word, m.in_quote)
            person = entities[target].kind == "person"
        else:
            person = entities[m.entity].kind == "person"
            if person:
                genders.seen(m, paragraph)
        if person and not m.in_quote:
            last_seen = m.entity
        resolved.append(m)
    analysis.mentions[s_index] = resolved
    subject = sentence_subject(resolved, paragraph, sentence)
    if subject is not None:
        analysis.subjects[s_index] = subject
    return last_seen


def resolve(analysis: Analysis, table: EntityTable, runs: DocumentRuns) -> None:
    """Every mention of a known entity, sentence by sentence, into `analysis.mentions` and
    `analysis.subjects`; each entity's `mentions` gets those that are no pronoun."""
    index = name_index(table)
    roles = role_finder(table)
    matched: dict[str, MatchedRun] = {}
    last_person: int | None = None
    genders = Genders(table)
    for s_index, sentence in enumerate(analysis.sentences):
        paragraph = analysis.paragraphs[sentence.paragraph - 1]
        spans = analysis.quote_spans.get(sentence.paragraph, [])
        found = _name_mentions(s_index, runs.by_sentence[s_index], paragraph, spans, index, matched)
        _role_and_pronoun_mentions(s_index, sentence, spans, roles, found)
        if not found:
            analysis.mentions[s_index] = []
            continue
        last_person = _resolve_sentence(analysis, found, s_index, last_person, genders)
    for found in analysis.mentions.values():
        for m in found:
            if m.form != "pronoun":
                table.entities[m.entity].mentions.append(m)
