"""`briefgen check`: what each brief's note still lacks before it goes to the principal."""

from __future__ import annotations

import os
from pathlib import Path


def brief_files(paths: list[Path]) -> list[Path]:
    """The brief.yaml files named: a file as given, a folder's own brief.yaml, else every one below it."""
    from briefgen.errors import InputError
    from briefgen.store.yaml import BRIEF_FILE

    files: list[Path] = []
    for given in map(Path, paths):
        if os.path.isdir(given):  # also False for a name the system refuses; load_brief then says why
            own = given / BRIEF_FILE
            found = [own] if own.is_file() else sorted(given.rglob(BRIEF_FILE))
            if not found:
                raise InputError(f"no {BRIEF_FILE} in this folder", path=str(given))
            files += found
        else:
            files.append(given)
    return files


def check_briefs(paths: list[Path]) -> tuple[list[str], int]:
    """One warning line per lack (`file: field: message`) and the number of briefs checked.

    Fails with the first brief that cannot be found, read or validated (InputError, BriefValidationError)."""
    from briefgen.errors import show_path
    from briefgen.render.readiness import readiness
    from briefgen.store.yaml import load_brief

    files = brief_files(paths)
    lines = []
    for file in files:
        lines += [f"{show_path(file)}: {lack}" for lack in readiness(load_brief(file))]
    return lines, len(files)
