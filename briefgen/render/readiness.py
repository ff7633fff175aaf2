"""What a briefing note still lacks before it goes to the principal: `readiness(brief)`, which
`briefgen check` prints as warnings.

A brief briefgen drafts from articles is not yet a note a principal can read: staff write the lines to
take and the recommendation, name the drafter and the principal, turn "on Monday" into a date, and
make sure every item still cites its source. Each warning names the brief.yaml field to fill.

Where it fails: it checks that things are there, not that they are good; a bottom line counts as
written when three summary lines say something the front note does not print elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.model import SECTION_MODELS, Brief

FEWEST_BOTTOM_LINES = 3


@dataclass(frozen=True)
class Lack:
    """One thing the note lacks: the brief.yaml field it concerns and what to do."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def _furniture(brief: Brief) -> list[Lack]:
    lacks = []
    if not brief.prepared_for:
        lacks.append(Lack("prepared_for", "empty; name the principal the note is for"))
    if not brief.prepared_by:
        lacks.append(Lack("prepared_by", "empty; name the drafter"))
    meeting = brief.meeting
    if meeting.date is None and meeting.date_text:
        lacks.append(Lack("meeting.date", f"the sources only say {meeting.date_text!r}; give the date as YYYY-MM-DD"))
    elif meeting.date is None:
        lacks.append(Lack("meeting.date", "empty; give the meeting's date as YYYY-MM-DD"))
    return lacks


def _front_note(brief: Brief) -> list[Lack]:
    from briefgen.render.frontnote import front_note

    lacks = []
    note = front_note(brief)
    if not note.objectives:
        lacks.append(Lack("objectives", "none written, none drafted from the sources; write what the principal wants"))
    own = len(note.bottom_line)
    if own < FEWEST_BOTTOM_LINES:
        lacks.append(
            Lack(
                "summary",
                f"the bottom line has {own} line(s) of its own (the other summary lines repeat the front note); "
                f"write {FEWEST_BOTTOM_LINES} to 5",
            )
        )
    if not brief.key_messages:
        lacks.append(Lack("key_messages", "no lines to take; write what the principal should say"))
    if not brief.recommendation:
        wanted = "the decision sought" if brief.decision == "decision" else "what the principal should do"
        lacks.append(Lack("recommendation", f"empty; write {wanted}"))
    return lacks


def _evidence(brief: Brief) -> list[Lack]:
    lacks = []
    for section in SECTION_MODELS:
        for number, item in enumerate(getattr(brief, section)):
            if not item.evidence:
                name = item.id or " ".join(str(getattr(item, "text", getattr(item, "name", ""))).split()[:6])
                lacks.append(
                    Lack(f"{section}[{number}]", f"{name}: no evidence; cite the source sentence or delete it")
                )
    return lacks


def readiness(brief: Brief) -> list[Lack]:
    """What the note lacks before it goes to the principal, in the order the note reads; empty when ready."""
    return [*_furniture(brief), *_front_note(brief), *_evidence(brief)]
