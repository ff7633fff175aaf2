"""The shape of a rule list's examples: a short invented sentence of news writing and what extraction
makes of it. Every list of rule data carries some (`extract/lexicon/`, `model/name_words.py`), and a
table-driven test (tests/extract/test_lexicon_*.py) runs each through extraction; counter-examples show
where a list must not apply."""

from __future__ import annotations

from typing import NamedTuple


class Example(NamedTuple):
    """An example text and what is found in it; a field left empty is not checked."""

    text: str
    people: tuple[tuple[str, str | None], ...] = ()  # (name, role) of people found (None: found without a role)
    not_people: tuple[str, ...] = ()  # words that no person's name holds
    orgs: tuple[str, ...] = ()  # names of organisations found
    countries: tuple[str, ...] = ()  # the countries that country entities stand for
    not_countries: tuple[str, ...] = ()  # countries that none stands for
    mentions: tuple[tuple[str, str], ...] = ()  # (words of the text, the name of the entity they mention)
    not_mentions: tuple[str, ...] = ()  # words of the text that mention nobody
    experts: tuple[str, ...] = ()  # people found who are experts
    not_experts: tuple[str, ...] = ()  # people found who are not
    nationality: tuple[tuple[str, str | None], ...] = ()  # (person, the country their title or affiliation names)
    subject: str | None = None  # the name of the last sentence's subject; "" for none; None: not checked
    topics: tuple[str, ...] = ()  # the brief's topics
