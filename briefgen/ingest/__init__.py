"""Read one article (.txt, .md, .html/.htm, .docx, .rtf, or '-' for stdin) into paragraphs of clean text.

`read_article` gives a `RawArticle`: its paragraphs, title, metadata, and its bytes for the
brief's sources/ copy. One module per format: `text.py` (plain text, Markdown, RTF), `html.py`
(web pages), `docx.py` (Word); `decode.py` turns bytes into clean text (encodings, mojibake,
characters Word cannot hold, each removal reported in `RawArticle.warnings` for the CLI to show);
`limits.py` refuses what is too big or not text, and `zipcheck.py` a .docx that is a zip bomb;
`metadata.py` holds what a page says of its source (`RawArticle.metadata`); the headline, byline
and date a staffer pastes above an article's text are read by the next stage (`text/header.py`),
as telling them from the story asks what cleaning knows of page noise. Empty or whitespace-only
files, corrupt .docx files and HTML without body text are refused, each an InputError naming the file.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest.decode import decode_text
from briefgen.ingest.docx import docx_paragraphs
from briefgen.ingest.html import html_paragraphs
from briefgen.ingest.limits import read_file, read_stdin, refuse_binary, refuse_long_text
from briefgen.ingest.metadata import ArticleMetadata
from briefgen.ingest.text import markdown_paragraphs, rtf_paragraphs, text_paragraphs

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
RTF_SUFFIXES = {".rtf"}


@dataclass(frozen=True)
class RawArticle:
    """One article as read: its text in paragraphs, where it came from, and its raw bytes for the brief's
    sources/ copy."""

    path: str
    title: str
    paragraphs: list[str]
    sha256: str
    data: bytes = field(repr=False)
    name: str  # the file's own name, no folders (stdin.txt, text.txt without one); store makes it safe
    warnings: tuple[str, ...] = ()
    metadata: ArticleMetadata = ArticleMetadata()
    kind: str = "text"  # as `article_kind` tells it: 'docx', 'rtf', 'html', 'markdown' or 'text'


def read_article(path: str) -> RawArticle:
    """Read an article file (or stdin for '-'); raise InputError naming the file when it cannot be used."""
    if path == "-":
        return read_data(read_stdin(), shown="<stdin>", unnamed="stdin")
    return read_data(read_file(Path(path)), shown=path, file_name=Path(path).name)


def read_text(text: str) -> RawArticle:
    """An article given as text (the Python API), read as a file holding that text would be; shown as <text>."""
    try:
        data = text.encode("utf-8", "surrogateescape")  # a file read with surrogateescape gives its bytes back
    except UnicodeEncodeError:
        raise InputError("the text holds characters no file can hold (lone surrogates)", path="<text>") from None
    return read_data(data, shown="<text>", unnamed="text")


def read_data(data: bytes, *, shown: str, file_name: str | None = None, unnamed: str = "article") -> RawArticle:
    """An article from its bytes. `shown` names it in messages; `file_name` gives its kind by its suffix and
    its copy's name in sources/, `unnamed` that name's stem when there is no file name (stdin, text)."""
    suffix = Path(file_name).suffix.lower() if file_name else ""
    if not data:
        raise InputError("the file is empty; give an article with text", path=shown)
    kind = article_kind(suffix, data)
    warnings: list[str] = []
    metadata = ArticleMetadata()
    if kind == "docx":
        title, paragraphs = docx_paragraphs(data, shown, warnings)
    elif kind == "rtf":
        title, paragraphs = "", rtf_paragraphs(data, shown, warnings)
    else:
        refuse_binary(data, shown)
        text = decode_text(data, shown, warnings)
        if not text.strip():
            raise InputError("the file holds only whitespace; give an article with text", path=shown)
        if kind == "html":
            title, paragraphs, metadata = html_paragraphs(text, shown, warnings)
        elif kind == "markdown":
            title, paragraphs = markdown_paragraphs(text, shown, warnings)
        else:
            title, paragraphs = "", text_paragraphs(text)
    if not paragraphs:
        raise InputError("no article text found", path=shown)
    refuse_long_text(sum(map(len, paragraphs)), shown)
    name = Path(file_name).name if file_name else unnamed + (".html" if kind == "html" else ".txt")
    return RawArticle(
        path=shown,
        title=title,
        paragraphs=paragraphs,
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        name=name,
        warnings=tuple(warnings),
        metadata=metadata,
        kind=kind,
    )


def article_kind(suffix: str, data: bytes) -> str:
    """'docx', 'rtf', 'html', 'markdown' or 'text': from the extension, else sniffed from the bytes."""
    if suffix in DOCX_SUFFIXES:
        return "docx"
    if suffix in RTF_SUFFIXES or data.startswith(b"{\\rtf"):
        return "rtf"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(rb"<(body|p|div|article|h1)[\s>]", head):
        return "html"
    return "text"
