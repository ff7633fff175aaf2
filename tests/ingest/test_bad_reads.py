"""Reading a hostile brief.yaml or article (issue 13): limits before work, and bad values as problems.

Every row goes through the CLI: one line naming the file and the problem, the documented exit code
(errors.py), no traceback, nothing changed on disk. The denial-of-service rows (alias bomb, size,
nesting, one long line, docx text, Markdown brackets) finish in seconds; they are checked for
linear work by counting lookups or by how time grows with the input, not by absolute times
(benchmarks/bench.py --hostile measures those)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import (
    ALIAS_BOMB,
    ROOT,
    docx_with_paragraphs,
    error_line,
    numbered_paragraphs,
    quoted_one_line_article,
    snapshot,
)
from typer.testing import CliRunner

from briefgen import ingest
from briefgen.cli import app
from briefgen.errors import InputError
from briefgen.ingest import docx as docx_reader
from briefgen.ingest import limits
from briefgen.model import Brief

EXAMPLE = ROOT / "examples" / "carney-white-house.txt"
DATE = "2025-05-01"
EXIT = {"input": 2, "brief": 3, "output": 5}
SLOW = 30  # seconds: far above what any row takes, far below what the unbounded work took

runner = CliRunner()


def invoke(args: list[str]):
    started = time.monotonic()
    result = runner.invoke(app, args, catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert time.monotonic() - started < SLOW, args
    return result


# --- brief.yaml ----------------------------------------------------------------------------


def big_brief() -> str:
    return "title: A brief padded past the limit\nsummary:\n" + "".join(
        f"  - Line {n} of a summary nobody would write by hand.\n" for n in range(50_000)
    )


# (case, brief.yaml text, words the problem must hold)
BAD_BRIEFS: list[tuple[str, Callable[[], str], str]] = [
    ("alias bomb", lambda: ALIAS_BOMB, "YAML aliases (*"),
    ("alias inside its own anchor", lambda: "title: x\nsummary: &s [a, *s]\n", "inside its own anchor"),
    ("over 2 MB", big_brief, "over the 2 MB limit"),
    ("nested flow lists", lambda: "title: x\nsummary: " + "[" * 5000 + "]" * 5000 + "\n", "nested deeper than 32"),
    (
        "nested mappings",
        lambda: "title: x\nmeeting:\n" + "".join("  " * n + f"k{n}:\n" for n in range(1, 60)),
        "nested deeper than 32",
    ),
    ("30 February", lambda: "title: x\ndate: 2026-02-30\n", "date: "),
    ("month 13", lambda: "title: x\ndate: 2026-13-45\n", "date: "),
    ("year 0", lambda: "title: x\ndate: 0000-01-01\n", "date: "),
    ("meeting date", lambda: "title: x\nmeeting:\n  date: 2026-02-30\n", "meeting.date: "),
    ("5,000-digit integer", lambda: "title: x\nversion: " + "9" * 5000 + "\n", "version: "),
    ("huge hex integer", lambda: "title: x\nversion: 0x" + "f" * 5000 + "\n", "version: "),
    ("lone surrogate", lambda: 'title: "Talks \\ud800 resume"\n', "title: "),
    ("lone surrogate in a list", lambda: 'title: x\ntopics: [trade, "steel \\udc00"]\n', "topics: "),
]
BAD_BRIEF_IDS = [case for case, *_ in BAD_BRIEFS]


def brief_folder(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "brief"
    folder.mkdir()
    (folder / "brief.yaml").write_text(text, encoding="utf-8")
    (folder / "brief.md").write_text("# A render a person kept\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("case", "make", "words"), BAD_BRIEFS, ids=BAD_BRIEF_IDS)
def test_validate_reports_the_problem_on_one_line(tmp_path: Path, case: str, make, words: str) -> None:
    folder = brief_folder(tmp_path, make())
    before = snapshot(folder)
    result = invoke(["validate", str(folder / "brief.yaml")])
    assert result.exit_code == EXIT["brief"]
    lines = result.stdout.strip().splitlines()
    assert lines and all(line.startswith(f"{folder / 'brief.yaml'}: ") for line in lines), lines
    assert any(words in line for line in lines), lines
    assert snapshot(folder) == before


@pytest.mark.parametrize("command", ["render", "add", "diff"])
@pytest.mark.parametrize(("case", "make", "words"), BAD_BRIEFS, ids=BAD_BRIEF_IDS)
def test_every_reader_refuses_with_exit_3(tmp_path: Path, case: str, make, words: str, command: str) -> None:
    folder = brief_folder(tmp_path, make())
    args = {
        "render": ["render", str(folder)],
        "add": ["add", str(folder), str(EXAMPLE)],
        "diff": ["diff", str(folder), str(folder / "brief.yaml")],
    }[command]
    before = snapshot(folder)
    result = invoke(args)
    assert result.exit_code == EXIT["brief"]
    line = error_line(result)
    assert f"{folder / 'brief.yaml'}: " in line and words in line, line
    assert result.stdout == ""
    assert snapshot(folder) == before


@pytest.mark.parametrize(("case", "make", "words"), BAD_BRIEFS, ids=BAD_BRIEF_IDS)
def test_textconv_shows_a_bad_brief_as_it_is(tmp_path: Path, case: str, make, words: str) -> None:
    # git diff runs textconv: it must print something, so an invalid brief.yaml is shown as its text
    text = make()
    folder = brief_folder(tmp_path, text)
    result = invoke(["textconv", str(folder / "brief.yaml")])
    assert result.exit_code == 0
    assert result.stdout == text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def test_list_shows_the_good_briefs_and_names_each_bad_one(tmp_path: Path) -> None:
    good = tmp_path / "briefs" / "good"
    built = invoke(["build", str(EXAMPLE), "--out", str(good), "--date", DATE])
    assert built.exit_code == 0, built.stderr
    for number, (_case, make, _words) in enumerate(BAD_BRIEFS):
        folder = tmp_path / "briefs" / f"bad-{number:02d}"
        folder.mkdir()
        (folder / "brief.yaml").write_text(make(), encoding="utf-8")
    before = snapshot(tmp_path / "briefs")
    result = invoke(["list", str(tmp_path / "briefs")])
    assert result.exit_code == 0  # the table is the answer; `validate` is the check that fails
    rows = result.stdout.splitlines()
    assert any("Mark Carney ↔ Donald Trump" in row and row.rstrip().endswith("good") for row in rows), rows
    for number, (case, _make, words) in enumerate(BAD_BRIEFS):
        row = next(row for row in rows if row.rstrip().endswith(f"bad-{number:02d}"))
        assert "(invalid: " in row and words.split("(")[0].strip() in row, (case, row)
    assert snapshot(tmp_path / "briefs") == before


def test_build_does_not_take_over_a_folder_holding_a_bad_brief(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    taken = tmp_path / "briefs" / f"{DATE}-mark-carney-donald-trump-meeting"
    taken.mkdir(parents=True)
    (taken / "brief.yaml").write_text(ALIAS_BOMB, encoding="utf-8")
    before = snapshot(taken)
    result = invoke(["build", str(EXAMPLE), "--date", DATE])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].endswith(f"{taken.name}-2/brief.yaml")
    assert snapshot(taken) == before


def test_a_brief_over_the_limit_is_never_written(tmp_path: Path, monkeypatch) -> None:
    from briefgen.store import yaml as brief_yaml

    monkeypatch.setattr(brief_yaml, "MAX_BRIEF_BYTES", 4096)  # the example's brief is some 20 KB
    out = tmp_path / "out"
    out.mkdir()
    result = invoke(["build", str(EXAMPLE), "--out", str(out), "--date", DATE])
    assert result.exit_code == EXIT["output"]
    line = error_line(result)
    assert f"{out / 'brief.yaml'}: the brief would be" in line and "a brief.yaml may hold" in line
    assert snapshot(out) == {}


def test_a_person_may_use_a_few_aliases(tmp_path: Path) -> None:
    text = (
        "title: Talks\nmeeting: &m {principal: Mark Carney, counterpart: Donald Trump}\nsummary: [a, b]\n"
        "prepared_for: &who Office of the Prime Minister\nprepared_by: *who\n"
    )
    folder = brief_folder(tmp_path, text)
    result = invoke(["validate", str(folder / "brief.yaml")])
    assert result.exit_code == 0, result.stdout


def test_a_command_line_option_that_is_not_utf8_is_a_usage_error() -> None:
    result = invoke(["extract", str(EXAMPLE), "--title", "Talks \udcff"])
    assert result.exit_code == 64
    assert "--title" in error_line(result)


# --- articles ------------------------------------------------------------------------------


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


RTF = (
    b"{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times;}}\n\\f0 Prime Minister Mark Carney said \\ldblquote we will "
    b"talk\\rdblquote  about tariffs at the White House.\\par\nThe caf\\'e9 closed early.\\par\n}"
)
JAPANESE = "首相は来週ワシントンを訪問する予定です。関税について話し合いました。"


def long_docx(folder: Path, monkeypatch) -> Path:
    monkeypatch.setattr(limits, "MAX_TEXT", 100_000)  # the same check as 20 MB, on a small file
    return write(folder, "long.docx", docx_with_paragraphs(numbered_paragraphs(2000)))


# Articles that cannot be read: (case, make the file, words the message must hold).
UNREADABLE: list[tuple[str, Callable[[Path, pytest.MonkeyPatch], Path], str]] = [
    ("docx text over the limit", long_docx, "more than 100,000 characters of text"),
    (
        "corrupt rtf",
        lambda d, m: write(d, "broken.rtf", b"{\\rtf1 \\u99999999999999999999? talks}"),
        "not a readable RTF file",
    ),
    (
        "rtf without text",
        lambda d, m: write(d, "empty.rtf", b"{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}}"),
        "no article text",
    ),
]


@pytest.mark.parametrize(("case", "make", "words"), UNREADABLE, ids=[case for case, *_ in UNREADABLE])
def test_unreadable_article_keeps_the_existing_brief(tmp_path: Path, monkeypatch, case: str, make, words: str) -> None:
    path = make(tmp_path, monkeypatch)
    out = tmp_path / "out"
    out.mkdir()
    (out / "brief.yaml").write_text("title: An earlier brief a person wrote\n", encoding="utf-8")
    before = snapshot(out)
    for command in (["extract", str(path)], ["build", str(path), "--out", str(out), "--date", DATE]):
        result = invoke(command)
        assert result.exit_code == EXIT["input"]
        line = error_line(result)
        assert str(path) in line and words in line, line
        assert result.stdout == ""
    assert snapshot(out) == before


# Hostile or unusual articles that must read (quickly): (case, make, text the brief must hold, text it must not).
READABLE: list[tuple[str, Callable[[Path], Path], str | None, str | None]] = [
    (
        "2 MB one-line article of quotations",
        lambda d: write(d, "one-line.txt", quoted_one_line_article(2 * 1024 * 1024)),
        "Nothing is agreed until everything is agreed",
        None,
    ),
    (
        "60 KB of Markdown brackets",
        lambda d: write(d, "brackets.md", "Carney met Trump. " + "[" * 60_000 + "\n"),
        "Carney",
        None,
    ),
    (
        "Markdown brackets nested and closed",
        lambda d: write(d, "nested.md", "Carney met Trump. " + "[" * 20_000 + "x" + "]" * 20_000 + "\n"),
        "Carney",
        None,
    ),
    (
        "Markdown with stray brackets and parentheses on one line",
        lambda d: write(d, "stray.md", " ".join(f"Carney met Trump [note {n} ([x]( on day {n}." for n in range(3000))),
        "Carney",
        None,
    ),
    ("rtf", lambda d: write(d, "article.rtf", RTF), "we will talk", "rtf1"),
    ("rtf without the suffix", lambda d: write(d, "article", RTF), "we will talk", "ansicpg"),
    (
        "utf-16-le without BOM",
        lambda d: write(
            d,
            "wide.txt",
            "Prime Minister Mark Carney said the talks would be “difficult”, officials said.\n".encode("utf-16-le"),
        ),
        "“difficult”",
        None,
    ),
    (
        "utf-16-be without BOM",
        lambda d: write(
            d, "wide-be.txt", "Prime Minister Mark Carney met Donald Trump at the White House.\n".encode("utf-16-be")
        ),
        "White House",
        None,
    ),
    ("short Shift-JIS", lambda d: write(d, "sjis.txt", JAPANESE.encode("shift_jis")), JAPANESE.split("。")[0], None),
    (
        "short EUC-JP",
        lambda d: write(d, "eucjp.txt", "首相は来週ワシントンを訪問する予定です。".encode("euc_jp")),
        "首相は来週ワシントンを訪問する予定です。",
        None,
    ),
    (
        "short ISO-2022-JP",
        lambda d: write(d, "jis.txt", "東京で会談が行われました。".encode("iso2022_jp")),
        "東京で会談が行われました。",
        None,
    ),
    ("short GB2312", lambda d: write(d, "gb.txt", "会谈在北京举行。".encode("gb2312")), "会谈在北京举行。", None),
]


@pytest.mark.parametrize(("case", "make", "present", "absent"), READABLE, ids=[case for case, *_ in READABLE])
def test_hostile_article_reads(tmp_path: Path, case: str, make, present, absent) -> None:
    path = make(tmp_path)
    result = invoke(["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    brief = Brief.model_validate(json.loads(result.stdout))
    assert brief.sources[0].words >= 1
    assert present in result.stdout
    if absent:
        assert absent not in result.stdout


def test_one_long_line_of_quotations_takes_linear_time() -> None:
    """Four times the text takes about four times as long (it took sixteen): the quadratic steps
    scanned every quotation of the paragraph for each sentence, mention and anonymous source."""
    from briefgen.commands import extract as extraction
    from briefgen.ingest import RawArticle

    def seconds(size: int) -> float:
        text = quoted_one_line_article(size)
        raw = RawArticle(path="x.txt", title="", paragraphs=[text.strip()], sha256="0", data=b"", name="x.txt")
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            extraction.extract_from([raw], date=DATE)
            best = min(best, time.perf_counter() - started)
        return best

    seconds(20_000)  # imports and compiled patterns
    small, large = seconds(100_000), seconds(400_000)
    assert large < 8 * small, (small, large)


def test_docx_styles_are_looked_up_once_each(tmp_path: Path, monkeypatch) -> None:
    from docx.parts.document import DocumentPart

    lookups = []
    original = DocumentPart.get_style
    monkeypatch.setattr(DocumentPart, "get_style", lambda part, *args: lookups.append(args) or original(part, *args))
    path = write(tmp_path, "many.docx", docx_with_paragraphs(numbered_paragraphs(3000)))
    article = ingest.read_article(str(path))
    assert len(article.paragraphs) == 2999 and article.title.startswith("Paragraph 0")
    assert len(lookups) == 4  # Title, no style, ListBullet, Heading1


def test_docx_text_limit_is_checked_while_reading(tmp_path: Path, monkeypatch) -> None:
    """The limit stops the reading as soon as it is passed, not after the whole document."""
    path = write(tmp_path, "long.docx", docx_with_paragraphs(numbered_paragraphs(4000)))
    monkeypatch.setattr(limits, "MAX_TEXT", 10_000)
    read = []
    original = limits.refuse_long_text
    monkeypatch.setattr(
        docx_reader, "refuse_long_text", lambda length, shown: read.append(length) or original(length, shown)
    )
    with pytest.raises(InputError, match="characters of text"):
        ingest.read_article(str(path))
    assert read[-1] < 10_200
