"""`briefgen build`: one brief from articles, written into its folder; `build --each`: one brief per
article, in worker processes, a failure never stops the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from briefgen.commands.extract import extract_from
from briefgen.commands.read import read_sources
from briefgen.commands.render import parse_formats, render_outputs
from briefgen.errors import BriefgenError, show_path


def build(
    articles: Sequence[str],
    *,
    out: Path | None = None,
    principal: str | None = None,
    counterpart: str | None = None,
    title: str | None = None,
    formats: str | Sequence[str] = "md,docx",
    template: Path | None = None,
    date: str | dt.date | None = None,
    force: bool = False,
    root: Path = Path("briefs"),
) -> list[Path]:
    """Extract a brief from articles and write brief.yaml, the rendered formats and sources/.

    Without `out`, the brief goes into its own folder under `root` (`root/<date>-<slug>/`). Nothing is
    written until every file has been made in memory (see `folders.save_build`)."""
    from briefgen.store import folders

    wanted = parse_formats(formats)
    raws = read_sources(articles)
    brief = extract_from(raws, principal=principal, counterpart=counterpart, title=title, date=date)
    folders.name_sources(brief, raws)  # the renders show each source's path in the folder
    renders = render_outputs(brief, wanted, template)
    if out is not None:
        return folders.save_build(out, brief, raws, renders=renders, force=force)
    return folders.save_build_under(root, brief, raws, renders=renders, force=force)


class Outcome(NamedTuple):
    """What became of one article: the folder its brief went into, or the one-line problem."""

    article: str
    folder: Path | None
    problem: str | None


def build_one(article: str, out_root: Path | None, options: dict[str, Any]) -> Outcome:
    """Build the brief of one article into `out_root/<date>-<slug>/` (default `briefs/`); never raises."""
    try:
        written = build([article], root=out_root if out_root is not None else Path("briefs"), **options)
        return Outcome(article, written[0].parent, None)
    except BriefgenError as error:
        problem, shown = str(error), show_path(article)
        return Outcome(article, None, problem if problem.startswith(shown) else f"{shown}: {problem}")
    except Exception as error:  # a bug on one article must not cost the others their briefs
        return Outcome(article, None, f"{show_path(article)}: unexpected {type(error).__name__}: {error}")


def build_each(
    articles: Sequence[str], *, out_root: Path | None = None, jobs: int = 1, **options: Any
) -> Iterator[Outcome]:
    """One brief per article (`build --each`), each article's Outcome as it finishes: in this process for one
    job, else in a pool of `jobs` processes. Options are those of `build` except `out`."""
    if "out" in options:
        options = {key: value for key, value in options.items() if key != "out"}
    if jobs <= 1 or len(articles) <= 1:
        for article in articles:
            yield build_one(article, out_root, options)
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed  # multiprocessing: only for --jobs

    with ProcessPoolExecutor(max_workers=min(jobs, len(articles))) as pool:
        futures = [pool.submit(build_one, article, out_root, options) for article in articles]
        for future in as_completed(futures):
            yield future.result()
