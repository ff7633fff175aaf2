"""One Brief from the documents: the meeting, then stakeholders, items, sources, title, topics, summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.assemble.collect import collect_items
from briefgen.assemble.run import Document, run_documents
from briefgen.assemble.stakeholders import give_stances, stakeholders
from briefgen.assemble.summary import summary_of, title_of, topics_of
from briefgen.extract.document import Analysis
from briefgen.extract.meeting import MeetingFacts, find_meeting
from briefgen.model import Brief, Meeting, Source
from briefgen.model.names import same_person
from briefgen.text.segment import Sentence

if TYPE_CHECKING:
    from briefgen.ingest import RawArticle


def _find_person(analysis: Analysis, name: str | None) -> int | None:
    if not name:
        return None
    return next((e.key for e in analysis.people() if same_person(e.name, name)), None)


def _name_of(analysis: Analysis, key: int | None) -> str | None:
    entity = analysis.entity(key)
    return entity.name if entity else None


def _first_meeting(
    docs: list[Document], principal: str | None, counterpart: str | None
) -> tuple[MeetingFacts, Document] | None:
    """The meeting of the first document that names a principal, else of the first document."""
    meetings = [
        find_meeting(
            doc.analysis,
            _find_person(doc.analysis, principal),
            _find_person(doc.analysis, counterpart),
            doc.raw.metadata.published,
        )
        for doc in docs
    ]
    found = next((k for k, m in enumerate(meetings) if m.principal is not None), 0 if meetings else None)
    return (meetings[found], docs[found]) if found is not None else None


def _meeting(first: tuple[MeetingFacts, Document] | None, principal: str | None, counterpart: str | None) -> Meeting:
    if first is None:
        return Meeting(principal=principal, counterpart=counterpart)
    facts, doc = first
    return Meeting(
        principal=principal,
        counterpart=counterpart,
        location=facts.location,
        date=facts.date,
        date_text=facts.date_text,
        purpose=facts.purpose,
        evidence=doc.evidence([facts.sentence]) if facts.sentence is not None else [],
    )


def _source(doc: Document) -> Source:
    meta = doc.raw.metadata
    return Source(
        id=doc.source_id,
        title=doc.raw.title or "",
        outlet=meta.outlet,
        authors=list(meta.authors),
        published=meta.published,
        url=meta.url,
        path=doc.raw.path,
        sha256=doc.raw.sha256,
        words=sum(len(p.split()) for p in doc.analysis.paragraphs),
    )


def assemble_brief(
    documents: Sequence[tuple[str, RawArticle, list[Sentence]]],
    *,
    principal: str | None = None,
    counterpart: str | None = None,
    title: str | None = None,
    date: dt.date | None = None,
) -> Brief:
    """One Brief from (source id, RawArticle, sentences) triples, in the order given. `principal` and
    `counterpart` name the meeting's two people when the articles do not say who they are."""
    docs = run_documents(documents)
    first = _first_meeting(docs, principal, counterpart)
    if first is not None:
        facts, doc = first
        principal = principal or _name_of(doc.analysis, facts.principal)
        counterpart = counterpart or _name_of(doc.analysis, facts.counterpart)
    people = stakeholders(docs, principal, counterpart)
    items = collect_items(docs, principal, counterpart)
    give_stances(people, items.quotes, items.asks)
    meeting = _meeting(first, principal, counterpart)
    brief = Brief(
        title=title or title_of(meeting, docs),
        date=date,
        meeting=meeting,
        background=items.background[:8] if len(docs) == 1 else items.background,
        stakeholders=people,
        quotes=items.quotes,
        expert_advice=items.advice,
        asks=items.asks,
        risks=items.risks,
        topics=topics_of(docs, items.risks),
        sources=[_source(doc) for doc in docs],
    )
    brief.summary = summary_of(brief)
    return brief
