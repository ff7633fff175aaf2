"""build --each: one brief per article, failures reported one line each, the others complete."""

from __future__ import annotations

import pytest
from helpers import ROOT
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.commands import build as building
from briefgen.store import validate

EXAMPLE = ROOT / "examples" / "carney-white-house.txt"

SECOND = """\
Japanese Prime Minister Shigeru Ishiba will host Australian Prime Minister Anthony Albanese in Tokyo next month.
"Our partnership has never mattered more," Ishiba said on Wednesday.
Officials said the leaders would discuss critical minerals, defence cooperation and a new energy agreement.
"""


@pytest.fixture
def articles(tmp_path):
    second = tmp_path / "tokyo.txt"
    second.write_text(SECOND, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    return [str(EXAMPLE), str(empty), str(second), str(tmp_path / "missing.txt")]


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_each_reports_failures_and_completes_the_others(tmp_path, articles, jobs):
    out_root = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        [
            "build",
            "--each",
            *articles,
            "--out",
            str(out_root),
            "--jobs",
            str(jobs),
            "--to",
            "md",
            "--date",
            "2025-10-07",
        ],
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert sorted(line.split(":")[0] for line in lines[:-1]) == ["failed", "failed", "ok", "ok"]
    assert any(line.startswith(f"failed: {articles[1]}: ") for line in lines)
    assert any(line.startswith(f"failed: {articles[3]}: ") for line in lines)
    assert lines[-1] == "2 brief(s) built, 2 failed"
    folders = sorted(p.parent for p in out_root.glob("*/brief.yaml"))
    assert len(folders) == 2 and all(f.name.startswith("2025-10-07-") for f in folders)
    for folder in folders:
        assert validate.validate_paths([folder]) == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_each_yields_each_outcome_and_prints_nothing(tmp_path, articles, capsys, jobs):
    outcomes = list(
        building.build_each(articles, out_root=tmp_path / "out", jobs=jobs, formats="md", date="2025-10-07")
    )
    assert capsys.readouterr() == ("", "")
    assert sorted(outcome.article for outcome in outcomes) == sorted(articles)
    failed = {outcome.article: outcome.problem for outcome in outcomes if outcome.problem}
    assert sorted(failed) == sorted([articles[1], articles[3]])
    assert failed[articles[3]].startswith(f"{articles[3]}: no such file")
    for outcome in outcomes:
        assert (outcome.folder is None) == (outcome.article in failed)
        assert outcome.folder is None or (outcome.folder / "brief.md").is_file()


def test_build_each_same_title_different_articles_get_distinct_folders(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(
        EXAMPLE.read_text(encoding="utf-8") + "\nOfficials added that a working lunch is planned.\n", encoding="utf-8"
    )
    outcomes = building.build_each(
        [str(EXAMPLE), str(copy)],
        out_root=tmp_path / "out",
        jobs=1,
        formats="md",
        title="Carney visit",
        date="2025-10-07",
    )
    assert [outcome.problem for outcome in outcomes] == [None, None]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "2025-10-07-carney-visit",
        "2025-10-07-carney-visit-2",
    ]


def test_build_each_through_the_cli(tmp_path, articles):
    result = CliRunner().invoke(
        app, ["build", "--each", *articles[:3], "--out", str(tmp_path / "out"), "--to", "md", "--jobs", "2"]
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.strip().splitlines()[-1] == "2 brief(s) built, 1 failed"


def test_build_each_all_good_exits_zero(tmp_path):
    result = CliRunner().invoke(app, ["build", "--each", str(EXAMPLE), "--out", str(tmp_path), "--to", "md"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith(f"ok: {EXAMPLE} → {tmp_path}/")
