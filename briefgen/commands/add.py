"""`briefgen add`: read and extract the new articles, then merge them into the brief (`store.merge`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from briefgen.commands.extract import extract_from
from briefgen.commands.read import read_sources
from briefgen.commands.render import parse_formats, render_outputs
from briefgen.model import Brief


def add_articles(
    brief_dir: Path,
    articles: Sequence[str],
    *,
    formats: str | Sequence[str] = "md,docx",
    template: Path | None = None,
    force: bool = False,
) -> list[str]:
    """Merge new articles into the brief in `brief_dir`, keeping human edits; re-render. Returns a report.

    Refuses, writing nothing, to overwrite a render a person has edited, unless `force`."""
    from briefgen.render.templates import template_per_format

    wanted = parse_formats(formats)
    template_per_format(template, wanted)  # a template no format can use is refused before any work
    return add_to_brief(brief_dir, articles, render=lambda brief: render_outputs(brief, wanted, template), force=force)


def add_to_brief(
    brief_dir: Path, articles: Sequence[str], render: Callable[[Brief], dict[str, bytes]], *, force: bool = False
) -> list[str]:
    """Merge new articles into the brief in `brief_dir`, keep every human edit, re-render; report lines.

    `render` gives the renders of a brief (file name → content). The articles are read first; under the
    folder's lock, those the brief does not hold yet are extracted with its principal, counterpart and
    date, and merged (`store.merge`), so a second `add` waits its turn. Fails (writing nothing) when
    brief.yaml is missing or invalid, an article cannot be read, a template or format fails, or a render a
    person edited would be overwritten without `force`.
    """
    from briefgen.store import merge
    from briefgen.store.files import folder_lock

    folder = merge.folder_of_brief(brief_dir)
    raws = read_sources(articles)
    with folder_lock(folder):
        addition = merge.open_addition(folder, raws)
        old = addition.old
        new = (
            extract_from(
                addition.fresh, principal=old.meeting.principal, counterpart=old.meeting.counterpart, date=old.date
            )
            if addition.fresh
            else None
        )
        return merge.merge_extracted(addition, new, render, force=force)
