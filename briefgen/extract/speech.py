"""Reported speech: what someone is said to have said, without quotation marks, and the clause a
quotation sits in.

A *report* is a verb of saying, its speaker and the clause it reports, within one sentence. The
sentence is read as words with its quotations blanked (one placeholder word each), so that a verb
inside a quotation is never an attribution. The constructions:
1. subject first, `NP (has, also ...) V (hearer) (adjuncts) (that) CLAUSE`: "Harbour officials said on
   Monday that the terminal will close", "The lawsuit alleges the landlord ignored complaints",
   "Mayor Lena Okafor told reporters she would not run";
2. clause-final, `CLAUSE, NP V (adjuncts).` or `CLAUSE, V NP (, appositive).`: "Three people were
   hurt, police said Sunday.", "The vote was close, said Amara Diallo, a historian.";
3. inserted, `A, NP V, B`: "The new rules, she says, will cost small farms thousands" gives two
   clauses, A and B;
4. "according to NP" before, after or inside a clause (inside: two clauses);
5. a participle after a comma, `..., saying/adding (that) CLAUSE`, and a second verb sharing the
   subject, `... and added that CLAUSE`: the speaker of the report before it in the sentence, else the
   sentence's subject.
A clause runs to the next attribution of its sentence or to the sentence's end. It is a clause when it
opens with "that", with a quotation, or has a finite verb among its first words; after a verb that
also takes a noun phrase ("added", "announced", "confirmed"), only when it opens as a clause ("that",
a pronoun, or a short noun phrase and its verb). Negated, modal, passive or infinitive verbs ("has
not said", "must have said", "was told", "declined to say") report nothing.

A clause holding quotation marks is a *mixed quotation* ("said he was “deeply concerned” about the
delay"): its quoted words are direct quotes of the clause's speaker (`quotes.py`), and the whole clause
is reported speech too when the quoted words are under a third of it.
Where it fails: a subject longer than ten words, or split from its verb by more than one aside, is not
found; "X said critics believe ..." is X's report, critics' view included; a report spread over two
sentences keeps only its first.
"""

from __future__ import annotations

from typing import NamedTuple

from briefgen.extract import clauses as cl
from briefgen.extract.document import Analysis
from briefgen.extract.lexicon import speech as sr
from briefgen.extract.speakers import NOBODY, Speaker, phrase_speaker
from briefgen.regex_cache import compiled
from briefgen.text.patterns import CueIndex

# The sentences that may hold a report: one scan of the document's folded text finds the words of saying in
# every sentence at once, where a regex searched sentence by sentence tries its words at every character.
CUES = CueIndex({"speech": sr.SPEECH_VERBS | sr.SPEECH_PARTICIPLES | {"according to"}})
CUE_WORDS = sr.SPEECH_VERBS | sr.SPEECH_PARTICIPLES | {"according"}
LEADING_THAT = compiled(r"^that\s+")
MIXED_SHARE = 1 / 3  # quoted words under this share of a clause: the clause is reported speech too


class Report(NamedTuple):
    """A verb of saying and the clause it reports, in one sentence."""

    sentence: int
    start: int  # paragraph offsets of the reported clause
    end: int
    speaker: Speaker
    at: int  # paragraph offset of the attribution's first word


class ReportedSpeech(NamedTuple):
    sentence: int
    speaker: Speaker
    text: str


class _Attribution(NamedTuple):
    kind: str  # subject, final, inserted, according, participle, also
    left: int  # token index where the attribution's words begin
    right: int  # token index after them: where a clause after them begins
    who: tuple[int, int] | None  # token range of the speaker's phrase; None: the sentence's speaker
    comma: int = -1  # final and inserted: the comma ending the clause before the attribution


def find_reports(analysis: Analysis, words: cl.SentenceWords | None = None) -> list[Report]:
    """Every report of the document, in sentence order, with its speaker as the sentence names it
    (pronouns and short descriptions are settled later, in document order). `words` gives the
    sentences' words (made here when not given)."""
    words = cl.SentenceWords(analysis) if words is None else words
    found: list[Report] = []
    for s_index, cues in enumerate(CUES.scan(analysis.folded)):
        if not cues:
            continue
        tokens = words(s_index)
        found += _sentence_reports(analysis, s_index, tokens, _attributions(tokens))
    return found


def _attributions(tokens: list[cl.Tok]) -> list[_Attribution]:
    found: list[_Attribution] = []
    for i in [k for k, tok in enumerate(tokens) if tok.low in CUE_WORDS]:
        if found and i < found[-1].right:
            continue
        tok = tokens[i]
        if tok.low == "according" and i + 1 < len(tokens) and tokens[i + 1].low == "to":
            attribution = _according(tokens, i)
        elif not tok.text.islower():
            continue  # a verb of saying is never capitalised inside a sentence ("the United States")
        elif tok.low in sr.SPEECH_PARTICIPLES:
            attribution = _participle(tokens, i)
        elif tok.low in sr.SPEECH_VERBS:
            attribution = _verb_attribution(tokens, i)
        else:
            continue
        if attribution is not None:
            found.append(attribution)
    return found


def _verb_attribution(tokens: list[cl.Tok], i: int) -> _Attribution | None:
    k = cl.before_verb_group(tokens, i)
    if k > 0 and cl.negated(tokens[k - 1]):
        return None
    if k > 1 and tokens[k - 1].low == "who":  # "Bortis, who noted for the judge that"
        subject = cl.subject_before(tokens, k - 2 if tokens[k - 2].text == "," else k - 1, aside=False)
    else:
        subject = cl.subject_before(tokens, k)
    if subject is not None:
        relative = subject[0] > 0 and tokens[subject[0] - 1].low in sr.RELATIVES and tokens[k - 1].low != "who"
        start = cl.clause_start(tokens, i, relative)
        if start is not None:
            return _Attribution("subject", subject[0], start, subject)
    if k > 0 and tokens[k - 1].low in ("and", "but"):
        start = cl.clause_start(tokens, i)
        if start is not None:
            return _Attribution("also", k - 1, start, None)
    return _attribution_after_clause(tokens, i, k)


def _attribution_after_clause(tokens: list[cl.Tok], i: int, k: int) -> _Attribution | None:
    """`CLAUSE, NP V (adjuncts).` / `CLAUSE, V NP.` at the end of a sentence, or `A, NP V, B`."""
    if k > 0 and tokens[k - 1].text == "," and tokens[i].low not in sr.HEARER_VERBS:
        end = _noun_phrase_after(tokens, i + 1)  # ", said Amara Diallo, a historian."
        found = _after_attribution(tokens, k - 1, i + 1, end, (i + 1, end)) if end is not None else None
        if found is not None and found.kind == "final":
            return found
    comma, farthest = k - 1, max(0, k - 11)  # the punctuation nearest before the subject, in 11 words
    while comma >= farthest and tokens[comma].text not in cl.PUNCTUATION:
        comma -= 1
    if comma < farthest or tokens[comma].text != "," or comma == 0:
        return None
    if not cl.noun_phrase(tokens[comma + 1 : k]) or tokens[comma + 1].low in sr.SUBJECT_BOUNDARIES:
        return None
    return _after_attribution(tokens, comma, k, _past_adjuncts(tokens, i + 1), (comma + 1, k))


def _noun_phrase_after(tokens: list[cl.Tok], j: int) -> int | None:
    """The end of a speaker's phrase right after the verb (", said police Chief Ana Ruiz")."""
    n, k = len(tokens), j
    while k < n and tokens[k].text not in cl.PUNCTUATION and tokens[k].text != cl.QUOTE and k - j < 10:
        k += 1
    if k == j or (k < n and tokens[k].text not in cl.PUNCTUATION):
        return None
    words = tokens[j:k]
    return k if words[0].text[0].isupper() or words[0].low in sr.SUBJECT_DETERMINERS else None


def _past_adjuncts(tokens: list[cl.Tok], j: int) -> int | None:
    """The index after adjuncts following a verb at the end of an attribution ("said Sunday", "explained
    from Calgary", "said in an interview last week"); None when a clause follows instead."""
    n, k = len(tokens), j
    if k < n and tokens[k].text not in cl.PUNCTUATION:
        first = tokens[k]
        if not (first.low in sr.ATTRIBUTION_ADJUNCT_OPENERS or first.text[0].isupper()):
            return None
        while k < n and tokens[k].text not in cl.PUNCTUATION and k - j < 12:
            if tokens[k].text == cl.QUOTE or cl.finite(tokens[k], tokens[k - 1]):
                return None
            k += 1
    return k


def _after_attribution(
    tokens: list[cl.Tok], comma: int, left: int, end: int | None, who: tuple[int, int]
) -> _Attribution | None:
    """A clause-final attribution when the sentence ends after it (or an appositive, a relative or a
    participle follows), an inserted one when a clause goes on after its comma."""
    if end is None:
        return None
    n = len(tokens)
    rest = [t for t in tokens[end:] if t.text not in cl.PUNCTUATION]
    if not rest:
        return _Attribution("final", left, end, who, comma)
    if tokens[end].text != ",":
        return None
    after = tokens[end + 1] if end + 1 < n else None
    if (
        after is None
        or after.low in sr.SPEECH_PARTICIPLES
        or after.low in sr.SUBJECT_BOUNDARIES
        or after.low == "according"
    ):
        return _Attribution("final", left, end, who, comma)
    if after.low in sr.SUBJECT_DETERMINERS and not any(cl.finite(t, None) for t in tokens[end + 1 :]):
        return _Attribution("final", left, n, who, comma)  # ", a historian at Lakeside College."
    return _Attribution("inserted", left, end + 1, who, comma)


def _according(tokens: list[cl.Tok], i: int) -> _Attribution | None:
    """ "according to NP" opening, closing or inside a clause."""
    n, j = len(tokens), i + 2
    end = next((k for k in range(j, n) if tokens[k].text in cl.PUNCTUATION or tokens[k].text == cl.QUOTE), n)
    if end == j or end - j > 16 or tokens[end - 1].low in sr.NOT_A_SOURCE:
        return None
    if i == 0 or (i == 1 and tokens[0].low in sr.SUBJECT_BOUNDARIES):
        return _Attribution("according", i, end + 1, (j, end))
    if tokens[i - 1].text != ",":
        return None
    rest = [t for t in tokens[end:] if t.text not in cl.PUNCTUATION]
    return _Attribution("final" if not rest else "inserted", i, end + 1, (j, end), i - 1)


def _participle(tokens: list[cl.Tok], i: int) -> _Attribution | None:
    """ ", saying (that) CLAUSE" / "a statement saying CLAUSE"."""
    if i == 0 or not (tokens[i - 1].text == "," or tokens[i].low == "saying"):
        return None
    j = cl.that_after_adjuncts(tokens, i + 1)  # "was quoted as saying by local media that"
    if j is not None:
        return _Attribution("participle", i, j, None) if cl.long_enough(tokens, j) else None
    j = i + 1
    if j < len(tokens) and cl.opens_clause(tokens, j, strict=False):
        return _Attribution("participle", i, j, None)
    return None


def _sentence_reports(
    analysis: Analysis, s_index: int, tokens: list[cl.Tok], attributions: list[_Attribution]
) -> list[Report]:
    """The clauses of a sentence's attributions: each runs from its attribution to the next one, and a
    clause-final or inserted attribution's clause runs back to the one before."""
    reports: list[Report] = []
    previous = NOBODY
    after_previous = 0  # the first token no earlier clause holds
    for n, found in enumerate(attributions):
        bound = attributions[n + 1].left if n + 1 < len(attributions) else len(tokens)
        speaker = _speaker(analysis, s_index, tokens, found, previous)
        clauses = []
        if found.kind in ("final", "inserted"):
            # the words before an inserted attribution may be few ("By spring, the minister said, ...")
            clauses.append((after_previous, found.comma, 1 if found.kind == "inserted" else cl.MIN_WORDS))
        if found.kind != "final":
            clauses.append((found.right, bound, cl.MIN_WORDS))
        for start, end, least in clauses:
            span = _clause_span(tokens, start, end, least)
            if span is not None:
                reports.append(Report(s_index, *span, speaker, tokens[found.left].start))
        previous, after_previous = speaker, max(found.right, after_previous)
    return reports


def _speaker(analysis: Analysis, s_index: int, tokens: list[cl.Tok], found: _Attribution, previous: Speaker) -> Speaker:
    if found.who is not None:
        a, b = found.who
        return phrase_speaker(analysis, s_index, tokens[a].start, tokens[b - 1].end)
    if previous != NOBODY:
        return previous
    subject = cl.main_subject(tokens, found.left)
    if subject is not None:
        return phrase_speaker(analysis, s_index, tokens[subject[0]].start, tokens[subject[1] - 1].end)
    entity = analysis.subjects.get(s_index)
    return Speaker(entity) if entity is not None else NOBODY


def _clause_span(tokens: list[cl.Tok], start: int, end: int, least: int) -> tuple[int, int] | None:
    """Paragraph offsets of the clause tokens[start:end] holds, without the punctuation and the
    conjunction that end it; None when it has fewer than `least` words."""
    while start < end and tokens[start].text in cl.PUNCTUATION:
        start += 1
    while end > start and (tokens[end - 1].text in cl.PUNCTUATION or tokens[end - 1].low in ("and", "but")):
        end -= 1
    if not cl.long_enough(tokens, start, end, least):
        return None
    return tokens[start].start, tokens[end - 1].end


def reported_speech(analysis: Analysis, reports: list[Report]) -> list[ReportedSpeech]:
    """The reports to give as reported speech: a clause without quotation marks, or a mixed quotation
    whose quoted words are under a third of it; never a quotation that a verb introduces."""
    found = []
    for report in reports:
        sentence = analysis.sentences[report.sentence]
        paragraph = analysis.paragraphs[sentence.paragraph - 1]
        text = paragraph[report.start : report.end]
        spans = analysis.spans_within(sentence.paragraph, report.start, report.end)
        if spans:
            quoted = sum(min(b, report.end) - max(a, report.start) for a, b in spans)
            opening = LEADING_THAT.sub("", text)
            if opening[:1] in "“\"‘'" or quoted >= MIXED_SHARE * len(text):
                continue
        found.append(ReportedSpeech(report.sentence, report.speaker, text))
    return found
