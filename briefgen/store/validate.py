"""`briefgen validate`: check brief.yaml files, and every brief.yaml in a folder."""

from __future__ import annotations

import os
from pathlib import Path

from briefgen.errors import BriefValidationError, InputError, show_path
from briefgen.store.yaml import BRIEF_FILE, load_brief


def validate_paths(paths: list[Path]) -> list[str]:
    """Check files and folders (every brief.yaml below them); each problem as `file: field: message`."""
    problems: list[str] = []
    for given in paths:
        given = Path(given)
        if os.path.isdir(given):  # also False for a name the system refuses; load_brief says why
            files = sorted(given.rglob(BRIEF_FILE))
            if not files:
                problems.append(f"{show_path(given)}: no {BRIEF_FILE} in this folder")
        else:
            files = [given]
        for file in files:
            try:
                load_brief(file)
            except BriefValidationError as error:
                problems.extend(f"{show_path(file)}: {problem}" for problem in error.problems)
            except InputError as error:
                problems.append(str(error))
    return problems
