"""The Word deliverable: the template's source script, the rendered .docx reopened, and independent readers (pandoc, LibreOffice)."""

from __future__ import annotations

import importlib.util
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document
from helpers import ROOT, fixture_brief, need

from briefgen.render.formats import render
from briefgen.render.templates import templates_dir

SECTIONS = ["Summary", "Background", "Stakeholders", "Key quotes", "Expert advice", "Asks", "Risks", "Sources"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def load_script():
    spec = importlib.util.spec_from_file_location("build_docx_template", ROOT / "scripts" / "build_docx_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def open_docx(data: bytes):
    return Document(BytesIO(data))


def all_text(document) -> str:
    """Every paragraph and table cell, one per line."""
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines)


def test_template_is_rebuilt_byte_for_byte_by_its_script():
    assert load_script().build_template() == (templates_dir() / "brief.docx").read_bytes()


def test_template_uses_real_word_styles():
    template = Document(str(templates_dir() / "brief.docx"))
    used = {p.style.name for p in template.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet", "Quote", "Brief Field", "Empty Section"} <= used
    assert {table.style.name for table in template.tables} == {load_script().TABLE_STYLE}
    runs = [run for p in template.paragraphs for run in p.runs]
    assert not [run.text for run in runs if run.bold or run.italic or run.font.size or run.font.color.rgb], (
        "direct formatting would fight the styles"
    )


@pytest.fixture(scope="module")
def full_docx() -> bytes:
    return render(fixture_brief("brief-full"), "docx")


def test_docx_has_every_section_in_order(full_docx):
    document = open_docx(full_docx)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == SECTIONS
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 2"] == [
        "Theirs",
        "Ours",
        "Recommended offers",
    ]
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == "Carney–Trump meeting at the White House"


def test_docx_holds_every_item_with_its_citation(full_docx):
    brief = fixture_brief("brief-full")
    text = all_text(open_docx(full_docx)).replace("\u00a0", " ")
    for line in brief.summary:
        assert line in text
    for section in ("background", "expert_advice", "asks", "risks"):
        for item in getattr(brief, section):
            assert item.text in text
    for quote in brief.quotes:
        assert f"“{quote.text}” — {quote.speaker} [1 ¶{quote.evidence[0].paragraph}]" in text
    for person in brief.stakeholders:
        assert person.name in text and person.stance in text
    assert "Meeting\tMark Carney ↔ Donald Trump" in text
    assert "Version\t2, 2025-05-02" in text
    assert (
        "[1]\tCarney expected at the White House within the next week — sources/carney-white-house.txt (477 words)"
        in text
    )


def test_docx_tables_have_a_row_per_item(full_docx):
    stakeholders, risks = open_docx(full_docx).tables
    assert [cell.text for cell in stakeholders.rows[0].cells] == ["Name", "Role", "Side", "Has said or wants"]
    assert [row.cells[0].text for row in stakeholders.rows[1:]] == [
        "Mark Carney",
        "Donald Trump",
        "Laura Dawson",
        "Volodymyr Zelenskyy",
        "Pierre Poilievre",
    ]
    assert [row.cells[2].text for row in stakeholders.rows[1:]] == [
        "Principal",
        "Counterpart",
        "Expert",
        "Third party",
        "Opposition",
    ]
    assert [[cell.text for cell in row.cells][1:] for row in risks.rows[1:]] == [
        ["High", "Engage constructively; prepare on Trump’s economic priorities."],
        ["High", "Cite U.S. data showing minimal drug flow from Canada; offer border-security commitments."],
        ["Medium", "None proposed"],
    ]


def test_docx_header_and_footer_carry_the_furniture(full_docx):
    section = open_docx(full_docx).sections[0]
    assert [p.text for p in section.header.paragraphs] == ["UNCLASSIFIED"]
    footer = section.footer.paragraphs
    assert footer[-1].text == "UNCLASSIFIED"
    assert footer[0].text.startswith("Carney–Trump meeting at the White House · Version 2 · 2025-05-02 · Page ")
    fields = [field.get(f"{W}instr") for field in footer[0]._p.iter(f"{W}fldSimple")]
    assert fields == ["PAGE", "NUMPAGES"]


def test_docx_properties_come_from_the_brief(full_docx):
    props = open_docx(full_docx).core_properties
    assert props.title == "Carney–Trump meeting at the White House"
    assert props.author == "Canada–U.S. relations desk"
    assert props.subject.startswith("First face-to-face meeting")
    assert props.created.isoformat() == props.modified.isoformat() == "2025-05-02T00:00:00+00:00"
    assert props.revision == 2


def test_empty_sections_say_so_in_word():
    document = open_docx(render(fixture_brief("brief-sparse"), "docx"))
    paragraphs = document.paragraphs
    for number, paragraph in enumerate(paragraphs):
        if paragraph.style.name == "Heading 1":
            following = paragraphs[number + 1]
            assert (following.text, following.style.name) == ("None identified in the sources.", "Empty Section")
    assert document.tables == []


def test_hostile_text_renders_in_word():
    brief = fixture_brief("brief-hostile")
    data = render(brief, "docx")
    document = open_docx(data)
    text = all_text(document)
    for value in (
        brief.title,
        brief.meeting.counterpart,
        brief.meeting.location,
        brief.meeting.purpose,
        *brief.summary[:5],
        brief.stakeholders[0].name,
        brief.stakeholders[0].role,
        f"“{brief.quotes[0].text}”",
    ):
        assert value in text
    assert "bell\ufffdhere" in text
    assert [p.text for p in document.sections[0].header.paragraphs] == ["SECRET//REL <CAN>"]
    assert document.core_properties.author == "R&D <desk>"
    with zipfile.ZipFile(BytesIO(data)) as package:
        assert b"\x07" not in package.read("word/document.xml")


@pytest.mark.pandoc
def test_pandoc_reads_every_section_back():
    pandoc = need("pandoc")
    data = render(fixture_brief("brief-full"), "docx")
    result = subprocess.run(
        [pandoc, "--from", "docx", "--to", "gfm", "--wrap", "none"],
        input=data,
        capture_output=True,
        check=True,
        timeout=120,
    )
    markdown = result.stdout.decode("utf-8").replace("\\", "").replace("\u00a0", " ")
    for heading in SECTIONS:
        assert f"# {heading}\n" in markdown
    assert "**Laura Dawson** (Executive director, Future Borders Coalition" in markdown and "[1 ¶11]" in markdown
    assert "| Mark Carney" in markdown  # the stakeholders table survives as a table


def pdf_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of each page, read by pdftotext."""
    need("pdftotext")
    path = tmp_path / "brief.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")
    return [page for page in text.split("\f") if page.strip()]


@pytest.mark.office
def test_libreoffice_pdf_shows_every_heading_and_the_classification_on_every_page(tmp_path):
    need("soffice")
    pdf = render(fixture_brief("brief-full"), "pdf")
    assert pdf.startswith(b"%PDF")
    pages = pdf_pages(pdf, tmp_path)
    assert 1 <= len(pages) <= 3
    for number, page in enumerate(pages, start=1):
        assert page.count("UNCLASSIFIED") == 2, f"page {number} lacks the banner in header and footer"
        assert f"Page {number} of {len(pages)}" in page
    text = "\n".join(pages)
    for heading in SECTIONS:
        assert heading in text


@pytest.mark.office
def test_libreoffice_pdf_of_hostile_text(tmp_path):
    need("soffice")
    pages = pdf_pages(render(fixture_brief("brief-hostile"), "pdf"), tmp_path)
    text = "\n".join(pages)
    assert "Trade & tariffs: <b>not bold</b>" in text
    assert "<script>alert('x')</script> stays text" in text
    assert all("SECRET//REL <CAN>" in page for page in pages)
