"""Word (.docx) articles as paragraphs: body paragraphs and table cells in document order, the
zip checked first (`zipcheck.check_zip`), the text's length checked while reading (`limits`).
`docx_blocks` is the one walk over a .docx's text; `history.textconv` shows a brief.docx with it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from briefgen.errors import InputError
from briefgen.ingest.decode import repair_text, squash
from briefgen.ingest.limits import refuse_long_text
from briefgen.ingest.zipcheck import check_zip


def docx_paragraphs(data: bytes, shown: str, warnings: list[str]) -> tuple[str, list[str]]:
    """Paragraphs (and table cells) of a .docx in order; a Title or Heading 1 paragraph gives the title."""
    check_zip(data, shown, InputError)
    try:
        from docx import Document

        document = Document(io.BytesIO(data))
        pieces = list(docx_texts(document, shown))
    except InputError:
        raise
    except Exception:  # python-docx raises many kinds (KeyError, lxml errors, ...) for a broken package
        raise InputError("is not a readable .docx (corrupt or not Word); re-save it from Word", path=shown) from None
    title = ""
    paragraphs: list[str] = []
    for style, text in pieces:
        text = squash(repair_text(text, shown, warnings))
        if not text:
            continue
        if not title and not paragraphs and style in ("Title", "Heading 1"):
            title = text
        else:
            paragraphs.append(text)
    return title, paragraphs


@dataclass(frozen=True)
class DocxParagraph:
    """A body paragraph: its style's name ("" when it has none) and its text."""

    style: str
    text: str


@dataclass(frozen=True)
class DocxCell:
    """A table cell: the text of each of its paragraphs, and the grid columns it spans. A cell merged down a
    column shows in each of its rows."""

    texts: tuple[str, ...]
    span: int


@dataclass(frozen=True)
class DocxTable:
    """A table: its rows of cells, in the order python-docx's `row.cells` gives them."""

    rows: tuple[tuple[DocxCell, ...], ...]


def docx_blocks(document: Any, shown: str = "") -> Iterator[DocxParagraph | DocxTable]:
    """The body of a python-docx Document in order: paragraphs and tables. The one walk over a .docx's
    text (ingest reads articles with it, `history.textconv` shows briefs); an InputError as soon as the
    text passes MAX_TEXT characters.

    Linear in the document: each style id is looked up once (python-docx searches the styles
    part for every paragraph), and a cell merged down a column is found from the row above
    (python-docx walks up to its first row from every row)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.table import Table

    names: dict[str | None, str] = {}
    length = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = tuple(table_rows(block))
            length += sum(len(text) for row in rows for cell in row for text in cell.texts * cell.span)
            refuse_long_text(length, shown)
            yield DocxTable(rows)
            continue
        style_id = block._p.style
        if style_id not in names:
            style = document.part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
            names[style_id] = style.name if style is not None else ""
        text = block.text
        length += len(text)
        refuse_long_text(length, shown)
        yield DocxParagraph(names[style_id], text)


def docx_texts(document: Any, shown: str = "") -> Iterator[tuple[str, str]]:
    """(style name, text) of each body paragraph, and ("", text) of each paragraph of each table cell, in
    document order, as python-docx's `row.cells` gives them: a cell spanning columns once per column, a cell
    merged down a column again in each row."""
    for block in docx_blocks(document, shown):
        if isinstance(block, DocxParagraph):
            yield block.style, block.text
            continue
        for row in block.rows:
            for cell in row:
                for _ in range(cell.span):
                    for text in cell.texts:
                        yield "", text


def table_rows(table: Any) -> Iterator[tuple[DocxCell, ...]]:
    """Each row's cells; a cell merged down a column is the cell above it (a ValueError when there is none,
    as python-docx raises: not a readable .docx)."""
    from docx.oxml.ns import qn

    above: dict[int, DocxCell] = {}  # grid column → the cell holding the text there in the row above
    for tr in table._tbl.tr_lst:
        here: dict[int, DocxCell] = {}
        cells: list[DocxCell] = []
        column = tr.grid_before
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":
                if column not in above:
                    raise ValueError("a merged cell with no cell above it")
                cell = above[column]
            else:
                cell = DocxCell(tuple(p.text for p in tc.iterchildren(qn("w:p"))), tc.grid_span)
            here[column] = cell
            cells.append(cell)
            column += tc.grid_span
        above = here
        yield tuple(cells)
