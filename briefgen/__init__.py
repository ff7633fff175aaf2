"""briefgen: turn news articles into a negotiation-prep brief.

The Python API (the CLI runs the same code, through briefgen.commands):

    import briefgen

    brief = briefgen.extract("Prime Minister Mark Carney will meet President Donald Trump ...")
    brief = briefgen.extract(["article.txt", Path("follow-up.html")], principal="Mark Carney")
    briefgen.save(brief, "briefs/carney")                     # brief.yaml
    briefgen.render(brief, "md,docx", "briefs/carney")        # brief.md, brief.docx
    brief = briefgen.load("briefs/carney")

Every function raises a `BriefgenError` subclass for a problem with its input or output; a warning
(what reading an article changed) goes to the logger "briefgen", nothing is printed. Importing
briefgen is cheap: the stages are imported by the first call that needs them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

# The subpackages briefgen.extract and briefgen.render share their names with two functions below. Python
# sets a package's attribute to a subpackage when it first imports it; importing both here, before the
# functions are defined, lets the functions keep the names. Both packages import nothing.
import briefgen.extract as _extract_stage  # noqa: F401
import briefgen.render as _render_stage  # noqa: F401

if TYPE_CHECKING:
    from datetime import date as Date
    from pathlib import Path

    from briefgen.commands.read import ArticleReading, Source
    from briefgen.errors import (
        BriefgenError,
        BriefValidationError,
        InputError,
        OutputError,
        TemplateError,
        UsageError,
    )
    from briefgen.model import Brief

__all__ = [
    "Brief",
    "BriefValidationError",
    "BriefgenError",
    "InputError",
    "OutputError",
    "TemplateError",
    "UsageError",
    "__version__",
    "add",
    "build",
    "extract",
    "load",
    "read",
    "render",
    "save",
]

_LAZY = {
    "Brief": "briefgen.model",
    "BriefgenError": "briefgen.errors",
    "BriefValidationError": "briefgen.errors",
    "InputError": "briefgen.errors",
    "OutputError": "briefgen.errors",
    "TemplateError": "briefgen.errors",
    "UsageError": "briefgen.errors",
}


def __getattr__(name: str) -> Any:
    """`Brief`, the error classes and `__version__`, imported when first asked for (PEP 562)."""
    import importlib

    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name == "__version__":
        from briefgen.commands.version import package_version

        value = package_version()  # pyproject.toml's, the one place the version is written
    else:
        raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def extract(
    source: Source | Sequence[Source],
    *,
    principal: str | None = None,
    counterpart: str | None = None,
    date: str | Date | None = None,
    title: str | None = None,
) -> Brief:
    """The Brief of one article or several, nothing written.

    `source` is an article's text, the path of its file, or a list of them: a `str` that names an existing
    file is that file, any other `str` is the article's text; a path object (`pathlib.Path`) is always a
    file. `principal` and `counterpart` name the meeting's two sides when the articles leave them unclear;
    `date` (`YYYY-MM-DD` or a date) is the brief's date (default: SOURCE_DATE_EPOCH, else today); `title`
    replaces the one made from the articles. Raises InputError for an article that cannot be read.
    """
    from briefgen.commands.extract import extract_from
    from briefgen.commands.read import read_articles

    return extract_from(read_articles(source), principal=principal, counterpart=counterpart, title=title, date=date)


def read(source: Source) -> ArticleReading:
    """One article as extraction reads it: title, outlet, authors, publication date, URL, and the cleaned
    paragraphs a brief's citations number from 1. `source` is text or a path, as for `extract`."""
    from briefgen.commands.read import read_articles, reading_of

    return reading_of(read_articles(source)[0])


def load(path: str | os.PathLike[str]) -> Brief:
    """The Brief in a brief.yaml, or in the brief.yaml of a folder; BriefValidationError listing every problem."""
    from pathlib import Path

    from briefgen.store.yaml import BRIEF_FILE, load_brief

    return load_brief(Path(path, BRIEF_FILE) if os.path.isdir(path) else Path(path))


def save(brief: Brief, folder: str | os.PathLike[str], *, force: bool = False) -> list[Path]:
    """Write `brief` as folder/brief.yaml, with the record of its items `add` keeps; returns the paths written.

    The brief is written as briefgen writes it (`generated` set), so that `add` can merge into it later. A
    brief.yaml a person has edited is not overwritten without `force` (OutputError). Use `build` for a
    folder that also holds copies of the articles and the renders."""
    from pathlib import Path

    from briefgen.store.folders import save_build

    return save_build(Path(folder), brief.model_copy(deep=True), [], renders={}, force=force)


def render(
    brief: Brief,
    formats: str | Sequence[str],
    folder: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    force: bool = False,
) -> list[Path]:
    """Render `brief` into `folder` in each of `formats` ("md,docx" or ["md", "html"]: md, docx, html, pdf);
    returns the files written.

    `template` replaces the default template of its kind (.docx, .md.j2 or .html.j2). A render a person has
    edited since briefgen wrote it is not overwritten without `force` (OutputError); a template problem is a
    TemplateError, and nothing is written then."""
    from pathlib import Path

    from briefgen.commands.render import render_into

    return render_into(
        brief, formats, Path(folder), template=Path(template) if template is not None else None, force=force
    )


def build(
    articles: Sequence[str],
    *,
    out: str | os.PathLike[str] | None = None,
    principal: str | None = None,
    counterpart: str | None = None,
    title: str | None = None,
    formats: str | Sequence[str] = "md,docx",
    template: str | os.PathLike[str] | None = None,
    date: str | Date | None = None,
    force: bool = False,
    root: str | os.PathLike[str] = "briefs",
) -> list[Path]:
    """Extract one brief from article files and write its folder, as `briefgen build` does: brief.yaml, the
    renders in `formats`, and sources/ (copies of the articles). The folder is `out`, else its own under
    `root` (`root/<date>-<slug>/`). Returns the paths written. Nothing is written until every file has been
    made; a brief.yaml or render a person edited is not overwritten without `force` (OutputError)."""
    from pathlib import Path

    from briefgen.commands.build import build as build_brief

    return build_brief(
        articles,
        out=Path(out) if out is not None else None,
        principal=principal,
        counterpart=counterpart,
        title=title,
        formats=formats,
        template=Path(template) if template is not None else None,
        date=date,
        force=force,
        root=Path(root),
    )


def add(
    brief_dir: str | os.PathLike[str],
    articles: Sequence[str],
    *,
    formats: str | Sequence[str] = "md,docx",
    template: str | os.PathLike[str] | None = None,
    force: bool = False,
) -> list[str]:
    """Merge new article files into the brief in `brief_dir`, keeping every edit a person made, and render it
    again in `formats`, as `briefgen add` does; returns the report lines. An article already in the brief (the
    same bytes) is skipped; a render a person edited is not overwritten without `force` (OutputError)."""
    from pathlib import Path

    from briefgen.commands.add import add_articles

    return add_articles(
        Path(brief_dir),
        articles,
        formats=formats,
        template=Path(template) if template is not None else None,
        force=force,
    )
