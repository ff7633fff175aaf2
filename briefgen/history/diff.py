"""`briefgen diff`: what changed between two briefs (files, folders or `REV:path` in git), section
by section, item by item."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from briefgen.errors import InputError, UsageError, printable, show_path
from briefgen.history.git import git
from briefgen.model import SECTION_MODELS, Brief
from briefgen.store import yaml as brief_yaml

BRIEF_FIELDS = ("schema_version", "title", "classification", "prepared_for", "prepared_by", "date", "version")


def _git_show(spec: str) -> str:
    """The text of `REV:path` in git; a path without `./` is tried from the repository root, then from here.

    The spec is never read by git as an option (`--output=FILE:x` would make `git show` write FILE):
    a revision starting with '-' is refused, and `--end-of-options` comes first in any case."""
    revision, path = spec.split(":", 1)
    if revision.startswith("-"):
        raise UsageError(
            "not a file, and a git revision cannot start with '-'; give a brief.yaml, a folder or REV:path", path=spec
        )
    tried = [path] if path.startswith(("./", "../")) else [path, f"./{path}"]
    for candidate in tried:
        result = git("show", "--end-of-options", f"{revision}:{candidate}")
        if result.returncode == 0:
            return result.stdout
    problem = (result.stderr.strip().splitlines() or ["git show failed"])[-1].removeprefix("fatal: ")
    raise InputError(f"cannot read from git: {problem}", path=spec)


def _load_side(spec: str) -> Brief:
    """A brief from a file, a folder holding brief.yaml, or `REV:path` in git."""
    path = Path(spec)
    # os.path, not Path: a name the system refuses (too long) is no folder, and load_brief says why.
    if os.path.isdir(path):
        return brief_yaml.load_brief(path / brief_yaml.BRIEF_FILE)
    if os.path.exists(path) or ":" not in spec:
        return brief_yaml.load_brief(path)
    return brief_yaml.brief_from_document(brief_yaml.parse_document(_git_show(spec), Path(spec)), Path(spec))


def _show(value: Any) -> str:
    """A field value on one line: empty values say so."""
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def item_label(section: str, item: Any) -> str:
    """How an item is named in a diff or a listing: its id and its name or text."""
    key = (
        getattr(item, "name", None)
        or getattr(item, "text", None)
        or getattr(item, "title", None)
        or getattr(item, "path", None)
        or ""
    )
    ident = getattr(item, "id", "") or "(no id)"
    return f"{ident} {key}".strip()


def _item_changes(old: Any, new: Any) -> list[str]:
    """`field: old → new` for every field that differs; evidence is summed up as a count."""
    changes = []
    before, after = old.model_dump(mode="python"), new.model_dump(mode="python")
    for field in before:
        if field == "evidence":
            continue
        if before[field] != after[field]:
            changes.append(f"{field}: {_show(before[field])} → {_show(after[field])}")
    if before.get("evidence") != after.get("evidence"):
        changes.append(f"evidence: {len(before['evidence'])} → {len(after['evidence'])} sentence(s)")
    return changes


def _keyed(items: Iterable[Any]) -> dict[str, Any]:
    """Items by id (by text for hand-written items without one), first occurrence kept."""
    keyed: dict[str, Any] = {}
    for item in items:
        key = getattr(item, "id", "") or f"text:{getattr(item, 'name', None) or getattr(item, 'text', '')}"
        keyed.setdefault(key, item)
    return keyed


def _section_diff(section: str, old_items: list, new_items: list) -> list[str]:
    """Lines `+ added`, `- removed`, `~ changed` for one section, in the new brief's order."""
    old_by, new_by = _keyed(old_items), _keyed(new_items)
    lines = [f"  - {item_label(section, item)}" for key, item in old_by.items() if key not in new_by]
    for key, item in new_by.items():
        if key not in old_by:
            lines.append(f"  + {item_label(section, item)}")
        else:
            changes = _item_changes(old_by[key], item)
            if changes:
                lines.append(f"  ~ {item_label(section, item)}")
                lines += [f"      {change}" for change in changes]
    return lines


def _strings_diff(old: list[str], new: list[str]) -> list[str]:
    """Lines for a list of plain strings (summary, topics): removed then added."""
    return [f"  - {text}" for text in old if text not in new] + [f"  + {text}" for text in new if text not in old]


def brief_diff(old: Brief, new: Brief) -> list[str]:
    """The changes from `old` to `new`: furniture, meeting, then each section by item id."""
    lines = [
        f"{field}: {_show(getattr(old, field))} → {_show(getattr(new, field))}"
        for field in BRIEF_FIELDS
        if getattr(old, field) != getattr(new, field)
    ]
    for field in type(old.meeting).model_fields:
        if field != "evidence" and getattr(old.meeting, field) != getattr(new.meeting, field):
            lines.append(
                f"meeting.{field}: {_show(getattr(old.meeting, field))} → {_show(getattr(new.meeting, field))}"
            )
    sections: list[tuple[str, list[str]]] = [("summary", _strings_diff(old.summary, new.summary))]
    sections += [(name, _section_diff(name, getattr(old, name), getattr(new, name))) for name in SECTION_MODELS]
    sections += [
        ("topics", _strings_diff(old.topics, new.topics)),
        ("sources", _section_diff("sources", old.sources, new.sources)),
    ]
    for name, section_lines in sections:
        if section_lines:
            lines += [f"{name}:", *section_lines]
    return lines


def diff_text(old: str, new: str) -> str:
    """A semantic diff of two briefs (files, folders or `REV:path`): what was added, removed, changed."""
    lines = brief_diff(_load_side(old), _load_side(new))
    header = [f"--- {show_path(old)}", f"+++ {show_path(new)}"]
    # A value typed into brief.yaml may hold a terminal escape sequence: shown escaped, like a file name.
    return "\n".join(header + [printable(line) for line in lines or ["no changes"]]) + "\n"
