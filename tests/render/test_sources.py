"""Each source says where it came from: title, outlet, authors, date and URL, in the brief and every format."""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document

from briefgen.commands.extract import extract_brief
from briefgen.model import Brief, Source
from briefgen.render.context import source_line
from briefgen.render.formats import render

BODY = (
    "<p>Port owners and the dock workers' union will meet on Monday to try to end a two-week strike.</p>"
    "<p>The union wants a pay rise of six percent over two years; the owners have offered four.</p>"
)
PAGE = (
    "<html><head><title>Port talks resume | The Harbour Gazette</title>"
    "<meta property='og:site_name' content='The Harbour Gazette'>"
    "<meta name='author' content='Jane Doe; John Roe'>"
    "<meta property='article:published_time' content='2025-03-12T08:00:00Z'>"
    "<link rel='canonical' href='https://gazette.example/2025/03/12/port-talks'></head>"
    f"<body><article><h1>Port talks resume</h1>{BODY}</article></body></html>"
)
PASTED = (
    "Port talks resume as strike enters third week\n\nBy Jane Doe and John Roe\n\n12 March 2025\n\n"
    "https://gazette.example/2025/03/12/port-talks\n\n"
    "Port owners and the dock workers' union will meet on Monday to try to end a two-week strike.\n\n"
    "The union wants a pay rise of six percent over two years; the owners have offered four.\n"
)
PLAIN = (
    "Port owners and the dock workers' union will meet on Monday to try to end a two-week strike.\n\n"
    "The union wants a pay rise of six percent over two years; the owners have offered four.\n"
)
FILES = {"page.html": PAGE, "pasted.txt": PASTED, "plain.txt": PLAIN}


@pytest.mark.parametrize(
    ("name", "field", "expected"),
    [
        ("page.html", "title", "Port talks resume"),
        ("page.html", "outlet", "The Harbour Gazette"),
        ("page.html", "authors", ["Jane Doe", "John Roe"]),
        ("page.html", "published", dt.date(2025, 3, 12)),
        ("page.html", "url", "https://gazette.example/2025/03/12/port-talks"),
        ("pasted.txt", "title", "Port talks resume as strike enters third week"),
        ("pasted.txt", "outlet", None),  # a pasted header does not name its outlet
        ("pasted.txt", "authors", []),  # a byline's names are not kept (see metadata.pasted_header)
        ("pasted.txt", "published", dt.date(2025, 3, 12)),
        ("pasted.txt", "url", "https://gazette.example/2025/03/12/port-talks"),
        # an article without a header: nothing is made up
        ("plain.txt", "title", ""),
        ("plain.txt", "outlet", None),
        ("plain.txt", "authors", []),
        ("plain.txt", "published", None),
        ("plain.txt", "url", None),
    ],
)
def test_source_field(tmp_path: Path, name: str, field: str, expected) -> None:
    path = tmp_path / name
    path.write_text(FILES[name], encoding="utf-8")
    source = extract_brief([str(path)], date="2026-01-05").sources[0]
    assert getattr(source, field) == expected
    assert source.path == str(path)


@pytest.mark.parametrize(
    ("source", "line"),
    [
        (
            Source(
                id="s1",
                title="Port talks resume",
                outlet="The Harbour Gazette",
                published=dt.date(2025, 3, 12),
                url="https://gazette.example/p",
                path="sources/page.html",
            ),
            "Port talks resume — The Harbour Gazette, 12 March 2025, https://gazette.example/p",
        ),
        (
            Source(id="s1", title="Port talks resume", published=dt.date(2025, 1, 2), path="sources/a.txt"),
            "Port talks resume — 2 January 2025",
        ),
        (Source(id="s1", outlet="The Harbour Gazette", path="sources/a.txt"), "The Harbour Gazette"),
        # without outlet, date or URL: the title and the file, as before
        (
            Source(id="s1", title="Port talks resume", authors=["Jane Doe"], path="sources/a.txt"),
            "Port talks resume — sources/a.txt",
        ),
        (Source(id="s1", path="sources/a.txt"), "sources/a.txt"),
        (Source(id="s1"), "s1"),
    ],
)
def test_source_line(source: Source, line: str) -> None:
    assert source_line(source) == line


def brief_with_source() -> Brief:
    return Brief(
        title="Port talks",
        sources=[
            Source(
                id="s1",
                title="Port talks resume",
                outlet="The Harbour Gazette",
                authors=["Jane Doe"],
                published=dt.date(2025, 3, 12),
                url="https://gazette.example/port-talks",
                path="sources/page.html",
                words=40,
            )
        ],
    )


@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_every_format_names_the_source_by_headline_outlet_date_and_url(kind: str) -> None:
    data = render(brief_with_source(), kind)
    if kind == "docx":
        text = "\n".join(paragraph.text for paragraph in Document(BytesIO(data)).paragraphs)
    else:
        text = data.decode("utf-8")
    assert "Port talks resume — The Harbour Gazette, 12 March 2025, https://gazette.example/port-talks" in text
    assert "sources/page.html" not in text
