"""Every command has help text and is documented in the README; errors are one line."""

from __future__ import annotations

import pytest
import typer
from helpers import ROOT
from typer.testing import CliRunner

from briefgen.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    group = typer.main.get_group(app)
    names = []
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            names += [f"{name} {sub}" for sub in command.commands]
        else:
            names.append(name)
    return sorted(names)


@pytest.mark.parametrize("name", command_names())
def test_command_has_help_and_is_documented(name):
    result = CliRunner().invoke(app, [*name.split(), "--help"])
    assert result.exit_code == 0
    group = typer.main.get_group(app)
    command = group.commands[name.split()[0]]
    if " " in name:
        command = command.commands[name.split()[1]]
    assert (command.help or "").strip(), f"{name} has no help text"
    assert f"briefgen {name}" in README, f"`briefgen {name}` is not in the README"


def test_schema_is_json_schema():
    import json

    result = CliRunner().invoke(app, ["schema"])
    schema = json.loads(result.output)
    assert schema["title"] == "Brief" and "meeting" in schema["properties"]


def test_extract_json_validates(tmp_path):
    import json

    from briefgen.model import Brief

    article = ROOT / "examples" / "carney-white-house.txt"
    result = CliRunner().invoke(app, ["extract", str(article), "--format", "json", "--date", "2026-05-24"])
    assert result.exit_code == 0
    brief = Brief.model_validate(json.loads(result.output))
    assert brief.meeting.principal == "Mark Carney"


def test_render_shows_a_hand_edit(tmp_path):
    article = ROOT / "examples" / "carney-white-house.txt"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(article), "--out", str(tmp_path), "--date", "2026-05-24"]).exit_code == 0
    brief = tmp_path / "brief.yaml"
    brief.write_text(
        brief.read_text(encoding="utf-8").replace("prepared_for:\n", "prepared_for: Minister of Finance\n"),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["render", str(brief)])
    assert result.exit_code == 0, result.output
    assert "Minister of Finance" in (tmp_path / "brief.md").read_text(encoding="utf-8")
    from docx import Document

    document = Document(str(tmp_path / "brief.docx"))
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert "Minister of Finance" in text


READ_PAGE = (
    "<html><head><title>Port talks resume | The Harbour Gazette</title>"
    "<meta property='og:site_name' content='The Harbour Gazette'>"
    "<meta name='author' content='Jane Doe'>"
    "<meta property='article:published_time' content='2025-03-12'>"
    "<link rel='canonical' href='https://gazette.example/port-talks'></head>"
    "<body><article><h1>Port talks resume</h1>"
    "<p>Port owners and the union will meet on Monday to try to end the strike.</p>"
    "<p>Advertisement</p>"
    "<p>The union wants a pay rise of six percent; the owners have offered four.</p></article></body></html>"
)
READ_TEXT = (
    "Port talks resume as strike enters third week\n\nBy Jane Doe\n\n"
    "Port owners and the union will meet on Monday to try to end the strike.\n\n"
    "The union wants a pay rise of six percent; the owners have offered four.\n"
)
READ_PARAGRAPHS = [
    "Port owners and the union will meet on Monday to try to end the strike.",
    "The union wants a pay rise of six percent; the owners have offered four.",
]


def test_read_json_has_the_headline_apart_and_the_paragraphs_extraction_cites(tmp_path):
    import json

    page = tmp_path / "page.html"
    page.write_text(READ_PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["read", str(page), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "title": "Port talks resume",
        "outlet": "The Harbour Gazette",
        "authors": ["Jane Doe"],
        "published": "2025-03-12",
        "url": "https://gazette.example/port-talks",
        "paragraphs": READ_PARAGRAPHS,  # the "Advertisement" block is cleaned away, as for extraction
    }
    extracted = json.loads(CliRunner().invoke(app, ["extract", str(page)]).output)
    cited = [(e["paragraph"], e["text"]) for item in extracted["background"] for e in item["evidence"]]
    assert cited and all(text in READ_PARAGRAPHS[number - 1] for number, text in cited)


def test_read_text_shows_a_header_and_numbered_paragraphs(tmp_path):
    article = tmp_path / "pasted.txt"
    article.write_text(READ_TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["read", str(article)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "Title:     Port talks resume as strike enters third week\n"
        f"File:      {article}\n\n"
        f"¶1 {READ_PARAGRAPHS[0]}\n"
        f"¶2 {READ_PARAGRAPHS[1]}\n"
    )


@pytest.mark.parametrize(
    ("arguments", "exit_code", "message"),
    [
        (["read", "missing.txt"], 2, "no such file"),
        (["read", "ARTICLE", "--format", "yaml"], 64, "choose text or json"),
    ],
)
def test_read_errors_are_one_line(tmp_path, arguments, exit_code, message):
    article = tmp_path / "pasted.txt"
    article.write_text(READ_TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, [str(article) if part == "ARTICLE" else part for part in arguments])
    assert result.exit_code == exit_code
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_the_command_line_process_runs_the_cycle_collector_seldom(monkeypatch):
    """`briefgen` (cli.main) sets its own process's gc: collections stay on, at a higher threshold."""
    import gc

    from briefgen import cli

    seen = []
    monkeypatch.setattr(cli, "app", lambda: seen.append((gc.isenabled(), gc.get_threshold())))
    before = gc.get_threshold()
    try:
        cli.main()
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
    assert seen == [(True, cli.GC_THRESHOLD)]
    assert cli.GC_THRESHOLD[0] > before[0]
