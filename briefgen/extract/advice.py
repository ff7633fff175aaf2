"""Expert advice: what analysts, economists, fellows, academics and former officials recommend or warn.

- An expert's quote is advice.
- A sentence in which an expert speaks is advice: the words after the verb of saying ("said Takaichi
  should ..."), or from an advice verb on ("urged Ottawa to ..."); a sentence listing several
  recommendations ("... and that she build support ...") gives one item each. The expert must be the
  one speaking: named next to the verb, not described in someone else's words ("reports suggest that
  former security chief X has ..." is no advice of X's).
- Experts named only as a group or a firm count (`lexicon/advice.py`): "Analysts said ...", "...,
  analysts say.", "brokerage Halvard Capital said ...".
Where it fails: an expert's words spread over two sentences are cut at the sentence; a firm's
quote in the next paragraph goes to whoever the quote pass credits it to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.constructions import find
from briefgen.extract.cues import CUES, EXPERT_TABLE, sentence_cues, texts_holding
from briefgen.extract.document import Analysis, Entity
from briefgen.extract.item_text import split_recommendations, tidy, without_attribution
from briefgen.extract.lexicon.advice import ADVICE_VERBS
from briefgen.extract.quotes import FoundQuote
from briefgen.regex_cache import compiled
from briefgen.text.patterns import Hits

TRAILING_PARTICIPLE = compiled(r",\s+(?:arguing|citing|saying|claiming|noting|according)\b.*$", re.I)
# Where and how the words were said, before them ("said in a note to investors, ...", "said on Monday that")
SAID_WHERE = compiled(
    r"^\s*(?:(?:in|on|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+|on\s+\w+)\s*(?:,\s*|(?=that\b))",
    re.I,
)
# A second statement the expert adds ("..., adding that any legal battle would be long")
ADDING = compiled(r"(?:^|,)\s*adding\s+(?:that\s+)?", re.I)
# How many words may stand between an expert's name and their verb of saying ("Ana Ruiz, a fellow at X, said").
NEAR_WORDS = 14


@dataclass(frozen=True, slots=True)
class AdviceFound:
    """An expert's recommendation or warning: its text, sentences, the expert and how it was said."""

    text: str
    sentences: tuple[int, ...]
    expert: str | None
    credentials: str | None = None
    verb: str = ""  # the verb of saying or advice, or "quote"
    named: bool = True  # False for experts named only as a group ("Analysts")


def expert_advice(analysis: Analysis, quotes: list[FoundQuote], cues: list[Hits] | None = None) -> list[AdviceFound]:
    """The experts' quotes and the sentences in which they speak, in article order (`cues` is the document's
    `sentence_cues`, scanned here when not given). A quote credited to no one is the expert's who speaks in
    its sentences ("“...,” director of research Ines Ford said.")."""
    cues = sentence_cues(analysis) if cues is None else cues
    quotes_at: dict[int, list[FoundQuote]] = {}
    for quote in quotes:
        quotes_at.setdefault(quote.sentences[0], []).append(quote)
    # an expert speaks only where one is named, or where experts are named as a group or a firm
    speaking = _naming_experts(analysis).union(texts_holding(EXPERT_TABLE, cues))
    found: list[AdviceFound] = []
    for s_index in sorted(speaking.union(quotes_at)):
        hits = cues[s_index]
        for quote in quotes_at.get(s_index, ()):
            expert = analysis.entity(quote.speaker)
            if expert is None and quote.who.text is None:  # no one credited: the expert speaking beside it
                expert = next(filter(None, (_speaking_expert(analysis, k, cues[k]) for k in quote.sentences)), None)
            if expert is not None and expert.expert:
                found.append(
                    AdviceFound(tidy(quote.span.text), quote.sentences, expert.name, expert.credentials, "quote")
                )
        if hits and s_index in speaking:  # no expert speaks in a sentence without a verb of saying or advice
            found += _spoken_advice(analysis, s_index, hits)
    return found


def _naming_experts(analysis: Analysis) -> set[int]:
    """The sentences holding a mention of an expert."""
    experts = {key for key, entity in analysis.entities.items() if entity.expert}
    if not experts:
        return set()
    return {m.sentence for mentions in analysis.mentions.values() for m in mentions if m.entity in experts}


def _spoken_advice(analysis: Analysis, s_index: int, hits: Hits) -> list[AdviceFound]:
    """The advice of the expert speaking in one sentence (none when no expert speaks there)."""
    sentence = analysis.sentences[s_index]
    group = _unnamed_expert(analysis, s_index, hits)
    if group is not None:
        name, start, end, firm = group
        if start == 0 or firm:  # "Analysts said ...": the advice follows
            clause = TRAILING_PARTICIPLE.sub("", sentence.text[end:])
        else:  # "..., analysts say.": the advice is before
            clause = sentence.text[:start].rstrip(" ,")
        return _items(clause, s_index, name, None, "say", named=firm)
    cue = CUES.search("advice", hits) or CUES.search("report", hits)
    if cue is None:
        return []
    expert = _speaking_expert(analysis, s_index, hits)
    if expert is None or cue[0] > _first_quote_offset(analysis, s_index):
        return []
    verb = CUES.search("report", hits) if cue[1] not in ADVICE_VERBS else cue
    keep_verb = verb is cue and cue[1] in ADVICE_VERBS  # "urged X to ...", "stressed the importance of ..."
    start = (verb[0] if keep_verb else verb[0] + len(verb[1])) if verb and verb[0] <= cue[0] else 0
    clause = without_attribution(TRAILING_PARTICIPLE.sub("", sentence.text[start:]))
    return _items(clause, s_index, expert.name, expert.credentials, (verb or cue)[1], named=True)


def _speaking_expert(analysis: Analysis, s_index: int, hits: Hits) -> Entity | None:
    """The expert speaking in the sentence: its subject, else another expert named next to a verb of saying."""
    entities = analysis.entities
    experts = [entities[m.entity] for m in analysis.mentions.get(s_index, ()) if entities[m.entity].expert]
    if not experts:
        return None
    subject = analysis.entity(analysis.subjects.get(s_index))
    candidates = ([subject] if subject in experts else []) + [e for e in experts if e is not subject]
    return next((expert for expert in candidates if _speaks(analysis, s_index, expert, hits)), None)


def _items(
    clause: str, s_index: int, expert: str, credentials: str | None, verb: str, named: bool
) -> list[AdviceFound]:
    """The advice of one clause: without where it was said, split into its recommendations and what the
    expert added."""
    clause = SAID_WHERE.sub("", clause, count=1)
    pieces = [piece.strip(" ,") for piece in ADDING.split(clause)]
    parts = [part for piece in pieces if piece for part in split_recommendations(piece)]
    return [AdviceFound(part, (s_index,), expert, credentials, verb, named) for part in parts if len(part.split()) >= 3]


def _unnamed_expert(analysis: Analysis, s_index: int, hits: Hits) -> tuple[str, int, int, bool] | None:
    """(who, start, end, a firm?) of experts named as a group or a firm in the sentence ("Analysts at Norbank
    said"), `end` the end of their verb of saying."""
    low = analysis.folded[s_index]
    text = analysis.sentences[s_index].text
    for start, end, construction, _ in find(EXPERT_TABLE, low, hits):
        verb = re.search(r"\s+\S+\W*\Z", text[:end])
        who = text[start : verb.start() if verb else end].strip(" ,")
        firm = construction.name == "firm"
        return (_firm_name(who) if firm else who[:1].upper() + who[1:]), start, end, firm
    return None


def _firm_name(described: str) -> str:
    """ "brokerage Merrill Lynch" → "Merrill Lynch": the capitalised words after the descriptor."""
    words = described.split()
    capitalised = [w for w in words if w[:1].isupper()]
    if words and words[0][:1].isupper():
        capitalised = capitalised[1:]  # the descriptor opening the sentence ("Brokerage")
    return " ".join(capitalised) or described


def _speaks(analysis: Analysis, s_index: int, expert: Entity, hits: Hits) -> bool:
    """True when the expert is named next to a verb of saying or advice: before it ("X, a fellow at Y, said")
    or right after it ("said X"), with no "that" between (which makes the expert what is said)."""
    sentence = analysis.sentences[s_index]
    text = analysis.plain[s_index]
    verbs = [(at, word) for at, word in hits if CUES.longest["report"].get(word) or word in ADVICE_VERBS]
    for mention in analysis.mentions.get(s_index, ()):
        if mention.entity != expert.key or mention.in_quote:
            continue
        start, end = mention.start - sentence.start, mention.end - sentence.start
        for verb_at, word in verbs:
            between = text[end:verb_at] if end <= verb_at else text[verb_at + len(word) : start]
            if " that " not in f" {between.lower()} " and len(between.split()) <= NEAR_WORDS:
                return True
    return False


def _first_quote_offset(analysis: Analysis, s_index: int) -> int:
    """Offset in the sentence of its first quotation mark (its length when it has none)."""
    sentence = analysis.sentences[s_index]
    opens = [
        open_ - sentence.start
        for open_, _ in analysis.spans_within(sentence.paragraph, sentence.start, sentence.end)
        if open_ >= sentence.start
    ]
    return min(opens, default=len(sentence.text))
