"""The cue words the extractors read, found for a whole document in one scan (`sentence_cues`).

Expert advice, asks, risks (and their hedges) and background each ask of a sentence whether it holds
one of their words; one Aho-Corasick pass (`patterns.CueIndex`) over every sentence's folded text,
quotations blanked, answers all of them, each list exactly as its own `cue_pattern` would. The words of
every construction (`constructions.py`, `lexicon/`) are lists of their own.
"""

from __future__ import annotations

from collections.abc import Container

from briefgen.extract import lexicon as lx
from briefgen.extract.constructions import table, word_lists
from briefgen.extract.document import Analysis
from briefgen.extract.lexicon.advice import ADVICE_MODALS, ADVICE_VERBS, EXPERTS
from briefgen.extract.lexicon.asks import ASKS, QUOTED_ASKS
from briefgen.extract.lexicon.background import DATE_WORDS, FACT_VERBS, NUMBER_WORDS
from briefgen.extract.lexicon.risks import HEDGE_WORDS, LOW_SEVERITY_WORDS, RISKS
from briefgen.extract.quotes import FoundQuote
from briefgen.text.patterns import CueIndex, Hits, fold

CUE_LISTS = {
    "fact": FACT_VERBS,
    "number": NUMBER_WORDS,
    "dated": DATE_WORDS,
    "advice": list(ADVICE_VERBS) + list(ADVICE_MODALS),
    "report": lx.REPORTING_VERBS,
    "low severity": LOW_SEVERITY_WORDS,
    "hedge": HEDGE_WORDS,
    **word_lists(ASKS + QUOTED_ASKS + RISKS + EXPERTS),
}
CUES = CueIndex(CUE_LISTS)
# The constructions of each section, reached from the words the index reports.
ASK_TABLE = table(ASKS, CUES.longest)
QUOTED_ASK_TABLE = table(QUOTED_ASKS, CUES.longest)
RISK_TABLE = table(RISKS, CUES.longest)
EXPERT_TABLE = table(EXPERTS, CUES.longest)


def sentence_cues(analysis: Analysis) -> list[Hits]:
    """`CUES.scan` of each sentence's folded text. A caller running several extractors scans once and
    hands each the result."""
    return CUES.scan(analysis.folded)


def quote_cues(quotes: list[FoundQuote]) -> list[tuple[str, Hits]]:
    """Each quote's text folded by `patterns.fold`, with its `CUES.scan`: made once for the extractors that read
    quotes (risks, asks)."""
    folded = [fold(quote.span.text) for quote in quotes]
    return list(zip(folded, CUES.scan(folded), strict=True))


def texts_holding(words: Container[str], cues: list[Hits]) -> list[int]:
    """The indexes of the texts (sentences, quotes) whose hits hold one of `words` (a construction table's
    words): the only texts where its constructions can stand."""
    found = []
    for index, hits in enumerate(cues):
        for _, word in hits:  # plain loops: a generator per text would cost more than the test
            if word in words:
                found.append(index)
                break
    return found
