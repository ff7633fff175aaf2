"""The Python API (briefgen/__init__.py): extract from text, paths or lists, read, save, load, render, build,
add; the error classes; a light import; nothing printed; the garbage collector left alone where other threads
run."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

import briefgen
from briefgen.store import yaml as brief_yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "carney-white-house.txt"
EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
DATE = "2026-05-24"
OTHER = (
    "Japanese Prime Minister Shigeru Ishiba will host Australian Prime Minister Anthony Albanese in Tokyo "
    'next month.\n"Our partnership has never mattered more," Ishiba said on Wednesday.\n'
)


def test_import_briefgen_imports_no_stage() -> None:
    code = (
        "import sys, briefgen; print(sorted(m for m in sys.modules if m.startswith(('briefgen.', 'pydantic', "
        "'typer', 'docx', 'jinja2'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert loaded.stdout.strip() == "['briefgen.extract', 'briefgen.render']"


def test_every_public_name_is_there() -> None:
    assert sorted(briefgen.__all__) == sorted(set(briefgen.__all__))
    for name in briefgen.__all__:
        assert getattr(briefgen, name) is not None, name
    assert briefgen.__version__ != "0+unknown"  # the installed package's (tests/cli/test_conventions.py: pyproject's)
    for error in ("InputError", "BriefValidationError", "TemplateError", "OutputError", "UsageError"):
        assert issubclass(getattr(briefgen, error), briefgen.BriefgenError)


def test_extract_and_render_stay_functions_once_their_stages_are_imported() -> None:
    import briefgen.extract.entities  # noqa: F401
    import briefgen.render.formats  # noqa: F401

    for name in ("extract", "render"):
        function = getattr(briefgen, name)
        assert callable(function) and function.__module__ == "briefgen", name


def sources_of(brief: briefgen.Brief) -> list[str]:
    return [source.path for source in brief.sources]


@pytest.mark.parametrize(
    ("case", "source", "paths"),
    [
        ("text", EXAMPLE_TEXT, ["<text>"]),
        ("a str naming a file", str(EXAMPLE), [str(EXAMPLE)]),
        ("a Path", EXAMPLE, [str(EXAMPLE)]),
        ("a list of text and a path", [OTHER, EXAMPLE], ["<text>", str(EXAMPLE)]),
        ("a str naming no file is text", "missing.txt", ["<text>"]),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 40 else "",
)
def test_extract_takes_text_a_path_or_a_list(case: str, source, paths: list[str]) -> None:
    assert sources_of(briefgen.extract(source, date=DATE)) == paths


def test_text_gives_the_brief_its_file_gives() -> None:
    from_text = briefgen.extract(EXAMPLE_TEXT, date=DATE, principal="Mark Carney")
    from_file = briefgen.extract(EXAMPLE, date=DATE, principal="Mark Carney")
    from_text.sources[0].path = from_file.sources[0].path
    assert from_text == from_file
    assert from_file.meeting.counterpart == "Donald Trump"


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (Path("missing.txt"), "missing.txt: no such file"),  # a Path is never text
        ("", "<text>: the file is empty"),
        ([], "no article given"),
    ],
)
def test_extract_refuses_what_it_cannot_read(source, words: str) -> None:
    with pytest.raises(briefgen.BriefgenError, match=words):
        briefgen.extract(source)


def test_read_gives_the_paragraphs_citations_number(tmp_path: Path) -> None:
    reading = briefgen.read(EXAMPLE)
    assert reading.paragraphs[0].startswith("Prime Minister Mark Carney is expected to visit the White House")
    assert briefgen.read(EXAMPLE_TEXT).paragraphs == reading.paragraphs
    brief = briefgen.extract(EXAMPLE, date=DATE)
    evidence = brief.meeting.evidence[0]
    assert evidence.text in reading.paragraphs[evidence.paragraph - 1]


def test_save_load_and_render(tmp_path: Path) -> None:
    folder = tmp_path / "carney"
    brief = briefgen.extract(EXAMPLE_TEXT, date=DATE)
    written = briefgen.save(brief, folder)
    assert brief.generated is None  # the caller's brief is left as it was
    assert [path.name for path in written] == ["brief.yaml", ".briefgen-proposed"]
    loaded = briefgen.load(folder)
    assert loaded == briefgen.load(folder / "brief.yaml")
    assert loaded.model_copy(update={"generated": None}) == brief
    assert not brief_yaml.edited_by_person(folder / "brief.yaml")

    rendered = briefgen.render(loaded, "md,html", folder)
    assert [path.name for path in rendered] == ["brief.md", "brief.html"]
    assert (folder / "brief.md").read_text(encoding="utf-8").startswith(f"# {brief.title}")
    (folder / "brief.md").write_text("# my notes\n", encoding="utf-8")
    with pytest.raises(briefgen.OutputError, match="a person has edited this file"):
        briefgen.render(loaded, ["md"], folder)
    assert (folder / "brief.md").read_text(encoding="utf-8") == "# my notes\n"
    briefgen.render(loaded, ["md"], folder, force=True)

    (folder / "brief.yaml").write_text(
        (folder / "brief.yaml").read_text(encoding="utf-8") + "# reviewed\n", encoding="utf-8"
    )
    with pytest.raises(briefgen.OutputError, match="a person has edited this brief"):
        briefgen.save(brief, folder)


def test_load_reports_problems_as_errors(tmp_path: Path) -> None:
    with pytest.raises(briefgen.InputError, match="no such file"):
        briefgen.load(tmp_path / "brief.yaml")
    (tmp_path / "brief.yaml").write_text("title: [broken\n", encoding="utf-8")
    with pytest.raises(briefgen.BriefValidationError, match="YAML syntax error"):
        briefgen.load(tmp_path)


def test_build_and_add(tmp_path: Path) -> None:
    folder = tmp_path / "brief"
    written = briefgen.build([str(EXAMPLE)], out=folder, formats="md", date=DATE)
    assert folder / "brief.yaml" in written and (folder / "brief.md").is_file()
    other = tmp_path / "tokyo.txt"
    other.write_text(OTHER, encoding="utf-8")
    report = briefgen.add(folder, [str(other)], formats="md")
    assert report[0] == f"{folder / 'brief.yaml'}: version 2"
    assert [source.path for source in briefgen.load(folder).sources] == [
        "sources/carney-white-house.txt",
        "sources/tokyo.txt",
    ]


def test_the_library_prints_nothing_and_logs_its_warnings(tmp_path: Path, capsys, caplog) -> None:
    article = tmp_path / "legacy.txt"
    article.write_bytes(
        "Carney met Trump at the White House, officials said. Caf\u00e9 talks resumed.\n".encode("cp1252")
    )
    with caplog.at_level("WARNING", logger="briefgen"):
        briefgen.extract(article, date=DATE)
    assert capsys.readouterr() == ("", "")
    assert [(record.name, record.getMessage()) for record in caplog.records] == [
        ("briefgen", f"{article}: decoded as cp1252, not UTF-8")
    ]


def test_extraction_leaves_the_cycle_collector_to_the_process(monkeypatch) -> None:
    """The library never switches Python's gc for the whole process; the CLI sets it for its own (console.main)."""
    from briefgen import assemble

    seen = []
    real = assemble.assemble_brief
    monkeypatch.setattr(
        assemble,
        "assemble_brief",
        lambda *args, **kwargs: seen.append((gc.isenabled(), gc.get_threshold())) or real(*args, **kwargs),
    )
    before = gc.get_threshold()
    briefgen.extract(EXAMPLE_TEXT, date=DATE)
    assert seen == [(True, before)]
    assert gc.isenabled() and gc.get_threshold() == before


def readme_python_example() -> str:
    """The code block of the README's "Python API" section."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Python API\n", 1)[1]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_the_readmes_python_api_example_runs(tmp_path: Path) -> None:
    (tmp_path / "examples").symlink_to(ROOT / "examples")  # run as from the repository root, writing nothing there
    example = readme_python_example()
    result = subprocess.run([sys.executable, "-c", example], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "Mark Carney meets Donald Trump" and "# Mark Carney meets Donald Trump" in example
    assert len(lines) == 4 and all(line.startswith("- [") for line in lines[1:3])
    assert lines[-1] == "1"
    assert sorted(path.name for path in (tmp_path / "out" / "api-example").iterdir()) == [
        ".briefgen-proposed",
        ".briefgen-rendered",
        "brief.docx",
        "brief.md",
        "brief.yaml",
    ]


def test_extract_in_one_line_from_the_repository_root() -> None:
    code = "import briefgen; print(briefgen.extract(open('examples/carney-white-house.txt').read()).meeting)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("principal='Mark Carney' counterpart='Donald Trump' location='White House' ")
