"""What an article may be, checked before the work it would cost: size, length of text, not binary.

Each limit is an InputError naming the file:
- an article of more than MAX_BYTES (20 MB) is refused before it is read whole, and so is
  one whose text comes to more than MAX_TEXT characters (a .docx holds far more text than its
  zip's size), as soon as the reading passes it; a 5 MB article is fine;
- binary files given as text (PDF, images, archives, Office files other than .docx) are
  recognised by their magic bytes or their NUL bytes and refused;
- missing paths, directories and unreadable files are refused.
A .docx that would unpack too large is refused by `zipcheck.check_zip`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from briefgen.errors import InputError
from briefgen.ingest.decode import utf16_without_bom

MAX_BYTES = 20 * 1024 * 1024
MAX_TEXT = MAX_BYTES  # characters of text, whatever the format


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
            raise InputError(
                f"the article is {size / (1024 * 1024):.0f} MB, over the {MAX_BYTES // (1024 * 1024)} MB "
                "limit; split it",
                path=shown,
            )
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
        raise InputError(
            f"the article holds more than {MAX_TEXT:,} characters of text (the limit, as for a "
            f"{MAX_BYTES // (1024 * 1024)} MB text file); split it",
            path=shown,
        )


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
