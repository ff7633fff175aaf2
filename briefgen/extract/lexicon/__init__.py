"""Rule data for extraction, one module per concern: people and titles (`people`), organisations
(`organisations`), places and countries (`places`), verbs of saying and unnamed speakers (`speech`), the
cue words of the sections (`section_cues`) and of the meeting (`meeting_words`).

Kept apart from the logic (extract/*.py) so a rule can be read, reviewed and extended as a list, and
re-exported here: `from briefgen.extract import lexicon as lx; lx.TITLE_WORDS`. All entries are lowercase;
matching is on lowercased tokens. Each list states a pattern of English news writing, not one article's words.
Titles and honorifics live in `model/name_words.py`, since the model's notion of a name (`model/names.py`)
needs them too; they are re-exported here like the others.
"""

from briefgen.extract.lexicon.meeting_words import (
    MEETING_VERBS,
)
from briefgen.extract.lexicon.organisations import (
    AGREEMENT_HEADS,
    ORG_CONNECTORS,
    ORG_HEADS,
)
from briefgen.extract.lexicon.people import (
    CALENDAR_WORDS,
    EXPERT_PREFIXES,
    EXPERT_WORDS,
    FIRST_NAME_HONORIFICS,
    MONTH_SURNAMES,
    NAME_PARTICLES,
    PERSON_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
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
from briefgen.extract.lexicon.section_cues import (
    ADVICE_MODALS,
    ADVICE_VERBS,
    COMMON_WORDS,
    DEMAND_CUES,
    FACT_VERBS,
    HEDGES,
    HIGH_SEVERITY,
    LOW_SEVERITY,
    NEGATIVE_ADVICE,
    NUMBER_WORDS,
    OBJECTIVE_CUES,
    OFFER_CUES,
    PUSH_VERBS,
    QUOTED_ASK_CUES,
    RISK_CUES,
    STRONG_RISK_CUES,
    WARNING_VERBS,
)
from briefgen.extract.lexicon.speech import (
    ANONYMOUS_SPEAKER_NOUNS,
    REPORTING_VERBS,
    UNNAMED_EXPERT_GROUPS,
    UNNAMED_EXPERT_VERBS,
)
from briefgen.model.name_words import HONORIFICS, NAME_KEEPING_TITLES, TITLE_WORDS

__all__ = [
    "ADVICE_MODALS",
    "ADVICE_VERBS",
    "AGREEMENT_HEADS",
    "ANONYMOUS_SPEAKER_NOUNS",
    "CALENDAR_WORDS",
    "CAPITALS",
    "CAPITAL_OF",
    "COMMON_WORDS",
    "COUNTRIES",
    "DEMAND_CUES",
    "EXPERT_PREFIXES",
    "EXPERT_WORDS",
    "FACT_VERBS",
    "FIRST_NAME_HONORIFICS",
    "HEDGES",
    "HIGH_SEVERITY",
    "HONORIFICS",
    "MONTH_SURNAMES",
    "LOW_SEVERITY",
    "MEETING_VERBS",
    "NAME_KEEPING_TITLES",
    "NAME_PARTICLES",
    "NATIONALITIES",
    "NEGATIVE_ADVICE",
    "NUMBER_WORDS",
    "OBJECTIVE_CUES",
    "OFFER_CUES",
    "ORG_CONNECTORS",
    "ORG_HEADS",
    "PERSON_PRONOUNS",
    "PLACE_HEADS",
    "PLACE_PREFIXES",
    "POSSESSIVE_PRONOUNS",
    "PREPOSITIONS",
    "REGIONS",
    "PUSH_VERBS",
    "QUOTED_ASK_CUES",
    "REPORTING_VERBS",
    "RISK_CUES",
    "ROLE_NOUNS",
    "SENTENCE_STARTERS",
    "STAFF_NOUNS",
    "STRONG_RISK_CUES",
    "TITLE_MODIFIERS",
    "TITLE_WORDS",
    "UNNAMED_EXPERT_GROUPS",
    "UNNAMED_EXPERT_VERBS",
    "WARNING_VERBS",
]
