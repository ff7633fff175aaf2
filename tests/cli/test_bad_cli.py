"""The edges of the process and of the command line (issue 13), through the CLI: closed or full
standard streams, a broken pipe, names too long or holding a newline or a terminal escape, a git
option passed as REV:path, click's own usage errors, and one case per row of the README's exit
codes. Each: one line on stderr naming the file and the problem, the documented exit code, no
traceback, nothing changed on disk. Streams are tested in real processes (`python -m briefgen`
under `sh`): CliRunner has no file descriptors to close or fill."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from helpers import ROOT, need, tree
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.errors import show_path

EXAMPLE_BRIEF = ROOT / "briefs" / "2026-05-24-carney-white-house"
ARTICLE = (
    "Prime Minister Mark Carney will meet President Donald Trump at the White House on Tuesday.\n\n"
    "Carney said Canada wants the steel tariffs removed before the summer.\n"
)
LONG = "a" * 300  # one path component over the 255 bytes file systems allow
ESCAPE = "\x1b]0;pwn\x07"  # sets a terminal's title when printed raw
EXIT = {"other": 1, "input": 2, "brief": 3, "template": 4, "output": 5, "usage": 64}


class Outcome(NamedTuple):
    exit_code: int
    stdout: str
    stderr: str


def in_process(args: list[str], work: Path, env: dict[str, str] | None = None) -> Outcome:
    result = CliRunner().invoke(app, args, env=env, catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return Outcome(result.exit_code, result.stdout, result.stderr)


def in_shell(redirect: str) -> Callable[..., Outcome]:
    """Run `python -m briefgen ARGS REDIRECT` through sh: `<&-` closes stdin, `>/dev/full` fills stdout."""

    def run(args: list[str], work: Path, env: dict[str, str] | None = None) -> Outcome:
        command = ["sh", "-c", f'exec "$@" {redirect}', "sh", sys.executable, "-m", "briefgen", *args]
        result = subprocess.run(command, cwd=work, capture_output=True, env={**os.environ, **(env or {})}, timeout=120)
        return Outcome(
            result.returncode, result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")
        )

    return run


def edited_brief(work: Path) -> None:
    path = work / "brief" / "brief.yaml"
    path.write_text("# Checked with the PMO.\n" + path.read_text(encoding="utf-8"), encoding="utf-8")


def invalid_brief(work: Path) -> None:
    (work / "broken").mkdir()
    (work / "broken" / "brief.yaml").write_text("title: [unclosed\n", encoding="utf-8")


def broken_template(work: Path) -> None:
    (work / "broken.md.j2").write_text("# {{ title }\n", encoding="utf-8")


def read_only_folder(work: Path) -> None:
    (work / "read-only").mkdir()
    (work / "read-only").chmod(0o555)


def committed(work: Path) -> None:
    """The work folder as a git repository with the brief committed, so that `git show` really runs."""
    git = need("git")
    for args in (
        ["init", "-q"],
        ["add", "."],
        ["-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-qm", "brief"],
    ):
        subprocess.run([git, *args], cwd=work, check=True, capture_output=True)


def no_soffice(work: Path) -> None:
    (work.parent / "empty-bin").mkdir()


class Case(NamedTuple):
    case: str
    args: list[str]
    exit_code: int
    words: str  # what the one error line must hold
    run: Callable[..., Outcome] = in_process
    prepare: Callable[[Path], None] | None = None
    env: dict[str, str] | None = None  # "EMPTY-BIN" stands for an empty folder: a PATH without LibreOffice


AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NO_DEV_FULL = not os.path.exists("/dev/full")

CASES = [
    # The process's own streams.
    Case("closed stdin", ["extract", "-"], EXIT["input"], "<stdin>: standard input is closed", in_shell("<&-")),
    Case(
        "write-only stdin",
        ["extract", "-"],
        EXIT["input"],
        "<stdin>: cannot be read (Bad file descriptor)",
        in_shell("0>/dev/null"),
    ),
    Case(
        "stdout to a full device",
        ["extract", "article.txt"],
        EXIT["output"],
        "<stdout>: cannot write: No space left on device",
        in_shell(">/dev/full"),
    ),
    Case(
        "help to a full device",
        ["--help"],
        EXIT["output"],
        "<stdout>: cannot write: No space left on device",
        in_shell(">/dev/full"),
    ),
    Case(
        "closed stdout",
        ["extract", "article.txt"],
        EXIT["output"],
        "<stdout>: standard output is closed",
        in_shell(">&-"),
    ),
    Case(
        "stdout in an encoding that cannot hold the brief",
        ["extract", "article.txt"],
        EXIT["output"],
        "<stdout>: cannot write: its encoding (ascii) cannot hold",
        in_shell(""),
        env={"PYTHONIOENCODING": "ascii"},
    ),
    # Names too long, outputs that cannot be written.
    Case(
        "300-character --out component",
        ["build", "article.txt", "--out", f"{LONG}/brief"],
        EXIT["output"],
        f"{LONG}/brief: cannot write: File name too long",
    ),
    Case(
        "300-character --out component, in a process",
        ["build", "article.txt", "--out", f"{LONG}/brief"],
        EXIT["output"],
        f"{LONG}/brief: cannot write: File name too long",
        in_shell(""),
    ),
    Case(
        "300-character render --out",
        ["render", "brief", "--out", LONG],
        EXIT["output"],
        f"{LONG}: cannot write: File name too long",
    ),
    Case(
        "300-character templates init folder",
        ["templates", "init", LONG],
        EXIT["output"],
        f"{LONG}: cannot write templates (File name too long)",
    ),
    Case(
        "300-character article name",
        ["extract", f"{LONG}.txt"],
        EXIT["input"],
        f"{LONG}.txt: cannot be read (File name too long)",
    ),
    Case(
        "300-character brief.yaml",
        ["render", f"{LONG}.yaml"],
        EXIT["input"],
        f"{LONG}.yaml: cannot read: File name too long",
    ),
    Case(
        "300-character brief folder to add to",
        ["add", LONG, "article.txt"],
        EXIT["input"],
        f"{LONG}: no brief.yaml here",
    ),
    Case(
        "300-character file to textconv",
        ["textconv", f"{LONG}.docx"],
        EXIT["input"],
        f"{LONG}.docx: cannot read: File name too long",
    ),
    Case("300-character folder to list", ["list", LONG], EXIT["input"], f"{LONG}: no such folder"),
    Case(
        "300-character template",
        ["render", "brief", "--template", f"{LONG}.md.j2", "--to", "md"],
        EXIT["template"],
        f"{LONG}.md.j2: cannot read the template",
    ),
    Case(
        "--out under a file",
        ["build", "article.txt", "--out", "a-file/brief"],
        EXIT["output"],
        "a-file/brief: cannot write: Not a directory",
    ),
    Case(
        "--out is a device",
        ["build", "article.txt", "--out", "/dev/null"],
        EXIT["output"],
        "/dev/null: cannot write: Not a directory",
    ),
    Case(
        "--out in a read-only folder",
        ["build", "article.txt", "--out", "read-only/brief"],
        EXIT["output"],
        "read-only/brief: cannot write: Permission denied",
        prepare=read_only_folder,
    ),
    # Names printed escaped: no raw newline or escape sequence reaches the terminal.
    Case("article name with a newline", ["extract", "new\nline.txt"], EXIT["input"], "'new\\nline.txt': no such file"),
    Case(
        "article name with a terminal escape",
        ["extract", f"{ESCAPE}.txt"],
        EXIT["input"],
        "'\\x1b]0;pwn\\x07.txt': no such file",
    ),
    Case(
        "article name with a byte that is not UTF-8",
        ["extract", "caf\udce9.txt"],
        EXIT["input"],
        "'caf\\xe9.txt': no such file",
    ),
    Case(
        "brief folder with a terminal escape",
        ["render", f"brief{ESCAPE}"],
        EXIT["input"],
        "'brief\\x1b]0;pwn\\x07': no such file",
    ),
    Case(
        "--out with a newline, refused",
        ["build", "article.txt", "--out", "a-file/new\nline"],
        EXIT["output"],
        "'a-file/new\\nline': cannot write: Not a directory",
    ),
    Case(
        "option name with a terminal escape",
        ["extract", f"--{ESCAPE}", "article.txt"],
        EXIT["usage"],
        "No such option: --\\x1b]0;pwn\\x07",
    ),
    # A REV:path spec is never an option of `git show` (--output would write a file).
    Case(
        "git --output as OLD",
        ["diff", "--", "--output=written:brief.yaml", "brief"],
        EXIT["usage"],
        "--output=written:brief.yaml: not a file, and a git revision cannot start with '-'",
        prepare=committed,
    ),
    Case(
        "git --output as NEW",
        ["diff", "--", "brief", "--output=written:x"],
        EXIT["usage"],
        "--output=written:x: not a file, and a git revision cannot start with '-'",
        prepare=committed,
    ),
    # click's own usage errors exit 64 (its 2 means "article unreadable" here).
    Case(
        "unknown option",
        ["extract", "--bogus", "article.txt"],
        EXIT["usage"],
        "No such option: --bogus (see 'briefgen extract --help')",
    ),
    Case("missing argument", ["extract"], EXIT["usage"], "Missing argument 'articles' (see 'briefgen extract --help')"),
    Case(
        "unknown command",
        ["extrakt", "article.txt"],
        EXIT["usage"],
        "No such command 'extrakt'. Did you mean 'extract'? (see 'briefgen --help')",
    ),
    Case(
        "option value out of range",
        ["build", "--each", "article.txt", "--jobs", "0"],
        EXIT["usage"],
        "Invalid value for '--jobs' / '-j'",
    ),
    Case(
        "unknown option of a subcommand group",
        ["templates", "check", "--bogus"],
        EXIT["usage"],
        "No such option: --bogus (see 'briefgen templates check --help')",
    ),
    Case(
        "unknown option, in a process",
        ["extract", "--bogus", "article.txt"],
        EXIT["usage"],
        "No such option: --bogus (see 'briefgen extract --help')",
        in_shell(""),
    ),
    # One case per row of the README's exit codes.
    Case(
        "README 1: --to pdf without LibreOffice",
        ["render", "brief", "--to", "pdf"],
        EXIT["other"],
        "--to pdf needs LibreOffice",
        prepare=no_soffice,
        env={"PATH": "EMPTY-BIN"},
    ),
    Case(
        "README 2: an article that does not exist",
        ["extract", "missing.txt"],
        EXIT["input"],
        "missing.txt: no such file; check the path",
    ),
    Case(
        "README 3: an invalid brief.yaml",
        ["render", "broken"],
        EXIT["brief"],
        "broken/brief.yaml: line 2, column 1: YAML syntax error",
        prepare=invalid_brief,
    ),
    Case(
        "README 4: a template with a syntax error",
        ["render", "brief", "--template", "broken.md.j2", "--to", "md"],
        EXIT["template"],
        "broken.md.j2: line 1: template syntax error",
        prepare=broken_template,
    ),
    Case(
        "README 5: a brief a person edited",
        ["build", "article.txt", "--out", "brief"],
        EXIT["output"],
        "brief/brief.yaml: a person has edited this brief",
        prepare=edited_brief,
    ),
    Case(
        "README 64: an unknown output format",
        ["render", "brief", "--to", "odt"],
        EXIT["usage"],
        "unknown output format 'odt'",
    ),
]
SKIPS = {
    "--out in a read-only folder": (AS_ROOT, "root writes into read-only folders"),
    "stdout to a full device": (NO_DEV_FULL, "no /dev/full here"),
    "help to a full device": (NO_DEV_FULL, "no /dev/full here"),
}
PARAMS = [
    pytest.param(
        case,
        id=case.case,
        marks=[pytest.mark.skipif(SKIPS[case.case][0], reason=SKIPS[case.case][1])] if case.case in SKIPS else [],
    )
    for case in CASES
]


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder of every case: an article, a brief folder (the committed example), a file."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "article.txt").write_text(ARTICLE, encoding="utf-8")
    shutil.copytree(EXAMPLE_BRIEF, work / "brief")
    (work / "a-file").write_text("a file where a folder should be\n", encoding="utf-8")
    monkeypatch.chdir(work)
    return work


@pytest.mark.parametrize("row", PARAMS)
def test_bad_command_line(work: Path, row: Case) -> None:
    if row.prepare:
        row.prepare(work)
    env = {
        key: str(work.parent / "empty-bin") if value == "EMPTY-BIN" else value for key, value in (row.env or {}).items()
    } or None
    before = tree(work.parent)
    outcome = row.run(row.args, work, env)
    assert "Traceback" not in outcome.stderr + outcome.stdout
    assert tree(work.parent) == before
    lines = outcome.stderr.splitlines()
    assert len(lines) == 1, outcome.stderr
    assert lines[0].startswith("briefgen: error: ") and lines[0].isprintable(), lines[0]
    assert row.words in lines[0]
    assert outcome.exit_code == row.exit_code, lines[0]
    assert outcome.stdout == ""


def test_every_exit_code_of_the_readme_has_a_case() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", readme, flags=re.MULTILINE)}
    assert documented == {0, *EXIT.values()}
    assert {case.exit_code for case in CASES} == set(EXIT.values())


def test_broken_pipe_exits_5_without_a_word(work: Path) -> None:
    """`briefgen extract x | head -1`: the reader stopped reading; nothing to tell it, no traceback."""
    before = tree(work.parent)
    reader, writer = os.pipe()
    os.close(reader)  # closed before briefgen writes: every write fails with EPIPE, without a race
    try:
        result = subprocess.run(
            [sys.executable, "-m", "briefgen", "extract", "article.txt"],
            cwd=work,
            stdout=writer,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    finally:
        os.close(writer)
    assert result.returncode == EXIT["output"]
    assert result.stderr == b""
    assert tree(work.parent) == before


def test_closed_stderr_keeps_messages_off_stdout(work: Path) -> None:
    (work / "control.txt").write_text("Carney\x01 met Trump at the White House, officials said.\n", encoding="utf-8")
    warned = in_shell("2>&-")(["extract", "control.txt"], work)  # a warning: print() to no stderr goes to stdout
    assert warned.exit_code == 0
    assert json.loads(warned.stdout)["sources"][0]["words"] > 0
    failed = in_shell("2>&-")(["extract", "missing.txt"], work)
    assert failed.exit_code == EXIT["input"]
    assert failed.stdout == ""


@pytest.mark.parametrize(
    "args", [["-h"], ["--help"], ["extract", "-h"], ["templates", "-h"], ["templates", "check", "--help"]]
)
def test_help_options_exit_0(args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: briefgen") and result.stderr == ""


@pytest.mark.parametrize("args", [[], ["templates"]])
def test_no_command_prints_the_help_with_the_usage_status(args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == EXIT["usage"]
    assert result.stderr.startswith("Usage: briefgen") and result.stdout == ""


def test_written_files_and_warnings_are_listed_escaped(work: Path) -> None:
    article = work / f"note{ESCAPE}.txt"
    article.write_text("Carney\x01 met Trump at the White House on Tuesday, officials said.\n", encoding="utf-8")
    out = f"out{ESCAPE}\nbrief"
    result = CliRunner().invoke(app, ["build", article.name, "--out", out, "--to", "md", "--date", "2025-05-01"])
    assert result.exit_code == 0, result.stderr
    shown = "'out\\x1b]0;pwn\\x07\\nbrief"
    assert result.stdout.splitlines() == [
        f"{shown}/brief.yaml'",
        f"{shown}/sources/note-0-pwn.txt'",
        f"{shown}/.briefgen-proposed'",
        f"{shown}/brief.md'",
        f"{shown}/.briefgen-rendered'",
    ]
    assert result.stderr.splitlines() == [
        "briefgen: warning: 'note\\x1b]0;pwn\\x07.txt': removed 1 control character that Word cannot hold"
    ]
    assert (work / out / "brief.md").is_file()


def test_validate_list_and_diff_show_names_and_titles_escaped(work: Path) -> None:
    folder = work / "briefs" / "new\nline"
    folder.mkdir(parents=True)
    brief = (work / "brief" / "brief.yaml").read_text(encoding="utf-8")
    titled = re.sub(r"^title: (.*)$", r'title: "\\e]0;pwn\\a \1"', brief, count=1, flags=re.MULTILINE)
    (folder / "brief.yaml").write_text(titled, encoding="utf-8")
    (work / "briefs" / "broken\nfolder").mkdir()
    (work / "briefs" / "broken\nfolder" / "brief.yaml").write_text("title: Talks\nversion: zero\n", encoding="utf-8")
    validated = CliRunner().invoke(app, ["validate", "briefs"])
    assert validated.exit_code == EXIT["brief"]
    assert validated.stdout.splitlines() == [
        "'briefs/broken\\nfolder/brief.yaml': version: Input should be a valid "
        "integer, unable to parse string as an integer"
    ]
    listed = CliRunner().invoke(app, ["list", "briefs"])
    assert listed.exit_code == 0 and "\x1b" not in listed.stdout
    assert "'new\\nline'" in listed.stdout and "\\x1b]0;pwn\\x07" in listed.stdout
    diffed = CliRunner().invoke(app, ["diff", "brief", str(folder)])
    assert diffed.exit_code == 0
    assert diffed.stdout.splitlines()[:2] == ["--- brief", f"+++ '{work}/briefs/new\\nline'"]
    assert "\x1b" not in diffed.stdout


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("briefs/2025-10-07-talks/brief.yaml", "briefs/2025-10-07-talks/brief.yaml"),
        ("Montréal/été 2025.txt", "Montréal/été 2025.txt"),
        ("東京.txt", "東京.txt"),
        ("back\\slash and 'quote'.txt", "back\\slash and 'quote'.txt"),
        ("new\nline.txt", "'new\\nline.txt'"),
        (f"{ESCAPE}.txt", "'\\x1b]0;pwn\\x07.txt'"),
        ("it's\\\t.txt", "'it\\'s\\\\\\t.txt'"),
        ("caf\udce9.txt", "'caf\\xe9.txt'"),
        ("right-to-left \u202etxt.exe", "'right-to-left \\u202etxt.exe'"),
    ],
)
def test_show_path_escapes_only_names_that_cannot_be_printed(name: str, shown: str) -> None:
    assert show_path(name) == shown
    assert show_path(shown) == shown  # showing twice changes nothing
