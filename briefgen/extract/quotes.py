"""Quotations in marks and who said them; with `speech.py`, the document's quotes and reported speech.

Spans (`quote_spans`): double marks of any style, paired by what stands beside them: “ and ‘’ open,
'' after a word closes, a straight mark or a ” opens after a space, a bracket or a dash and before a
word, else closes; an opening mark after the end of a sentence inside an open quotation opens another
(a quotation over several paragraphs flattened into one line). Single marks (‘…’, '…') count only in
a paragraph without double marks. A paragraph that opens a quotation and never closes it runs to its
end; the next paragraph's part continues it with the same speaker.

Speaker, first rule that applies (on the sentence's words, `clauses.py`):
1. after the closing mark: `,” X said`, `,” said X, a historian`, `,” she was quoted as saying`,
   `,” according to X`;
2. before the opening mark, the nearest verb of saying or naming inside the reported clause the
   quotation sits in (`X said Y called it “…”`), else that clause's speaker (a mixed quotation: `said
   he was “deeply concerned”`), else the nearest such verb in the sentence (`X told him, “…”`,
   `remarks which Beijing called “…”`, `X released a statement saying, “…”`);
3. a fragment inside a sentence (`had a “very nice” conversation`) is the subject's, when a person;
4. a quotation standing alone (or after a colon lead-in with no speaker) takes, in `settle`, the
   person subject of a sentence written since the last speaker (not one asking), else the last
   speaker, within two paragraphs; after a paragraph ending in a colon, that paragraph's speaker.
Pronouns and short descriptions are settled in document order (`speakers.SpeakerMemory`).
Where it fails: speakers named only inside a previous quotation; dialogue between several people
(an interview) goes to the last speaker named; scare quotes and titles in a sentence with a verb of
saying or naming are kept as quotations.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import NamedTuple

from briefgen.extract import clauses as cl
from briefgen.extract import lexicon as lx
from briefgen.extract.document import Analysis
from briefgen.extract.lexicon import speech as sr
from briefgen.extract.speakers import NOBODY, Speaker, SpeakerMemory, phrase_speaker, unknown_person
from briefgen.extract.speech import Report, ReportedSpeech, find_reports, reported_speech
from briefgen.regex_cache import compiled
from briefgen.text.patterns import word_alternation

_SINGLE_OPEN = compiled(r"(?:^|(?<=[\s(\[—–-]))‘(?=\w)")
_SINGLE_CLOSE = compiled(r"’(?!\w)")
# Straight single marks, in a paragraph with no other marks ('We want a deal,' he said). An
# apostrophe inside a word is neither; a plural possessive ("the leaders' meeting") is no closing
# mark unless a verb of saying or a pronoun follows.
_STRAIGHT_SINGLE_OPEN = compiled(r"(?:^|(?<=[\s(\[—–-]))'(?=\w)")
_STRAIGHT_SINGLE_CLOSE = compiled(
    r"(?<=\S)'(?!\w)(?!(?<=s')\s+(?!(?:" + word_alternation(lx.REPORTING_VERBS | lx.PERSON_PRONOUNS) + r")\b)[a-z])"
)

_START = attrgetter("start")


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
    """(open, close) offsets of the quotations in one paragraph; close is just after the mark. Double
    marks pair whatever their style (a straight mark closes a curly one); single marks count only in
    a paragraph without double marks. An opening mark inside an open quotation is text, unless it
    follows the end of a sentence and opens another (a quotation over several paragraphs flattened
    into one: `said: "The plan needs money. "Without it, nothing moves."`). A quotation left open runs
    to the paragraph's end."""
    spans: list[tuple[int, int]] = []
    open_at = None
    marked = False  # a double mark opens or closes a quotation here: single marks do not count
    for mark in DOUBLE_MARK.finditer(paragraph):
        if mark.lastindex == NEITHER:
            continue  # two apostrophes that neither open nor close a quotation
        start, opens, marked = mark.start(), mark.lastindex is not None, True
        if open_at is None:
            open_at = start if opens else None
        elif not opens:
            spans.append((open_at, mark.end()))
            open_at = None
        elif NEW_QUOTATION.match(paragraph, max(0, start - 2), start + 2):
            spans.append((open_at, start))
            open_at = start
    if open_at is not None:
        spans.append((open_at, len(paragraph)))
    if marked:
        return spans
    if "‘" in paragraph:
        return _single_spans(paragraph, _SINGLE_OPEN, _SINGLE_CLOSE)
    if "'" in paragraph:
        return _single_spans(paragraph, _STRAIGHT_SINGLE_OPEN, _STRAIGHT_SINGLE_CLOSE)
    return []


def _opening(mark: str) -> str:
    """A straight mark, a ” or '' that opens a quotation: after a space, a bracket or a dash (or at the
    paragraph's start), before anything but a space or a stop."""
    return mark + r"(?<![^\s(\[{—–/-]" + mark + r")(?=[^\s,.;:!?)])()"


# A double quotation mark (curly, straight, or two single marks written for one: "‘’", "''"), told
# apart by what stands beside it: a match whose last group is set opens a quotation, one with none
# closes it, and NEITHER is two apostrophes that do neither (a '' closes only after a word or a stop).
# “ and ‘’ always open. (Every alternative opens with its mark: the engine scans for those fast.)
DOUBLE_MARK = compiled(
    "|".join(
        ["“()", "‘’()", _opening("”"), "”", _opening('"'), '"', _opening("''")]
        + [r"''(?<=[^\W_]'')", r"''(?<=[.,!?;:—]'')", "''()"]
    )
)
NEITHER = DOUBLE_MARK.groups  # the group of the last alternative: two apostrophes
# A sentence ended, a space, a mark, a capital: a new quotation opens there.
NEW_QUOTATION = compiled(r"[.?!]\s(?:‘’|''|[“”\"])[^\W\d_a-z]")


def _single_spans(paragraph: str, opening: re.Pattern[str], closing: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans in single marks: an opening mark before a word, the next closing mark after one."""
    spans: list[tuple[int, int]] = []
    for m in opening.finditer(paragraph):
        if spans and m.start() < spans[-1][1]:
            continue
        close = closing.search(paragraph, m.end())
        if close is None:
            break  # no closing mark after this one, so none after any later one either
        if close.start() - m.end() > 1:  # "rock 'n' roll": a letter in marks is no quotation
            spans.append((m.start(), close.end()))
    return spans


def _clean_quote(text: str) -> str:
    return text.strip().strip("“”\"‘’'").strip()


def _quote_verb(tokens: list[cl.Tok], k: int) -> bool:
    """Whether the word at `k` is a verb attributing a quotation ("said", "quipped", "was quoted")."""
    tok = tokens[k]
    return tok.low in sr.QUOTE_VERBS and tok.text.islower()


def _first_quote_verb(tokens: list[cl.Tok], indexes: range) -> int | None:
    """The first of the `indexes` (read in their order) whose word attributes a quotation (`_quote_verb`)."""
    return next((k for k in indexes if _quote_verb(tokens, k)), None)


def _verb_group_start(tokens: list[cl.Tok], v: int) -> int:
    """Where the verb group ending at `v` begins: past "has also" ("has also said") and the "was" of
    "was quoted as saying"."""
    if tokens[v].low == "quoted" and v > 0 and tokens[v - 1].low in ("was", "is", "were", "been"):
        v -= 1
    return cl.before_verb_group(tokens, v)


def _phrase_end(tokens: list[cl.Tok], j: int) -> int:
    """The end of the speaker's words right after an inverted verb (",” said police Chief Ana Ruiz in
    a statement"): up to punctuation, a quotation, an adjunct or a relative pronoun."""
    k, n = j, len(tokens)
    while k < n and k - j < 10:
        tok = tokens[k]
        if tok.text in cl.PUNCTUATION or tok.text == cl.QUOTE:
            break
        if k > j and (tok.low in sr.ATTRIBUTION_ADJUNCT_OPENERS or tok.low in sr.RELATIVES):
            if not (tok.low in ("by", "from") and any(t.low in sr.SOURCED_DOCUMENT_NOUNS for t in tokens[j:k])):
                break  # but "said a statement released by the Prime Minister's Office"
        k += 1
    return k


def _phrase(analysis: Analysis, s_index: int, tokens: list[cl.Tok], start: int, end: int) -> Speaker | None:
    if start >= end:
        return None
    speaker = phrase_speaker(analysis, s_index, tokens[start].start, tokens[end - 1].end)
    return speaker if speaker != NOBODY else None


def _speaker_after(analysis: Analysis, s_index: int, tokens: list[cl.Tok], q: int) -> Speaker | None:
    """The speaker named right after the quotation at token `q`: `,” X said`, `,” said X`, `,” she
    was quoted as saying`, `,” according to X`."""
    n, j = len(tokens), q + 1
    while j < n and tokens[j].text in (",", "—", "–", "--"):
        j += 1
    if j >= n or tokens[j].text in cl.PUNCTUATION or tokens[j].text == cl.QUOTE:
        return None
    if tokens[j].low == "according" and j + 1 < n and tokens[j + 1].low == "to":
        return _phrase(analysis, s_index, tokens, j + 2, _phrase_end(tokens, j + 2))
    if _quote_verb(tokens, j):
        return _phrase(analysis, s_index, tokens, j + 1, _phrase_end(tokens, j + 1))
    verb = _first_quote_verb(tokens, range(j + 1, min(n, j + 30)))
    if verb is None:
        return None
    k = _verb_group_start(tokens, verb)
    subject = cl.subject_before(tokens, k)
    if subject is None or subject[0] != j or (k > 0 and cl.negated(tokens[k - 1])):
        return None
    return _phrase(analysis, s_index, tokens, j, k)


def _speaker_next(analysis: Analysis, words: cl.SentenceWords, s_index: int) -> Speaker | None:
    """The speaker opening the sentence after a question or an exclamation in marks, which ended the
    sentence there: `“Are there prizes?” Lincicome asked.`, `“Really?” said Colton.`"""
    following = s_index + 1
    if following >= len(analysis.sentences):
        return None
    if analysis.sentences[following].paragraph != analysis.sentences[s_index].paragraph:
        return None
    tokens = words(following)
    verb = _first_quote_verb(tokens, range(min(len(tokens), 6)))
    return _speaker_after(analysis, following, tokens, -1) if verb is not None else None


def _speaker_before(analysis: Analysis, s_index: int, tokens: list[cl.Tok], q: int, first: int) -> Speaker | None:
    """The speaker of the last verb attributing a quotation between token `first` and the quotation at
    `q`: `X said: “…”`, `X told him, “…”`, `remarks which Beijing called “…”`, `said X: “…”`."""
    verb = _first_quote_verb(tokens, range(q - 1, first - 1, -1))
    if verb is None:
        return None
    end = _phrase_end(tokens, verb + 1)
    if verb + 1 < end < q and tokens[verb + 1].text[0].isupper() and all(t.text in ",:" for t in tokens[end:q]):
        return _phrase(analysis, s_index, tokens, verb + 1, end)  # said Trump: “…”
    if tokens[verb].low in sr.NAMING_PARTICIPLES:  # "with a spokesperson for the camp describing it as “…”"
        subject = cl.subject_before(tokens, verb)
        return _phrase(analysis, s_index, tokens, *subject) if subject and subject[0] >= first else None
    if tokens[verb].low in sr.SPEECH_PARTICIPLES:  # "Amazon released a statement saying, “…”"
        subject = cl.main_subject(tokens, verb)
        return _phrase(analysis, s_index, tokens, *subject) if subject and subject[0] >= first else None
    k = _verb_group_start(tokens, verb)
    if k > 0 and cl.negated(tokens[k - 1]):
        return None
    subject = cl.subject_before(tokens, k)
    if subject is None or subject[0] < first:
        return None
    return _phrase(analysis, s_index, tokens, subject[0], k)


def _introduced_by(analysis: Analysis, p_number: int) -> Speaker | None:
    """The speaker of a paragraph ending in a colon ("In a statement, he said:"), for the quotation
    standing alone in the paragraph after it."""
    indexes = analysis.paragraph_sentences.get(p_number)
    if not indexes:
        return None
    tokens = cl.sentence_tokens(analysis, indexes[-1])
    return _speaker_before(analysis, indexes[-1], tokens, len(tokens), 0)


def find_quotes(
    analysis: Analysis, reports: list[Report] | None = None, words: cl.SentenceWords | None = None
) -> list[FoundQuote]:
    """Every quotation of the document with its speaker as its sentence names it; a quotation whose
    sentence names none `inherits` (`settle` gives it the speaker before it). `reports` are the
    document's reports (`speech.find_reports`), found here when not given."""
    reports = find_reports(analysis) if reports is None else reports
    by_sentence: dict[int, list[Report]] = {}
    for report in reports:
        by_sentence.setdefault(report.sentence, []).append(report)
    found: list[FoundQuote] = []
    continues = False  # the paragraph before left a quotation open
    words = cl.SentenceWords(analysis) if words is None else words
    for p_number, paragraph in enumerate(analysis.paragraphs, start=1):
        spans = analysis.quote_spans.get(p_number)
        if not spans:
            continues = False
            continue
        for n in range(len(spans)):
            quote = _quote(analysis, words, p_number, n, continues and n == 0, by_sentence)
            if quote is not None:
                found.append(quote)
        continues = spans[-1][1] == len(paragraph) and not paragraph.rstrip().endswith(("”", '"'))
    return found


def _quote_index(tokens: list[cl.Tok], position: int) -> int | None:
    """The index of the quotation word covering a paragraph offset (words never overlap: the last one
    starting at or before it, found by bisection)."""
    k = bisect_right(tokens, position, key=_START) - 1
    return k if k >= 0 and tokens[k].text == cl.QUOTE and position < tokens[k].end else None


def _quote(
    analysis: Analysis,
    words: cl.SentenceWords,
    p_number: int,
    n: int,
    continues: bool,
    by_sentence: dict[int, list[Report]],
) -> FoundQuote | None:
    """The `n`th quotation of a paragraph and its speaker."""
    paragraph, spans = analysis.paragraphs[p_number - 1], analysis.quote_spans[p_number]
    open_, close = spans[n]
    text = _clean_quote(paragraph[open_:close])
    sentences = _sentences_between(analysis, p_number, open_, max(open_, close - 2))
    if not text or not sentences:
        return None
    s_open, s_close = sentences[0], sentences[-1]
    lead = paragraph[analysis.sentences[s_open].start : open_]  # the sentence's words before the quotation
    standalone = not lead.strip()
    who = _owner(analysis, s_open, open_) if _a_term(text) else None  # "Musk's “production hell”"
    after = spans[n - 1][1] if n else 0  # the end of the quotation before this one in the paragraph
    who = who or _attribution(analysis, words, (s_open, s_close), (after, open_, close), by_sentence.get(s_open, ()))
    if who is None and not standalone:
        who = _fragment_owner(analysis, s_open, text)
    if who is None and standalone and n == 0 and p_number > 1:
        if analysis.paragraphs[p_number - 2].rstrip().endswith(":"):
            who = _introduced_by(analysis, p_number - 1)  # “He wrote:” ¶ “…”
    continued = continues and not paragraph[:open_].strip()
    introduced = lead.rstrip().endswith(":")  # "the reveal: “…”"
    if who is None and not (standalone or continued or introduced) and _a_term(text):
        return None  # a scare-quoted term, a title or a nickname nobody is said to have said
    span = QuoteSpan(p_number, open_, close, text, continued)
    inherits = who is None and (standalone or continued or introduced)
    return FoundQuote(span, who or NOBODY, tuple(range(s_open, s_close + 1)), inherits)


def _fragment_owner(analysis: Analysis, s_index: int, text: str) -> Speaker | None:
    """Whose words a quotation inside a sentence without attribution is: its subject's, when a person
    named; a person the entity pass missed opening the sentence, before a pronoun subject ("Onyeka
    shook things up by talking about how she saved him “from drowning in the deep end”")."""
    subject = analysis.subjects.get(s_index)
    by_pronoun = next((m.form == "pronoun" for m in analysis.mentions.get(s_index, ()) if m.entity == subject), False)
    missed = unknown_person(analysis, s_index) if (subject is None or by_pronoun) and not _a_term(text) else None
    if missed is not None:
        return missed
    if subject is not None and analysis.entities[subject].kind == "person":
        return Speaker(subject)
    return None


def _owner(analysis: Analysis, s_index: int, open_: int) -> Speaker | None:
    """The person or body whose possessive stands right before a quotation's opening mark."""
    for m in analysis.mentions.get(s_index, ()):
        if m.possessive and not m.in_quote and 0 <= open_ - m.end <= 3 and m.form != "pronoun":
            return Speaker(m.entity)
    return None


def _a_term(text: str) -> bool:
    """Whether words in marks read as a term rather than words said: up to four words that are no
    sentence of their own (a capital and a final stop)."""
    words = text.split(maxsplit=MAX_TERM_WORDS)  # no more are needed to tell
    sentence = words[0][:1].isupper() and text.rstrip("”\"’'").endswith((".", "!", "?"))
    return len(words) <= MAX_TERM_WORDS and not sentence


def _attribution(
    analysis: Analysis,
    words: cl.SentenceWords,
    sentences: tuple[int, int],
    span: tuple[int, int, int],
    reports,
) -> Speaker | None:
    """The speaker the sentences of a quotation name: after its closing mark; else by the nearest verb
    before it within the reported clause it sits in ("X said Y called it “…”"); else the clause's
    speaker; else by a verb before it. `span`: the end of the quotation before it in the paragraph (0
    for none), then its opening and its end."""
    (s_open, s_close), (after, open_, close) = sentences, span
    tokens = words(s_close)
    q = _quote_index(tokens, close - 1)
    who = _speaker_after(analysis, s_close, tokens, q) if q is not None else None
    if who is None and q is not None and q == len(tokens) - 1:
        paragraph = analysis.paragraphs[analysis.sentences[s_close].paragraph - 1]
        if paragraph[open_:close].rstrip("”\"’'").endswith(("?", "!")):
            who = _speaker_next(analysis, words, s_close)
    if who is not None:
        return who
    if s_open != s_close or q is None:  # else the quotation's word covers its opening mark too
        tokens = words(s_open)
        q = _quote_index(tokens, open_)
        if q is None:
            return None
    first = bisect_left(tokens, after, key=_START)  # the first word after the quotation before this one
    report = next((r for r in reports if r.start <= open_ < r.end), None)
    if report is not None:
        opening = bisect_left(tokens, report.start, key=_START)  # the report's first word
        within = max(first, opening if opening < len(tokens) else q)
        return _speaker_before(analysis, s_open, tokens, q, within) or report.speaker
    return _speaker_before(analysis, s_open, tokens, q, first)


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
            s_index = quote.sentences[0]
            who = memory.settle(quote.who, s_index)
            if quote.inherits:
                who = _inherited(analysis, memory, s_index, p_number - last_paragraph <= 2)
            if who != quote.who:
                settled_quotes[k] = quote._replace(who=who)
        else:
            s_index = reports[k].sentence
            who = memory.settle(reports[k].speaker, s_index)
            if who != reports[k].speaker:
                settled_reports[k] = reports[k]._replace(speaker=who)
        if who != NOBODY:
            memory.remember(who, s_index)
            last_paragraph = p_number
    return settled_quotes, settled_reports


def _inherited(analysis: Analysis, memory: SpeakerMemory, s_index: int, recent: bool) -> Speaker:
    """The speaker a quotation its sentence attributes to nobody takes: the last speaker, unless a
    sentence after that one, in the quotation's paragraph or the one before, has a person as its
    subject ("Trevor Nicholson outlined the policy. ¶ “Who may be included ...”"); not one asking."""
    paragraph = analysis.sentences[s_index].paragraph
    for back in range(s_index - 1, max(memory.last_sentence, s_index - 6), -1):
        if analysis.sentences[back].paragraph < paragraph - 1:
            break
        subject = analysis.subjects.get(back)
        asking = ASKING.search(analysis.folded[back])
        if subject is not None and analysis.entities[subject].kind == "person" and not asking:
            return Speaker(subject)
    return memory.last if recent else NOBODY


MAX_TERM_WORDS = 4  # a phrase in marks this short, with nobody said to say it, is a term ("so-called “quiet zone”")

# A sentence whose subject asks: its subject is not the one who answers in the quotation after it.
ASKING = compiled(r"\b(?:asked|asks|wondered|questioned|interviewed)\b")


def quotes_and_speech(analysis: Analysis) -> tuple[list[FoundQuote], list[ReportedSpeech]]:
    """The document's quotations and its reported speech, with their speakers."""
    words = cl.SentenceWords(analysis)
    reports = find_reports(analysis, words)
    quotes, reports = settle(analysis, find_quotes(analysis, reports, words), reports)
    return quotes, reported_speech(analysis, reports)
