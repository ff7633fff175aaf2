"""Split cleaned paragraphs into sentences with their offsets (sentencex, then two repairs).

sentencex handles "Mr.", "U.S." before a capital, ellipses and sentences ending inside quotation
marks. It splits inside initialisms joined by a hyphen ("Canada-U.S. partnership" becomes
"Canada-U." + "S. partnership"), and a sentence that starts in lowercase continues the previous one;
`_repair` rejoins both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefgen.regex_cache import compiled

# Initials at a sentence's end ("Canada-U."), read in the reversed sentence (".U-adanaC"): re searches only
# forward, and a search for them from the sentence's start would try every position.
_INITIAL_END_REVERSED = compiled(r"(?:\.[A-Z])+(?:[\s\-(]|\Z)")
_INITIAL_START = compiled(r"^(?:[A-Z]\.)+")


@dataclass(frozen=True, slots=True)  # no __dict__: a long article holds tens of thousands of them
class Sentence:
    """One sentence: 1-based paragraph and sentence numbers, its text, its offset in the paragraph."""

    paragraph: int
    index: int
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


CHUNK = 4000
_SAFE_BREAK = compiled(r"[.!?][”\"’]?\s+(?=[A-Z“\"])")


def _chunks(paragraph: str) -> list[tuple[int, str]]:
    """A very long paragraph cut at sentence ends near every CHUNK characters: sentencex slows down
    more than linearly on one huge paragraph (thousands of quotation marks, say)."""
    if len(paragraph) <= CHUNK:
        return [(0, paragraph)]
    chunks, start = [], 0
    while len(paragraph) - start > CHUNK:
        cut = _SAFE_BREAK.search(paragraph, start + CHUNK // 2, start + CHUNK * 2)
        end = cut.end() if cut else start + CHUNK
        chunks.append((start, paragraph[start:end]))
        start = end
    chunks.append((start, paragraph[start:]))
    return chunks


def split_sentences(paragraph: str, segment: Callable[[str, str], list[str]]) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of one paragraph, stripped of surrounding whitespace; `segment` is sentencex's."""
    pieces: list[tuple[int, str]] = []
    for base, part in _chunks(paragraph):
        cursor = 0
        for chunk in segment("en", part):
            start = max(part.find(chunk, cursor), cursor)
            cursor = start + len(chunk)
            text = chunk.strip()
            if text:
                pieces.append((base + start + len(chunk) - len(chunk.lstrip()), text))
    return _repair(paragraph, pieces)


def _repair(paragraph: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    repaired: list[tuple[int, str]] = []
    for start, text in pieces:
        if repaired:
            prev_start, prev_text = repaired[-1]
            joins_initialism = (
                prev_text.endswith(".") and _INITIAL_START.match(text) and _INITIAL_END_REVERSED.match(prev_text[::-1])
            )
            continues = text[0].islower()
            if joins_initialism or continues:
                end = start + len(text)
                repaired[-1] = (prev_start, paragraph[prev_start:end])
                continue
        repaired.append((start, text))
    return repaired


def segment_paragraphs(paragraphs: list[str]) -> list[Sentence]:
    """Every sentence of every paragraph, in order, numbered from 1 within its paragraph."""
    from sentencex import segment  # imported here, not at the top, to keep `briefgen --help` fast

    sentences: list[Sentence] = []
    for p_number, paragraph in enumerate(paragraphs, start=1):
        for s_number, (start, text) in enumerate(split_sentences(paragraph, segment), start=1):
            if text == paragraph:  # the paragraph is one sentence: its string, not a copy held beside it
                text = paragraph
            sentences.append(Sentence(p_number, s_number, text, start))
    return sentences
