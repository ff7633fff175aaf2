"""The shipped templates' compiled code kept on disk, so that a new process does not compile them again.

Compiling brief.md.j2 and brief.docx's XML costs a cold `briefgen build` more than rendering them
(benchmarks/README.md). `cached_compile(env, kind)` gives a `compile` for the shipped templates' environment
(environment.shipped_environment): the code Jinja makes for a source, stored as `marshal` data under a key that
names everything the code depends on (the source, the environment's class and settings, Jinja's and Python's
versions), in the user's cache folder (briefgen/cache.py; BRIEFGEN_CACHE_DIR set to an empty value turns it
off). Template files a person gives are never cached: they compile in their bounded child.

Where it fails: loading code is running it, so an entry is used only from a folder and file of this user that
no one else can write (POSIX); a folder that cannot be made or written, and an entry that is unreadable,
corrupt or not code, mean compiling as without a cache (and writing the entry again where possible).
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import sys
import types
from pathlib import Path
from typing import Any

from briefgen.cache import cache_dir, read_private, write_private

FORMAT = "1"  # bump when what a key covers changes


def cache_key(env: Any, kind: str, source: str) -> str:
    """sha256 of the source and of everything else the compiled code depends on."""
    import jinja2

    settings = (
        FORMAT,
        kind,
        sys.version,
        importlib.util.MAGIC_NUMBER.hex(),
        jinja2.__version__,
        f"{type(env).__module__}.{type(env).__qualname__}",
        sorted(getattr(env, "intercepted_binops", ())),
        sorted(getattr(env, "intercepted_unops", ())),
        _name(env.autoescape),
        _name(env.finalize),
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        sorted(env.extensions),
        sorted(env.filters),
        sorted(env.tests),
    )
    digest = hashlib.sha256(repr(settings).encode("utf-8"))
    digest.update(source.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _name(value: Any) -> str:
    return f"{value.__module__}.{value.__qualname__}" if callable(value) else repr(value)


def cached_compile(env: Any, kind: str):
    """`env.compile` with the code of each source string kept in the cache folder; any other call (a node, a
    name, raw source) is Jinja's own."""
    plain = env.compile

    def compile_source(source: Any, *args: Any, **options: Any) -> Any:
        folder = cache_dir()
        if folder is None or args or options or not isinstance(source, str):
            return plain(source, *args, **options)
        path = folder / f"{cache_key(env, kind, source)}.code"
        code = load_code(path)
        if code is None:
            code = plain(source)
            store_code(path, code)
        return code

    return compile_source


def load_code(path: Path) -> types.CodeType | None:
    """The code stored at `path`, or None when there is none, or it is not safe or not good to use."""
    data = read_private(path)
    if data is None:
        return None
    try:
        code = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    return code if isinstance(code, types.CodeType) else None


def store_code(path: Path, code: types.CodeType) -> None:
    """Write `code` to `path` atomically, in a folder only this user can use; nothing when it cannot be written."""
    write_private(path, marshal.dumps(code))
