"""console.main, the console script: it runs the cycle collector seldom and leaves with os._exit after flushing
the standard streams. Each command run so in a real process (`python -m briefgen`) must end as the plain
version does, `app()` in a process that ends as the interpreter ends any program: the same exit code, the same
output, the same files, nothing left behind (no temporary file, no worker process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from helpers import tree
from typer.testing import CliRunner

from briefgen.cli import app

ARTICLE = (
    "Prime Minister Mark Carney will meet President Donald Trump at the White House on Tuesday.\n\n"
    "Carney said Canada wants the steel tariffs removed before the summer.\n"
)
OTHER = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Friday to discuss energy prices.\n"
DATE = "2025-05-01"


class Outcome(NamedTuple):
    exit_code: int
    stdout: str
    stderr: str


def in_process(args: list[str], work: Path) -> Outcome:
    """app() under CliRunner, in this process (to prepare a case's folder)."""
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    return Outcome(result.exit_code, result.stdout, result.stderr)


def as_a_process(args: list[str], work: Path, *, plain: bool = False) -> Outcome:
    """main() in a process of its own; with `plain`, app() in a process of its own, ending as the interpreter
    ends any program (the same terminal width for help text as main's process, which CliRunner does not give)."""
    entry = ["-c", "from briefgen.cli import app; app()"] if plain else ["-m", "briefgen"]
    result = subprocess.run([sys.executable, *entry, *args], cwd=work, capture_output=True, text=True, timeout=300)
    return Outcome(result.returncode, result.stdout, result.stderr)


def built(work: Path) -> None:
    assert in_process(["build", "a.txt", "--out", "brief", "--date", DATE, "-q"], work).exit_code == 0


def edited(work: Path) -> None:
    built(work)
    path = work / "brief" / "brief.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("version: 1", "version: oops"), encoding="utf-8")


class Case(NamedTuple):
    case: str
    args: list[str]
    prepare: Callable[[Path], None] | None = None
    sort_lines: bool = False  # --jobs 2 reports articles as they finish


CASES = [
    Case("build", ["build", "a.txt", "--out", "brief", "--date", DATE]),
    Case("build --each in one process", ["build", "--each", "a.txt", "b.txt", "--out", "briefs", "--date", DATE]),
    Case(
        "build --each --jobs 2",
        ["build", "--each", "a.txt", "b.txt", "--jobs", "2", "--out", "briefs", "--date", DATE],
        sort_lines=True,
    ),
    Case("build onto an edited brief", ["build", "a.txt", "--out", "brief", "--date", DATE], edited),
    Case("extract", ["extract", "a.txt", "--date", DATE]),
    Case("extract as YAML", ["extract", "a.txt", "b.txt", "--format", "yaml", "--date", DATE]),
    Case("render", ["render", "brief", "--to", "md,html"], built),
    Case("add", ["add", "brief", "b.txt"], built),
    Case("invalid brief", ["validate", "brief"], edited),
    Case("missing article", ["extract", "missing.txt"]),
    Case("usage error", ["build", "a.txt", "--to", "odt"]),
    Case("help", ["--help"]),
    Case("version", ["--version"]),
]


def folder(tmp_path: Path, name: str, case: Case) -> Path:
    work = tmp_path / name
    work.mkdir()
    (work / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (work / "b.txt").write_text(OTHER, encoding="utf-8")
    if case.prepare:
        old = Path.cwd()
        os.chdir(work)
        try:
            case.prepare(work)
        finally:
            os.chdir(old)
    return work


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.case)
def test_main_ends_a_command_as_the_interpreter_would(case: Case, tmp_path: Path) -> None:
    plain_work, fast_work = folder(tmp_path, "plain", case), folder(tmp_path, "fast", case)
    plain = as_a_process(case.args, plain_work, plain=True)
    fast = as_a_process(case.args, fast_work)
    assert fast.exit_code == plain.exit_code
    assert "Traceback" not in fast.stderr
    if case.sort_lines:
        assert sorted(fast.stdout.splitlines()) == sorted(plain.stdout.splitlines())
    else:
        assert (fast.stdout, fast.stderr) == (plain.stdout, plain.stderr)
    assert tree(fast_work) == tree(plain_work)
    assert not [path for path in fast_work.rglob("*") if path.name.endswith(".tmp")]


def test_a_long_stdout_is_written_whole_before_the_process_ends(tmp_path: Path) -> None:
    """Many paragraphs make a JSON reading far larger than a pipe's buffer: it arrives whole and parses."""
    article = "".join(f"In talk {n}, Carney told Trump that Canada wants the tariffs removed.\n" for n in range(3000))
    (tmp_path / "long.txt").write_text(article, encoding="utf-8")
    result = as_a_process(["read", "long.txt", "--format", "json"], tmp_path)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout) > 200_000
    assert len(json.loads(result.stdout)["paragraphs"]) == 3000


@pytest.mark.parametrize(
    "args",
    [["extract", "a.txt"], ["build", "--each", "a.txt", "--out", "briefs"]],
    ids=["one brief", "build --each"],
)
def test_the_cycle_collector_runs_seldom_but_runs(args: list[str], tmp_path: Path) -> None:
    """The console script leaves gc on, at console.GC_THRESHOLD: cycles are still collected, over fewer passes."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    spy = (
        "import gc, sys\n"
        "import briefgen.commands.extract as extraction\n"
        "plain = extraction.extract_from\n"
        "def spied(*args, **options):\n"
        "    sys.stderr.write(f'gc: {gc.isenabled()} {gc.get_threshold()[0]}\\n')\n"
        "    return plain(*args, **options)\n"
        "extraction.extract_from = spied\n"
        "import briefgen.commands.build as building\n"
        "building.extract_from = spied\n"
        "from briefgen.console import main\n"
        f"sys.argv[1:] = {args!r}\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", spy], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    from briefgen.console import GC_THRESHOLD

    assert f"gc: True {GC_THRESHOLD[0]}" in result.stderr
    assert GC_THRESHOLD[0] > 700  # the interpreter's default


HEAVY = ("pydantic.main", "docxtpl", "docx", "jinja2", "ruamel", "lxml", "markdown", "rich", "multiprocessing")


@pytest.mark.parametrize(
    ("args", "allowed"),
    [(["--help"], []), (["--version"], []), (["build", "--help"], ["pydantic.main"])],
    ids=["--help", "--version", "build --help: typer's option parsers are pydantic's"],
)
def test_help_imports_none_of_the_heavy_modules(args: list[str], allowed: list[str], tmp_path: Path) -> None:
    """`briefgen --help` stays a fraction of a build (benchmarks/): no model, template or YAML machinery."""
    spy = (
        "import sys\n"
        "from briefgen.cli import app\n"
        f"sys.argv[1:] = {args!r}\n"
        f"heavy = {HEAVY!r}\n"
        "try:\n"
        "    app()\n"
        "finally:\n"
        "    loaded = sorted(name for name in sys.modules if name.split('.')[0] in heavy or name in heavy)\n"
        "    sys.stderr.write(f'loaded: {loaded}\\n')\n"
    )
    result = subprocess.run([sys.executable, "-c", spy], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"loaded: {allowed}" in result.stderr
