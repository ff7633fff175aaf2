"""Read one article (.txt, .md, .html/.htm, .docx, .rtf, or '-' for stdin) into paragraphs of clean text.

Text is decoded as UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when every
other byte is NUL, as in mostly Latin text), else with the encoding charset-normalizer detects
(cp1252, latin-1, Shift-JIS, ...; a Japanese reading that shows kana is preferred to a Korean or
EBCDIC one, which short texts often get); mojibake such as "â€™" is repaired with ftfy; curly
quotes are kept; the text is NFC-normalised. Characters that XML (and so Word) cannot hold are
removed, and each removal is reported in `RawArticle.warnings` for the CLI to show. Markdown is
read with markdown-it-py (CommonMark, linear in the text and nested at most 20 deep), RTF with
striprtf.
A web page's main text, headline and metadata are read by `webpage.py`; the headline, byline
and date a staffer pastes above an article by `metadata.py` (`RawArticle.metadata`).

Limits, each an InputError naming the file:
- an article of more than MAX_BYTES (20 MB) is refused before it is read whole, and so is
  one whose text comes to more than MAX_TEXT characters (a .docx holds far more text than its
  zip's size), as soon as the reading passes it; a 5 MB article is fine;
- a .docx whose members unpack to more than MAX_DOCX_UNPACKED (100 MB), or any member with a
  compression ratio above MAX_DOCX_RATIO (200), is refused as a zip bomb before unpacking
  (zipcheck.check_zip, the check every .docx briefgen opens goes through);
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

from briefgen.errors import InputError, show_path
from briefgen.ingest.zipcheck import MAX_DOCX_RATIO, MAX_DOCX_UNPACKED, check_zip  # noqa: F401 - the limits, documented above
from briefgen.ingest.metadata import ArticleMetadata, pasted_header

MAX_BYTES = 20 * 1024 * 1024
MAX_TEXT = MAX_BYTES  # characters of text, whatever the format

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
RTF_SUFFIXES = {".rtf"}
# Codecs charset-normalizer may guess for short non-Latin text that no article is written in (EBCDIC).
# UTF-16 and UTF-32 without a BOM are recognised before detection (`utf16_without_bom`): the detector's
# guess of them for other bytes is wrong.
IMPLAUSIBLE_ENCODINGS = {"cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140",
                         "utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"}
JAPANESE_ENCODINGS = {"shift_jis", "cp932", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004",
                      "euc_jisx0213", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004",
                      "iso2022_jp_3", "iso2022_jp_ext"}
# Full-width hiragana and katakana: Japanese prose always has them; Korean or Chinese bytes read as
# Japanese give kanji or half-width katakana instead.
KANA = re.compile("[\u3041-\u30ff]")

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
    if kind != "html":
        title, paragraphs, metadata = pasted_header(title, paragraphs)
    if not paragraphs:
        raise InputError("no article text found", path=shown)
    refuse_long_text(sum(map(len, paragraphs)), shown)
    name = safe_name(Path(path).name if path != "-" else "stdin" + (".html" if kind == "html" else ".txt"))
    return RawArticle(path=shown, title=title, paragraphs=paragraphs, sha256=hashlib.sha256(data).hexdigest(),
                      data=data, name=name, warnings=tuple(warnings), metadata=metadata)


def read_stdin() -> bytes:
    """All of stdin, refused past MAX_BYTES without reading further; closed or unreadable stdin is an InputError."""
    if sys.stdin is None:  # the process was started with stdin closed (`<&-`)
        raise InputError("standard input is closed; pipe the article in or give its file name", path="<stdin>")
    try:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    except (OSError, ValueError) as error:  # a descriptor open for writing only, or closed
        raise InputError(f"cannot be read ({getattr(error, 'strerror', None) or error})", path="<stdin>") from None
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


def refuse_long_text(length: int, shown: str) -> None:
    """InputError once the text read so far is over MAX_TEXT characters."""
    if length > MAX_TEXT:
        raise InputError(f"the article holds more than {MAX_TEXT:,} characters of text (the limit, as for a "
                         f"{MAX_BYTES // (1024 * 1024)} MB text file); split it", path=shown)


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


def refuse_binary(data: bytes, shown: str) -> None:
    """Refuse a binary file given as text, recognised by its magic bytes or by NUL bytes."""
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"is {what}, not text; save the article as .txt, .md, .html or .docx", path=shown)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(data):
        return  # UTF-16: NUL bytes are expected
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
    codec = utf16_without_bom(data)
    if codec:
        return repair_text(data.decode(codec), shown, warnings)
    if b"\x1b$B" in data or b"\x1b$@" in data:  # ISO-2022-JP's switch to JIS X 0208
        try:
            return repair_text(data.decode("iso2022_jp"), shown, warnings)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, encoding = decode_legacy(data, shown)
        warnings.append(f"{show_path(shown)}: decoded as {encoding}, not UTF-8")
    return repair_text(text, shown, warnings)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes read as UTF-16 without a BOM: NUL in most of the
    high bytes (Latin text) and hardly any in the low ones, decoding cleanly to printable text."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    evens, odds = sample[0::2].count(0), sample[1::2].count(0)
    codec = "utf-16-le" if odds >= pairs / 2 and evens <= pairs / 50 else \
        "utf-16-be" if evens >= pairs / 2 and odds <= pairs / 50 else None
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    unprintable = sum(1 for ch in text[:4096] if not ch.isprintable() and ch not in "\t\n\r\f\v")
    return codec if unprintable <= len(text[:4096]) // 50 else None


def decode_legacy(data: bytes, shown: str) -> tuple[str, str]:
    """Decode non-UTF-8 bytes: cp1252 (which covers latin-1 text) unless charset-normalizer finds a cleaner fit.

    Detection alone misreads short Western texts (as cp1250, cp775, ...), so cp1252 wins
    whenever its decoding is no messier than the detector's best guess. Short Japanese texts
    are guessed as EBCDIC, Korean or Thai, short Chinese ones as Korean: the detector's best
    guess is the reading a person would see (`reader_choice`). ISO-2022-JP, which is 7-bit and
    so also valid UTF-8, is recognised by its escape sequences (`decode_text`).
    """
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = reader_choice(from_bytes(data))
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and (best is None or mess_ratio(western[:65536]) <= best.chaos + 0.02):
        return western, "cp1252"
    if best is None:
        raise InputError("is binary or in an unknown encoding, not text; save it as UTF-8 text", path=shown)
    return str(best), best.encoding


def reader_choice(matches) -> object | None:
    """The detector's match a reader would see: among its plausible matches about as clean as its
    best one, the one whose text has the fewest characters a reader would find odd (`oddness`)."""
    plausible = [match for match in matches if match.encoding not in IMPLAUSIBLE_ENCODINGS]
    if not plausible:
        return None
    close = [match for match in plausible if match.chaos <= plausible[0].chaos + 0.1]
    return min(close, key=lambda match: (oddness(str(match), match.encoding), match.chaos))  # first of equals


def oddness(text: str, encoding: str) -> float:
    """The share of a decoding's non-ASCII characters that no article shows: half-width katakana,
    Hangul jamo, Thai digits and archaic signs, private-use and C1 control characters; Hangul mixed with Chinese characters
    (Korean prose is Hangul, Chinese has none); Japanese without kana (its prose always has some)."""
    wide = [ch for ch in text if ord(ch) > 127]
    if not wide:
        return 0.0
    odd = sum(1 for ch in wide if "\uff61" <= ch <= "\uff9f" or "\u3130" <= ch <= "\u318f" or "\u0e4f" <= ch <= "\u0e5b"
              or "\ue000" <= ch <= "\uf8ff" or ch <= "\x9f" or ch == "\ufffd")
    hangul = sum(1 for ch in wide if "\uac00" <= ch <= "\ud7a3")
    han = sum(1 for ch in wide if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")
    odd += min(hangul, han)
    if encoding in JAPANESE_ENCODINGS and han and not KANA.search(text):
        odd += han
    return odd / len(wide)


def repair_text(text: str, shown: str, warnings: list[str]) -> str:
    """Repair mojibake (ftfy), normalise to NFC, drop characters XML cannot hold (with a warning)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    # The regexes scan a character at a time; byte searches in the UTF-8 form rule most texts out far sooner.
    encoded = text.encode("utf-8", "surrogatepass")
    illegal = len(XML_ILLEGAL.findall(text)) if may_hold_xml_illegal(encoded) else 0
    if illegal:
        text = XML_ILLEGAL.sub("", text)
        warnings.append(f"{show_path(shown)}: removed {illegal} control character{'s' if illegal > 1 else ''} "
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
    """Markdown → HTML with markdown-it-py, then its blocks as paragraphs; the first '# heading' is the title.

    markdown-it-py rather than python-markdown: the latter scans to the end of the paragraph for
    each unclosed or nested bracket (15 KB of "[[[" took 12 s), markdown-it-py stays linear and
    limits nesting."""
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


def html_paragraphs(text: str, shown: str, warnings: list[str]) -> tuple[str, list[str], ArticleMetadata]:
    """The article's own text, not menus, navigation, footers or scripts (`webpage.read_page`), its headline
    and metadata; a page neither extractor reads gives every block of its body."""
    root = parse_html(text)
    if root is not None:
        from briefgen.ingest.webpage import read_page

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
        warnings.append(f"{show_path(shown)}: HTML nested too deeply; its layout tags were ignored")
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


def safe_name(name: str) -> str:
    """A file name safe to write anywhere: no folders, only letters, digits, '.', '-' and '_'."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, "txt"
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode())
    stem = stem.strip("-_.")[:80] or "article"
    suffix = re.sub(r"[^A-Za-z0-9]+", "", suffix)[:10].lower() or "txt"
    return f"{stem}.{suffix}"
