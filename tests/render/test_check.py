"""`briefgen check`: what a note still lacks before it goes to the principal, as warnings (exit 0; 1 with --strict)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import FIXTURES, fixture_brief
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.render.readiness import readiness
from briefgen.store.yaml import brief_to_yaml

runner = CliRunner()


def ready_brief():
    """The full fixture with its one lack (the meeting's date in words) filled in."""
    brief = fixture_brief("brief-full")
    brief.meeting.date = dt.date(2025, 5, 9)
    return brief


def lacks(change) -> list[str]:
    brief = ready_brief()
    change(brief)
    return [str(lack) for lack in readiness(brief)]


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda b: None, []),  # a ready note: nothing to say
        (
            lambda b: setattr(b, "key_messages", []),
            ["key_messages: no lines to take; write what the principal should say"],
        ),
        (lambda b: setattr(b, "recommendation", None), ["recommendation: empty; write the decision sought"]),
        (
            lambda b: (setattr(b, "recommendation", ""), setattr(b, "decision", "information")),
            ["recommendation: empty; write what the principal should do"],
        ),
        (lambda b: setattr(b, "prepared_by", None), ["prepared_by: empty; name the drafter"]),
        (lambda b: setattr(b, "prepared_for", ""), ["prepared_for: empty; name the principal the note is for"]),
        (
            lambda b: setattr(b.meeting, "date", None),
            ["meeting.date: the sources only say 'within the next week'; give the date as YYYY-MM-DD"],
        ),
        (
            lambda b: (setattr(b.meeting, "date", None), setattr(b.meeting, "date_text", None)),
            ["meeting.date: empty; give the meeting's date as YYYY-MM-DD"],
        ),
        (
            lambda b: setattr(b.risks[1], "evidence", []),
            ["risks[1]: risk-2: no evidence; cite the source sentence or delete it"],
        ),
        (lambda b: setattr(b, "objectives", []), []),  # drafted from our side's asks instead
        (
            lambda b: (setattr(b, "objectives", []), setattr(b, "asks", [])),
            ["objectives: none written, none drafted from the sources; write what the principal wants"],
        ),
        (
            lambda b: setattr(b, "summary", b.summary[:2]),
            [
                "summary: the bottom line has 2 line(s) of its own (the other summary lines repeat the front note); "
                "write 3 to 5"
            ],
        ),
    ],
)  # fmt: skip
def test_readiness_names_each_lack_and_the_field_to_fill(change, expected):
    assert lacks(change) == expected


def test_check_warns_and_exits_0_or_1_with_strict(tmp_path):
    folder = tmp_path / "brief"
    folder.mkdir()
    (folder / "brief.yaml").write_bytes((FIXTURES / "brief-full.yaml").read_bytes())
    result = runner.invoke(app, ["check", str(folder)])
    assert result.exit_code == 0
    assert result.output == (
        f"{folder / 'brief.yaml'}: meeting.date: the sources only say 'within the next week'; "
        "give the date as YYYY-MM-DD\n"
    )
    assert runner.invoke(app, ["check", "--strict", str(folder)]).exit_code == 1

    (folder / "brief.yaml").write_text(brief_to_yaml(ready_brief()), encoding="utf-8")
    for options in ([], ["--strict"]):
        result = runner.invoke(app, ["check", *options, str(folder / "brief.yaml")])
        assert (result.exit_code, result.output) == (0, f"{folder / 'brief.yaml'}: ready\n")


@pytest.mark.parametrize(
    "content, code, words",
    [
        (None, 2, "no brief.yaml in this folder"),
        ("title: [\n", 3, "YAML"),
        ("title: x\nlanguage: english please\n", 3, "not a language tag such as en-GB"),
    ],
)
def test_check_of_a_missing_or_invalid_brief_is_one_line(tmp_path, content, code, words):
    if content is not None:
        (tmp_path / "brief.yaml").write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == code and words in result.output
    assert len(result.output.splitlines()) == 1 and "Traceback" not in result.output
