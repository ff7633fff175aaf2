"""One Brief from the documents: the meeting, then stakeholders, items, sources, title, topics, summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.assemble.collect import collect_items
from briefgen.assemble.run import Document, run_documents
from briefgen.assemble.stakeholders import give_stances, stakeholders
from briefgen.assemble.summary import summary_of, title_of, topics_of
from briefgen.extract.meeting import MeetingFacts, find_meeting
from briefgen.model import Brief, Meeting, Source
from briefgen.text.segment import Sentence

if TYPE_CHECKING:
    from briefgen.ingest import RawArticle


def _meetings(
    docs: list[Document], principal: str | None, counterpart: str | None
) -> tuple[list[MeetingFacts], str | None, str | None]:
    """Each document's meeting, and the names of its two sides: those given, else those of the first document
    that names a principal. With several documents, every document's sides are found again as the first's."""
    published = [doc.raw.metadata.published for doc in docs]
    meetings = [
        find_meeting(doc.analysis, principal, counterpart, day) for doc, day in zip(docs, published, strict=True)
    ]
    first = next((m for m in meetings if m.principal_name is not None), meetings[0] if meetings else None)
    principal = principal or (first.principal_name if first else None)
    counterpart = counterpart or (first.counterpart_name if first else None)
    if len(docs) > 1:
        meetings = [
            find_meeting(doc.analysis, principal, counterpart, day) for doc, day in zip(docs, published, strict=True)
        ]
    return meetings, principal, counterpart


def _first_meeting(docs: list[Document], meetings: list[MeetingFacts]) -> tuple[MeetingFacts, Document] | None:
    """The meeting of the first document that names a principal, else of the first document."""
    found = next((k for k, m in enumerate(meetings) if m.principal_name is not None), 0 if meetings else None)
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
        words=doc.words,
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
    meetings, principal, counterpart = _meetings(docs, principal, counterpart)
    people = stakeholders(docs, [m.sides for m in meetings])
    items = collect_items(docs, meetings, principal, counterpart)
    give_stances(people, items.quotes, items.asks)
    meeting = _meeting(_first_meeting(docs, meetings), principal, counterpart)
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
