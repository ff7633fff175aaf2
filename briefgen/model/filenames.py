"""Names briefgen gives the files and folders it writes: the one sanitiser, `safe_file_name`, and `slug`.

Both go through python-slugify: letters of any script become ASCII ("Montréal" → "Montreal",
"北京" → "Bei-Jing"), anything else a hyphen, so that a name can hold no folder, no control
character and nothing a file system refuses.
"""

from __future__ import annotations

import re
from pathlib import PurePath

SLUG_MAX = 60
SUFFIX_MAX = 10


def slug(title: str) -> str:
    """A folder name from a title: ASCII, lowercase, hyphens, at most SLUG_MAX chars, never empty."""
    from slugify import slugify

    return slugify(title or "", max_length=SLUG_MAX, word_boundary=True, save_order=True) or "brief"


def safe_file_name(name: str) -> str:
    """A file name safe to write anywhere: no folders; a stem of ASCII letters, digits and hyphens (case
    kept, at most SLUG_MAX chars, "article" when nothing is left); a lowercase suffix (".txt" when none)."""
    from slugify import slugify

    base = PurePath(name.replace("\\", "/")).name if name else ""
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, "txt"
    stem = slugify(stem, max_length=SLUG_MAX, word_boundary=True, lowercase=False) or "article"
    suffix = re.sub(r"[^A-Za-z0-9]+", "", suffix)[:SUFFIX_MAX].lower() or "txt"
    return f"{stem}.{suffix}"
