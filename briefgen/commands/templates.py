"""`briefgen templates init` and `briefgen templates check`."""

from __future__ import annotations

from pathlib import Path


def init_templates(folder: Path, *, force: bool = False) -> list[Path]:
    """Copy the default templates into `folder` for editing (see `render.templates.init_templates`)."""
    from briefgen.render.templates import init_templates as copy_templates

    return copy_templates(folder, force=force)


def check_template(path: Path) -> list[str]:
    """A template's problems, one line each (see `render.check_template`)."""
    from briefgen.render.formats import check_template as check

    return check(path)
