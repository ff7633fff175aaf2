"""One check before any .docx (a zip) is opened: an article, a template, a file `git diff` shows through textconv.

The zip's central directory says how large every member unpacks; reading it costs nothing, so a zip
bomb is refused before a byte is inflated. Python's zipfile never inflates a member beyond the size
the directory gives (a member that lies about its size fails its CRC check), so the check holds.

Where it fails: XML that is small on disk can still take many times its size as a parsed tree, so the
limits are deliberately low for a Word file (100 MB unpacked); a Word file with large embedded
images beyond that is refused as well.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from briefgen.errors import BriefgenError

MAX_DOCX_UNPACKED = 100 * 1024 * 1024
MAX_DOCX_RATIO = 200
RATIO_FROM = 1024 * 1024  # members smaller than this may compress as well as they like


def check_zip(source: bytes | Path, shown: str, error: type[BriefgenError]) -> None:
    """Refuse a .docx that is not a zip, or that would unpack too large, from its directory alone.

    Raises `error` (InputError for an article, TemplateError for a template) naming `shown`.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise error("is not a readable .docx (corrupt or not Word); re-save it from Word", path=shown) from None
    total = sum(member.file_size for member in members)
    if total > MAX_DOCX_UNPACKED:
        raise error(
            f"the .docx would unpack to {total // (1024 * 1024)} MB (limit "
            f"{MAX_DOCX_UNPACKED // (1024 * 1024)} MB); refused as a possible zip bomb",
            path=shown,
        )
    for member in members:
        ratio = member.file_size // max(member.compress_size, 1)
        if member.file_size > RATIO_FROM and member.file_size > MAX_DOCX_RATIO * max(member.compress_size, 1):
            raise error(
                f"the .docx member {member.filename!r} is compressed {ratio} to 1 (limit {MAX_DOCX_RATIO});"
                " refused as a possible zip bomb",
                path=shown,
            )
