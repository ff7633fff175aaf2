"""`briefgen list`: a table of the briefs in a folder."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import sys
from pathlib import Path

from briefgen.errors import BriefgenError, BriefValidationError, InputError, printable, show_path
from briefgen.history.diff import _show
from briefgen.history.git import git
from briefgen.store import yaml as brief_yaml


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
        table.add_row(
            _show(brief.date),
            printable(brief.title),
            printable(sides),
            str(brief.version),
            str(len(brief.sources)),
            last_change(path),
            folder_name,
        )
    buffer = io.StringIO()
    # On a terminal the table fits the window; in a pipe or a file no line is wrapped.
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else 1000
    Console(file=buffer, width=width, color_system=None, force_terminal=False, highlight=False).print(table)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
