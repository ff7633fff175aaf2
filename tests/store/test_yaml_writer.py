"""store.yaml_writer: brief.yaml written without ruamel gives, byte for byte, what ruamel's round-trip dumper
writes (`dump_document(brief_to_document(...))`, the plain version), on committed briefs, extracted briefs,
briefs a person edited, and hostile strings in every kind of field; what it cannot write falls back to ruamel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.commands.extract import extract_brief
from briefgen.model import Brief
from briefgen.store import yaml as brief_yaml
from briefgen.store.yaml_writer import yaml_text

BRIEF_FILES = sorted(ROOT.glob("briefs/*/brief.yaml")) + sorted(FIXTURES.glob("brief-*.yaml"))
ARTICLES = [ROOT / "examples" / "carney-white-house.txt"] + [
    path
    for path in sorted((FIXTURES / "inputs").iterdir())
    if path.name != "no-body.html"  # nothing to extract
]


def ruamel_text(brief: Brief, held_only: bool = False) -> str:
    """The plain version: ruamel's round-trip dumper."""
    return brief_yaml.dump_document(brief_yaml.brief_to_document(brief, held_only=held_only))


def direct_text(brief: Brief, held_only: bool = False) -> str | None:
    return yaml_text(brief_yaml.brief_data(brief, held_only=held_only), brief_yaml.HEADER)


def assert_same(brief: Brief, held_only: bool = False) -> str | None:
    """brief_to_yaml equals ruamel's text; the direct writer gives it too, or leaves the brief to ruamel."""
    expected = ruamel_text(brief, held_only)
    assert brief_yaml.brief_to_yaml(brief, held_only=held_only) == expected
    direct = direct_text(brief, held_only)
    assert direct is None or direct == expected
    return direct


@pytest.mark.parametrize("path", BRIEF_FILES, ids=lambda path: path.parent.name + "/" + path.name)
@pytest.mark.parametrize("held_only", [False, True])
def test_committed_briefs(path: Path, held_only: bool) -> None:
    brief = brief_yaml.load_brief(path)
    direct = assert_same(brief, held_only)
    if "hostile" not in path.name:  # the hostile fixture holds control characters: ruamel writes it
        assert direct is not None


def test_the_committed_example_is_written_as_it_is_on_disk() -> None:
    path = ROOT / "briefs" / "2026-05-24-carney-white-house" / "brief.yaml"
    assert direct_text(brief_yaml.load_brief(path)) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("article", ARTICLES, ids=lambda path: path.name)
def test_extracted_briefs(article: Path) -> None:
    brief = extract_brief([str(article)], date="2026-05-24")
    assert assert_same(brief) is not None


def edited(brief: Brief) -> Brief:
    """The brief as a person leaves it: a rewritten item, a deleted one, a name set, a topic added, a field
    cleared, a date changed."""
    data = brief.model_dump(mode="python", exclude_unset=True)
    data["prepared_for"] = "Deputy Minister: trade"
    data["background"][0]["text"] = "Rewritten by a person, with a 'quote' and a # sign."
    del data["risks"][-1]
    data["topics"] = [*data.get("topics", []), "yes", "2026-06-01", ""]
    data["meeting"]["location"] = None
    data["meeting"]["date"] = dt.date(2026, 6, 2)
    data["stakeholders"][0].pop("role", None)
    return Brief.model_validate(data)


@pytest.mark.parametrize("held_only", [False, True])
def test_edited_briefs(held_only: bool) -> None:
    brief = brief_yaml.load_brief(ROOT / "briefs" / "2026-05-24-carney-white-house" / "brief.yaml")
    assert assert_same(edited(brief), held_only) is not None


# Strings each rule of the writer decides on, and some it must leave alone (plain prose).
TRICKY = [
    "A plain sentence, with commas.",
    "O'Neil said it's fine",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "Yes",
    "NO",
    "true",
    "False",
    "TRUE",
    "null",
    "Null",
    "NULL",
    "~",
    "1",
    "-1",
    "+1",
    "0",
    "00",
    "1.0",
    "1e3",
    "1E-3",
    ".5",
    "-.5",
    ".inf",
    "-.Inf",
    ".NaN",
    ".nan",
    "0x1F",
    "0o17",
    "0b101",
    "1_000",
    "_1",
    "1:20",
    "12:30:00",
    "1__",
    "0b",
    "0x",
    "+",
    "-",
    ".",
    "..",
    "e3",
    "2025-01-01",
    "2025-1-1 10:00:00",
    "2025-01-01T10:00:00Z",
    "2025-01-01 10:00:00 +01:00",
    "2025-13-45",
    "<<",
    "<",
    "=",
    "==",
    "!",
    "&",
    "*",
    "!x",
    "&x",
    "*x",
    "!!str",
    "%YAML",
    "@x",
    "`x",
    "|x",
    ">x",
    "- a",
    "-a",
    "--",
    "---",
    "--- a",
    "...",
    "... a",
    "....",
    "? x",
    "?x",
    "?",
    ": x",
    ":x",
    ":",
    "a: b",
    "a:b",
    "a:",
    "a :",
    "a #b",
    "a#b",
    "#a",
    " lead",
    "trail ",
    "  ",
    " ",
    "a  b",
    "[x]",
    "{x}",
    "x,y",
    ",x",
    "x]",
    "'x",
    '"x',
    "x'",
    'x"y',
    "'quoted'",
    '"dq"',
    "it's: fine",
    "it's #1",
    "x\\y",
    "'a\\b'",
    "-'x",
    "Ça",
    "日本語",
    "a\u00a0b",
    "\u00a0",
    "emoji 😀",
    "😀",
    "“quote”",
    "“q”: x",
    "→ y",
    "a\u200bb",
    "\ue000",
    "\ufffd",
    "\ud7ff",
    "x - y",
    "x ?",
    "a|b",
    "x >",
    "a: 'b'",
    "a # 'b'",
]
# Strings the direct writer leaves to ruamel (escapes, line breaks, a tab).
LEFT = ["a\nb", "a\n", "\n", "a\tb", "\t", "a\x85b", "a\u2028b", "a\u2029b", "\ufeffa", "a\x7f", "a\x01b", "a\rb"]


def with_text(base: Brief, text: str) -> Brief:
    """`base` with `text` in every kind of string field: scalars, list items, mapping values in a sequence,
    the first key of a sequence's item, evidence."""
    data = base.model_dump(mode="python")
    data["title"] = text
    data["prepared_for"] = text
    data["summary"] = [text, f"x {text}", f"{text} x"]
    data["topics"] = [text]
    data["meeting"]["purpose"] = text
    data["meeting"]["date_text"] = text
    for section in ("background", "stakeholders", "quotes", "expert_advice", "asks", "risks"):
        for item in data[section][:2]:
            item["id"] = text
            item["text" if "text" in item else "name"] = text
            for evidence in item["evidence"][:1]:
                evidence["text"] = text
                evidence["source"] = text
    for stakeholder in data["stakeholders"][:1]:
        stakeholder["aliases"] = [text, "plain"]
        stakeholder["role"] = text
    for source in data["sources"]:
        source["title"] = text
        source["authors"] = [text]
        source["url"] = text
    return Brief.model_validate(data)


@pytest.fixture(scope="module")
def base() -> Brief:
    return brief_yaml.load_brief(FIXTURES / "brief-full.yaml")


@pytest.mark.parametrize("text", TRICKY, ids=repr)
def test_tricky_strings_in_every_field(base: Brief, text: str) -> None:
    assert assert_same(with_text(base, text)) is not None


@pytest.mark.parametrize("text", LEFT, ids=repr)
def test_escapes_and_line_breaks_are_left_to_ruamel(base: Brief, text: str) -> None:
    brief = with_text(base, text)
    assert direct_text(brief) is None
    assert_same(brief)


@pytest.mark.parametrize(
    "data",
    [
        {"title": "t", "meeting": {}},  # an empty mapping
        {"title": "t", "summary": [], "topics": []},
        {"title": "t", "date": None, "version": 3, "quotes": [{"text": "q", "direct": False, "evidence": []}]},
    ],
    ids=["empty mapping", "empty lists", "null, int, bool"],
)
def test_layouts(data: dict[str, Any]) -> None:
    brief = Brief.model_validate(data)
    for held_only in (False, True):
        assert assert_same(brief, held_only) is not None


# Characters YAML's indicators, quoting and resolvers turn on, plus any printable character.
YAML_CHARACTERS = st.sampled_from(list("ab :#-'\"?|>!&*%@`,[]{}\u00a0yn.0123456789eE+_~\\xoTtFfNnl<=é“”—😀"))
ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)


SMALL = Brief.model_validate(
    {
        "title": "t",
        "meeting": {"purpose": "p"},
        "stakeholders": [
            {"id": "p-1", "name": "n", "evidence": [{"source": "s1", "paragraph": 1, "sentence": 1, "text": "e"}]}
        ],
        "sources": [{"id": "s1"}],
    }
)


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.one_of(st.text(YAML_CHARACTERS, max_size=10), ANY_TEXT))
def test_generated_strings(text: str) -> None:
    assert_same(with_text(SMALL, text))
