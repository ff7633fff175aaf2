"""The extractor's speed shortcuts give exactly what their plain definitions give (hypothesis, bounded and
derandomized). Only shortcuts that buy at least 5% of extraction time, or keep a hostile input linear,
are kept (benchmarks/README.md, "Shortcuts kept"):
- a cue pattern built as a trie finds what a longest-first, case-insensitive alternation finds, in text
  `fold` lowercases without moving any offset;
- a `CueIndex` scan answers each list's search and findall as that list's own pattern does;
- the entity pass's shortcuts: see tests/extract/test_entity_fast_paths.py;
- link notes go as the plain substitution removes them, and invisible characters as the plain pattern does;
- the advice cues answer as the plain patterns do;
- reported speech finds in the sentences its verb prefilter lets through what it finds reading every
  sentence, and the sentence words it keeps are those made anew;
- quotation spans found by bisection, and paragraphs joined once, are those of a plain scan;
- a .docx read with each style looked up once gives what python-docx's own objects give."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from helpers import TABLE_MERGES, merged_table
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.extract import (
    advice,
    clauses,
    cues,
    document,
    entities,
    quotes,
    speech,
)
from briefgen.extract import lexicon as lx
from briefgen.extract.lexicon.advice import ADVICE_MODALS, ADVICE_VERBS
from briefgen.extract.lexicon.asks import ASKS
from briefgen.extract.lexicon.background import FACT_VERBS
from briefgen.extract.lexicon.risks import RISKS
from briefgen.ingest import decode
from briefgen.ingest import docx as docx_reader
from briefgen.text import clean
from briefgen.text import segment as segmentation
from briefgen.text.patterns import SCAN_BATCH, CueIndex, cue_pattern, fold, word_alternation
from briefgen.text.segment import Sentence

BUDGET = settings(max_examples=300, deadline=None, derandomize=True)


def plain_alternation(words) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


CUE_LISTS = [
    sorted({w for c in RISKS for w in c.words}),
    lx.REPORTING_VERBS,
    sorted({w for c in ASKS for w in c.words}),
    FACT_VERBS,
]


@pytest.mark.parametrize("words", CUE_LISTS, ids=["risk", "reporting", "ask", "fact"])
@BUDGET
@given(data=st.data())
def test_trie_cue_pattern_finds_what_an_alternation_finds(words, data) -> None:
    vocabulary = sorted(words) + ["the", "İ", "Threat", "THREATENED", "-", "’s", "un", "ing", "x"]
    text = " ".join(data.draw(st.lists(st.sampled_from(vocabulary), max_size=25)))
    expected = [m.span() for m in plain_alternation(words).finditer(text)]
    assert [m.span() for m in cue_pattern(words).finditer(fold(text))] == expected


def test_word_alternation_prefers_the_longest_word() -> None:
    pattern = re.compile(r"\b(?:" + word_alternation(["threat", "threaten", "threatened"]) + r")\b")
    assert pattern.findall("a threatened threat threatens") == ["threatened", "threat"]
    assert re.fullmatch(word_alternation([]), "") is None


# Cue words, pieces of them and the characters that make or break a word boundary, run together
# or apart: words inside longer words ("threatening", "xthreat"), overlapping cues ("would force"
# over "would"), apostrophes, hyphens, underscores, digits, non-ASCII letters and "İ".
CUE_TEXT_PIECES = sorted(set().union(*cues.CUES.longest.values())) + [
    "walk",
    "force",
    "back",
    "for",
    "to",
    "not",
    "won",
    "t",
    "ing",
    "s",
    "ed",
    "x",
    "é",
    "İ",
    "ß",
    "2",
    "_",
    "-",
    "'",
    "’",
    ".",
    ",",
    "“",
    "(",
    "—",
]
CUE_TEXT_JOINS = st.sampled_from([" ", " ", "", "-", "'", "’", "_", "\n", "  ", "\u00a0"])


@st.composite
def cue_texts(draw) -> str:
    pieces = draw(st.lists(st.sampled_from(CUE_TEXT_PIECES), max_size=20))
    return fold("".join(piece + draw(CUE_TEXT_JOINS) for piece in pieces))


def assert_index_answers_as_plain_patterns(index: CueIndex, lists: dict[str, Iterable[str]], lows: list[str]) -> None:
    """Each list's search and findall over each scanned text are those of its plain alternation."""
    for low, hits in zip(lows, index.scan(lows), strict=True):
        for name, words in lists.items():
            pattern = plain_alternation(words)
            first = pattern.search(low)
            assert index.search(name, hits) == (first and (first.start(), first.group(0)))
            assert index.findall(name, hits) == pattern.findall(low)


def test_the_cue_index_holds_the_lists_of_the_sections() -> None:
    assert sorted(cues.CUES.longest) == sorted(cues.CUE_LISTS)


def test_the_cue_index_tabulates_each_word_as_its_lists_pattern_matches_it() -> None:
    """The table of longest words is built without compiling the lists' patterns; it is what they find."""
    for name, words in cues.CUE_LISTS.items():
        pattern = cue_pattern(words)
        assert cues.CUES.longest[name] == {word: m.group(0) for word in cues.CUES._words if (m := pattern.match(word))}


@BUDGET
@given(lows=st.lists(cue_texts(), max_size=4))
def test_cue_index_answers_as_each_lists_pattern(lows: list[str]) -> None:
    assert_index_answers_as_plain_patterns(cues.CUES, cues.CUE_LISTS, lows)


# Words over a few letters, so that lists share prefixes and a word often begins inside another.
SHORT_WORDS = (
    st.text(alphabet="ab -'_é", min_size=1, max_size=7)
    .map(str.strip)
    .filter(lambda word: re.fullmatch(r"\w(?:.*\w)?", word) is not None)
)


@BUDGET
@given(
    lists=st.lists(st.lists(SHORT_WORDS, min_size=1, max_size=6), min_size=1, max_size=3),
    texts=st.lists(st.text(alphabet="abAB -'_éİ2\n", max_size=40), max_size=3),
)
@example(lists=[["would force", "walk out"], ["would", "force", "out"]], texts=["It would force a walk out"])
@example(lists=[["a b", "b"]], texts=["a", "b", "a b"])
def test_cue_index_answers_as_cue_pattern_for_any_lists(lists: list[list[str]], texts: list[str]) -> None:
    named = {str(n): words for n, words in enumerate(lists)}
    assert_index_answers_as_plain_patterns(CueIndex(named), named, [fold(text) for text in texts])


def test_a_long_document_is_scanned_in_batches_as_text_by_text() -> None:
    lows = [
        f"{n} they threatened a strike and sanctions, {n}" if n % 3 else "tariff" for n in range(SCAN_BATCH * 2 + 5)
    ]
    assert cues.CUES.scan(lows) == [cues.CUES.scan([low])[0] for low in lows]


def test_a_cue_index_refuses_a_word_with_a_non_word_edge_or_a_newline() -> None:
    with pytest.raises(ValueError, match="u.s."):
        CueIndex({"places": ["u.s.", "canada"]})
    with pytest.raises(ValueError, match="walk"):
        CueIndex({"strikes": ["walk\nout"]})


@given(text=st.text(max_size=60))
@BUDGET
def test_fold_keeps_every_offset(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert all(a == b or a.lower() == b for a, b in zip(text, folded, strict=True))


def test_fold_keeps_a_character_whose_lowercase_is_longer() -> None:
    assert fold("İstanbul Said") == "İstanbul said"


# Front end (clean): link notes are looked for before the substitution.


@BUDGET
@given(
    pieces=st.lists(
        st.sampled_from(
            [
                "Vladi",
                "mir",
                "\u00ad",
                "\u200b",
                "\u200c",
                "\u200d",
                "\u2060",
                "\ufeff",
                "é",
                "👩",
                "می",
                " ",
                "opens new tab",
                ", opens new tab",
                "(opens in a new window)",
                "Purchase Licensing Rights",
                "new",
                "tab",
                "x",
            ]
        ),
        max_size=10,
    )
)
def test_link_notes_go_as_the_plain_substitution_removes_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert clean.strip_link_notes(text) == clean.rules().link_note.sub("", text)


# The invisible characters as first written: the joiner's lookbehind tried at every position of the text.
PLAIN_INVISIBLE = re.compile(
    r"[\u00ad\u200b\u2060\ufeff]|(?<=[A-Za-z\u00c0-\u024f])[\u200c\u200d](?=[A-Za-z\u00c0-\u024f])"
)


@BUDGET
@example(["a", "\u200c", "b"])
@example(["1", "\u200d", "b"])
@example(["\u200c", "é"])
@given(
    st.lists(st.sampled_from(["a", "Z", "é", "ɏ", "1", " ", "\u00ad", "\u200b", "\u200c", "\u200d", "می"]), max_size=10)
)
def test_invisible_characters_go_as_the_plain_pattern_removes_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert decode.strip_invisible(text) == PLAIN_INVISIBLE.sub("", text)


# --- quotes and sections: shortcuts of the section extractors ---------------------------------------


def sentence_has_quote(analysis, s_index: int) -> bool:
    """Whether a quotation overlaps the sentence: the plain test that reported speech's shortcut replaces."""
    sentence = analysis.sentences[s_index]
    spans = analysis.quote_spans.get(sentence.paragraph, [])
    return any(open_ < sentence.end and close > sentence.start for open_, close in spans)


def analysis_of(paragraphs: list[str]) -> document.Analysis:
    from briefgen.assemble.run import paragraphs_of

    sentences = segmentation.segment_paragraphs(paragraphs)
    rebuilt = paragraphs_of(sentences)
    return entities.analyse(
        sentences, rebuilt, {n: quotes.quote_spans(text) for n, text in enumerate(rebuilt, start=1)}
    )


@BUDGET
@given(lows=st.lists(cue_texts(), max_size=4))
@example(lows=["analysts said she should sign, and urged a deal", "economists warn the bank must act"])
def test_advice_cue_index_answers_as_the_advice_and_reporting_patterns(lows: list[str]) -> None:
    lists = {"advice": list(ADVICE_VERBS) + list(ADVICE_MODALS), "report": lx.REPORTING_VERBS}
    assert_index_answers_as_plain_patterns(cues.CUES, lists, lows)


# Reported speech reads only the sentences holding a verb of saying (the CUES prefilter), and keeps the
# words of sentences holding a quotation for the quotations' speakers (SentenceWords).
SPEECH_EXAMPLES = [
    [
        "Mayor Ana Ruiz said the bridge would close. “We have no choice,” she said.",
        "Police said three people were hurt, according to a report. The index added 1.2 per cent.",
    ],
    ["“Fine,” Ruiz told reporters, adding that talks would go on. The so-called “quiet zone” opened."],
    ["Nothing here says anything. Officials, who declined to comment, left early."],
    ["Rents rose 11 per cent last year, according to Harbourview Analytics."],
    # verbs of saying only capitalised: the prefilter (lowercase words) skips what a full read rejects
    ["Said to be the oldest oak, it fell. Told of the plan, Ruiz left. According To Plan opened."],
]


@pytest.mark.parametrize("paragraphs", SPEECH_EXAMPLES)
def test_reports_are_those_of_every_sentence_read_in_full(paragraphs: list[str], monkeypatch) -> None:
    analysis = analysis_of(paragraphs)
    fast = speech.find_reports(analysis)

    class EverySentence:  # the prefilter let through for every sentence
        @staticmethod
        def scan(lows):
            return [((0, "every"),)] * len(lows)

    monkeypatch.setattr(speech, "CUES", EverySentence)
    assert speech.find_reports(analysis) == fast


@pytest.mark.parametrize("paragraphs", SPEECH_EXAMPLES)
def test_kept_sentence_words_are_those_made_anew(paragraphs: list[str]) -> None:
    analysis = analysis_of(paragraphs)
    words = clauses.SentenceWords(analysis)
    for s_index in range(len(analysis.sentences)):
        assert words(s_index) == clauses.sentence_tokens(analysis, s_index)
        assert words(s_index) == clauses.sentence_tokens(analysis, s_index)  # kept or made again: the same


@pytest.mark.parametrize(
    ("paragraph", "shared"),
    [
        ("“We have no choice,” Ruiz said.", {"Ruiz", "ruiz", "said", "."}),
        ("Ruiz said the bridge would close.", set()),  # words made anew each time share nothing
    ],
)
def test_only_kept_sentence_words_share_strings(paragraph: str, shared: set[str]) -> None:
    words = clauses.SentenceWords(analysis_of([paragraph]))
    words(0)
    assert set(words.strings) == shared


# Quotations on one long line: each sentence and mention finds its quotation spans by bisection, the
# paragraphs are joined once, and "the source" finds its fuller description in a list made once per
# paragraph; each answers as the plain scan of every span (or of the text up to the quotation) does.

QUOTE_PIECES = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "Yes.",
    "He said.",
    " ",
    "  ",
    "a",
    "Two",
    "senior",
    "government",
    "source",
    "sources",
    "the source said",
    "officials",
    "of",
    "\n",
    "Mark Carney",
    "told",
    "x" * 30,
]


def plain_in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(open_ < position < close for open_, close in spans)


def plain_blanked(analysis: document.Analysis) -> list[str]:
    texts = []
    for sentence in analysis.sentences:
        text = sentence.text
        for open_, close in analysis.quote_spans.get(sentence.paragraph, ()):
            start, end = max(open_, sentence.start) - sentence.start, min(close, sentence.end) - sentence.start
            if start < end:
                text = text[:start] + " " * (end - start) + text[end:]
        texts.append(text)
    return texts


def plain_paragraphs_of(sentences: list[Sentence]) -> list[str]:
    paragraphs = [""] * max((s.paragraph for s in sentences), default=0)
    for s in sentences:
        text = paragraphs[s.paragraph - 1]
        paragraphs[s.paragraph - 1] = text + " " * (s.start - len(text)) + s.text
    return paragraphs


def quoted_paragraphs(pieces: list[str]) -> list[str]:
    return [line.strip() for line in "".join(pieces).split("\n") if line.strip()] or ["x"]


@BUDGET
@given(pieces=st.lists(st.sampled_from(QUOTE_PIECES), max_size=40))
def test_quotation_spans_found_by_bisection_are_those_of_a_scan(pieces: list[str]) -> None:
    paragraphs = quoted_paragraphs(pieces)
    sentences = segmentation.segment_paragraphs(paragraphs)
    from briefgen.assemble.run import paragraphs_of

    rebuilt = paragraphs_of(sentences)
    assert rebuilt == plain_paragraphs_of(sentences)
    spans = {n: quotes.quote_spans(text) for n, text in enumerate(rebuilt, start=1)}
    analysis = document.Analysis(sentences, rebuilt, spans, {}, {}, {})
    blanked = plain_blanked(analysis)
    assert analysis.plain == blanked
    for number, text in enumerate(rebuilt, start=1):
        for position in range(len(text) + 2):
            assert document.in_spans(position, spans[number]) == plain_in_spans(position, spans[number])
    for s_index, sentence in enumerate(sentences):
        opens = [
            open_ - sentence.start for open_, _ in spans[sentence.paragraph] if sentence.start <= open_ < sentence.end
        ]
        assert advice._first_quote_offset(analysis, s_index) == min(opens, default=len(sentence.text))


# Ingest: a .docx is read with each style looked up once and merged cells found from the row above;
# it gives the (style, text) pairs python-docx's own objects give.


def plain_docx_texts(document) -> list[tuple[str, str]]:
    from docx.table import Table

    pieces = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            pieces += [
                ("", paragraph.text) for row in block.rows for cell in row.cells for paragraph in cell.paragraphs
            ]
        else:
            pieces.append(((block.style.name if block.style is not None else ""), block.text))
    return pieces


@TABLE_MERGES
def test_docx_texts_are_those_of_python_docx(merges) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Talks resume", style="Title")
    document.add_paragraph("Negotiators met on Monday.")
    document.add_paragraph("A point.", style="List Bullet")
    merged_table(document, merges)
    document.add_paragraph("After the table.", style="Heading 1")
    assert list(docx_reader.docx_texts(document)) == plain_docx_texts(document)
