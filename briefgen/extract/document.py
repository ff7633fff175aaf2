"""The document model every extractor reads: tokens, the entities found (`Entity`), each mention of
one (`Mention`), and the `Analysis` of a document that holds them beside its sentences, paragraphs and
quotation spans.

Sentences come from `text.segment.Sentence` (paragraph and sentence numbers, text, offset in the
paragraph); every offset here is an offset in the sentence's paragraph.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import Any, Literal, NamedTuple

from briefgen.extract import lexicon as lx
from briefgen.regex_cache import compiled
from briefgen.text.patterns import fold
from briefgen.text.segment import Sentence

EntityKind = Literal["person", "organization", "country"]
# How an entity is mentioned: its full name, its surname (or first name), a role ("the prime minister"),
# a pronoun, an organisation's name or acronym, a country's name.
MentionForm = Literal["name", "surname", "role", "pronoun", "org", "country"]
QuoteSpans = dict[int, list[tuple[int, int]]]  # paragraph no. → (open, close) offsets, sorted and disjoint

TOKEN = compiled(r"\w+(?:[’'.\-&]+\w+)*\.?|[^\w\s]")
POSSESSIVE = compiled(r"(?:[’']s|s[’'])$")
POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")  # the endings POSSESSIVE takes off
WHITESPACE = compiled(r"\s")
_KEEPS_PERIOD = lx.TITLE_WORDS | lx.CALENDAR_WORDS | lx.PLACE_PREFIXES
CONTEXT_CHARS = 120  # how far before a name its title is looked for
_new_tuple = tuple.__new__  # builds a Token without NamedTuple's slower keyword-checking __new__
_CLOSE = itemgetter(1)  # a quotation span's closing offset


class Token(NamedTuple):
    text: str
    start: int  # offsets in the paragraph
    end: int
    bare: str  # without a possessive ending, and without a sentence-final period
    lower: str  # bare, lowercased
    possessive: bool
    capitalised: bool


@lru_cache(maxsize=1 << 16)  # the same words recur
def token_forms(text: str) -> tuple[str, tuple[str, str, bool, bool]]:
    """A token's text as first seen (the tokens of a long document share their strings), and its
    (bare, lower, possessive, capitalised)."""
    bare, possessive = text, False
    if "'" in text or "’" in text:
        bare = POSSESSIVE.sub(lambda m: "s" if m.group(0).startswith("s") else "", text)
        possessive = bare != text and text[0].isupper()
    if bare.endswith(".") and bare.count(".") == 1 and bare.lower() not in _KEEPS_PERIOD:
        bare = bare[:-1]
    return text, (bare, bare.lower(), possessive, text[0].isupper())


def make_token(text: str, start: int) -> Token:
    return placed_token(token_forms(text), start)


def placed_token(looked_up: tuple[str, tuple[str, str, bool, bool]], start: int) -> Token:
    """The token at `start` of a text whose `token_forms` are `looked_up`."""
    shared, forms = looked_up
    return _new_tuple(Token, (shared, start, start + len(shared)) + forms)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of `text`, their offsets shifted by `offset`."""
    return [make_token(m.group(0), offset + m.start()) for m in TOKEN.finditer(text)]


def tokens_before(sentence: Sentence, position: int, chars: int = CONTEXT_CHARS) -> Iterator[Token]:
    """The tokens of the sentence in the `chars` characters before `position` (a paragraph offset),
    nearest first."""
    text, end = sentence.text, position - sentence.start
    for match in reversed(list(TOKEN.finditer(text, _window_start(text, end, chars), end))):
        yield make_token(match.group(0), sentence.start + match.start())


def nearest_tokens_before(sentence: Sentence, position: int, chars: int, count: int) -> list[Token]:
    """The first `count` (at least one) of `tokens_before`, nearest first, made at once."""
    text, end, base = sentence.text, position - sentence.start, sentence.start
    matches = list(TOKEN.finditer(text, _window_start(text, end, chars), end))[-count:]
    return [make_token(match.group(0), base + match.start()) for match in reversed(matches)]


def _window_start(text: str, end: int, chars: int) -> int:
    """Where the `chars` characters before `end` start, moved on past a space so that no word is cut."""
    begin = max(0, end - chars)
    if begin > 0:
        space = WHITESPACE.search(text, begin, end)
        begin = space.end() if space else end
    return begin


def tokens_after(sentence: Sentence, position: int, count: int = 2) -> list[Token]:
    """The first `count` tokens of the sentence after `position` (a paragraph offset)."""
    begin = position - sentence.start
    found = []
    for match in TOKEN.finditer(sentence.text, begin):
        found.append(make_token(match.group(0), sentence.start + match.start()))
        if len(found) == count:
            break
    return found


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `position` lies strictly inside one of the sorted, disjoint `spans`: the last span
    opening before it, found by bisection (this runs for every mention of a paragraph that may hold
    thousands of quotations)."""
    after = bisect_left(spans, (position,))
    return after > 0 and position < spans[after - 1][1]


@dataclass
class Entity:
    """A person, organisation or country, with every mention found."""

    key: int
    name: str
    kind: EntityKind
    role: str | None = None
    affiliation: str | None = None
    credentials: str | None = None
    country: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)  # those by name, surname, role, org or country
    expert: bool = False

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()


class Mention(NamedTuple):
    entity: int
    sentence: int  # index into the document's sentence list
    start: int  # offsets in the paragraph
    end: int
    form: MentionForm
    possessive: bool
    in_quote: bool


@dataclass
class EntityTable:
    """The entities of one document as they are found, by key and by lowercased name or alias."""

    entities: dict[int, Entity] = field(default_factory=dict)
    by_name: dict[str, int] = field(default_factory=dict)
    first_by_surname: dict[str, int] = field(default_factory=dict)  # the first person found with each surname

    def add(self, name: str, kind: EntityKind, **info: Any) -> Entity:
        """The entity called `name`, made if new; a known one gets the `info` it lacked."""
        key = self.by_name.get(name.lower())
        if key is not None:
            entity = self.entities[key]
            for attr, value in info.items():
                if value and not getattr(entity, attr):
                    setattr(entity, attr, value)
            return entity
        entity = Entity(key=len(self.entities), name=name, kind=kind, **info)
        self.entities[entity.key] = entity
        self.by_name[name.lower()] = entity.key
        if kind == "person":
            self.first_by_surname.setdefault(entity.surname, entity.key)
        return entity


@dataclass
class Analysis:
    """What the entity pass knows about a document."""

    sentences: list[Sentence]
    paragraphs: Sequence[str]  # a list, or (once the passes reading them most are done) rebuilt when read
    quote_spans: QuoteSpans
    entities: dict[int, Entity]
    mentions: dict[int, list[Mention]]  # sentence index → mentions in order
    subjects: dict[int, int]  # sentence index → entity key of its subject

    @cached_property
    def plain(self) -> list[str]:
        """Each sentence with its quoted words blanked out, so that the section extractors read the
        cue words of the article and not those of the people it quotes."""
        texts = []
        for sentence in self.sentences:
            text = sentence.text
            for open_, close in self.spans_within(sentence.paragraph, sentence.start, sentence.end):
                start, end = max(open_, sentence.start) - sentence.start, min(close, sentence.end) - sentence.start
                text = text[:start] + " " * (end - start) + text[end:]
            texts.append(text)
        return texts

    def spans_within(self, paragraph: int, start: int, end: int) -> list[tuple[int, int]]:
        """The quotation spans of a paragraph that overlap the offsets [start, end), found by bisection
        (spans are sorted and disjoint): a one-line article may hold thousands of sentences and quotations."""
        spans = self.quote_spans.get(paragraph)
        if not spans or start >= end:
            return []
        first = bisect_right(spans, start, key=_CLOSE)
        last = bisect_left(spans, (end,), first)
        return spans[first:last]

    @cached_property
    def folded(self) -> list[str]:
        """`plain`, lowercased by `patterns.fold`, for the cue patterns."""
        return [fold(text) for text in self.plain]

    def forget_folded(self) -> None:
        """Let `folded` go (it is made again if read): a long article's lowercased copy is needed by the
        section extractors only."""
        vars(self).pop("folded", None)

    @cached_property
    def paragraph_sentences(self) -> dict[int, list[int]]:
        """Paragraph number → indexes of its sentences, in order."""
        index: dict[int, list[int]] = {}
        for k, sentence in enumerate(self.sentences):
            index.setdefault(sentence.paragraph, []).append(k)
        return index

    @cached_property
    def paragraph_starts(self) -> dict[int, list[int]]:
        """Paragraph number → offsets of its sentences, in order."""
        return {
            number: [self.sentences[k].start for k in indexes] for number, indexes in self.paragraph_sentences.items()
        }

    def people(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "person"]

    @cached_property
    def people_by_one_name(self) -> dict[str, list[int]]:
        """First name or surname → the people of several words holding it, in order: made on first use,
        which comes after the entity pass (speakers read it for every "X said")."""
        index: dict[str, list[int]] = {}
        for person in self.people():
            if " " in person.name:
                for word in dict.fromkeys((person.name.lower().split()[0], person.surname)):
                    index.setdefault(word, []).append(person.key)
        return index

    def entity(self, key: int | None) -> Entity | None:
        return self.entities.get(key) if key is not None else None
