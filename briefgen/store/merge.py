"""`briefgen add`'s merge: a newly extracted brief merged into an existing one without losing anything a
person wrote. It receives the extracted brief (commands/add.py reads and extracts the new articles,
holding the folder's lock: `open_addition`, then `merge_extracted`) and never calls back up.

Rules, section by section (background, stakeholders, quotes, expert_advice, asks, risks):
- an item whose id is already in brief.yaml is left exactly as it is (a person may have edited it);
- an item whose id briefgen proposed before (`.briefgen-proposed`) but that is gone from
  brief.yaml was deleted by a person: it stays deleted;
- an item that says what an item already there says (rapidfuzz, see `same_item`) is a duplicate;
- anything else is appended at the end of its section, laid out like the rest of the file.
Topics are added the same way (by text); the summary, the title and the furniture are a person's
to write and are never changed; empty meeting fields are filled in. New sources get the next ids
(s2, s3...) and a copy in sources/; an article already listed (same sha256) is skipped. `version`
goes up by one. The document is updated in place, so comments, order and wording survive.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.errors import InputError, show_path
from briefgen.model import SECTION_MODELS, Brief, Item, Stakeholder
from briefgen.model.names import same_person
from briefgen.regex_cache import compiled
from briefgen.store import folders
from briefgen.store import yaml as brief_yaml

# rapidfuzz scores (0-100) from which two texts or two names are taken to say the same thing.
SAME_TEXT = 90
SAME_NAME = 92
TOPIC_PREFIX = "topic:"
NEGATION = compiled(r"\b(?:not|no|never|neither|nor|without)\b|n't\b")


def item_key(item: Item) -> str:
    """The text an item is compared by: a stakeholder's name, any other item's text."""
    return item.name if isinstance(item, Stakeholder) else getattr(item, "text", "")


def same_name(new: Stakeholder, old: Stakeholder) -> bool:
    """Two stakeholders are one when their names (or aliases) match closely (a person may have corrected
    a spelling), or they are people and any of their names are the same person (`model.names`:
    "Trump" and "Donald Trump")."""
    from rapidfuzz import fuzz, utils

    people = new.kind == old.kind == "person"
    old_names = [old.name, *old.aliases]
    for name in [new.name, *new.aliases]:
        for other in old_names:
            if people and same_person(name, other):
                return True
            a, b = utils.default_process(name), utils.default_process(other)
            if a and b and fuzz.ratio(a, b) >= SAME_NAME:
                return True
    return False


def negations(text: str) -> set[str]:
    """The negating words of a text: "will" and "will not" are close in spelling, opposite in meaning."""
    return set(NEGATION.findall(text.casefold().replace("’", "'")))


def same_text(new: str, old: str) -> bool:
    """Two sentences say the same thing when they match closely, word order aside, with the same negations."""
    from rapidfuzz import fuzz, utils

    return fuzz.token_sort_ratio(new, old, processor=utils.default_process) >= SAME_TEXT and negations(
        new
    ) == negations(old)


def same_item(new: Item, old: Item) -> bool:
    """Whether a newly extracted item duplicates one already in the brief."""
    if isinstance(new, Stakeholder) and isinstance(old, Stakeholder):
        return same_name(new, old)
    return same_text(item_key(new), item_key(old))


def topic_key(topic: str) -> str:
    """How a topic is remembered in `.briefgen-proposed`."""
    return TOPIC_PREFIX + re.sub(r"\s+", " ", topic.casefold()).strip()


def renumber_sources(brief: Brief, first: int) -> dict[str, str]:
    """Give the new brief's sources the ids s<first>, s<first+1>... and follow them in every evidence."""
    mapping = {source.id: f"s{first + offset}" for offset, source in enumerate(brief.sources)}
    for source in brief.sources:
        source.id = mapping[source.id]
    evidence_lists = [
        brief.meeting.evidence,
        *(item.evidence for name in SECTION_MODELS for item in getattr(brief, name)),
    ]
    for evidence_list in evidence_lists:
        for evidence in evidence_list:
            evidence.source = mapping.get(evidence.source, evidence.source)
    return mapping


def next_source_number(brief: Brief) -> int:
    """One more than the highest `s<n>` source id in the brief."""
    numbers = [int(source.id[1:]) for source in brief.sources if re.fullmatch(r"s\d+", source.id)]
    return max(numbers, default=len(brief.sources)) + 1


def _section_list(document: Any, key: str) -> Any:
    """The document's list for `key`, created in schema order if a person removed it; block style."""
    from ruamel.yaml.comments import CommentedSeq

    value = document.get(key)
    if not isinstance(value, CommentedSeq):
        value = CommentedSeq()
        if key in document:
            document[key] = value
        else:
            fields = list(Brief.model_fields)
            later = [name for name in fields[fields.index(key) + 1 :] if name in document]
            position = list(document).index(later[0]) if later else len(document)
            document.insert(position, key, value)
    value.fa.set_block_style()
    return value


def merge_into(document: Any, old: Brief, new: Brief, proposed: set[str]) -> dict[str, Any]:
    """Add the new brief's items to the loaded document in place; returns counts for the report.

    `new` must already have its sources renumbered. `proposed` is updated with every id seen.
    """
    counts: dict[str, Any] = {"added": {}, "deleted": 0, "duplicates": 0}
    for section in SECTION_MODELS:
        present: list[Item] = list(getattr(old, section))
        present_ids = {item.id for item in present if item.id}
        for item in getattr(new, section):
            if item.id in present_ids:
                continue
            if item.id in proposed:
                counts["deleted"] += 1
            elif any(same_item(item, other) for other in present):
                counts["duplicates"] += 1
            else:
                _section_list(document, section).append(brief_yaml.item_to_yaml_value(item))
                present.append(item)
                present_ids.add(item.id)
                counts["added"][section] = counts["added"].get(section, 0) + 1
            proposed.add(item.id)
    topics = list(old.topics)
    for topic in new.topics:
        key = topic_key(topic)
        if key in proposed and not any(topic_key(t) == key for t in topics):
            counts["deleted"] += 1
        elif not any(same_text(topic, other) for other in topics):
            _section_list(document, "topics").append(brief_yaml.to_yaml_value(topic))
            topics.append(topic)
            counts["added"]["topics"] = counts["added"].get("topics", 0) + 1
        proposed.add(key)
    meeting = document.get("meeting")
    if meeting is not None and hasattr(meeting, "items"):
        for field, value in new.meeting.model_dump(mode="python", exclude={"evidence"}).items():
            if value is not None and meeting.get(field) is None and getattr(old.meeting, field) is None:
                meeting[field] = brief_yaml.to_yaml_value(value)
                counts.setdefault("meeting", []).append(field)
    sources = _section_list(document, "sources")
    for source in new.sources:
        sources.append(brief_yaml.item_to_yaml_value(source))
    document["version"] = old.version + 1
    return counts


def _report(brief_path: Path, brief: Brief, counts: dict[str, Any], new_sources: list, skipped: list[str]) -> list[str]:
    """Report lines for the CLI: what was added, kept deleted, skipped."""
    lines = [f"{show_path(brief_path)}: version {brief.version}"]
    lines += [f"source {source.id}: {source.path}" for source in new_sources]
    lines += [f"{show_path(name)}: already in the brief (same content), skipped" for name in skipped]
    added = ", ".join(f"{count} {section.replace('_', ' ')}" for section, count in counts.get("added", {}).items())
    lines.append(f"added: {added or 'nothing new'}")
    if counts.get("meeting"):
        lines.append(f"meeting: filled in {', '.join(counts['meeting'])}")
    if counts.get("deleted"):
        lines.append(f"kept deleted: {counts['deleted']} item(s) a person had removed")
    if counts.get("duplicates"):
        lines.append(f"skipped: {counts['duplicates']} item(s) already in the brief in other words")
    return lines


def _copy_names(sources_folder: Path, fresh: list, old: Brief) -> list[str]:
    """File names in sources/ for the new articles' copies: distinct from the files there, except that a
    copy left by an interrupted `add` (same bytes, listed in no source) is used again."""
    import hashlib

    listed = {Path(source.path).name for source in old.sources if source.path}
    files = sorted(path for path in sources_folder.iterdir() if path.is_file()) if sources_folder.is_dir() else []
    left_over = {hashlib.sha256(path.read_bytes()).hexdigest(): path.name for path in files if path.name not in listed}
    names = folders.source_file_names([raw.name for raw in fresh], [path.name for path in files])
    return [left_over.get(raw.sha256, name) for raw, name in zip(fresh, names, strict=True)]


def _finish_interrupted(folder: Path, old: Brief, recorded: set[str] | None, proposed: set[str]) -> None:
    """An `add` stopped after writing brief.yaml left its items out of the ledger and the old renders'
    sha256s in the record of renders: finish both."""
    if recorded is not None and not folders.brief_item_ids(old) <= recorded:
        folders.write_proposed(folder, proposed)
    folders.tidy_rendered(folder)


def folder_of_brief(brief_dir: Path) -> Path:
    """The folder of the brief `add` merges into: `brief_dir`, or the folder of the brief.yaml it names; an
    InputError when it holds no brief.yaml."""
    folder = Path(brief_dir)
    if folder.name == brief_yaml.BRIEF_FILE and os.path.isfile(folder):
        folder = folder.parent
    brief_path = folder / brief_yaml.BRIEF_FILE
    if not os.path.isfile(brief_path):  # also False for a name the system refuses (too long)
        raise InputError(
            f"no {brief_yaml.BRIEF_FILE} here; create one with `briefgen build ARTICLE --out {folder}`",
            path=str(folder),
        )
    return folder


@dataclass
class Addition:
    """A brief folder opened for `add`, its lock held: the brief as it is, and the read articles new to it."""

    folder: Path
    original: bytes  # brief.yaml's bytes, whose line endings and byte-order mark the new text keeps
    pristine: bool  # brief.yaml is as briefgen wrote it
    document: Any  # brief.yaml as a ruamel document, updated in place
    old: Brief
    fresh: list  # the articles whose sha256 no source of the brief has, in the order given
    skipped: list[str]  # the paths of the others
    recorded: set[str] | None  # `.briefgen-proposed`, None without one
    proposed: set[str]  # every id proposed so far: the record, the brief's items and topics

    @property
    def brief_path(self) -> Path:
        return self.folder / brief_yaml.BRIEF_FILE


def open_addition(folder: Path, raws: Sequence) -> Addition:
    """Read the brief in `folder` (the caller holds the folder's lock) and sort the read articles into new
    ones and ones the brief already has."""
    brief_path = folder / brief_yaml.BRIEF_FILE
    original = brief_path.read_bytes()
    pristine = not brief_yaml.edited_by_person(brief_path)
    document, old = brief_yaml.load_document(brief_path)

    known = {source.sha256 for source in old.sources if source.sha256}
    fresh, skipped = [], []
    for raw in raws:
        if raw.sha256 in known:
            skipped.append(raw.path)
        else:
            known.add(raw.sha256)
            fresh.append(raw)
    recorded = folders.read_proposed(folder)
    # Items in brief.yaml were proposed (or written by a person): either way, gone later means deleted.
    proposed = (recorded or set()) | folders.brief_item_ids(old) | {topic_key(t) for t in old.topics}
    return Addition(folder, original, pristine, document, old, fresh, skipped, recorded, proposed)


def merge_extracted(
    addition: Addition, new: Brief | None, render: Callable[[Brief], dict[str, bytes]], *, force: bool = False
) -> list[str]:
    """Merge `new`, the brief extracted from `addition.fresh` (None when there is nothing new), into the brief,
    keeping every human edit; re-render and write; report lines.

    `render` gives the renders of a brief (file name → content). Everything is made in memory first,
    then written under the folder's lock, which the caller holds (see `folders.write_update`). Fails
    (writing nothing) when a template or format fails, or a render a person edited would be overwritten
    without `force`.
    """
    folder, brief_path, old, fresh = addition.folder, addition.brief_path, addition.old, addition.fresh
    proposed = addition.proposed
    if not fresh or new is None:
        _finish_interrupted(folder, old, addition.recorded, proposed)
        return [
            f"{show_path(brief_path)}: nothing to add",
            *(f"{show_path(name)}: already in the brief (same content), skipped" for name in addition.skipped),
        ]

    renumber_sources(new, next_source_number(old))
    names = _copy_names(folder / folders.SOURCES_DIR, fresh, old)
    by_sha = {raw.sha256: name for raw, name in zip(fresh, names, strict=True)}
    for position, source in enumerate(new.sources):
        source.path = f"{folders.SOURCES_DIR}/{by_sha.get(source.sha256, names[min(position, len(names) - 1)])}"

    document = addition.document
    counts = merge_into(document, old, new, proposed)
    merged = brief_yaml.brief_from_document(document, brief_path)
    if addition.pristine:
        merged.generated = brief_yaml.content_hash(merged)
        text = brief_yaml.brief_to_yaml(merged)
    else:
        text = brief_yaml.dump_document(document)
    brief_yaml.refuse_unreadable_size(text, brief_path)
    renders = render(merged)
    folders.refuse_if_renders_edited(folder, renders, force)
    update = folders.FolderUpdate(
        folders.like_original(text, addition.original),
        {name: raw.data for raw, name in zip(fresh, names, strict=True)},
        renders,
        proposed,
    )
    written = folders.write_update(folder, update)
    lines = _report(brief_path, merged, counts, new.sources, addition.skipped)
    return lines + [show_path(path) for path in written if path.name in renders]
