"""Template files: the defaults, which kind a file is and which formats it can render, reading one,
a template's problem as one line, and `templates init`."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.errors import OutputError, TemplateError, UsageError, show_path

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

DEFAULT_TEMPLATES = {"docx": "brief.docx", "md": "brief.md.j2", "html": "brief.html.j2"}
# Which kinds of template each output format can use: HTML is Markdown wrapped in a page, PDF is the Word file.
ACCEPTS: dict[str, tuple[str, ...]] = {"md": ("md",), "html": ("html", "md"), "docx": ("docx",), "pdf": ("docx",)}


def default_templates() -> Traversable:
    """The default templates: package data of briefgen (briefgen/templates), as importlib.resources finds them."""
    from importlib.resources import files

    return files("briefgen") / "templates"


def templates_dir() -> Path:
    """The folder of the default templates. briefgen is installed as files (a wheel is unpacked, never imported
    from a zip), so its package data is a folder Jinja and docxtpl read by path, and messages can name."""
    return Path(str(default_templates()))


def template_kind(path: Path) -> str:
    """'docx', 'md' or 'html' from a template's file name; UsageError for any other name."""
    name = path.name.lower()
    for kind, suffixes in (("docx", (".docx",)), ("md", (".md.j2", ".md")), ("html", (".html.j2", ".html", ".htm"))):
        if name.endswith(suffixes):
            return kind
    raise UsageError(f"{show_path(path)}: not a template briefgen knows; use a .docx, .md.j2 or .html.j2 file")


def template_per_format(template: Path | None, formats: Sequence[str]) -> dict[str, Path | None]:
    """For each output format, the given template if it applies to that format, else None (the default).

    Fails with UsageError when a template is given but none of the formats can use it.
    """
    if template is None:
        return {fmt: None for fmt in formats}
    kind = template_kind(template)
    chosen = {fmt: template if kind in ACCEPTS.get(fmt, ()) else None for fmt in formats}
    if not any(chosen.values()):
        wanted = [fmt for fmt, kinds in ACCEPTS.items() if kind in kinds]
        raise UsageError(
            f"{show_path(template)}: a {kind} template, but no {' or '.join(wanted)} output was asked for; "
            f"add --to {wanted[0]}"
        )
    return chosen


def _read_template(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateError("no such template file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError(f"cannot read the template ({error})", path=str(path)) from None


def _template_problem(path: Path, error: Exception, known: Iterable[str] = ()) -> TemplateError:
    """One line naming the template and what is wrong with it, with a suggestion for an unknown name."""
    from jinja2 import TemplateSyntaxError, UndefinedError
    from jinja2.sandbox import SecurityError

    from briefgen.render.sandbox import TemplateLimitError

    if isinstance(error, RecursionError):
        return TemplateError(
            "the template nests or recurses too deeply (a macro calling itself without end?)", path=str(path)
        )
    message = str(getattr(error, "message", None) or error).splitlines()[0] if str(error) else type(error).__name__
    where = ""
    if isinstance(error, TemplateSyntaxError) and error.lineno and path.suffix.lower() != ".docx":
        where = f"line {error.lineno}: "
    snippet = " ".join(" ".join(getattr(error, "docx_context", []) or []).split())
    if snippet:
        where = f"near {snippet[:60]!r}: "
    if isinstance(error, UndefinedError):
        name = re.search(r"'([^']+)' is undefined", message)
        if name:
            return TemplateError(unknown_variable(name.group(1), known), path=str(path))
    if isinstance(error, TemplateLimitError):
        return TemplateError(f"{where}refused: {message}", path=str(path))
    if isinstance(error, SecurityError):
        return TemplateError(
            f"{where}refused: {message.rstrip('.')} (templates cannot reach Python internals)", path=str(path)
        )
    kind = "syntax error" if isinstance(error, TemplateSyntaxError) else "error"
    return TemplateError(f"{where}template {kind}: {message}", path=str(path))


def unknown_variable(name: str, known: Iterable[str]) -> str:
    """The message for a template variable the brief does not have, with the closest known name."""
    names = sorted(known)
    close = difflib.get_close_matches(name, names, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f"unknown variable '{name}' (the brief has: {', '.join(names)}{hint})"


def init_templates(folder: Path, *, force: bool = False) -> list[Path]:
    """Copy the default templates into `folder` for editing; existing files are kept unless `force`.

    Fails with OutputError naming the files that exist (nothing is copied then) or a folder that cannot be written.
    """
    from briefgen.store.files import write_atomic

    source = default_templates()
    targets = [(source / name, folder / name) for name in DEFAULT_TEMPLATES.values()]
    existing = [show_path(target) for _, target in targets if os.path.lexists(target)]
    if existing and not force:
        raise OutputError(f"{', '.join(existing)} already exist; use --force to overwrite")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for original, target in targets:
            write_atomic(target, original.read_bytes())
    except OSError as error:
        raise OutputError(f"cannot write templates ({error.strerror or error})", path=str(folder)) from None
    return [target for _, target in targets]
