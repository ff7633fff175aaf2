"""How drafted lines read to a principal: a predicate given its subject, a paraphrase without its leading
"that", a fragment left out of the bottom line, a line starting with a capital.

Where it fails: a predicate is recognised by its first word only (a listed verb, or a word ending in -ed
that is not listed as a noun or adjective), so "Shed jobs ..." passes and "Fought back ..." does not; a
fragment is recognised by its length and its last character, so a short complete sentence without a full
stop after a drafted label ("Ben Cole wants: talks on Monday") is left out of the bottom line.
"""

from __future__ import annotations

import re

from briefgen.regex_cache import compiled
from briefgen.render.wording_rules import FEWEST_WORDS, NOT_PAST_TENSE, PREDICATE_STARTS, SENTENCE_ENDS

# Characters XML 1.0 cannot hold, and lone surrogates, which no encoding can write; a hand-edited
# brief.yaml may still carry them after ingest removed them.
XML_ILLEGAL = compiled("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FIRST_WORD = compiled(r"[A-Za-z]+")
_LEADING_THAT = compiled(r"^that\s+(?=\S)", re.IGNORECASE)
_QUOTED = compiled(r"^[“\"](.*?)[”\"]?$", re.DOTALL)
_EXPERT_LINE = compiled(r"^Expert advice \(([^()]+)\):\s+(?=\S)")
# The labels assemble/summary.py puts before a drafted summary line; a line a person wrote is kept as written.
_DRAFTED_LABEL = compiled(
    r"^(?:Expert advice(?: \([^()\n]*\))?|Main risk \((?:high|medium|low)\)|[^:\n]{1,60} (?:wants|seeks)):\s+(?=\S)"
)


def one_line(text: str | None) -> str:
    """The text on one line: whitespace runs as one space; XML-illegal characters (some of which Python counts
    as whitespace, such as a form feed) shown as U+FFFD, not folded into a space."""
    return " ".join(XML_ILLEGAL.sub("\ufffd", text or "").split())


def capitalized(text: str) -> str:
    """The text with its first letter a capital ("the American wants: ..." → "The American wants: ...")."""
    return text[:1].upper() + text[1:]


def starts_with_predicate(text: str) -> bool:
    """Whether the text is a verb phrase whose subject was cut off ("Pledged to push back ...")."""
    match = _FIRST_WORD.match(text.strip())
    if match is None or not match.group(0)[:1].isupper():
        return False
    word = match.group(0).casefold()
    return word in PREDICATE_STARTS or (word.endswith("ed") and len(word) > 3 and word not in NOT_PAST_TENSE)


def with_subject(subject: str, text: str) -> str:
    """A predicate given back its subject: ("Mark Carney", "Pledged to push back.") → "Mark Carney pledged to
    push back."."""
    text = text.strip()
    return f"{subject} {text[:1].lower()}{text[1:]}"


def paraphrase(text: str) -> str:
    """A reported statement as a sentence of its own: "that the talks had stalled" → "The talks had stalled"."""
    return capitalized(_LEADING_THAT.sub("", text.strip(), count=1))


def stance_text(stance: str) -> str:
    """A stance that is a reported statement in quotation marks (“that Sudan had a long way to go”) as what the
    person said ("Said that Sudan had a long way to go"); any other stance as it is."""
    quoted = _QUOTED.match(stance.strip())
    if quoted and _LEADING_THAT.match(quoted.group(1)):
        return "Said " + quoted.group(1).strip()
    return stance


def is_fragment(text: str) -> bool:
    """Whether a drafted line ("Label: text", as briefgen drafts summary lines) is a piece of a sentence after
    its label: too short, or not ending as a sentence ends. A line without such a label is a person's, kept."""
    label = _DRAFTED_LABEL.match(text.strip())
    if label is None:
        return False
    body = text.strip()[label.end() :]
    return len(body.split()) < FEWEST_WORDS or body[-1:] not in SENTENCE_ENDS


def bottom_line_text(line: str) -> str | None:
    """A summary line as the bottom line prints it: None for a fragment; an expert's advice that is a predicate
    given its subject ("Expert advice (Eva Lund): Urged talks." → "Eva Lund urged talks.")."""
    line = one_line(line)
    if is_fragment(line):
        return None
    expert = _EXPERT_LINE.match(line)
    if expert and starts_with_predicate(line[expert.end() :]):
        return with_subject(expert.group(1), line[expert.end() :])
    return line
