"""The user's cache folder: what a new process would otherwise compute again, kept on disk.

Two things are kept: the shipped templates' compiled code (render/compiled.py) and the compiled form of
briefgen's own regular expressions (regex_cache.py). The folder is $BRIEFGEN_CACHE_DIR, else
$XDG_CACHE_HOME/briefgen/templates or ~/.cache/briefgen/templates (one folder for both, so that the
templates' entries users already have stay in use); BRIEFGEN_CACHE_DIR set to an empty value turns both
caches off.

Where it fails: an entry is read only from a folder and file of this user that no one else can write (POSIX),
since what is read is used as code; a folder that cannot be made or written means running without the cache.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def cache_dir() -> Path | None:
    """Where cached entries are kept, or None when the cache is off (BRIEFGEN_CACHE_DIR="")."""
    chosen = os.environ.get("BRIEFGEN_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "briefgen" / "templates"


def read_private(path: Path) -> bytes | None:
    """The bytes of `path` when it and its folder belong to this user and no one else can write them; else None."""
    try:
        with open(path, "rb") as stream:
            if not _private(path.parent) or not _private(stream.fileno()):
                return None
            return stream.read()
    except OSError:
        return None


def _private(what: Path | int) -> bool:
    """True when a folder or an open file belongs to this user and no one else can write it (always on Windows)."""
    if not hasattr(os, "getuid"):
        return True
    info = os.stat(what)
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, in a folder only this user can use; nothing when it cannot be written."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except OSError:
        pass
