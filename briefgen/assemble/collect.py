"""The items of every section across documents, deduplicated: an item said again (in another article, or
in nearly the same words) is one item citing each place it was said.

Two items are one when their keys (their words, lowercased, `model.ids.key_words`) are the same, or at
least SAME_KEY similar (rapidfuzz's ratio) for keys over 20 characters.
Where it fails: the same thing said in other words stays two items.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, cast

from rapidfuzz import fuzz, process

from briefgen.assemble.run import Document
from briefgen.extract import lexicon as lx
from briefgen.extract.advice import AdviceFound
from briefgen.extract.asks import AskFound
from briefgen.extract.meeting import MeetingFacts, side_of_name
from briefgen.extract.risks import RiskFound
from briefgen.extract.speakers import Speaker
from briefgen.model import Advice, Ask, AskKind, Evidence, Point, Quote, Risk, Severity, item_id
from briefgen.model.ids import key_words
from briefgen.model.names import same_person

SAME_KEY = 90  # the rapidfuzz ratio from which two items' keys are taken to say the same thing

# An item cites at most this many sentences of one source, the first ones: an article that repeats a
# paragraph would otherwise cite every repeat, and its brief.yaml would outgrow the article.
MAX_EVIDENCE_PER_SOURCE = 3


class Collector:
    """Items of one section across documents, deduplicated by text with evidence merged."""

    def __init__(self, section: str):
        self.section = section
        self.items: list[Any] = []
        self.keys: list[str] = []
        self.exact: dict[str, int] = {}  # an item's key (its words, lowercased) → its number
        self.by_text: dict[str, int] = {}  # a text added before → the number of the item it went to
        self.cited: list[set[tuple[str, int, int]]] = []
        self.per_source: list[Counter[str]] = []  # how many sentences of each source an item cites
        self.postings: dict[str, list[int]] = {}  # word of 4+ letters → numbers of the items whose key has it

    def add(self, text: str, doc: Document, sentences: Sequence[int], build: Callable[[list[Evidence]], Any]) -> None:
        """Add the item `build(evidence of the document's sentences)` makes, unless one with (nearly) the same
        text is there already: then only the sentences it does not cite yet are added to that one (so a
        repeated item costs no model, and no Evidence for a sentence it cannot cite)."""
        k = self.by_text.get(text)  # the same text again (a sentence repeated across sources) is found at once
        if k is not None:
            self._cite(k, doc, sentences)
            return
        key = key_words(text)
        k = self.exact.get(key)
        if k is None and len(key) > 20 and self.keys:
            k = self._nearest(key)
            if k is not None:
                self.exact[key] = k  # the same words again need no second search
        if k is not None:
            self.by_text[text] = k
            self._cite(k, doc, sentences)
            return
        item = build([doc.evidence_at(index) for index in sentences])
        item.id = item_id(self.section, item.text)
        self.exact[key] = self.by_text[text] = len(self.items)
        self.cited.append({(e.source, e.paragraph, e.sentence) for e in item.evidence})
        self.per_source.append(Counter(e.source for e in item.evidence))
        self.items.append(item)
        self.keys.append(key)
        for word in set(key.split()):
            if len(word) >= 4:
                self.postings.setdefault(word, []).append(len(self.keys) - 1)

    def _cite(self, number: int, doc: Document, sentences: Sequence[int]) -> None:
        """Add the evidence of the document's sentences an item does not cite yet, up to
        MAX_EVIDENCE_PER_SOURCE a source."""
        cited, per_source = self.cited[number], self.per_source[number]
        for index in sentences:
            if per_source[doc.source_id] >= MAX_EVIDENCE_PER_SOURCE:
                return  # every sentence is of this one source
            cite = doc.place(index)
            if cite not in cited:
                # in place: assigning a new list would revalidate all of it, once per duplicate
                self.items[number].evidence.append(doc.evidence_at(index))
                cited.add(cite)
                per_source[doc.source_id] += 1

    def _nearest(self, key: str) -> int | None:
        """The item whose key is at least 90% similar to `key` (the most similar, the first on a tie),
        among the `_candidates`."""
        numbers = self._candidates(key)
        best = process.extractOne(key, [self.keys[n] for n in numbers], scorer=fuzz.ratio, score_cutoff=SAME_KEY)
        return numbers[best[2]] if best else None

    def _candidates(self, key: str) -> list[int]:
        """The numbers, in order, of the items sharing one of the key's three rarest known words of 4+
        letters (rarest by the number of items holding it, then alphabetically); every item when the key
        has no such word. Near-duplicates share nearly all their words, and comparing every pair would
        make a long article quadratic."""
        postings = self.postings
        words = key.split()
        known = postings.keys() & words  # every word postings holds has 4+ letters
        if not known:
            return [] if any(len(word) >= 4 for word in words) else list(range(len(self.keys)))
        # sorted by name first, so that the stable sort by rarity keeps words alphabetical on a tie
        rarest = sorted(sorted(known), key=lambda word: len(postings[word]))[:3]
        return sorted({number for word in rarest for number in postings[word]})


@dataclass
class Items:
    """The deduplicated items of every section, in the order first found."""

    quotes: list[Quote]
    advice: list[Advice]
    asks: list[Ask]
    risks: list[Risk]
    background: list[Point]


def collect_items(
    docs: list[Document], meetings: list[MeetingFacts], principal: str | None, counterpart: str | None
) -> Items:
    """Every section's items from the documents in order (`meetings`: each document's); each risk gets its
    mitigation."""
    quotes, advice, asks, risks, points = (
        Collector(s) for s in ("quotes", "expert_advice", "asks", "risks", "background")
    )
    for doc, meeting in zip(docs, meetings, strict=True):
        _collect_quotes(doc, quotes)
        for found in doc.advice:
            advice.add(found.text, doc, found.sentences, partial(_advice, found))
        for ask in doc.asks:
            asks.add(ask.text, doc, ask.sentences, partial(_ask, doc, meeting, ask, principal, counterpart))
        for risk in doc.risks:
            risks.add(risk.text, doc, risk.sentences, partial(_risk, risk))
        for fact in doc.background:
            points.add(fact.text, doc, fact.sentences, partial(_point, fact.text))
    link_mitigations(risks.items, advice.items)
    return Items(quotes.items, advice.items, asks.items, risks.items, points.items)


def _collect_quotes(doc: Document, quotes: Collector) -> None:
    """A document's quotations, then its reported speech."""
    for q in doc.quotes:
        quotes.add(q.span.text, doc, q.sentences, partial(_quote, doc, q.span.text, q.who, True))
    for said in doc.reported:
        quotes.add(said.text, doc, (said.sentence,), partial(_quote, doc, said.text, said.speaker, False))


def _ask(
    doc: Document,
    meeting: MeetingFacts,
    found: AskFound,
    principal: str | None,
    counterpart: str | None,
    evidence: list[Evidence],
) -> Ask:
    """`make_ask` with the side of who asks in the document's meeting."""
    by = found.by if found.kind != "recommendation" else None
    side = side_of_name(doc.analysis, meeting, by) if by else None
    return make_ask(found, evidence, principal, counterpart, side)


def _quote(doc: Document, text: str, speaker: Speaker, direct: bool, evidence: list[Evidence]) -> Quote:
    return Quote(text=text, speaker=speaker.name(doc.analysis), direct=direct, evidence=evidence)


def _point(text: str, evidence: list[Evidence]) -> Point:
    return Point(text=text, evidence=evidence)


def _advice(found: AdviceFound, evidence: list[Evidence]) -> Advice:
    return Advice(expert=found.expert, text=found.text, credentials=found.credentials, evidence=evidence)


def _risk(found: RiskFound, evidence: list[Evidence]) -> Risk:
    return Risk(
        text=found.text,
        category=found.category,
        severity=cast(Severity, found.severity),  # the model validates it
        evidence=evidence,
    )


def make_ask(
    found: AskFound,
    evidence: list[Evidence],
    principal: str | None,
    counterpart: str | None,
    side: str | None = None,
) -> Ask:
    """An ask of the record; a recommendation (`by`: the expert who recommends) is made of the principal, and
    an ask by one side of the meeting (`side`: the side of who asks, when the meeting gives one) with nobody
    named is of the other."""
    by, of = found.by, found.of
    kind = cast(AskKind, found.kind)  # the model validates it
    if kind == "recommendation":
        of = principal
    elif of is None and by:
        if side == "principal" or (principal and same_person(by, principal)):
            of = counterpart
        elif side == "counterpart" or (counterpart and same_person(by, counterpart)):
            of = principal
    return Ask(text=found.text, by=by, of=of, kind=kind, evidence=evidence)


def _content_words(text: str) -> set[str]:
    # lowercase content words only: names ("Trump", "Canada") are shared by everything
    return {w for w in re.findall(r"(?<![\w’'])[a-z]{4,}\b", text)} - lx.COMMON_WORDS


def link_mitigations(risk_items: list[Risk], advice_items: list[Advice]) -> None:
    """A risk's mitigation: the expert advice sharing most content words with it (at least two)."""
    # an index from word to the advice holding it, so that each risk only meets the advice it shares words with
    holders: dict[str, list[int]] = {}
    for number, item in enumerate(advice_items):
        for word in _content_words(item.text):
            holders.setdefault(word, []).append(number)
    for risk in risk_items:
        shared = Counter(
            number
            for word in _content_words(risk.text)
            for number in holders.get(word, ())
            if advice_items[number].text != risk.text
        )
        if not shared:
            continue
        most = max(shared.values())
        best = advice_items[min(number for number, count in shared.items() if count == most)]  # the first, on a tie
        if most >= 2:
            risk.mitigation = f"{best.text} ({best.expert})" if best.expert else best.text
