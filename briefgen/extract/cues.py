"""The cue words the extractors read, found for a whole document in one scan (`sentence_cues`).

Expert advice, asks, risks and background each ask of a sentence whether it holds
one of their words; one Aho-Corasick pass (`patterns.CueIndex`) over every sentence's folded text,
quotations blanked, answers all of them, each list exactly as its own `cue_pattern` would.
"""

from __future__ import annotations

from briefgen.extract import lexicon as lx
from briefgen.extract.document import Analysis
from briefgen.text.patterns import CueIndex, Hits

CUE_LISTS = {
    "offer": lx.OFFER_CUES,
    "demand": lx.DEMAND_CUES,
    "objective": lx.OBJECTIVE_CUES,
    "push": lx.PUSH_VERBS,
    "risk": lx.RISK_CUES,
    "high": lx.HIGH_SEVERITY,
    "low": lx.LOW_SEVERITY,
    "hedge": lx.HEDGES,
    "fact": lx.FACT_VERBS,
    "number": lx.NUMBER_WORDS,
    "advice": list(lx.ADVICE_VERBS) + list(lx.ADVICE_MODALS),
    "report": lx.REPORTING_VERBS,
}
CUES = CueIndex(CUE_LISTS)


def sentence_cues(analysis: Analysis) -> list[Hits]:
    """`CUES.scan` of each sentence's folded text. A caller running several extractors scans once and
    hands each the result."""
    return CUES.scan(analysis.folded)
