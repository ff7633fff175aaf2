"""The command line's conventions: --version, -h on every command, -q, --to for the rendered formats and
--format for what stdout holds, and the progress bar of `build --each` on stderr."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import typer
from helpers import ROOT
from typer.testing import CliRunner

import briefgen
from briefgen.cli import app, print_outcomes
from briefgen.commands.build import Outcome

ARTICLE = (
    "Prime Minister Lena Fischer will meet union leader Marco Rossi in Bern on Monday to end the rail strike.\n\n"
    '"We want a fair deal for every worker," Rossi said.\n'
)
runner = CliRunner()


def command_paths() -> list[list[str]]:
    group = typer.main.get_group(app)
    paths: list[list[str]] = []
    for name, command in group.commands.items():
        subcommands = getattr(command, "commands", None)
        paths += [[name, sub] for sub in subcommands] if subcommands else [[name]]
    return paths


def test_version_is_the_one_in_pyproject() -> None:
    written = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"briefgen {written}\n"
    assert briefgen.__version__ == written


@pytest.mark.parametrize("path", command_paths(), ids=" ".join)
@pytest.mark.parametrize("option", ["-h", "--help"])
def test_every_command_has_short_and_long_help(path: list[str], option: str) -> None:
    result = runner.invoke(app, [*path, option])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Usage: briefgen {' '.join(path)} ")


def readme_commands() -> str:
    """The first column of the README's table of commands."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    return "\n".join(line.split(" | ")[0] for line in section.splitlines() if line.startswith("| `briefgen"))


@pytest.mark.parametrize("path", command_paths(), ids=" ".join)
def test_every_command_is_in_the_readme_table(path: list[str]) -> None:
    assert f"`briefgen {' '.join(path)}" in readme_commands() or f"/ `briefgen {' '.join(path)}" in readme_commands()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.git
def test_quiet_commands_print_nothing(tmp_path: Path, article: Path) -> None:
    out = tmp_path / "brief"
    runs = [
        ["build", article, "--out", out, "--date", "2026-05-24", "--to", "md"],
        ["render", out, "--to", "md,html"],
        ["add", out, article.with_name("more.txt")],
        ["templates", "init", tmp_path / "templates"],
        ["git-setup", tmp_path],
    ]
    article.with_name("more.txt").write_text("Rossi said the union would strike again on Friday.\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    for command in runs:
        quiet = runner.invoke(app, [str(part) for part in [*command, "-q"]])
        assert (quiet.exit_code, quiet.stdout) == (0, ""), (command, quiet.output)
    loud = runner.invoke(app, [str(part) for part in runs[1]])
    assert loud.exit_code == 0 and str(out / "brief.html") in loud.stdout


@pytest.mark.parametrize("command", ["build", "render", "add"])
def test_format_is_still_read_for_the_rendered_formats(tmp_path: Path, article: Path, command: str) -> None:
    out = tmp_path / "brief"
    built = runner.invoke(app, ["build", str(article), "--out", str(out), "--date", "2026-05-24", "--to", "md"])
    assert built.exit_code == 0, built.output
    arguments = {
        "build": ["build", str(article), "--out", str(out), "--date", "2026-05-24"],
        "render": ["render", str(out)],
        "add": ["add", str(out), str(article)],
    }[command]
    result = runner.invoke(app, [*arguments, "--format", "html"])
    assert result.exit_code == 0, result.output
    assert "--format is deprecated" in result.stderr and "use --to" in result.stderr
    assert command == "add" or (out / "brief.html").is_file()  # add: the article is in the brief already
    both = runner.invoke(app, [*arguments, "--format", "html", "--to", "md"])
    assert both.exit_code == 64 and "give --to only" in both.stderr


def outcomes() -> list[Outcome]:
    return [Outcome("a.txt", Path("briefs/a"), None), Outcome("b.txt", None, "b.txt: no such file")]


@pytest.mark.parametrize(("stdout_tty", "quiet"), [(False, False), (False, True), (True, False)])
def test_the_progress_bar_goes_to_stderr(monkeypatch, capsys, stdout_tty: bool, quiet: bool) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: stdout_tty)
    monkeypatch.setenv("TERM", "xterm")
    assert print_outcomes(outcomes(), 2, quiet=quiet) == 1
    out, err = capsys.readouterr()
    lines = ["failed: b.txt: no such file", "1 brief(s) built, 1 failed"]
    if not quiet:
        lines.insert(0, "ok: a.txt → briefs/a")
    if stdout_tty:  # one screen: the lines go above the bar
        assert "b.txt: no such file" in err and out == "1 brief(s) built, 1 failed\n"
    else:
        assert out.splitlines() == lines
        assert "building briefs" in err or err == ""  # the bar (rich may draw nothing for a short run)
    assert "building briefs" not in out


def test_without_a_terminal_there_is_no_bar(capsys) -> None:
    assert print_outcomes(outcomes(), 2) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == ["ok: a.txt → briefs/a", "failed: b.txt: no such file", "1 brief(s) built, 1 failed"]
    assert err == ""
