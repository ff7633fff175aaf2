"""People and organisations: who is named, with what title or role, and every later mention.

The rules, in order:
- a *name run* is a sequence of capitalised tokens in one sentence, with up to two lowercase particles
  ("Ursula von der Leyen"); possessives end a run, except before an organisation head ("Prime
  Minister's Office");
- leading title words split off as the role ("U.S. President Donald Trump"), a lowercase title
  before the run counts too ("Conservative leader Pierre Poilievre", "her German counterpart Karl
  Brandt"), and so does "the Foreign Secretary, David Lammy" or "Orban's spokesman, Zoltan Kovacs";
  a possessive is never a title ("Queen's Park");
- a capitalised run right before a lowercase title qualifies it ("Senate Democratic leader Chuck
  Schumer") and is no name;
- a run ending in an organisation head ("Coalition", "Department") is an organisation; an acronym in
  parentheses after it is its alias ("Prime Minister's Office (PMO)");
- a run of two to four name words is a person when something in the text says so: a title before it,
  a role in an appositive after it ("Laura Dawson, executive director of ..."), a reporting verb next to
  it (not "Goldman Sachs analysts said"), or its surname used alone elsewhere. Places ("Nuevo León")
  and sentence-initial words ("Since") have none of these and are left out;
- later mentions by surname ("Dawson", "von der Leyen"), possessive ("Trump's"), role ("the prime
  minister"), first name after Sir or Dame ("Sir Keir") or pronoun ("she": a person in its sentence,
  else the subject of a recent sentence, or the first person of one that an organisation leads)
  resolve to one entity.
Where it fails: a one-word name never given in full and without a title is not found; two people
with the same surname are told apart only by their first names; pronouns are resolved by recency and
grammatical subject, not gender.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice
from operator import attrgetter
from typing import NamedTuple

from briefgen.extract import lexicon as lx
from briefgen.text.patterns import fold, word_alternation
from briefgen.text.segment import Sentence

TOKEN = re.compile(r"\w+(?:[’'.\-&]+\w+)*\.?|[^\w\s]")


def _starts_token(read: int) -> str:
    """Lookbehinds checked after the first `read` characters of a token: it starts no token inside a
    word, nor after joiners that glue it to one ("U.S.-Canada", "Mr.Trump"); chains of more than three
    joiners are not looked behind. (A pattern that opens with a character class lets the regex engine
    skip ahead quickly; one that opens with lookbehinds is tried at every position. After a literal
    word, the lookbehinds run only where the whole word is there.)"""
    ahead = "." if read == 1 else f".{{{read}}}"
    return "".join(f"(?<!{before}{ahead})" for before in (r"\w", r"\w[’'.&-]", r"\w[’'.&-]{2}", r"\w[’'.&-]{3}"))


_STARTS_TOKEN = _starts_token(1)
_ENDS_TOKEN = r"(?!\w|[’'.&-]+\w|\.)"
# A token that may be capitalised: it starts with a letter that is not ASCII lowercase (checked with
# str.isupper after the match, since `re` has no class for Unicode capitals).
_CAPITAL_REST = r"\w*(?:[’'.\-&]+\w+)*\.?"
_CAPITAL = r"[^\W\d_a-z]" + _CAPITAL_REST
_RUN_JOINERS = lx.NAME_PARTICLES | lx.ORG_CONNECTORS
_JOINER = word_alternation(_RUN_JOINERS)
# Capitalised tokens that only whitespace separates, or a lowercase name particle or connector
# ("Ludwig van Beethoven", "Bank of Canada"): every name run lies inside one such group.
# The first letter of a group: `re` skips ahead over the text on a plain bitmap test (A-Z, or anything
# from ª, U+00AA, the first word character after ASCII), several times cheaper than testing the class at
# every character; the lookbehind then applies the class to the few characters the test lets through.
# (Written as the complement of two small ranges: a range up to U+10FFFF takes `re` 10 ms to compile.)
_GROUP_START = r"[^\x00-@\[-\xa9](?<=[^\W\d_a-z])"
CAPITAL_GROUP = re.compile(
    _GROUP_START + _STARTS_TOKEN + _CAPITAL_REST + rf"((?:(?:\s+(?:{_JOINER})){{0,2}}\s+{_CAPITAL})*)"
)
CHUNK = re.compile(r"\S+")
# A pronoun as a whole token, in lowercased text.
PRONOUN = re.compile(
    "|".join(
        f"{word}{_starts_token(len(word))}{_ENDS_TOKEN}"
        for word in sorted(lx.PERSON_PRONOUNS, key=lambda word: (-len(word), word))
    )
)
POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
WHITESPACE = re.compile(r"\s")
NEXT_TOKEN = re.compile(r"\s*(" + TOKEN.pattern + ")")
PREPOSITIONS = frozenset(
    "with to of by for from on at about against than like between among toward towards into and or".split()
)
_KEEPS_PERIOD = lx.TITLE_WORDS | lx.CALENDAR_WORDS | lx.PLACE_PREFIXES
CONTEXT_CHARS = 120  # how far before a name its title is looked for
_new_tuple = tuple.__new__  # builds a Token or Mention without NamedTuple's slower keyword-checking __new__
_START = attrgetter("start")


class Token(NamedTuple):
    text: str
    start: int  # offsets in the paragraph
    end: int
    bare: str  # without a possessive ending, and without a sentence-final period
    lower: str  # bare, lowercased
    possessive: bool
    capitalised: bool


@lru_cache(maxsize=1 << 16)  # the same words recur
def _token_forms(text: str) -> tuple[str, str, bool, bool]:
    """(bare, lower, possessive, capitalised) of a token's text."""
    bare, possessive = text, False
    if "'" in text or "’" in text:
        bare = POSSESSIVE.sub(lambda m: "s" if m.group(0).startswith("s") else "", text)
        possessive = bare != text and text[0].isupper()
    if bare.endswith(".") and bare.count(".") == 1 and bare.lower() not in _KEEPS_PERIOD:
        bare = bare[:-1]
    return bare, bare.lower(), possessive, text[0].isupper()


def make_token(text: str, start: int) -> Token:
    return _new_tuple(Token, (text, start, start + len(text)) + _token_forms(text))


@dataclass
class Entity:
    """A person, organisation or country, with every mention found."""

    key: int
    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    credentials: str | None = None
    country: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # (sentence no., start, end)
    expert: bool = False

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()


class Mention(NamedTuple):
    entity: int
    sentence: int  # index into the document's sentence list
    start: int  # offsets in the paragraph
    end: int
    form: str  # name | surname | role | pronoun | org | country
    possessive: bool
    in_quote: bool


@dataclass
class Analysis:
    """What the entity pass knows about a document."""

    sentences: list[Sentence]
    paragraphs: list[str]
    quote_spans: dict[int, list[tuple[int, int]]]  # paragraph no. → (open, close) offsets
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

    @cached_property
    def _span_closes(self) -> dict[int, list[int]]:
        """Paragraph number → the closing offsets of its quotation spans, in order."""
        return {number: [close for _, close in spans] for number, spans in self.quote_spans.items()}

    def spans_within(self, paragraph: int, start: int, end: int) -> list[tuple[int, int]]:
        """The quotation spans of a paragraph that overlap the offsets [start, end), found by bisection
        (spans are sorted and disjoint): a one-line article may hold thousands of sentences and quotations."""
        spans = self.quote_spans.get(paragraph)
        if not spans or start >= end:
            return []
        first = bisect_right(self._span_closes[paragraph], start)
        last = bisect_left(spans, (end,), first)
        return spans[first:last]

    @cached_property
    def folded(self) -> list[str]:
        """`plain`, lowercased by `patterns.fold`, for the cue patterns."""
        return [fold(text) for text in self.plain]

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

    def entity(self, key: int | None) -> Entity | None:
        return self.entities.get(key) if key is not None else None


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of `text`, their offsets shifted by `offset`."""
    return [make_token(m.group(0), offset + m.start()) for m in TOKEN.finditer(text)]


def _group_tokens(text: str, start: int) -> list[list[Token]]:
    """The tokens of a CAPITAL_GROUP match of several words, split where a word is not capitalised."""
    groups: list[list[Token]] = []
    group: list[Token] = []
    for chunk in CHUNK.finditer(text):
        word = chunk.group(0)
        if word[0].isupper() or (group and word in _RUN_JOINERS):
            group.append(make_token(word, start + chunk.start()))
        elif group:
            groups.append(group)
            group = []
    if group:
        groups.append(group)
    return groups


@lru_cache(maxsize=1 << 16)  # the same words recur
def _single_word(text: str) -> tuple[str, bool] | None:
    """(lowercase form, whether it is a name run that `_strip_edges` keeps) of a word standing alone;
    None when it only looked capitalised to CAPITAL_GROUP ("ße")."""
    if not text[0].isupper():
        return None
    token = make_token(text, 0)
    return token.lower, _is_name_word(token) and bool(_strip_edges([token]))


def sentence_runs(sentence: Sentence, counts: dict[str, int]) -> list[tuple[list[Token], list[Token]]]:
    """The name runs of the capital groups of a sentence, each with its edges stripped
    (`_strip_edges`), leaving out a one-word run that only opens the sentence ("Since"). Each
    capitalised word standing alone (a group of its own) and not opening the sentence is counted in
    `counts` under its lowercase form: "Dawson" used alone, not "Democratic" of "Senate Democratic".
    A word standing alone (most are) skips `name_runs`: it is a run of its own or none."""
    base = sentence.start
    runs: list[tuple[list[Token], list[Token]]] = []
    for match in CAPITAL_GROUP.finditer(sentence.text):
        text, rest = match.group(0, 1)
        if not rest:
            single = _single_word(text)
            if single is None:
                continue
            low, is_run = single
            if match.start():
                counts[low] = counts.get(low, 0) + 1
            if is_run:
                run = [make_token(text, base + match.start())]
                runs.append((run, run))
            continue
        start = base + match.start()
        for words, group_runs in _group_shape(text):
            group = [make_token(word, start + offset) for word, offset in words]
            if len(group) == 1 and group[0].start != base:  # a capital that only looked like one split the match
                counts[group[0].lower] = counts.get(group[0].lower, 0) + 1
            for i, j, edge in group_runs:
                run = group[i:j]
                runs.append((run, run[edge:] if edge else run))
    return runs


@lru_cache(maxsize=1 << 14)  # names recur: each group of several words is split into runs once
def _group_shape(text: str) -> tuple[tuple[tuple[tuple[str, int], ...], tuple[tuple[int, int, int], ...]], ...]:
    """The groups of tokens of a CAPITAL_GROUP match of several words (`_group_tokens`), each as its
    words with their offsets in `text`, and its name runs [i, j) kept by `sentence_runs` with the
    number of leading words `_strip_edges` drops."""
    shape = []
    for group in _group_tokens(text, 0):
        kept = []
        for i, j in name_runs(group):
            run = group[i:j]
            stripped = _strip_edges(run)
            if stripped or len(run) > 1:  # one word that only opens a sentence ("Since") is nothing
                kept.append((i, j, len(run) - len(stripped)))
        shape.append((tuple((token.text, token.start) for token in group), tuple(kept)))
    return tuple(shape)


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `position` lies strictly inside one of the sorted, disjoint `spans`: the last span
    opening before it, found by bisection (this runs for every mention of a paragraph that may hold
    thousands of quotations)."""
    after = bisect_left(spans, (position,))
    return after > 0 and position < spans[after - 1][1]


def _is_name_word(token: Token) -> bool:
    return token.capitalised and token.text[0].isalpha() and token.lower not in lx.CALENDAR_WORDS


def name_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of capitalised runs; possessives end a run unless an org head follows."""
    runs, i, n = [], 0, len(tokens)
    while i < n:
        if not _is_name_word(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            prev, tok = tokens[j - 1], tokens[j]
            if prev.possessive and not (tok.capitalised and tok.lower in lx.ORG_HEADS):
                break
            if _is_name_word(tok) and not tok.lower.endswith("-based"):
                j += 1
            elif tok.text.lower() in lx.NAME_PARTICLES:
                # one or two particles, each one space from the next word: "van Gogh", "von der Leyen"
                k = j + 1
                if k < n and tokens[k].text.lower() in lx.NAME_PARTICLES and tokens[k - 1].end + 1 >= tokens[k].start:
                    k += 1
                if not (k < n and _is_name_word(tokens[k]) and tokens[k - 1].end + 1 >= tokens[k].start):
                    break
                j = k
            elif (
                tok.text.lower() in lx.ORG_CONNECTORS
                and j + 1 < n
                and _is_name_word(tokens[j + 1])
                and prev.lower in lx.ORG_HEADS
            ):
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def tokens_before(sentence: Sentence, position: int, chars: int = CONTEXT_CHARS) -> Iterator[Token]:
    """The tokens of the sentence in the `chars` characters before `position` (a paragraph offset),
    nearest first; each is made only when the caller gets to it."""
    text, end = sentence.text, position - sentence.start
    limit, window = max(0, end - chars), 24  # most callers stop at the first token: start small
    while end > limit:
        begin = max(limit, end - window)
        if begin > 0:  # start after a space, so that no word is cut
            space = WHITESPACE.search(text, begin, end)
            aligned = space.end() if space else end
            if aligned >= end:  # no whole word in the window: widen it, up to the limit
                if begin == limit:
                    return
                window *= 4
                continue
            begin = aligned
        for match in reversed(list(TOKEN.finditer(text, begin, end))):
            yield make_token(match.group(0), sentence.start + match.start())
        end, window = begin, window * 4


def tokens_after(sentence: Sentence, position: int, count: int = 2) -> list[Token]:
    """The first `count` tokens of the sentence after `position` (a paragraph offset)."""
    begin = position - sentence.start
    found = []
    for match in TOKEN.finditer(sentence.text, begin):
        found.append(make_token(match.group(0), sentence.start + match.start()))
        if len(found) == count:
            break
    return found


def may_have_title_before(sentence: Sentence, position: int) -> bool:
    """False when the word right before `position` is plainly not a title word (the common case), so
    that the tokens before a name are only made when a title may be there. A word ending in a
    character other than a letter or a period ends in a token of its own (",", "”", "17")."""
    end = position - sentence.start
    parts = sentence.text[max(0, end - 40) : end].rsplit(None, 1)
    if not parts:
        return False
    word = parts[-1]
    if word.isalpha():
        return word.lower() in lx.TITLE_WORDS
    return word[-1] == "." or word[-1].isalpha()


def split_title(run: list[Token], before: Iterable[Token]) -> tuple[list[Token], list[Token]]:
    """(title tokens, name tokens): the title is everything up to the last title word of the run,
    extended left over lowercase title words and modifiers written before the run (`before` is
    nearest first)."""
    last_title = -1
    for k, tok in enumerate(run[:-1]):
        if tok.lower in lx.TITLE_WORDS and not tok.possessive:
            last_title = k
    title, name = list(run[: last_title + 1]), list(run[last_title + 1 :])
    extra: list[Token] = []
    for tok in before:
        low = tok.lower
        if tok.possessive:  # "Queen's Park", "the President's plan": no title of the name
            break
        if low in lx.TITLE_WORDS or (
            extra and (low in lx.TITLE_MODIFIERS or (tok.capitalised and low not in lx.SENTENCE_STARTERS))
        ):
            extra.insert(0, tok)
            continue
        break
    # keep only a prefix that holds a title word (not "the Conservative" alone)
    while extra and extra[-1].lower not in lx.TITLE_WORDS and not any(t.lower in lx.TITLE_WORDS for t in extra):
        extra.pop()
    if extra and any(t.lower in lx.TITLE_WORDS for t in extra):
        title = extra + title
    return title, name


def _strip_edges(run: list[Token]) -> list[Token]:
    """Drop leading words that start a sentence ("Since", "While") or place a name ("Denver-based")."""
    while run and (run[0].lower in lx.SENTENCE_STARTERS or run[0].lower.endswith("-based")):
        run = run[1:]
    return run


def role_text(tokens: list[Token]) -> str:
    words = [t.bare for t in tokens if t.lower not in lx.HONORIFICS]
    return " ".join(words)


APPOSITIVE = re.compile(
    r"^,\s+(?:(?:the|a|an)\s+)?(?P<owner>(?:[A-Z][\w.\-]*\s+){0,3}[\w.\-]+[’']s\s+)?(?P<role>(?:[^,.;:—()“”\"]|\.(?=\w|\s+[a-z])){2,90}?)"
    r"(?P<stop>,|\.(?!\w|\s+[a-z])|;|—|\s+who\s|\s+which\s|\s+and\s+(?:a|an|the)\s|\s+at\s|\s+of\s|\s+in\s|\s+for\s|\s+with\s|\s+since\s|$)"
)
AFFILIATION = re.compile(
    r"^\s+(?:of|at|in|for|with)\s+(?:the\s+)?(?P<org>[^,.;—()]{2,80}?)(?=,|\.|;|—|\s+who\s|\s+and\s|\s+which\s|$)"
)
# Where an appositive's credentials end, and the article that may open them
CREDENTIALS_END = re.compile(r",\s|[;—]|\.(?=\s+[A-Z]|\s*$)|\s+who\s")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
LEADING_THE = re.compile(r"^The\s+")
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z.&\-]{1,9})\)")
# "the Foreign Secretary, David Lammy", "Orban's spokesman, Zoltan Kovacs": the role before the comma
PRE_COMMA_TITLE = re.compile(
    r"(?:^|\s)(?:(?:[Tt]he|[Aa]n?)\s+|(?P<owner>[A-Z][\w.\-]*[’']s\s+))"
    r"(?P<role>(?:[\w.’'\-]+\s+){0,5}[\w.’'\-]+),\s*$"
)


def appositive_role(paragraph: str, end: int) -> tuple[str | None, str | None, str | None]:
    """(role, affiliation, credentials) from an appositive right after a name, if its head is a role noun."""
    if not paragraph.startswith(",", end):  # an appositive opens with a comma: most names have none
        return None, None, None
    tail = paragraph[end : end + 240]
    match = APPOSITIVE.match(tail)
    if not match:
        return None, None, None
    role = match.group("role").strip()
    words = role.lower().split()
    if not words or len(words) > 8 or not any(w.strip(".") in lx.ROLE_NOUNS for w in words):
        return None, None, None
    if words[0] in lx.SENTENCE_STARTERS or words[0] in lx.REPORTING_VERBS:
        return None, None, None
    owner = (match.group("owner") or "").strip()
    owner = POSSESSIVE.sub("", owner).strip() or None
    affiliation = owner
    rest = tail[match.end("role") :]
    aff = AFFILIATION.match(rest)
    if aff and not affiliation:
        affiliation = aff.group("org").strip()
    cred_end = CREDENTIALS_END.search(tail[2:])
    credentials = tail[2 : 2 + cred_end.start()] if cred_end else tail[2:]
    credentials = LEADING_ARTICLE.sub("", credentials.strip())
    return role, affiliation, credentials or None


def _modifies_a_title(sentence: Sentence, last: Token) -> bool:
    """Whether the words right after a run are a lowercase title ("leader", "press secretary"): then
    the run qualifies that title ("Senate Democratic leader", "White House press secretary") and is
    no name. Where it fails: a name followed by a bare title without a comma ("Lee leader of ...")."""
    text, position = sentence.text, last.end - sentence.start
    for _ in range(3):  # the next three tokens, read in place (most names stop at the first)
        token = NEXT_TOKEN.match(text, position)
        if token is None or not token.group(1).islower():
            return False
        lower = _token_forms(token.group(1))[1]
        if lower in lx.TITLE_WORDS:
            return True
        if lower not in lx.TITLE_MODIFIERS:
            return False
        position = token.end()
    return False


@lru_cache(maxsize=4096)  # a person's role recurs with each mention
def _is_expert(role: str | None, credentials: str | None) -> bool:
    text = f" {role or ''} {credentials or ''} ".lower()
    words = set(re.findall(r"[a-z\-]+", text))
    return bool(words & lx.EXPERT_WORDS) or any(f" {p}" in text for p in lx.EXPERT_PREFIXES)


def _country_entity_name(token: Token) -> str:
    """The name a country or capital is kept under ("US" and "U.S." are "United States")."""
    return "United States" if token.lower in ("us", "u.s.") else token.bare


def _country_of(title: list[Token], affiliation: str | None) -> str | None:
    for tok in title:
        if tok.lower in lx.NATIONALITIES:
            return lx.NATIONALITIES[tok.lower]
    if affiliation:
        first = affiliation.split()[0].lower()
        if first in lx.COUNTRIES:
            return affiliation.split()[0]
    return None


class _Builder:
    def __init__(self, sentences: list[Sentence], paragraphs: list[str], quote_spans: dict[int, list[tuple[int, int]]]):
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.quote_spans = quote_spans
        self.entities: dict[int, Entity] = {}
        self.by_name: dict[str, int] = {}
        self.first_by_surname: dict[str, int] = {}  # the first person found with each surname
        self.single_counts: dict[str, int] = {}  # capitalised words standing alone, not opening a sentence
        # per sentence: (run, run without its edges)
        self.runs = [sentence_runs(sentence, self.single_counts) for sentence in sentences]

    def add(self, name: str, kind: str, **info) -> Entity:
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

    def reporting_near(self, sentence: Sentence, start: int, end: int) -> bool:
        """A verb of saying right after the words from `start` to `end`, or "said"/"according to" before."""
        after = [t.lower for t in tokens_after(sentence, end)]
        if after and after[0] in lx.STAFF_NOUNS:
            after = []  # "Goldman Sachs analysts said": the analysts said it, the name only qualifies them
        before = [t.lower for t in islice(tokens_before(sentence, start, 40), 2)][::-1]
        return (
            bool(set(after) & lx.REPORTING_VERBS)
            or bool(set(before) & {"said", "according", "to"} and "said" in before)
            or before[-2:] == ["according", "to"]
        )

    def discover(self) -> None:
        """First pass: entities from their defining mentions (full names, titles, organisations)."""
        for s_index, sentence in enumerate(self.sentences):
            paragraph = self.paragraphs[sentence.paragraph - 1]
            spans = self.quote_spans.get(sentence.paragraph, [])
            for run, stripped in self.runs[s_index]:
                if not stripped or (spans and in_spans(run[0].start, spans)):
                    continue
                if len(stripped) == 1 and not self._word_may_define(sentence, stripped[0]):
                    continue  # the common case: a name already known, mentioned again
                self._classify(sentence, stripped, paragraph)
            self._pre_comma_titles(s_index, paragraph)

    def _word_may_define(self, sentence: Sentence, token: Token) -> bool:
        """Whether `_classify` could learn anything from a one-word run: only an organisation head
        (with an acronym after it), a country not yet known, or a word with a title before it can."""
        low = token.lower
        if low in lx.ORG_HEADS and low not in lx.TITLE_WORDS:
            return True
        if low in lx.COUNTRIES or low in lx.CAPITALS:
            return _country_entity_name(token).lower() not in self.by_name
        return may_have_title_before(sentence, token.start)

    def _pre_comma_titles(self, s_index: int, paragraph: str) -> None:
        """ "the Foreign Secretary, David Lammy" → a person with that role."""
        sentence = self.sentences[s_index]
        for run, _ in self.runs[s_index]:
            if run[0].start == sentence.start or len(run) < 2:
                continue
            before = paragraph[sentence.start : run[0].start]
            if not before.rstrip().endswith(","):
                continue
            match = PRE_COMMA_TITLE.search(before)
            if match and any(w.lower() in lx.TITLE_WORDS for w in match.group("role").split()):
                name = " ".join(t.bare for t in run)
                if run[-1].lower in lx.ORG_HEADS:
                    continue
                role = (match.group("owner") or "") + match.group("role")
                known = self.entities.get(self.by_name.get(name.lower(), -1))
                if known is None:
                    self.add(name, "person", role=role)
                elif known.kind == "person" and not known.role:
                    known.role = role

    def _classify(self, sentence: Sentence, run: list[Token], paragraph: str) -> None:
        lows = [t.lower for t in run]
        acronym = ACRONYM_AFTER.match(paragraph, run[-1].end, run[-1].end + 12)
        if lows[-1] in lx.ORG_HEADS and not (len(run) == 1 and lows[0] in lx.TITLE_WORDS):
            name = " ".join(t.bare if k == len(run) - 1 else t.text for k, t in enumerate(run))
            name = LEADING_THE.sub("", name)
            if len(run) == 1 and not acronym:
                return
            entity = self.add(name, "organization")
            if acronym:
                entity.aliases.add(acronym.group(1))
                self.by_name[acronym.group(1).lower()] = entity.key
            return
        if len(run) == 1 and (lows[0] in lx.COUNTRIES or lows[0] in lx.CAPITALS):
            self.add(_country_entity_name(run[0]), "country")
            return
        before = tokens_before(sentence, run[0].start) if may_have_title_before(sentence, run[0].start) else ()
        title, name = split_title(run, before)
        if len(name) == 1 and not title:
            return  # a lone word ("Dawson") is only ever a later mention
        # a place, once any title is split off ("New York" is one, "New York Governor Kathy Hochul" is not)
        name_lows = [t.lower for t in name]
        if name and (
            name_lows[0] in lx.PLACE_PREFIXES or name_lows[-1] in lx.PLACE_HEADS or " ".join(name_lows) in lx.CAPITALS
        ):
            return
        if not name or any(t.lower in lx.NATIONALITIES or t.lower in lx.COUNTRIES for t in name):
            return
        if len(name) > 4 or any(not t.text[0].isupper() and t.text.lower() not in lx.NAME_PARTICLES for t in name):
            return
        role_tokens = [t for t in title if t.lower not in lx.HONORIFICS]
        role = role_text(role_tokens) or None
        app_role, affiliation, credentials = appositive_role(paragraph, name[-1].end)
        if name[-1].possessive:
            app_role = affiliation = credentials = None
        if _modifies_a_title(sentence, name[-1]):
            return  # "Senate Democratic leader Chuck Schumer": the words before "leader" qualify the title
        surname = name[-1].lower
        evidence = (
            bool(title)
            or bool(app_role)
            or self.reporting_near(sentence, name[0].start, name[-1].end)
            or self.single_counts.get(surname, 0) > 1
        )
        if not evidence or (len(name) == 1 and not title):
            return
        display = " ".join(t.bare for t in name)
        if len(name) == 1 and title and title[-1].lower in lx.NAME_KEEPING_TITLES:
            display = f"{title[-1].bare} {display}"
            if title[-1].lower not in lx.HONORIFICS:  # "King Charles" has a role, "Sir Keir" none
                role = role or title[-1].bare
        existing = self.first_by_surname.get(display.split()[-1].lower()) if len(name) == 1 else None
        if existing is not None:
            entity = self.entities[existing]
            if role and not entity.role:
                entity.role = role
            return
        entity = self.add(display, "person")
        entity.role = entity.role or role or app_role
        if app_role and not entity.credentials:
            entity.credentials = credentials
            entity.affiliation = entity.affiliation or affiliation
            entity.expert = _is_expert(app_role, credentials)
        elif role and not entity.expert and _is_expert(role, None):  # "Economist Trevor Tombe"
            entity.expert = True
            entity.credentials = entity.credentials or role
        entity.country = entity.country or _country_of(title, affiliation)

    def merge_single_names(self) -> None:
        """ "President Trump" found before "Donald Trump", "Sir Keir" beside "Keir Starmer": keep the
        full name, one entity. A name with particles is also known by its surname ("von der Leyen")."""
        people = [e for e in self.entities.values() if e.kind == "person"]
        for short in people:
            words = short.name.lower().split()
            first_name = len(words) == 2 and words[0] in lx.FIRST_NAME_HONORIFICS
            particle_surname = len(words) > 1 and words[0] in lx.NAME_PARTICLES
            if len(words) != 1 and not first_name and not particle_surname:
                continue
            for full in people:
                full_words = full.name.lower().split()
                if first_name:
                    same = full_words[0] == words[1]
                elif particle_surname:
                    same = full_words[-len(words) :] == words and len(full_words) > len(words)
                else:
                    same = full.surname == short.surname
                if full is not short and same and len(full_words) > 1 and full.key in self.entities:
                    if short.role and short.role.lower() not in lx.HONORIFICS:
                        full.role = full.role or short.role
                    full.aliases.add(short.name)
                    del self.entities[short.key]
                    self.by_name[short.name.lower()] = full.key
                    break
        for person in self.entities.values():
            words = person.name.lower().split()
            if person.kind == "person" and len(words) > 2 and words[1] in lx.NAME_PARTICLES:
                self.by_name.setdefault(" ".join(words[1:]), person.key)

    def resolve(self) -> tuple[dict[int, list[Mention]], dict[int, int]]:
        """Second pass: every mention of a known entity, and each sentence's subject."""
        surnames: dict[str, list[int]] = {}
        firsts: dict[str, list[int]] = {}
        role_forms: dict[str, set[int]] = {}
        for e in self.entities.values():
            words = e.name.lower().split()
            if e.kind == "person":
                surnames.setdefault(words[-1], []).append(e.key)
                if len(words) > 1 and words[0] not in lx.NAME_KEEPING_TITLES:
                    firsts.setdefault(words[0], []).append(e.key)
                if e.role:
                    role_words = [w for w in e.role.lower().split() if w not in lx.NATIONALITIES]
                    for n in range(1, min(3, len(role_words)) + 1):
                        role_forms.setdefault(" ".join(role_words[-n:]), set()).add(e.key)
        unique_roles = {
            form: next(iter(keys))
            for form, keys in role_forms.items()
            if len(keys) == 1 and form.split()[-1] in lx.ROLE_NOUNS
        }
        # "the " opens the pattern so that re can jump from one "the " to the next; the lookbehind then
        # checks that no word character comes before it
        role_pattern = (
            re.compile(r"the (?<!\wthe )(" + word_alternation(unique_roles) + r")\b(?![’'-])") if unique_roles else None
        )
        org_words = {
            e.name.lower().split()[0]: e.key
            for e in self.entities.values()
            if e.kind == "organization" and len(e.name.split()) > 1
        }
        mentions: dict[int, list[Mention]] = {}
        subjects: dict[int, int] = {}
        matched: dict[str, tuple[int | None, str]] = {}
        last_person: int | None = None
        kinds = {key: entity.kind for key, entity in self.entities.items()}
        find_roles = role_pattern.finditer if role_pattern else None
        for s_index, sentence in enumerate(self.sentences):
            paragraph = self.paragraphs[sentence.paragraph - 1]
            spans = self.quote_spans.get(sentence.paragraph, ())
            found: list[Mention] = []
            for _, run in self.runs[s_index]:
                if not run:
                    continue
                words = paragraph[run[0].start : run[-1].end]
                if words not in matched:  # the same names recur: match each form once
                    matched[words] = self._match_run(run, surnames, firsts, org_words)
                key, form = matched[words]
                if key is None:
                    continue
                found.append(
                    _new_tuple(
                        Mention,
                        (
                            key,
                            s_index,
                            run[0].start,
                            run[-1].end,
                            form,
                            run[-1].possessive,
                            bool(spans) and in_spans(run[0].start, spans),
                        ),
                    )
                )
            low = fold(sentence.text)
            base = sentence.start
            for m in find_roles(low) if find_roles else ():
                start = base + m.start()
                if not any(f.start <= start < f.end for f in found):
                    found.append(
                        _new_tuple(
                            Mention,
                            (
                                unique_roles[m.group(1)],
                                s_index,
                                start,
                                base + m.end(),
                                "role",
                                False,
                                bool(spans) and in_spans(start, spans),
                            ),
                        )
                    )
            for m in PRONOUN.finditer(low):
                start = base + m.start()
                found.append(
                    _new_tuple(
                        Mention,
                        (
                            -1,
                            s_index,
                            start,
                            base + m.end(),
                            "pronoun",
                            m.group(0) in lx.POSSESSIVE_PRONOUNS,
                            bool(spans) and in_spans(start, spans),
                        ),
                    )
                )
            if not found:
                mentions[s_index] = []
                continue
            found.sort(key=_START)
            resolved: list[Mention] = []
            for m in found:
                if m.entity == -1:
                    target = self._resolve_pronoun(resolved, mentions, subjects, s_index, last_person)
                    if target is None:
                        continue
                    m = _new_tuple(Mention, (target,) + m[1:])
                resolved.append(m)
            mentions[s_index] = resolved
            subject = self._subject(resolved, paragraph, sentence)
            if subject is not None:
                subjects[s_index] = subject
            for m in resolved:
                if not m.in_quote and kinds[m.entity] == "person":
                    last_person = m.entity
        for s_index, found in mentions.items():
            for m in found:
                if m.form != "pronoun":
                    self.entities[m.entity].mentions.append((s_index, m.start, m.end))
        return mentions, subjects

    def _match_run(self, run, surnames, firsts, org_words) -> tuple[int | None, str]:
        text = " ".join(t.bare for t in run).lower()
        if text in self.by_name:
            key = self.by_name[text]
            return key, {"person": "name", "organization": "org"}.get(self.entities[key].kind, self.entities[key].kind)
        if text.startswith("the ") and text[4:].lstrip() in self.by_name:
            return self.by_name[text[4:].lstrip()], "org"
        last = run[-1].lower
        words = text.split()
        # a run ending in a known person's full name ("U.S. President Donald Trump")
        for n in (3, 2):
            tail = " ".join(words[-n:])
            if len(words) >= n and tail in self.by_name and self.entities[self.by_name[tail]].kind == "person":
                return self.by_name[tail], "name"
        if last in surnames and (len(run) == 1 or run[-2].lower in lx.TITLE_WORDS or run[-2].lower in firsts):
            return surnames[last][-1], "surname"
        if len(run) == 1 and last in firsts and len(firsts[last]) == 1 and last not in org_words:
            return firsts[last][0], "surname"
        if len(run) == 1 and last in org_words:
            return org_words[last], "org"
        if len(run) == 1 and run[0].text.rstrip(".").upper() == run[0].text.rstrip(".") and last in self.by_name:
            return self.by_name[last], "org"
        return None, ""

    def _resolve_pronoun(
        self,
        resolved: list[Mention],
        mentions: dict[int, list[Mention]],
        subjects: dict[int, int],
        s_index: int,
        last_person: int | None,
    ) -> int | None:
        for m in resolved:
            if not m.in_quote and not m.possessive and self.entities[m.entity].kind == "person":
                return m.entity
        for back in range(s_index - 1, max(-1, s_index - 6), -1):
            if back not in subjects:
                continue
            if self.sentences[back].paragraph < self.sentences[s_index].paragraph - 2:
                break
            if self.entities[subjects[back]].kind == "person":
                return subjects[back]
            # an organisation leads the sentence ("White House press secretary Karoline Leavitt blamed ..."):
            # its first person is the one a pronoun in the next sentence refers to
            person = next(
                (
                    m.entity
                    for m in mentions[back]
                    if not m.in_quote and not m.possessive and self.entities[m.entity].kind == "person"
                ),
                None,
            )
            if person is not None:
                return person
        return last_person

    def _subject(self, resolved: list[Mention], paragraph: str, sentence: Sentence) -> int | None:
        for m in resolved:
            if m.in_quote or m.possessive:
                continue
            before = paragraph[sentence.start : m.start].rsplit(None, 1)
            if before and before[-1].lower().strip(",") in PREPOSITIONS:
                continue
            return m.entity
        return None


def analyse(
    sentences: list[Sentence],
    paragraphs: list[str],
    quote_spans: dict[int, list[tuple[int, int]]],
    known: list[Entity] = (),
) -> Analysis:
    """Find the entities of one document and resolve their mentions. `known` people and organisations
    (from earlier articles of the same brief) are recognised by surname or acronym here too."""
    builder = _Builder(sentences, paragraphs, quote_spans)
    for entity in known:
        seeded = builder.add(
            entity.name,
            entity.kind,
            role=entity.role,
            affiliation=entity.affiliation,
            credentials=entity.credentials,
            country=entity.country,
            expert=entity.expert,
        )
        for alias in entity.aliases:
            builder.by_name.setdefault(alias.lower(), seeded.key)
    builder.discover()
    builder.merge_single_names()
    mentions, subjects = builder.resolve()
    return Analysis(sentences, paragraphs, quote_spans, builder.entities, mentions, subjects)
