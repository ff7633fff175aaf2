"""Asks: what each party demands, offers or aims at, and what experts recommend.

- A sentence (its quotations blanked) holding an ask construction (`lexicon/asks.py`: "wants", "calls for",
  "urged X to", "plans to", "hopes to", "claims that", "will not accept ... without") gives one ask per
  clause: the words from the construction's verb to the end of the clause, without a closing attribution
  ("Wants relief from the 50% levy on steel"). A list of three or more phrases gives one ask each, each
  with the verb ("Wants a review clause").
- `by` is the clause's subject (`item_text.subject_before`): a person, organisation, country or noun phrase,
  never a fragment; `of` is the party named after "urged", "wants ... to". An expert's sentence is advice.
- What a party says another must do ("told the rally that the Legislature should ...") is a demand by the
  one who says it of the subject of "should", the ask naming it; "In return, X will ..." is X's offer.
- What was agreed before ("last week agreed to pause") is no ask; a present perfect ("have agreed to
  begin talks") is.
- A party's quote asking in its own words ("We want ...", "Let's make a deal") is an ask by the speaker.
- An expert's advice that recommends (an advice verb, a modal) is a `recommendation`.
Where it fails: an ask told as a deal's terms in nouns ("the agency model lets each publisher set the
price") has no verb to find; a clause's subject far from its verb may be missed (then `by` is empty).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract.advice import AdviceFound
from briefgen.extract.constructions import AskConstruction, find
from briefgen.extract.cues import ASK_TABLE, QUOTED_ASK_TABLE, quote_cues, sentence_cues, texts_holding
from briefgen.extract.document import Analysis
from briefgen.extract.item_text import asked_party, list_parts, subject_before, tidy, without_attribution
from briefgen.extract.lexicon.advice import ADVICE_VERBS, NEGATIVE_ADVICE, WARNING_VERBS
from briefgen.extract.lexicon.asks import NOT_RELATIVE_BEFORE, PAST_VERB, SAYING_THAT
from briefgen.extract.quotes import FoundQuote
from briefgen.regex_cache import compiled
from briefgen.text.patterns import Hits, cue_pattern, fold

CLAUSE_END = compiled(r";|\s[—–]\s|$")
DIGIT = compiled(r"\d")
SAYING = compiled(SAYING_THAT)
PAST = compiled(PAST_VERB)
MODAL = cue_pattern(("should", "must", "needs to", "need to", "ought to", "has to", "have to"))


@dataclass(frozen=True, slots=True)
class AskFound:
    """An ask: its text, the sentences it rests on, its kind, who asks (`by`) and of whom (`of`)."""

    text: str
    sentences: tuple[int, ...]
    kind: str
    by: str | None = None
    of: str | None = None
    construction: str = ""


def asks(
    analysis: Analysis,
    quotes: list[FoundQuote],
    advice: list[AdviceFound],
    cues: list[Hits] | None = None,
    quoted: list[tuple[str, Hits]] | None = None,
) -> list[AskFound]:
    """The asks of the parties in the article's sentences and quotes, then the experts' recommendations
    (`cues`: the document's `sentence_cues`, scanned here when not given; `quoted`: its `quote_cues`, the same)."""
    cues = sentence_cues(analysis) if cues is None else cues
    found: list[AskFound] = []
    for s_index in texts_holding(ASK_TABLE, cues):
        found += _sentence_asks(analysis, s_index, cues[s_index])
    found += _quoted_asks(analysis, quotes, quote_cues(quotes) if quoted is None else quoted)
    found += _recommendations(advice)
    return found


def _constructions_at(low: str, hits: Hits) -> list[tuple[int, int, AskConstruction, str]]:
    """(start, end, construction, its word) of every ask construction in a folded sentence, in order."""
    # at one place, a construction naming the party asked wins, then the longest
    return sorted(find(ASK_TABLE, low, hits), key=lambda f: (f[0], not f[2].asked, -(f[1] - f[0])))


def _sentence_asks(analysis: Analysis, s_index: int, hits: Hits) -> list[AskFound]:
    """The asks of one sentence: the first construction of each clause."""
    low = analysis.folded[s_index]
    constructions = _constructions_at(low, hits)
    subject = analysis.entity(analysis.subjects.get(s_index)) if constructions else None
    if subject is not None and subject.expert:
        return []
    text = analysis.sentences[s_index].text
    found: list[AskFound] = []
    taken_until = -1
    for start, end, construction, word in constructions:
        if start < taken_until or not construction.asked_before and in_relative_clause(low, start):
            continue
        clause_end = CLAUSE_END.search(text, end).start()  # type: ignore[union-attr]  # "$" always matches
        taken_until = clause_end
        found += _ask_items(analysis, s_index, construction, start, start + len(word), clause_end)
    return found


def in_relative_clause(low: str, start: int) -> bool:
    """Whether the words before `start` put it in a restrictive relative clause: a noun, "that" or "which"
    (no comma), and one to four words ("the order that the president plans to ..."), the noun being no verb
    of saying, knowing or time (`NOT_RELATIVE_BEFORE`: "said on Thursday that the union wants ...") and no past
    tense ("speculated that Fiat may be willing to ...")."""
    window = low[max(0, start - 80) : start]
    for joiner in (" that ", " which "):
        at = window.rfind(joiner)
        if at < 0 or not 1 <= len(window[at + len(joiner) :].split()) <= 4:
            continue
        before = window[:at].split()
        noun = before[-1] if before else ""  # "the talks, which ...": a clause of its own, its asks stand
        if noun.isalpha() and noun not in NOT_RELATIVE_BEFORE and not PAST.fullmatch(noun):
            return True
    return False


def _ask_items(
    analysis: Analysis, s_index: int, construction: AskConstruction, start: int, verb_end: int, clause_end: int
) -> list[AskFound]:
    """The ask(s) of one construction whose verb is [start, verb_end): its clause, split when it lists several."""
    text = analysis.sentences[s_index].text
    verb, rest = text[start:verb_end], without_attribution(text[verb_end:clause_end])
    if len(rest.split()) < 2 and not DIGIT.search(rest):
        return []
    by = subject_before(analysis, s_index, start)
    of = asked_party(rest) if construction.asked else None
    if construction.asked_before:  # "X told them that Y should ...": X asks it of Y, and the ask names Y
        plain = analysis.plain[s_index]
        saying = list(SAYING.finditer(plain, 0, start))
        of, by = by, subject_before(analysis, s_index, saying[-1].start()) if saying else None
        verb = text[plain.rfind("that ", 0, start) + len("that ") : verb_end]
    parts = list_parts(rest)
    texts = [tidy(f"{verb} {part}") for part in parts] if len(parts) > 1 else [tidy(verb + rest)]
    return [AskFound(t, (s_index,), construction.kind, by, of, construction.name) for t in texts]


def _quoted_asks(analysis: Analysis, quotes: list[FoundQuote], quoted: list[tuple[str, Hits]]) -> list[AskFound]:
    """A party's quote asking in its own words: one ask by the speaker (named, or described: "a spokesman")."""
    found = []
    for q_index in texts_holding(QUOTED_ASK_TABLE, [hits for _, hits in quoted]):
        quote, (low, hits) = quotes[q_index], quoted[q_index]
        speaker = analysis.entity(quote.speaker)
        if speaker is not None and speaker.expert or speaker is None and not quote.who.text:
            continue
        first = find(QUOTED_ASK_TABLE, low, hits)
        if first:
            construction = first[0][2]
            by = speaker.name if speaker is not None else quote.who.text
            found.append(
                AskFound(tidy(quote.span.text), quote.sentences, construction.kind, by, None, construction.name)
            )
    return found


def _recommendations(advice: list[AdviceFound]) -> list[AskFound]:
    """Experts' advice that recommends something: an advice verb, or a modal ("should", "must")."""
    found = []
    for item in advice:
        if not item.credentials and item.verb != "quote" and not item.named:
            continue  # "Observers say ...": no one to credit the recommendation to
        recommends = item.verb in ADVICE_VERBS and item.verb not in WARNING_VERBS
        if not (recommends or MODAL.search(fold(item.text))):
            continue
        lowered = item.text.lower()
        if any(negative in lowered for negative in NEGATIVE_ADVICE):
            continue
        found.append(AskFound(item.text, item.sentences, "recommendation", item.expert, None, "recommendation"))
    return found
