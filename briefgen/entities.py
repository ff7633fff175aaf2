"""People and organisations: who is named, with what title or role, and every later mention.

The rules, in order:
- a *name run* is a sequence of capitalised tokens in one sentence (possessives end a run, except
  before an organisation head: "Prime Minister's Office");
- leading title words split off as the role ("U.S. President Donald Trump"), a lowercase title
  before the run counts too ("Conservative leader Pierre Poilievre");
- a run ending in an organisation head ("Coalition", "Department") is an organisation; an acronym in
  parentheses after it is its alias ("Prime Minister's Office (PMO)");
- a run of two to four name words is a person when something in the text says so: a title before it,
  a role in an appositive after it ("Laura Dawson, executive director of ..."), a reporting verb next to
  it, or its surname used alone elsewhere. Places ("Nuevo León") and sentence-initial words ("Since")
  have none of these and are left out;
- later mentions by surname ("Dawson"), possessive ("Trump's"), role ("the prime minister") or pronoun
  ("she") resolve to one entity.
Where it fails: a one-word name never given in full and without a title is not found; two people
with the same surname are told apart only by their first names; pronouns are resolved by recency and
grammatical subject, not gender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from briefgen import lexicon as lx
from briefgen.segment import Sentence

TOKEN = re.compile(r"\w+(?:[’'.\-&]+\w+)*\.?|[^\w\s]")
POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
PREPOSITIONS = frozenset("with to of by for from on at about against than like between among toward towards into and or".split())


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @cached_property
    def bare(self) -> str:
        """The token without a possessive ending, and without a sentence-final period."""
        text = POSSESSIVE.sub(lambda m: "s" if m.group(0).startswith("s") else "", self.text)
        if text.endswith(".") and text.count(".") == 1 and text.lower() not in lx.TITLE_WORDS | lx.CALENDAR_WORDS | lx.PLACE_PREFIXES:
            text = text[:-1]
        return text

    @cached_property
    def lower(self) -> str:
        return self.bare.lower()

    @cached_property
    def possessive(self) -> bool:
        return bool(POSSESSIVE.search(self.text)) and self.text[0].isupper()

    @cached_property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


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


@dataclass(frozen=True)
class Mention:
    entity: int
    sentence: int           # index into the document's sentence list
    start: int              # offsets in the paragraph
    end: int
    form: str               # name | surname | role | pronoun | org | country
    possessive: bool
    in_quote: bool


@dataclass
class Analysis:
    """What the entity pass knows about a document."""

    sentences: list[Sentence]
    paragraphs: list[str]
    quote_spans: dict[int, list[tuple[int, int]]]          # paragraph no. → (open, close) offsets
    entities: dict[int, Entity]
    mentions: dict[int, list[Mention]]                     # sentence index → mentions in order
    subjects: dict[int, int]                               # sentence index → entity key of its subject
    unquoted: dict[int, str] = field(default_factory=dict, repr=False)  # cache of quotes.outside_quotes

    @cached_property
    def paragraph_sentences(self) -> dict[int, list[int]]:
        """Paragraph number → indexes of its sentences, in order."""
        index: dict[int, list[int]] = {}
        for k, sentence in enumerate(self.sentences):
            index.setdefault(sentence.paragraph, []).append(k)
        return index

    def people(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "person"]

    def entity(self, key: int | None) -> Entity | None:
        return self.entities.get(key) if key is not None else None


def tokens_of(sentence: Sentence) -> list[Token]:
    return [Token(m.group(0), sentence.start + m.start(), sentence.start + m.end())
            for m in TOKEN.finditer(sentence.text)]


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(open_ < position < close for open_, close in spans)


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
            elif (tok.text.lower() in lx.NAME_PARTICLES and j + 1 < n and _is_name_word(tokens[j + 1])
                  and tok.end + 1 >= tokens[j + 1].start):
                j += 1
            elif (tok.text.lower() in lx.ORG_CONNECTORS and j + 1 < n and _is_name_word(tokens[j + 1])
                  and prev.lower in lx.ORG_HEADS):
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def split_title(run: list[Token], before: list[Token]) -> tuple[list[Token], list[Token]]:
    """(title tokens, name tokens): the title is everything up to the last title word of the run,
    extended left over lowercase title words and modifiers written before the run."""
    last_title = -1
    for k, tok in enumerate(run[:-1]):
        if tok.lower in lx.TITLE_WORDS and not tok.possessive:
            last_title = k
    title, name = list(run[: last_title + 1]), list(run[last_title + 1:])
    k = len(before) - 1
    extra: list[Token] = []
    while k >= 0:
        tok = before[k]
        low = tok.lower
        if low in lx.TITLE_WORDS or (extra and (low in lx.TITLE_MODIFIERS or (tok.capitalised and low not in lx.SENTENCE_STARTERS))):
            extra.insert(0, tok)
            k -= 1
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
    r"^,\s+(?:(?:the|a|an)\s+)?(?P<owner>(?:[A-Z][\w.\-]*\s+){0,3}[\w.\-]+[’']s\s+)?(?P<role>[^,.;:—()“”\"]{2,90}?)"
    r"(?P<stop>,|\.|;|—|\s+who\s|\s+which\s|\s+and\s+(?:a|an|the)\s|\s+at\s|\s+of\s|\s+in\s|\s+for\s|\s+with\s|\s+since\s|$)"
)
AFFILIATION = re.compile(r"^\s+(?:of|at|in|for|with)\s+(?:the\s+)?(?P<org>[^,.;—()]{2,80}?)(?=,|\.|;|—|\s+who\s|\s+and\s|\s+which\s|$)")
PRE_COMMA_TITLE = re.compile(r"(?:^|\s)the\s+(?P<role>(?:[A-Za-z.\-]+\s+){0,3}[A-Za-z.\-]+),\s*$")


def appositive_role(paragraph: str, end: int) -> tuple[str | None, str | None, str | None]:
    """(role, affiliation, credentials) from an appositive right after a name, if its head is a role noun."""
    tail = paragraph[end:end + 240]
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
    rest = tail[match.end("role"):]
    aff = AFFILIATION.match(rest)
    if aff and not affiliation:
        affiliation = aff.group("org").strip()
    cred_end = re.search(r",\s|[;—]|\.(?=\s+[A-Z]|\s*$)|\s+who\s", tail[2:])
    credentials = tail[2: 2 + cred_end.start()] if cred_end else tail[2:]
    credentials = re.sub(r"^(?:the|a|an)\s+", "", credentials.strip())
    return role, affiliation, credentials or None


def _is_expert(role: str | None, credentials: str | None) -> bool:
    text = f" {role or ''} {credentials or ''} ".lower()
    words = set(re.findall(r"[a-z\-]+", text))
    return bool(words & lx.EXPERT_WORDS) or any(f" {p}" in text for p in lx.EXPERT_PREFIXES)


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
        self.tokens = [tokens_of(s) for s in sentences]
        self.single_counts: dict[str, int] = {}
        for toks in self.tokens:
            for k, tok in enumerate(toks):
                if tok.capitalised and k > 0:
                    self.single_counts[tok.lower] = self.single_counts.get(tok.lower, 0) + 1

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
        return entity

    def reporting_near(self, toks: list[Token], i: int, j: int) -> bool:
        after = [t.lower for t in toks[j:j + 2]]
        before = [t.lower for t in toks[max(0, i - 2):i]]
        return bool(set(after) & lx.REPORTING_VERBS) or bool(set(before) & {"said", "according", "to"} and "said" in before) \
            or before[-2:] == ["according", "to"]

    def discover(self) -> None:
        """First pass: entities from their defining mentions (full names, titles, organisations)."""
        for s_index, (sentence, toks) in enumerate(zip(self.sentences, self.tokens)):
            paragraph = self.paragraphs[sentence.paragraph - 1]
            spans = self.quote_spans.get(sentence.paragraph, [])
            for i, j in name_runs(toks):
                if in_spans(toks[i].start, spans):
                    continue
                run = _strip_edges(toks[i:j])
                if not run:
                    continue
                i = toks.index(run[0])
                self._classify(s_index, toks, i, i + len(run), paragraph)
            self._pre_comma_titles(s_index, toks, paragraph)

    def _pre_comma_titles(self, s_index: int, toks: list[Token], paragraph: str) -> None:
        """"the Foreign Secretary, David Lammy" → a person with that role."""
        sentence = self.sentences[s_index]
        for i, j in name_runs(toks):
            if i == 0 or j - i < 2:
                continue
            before = paragraph[sentence.start: toks[i].start]
            match = PRE_COMMA_TITLE.search(before)
            if match and any(w.lower() in lx.TITLE_WORDS for w in match.group("role").split()):
                name = " ".join(t.bare for t in toks[i:j])
                if name.lower() in self.by_name or toks[j - 1].lower in lx.ORG_HEADS:
                    continue
                self.add(name, "person", role=match.group("role"))

    def _classify(self, s_index: int, toks: list[Token], i: int, j: int, paragraph: str) -> None:
        run = toks[i:j]
        lows = [t.lower for t in run]
        after = paragraph[run[-1].end: run[-1].end + 12]
        acronym = re.match(r"\s*\(([A-Z][A-Za-z.&\-]{1,9})\)", after)
        if lows[-1] in lx.ORG_HEADS and not (len(run) == 1 and lows[0] in lx.TITLE_WORDS):
            name = " ".join(t.bare if k == len(run) - 1 else t.text for k, t in enumerate(run))
            name = re.sub(r"^The\s+", "", name)
            if len(run) == 1 and not acronym:
                return
            entity = self.add(name, "organization")
            if acronym:
                entity.aliases.add(acronym.group(1))
                self.by_name[acronym.group(1).lower()] = entity.key
            return
        if len(run) == 1 and (lows[0] in lx.COUNTRIES or lows[0] in lx.CAPITALS):
            self.add(run[0].bare if lows[0] not in ("us", "u.s.") else "United States", "country")
            return
        if lows[0] in lx.PLACE_PREFIXES or lows[-1] in lx.PLACE_HEADS or " ".join(lows) in lx.CAPITALS:
            return
        title, name = split_title(run, toks[:i])
        if not name or any(t.lower in lx.NATIONALITIES or t.lower in lx.COUNTRIES for t in name):
            return
        if len(name) > 4 or any(not t.text[0].isupper() and t.text.lower() not in lx.NAME_PARTICLES for t in name):
            return
        role_tokens = [t for t in title if t.lower not in lx.HONORIFICS]
        role = role_text(role_tokens) or None
        app_role, affiliation, credentials = appositive_role(paragraph, name[-1].end)
        if name[-1].possessive:
            app_role = affiliation = credentials = None
        surname = name[-1].lower
        evidence = bool(title) or bool(app_role) or self.reporting_near(toks, toks.index(name[0]), toks.index(name[-1]) + 1) \
            or self.single_counts.get(surname, 0) > 1
        if not evidence or (len(name) == 1 and not title):
            return
        display = " ".join(t.bare for t in name)
        if len(name) == 1 and title and title[-1].lower in lx.NAME_KEEPING_TITLES:
            display = f"{title[-1].bare} {display}"
            role = role or title[-1].bare
        existing = self._find_person(display)
        if existing is not None and len(name) == 1:
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
        entity.country = entity.country or _country_of(title, affiliation)

    def _find_person(self, display: str) -> int | None:
        surname = display.split()[-1].lower()
        for entity in self.entities.values():
            if entity.kind == "person" and entity.surname == surname:
                return entity.key
        return None

    def merge_single_names(self) -> None:
        """"President Trump" found before "Donald Trump": keep the full name, one entity."""
        people = [e for e in self.entities.values() if e.kind == "person"]
        for short in people:
            if len(short.name.split()) != 1:
                continue
            for full in people:
                if full is not short and full.surname == short.surname and len(full.name.split()) > 1:
                    full.role = full.role or short.role
                    full.aliases.add(short.name)
                    del self.entities[short.key]
                    self.by_name[short.name.lower()] = full.key
                    break

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
        unique_roles = {form: next(iter(keys)) for form, keys in role_forms.items()
                        if len(keys) == 1 and form.split()[-1] in lx.ROLE_NOUNS}
        role_pattern = re.compile(r"\bthe (" + "|".join(re.escape(f) for f in sorted(unique_roles, key=len, reverse=True))
                                  + r")\b(?![’'-])") if unique_roles else None
        org_words = {e.name.lower().split()[0]: e.key for e in self.entities.values()
                     if e.kind == "organization" and len(e.name.split()) > 1}
        mentions: dict[int, list[Mention]] = {}
        subjects: dict[int, int] = {}
        last_person: int | None = None
        for s_index, (sentence, toks) in enumerate(zip(self.sentences, self.tokens)):
            paragraph = self.paragraphs[sentence.paragraph - 1]
            spans = self.quote_spans.get(sentence.paragraph, [])
            found: list[Mention] = []
            for i, j in name_runs(toks):
                run = _strip_edges(toks[i:j])
                if not run:
                    continue
                key, form = self._match_run(run, surnames, firsts, org_words)
                if key is None:
                    continue
                possessive = run[-1].possessive
                found.append(Mention(key, s_index, run[0].start, run[-1].end, form, possessive,
                                     in_spans(run[0].start, spans)))
            for m in role_pattern.finditer(sentence.text.lower()) if role_pattern else ():
                start = sentence.start + m.start()
                if not any(f.start <= start < f.end for f in found):
                    found.append(Mention(unique_roles[m.group(1)], s_index, start, sentence.start + m.end(), "role",
                                         False, in_spans(start, spans)))
            for k, tok in enumerate(toks):
                if tok.text.lower() in lx.PERSON_PRONOUNS:
                    found.append(Mention(-1, s_index, tok.start, tok.end, "pronoun", tok.text.lower() in ("his", "her", "hers"),
                                         in_spans(tok.start, spans)))
            found.sort(key=lambda m: m.start)
            resolved: list[Mention] = []
            for m in found:
                if m.entity == -1:
                    target = self._resolve_pronoun(resolved, subjects, s_index, last_person)
                    if target is None:
                        continue
                    m = Mention(target, m.sentence, m.start, m.end, "pronoun", m.possessive, m.in_quote)
                resolved.append(m)
            mentions[s_index] = resolved
            subject = self._subject(resolved, toks, paragraph, sentence)
            if subject is not None:
                subjects[s_index] = subject
            for m in resolved:
                if not m.in_quote and self.entities[m.entity].kind == "person":
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
        stripped = re.sub(r"^the\s+", "", text)
        if stripped in self.by_name:
            return self.by_name[stripped], "org"
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

    def _resolve_pronoun(self, resolved: list[Mention], subjects: dict[int, int], s_index: int,
                         last_person: int | None) -> int | None:
        for m in resolved:
            if not m.in_quote and not m.possessive and self.entities[m.entity].kind == "person":
                return m.entity
        for back in range(s_index - 1, max(-1, s_index - 6), -1):
            if back in subjects and self.entities[subjects[back]].kind == "person":
                if self.sentences[back].paragraph < self.sentences[s_index].paragraph - 2:
                    break
                return subjects[back]
        return last_person

    def _subject(self, resolved: list[Mention], toks: list[Token], paragraph: str, sentence: Sentence) -> int | None:
        for m in resolved:
            if m.in_quote or m.possessive:
                continue
            before = paragraph[sentence.start:m.start].split()
            if before and before[-1].lower().strip(",") in PREPOSITIONS:
                continue
            return m.entity
        return None


def analyse(sentences: list[Sentence], paragraphs: list[str], quote_spans: dict[int, list[tuple[int, int]]],
            known: list[Entity] = ()) -> Analysis:
    """Find the entities of one document and resolve their mentions. `known` people and organisations
    (from earlier articles of the same brief) are recognised by surname or acronym here too."""
    builder = _Builder(sentences, paragraphs, quote_spans)
    for entity in known:
        seeded = builder.add(entity.name, entity.kind, role=entity.role, affiliation=entity.affiliation,
                             credentials=entity.credentials, country=entity.country, expert=entity.expert)
        for alias in entity.aliases:
            builder.by_name.setdefault(alias.lower(), seeded.key)
    builder.discover()
    builder.merge_single_names()
    mentions, subjects = builder.resolve()
    return Analysis(sentences, paragraphs, quote_spans, builder.entities, mentions, subjects)
