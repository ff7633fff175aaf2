"""history: semantic diff, textconv of docx and yaml, git-setup, list."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import TABLE_MERGES, merged_table, need
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.errors import InputError
from briefgen.history import diff, gitsetup, listing, textconv
from briefgen.model import Brief, Evidence, Meeting, Point, Quote, Risk, Source, Stakeholder
from briefgen.store import yaml as brief_yaml

runner = CliRunner()


def base() -> Brief:
    return Brief(
        title="Talks",
        date=dt.date(2025, 10, 7),
        meeting=Meeting(principal="Mark Carney", counterpart="Donald Trump"),
        summary=["Tariffs first."],
        stakeholders=[Stakeholder(id="p-1", name="Mark Carney", role="Prime Minister")],
        quotes=[
            Quote(
                id="q-1",
                text="Let's make a deal",
                speaker="Mark Carney",
                evidence=[Evidence(source="s1", paragraph=2, sentence=3, text="“Let’s make a deal.”")],
            )
        ],
        background=[Point(id="bg-1", text="Old fact.")],
        sources=[Source(id="s1", title="Article", path="sources/a.txt")],
    )


def write(path: Path, brief: Brief) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(brief_yaml.brief_to_yaml(brief), encoding="utf-8")
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
    text = diff.diff_text(write(tmp_path / "old.yaml", old), write(tmp_path / "new.yaml", new))
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
    assert diff.diff_text(str(tmp_path / "a"), str(tmp_path / "b")).splitlines()[-1] == "no changes"


def test_diff_evidence_change_is_counted(tmp_path):
    new = base()
    new.quotes[0].evidence = []
    text = diff.diff_text(write(tmp_path / "old.yaml", base()), write(tmp_path / "new.yaml", new))
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


@pytest.mark.git
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
    assert result.exit_code == 2 and result.output.startswith(
        "briefgen: error: HEAD:no/such.yaml: cannot read from git"
    )


def test_textconv_yaml_is_one_line_per_item(tmp_path):
    text = textconv.textconv(Path(write(tmp_path / "brief.yaml", base())))
    lines = text.splitlines()
    assert lines[0] == "Title: Talks"
    assert "Meeting: Mark Carney ↔ Donald Trump; where: (empty); when: (empty) ((empty))" in lines
    assert "- q-1 Let's make a deal (speaker: Mark Carney; direct) [s1 ¶2.3]" in lines
    assert "- p-1 Mark Carney (person; Prime Minister; side: unknown)" in lines
    assert "- s1 Article (sources/a.txt; 0 words; sha256 )" in lines


def test_textconv_invalid_yaml_is_shown_as_is(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text("title: [broken\n")
    assert textconv.textconv(path) == "title: [broken\n"


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
    assert textconv.textconv(path) == (
        "# Brief for the Prime Minister\n## Stakeholders\nTariffs come first.\n"
        "| Name | Role |\n| Mark Carney | Prime Minister | principal |\n\n- Bring steel numbers\n"
    )


def plain_table_rows(table) -> list[str]:
    """A table's rows as python-docx's own objects give them: `row.cells`, a merged cell once per row."""
    rows = []
    for row in table.rows:
        cells = {id(cell._tc): " ".join(cell.text.split()) for cell in row.cells}
        rows.append("| " + " | ".join(cells.values()) + " |")
    return rows


@TABLE_MERGES
def test_textconv_shows_a_table_as_python_docx_reads_it(merges) -> None:
    from docx import Document

    document = Document()
    table = merged_table(document, merges, "cell {r}.{c}\nsecond line")
    assert textconv._document_text(document) == "\n".join(plain_table_rows(table)) + "\n"


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04 truncated"])
def test_textconv_corrupt_docx_is_one_line_error(tmp_path, content):
    path = tmp_path / "brief.docx"
    path.write_bytes(content)
    with pytest.raises(InputError, match="not a readable .docx"):
        textconv.textconv(path)
    result = runner.invoke(app, ["textconv", str(path)])
    assert result.exit_code == 2 and "Traceback" not in result.output


# .gitattributes before git-setup (None: no file), after it, and the lines the report must hold.
GIT_ATTRIBUTES_CASES = [
    ("no file", None, b"*.docx diff=briefgen\n", ["added *.docx diff=briefgen"]),
    (
        "other lines, no final newline",
        b"*.png binary",
        b"*.png binary\n*.docx diff=briefgen\n",
        ["added *.docx diff=briefgen"],
    ),
    (
        "an earlier setup",
        b"*.docx diff=briefgen\nbrief.yaml diff=briefgen\n",
        b"*.docx diff=briefgen\n",
        ["removed brief.yaml diff=briefgen (brief.yaml is diffed as text)"],
    ),
    (
        "an earlier setup, CRLF and not UTF-8",
        b"*.png binary\r\nbrief.yaml  diff=briefgen\r\n*.x \xff\r\n",
        b"*.png binary\r\n*.x \xff\r\n*.docx diff=briefgen\n",
        ["removed brief.yaml diff=briefgen (brief.yaml is diffed as text)", "added *.docx diff=briefgen"],
    ),
    ("already set up", b"*.docx diff=briefgen\n", b"*.docx diff=briefgen\n", ["already set up"]),
    (
        "a person's own brief.yaml attribute",
        b"brief.yaml diff=briefgen eol=lf\n",
        b"brief.yaml diff=briefgen eol=lf\n*.docx diff=briefgen\n",
        ["added *.docx diff=briefgen"],
    ),
]


@pytest.mark.parametrize(
    ("case", "before", "after", "reported"), GIT_ATTRIBUTES_CASES, ids=[case for case, *_ in GIT_ATTRIBUTES_CASES]
)
@pytest.mark.git
def test_git_setup_writes_docx_textconv_once(tmp_path, case, before, after, reported):
    repo = git_repo(tmp_path / "repo")
    attributes = repo / ".gitattributes"
    if before is not None:
        attributes.write_bytes(before)
    sub = repo / "briefs"
    sub.mkdir()
    first = runner.invoke(app, ["git-setup", str(sub)])
    assert first.exit_code == 0, first.output
    assert [line for line in first.output.splitlines() if line.startswith(str(attributes))] == [
        f"{attributes}: {line}" for line in reported
    ]
    assert attributes.read_bytes() == after
    assert gitsetup.git_setup(repo)[0] == f"{attributes}: already set up"
    assert attributes.read_bytes() == after

    def config(key: str) -> str:
        return subprocess.run(["git", "-C", str(repo), "config", key], capture_output=True, text=True).stdout.strip()

    assert config("diff.briefgen.textconv") == f"{shlex.quote(sys.executable)} -P -m briefgen textconv"
    assert config("diff.briefgen.cachetextconv") == "true"


def git_without_briefgen(repo: Path, *args: str) -> str:
    """`git` run the way a person's shell would after the README's venv install: briefgen not on PATH."""
    git = need("git")
    path = os.path.dirname(git)
    assert shutil.which("briefgen", path=path) is None
    env = {"PATH": path, "HOME": str(repo.parent), "GIT_PAGER": "cat", "LC_ALL": "C.UTF-8", "GIT_CONFIG_NOSYSTEM": "1"}
    result = subprocess.run([git, "-C", str(repo), *args], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return result.stdout


@pytest.mark.git
def test_git_diff_reads_docx_and_shows_every_yaml_edit_without_briefgen_on_path(tmp_path):
    repo = git_repo(tmp_path / "repo")
    assert runner.invoke(app, ["git-setup", str(repo)]).exit_code == 0
    folder = repo / "briefs" / "talks"
    brief_path = Path(write(folder / "brief.yaml", base()))
    assert runner.invoke(app, ["render", str(folder), "--to", "docx"]).exit_code == 0
    git_without_briefgen(repo, "add", ".")
    git_without_briefgen(repo, "commit", "-qm", "first")

    text = brief_path.read_text(encoding="utf-8")
    brief_path.write_text(
        text.replace("title: Talks\n", "# Checked with the PMO on Friday.\ntitle: Talks\n"), encoding="utf-8"
    )
    yaml_diff = git_without_briefgen(repo, "diff", "--", "briefs/talks/brief.yaml")
    assert "+# Checked with the PMO on Friday." in yaml_diff.splitlines()

    brief_path.write_text(text.replace("title: Talks\n", "title: Talks in Washington\n"), encoding="utf-8")
    assert runner.invoke(app, ["render", str(folder), "--to", "docx"]).exit_code == 0
    docx_diff = git_without_briefgen(repo, "diff", "--", "briefs/talks/brief.docx")
    assert "Binary files" not in docx_diff
    assert "-# Talks" in docx_diff.splitlines() and "+# Talks in Washington" in docx_diff.splitlines()


@pytest.mark.git
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
    lines = listing.list_table(root).splitlines()
    assert lines[0].split() == [
        "Date",
        "Title",
        "Principal",
        "↔",
        "Counterpart",
        "Version",
        "Sources",
        "Last",
        "change",
        "Folder",
    ]
    assert lines[2].split() == [
        "2025-10-07",
        "Talks",
        "Mark",
        "Carney",
        "↔",
        "Donald",
        "Trump",
        "1",
        "1",
        "2025-10-08",
        "2025-10-07-talks",
    ]
    assert lines[3].split()[:6] == ["2025-10-09", "Steel", "follow-up", "Mark", "Carney", "↔"]
    assert lines[3].split()[-4:-2] == ["3", "2"]
    assert "(invalid: line 2, column 1: YAML syntax error" in lines[4]


def test_list_empty_and_missing_folders(tmp_path):
    assert listing.list_table(tmp_path) == f"no briefs in {tmp_path}\n"
    result = runner.invoke(app, ["list", str(tmp_path / "nope")])
    assert result.exit_code == 2 and result.output.strip() == f"briefgen: error: {tmp_path / 'nope'}: no such folder"
