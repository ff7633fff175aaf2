"""A long article's text is held once: the strings extraction keeps are shared where equal, never changed."""

from __future__ import annotations

import pytest

from briefgen.assemble.run import Document, RebuiltParagraphs, paragraphs_of
from briefgen.extract import clauses
from briefgen.extract.entities import analyse
from briefgen.extract.quotes import quote_spans
from briefgen.ingest import read_text
from briefgen.text.segment import segment_paragraphs

# paragraphs as read
PARAGRAPHS = [
    ["The talks resumed on Monday.", "Ana Ruiz said the bridge would close. Traffic will move to the ferry."],
    ["The talks resumed.  Nobody left."],  # the gap between sentences is rebuilt as it was
    # a tab between sentences is rebuilt as a space, and a space at the end is left out
    ["The talks resumed.\tNobody left.", "The mayor spoke. "],
    ["A tab\tstays inside a sentence."],
]


# (paragraph, whether its one sentence holds the paragraph's own string)
SENTENCES = [
    ("The talks resumed on Monday.", True),
    ("The talks resumed on Monday. Nobody left.", False),  # two sentences: each its own string
    ("  Indented, it is stripped.", False),
]


@pytest.mark.parametrize(("paragraph", "shared"), SENTENCES)
def test_a_paragraph_of_one_sentence_is_its_sentence(paragraph: str, shared: bool) -> None:
    first = segment_paragraphs([paragraph])[0]
    assert paragraph[first.start : first.end] == first.text
    assert (first.text is paragraph) is shared


def test_kept_words_share_their_strings() -> None:
    paragraphs = ["“The bridge will close,” Ruiz said.", "“The bridge is old,” Ruiz told reporters."]
    sentences = segment_paragraphs(paragraphs)
    spans = {n: quote_spans(text) for n, text in enumerate(paragraphs, start=1)}
    analysis = analyse(sentences, paragraphs, spans)
    words = clauses.SentenceWords(analysis)
    first, second = words(0), words(1)
    assert first == clauses.sentence_tokens(analysis, 0) and second == clauses.sentence_tokens(analysis, 1)
    ruiz = [tok for tok in first + second if tok.text == "Ruiz"]
    said = [tok for tok in first + second if tok.text in ("said", "told")]
    assert len(ruiz) == 2 and ruiz[0].text is ruiz[1].text
    assert all(tok.text is tok.low for tok in said)  # a lowercase word is its own lowercase


@pytest.mark.parametrize("read", PARAGRAPHS)
def test_paragraphs_rebuilt_when_read_are_those_rebuilt_at_once(read: list[str]) -> None:
    sentences = segment_paragraphs(read)
    whole = paragraphs_of(sentences)
    index: dict[int, list[int]] = {}
    for k, sentence in enumerate(sentences):
        index.setdefault(sentence.paragraph, []).append(k)
    lazy = RebuiltParagraphs(sentences, index)
    assert len(lazy) == len(whole)
    assert list(lazy) == whole
    assert [lazy[-k] for k in range(1, len(whole) + 1)] == whole[::-1]
    with pytest.raises(IndexError):
        lazy[len(whole)]


def test_a_paragraph_without_sentences_is_rebuilt_empty() -> None:
    sentences = segment_paragraphs(["The talks resumed.", "", "Nobody left."])
    index: dict[int, list[int]] = {}
    for k, sentence in enumerate(sentences):
        index.setdefault(sentence.paragraph, []).append(k)
    assert list(RebuiltParagraphs(sentences, index)) == ["The talks resumed.", "", "Nobody left."]


def test_an_extracted_document_holds_its_paragraphs_only_in_its_sentences() -> None:
    raw = read_text("Ana Ruiz said the bridge would close. Traffic will move.\n\nThe mayor spoke on Monday.\n")
    paragraphs = ["Ana Ruiz said the bridge would close. Traffic will move.", "The mayor spoke on Monday."]
    doc = Document("s1", raw, segment_paragraphs(paragraphs))
    assert isinstance(doc.analysis.paragraphs, RebuiltParagraphs)
    assert list(doc.analysis.paragraphs) == paragraphs
    assert doc.words == 15


def test_articles_handed_over_one_by_one_give_the_brief_of_a_list() -> None:
    from briefgen.commands.extract import extract_from

    texts = ["Ana Ruiz said the bridge would close.\n", "The mayor said the ferry would run on Monday.\n"]
    listed = extract_from([read_text(text) for text in texts], date="2025-05-01")
    handed = extract_from((read_text(text) for text in texts), date="2025-05-01")
    assert handed == listed and len(handed.sources) == 2 and handed.sources[1].words == 9
