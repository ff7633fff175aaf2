"""Stakeholders: the people, organisations and countries of every document as one list, each with a side
and a stance.

- The same person in several documents (`model.names.same_person`), or the same organisation or
  country by name (a capital is its country), is one stakeholder counting every mention.
- An organisation mentioned once without an acronym, a country mentioned under three times, and an
  agreement ("USMCA review") are left out.
- Side: the one the meeting of the entity's first document gives it (`extract.meeting`: the parties at
  the table and who works for each, experts, opposition, third parties), else "unknown".
- Stance: the first ask by them ("Wants: ...", "Offers: ..."), else their first quotation of five words
  or more.
Where it fails: a stakeholder found in several documents keeps the side of the first one.
"""

from __future__ import annotations

from typing import cast

from briefgen.assemble.run import Document
from briefgen.extract import lexicon as lx
from briefgen.extract.countries import country_name
from briefgen.extract.document import Entity
from briefgen.model import Ask, Evidence, Kind, Quote, Side, Stakeholder, item_id
from briefgen.model.names import PersonIndex, same_person


def is_topic(entity: Entity) -> bool:
    """An organisation that names an agreement or process ("USMCA review"): a topic, not a stakeholder."""
    return entity.kind == "organization" and entity.name.lower().split()[-1] in lx.AGREEMENT_HEADS


def _kept(entity: Entity) -> bool:
    """Whether an entity is mentioned enough to be a stakeholder."""
    if not entity.mentions or is_topic(entity):
        return False
    if entity.kind == "organization" and len(entity.mentions) < 2 and not entity.aliases:
        return False
    return not (entity.kind == "country" and len(entity.mentions) < 3)


def _same_stakeholder(known: Entity, entity: Entity) -> bool:
    if known.kind != entity.kind:
        return False
    if entity.kind == "person":
        return same_person(known.name, entity.name)
    return (
        country_name(known.name).lower() == country_name(entity.name).lower()
        or known.name.lower() == entity.name.lower()
    )


Merged = list[tuple[Entity, int, list[Evidence], str]]  # entity, mentions counted, evidence, side


def _merged_entities(docs: list[Document], sides: list[dict[int, str]]) -> Merged:
    """The documents' entities kept as stakeholders, the same one in several documents merged (with the side
    its first document gives it)."""
    merged: Merged = []
    for doc, doc_sides in zip(docs, sides, strict=True):
        for entity in doc.analysis.entities.values():
            if not _kept(entity):
                continue
            evidence = doc.evidence([entity.mentions[0].sentence])
            for k, (known, count, ev, side) in enumerate(merged):
                if _same_stakeholder(known, entity):
                    known.role = known.role or entity.role
                    merged[k] = (known, count + len(entity.mentions), ev + [e for e in evidence if e not in ev], side)
                    if entity.name != known.name:
                        known.aliases.add(entity.name)
                    break
            else:
                merged.append((entity, len(entity.mentions), evidence, doc_sides.get(entity.key, "unknown")))
    return merged


def stakeholders(docs: list[Document], sides: list[dict[int, str]]) -> list[Stakeholder]:
    """The stakeholders of the documents, in the order first found, with the sides each document's meeting
    gives its entities (`sides`, one dict per document), but no stances yet."""
    result = []
    for entity, count, evidence, side in _merged_entities(docs, sides):
        name = country_name(entity.name) if entity.kind == "country" else entity.name
        aliases = sorted(a for a in entity.aliases | ({entity.name} if name != entity.name else set()) if a != name)
        kind: Kind = entity.kind
        stakeholder = Stakeholder(
            name=name,
            kind=kind,
            role=entity.role,
            affiliation=entity.affiliation,
            side=cast(Side, side),  # one of the model's sides: Stakeholder validates it
            aliases=aliases,
            mentions=count,
            evidence=evidence,
        )
        stakeholder.id = item_id("stakeholders", f"{stakeholder.kind} {name}")
        result.append(stakeholder)
    return result


def give_stances(stakeholders: list[Stakeholder], quotes: list[Quote], asks: list[Ask]) -> None:
    """What each stakeholder wants (first ask by them) or has said (first quote)."""
    asks_by = PersonIndex((a.by, a) for a in asks if a.by and a.kind != "recommendation")
    quotes_by = PersonIndex((q.speaker, q) for q in quotes if q.speaker)
    for person in stakeholders:
        ask = asks_by.find(person.name)
        said = quotes_by.find_all(person.name)
        quote = next((q for q in said if len(q.text.split()) >= 5), said[0] if said else None)
        if ask is not None:
            person.stance = f"Wants: {ask.text}" if ask.kind != "offer" else f"Offers: {ask.text}"
        elif quote is not None:
            person.stance = f"“{quote.text}”"
