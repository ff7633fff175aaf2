"""briefgen's own regular expressions, compiled once per Python version and kept in the user's cache folder.

Compiling briefgen's patterns (about 280: the noise rules, the cue and construction patterns, the speech and
name patterns) would cost a cold `briefgen build` about 100 ms, a fifth of it, before any work
(benchmarks/README.md). Python's `re` keeps compiled patterns for its own process only. `compiled(pattern,
flags)` is `re.compile` whose work is kept across processes: what Python's regex compiler makes of a pattern
(its flags, code and groups) is stored, and a later process hands it straight to the regex engine, which
checks it (`_sre.compile`). The pattern object is the same as `re.compile`'s: patterns compare equal when their
code is equal, and tests/test_regex_cache.py compares every pattern the package compiles.

The entries of one process are written when it ends (at exit, or `save()`, which the console script calls
before it ends without exiting). The file is named by everything the code depends on: Python's version, the
regex engine's version and code size, and this module's format. The folder is the user's cache folder
(briefgen/cache.py); BRIEFGEN_CACHE_DIR="" turns the cache off.

Only for patterns fixed by the package: a pattern built from an article, a name or an option goes to
`re.compile`, or the file would grow with every article read.

Where it fails: it uses the interpreter's regex compiler parts (`re._parser`, `re._compiler`, `_sre.compile`),
which Python does not promise to keep; when they are missing or change shape, or an entry is unreadable or
does not load, the pattern is compiled by `re.compile` as without a cache.
"""

from __future__ import annotations

import array
import atexit
import hashlib
import importlib
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from briefgen.cache import cache_dir, read_private, write_private

_sre: Any = None
_compiler: Any = None
_parser: Any = None
try:
    _sre, _compiler, _parser = (importlib.import_module(name) for name in ("_sre", "re._compiler", "re._parser"))
except ImportError:  # another interpreter: compile as without a cache
    pass

FORMAT = "1"  # bump when what an entry holds changes
MAX_ENTRIES = 5000  # well above the package's patterns; beyond it, only the patterns a process used are kept

Key = tuple[str, int]
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_entries: dict[Key, Entry] | None = None  # read from the cache file on the first call
_used: set[Key] = set()
_fresh = False


def compiled(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with the compiled code kept in the cache folder for the next process."""
    if _compiler is None or _code_type() is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entries = _loaded()
    _used.add(key)
    entry = entries.get(key)
    if entry is not None:
        try:
            return _pattern(pattern, entry)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass  # an entry that no longer loads: compiled again below
    entry = _compile(pattern, int(flags))
    entries[key] = entry
    _note_fresh()
    return _pattern(pattern, entry)


def _code_type() -> str | None:
    """The array type code whose items are the regex engine's code words."""
    size = getattr(_sre, "CODESIZE", None)
    return next((kind for kind in "IL" if array.array(kind).itemsize == size), None)


def _compile(pattern: str, flags: int) -> Entry:
    """What `re._compiler.compile` hands the regex engine for `pattern`, as one cache entry."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groups = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in groups.items():
        names[number] = name
    words = array.array(_code_type() or "I", code).tobytes()
    return (int(flags | parsed.state.flags), words, parsed.state.groups - 1, dict(groups), tuple(names))


def _pattern(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, words, groups, group_index, index_group = entry
    code = array.array(_code_type() or "I", words).tolist()
    return _sre.compile(pattern, flags, code, groups, group_index, index_group)


def cache_file() -> Path | None:
    """The cache file for this interpreter, or None when the cache is off."""
    folder = cache_dir()
    if folder is None:
        return None
    depends_on = (FORMAT, sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
    return folder / f"regex-{hashlib.sha256(repr(depends_on).encode()).hexdigest()[:24]}.bin"


def _loaded() -> dict[Key, Entry]:
    global _entries
    if _entries is None:
        path = cache_file()
        data = read_private(path) if path is not None else None
        _entries = _valid(data)
    return _entries


def _valid(data: bytes | None) -> dict[Key, Entry]:
    """The entries of a cache file's bytes; none when they are missing or not a cache file's."""
    if data is None:
        return {}
    try:
        entries: Any = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _note_fresh() -> None:
    global _fresh
    if not _fresh:
        _fresh = True
        atexit.register(save)


def save() -> None:
    """Write this process's new entries to the cache file (nothing when there are none or the cache is off)."""
    global _fresh
    path = cache_file()
    if not _fresh or _entries is None or path is None:
        return
    kept = _entries if len(_entries) <= MAX_ENTRIES else {key: _entries[key] for key in _used if key in _entries}
    write_private(path, marshal.dumps(kept))
    _fresh = False
