"""The per-document run: every extractor over one article, in the order they depend on each other."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.extract.advice import AdviceFound, expert_advice
from briefgen.extract.asks import AskFound, asks
from briefgen.extract.background import Fact, background
from briefgen.extract.cues import quote_cues, sentence_cues
from briefgen.extract.document import Analysis, Entity
from briefgen.extract.entities import analyse
from briefgen.extract.quotes import FoundQuote, quote_spans, quotes_and_speech
from briefgen.extract.risks import RiskFound, risks, sentence_weights
from briefgen.model import Evidence
from briefgen.text.segment import Sentence

if TYPE_CHECKING:
    from briefgen.ingest import RawArticle


class Document:
    """One article after extraction: its analysis, quotes, and the records of each section's items."""

    def __init__(self, source_id: str, raw: RawArticle, sentences: list[Sentence], known: Sequence[Entity] = ()):
        self.source_id = source_id
        self.raw = raw
        self._evidence: dict[int, Evidence] = {}
        paragraphs = paragraphs_of(sentences)
        spans = {number: quote_spans(text) for number, text in enumerate(paragraphs, start=1)}
        self.analysis: Analysis = analyse(sentences, paragraphs, spans, known)
        self.quotes: list[FoundQuote]
        self.quotes, self.reported = quotes_and_speech(self.analysis)
        self.words = sum(len(p.split()) for p in paragraphs)
        # the passes that read paragraphs most are done: from here on each is rebuilt when read, so that a
        # long article's text is not held twice (in its paragraphs and in its sentences) by the sections
        self.analysis.paragraphs = RebuiltParagraphs(sentences, self.analysis.paragraph_sentences)
        del paragraphs
        quoted = quote_cues(self.quotes)  # read by asks and risks both
        # one scan for every extractor below; made after the quotes so as not to be held beside their words
        cues = sentence_cues(self.analysis)
        self.advice: list[AdviceFound] = expert_advice(self.analysis, self.quotes, cues)
        self.asks: list[AskFound] = asks(self.analysis, self.quotes, self.advice, cues, quoted)
        weights = sentence_weights(self.analysis, cues)  # read by risks and background both
        self.risks: list[RiskFound] = risks(self.analysis, self.quotes, cues, weights, quoted)
        del quoted  # read by no section after risks: not held beside background's scores
        used = {s for item in self.advice for s in item.sentences}
        used.update(s for item in self.asks for s in item.sentences)
        self.background: list[Fact] = background(self.analysis, used, cues=cues, weights=weights)
        self.analysis.forget_folded()  # the sections have read them: not held while the brief is assembled

    def evidence(self, sentence_indexes: Sequence[int]) -> list[Evidence]:
        """Evidence for the sentences; one Evidence per sentence, shared by the items citing it."""
        return [self.evidence_at(index) for index in sentence_indexes]

    def evidence_at(self, index: int) -> Evidence:
        """The Evidence of one sentence, made the first time it is cited."""
        if index not in self._evidence:
            s = self.analysis.sentences[index]
            self._evidence[index] = Evidence(
                source=self.source_id, paragraph=s.paragraph, sentence=s.index, text=s.text
            )
        return self._evidence[index]

    def place(self, index: int) -> tuple[str, int, int]:
        """(source, paragraph, sentence) of a sentence: what its Evidence cites, known without making it."""
        s = self.analysis.sentences[index]
        return self.source_id, s.paragraph, s.index


class RebuiltParagraphs(Sequence[str]):
    """A document's paragraphs, each rebuilt from its sentences when read (`paragraphs_of`); the last one
    read is kept, as readers ask for one paragraph several times in a row."""

    def __init__(self, sentences: list[Sentence], paragraph_sentences: dict[int, list[int]]):
        self._sentences = sentences
        self._indexes = paragraph_sentences  # paragraph number → indexes of its sentences
        self._count = max(paragraph_sentences, default=0)
        self._last: tuple[int, str] = (0, "")

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, position):  # an index, not a slice
        number = position + 1 if position >= 0 else self._count + position + 1
        if not 0 < number <= self._count:
            raise IndexError("paragraph index out of range")
        if self._last[0] != number:
            self._last = (number, _rebuilt([self._sentences[k] for k in self._indexes.get(number, ())]))
        return self._last[1]


def _rebuilt(sentences: list[Sentence]) -> str:
    """One paragraph from its sentences, in order: their texts at their offsets, spaces between."""
    # pieces joined once: adding each sentence to the paragraph's string so far is quadratic on one long line
    pieces, length = [], 0
    for s in sentences:
        if s.start > length:  # the spaces between two sentences
            pieces.append(" " * (s.start - length))
        pieces.append(s.text)
        length = s.start + len(s.text)
    return "".join(pieces)


def paragraphs_of(sentences: list[Sentence]) -> list[str]:
    """The cleaned paragraphs the sentences came from (rebuilt from the sentences' offsets)."""
    count = max((s.paragraph for s in sentences), default=0)
    groups: list[list[Sentence]] = [[] for _ in range(count)]
    for s in sentences:
        groups[s.paragraph - 1].append(s)
    return [_rebuilt(group) for group in groups]


def run_documents(documents: Sequence[tuple[str, RawArticle, list[Sentence]]]) -> list[Document]:
    """Each document extracted in turn; the people and organisations of earlier ones are known to later ones."""
    docs: list[Document] = []
    for source_id, raw, sentences in documents:
        known = [e for doc in docs for e in doc.analysis.entities.values() if e.kind in ("person", "organization")]
        docs.append(Document(source_id, raw, sentences, known))
    return docs
