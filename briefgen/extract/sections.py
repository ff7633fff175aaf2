"""The section extractors as `Claim`s, for the assembler until it reads their records itself.

The extractors live in `advice.py`, `asks.py`, `risks.py` and `background.py`; this module only turns their
records into the `Claim`s `assemble` reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.extract import advice as _advice
from briefgen.extract import asks as _asks
from briefgen.extract import background as _background
from briefgen.extract import risks as _risks
from briefgen.extract.document import Analysis
from briefgen.extract.quotes import FoundQuote
from briefgen.text.patterns import Hits


@dataclass(slots=True)  # no __dict__: a long article gives tens of thousands
class Claim:
    """One item of a section: its text, the sentences it rests on, and section-specific fields."""

    section: str
    text: str
    sentences: tuple[int, ...]
    fields: dict[str, object] = field(default_factory=dict)
    record: object = None


def expert_advice(analysis: Analysis, quotes: list[FoundQuote], cues: list[Hits] | None = None) -> list[Claim]:
    return [
        Claim(
            "expert_advice",
            a.text,
            a.sentences,
            {"expert": a.expert, "credentials": a.credentials, "verb": a.verb, "named": a.named},
            a,
        )
        for a in _advice.expert_advice(analysis, quotes, cues)
    ]


def asks(
    analysis: Analysis,
    quotes: list[FoundQuote],
    advice: list[Claim],
    cues: list[Hits] | None = None,
    quoted: list[tuple[str, Hits]] | None = None,
) -> list[Claim]:
    records = [c.record for c in advice if isinstance(c.record, _advice.AdviceFound)]
    found = _asks.asks(analysis, quotes, records, cues, quoted)
    claims = []
    for a in found:
        fields: dict[str, object] = {"by": a.by, "of": a.of, "kind": a.kind}
        if a.kind == "recommendation":
            fields = {"by": None, "of": None, "kind": a.kind, "recommended_by": a.by}
        claims.append(Claim("asks", a.text, a.sentences, fields, a))
    return claims


def risks(
    analysis: Analysis,
    quotes: list[FoundQuote],
    cues: list[Hits] | None = None,
    weights: list[_risks.Weighed] | None = None,
    quoted: list[tuple[str, Hits]] | None = None,
) -> list[Claim]:
    return [
        Claim("risks", r.text, r.sentences, {"category": r.category, "severity": r.severity}, r)
        for r in _risks.risks(analysis, quotes, cues, weights, quoted)
    ]


def background(
    analysis: Analysis,
    used: set[int],
    limit: int | None = None,
    cues: list[Hits] | None = None,
    weights: list[_risks.Weighed] | None = None,
) -> list[Claim]:
    return [
        Claim("background", f.text, f.sentences, {}, f)
        for f in _background.background(analysis, used, limit, cues, weights)
    ]
