"""`briefgen textconv`: a brief.docx or a brief.yaml as plain text, for `git diff`.

A .docx is read in a child process bounded to TEXTCONV_SECONDS and TEXTCONV_MEGABYTES, after its
zip is checked (`ingest.zipcheck`); a brief.yaml is listed one line per item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefgen.errors import BriefValidationError, InputError
from briefgen.history.diff import _show, item_label
from briefgen.model import SECTION_MODELS, Brief, Item
from briefgen.store import yaml as brief_yaml

TEXTCONV_SECONDS = 30
TEXTCONV_MEGABYTES = 1024  # beyond what briefgen holds already; a 2 MB zip of tiny paragraphs parses into 2 GB


def _evidence_note(item: Item) -> str:
    """Short citations `[s1 ¶2.1]` for an item's evidence."""
    cites = [f"{e.source} ¶{e.paragraph}.{e.sentence}" for e in getattr(item, "evidence", [])]
    return f" [{'; '.join(cites)}]" if cites else ""


def _item_line(section: str, item: Any) -> str:
    """One item on one line, so that `git diff` shows a change as one changed line."""
    details = {
        "stakeholders": lambda s: [
            s.kind,
            s.role,
            s.affiliation,
            f"side: {s.side}",
            s.stance and f"stance: {s.stance}",
        ],
        "quotes": lambda q: [f"speaker: {q.speaker or 'unknown'}", "direct" if q.direct else "reported"],
        "expert_advice": lambda a: [a.expert, a.credentials],
        "asks": lambda a: [a.kind, a.by and f"by: {a.by}", a.of and f"of: {a.of}"],
        "risks": lambda r: [r.severity, r.category, r.mitigation and f"mitigation: {r.mitigation}"],
    }.get(section, lambda item: [])(item)
    extra = "; ".join(str(part) for part in details if part)
    return f"- {item_label(section, item)}{f' ({extra})' if extra else ''}{_evidence_note(item)}"


def brief_listing(brief: Brief) -> str:
    """A brief as plain text, one line per item, for `git diff` and for reading."""
    meeting = brief.meeting
    lines = [
        f"Title: {brief.title}",
        f"Classification: {brief.classification} | Version: {brief.version} | Date: {_show(brief.date)}",
        f"Prepared for: {_show(brief.prepared_for)} | Prepared by: {_show(brief.prepared_by)}",
        f"Meeting: {_show(meeting.principal)} ↔ {_show(meeting.counterpart)}; where: {_show(meeting.location)}; "
        f"when: {_show(meeting.date)} ({_show(meeting.date_text)})",
        f"Purpose: {_show(meeting.purpose)}",
        "",
        "Summary",
        *(f"- {line}" for line in brief.summary),
    ]
    for section in SECTION_MODELS:
        lines += ["", section.replace("_", " ").capitalize()]
        lines += [_item_line(section, item) for item in getattr(brief, section)]
    lines += ["", "Topics", *(f"- {topic}" for topic in brief.topics), "", "Sources"]
    lines += [f"- {s.id} {s.title} ({s.path}; {s.words} words; sha256 {s.sha256[:12]})" for s in brief.sources]
    return "\n".join(lines) + "\n"


def docx_text(path: Path) -> str:
    """A .docx as plain text: paragraphs and tables in document order, headings as `#`, lists as `-`.

    The zip is checked first (zipcheck); the XML is read in a child process bounded to TEXTCONV_SECONDS and
    TEXTCONV_MEGABYTES, since a few megabytes of zipped XML can parse into gigabytes.
    """
    from briefgen.ingest.zipcheck import check_zip
    from briefgen.render.bounded import ChildFailed, LimitExceeded, run_bounded

    check_zip(path, str(path), InputError)
    try:
        return run_bounded(_docx_text_unbounded, path, seconds=TEXTCONV_SECONDS, megabytes=TEXTCONV_MEGABYTES)
    except LimitExceeded as limit:
        memory = " of memory" if limit.resource == "memory" else ""
        raise InputError(f"reading the .docx took {limit}{memory}; refused", path=str(path)) from None
    except ChildFailed as failure:
        raise InputError(f"reading the .docx failed: {failure}", path=str(path)) from None


def _docx_text_unbounded(path: Path) -> str:
    from docx import Document

    try:
        return _document_text(Document(str(path)))
    except MemoryError:
        raise  # the bounded child reports it as the memory limit
    except Exception as error:  # zip, XML and package errors alike: the file is not a Word document
        raise InputError(f"not a readable .docx ({type(error).__name__}); is it a Word file?", path=str(path)) from None


def _document_text(document: Any) -> str:
    """The lines of `docx_text`: tables as `| a | b |` rows (a merged cell once), headings as `#`, lists as `-`."""
    from briefgen.ingest.docx import DocxTable, docx_blocks

    lines: list[str] = []
    for block in docx_blocks(document):
        if isinstance(block, DocxTable):
            for row in block.rows:
                lines.append("| " + " | ".join(" ".join(" ".join(cell.texts).split()) for cell in row) + " |")
            lines.append("")
            continue
        text, style = block.text.strip(), block.style
        if not text:
            continue
        if style == "Title":
            lines.append(f"# {text}")
        elif style.startswith("Heading") and style[-1:].isdigit():
            lines.append(f"{'#' * (int(style[-1]) + 1)} {text}")
        elif "List" in style:
            lines.append(f"- {text}")
        else:
            lines.append(text)
    return "\n".join(lines).rstrip("\n") + "\n"


def textconv(path: Path) -> str:
    """A .docx or brief.yaml as plain text for `git diff` (an invalid brief.yaml is shown as it is)."""
    path = Path(path)
    try:
        if not path.is_file():
            raise InputError("no such file", path=str(path))
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=str(path)) from None
    if path.suffix.lower() == ".docx":
        return docx_text(path)
    try:
        return brief_listing(brief_yaml.load_brief(path))
    except BriefValidationError:
        return path.read_text(encoding="utf-8", errors="replace")
