"""Readable history of briefs in git: semantic diffs, text for `git diff`, git setup, a list of briefs."""

from __future__ import annotations

import datetime as dt
import io
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterable

from briefgen.store import files
from briefgen.store import yaml as brief_yaml
from briefgen.errors import (BriefgenError, BriefValidationError, InputError, OutputError, UsageError, printable,
                             show_path)
from briefgen.model import SECTION_MODELS, Brief, Item

GIT_ATTRIBUTES = ("*.docx diff=briefgen",)
# Written by earlier versions: brief.yaml is the source of truth and is now diffed as text, so that
# every edit shows in `git diff`, a comment included (its listing hid them); `briefgen diff` compares items.
RETIRED_ATTRIBUTES = ("brief.yaml diff=briefgen",)
TEXTCONV_SECONDS = 30
TEXTCONV_MEGABYTES = 1024  # beyond what briefgen holds already; a 2 MB zip of tiny paragraphs parses into 2 GB
BRIEF_FIELDS = ("schema_version", "title", "classification", "prepared_for", "prepared_by", "date", "version")


# --- git -----------------------------------------------------------------------------------


def git(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run git (never through a shell); OutputError when git is not installed."""
    executable = shutil.which("git")
    if executable is None:
        raise OutputError("git is not installed; install git (e.g. `apt-get install git`) and try again")
    return subprocess.run([executable, *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", check=False)


def _git_show(spec: str) -> str:
    """The text of `REV:path` in git; a path without `./` is tried from the repository root, then from here.

    The spec is never read by git as an option (`--output=FILE:x` would make `git show` write FILE):
    a revision starting with '-' is refused, and `--end-of-options` comes first in any case."""
    revision, path = spec.split(":", 1)
    if revision.startswith("-"):
        raise UsageError("not a file, and a git revision cannot start with '-'; give a brief.yaml, a folder or "
                         "REV:path", path=spec)
    tried = [path] if path.startswith(("./", "../")) else [path, f"./{path}"]
    for candidate in tried:
        result = git("show", "--end-of-options", f"{revision}:{candidate}")
        if result.returncode == 0:
            return result.stdout
    problem = (result.stderr.strip().splitlines() or ["git show failed"])[-1].removeprefix("fatal: ")
    raise InputError(f"cannot read from git: {problem}", path=spec)


def _load_side(spec: str) -> Brief:
    """A brief from a file, a folder holding brief.yaml, or `REV:path` in git."""
    path = Path(spec)
    # os.path, not Path: a name the system refuses (too long) is no folder, and load_brief says why.
    if os.path.isdir(path):
        return brief_yaml.load_brief(path / brief_yaml.BRIEF_FILE)
    if os.path.exists(path) or ":" not in spec:
        return brief_yaml.load_brief(path)
    return brief_yaml.brief_from_document(brief_yaml.parse_document(_git_show(spec), Path(spec)), Path(spec))


# --- diff ----------------------------------------------------------------------------------


def _show(value: Any) -> str:
    """A field value on one line: empty values say so."""
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def item_label(section: str, item: Any) -> str:
    """How an item is named in a diff or a listing: its id and its name or text."""
    key = (getattr(item, "name", None) or getattr(item, "text", None) or getattr(item, "title", None)
           or getattr(item, "path", None) or "")
    ident = getattr(item, "id", "") or "(no id)"
    return f"{ident} {key}".strip()


def _item_changes(old: Any, new: Any) -> list[str]:
    """`field: old → new` for every field that differs; evidence is summed up as a count."""
    changes = []
    before, after = old.model_dump(mode="python"), new.model_dump(mode="python")
    for field in before:
        if field == "evidence":
            continue
        if before[field] != after[field]:
            changes.append(f"{field}: {_show(before[field])} → {_show(after[field])}")
    if before.get("evidence") != after.get("evidence"):
        changes.append(f"evidence: {len(before['evidence'])} → {len(after['evidence'])} sentence(s)")
    return changes


def _keyed(items: Iterable[Any]) -> dict[str, Any]:
    """Items by id (by text for hand-written items without one), first occurrence kept."""
    keyed: dict[str, Any] = {}
    for item in items:
        key = getattr(item, "id", "") or f"text:{getattr(item, 'name', None) or getattr(item, 'text', '')}"
        keyed.setdefault(key, item)
    return keyed


def _section_diff(section: str, old_items: list, new_items: list) -> list[str]:
    """Lines `+ added`, `- removed`, `~ changed` for one section, in the new brief's order."""
    old_by, new_by = _keyed(old_items), _keyed(new_items)
    lines = [f"  - {item_label(section, item)}" for key, item in old_by.items() if key not in new_by]
    for key, item in new_by.items():
        if key not in old_by:
            lines.append(f"  + {item_label(section, item)}")
        else:
            changes = _item_changes(old_by[key], item)
            if changes:
                lines.append(f"  ~ {item_label(section, item)}")
                lines += [f"      {change}" for change in changes]
    return lines


def _strings_diff(old: list[str], new: list[str]) -> list[str]:
    """Lines for a list of plain strings (summary, topics): removed then added."""
    return [f"  - {text}" for text in old if text not in new] + [f"  + {text}" for text in new if text not in old]


def brief_diff(old: Brief, new: Brief) -> list[str]:
    """The changes from `old` to `new`: furniture, meeting, then each section by item id."""
    lines = [f"{field}: {_show(getattr(old, field))} → {_show(getattr(new, field))}"
             for field in BRIEF_FIELDS if getattr(old, field) != getattr(new, field)]
    for field in type(old.meeting).model_fields:
        if field != "evidence" and getattr(old.meeting, field) != getattr(new.meeting, field):
            lines.append(f"meeting.{field}: {_show(getattr(old.meeting, field))} → {_show(getattr(new.meeting, field))}")
    sections: list[tuple[str, list[str]]] = [("summary", _strings_diff(old.summary, new.summary))]
    sections += [(name, _section_diff(name, getattr(old, name), getattr(new, name))) for name in SECTION_MODELS]
    sections += [("topics", _strings_diff(old.topics, new.topics)),
                 ("sources", _section_diff("sources", old.sources, new.sources))]
    for name, section_lines in sections:
        if section_lines:
            lines += [f"{name}:", *section_lines]
    return lines


def diff_text(old: str, new: str) -> str:
    """A semantic diff of two briefs (files, folders or `REV:path`): what was added, removed, changed."""
    lines = brief_diff(_load_side(old), _load_side(new))
    header = [f"--- {show_path(old)}", f"+++ {show_path(new)}"]
    # A value typed into brief.yaml may hold a terminal escape sequence: shown escaped, like a file name.
    return "\n".join(header + [printable(line) for line in lines or ["no changes"]]) + "\n"


# --- textconv ------------------------------------------------------------------------------


def _evidence_note(item: Item) -> str:
    """Short citations `[s1 ¶2.1]` for an item's evidence."""
    cites = [f"{e.source} ¶{e.paragraph}.{e.sentence}" for e in getattr(item, "evidence", [])]
    return f" [{'; '.join(cites)}]" if cites else ""


def _item_line(section: str, item: Any) -> str:
    """One item on one line, so that `git diff` shows a change as one changed line."""
    details = {
        "stakeholders": lambda s: [s.kind, s.role, s.affiliation, f"side: {s.side}", s.stance and f"stance: {s.stance}"],
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
    lines = [f"Title: {brief.title}",
             f"Classification: {brief.classification} | Version: {brief.version} | Date: {_show(brief.date)}",
             f"Prepared for: {_show(brief.prepared_for)} | Prepared by: {_show(brief.prepared_by)}",
             f"Meeting: {_show(meeting.principal)} ↔ {_show(meeting.counterpart)}; where: {_show(meeting.location)}; "
             f"when: {_show(meeting.date)} ({_show(meeting.date_text)})",
             f"Purpose: {_show(meeting.purpose)}", "", "Summary", *(f"- {line}" for line in brief.summary)]
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
    from briefgen.render.bounded import ChildFailed, LimitExceeded, run_bounded
    from briefgen.ingest.zipcheck import check_zip

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


def _document_text(document) -> str:
    from docx.table import Table

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # a merged cell is returned once per grid column
                        seen.add(id(cell._tc))
                        cells.append(" ".join(cell.text.split()))
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
            continue
        text = block.text.strip()
        if not text:
            continue
        style = (block.style.name if block.style is not None else "") or ""
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


def textconv_command() -> str:
    """The textconv command for git's shell: this very interpreter running `-m briefgen textconv`, so
    that `git diff` works where `briefgen` is not on PATH (a virtual environment that is not activated).

    `-P` keeps the repository's own folder off the module path: a `briefgen/` folder in the repository
    being diffed is never imported."""
    if not sys.executable:  # an embedded interpreter that cannot say where it is
        return "briefgen textconv"
    return f"{shlex.quote(sys.executable)} -P -m briefgen textconv"


def git_setup(repo: Path) -> list[str]:
    """Diff brief.docx through textconv: the `.gitattributes` line (once, replacing the brief.yaml line
    earlier versions wrote) and `git config diff.briefgen.textconv` and `.cachetextconv`; report lines."""
    repo = Path(repo)
    if not os.path.isdir(repo):  # also False for a name the system refuses (too long)
        raise InputError("no such folder", path=str(repo))
    top = git("rev-parse", "--show-toplevel", cwd=repo)
    if top.returncode != 0:
        raise InputError("not inside a git repository; run `git init` first", path=str(repo))
    attributes = Path(top.stdout.strip()) / ".gitattributes"
    try:  # bytes kept as they are: line endings, and bytes that are not UTF-8
        text = attributes.read_bytes().decode("utf-8", "surrogateescape") if attributes.exists() else ""
    except OSError as error:
        raise OutputError(f"cannot read: {error.strerror or error}", path=str(attributes)) from None
    lines = text.splitlines(keepends=True)
    kept = [line for line in lines if " ".join(line.split()) not in RETIRED_ATTRIBUTES]
    present = {" ".join(line.split()) for line in kept}
    missing = [line for line in GIT_ATTRIBUTES if line not in present]
    shown = show_path(attributes)
    report = [f"{shown}: removed {' '.join(line.split())} (brief.yaml is diffed as text)"
              for line in lines if line not in kept]
    report += [f"{shown}: added {line}" for line in missing]
    if report:
        new_text = "".join(kept)
        separator = "" if not new_text or new_text.endswith("\n") else "\n"
        new_text += separator + "".join(f"{line}\n" for line in missing)
        files.write_atomic(attributes, new_text.encode("utf-8", "surrogateescape"))
    else:
        report.append(f"{shown}: already set up")
    for key, value in (("diff.briefgen.textconv", textconv_command()), ("diff.briefgen.cachetextconv", "true")):
        configured = git("config", key, value, cwd=repo)
        if configured.returncode != 0:
            raise OutputError(f"git config failed: {configured.stderr.strip()}", path=str(repo))
        report.append(f"git config {key} {shlex.quote(value)}")
    return report


# --- list ----------------------------------------------------------------------------------


def last_change(path: Path) -> str:
    """The date of the last commit touching `path` (if git knows it), else the file's mtime."""
    if shutil.which("git"):
        result = git("log", "-1", "--format=%cs", "--", path.name, cwd=path.parent)
        if result.returncode == 0 and result.stdout.strip():
            return result.stdout.strip()
    return dt.date.fromtimestamp(path.stat().st_mtime).isoformat()


def list_table(folder: Path) -> str:
    """A table of the briefs under `folder`: date, title, principal ↔ counterpart, version, sources, last change."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    folder = Path(folder)
    if not os.path.isdir(folder):  # also False for a name the system refuses (too long)
        raise InputError("no such folder", path=str(folder))
    paths = sorted(folder.rglob(brief_yaml.BRIEF_FILE))
    if not paths:
        return f"no briefs in {folder}\n"
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in ("Date", "Title", "Principal ↔ Counterpart", "Version", "Sources", "Last change", "Folder"):
        table.add_column(column, justify="right" if column in ("Version", "Sources") else "left")
    for path in paths:
        folder_name = show_path(path.parent.relative_to(folder)) if path.parent != folder else "."
        try:
            brief = brief_yaml.load_brief(path)
        except BriefgenError as error:
            problem = error.problems[0] if isinstance(error, BriefValidationError) else str(error)
            table.add_row("", printable(f"(invalid: {problem})"), "", "", "", last_change(path), folder_name)
            continue
        sides = f"{brief.meeting.principal or '?'} ↔ {brief.meeting.counterpart or '?'}"
        # A title typed into brief.yaml may hold a terminal escape sequence: shown escaped, like a file name.
        table.add_row(_show(brief.date), printable(brief.title), printable(sides), str(brief.version),
                      str(len(brief.sources)), last_change(path), folder_name)
    buffer = io.StringIO()
    # On a terminal the table fits the window; in a pipe or a file no line is wrapped.
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else 1000
    Console(file=buffer, width=width, color_system=None, force_terminal=False, highlight=False).print(table)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
