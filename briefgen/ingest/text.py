"""Plain text, Markdown and RTF articles as paragraphs.

Plain text: blocks separated by blank lines, or one paragraph a line. Markdown is read with
markdown-it-py (CommonMark, linear in the text and nested at most 20 deep), then as HTML blocks;
RTF with striprtf.
"""

from __future__ import annotations

from briefgen.errors import InputError
from briefgen.ingest.decode import repair_text, squash
from briefgen.ingest.html import html_blocks
from briefgen.regex_cache import compiled

BLANK_LINE = compiled(r"\n[ \t\u00a0]*\n")


def text_paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, each joined into one line; with no blank lines, one paragraph a line."""
    if BLANK_LINE.search(text.strip()):
        blocks = BLANK_LINE.split(text)
    else:
        blocks = text.split("\n")
    return [paragraph for paragraph in map(squash, blocks) if paragraph]


def markdown_paragraphs(text: str, shown: str, warnings: list[str]) -> tuple[str, list[str]]:
    """Markdown → HTML with markdown-it-py, then its blocks as paragraphs; the first '# heading' is the title.

    markdown-it-py rather than python-markdown: the latter scans to the end of the paragraph for
    each unclosed or nested bracket, quadratic in a paragraph of brackets; markdown-it-py stays
    linear and limits nesting."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(text)
    return html_blocks(f"<html><body>{html}</body></html>", shown, warnings, main_text=False)


def rtf_paragraphs(data: bytes, shown: str, warnings: list[str]) -> list[str]:
    """The text of an RTF document (striprtf), one paragraph a line or a block."""
    from striprtf.striprtf import rtf_to_text

    try:
        # RTF is 7-bit with escapes; latin-1 keeps any stray 8-bit byte for ftfy to repair
        text = rtf_to_text(data.decode("latin-1"), errors="replace")
    except Exception:  # striprtf has no error contract (OverflowError on a huge \\u code, ...)
        raise InputError("is not a readable RTF file; save the article as .txt or .docx", path=shown) from None
    text = repair_text(text, shown, warnings)
    if not text.strip():
        raise InputError("no article text found in the RTF file", path=shown)
    return text_paragraphs(text)
