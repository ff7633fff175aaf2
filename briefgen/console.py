"""The `briefgen` console script: one command line in a process of its own (`app` is the CLI itself, in
`cli.py`, which tests and other programs call)."""

from __future__ import annotations

import gc
import os
import sys

from briefgen.cli import OUTPUT_EXIT, app

# The command's process, not the library, decides how often Python's cycle collector runs. Extraction
# allocates hundreds of thousands of small objects that die without cycles, and the collector at its
# default threshold walks them again and again (12% of extracting 1 MB of text, benchmarks/README.md).
# Frozen imports and a threshold of 10,000 allocations leave cycles collected, seldom.
GC_THRESHOLD = (10_000, 10, 10)


def main() -> None:
    """The `briefgen` console script and `python -m briefgen`: run one command line, then end the process.

    The process runs one command and ends, so it sets two things the interpreter does for a program that goes
    on (benchmarks/README.md):
    - cyclic garbage collection runs seldom (GC_THRESHOLD), over the objects made after the imports only;
    - the interpreter's teardown, freeing every module and object one by one, is skipped: the library has
      written, fsynced and closed every file before the command returns, standard output and error are flushed
      here (a failure is exit 5, as for any write to them), and `os._exit` ends the process.
    `app()` itself, which tests and other programs call, is left as it is.
    """
    # The console script owns the process; library code never changes the collector.
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        app()
        code = 0
    except SystemExit as stop:
        code = exit_status(stop.code)
    save_caches()
    os._exit(flushed(code))


def save_caches() -> None:
    """Write what the command added to the regex cache: `os._exit` skips the exit handler that would."""
    regex_cache = sys.modules.get("briefgen.regex_cache")
    if regex_cache is not None:
        regex_cache.save()


def exit_status(code: object) -> int:
    """The process's exit status for `sys.exit(code)`, as the interpreter gives it (a message is printed)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def flushed(code: int) -> int:
    """Flush standard output and error before the process ends; `code`, or 5 when stdout could not be written."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # full, closed or a broken pipe: the command's own flush said so already
            if code == 0 and stream is sys.stdout:
                code = OUTPUT_EXIT
    return code
