"""Shared test helpers."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest


def need(program: str) -> str:
    """The path of an external program; skip the test when it is missing, but fail when CI is set (CI installs it)."""
    path = shutil.which(program)
    if path is None:
        message = f"{program} is not installed (CI installs it with .ci/run)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent  # the repository
FIXTURES = TESTS / "fixtures"
GOLDEN = TESTS / "golden"


def fixture_brief(name: str):
    """A Brief from tests/fixtures/<name>.yaml, read with a plain YAML safe-load (independent of briefgen.store)."""
    from ruamel.yaml import YAML

    from briefgen.model import Brief

    return Brief.model_validate(YAML(typ="safe").load((FIXTURES / f"{name}.yaml").read_text(encoding="utf-8")))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder (relative path → bytes), to check nothing was written or changed."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def zip_bytes(members: dict[str, bytes]) -> bytes:
    """A zip archive in memory (a fake .docx, a zip bomb, a zip given as text)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file (relative path → bytes) and folder (→ None) under a folder: `snapshot` that also sees a
    folder created and left empty."""
    return {
        str(path.relative_to(folder)): None if path.is_dir() else path.read_bytes()
        for path in sorted(folder.rglob("*"))
    }


def brief_of(text: str, *, published=None, **options):
    """The Brief extracted from an article given as text (one paragraph a line), as `briefgen extract`
    assembles it, without reading a file."""
    from types import SimpleNamespace

    from briefgen.assemble import assemble_brief
    from briefgen.ingest.metadata import ArticleMetadata
    from briefgen.text.segment import segment_paragraphs

    paragraphs = [p.strip() for p in text.strip().split("\n") if p.strip()]
    raw = SimpleNamespace(
        title="", path="test.txt", sha256="0" * 64, paragraphs=paragraphs, metadata=ArticleMetadata(published=published)
    )
    return assemble_brief([("s1", raw, segment_paragraphs(paragraphs))], **options)


# Sentences in every style of quotation and attribution the quote rules read (written for the tests).
QUOTED_SENTENCES = [
    "“We will talk about steel in round {n},” Prime Minister Mark Carney said.",
    "U.S. President Donald Trump told reporters: “There is no deal on item {n} yet.”",
    "“Tariffs must end by week {n},” said Dominic LeBlanc, the minister responsible for trade.",
    "A senior official said “the talks on file {n} are difficult” but useful.",
    "“Nothing is agreed until everything is agreed,” the source said of point {n}.",
    'A Canadian government source said talks on clause {n} would resume. "We are close," the source said.',
    "Carney had a “very nice” conversation about plan {n}, according to his office.",
    "Economist Laura Dawson warned that tariff {n} would hurt both sides and said Canada should hold firm.",
    "‘It is a fair offer,’ she said of proposal {n}.",
    "The union's leaders' meeting on motion {n} was 'productive', he said.",
    "Trump wrote: “Canada will pay for section {n}.” He added, “They know it.”",
]


def quoted_one_line_article(size: int) -> str:
    """About `size` characters of article on one line (as scraped text often comes), full of quotations;
    numbered so that no sentence repeats another."""
    parts, total, number = [], 0, 0
    while total < size:
        sentence = QUOTED_SENTENCES[number % len(QUOTED_SENTENCES)].format(n=number)
        parts.append(sentence)
        total += len(sentence) + 1
        number += 1
    return " ".join(parts) + "\n"


# A 10-line "billion laughs": nine lists of nine aliases expand to 9**9 strings.
ALIAS_BOMB = (
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    + "".join(
        f"{name}: &{name} [{', '.join([f'*{before}'] * 9)}]\n"
        for before, name in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "title: x\n"
)


def docx_with_paragraphs(paragraphs: list[tuple[str, str]]) -> bytes:
    """A real .docx (python-docx's default template) whose body is the given (style id, text) paragraphs,
    written as XML directly: python-docx's add_paragraph takes minutes for thousands."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    members = {}
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        for name in archive.namelist():
            members[name] = archive.read(name)
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        (f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "<w:p>")
        + f"<w:r><w:t>{escape(text)}</w:t></w:r></w:p>"
        for style, text in paragraphs
    )
    members["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>'
    ).encode()
    return zip_bytes(members)


def numbered_paragraphs(count: int) -> list[tuple[str, str]]:
    styles = ["Title", "", "ListBullet", "Heading1", ""]
    return [
        (styles[n % len(styles)], f"Paragraph {n}: negotiators met on day {n} to talk about tariffs.")
        for n in range(count)
    ]


def error_line(result) -> str:
    """The one line a failure prints on stderr."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("briefgen: error: ")
    return lines[0]


# Merged cells of a 4 x 3 table ((row, column) to (row, column)): the shapes a .docx reader must walk.
TABLE_MERGES = pytest.mark.parametrize(
    "merges",
    [
        [],
        [((0, 0), (0, 1))],
        [((0, 1), (2, 1))],
        [((0, 0), (1, 1)), ((2, 0), (3, 2))],
        [((1, 0), (3, 0)), ((0, 2), (3, 2))],
    ],
    ids=["no merge", "across", "down", "block", "two columns down"],
)


def merged_table(document, merges, text: str = "cell {r}.{c}"):
    """A 4 x 3 table added to `document`, each cell holding `text` with its row and column, cells merged."""
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = text.format(r=r, c=c)
    for (r1, c1), (r2, c2) in merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    return table
