"""The brief's title, topics and summary, from what was extracted.

- Title: "<principal> – <counterpart> meeting", else the first article's headline, else its first
  sentence (cut at 80 characters).
- Topics: the agreements named ("USMCA review (CUSMA)"), then the risk categories, most frequent first.
- Summary: 3-5 bottom lines: the meeting, what the counterpart wants and the principal seeks (their
  first asks), the main risk (the first of high severity), the first expert advice (one with
  credentials first).
Where it fails: a summary line is an extracted sentence as it stands, never a paraphrase.
"""

from __future__ import annotations

from collections import Counter

from briefgen.assemble.run import Document
from briefgen.assemble.stakeholders import is_topic
from briefgen.model import Ask, Brief, Meeting, Risk
from briefgen.model.names import same_person


def title_of(meeting: Meeting, docs: list[Document]) -> str:
    if meeting.principal and meeting.counterpart:
        return f"{meeting.principal} – {meeting.counterpart} meeting"
    for doc in docs:
        if doc.raw.title:
            return doc.raw.title
    first = docs[0].analysis.sentences[0].text if docs and docs[0].analysis.sentences else "Meeting brief"
    return first if len(first) <= 80 else first[:77].rsplit(" ", 1)[0] + "…"


def topics_of(docs: list[Document], risk_items: list[Risk]) -> list[str]:
    topics: list[str] = []
    for doc in docs:
        for entity in doc.analysis.entities.values():
            if is_topic(entity):
                label = entity.name + (f" ({sorted(entity.aliases)[0]})" if entity.aliases else "")
                if label not in topics:
                    topics.append(label)
    counts = Counter(r.category for r in risk_items if r.category != "general")
    topics += [category for category, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return topics


def _first_ask_by(asks: list[Ask], name: str | None) -> Ask | None:
    """The first ask (not a recommendation) by the person `name`."""
    if not name:
        return None
    return next((a for a in asks if a.kind != "recommendation" and a.by and same_person(a.by, name)), None)


def summary_of(brief: Brief) -> list[str]:
    """3-5 bottom lines built from what was extracted, each traceable to its section."""
    lines: list[str] = []
    m = brief.meeting
    if m.principal or m.counterpart:
        where = f" at {m.location}" if m.location else ""
        when = f" ({m.date_text})" if m.date_text else ""
        lines.append(f"{m.principal or 'The principal'} meets {m.counterpart or 'the counterpart'}{where}{when}.")
    theirs = _first_ask_by(brief.asks, m.counterpart)
    ours = _first_ask_by(brief.asks, m.principal)
    if theirs:
        lines.append(f"{theirs.by} wants: {theirs.text}")
    if ours:
        lines.append(f"{ours.by} seeks: {ours.text}")
    high = next((r for r in brief.risks if r.severity == "high"), brief.risks[0] if brief.risks else None)
    if high:
        lines.append(f"Main risk ({high.severity}): {high.text}")
    named = [a for a in brief.expert_advice if a.credentials] or brief.expert_advice
    if named:
        advice = named[0]
        lines.append(
            f"Expert advice ({advice.expert}): {advice.text}" if advice.expert else f"Expert advice: {advice.text}"
        )
    return lines[:5]
