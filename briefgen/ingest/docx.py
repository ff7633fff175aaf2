"""Word (.docx) articles as paragraphs: body paragraphs and table cells in document order, the
zip checked first (`zipcheck.check_zip`), the text's length checked while reading (`limits`).
"""

from __future__ import annotations

import io

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
    title, paragraphs = "", []
    for style, text in pieces:
        text = squash(repair_text(text, shown, warnings))
        if not text:
            continue
        if not title and not paragraphs and style in ("Title", "Heading 1"):
            title = text
        else:
            paragraphs.append(text)
    return title, paragraphs


def docx_texts(document, shown: str = ""):
    """(style name, text) of each body paragraph, walking into tables in document order; an
    InputError as soon as the text passes MAX_TEXT characters.

    Linear in the document: each style id is looked up once (python-docx searches the styles
    part for every paragraph), and a cell merged down a column is found from the row above
    (python-docx walks up to its first row from every row)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.table import Table

    names: dict[str | None, str] = {}
    length = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for text in table_texts(block):
                length += len(text)
                refuse_long_text(length, shown)
                yield "", text
            continue
        style_id = block._p.style
        if style_id not in names:
            style = document.part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
            names[style_id] = style.name if style is not None else ""
        text = block.text
        length += len(text)
        refuse_long_text(length, shown)
        yield names[style_id], text


def table_texts(table):
    """The text of each paragraph of each cell, row by row, as python-docx's `row.cells` gives them:
    a cell spanning columns once per column, a cell merged down a column again in each row."""
    from docx.oxml.ns import qn

    above: dict[int, object] = {}  # grid column → the cell holding the text there in the row above
    for tr in table._tbl.tr_lst:
        here: dict[int, object] = {}
        column = tr.grid_before
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":
                if column not in above:
                    raise ValueError("a merged cell with no cell above it")  # as python-docx: not a readable .docx
                root = above[column]
            else:
                root = tc
            here[column] = root
            texts = [p.text for p in root.iterchildren(qn("w:p"))]
            for _ in range(root.grid_span):
                yield from texts
            column += tc.grid_span
        above = here
