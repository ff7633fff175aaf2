"""The life of a brief in git (issue 5): build, commit, edit by hand, add a follow-up, diff."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, need
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.model import Brief
from briefgen.store import validate
from briefgen.store import yaml as brief_yaml

EXAMPLE = ROOT / "examples" / "carney-white-house.txt"

# A follow-up written for this test (not from any corpus): the meeting is confirmed, new people speak.
FOLLOW_UP = """\
Carney and Trump to meet Tuesday as steel tariffs top the agenda

Prime Minister Mark Carney will meet U.S. President Donald Trump at the White House on Tuesday, the Prime Minister’s Office confirmed on Friday.

Dominic LeBlanc, the minister responsible for Canada-U.S. trade, said Ottawa would press for the removal of tariffs on Canadian steel and aluminum. “Our workers should not pay for a dispute they did not start,” LeBlanc said.

Flavio Volpe, president of the Automotive Parts Manufacturers’ Association, warned that auto plants in Ontario could cut shifts within weeks if the tariffs stay in place. “Every week of delay costs Canadian jobs,” Volpe said.

Carney is expected to be joined by Finance Minister François-Philippe Champagne. Officials said the two sides may also discuss defence spending and the Arctic.
"""


def run_git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "GIT_PAGER": "cat",
        "LC_ALL": "C.UTF-8",
    }
    result = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, encoding="utf-8", env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.git
def test_brief_lives_in_git(tmp_path, monkeypatch):
    need("git")
    repo = tmp_path / "repo"
    repo.mkdir()
    run_git(repo, "init", "-q")
    run_git(repo, "config", "user.name", "Policy Staff")
    run_git(repo, "config", "user.email", "staff@example.com")
    monkeypatch.chdir(repo)
    runner = CliRunner()

    setup = runner.invoke(app, ["git-setup"])
    assert setup.exit_code == 0, setup.output
    built = runner.invoke(app, ["build", str(EXAMPLE), "--date", "2025-10-07"])
    assert built.exit_code == 0, built.output
    brief_path = Path(built.output.splitlines()[0])
    folder = brief_path.parent
    assert folder.parent == Path("briefs") and (folder / "brief.docx").is_file()
    run_git(repo, "add", ".")
    run_git(repo, "commit", "-qm", "Brief from the first article")

    # A person edits brief.yaml: a comment, a wording, a deleted quote.
    original = brief_yaml.load_brief(brief_path)
    deleted = original.quotes[0]
    reworded = original.stakeholders[0]
    text = brief_path.read_text(encoding="utf-8")
    text = text.replace("title:", "# Checked with the PMO on Friday.\ntitle:", 1)
    text = text.replace(f"    role: {reworded.role}\n", "    role: Prime Minister of Canada\n", 1)
    document = brief_yaml.parse_document(text, brief_path)
    del document["quotes"][0]
    brief_path.write_text(brief_yaml.dump_document(document), encoding="utf-8")
    run_git(repo, "commit", "-qam", "Reviewed by staff")

    refused = runner.invoke(app, ["build", str(EXAMPLE), "--date", "2025-10-07", "--out", str(folder)])
    assert refused.exit_code == 5 and "--force" in refused.output and str(brief_path) in refused.output

    follow_up = tmp_path / "follow-up.txt"
    follow_up.write_text(FOLLOW_UP, encoding="utf-8")
    added = runner.invoke(app, ["add", str(folder), str(follow_up)])
    assert added.exit_code == 0, added.output
    assert f"{brief_path}: version 2" in added.output

    merged_text = brief_path.read_text(encoding="utf-8")
    merged = brief_yaml.load_brief(brief_path)
    assert "# Checked with the PMO on Friday.\ntitle:" in merged_text
    assert merged.stakeholders[0].id == reworded.id and merged.stakeholders[0].role == "Prime Minister of Canada"
    assert deleted.id not in {quote.id for quote in merged.quotes}
    assert merged.version == original.version + 1
    assert [source.id for source in merged.sources] == ["s1", "s2"]
    assert (folder / "sources" / "follow-up.txt").is_file()
    names = {stakeholder.name for stakeholder in merged.stakeholders}
    assert {"Dominic LeBlanc", "Flavio Volpe"} <= names
    assert sum(name == "Mark Carney" for name in names) == 1
    assert any(e.source == "s2" for quote in merged.quotes for e in quote.evidence)
    assert "Prime Minister of Canada" in (folder / "brief.md").read_text(encoding="utf-8")
    assert validate.validate_paths([Path("briefs")]) == []

    # git diff through the textconv: readable lines, not binary noise.
    docx_diff = run_git(repo, "diff", "--", str(folder / "brief.docx"))
    assert "Binary files" not in docx_diff
    assert any(line.startswith("+") and "Dominic LeBlanc" in line for line in docx_diff.splitlines())
    # brief.yaml, the source of truth, is diffed as text: every edit shows as it is in the file.
    yaml_diff = run_git(repo, "diff", "--", str(brief_path)).splitlines()
    assert "+    name: Flavio Volpe" in yaml_diff
    assert "-version: 1" in yaml_diff and "+version: 2" in yaml_diff

    # briefgen diff between the committed and the working brief.
    diff = runner.invoke(app, ["diff", f"HEAD:{brief_path.as_posix()}", str(brief_path)])
    assert diff.exit_code == 0, diff.output
    lines = diff.output.splitlines()
    assert "version: 1 → 2" in lines
    assert "stakeholders:" in lines and "sources:" in lines
    assert any(line.startswith("  + p-") and line.endswith("Flavio Volpe") for line in lines)
    assert not any(line.startswith("  - ") for line in lines)  # nothing a person kept was removed
    first = runner.invoke(app, ["diff", f"HEAD~1:{brief_path.as_posix()}", f"HEAD:{brief_path.as_posix()}"])
    assert f"  - {deleted.id}" in first.output
    assert "      role: Prime Minister → Prime Minister of Canada" in first.output

    listed = runner.invoke(app, ["list"])
    assert listed.exit_code == 0
    assert folder.name in listed.output and "Mark Carney ↔ Donald Trump" in listed.output


def test_pre_commit_hook_runs_validate_on_brief_files(tmp_path):
    import re
    import shlex

    from ruamel.yaml import YAML

    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "briefgen-validate")
    assert [
        re.search(hook["files"], name) is not None
        for name in ("brief.yaml", "briefs/2025-10-07-x/brief.yaml", "notbrief.yaml", "brief.yaml.bak")
    ] == [True, True, False, False]
    program, *arguments = shlex.split(hook["entry"])
    assert program == "briefgen" and hook["pass_filenames"] is True
    good, bad = tmp_path / "a" / "brief.yaml", tmp_path / "b" / "brief.yaml"
    good.parent.mkdir()
    bad.parent.mkdir()
    good.write_text(brief_yaml.brief_to_yaml(Brief(title="Talks")), encoding="utf-8")
    bad.write_text("title: Talks\nversion: zero\n", encoding="utf-8")
    result = CliRunner().invoke(app, [*arguments, str(good), str(bad)])
    assert result.exit_code == 3
    assert result.output.splitlines() == [
        f"{bad}: version: Input should be a valid integer, unable to parse string as an integer"
    ]
