"""Risks: what could go wrong for the principal, with a category and a severity.

A sentence (its quotations blanked) is a risk when its constructions (`lexicon/risks.py`) weigh two or
more: a strong one (a threat, a condition, a deadline, a delay, a refusal, a dispute, a legal block,
hedged harm, a strike to come, a weak majority) weighs two, a weak one (a tariff, a cost, a falling
trend, the opposition, a regulator) one for each of its words there, up to two ("output is collapsing and
there is discontent"); an expert speaking adds one.
A quote is a risk on the same weights, or with one weak construction and a hedge ("it could cost us").
The category is that of the first strong construction (else the first weak one); the severity is high
when a construction says so (threats, ultimatums, refusals, legal action, strikes to come), else low
when the wording hedges ("may", "could", "possible") and no construction keeps it medium (a warning),
else medium.
A sentence that opens with a past year ("In 1998, ...") tells history: it is background, not a risk.
Where it fails: a risk told as a plain adverse fact with no construction ("the teachers did not see the
governor") is not found; a construction in a figurative sense may be taken literally.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract.constructions import RiskConstruction, find
from briefgen.extract.cues import CUES, RISK_TABLE, quote_cues, sentence_cues, texts_holding
from briefgen.extract.document import Analysis
from briefgen.extract.item_text import fewer_words, tidy
from briefgen.extract.quotes import FoundQuote
from briefgen.regex_cache import compiled
from briefgen.text.patterns import Hits

HISTORY = compiled(r"^(?:in|by|during|after|until|since)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b")
MIN_WORDS = 5
# The risk constructions of a text with their weights (`weigh`).
Weighed = list[tuple[RiskConstruction, int]]


@dataclass(frozen=True, slots=True)
class RiskFound:
    """A risk: its text, the sentences it rests on, category and severity."""

    text: str
    sentences: tuple[int, ...]
    category: str
    severity: str
    constructions: tuple[str, ...] = ()


def risks(
    analysis: Analysis,
    quotes: list[FoundQuote],
    cues: list[Hits] | None = None,
    weights: list[Weighed] | None = None,
    quoted: list[tuple[str, Hits]] | None = None,
) -> list[RiskFound]:
    """The sentences and quotes that are risks, in article order (`cues`: the document's `sentence_cues`,
    scanned here when not given; `weights`: its `sentence_weights`, and `quoted`: its `quote_cues`, the same)."""
    cues = sentence_cues(analysis) if cues is None else cues
    weights = sentence_weights(analysis, cues) if weights is None else weights
    found: list[RiskFound] = []
    for s_index, weighed in enumerate(weights):
        if not weighed:  # no risk construction
            continue
        low = analysis.folded[s_index]
        weight = sum(w for _, w in weighed)
        if not weight or fewer_words(low, MIN_WORDS) or HISTORY.match(low):
            continue
        if weight == 1:  # an expert's one weak signal is enough
            subject = analysis.entity(analysis.subjects.get(s_index))
            weight += 1 if subject is not None and subject.expert else 0
        if weight >= 2:
            found.append(_risk(analysis.sentences[s_index].text, (s_index,), cues[s_index], weighed))
    quoted = quote_cues(quotes) if quoted is None else quoted
    for q_index in texts_holding(RISK_TABLE, [hits for _, hits in quoted]):
        quote, (low, hits) = quotes[q_index], quoted[q_index]
        weighed = weigh(low, hits)
        weight = sum(w for _, w in weighed)
        if weight >= 2 or (weight and CUES.search("hedge", hits)):
            found.append(_risk(tidy(quote.span.text), quote.sentences, hits, weighed))
    return found


def sentence_weights(analysis: Analysis, cues: list[Hits]) -> list[Weighed]:
    """`weigh` of each sentence (`cues`: the document's `sentence_cues`), made once: risks and background
    both read it."""
    weights: list[Weighed] = [[]] * len(cues)  # one empty list shared by the sentences that weigh nothing
    for s_index in texts_holding(RISK_TABLE, cues):
        weights[s_index] = weigh(analysis.folded[s_index], cues[s_index])
    return weights


def weigh(low: str, hits: Hits) -> Weighed:
    """The risk constructions a folded text holds, in the order of their first place, with their weight: a
    strong construction its strength, a weak one one for each of its words there, up to two."""
    words: dict[RiskConstruction, set[str]] = {}
    for start, end, construction, _ in find(RISK_TABLE, low, hits):
        words.setdefault(construction, set()).add(low[start:end])
    return [(c, c.strength if c.strength >= 2 else min(2, len(found))) for c, found in words.items()]


def _risk(text: str, sentences: tuple[int, ...], hits: Hits, weighed: Weighed) -> RiskFound:
    """The risk of a text: its category and severity from its constructions and the hedges among its cue `hits`."""
    constructions = [c for c, _ in weighed]
    strong = [c for c in constructions if c.strength >= 2]
    category = (strong or constructions)[0].category
    if any(c.severity == "high" for c in constructions):
        severity = "high"
    elif CUES.search("low severity", hits) and not any(c.severity == "medium" for c in constructions):
        severity = "low"
    else:
        severity = "medium"
    return RiskFound(text, sentences, category, severity, tuple(c.name for c in constructions))
