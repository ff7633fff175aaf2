"""`briefgen extract`: read articles, clean, segment and extract them, and assemble one Brief."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from briefgen.commands.read import read_sources
from briefgen.errors import UsageError
from briefgen.model import Brief
from briefgen.model.dates import brief_date

if TYPE_CHECKING:
    from briefgen.ingest import RawArticle
    from briefgen.text.segment import Sentence


def extract_from(
    raws: Iterable[RawArticle],
    *,
    principal: str | None = None,
    counterpart: str | None = None,
    title: str | None = None,
    date: str | dt.date | None = None,
) -> Brief:
    """Clean, segment and extract read articles, and assemble one Brief."""
    from briefgen.assemble import assemble_brief
    from briefgen.model import LONE_SURROGATE

    for option, value in (("--principal", principal), ("--counterpart", counterpart), ("--title", title)):
        if value and LONE_SURROGATE.search(value):  # bytes that are not UTF-8 in a command line arrive so
            raise UsageError(f"{option} holds bytes that are not UTF-8 text; type it again")
    documents = [_segmented(f"s{number}", raw) for number, raw in enumerate(raws, start=1)]
    return assemble_brief(documents, principal=principal, counterpart=counterpart, title=title, date=brief_date(date))


def _segmented(source_id: str, raw: RawArticle) -> tuple[str, RawArticle, list[Sentence]]:
    """The article cleaned and cut into sentences; its RawArticle given on without the paragraphs as read, as
    the sentences hold their text (a caller that keeps the RawArticles it read keeps their paragraphs)."""
    from briefgen.text.clean import clean_paragraphs
    from briefgen.text.segment import segment_paragraphs

    sentences = segment_paragraphs(clean_paragraphs(raw.paragraphs).kept)
    return source_id, dataclasses.replace(raw, paragraphs=[]), sentences


def extract_brief(articles: Sequence[str], **options) -> Brief:
    """Read articles and extract one Brief from them (see `extract_from` for the options)."""
    # the bytes read are kept for a built brief's sources/ copy; extracting alone needs only their text
    # and handed over one by one, so that none is held here while the articles are extracted
    raws = (dataclasses.replace(raw, data=b"") for raw in read_sources(articles))
    return extract_from(raws, **options)


def extract_text(articles: Sequence[str], *, output_format: str = "json", **options) -> str:
    """The brief as JSON or YAML text, for `briefgen extract`."""
    if output_format not in ("json", "yaml"):
        raise UsageError(f"unknown --format {output_format!r}; choose json or yaml")
    brief = extract_brief(articles, **options)
    if output_format == "yaml":
        from briefgen.store.yaml import brief_to_yaml

        return brief_to_yaml(brief)
    return json.dumps(brief.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
