"""brief.yaml as text: deterministic YAML, loading with every problem reported, hand edits recognised.

YAML rules (the same for every file briefgen writes):
- fields in schema order (except that an item's `evidence` comes after its content), block style, one
  item per list entry; strings never folded (lines as long as they need to be), unicode kept as is, dates as YYYY-MM-DD;
- every field is always written, so a person sees what can be filled in: an unknown value is
  an empty value (`role:`), an empty list is `[]`; multi-line text is a `|` block.

Hand edits: `generated` holds `content_hash(brief)` of what briefgen wrote, the sha256 of the
brief's canonical JSON without `generated` itself (sorted keys, no spaces, UTF-8). A brief.yaml
was edited by a person when that hash no longer matches its content, or when its text is not
what briefgen would write for that content (a comment, a reordering, a changed quoting).

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

import datetime as dt
import hashlib
import io
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefgen.errors import BriefValidationError, InputError, OutputError, show_path
from briefgen.model import Brief
from briefgen.regex_cache import compiled

if TYPE_CHECKING:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap


BRIEF_FILE = "brief.yaml"
MAX_BRIEF_BYTES = 2 * 1024 * 1024
MAX_ALIAS_EXPANSION = MAX_BRIEF_BYTES
MAX_YAML_DEPTH = 32
MAX_INT_BITS = 63  # a larger integer is kept as its text: no count in a brief comes near it


# Characters YAML cannot show as they are (controls, odd line breaks, BOM): written as "\x85" escapes.
NEEDS_ESCAPES = compiled("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
HEADER = (
    "brief.yaml: the source of truth for this brief. Edit it freely (comments are kept),\n"
    "then run `briefgen render` (or `briefgen add` for new articles) to update brief.md and brief.docx."
)


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


def brief_data(brief: Brief, *, held_only: bool = False) -> dict[str, Any]:
    """The brief as plain data in brief.yaml's order; with `held_only`, only the fields a loaded brief's file
    holds (those an older briefgen wrote, without fields added since)."""
    return _evidence_last(brief.model_dump(mode="python", exclude_unset=held_only))


def brief_to_document(brief: Brief, *, held_only: bool = False) -> CommentedMap:
    """The brief as a fresh ruamel document with the header comment (see `brief_data` for `held_only`)."""
    document = _to_yaml_value(brief_data(brief, held_only=held_only))
    document.yaml_set_start_comment(HEADER)
    return document


def dump_document(document: Any) -> str:
    """A ruamel document (fresh or loaded) as YAML text."""
    buffer = io.StringIO()
    yaml_engine().dump(document, buffer)
    return buffer.getvalue()


def brief_to_yaml(brief: Brief, *, held_only: bool = False) -> str:
    """The brief as deterministic, diff-friendly YAML text (see the module docstring for the rules); with
    `held_only`, only the fields the file a brief was loaded from holds.

    Written by `yaml_writer` without ruamel, which gives the bytes ruamel's dumper would; ruamel writes what
    that writer leaves to it (multi-line text, escapes)."""
    from briefgen.store.yaml_writer import yaml_text

    text = yaml_text(brief_data(brief, held_only=held_only), HEADER)
    return text if text is not None else dump_document(brief_to_document(brief, held_only=held_only))


def content_hash(brief: Brief, *, held_only: bool = False) -> str:
    """sha256 of the brief's canonical JSON without `generated`: what `generated` records. With `held_only`,
    over the fields the file a brief was loaded from holds: a brief an older briefgen wrote, before a field
    was added to the schema, hashes as it did then."""
    content = brief.model_dump(mode="json", exclude={"generated"}, exclude_unset=held_only)
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _too_big(size: int) -> str:
    return (
        f"the file is {size / (1024 * 1024):.1f} MB, over the {MAX_BRIEF_BYTES // (1024 * 1024)} MB limit for a "
        "brief.yaml (briefgen writes some 20 KB for a long article); cut it down"
    )


def read_brief_text(path: Path) -> str:
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


_LOADING_CLASSES: tuple[type[Any], type[Any]] | None = None


def _loading_classes() -> tuple[type[Any], type[Any]]:
    """ruamel's round-trip composer and constructor with briefgen's reading limits (built on first use,
    so that ruamel is imported only by commands that read YAML)."""
    global _LOADING_CLASSES
    if _LOADING_CLASSES is None:
        _LOADING_CLASSES = (_bounded_composer(), _lenient_constructor())
    return _LOADING_CLASSES


def _bounded_composer() -> type[Any]:
    """ruamel's Composer, refusing aliases past MAX_ALIAS_EXPANSION and nesting past MAX_YAML_DEPTH."""
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.events import AliasEvent

    class BoundedComposer(Composer):
        """Refuses aliases that expand past MAX_ALIAS_EXPANSION, and an alias inside its own anchor."""

        def compose_document(self) -> Any:
            self.expanded = 0
            self.weights: dict[int, int] = {}
            self.open_anchors: set[str] = set()
            return super().compose_document()

        def compose_node(self, parent: Any, index: Any) -> Any:
            event = self.parser.peek_event()
            if isinstance(event, AliasEvent):
                if event.anchor in self.open_anchors:
                    raise YAMLLimitError(
                        f"the alias *{event.anchor} is inside its own anchor (an endless "
                        "structure); write the values out",
                        event.start_mark,
                    )
                node = super().compose_node(parent, index)
                self.expanded += _node_weight(node, self.weights)
                if self.expanded > MAX_ALIAS_EXPANSION:
                    raise YAMLLimitError(
                        f"YAML aliases (*{event.anchor}) expand to more than "
                        f"{MAX_ALIAS_EXPANSION // (1024 * 1024)} MB; write the values out "
                        "(briefgen writes no aliases)",
                        event.start_mark,
                    )
                return node
            if self.depth + 1 > MAX_YAML_DEPTH:
                raise YAMLLimitError(
                    f"nested deeper than {MAX_YAML_DEPTH} levels (a brief is 6 deep)", event.start_mark
                )
            anchor = event.anchor
            if anchor is None:
                return super().compose_node(parent, index)
            self.open_anchors.add(anchor)
            try:
                return super().compose_node(parent, index)
            finally:
                self.open_anchors.discard(anchor)

    return BoundedComposer


def _lenient_constructor() -> type[Any]:
    """ruamel's round-trip Constructor, keeping as text what Python cannot hold (see LenientConstructor)."""
    from ruamel.yaml.constructor import RoundTripConstructor

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
    return LenientConstructor


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
        raise BriefValidationError(
            [f"cannot be read as YAML ({type(error).__name__}: {error})"], path=str(path)
        ) from None
    from ruamel.yaml.comments import CommentedMap

    if not isinstance(document, CommentedMap):
        raise BriefValidationError(
            ["the file must be a YAML mapping of brief fields (title: ..., meeting: ...)"], path=str(path)
        )
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
        problems = [
            f"{'.'.join(str(part) for part in issue['loc']) or '(top level)'}: {issue['msg']}"
            for issue in error.errors()
        ]
        raise BriefValidationError(problems, path=str(path)) from None


def load_document(path: Path) -> tuple[CommentedMap, Brief]:
    """Read brief.yaml as an editable round-trip document and as a validated Brief."""
    document = parse_document(read_brief_text(path), path)
    return document, brief_from_document(document, path)


def load_brief(path: Path) -> Brief:
    """Read and validate a brief.yaml (InputError if missing, BriefValidationError listing every problem)."""
    return load_document(path)[1]


def edited_by_person(path: Path) -> bool:
    """True when brief.yaml differs from what briefgen last wrote there (content or text).

    Both checks go over the fields the file holds, so that a brief written by an older briefgen, whose
    schema had fewer fields, is still briefgen's own. Unreadable, invalid and hand-written files (no
    `generated`) count as edited: they are somebody's work and must not be overwritten without `--force`.
    """
    try:
        text = read_brief_text(path)
        brief = brief_from_document(parse_document(text, path), path)
    except (BriefValidationError, InputError):
        return True
    return brief.generated != content_hash(brief, held_only=True) or brief_to_yaml(brief, held_only=True) != text


def refuse_unreadable_size(text: str, brief_path: Path) -> None:
    """OutputError, before anything is written, when brief.yaml would be over MAX_BRIEF_BYTES: briefgen
    never writes a brief it would refuse to read (each item's evidence grows with a repetitive article)."""
    size = len(text.encode("utf-8"))
    if size > MAX_BRIEF_BYTES:
        raise OutputError(
            f"the brief would be {size / (1024 * 1024):.1f} MB, over the {MAX_BRIEF_BYTES // (1024 * 1024)} "
            "MB a brief.yaml may hold; build it from shorter articles (or split them)",
            path=str(brief_path),
        )
