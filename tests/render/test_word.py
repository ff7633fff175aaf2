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

FRONT_NOTE = ["Purpose", "Bottom line", "Our objectives", "Their likely asks", "Key risks"]
STAFF_SECTIONS = ["Lines to take", "If raised", "Recommendation"]
ANNEXES = [
    "Annex A — Participants",
    "Annex B — What they have said",
    "Annex C — Expert advice",
    "Annex D — Background detail",
    "Annex E — Sources",
]
SECTIONS = FRONT_NOTE + STAFF_SECTIONS + ANNEXES
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
    assert {"Title", "Heading 1", "Heading 2", "List Bullet", "List Continue", "Quote", "Brief Field"} <= used
    assert {"Decision", "Empty Section", "Page Break", "Source Entry"} <= used
    runs = [run for p in template.paragraphs for run in p.runs]
    assert not [run.text for run in runs if run.bold or run.italic or run.font.size or run.font.color.rgb], (
        "direct formatting would fight the styles"
    )


def test_template_is_a_word_2013_package_without_stale_parts():
    with zipfile.ZipFile(templates_dir() / "brief.docx") as package:
        names = package.namelist()
        settings = package.read("word/settings.xml").decode()
        app = package.read("docProps/app.xml").decode()
    assert not [name for name in names if "stylesWithEffects" in name or name.startswith("customXml")]
    assert 'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"' in settings
    assert "<Application>briefgen</Application>" in app and "Microsoft" not in app


@pytest.fixture(scope="module")
def full_docx() -> bytes:
    return render(fixture_brief("brief-full"), "docx")


def test_docx_has_every_section_in_order(full_docx):
    document = open_docx(full_docx)
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == SECTIONS
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 2"] == ["Further asks"]
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == "Carney–Trump meeting at the White House"
    assert document.paragraphs[1].text == "For decision"
    breaks = [number for number, p in enumerate(document.paragraphs) if 'w:type="page"' in p._p.xml]
    assert len(breaks) == 1 and document.paragraphs[breaks[0] + 1].text == ANNEXES[0]


def test_docx_holds_every_item_once_with_its_citation(full_docx):
    brief = fixture_brief("brief-full")
    text = all_text(open_docx(full_docx)).replace("\u00a0", " ")
    for line in [*brief.summary, *brief.objectives, *brief.key_messages, brief.recommendation]:
        assert text.count(line) == 1, line
    assert "Will Canada retaliate against new tariffs? Every option stays on the table" in text
    for section in ("background", "expert_advice", "risks"):
        for item in getattr(brief, section):
            assert item.text in text
    for quote in brief.quotes:
        assert f"“{quote.text}” — {quote.speaker} [1 ¶{quote.evidence[0].paragraph}]" in text
    for person in brief.stakeholders:
        assert person.name in text and person.stance in text
    for label, value in [
        ("For", "Prime Minister Mark Carney"),
        ("From", "Canada–U.S. relations desk"),
        ("Approved by", "Director General, North America"),
        ("Contact", "Sam Roe, 613-555-0142"),
        ("Meeting", "Mark Carney ↔ Donald Trump"),
        ("Version", "2, 2025-05-02"),
    ]:
        assert f"{label}\t{value}" in text
    assert "Not stated" not in text
    assert (
        "[1]\tCarney expected at the White House within the next week — sources/carney-white-house.txt (477 words)"
        in text
    )


def test_docx_key_risks_give_a_mitigation_only_where_one_is_known(full_docx):
    paragraphs = [p.text for p in open_docx(full_docx).paragraphs]
    start, end = paragraphs.index("Key risks"), paragraphs.index("Lines to take")
    assert [text.split(":")[0] for text in paragraphs[start + 1 : end]] == [
        "High",
        "Mitigation",
        "High",
        "Mitigation",
        "Medium",
    ]


def test_docx_language_comes_from_the_brief(full_docx):
    with zipfile.ZipFile(BytesIO(full_docx)) as package:
        styles = package.read("word/styles.xml").decode()
        settings = package.read("word/settings.xml").decode()
        app = package.read("docProps/app.xml").decode()
    assert '<w:lang w:val="en-CA"' in styles and '<w:themeFontLang w:val="en-CA"' in settings
    assert open_docx(full_docx).core_properties.language == "en-CA"
    assert "<Application>briefgen</Application>" in app


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


def test_no_risks_say_so_in_word_and_empty_objectives_asks_and_staff_sections_are_left_out():
    document = open_docx(render(fixture_brief("brief-sparse"), "docx"))
    paragraphs = document.paragraphs
    assert [p.text for p in paragraphs if p.style.name == "Heading 1"] == ["Purpose", "Key risks"]
    for number, paragraph in enumerate(paragraphs[3:], start=3):
        if paragraph.style.name == "Heading 1" and paragraph.text != "Purpose":
            following = paragraphs[number + 1]
            assert (following.text, following.style.name) == ("None identified in the sources.", "Empty Section")
    assert not [p for p in paragraphs if 'w:type="page"' in p._p.xml], "no annex, no page break"


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
    assert "**Mark Carney** — Prime Minister" in markdown


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
    assert 2 <= len(pages) <= 4
    annexes_from = next(number for number, page in enumerate(pages) if "Annex A — Participants" in page)
    assert 1 <= annexes_from <= 2, "the front note ends within 2 pages, and the annexes start on a page of their own"
    assert "Recommendation" in pages[annexes_from - 1]
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
