"""Writing brief folders safely (issue 13, data loss), through the CLI: a failed or killed `add` or `build`
leaves the old brief or one a retry completes; one writer per brief folder; parallel builds never share a
folder; a render a person edited is never overwritten without --force; a bad template or format writes
nothing; `add` keeps brief.yaml's line endings and byte-order mark.

Every refusal is one line naming the file and the problem, with the documented exit code (errors.py), no
traceback, and nothing changed on disk."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import FIXTURES, error_line, snapshot
from typer.testing import CliRunner

from briefgen import errors
from briefgen.cli import app
from briefgen.commands import build as building
from briefgen.store import files, folders
from briefgen.store import yaml as brief_yaml

# A short article of the example's meeting, written for these tests: every case reads and writes a small brief.
EXAMPLE = FIXTURES / "inputs" / "carney-short.txt"
DATE = "2025-10-07"
EXIT = {"other": 1, "template": 4, "output": 5}

# Follow-ups written for these tests (not from any corpus).
FOLLOW_UP = """\
Canada's trade minister Dominic LeBlanc flew to Washington on Monday to prepare the leaders' meeting.
"We are looking for a path to remove the steel tariffs," LeBlanc said.
Business groups warned that a long dispute could cost thousands of manufacturing jobs in Ontario.
"""
SECOND_FOLLOW_UP = """\
Alberta Premier Danielle Smith urged Ottawa on Tuesday to keep energy exports out of any retaliation.
"Our oil and gas must not become a bargaining chip," Smith said.
Economists cautioned that a drawn-out tariff fight could push the Canadian dollar lower.
"""

runner = CliRunner()


def invoke(args: list) -> object:
    result = runner.invoke(app, [str(arg) for arg in args], catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


def tree(folder: Path) -> tuple[dict[str, bytes], list[str]]:
    """Every file with its bytes, and every folder (an empty one made by mistake shows here too)."""
    return snapshot(folder), sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_dir())


@pytest.fixture(scope="module")
def built_once(tmp_path_factory) -> Path:
    """The example built once (md and docx); tests work on copies."""
    folder = tmp_path_factory.mktemp("built") / "brief"
    result = invoke(["build", EXAMPLE, "--out", folder, "--date", DATE])
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def work(tmp_path: Path, built_once: Path) -> Path:
    """A folder holding a copy of the built brief (`brief/`) and the two follow-ups."""
    shutil.copytree(built_once, tmp_path / "brief")
    (tmp_path / "follow-up.txt").write_text(FOLLOW_UP, encoding="utf-8")
    (tmp_path / "second.txt").write_text(SECOND_FOLLOW_UP, encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def added_once(tmp_path_factory, built_once: Path) -> dict[str, bytes]:
    """What an uninterrupted `add` of the follow-up leaves in the brief folder."""
    base = tmp_path_factory.mktemp("added")
    shutil.copytree(built_once, base / "brief")
    (base / "follow-up.txt").write_text(FOLLOW_UP, encoding="utf-8")
    result = invoke(["add", base / "brief", base / "follow-up.txt"])
    assert result.exit_code == 0, result.output
    return snapshot(base / "brief")


def edit(path: Path) -> None:
    """A person's edit (a note at the end; the refusal does not depend on the format)."""
    path.write_bytes(path.read_bytes() + b"\nNote from the desk: check the figures.\n")


def hold_lock(folder: Path, stack: contextlib.ExitStack, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another briefgen run is writing `folder` for the whole test; waiting gives up after a moment."""
    monkeypatch.setattr(files, "LOCK_WAIT_SECONDS", 0.3)
    stack.enter_context(files.folder_lock(folder))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.render import pdf

    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)


Setup = Callable[[Path, contextlib.ExitStack, pytest.MonkeyPatch], list]

# Every refusal: (case, setup returning the command line, exit code, words the one line must hold).
# `w` is the working folder (brief/, follow-up.txt, second.txt); nothing under it may change.
REFUSALS: list[tuple[str, Setup, int, list[str]]] = [
    (
        "add with a missing template",
        lambda w, s, m: ["add", w / "brief", w / "follow-up.txt", "--template", w / "missing.md.j2"],
        EXIT["template"],
        ["missing.md.j2", "no such template"],
    ),
    (
        "add with a template that does not compile",
        lambda w, s, m: ["add", w / "brief", w / "follow-up.txt", "--template", write(w / "bad.md.j2", "{% if %}\n")],
        EXIT["template"],
        ["bad.md.j2", "syntax error"],
    ),
    (
        "add with a template that fails on the brief",
        lambda w, s, m: [
            "add",
            w / "brief",
            w / "follow-up.txt",
            "--template",
            write(w / "bad.md.j2", "{{ agenda }}\n"),
        ],
        EXIT["template"],
        ["bad.md.j2", "unknown variable 'agenda'"],
    ),
    (
        "add with a Word template that is not one",
        lambda w, s, m: ["add", w / "brief", w / "follow-up.txt", "--template", write(w / "bad.docx", "not a zip")],
        EXIT["template"],
        ["bad.docx", "not a readable .docx"],
    ),
    (
        "add with a format that cannot be made",
        lambda w, s, m: [no_libreoffice(m), "add", w / "brief", w / "follow-up.txt", "--to", "md,pdf"][1:],
        EXIT["other"],
        ["--to pdf needs LibreOffice"],
    ),
    (
        "build over the brief with a bad template",
        lambda w, s, m: [
            "build",
            EXAMPLE,
            "--out",
            w / "brief",
            "--date",
            DATE,
            "--template",
            write(w / "bad.md.j2", "{% for %}\n"),
        ],
        EXIT["template"],
        ["bad.md.j2", "syntax error"],
    ),
    (
        "build into a new folder with a bad template",
        lambda w, s, m: [
            "build",
            EXAMPLE,
            "--out",
            w / "new",
            "--date",
            DATE,
            "--template",
            write(w / "bad.md.j2", "{{ agenda }}\n"),
        ],
        EXIT["template"],
        ["bad.md.j2", "unknown variable"],
    ),
    (
        "build under briefs/ with a bad template",
        lambda w, s, m: [
            m.chdir(w),
            "build",
            EXAMPLE,
            "--date",
            DATE,
            "--template",
            write(w / "bad.md.j2", "{{ agenda }}\n"),
        ][1:],
        EXIT["template"],
        ["bad.md.j2", "unknown variable"],
    ),
    (
        "add over an edited brief.md",
        lambda w, s, m: [edit(w / "brief" / "brief.md"), "add", w / "brief", w / "follow-up.txt"][1:],
        EXIT["output"],
        ["brief/brief.md: a person has edited this file", "--force"],
    ),
    (
        "add over an edited brief.docx",
        lambda w, s, m: [edit(w / "brief" / "brief.docx"), "add", w / "brief", w / "follow-up.txt"][1:],
        EXIT["output"],
        ["brief/brief.docx: a person has edited this file", "--force"],
    ),
    (
        "render over an edited brief.md",
        lambda w, s, m: [edit(w / "brief" / "brief.md"), "render", w / "brief"][1:],
        EXIT["output"],
        ["brief/brief.md: a person has edited this file", "--force"],
    ),
    (
        "render over an edited brief.md and brief.docx",
        lambda w, s, m: [edit(w / "brief" / "brief.md"), edit(w / "brief" / "brief.docx"), "render", w / "brief"][2:],
        EXIT["output"],
        ["brief: a person has edited brief.md and brief.docx", "--force"],
    ),
    (
        "render over a brief.html a person wrote",
        lambda w, s, m: [
            write(w / "brief" / "brief.html", "<p>my own page</p>\n"),
            "render",
            w / "brief",
            "--to",
            "html",
        ][1:],
        EXIT["output"],
        ["brief/brief.html: a person has edited this file", "--force"],
    ),
    (
        "render --out into a folder with an edited render",
        lambda w, s, m: [
            shutil.copytree(w / "brief", w / "copy"),
            edit(w / "copy" / "brief.md"),
            "render",
            w / "brief",
            "--out",
            w / "copy",
        ][2:],
        EXIT["output"],
        ["copy/brief.md: a person has edited this file", "--force"],
    ),
    (
        "build over an edited brief.docx",
        lambda w, s, m: [edit(w / "brief" / "brief.docx"), "build", EXAMPLE, "--out", w / "brief", "--date", DATE][1:],
        EXIT["output"],
        ["brief/brief.docx: a person has edited this file", "--force"],
    ),
    (
        "add while another run writes the brief",
        lambda w, s, m: [hold_lock(w / "brief", s, m), "add", w / "brief", w / "follow-up.txt"][1:],
        EXIT["output"],
        ["brief: another briefgen run is writing this brief"],
    ),
    (
        "render while another run writes the brief",
        lambda w, s, m: [hold_lock(w / "brief", s, m), "render", w / "brief"][1:],
        EXIT["output"],
        ["brief: another briefgen run is writing this brief"],
    ),
    (
        "build over the brief while another run writes it",
        lambda w, s, m: [hold_lock(w / "brief", s, m), "build", EXAMPLE, "--out", w / "brief", "--date", DATE][1:],
        EXIT["output"],
        ["brief: another briefgen run is writing this brief"],
    ),
]


@pytest.mark.parametrize(("case", "setup", "code", "words"), REFUSALS, ids=[row[0] for row in REFUSALS])
def test_refusal_is_one_line_and_changes_nothing(
    work: Path, monkeypatch, case: str, setup: Setup, code: int, words: list[str]
) -> None:
    with contextlib.ExitStack() as stack:
        args = setup(work, stack, monkeypatch)
        before = tree(work)
        result = invoke(args)
        assert result.exit_code == code, result.output
        line = error_line(result)
        for word in words:
            assert word in line, line
        assert result.stdout == ""
        assert tree(work) == before


# Commands that succeed and must leave every file as it was.
UNCHANGED: list[tuple[str, Callable[[Path], list]]] = [
    ("add an article already in the brief", lambda w: ["add", w / "brief", EXAMPLE]),
    ("render a brief nobody edited", lambda w: ["render", w / "brief"]),
    ("rebuild the same brief", lambda w: ["build", EXAMPLE, "--out", w / "brief", "--date", DATE]),
]


@pytest.mark.parametrize(("case", "command"), UNCHANGED, ids=[row[0] for row in UNCHANGED])
def test_nothing_new_changes_nothing(work: Path, case: str, command) -> None:
    before = tree(work)
    result = invoke(command(work))
    assert result.exit_code == 0, result.output
    assert tree(work) == before


# --- edited renders: what is overwritten, and when -------------------------------------------------


def test_a_render_briefgen_wrote_is_overwritten_silently_and_recorded(work: Path) -> None:
    folder = work / "brief"
    brief = folder / "brief.yaml"
    brief.write_text(
        brief.read_text(encoding="utf-8").replace("prepared_for:", "prepared_for: The Minister", 1), encoding="utf-8"
    )
    old_md = (folder / "brief.md").read_bytes()
    result = invoke(["render", folder])
    assert result.exit_code == 0, result.output
    assert (folder / "brief.md").read_bytes() != old_md and b"The Minister" in (folder / "brief.md").read_bytes()
    assert folders.read_rendered(folder) == {
        name: {folders.file_sha256(folder / name)} for name in ("brief.md", "brief.docx")
    }


@pytest.mark.parametrize(
    "command",
    [["render", "BRIEF"], ["add", "BRIEF", "FOLLOW_UP"], ["build", EXAMPLE, "--out", "BRIEF", "--date", DATE]],
    ids=["render", "add", "build"],
)
def test_force_overwrites_an_edited_render(work: Path, command: list) -> None:
    folder = work / "brief"
    edit(folder / "brief.md")
    args = [folder if part == "BRIEF" else work / "follow-up.txt" if part == "FOLLOW_UP" else part for part in command]
    result = invoke([*args, "--force"])
    assert result.exit_code == 0, result.output
    assert b"Note from the desk" not in (folder / "brief.md").read_bytes()
    assert folders.read_rendered(folder)["brief.md"] == {folders.file_sha256(folder / "brief.md")}
    assert invoke(["render", folder]).exit_code == 0  # recorded: briefgen's again


def test_a_folder_made_before_the_record_counts_as_briefgens(work: Path) -> None:
    folder = work / "brief"
    (folder / ".briefgen-rendered").unlink()
    edit(folder / "brief.md")  # nobody can tell this from what an older briefgen wrote
    result = invoke(["add", folder, work / "follow-up.txt"])
    assert result.exit_code == 0, result.output
    assert b"Note from the desk" not in (folder / "brief.md").read_bytes()
    assert folders.read_rendered(folder) == {
        name: {folders.file_sha256(folder / name)} for name in ("brief.md", "brief.docx")
    }


def test_record_names_outside_the_folder_are_ignored(work: Path) -> None:
    folder = work / "brief"
    with (folder / ".briefgen-rendered").open("a", encoding="utf-8") as handle:
        handle.write(f"{'0' * 64}  ../elsewhere.md\n{'0' * 64}  /dev/zero\n")
    assert set(folders.read_rendered(folder)) == {"brief.md", "brief.docx"}


# --- interrupted writes: the old state, or one the same command completes --------------------------

# The files `add` writes, in order (sources, renders with their record first, brief.yaml, ledger, record).
ADD_WRITES = [
    "sources/follow-up.txt",
    ".briefgen-rendered",
    "brief.md",
    "brief.docx",
    "brief.yaml",
    ".briefgen-proposed",
    ".briefgen-rendered",
]
BUILD_WRITES = [
    "sources/carney-short.txt",
    "brief.md",
    "brief.docx",
    "brief.yaml",
    ".briefgen-proposed",
    ".briefgen-rendered",
]


def failing_writer(monkeypatch: pytest.MonkeyPatch, fail_at: int | None, seen: list[str]) -> None:
    """The brief folder's writer (folders.write_atomic), recording each file written; write number `fail_at`
    fails as a full disk does."""
    real = folders.write_atomic

    def writer(path, data):
        if len(seen) == fail_at:
            raise errors.OutputError("cannot write: No space left on device", path=str(path))
        path = Path(path)
        seen.append(f"sources/{path.name}" if path.parent.name == "sources" else path.name)
        real(path, data)

    monkeypatch.setattr(folders, "write_atomic", writer)


def test_add_writes_in_the_documented_order(work: Path, monkeypatch) -> None:
    seen: list[str] = []
    failing_writer(monkeypatch, None, seen)
    assert invoke(["add", work / "brief", work / "follow-up.txt"]).exit_code == 0
    assert seen == ADD_WRITES


@pytest.mark.parametrize("fail_at", range(len(ADD_WRITES)), ids=[f"{n}-{name}" for n, name in enumerate(ADD_WRITES)])
def test_add_failing_at_any_write_is_completed_by_a_retry(work: Path, monkeypatch, added_once, fail_at: int) -> None:
    folder = work / "brief"
    failing_writer(monkeypatch, fail_at, [])
    failed = invoke(["add", folder, work / "follow-up.txt"])
    assert failed.exit_code == EXIT["output"]
    assert "No space left on device" in error_line(failed)
    monkeypatch.undo()
    retry = invoke(["add", folder, work / "follow-up.txt"])
    assert retry.exit_code == 0, retry.output
    assert "kept deleted" not in retry.output
    assert snapshot(folder) == added_once


def forked(arguments: list, *, kill_at: int | None = None) -> tuple[int, str]:
    """Run briefgen with `arguments` in a child process forked from this one (briefgen imported already:
    no interpreter to start), killed with SIGKILL as it starts write number `kill_at`; its wait status
    and its stdout."""
    return finished(*fork_briefgen(arguments, kill_at=kill_at))


def fork_briefgen(arguments: list, *, kill_at: int | None = None) -> tuple[int, int]:
    """Start `forked`'s child; its process id and the pipe its stdout goes to."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the test run
        code = 1
        try:
            os.close(read_end)
            sys.stdout = io.TextIOWrapper(os.fdopen(write_end, "wb"), encoding="utf-8")
            sys.stderr = open(os.devnull, "w", encoding="utf-8")
            real, written = folders.write_atomic, []

            def writer(path, data):
                if len(written) == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
                written.append(path)
                real(path, data)

            folders.write_atomic = writer
            code = app([str(part) for part in arguments], prog_name="briefgen", standalone_mode=False)
            sys.stdout.flush()
        finally:
            os._exit(code if isinstance(code, int) else 1)
    os.close(write_end)
    return pid, read_end


def finished(pid: int, read_end: int) -> tuple[int, str]:
    """Wait for a child of `fork_briefgen`: its wait status and what it printed."""
    with os.fdopen(read_end, encoding="utf-8") as output:
        printed = output.read()
    return os.waitpid(pid, 0)[1], printed


@pytest.mark.parametrize("kill_at", range(len(ADD_WRITES)), ids=[f"{n}-{name}" for n, name in enumerate(ADD_WRITES)])
def test_add_killed_at_any_write_is_completed_by_a_retry(work: Path, added_once, kill_at: int) -> None:
    folder = work / "brief"
    status, _ = forked(["add", folder, work / "follow-up.txt"], kill_at=kill_at)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
    retry = invoke(["add", folder, work / "follow-up.txt"])
    assert retry.exit_code == 0, retry.output
    assert "kept deleted" not in retry.output
    assert snapshot(folder) == added_once


@pytest.mark.parametrize(
    "fail_at", range(len(BUILD_WRITES)), ids=[f"{n}-{name}" for n, name in enumerate(BUILD_WRITES)]
)
def test_build_failing_at_any_write_leaves_no_folder(tmp_path: Path, monkeypatch, built_once, fail_at: int) -> None:
    monkeypatch.chdir(tmp_path)
    seen: list[str] = []
    failing_writer(monkeypatch, fail_at, seen)
    failed = invoke(["build", EXAMPLE, "--date", DATE])
    assert failed.exit_code == EXIT["output"]
    line = error_line(failed)
    assert f"briefs/{DATE}-mark-carney-donald-trump-meeting/{BUILD_WRITES[fail_at]}: cannot write" in line
    assert seen == BUILD_WRITES[:fail_at]
    assert snapshot(tmp_path) == {}
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    retry = invoke(["build", EXAMPLE, "--date", DATE])
    assert retry.exit_code == 0, retry.output
    assert [path.name for path in (tmp_path / "briefs").iterdir()] == [f"{DATE}-mark-carney-donald-trump-meeting"]
    assert snapshot(tmp_path / "briefs" / f"{DATE}-mark-carney-donald-trump-meeting") == snapshot(built_once)


# --- one writer per brief folder, one folder per brief ---------------------------------------------


def test_two_adds_at_once_both_land(work: Path) -> None:
    folder = work / "brief"
    children = [fork_briefgen(["add", folder, work / name]) for name in ("follow-up.txt", "second.txt")]
    outputs = [finished(*child) for child in children]  # both run at once; a few lines fit in a pipe
    assert [os.waitstatus_to_exitcode(status) for status, _ in outputs] == [0, 0], outputs
    versions = sorted(out.splitlines()[0].rsplit(" ", 1)[-1] for _, out in outputs)
    assert versions == ["2", "3"]
    brief = brief_yaml.load_brief(folder / "brief.yaml")
    assert brief.version == 3
    assert sorted(source.path for source in brief.sources) == [
        "sources/carney-short.txt",
        "sources/follow-up.txt",
        "sources/second.txt",
    ]
    names = {stakeholder.name for stakeholder in brief.stakeholders}
    assert {"Dominic LeBlanc", "Danielle Smith"} <= names
    assert folders.brief_item_ids(brief) <= folders.read_proposed(folder)
    assert folders.read_rendered(folder) == {
        name: {folders.file_sha256(folder / name)} for name in ("brief.md", "brief.docx")
    }


def test_build_each_in_parallel_gives_every_article_its_own_folder(tmp_path: Path) -> None:
    articles = []
    for number in range(12):
        article = tmp_path / f"talks-{number}.txt"
        article.write_text(
            f"Officials said round {number} of the trade talks would open in Ottawa on Monday.\n"
            f"Negotiators expect {number + 2} days of meetings on steel and dairy.\n",
            encoding="utf-8",
        )
        articles.append(str(article))
    outcomes = building.build_each(
        articles, out_root=tmp_path / "out", jobs=4, formats="md", title="Trade talks", date=DATE
    )
    assert [outcome.problem for outcome in outcomes] == [None] * len(articles)
    folders = sorted((tmp_path / "out").iterdir())
    assert len(folders) == len(articles)
    assert [folder.name for folder in folders if folder.name.startswith(".")] == []
    shas = sorted(brief_yaml.load_brief(folder / "brief.yaml").sources[0].sha256 for folder in folders)
    assert len(set(shas)) == len(articles)


# --- brief.yaml's line endings and byte-order mark ----------------------------------------------------

BOM = b"\xef\xbb\xbf"


@pytest.mark.parametrize(
    ("crlf", "bom", "comment"),
    [(True, False, False), (True, False, True), (False, True, False), (True, True, True), (False, False, True)],
    ids=["crlf", "crlf, edited", "bom", "crlf and bom, edited", "lf, edited"],
)
def test_add_keeps_line_endings_and_byte_order_mark(work: Path, crlf: bool, bom: bool, comment: bool) -> None:
    path = work / "brief" / "brief.yaml"
    text = path.read_text(encoding="utf-8")
    if comment:
        text = text.replace("title:", "# checked by the desk\ntitle:", 1)
    original = (BOM if bom else b"") + text.replace("\n", "\r\n" if crlf else "\n").encode("utf-8")
    path.write_bytes(original)
    result = invoke(["add", work / "brief", work / "follow-up.txt"])
    assert result.exit_code == 0, result.output
    after = path.read_bytes()
    assert after.startswith(BOM) is bom
    body = after.removeprefix(BOM)
    assert (body.count(b"\r\n") == body.count(b"\n")) is crlf and (b"\r\n" in body) is crlf
    old_lines, new_lines = original.removeprefix(BOM).splitlines(True), body.splitlines(True)
    removed = [line for line in old_lines if line not in set(new_lines)]
    assert len(removed) <= 4, removed  # version, generated, and an empty list that new items replace
    assert brief_yaml.edited_by_person(path) is (comment or bom)


def test_an_article_of_repeated_paragraphs_cites_each_item_a_few_times(tmp_path: Path) -> None:
    """Each repeat of a sentence used to be cited: 1 MB of repeats made a 2 MB brief.yaml that build refused."""
    from briefgen.assemble.collect import MAX_EVIDENCE_PER_SOURCE

    article = tmp_path / "repeats.txt"
    article.write_text("".join(f"{FOLLOW_UP}This is update {n}.\n\n" for n in range(60)), encoding="utf-8")
    result = invoke(["build", article, "--out", tmp_path / "brief", "--date", DATE, "--to", "md"])
    assert result.exit_code == 0, result.output
    brief = brief_yaml.load_brief(tmp_path / "brief" / "brief.yaml")
    cited = [item.evidence for section in ("quotes", "risks", "background", "asks") for item in getattr(brief, section)]
    assert cited and max(map(len, cited)) == MAX_EVIDENCE_PER_SOURCE
    assert [e.paragraph for e in brief.quotes[0].evidence] == [1, 2, 3]  # the first ones
