"""Build briefgen/templates/brief.docx, the default Word template, with python-docx.

The .docx is a zip that a diff cannot show, so this script is its reviewable source: every
style, section and Jinja tag of the template is here, and running it again gives the
committed file byte for byte (tests/render/test_word.py checks that).

    .venv/bin/python scripts/build_docx_template.py            # writes briefgen/templates/brief.docx
    .venv/bin/python scripts/build_docx_template.py OUT.docx   # writes elsewhere

The document is a briefing note: a front note (header block, purpose, bottom line, objectives,
their likely asks, key risks, lines to take, if raised, recommendation), a page break, then the
annexes. Styles are real Word styles (Title, Heading 1/2, List Bullet, List Continue, Quote and a
few named ones of our own: Brief Field, Decision, Citation, Classification, Empty Section, Source
Entry, Page Break), so staff restyle the brief in Word by changing a style, never a paragraph.
docxtpl tags: `{%p ...%}` in a paragraph of its own controls paragraphs. The package is Word 2013's
(compatibility mode 15), without the stale stylesWithEffects.xml or the empty customXml part
python-docx's default document carries, and without the styles it defines that the template never uses.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from briefgen.render.docx import APP_PROPERTIES, APP_XML, reproducible_zip

OUTPUT = Path(__file__).resolve().parent.parent / "briefgen" / "templates" / "brief.docx"
# The template's own timestamp: a constant, so that the build is reproducible on any day.
TEMPLATE_TIME = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
LABEL_WIDTH = Cm(3.2)
LANGUAGE = "en-GB"  # rendering sets the brief's own `language`
# Parts python-docx's default document carries that a briefing note does not need.
DROPPED_PARTS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",  # Word 2010's, stale
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",  # an empty bibliography
)


def define_styles(document) -> None:
    """Adjust the built-in styles and add briefgen's own, so every paragraph takes its look from a style."""
    styles = document.styles
    # Size and spacing go in the document defaults, not in Normal: Word ranks a paragraph style above a
    # table style, so a size on Normal would override the table style's smaller one.
    defaults = styles.element.find(qn("w:docDefaults"))
    for name, value in (("w:sz", "21"), ("w:szCs", "21"), ("w:lang", LANGUAGE)):
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
    styles["List Continue"].paragraph_format.space_after = Pt(2)
    quote = styles["Quote"]
    quote.paragraph_format.left_indent = Cm(0.8)
    quote.paragraph_format.space_after = Pt(4)

    styles["Footer"].font.size = Pt(8)
    styles["Footer"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    define_own_styles(document)


def define_own_styles(document) -> None:
    """briefgen's own styles: the header block's lines, citations, banners, empty sections, sources."""
    styles = document.styles
    normal = styles["Normal"]
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

    decision = styles.add_style("Decision", WD_STYLE_TYPE.PARAGRAPH)
    decision.base_style = normal
    decision.font.bold = True
    decision.font.all_caps = True
    decision.font.size = Pt(9)
    decision.paragraph_format.space_after = Pt(6)

    page_break = styles.add_style("Page Break", WD_STYLE_TYPE.PARAGRAPH)
    page_break.base_style = normal
    page_break.font.size = Pt(1)  # the paragraph only carries the break: no visible line on the next page
    page_break.paragraph_format.space_after = Pt(0)
    page_break.paragraph_format.line_spacing = 1.0

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


def tag(container, text: str) -> None:
    """A paragraph holding only a docxtpl `{%p ... %}` tag (docxtpl removes the paragraph itself)."""
    container.add_paragraph(text)


def cited(paragraph, text: str, cite: str) -> None:
    """Text followed by its citation in the Citation character style (no-break spaces: it never wraps)."""
    paragraph.add_run(text)
    paragraph.add_run(f"{{% if {cite} %}} {{{{ {cite} | nobreak }}}}{{% endif %}}", style="Citation")


def listing(document, loop: str, style: str, fill, *, empty: bool = True) -> None:
    """A for loop: one `style` paragraph per item (filled by `fill`); with `empty`, the Empty Section line
    when there is none."""
    tag(document, f"{{%p for {loop} %}}")
    fill(document.add_paragraph(style=style))
    if empty:
        tag(document, "{%p else %}")
        document.add_paragraph("{{ none_found }}", style="Empty Section")
    tag(document, "{%p endfor %}")


def optional(document, condition: str, heading: str, fill, *, level: int = 1) -> None:
    """A heading and its content, both left out when `condition` is false."""
    tag(document, f"{{%p if {condition} %}}")
    document.add_heading(heading, level=level)
    fill()
    tag(document, "{%p endif %}")


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


HEADER_ROWS = [  # label, the condition for showing the line (None: always), its value
    ("For", "prepared_for", "{{ prepared_for }}"),
    ("From", "prepared_by", "{{ prepared_by }}"),
    ("Approved by", "approved_by", "{{ approved_by }}"),
    ("Contact", "contact", "{{ contact }}"),
    (
        "Meeting",
        "meeting.principal or meeting.counterpart",
        '{{ [meeting.principal, meeting.counterpart] | select | join(" ↔ ") }}',
    ),
    ("When", "meeting.when", "{{ meeting.when }}"),
    ("Where", "meeting.location", "{{ meeting.location }}"),
    ("Version", None, "{{ version }}{% if date %}, {{ date }}{% endif %}"),
]


def title_block(document) -> None:
    """Title, "For information" or "For decision", then the note's furniture as label-tab-value lines; a
    line with nothing to say is left out."""
    document.add_paragraph("{{ title }}", style="Title")
    document.add_paragraph("{{ decision_label }}", style="Decision")
    for label, condition, value in HEADER_ROWS:
        if condition:
            tag(document, f"{{%p if {condition} %}}")
        paragraph = document.add_paragraph(style="Brief Field")
        paragraph.add_run(label, style="Strong")
        paragraph.add_run(f"\t{value}")
        if condition:
            tag(document, "{%p endif %}")


def line_item(paragraph) -> None:
    cited(paragraph, "{{ line.text }}", "line.cite")


def risk_items(document, loop: str, *, empty: bool) -> None:
    """A risk per bullet, severity first; its mitigation, when there is one, on the line below."""
    tag(document, f"{{%p for {loop} %}}")
    paragraph = document.add_paragraph(style="List Bullet")
    paragraph.add_run("{{ risk.severity | humanize }}:", style="Strong")
    cited(paragraph, " {{ risk.text }}", "risk.cite")
    tag(document, "{%p if risk.mitigation %}")
    paragraph = document.add_paragraph(style="List Continue")
    paragraph.add_run("Mitigation:", style="Emphasis")
    paragraph.add_run(" {{ risk.mitigation }}")
    tag(document, "{%p endif %}")
    if empty:
        tag(document, "{%p else %}")
        document.add_paragraph("{{ none_found }}", style="Empty Section")
    tag(document, "{%p endfor %}")


def front_note(document) -> None:
    """Purpose to recommendation: what the principal reads; the sections staff write are left out when empty."""
    document.add_heading("Purpose", level=1)
    document.add_paragraph("{{ purpose }}")
    optional(
        document,
        "bottom_line",
        "Bottom line",
        lambda: listing(document, "line in bottom_line", "List Bullet", lambda p: p.add_run("{{ line }}"), empty=False),
    )
    # Left out when empty: "None identified in the sources" under our own objectives reads oddly to a principal,
    # and `briefgen check` asks staff to write them.
    optional(
        document,
        "our_objectives",
        "Our objectives",
        lambda: listing(document, "line in our_objectives", "List Bullet", line_item, empty=False),
    )
    optional(
        document,
        "their_asks",
        "Their likely asks",
        lambda: listing(document, "line in their_asks", "List Bullet", line_item, empty=False),
    )
    document.add_heading("Key risks", level=1)
    risk_items(document, "risk in key_risks", empty=True)
    optional(
        document,
        "key_messages",
        "Lines to take",
        lambda: listing(
            document, "line in key_messages", "List Bullet", lambda p: p.add_run("{{ line }}"), empty=False
        ),
    )

    def raised(paragraph) -> None:
        paragraph.add_run("{{ raised.question }}", style="Strong")
        paragraph.add_run(" {{ raised.line }}")

    optional(
        document,
        "if_raised",
        "If raised",
        lambda: listing(document, "raised in if_raised", "List Bullet", raised, empty=False),
    )
    optional(document, "recommendation", "Recommendation", lambda: document.add_paragraph("{{ recommendation }}"))


def participants(document) -> None:
    """Annex A: a pen picture per participant, the names with nothing more to say in one line, further asks."""

    def pen(paragraph) -> None:
        paragraph.add_run("{{ person.name }}", style="Strong")
        paragraph.add_run(
            "{% if person.about %} — {{ person.about }}{% endif %}"
            '{% if person.stance %}{{ "." if person.about else " —" }} {{ person.stance }}{% endif %}'
        )
        paragraph.add_run("{% if person.cite %} {{ person.cite | nobreak }}{% endif %}", style="Citation")

    listing(document, "person in participants", "List Bullet", pen, empty=False)
    tag(document, "{%p if also_mentioned %}")
    document.add_paragraph('Also mentioned: {{ also_mentioned | join(", ") }}.')
    tag(document, "{%p endif %}")
    optional(
        document,
        "further_asks",
        "Further asks",
        lambda: listing(document, "line in further_asks", "List Bullet", line_item, empty=False),
        level=2,
    )


def quote_item(paragraph) -> None:
    paragraph.add_run("{% if quote.direct %}“{{ quote.text }}”{% else %}{{ quote.text }} (paraphrased){% endif %}")
    paragraph.add_run(' — {{ quote.speaker or "Unattributed" }}', style="Strong")
    paragraph.add_run(" {{ quote.cite | nobreak }}", style="Citation")


def advice_item(paragraph) -> None:
    paragraph.add_run('{{ item.expert or "Unnamed expert" }}', style="Strong")
    cited(
        paragraph,
        "{% if item.credentials and item.first %} ({{ item.credentials }}){% endif %}: {{ item.text }}",
        "item.cite",
    )


def annexes(document) -> None:
    """A page break, then each annex that has something in it, headed "Annex A — ..." (lettered by the context)."""
    tag(document, "{%p if annex.participants or annex.said or annex.advice or annex.details or annex.sources %}")
    document.add_paragraph(style="Page Break").add_run().add_break(WD_BREAK.PAGE)
    tag(document, "{%p endif %}")
    optional(document, "annex.participants", "{{ annex.participants }}", lambda: participants(document))

    optional(
        document,
        "annex.said",
        "{{ annex.said }}",
        lambda: listing(document, "quote in said", "Quote", quote_item, empty=False),
    )
    optional(
        document,
        "annex.advice",
        "{{ annex.advice }}",
        lambda: listing(document, "item in advice", "List Bullet", advice_item, empty=False),
    )

    def details() -> None:
        point = lambda p: cited(p, "{{ point.text }}", "point.cite")  # noqa: E731
        listing(document, "point in details", "List Bullet", point, empty=False)
        optional(
            document,
            "further_risks",
            "Further risks",
            lambda: risk_items(document, "risk in further_risks", empty=False),
            level=2,
        )

    optional(document, "annex.details", "{{ annex.details }}", details)

    def sources() -> None:
        listing(
            document,
            "source in sources",
            "Source Entry",
            lambda p: p.add_run(
                "[{{ source.number }}]\t{{ source.line }}{% if source.words %} ({{ source.words }} words){% endif %}"
            ),
            empty=False,
        )
        tag(document, "{%p if topics %}")
        document.add_paragraph('Topics: {{ topics | join(", ") }}.')
        tag(document, "{%p endif %}")

    optional(document, "annex.sources", "{{ annex.sources }}", sources)


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


def package_settings(document) -> None:
    """Word 2013's layout (compatibility mode 15, so Word opens the file without "Compatibility Mode"), the
    house language, and none of the parts a briefing note does not need (DROPPED_PARTS)."""
    settings = document.settings.element
    mode = settings.find("w:compat/w:compatSetting[@w:name='compatibilityMode']", settings.nsmap)
    mode.set(qn("w:val"), "15")
    settings.find("w:themeFontLang", settings.nsmap).set(qn("w:val"), LANGUAGE)
    rels = document.part.rels
    for rel_id in [rel_id for rel_id, rel in rels.items() if rel.reltype in DROPPED_PARTS]:
        del rels[rel_id]  # a part nothing points to is not written


# Where a part of the package names a style, and how one style names another.
STYLE_REFERENCES = ("pStyle", "rStyle", "tblStyle", "numStyleLink", "styleLink")
STYLE_CHAINS = ("basedOn", "next", "link")


def prune_styles(document) -> None:
    """Keep only the styles the template uses, the default ones, and those they are based on, link to or are
    followed by. python-docx's default document defines some 140 more, 330 KB of styles.xml that every render
    parses and compresses again (benchmarks/README.md); Word still offers every built-in style (the latent
    styles stay) and defines one when staff apply it."""
    styles_element = document.styles.element
    used: set[str] = set()
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is not None and element is not styles_element:
            for name in STYLE_REFERENCES:
                used.update(reference.get(qn("w:val")) for reference in element.iter(qn(f"w:{name}")))
    styles = {style.get(qn("w:styleId")): style for style in styles_element.iterchildren(qn("w:style"))}
    keep = used | {style_id for style_id, style in styles.items() if style.get(qn("w:default")) in ("1", "true")}
    todo = list(keep)
    while todo:
        style = styles.get(todo.pop())
        for name in STYLE_CHAINS if style is not None else ():
            link = style.find(qn(f"w:{name}"))
            if link is not None and link.get(qn("w:val")) not in keep:
                keep.add(link.get(qn("w:val")))
                todo.append(link.get(qn("w:val")))
    for style_id, style in styles.items():
        if style_id not in keep:
            styles_element.remove(style)


def build_template() -> bytes:
    """The template's bytes: the same on every run."""
    document = Document()
    define_styles(document)
    page_furniture(document)
    title_block(document)
    front_note(document)
    annexes(document)
    document_properties(document)
    package_settings(document)
    prune_styles(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return reproducible_zip(buffer.getvalue(), TEMPLATE_TIME.replace(tzinfo=None), {APP_PROPERTIES: APP_XML})


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
