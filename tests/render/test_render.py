"""Rendering to Markdown and HTML: golden files, escaping, citations, grouping, reproducibility."""

from __future__ import annotations

import os
import zipfile
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

import pytest
from helpers import GOLDEN, fixture_brief

from briefgen.errors import BriefgenError, UsageError
from briefgen.model import Ask, Evidence, Side
from briefgen.model.names import PersonIndex
from briefgen.render import context as template_context
from briefgen.render import pdf
from briefgen.render.context import ask_group, citation
from briefgen.render.environment import escape_markdown
from briefgen.render.formats import render
from briefgen.render.markdown import markdown_to_html
from briefgen.render.templates import template_per_format

# UPDATE_GOLDEN=1 rewrites the golden files; review the diff before committing them.
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def check_golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_bytes(data)
    assert data.decode("utf-8") == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fixture", ["brief-full", "brief-sparse", "brief-hostile"])
def test_markdown_matches_golden(fixture):
    check_golden(f"{fixture}.md", render(fixture_brief(fixture), "md"))


@pytest.mark.parametrize("fixture", ["brief-full", "brief-sparse"])
def test_html_matches_golden(fixture):
    check_golden(f"{fixture}.html", render(fixture_brief(fixture), "html"))


FRONT_NOTE = ["## Purpose", "## Bottom line", "## Our objectives", "## Their likely asks", "## Key risks"]
STAFF_SECTIONS = ["## Lines to take", "## If raised", "## Recommendation"]
ANNEXES = [
    "## Annex A — Participants",
    "## Annex B — What they have said",
    "## Annex C — Expert advice",
    "## Annex D — Background detail",
    "## Annex E — Sources",
]


def headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("## ")]


def test_markdown_is_a_front_note_then_annexes():
    text = render(fixture_brief("brief-full"), "md").decode()
    assert headings(text) == FRONT_NOTE + STAFF_SECTIONS + ANNEXES
    assert text.index("* * *") > text.index("## Recommendation") and text.index("* * *") < text.index("## Annex A")


def test_staff_sections_are_left_out_when_empty():
    brief = fixture_brief("brief-full")
    brief.key_messages, brief.if_raised, brief.recommendation = [], [], None
    text = render(brief, "md").decode()
    assert headings(text) == FRONT_NOTE + ANNEXES
    assert "Not stated" not in text


def test_markdown_diffs_well():
    for fixture in ("brief-full", "brief-sparse", "brief-hostile"):
        text = render(fixture_brief(fixture), "md").decode()
        assert text.endswith("\n") and not text.endswith("\n\n")
        assert all(line == line.rstrip() for line in text.splitlines()), "trailing spaces"
        assert "\n\n\n" not in text


def test_an_empty_brief_leaves_out_empty_objectives_and_asks_and_has_no_empty_annex():
    text = render(fixture_brief("brief-sparse"), "md").decode()
    assert headings(text) == ["## Purpose", "## Key risks"]
    assert text.count("None identified in the sources.") == 1  # key risks: the principal should know there are none
    assert "Annex" not in text and "Not stated" not in text and "Bottom line" not in text


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("fixture", ["brief-full", "brief-hostile"])
def test_same_brief_renders_byte_identical(fixture, fmt):
    assert render(fixture_brief(fixture), fmt) == render(fixture_brief(fixture), fmt)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. President Donald Trump", "U.S. President Donald Trump"),
        ("energy, critical minerals, AI", "energy, critical minerals, AI"),
        ("cited [1 ¶3]", "cited [1 ¶3]"),
        ("a < b and c > d", "a < b and c > d"),
        ("AT&T", "AT&T"),
        ("3.5 percent", "3.5 percent"),
        ("2025. A year", "2025\\. A year"),
        ("*bold*", "\\*bold\\*"),
        ("snake_case", "snake\\_case"),
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("> quoted", "\\> quoted"),
        ("1. item", "1\\. item"),
        ("2) item", "2\\) item"),
        ("<b>x</b>", "\\<b>x\\</b>"),
        ("&amp;", "&amp;amp;"),
        ("a | b", "a \\| b"),
        ("`code`", "\\`code\\`"),
        ("~~gone~~", "\\~\\~gone\\~\\~"),
        ("[x](http://e.com)", "\\[x\\](http://e.com)"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines  ", "two lines"),
        ("  padded\t", "padded"),
    ],
)
def test_escape_markdown(text, expected):
    assert escape_markdown(text) == expected


class TextOf(HTMLParser):
    """The visible text of an HTML fragment and the tags it holds."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.parametrize(
    "value",
    [
        "*not emphasis*",
        "# not a heading",
        "<script>alert('x')</script>",
        "[not a link](http://example.com)",
        "&amp; stays",
        "a | b",
        "`code`",
        "~~strike~~",
        "1. item",
        'Tariffs > talks & "deals" < nothing 😀',
        "בנימין נתניהו",
        "back\\slash",
    ],
)
def test_escaped_markdown_converts_back_to_the_same_text(value):
    parser = TextOf()
    parser.feed(markdown_to_html(f"- {escape_markdown(value)}"))
    assert "".join(parser.text).strip() == value
    assert parser.tags == ["ul", "li"]


def test_hostile_text_survives_html():
    brief = fixture_brief("brief-hostile")
    page = render(brief, "html").decode()
    parser = TextOf()
    parser.feed(page)
    text = "".join(parser.text)
    for value in (
        brief.title,
        brief.classification,
        brief.meeting.counterpart,
        brief.meeting.location,
        brief.meeting.purpose,
        *brief.summary[:5],
        brief.stakeholders[0].name,
        brief.quotes[0].text,
    ):
        assert value in text
    assert "script" not in parser.tags and "em" not in parser.tags and "a" not in parser.tags
    assert "bell\ufffdhere" in text  # the control character is replaced visibly, not dropped


def test_html_is_a_standalone_page():
    page = render(fixture_brief("brief-full"), "html").decode()
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and "@media print" in page
    # the front note and the annexes in a table each, whose head and foot print the classification on every page
    assert page.count('<table class="page') == 2 and '<table class="page annexes"' in page
    assert page.count('<div class="banner">UNCLASSIFIED</div>') == 4
    assert "<thead>" in page and "<tfoot>" in page and '<html lang="en-CA">' in page
    assert "<title>Carney–Trump meeting at the White House</title>" in page
    assert "http" not in page.split("<body>")[0].replace('content="width', "")  # no external stylesheet or font


@pytest.mark.parametrize(
    "evidence, expected",
    [
        ([], ""),
        ([("s1", 3)], "[1 ¶3]"),
        ([("s1", 3), ("s1", 5)], "[1 ¶3, ¶5]"),
        ([("s1", 3), ("s1", 3)], "[1 ¶3]"),
        ([("s1", 3), ("s2", 1)], "[1 ¶3; 2 ¶1]"),
        ([("s4", 1)], "[4 ¶1]"),  # not among the sources: cited by the digits of its id
        ([("web", 2)], "[web ¶2]"),  # no digits either: cited by the id itself
    ],
)
def test_citation(evidence, expected):
    items = [Evidence(source=source, paragraph=paragraph, sentence=1, text="x") for source, paragraph in evidence]
    assert citation(items, {"s1": 1, "s2": 2}) == expected


def test_citations_follow_source_order():
    brief = fixture_brief("brief-full")
    brief.sources = [brief.sources[0].model_copy(update={"id": "s0"}), *brief.sources]
    context = template_context.build_context(brief)
    assert context.background[0].cite == "[2 ¶3]"
    assert [source.number for source in context.sources] == [1, 2]


SIDES: PersonIndex[Side] = PersonIndex(
    [
        ("Donald Trump", "counterpart"),
        ("Mark Carney", "principal"),
        ("Laura Dawson", "expert"),
        ("Pierre Poilievre", "opposition"),
        ("Volodymyr Zelenskyy", "third_party"),
    ]
)


@pytest.mark.parametrize(
    "by, of, kind, expected",
    [
        ("Donald Trump", "Mark Carney", "demand", "theirs"),
        ("Trump", None, "offer", "theirs"),
        (None, "Carney", "demand", "theirs"),
        ("Mark Carney", "Donald Trump", "objective", "ours"),
        (None, "Trump", "demand", "ours"),
        ("Carney", None, "offer", "recommended"),
        ("Laura Dawson", "Mark Carney", "recommendation", "recommended"),
        ("Dawson", None, "demand", "recommended"),
        ("Poilievre", "Carney", "demand", "other"),
        ("Zelenskyy", None, "objective", "other"),
        (None, None, "demand", "other"),
    ],
)
def test_ask_group(by, of, kind, expected):
    assert ask_group(Ask(text="x", by=by, of=of, kind=kind), SIDES) == expected


def test_asks_are_grouped_in_context():  # the groups custom templates written for earlier versions use
    context = template_context.build_context(fixture_brief("brief-full"))
    assert [ask.id for ask in context.asks_theirs] == ["ask-1"]
    assert [ask.id for ask in context.asks_ours] == ["ask-2"]
    assert [ask.id for ask in context.asks_recommended] == ["ask-3"]
    assert context.asks_other == []


@pytest.mark.parametrize(
    "name, formats, expected",
    [
        (None, ["md", "docx"], {"md": None, "docx": None}),
        ("house.docx", ["md", "docx"], {"md": None, "docx": "house.docx"}),
        ("house.docx", ["pdf"], {"pdf": "house.docx"}),
        ("brief.md.j2", ["md", "html", "docx"], {"md": "brief.md.j2", "html": "brief.md.j2", "docx": None}),
        ("page.html.j2", ["html", "md"], {"html": "page.html.j2", "md": None}),
    ],
)
def test_template_per_format(name, formats, expected):
    chosen = template_per_format(Path(name) if name else None, formats)
    assert {fmt: (path.name if path else None) for fmt, path in chosen.items()} == expected


@pytest.mark.parametrize(
    "name, formats", [("house.docx", ["md", "html"]), ("page.html.j2", ["docx"]), ("notes.txt", ["md"])]
)
def test_template_that_fits_no_format_is_a_usage_error(name, formats):
    with pytest.raises(UsageError, match=name):
        template_per_format(Path(name), formats)


@pytest.mark.parametrize(
    "fmt, name", [("md", "brief.docx"), ("docx", "brief.md.j2"), ("html", "brief.docx"), ("pdf", "brief.html.j2")]
)
def test_render_refuses_a_template_of_another_format(fmt, name):
    with pytest.raises(UsageError, match="cannot render"):
        render(fixture_brief("brief-sparse"), fmt, template=Path(name))


def test_render_refuses_an_unknown_format():
    with pytest.raises(UsageError, match="unknown output format 'odt'"):
        render(fixture_brief("brief-sparse"), "odt")


def test_pdf_without_libreoffice_says_how_to_install(monkeypatch):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    with pytest.raises(BriefgenError, match="apt-get install libreoffice-writer-nogui"):
        render(fixture_brief("brief-sparse"), "pdf")


def test_docx_timestamps_come_from_the_brief_never_the_clock(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    data = render(fixture_brief("brief-full"), "docx")
    with zipfile.ZipFile(BytesIO(data)) as package:
        assert {info.date_time for info in package.infolist()} == {(2025, 5, 2, 0, 0, 0)}
        names = package.namelist()
    assert names[0] == "[Content_Types].xml" and names[1:] == sorted(names[1:])


def test_docx_without_a_date_uses_source_date_epoch(monkeypatch):
    brief = fixture_brief("brief-sparse")
    assert brief.date is None
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    with zipfile.ZipFile(BytesIO(render(brief, "docx"))) as package:
        assert {info.date_time for info in package.infolist()} == {(2023, 11, 14, 22, 13, 20)}
        core = package.read("docProps/core.xml").decode()
    assert "2023-11-14T22:13:20Z" in core


@pytest.mark.parametrize(
    "said, shown",
    [
        ("He couldn’t have been nicer and I congratulated him,", "He couldn’t have been nicer and I congratulated him"),
        ("both hated Trump, ", "both hated Trump"),
        ("Let’s make a deal.", "Let’s make a deal."),
        ("one, two, three", "one, two, three"),
    ],
)
def test_quotes_lose_the_comma_before_the_closing_mark(said, shown):
    brief = fixture_brief("brief-sparse")
    brief.quotes = [{"text": said, "speaker": "Donald Trump"}]
    assert template_context.build_context(brief).quotes[0].text == shown


def test_an_experts_credentials_are_given_once():
    context = template_context.build_context(fixture_brief("brief-full"))
    assert [item.first for item in context.expert_advice] == [True, False]
    assert [item.first for item in context.advice] == [True, False]  # the third: the bottom line says it
    text = render(fixture_brief("brief-full"), "md").decode()
    assert text.count("(Executive director, Future Borders Coalition; Canada-U.S. relations expert)") == 1
