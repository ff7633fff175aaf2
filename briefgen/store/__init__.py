"""brief.yaml on disk: atomic writes, deterministic YAML, loading with every problem reported.

YAML rules (the same for every file briefgen writes):
- fields in schema order (except that an item's `evidence` comes after its content), block style, one item per list entry; strings never folded
  (lines as long as they need to be), unicode kept as is, dates as YYYY-MM-DD;
- every field is always written, so a person sees what can be filled in: an unknown value is
  an empty value (`role:`), an empty list is `[]`; multi-line text is a `|` block.

Hand edits: `generated` holds `content_hash(brief)` of what briefgen wrote, the sha256 of the
brief's canonical JSON without `generated` itself (sorted keys, no spaces, UTF-8). A brief.yaml
was edited by a person when that hash no longer matches its content, or when its text is not
what briefgen would write for that content (a comment, a reordering, a changed quoting).

Deleted items: `.briefgen-proposed` in the brief folder lists, one a line, the id of every item
briefgen has ever proposed for the brief; an id listed there but missing from brief.yaml was
deleted by a person, so `briefgen add` does not bring it back.

Rendered files: `.briefgen-rendered` lists, in `sha256sum` format, the sha256 of each file
briefgen rendered into the folder. A render whose content is neither that nor what is about to
be written was edited by a person, and is not overwritten without `--force`; a folder without
the record (made before it existed) counts as briefgen's.

Writing a folder: `build` and `add` make every file in memory (a `FolderUpdate`: templates and
formats have run by then), then write, holding the folder's lock (an flock on the folder, so a
second writer waits), in an order where an interruption anywhere leaves the old brief or one the
same command completes when run again: sources, renders, brief.yaml, the ledger, the record of
renders. A new folder is written beside its place and renamed into it, whole or not at all, so
parallel runs never share one.

Round trip: `load_document` gives the ruamel CommentedMap that `dump_document` writes back with
a person's comments, order and quoting intact; `merge` updates that document in place.

Limits before work, for every reader (validate, render, add, diff, list, textconv, build's
folder choice), each a BriefValidationError (exit 3) naming the file: a brief.yaml over
MAX_BRIEF_BYTES (2 MB; briefgen writes some 20 KB for a long article) is refused before it is
read; YAML aliases may add at most MAX_ALIAS_EXPANSION characters and nodes to what the file
holds (a 10-line "billion laughs" expands to ~387M strings; briefgen writes no alias), and an
alias inside its own anchor is refused; nesting deeper than MAX_YAML_DEPTH (a brief is 6 deep)
is refused. A value YAML reads but Python cannot hold (`date: 2026-02-30`, `0000-01-01`, an
integer of thousands of digits) is kept as its text, so that the schema reports it on its field.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import errno
import hashlib
import io
import json
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

from briefgen.errors import BriefValidationError, InputError, OutputError, show_path
from briefgen.model import SECTION_MODELS, Brief

if TYPE_CHECKING:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap

BRIEF_FILE = "brief.yaml"
MAX_BRIEF_BYTES = 2 * 1024 * 1024
MAX_ALIAS_EXPANSION = MAX_BRIEF_BYTES
MAX_YAML_DEPTH = 32
MAX_INT_BITS = 63  # a larger integer is kept as its text: no count in a brief comes near it
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
# How long a second writer waits for a brief folder's lock; an `add` holding it renders, PDF included.
LOCK_WAIT_SECONDS = 300.0
LOCK_POLL_SECONDS = 0.05
SLUG_MAX = 60
# Characters YAML cannot show as they are (controls, odd line breaks, BOM): written as "\x85" escapes.
NEEDS_ESCAPES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
HEADER = (
    "brief.yaml: the source of truth for this brief. Edit it freely (comments are kept),\n"
    "then run `briefgen render` (or `briefgen add` for new articles) to update brief.md and brief.docx."
)


# --- writing files -------------------------------------------------------------------------


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _new_file_mode() -> int:
    """The mode a plain `open(path, "w")` would give (mkstemp alone would give 0600)."""
    return 0o666 & ~_umask()


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write `data` to `path` via a temp file in the same folder, fsync and rename.

    An interrupted or failed write leaves the old file whole and no temp file behind; a folder
    that cannot be created or written is an OutputError naming the path.
    """
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o7777 if path.exists() else _new_file_mode()
        descriptor, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror or error}", path=str(path)) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException as error:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write: {error.strerror or error}", path=str(path)) from None
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot open a folder, which is fine."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# --- YAML ----------------------------------------------------------------------------------


def yaml_engine() -> YAML:
    """The one ruamel.yaml configuration used to read and write brief.yaml (round-trip mode)."""
    from ruamel.yaml import YAML

    engine = YAML(typ="rt")
    engine.width = sys.maxsize  # never fold a long sentence over several lines
    engine.indent(mapping=2, sequence=4, offset=2)
    engine.allow_unicode = True
    engine.preserve_quotes = True
    return engine


def _to_yaml_value(value: Any) -> Any:
    """Plain Python → ruamel nodes: dicts keep their order, multi-line text becomes a `|` block."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

    if isinstance(value, dict):
        mapping = CommentedMap()
        for key, item in value.items():
            mapping[key] = _to_yaml_value(item)
        return mapping
    if isinstance(value, (list, tuple)):
        return CommentedSeq(_to_yaml_value(item) for item in value)
    if isinstance(value, str) and NEEDS_ESCAPES.search(value):
        return DoubleQuotedScalarString(value)
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    return value


def to_yaml_value(value: Any) -> Any:
    """A plain value (from `model_dump()`) as a ruamel node, for inserting into a loaded document."""
    return _to_yaml_value(value)


def _evidence_last(value: Any) -> Any:
    """Move each item's `evidence` after its content: a person reads `name:` before the sources."""
    if isinstance(value, dict):
        ordered = {key: _evidence_last(item) for key, item in value.items() if key != "evidence"}
        if "evidence" in value:
            ordered["evidence"] = _evidence_last(value["evidence"])
        return ordered
    if isinstance(value, list):
        return [_evidence_last(item) for item in value]
    return value


def item_to_yaml_value(item: Any) -> Any:
    """One schema model (a stakeholder, a quote...) as a ruamel node laid out like brief.yaml."""
    return _to_yaml_value(_evidence_last(item.model_dump(mode="python")))


def brief_to_document(brief: Brief) -> CommentedMap:
    """The brief as a fresh ruamel document with the header comment."""
    document = _to_yaml_value(_evidence_last(brief.model_dump(mode="python")))
    document.yaml_set_start_comment(HEADER)
    return document


def dump_document(document: Any) -> str:
    """A ruamel document (fresh or loaded) as YAML text."""
    buffer = io.StringIO()
    yaml_engine().dump(document, buffer)
    return buffer.getvalue()


def brief_to_yaml(brief: Brief) -> str:
    """The brief as deterministic, diff-friendly YAML text (see the module docstring for the rules)."""
    return dump_document(brief_to_document(brief))


def content_hash(brief: Brief) -> str:
    """sha256 of the brief's canonical JSON without `generated`: what `generated` records."""
    content = brief.model_dump(mode="json", exclude={"generated"})
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- reading -------------------------------------------------------------------------------


def _too_big(size: int) -> str:
    return (f"the file is {size / (1024 * 1024):.1f} MB, over the {MAX_BRIEF_BYTES // (1024 * 1024)} MB limit for a "
            "brief.yaml (briefgen writes some 20 KB for a long article); cut it down")


def _read_text(path: Path) -> str:
    """The text of a brief.yaml; missing, a folder or not UTF-8 is an InputError naming it, over
    MAX_BRIEF_BYTES a BriefValidationError (checked before reading)."""
    path = Path(path)
    try:
        if not path.exists():
            raise InputError("no such file", path=str(path))
        if path.is_dir():
            raise InputError(f"is a folder, not a brief.yaml (try {show_path(path / BRIEF_FILE)})", path=str(path))
        size = path.stat().st_size
        if size > MAX_BRIEF_BYTES:
            raise BriefValidationError([_too_big(size)], path=str(path))
        with path.open("rb") as handle:
            data = handle.read(MAX_BRIEF_BYTES + 1)  # a file growing meanwhile is cut, and refused below
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text's universal newlines
    except UnicodeDecodeError:
        raise BriefValidationError(["not UTF-8 text; save the file as UTF-8"], path=str(path)) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=str(path)) from None


class YAMLLimitError(Exception):
    """A brief.yaml over one of the reading limits (aliases, nesting): the problem and where."""

    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem)
        self.problem, self.mark = problem, mark


def _node_weight(node: Any, weights: dict[int, int]) -> int:
    """What a node stands for once its aliases are expanded: one per node, plus its text."""
    key = id(node)
    if key not in weights:
        value = node.value
        if isinstance(value, str):
            weights[key] = 1 + len(value)
        else:
            children = (child for pair in value for child in (pair if isinstance(pair, tuple) else (pair,)))
            weights[key] = 1 + sum(_node_weight(child, weights) for child in children)
    return weights[key]


_LOADING_CLASSES: tuple[type, type] | None = None


def _loading_classes() -> tuple[type, type]:
    """ruamel's round-trip composer and constructor with briefgen's reading limits (built on first use,
    so that ruamel is imported only by commands that read YAML)."""
    global _LOADING_CLASSES
    if _LOADING_CLASSES is not None:
        return _LOADING_CLASSES
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.events import AliasEvent

    class BoundedComposer(Composer):
        """Refuses aliases that expand past MAX_ALIAS_EXPANSION, and an alias inside its own anchor."""

        def compose_document(self) -> Any:
            self.expanded, self.weights, self.open_anchors = 0, {}, set()
            return super().compose_document()

        def compose_node(self, parent: Any, index: Any) -> Any:
            event = self.parser.peek_event()
            if isinstance(event, AliasEvent):
                if event.anchor in self.open_anchors:
                    raise YAMLLimitError(f"the alias *{event.anchor} is inside its own anchor (an endless "
                                         "structure); write the values out", event.start_mark)
                node = super().compose_node(parent, index)
                self.expanded += _node_weight(node, self.weights)
                if self.expanded > MAX_ALIAS_EXPANSION:
                    raise YAMLLimitError(f"YAML aliases (*{event.anchor}) expand to more than "
                                         f"{MAX_ALIAS_EXPANSION // (1024 * 1024)} MB; write the values out "
                                         "(briefgen writes no aliases)", event.start_mark)
                return node
            if self.depth + 1 > MAX_YAML_DEPTH:
                raise YAMLLimitError(f"nested deeper than {MAX_YAML_DEPTH} levels (a brief is 6 deep)",
                                     event.start_mark)
            anchor = event.anchor
            if anchor is None:
                return super().compose_node(parent, index)
            self.open_anchors.add(anchor)
            try:
                return super().compose_node(parent, index)
            finally:
                self.open_anchors.discard(anchor)

    class LenientConstructor(RoundTripConstructor):
        """Keeps as text a date Python has no such day for, or an integer too large for any count,
        for the schema to report on its field (ruamel raises ValueError for both)."""

        def construct_yaml_int(self, node: Any) -> Any:
            try:
                value = super().construct_yaml_int(node)
            except ValueError:  # over Python's limit of 4,300 digits
                return str(node.value)
            return value if abs(int(value)).bit_length() <= MAX_INT_BITS else str(node.value)

        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            try:
                return super().construct_yaml_timestamp(node, values)
            except (ValueError, OverflowError):  # 2026-02-30, 2026-13-45, 0000-01-01
                return str(node.value)

    LenientConstructor.add_constructor("tag:yaml.org,2002:int", LenientConstructor.construct_yaml_int)
    LenientConstructor.add_constructor("tag:yaml.org,2002:timestamp", LenientConstructor.construct_yaml_timestamp)
    _LOADING_CLASSES = (BoundedComposer, LenientConstructor)
    return _LOADING_CLASSES


def loading_engine() -> YAML:
    """`yaml_engine` for reading brief.yaml, with the limits of the module docstring."""
    engine = yaml_engine()
    engine.Composer, engine.Constructor = _loading_classes()
    return engine


def parse_document(text: str, path: Path) -> CommentedMap:
    """YAML text → ruamel document; a syntax error is a BriefValidationError with line and column,
    and so is a file over a reading limit (size, aliases, nesting)."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if len(text) > MAX_BRIEF_BYTES:  # text from git; a file was checked before it was read
        raise BriefValidationError([_too_big(len(text.encode("utf-8", "surrogatepass")))], path=str(path))
    try:
        document = loading_engine().load(text)
    except YAMLLimitError as error:
        where = f"line {error.mark.line + 1}, column {error.mark.column + 1}: " if error.mark else ""
        raise BriefValidationError([f"{where}{error.problem}"], path=str(path)) from None
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = error.problem or error.context or "invalid YAML"
        raise BriefValidationError([f"{where}YAML syntax error: {problem}"], path=str(path)) from None
    except YAMLError as error:
        raise BriefValidationError([f"YAML syntax error: {' '.join(str(error).split())}"], path=str(path)) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as error:  # ruamel has no other contract
        raise BriefValidationError([f"cannot be read as YAML ({type(error).__name__}: {error})"],
                                   path=str(path)) from None
    from ruamel.yaml.comments import CommentedMap

    if not isinstance(document, CommentedMap):
        raise BriefValidationError(["the file must be a YAML mapping of brief fields (title: ..., meeting: ...)"],
                                   path=str(path))
    return document


def plain(value: Any) -> Any:
    """A ruamel node as plain Python (str, int, bool, date, None, list, dict) for pydantic."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, bool) or value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return value


def brief_from_document(document: Any, path: Path) -> Brief:
    """Validate a loaded document; every schema problem is reported as `field.path: message`."""
    from pydantic import ValidationError

    try:
        return Brief.model_validate(plain(document))
    except ValidationError as error:
        problems = [f"{'.'.join(str(part) for part in issue['loc']) or '(top level)'}: {issue['msg']}"
                    for issue in error.errors()]
        raise BriefValidationError(problems, path=str(path)) from None


def load_document(path: Path) -> tuple[CommentedMap, Brief]:
    """Read brief.yaml as an editable round-trip document and as a validated Brief."""
    document = parse_document(_read_text(path), path)
    return document, brief_from_document(document, path)


def load_brief(path: Path) -> Brief:
    """Read and validate a brief.yaml (InputError if missing, BriefValidationError listing every problem)."""
    return load_document(path)[1]


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


# --- hand edits ----------------------------------------------------------------------------


def edited_by_person(path: Path) -> bool:
    """True when brief.yaml differs from what briefgen last wrote there (content or text).

    Unreadable, invalid and hand-written files (no `generated`) count as edited: they are
    somebody's work and must not be overwritten without `--force`.
    """
    try:
        text = _read_text(path)
        brief = brief_from_document(parse_document(text, path), path)
    except (BriefValidationError, InputError):
        return True
    return brief.generated != content_hash(brief) or brief_to_yaml(brief) != text


# --- brief folders -------------------------------------------------------------------------


def slug(title: str) -> str:
    """A safe folder name from a title: ASCII, lowercase, hyphens, at most SLUG_MAX chars, never empty."""
    from slugify import slugify

    return slugify(title or "", max_length=SLUG_MAX, word_boundary=True, save_order=True) or "brief"


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
        data = plain(parse_document(_read_text(brief_path), brief_path))
    except Exception:  # an unreadable brief (or one over a reading limit) is somebody else's: never reuse its folder
        return True
    if not (isinstance(data, dict) and data.get("title") == title):
        return True
    if sources is None:
        return False
    listed = data.get("sources") if isinstance(data.get("sources"), list) else []
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


# --- saving a build ------------------------------------------------------------------------


def source_file_names(names: list[str], existing: Iterable[str] = ()) -> list[str]:
    """Safe file names for the sources/ copies, distinct from each other and from `existing` (`a.txt`, `a-2.txt`)."""
    from slugify import slugify

    chosen: list[str] = []
    taken: set[str] = {name.casefold() for name in existing}
    for name in names:
        path = Path(Path(name or "article").name)
        stem = slugify(path.stem, max_length=SLUG_MAX, word_boundary=True, lowercase=False) or "article"
        suffix = "".join(ch for ch in path.suffix.lower() if ch.isascii() and (ch.isalnum() or ch == "."))
        candidate, number = f"{stem}{suffix}", 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{stem}-{number}{suffix}"
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
    path = Path(folder) / PROPOSED_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read: {error}; delete it to start a new record", path=str(path)) from None
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def write_proposed(folder: Path, ids: Iterable[str]) -> Path:
    """Record proposed ids, sorted one a line so that the file diffs well in git."""
    path = Path(folder) / PROPOSED_FILE
    write_atomic(path, PROPOSED_HEADER + "".join(f"{item_id}\n" for item_id in sorted(set(ids))))
    return path


def refuse_unreadable_size(text: str, brief_path: Path) -> None:
    """OutputError, before anything is written, when brief.yaml would be over MAX_BRIEF_BYTES: briefgen
    never writes a brief it would refuse to read (each item's evidence grows with a repetitive article)."""
    size = len(text.encode("utf-8"))
    if size > MAX_BRIEF_BYTES:
        raise OutputError(f"the brief would be {size / (1024 * 1024):.1f} MB, over the {MAX_BRIEF_BYTES // (1024 * 1024)} "
                          "MB a brief.yaml may hold; build it from shorter articles (or split them)", path=str(brief_path))


def refuse_if_edited(brief_path: Path, force: bool) -> None:
    """OutputError naming the file and `--force` when a person has edited brief.yaml."""
    try:
        present = brief_path.exists()
    except OSError as error:  # a name too long, a folder that cannot be searched: nothing can be written there
        raise OutputError(f"cannot write: {error.strerror or error}", path=str(brief_path)) from None
    if not force and present and edited_by_person(brief_path):
        raise OutputError(
            "a person has edited this brief; use `briefgen add` to merge new articles into it, "
            "or --force to overwrite it", path=str(brief_path))



# --- rendered files ------------------------------------------------------------------------


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
    path = Path(folder) / RENDERED_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read: {error}; delete it to start a new record", path=str(path)) from None
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
    """The record of renders; for a folder made before briefgen kept one, the renders there now (taken as briefgen's)."""
    recorded = read_rendered(folder)
    if recorded is not None:
        return recorded
    from briefgen.pipeline import FORMATS

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
        raise OutputError("a person has edited this file since briefgen rendered it; use --force to overwrite it",
                          path=str(Path(folder) / edited[0]))
    if edited:
        raise OutputError(f"a person has edited {' and '.join(edited)} since briefgen rendered them; "
                          "use --force to overwrite them", path=str(folder))


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
    tidy = {name: {current[name]} if current[name] in digests else digests
            for name, digests in record.items() if current[name]}
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


# --- one writer per brief folder -------------------------------------------------------------


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the write lock of a brief folder. Another briefgen run waits for it up to LOCK_WAIT_SECONDS,
    then fails with an OutputError naming the folder.

    The lock is an flock on the folder itself, so no lock file appears in the folder or in git, and it
    goes when the process ends, however it ends. Where flock is missing (Windows) or refused (some
    network file systems), briefgen writes without it.
    """
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror or error}", path=str(folder)) from None
    try:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OutputError("another briefgen run is writing this brief; try again when it has finished",
                                      path=str(folder)) from None
                time.sleep(LOCK_POLL_SECONDS)
            except OSError:
                break
        yield
    finally:
        os.close(descriptor)


# --- writing a brief folder ------------------------------------------------------------------


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


def _new_folder_mode() -> int:
    """The mode a plain `mkdir` would give (mkdtemp alone would give 0700)."""
    return 0o777 & ~_umask()


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
        os.chmod(staging, _new_folder_mode())
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
        _fsync_folder(folder.parent)
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
    return {name: raw.data for name, raw in zip(names, raws)}


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


def save_build_under(root: Path, brief: Brief, raws: list, *, renders: Mapping[str, bytes] | None = None,
                     force: bool = False) -> list[Path]:
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
    if first > 0 and original[first - 1:first] == b"\r":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return bom + text.encode("utf-8")
