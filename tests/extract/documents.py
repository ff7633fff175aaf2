"""A document of the extractors made from paragraphs written for a test: its analysis, quotes and cue hits."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract.cues import sentence_cues
from briefgen.extract.document import Analysis
from briefgen.extract.entities import analyse
from briefgen.extract.quotes import FoundQuote, find_quotes, quote_spans
from briefgen.text.patterns import Hits
from briefgen.text.segment import segment_paragraphs


@dataclass
class Document:
    analysis: Analysis
    quotes: list[FoundQuote]
    cues: list[Hits]


def document(*paragraphs: str) -> Document:
    """The extractors' view of the paragraphs (one string per paragraph)."""
    texts = [p.strip() for p in paragraphs if p.strip()]
    sentences = segment_paragraphs(texts)
    spans = {number: quote_spans(text) for number, text in enumerate(texts, start=1)}
    analysis = analyse(sentences, texts, spans)
    return Document(analysis, find_quotes(analysis), sentence_cues(analysis))
