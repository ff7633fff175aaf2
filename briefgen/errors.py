"""One rooted exception hierarchy: every message here is shown to a user as one line.

The CLI catches `BriefgenError`, prints `str(error)` and exits with `error.exit_code`.
Messages name the file (when there is one) and the problem, and say how to fix it when
that is known.
"""

from __future__ import annotations


class BriefgenError(Exception):
    """Base of every error a user may see. `exit_code` is documented in the README."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)

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
