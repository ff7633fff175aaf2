"""The words of a sentence as reported speech reads them: each quotation one placeholder word, and
the tests a construction of saying is made of (a noun phrase that can speak, a finite verb, where a
reported clause opens after its verb). Data in `lexicon/speech.py`.

Finite verbs are told crudely, by form: an auxiliary or modal, a contraction, an "-ed" form, an
irregular past, or an "-s" form after a word that is no determiner.
Where it fails: a base-form verb after a plural noun ("the laws favour the owner") is no finite verb,
and an "-s" noun after a name ("Apple shares") is one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice
from operator import attrgetter
from typing import NamedTuple

from briefgen.extract.document import Analysis
from briefgen.extract.lexicon import speech as sr
from briefgen.regex_cache import compiled
from briefgen.text.patterns import word_alternation

# A word (an abbreviation's period before a comma or a lowercase word kept: "Inc., told"), or punctuation.
# The abbreviations as a trie: tried at every position, a plain alternation tests each in turn. The other
# alternatives open with one character class or character (`\w\w*`, not `\w+`), which the engine tests
# on the next character before it enters them. The lookahead first tests the character every alternative
# opens with: at a space, where finditer tries the pattern anew, the alternatives are passed over by one test.
# A word's tail is possessive (`*+`, `?+`): nothing after it can fail, so the engine keeps no place to go back to.
TOKEN = compiled(
    r"(?=[\w,;:—–()!?.\-])(?:(?:" + word_alternation(sr.ABBREVIATIONS, lower=False) + r")\.(?!\w)|"
    r"\d\d*(?:[,.]\d+)+|\w\w*(?:[’'.\-&]\w+)*+(?:\.(?=,|\s+[a-z]))?+|[,;:—–()!?]|\.(?!\w)|--+)"
)
QUOTE = "“"  # the placeholder word of a quotation
PUNCTUATION = frozenset(",;:—–()!?.") | {"--", "---"}
BREAKS = PUNCTUATION | {QUOTE}  # the words no phrase runs across
OBJECT_PRONOUNS = frozenset("him her them us me you".split())
MIN_WORDS = 3  # a reported clause has this many words at least ("talks had stalled")
# Words after a description's head noun that begin its modifier: "sources familiar with the bid".
POSTMODIFIERS = frozenset("familiar close briefed involved with of for from at in on who which that".split())


_new_tuple = tuple.__new__  # a Tok without NamedTuple's keyword-checking __new__: sentences have many words
_span = re.Match.span
_START = attrgetter("start")
_TEXT = attrgetter("text")


class Tok(NamedTuple):
    text: str
    low: str  # lowercase, with ’ as '
    start: int  # paragraph offsets
    end: int


def sentence_tokens(analysis: Analysis, s_index: int) -> list[Tok]:
    """The words and punctuation of a sentence, each quotation in it one QUOTE word."""
    return _tokens_and_quoted(analysis, s_index)[0]


def _tokens_and_quoted(analysis: Analysis, s_index: int, same: Interned | None = None) -> tuple[list[Tok], bool]:
    """`sentence_tokens`, and whether the sentence holds a quotation (a QUOTE word); the words of a
    sentence holding one have the strings of `same` when given (those are the words kept)."""
    sentence = analysis.sentences[s_index]
    base, text, low = sentence.start, analysis.plain[s_index], analysis.folded[s_index]
    if "’" in low:
        low = low.replace("’", "'")
    spans = analysis.spans_within(sentence.paragraph, sentence.start, sentence.end)
    places = map(_span, TOKEN.finditer(text))
    if same is None or not spans:
        tokens = [_new_tuple(Tok, (text[a:b], low[a:b], base + a, base + b)) for a, b in places]
    else:
        tokens = [_new_tuple(Tok, (same[text[a:b]], same[low[a:b]], base + a, base + b)) for a, b in places]
    for a, b in spans:  # after any word at the same offset, as a stable sort of words then quotations puts it
        quote = _new_tuple(Tok, (QUOTE, QUOTE, max(a, sentence.start), min(b, sentence.end)))
        tokens.insert(bisect_right(tokens, quote.start, key=_START), quote)
    return tokens, bool(spans)


class Interned(dict[str, str]):
    """Each string looked up, as the first equal one looked up: words recur (and most are their own
    lowercase), so the words kept of a long article's sentences share a few thousand strings."""

    def __missing__(self, text: str) -> str:
        self[text] = text
        return text


class SentenceWords:
    """The words of the document's sentences (`sentence_tokens`): those of a sentence holding a
    quotation are kept once made, for reported speech and the quotations' speakers both read them."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.kept: dict[int, list[Tok]] = {}
        self.strings = Interned()

    def __call__(self, s_index: int) -> list[Tok]:
        tokens = self.kept.get(s_index)
        if tokens is None:
            tokens, quoted = _tokens_and_quoted(self.analysis, s_index, self.strings)
            if quoted:
                self.kept[s_index] = tokens
        return tokens


def before_verb_group(tokens: list[Tok], i: int) -> int:
    """The index of the first of the words between a subject and its verb at `i` ("has also said")."""
    k = i
    while k > 0 and tokens[k - 1].low in sr.BETWEEN_SUBJECT_AND_VERB:
        k -= 1
    return k


def negated(tok: Tok) -> bool:
    """A word before a verb that makes it report nothing ("not", "must", "was"); never a name ("Ms. May")."""
    return tok.text.islower() and (tok.low in sr.NOT_A_REPORT_BEFORE or tok.low.endswith("n't"))


def noun_phrase(words: list[Tok]) -> bool:
    """Whether the words can be the subject of a verb of saying: a pronoun, a name, a description
    with a determiner, or a bare group ("police", "environmental groups")."""
    if not 1 <= len(words) <= 14 or not BREAKS.isdisjoint(map(_TEXT, words)):
        return False
    first, last = words[0], words[-1]
    if len(words) == 1 and first.low in sr.SPEAKER_PRONOUNS:
        return True
    if last.low in sr.SUBJECT_DETERMINERS or last.low in sr.NOT_A_CLAUSE_OPENING or last.low in sr.SPEAKER_PRONOUNS:
        return False
    if last.low in OBJECT_PRONOUNS:
        return False
    for w in words:
        if w.low in sr.RELATIVES:
            break  # finite verbs only in a relative clause: "An official who was present in court"
        if w.text.islower() and (w.low in sr.FINITE_WORDS or w.low.endswith("n't")):
            return False
    for before, w, after in zip(words, words[1:], words[2:], strict=False):
        if (
            w.low.endswith("ed")
            and w.text.islower()
            and before.text[0].isupper()
            and after.low in sr.SUBJECT_DETERMINERS
        ):
            return False  # "Amazon released a statement": a clause, not a noun phrase
    if first.low in sr.SUBJECT_DETERMINERS or first.text[0].isupper() or first.text[0].isdigit():
        return True
    if last.text[0].isupper() and all(w.text[0].isalpha() for w in words):
        return True  # a lowercase title before a name: "telecom regulator Ofcom", "brokerage Merrill Lynch"
    head = head_noun([w.low for w in words])
    before_head = words[: [w.low for w in words].index(head) + 1]
    return all(w.text.islower() for w in before_head) and group(head)


def group(low: str) -> bool:
    """A lowercase word naming a group: a plural ("residents") or a collective noun ("police")."""
    if low in sr.GROUP_NOUNS:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in sr.NOT_PLURALS


def verb_form(tok: Tok) -> bool:
    """Whether a word is plainly a verb: an auxiliary, an irregular past or an -ed form."""
    low = tok.low
    return low in sr.FINITE_WORDS or low in sr.IRREGULAR_PAST or (tok.text.islower() and low.endswith("ed"))


def finite(tok: Tok, before: Tok | None) -> bool:
    """Whether a word is a finite verb (crudely: an auxiliary, a contraction, an -ed form, an
    irregular past, or an -s form after a word that is no determiner)."""
    low = tok.low
    if low in sr.FINITE_WORDS or low in sr.IRREGULAR_PAST or low.endswith("n't"):
        return True
    if "'" in low:
        head, tail = low.rsplit("'", 1)
        return tail in ("re", "ll", "ve", "d", "m") or (tail == "s" and head in sr.CONTRACTING_WORDS)
    if not tok.text.islower() or len(low) < 4:
        return False
    if low.endswith("ed"):
        return True
    return (
        before is not None
        and low.endswith("s")
        and not low.endswith("ss")
        and before.low not in sr.SUBJECT_DETERMINERS
        and before.text not in PUNCTUATION
    )


def plainly_finite(tok: Tok, before: Tok | None) -> bool:
    """A finite verb beyond doubt: a verb form, a contraction, or an -s form after a name or a pronoun
    ("it says", "Okafor insists"), not after a common noun ("a couple minutes")."""
    if verb_form(tok):
        return True
    if not finite(tok, before):
        return False
    return "'" in tok.low or (before is not None and (before.text[0].isupper() or before.low in sr.CLAUSE_PRONOUNS))


def clause_start(tokens: list[Tok], i: int, relative: bool = False) -> int | None:
    """Where the clause a verb of saying at `i` reports begins, or None when no clause follows it.
    After a relative subject ("that authorities said") the clause opens with its verb."""
    verb, j, n = tokens[i].low, i + 1, len(tokens)
    if verb in sr.HEARER_VERBS:
        hearer = after_hearer(tokens, j)
        if hearer is None and verb in sr.HEARER_REQUIRED:
            return None  # "and told he had three months to live": the passive
        j = hearer or j
    while j < n and tokens[j].low in sr.VERB_PARTICLES:
        j += 1  # "tweeted out that", "pointed out that"
    that = that_after_adjuncts(tokens, j, hearer=verb in sr.HEARER_VERBS)
    if that is not None:
        return that if long_enough(tokens, that) else None
    if j < n and tokens[j].text in (",", ":") and j + 1 < n and tokens[j + 1].text == QUOTE:
        return j + 1  # said: “...” (a quotation the verb introduces)
    j = past_occasion(tokens, j)
    if j >= n or (verb_form(tokens[j]) and not relative):
        return None  # "a notice of civil claim was filed": a noun, not a verb of saying
    if not opens_clause(tokens, j, strict=verb in sr.OBJECT_VERBS):
        return None
    return j


def past_occasion(tokens: list[Tok], j: int) -> int:
    """The index after the time or occasion a verb of saying may name before its clause ("said on
    Tuesday the road would reopen", "said in a statement, the road ...")."""
    n = len(tokens)
    if j >= n or tokens[j].low not in sr.ATTRIBUTION_ADJUNCT_OPENERS:
        return j
    for k in range(j, min(n, j + 7)):
        tok = tokens[k]
        if tok.text == ",":
            return k + 1  # "admits in this instance, there were fatalities"
        if tok.text in PUNCTUATION or tok.text == QUOTE:
            return j
        if tok.low in sr.OCCASION_NOUNS or tok.low in sr.TIME_WORDS:
            after = k + 1
            while after < n and tokens[after].low in sr.TIME_WORDS:
                after += 1
            return after + 1 if after < n and tokens[after].text == "," else after
    return j


def after_hearer(tokens: list[Tok], j: int) -> int | None:
    """The index after the hearer of told/assured ("told reporters", "told the court", "told CBC News")."""
    n = len(tokens)
    if j >= n:
        return None
    tok = tokens[j]
    if tok.low in OBJECT_PRONOUNS or (tok.text.islower() and group(tok.low)):
        return j + 1
    if tok.text.islower() and j + 1 < n and tokens[j + 1].low in sr.CLAUSE_PRONOUNS:
        return j + 1  # "told court she was a technician"
    if tok.low in sr.SUBJECT_DETERMINERS:
        k = j + 1
        while k < n and k - j <= 4 and not opens_a_clause_word(tokens[k]):
            k += 1
        return k
    if tok.text[0].isupper() and tok.low not in sr.CLAUSE_PRONOUNS:
        k = j + 1
        while k < n and tokens[k].text[0].isupper():
            k += 1
        if tokens[k - 1].low.endswith(("'s", "s'")) and k < n and tokens[k].text.islower():
            k += 1  # "told Surrey's councillors"
        return k
    return None


def opens_a_clause_word(tok: Tok) -> bool:
    return tok.text in PUNCTUATION or tok.low in sr.CLAUSE_PRONOUNS or tok.low in sr.SUBJECT_DETERMINERS


def that_after_adjuncts(tokens: list[Tok], j: int, hearer: bool = False) -> int | None:
    """The index of "that" right after the verb, or after adjuncts ("said in a statement on Tuesday
    that"), or after the rest of a hearer ("told NBC's “Today” show on Wednesday that"); None when
    the words after the verb are not adjuncts."""
    n = len(tokens)
    if j < n and tokens[j].low == "that":
        return j
    if j >= n or not (hearer or tokens[j].low in sr.ATTRIBUTION_ADJUNCT_OPENERS):
        return None
    for k in range(j + 1, min(n, j + 14)):
        tok = tokens[k]
        if tok.low == "that":
            return k
        if (tok.text == QUOTE and not hearer) or tok.text in (";", ".", ":") or plainly_finite(tok, tokens[k - 1]):
            return None
        if tok.low in sr.SPEECH_PARTICIPLES or tok.low in sr.SPEECH_VERBS:
            return None
    return None


def opens_clause(tokens: list[Tok], j: int, strict: bool) -> bool:
    """Whether the words from `j` open a reported clause of four words or more."""
    first = tokens[j]
    if first.text == QUOTE:
        return True
    if first.low in sr.NOT_A_CLAUSE_OPENING or first.text in PUNCTUATION or not long_enough(tokens, j):
        return False
    if strict and not (
        first.low in sr.CLAUSE_PRONOUNS
        or first.low in sr.SUBJECT_DETERMINERS
        or first.text[0].isupper()
        or first.text[0].isdigit()
    ):
        return False
    if not strict:
        return any(finite(tok, tokens[k - 1]) for k, tok in enumerate(tokens[j:], start=j) if k)
    window = tokens[j : j + 6]
    verb = next((k for k, tok in enumerate(window) if plainly_finite(tok, window[k - 1] if k else None)), None)
    if verb is None:
        return False
    if first.low in sr.CLAUSE_PRONOUNS:
        return True
    return not any(tok.text in PUNCTUATION for tok in window[:verb])


def long_enough(tokens: list[Tok], j: int, end: int | None = None, least: int = MIN_WORDS) -> bool:
    """Whether tokens[j:end] hold `least` words, a clause's length unless told (a quotation counts as a
    clause; punctuation as nothing)."""
    words = 0
    for tok in islice(tokens, j, end):
        if tok.text not in PUNCTUATION:
            words += MIN_WORDS if tok.text == QUOTE else 1
            if words >= least:
                return True
    return False


def subject_before(tokens: list[Tok], end: int, aside: bool = True) -> tuple[int, int] | None:
    """The token range of the subject ending at `end` (before the verb group), past one aside set off
    by commas ("Dr. Ravi Menon, an economist at Westbrook University, argued")."""
    if end <= 0:
        return None
    named = None  # the end of a name set off after a description: "His father, Ernie LeBlanc, says"
    if aside and tokens[end - 1].text == ",":
        comma = end - 1
        opening = before_aside(tokens, comma)
        if opening is None:
            return None
        end = opening
        if name_aside(tokens[end + 1 : comma]):
            named = comma
        second = before_aside(
            tokens, end
        )  # two asides: "Rep. Lucille Roybal-Allard, D-Calif., the incoming chairwoman"
        if second is not None and tokens[second - 1].text not in PUNCTUATION and tokens[end - 1].text[0].isupper():
            end = second
    start = end
    while start > 0 and tokens[start - 1].low not in SUBJECT_ENDS:
        start -= 1
    if start > 0 and tokens[start - 1].low in sr.NOT_A_REPORT_AFTER:
        return None
    start = past_opening_adjunct(tokens, start, end)
    if not noun_phrase(tokens[start:end]):
        return None
    if named is not None and any(w.text.islower() or w.low.endswith("'s") for w in tokens[start:end]):
        return start, named
    return start, end


def name_aside(words: list[Tok]) -> bool:
    """Whether an aside is a person's name: two to five capitalised words ("Ernie LeBlanc"), not a place
    after a place ("Officials in Ottawa, Canada, said")."""
    return 2 <= len(words) <= 5 and all(w.text[0].isupper() and w.text not in PUNCTUATION for w in words)


def before_aside(tokens: list[Tok], comma: int) -> int | None:
    """The index of the comma opening the aside that ends at the comma at `comma`."""
    for k in range(comma - 1, max(-1, comma - 25), -1):
        text = tokens[k].text
        if text == ",":
            return k if k > 0 and comma - k > 1 else None
        if (text in PUNCTUATION and text not in "()") or text == QUOTE:
            return None
    return None


# The words a subject never reaches past, read leftwards from its verb: punctuation, a quotation, a
# clause boundary, a participle of saying, a verb of saying that is never a noun ("said", "-ed").
SUBJECT_ENDS = (
    PUNCTUATION
    | {QUOTE}
    | sr.SUBJECT_BOUNDARIES
    | sr.SPEECH_PARTICIPLES
    | {verb for verb in sr.SPEECH_VERBS if verb.endswith("ed") or verb in sr.PLAIN_SPEECH_VERBS}
)  # a punctuation mark's or a quotation's `low` is its text


def past_opening_adjunct(tokens: list[Tok], start: int, end: int) -> int:
    """Past a time or place opening the subject's words ("On Tuesday the company said", "In Ottawa
    Carney said"): from its last determiner, else from the word after the adjunct's first two."""
    if end - start >= 2 and tokens[start].low == "with":
        return start + 1  # "with a spokesperson for the camp describing ..."
    if end - start < 2 or tokens[start].low not in sr.ATTRIBUTION_ADJUNCT_OPENERS:
        return start
    determiners = [k for k in range(start + 1, end) if tokens[k].low in sr.SUBJECT_DETERMINERS]
    if determiners:
        return determiners[-1]
    return min(start + 2, end - 1)


def main_subject(tokens: list[Tok], end: int) -> tuple[int, int] | None:
    """The subject of the sentence's first verb before token `end` ("The club apologized on Sunday,
    saying ...", "In a notification, the government announced ..., adding ...")."""
    verb = next((k for k in range(1, end) if verb_form(tokens[k])), None)  # "Telecom analysts Ovum welcomed"
    if verb is None:
        verb = next((k for k in range(1, end) if plainly_finite(tokens[k], tokens[k - 1])), None)
    return subject_before(tokens, before_verb_group(tokens, verb)) if verb is not None else None


def head_noun(words: list[str]) -> str:
    """The head noun of a description's lowercase words: the word before its first modifier after the
    noun ("two officials familiar with the talks" → "officials"), else its last word."""
    for k, word in enumerate(words[1:], start=1):
        if word in POSTMODIFIERS or (word.endswith("ed") and k + 1 < len(words)):  # "people arrested at ..."
            return words[k - 1]
    return words[-1]
