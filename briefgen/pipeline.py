"""The whole path, one function per CLI command: ingest → clean → segment → extract → assemble → store → render.

Each function here only strings the stages together; the work is done in the stage modules.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import json
import os
import sys
from pathlib import Path
from typing import Sequence

from briefgen.errors import OutputError, UsageError
from briefgen.model import Brief

FORMATS = {"md": "brief.md", "docx": "brief.docx", "html": "brief.html", "pdf": "brief.pdf"}
BRIEF_FILE = "brief.yaml"


def parse_formats(formats: str | Sequence[str]) -> list[str]:
    """`"md,docx"` → `["md", "docx"]`; an unknown name is a UsageError naming the known ones."""
    names = formats.split(",") if isinstance(formats, str) else list(formats)
    wanted = [n.strip().lower().lstrip(".") for n in names if n.strip()]
    unknown = [n for n in wanted if n not in FORMATS]
    if unknown:
        raise UsageError(f"unknown output format {', '.join(map(repr, unknown))}; choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(wanted))


def brief_date(date: str | dt.date | None) -> dt.date:
    """The brief's date: the one given, else SOURCE_DATE_EPOCH (reproducible builds), else today."""
    if isinstance(date, dt.date):
        return date
    if date:
        try:
            return dt.date.fromisoformat(date)
        except ValueError:
            raise UsageError(f"--date {date!r} is not a date in the form YYYY-MM-DD") from None
    from briefgen.render.docx import source_date_epoch

    epoch = source_date_epoch()
    return epoch.date() if epoch is not None else dt.date.today()


def read_sources(articles: Sequence[str]) -> list:
    """Read every article (ingest); each RawArticle keeps its bytes for the brief's sources/ copy."""
    from briefgen.ingest import read_article

    if not articles:
        raise UsageError("no article given")
    raws = [read_article(path) for path in articles]
    for raw in raws:
        for warning in raw.warnings:  # e.g. control characters removed, a legacy encoding detected
            print(f"briefgen: warning: {warning}", file=sys.stderr)
    return raws


@dataclasses.dataclass(frozen=True)
class ArticleReading:
    """An article as extraction reads it: where it came from, and the paragraphs citations number from 1."""

    path: str
    title: str | None
    outlet: str | None
    authors: list[str]
    published: dt.date | None
    url: str | None
    paragraphs: list[str]


def read_for_citation(article: str) -> ArticleReading:
    """Read one article (ingest) and clean it as extraction does: paragraph N here is the ¶N items cite."""
    from briefgen.text.clean import clean_paragraphs

    raw = read_sources([article])[0]
    meta = raw.metadata
    return ArticleReading(path=raw.path, title=raw.title or None, outlet=meta.outlet, authors=list(meta.authors),
                          published=meta.published, url=meta.url, paragraphs=clean_paragraphs(raw.paragraphs).kept)


def read_text(article: str, *, output_format: str = "text") -> str:
    """The article as read, for `briefgen read`: a header and numbered paragraphs, or JSON."""
    if output_format not in ("text", "json"):
        raise UsageError(f"unknown --format {output_format!r}; choose text or json")
    reading = read_for_citation(article)
    if output_format == "json":
        fields = {name: getattr(reading, name) for name in ("title", "outlet", "authors", "published", "url",
                                                             "paragraphs")}
        fields["published"] = reading.published.isoformat() if reading.published else None
        return json.dumps(fields, indent=2, ensure_ascii=False) + "\n"
    header = [("Title", reading.title), ("Outlet", reading.outlet), ("Authors", ", ".join(reading.authors)),
              ("Published", reading.published.isoformat() if reading.published else None), ("URL", reading.url),
              ("File", reading.path)]
    lines = [f"{label + ':':<11}{value}" for label, value in header if value]
    lines.append("")
    lines += [f"¶{number} {paragraph}" for number, paragraph in enumerate(reading.paragraphs, start=1)]
    return "\n".join(lines) + "\n"


def extract_from(
    raws: Sequence,
    *,
    principal: str | None = None,
    counterpart: str | None = None,
    title: str | None = None,
    date: str | dt.date | None = None,
) -> Brief:
    """Clean, segment and extract read articles, and assemble one Brief."""
    from briefgen.assemble import assemble_brief
    from briefgen.text.clean import clean_paragraphs
    from briefgen.model import LONE_SURROGATE
    from briefgen.text.segment import segment_paragraphs

    for option, value in (("--principal", principal), ("--counterpart", counterpart), ("--title", title)):
        if value and LONE_SURROGATE.search(value):  # bytes that are not UTF-8 in a command line arrive so
            raise UsageError(f"{option} holds bytes that are not UTF-8 text; type it again")
    with gc_paused():
        documents = [(f"s{number}", raw, segment_paragraphs(clean_paragraphs(raw.paragraphs).kept))
                     for number, raw in enumerate(raws, start=1)]
        return assemble_brief(documents, principal=principal, counterpart=counterpart, title=title,
                              date=brief_date(date))


@contextlib.contextmanager
def gc_paused():
    """Python's cycle collector off for the duration. Extraction allocates hundreds of thousands of
    small lists and tuples and frees them without cycles; the collector would walk the whole heap
    again and again (a tenth of the time on a 1 MB article, and more the larger the input)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_brief(articles: Sequence[str], **options) -> Brief:
    """Read articles and extract one Brief from them (see `extract_from` for the options)."""
    return extract_from(read_sources(articles), **options)


def extract_text(articles: Sequence[str], *, output_format: str = "json", **options) -> str:
    """The brief as JSON or YAML text, for `briefgen extract`."""
    if output_format not in ("json", "yaml"):
        raise UsageError(f"unknown --format {output_format!r}; choose json or yaml")
    brief = extract_brief(articles, **options)
    if output_format == "yaml":
        from briefgen.store.yaml import brief_to_yaml

        return brief_to_yaml(brief)
    return json.dumps(brief.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def render_outputs(brief: Brief, formats: Sequence[str], template: Path | None = None) -> dict[str, bytes]:
    """The brief in each format, in memory: file name → content. Every template and format has run
    (and any of them failed) before a caller writes a file."""
    from briefgen.render import render
    from briefgen.render.templates import template_per_format

    templates = template_per_format(template, formats)  # a .docx template styles docx/pdf, the rest use defaults
    return {FORMATS[name]: render(brief, name, template=templates[name]) for name in formats}


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


def build_each(articles: Sequence[str], *, out_root: Path | None = None, jobs: int = 1, **options) -> int:
    """One brief per article (`build --each`); returns the number of articles that failed."""
    from briefgen.batch import build_each as run_batch

    return run_batch(articles, out_root=out_root, jobs=jobs, **options)


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
    from briefgen.store import files
    from briefgen.store import folders
    from briefgen.store import yaml as brief_yaml

    wanted = parse_formats(formats)
    # os.path.isdir is False for a name the system refuses (too long); load_brief then says why.
    path = brief_path / BRIEF_FILE if os.path.isdir(brief_path) else brief_path
    brief = brief_yaml.load_brief(path)
    renders = render_outputs(brief, wanted, template)  # every problem found before the first write
    target = out if out is not None else path.parent
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror or error}", path=str(target)) from None
    with files.folder_lock(target):
        current = brief_yaml.load_brief(path)
        if current != brief:  # an `add` finished while this one rendered: render what is there now
            renders = render_outputs(current, wanted, template)
        return folders.save_renders(target, renders, force=force)


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
    from briefgen.store.merge import add_to_brief
    from briefgen.render.templates import template_per_format

    wanted = parse_formats(formats)
    template_per_format(template, wanted)  # a template no format can use is refused before any work
    return add_to_brief(brief_dir, articles, render=lambda brief: render_outputs(brief, wanted, template),
                        force=force)
