"""Properties (hypothesis, bounded and derandomized so CI is stable):
- extract never raises on arbitrary text, and what it prints validates against the schema;
- reading and extracting an arbitrary article (any code point, any encoding, long lines, many
  quotation marks and brackets, as .txt, .md, .html, .rtf, .docx or unnamed) raises nothing but a
  BriefgenError;
- a brief with arbitrary strings in every field renders to a .docx that python-docx reopens with
  the same text, and to Markdown that converts back (with `markdown`) to the same text."""

from __future__ import annotations

import io
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.commands import extract as extraction
from briefgen.errors import BriefgenError, InputError
from briefgen.model import Advice, Ask, Brief, Evidence, Meeting, Point, Quote, Risk, Source, Stakeholder

BUDGET = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# Article-like text: words, names, quotation marks of every kind, punctuation, any script.
WORDS = st.sampled_from(
    [
        "Carney",
        "Trump",
        "said",
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        "U.S.",
        "Mr.",
        "Dr.",
        "tariffs",
        "Advertisement",
        "By",
        "Read more:",
        "Photo:",
        "?",
        ".",
        ",",
        "—",
        "would",
        "you",
        "like",
        "me",
        "to",
        "Prime Minister",
        "President",
        "(",
        ")",
        "\n",
        "\n\n",
        "Canada",
        "le",
        "Zoë",
    ]
)
ARTICLE_TEXT = st.one_of(
    st.lists(WORDS, max_size=80).map(" ".join),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=300),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=300),
)


@BUDGET
@given(text=ARTICLE_TEXT)
def test_extract_never_raises_and_validates(tmp_path_factory, text: str) -> None:
    path = tmp_path_factory.mktemp("article") / "article.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        output = extraction.extract_text([str(path)], output_format="json", date="2025-05-01")
    except InputError as error:
        # Only text with nothing to read may be refused, and then in one line naming the file.
        message = str(error)
        assert message.startswith(f"{path}: ") and "\n" not in message
        assert not any(char.isalnum() for char in text) or XML_ILLEGAL.search(text)
        return
    brief = Brief.model_validate(json.loads(output))
    assert Brief.model_validate_json(brief.model_dump_json()) == brief


# Hostile articles: pieces repeated into long lines, any code point (lone surrogates written with
# surrogatepass), written in one of several encodings under one of several names.
HOSTILE_PIECES = st.one_of(
    WORDS,
    st.sampled_from(
        [
            "[",
            "]",
            "(",
            ")",
            "[x](",
            "<a ",
            "<p>",
            "**",
            "_",
            "`",
            "#",
            "> ",
            "{\\rtf1 ",
            "\\par ",
            "\\u8212?",
            "{",
            "}",
            "\x00",
            "\ufeff",
            "the source said",
            "A senior official said",
        ]
    ),
    st.characters(),
)
HOSTILE_TEXT = st.lists(st.tuples(HOSTILE_PIECES, st.integers(min_value=1, max_value=400)), max_size=30).map(
    lambda parts: "".join(piece * count for piece, count in parts)
)
ENCODINGS = st.sampled_from(
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "shift_jis", "latin-1"]
)
NAMES = st.sampled_from(["article.txt", "article.md", "article.html", "article.rtf", "article", "article.docx"])


@settings(
    max_examples=50,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(text=HOSTILE_TEXT, encoding=ENCODINGS, name=NAMES)
def test_any_article_gives_a_brief_or_a_briefgen_error(tmp_path_factory, text: str, encoding: str, name: str) -> None:
    path = tmp_path_factory.mktemp("hostile") / name
    errors = "surrogatepass" if encoding.startswith("utf") else "replace"
    path.write_bytes(text.encode(encoding, errors))
    try:
        brief = extraction.extract_brief([str(path)], date="2025-05-01")
    except BriefgenError as error:
        assert "\n" not in str(error)
        return
    assert Brief.model_validate_json(brief.model_dump_json()) == brief


# Field text: any characters but surrogates (which cannot be UTF-8), control characters included.
FIELD = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40).filter(
    lambda s: any(char.isalnum() for char in s)
)


@st.composite
def briefs(draw) -> Brief:
    # Each field ends with its own number: the note prints an item that says what another says once, so two
    # fields drawn alike ("0" and "0") would leave one unprinted; the property is about characters, not repeats.
    numbers = iter(range(100, 1000))
    text = lambda: f"{draw(FIELD)} {next(numbers)}"  # noqa: E731 - one fresh string per field
    return Brief(
        title=text(),
        classification=text(),
        prepared_for=text(),
        prepared_by=text(),
        meeting=Meeting(principal=text(), counterpart=text(), location=text(), purpose=text()),
        summary=[text(), text()],
        background=[Point(text=text())],
        stakeholders=[Stakeholder(name=text(), role=text(), affiliation=text(), stance=text())],
        quotes=[Quote(text=text(), speaker=text())],
        expert_advice=[Advice(expert=text(), credentials=text(), text=text())],
        asks=[Ask(text=text(), by=text(), of=text())],
        risks=[Risk(text=text(), mitigation=text())],
        topics=[text()],
        sources=[Source(id="s1", title=text())],
    )


def shown(value: str) -> str:
    """What a reader should see of a field: XML-illegal characters shown as U+FFFD, whitespace runs as one space."""
    return " ".join(XML_ILLEGAL.sub("\ufffd", value).split())


def field_texts(brief: Brief) -> list[str]:
    meeting = brief.meeting
    texts = [
        brief.title,
        brief.classification,
        brief.prepared_for,
        brief.prepared_by,
        meeting.principal,
        meeting.counterpart,
        meeting.location,
        meeting.purpose,
        *brief.summary,
        *brief.topics,
    ]
    texts += [point.text for point in brief.background]
    texts += [
        value
        for person in brief.stakeholders
        for value in (person.name, person.role, person.affiliation, person.stance)
    ]
    texts += [value for quote in brief.quotes for value in (quote.text.rstrip().rstrip(","), quote.speaker)]
    texts += [value for advice in brief.expert_advice for value in (advice.expert, advice.credentials, advice.text)]
    texts += [value for ask in brief.asks for value in (ask.text, ask.by, ask.of)]
    texts += [value for risk in brief.risks for value in (risk.text, risk.mitigation)]
    texts += [source.title for source in brief.sources]
    return [shown(value) for value in texts if value and shown(value)]


def printed_in(value: str, text: str) -> bool:
    """Whether a field shows in the text; a drafted line may change the case of its first letter ("the union
    wants" → "The union wants", "Pledged to" → "Carney pledged to")."""
    return value in text or value[:1].swapcase() + value[1:] in text


def docx_text(data: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [paragraph.text for paragraph in section.header.paragraphs + section.footer.paragraphs]
    return " ".join(" ".join(parts).split())


@BUDGET
@given(brief=briefs())
def test_docx_reopens_with_the_same_text(brief: Brief) -> None:
    from briefgen.render.formats import render

    text = docx_text(render(brief, "docx"))
    for value in field_texts(brief):
        assert printed_in(value, text), value


@BUDGET
@given(brief=briefs())
def test_markdown_converts_back_to_the_same_text(brief: Brief) -> None:
    import lxml.html

    from briefgen.render.formats import render
    from briefgen.render.markdown import markdown_to_html

    html = markdown_to_html(render(brief, "md").decode("utf-8"))
    text = " ".join(lxml.html.fragment_fromstring(html, create_parent="div").text_content().split())
    for value in field_texts(brief):
        assert printed_in(value, text), value


# --- arbitrary briefs, every field, any length, any code point (issue 13) -------------------

# Any code point a Brief can hold (lone surrogates are refused by the schema and tested apart), XML-illegal
# characters included, with the characters that matter to Markdown, HTML, XML, Jinja and Word drawn more
# often than chance would.
ANY_CHAR = st.one_of(
    st.characters(exclude_categories=("Cs",)),
    st.sampled_from(
        [
            "\x00",
            "\x0b",
            "\x1f",
            "\ufffe",
            "\uffff",
            "\u2028",
            "<",
            "&",
            "*",
            "|",
            "\n",
            "{",
            "}",
            "%",
            "[",
            "]",
            "(",
            "\\",
            "`",
            "#",
            "…",
        ]
    ),
)
ANY_TEXT = st.one_of(st.text(ANY_CHAR, max_size=40), st.text(ANY_CHAR, min_size=250, max_size=400))
MAYBE_TEXT = st.none() | ANY_TEXT
BIG_INT = st.integers(min_value=1, max_value=10**30)
EVIDENCE = st.lists(
    st.builds(Evidence, source=ANY_TEXT, paragraph=BIG_INT, sentence=BIG_INT, text=ANY_TEXT), max_size=2
)
ANY_BUDGET = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def any_briefs(draw) -> Brief:
    def items(build, **fields):
        return draw(st.lists(st.builds(build, id=ANY_TEXT, evidence=EVIDENCE, **fields), max_size=2))

    return Brief(
        schema_version=draw(st.integers(min_value=-(10**6), max_value=10**6)),
        title=draw(ANY_TEXT),
        classification=draw(ANY_TEXT),
        prepared_for=draw(MAYBE_TEXT),
        prepared_by=draw(MAYBE_TEXT),
        date=draw(st.none() | st.dates()),
        version=draw(BIG_INT),
        meeting=draw(
            st.builds(
                Meeting,
                principal=MAYBE_TEXT,
                counterpart=MAYBE_TEXT,
                location=MAYBE_TEXT,
                date=st.none() | st.dates(),
                date_text=MAYBE_TEXT,
                purpose=MAYBE_TEXT,
                evidence=EVIDENCE,
            )
        ),
        summary=draw(st.lists(ANY_TEXT, max_size=3)),
        background=items(Point, text=ANY_TEXT),
        stakeholders=items(
            Stakeholder,
            name=ANY_TEXT,
            kind=st.sampled_from(["person", "organization", "country", "group"]),
            role=MAYBE_TEXT,
            affiliation=MAYBE_TEXT,
            side=st.sampled_from(
                ["principal", "counterpart", "ally", "opposition", "expert", "third_party", "unknown"]
            ),
            stance=MAYBE_TEXT,
            aliases=st.lists(ANY_TEXT, max_size=2),
            mentions=st.integers(min_value=0, max_value=10**30),
        ),
        quotes=items(Quote, text=ANY_TEXT, speaker=MAYBE_TEXT, direct=st.booleans()),
        expert_advice=items(Advice, expert=MAYBE_TEXT, credentials=MAYBE_TEXT, text=ANY_TEXT),
        asks=items(
            Ask,
            text=ANY_TEXT,
            by=MAYBE_TEXT,
            of=MAYBE_TEXT,
            kind=st.sampled_from(["demand", "offer", "objective", "recommendation"]),
        ),
        risks=items(
            Risk,
            text=ANY_TEXT,
            category=ANY_TEXT,
            severity=st.sampled_from(["high", "medium", "low"]),
            mitigation=MAYBE_TEXT,
        ),
        topics=draw(st.lists(ANY_TEXT, max_size=25)),
        sources=draw(
            st.lists(
                st.builds(
                    Source,
                    id=ANY_TEXT,
                    title=ANY_TEXT,
                    path=ANY_TEXT,
                    sha256=ANY_TEXT,
                    words=st.integers(min_value=0, max_value=10**30),
                ),
                max_size=3,
            )
        ),
        generated=draw(MAYBE_TEXT),
    )


@ANY_BUDGET
@given(brief=any_briefs())
def test_any_brief_renders_in_every_format_or_says_why(brief: Brief) -> None:
    from docx import Document

    from briefgen.errors import BriefgenError
    from briefgen.render.formats import render

    for fmt in ("md", "html", "docx"):
        try:
            data = render(brief, fmt)
        except BriefgenError as error:  # allowed, as one line; no other exception is
            assert "\n" not in str(error)
            continue
        if fmt == "docx":
            Document(io.BytesIO(data))  # Word's reader opens it again
        else:
            data.decode("utf-8")
