"""The per-document run: every extractor over one article, in the order they depend on each other."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.extract.cues import quote_cues, sentence_cues
from briefgen.extract.document import Analysis, Entity
from briefgen.extract.entities import analyse
from briefgen.extract.quotes import FoundQuote, quote_spans, quotes_and_speech
from briefgen.extract.risks import sentence_weights
from briefgen.extract.sections import asks, background, expert_advice, risks
from briefgen.model import Evidence
from briefgen.text.segment import Sentence

if TYPE_CHECKING:
    from briefgen.ingest import RawArticle


class Document:
    """One article after extraction: its analysis, quotes, meeting and section claims."""

    def __init__(self, source_id: str, raw: RawArticle, sentences: list[Sentence], known: Sequence[Entity] = ()):
        self.source_id = source_id
        self.raw = raw
        self._evidence: dict[int, Evidence] = {}
        paragraphs = paragraphs_of(sentences, raw.paragraphs)
        spans = {number: quote_spans(text) for number, text in enumerate(paragraphs, start=1)}
        self.analysis: Analysis = analyse(sentences, paragraphs, spans, known)
        self.quotes: list[FoundQuote]
        self.quotes, self.reported = quotes_and_speech(self.analysis)
        quoted = quote_cues(self.quotes)  # read by asks and risks both
        # one scan for every extractor below; made after the quotes so as not to be held beside their words
        cues = sentence_cues(self.analysis)
        self.advice = expert_advice(self.analysis, self.quotes, cues)
        self.asks = asks(self.analysis, self.quotes, self.advice, cues, quoted)
        weights = sentence_weights(self.analysis, cues)  # read by risks and background both
        self.risks = risks(self.analysis, self.quotes, cues, weights, quoted)
        used = {s for claim in [*self.advice, *self.asks] for s in claim.sentences}
        self.background = background(self.analysis, used, cues=cues, weights=weights)

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


def paragraphs_of(sentences: list[Sentence], read: Sequence[str] = ()) -> list[str]:
    """The cleaned paragraphs the sentences came from (rebuilt from the sentences' offsets). A paragraph
    equal to one of `read` (the article's paragraphs as read) is that string, so that a long article's
    text is held once, not twice."""
    count = max((s.paragraph for s in sentences), default=0)
    # pieces joined once: adding each sentence to the paragraph's string so far is quadratic on one long line
    pieces: list[list[str]] = [[] for _ in range(count)]
    lengths = [0] * count
    for s in sentences:
        k = s.paragraph - 1
        if s.start > lengths[k]:  # the spaces between two sentences
            pieces[k].append(" " * (s.start - lengths[k]))
            lengths[k] = s.start
        pieces[k].append(s.text)
        lengths[k] += len(s.text)
    same = {paragraph: paragraph for paragraph in read}
    return [same.get(rebuilt, rebuilt) for rebuilt in map("".join, pieces)]


def run_documents(documents: Sequence[tuple[str, RawArticle, list[Sentence]]]) -> list[Document]:
    """Each document extracted in turn; the people and organisations of earlier ones are known to later ones."""
    docs: list[Document] = []
    for source_id, raw, sentences in documents:
        known = [e for doc in docs for e in doc.analysis.entities.values() if e.kind in ("person", "organization")]
        docs.append(Document(source_id, raw, sentences, known))
    return docs
