"""Drop noise before extraction: page furniture paragraphs, inline credits, a chatbot's offers, repeats.

The patterns live in `noise_rules.py`; this module only applies them:
- a short paragraph that is wholly a byline, an ad marker, a "Read more" pointer, a newsletter
  promo, a photo credit, a share button, a copyright or timestamp line is dropped;
- an inline "(Photo credit: ...)" is cut out of its paragraph;
- sentences at either edge of a paragraph that a chatbot addresses to its user ("Do you want a
  summary version of this ...?", "Let me know if ...") are cut; a sentence with quotation marks
  is never cut, so people quoted in the article keep their words;
- a paragraph repeated word for word, or cut off and then given again in full, is dropped once;
  a short block (MIN_REPEATED_PARAGRAPH) may repeat: a page's table cells, list items and
  buttons do ("Yes", "Buy now").
Every rule is anchored and bounded, so cleaning is linear in the text's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefgen.text import noise_rules
from briefgen.text.patterns import word_alternation

TERMINAL_MARKS = ".!?…"
CLOSING_MARKS = "\"”’')]"
# The end of a sentence: terminal punctuation, closing quotes or brackets, then space or the end.
# ([.!?…] is written out before its repeat because `re` skips ahead fast only to a pattern's first set.)
SENTENCE_END = re.compile(
    rf"[{re.escape(TERMINAL_MARKS)}][{re.escape(TERMINAL_MARKS)}]*[{re.escape(CLOSING_MARKS)}]*"
    r"(?=\s|$)"
)


@dataclass
class CleanResult:
    """The paragraphs to extract from, and every piece of text removed as noise (in order)."""

    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Rules:
    """noise_rules compiled once: each rule list as one alternation, so a paragraph is matched in one pass."""

    paragraph: re.Pattern
    paragraph_without_lettered: re.Pattern  # the paragraph rules less those in PARAGRAPH_RULE_LETTERS
    paragraph_lettered: re.Pattern  # those alone
    paragraph_opening: re.Pattern  # how each of the others begins (PARAGRAPH_OPENING_WORDS and _MARKS)
    paragraph_letters: tuple[str, ...]  # their letters, in both cases
    paragraph_names: dict[str, str]
    spans: re.Pattern
    spans_unpadded: re.Pattern  # the span rules without their leading r"\s*": found at once after a literal "("
    offer: re.Pattern
    offer_opening: re.Pattern  # an offer's first word at the start (after any space)
    # for each terminal mark, that mark ending a sentence and an offer's first word starting the next one
    offer_opening_after: tuple[tuple[str, re.Pattern], ...]


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The compiled rules (case-insensitive); a match's `lastgroup` names the paragraph rule it matched."""

    def alternation(patterns):
        return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)

    def named_alternation(numbered_rules):
        return re.compile(
            "|".join(f"(?P<rule{index}>{pattern})" for index, (_, pattern) in numbered_rules), re.IGNORECASE
        )

    numbered = list(enumerate(noise_rules.PARAGRAPH_RULES))
    names = {f"rule{index}": name for index, (name, _) in numbered}
    unlettered = [(index, rule) for index, rule in numbered if rule[1] not in noise_rules.PARAGRAPH_RULE_LETTERS]
    lettered = [(index, rule) for index, rule in numbered if rule[1] in noise_rules.PARAGRAPH_RULE_LETTERS]
    marks = "|".join(map(re.escape, noise_rules.PARAGRAPH_OPENING_MARKS))
    paragraph_opening = rf"\(?\s*(?:{word_alternation(noise_rules.PARAGRAPH_OPENING_WORDS)})(?![^\W\d_])|{marks}"
    letters = "".join(noise_rules.PARAGRAPH_RULE_LETTERS.values())
    opening = rf"(?:{word_alternation(noise_rules.OFFER_OPENING_WORDS)})\b"
    return Rules(
        paragraph=named_alternation(numbered),
        paragraph_without_lettered=named_alternation(unlettered),
        paragraph_lettered=named_alternation(lettered),
        paragraph_opening=re.compile(paragraph_opening, re.IGNORECASE),
        paragraph_letters=tuple(letters.lower() + letters.upper()),
        paragraph_names=names,
        spans=alternation(pattern for _, pattern in noise_rules.SPAN_RULES),
        spans_unpadded=alternation(pattern.removeprefix(r"\s*") for _, pattern in noise_rules.SPAN_RULES),
        offer=alternation(pattern for _, pattern in noise_rules.OFFER_RULES),
        offer_opening=re.compile(rf"\s*{opening}", re.IGNORECASE),
        offer_opening_after=tuple(
            (mark, re.compile(rf"{re.escape(mark)}[{re.escape(CLOSING_MARKS)}]*\s+{opening}", re.IGNORECASE))
            for mark in TERMINAL_MARKS
        ),
    )


def clean_paragraphs(paragraphs: list[str]) -> CleanResult:
    """Split paragraphs into the article's text (`kept`) and the noise removed from it (`removed`)."""
    result = CleanResult()
    seen: set[str] = set()
    stripped = [paragraph.strip() for paragraph in paragraphs]
    for index, paragraph in enumerate(stripped):
        if not paragraph:
            continue
        if noise_rule(paragraph):
            result.removed.append(paragraph)
            continue
        text = cut_spans(paragraph, result.removed)
        text = cut_offers(text, result.removed)
        if not text:
            continue
        following = stripped[index + 1] if index + 1 < len(stripped) else ""
        if (text in seen and len(text) >= noise_rules.MIN_REPEATED_PARAGRAPH) or is_cut_off_copy(text, following):
            result.removed.append(text)
            continue
        seen.add(text)
        result.kept.append(text)
    return result


def noise_rule(paragraph: str) -> str | None:
    """The name of the rule a whole (short) paragraph matches as noise, or None for article text."""
    if len(paragraph) > noise_rules.MAX_NOISE_PARAGRAPH:
        return None
    compiled = rules()
    lettered = any(map(paragraph.__contains__, compiled.paragraph_letters))
    if opens_as_noise(paragraph):
        match = (compiled.paragraph if lettered else compiled.paragraph_without_lettered).fullmatch(paragraph)
    elif lettered:  # no other rule can match
        match = compiled.paragraph_lettered.fullmatch(paragraph)
    else:
        return None
    return compiled.paragraph_names[match.lastgroup] if match else None


def opens_as_noise(paragraph: str) -> bool:
    """False when no paragraph rule but the lettered ones can match: the paragraph begins with none of their
    first words or marks, and holds no NAME_MARK. Safe, not exact: "The talks ..." begins as "The Canadian Press".
    """
    return bool(rules().paragraph_opening.match(paragraph)) or noise_rules.NAME_MARK in paragraph


def cut_spans(paragraph: str, removed: list[str]) -> str:
    """The paragraph without inline credits such as "(Photo credit: AP)"; cut pieces go to `removed`."""
    # a rule's match holds a match of the rule without its leading space, which `re` finds far sooner
    if "(" not in paragraph or not rules().spans_unpadded.search(paragraph):
        return paragraph
    pieces = [match.group().strip() for match in rules().spans.finditer(paragraph)]
    if not pieces:
        return paragraph
    removed.extend(pieces)
    return rules().spans.sub("", paragraph).strip()


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, split at terminal punctuation followed by space; linear time."""
    ends = [match.end() for match in SENTENCE_END.finditer(paragraph)]
    starts = [0, *ends]
    if paragraph[starts[-1] :].strip():
        ends.append(len(paragraph))
    return list(zip(starts, ends))


def is_offer(sentence: str) -> bool:
    """True when the sentence is a chatbot's offer or preamble to its user (never when it quotes anyone)."""
    sentence = sentence.strip()
    if len(sentence) > noise_rules.MAX_OFFER_SENTENCE or not sentence:
        return False
    if '"' in sentence or "“" in sentence or "”" in sentence:
        return False  # as every offer rule would, far sooner
    return rules().offer.fullmatch(sentence) is not None


def may_hold_offer(paragraph: str) -> bool:
    """False when no piece `cut_offers` tries can be an offer: every offer starts with a word of
    OFFER_OPENING_WORDS, and no sentence here does. Safe, not exact: any sentence after the first
    counts, not only the last two, and "I" opens "I think" as well as "I can also ...".
    """
    compiled = rules()
    if compiled.offer_opening.match(paragraph):
        return True
    # a sentence's end is its last terminal mark, closing marks, then space: one search per mark present,
    # each with a literal first character that `re` skips ahead to far faster than to a set of marks
    for mark, opening_after in compiled.offer_opening_after:
        if mark in paragraph and opening_after.search(paragraph):
            return True
    return False


def cut_offers(paragraph: str, removed: list[str]) -> str:
    """The paragraph without a chatbot's offers at its start or end; cut offers go to `removed`.

    Two sentences are tried together before one: "Sure! Here's the draft:" is one offer split at "!".
    """
    if not may_hold_offer(paragraph):
        return paragraph
    spans = sentence_spans(paragraph)
    offers: dict[tuple[int, int], bool] = {}  # a short paragraph's edges overlap: test each piece once

    def text(start: int, stop: int) -> str:
        return paragraph[spans[start][0] : spans[stop - 1][1]].strip()

    def offer(start: int, stop: int) -> bool:
        found = offers.get((start, stop))
        if found is None:
            found = offers[start, stop] = is_offer(text(start, stop))
        return found

    first, last = 0, len(spans)
    head: list[str] = []
    tail: list[str] = []
    while last > first:
        size = 2 if last - first >= 2 and offer(last - 2, last) else int(offer(last - 1, last))
        if not size:
            break
        tail.insert(0, text(last - size, last))
        last -= size
    while first < last:
        size = 2 if last - first >= 2 and offer(first, first + 2) else int(offer(first, first + 1))
        if not size:
            break
        head.append(text(first, first + size))
        first += size
    if not head and not tail:
        return paragraph
    removed.extend(head + tail)
    return text(first, last) if first < last else ""


def is_cut_off_copy(paragraph: str, following: str) -> bool:
    """True when the next paragraph starts with this one whole: a copy cut off and then pasted in full."""
    return (
        len(paragraph) >= noise_rules.MIN_TRUNCATED_PREFIX
        and len(following) > len(paragraph)
        and following.startswith(paragraph)
    )
