"""`briefgen diff`, `textconv`, `git-setup` and `list`: the history of briefs in git."""

from __future__ import annotations

from pathlib import Path


def diff_text(old: str, new: str) -> str:
    """What changed between two briefs (files, folders or `REV:path`), section by section."""
    from briefgen.history.diff import diff_text as brief_diff_text

    return brief_diff_text(old, new)


def textconv(path: Path) -> str:
    """A .docx or brief.yaml as plain text, for `git diff`."""
    from briefgen.history.textconv import textconv as text_of

    return text_of(path)


def git_setup(repo: Path) -> list[str]:
    """Make `git diff` show brief.docx as text in the repository at `repo`; report lines."""
    from briefgen.history.gitsetup import git_setup as set_up

    return set_up(repo)


def list_table(folder: Path) -> str:
    """A table of the briefs under `folder`."""
    from briefgen.history.listing import list_table as table_of

    return table_of(folder)
