"""store: atomic writes, deterministic YAML, loading with every problem, brief folders, edit protection."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.errors import BriefValidationError, InputError, OutputError
from briefgen.model import Brief, Evidence, Meeting, Point, Quote, Source, Stakeholder
from briefgen.model.filenames import SLUG_MAX
from briefgen.store import files, folders, validate
from briefgen.store import yaml as brief_yaml


@dataclass
class FakeRaw:
    """Stands in for ingest.RawArticle: only the fields store uses."""

    name: str
    data: bytes
    path: str = ""
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


LONG = (
    "Prime Minister Mark Carney will travel to Washington to meet U.S. President Donald Trump "
    "at the White House, where the two leaders are expected to discuss steel, aluminum and energy tariffs."
)


def sample_brief(**changes) -> Brief:
    brief = Brief(
        title="Carney meets Trump at the White House",
        date=dt.date(2025, 10, 7),
        meeting=Meeting(
            principal="Mark Carney", counterpart="Donald Trump", location="Washington", date_text="Tuesday"
        ),
        summary=[LONG, "Tariffs: the main issue."],
        background=[Point(id="bg-1", text="Canada faces 35% tariffs on some goods.")],
        stakeholders=[
            Stakeholder(
                id="p-1",
                name="Mark Carney",
                role="Prime Minister",
                side="principal",
                evidence=[Evidence(source="s1", paragraph=1, sentence=1, text=LONG)],
            ),
            Stakeholder(id="p-2", name="Dominic LeBlanc", role="Minister responsible for Canada–U.S. trade"),
        ],
        quotes=[Quote(id="q-1", text="We're going to have a very good meeting", speaker="Donald Trump")],
        sources=[Source(id="s1", title="Carney at the White House", sha256="", words=120)],
    )
    return brief.model_copy(update=changes)


# --- write_atomic ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, expected", [(b"\x00bytes\xff", b"\x00bytes\xff"), ("Zürich — ok\n", "Zürich — ok\n".encode())]
)
def test_write_atomic_writes_exact_bytes_and_creates_folders(tmp_path, data, expected):
    target = tmp_path / "a" / "b" / "file.bin"
    files.write_atomic(target, data)
    assert target.read_bytes() == expected
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.bin"]


def test_write_atomic_gives_normal_permissions_and_keeps_existing_ones(tmp_path):
    old_mask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.txt"
        files.write_atomic(fresh, "x")
        assert fresh.stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "kept.txt"
        kept.write_text("old")
        kept.chmod(0o600)
        files.write_atomic(kept, "new")
        assert kept.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old_mask)


def test_write_atomic_failure_leaves_old_file_whole_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "brief.yaml"
    target.write_text("old content")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(OutputError, match="brief.yaml: cannot write: No space left on device"):
        files.write_atomic(target, "new content")
    assert target.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.yaml"]


def test_write_atomic_interrupted_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "brief.md"
    target.write_text("old")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_write_atomic_unwritable_folder_names_the_path(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(OutputError) as caught:
        files.write_atomic(blocker / "brief.yaml", "x")
    assert str(blocker / "brief.yaml") in str(caught.value)


# --- brief_to_yaml ---------------------------------------------------------------------------


def test_yaml_is_deterministic_readable_and_round_trips(tmp_path):
    brief = sample_brief()
    text = brief_yaml.brief_to_yaml(brief)
    assert text == brief_yaml.brief_to_yaml(sample_brief())
    assert text.startswith("# brief.yaml: the source of truth")
    assert f"  - {LONG}\n" in text  # long strings stay on one line, unquoted
    assert "Canada–U.S. trade" in text  # unicode kept as is
    assert "\ndate: 2025-10-07\n" in text
    assert "\nprepared_for:\n" in text and "\ntopics: []\n" in text  # None → empty, [] kept
    top_level = [line.split(":")[0] for line in text.splitlines() if line and line[0].isalpha()]
    assert top_level == list(Brief.model_fields)
    person = text[text.index("  - id: p-1") : text.index("  - id: p-2")]
    assert person.index("name:") < person.index("mentions:") < person.index("evidence:")
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    assert brief_yaml.load_brief(path) == brief


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


@settings(max_examples=60, deadline=None)
@given(title=texts, quote=texts, topics=st.lists(texts, max_size=3))
def test_any_text_survives_the_yaml_round_trip(title, quote, topics):
    brief = Brief(title=title, topics=topics, quotes=[Quote(id="q-1", text=quote, speaker=None)])
    text = brief_yaml.brief_to_yaml(brief)
    assert (
        brief_yaml.brief_from_document(brief_yaml.parse_document(text, Path("brief.yaml")), Path("brief.yaml")) == brief
    )


def test_multiline_text_is_a_literal_block():
    text = brief_yaml.brief_to_yaml(sample_brief(background=[Point(id="bg-1", text="first line\nsecond line")]))
    assert "    text: |-\n      first line\n      second line\n" in text


# --- load_brief / validate_paths -------------------------------------------------------------


def test_load_missing_file_is_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        brief_yaml.load_brief(tmp_path / "nope.yaml")


def test_load_syntax_error_gives_line_and_column(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text("title: ok\nsummary:\n  - one\n  - [unclosed\nversion: 1\n")
    with pytest.raises(BriefValidationError) as caught:
        brief_yaml.load_brief(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: line ")
    assert "column" in message and "YAML syntax error" in message


@pytest.mark.parametrize("text", ["- just\n- a list\n", "plain words\n", ""])
def test_load_non_mapping_is_reported(tmp_path, text):
    path = tmp_path / "brief.yaml"
    path.write_text(text)
    with pytest.raises(BriefValidationError, match="must be a YAML mapping"):
        brief_yaml.load_brief(path)


def test_every_schema_problem_is_reported_in_one_pass(tmp_path):
    brief = sample_brief(quotes=[Quote(id=f"q-{n}", text=f"quote {n}") for n in range(4)])
    text = brief_yaml.brief_to_yaml(brief)
    text = text.replace("version: 1", "version: 0").replace("title: Carney", "titel: Carney")
    lines = text.splitlines()
    speaker_lines = [i for i, line in enumerate(lines) if line.strip() == "speaker:"]
    lines[speaker_lines[3]] = "    speaker: [not, a, name]"
    path = tmp_path / "brief.yaml"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(BriefValidationError) as caught:
        brief_yaml.load_brief(path)
    problems = caught.value.problems
    assert "quotes.3.speaker: Input should be a valid string" in problems
    assert "title: Field required" in problems
    assert "titel: Extra inputs are not permitted" in problems
    assert "version: Input should be greater than or equal to 1" in problems


def test_validate_paths_walks_folders_and_lists_file_field_message(tmp_path):
    good = tmp_path / "briefs" / "2025-10-07-good" / "brief.yaml"
    bad = tmp_path / "briefs" / "nested" / "2025-10-08-bad" / "brief.yaml"
    for path in (good, bad):
        path.parent.mkdir(parents=True)
    good.write_text(brief_yaml.brief_to_yaml(sample_brief()))
    bad.write_text(brief_yaml.brief_to_yaml(sample_brief()).replace("kind: person", "kind: robot", 1))
    assert validate.validate_paths([good]) == []
    problems = validate.validate_paths([tmp_path / "briefs"])
    assert len(problems) == 1
    assert problems[0].startswith(f"{bad}: stakeholders.0.kind: Input should be ")
    missing = tmp_path / "missing.yaml"
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    assert validate.validate_paths([good, missing, empty_folder]) == [
        f"{missing}: no such file",
        f"{empty_folder}: no brief.yaml in this folder",
    ]


def test_validate_cli_exit_codes(tmp_path):
    good = tmp_path / "brief.yaml"
    good.write_text(brief_yaml.brief_to_yaml(sample_brief()))
    runner = CliRunner()
    result = runner.invoke(app, ["validate", str(good)])
    assert result.exit_code == 0 and result.output.strip() == f"{good}: ok"
    good.write_text("title: [\n")
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 3
    assert result.output.startswith(f"{good}: line ")
    assert "Traceback" not in result.output


# --- brief_folder ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Carney meets Trump at the White House", "2025-10-07-carney-meets-trump-at-the-white-house"),
        ("../../etc/passwd", "2025-10-07-etc-passwd"),
        ("/absolute/path", "2025-10-07-absolute-path"),
        ("", "2025-10-07-brief"),
        ("!!! ???", "2025-10-07-brief"),
        ("Ça va — Zürich & Montréal", "2025-10-07-ca-va-zurich-montreal"),
        ("..", "2025-10-07-brief"),
    ],
)
def test_brief_folder_slug_is_safe(tmp_path, title, expected):
    folder = folders.brief_folder(tmp_path, dt.date(2025, 10, 7), title)
    assert folder == tmp_path / expected
    assert folder.resolve().parent == tmp_path.resolve()


def test_brief_folder_bounds_length_and_handles_no_date(tmp_path):
    folder = folders.brief_folder(tmp_path, None, "word " * 100)
    assert folder.name.startswith("undated-word-")
    assert len(folder.name) <= len("undated-") + SLUG_MAX
    assert not folder.name.endswith("-")


def test_brief_folder_clash_gets_distinct_folder_and_same_brief_reuses(tmp_path):
    date = dt.date(2025, 10, 7)
    first = folders.brief_folder(tmp_path, date, "Trump & Carney")
    first.mkdir()
    (first / "brief.yaml").write_text(brief_yaml.brief_to_yaml(sample_brief(title="Trump & Carney")))
    assert folders.brief_folder(tmp_path, date, "Trump & Carney") == first
    second = folders.brief_folder(tmp_path, date, "Trump, Carney")
    assert second == tmp_path / f"{first.name}-2"
    second.mkdir()
    (second / "brief.yaml").write_text(brief_yaml.brief_to_yaml(sample_brief(title="Trump, Carney")))
    assert folders.brief_folder(tmp_path, date, "Trump - Carney") == tmp_path / f"{first.name}-3"
    assert folders.brief_folder(tmp_path, date, "Trump, Carney") == second


def test_brief_folder_with_sources_tells_briefs_of_other_articles_apart(tmp_path):
    date = dt.date(2025, 10, 7)
    brief = sample_brief(sources=[Source(id="s1", sha256="aaa"), Source(id="s2", sha256="bbb")])
    folder = folders.brief_folder(tmp_path, date, brief.title, sources=["bbb", "aaa"])
    folder.mkdir()
    (folder / "brief.yaml").write_text(brief_yaml.brief_to_yaml(brief))
    assert folders.brief_folder(tmp_path, date, brief.title, sources=["aaa", "bbb"]) == folder
    assert folders.brief_folder(tmp_path, date, brief.title, sources=["aaa"]) == tmp_path / f"{folder.name}-2"
    assert folders.brief_folder(tmp_path, date, brief.title) == folder


def test_brief_folder_skips_a_non_empty_folder_without_brief(tmp_path):
    taken = tmp_path / "2025-10-07-notes"
    taken.mkdir()
    (taken / "notes.txt").write_text("somebody's notes")
    assert folders.brief_folder(tmp_path, dt.date(2025, 10, 7), "Notes") == tmp_path / "2025-10-07-notes-2"
    (tmp_path / "2025-10-07-empty").mkdir()
    assert folders.brief_folder(tmp_path, dt.date(2025, 10, 7), "Empty") == tmp_path / "2025-10-07-empty"


# --- save_build ------------------------------------------------------------------------------


def two_sources_brief() -> Brief:
    return sample_brief(sources=[Source(id="s1", title="A"), Source(id="s2", title="B")])


def test_save_build_writes_sources_and_brief(tmp_path):
    raws = [FakeRaw("article.txt", b"first article\n"), FakeRaw("article.txt", b"second article\n")]
    brief = two_sources_brief()
    written = folders.save_build(tmp_path / "out", brief, raws)
    folder = tmp_path / "out"
    assert written == [
        folder / "brief.yaml",
        folder / "sources" / "article.txt",
        folder / "sources" / "article-2.txt",
        folder / ".briefgen-proposed",
    ]
    assert folders.read_proposed(folder) == {"bg-1", "p-1", "p-2", "q-1"}
    assert (folder / "sources" / "article.txt").read_bytes() == b"first article\n"
    assert (folder / "sources" / "article-2.txt").read_bytes() == b"second article\n"
    loaded = brief_yaml.load_brief(folder / "brief.yaml")
    assert [s.path for s in loaded.sources] == ["sources/article.txt", "sources/article-2.txt"]
    assert loaded.generated == brief_yaml.content_hash(loaded)
    assert not brief_yaml.edited_by_person(folder / "brief.yaml")


def test_save_build_source_names_are_safe(tmp_path):
    raws = [FakeRaw("../../evil name.TXT", b"x"), FakeRaw("", b"y")]
    written = folders.save_build(tmp_path, two_sources_brief(), raws)
    names = [p.relative_to(tmp_path).as_posix() for p in written[1:3]]
    assert names == ["sources/evil-name.txt", "sources/article.txt"]


@pytest.mark.parametrize(
    "names, existing, expected",
    [
        (["a.txt", "a.txt", "A.TXT"], [], ["a.txt", "a-2.txt", "A-3.txt"]),
        (["a.txt", "b.html"], ["a.txt", "a-2.txt"], ["a-3.txt", "b.html"]),
        (["report.docx"], ["other.txt"], ["report.docx"]),
    ],
)
def test_source_file_names_are_distinct(names, existing, expected):
    assert folders.source_file_names(names, existing) == expected


def test_proposed_record_is_sorted_and_missing_means_none(tmp_path):
    assert folders.read_proposed(tmp_path) is None
    folders.write_proposed(tmp_path, ["q-2", "bg-1", "q-2"])
    text = (tmp_path / ".briefgen-proposed").read_text()
    assert text.endswith("bg-1\nq-2\n") and text.startswith("# ")
    assert folders.read_proposed(tmp_path) == {"bg-1", "q-2"}


def test_rebuilding_unchanged_brief_is_allowed_and_identical(tmp_path):
    raws = [FakeRaw("a.txt", b"a")]
    folders.save_build(tmp_path, sample_brief(), raws)
    first = (tmp_path / "brief.yaml").read_bytes()
    folders.save_build(tmp_path, sample_brief(), raws)
    assert (tmp_path / "brief.yaml").read_bytes() == first


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text.replace("Prime Minister\n", "Prime Minister of Canada\n"),  # a wording
        lambda text: text.replace("title:", "# check with the PMO\ntitle:"),  # only a comment
        lambda text: "\n".join(line for line in text.splitlines() if not line.startswith("generated:")) + "\n",
        lambda text: text + "oops: [\n",  # broken by hand: still somebody's work
    ],
)
def test_save_build_refuses_to_overwrite_human_edits(tmp_path, edit):
    raws = [FakeRaw("a.txt", b"old article")]
    folders.save_build(tmp_path, sample_brief(), raws)
    brief_path = tmp_path / "brief.yaml"
    brief_path.write_text(edit(brief_path.read_text()))
    edited = brief_path.read_bytes()
    with pytest.raises(OutputError) as caught:
        folders.save_build(tmp_path, sample_brief(title="New"), [FakeRaw("a.txt", b"new article")])
    assert str(brief_path) in str(caught.value) and "--force" in str(caught.value)
    assert brief_path.read_bytes() == edited
    assert (tmp_path / "sources" / "a.txt").read_bytes() == b"old article"  # nothing written at all
    folders.save_build(tmp_path, sample_brief(title="New"), [FakeRaw("a.txt", b"new article")], force=True)
    assert brief_yaml.load_brief(brief_path).title == "New"
    assert (tmp_path / "sources" / "a.txt").read_bytes() == b"new article"


def older_brief_text(brief: Brief, missing: list[tuple[str, str]], *, hash_all: bool = False) -> str:
    """brief.yaml as an older briefgen, whose schema lacked some fields, wrote it: without the `missing`
    fields (section or "" for the top level, field name), `generated` the hash of what it held. With
    `hash_all`, `generated` is the hash of the whole content: a person deleted the lines afterwards."""
    import json
    import re

    content = brief.model_dump(mode="json", exclude={"generated"})
    text = brief_yaml.brief_to_yaml(brief.model_copy(update={"generated": "sha256:x"}))
    for section, name in missing:
        if not hash_all:
            holders = (
                [content]
                if not section
                else content[section]
                if isinstance(content[section], list)
                else [content[section]]
            )
            for holder in holders:
                holder.pop(name)
        indent = r"" if not section else r"[ -]+"
        text, count = re.subn(rf"(?m)^({indent}){name}:.*\n", lambda m: m.group(1) if "-" in m.group(1) else "", text)
        assert count, name
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.replace("sha256:x", "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest())


@pytest.mark.parametrize(
    ("missing", "hash_all", "edited"),
    [
        ([("", "prepared_by")], False, False),  # a top-level field added since
        ([("meeting", "purpose")], False, False),  # a field of the meeting
        ([("stakeholders", "stance"), ("quotes", "direct")], False, False),  # fields of items
        ([("sources", "outlet"), ("", "topics")], False, False),
        ([("", "prepared_by")], True, True),  # the hash covers the line: a person deleted it
        ([("stakeholders", "stance")], True, True),
    ],
)
def test_a_brief_an_older_briefgen_wrote_is_not_edited(tmp_path, missing, hash_all, edited):
    path = tmp_path / "brief.yaml"
    path.write_text(older_brief_text(sample_brief(), missing, hash_all=hash_all), encoding="utf-8")
    assert brief_yaml.edited_by_person(path) is edited
    if not edited:  # and a person's edit of it is still seen
        path.write_text(path.read_text(encoding="utf-8").replace("Prime Minister\n", "PM\n"), encoding="utf-8")
        assert brief_yaml.edited_by_person(path)


def test_build_over_a_brief_an_older_briefgen_wrote(tmp_path):
    (tmp_path / "brief.yaml").write_text(older_brief_text(sample_brief(), [("", "prepared_by")]), encoding="utf-8")
    folders.save_build(tmp_path, sample_brief(title="New"), [FakeRaw("a.txt", b"new article")])
    assert brief_yaml.load_brief(tmp_path / "brief.yaml").title == "New"


def test_a_brief_this_briefgen_wrote_keeps_its_hash(tmp_path):
    folders.save_build(tmp_path, sample_brief(), [FakeRaw("a.txt", b"a")])
    brief = brief_yaml.load_brief(tmp_path / "brief.yaml")
    assert brief.generated == brief_yaml.content_hash(brief) == brief_yaml.content_hash(brief, held_only=True)
    assert not brief_yaml.edited_by_person(tmp_path / "brief.yaml")
