"""`briefgen git-setup`: make `git diff` show brief.docx as text through `briefgen textconv`."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from briefgen.errors import InputError, OutputError, show_path
from briefgen.history.git import git
from briefgen.store import files

GIT_ATTRIBUTES = ("*.docx diff=briefgen",)
# Lines git-setup removes if a repository has them: brief.yaml is the source of truth and is diffed as text,
# so that every edit shows in `git diff`, a comment included; `briefgen diff` compares items.
RETIRED_ATTRIBUTES = ("brief.yaml diff=briefgen",)


def textconv_command() -> str:
    """The textconv command for git's shell: this very interpreter running `-m briefgen textconv`, so
    that `git diff` works where `briefgen` is not on PATH (a virtual environment that is not activated).

    `-P` keeps the repository's own folder off the module path: a `briefgen/` folder in the repository
    being diffed is never imported."""
    if not sys.executable:  # an embedded interpreter that cannot say where it is
        return "briefgen textconv"
    return f"{shlex.quote(sys.executable)} -P -m briefgen textconv"


def git_setup(repo: Path) -> list[str]:
    """Diff brief.docx through textconv: the `.gitattributes` line (once, replacing the brief.yaml line
    earlier versions wrote) and `git config diff.briefgen.textconv` and `.cachetextconv`; report lines."""
    repo = Path(repo)
    if not os.path.isdir(repo):  # also False for a name the system refuses (too long)
        raise InputError("no such folder", path=str(repo))
    top = git("rev-parse", "--show-toplevel", cwd=repo)
    if top.returncode != 0:
        raise InputError("not inside a git repository; run `git init` first", path=str(repo))
    attributes = Path(top.stdout.strip()) / ".gitattributes"
    try:  # bytes kept as they are: line endings, and bytes that are not UTF-8
        text = attributes.read_bytes().decode("utf-8", "surrogateescape") if attributes.exists() else ""
    except OSError as error:
        raise OutputError(f"cannot read: {error.strerror or error}", path=str(attributes)) from None
    lines = text.splitlines(keepends=True)
    kept = [line for line in lines if " ".join(line.split()) not in RETIRED_ATTRIBUTES]
    present = {" ".join(line.split()) for line in kept}
    missing = [line for line in GIT_ATTRIBUTES if line not in present]
    shown = show_path(attributes)
    report = [
        f"{shown}: removed {' '.join(line.split())} (brief.yaml is diffed as text)"
        for line in lines
        if line not in kept
    ]
    report += [f"{shown}: added {line}" for line in missing]
    if report:
        new_text = "".join(kept)
        separator = "" if not new_text or new_text.endswith("\n") else "\n"
        new_text += separator + "".join(f"{line}\n" for line in missing)
        files.write_atomic(attributes, new_text.encode("utf-8", "surrogateescape"))
    else:
        report.append(f"{shown}: already set up")
    for key, value in (("diff.briefgen.textconv", textconv_command()), ("diff.briefgen.cachetextconv", "true")):
        configured = git("config", key, value, cwd=repo)
        if configured.returncode != 0:
            raise OutputError(f"git config failed: {configured.stderr.strip()}", path=str(repo))
        report.append(f"git config {key} {shlex.quote(value)}")
    return report
