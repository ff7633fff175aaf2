"""Quotations and who said them.

Spans: curly (“…”), straight ("…") and, in a paragraph without double marks, single British (‘…’)
quotation marks. A paragraph that opens a quotation and never closes it runs to its end (a quotation
over several paragraphs); each paragraph's part is one quote with the same speaker.

Attribution, first rule that applies:
1. after the closing mark: `,” X said` / `,” said X` / `,” she warned` / `, according to X`;
2. before the opening mark: the subject of the last reporting verb (`X told him, “…”`, `X said: “…”`,
   `remarks which Beijing called “…”`);
3. a fragment inside a sentence (`had a “very nice” conversation`) is the sentence subject's;
4. a quote standing alone after a paragraph ending in a colon ("He wrote:") is that paragraph's
   speaker's; one standing alone right after another quote continues that speaker;
5. an anonymous source keeps its description (`a senior official said`), and "the source said" takes
   the fuller description given just before ("A Japanese government source"); otherwise no speaker.
Where it fails: speakers named only inside a previous quote, or by a description that is neither a
known person nor an anonymous-source noun ("the carmaker said").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from briefgen.extract import lexicon as lx
from briefgen.extract.cues import CUES, sentence_cues
from briefgen.extract.document import Analysis, Mention
from briefgen.text.patterns import Hits, cue_pattern, fold, word_alternation

_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))‘(?=\w)")
_SINGLE_CLOSE = re.compile(r"’(?!\w)")
# Straight single marks, in a paragraph with no other marks ('We want a deal,' he said). An
# apostrophe inside a word is neither; a plural possessive ("the leaders' meeting") is no closing
# mark unless a verb of saying or a pronoun follows.
_STRAIGHT_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=\w)")
_STRAIGHT_SINGLE_CLOSE = re.compile(
    r"(?<=\S)'(?!\w)(?!(?<=s')\s+(?!(?:" + word_alternation(lx.REPORTING_VERBS | lx.PERSON_PRONOUNS) + r")\b)[a-z])"
)
# Determiners that introduce an unnamed source ("a senior official", "two people familiar with ...").
_SOURCE_COUNT = r"an?|one|two|three|several|some"
ANONYMOUS = re.compile(
    r"\b(?P<who>(?:"
    + _SOURCE_COUNT
    + r"|the)\s+(?:[\w\-]+\s+){0,3}?(?:"
    + word_alternation(lx.ANONYMOUS_SPEAKER_NOUNS)
    + r")(?:\s+(?:familiar with|close to|briefed on|involved in)\s+[\w\s]{1,40}?)?)\s+(?:"
    + word_alternation(lx.REPORTING_VERBS)
    + r")\b",
    re.IGNORECASE,
)


class QuoteSpan(NamedTuple):
    paragraph: int
    open: int  # offset of the opening mark (or of the text when the paragraph continues a quote)
    close: int  # offset just after the closing mark (or the paragraph's end)
    text: str  # the words inside the marks
    continued: bool  # this part continues a quotation opened in an earlier paragraph


class FoundQuote(NamedTuple):
    span: QuoteSpan
    speaker: int | None  # entity key
    speaker_text: str | None  # a description when the speaker is anonymous
    sentences: tuple[int, ...]  # sentence indexes the quote lies in


def quote_spans(paragraph: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotations in one paragraph; close is just after the mark."""
    if "“" in paragraph or "”" in paragraph:
        opening, closing = "“", "”"
    elif '"' in paragraph:
        opening, closing = '"', '"'
    elif "‘" in paragraph:
        return _single_spans(paragraph, _SINGLE_OPEN, _SINGLE_CLOSE)
    elif "'" in paragraph:
        return _single_spans(paragraph, _STRAIGHT_SINGLE_OPEN, _STRAIGHT_SINGLE_CLOSE)
    else:
        return []
    # Each opening mark runs to the next closing mark (marks between are text), or to the end.
    spans: list[tuple[int, int]] = []
    open_at = paragraph.find(opening)
    while open_at >= 0:
        close_at = paragraph.find(closing, open_at + 1)
        if close_at < 0:
            spans.append((open_at, len(paragraph)))
            break
        spans.append((open_at, close_at + 1))
        open_at = paragraph.find(opening, close_at + 1)
    return spans


def _single_spans(paragraph: str, opening: re.Pattern[str], closing: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans in single marks: an opening mark before a word, the next closing mark after one."""
    spans: list[tuple[int, int]] = []
    for m in opening.finditer(paragraph):
        if spans and m.start() < spans[-1][1]:
            continue
        close = closing.search(paragraph, m.end())
        if close is None:
            break  # no closing mark after this one, so none after any later one either
        spans.append((m.start(), close.end()))
    return spans


def _clean_quote(text: str) -> str:
    return text.strip().strip("“”\"‘’'").strip()


def _person_mentions(analysis: Analysis, s_index: int) -> list[Mention]:
    return [
        m
        for m in analysis.mentions.get(s_index, [])
        if not m.in_quote and analysis.entities[m.entity].kind in ("person", "organization", "country")
    ]


RIGHT_VERB_FIRST = re.compile(
    r"^\W{0,3}\s*(?:" + word_alternation(lx.REPORTING_VERBS) + r")\s+(?!that\b)", re.IGNORECASE
)
ACCORDING = re.compile(r"^\W{0,3}\s*according to\b", re.IGNORECASE)
REPORTING_VERB = cue_pattern(lx.REPORTING_VERBS)  # over folded text


def _right_speaker(analysis: Analysis, s_index: int, close: int, limit: int) -> tuple[int | None, str | None, bool]:
    """Speaker named right after a closing mark: (entity, description, found)."""
    sentence = analysis.sentences[s_index]
    paragraph = analysis.paragraphs[sentence.paragraph - 1]
    tail = paragraph[close:limit]
    if not tail.strip(" ,.;:—"):
        return None, None, False
    mentions = [m for m in _person_mentions(analysis, s_index) if close <= m.start < limit]
    if ACCORDING.match(tail):
        if mentions:
            return mentions[0].entity, None, True
        return None, None, False
    verb = REPORTING_VERB.search(fold(tail))
    if not verb or verb.start() > 120:
        return None, None, False
    if RIGHT_VERB_FIRST.match(tail):  # ,” said Trump
        after = [m for m in mentions if m.start >= close + verb.end()]
        if after and after[0].start - (close + verb.end()) < 4:
            return after[0].entity, None, True
    before_verb = [m for m in mentions if m.start < close + verb.start()]
    if before_verb and _only_a_description(paragraph[close : before_verb[0].start]):
        return before_verb[0].entity, None, True
    anon = ANONYMOUS.match(tail.lstrip(" ,—"))
    if anon:
        return None, anon.group("who"), True
    if RIGHT_VERB_FIRST.match(tail):
        words = ATTRIBUTION_AFTER_VERB.match(tail, verb.end())
    else:
        words = ATTRIBUTION_BEFORE_VERB.fullmatch(tail, 0, verb.start())
    described = _description(words.group("who")) if words else None
    if described:
        return None, described, True
    return None, None, False


# Who a quotation is attributed to when the entity pass knows no such person: a name or description
# of up to five words next to the verb (",” Trump wrote", ",” the prime minister said",
# ",” said a senior official who ..."). Kept as the speaker's description rather than guessed.
_WHO = r"(?P<who>(?:(?:the|a|an)\s+)?[\w’'.\-]+(?:\s+[\w’'.\-]+){0,4}?)"
ATTRIBUTION_BEFORE_VERB = re.compile(r"[\s,—–]*" + _WHO + r"\s*")
ATTRIBUTION_AFTER_VERB = re.compile(
    r"\s+" + _WHO + r"(?=\s*(?:[,.;:!?—–)]|$)|\s+(?:who|in|on|at|after|during|"
    r"when|while|as|to|of|for|from|with|late|earlier|last|this|yesterday|today)\b)"
)


def _only_a_description(gap: str) -> bool:
    """True when the words between a closing mark and a name are nothing, a title (",” Senate Democratic
    leader Chuck Schumer said") or a description set off by a comma (",” a ministry spokesperson, Lin
    Jian, said"), so that the name is the one who spoke."""
    gap = gap.strip(" ,—")
    if not gap:
        return True
    words = gap.split()
    if words[-1].lower() in lx.TITLE_WORDS and all(
        w[0].isupper() or w.lower() in lx.TITLE_MODIFIERS for w in words[:-1]
    ):
        return len(words) <= 6  # a title: ",” Senate Democratic leader Chuck Schumer said"
    return bool(DESCRIPTION_BEFORE_NAME.fullmatch(gap)) and len(words) <= 8


# "a Chinese foreign ministry spokesperson" before ", Lin Jian, said": a determiner and words, no sentence punctuation.
DESCRIPTION_BEFORE_NAME = re.compile(r"(?:the|a|an|his|her|their|its)\s+[^.;:!?“”\"]+", re.IGNORECASE)


def _description(words: str) -> str | None:
    """The attribution's words as a speaker, unless they are a pronoun or not a name or a description."""
    first = words.split()[0]
    if words.lower() in lx.PERSON_PRONOUNS or not (first[0].isupper() or first.lower() in ("the", "a", "an")):
        return None
    return words


# A relative pronoun right before a name ("remarks which Beijing called"): the name is the subject
# of the verb after it.
RELATIVE_BEFORE_NAME = re.compile(r"\b(?:which|that|whom)\s+(?:the\s+)?\Z")


def _left_speaker(analysis: Analysis, s_index: int, start: int, open_: int) -> tuple[int | None, str | None, bool]:
    """Subject of the last reporting verb between `start` and the opening mark."""
    sentence = analysis.sentences[s_index]
    paragraph = analysis.paragraphs[sentence.paragraph - 1]
    head = paragraph[start:open_]
    verbs = list(REPORTING_VERB.finditer(fold(head)))
    if not verbs:
        return None, None, False
    verb_at = start + verbs[-1].start()
    mentions = [m for m in _person_mentions(analysis, s_index) if start <= m.start < verb_at and not m.possessive]
    if (
        mentions
        and RELATIVE_BEFORE_NAME.search(paragraph[start : mentions[-1].start])
        and not paragraph[mentions[-1].end : verb_at].strip()
    ):
        return mentions[-1].entity, None, True  # "remarks which Beijing called “dangerous”"
    if mentions:
        # a person before a place or an organisation: "Carney, speaking in Ottawa, said ..."
        people = [m for m in mentions if analysis.entities[m.entity].kind == "person"] or mentions
        return _before_interruption(paragraph, people, verb_at).entity, None, True
    after = [m for m in _person_mentions(analysis, s_index) if verb_at < m.start < open_]
    if after:  # said Trump: "..."
        return after[0].entity, None, True
    anon = ANONYMOUS.search(head)
    if anon:
        return None, anon.group("who"), True
    verb = verbs[-1].start()
    clause = max(head.rfind(mark, 0, verb) for mark in ",;:—") + 1  # "In a statement, the company said: “...”"
    compound = verb > 0 and head[verb - 1] == "-"  # "so-called" is no verb of saying
    words = None if compound else ATTRIBUTION_BEFORE_VERB.fullmatch(head, clause, verb)
    described = _description(words.group("who")) if words else None
    if described:
        return None, described, True
    return None, None, False


def _before_interruption(paragraph: str, mentions: list[Mention], verb_at: int) -> Mention:
    """The subject among `mentions` (in order, all before the verb at `verb_at`): the last one, unless
    a clause set off by commas comes between the subject and the verb ("Trump, asked whether he would
    meet Carney, said"): then the last one before that clause."""
    last = mentions[-1]
    if not paragraph[last.end : verb_at].rstrip().endswith(","):
        return last
    closing = paragraph.rfind(",", last.end, verb_at)
    opening = paragraph.rfind(",", mentions[0].start, closing)
    before = [m for m in mentions if m.end <= opening]
    return before[-1] if before else last


def _antecedent(
    analysis: Analysis,
    p_number: int,
    offset: int,
    described: str,
    descriptions: dict[tuple[int, str], tuple[list[int], list[str]]],
) -> str:
    """ "the source" said, after "A Japanese government source said ...": the fuller description given
    before, in this paragraph or the one before it; otherwise `described` as it is.

    `offset` is a quotation's opening mark. The descriptions of a paragraph are found once per noun
    and kept in `descriptions` (by their end offsets): searching the paragraph again up to each
    quotation was quadratic on a one-line article. No description runs over an opening mark, so those
    ending before it are the ones a search of the text up to it finds."""
    words = described.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in lx.ANONYMOUS_SPEAKER_NOUNS:
        return described
    noun = re.escape(words[1].lower())
    if (p_number, noun) not in descriptions:
        earlier = analysis.paragraphs[p_number - 2] + "\n" if p_number > 1 else ""
        text = earlier + analysis.paragraphs[p_number - 1]
        found = list(re.finditer(rf"\b(?i:{_SOURCE_COUNT})\s+(?:[\w\-’']+\s+){{0,4}}?{noun}\b", text))
        descriptions[p_number, noun] = ([m.end() - len(earlier) for m in found], [m.group(0) for m in found])
    ends, texts = descriptions[p_number, noun]
    before = bisect_right(ends, offset)
    return texts[before - 1] if before else described


def _introduced_by(analysis: Analysis, p_number: int) -> tuple[int | None, str | None, bool]:
    """The speaker of a paragraph ending in a colon ("In a statement, he said:"), for the quotation
    standing alone in the paragraph after it."""
    indexes = analysis.paragraph_sentences.get(p_number)
    if not indexes:
        return None, None, False
    last = analysis.sentences[indexes[-1]]
    return _left_speaker(analysis, indexes[-1], last.start, last.end)


def find_quotes(analysis: Analysis) -> list[FoundQuote]:
    """Every quotation of the document with its speaker (entity key or description)."""
    found: list[FoundQuote] = []
    descriptions: dict[tuple[int, str], tuple[list[int], list[str]]] = {}
    open_quote_continues = False
    sentences = analysis.sentences
    for p_number, paragraph in enumerate(analysis.paragraphs, start=1):
        spans = analysis.quote_spans.get(p_number)
        if not spans:
            open_quote_continues = False
            continue
        # the sentence holding an offset, by bisection: a paragraph may hold thousands of sentences and quotations
        indexes = analysis.paragraph_sentences.get(p_number, [])
        starts = analysis.paragraph_starts[p_number] if indexes else []
        for n, (open_, close) in enumerate(spans):
            text = _clean_quote(paragraph[open_:close])
            continued = open_quote_continues and n == 0 and paragraph[:open_].strip() == ""
            if not text:
                continue
            at_open = bisect_right(starts, open_)
            at_close = bisect_right(starts, max(open_, close - 2))
            if not at_open or not at_close:
                continue
            s_open, s_close = indexes[at_open - 1], indexes[at_close - 1]
            sentence_start = sentences[s_open].start
            sentence_end = sentences[s_close].end
            next_open = spans[n + 1][0] if n + 1 < len(spans) else sentence_end
            limit = min(sentence_end, next_open)
            prev_close = spans[n - 1][1] if n > 0 and spans[n - 1][1] > sentence_start else sentence_start
            speaker, described, ok = _right_speaker(analysis, s_close, close, limit)
            if not ok:
                speaker, described, ok = _left_speaker(analysis, s_open, prev_close, open_)
            standalone = not ok and paragraph[sentence_start:open_].strip() == ""
            if not ok and not standalone:
                subject = analysis.subjects.get(s_open)
                if subject is not None and analysis.entities[subject].kind == "person":
                    speaker, ok = subject, True
            if (
                not ok
                and standalone
                and n == 0
                and p_number > 1
                and analysis.paragraphs[p_number - 2].rstrip().endswith(":")
            ):
                speaker, described, ok = _introduced_by(analysis, p_number - 1)  # “He wrote:” ¶ “…”
            if not ok and (standalone or continued) and found:
                previous = found[-1]
                if previous.span.paragraph >= p_number - 1:
                    speaker, described, ok = previous.speaker, previous.speaker_text, True
            if not ok and len(text.split()) == 1:
                continue  # a scare-quoted term nobody is said to have said
            if described:
                described = _antecedent(analysis, p_number, open_, described, descriptions)
            span = QuoteSpan(p_number, open_, close, text, continued)
            found.append(FoundQuote(span, speaker, described, tuple(range(s_open, s_close + 1))))
        open_quote_continues = spans[-1][1] == len(paragraph) and not paragraph.rstrip().endswith(("”", '"'))
    return found


INDIRECT = re.compile(
    r"\b(?P<verb>" + word_alternation(lx.INDIRECT_SPEECH_VERBS) + r")\b(?:[^,.;:“”\"]{0,60}?\bthat\b|\s*,?)\s*"
)


@dataclass(frozen=True)
class ReportedSpeech:
    sentence: int
    speaker: int
    text: str


def reported_speech(
    analysis: Analysis, skip: set[int] = frozenset(), cues: list[Hits] | None = None
) -> list[ReportedSpeech]:
    """ "X said (that) ...", "X warned that ...": what a named party said, without quotation marks.
    Only sentences with no quotation marks and not in `skip` (sentences already given as advice or
    asks); the speaker must be the sentence subject, not an expert (experts' words are expert advice),
    and stand before the verb (an appositive may sit between them).
    Where it fails: a clause that reports someone else's view ("X said critics believe ...") is X's.
    `cues` is the document's `sentence_cues`, scanned here when not given."""
    found: list[ReportedSpeech] = []
    cues = sentence_cues(analysis) if cues is None else cues
    for s_index, subject, offset in _reporting_candidates(analysis, skip):
        if not _indirect_verb_near(cues[s_index], offset):
            continue
        sentence = analysis.sentences[s_index]
        match = INDIRECT.search(sentence.text, offset)
        if not match or match.start() - offset > 140:
            continue
        text = sentence.text[match.end() :].strip().rstrip(".")
        if len(text.split()) < 4:
            continue
        found.append(ReportedSpeech(s_index, subject, text[0].upper() + text[1:]))
    return found


def _reporting_candidates(analysis: Analysis, skip: set[int]) -> list[tuple[int, int, int]]:
    """(sentence, subject, offset after the subject's mention) of each sentence `reported_speech`
    reads: not in `skip`, no quotation marks, a person as subject who is no expert."""
    candidates = []
    entities, sentences, plain = analysis.entities, analysis.sentences, analysis.plain
    for s_index, subject in sorted(analysis.subjects.items()):
        entity = entities.get(subject)
        if entity is None or entity.kind != "person" or entity.expert or s_index in skip:
            continue
        sentence = sentences[s_index]
        # `plain` blanks a quotation overlapping a sentence into a new string: the sentence's own text
        # means no quotation (a sentence with a subject is never empty)
        if plain[s_index] is not sentence.text:
            continue
        mention = next(m for m in analysis.mentions[s_index] if m.entity == subject and not m.in_quote)
        candidates.append((s_index, subject, mention.end - sentence.start))
    return candidates


def _indirect_verb_near(hits: Hits, offset: int) -> bool:
    """Whether an indirect-speech verb begins 0-140 characters after `offset` in a folded sentence
    (its `CUES` hits): INDIRECT finds its verb, lowercase, only where the folded text has one."""
    verbs = CUES.longest["indirect"]
    return any(offset <= start <= offset + 140 and word in verbs for start, word in hits)
