"""`briefgen render`: render a brief.yaml again; and the renders of a brief in memory, for build and add."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from briefgen.errors import OutputError, UsageError
from briefgen.model import Brief
from briefgen.store.folders import FORMATS


def parse_formats(formats: str | Sequence[str]) -> list[str]:
    """`"md,docx"` → `["md", "docx"]`; an unknown name is a UsageError naming the known ones."""
    names = formats.split(",") if isinstance(formats, str) else list(formats)
    wanted = [n.strip().lower().lstrip(".") for n in names if n.strip()]
    unknown = [n for n in wanted if n not in FORMATS]
    if unknown:
        raise UsageError(f"unknown output format {', '.join(map(repr, unknown))}; choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(wanted))


def render_outputs(brief: Brief, formats: Sequence[str], template: Path | None = None) -> dict[str, bytes]:
    """The brief in each format, in memory: file name → content. Every template and format has run
    (and any of them failed) before a caller writes a file."""
    from briefgen.render.formats import render_formats
    from briefgen.render.templates import template_per_format

    templates = template_per_format(template, formats)  # a .docx template styles docx/pdf, the rest use defaults
    rendered = render_formats(brief, templates)
    return {FORMATS[name]: rendered[name] for name in formats}


def render_files(
    brief_path: Path,
    *,
    formats: str | Sequence[str] = "md,docx",
    out: Path | None = None,
    template: Path | None = None,
    force: bool = False,
) -> list[Path]:
    """Render an existing brief.yaml (a person may have edited it) next to itself or into `out`.

    Refuses, writing nothing, to overwrite a render a person has edited, unless `force`."""
    from briefgen.store import files, folders
    from briefgen.store import yaml as brief_yaml

    wanted = parse_formats(formats)
    # os.path.isdir is False for a name the system refuses (too long); load_brief then says why.
    path = brief_path / brief_yaml.BRIEF_FILE if os.path.isdir(brief_path) else brief_path
    brief = brief_yaml.load_brief(path)
    renders = render_outputs(brief, wanted, template)  # every problem found before the first write
    target = out if out is not None else path.parent
    make_folder(target)
    with files.folder_lock(target):
        current = brief_yaml.load_brief(path)
        if current != brief:  # an `add` finished while this one rendered: render what is there now
            renders = render_outputs(current, wanted, template)
        return folders.save_renders(target, renders, force=force)


def render_into(
    brief: Brief, formats: str | Sequence[str], folder: Path, *, template: Path | None = None, force: bool = False
) -> list[Path]:
    """Render a Brief into `folder` (made if missing) and record the renders, as `render_files` does for a
    brief.yaml; refuses, writing nothing, to overwrite a render a person has edited, unless `force`."""
    from briefgen.store import files, folders

    renders = render_outputs(brief, parse_formats(formats), template)  # every problem found before a write
    make_folder(folder)
    with files.folder_lock(folder):
        return folders.save_renders(folder, renders, force=force)


def make_folder(folder: Path) -> None:
    """`folder` and its parents made if missing; OutputError naming it when that fails."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror or error}", path=str(folder)) from None
