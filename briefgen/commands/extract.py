"""`briefgen extract`: read articles, clean, segment and extract them, and assemble one Brief."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import threading
from collections.abc import Sequence

from briefgen.commands.read import read_sources
from briefgen.errors import UsageError
from briefgen.model import Brief
from briefgen.model.dates import brief_date


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
    from briefgen.model import LONE_SURROGATE
    from briefgen.text.clean import clean_paragraphs
    from briefgen.text.segment import segment_paragraphs

    for option, value in (("--principal", principal), ("--counterpart", counterpart), ("--title", title)):
        if value and LONE_SURROGATE.search(value):  # bytes that are not UTF-8 in a command line arrive so
            raise UsageError(f"{option} holds bytes that are not UTF-8 text; type it again")
    with gc_paused():
        documents = [
            (f"s{number}", raw, segment_paragraphs(clean_paragraphs(raw.paragraphs).kept))
            for number, raw in enumerate(raws, start=1)
        ]
        return assemble_brief(
            documents, principal=principal, counterpart=counterpart, title=title, date=brief_date(date)
        )


@contextlib.contextmanager
def gc_paused():
    """Python's cycle collector off while one extraction runs, in a process where no other thread runs (the
    switch is the whole process's: a host application's threads keep their collector), and back on after.
    Extraction allocates hundreds of thousands of small lists and tuples and frees them without cycles; the
    collector would walk them again and again (benchmarks/bench.py: 1 MB in about 0.5 s, 0.6-0.8 s without)."""
    if not gc.isenabled() or threading.active_count() > 1:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
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
