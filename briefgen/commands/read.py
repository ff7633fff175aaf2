"""`briefgen read`: the article as extraction reads it, its paragraphs numbered as citations number them;
and `read_sources`, the reading every command that extracts starts with."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.errors import UsageError

if TYPE_CHECKING:
    from briefgen.ingest import RawArticle

logger = logging.getLogger("briefgen")
logger.addHandler(logging.NullHandler())  # a library's warnings show only where its user configures logging

# An article as the Python API takes it: its text, or the path of its file.
Source = str | os.PathLike[str]


def read_sources(articles: Sequence[str]) -> list:
    """Read every article file ('-' for stdin), its pasted header included (`text.header`); each RawArticle
    keeps its bytes for the brief's sources/ copy. What reading changed (control characters removed, a legacy
    encoding detected) is logged as a warning."""
    from briefgen.ingest import read_article

    if not articles:
        raise UsageError("no article given")
    return _after_reading([read_article(path) for path in articles])


def read_articles(source: Source | Sequence[Source]) -> list:
    """Read the articles of the Python API: one source or a list of them (see `read_source`)."""
    sources = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    if not sources:
        raise UsageError("no article given")
    return _after_reading([read_source(item) for item in sources])


def read_source(source: Source):
    """One article: a path object is always a file; a str is the file at that path when there is one, else the
    article's text."""
    from briefgen.ingest import read_article, read_text

    if isinstance(source, os.PathLike):
        return read_article(os.fspath(source))
    if os.path.exists(source):  # False, not an error, for a text no file name could be (too long, a NUL)
        return read_article(source)
    return read_text(source)


def _after_reading(raws: list[RawArticle]) -> list[RawArticle]:
    """The articles with their pasted headers read (`text.header`), each warning of their reading logged."""
    from briefgen.text.header import with_pasted_header

    for raw in raws:
        for warning in raw.warnings:
            logger.warning(warning)
    return [with_pasted_header(raw) for raw in raws]


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
    """Read one article file (ingest) and clean it as extraction does: paragraph N here is the ¶N items cite."""
    return reading_of(read_sources([article])[0])


def reading_of(raw) -> ArticleReading:
    """A read article cleaned as extraction cleans it: its metadata, and the paragraphs items cite."""
    from briefgen.text.clean import clean_paragraphs

    meta = raw.metadata
    return ArticleReading(
        path=raw.path,
        title=raw.title or None,
        outlet=meta.outlet,
        authors=list(meta.authors),
        published=meta.published,
        url=meta.url,
        paragraphs=clean_paragraphs(raw.paragraphs).kept,
    )


def read_text(article: str, *, output_format: str = "text") -> str:
    """The article as read, for `briefgen read`: a header and numbered paragraphs, or JSON."""
    if output_format not in ("text", "json"):
        raise UsageError(f"unknown --format {output_format!r}; choose text or json")
    reading = read_for_citation(article)
    if output_format == "json":
        fields = {
            name: getattr(reading, name) for name in ("title", "outlet", "authors", "published", "url", "paragraphs")
        }
        fields["published"] = reading.published.isoformat() if reading.published else None
        return json.dumps(fields, indent=2, ensure_ascii=False) + "\n"
    header = [
        ("Title", reading.title),
        ("Outlet", reading.outlet),
        ("Authors", ", ".join(reading.authors)),
        ("Published", reading.published.isoformat() if reading.published else None),
        ("URL", reading.url),
        ("File", reading.path),
    ]
    lines = [f"{label + ':':<11}{value}" for label, value in header if value]
    lines.append("")
    lines += [f"¶{number} {paragraph}" for number, paragraph in enumerate(reading.paragraphs, start=1)]
    return "\n".join(lines) + "\n"
