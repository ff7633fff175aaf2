"""Rule data for extraction, one module per concern: people and titles (`people`), organisations
(`organisations`), places and countries (`places`), verbs of saying and unnamed speakers (`speech`), the
constructions of asks (`asks`), risks (`risks`) and expert advice (`advice`), the marks of a background fact
(`background`) and the words of the meeting (`meeting_words`).

A construction (`extract/constructions.py`) says the pattern of news writing it states (`doc`) and carries
invented example sentences (`examples`, where it must be found) and near misses (`nothing`), written in the
styles of different outlets; `tests/extract/` runs them through the extractors. No entry is one article's
wording: a construction earns its place by being how news reports say a thing.

Kept apart from the logic (extract/*.py) so a rule can be read, reviewed and extended as a list, and
re-exported here: `from briefgen.extract import lexicon as lx; lx.TITLE_WORDS`. All entries are lowercase;
matching is on lowercased tokens. Each list states a pattern of English news writing, not one article's words.
Titles and honorifics live in `model/name_words.py`, since the model's notion of a name (`model/names.py`)
needs them too; they are re-exported here like the others.
"""

from briefgen.extract.lexicon.advice import (
    ADVICE_MODALS,
    ADVICE_VERBS,
    EXPERTS,
    NEGATIVE_ADVICE,
    WARNING_VERBS,
)
from briefgen.extract.lexicon.asks import ASKS, QUOTED_ASKS
from briefgen.extract.lexicon.background import FACT_VERBS, NUMBER_WORDS
from briefgen.extract.lexicon.meeting_words import (
    MEETING_VERBS,
)
from briefgen.extract.lexicon.organisations import (
    AGREEMENT_HEADS,
    JOINED_ORG_HEADS,
    ORG_CONNECTORS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
)
from briefgen.extract.lexicon.people import (
    CALENDAR_WORDS,
    DESCRIPTOR_STOPS,
    EXPERT_PREFIXES,
    EXPERT_WORDS,
    FIRST_NAME_HONORIFICS,
    MONTH_SURNAMES,
    NAME_PARTICLES,
    PEOPLE_LIST_OPENINGS,
    PERSON_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    ROLE_HEADS,
    ROLE_NOUNS,
    SENTENCE_STARTERS,
    STAFF_NOUNS,
    TITLE_MODIFIERS,
)
from briefgen.extract.lexicon.places import (
    CAPITAL_OF,
    CAPITALS,
    COUNTRIES,
    NATIONALITIES,
    PLACE_HEADS,
    PLACE_PREFIXES,
    REGIONS,
)
from briefgen.extract.lexicon.risks import COMMON_WORDS, RISKS
from briefgen.extract.lexicon.speech import (
    ANONYMOUS_SPEAKER_NOUNS,
    REPORTING_VERBS,
)
from briefgen.model.name_words import HONORIFICS, NAME_KEEPING_TITLES, TITLE_WORDS

__all__ = [
    "ADVICE_MODALS",
    "ASKS",
    "EXPERTS",
    "QUOTED_ASKS",
    "RISKS",
    "ADVICE_VERBS",
    "AGREEMENT_HEADS",
    "ANONYMOUS_SPEAKER_NOUNS",
    "CALENDAR_WORDS",
    "DESCRIPTOR_STOPS",
    "CAPITALS",
    "CAPITAL_OF",
    "COMMON_WORDS",
    "COUNTRIES",
    "EXPERT_PREFIXES",
    "EXPERT_WORDS",
    "FACT_VERBS",
    "FIRST_NAME_HONORIFICS",
    "HONORIFICS",
    "JOINED_ORG_HEADS",
    "MONTH_SURNAMES",
    "MEETING_VERBS",
    "NAME_KEEPING_TITLES",
    "NAME_PARTICLES",
    "NATIONALITIES",
    "NEGATIVE_ADVICE",
    "NUMBER_WORDS",
    "ORG_CONNECTORS",
    "ORG_DESCRIPTORS",
    "ORG_HEADS",
    "PEOPLE_LIST_OPENINGS",
    "PERSON_PRONOUNS",
    "PLACE_HEADS",
    "PLACE_PREFIXES",
    "POSSESSIVE_PRONOUNS",
    "PREPOSITIONS",
    "REGIONS",
    "REPORTING_VERBS",
    "ROLE_HEADS",
    "ROLE_NOUNS",
    "SENTENCE_STARTERS",
    "STAFF_NOUNS",
    "TITLE_MODIFIERS",
    "TITLE_WORDS",
    "WARNING_VERBS",
]
