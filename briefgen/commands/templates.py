"""`briefgen templates init` and `briefgen templates check`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.render.formats import TemplateCheck


def init_templates(folder: Path, *, force: bool = False) -> list[Path]:
    """Copy the default templates into `folder` for editing (see `render.templates.init_templates`)."""
    from briefgen.render.templates import init_templates as copy_templates

    return copy_templates(folder, force=force)


def check_template(path: Path) -> TemplateCheck:
    """A template's problems and warnings, one line each (see `render.formats.inspect_template`)."""
    from briefgen.render.formats import inspect_template

    return inspect_template(path)
