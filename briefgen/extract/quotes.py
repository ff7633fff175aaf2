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
from typing import NamedTuple

from briefgen.extract import lexicon as lx
from briefgen.extract.entities import Analysis, Mention
from briefgen.extract.speakers import NOBODY, Speaker, SpeakerMemory
from briefgen.extract.speech import Report, ReportedSpeech, find_reports, reported_speech
from briefgen.text.patterns import cue_pattern, fold, word_alternation

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
    who: Speaker
    sentences: tuple[int, ...]  # sentence indexes the quote lies in
    inherits: bool = False  # its sentence names no speaker: it takes the one before

    @property
    def speaker(self) -> int | None:
        """The speaker's entity key."""
        return self.who.entity


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


def _right_speaker(analysis: Analysis, s_index: int, close: int, limit: int) -> Speaker | None:
    """The speaker named right after a closing mark (",” X said", ",” said X", ",” according to X")."""
    sentence = analysis.sentences[s_index]
    paragraph = analysis.paragraphs[sentence.paragraph - 1]
    tail = paragraph[close:limit]
    if not tail.strip(" ,.;:—"):
        return None
    mentions = [m for m in _person_mentions(analysis, s_index) if close <= m.start < limit]
    if ACCORDING.match(tail):
        if mentions:
            return Speaker(mentions[0].entity)
        return None
    verb = REPORTING_VERB.search(fold(tail))
    if not verb or verb.start() > 120:
        return None
    if RIGHT_VERB_FIRST.match(tail):  # ,” said Trump
        after = [m for m in mentions if m.start >= close + verb.end()]
        if after and after[0].start - (close + verb.end()) < 4:
            return Speaker(after[0].entity)
    before_verb = [m for m in mentions if m.start < close + verb.start()]
    if before_verb and _only_a_description(paragraph[close : before_verb[0].start]):
        return Speaker(before_verb[0].entity)
    anon = ANONYMOUS.match(tail.lstrip(" ,—"))
    if anon:
        return Speaker(text=anon.group("who"))
    if RIGHT_VERB_FIRST.match(tail):
        words = ATTRIBUTION_AFTER_VERB.match(tail, verb.end())
    else:
        words = ATTRIBUTION_BEFORE_VERB.fullmatch(tail, 0, verb.start())
    described = _description(words.group("who")) if words else None
    if described:
        return Speaker(text=described)
    return None


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


def _left_speaker(analysis: Analysis, s_index: int, start: int, open_: int) -> Speaker | None:
    """Subject of the last reporting verb between `start` and the opening mark."""
    sentence = analysis.sentences[s_index]
    paragraph = analysis.paragraphs[sentence.paragraph - 1]
    head = paragraph[start:open_]
    verbs = list(REPORTING_VERB.finditer(fold(head)))
    if not verbs:
        return None
    verb_at = start + verbs[-1].start()
    mentions = [m for m in _person_mentions(analysis, s_index) if start <= m.start < verb_at and not m.possessive]
    if (
        mentions
        and RELATIVE_BEFORE_NAME.search(paragraph[start : mentions[-1].start])
        and not paragraph[mentions[-1].end : verb_at].strip()
    ):
        return Speaker(mentions[-1].entity)  # "remarks which Beijing called “dangerous”"
    if mentions:
        # a person before a place or an organisation: "Carney, speaking in Ottawa, said ..."
        people = [m for m in mentions if analysis.entities[m.entity].kind == "person"] or mentions
        return Speaker(_before_interruption(paragraph, people, verb_at).entity)
    after = [m for m in _person_mentions(analysis, s_index) if verb_at < m.start < open_]
    if after:  # said Trump: "..."
        return Speaker(after[0].entity)
    anon = ANONYMOUS.search(head)
    if anon:
        return Speaker(text=anon.group("who"))
    verb = verbs[-1].start()
    clause = max(head.rfind(mark, 0, verb) for mark in ",;:—") + 1  # "In a statement, the company said: “...”"
    compound = verb > 0 and head[verb - 1] == "-"  # "so-called" is no verb of saying
    words = None if compound else ATTRIBUTION_BEFORE_VERB.fullmatch(head, clause, verb)
    described = _description(words.group("who")) if words else None
    if described:
        return Speaker(text=described)
    return None


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


def _introduced_by(analysis: Analysis, p_number: int) -> Speaker | None:
    """The speaker of a paragraph ending in a colon ("In a statement, he said:"), for the quotation
    standing alone in the paragraph after it."""
    indexes = analysis.paragraph_sentences.get(p_number)
    if not indexes:
        return None
    last = analysis.sentences[indexes[-1]]
    return _left_speaker(analysis, indexes[-1], last.start, last.end)


def find_quotes(analysis: Analysis, reports: list[Report] | None = None) -> list[FoundQuote]:
    """Every quotation of the document with its speaker as its sentence names it; a quotation whose
    sentence names none is `inherits` (`settle` gives it the speaker before it). `reports` are the
    document's reports (`speech.find_reports`), found here when not given."""
    reports = find_reports(analysis) if reports is None else reports
    by_sentence: dict[int, list[Report]] = {}
    for report in reports:
        by_sentence.setdefault(report.sentence, []).append(report)
    found: list[FoundQuote] = []
    continues = False  # the paragraph before left a quotation open
    for p_number, paragraph in enumerate(analysis.paragraphs, start=1):
        spans = analysis.quote_spans.get(p_number)
        if not spans:
            continues = False
            continue
        for n in range(len(spans)):
            quote = _quote(analysis, p_number, n, continues and n == 0, by_sentence)
            if quote is not None:
                found.append(quote)
        continues = spans[-1][1] == len(paragraph) and not paragraph.rstrip().endswith(("”", '"'))
    return found


def _quote(
    analysis: Analysis, p_number: int, n: int, continues: bool, by_sentence: dict[int, list[Report]]
) -> FoundQuote | None:
    """The `n`th quotation of a paragraph and its speaker."""
    paragraph, spans = analysis.paragraphs[p_number - 1], analysis.quote_spans[p_number]
    open_, close = spans[n]
    text = _clean_quote(paragraph[open_:close])
    sentences = _sentences_between(analysis, p_number, open_, max(open_, close - 2))
    if not text or not sentences:
        return None
    s_open, s_close = sentences[0], sentences[-1]
    sentence_start, sentence_end = analysis.sentences[s_open].start, analysis.sentences[s_close].end
    continued = continues and not paragraph[:open_].strip()
    limit = min(sentence_end, spans[n + 1][0] if n + 1 < len(spans) else sentence_end)
    after_previous = spans[n - 1][1] if n > 0 and spans[n - 1][1] > sentence_start else sentence_start
    report = _reporting_clause(by_sentence.get(s_open, ()), open_)
    within = max(after_previous, report.start) if report else after_previous
    who = (
        _right_speaker(analysis, s_close, close, limit)
        or _left_speaker(analysis, s_open, within, open_)  # the nearest verb: "X said Y called it “…”"
        or (report.speaker if report else None)
        or _left_speaker(analysis, s_open, after_previous, open_)
    )
    standalone = who is None and not paragraph[sentence_start:open_].strip()
    if who is None and not standalone:
        subject = analysis.subjects.get(s_open)
        if subject is not None and analysis.entities[subject].kind == "person":
            who = Speaker(subject)  # a fragment: the sentence subject's words
    if who is None and standalone and n == 0 and analysis.paragraphs[p_number - 2].rstrip().endswith(":"):
        who = _introduced_by(analysis, p_number - 1) if p_number > 1 else None  # “He wrote:” ¶ “…”
    if who is None and not (standalone or continued) and len(text.split()) == 1:
        return None  # a scare-quoted term nobody is said to have said
    span = QuoteSpan(p_number, open_, close, text, continued)
    inherits = who is None and (standalone or continued)
    return FoundQuote(span, who or NOBODY, tuple(range(s_open, s_close + 1)), inherits)


def _sentences_between(analysis: Analysis, p_number: int, start: int, end: int) -> list[int]:
    """The indexes of the paragraph's sentences holding the offsets `start` and `end` and those
    between (a paragraph may hold thousands of sentences: found by bisection)."""
    indexes = analysis.paragraph_sentences.get(p_number)
    if not indexes:
        return []
    starts = analysis.paragraph_starts[p_number]
    first, last = bisect_right(starts, start), bisect_right(starts, end)
    if not first:
        return []
    return indexes[first - 1 : last]


def _reporting_clause(reports, open_: int) -> Report | None:
    """The report whose clause a quotation opens or sits in ("X said: “…”", "said he was “deeply
    concerned” about the delay")."""
    return next((report for report in reports if report.start <= open_ < report.end), None)


def settle(
    analysis: Analysis, quotes: list[FoundQuote], reports: list[Report]
) -> tuple[list[FoundQuote], list[Report]]:
    """Quotes and reports with their speakers settled in document order: pronouns and short
    descriptions (`SpeakerMemory`), and a quotation that its sentence attributes to nobody takes the
    speaker of the attribution before it, in its paragraph or the two before."""
    memory = SpeakerMemory(analysis)
    events = [(q.span.paragraph, q.span.open, 1, k) for k, q in enumerate(quotes)]
    events += [(analysis.sentences[r.sentence].paragraph, min(r.at, r.start), 0, k) for k, r in enumerate(reports)]
    settled_quotes, settled_reports = list(quotes), list(reports)
    last_paragraph = -10
    for p_number, _, is_quote, k in sorted(events):
        if is_quote:
            quote = quotes[k]
            who = memory.settle(quote.who)
            if quote.inherits and p_number - last_paragraph <= 2:
                who = memory.last
            settled_quotes[k] = quote._replace(who=who)
        else:
            who = memory.settle(reports[k].speaker)
            settled_reports[k] = reports[k]._replace(speaker=who)
        if who != NOBODY:
            memory.remember(who)
            last_paragraph = p_number
    return settled_quotes, settled_reports


def quotes_and_speech(analysis: Analysis) -> tuple[list[FoundQuote], list[ReportedSpeech]]:
    """The document's quotations and its reported speech, with their speakers."""
    reports = find_reports(analysis)
    quotes, reports = settle(analysis, find_quotes(analysis, reports), reports)
    return quotes, reported_speech(analysis, reports)
