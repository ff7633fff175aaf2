"""The brief's sections from cue words: expert advice, asks, risks and background.

Each extractor is a pure function of the document's Analysis and its quotes, returning small
records (`Claim`) that the assembler turns into schema items with evidence.

- expert_advice: what an expert says (an analyst, economist, fellow, former official: see
  entities.EXPERT_WORDS), sentence by sentence and quote by quote; a sentence listing several
  recommendations ("... and that she build support ...") gives several items.
- asks: sentences where a party wants, seeks, demands, offers or proposes something, quotes of a
  party saying "we want ..." and the recommendations of experts (kind "recommendation").
- risks: sentences and quotes holding a risk cue (threats, tariffs, strikes, deadlines, weak
  majorities, scepticism, scrutiny...), with a category and a severity from the wording.
- background: the facts (numbers, dates, past events) a principal needs, in article order.
Where it fails: a claim spread over two sentences is cut at the sentence; a cue word used in a
figurative sense ("a strike of luck") is taken literally.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefgen.extract import lexicon as lx
from briefgen.extract.cues import CUES, sentence_cues
from briefgen.extract.document import Analysis, Entity
from briefgen.extract.quotes import FoundQuote
from briefgen.text.patterns import Hits, cue_pattern, fold, word_alternation

DIGIT = re.compile(r"\d")
ASCII_DIGITS = b"0123456789"
# The patterns of tidy, split_recommendations, split_list, _object_party and asks, compiled once.
LEADING_THAT = re.compile(r"^\s*(?:that|,)\s+")
RECOMMENDATION_BREAK = re.compile(r",?\s+and\s+that\s+|;\s+|,\s+and\s+(?=\w+ing\b)")
LIST_BREAK = re.compile(r",\s+(?:and\s+)?|;\s+")
OBJECT_PARTY = re.compile(r"\s*(?:the\s+)?([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+to\b")
PUSH_VERB_AND_THE = re.compile(r"^(?:\w+)\s+(?:the\s+)?")
TRAILING_PARTICIPLE = re.compile(r",\s+(?:arguing|citing|saying|claiming|noting|adding|according)\b.*$", re.I)


@dataclass
class Claim:
    """One item of a section: its text, the sentences it rests on, and section-specific fields."""

    section: str
    text: str
    sentences: tuple[int, ...]
    fields: dict[str, object] = field(default_factory=dict)


QUOTED_ASK_CUE = cue_pattern(lx.QUOTED_ASK_CUES)
# At one place, an offer is taken before a demand and a demand before an objective.
ASK_KINDS = ("offer", "demand", "objective")
PUSH_CUE = re.compile(
    r"\b(?:" + word_alternation(lx.PUSH_VERBS) + r")\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){1,4}to\s+(?!the\b)\w+"
)
MODAL_CUE = cue_pattern(("should", "must", "needs to", "need to", "ought to", "has to", "have to"))
# Hit word → (kind, cue) of the first of ASK_KINDS it holds a cue of (a kind read later overrides), for `_first_ask`.
FIRST_ASK = {word: (kind, cue) for kind in reversed(ASK_KINDS) for word, cue in CUES.longest[kind].items()}
# "Analysts said ...", "Economists at Desjardins warn ...": experts unnamed, or named only by their firm
ANON_EXPERTS = re.compile(
    r"^(?P<who>(?:" + word_alternation(lx.UNNAMED_EXPERT_GROUPS, lower=False) + ")"
    r"(?:\s+(?:at|from|with)\s+(?:the\s+)?[A-Z][\w&.’'\-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w&.’'\-]*){0,4})?)"
    r"\s+(?:" + word_alternation(lx.UNNAMED_EXPERT_VERBS) + r")\b"
)
ANON_EXPERT_OPENINGS = tuple(sorted(lx.UNNAMED_EXPERT_GROUPS))  # every ANON_EXPERTS match opens with one


def tidy(text: str) -> str:
    """Trim a clause into an item: no leading "that", no dangling punctuation, a capital first letter."""
    text = LEADING_THAT.sub("", text.strip())
    text = text.strip(" ,;:—–").rstrip()
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def split_recommendations(clause: str) -> list[str]:
    """ "X should A, and that she B" / "signing A, and offering B" → separate recommendations."""
    parts = RECOMMENDATION_BREAK.split(clause)
    return [p for p in (tidy(p) for p in parts) if len(p.split()) >= 3] or [tidy(clause)]


def split_list(clause: str) -> list[str]:
    """ "A for x, B for y, and C" → three asks when every part is a phrase of its own (3+ words);
    "energy, critical minerals, AI and pharmaceuticals" stays one ask."""
    parts = [p.strip() for p in LIST_BREAK.split(clause) if p.strip()]
    if len(parts) >= 3 and all(len(p.split()) >= 3 for p in parts):
        return [tidy(p) for p in parts]
    return [tidy(clause)]


def _speaker_name(analysis: Analysis, key: int | None) -> str | None:
    entity = analysis.entity(key)
    return entity.name if entity else None


def _subject(analysis: Analysis, s_index: int):
    return analysis.entity(analysis.subjects.get(s_index))


def _expert_subjects(analysis: Analysis) -> dict[int, Entity]:
    """Sentence index → its subject, for the sentences whose subject is an expert."""
    return {
        s_index: entity
        for s_index, key in analysis.subjects.items()
        if (entity := analysis.entity(key)) is not None and entity.expert
    }


def expert_advice(analysis: Analysis, quotes: list[FoundQuote], cues: list[Hits] | None = None) -> list[Claim]:
    """Statements of experts: their sentences (after the verb of saying) and their quotes (`cues` is
    the document's `sentence_cues`, scanned here when not given)."""
    claims: list[Claim] = []
    quote_by_sentence: dict[int, list[FoundQuote]] = {}
    for q in quotes:
        quote_by_sentence.setdefault(q.sentences[0], []).append(q)
    speakers = _expert_speakers(analysis)
    cues = sentence_cues(analysis) if cues is None else cues
    for s_index in sorted(quote_by_sentence.keys() | speakers.keys()):
        for q in quote_by_sentence.get(s_index, ()):
            expert = analysis.entity(q.speaker)
            if expert and expert.expert:
                claims.append(
                    Claim(
                        "expert_advice",
                        tidy(q.span.text),
                        q.sentences,
                        {"expert": expert.name, "credentials": expert.credentials, "verb": "quote"},
                    )
                )
        if s_index not in speakers:
            continue
        subject, anonymous = speakers[s_index]
        sentence = analysis.sentences[s_index]
        hits = cues[s_index]
        cue = CUES.search("advice", hits) or CUES.search("report", hits)
        if not cue or cue[0] > _first_quote_offset(analysis, s_index):
            continue
        verb = CUES.search("report", hits) if cue[1] in lx.ADVICE_MODALS else cue
        # keep an advice verb ("urged X to ...", "stressed the importance of ..."): it reads as a report;
        # drop a plain verb of saying ("said Takaichi should ...")
        keep_verb = verb is cue and cue[1].lower() in lx.ADVICE_VERBS
        start = (verb[0] if keep_verb else verb[0] + len(verb[1])) if verb and verb[0] <= cue[0] else 0
        clause = TRAILING_PARTICIPLE.sub("", sentence.text[start:])
        verb_word = (verb or cue)[1].lower()
        name = subject.name if subject else anonymous.group("who")
        creds = subject.credentials if subject else None
        named = subject is not None
        for part in split_recommendations(clause):
            claims.append(
                Claim(
                    "expert_advice",
                    part,
                    (s_index,),
                    {"expert": name, "credentials": creds, "verb": verb_word, "named": named},
                )
            )
    return claims


def _expert_speakers(analysis: Analysis) -> dict[int, tuple[Entity | None, re.Match[str] | None]]:
    """Sentence index → (its expert subject, or the ANON_EXPERTS match of its opening), for the sentences
    an expert speaks in. ANON_EXPERTS is tried only on a sentence opening with one of its groups."""
    experts = _expert_subjects(analysis)
    speakers: dict[int, tuple[Entity | None, re.Match[str] | None]] = {}
    for s_index, sentence in enumerate(analysis.sentences):
        subject = experts.get(s_index)
        if subject:
            speakers[s_index] = (subject, None)
        elif sentence.text.startswith(ANON_EXPERT_OPENINGS) and (anonymous := ANON_EXPERTS.match(sentence.text)):
            speakers[s_index] = (None, anonymous)
    return speakers


def _first_quote_offset(analysis: Analysis, s_index: int) -> int:
    """Offset in the sentence of its first quotation mark (its length when it has none)."""
    sentence = analysis.sentences[s_index]
    opens = [
        open_ - sentence.start
        for open_, _ in analysis.spans_within(sentence.paragraph, sentence.start, sentence.end)
        if open_ >= sentence.start
    ]
    return min(opens, default=len(sentence.text))


def _party(analysis: Analysis, s_index: int, subject: Entity | None, cue_start: int) -> str | None:
    """Who asks: the sentence subject (person, organisation, country), or the words before the cue."""
    if subject is not None:
        return subject.name
    head = analysis.sentences[s_index].text[:cue_start]
    head = re.split(r",\s", head)[-1] if ", " in head else head
    words = [
        w
        for w in head.split()
        if w.lower() not in ("also", "has", "have", "had", "is", "are", "will", "would", "now", "still")
    ]
    return " ".join(words[-4:]).strip(" ,") or None


def _object_party(text_after_cue: str) -> str | None:
    """ "pushed Tokyo to ...", "expect the United States to ..." → the party asked."""
    match = OBJECT_PARTY.match(text_after_cue)
    return match.group(1) if match else None


def asks(
    analysis: Analysis, quotes: list[FoundQuote], advice: list[Claim], cues: list[Hits] | None = None
) -> list[Claim]:
    """Demands, offers and objectives of the parties, and experts' recommendations (`cues`: the
    document's `sentence_cues`, scanned here when not given)."""
    claims: list[Claim] = []
    cues = sentence_cues(analysis) if cues is None else cues
    for s_index, hits in enumerate(cues):
        if not hits:  # no ask cue and no push verb
            continue
        ask = _first_ask(hits)
        pushed = CUES.search("push", hits) is not None
        if ask is None and not pushed:
            continue
        subject = _subject(analysis, s_index)
        if subject is not None and subject.expert:
            continue
        sentence = analysis.sentences[s_index]
        push = PUSH_CUE.search(analysis.plain[s_index]) if pushed else None
        if push and (ask is None or push.start() < ask[0]):
            start, end, kind = push.start(), push.end(), "demand"
        elif ask:
            start, end, kind = ask
            push = None
        else:
            continue
        clause = TRAILING_PARTICIPLE.sub("", sentence.text[end:] if push is None else sentence.text[start:])
        if len(clause.split()) < 2 and not DIGIT.search(clause):
            continue
        by = _party(analysis, s_index, subject, start)
        of = (
            _object_party(sentence.text[end:])
            if push is None
            else PUSH_VERB_AND_THE.sub("", push.group(0)).rsplit(" to ", 1)[0]
        )
        for part in split_list(clause):
            claims.append(Claim("asks", part, (s_index,), {"by": by, "of": of, "kind": kind}))
    for q in quotes:
        speaker = analysis.entity(q.speaker)
        if speaker is None or speaker.expert:
            continue
        if QUOTED_ASK_CUE.search(fold(q.span.text)):
            claims.append(
                Claim("asks", tidy(q.span.text), q.sentences, {"by": speaker.name, "of": None, "kind": "objective"})
            )
    for item in advice:
        verb = item.fields.get("verb")
        if not item.fields.get("credentials") and verb != "quote" and not item.fields.get("named"):
            continue  # "Observers say ...": no one to credit the recommendation to
        recommends = verb in lx.ADVICE_VERBS and verb not in lx.WARNING_VERBS
        if not (recommends or MODAL_CUE.search(fold(item.text))):
            continue
        if any(neg in item.text.lower() for neg in lx.NEGATIVE_ADVICE):
            continue
        claims.append(
            Claim(
                "asks",
                item.text,
                item.sentences,
                {"by": None, "of": None, "kind": "recommendation", "recommended_by": item.fields.get("expert")},
            )
        )
    return claims


def _first_ask(hits: Hits) -> tuple[int, int, str] | None:
    """(start, end, kind) of the first offer, demand or objective cue among a sentence's `CUES` hits."""
    for start, word in hits:
        ask = FIRST_ASK.get(word)
        if ask:
            return start, start + len(ask[1]), ask[0]
    return None


def severity_of(hits: Hits) -> str:
    """high, low or medium from the wording of a text (its `CUES` hits)."""
    if CUES.search("high", hits):
        return "high"
    if CUES.search("low", hits):
        return "low"
    return "medium"


def _risk_weight(hits: Hits) -> tuple[int, str | None]:
    """Strong cues count two, weak cues (a tariff, a review, a cost) one; the first cue names the category."""
    cues = CUES.findall("risk", hits)
    if not cues:
        return 0, None
    return sum(2 if cue in lx.STRONG_RISK_CUES else 1 for cue in cues), lx.RISK_CUES[cues[0]]


def risks(analysis: Analysis, quotes: list[FoundQuote], cues: list[Hits] | None = None) -> list[Claim]:
    """Sentences and quotes whose risk cues weigh two or more (an expert speaking adds one); `cues` as
    for `asks`."""
    claims: list[Claim] = []
    cues = sentence_cues(analysis) if cues is None else cues
    plain = analysis.plain
    for s_index, hits in enumerate(cues):
        if not hits:  # no risk cue
            continue
        weight, category = _risk_weight(hits)
        if not weight or fewer_words_than(plain[s_index], 5):
            continue
        if weight == 1:  # an expert's one weak cue is enough
            subject = _subject(analysis, s_index)
            weight += 1 if subject is not None and subject.expert else 0
        if weight >= 2:
            claims.append(
                Claim(
                    "risks",
                    analysis.sentences[s_index].text,
                    (s_index,),
                    {"category": category, "severity": severity_of(hits)},
                )
            )
    for q, hits in zip(quotes, CUES.scan([fold(q.span.text) for q in quotes])):
        weight, category = _risk_weight(hits)
        if weight >= 2 or (weight and CUES.search("hedge", hits)):
            claims.append(
                Claim("risks", tidy(q.span.text), q.sentences, {"category": category, "severity": severity_of(hits)})
            )
    return claims


def _quoted_share(text: str, blanked: str) -> float:
    """The share of a sentence's non-space characters that its `plain` form blanks out."""
    if blanked is text:  # nothing in quotation marks
        return 0.0
    return 1 - (len(blanked) - blanked.count(" ")) / max(1, len(text) - text.count(" "))


def fewer_words_than(text: str, count: int) -> bool:
    """`len(text.split()) < count`, splitting no further than `count` words."""
    return len(text.split(None, count - 1)) < count


def has_digit(text: str) -> bool:
    """`DIGIT.search(text)`; an ASCII text is tested by deleting its digits as bytes, several times
    faster than the regex's step per character."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, ASCII_DIGITS)) != len(data)
    return DIGIT.search(text) is not None


def background(
    analysis: Analysis, used: set[int], limit: int | None = None, cues: list[Hits] | None = None
) -> list[Claim]:
    """The facts worth knowing, in article order: numbers, dates and past events score highest,
    sentences mostly in quotation marks or already used as advice or asks lowest; at most two per
    paragraph, and 4-8 in all (about one sentence in three of a short article). `cues` as for `asks`."""
    if limit is None:
        limit = max(4, min(8, len(analysis.sentences) // 3))
    scored: list[tuple[float, int]] = []
    cues = sentence_cues(analysis) if cues is None else cues
    mentions = analysis.mentions
    for s_index, (sentence, blanked, low, hits) in enumerate(
        zip(analysis.sentences, analysis.plain, analysis.folded, cues)
    ):
        if fewer_words_than(blanked, 6) or _quoted_share(sentence.text, blanked) > 0.5:
            continue
        score = 2.0 if (hits and CUES.search("number", hits)) or has_digit(low) else 0.0
        score += min(2, len(CUES.findall("fact", hits))) * 1.0 if hits else 0.0
        score += min(2, len(mentions.get(s_index, ()))) * 0.5
        score += 1.5 if s_index == 0 else 0.0
        score -= 1.0 if s_index in used else 0.0
        score -= 0.01 * s_index
        scored.append((score, s_index))
    chosen: list[int] = []
    per_paragraph: dict[int, int] = {}
    for _, s_index in sorted(scored, key=lambda pair: (-pair[0], pair[1])):
        paragraph = analysis.sentences[s_index].paragraph
        if per_paragraph.get(paragraph, 0) >= 2:
            continue
        per_paragraph[paragraph] = per_paragraph.get(paragraph, 0) + 1
        chosen.append(s_index)
        if len(chosen) == limit:
            break
    return [Claim("background", analysis.sentences[s].text, (s,)) for s in sorted(chosen)]
