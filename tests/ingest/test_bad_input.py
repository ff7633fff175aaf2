"""Every bad input of issue 6 through the CLI: one line naming the file and the problem, a documented
exit code (errors.py), no traceback, no partial output, existing files intact; odd but readable
articles give a valid (possibly sparse) brief."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT, error_line, snapshot, zip_bytes
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.model import Brief

EXAMPLE = ROOT / "examples" / "carney-white-house.txt"
INPUTS = FIXTURES / "inputs"
DATE = "2025-05-01"
EXIT = {"input": 2, "brief": 3, "output": 5, "usage": 64}

runner = CliRunner()


def invoke(args: list[str]):
    result = runner.invoke(app, args, catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def directory(folder: Path) -> Path:
    (folder / "a-folder").mkdir()
    return folder / "a-folder"


# Articles that cannot be read: (case, make the file, words the message must hold).
UNREADABLE: list[tuple[str, Callable[[Path], Path], str]] = [
    ("missing path", lambda d: d / "missing.txt", "no such file"),
    ("directory", directory, "is a directory"),
    ("empty file", lambda d: write(d, "empty.txt", b""), "empty"),
    ("whitespace only", lambda d: write(d, "blank.txt", "  \n\t\n \r\n"), "only whitespace"),
    ("pdf as text", lambda d: write(d, "paper.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), "PDF"),
    ("png as text", lambda d: write(d, "photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01"), "PNG"),
    ("zip as text", lambda d: write(d, "bundle.txt", zip_bytes({"article.txt": b"Talks resume."})), "zip"),
    (
        "html without body",
        lambda d: write(d, "empty.html", (INPUTS / "no-body.html").read_bytes()),
        "HTML without body text",
    ),
    ("corrupt docx", lambda d: write(d, "broken.docx", b"PK\x03\x04\x14\0\0\0 truncated"), "not a readable .docx"),
    (
        "docx zip bomb",
        lambda d: write(d, "bomb.docx", zip_bytes({"word/document.xml": bytes(120 * 1024 * 1024)})),
        "zip bomb",
    ),
]


@pytest.mark.parametrize(("case", "make", "words"), UNREADABLE, ids=[case for case, _, _ in UNREADABLE])
def test_unreadable_article_with_extract(tmp_path: Path, case: str, make, words: str) -> None:
    path = make(tmp_path)
    result = invoke(["extract", str(path)])
    assert result.exit_code == EXIT["input"]
    line = error_line(result)
    assert str(path) in line and words in line
    assert result.stdout == ""


@pytest.mark.parametrize(("case", "make", "words"), UNREADABLE, ids=[case for case, _, _ in UNREADABLE])
def test_unreadable_article_with_build_keeps_existing_brief(tmp_path: Path, case: str, make, words: str) -> None:
    path = make(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "brief.yaml").write_text("title: An earlier brief a person wrote\n", encoding="utf-8")
    (out / "brief.md").write_text("# An earlier brief\n", encoding="utf-8")
    before = snapshot(out)
    result = invoke(["build", str(path), "--out", str(out), "--date", DATE])
    assert result.exit_code == EXIT["input"]
    line = error_line(result)
    assert str(path) in line and words in line
    assert snapshot(out) == before


def five_megabytes(folder: Path) -> Path:
    paragraphs = EXAMPLE.read_text(encoding="utf-8").splitlines()[:-1]
    count = 5 * 1024 * 1024 // sum(len(p) + 1 for p in paragraphs) + 1
    # Numbered so that no paragraph repeats another (repeats are cleaned away as copy-paste slips).
    text = "\n".join(f"In update {n}, {p[0].lower()}{p[1:]}" for n in range(count) for p in paragraphs)
    return write(folder, "five-mb.txt", text)


def sparse(folder: Path) -> Path:
    return write(folder, "sparse.txt", "the weather was mild on tuesday and the river rose slightly after rain.\n")


def no_quotes(folder: Path) -> Path:
    return write(
        folder,
        "no-quotes.txt",
        "Prime Minister Mark Carney will meet U.S. President Donald Trump at the "
        "White House next week to discuss tariffs on steel and aluminum.\n",
    )


# Odd but readable articles: (case, make the file, text that must appear in the brief, text that must not).
READABLE: list[tuple[str, Callable[[Path], Path], str | None, str | None]] = [
    (
        "cp1252 text",
        lambda d: write(
            d,
            "cp.txt",
            "Canada’s Prime Minister Mark Carney said the talks would be “difficult” but necessary.\n".encode("cp1252"),
        ),
        "Canada’s",
        None,
    ),
    (
        "latin-1 text",
        lambda d: write(
            d,
            "latin.txt",
            "Le ministre François Legault a rencontré les élus à Montréal pour préparer la réunion.\n".encode(
                "latin-1"
            ),
        ),
        "Montréal",
        None,
    ),
    (
        "mojibake",
        lambda d: write(
            d,
            "moji.txt",
            "Trump said Canada\u00e2\u20ac\u2122s tariffs must end, and "
            "Carney\u00e2\u20ac\u2122s team agreed to talk.\n",
        ),
        "Canada’s",
        "â€™",
    ),
    ("five megabyte article", five_megabytes, "Carney", None),
    ("no people", sparse, None, None),
    ("no quotes", no_quotes, "Carney", None),
    (
        "control characters",
        lambda d: write(d, "ctrl.txt", "Carney\x01 met\x0b Trump\x1b at the White House, officials said.\x08\n"),
        "Carney",
        "\x1b",
    ),
    (
        "extremely long line",
        lambda d: write(d, "long.txt", "Carney met Trump and " + "talked about trade and " * 40_000 + "left.\n"),
        "Carney",
        None,
    ),
    (
        "deeply nested html",
        lambda d: write(
            d,
            "deep.html",
            "<html><body>"
            + "<div>" * 20_000
            + "<p>Carney met Trump at the White House on Friday.</p>"
            + "</div>" * 20_000
            + "</body></html>",
        ),
        "Carney",
        None,
    ),
    (
        "100k quotation marks",
        lambda d: write(d, "quotes.txt", "Carney said " + "\u201c" * 100_000 + " then left.\n"),
        "Carney",
        None,
    ),
    (
        "100k capitalised words",
        lambda d: write(d, "caps.txt", " ".join(["Carney", "Met", "Trump"] * 33_334) + ".\n"),
        "Carney",
        None,
    ),
]


@pytest.mark.parametrize(("case", "make", "present", "absent"), READABLE, ids=[case for case, *_ in READABLE])
def test_readable_article_gives_a_valid_brief(tmp_path: Path, case: str, make, present, absent) -> None:
    path = make(tmp_path)
    result = invoke(["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    brief = Brief.model_validate(json.loads(result.stdout))
    assert brief.sources and brief.sources[0].words >= 1
    if present:
        assert present in result.stdout
    if absent:
        assert absent not in result.stdout and json.dumps(absent)[1:-1] not in result.stdout


@pytest.mark.parametrize("case", ["cp1252 text", "no people", "control characters", "deeply nested html"])
def test_readable_article_builds_every_file(tmp_path: Path, case: str) -> None:
    make = next(make for name, make, *_ in READABLE if name == case)
    path = make(tmp_path)
    out = tmp_path / "out"
    result = invoke(["build", str(path), "--out", str(out), "--date", DATE, "--to", "md,docx,html"])
    assert result.exit_code == 0, result.stderr
    names = {p.name for p in out.iterdir()}
    assert {"brief.yaml", "brief.md", "brief.docx", "brief.html"} <= names
    assert not [name for name in snapshot(out) if name.endswith(".tmp")]
    from docx import Document

    Document(str(out / "brief.docx"))  # opens: no XML-illegal character reached Word


def test_control_characters_are_reported_on_stderr(tmp_path: Path) -> None:
    path = write(tmp_path, "ctrl.txt", "Carney\x01 met Trump at the White House, officials said.\n")
    result = invoke(["extract", str(path)])
    assert result.exit_code == 0
    assert f"briefgen: warning: {path}: removed 1 control character" in result.stderr


def valid_brief_folder(tmp_path: Path) -> Path:
    out = tmp_path / "brief"
    result = invoke(["build", str(EXAMPLE), "--out", str(out), "--date", DATE])
    assert result.exit_code == 0, result.stderr
    return out


def test_brief_yaml_syntax_error_reports_line_and_column(tmp_path: Path) -> None:
    out = valid_brief_folder(tmp_path)
    brief = out / "brief.yaml"
    brief.write_text("title: Carney visit\nmeeting: {principal: [unclosed\nsummary: []\n", encoding="utf-8")
    before = snapshot(out)
    for command in (["render", str(brief)], ["validate", str(brief)]):
        result = invoke(command)
        assert result.exit_code == EXIT["brief"]
        text = (result.stderr or result.stdout).strip()
        assert str(brief) in text and "line " in text and "column " in text, text
        assert len(text.splitlines()) == 1
    assert snapshot(out) == before


def test_brief_yaml_wrong_fields_lists_every_problem(tmp_path: Path) -> None:
    out = valid_brief_folder(tmp_path)
    brief = out / "brief.yaml"
    brief.write_text(
        "title: Carney visit\nversion: zero\nsumary: [typo]\nmeeting:\n  date: someday\n", encoding="utf-8"
    )
    before = snapshot(out)
    result = invoke(["validate", str(brief)])
    assert result.exit_code == EXIT["brief"]
    lines = result.stdout.strip().splitlines()
    for field in ("version", "sumary", "meeting.date"):
        assert any(line.startswith(f"{brief}: {field}: ") for line in lines), lines
    result = invoke(["render", str(brief)])
    assert result.exit_code == EXIT["brief"]
    line = error_line(result)
    assert "version" in line and "sumary" in line and "meeting.date" in line
    assert snapshot(out) == before


@pytest.mark.parametrize(
    "command",
    [
        ["build", str(EXAMPLE), "--to", "md,pdfx"],
        ["extract", str(EXAMPLE), "--format", "xml"],
        ["render", "BRIEF", "--to", "odt"],
    ],
    ids=["build", "extract", "render"],
)
def test_unknown_output_format_is_a_usage_error(tmp_path: Path, command: list[str]) -> None:
    out = valid_brief_folder(tmp_path)
    before = snapshot(out)
    command = [str(out / "brief.yaml") if part == "BRIEF" else part for part in command]
    if command[0] == "build":
        command += ["--out", str(out)]
    result = invoke(command)
    assert result.exit_code == EXIT["usage"]
    line = error_line(result)
    option = "--to" if "--to" in command else "--format"
    assert "format" in line and command[command.index(option) + 1].split(",")[-1] in line
    assert result.stdout == ""
    assert snapshot(out) == before


def test_unwritable_output_folder(tmp_path: Path) -> None:
    blocker = write(tmp_path, "not-a-folder", "a file where a folder should be\n")
    result = invoke(["build", str(EXAMPLE), "--out", str(blocker / "brief"), "--date", DATE])
    assert result.exit_code == EXIT["output"]
    line = error_line(result)
    assert str(blocker) in line
    assert blocker.read_text() == "a file where a folder should be\n"


@pytest.mark.parametrize("title", ["../../../escaped", "/etc/cron.d/evil", "..\\..\\windows", "a/../../b"])
def test_title_cannot_traverse_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, title: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    before = {path for path in tmp_path.rglob("*")}
    result = invoke(["build", str(EXAMPLE), "--title", title, "--date", DATE])
    assert result.exit_code == 0, result.stderr
    created = {path for path in tmp_path.rglob("*")} - before
    assert created, "the brief was written somewhere"
    for path in created:
        assert path.resolve().is_relative_to((work / "briefs").resolve()), path
    brief = next(path for path in created if path.name == "brief.yaml")
    assert brief.parent.parent == work / "briefs"
