"""history: semantic diff, textconv of docx and yaml, git-setup, list."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import need
from briefgen import history, store
from briefgen.cli import app
from briefgen.errors import InputError
from briefgen.schema import Brief, Evidence, Meeting, Point, Quote, Risk, Source, Stakeholder

runner = CliRunner()


def base() -> Brief:
    return Brief(
        title="Talks", date=dt.date(2025, 10, 7), meeting=Meeting(principal="Mark Carney", counterpart="Donald Trump"),
        summary=["Tariffs first."],
        stakeholders=[Stakeholder(id="p-1", name="Mark Carney", role="Prime Minister")],
        quotes=[Quote(id="q-1", text="Let's make a deal", speaker="Mark Carney",
                      evidence=[Evidence(source="s1", paragraph=2, sentence=3, text="“Let’s make a deal.”")])],
        background=[Point(id="bg-1", text="Old fact.")],
        sources=[Source(id="s1", title="Article", path="sources/a.txt")],
    )


def write(path: Path, brief: Brief) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(store.brief_to_yaml(brief), encoding="utf-8")
    return str(path)


def test_diff_lists_changes_section_by_section(tmp_path):
    old = base()
    new = base()
    new.version = 2
    new.meeting.location = "Washington"
    new.stakeholders[0].role = "Prime Minister of Canada"
    new.stakeholders.append(Stakeholder(id="p-2", name="Dominic LeBlanc"))
    new.background = []
    new.risks = [Risk(id="risk-1", text="Jobs at risk.", severity="high")]
    new.summary = ["Tariffs first.", "Steel next."]
    new.sources.append(Source(id="s2", path="sources/b.txt"))
    text = history.diff_text(write(tmp_path / "old.yaml", old), write(tmp_path / "new.yaml", new))
    assert text.splitlines() == [
        f"--- {tmp_path / 'old.yaml'}",
        f"+++ {tmp_path / 'new.yaml'}",
        "version: 1 → 2",
        "meeting.location: (empty) → Washington",
        "summary:",
        "  + Steel next.",
        "background:",
        "  - bg-1 Old fact.",
        "stakeholders:",
        "  ~ p-1 Mark Carney",
        "      role: Prime Minister → Prime Minister of Canada",
        "  + p-2 Dominic LeBlanc",
        "risks:",
        "  + risk-1 Jobs at risk.",
        "sources:",
        "  + s2 sources/b.txt",
    ]


def test_diff_of_equal_briefs_and_of_folders(tmp_path):
    write(tmp_path / "a" / "brief.yaml", base())
    write(tmp_path / "b" / "brief.yaml", base())
    assert history.diff_text(str(tmp_path / "a"), str(tmp_path / "b")).splitlines()[-1] == "no changes"


def test_diff_evidence_change_is_counted(tmp_path):
    new = base()
    new.quotes[0].evidence = []
    text = history.diff_text(write(tmp_path / "old.yaml", base()), write(tmp_path / "new.yaml", new))
    assert "  ~ q-1 Let's make a deal\n      evidence: 1 → 0 sentence(s)\n" in text


def test_diff_missing_file_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["diff", str(tmp_path / "nope.yaml"), str(tmp_path / "nope2.yaml")])
    assert result.exit_code == 2
    assert result.output.strip() == f"briefgen: error: {tmp_path / 'nope.yaml'}: no such file"


def git_repo(path: Path) -> Path:
    need("git")
    subprocess.run(["git", "init", "-q", str(path)], check=True)
    subprocess.run(["git", "-C", str(path), "config", "user.name", "Test"], check=True)
    subprocess.run(["git", "-C", str(path), "config", "user.email", "test@example.com"], check=True)
    return path


def test_diff_reads_git_revisions(tmp_path, monkeypatch):
    repo = git_repo(tmp_path / "repo")
    brief_path = repo / "briefs" / "x" / "brief.yaml"
    write(brief_path, base())
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    subprocess.run(["git", "-C", str(repo), "commit", "-qm", "first"], check=True)
    changed = base()
    changed.title = "Talks in Washington"
    write(brief_path, changed)
    monkeypatch.chdir(repo / "briefs")
    result = runner.invoke(app, ["diff", "HEAD:x/brief.yaml", "x/brief.yaml"])
    assert result.exit_code == 0, result.output
    assert "title: Talks → Talks in Washington" in result.output
    result = runner.invoke(app, ["diff", "HEAD:no/such.yaml", "x/brief.yaml"])
    assert result.exit_code == 2 and result.output.startswith("briefgen: error: HEAD:no/such.yaml: cannot read from git")


def test_textconv_yaml_is_one_line_per_item(tmp_path):
    text = history.textconv(Path(write(tmp_path / "brief.yaml", base())))
    lines = text.splitlines()
    assert lines[0] == "Title: Talks"
    assert "Meeting: Mark Carney ↔ Donald Trump; where: (empty); when: (empty) ((empty))" in lines
    assert "- q-1 Let's make a deal (speaker: Mark Carney; direct) [s1 ¶2.3]" in lines
    assert "- p-1 Mark Carney (person; Prime Minister; side: unknown)" in lines
    assert "- s1 Article (sources/a.txt; 0 words; sha256 )" in lines


def test_textconv_invalid_yaml_is_shown_as_is(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text("title: [broken\n")
    assert history.textconv(path) == "title: [broken\n"


def test_textconv_docx_keeps_order_headings_lists_and_tables(tmp_path):
    from docx import Document

    document = Document()
    document.add_heading("Brief for the Prime Minister", level=0)
    document.add_heading("Stakeholders", level=1)
    document.add_paragraph("Tariffs come first.")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text = "Name", "Role"
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(1, 0).text, table.cell(1, 1).text, table.cell(1, 2).text = "Mark Carney", "Prime Minister", "principal"
    document.add_paragraph("Bring steel numbers", style="List Bullet")
    path = tmp_path / "brief.docx"
    document.save(path)
    assert history.textconv(path) == (
        "# Brief for the Prime Minister\n## Stakeholders\nTariffs come first.\n"
        "| Name | Role |\n| Mark Carney | Prime Minister | principal |\n\n- Bring steel numbers\n")


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04 truncated"])
def test_textconv_corrupt_docx_is_one_line_error(tmp_path, content):
    path = tmp_path / "brief.docx"
    path.write_bytes(content)
    with pytest.raises(InputError, match="not a readable .docx"):
        history.textconv(path)
    result = runner.invoke(app, ["textconv", str(path)])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_git_setup_is_idempotent_and_keeps_other_attributes(tmp_path):
    repo = git_repo(tmp_path / "repo")
    (repo / ".gitattributes").write_text("*.png binary")  # no final newline
    sub = repo / "briefs"
    sub.mkdir()
    first = runner.invoke(app, ["git-setup", str(sub)])
    assert first.exit_code == 0, first.output
    assert f"{repo / '.gitattributes'}: added *.docx diff=briefgen" in first.output
    history.git_setup(repo)
    assert (repo / ".gitattributes").read_text() == "*.png binary\n*.docx diff=briefgen\nbrief.yaml diff=briefgen\n"
    config = subprocess.run(["git", "-C", str(repo), "config", "diff.briefgen.textconv"], capture_output=True, text=True)
    assert config.stdout.strip() == "briefgen textconv"


def test_git_setup_outside_a_repo_is_an_error(tmp_path):
    need("git")
    outside = tmp_path / "plain"
    outside.mkdir()
    env = {"GIT_CEILING_DIRECTORIES": str(tmp_path)}
    result = runner.invoke(app, ["git-setup", str(outside)], env=env)
    assert result.exit_code == 2
    assert "not inside a git repository" in result.output


def test_list_table_shows_every_brief(tmp_path):
    root = tmp_path / "briefs"
    write(root / "2025-10-07-talks" / "brief.yaml", base())
    second = base()
    second.title, second.version, second.date = "Steel follow-up", 3, dt.date(2025, 10, 9)
    second.sources.append(Source(id="s2"))
    write(root / "2025-10-09-steel" / "brief.yaml", second)
    (root / "2025-10-10-broken").mkdir()
    (root / "2025-10-10-broken" / "brief.yaml").write_text("title: [\n")
    stamp = dt.datetime(2025, 10, 8, 12).timestamp()
    os.utime(root / "2025-10-07-talks" / "brief.yaml", (stamp, stamp))
    lines = history.list_table(root).splitlines()
    assert lines[0].split() == ["Date", "Title", "Principal", "↔", "Counterpart", "Version", "Sources", "Last", "change",
                                "Folder"]
    assert lines[2].split() == ["2025-10-07", "Talks", "Mark", "Carney", "↔", "Donald", "Trump", "1", "1",
                                "2025-10-08", "2025-10-07-talks"]
    assert lines[3].split()[:6] == ["2025-10-09", "Steel", "follow-up", "Mark", "Carney", "↔"]
    assert lines[3].split()[-4:-2] == ["3", "2"]
    assert "(invalid: line 2, column 1: YAML syntax error" in lines[4]


def test_list_empty_and_missing_folders(tmp_path):
    assert history.list_table(tmp_path) == f"no briefs in {tmp_path}\n"
    result = runner.invoke(app, ["list", str(tmp_path / "nope")])
    assert result.exit_code == 2 and result.output.strip() == f"briefgen: error: {tmp_path / 'nope'}: no such folder"
