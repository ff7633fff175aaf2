"""Countries: a country or a capital standing for its government ("Washington set a 15% tariff"), and the
country a person's title or affiliation names ("Canadian Finance Minister ...", "... of Mexico's
economy ministry").
Where it fails: only a country or capital of one word is an entity ("South Korea", "Mexico City" are
none); a capital that is also a person's name ("Washington" the person) is taken for the country.
"""

from __future__ import annotations

from briefgen.extract import lexicon as lx
from briefgen.extract.document import Token

COUNTRY_WORDS = lx.COUNTRIES | lx.CAPITALS  # the lowercased words naming a country or a capital standing for one


def is_country_word(lower: str) -> bool:
    """Whether a lowercased word names a country or a capital standing for one."""
    return lower in COUNTRY_WORDS


def country_entity_name(token: Token) -> str:
    """The name a country or capital is kept under ("US" and "U.S." are "United States")."""
    return "United States" if token.lower in ("us", "u.s.") else token.bare


def country_of(title: list[Token], affiliation: str | None) -> str | None:
    """The country of a person: a nationality in the title, else a country opening the affiliation."""
    for tok in title:
        if tok.lower in lx.NATIONALITIES:
            return lx.NATIONALITIES[tok.lower]
    if affiliation:
        first = affiliation.split()[0].lower()
        if first in lx.COUNTRIES:
            return affiliation.split()[0]
    return None


def country_name(name: str) -> str:
    """The country a country entity's name stands for: a capital is its country ("Ottawa" → "Canada")."""
    return lx.CAPITAL_OF.get(name.lower(), name)
