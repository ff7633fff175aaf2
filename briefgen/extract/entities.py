"""People and organisations: who is named, with what title or role, and every later mention.

The entity pass over one document, in order:
1. name runs, the capitalised word sequences of each sentence (`name_runs.py`);
2. the entities they define: organisations, countries (`countries.py`), and people with their titles and
   appositive roles (`people.py`, `titles.py`); a short name found beside a full one is merged into it;
3. every later mention by name, surname, role or pronoun, and each sentence's subject (`mentions.py`).
The result is the document's `Analysis` (`document.py`), which every other extractor reads.
Where it fails: a one-word name never given in full and without a title is not found; two people
with the same surname are told apart only by their first names; pronouns are resolved by recency and
grammatical subject, not gender.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.extract.document import Analysis, Entity, EntityTable, QuoteSpans
from briefgen.extract.mentions import resolve
from briefgen.extract.name_runs import document_runs
from briefgen.extract.people import discover, merge_single_names
from briefgen.text.segment import Sentence


def analyse(
    sentences: list[Sentence],
    paragraphs: list[str],
    quote_spans: QuoteSpans,
    known: Sequence[Entity] = (),
) -> Analysis:
    """Find the entities of one document and resolve their mentions. `known` people and organisations
    (from earlier articles of the same brief) are recognised by surname or acronym here too."""
    runs = document_runs(sentences)
    table = EntityTable()
    for entity in known:
        seeded = table.add(
            entity.name,
            entity.kind,
            role=entity.role,
            affiliation=entity.affiliation,
            credentials=entity.credentials,
            country=entity.country,
            expert=entity.expert,
        )
        for alias in entity.aliases:
            table.by_name.setdefault(alias.lower(), seeded.key)
    analysis = Analysis(sentences, paragraphs, quote_spans, table.entities, {}, {})
    discover(analysis, table, runs)
    merge_single_names(table)
    resolve(analysis, table, runs)
    return analysis
