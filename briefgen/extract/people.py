"""Who is named: people, organisations and countries from their defining mentions (the first pass).

- A run ending in an organisation head ("Coalition", "Department") is an organisation; an acronym in
  parentheses after it is its alias ("Prime Minister's Office (PMO)").
- A one-word run that is a country or a capital is a country.
- A run of two to four name words is a person when something in the text says so: a title before it,
  a role in an appositive after it ("Laura Dawson, executive director of ..."), a reporting verb next to
  it (not "Goldman Sachs analysts said"), or its surname used alone elsewhere. Places ("Nuevo León")
  and sentence-initial words ("Since") have none of these and are left out.
- "President Trump" found before "Donald Trump", "Sir Keir" beside "Keir Starmer": one entity, under the
  full name.
Where it fails: a one-word name never given in full and without a title is not found; a place without
a place word ("Nuevo León") is a person when a reporting verb stands next to it.
"""

from __future__ import annotations

import re
from itertools import islice

from briefgen.extract import lexicon as lx
from briefgen.extract.countries import COUNTRY_WORDS, country_entity_name, country_of, is_country_word
from briefgen.extract.document import (
    POSSESSIVE_ENDS,
    Analysis,
    Entity,
    EntityTable,
    Token,
    in_spans,
    tokens_after,
    tokens_before,
)
from briefgen.extract.lexicon import first_names as fn
from briefgen.extract.name_runs import DocumentRuns, RunPair
from briefgen.extract.titles import (
    appositive_role,
    is_expert,
    is_title,
    may_have_title_before,
    modifies_a_title,
    pre_comma_role,
    role_text,
    split_title,
    title_context,
)
from briefgen.regex_cache import compiled
from briefgen.text.segment import Sentence

ORG_HEADS_ALONE = lx.ORG_HEADS - lx.TITLE_WORDS  # the heads a one-word run may name an organisation by
LEADING_THE = compiled(r"^The\s+")
ACRONYM_AFTER = compiled(r"\s*\(([A-Z][A-Za-z.&\-]{1,9})\)")
PARTICLE_SURNAME = compiled(r"\s+([a-z]{2,4}-[A-Z][\w’'-]*)")
# A word right after a run that makes it part of an organisation's name ("the General Workers' Union")
OWNING_ORG = compiled(r"[’']\s+([A-Z]\w*)")
# The words joined by "and" that open an organisation's name ("Food and Drug Administration")
JOINED_BEFORE = compiled(r"\b([A-Z][\w’'.-]*)\s+and\s+\Z")
PEOPLE_LIST = compiled(
    r"\b(?:" + "|".join(re.escape(o) for o in lx.PEOPLE_LIST_OPENINGS) + r")\s+(?:[\w’'.-]+\s+){0,3}?(?:and\s+)?\Z"
)


def discover(analysis: Analysis, table: EntityTable, runs: DocumentRuns) -> None:
    """Entities from their defining mentions (full names, titles, organisations), sentence by sentence;
    names inside quotation marks define nothing."""
    paragraphs, quote_spans, single_counts = analysis.paragraphs, analysis.quote_spans, runs.single_counts
    for sentence, sentence_runs in zip(analysis.sentences, runs.by_sentence, strict=True):
        paragraph = paragraphs[sentence.paragraph - 1]
        spans = quote_spans.get(sentence.paragraph)
        for run, stripped in sentence_runs:
            if not stripped or (spans and in_spans(run[0].start, spans)):
                continue
            if len(stripped) == 1 and not _word_may_define(table, sentence, stripped[0]):
                continue  # the common case: a name already known, mentioned again
            classify_run(table, single_counts, sentence, stripped, paragraph)
        _pre_comma_titles(table, sentence, sentence_runs, paragraph)


def _word_may_define(table: EntityTable, sentence: Sentence, token: Token) -> bool:
    """Whether `classify_run` could learn anything from a one-word run: only an organisation head
    (with an acronym after it), a country not yet known, or a word with a title before it can."""
    low = token.lower
    if low in ORG_HEADS_ALONE:
        return True
    if low in COUNTRY_WORDS:
        return country_entity_name(token).lower() not in table.by_name
    return may_have_title_before(sentence, token.start)


def _pre_comma_titles(table: EntityTable, sentence: Sentence, runs: list[RunPair], paragraph: str) -> None:
    """ "the Foreign Secretary, David Lammy" → a person with that role."""
    for run, _ in runs:
        if len(run) < 2 or run[0].start == sentence.start or run[-1].lower in lx.ORG_HEADS:
            continue
        role = pre_comma_role(paragraph[sentence.start : run[0].start])
        if role is None:
            continue
        bare = " ".join(t.bare for t in run)
        name = bare + _particle_surname(paragraph, run[-1].end)
        known = table.entities.get(table.by_name.get(name.lower(), -1))
        if known is None:
            added = table.add(name, "person", role=role)
            table.by_name.setdefault(bare.lower(), added.key)
        elif known.kind == "person" and not known.role:
            known.role = role


def classify_run(
    table: EntityTable, single_counts: dict[str, int], sentence: Sentence, run: list[Token], paragraph: str
) -> None:
    """Add what a name run defines: an organisation, a country or a person (or nothing)."""
    lows = [t.lower for t in run]
    if lows[-1] in lx.ORG_HEADS and not (len(run) == 1 and lows[0] in lx.TITLE_WORDS):
        _add_organisation(table, run, paragraph)
    elif len(run) == 1 and is_country_word(lows[0]):
        table.add(country_entity_name(run[0]), "country")
    else:
        _add_person(table, single_counts, sentence, run, paragraph)


def _add_organisation(table: EntityTable, run: list[Token], paragraph: str) -> None:
    """An organisation named by the run; a lone head ("Department") only with an acronym after it."""
    acronym = ACRONYM_AFTER.match(paragraph, run[-1].end, run[-1].end + 12)
    if len(run) == 1 and not acronym:
        return
    name = LEADING_THE.sub("", " ".join([t.text for t in run[:-1]] + [run[-1].bare]))
    start = max(0, run[0].start - 40)
    joined = None
    if paragraph[start : run[0].start].rstrip().endswith("and"):  # most organisations are named alone
        joined = JOINED_BEFORE.search(paragraph, start, run[0].start)
    short = None
    if joined and run[-1].lower in lx.JOINED_ORG_HEADS and joined.group(1).lower() not in lx.SENTENCE_STARTERS:
        short, name = name, f"{joined.group(1)} and {name}"  # "the Food and Drug Administration"
    entity = table.add(name, "organization")
    if short is not None:
        table.by_name.setdefault(short.lower(), entity.key)
    if acronym:
        entity.aliases.add(acronym.group(1))
        table.by_name[acronym.group(1).lower()] = entity.key


def _person_name(sentence: Sentence, run: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """(title, name) of a run that may name a person: the title split off, and the rest shaped as a
    person's name of up to four words that is no place and holds no country or nationality."""
    before = title_context(sentence, run[0].start) if may_have_title_before(sentence, run[0].start) else []
    title, name = split_title(run, before)
    if not name or (len(name) == 1 and not any(is_title(t.lower) for t in title)):
        return None  # a lone word ("Dawson") is only ever a later mention, or a name a role noun qualifies
    name_lows = [t.lower for t in name]
    if (
        len(name) == 1
        and name[0].possessive
        and not (title and is_title(title[-1].lower) and title[-1].end + 1 >= name[0].start)
    ):
        return None  # "... and Vantor's Ray Oduya": an owner, unless its title stands right before it ("Mr Vell's")
    if name_lows[0] in lx.ORG_DESCRIPTORS:
        return None  # "Regulator Norcom said": an organisation described
    # a place, once any title is split off ("New York" is one, "New York Governor Kathy Hochul" is not)
    whole = " ".join(name_lows)
    if (
        name_lows[0] in lx.PLACE_PREFIXES
        or name_lows[-1] in lx.PLACE_HEADS
        or whole in lx.CAPITALS
        or whole in lx.REGIONS
    ):
        return None
    if any(
        low in lx.NATIONALITIES or (low in lx.COUNTRIES and not (k == 0 and len(name) > 1 and _known_first_name(low)))
        for k, low in enumerate(name_lows)
    ):
        return None  # a country in the name, unless as a first name: "Jordan Stewart", "Georgia Ruiz"
    if len(name) > 4 or any(not t.text[0].isupper() and t.text.lower() not in lx.NAME_PARTICLES for t in name):
        return None
    org = OWNING_ORG.match(sentence.text, name[-1].end - sentence.start)
    if org and org.group(1).lower() in lx.ORG_HEADS:
        return None  # "the General Workers' Union": the words of an organisation's name
    return title, name


def _known_first_name(word: str) -> bool:
    """A first name of the lists that tell a person's gender ("Kisha Rivera, who cleans cabins, said")."""
    return word in fn.FEMALE_FIRST_NAMES or word in fn.MALE_FIRST_NAMES


def _particle_surname(paragraph: str, end: int) -> str:
    """A surname joined to its particle by a hyphen, right after a name run ("Omar Hassan al-Bashir"), with
    its space; else ""."""
    found = PARTICLE_SURNAME.match(paragraph, end)
    return f" {found.group(1)}" if found and found.group(1).split("-")[0].lower() in lx.NAME_PARTICLES else ""


def owner_before(sentence: Sentence, start: int) -> str | None:
    """The organisation or country owning a name written right before it ("GM's Rick Wagoner" → "GM"),
    when it is no person's (a one-word capitalised possessive)."""
    end = start - sentence.start
    if not sentence.text[max(0, end - 40) : end].rstrip().endswith(POSSESSIVE_ENDS):
        return None  # the common case: no possessive right before
    before = list(islice(tokens_before(sentence, start, 40), 2))
    if not before or not (before[0].possessive and before[0].capitalised):
        return None
    if len(before) > 1 and before[1].capitalised and before[1].lower not in lx.SENTENCE_STARTERS:
        return None  # "Rick Wagoner's Tom Lee": a person's, or a longer name's
    return before[0].bare


def listed_as_people(sentence: Sentence, start: int) -> bool:
    """Whether the name at `start` is one of a list that only people make ("the likes of Zed Marlo and
    Kia Brandt")."""
    before = sentence.text[max(0, start - sentence.start - 80) : start - sentence.start].lower()
    return bool(PEOPLE_LIST.search(before))


def reporting_near(sentence: Sentence, start: int, end: int) -> bool:
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


def _add_person(
    table: EntityTable, single_counts: dict[str, int], sentence: Sentence, run: list[Token], paragraph: str
) -> None:
    """A person named by the run, when the text gives evidence of one (see the module's docstring)."""
    found = _person_name(sentence, run)
    if found is None:
        return
    title, name = found
    app_role, affiliation, credentials = appositive_role(paragraph, name[-1].end)
    if name[-1].possessive:
        app_role = affiliation = credentials = None
    if modifies_a_title(sentence, name[-1]):
        return  # "Senate Democratic leader Chuck Schumer": the words before "leader" qualify the title
    owner = owner_before(sentence, name[0].start) if len(name) in (2, 3) else None
    evidence = (
        bool(title)
        or bool(app_role)
        or owner is not None
        or listed_as_people(sentence, name[0].start)
        or reporting_near(sentence, name[0].start, name[-1].end)
        or single_counts.get(name[-1].lower, 0) > 1
        or (len(name) > 1 and _known_first_name(name[0].lower))
    )
    if not evidence:
        return
    affiliation = affiliation or owner
    role = role_text(title) or None
    bare_name = " ".join([t.bare for t in name])
    display = bare_name + _particle_surname(paragraph, name[-1].end)
    if len(name) == 1 and title and title[-1].lower in lx.NAME_KEEPING_TITLES:
        display = f"{title[-1].bare} {display}"
        if title[-1].lower not in lx.HONORIFICS:  # "King Charles" has a role, "Sir Keir" none
            role = role or title[-1].bare
    existing = table.first_by_surname.get(display.split()[-1].lower()) if len(name) == 1 else None
    if existing is not None:  # "Mr. Reeves, a senior fellow at ...": Eric Reeves's role, if he had none
        _give_role(table.entities[existing], role, app_role, affiliation, credentials)
        return
    entity = table.add(display, "person")
    table.by_name.setdefault(bare_name.lower(), entity.key)  # "Omar Hassan" of "... al-Bashir"
    _give_role(entity, role, app_role, affiliation, credentials)
    entity.affiliation = entity.affiliation or owner
    entity.country = entity.country or country_of(title, affiliation)


def _give_role(
    entity: Entity, role: str | None, app_role: str | None, affiliation: str | None, credentials: str | None
) -> None:
    """A person's role from the title or the appositive, and whether it makes them an expert."""
    entity.role = entity.role or role or app_role
    if app_role and not entity.credentials:
        entity.credentials = credentials
        entity.affiliation = entity.affiliation or affiliation
        entity.expert = is_expert(app_role, credentials)
    elif role and not entity.expert and is_expert(role, None):  # "Economist Trevor Tombe"
        entity.expert = True
        entity.credentials = entity.credentials or role


def _short_form(words: list[str]) -> str | None:
    """How a lowercased person's name may shorten another's: "surname" ("Trump"), "first name" after
    Sir or Dame ("sir keir"), "particle surname" ("von der leyen"); None for a full name."""
    if len(words) == 2 and words[0] in lx.FIRST_NAME_HONORIFICS:
        return "first name"
    if len(words) > 1 and words[0] in lx.NAME_PARTICLES:
        return "particle surname"
    return "surname" if len(words) == 1 else None


def _shortens(form: str, words: list[str], full: Entity) -> bool:
    """Whether the short name's `words`, of that `form`, shorten the name of `full`."""
    full_words = full.name.lower().split()
    if len(full_words) < 2:
        return False
    if form == "first name":
        return full_words[0] == words[1]
    if form == "particle surname":
        return full_words[-len(words) :] == words and len(full_words) > len(words)
    return words[-1] in (full_words[-1], full_words[-1].partition("-")[2])  # "Bashir" of "al-Bashir" too


def merge_single_names(table: EntityTable) -> None:
    """ "President Trump" found before "Donald Trump", "Sir Keir" beside "Keir Starmer": keep the
    full name, one entity. A name with particles is also known by its surname ("von der Leyen")."""
    people = [e for e in table.entities.values() if e.kind == "person"]
    for short in people:
        words = short.name.lower().split()
        form = _short_form(words)
        if form is None:
            continue
        for full in people:
            if full is not short and full.key in table.entities and _shortens(form, words, full):
                if short.role and short.role.lower() not in lx.HONORIFICS:
                    full.role = full.role or short.role
                full.aliases.add(short.name)
                del table.entities[short.key]
                table.by_name[short.name.lower()] = full.key
                break
    for person in table.entities.values():
        words = person.name.lower().split()
        if person.kind == "person" and len(words) > 2 and words[1] in lx.NAME_PARTICLES:
            table.by_name.setdefault(" ".join(words[1:]), person.key)
