"""Assemble the Brief: run the extractors on each article and merge what they found.

People and items found in several articles become one, with evidence pointing to each source.
Item ids come from `schema.item_id`, so the same content always gets the same id.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from briefgen.extract import lexicon as lx
from briefgen.extract.cues import sentence_cues
from briefgen.extract.document import Analysis, Entity
from briefgen.extract.entities import analyse
from briefgen.extract.meeting import find_meeting, side_of_name
from briefgen.extract.quotes import FoundQuote, find_quotes, quote_spans, reported_speech
from briefgen.extract.sections import Claim, asks, background, expert_advice, risks
from briefgen.model import Advice, Ask, Brief, Evidence, Meeting, Point, Quote, Risk, Source, Stakeholder, item_id
from briefgen.model.ids import key_words
from briefgen.text.segment import Sentence

NAME_WORD = re.compile(r"[\w’'-]+")
SAME_KEY = 90  # the rapidfuzz ratio from which two items' keys are taken to say the same thing


class Document:
    """One article after extraction: its analysis, quotes, meeting and section claims."""

    def __init__(self, source_id: str, raw, sentences: list[Sentence], known: list[Entity] = ()):
        self.source_id = source_id
        self.raw = raw
        self._evidence: dict[int, Evidence] = {}
        paragraphs = _paragraphs_of(raw, sentences)
        spans = {number: quote_spans(text) for number, text in enumerate(paragraphs, start=1)}
        self.analysis: Analysis = analyse(sentences, paragraphs, spans, known)
        cues = sentence_cues(self.analysis)  # one scan for every extractor below
        self.quotes: list[FoundQuote] = find_quotes(self.analysis)
        self.advice = expert_advice(self.analysis, self.quotes, cues)
        self.asks = asks(self.analysis, self.quotes, self.advice, cues)
        self.risks = risks(self.analysis, self.quotes, cues)
        used = {s for claim in [*self.advice, *self.asks] for s in claim.sentences}
        self.reported = reported_speech(self.analysis, used, cues)
        self.background = background(self.analysis, used, cues=cues)

    def evidence(self, sentence_indexes: Sequence[int]) -> list[Evidence]:
        """Evidence for the sentences; one Evidence per sentence, shared by the items citing it."""
        found = []
        for index in sentence_indexes:
            if index not in self._evidence:
                s = self.analysis.sentences[index]
                self._evidence[index] = Evidence(
                    source=self.source_id, paragraph=s.paragraph, sentence=s.index, text=s.text
                )
            found.append(self._evidence[index])
        return found


def _paragraphs_of(raw, sentences: list[Sentence]) -> list[str]:
    """The cleaned paragraphs the sentences came from (rebuilt from the sentences' offsets)."""
    count = max((s.paragraph for s in sentences), default=0)
    # pieces joined once: adding each sentence to the paragraph's string so far was quadratic on one long line
    pieces: list[list[str]] = [[] for _ in range(count)]
    lengths = [0] * count
    for s in sentences:
        k = s.paragraph - 1
        gap = max(s.start - lengths[k], 0)
        pieces[k] += (" " * gap, s.text)
        lengths[k] += gap + len(s.text)
    return ["".join(parts) for parts in pieces]


@lru_cache(maxsize=4096)
def _last_name_word(name: str) -> str | None:
    """The last word of a name that is not an honorific or a title ("Sir Keir Starmer" → "starmer")."""
    words = [w for w in NAME_WORD.findall(name.lower()) if w not in lx.HONORIFICS and w not in lx.NAME_KEEPING_TITLES]
    return words[-1] if words else None


def _same_name(a: str, b: str) -> bool:
    last = _last_name_word(a)
    return last is not None and last == _last_name_word(b)


def _find_person(analysis: Analysis, name: str | None) -> int | None:
    if not name:
        return None
    return next((e.key for e in analysis.people() if _same_name(e.name, name)), None)


def _stakeholder_kind(entity: Entity) -> str:
    return {"person": "person", "organization": "organization", "country": "country"}.get(entity.kind, "group")


def _is_topic(entity: Entity) -> bool:
    return entity.kind == "organization" and entity.name.lower().split()[-1] in lx.AGREEMENT_HEADS


def _country_name(entity: Entity) -> str:
    return lx.CAPITAL_OF.get(entity.name.lower(), entity.name)


# An item cites at most this many sentences of one source, the first ones: an article that repeats a
# paragraph would otherwise cite every repeat (a 1 MB article of repeats made a 2 MB brief.yaml).
MAX_EVIDENCE_PER_SOURCE = 3


class _Collector:
    """Items of one section across documents, deduplicated by text with evidence merged."""

    def __init__(self, section: str):
        self.section = section
        self.items: list = []
        self.keys: list[str] = []
        self.exact: dict[str, int] = {}  # an item's key (its words, lowercased) → its number
        self.by_text: dict[str, int] = {}  # a text added before → the number of the item it went to
        self.cited: list[set[tuple[str, int, int]]] = []
        self.postings: dict[str, list[int]] = {}  # word of 4+ letters → numbers of the items whose key has it
        self.singles: set[str] = set()  # the words of `postings` held by one item only

    def add(self, text: str, evidence: list[Evidence], build: Callable[[], Any]) -> None:
        """Add the item `build()` makes, unless one with (nearly) the same text is there already: then
        only its evidence is added to that one (so a repeated item costs no model)."""
        k = self.by_text.get(text)  # the same text again (a sentence repeated across sources) is found at once
        key = ""
        if k is None:
            key = key_words(text)
            k = self.exact.get(key)
            if k is None and len(key) > 20 and self.keys:
                k = self._nearest(key)
                if k is not None:
                    self.exact[key] = k  # the same words again need no second search
        if k is not None:
            self.by_text[text] = k
            known = self.items[k]
            cited = self.cited[k]
            for found in evidence:
                cite = (found.source, found.paragraph, found.sentence)
                if (
                    cite not in cited
                    and sum(e.source == found.source for e in known.evidence) < MAX_EVIDENCE_PER_SOURCE
                ):
                    # in place: assigning a new list would revalidate all of it, once per duplicate
                    known.evidence.append(found)
                    cited.add(cite)
            return
        item = build()
        item.id = item_id(self.section, item.text)
        self.exact[key] = self.by_text[text] = len(self.items)
        self.cited.append({(e.source, e.paragraph, e.sentence) for e in item.evidence})
        self.items.append(item)
        self.keys.append(key)
        for word in set(key.split()):
            if len(word) >= 4:
                holders = self.postings.setdefault(word, [])
                holders.append(len(self.keys) - 1)
                if len(holders) == 1:
                    self.singles.add(word)
                elif len(holders) == 2:
                    self.singles.discard(word)

    def _nearest(self, key: str) -> int | None:
        """The item whose key is at least 90% similar to `key` (the most similar, the first on a tie),
        among the `_candidates`."""
        best, best_score = None, 0.0
        for number in self._candidates(key):
            score = fuzz.ratio(key, self.keys[number], score_cutoff=SAME_KEY)  # 0 below the cutoff
            if score > best_score:
                best, best_score = number, score
        return best

    def _candidates(self, key: str) -> Sequence[int]:
        """The numbers, in order, of the items sharing one of the key's three rarest known words of 4+
        letters (rarest by the number of items holding it, then alphabetically); every item when the key
        has no such word. Near-duplicates share nearly all their words, and comparing every pair would
        make a long article quadratic."""
        words = key.split()
        rare = self.singles.intersection(words)
        if len(rare) >= 3:  # one item each, as rare as a word can be: the first three alphabetically
            return sorted({self.postings[word][0] for word in sorted(rare)[:3]})
        if any(len(word) >= 4 for word in words):
            postings = self.postings
            common = postings.keys() & words
            rarest = sorted(zip(map(len, map(postings.__getitem__, common)), common))[:3]
            return sorted({number for _, word in rarest for number in postings[word]})
        return range(len(self.keys))


def assemble_brief(
    documents: Sequence[tuple[str, object, list[Sentence]]],
    *,
    principal: str | None = None,
    counterpart: str | None = None,
    title: str | None = None,
    date: dt.date | None = None,
) -> Brief:
    """One Brief from (source id, RawArticle, sentences) triples, in the order given."""
    docs: list[Document] = []
    for source_id, raw, sentences in documents:
        known = [e for doc in docs for e in doc.analysis.entities.values() if e.kind in ("person", "organization")]
        docs.append(Document(source_id, raw, sentences, known))
    published = [doc.raw.metadata.published for doc in docs]
    meetings = [
        find_meeting(doc.analysis, principal, counterpart, day) for doc, day in zip(docs, published, strict=True)
    ]
    first = next((m for m in meetings if m.principal_name is not None), meetings[0] if meetings else None)
    first_doc = docs[meetings.index(first)] if first is not None else None
    principal_name = principal or (first.principal_name if first else None)
    counterpart_name = counterpart or (first.counterpart_name if first else None)
    if len(docs) > 1:  # every article's sides as the first meeting's
        meetings = [
            find_meeting(doc.analysis, principal_name, counterpart_name, day)
            for doc, day in zip(docs, published, strict=True)
        ]

    stakeholders = _stakeholders(docs, [m.sides for m in meetings])
    quotes, advice, ask_items, risk_items, points = (
        _Collector(s) for s in ("quotes", "expert_advice", "asks", "risks", "background")
    )
    for doc, meeting in zip(docs, meetings, strict=True):
        for q in doc.quotes:
            speaker = doc.analysis.entity(q.speaker)
            evidence = doc.evidence(q.sentences)
            quotes.add(
                q.span.text,
                evidence,
                lambda: Quote(
                    text=q.span.text,
                    direct=True,
                    evidence=evidence,
                    speaker=speaker.name if speaker else q.speaker_text,
                ),
            )
        for said in doc.reported:
            speaker = doc.analysis.entities[said.speaker]
            evidence = doc.evidence([said.sentence])
            quotes.add(
                said.text,
                evidence,
                lambda: Quote(text=said.text, speaker=speaker.name, direct=False, evidence=evidence),
            )
        for claim in doc.advice:
            evidence = doc.evidence(claim.sentences)
            advice.add(
                claim.text,
                evidence,
                lambda: Advice(
                    expert=claim.fields.get("expert"),
                    text=claim.text,
                    credentials=claim.fields.get("credentials"),
                    evidence=evidence,
                ),
            )
        for claim in doc.asks:
            evidence = doc.evidence(claim.sentences)
            by = claim.fields.get("by")
            side = side_of_name(doc.analysis, meeting, by) if by else None
            ask_items.add(claim.text, evidence, lambda: _ask(claim, evidence, principal_name, counterpart_name, side))
        for claim in doc.risks:
            evidence = doc.evidence(claim.sentences)
            risk_items.add(
                claim.text,
                evidence,
                lambda: Risk(
                    text=claim.text,
                    category=str(claim.fields["category"]),
                    severity=claim.fields["severity"],
                    evidence=evidence,
                ),
            )
        for claim in doc.background:
            evidence = doc.evidence(claim.sentences)
            points.add(claim.text, evidence, lambda: Point(text=claim.text, evidence=evidence))
    _link_mitigations(risk_items.items, advice.items)
    _stances(stakeholders, quotes.items, ask_items.items)

    meeting = Meeting(principal=principal_name, counterpart=counterpart_name)
    if first is not None and first_doc is not None:
        meeting = Meeting(
            principal=principal_name,
            counterpart=counterpart_name,
            location=first.location,
            date=first.date,
            date_text=first.date_text,
            purpose=first.purpose,
            evidence=first_doc.evidence([first.sentence]) if first.sentence is not None else [],
        )
    sources = [
        Source(
            id=doc.source_id,
            title=doc.raw.title or "",
            outlet=doc.raw.metadata.outlet,
            authors=list(doc.raw.metadata.authors),
            published=doc.raw.metadata.published,
            url=doc.raw.metadata.url,
            path=doc.raw.path,
            sha256=doc.raw.sha256,
            words=sum(len(p.split()) for p in doc.analysis.paragraphs),
        )
        for doc in docs
    ]
    brief = Brief(
        title=title or _title(meeting, docs),
        date=date,
        meeting=meeting,
        background=points.items[:8] if len(docs) == 1 else points.items,
        stakeholders=stakeholders,
        quotes=quotes.items,
        expert_advice=advice.items,
        asks=ask_items.items,
        risks=risk_items.items,
        topics=_topics(docs, risk_items.items),
        sources=sources,
    )
    brief.summary = _summary(brief)
    return brief


def _ask(
    claim: Claim, evidence: list[Evidence], principal: str | None, counterpart: str | None, side: str | None
) -> Ask:
    """An ask; one of a side is of the other side (`side`: the side of who asks)."""
    by = claim.fields.get("by")
    of = claim.fields.get("of")
    kind = claim.fields.get("kind", "demand")
    if kind == "recommendation":
        by = claim.fields.get("recommended_by") or by
        of = principal
    elif of is None and by:
        if side == "principal" or (principal and _same_name(by, principal)):
            of = counterpart
        elif side == "counterpart" or (counterpart and _same_name(by, counterpart)):
            of = principal
    return Ask(text=claim.text, by=by, of=of, kind=kind, evidence=evidence)


def _stakeholders(docs: list[Document], sides: list[dict[int, str]]) -> list[Stakeholder]:
    """The stakeholders of the documents, each with the side its first document's meeting gives it."""
    merged: list[tuple[Entity, int, list[Evidence]]] = []
    side_of: dict[int, str] = {}  # id of the entity kept → its side
    for doc, doc_sides in zip(docs, sides, strict=True):
        for entity in doc.analysis.entities.values():
            if not entity.mentions or _is_topic(entity):
                continue
            if entity.kind == "organization" and len(entity.mentions) < 2 and not entity.aliases:
                continue
            if entity.kind == "country" and len(entity.mentions) < 3:
                continue
            first = entity.mentions[0][0]
            evidence = doc.evidence([first])
            for k, (known, count, ev) in enumerate(merged):
                same_kind = known.kind == entity.kind
                if same_kind and (
                    _same_name(known.name, entity.name)
                    if entity.kind == "person"
                    else _country_name(known).lower() == _country_name(entity).lower()
                    or known.name.lower() == entity.name.lower()
                ):
                    known.role = known.role or entity.role
                    merged[k] = (known, count + len(entity.mentions), ev + [e for e in evidence if e not in ev])
                    if entity.name != known.name:
                        known.aliases.add(entity.name)
                    break
            else:
                merged.append((entity, len(entity.mentions), evidence))
                side_of[id(entity)] = doc_sides.get(entity.key, "unknown")
    result = []
    for entity, count, evidence in merged:
        name = _country_name(entity) if entity.kind == "country" else entity.name
        aliases = sorted(a for a in entity.aliases | ({entity.name} if name != entity.name else set()) if a != name)
        stakeholder = Stakeholder(
            name=name,
            kind=_stakeholder_kind(entity),
            role=entity.role,
            affiliation=entity.affiliation,
            side=side_of[id(entity)],
            aliases=aliases,
            mentions=count,
            evidence=evidence,
        )
        stakeholder.id = item_id("stakeholders", f"{stakeholder.kind} {name}")
        result.append(stakeholder)
    return result


def _link_mitigations(risk_items: list[Risk], advice_items: list[Advice]) -> None:
    """A risk's mitigation: the expert advice sharing most content words with it (at least two)."""

    def words(text: str) -> set[str]:
        # lowercase content words only: names ("Trump", "Canada") are shared by everything
        return {w for w in re.findall(r"(?<![\w’'])[a-z]{4,}\b", text)} - lx.COMMON_WORDS

    # an index from word to the advice holding it, so that each risk only meets the advice it shares words with
    holders: dict[str, list[int]] = {}
    for number, item in enumerate(advice_items):
        for word in words(item.text):
            holders.setdefault(word, []).append(number)
    for risk in risk_items:
        shared = Counter(
            number
            for word in words(risk.text)
            for number in holders.get(word, ())
            if advice_items[number].text != risk.text
        )
        if not shared:
            continue
        most = max(shared.values())
        best = advice_items[min(number for number, count in shared.items() if count == most)]  # the first, on a tie
        if most >= 2:
            risk.mitigation = f"{best.text} ({best.expert})" if best.expert else best.text


def _stances(stakeholders: list[Stakeholder], quotes: list[Quote], ask_items: list[Ask]) -> None:
    """What each stakeholder wants (first ask by them) or has said (first quote)."""
    # _same_name is a shared last name word: index the asks and quotes by theirs
    asks_by: dict[str, list[Ask]] = {}
    for a in ask_items:
        if a.by and a.kind != "recommendation" and _last_name_word(a.by):
            asks_by.setdefault(_last_name_word(a.by), []).append(a)
    quotes_by: dict[str, list[Quote]] = {}
    for q in quotes:
        if q.speaker and _last_name_word(q.speaker):
            quotes_by.setdefault(_last_name_word(q.speaker), []).append(q)
    for person in stakeholders:
        last = _last_name_word(person.name)
        ask = asks_by.get(last, [None])[0]
        said = quotes_by.get(last, [])
        quote = next((q for q in said if len(q.text.split()) >= 5), said[0] if said else None)
        if ask is not None:
            person.stance = f"Wants: {ask.text}" if ask.kind != "offer" else f"Offers: {ask.text}"
        elif quote is not None:
            person.stance = f"“{quote.text}”"


def _title(meeting: Meeting, docs: list[Document]) -> str:
    if meeting.principal and meeting.counterpart:
        return f"{meeting.principal} – {meeting.counterpart} meeting"
    for doc in docs:
        if doc.raw.title:
            return doc.raw.title
    first = docs[0].analysis.sentences[0].text if docs and docs[0].analysis.sentences else "Meeting brief"
    return first if len(first) <= 80 else first[:77].rsplit(" ", 1)[0] + "…"


def _topics(docs: list[Document], risk_items: list[Risk]) -> list[str]:
    topics: list[str] = []
    for doc in docs:
        for entity in doc.analysis.entities.values():
            if _is_topic(entity):
                label = entity.name + (f" ({sorted(entity.aliases)[0]})" if entity.aliases else "")
                if label not in topics:
                    topics.append(label)
    counts = Counter(r.category for r in risk_items if r.category != "general")
    topics += [category for category, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return topics


def _summary(brief: Brief) -> list[str]:
    """3-5 bottom lines built from what was extracted, each traceable to its section."""
    lines: list[str] = []
    m = brief.meeting
    if m.principal or m.counterpart:
        where = f" at {m.location}" if m.location else ""
        when = f" ({m.date_text})" if m.date_text else ""
        lines.append(f"{m.principal or 'The principal'} meets {m.counterpart or 'the counterpart'}{where}{when}.")
    theirs = next(
        (
            a
            for a in brief.asks
            if a.kind != "recommendation" and m.counterpart and a.by and _same_name(a.by, m.counterpart)
        ),
        None,
    )
    ours = next(
        (
            a
            for a in brief.asks
            if a.kind != "recommendation" and m.principal and a.by and _same_name(a.by, m.principal)
        ),
        None,
    )
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
