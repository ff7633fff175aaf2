"""Brief folders: their names, the records briefgen keeps in them, and writing a build or an update.

A brief folder holds brief.yaml, the renders, `sources/` (a copy of every article) and two records:

Deleted items: `.briefgen-proposed` lists, one a line, the id of every item briefgen has ever
proposed for the brief; an id listed there but missing from brief.yaml was deleted by a person,
so `briefgen add` does not bring it back.

Rendered files: `.briefgen-rendered` lists, in `sha256sum` format, the sha256 of each file
briefgen rendered into the folder. A render whose content is neither that nor what is about to
be written was edited by a person, and is not overwritten without `--force`; a folder without
the record (made before it existed) counts as briefgen's.

Writing a folder: `build` and `add` make every file in memory (a `FolderUpdate`: templates and
formats have run by then), then write, holding the folder's lock (`files.folder_lock`, so a
second writer waits), in an order where an interruption anywhere leaves the old brief or one the
same command completes when run again: sources, renders, brief.yaml, the ledger, the record of
renders. A new folder is written beside its place and renamed into it, whole or not at all, so
parallel runs never share one.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import InputError, OutputError
from briefgen.model import SECTION_MODELS, Brief
from briefgen.model.filenames import safe_file_name, slug
from briefgen.store.files import folder_lock, fsync_folder, new_folder_mode, write_atomic
from briefgen.store.yaml import (
    BRIEF_FILE,
    brief_to_yaml,
    content_hash,
    edited_by_person,
    parse_document,
    plain,
    read_brief_text,
    refuse_unreadable_size,
)

# Output format → the file a brief folder holds it in.
FORMATS = {"md": "brief.md", "docx": "brief.docx", "html": "brief.html", "pdf": "brief.pdf"}
SOURCES_DIR = "sources"
PROPOSED_FILE = ".briefgen-proposed"
PROPOSED_HEADER = (
    "# Ids of every item briefgen has proposed for this brief, kept by briefgen: an id listed here\n"
    "# but missing from brief.yaml was deleted by a person, and `briefgen add` does not bring it back.\n"
)
RENDERED_FILE = ".briefgen-rendered"
RENDERED_HEADER = (
    "# sha256 of each file briefgen rendered into this folder, kept by briefgen: a file that no longer\n"
    "# matches was edited by a person, and briefgen does not overwrite it without --force.\n"
)


def _holds_other_brief(folder: Path, title: str, sources: Sequence[str] | None) -> bool:
    """A folder is free when missing, empty, or holding this very brief: same title and, when
    `sources` (sha256s) are given, the same articles."""
    if not folder.exists():
        return False
    if not folder.is_dir():
        return True
    brief_path = folder / BRIEF_FILE
    if not brief_path.is_file():
        return any(folder.iterdir())
    try:
        data = plain(parse_document(read_brief_text(brief_path), brief_path))
    except Exception:  # an unreadable brief (or one over a reading limit) is somebody else's: never reuse its folder
        return True
    if not (isinstance(data, dict) and data.get("title") == title):
        return True
    if sources is None:
        return False
    listed = data["sources"] if isinstance(data.get("sources"), list) else []
    return sorted(str(s.get("sha256", "")) for s in listed if isinstance(s, dict)) != sorted(sources)


def folder_name(date: dt.date | None, title: str, number: int = 1) -> str:
    """`<YYYY-MM-DD>-<slug>` (`undated-<slug>` without a date), with `-<number>` from the second on."""
    base = f"{date.isoformat() if date else 'undated'}-{slug(title)}"
    return base if number == 1 else f"{base}-{number}"


def brief_folder(root: Path, date: dt.date | None, title: str, *, sources: Sequence[str] | None = None) -> Path:
    """`root/<YYYY-MM-DD>-<slug>`; if that folder holds a different brief, `-2`, `-3`, ... instead.

    A folder holds the same brief when its brief.yaml has this title and, if `sources` (the
    articles' sha256s) is given, was built from the same articles. Only a look: `save_build_under`
    makes the same choice and claims the folder in one step.
    """
    number = 1
    while _holds_other_brief(Path(root) / folder_name(date, title, number), title, sources):
        number += 1
    return Path(root) / folder_name(date, title, number)


def source_file_names(names: list[str], existing: Iterable[str] = ()) -> list[str]:
    """Safe file names for the sources/ copies (`safe_file_name`), distinct from each other and from
    `existing`, in any case (`a.txt`, `a-2.txt`)."""
    chosen: list[str] = []
    taken: set[str] = {name.casefold() for name in existing}
    for name in names:
        candidate = safe_file_name(name or "article")
        stem, _, suffix = candidate.rpartition(".")
        number = 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{stem}-{number}.{suffix}"
        taken.add(candidate.casefold())
        chosen.append(candidate)
    return chosen


def _raw_for_source(source_index: int, source_id: str, sha256: str, raws: list) -> int | None:
    """Which read article a Source describes: by sha256, else by its id `s<n>`, else by position."""
    for index, raw in enumerate(raws):
        if sha256 and getattr(raw, "sha256", None) == sha256:
            return index
    if source_id.startswith("s") and source_id[1:].isdigit() and 0 < int(source_id[1:]) <= len(raws):
        return int(source_id[1:]) - 1
    return source_index if source_index < len(raws) else None


def brief_item_ids(brief: Brief) -> set[str]:
    """Every item id in the brief, section by section (hand-written items may have none)."""
    return {item.id for section in SECTION_MODELS for item in getattr(brief, section) if item.id}


def read_proposed(folder: Path) -> set[str] | None:
    """The ids briefgen has proposed for the brief in `folder`, or None when it kept no record."""
    lines = _record_lines(Path(folder) / PROPOSED_FILE)
    if lines is None:
        return None
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def _record_lines(path: Path) -> list[str] | None:
    """The lines of one of briefgen's record files, or None when there is none."""
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read: {error}; delete it to start a new record", path=str(path)) from None


def write_proposed(folder: Path, ids: Iterable[str]) -> Path:
    """Record proposed ids, sorted one a line so that the file diffs well in git."""
    path = Path(folder) / PROPOSED_FILE
    write_atomic(path, PROPOSED_HEADER + "".join(f"{item_id}\n" for item_id in sorted(set(ids))))
    return path


def refuse_if_edited(brief_path: Path, force: bool) -> None:
    """OutputError naming the file and `--force` when a person has edited brief.yaml."""
    try:
        present = brief_path.exists()
    except OSError as error:  # a name too long, a folder that cannot be searched: nothing can be written there
        raise OutputError(f"cannot write: {error.strerror or error}", path=str(brief_path)) from None
    if not force and present and edited_by_person(brief_path):
        raise OutputError(
            "a person has edited this brief; use `briefgen add` to merge new articles into it, "
            "or --force to overwrite it",
            path=str(brief_path),
        )


def file_sha256(path: Path) -> str | None:
    """The sha256 (hex) of a file, or None when there is no such file."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None
    except OSError as error:
        raise OutputError(f"cannot read: {error.strerror or error}", path=str(path)) from None


def read_rendered(folder: Path) -> dict[str, set[str]] | None:
    """What `.briefgen-rendered` records (file name → the sha256s briefgen wrote there), or None without a record."""
    lines = _record_lines(Path(folder) / RENDERED_FILE)
    if lines is None:
        return None
    record: dict[str, set[str]] = {}
    for line in lines:
        digest, _, name = line.partition("  ")
        name = name.strip()
        # Only plain file names: the record never makes briefgen read outside the folder.
        if name and not line.startswith("#") and Path(name).name == name and not name.startswith("."):
            record.setdefault(name, set()).add(digest.strip().lower())
    return record


def write_rendered(folder: Path, record: Mapping[str, Iterable[str]]) -> Path:
    """Record the renders' sha256s, in `sha256sum` format (so `sha256sum -c` checks them), sorted for git."""
    path = Path(folder) / RENDERED_FILE
    lines = [f"{digest}  {name}\n" for name in sorted(record) for digest in sorted(record[name])]
    write_atomic(path, RENDERED_HEADER + "".join(lines))
    return path


def _rendered_record(folder: Path) -> dict[str, set[str]]:
    """The record of renders; for a folder made before briefgen kept one, the renders there now (taken as
    briefgen's)."""
    recorded = read_rendered(folder)
    if recorded is not None:
        return recorded
    current = {name: file_sha256(Path(folder) / name) for name in FORMATS.values()}
    return {name: {digest} for name, digest in current.items() if digest}


def edited_renders(folder: Path, renders: Mapping[str, bytes]) -> list[str]:
    """The files among `renders` that a person changed since briefgen wrote them: present in `folder`,
    and neither what briefgen recorded nor already what is about to be written."""
    record = _rendered_record(Path(folder))
    edited = []
    for name, data in renders.items():
        current = file_sha256(Path(folder) / name)
        if current and current not in record.get(name, set()) and current != hashlib.sha256(data).hexdigest():
            edited.append(name)
    return edited


def refuse_if_renders_edited(folder: Path, renders: Mapping[str, bytes], force: bool) -> None:
    """OutputError naming the rendered files a person has edited, and `--force`; nothing when `force`."""
    edited = [] if force else edited_renders(folder, renders)
    if len(edited) == 1:
        raise OutputError(
            "a person has edited this file since briefgen rendered it; use --force to overwrite it",
            path=str(Path(folder) / edited[0]),
        )
    if edited:
        raise OutputError(
            f"a person has edited {' and '.join(edited)} since briefgen rendered them; use --force to overwrite them",
            path=str(folder),
        )


def _write_renders(folder: Path, renders: Mapping[str, bytes]) -> tuple[list[Path], dict[str, set[str]]]:
    """Write the renders, having first recorded both their old and their new sha256s: an interruption between
    two files leaves every file recognised as briefgen's. Returns the paths and the record to finish with."""
    record = _rendered_record(folder)
    final = {name: set(digests) for name, digests in record.items()}
    final.update({name: {hashlib.sha256(data).hexdigest()} for name, data in renders.items()})
    pending = {name: record.get(name, set()) | digests for name, digests in final.items()}
    if pending != final:
        write_rendered(folder, pending)
    paths = []
    for name, data in renders.items():
        write_atomic(folder / name, data)
        paths.append(folder / name)
    return paths, final


def _finish_renders(folder: Path, final: dict[str, set[str]]) -> Path:
    """Write the record of renders with only the new sha256s, for the files that exist."""
    return write_rendered(folder, {name: digests for name, digests in final.items() if (folder / name).is_file()})


def tidy_rendered(folder: Path) -> None:
    """Keep, for each recorded file, only the sha256 it has now when that is one briefgen wrote (an
    interrupted write records two), and forget files that are gone."""
    folder = Path(folder)
    record = read_rendered(folder)
    if record is None:
        return
    current = {name: file_sha256(folder / name) for name in record}
    tidy = {
        name: {now} if now in digests else digests
        for name, digests in record.items()
        if (now := current[name]) is not None
    }
    if tidy != record:
        write_rendered(folder, tidy)


def save_renders(folder: Path, renders: Mapping[str, bytes], *, force: bool = False) -> list[Path]:
    """Write rendered files (file name → content) into `folder` and record their sha256s; the caller holds the lock.

    Refuses, writing nothing, when a person has edited one of the files, unless `force`.
    """
    folder = Path(folder)
    refuse_if_renders_edited(folder, renders, force)
    paths, final = _write_renders(folder, renders)
    _finish_renders(folder, final)
    return paths


@dataclass
class FolderUpdate:
    """Everything one `build` or `add` writes into a brief folder, made in memory before the first write."""

    brief_text: bytes
    sources: dict[str, bytes] = field(default_factory=dict)  # file name in sources/ → the article as read
    renders: dict[str, bytes] = field(default_factory=dict)  # file name → content
    proposed: set[str] = field(default_factory=set)  # the ids for the ledger


def write_update(folder: Path, update: FolderUpdate) -> list[Path]:
    """Write an update into a brief folder, the caller holding its lock, in an order where an interruption
    anywhere leaves the old brief or one that the same command, run again, completes: sources, renders,
    brief.yaml, the ledger, the record of renders.

    Returns the paths as a person reads them: brief.yaml, sources, ledger, renders, record of renders
    (the record only when there are renders).
    """
    folder = Path(folder)
    copies = []
    for name, data in update.sources.items():
        write_atomic(folder / SOURCES_DIR / name, data)
        copies.append(folder / SOURCES_DIR / name)
    rendered, final = _write_renders(folder, update.renders) if update.renders else ([], {})
    write_atomic(folder / BRIEF_FILE, update.brief_text)
    ledger = write_proposed(folder, update.proposed)
    record = [_finish_renders(folder, final)] if update.renders else []
    return [folder / BRIEF_FILE, *copies, ledger, *rendered, *record]


def _fillable(folder: Path) -> bool:
    """A folder a new brief can be renamed into: missing, or an empty folder (not a link to one)."""
    try:
        return not folder.is_symlink() and (not folder.exists() or (folder.is_dir() and not any(folder.iterdir())))
    except OSError:
        return False


def _write_new_folder(folder: Path, update: FolderUpdate) -> list[Path] | None:
    """Write the brief into a temporary folder beside `folder`, then rename it into place: the folder
    appears whole or not at all, and two runs never share it. None when `folder` was filled meanwhile."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".briefgen-", suffix=".tmp", dir=folder.parent))
    except FileExistsError:  # mkdir met a file where a folder of the path should be
        raise OutputError("cannot write: Not a directory", path=str(folder)) from None
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror or error}", path=str(folder)) from None
    try:
        os.chmod(staging, new_folder_mode())
        try:
            written = write_update(staging, update)
        except OutputError as error:  # name the file where the person will look for it, not the temporary one
            where = Path(error.path or staging)
            shown = folder / where.relative_to(staging) if where.is_relative_to(staging) else where
            raise OutputError(str(error).removeprefix(f"{error.path}: "), path=str(shown)) from None
        try:
            os.rename(staging, folder)  # replaces only a missing or empty folder
        except OSError as error:
            if error.errno in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOTDIR):
                return None
            raise
        fsync_folder(folder.parent)
        return [folder / path.relative_to(staging) for path in written]
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror or error}", path=str(folder)) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


class FolderTaken(Exception):
    """The chosen folder turned out to hold another brief (another run was quicker): choose the next one."""


def name_sources(brief: Brief, raws: list) -> dict[str, bytes]:
    """Name each article's copy in sources/ and point the brief's sources at them; set `generated`.

    Returns file name → the article's bytes.
    """
    names = source_file_names([getattr(raw, "name", "") or Path(str(raw.path)).name for raw in raws])
    for index, source in enumerate(brief.sources):
        match = _raw_for_source(index, source.id, source.sha256, raws)
        if match is not None:
            source.path = f"{SOURCES_DIR}/{names[match]}"
    brief.generated = content_hash(brief)
    return {name: raw.data for name, raw in zip(names, raws, strict=True)}


def save_build(
    folder: Path,
    brief: Brief,
    raws: list,
    *,
    renders: Mapping[str, bytes] | None = None,
    force: bool = False,
    still_free: Callable[[Path], bool] | None = None,
) -> list[Path]:
    """Write a built brief into `folder`: sources/, the renders (file name → content), brief.yaml, the
    ledger and the record of renders.

    Returns the written paths (see `write_update`). Updates `brief` in place: each Source.path becomes
    its copy's path relative to the folder, and `generated` the content hash. A new folder is written
    beside and renamed into place; an existing one is written under its lock, and refused (nothing
    written) when a person has edited brief.yaml or a render, unless `force`, or when `still_free`
    says it now holds another brief (FolderTaken).
    """
    folder = Path(folder)
    sources = name_sources(brief, raws)
    text = brief_to_yaml(brief)
    refuse_unreadable_size(text, folder / BRIEF_FILE)
    update = FolderUpdate(text.encode("utf-8"), sources, dict(renders or {}), brief_item_ids(brief))
    if _fillable(folder):
        written = _write_new_folder(folder, update)
        if written is not None:
            return written
    with folder_lock(folder):
        if still_free is not None and not still_free(folder):
            raise FolderTaken(str(folder))
        refuse_if_edited(folder / BRIEF_FILE, force)
        refuse_if_renders_edited(folder, update.renders, force)
        return write_update(folder, update)


def save_build_under(
    root: Path, brief: Brief, raws: list, *, renders: Mapping[str, bytes] | None = None, force: bool = False
) -> list[Path]:
    """`save_build` into `root/<date>-<slug>/`, or `-2`, `-3`... when that holds a different brief (see
    `brief_folder`); the choice and the claim are one step, so parallel runs never share a folder."""
    shas = [source.sha256 for source in brief.sources]

    def free(folder: Path) -> bool:
        return not _holds_other_brief(folder, brief.title, shas)

    number = 1
    while True:
        folder = Path(root) / folder_name(brief.date, brief.title, number)
        if free(folder):
            try:
                return save_build(folder, brief, raws, renders=renders, force=force, still_free=free)
            except FolderTaken:
                pass
        number += 1


def like_original(text: str, original: bytes) -> bytes:
    """`text` as UTF-8 with the line endings (CRLF or LF) and byte-order mark of the file it replaces,
    so that git shows only the lines that changed."""
    bom = codecs.BOM_UTF8 if original.startswith(codecs.BOM_UTF8) else b""
    text = text.removeprefix("\ufeff")
    first = original.find(b"\n")
    if first > 0 and original[first - 1 : first] == b"\r":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return bom + text.encode("utf-8")
