"""`briefgen read`: the article as extraction reads it, its paragraphs numbered as citations number them;
and `read_sources`, the reading every command that extracts starts with."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from typing import Sequence

from briefgen.errors import UsageError


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
