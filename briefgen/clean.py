"""Drop noise before extraction: page furniture paragraphs, inline credits, a chatbot's offers, repeats.

The patterns live in `noise_rules.py`; this module only applies them:
- a short paragraph that is wholly a byline, an ad marker, a "Read more" pointer, a newsletter
  promo, a photo credit, a share button, a copyright or timestamp line is dropped;
- an inline "(Photo credit: ...)" is cut out of its paragraph;
- sentences at either edge of a paragraph that a chatbot addresses to its user ("Do you want a
  summary version of this ...?", "Let me know if ...") are cut; a sentence with quotation marks
  is never cut, so people quoted in the article keep their words;
- a paragraph repeated word for word, or cut off and then given again in full, is dropped once.
Every rule is anchored and bounded, so cleaning is linear in the text's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefgen import noise_rules

# The end of a sentence: terminal punctuation, closing quotes or brackets, then space or the end.
SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s|$)")


@dataclass
class CleanResult:
    """The paragraphs to extract from, and every piece of text removed as noise (in order)."""

    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def compiled_rules() -> tuple[list[tuple[str, re.Pattern]], list[tuple[str, re.Pattern]], list[tuple[str, re.Pattern]]]:
    """The paragraph, span and offer rules of noise_rules, compiled once (case-insensitive)."""
    def compile_all(rules):
        return [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in rules]

    return (compile_all(noise_rules.PARAGRAPH_RULES), compile_all(noise_rules.SPAN_RULES),
            compile_all(noise_rules.OFFER_RULES))


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
        if text in seen or is_cut_off_copy(text, following):
            result.removed.append(text)
            continue
        seen.add(text)
        result.kept.append(text)
    return result


def noise_rule(paragraph: str) -> str | None:
    """The name of the rule a whole (short) paragraph matches as noise, or None for article text."""
    if len(paragraph) > noise_rules.MAX_NOISE_PARAGRAPH:
        return None
    paragraph_rules, _, _ = compiled_rules()
    for name, pattern in paragraph_rules:
        if pattern.fullmatch(paragraph):
            return name
    return None


def cut_spans(paragraph: str, removed: list[str]) -> str:
    """The paragraph without inline credits such as "(Photo credit: AP)"; cut pieces go to `removed`."""
    _, span_rules, _ = compiled_rules()
    for _, pattern in span_rules:
        if "(" not in paragraph:
            break
        pieces = [match.group().strip() for match in pattern.finditer(paragraph)]
        if pieces:
            removed.extend(pieces)
            paragraph = pattern.sub("", paragraph).strip()
    return paragraph


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, split at terminal punctuation followed by space; linear time."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(paragraph):
        spans.append((start, match.end()))
        start = match.end()
    if paragraph[start:].strip():
        spans.append((start, len(paragraph)))
    return spans


def is_offer(sentence: str) -> bool:
    """True when the sentence is a chatbot's offer or preamble to its user (never when it quotes anyone)."""
    sentence = sentence.strip()
    if len(sentence) > noise_rules.MAX_OFFER_SENTENCE or not sentence:
        return False
    _, _, offer_rules = compiled_rules()
    return any(pattern.fullmatch(sentence) for _, pattern in offer_rules)


def cut_offers(paragraph: str, removed: list[str]) -> str:
    """The paragraph without a chatbot's offers at its start or end; cut sentences go to `removed`."""
    spans = sentence_spans(paragraph)
    first, last = 0, len(spans)
    while last > first and is_offer(paragraph[spans[last - 1][0]:spans[last - 1][1]]):
        last -= 1
    while first < last and is_offer(paragraph[spans[first][0]:spans[first][1]]):
        first += 1
    if first == 0 and last == len(spans):
        return paragraph
    removed.extend(paragraph[start:end].strip() for start, end in spans[:first] + spans[last:])
    if first == last:
        return ""
    return paragraph[spans[first][0]:spans[last - 1][1]].strip()


def is_cut_off_copy(paragraph: str, following: str) -> bool:
    """True when the next paragraph starts with this one whole: a copy cut off and then pasted in full."""
    return (len(paragraph) >= noise_rules.MIN_TRUNCATED_PREFIX and len(following) > len(paragraph)
            and following.startswith(paragraph))
