"""The brief as a Word file from brief.docx (docxtpl), in a reproducible zip container.

Reproducible zip containers (.docx): the same content always gives the same bytes.

python-docx stamps every zip entry with the current time and writes entries in the order it
walks the package; rewriting the container with one fixed timestamp, fixed permissions and a
fixed entry order makes a rendered brief.docx byte-identical from run to run, so it diffs
cleanly in git.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
from pathlib import Path

from briefgen.errors import TemplateError
from briefgen.model import Brief
from briefgen.model.dates import source_date_epoch
from briefgen.render.context import TemplateContext, _clean_text
from briefgen.render.environment import jinja_environment, shipped_environment
from briefgen.render.templates import DEFAULT_TEMPLATES, _template_problem, templates_dir

APP_PROPERTIES = "docProps/app.xml"
# The extended properties of every rendered brief.docx: made by briefgen (a house template saved by Word would
# otherwise name Word, and its page and word counts would describe the template, not the brief).
APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>briefgen</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
ZIP_EPOCH = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry
ZIP_LAST = dt.datetime(2107, 12, 31, 23, 59, 58)  # the latest: 7 bits of years from 1980, seconds in twos
CONTENT_TYPES = "[Content_Types].xml"  # readers expect it first in an OOXML package


def zip_time(when: dt.datetime) -> dt.datetime:
    """`when` moved into the range a zip entry can carry, 1980-01-01 to 2107-12-31."""
    return min(max(when, ZIP_EPOCH), ZIP_LAST)


def fixed_time(date: dt.date | None) -> dt.datetime:
    """The timestamp of a reproducible file: the given date at midnight, else SOURCE_DATE_EPOCH, else 1980-01-01,
    kept within the years a zip can carry (zip_time).

    Never the clock.
    """
    if date is not None:
        return zip_time(dt.datetime(date.year, date.month, date.day))
    return zip_time(source_date_epoch() or ZIP_EPOCH)


def reproducible_zip(data: bytes, when: dt.datetime, replace: dict[str, bytes] | None = None) -> bytes:
    """Rewrite a zip with every entry stamped `when` (within zip_time's range), mode 0644, deflated,
    [Content_Types].xml first, the rest sorted; an entry named in `replace` (when the zip has it) gets the
    content given there.

    Fails with zipfile.BadZipFile when `data` is not a zip.
    """
    replace = replace or {}
    import zipfile

    stamp = zip_time(when).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        names = sorted(source.namelist(), key=lambda name: (name != CONTENT_TYPES, name))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # unix, so that external_attr means the same on every platform
            info.external_attr = 0o644 << 16
            target.writestr(info, replace.get(name) or source.read(name), compresslevel=6)
    return out.getvalue()


# --- the Word file ------------------------------------------------------------------------

CORE_PROPERTY_LIMIT = 255  # Word's (and python-docx's) limit on a core property such as the title


def core_property(value: str) -> str:
    """A Word core property: XML-safe, and at most 255 characters (python-docx refuses more), cut with '…'."""
    text = _clean_text(value)
    return text if len(text) <= CORE_PROPERTY_LIMIT else text[: CORE_PROPERTY_LIMIT - 1] + "…"


def _set_properties(document, brief: Brief) -> None:
    """Core properties from the brief, never the clock: title, subject, author, dates, revision."""
    stamp = fixed_time(brief.date).replace(tzinfo=dt.UTC)
    people = " ↔ ".join(name for name in (brief.meeting.principal, brief.meeting.counterpart) if name)
    props = document.core_properties
    props.title = core_property(brief.title)
    props.subject = core_property(brief.meeting.purpose or (f"Meeting: {people}" if people else ""))
    props.author = core_property(brief.prepared_by or "")
    props.last_modified_by = core_property(brief.prepared_by or "")
    props.category = core_property(brief.classification)
    props.keywords = core_property(", ".join(brief.topics))
    props.comments = ""
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
    props.revision = brief.version
    props.language = core_property(brief.language)


def _set_language(document, language: str) -> None:
    """The document's language (spelling, hyphenation): the default of every run and the theme's fonts."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    properties = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None
    if properties is not None:
        lang = properties.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            properties.append(lang)
        lang.set(qn("w:val"), language)
    theme = document.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), language)


def render_docx(brief: Brief, context: TemplateContext, template: Path | None = None) -> bytes:
    """The brief as a Word file from brief.docx (or the given .docx), reproducible byte for byte."""
    path = template or templates_dir() / DEFAULT_TEMPLATES["docx"]
    document = _open_docx(path)
    if template is None:
        document.patch_xml = functools.partial(_patched_once, document.patch_xml)
    try:
        env = shipped_environment("docx") if template is None else jinja_environment("docx")
        document.render(context.variables("docx"), jinja_env=env, autoescape=True)
    except MemoryError:
        raise  # the bounded child reports it as the memory limit
    except Exception as error:  # Jinja and sandbox errors from any part of the document become one line
        raise _template_problem(path, error, context.variables("docx")) from None
    _set_properties(document.docx, brief)
    _set_language(document.docx, brief.language)
    buffer = io.BytesIO()
    document.save(buffer)
    return reproducible_zip(buffer.getvalue(), fixed_time(brief.date), {APP_PROPERTIES: APP_XML})


_PATCHED: dict[str, str] = {}


def _patched_once(patch_xml, xml: str) -> str:
    """docxtpl's `patch_xml` of a shipped template's part, kept for the process: the parts' XML is the same on
    every render, and patching it costs a tenth of a brief built in a `build --each`."""
    if xml not in _PATCHED:
        _PATCHED[xml] = patch_xml(xml)
    return _PATCHED[xml]


def _open_docx(path: Path):
    """A DocxTemplate with its document loaded; TemplateError when the file is missing, not a Word file or a zip
    bomb."""
    from docxtpl import DocxTemplate

    from briefgen.ingest.zipcheck import check_zip

    if not os.path.isfile(path):  # also False for a name the system refuses (too long)
        raise TemplateError("no such template file", path=str(path))
    check_zip(path, str(path), TemplateError)
    document = DocxTemplate(str(path))
    try:
        document.init_docx()
    except Exception as error:  # python-docx raises zip, XML and key errors for a file that is not a .docx
        raise TemplateError(
            f"not a Word .docx file that can be read ({type(error).__name__})", path=str(path)
        ) from None
    return document
