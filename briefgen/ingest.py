"""Read one article (.txt, .md, .html/.htm, .docx, or '-' for stdin) into paragraphs of clean text.

Text is decoded as UTF-8 (with or without BOM), else with the encoding charset-normalizer
detects (cp1252, latin-1, ...); mojibake such as "â€™" is repaired with ftfy; curly quotes
are kept; the text is NFC-normalised. Characters that XML (and so Word) cannot hold are
removed, and each removal is reported in `RawArticle.warnings` for the CLI to show.
A web page's main text, headline and metadata are read by `webpage.py`; the headline, byline
and date a staffer pastes above an article by `metadata.py` (`RawArticle.metadata`).

Limits, each an InputError naming the file:
- an article of more than MAX_BYTES (20 MB) is refused before it is read whole; a 5 MB
  article is fine;
- a .docx whose members unpack to more than MAX_DOCX_UNPACKED (100 MB), or any member with a
  compression ratio above MAX_DOCX_RATIO (200), is refused as a zip bomb before unpacking;
- binary files given as text (PDF, images, archives, Office files other than .docx) are
  recognised by their magic bytes or their NUL bytes and refused;
- missing paths, directories, empty or whitespace-only files, corrupt .docx files and
  HTML without body text are refused.
"""

from __future__ import annotations

import hashlib
import io
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import InputError
from briefgen.metadata import ArticleMetadata, pasted_header

MAX_BYTES = 20 * 1024 * 1024
MAX_DOCX_UNPACKED = 100 * 1024 * 1024
MAX_DOCX_RATIO = 200

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}

# Leading bytes of binary formats a staffer may save by mistake; (magic, what it is).
BINARY_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or an Office file)"),
    (b"PK\x05\x06", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls)"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
)
# Bytes that text files hardly ever hold (tab, newlines, form feed and escape excepted).
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "figcaption")
# Page furniture that is never article text.
NON_ARTICLE_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
                    "iframe", "button", "select", "menu")
# XML 1.0 forbids these; \t, \n and \r are allowed. \f and \v are treated as line breaks first.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# UTF-8 misread as cp1252/latin-1 always shows a lead byte as one of Â..ô, or a C1 control character.
MOJIBAKE_HINT = re.compile("[\u0080-\u009f\u00c2-\u00f4]")
# In UTF-8 every XML_ILLEGAL character is one of these ASCII control bytes, or starts with byte ED (a surrogate)
# or EF (U+FFFE, U+FFFF); every MOJIBAKE_HINT character starts with byte C2 or C3.
XML_ILLEGAL_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
# For pages too deep to parse: layout tags to drop first, then every tag (script and style bodies go too).
LAYOUT_TAG = re.compile(r"</?(?:div|span|section|article|main|font|center|table|tbody|thead|tr|td|th|b|i|u|em|strong|"
                        r"a|small|big|sub|sup|mark|abbr|cite|q|s|del|ins|figure|label)\b[^>]*>", re.IGNORECASE)
ANY_TAG = re.compile(r"<[^>]*>")
NON_ARTICLE_ELEMENT = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class RawArticle:
    """One article as read: its text in paragraphs, where it came from, and its raw bytes for the brief's sources/ copy."""

    path: str
    title: str
    paragraphs: list[str]
    sha256: str
    data: bytes = field(repr=False)
    name: str
    warnings: tuple[str, ...] = ()
    metadata: ArticleMetadata = ArticleMetadata()


def read_article(path: str) -> RawArticle:
    """Read an article file (or stdin for '-'); raise InputError naming the file when it cannot be used."""
    if path == "-":
        shown, data, suffix = "<stdin>", read_stdin(), ""
    else:
        shown, data = path, read_file(Path(path))
        suffix = Path(path).suffix.lower()
    if not data:
        raise InputError("the file is empty; give an article with text", path=shown)
    kind = article_kind(suffix, data)
    warnings: list[str] = []
    metadata = ArticleMetadata()
    if kind == "docx":
        title, paragraphs = docx_paragraphs(data, shown, warnings)
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
    if kind != "html":
        title, paragraphs, metadata = pasted_header(title, paragraphs)
    if not paragraphs:
        raise InputError("no article text found", path=shown)
    name = safe_name(Path(path).name if path != "-" else "stdin" + (".html" if kind == "html" else ".txt"))
    return RawArticle(path=shown, title=title, paragraphs=paragraphs, sha256=hashlib.sha256(data).hexdigest(),
                      data=data, name=name, warnings=tuple(warnings), metadata=metadata)


def read_stdin() -> bytes:
    """All of stdin, refused past MAX_BYTES without reading further."""
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(f"the article is larger than {MAX_BYTES // (1024 * 1024)} MB; split it", path="<stdin>")
    return data


def read_file(path: Path) -> bytes:
    """The file's bytes; missing, directory, unreadable and too-big files are InputErrors."""
    shown = str(path)
    try:
        if path.is_dir():
            raise InputError("is a directory, not an article; give a file inside it", path=shown)
        if not path.exists():
            raise InputError("no such file; check the path", path=shown)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"the article is {size / (1024 * 1024):.0f} MB, over the {MAX_BYTES // (1024 * 1024)} MB "
                             "limit; split it", path=shown)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError("permission denied; check the file's permissions", path=shown) from None
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror or error})", path=shown) from None
    if len(data) > MAX_BYTES:
        raise InputError(f"the article is over the {MAX_BYTES // (1024 * 1024)} MB limit; split it", path=shown)
    return data


def article_kind(suffix: str, data: bytes) -> str:
    """'docx', 'html', 'markdown' or 'text': from the extension, else sniffed from the bytes."""
    if suffix in DOCX_SUFFIXES:
        return "docx"
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


def refuse_binary(data: bytes, shown: str) -> None:
    """Refuse a binary file given as text, recognised by its magic bytes or by NUL bytes."""
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"is {what}, not text; save the article as .txt, .md, .html or .docx", path=shown)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 with a BOM: NUL bytes are expected
    sample = data[:8192]
    controls = len(CONTROL_BYTES.findall(sample))
    if sample.count(b"\0") > max(1, len(sample) // 100) or controls > max(4, len(sample) // 20):
        raise InputError("is a binary file, not text; save the article as .txt, .md, .html or .docx", path=shown)


def decode_text(data: bytes, shown: str, warnings: list[str]) -> str:
    """Bytes to clean text: detected encoding, mojibake repaired, NFC, XML-illegal characters removed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return repair_text(data.decode("utf-16"), shown, warnings)
        except UnicodeDecodeError:
            raise InputError("is not valid UTF-16 text; save it as UTF-8", path=shown) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, encoding = decode_legacy(data, shown)
        warnings.append(f"{shown}: decoded as {encoding}, not UTF-8")
    return repair_text(text, shown, warnings)


def decode_legacy(data: bytes, shown: str) -> tuple[str, str]:
    """Decode non-UTF-8 bytes: cp1252 (which covers latin-1 text) unless charset-normalizer finds a cleaner fit.

    Detection alone misreads short Western texts (as cp1250, cp775, ...), so cp1252 wins
    whenever its decoding is no messier than the detector's best guess.
    """
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data).best()
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and (best is None or mess_ratio(western[:65536]) <= best.chaos + 0.02):
        return western, "cp1252"
    if best is None:
        raise InputError("is binary or in an unknown encoding, not text; save it as UTF-8 text", path=shown)
    return str(best), best.encoding


def repair_text(text: str, shown: str, warnings: list[str]) -> str:
    """Repair mojibake (ftfy), normalise to NFC, drop characters XML cannot hold (with a warning)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    # The regexes scan a character at a time; byte searches in the UTF-8 form rule most texts out far sooner.
    encoded = text.encode("utf-8", "surrogatepass")
    illegal = len(XML_ILLEGAL.findall(text)) if may_hold_xml_illegal(encoded) else 0
    if illegal:
        text = XML_ILLEGAL.sub("", text)
        warnings.append(f"{shown}: removed {illegal} control character{'s' if illegal > 1 else ''} "
                        "that Word cannot hold")
    # Removing XML-illegal characters leaves every Latin-1 character in place, so `encoded` still answers.
    if not may_hold_mojibake_hint(encoded) or not MOJIBAKE_HINT.search(text):
        return unicodedata.normalize("NFC", text)
    import ftfy

    config = ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, fix_character_width=False,
                                  fix_latin_ligatures=False, normalization="NFC", max_decode_length=10**7,
                                  explain=False)
    # ftfy's checks (and its import) are slow; only lines that could hold mojibake need them.
    lines = [ftfy.fix_text(line, config) if MOJIBAKE_HINT.search(line) else line for line in text.split("\n")]
    return unicodedata.normalize("NFC", "\n".join(lines))


def may_hold_xml_illegal(encoded: bytes) -> bool:
    """False when the UTF-8 text `encoded` has no character XML_ILLEGAL matches; True may be a false alarm."""
    return (b"\xed" in encoded or b"\xef\xbf\xbe" in encoded or b"\xef\xbf\xbf" in encoded
            or len(encoded.translate(None, XML_ILLEGAL_CONTROL_BYTES)) < len(encoded))


def may_hold_mojibake_hint(encoded: bytes) -> bool:
    """False when the UTF-8 text `encoded` has no character MOJIBAKE_HINT matches; True may be a false alarm."""
    return b"\xc2" in encoded or b"\xc3" in encoded


def squash(text: str) -> str:
    """Collapse every run of whitespace (newlines included) into one space, and trim."""
    # Every whitespace character but the space is unprintable, so a printable text without a double
    # or edge space is already squashed (most paragraphs are).
    if text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        return text
    return " ".join(text.split())


def text_paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, each joined into one line; with no blank lines, one paragraph a line."""
    if BLANK_LINE.search(text.strip()):
        blocks = BLANK_LINE.split(text)
    else:
        blocks = text.split("\n")
    return [paragraph for paragraph in map(squash, blocks) if paragraph]


def markdown_paragraphs(text: str, shown: str, warnings: list[str]) -> tuple[str, list[str]]:
    """Markdown → HTML with the `markdown` package, then its blocks as paragraphs; the first '# heading' is the title."""
    import markdown

    html = markdown.markdown(text, output_format="html")
    return html_blocks(f"<html><body>{html}</body></html>", shown, warnings, main_text=False)


def html_paragraphs(text: str, shown: str, warnings: list[str]) -> tuple[str, list[str], ArticleMetadata]:
    """The article's own text, not menus, navigation, footers or scripts (`webpage.read_page`), its headline
    and metadata; a page neither extractor reads gives every block of its body."""
    root = parse_html(text)
    if root is not None:
        from briefgen.webpage import read_page

        page = read_page(text, root)
        if page.paragraphs:
            return page.title or heading_title(root), page.paragraphs, page.metadata
    title, paragraphs = html_blocks(text, shown, warnings, main_text=True)
    return title, paragraphs, ArticleMetadata()


def html_blocks(text: str, shown: str, warnings: list[str], *, main_text: bool) -> tuple[str, list[str]]:
    """Title (first <h1>, else <title>) and paragraph blocks of an HTML page.

    A page nested deeper than the parser allows is flattened (its layout tags dropped), and
    read as plain text if it is still too deep.
    """
    root = parse_html(text)
    if root is None:
        warnings.append(f"{shown}: HTML nested too deeply; its layout tags were ignored")
        root = parse_html(LAYOUT_TAG.sub("\n", text))
    if root is None:
        import html

        plain = html.unescape(ANY_TAG.sub("\n", NON_ARTICLE_ELEMENT.sub("\n", text)))
        return "", [line for line in map(squash, plain.split("\n")) if line]
    title = heading_title(root)
    for element in list(root.iter(*NON_ARTICLE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    paragraphs = block_texts(root)
    if not paragraphs:
        problem = "HTML without body text" if main_text else "Markdown with no text under its heading"
        raise InputError(f"{problem}; give the article's page or its text", path=shown)
    return title, paragraphs


def parse_html(text: str):
    """The parsed page, or None when it is nested deeper than libxml2 allows (it would be cut short)."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError):
        root = lxml.html.document_fromstring("<html><body></body></html>")
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        return None
    return root


def heading_title(root) -> str:
    """Text of the first <h1> (removed from the body), else of <title>."""
    for h1 in root.iter("h1"):
        title = squash(h1.text_content())
        if title:
            h1.drop_tree()
            return title
    for element in root.iter("title"):
        return squash(element.text_content())
    return ""


def block_texts(root) -> list[str]:
    """Text of the innermost block elements in order; a page with none gives its text lines."""
    import lxml.html

    blocks: list[str] = []
    for element in root.iter(*BLOCK_TAGS):
        if not isinstance(element, lxml.html.HtmlElement):
            continue
        if next(element.iterdescendants(*BLOCK_TAGS), None) is not None:
            continue  # its inner blocks are read on their own
        text = squash(element.text_content())
        if text:
            blocks.append(text)
    if not blocks:
        body = root.find(".//body")
        text = (body if body is not None else root).text_content()
        blocks = [line for line in map(squash, text.split("\n")) if line]
    return blocks


def docx_paragraphs(data: bytes, shown: str, warnings: list[str]) -> tuple[str, list[str]]:
    """Paragraphs (and table cells) of a .docx in order; a Title or Heading 1 paragraph gives the title."""
    refuse_zip_bomb(data, shown)
    try:
        from docx import Document

        document = Document(io.BytesIO(data))
        pieces = list(docx_texts(document))
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


def docx_texts(document):
    """(style name, text) of each body paragraph, walking into tables in document order."""
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        yield "", paragraph.text
        else:
            yield (block.style.name if block.style is not None else ""), block.text


def refuse_zip_bomb(data: bytes, shown: str) -> None:
    """Refuse a .docx that is not a zip, or that would unpack too large, from its directory alone."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError("is not a readable .docx (corrupt or not Word); re-save it from Word", path=shown) from None
    total = sum(member.file_size for member in members)
    if total > MAX_DOCX_UNPACKED:
        raise InputError(f"the .docx would unpack to {total // (1024 * 1024)} MB (limit "
                         f"{MAX_DOCX_UNPACKED // (1024 * 1024)} MB); refused as a possible zip bomb", path=shown)
    for member in members:
        if member.file_size > 1024 * 1024 and member.file_size > MAX_DOCX_RATIO * max(member.compress_size, 1):
            raise InputError(f"the .docx member {member.filename} is compressed {member.file_size // max(member.compress_size, 1)}"
                             f" to 1 (limit {MAX_DOCX_RATIO}); refused as a possible zip bomb", path=shown)


def safe_name(name: str) -> str:
    """A file name safe to write anywhere: no folders, only letters, digits, '.', '-' and '_'."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, "txt"
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode())
    stem = stem.strip("-_.")[:80] or "article"
    suffix = re.sub(r"[^A-Za-z0-9]+", "", suffix)[:10].lower() or "txt"
    return f"{stem}.{suffix}"
