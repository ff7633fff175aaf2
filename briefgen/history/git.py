"""Running git: never through a shell, and a one-line error when git is missing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from briefgen.errors import OutputError


def git(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run git (never through a shell); OutputError when git is not installed."""
    executable = shutil.which("git")
    if executable is None:
        raise OutputError("git is not installed; install git (e.g. `apt-get install git`) and try again")
    return subprocess.run(
        [executable, *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace", check=False
    )
