"""Build briefgen/templates/brief.docx, the default Word template, with python-docx.

The .docx is a zip that a diff cannot show, so this script is its reviewable source: every
style, section and Jinja tag of the template is here, and running it again gives the
committed file byte for byte (tests/render/test_word.py checks that).

    .venv/bin/python scripts/build_docx_template.py            # writes briefgen/templates/brief.docx
    .venv/bin/python scripts/build_docx_template.py OUT.docx   # writes elsewhere

Styles are real Word styles (Title, Heading 1/2, List Bullet, Quote, a table style and a few
named ones of our own: Brief Field, Citation, Classification, Empty Section, Source Entry), so
staff restyle the brief in Word by changing a style, never a paragraph. docxtpl tags: `{%p ...%}`
in a paragraph of its own controls paragraphs, `{%tr ...%}` in a row of its own controls rows.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from briefgen.render.docx import reproducible_zip

OUTPUT = Path(__file__).resolve().parent.parent / "briefgen" / "templates" / "brief.docx"
# The template's own timestamp: a constant, so that the build is reproducible on any day.
TEMPLATE_TIME = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
LABEL_WIDTH = Cm(3.2)
TABLE_STYLE = "Light List Accent 1"
NOT_STATED = '"Not stated"'


def define_styles(document) -> None:
    """Adjust the built-in styles and add briefgen's own, so every paragraph takes its look from a style."""
    styles = document.styles
    # Size and spacing go in the document defaults, not in Normal: Word ranks a paragraph style above a
    # table style, so a size on Normal would override the table style's smaller one.
    defaults = styles.element.find(qn("w:docDefaults"))
    for name, value in (("w:sz", "21"), ("w:szCs", "21")):
        defaults.find(f"w:rPrDefault/w:rPr/{name}", defaults.nsmap).set(qn("w:val"), value)
    spacing = defaults.find("w:pPrDefault/w:pPr/w:spacing", defaults.nsmap)
    spacing.set(qn("w:after"), "80")
    spacing.set(qn("w:line"), "252")
    normal = styles["Normal"]
    normal.font.name = "Calibri"  # the body's theme font is Cambria; a briefing note reads better in one sans face

    styles["Title"].font.size = Pt(22)
    styles["Title"].paragraph_format.space_after = Pt(6)
    for name, size, before in (("Heading 1", 14, 14), ("Heading 2", 11.5, 8)):
        heading = styles[name]
        heading.font.size = Pt(size)
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(3)
        heading.paragraph_format.keep_with_next = True
    styles["List Bullet"].paragraph_format.space_after = Pt(2)
    table_style = styles[TABLE_STYLE]
    table_style.font.size = Pt(9.5)  # tables hold the longest text; a point smaller keeps the note short
    table_style.paragraph_format.space_after = Pt(0)
    table_style.paragraph_format.line_spacing = 1.0
    quote = styles["Quote"]
    quote.paragraph_format.left_indent = Cm(0.8)
    quote.paragraph_format.space_after = Pt(4)

    field = styles.add_style("Brief Field", WD_STYLE_TYPE.PARAGRAPH)
    field.base_style = normal
    field.paragraph_format.left_indent = LABEL_WIDTH
    field.paragraph_format.first_line_indent = -LABEL_WIDTH
    field.paragraph_format.tab_stops.add_tab_stop(LABEL_WIDTH)
    field.paragraph_format.space_after = Pt(1)

    citation = styles.add_style("Citation", WD_STYLE_TYPE.CHARACTER)
    citation.base_style = styles["Default Paragraph Font"]
    citation.font.size = Pt(8)
    citation.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    banner = styles.add_style("Classification", WD_STYLE_TYPE.PARAGRAPH)
    banner.base_style = styles["Header"]
    banner.font.bold = True
    banner.font.size = Pt(9)
    banner.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    empty = styles.add_style("Empty Section", WD_STYLE_TYPE.PARAGRAPH)
    empty.base_style = normal
    empty.font.italic = True
    empty.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    source = styles.add_style("Source Entry", WD_STYLE_TYPE.PARAGRAPH)
    source.base_style = normal
    source.paragraph_format.left_indent = Cm(0.9)
    source.paragraph_format.first_line_indent = Cm(-0.9)
    source.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
    source.paragraph_format.space_after = Pt(2)

    styles["Footer"].font.size = Pt(8)
    styles["Footer"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def tag(container, text: str) -> None:
    """A paragraph holding only a docxtpl `{%p ... %}` tag (docxtpl removes the paragraph itself)."""
    container.add_paragraph(text)


def cited(paragraph, text: str, cite: str) -> None:
    """Text followed by its citation in the Citation character style."""
    paragraph.add_run(text)
    paragraph.add_run(f" {{{{ {cite} | nobreak }}}}", style="Citation")


def listing(document, loop: str, style: str, fill) -> None:
    """A for-else block: one `style` paragraph per item (filled by `fill`), or the Empty Section line."""
    tag(document, f"{{%p for {loop} %}}")
    fill(document.add_paragraph(style=style))
    tag(document, "{%p else %}")
    document.add_paragraph("{{ none_found }}", style="Empty Section")
    tag(document, "{%p endfor %}")


def field_code(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice compute when they lay out the page."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def table(document, loop: str, headings: list[tuple[str, Cm]], cells: list) -> None:
    """A table in the house table style: a heading row, then one row per item from a docxtpl `{%tr for %}` loop."""
    grid = document.add_table(rows=4, cols=len(headings))
    grid.style = document.styles[TABLE_STYLE]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    look = grid._tbl.tblPr.find(qn("w:tblLook"))
    # Heading row on, first column off (its bold would fight the text), no vertical banding.
    look.set(qn("w:val"), "0420")
    look.set(qn("w:firstColumn"), "0")
    look.set(qn("w:noVBand"), "1")
    for column, (heading, width) in enumerate(headings):
        grid.columns[column].width = width
        for row in grid.rows:
            row.cells[column].width = width
        grid.rows[0].cells[column].text = heading
    grid.rows[1].cells[0].text = f"{{%tr for {loop} %}}"
    for column, fill in enumerate(cells):
        fill(grid.rows[2].cells[column].paragraphs[0])
    grid.rows[3].cells[0].text = "{%tr endfor %}"
    grid.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeats when the table breaks
    grid.rows[2]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # an item stays on one page


def title_block(document) -> None:
    """Title, then the briefing note's furniture as label-tab-value lines."""
    document.add_paragraph("{{ title }}", style="Title")
    rows = [
        ("Meeting", f"{{{{ meeting.principal or {NOT_STATED} }}}} ↔ {{{{ meeting.counterpart or {NOT_STATED} }}}}"),
        ("Date", f"{{{{ meeting.when or {NOT_STATED} }}}}"),
        ("Location", f"{{{{ meeting.location or {NOT_STATED} }}}}"),
        ("Purpose", f"{{{{ meeting.purpose or {NOT_STATED} }}}}"),
        ("Prepared for", f"{{{{ prepared_for or {NOT_STATED} }}}}"),
        ("Prepared by", f"{{{{ prepared_by or {NOT_STATED} }}}}"),
        ("Version", "{{ version }}{% if date %}, {{ date }}{% endif %}"),
    ]
    for label, value in rows:
        paragraph = document.add_paragraph(style="Brief Field")
        paragraph.add_run(label, style="Strong")
        paragraph.add_run(f"\t{value}")
    tag(document, "{%p if topics %}")
    paragraph = document.add_paragraph(style="Brief Field")
    paragraph.add_run("Topics", style="Strong")
    paragraph.add_run('\t{{ topics | join(", ") }}')
    tag(document, "{%p endif %}")


def sections(document) -> None:
    """Summary to Sources, in briefing-note order; every section says so when it is empty."""
    document.add_heading("Summary", level=1)
    listing(document, "line in summary", "List Bullet", lambda p: p.add_run("{{ line }}"))

    document.add_heading("Background", level=1)
    listing(document, "point in background", "List Bullet", lambda p: cited(p, "{{ point.text }}", "point.cite"))

    document.add_heading("Stakeholders", level=1)
    tag(document, "{%p if stakeholders %}")
    table(
        document,
        "person in stakeholders",
        [("Name", Cm(3.4)), ("Role", Cm(4.2)), ("Side", Cm(2.6)), ("Has said or wants", Cm(7.0))],
        [
            lambda p: p.add_run("{{ person.name }}"),
            lambda p: p.add_run('{{ [person.role, person.affiliation] | select | join(", ") }}'),
            lambda p: p.add_run("{{ person.side | humanize }}"),
            lambda p: cited(p, '{{ person.stance or "" }}', "person.cite"),
        ],
    )
    tag(document, "{%p else %}")
    document.add_paragraph("{{ none_found }}", style="Empty Section")
    tag(document, "{%p endif %}")

    document.add_heading("Key quotes", level=1)

    def quote(paragraph) -> None:
        paragraph.add_run("{% if quote.direct %}“{{ quote.text }}”{% else %}{{ quote.text }} (paraphrased){% endif %}")
        paragraph.add_run(' — {{ quote.speaker or "Unattributed" }}', style="Strong")
        paragraph.add_run(" {{ quote.cite | nobreak }}", style="Citation")

    listing(document, "quote in quotes", "Quote", quote)

    document.add_heading("Expert advice", level=1)

    def advice(paragraph) -> None:
        paragraph.add_run('{{ advice.expert or "Unnamed expert" }}', style="Strong")
        cited(
            paragraph,
            "{% if advice.credentials and advice.first %} ({{ advice.credentials }}){% endif %}: {{ advice.text }}",
            "advice.cite",
        )

    listing(document, "advice in expert_advice", "List Bullet", advice)

    document.add_heading("Asks", level=1)

    def ask(paragraph) -> None:
        cited(
            paragraph,
            '{{ ask.text }} ({{ ask.kind }}{% if ask.by or ask.of %}, {{ ask.by or "?" }} → '
            '{{ ask.of or "?" }}{% endif %})',
            "ask.cite",
        )

    tag(document, "{%p if asks %}")
    for heading, group in (
        ("Theirs", "asks_theirs"),
        ("Ours", "asks_ours"),
        ("Recommended offers", "asks_recommended"),
    ):
        document.add_heading(heading, level=2)
        listing(document, f"ask in {group}", "List Bullet", ask)
    tag(document, "{%p if asks_other %}")
    document.add_heading("Other parties", level=2)
    listing(document, "ask in asks_other", "List Bullet", ask)
    tag(document, "{%p endif %}")
    tag(document, "{%p else %}")
    document.add_paragraph("{{ none_found }}", style="Empty Section")
    tag(document, "{%p endif %}")

    document.add_heading("Risks", level=1)
    tag(document, "{%p if risks %}")
    table(
        document,
        "risk in risks",
        [("Risk", Cm(8.3)), ("Severity", Cm(2.3)), ("Mitigation", Cm(6.6))],
        [
            lambda p: cited(p, "{{ risk.text }}", "risk.cite"),
            lambda p: p.add_run("{{ risk.severity | humanize }}"),
            lambda p: p.add_run('{{ risk.mitigation or "None proposed" }}'),
        ],
    )
    tag(document, "{%p else %}")
    document.add_paragraph("{{ none_found }}", style="Empty Section")
    tag(document, "{%p endif %}")

    document.add_heading("Sources", level=1)
    listing(
        document,
        "source in sources",
        "Source Entry",
        lambda p: p.add_run(
            "[{{ source.number }}]\t{{ source.line }}{% if source.words %} ({{ source.words }} words){% endif %}"
        ),
    )


def page_furniture(document) -> None:
    """Page size and margins; the classification banner in header and footer; title, version, date and page X of Y."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.59), Cm(27.94)  # US Letter, the Canadian government's paper
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)

    section.header.paragraphs[0].text = "{{ classification }}"
    section.header.paragraphs[0].style = document.styles["Classification"]

    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.add_run("{{ title }} · Version {{ version }}{% if date %} · {{ date }}{% endif %} · Page ")
    field_code(footer, "PAGE")
    footer.add_run(" of ")
    field_code(footer, "NUMPAGES")
    section.footer.add_paragraph("{{ classification }}", style="Classification")


def document_properties(document) -> None:
    """Fixed core properties (rendering replaces them with the brief's) and no stale thumbnail."""
    props = document.core_properties
    props.title = "Briefing note"
    props.subject = "Negotiation-prep brief"
    props.author = "briefgen"
    props.last_modified_by = "briefgen"
    props.comments = "Built by scripts/build_docx_template.py; restyle it in Word and keep the Jinja tags."
    props.keywords = ""
    props.category = ""
    props.created = props.modified = props.last_printed = TEMPLATE_TIME
    props.revision = 1
    package_rels = document.part.package.rels
    for rel_id in [rel_id for rel_id, rel in package_rels.items() if rel.reltype == RT.THUMBNAIL]:
        del package_rels[rel_id]  # python-docx's default thumbnail shows someone else's page


def build_template() -> bytes:
    """The template's bytes: the same on every run."""
    document = Document()
    define_styles(document)
    page_furniture(document)
    title_block(document)
    sections(document)
    document_properties(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return reproducible_zip(buffer.getvalue(), TEMPLATE_TIME.replace(tzinfo=None))


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else OUTPUT
    data = build_template()
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    os.replace(temp, target)
    print(f"{target}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
