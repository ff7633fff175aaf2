"""One rooted exception hierarchy: every message here is shown to a user as one line.

The CLI catches `BriefgenError`, prints `str(error)` and exits with `error.exit_code`.
Messages name the file (when there is one) and the problem, and say how to fix it when
that is known. Every file name shown to a user goes through `show_path`, so that a newline or a
terminal escape sequence in a name is shown escaped, never printed raw.
"""

from __future__ import annotations

import os

# Inside a quoted name a backslash and a quote are escaped too, so that the name reads back unambiguously.
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    """One character of a name that is not printable, as a Python-style escape."""
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape): show the byte
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def show_path(path: str | os.PathLike[str]) -> str:
    """A file name as a user should see it in a message: as it is when every character is printable
    (non-ASCII letters included), else quoted with escapes (`'a\\nb.txt'`, `'\\x1b]0;x\\x07'`), so that a
    newline or a terminal escape sequence in a name can neither break a line nor drive the terminal.

    Showing a shown name again changes nothing (the escaped form is printable)."""
    text = os.fspath(path)
    if text.isprintable():
        return text
    return "'" + "".join(char if char.isprintable() and char not in _ESCAPES else _escape(char) for char in text) + "'"


def printable(text: str) -> str:
    """A message with every unprintable character escaped in place (a last guard for one-line output)."""
    return "".join(char if char.isprintable() else _escape(char) for char in text)


class BriefgenError(Exception):
    """Base of every error a user may see. `exit_code` is documented in the README."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | os.PathLike[str] | None = None) -> None:
        self.path = path
        super().__init__(f"{show_path(path)}: {message}" if path else message)

    def __reduce__(self):
        """Pickled as its message and attributes, so an error raised in a child process comes back intact."""
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[BriefgenError], args: tuple, state: dict) -> BriefgenError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InputError(BriefgenError):
    """An article cannot be read: missing, a directory, empty, binary, corrupt, too big."""

    exit_code = 2


class BriefValidationError(BriefgenError):
    """A brief.yaml is not valid YAML or does not match the schema."""

    exit_code = 3

    def __init__(self, problems: list[str], *, path: str | None = None) -> None:
        self.problems = problems
        super().__init__("; ".join(problems), path=path)


class TemplateError(BriefgenError):
    """A template cannot be loaded or rendered (syntax error, unknown variable, unsafe access)."""

    exit_code = 4


class OutputError(BriefgenError):
    """An output cannot be written, or writing it would lose a person's edits."""

    exit_code = 5


class UsageError(BriefgenError):
    """An option has a value briefgen does not know (e.g. an unknown output format)."""

    exit_code = 64
