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

from briefgen.errors import UsageError
from briefgen.schema import Brief

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
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.date.today()


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
    from briefgen.clean import clean_paragraphs

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
    from briefgen.clean import clean_paragraphs
    from briefgen.segment import segment_paragraphs

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
        from briefgen.store import brief_to_yaml

        return brief_to_yaml(brief)
    return json.dumps(brief.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def render_brief(brief: Brief, formats: Sequence[str], out: Path, template: Path | None = None) -> list[Path]:
    """Render the brief into `out` in each format, every file written atomically."""
    from briefgen.render import render, template_per_format
    from briefgen.store import write_atomic

    templates = template_per_format(template, formats)  # a .docx template styles docx/pdf, the rest use defaults
    written = []
    for name in formats:
        path = out / FORMATS[name]
        write_atomic(path, render(brief, name, template=templates[name]))
        written.append(path)
    return written


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

    Without `out`, the brief goes into its own folder under `root` (`root/<date>-<slug>/`)."""
    from briefgen.store import brief_folder, save_build

    wanted = parse_formats(formats)
    raws = read_sources(articles)
    brief = extract_from(raws, principal=principal, counterpart=counterpart, title=title, date=date)
    shas = [source.sha256 for source in brief.sources]
    folder = out if out is not None else brief_folder(root, brief.date, brief.title, sources=shas)
    written = save_build(folder, brief, raws, force=force)
    return [*written, *render_brief(brief, wanted, folder, template)]


def build_each(articles: Sequence[str], *, out_root: Path | None = None, jobs: int = 1, **options) -> int:
    """One brief per article (`build --each`); returns the number of articles that failed."""
    from briefgen.batch import build_each as run_batch

    return run_batch(articles, out_root=out_root, jobs=jobs, **options)


def render_files(
    brief_path: Path, *, formats: str | Sequence[str] = "md,docx", out: Path | None = None, template: Path | None = None
) -> list[Path]:
    """Render an existing brief.yaml (a person may have edited it) next to itself or into `out`."""
    from briefgen.store import load_brief

    wanted = parse_formats(formats)
    path = brief_path / BRIEF_FILE if brief_path.is_dir() else brief_path
    brief = load_brief(path)
    return render_brief(brief, wanted, out if out is not None else path.parent, template)


def add_articles(
    brief_dir: Path, articles: Sequence[str], *, formats: str | Sequence[str] = "md,docx", template: Path | None = None
) -> list[str]:
    """Merge new articles into the brief in `brief_dir`, keeping human edits; re-render. Returns a report."""
    from briefgen.merge import add_to_brief

    wanted = parse_formats(formats)
    return add_to_brief(brief_dir, articles, render=lambda brief, folder: render_brief(brief, wanted, folder, template))
