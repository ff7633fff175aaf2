"""Every command has help text and is documented in the README; errors are one line."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from briefgen.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


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

    from briefgen.schema import Brief

    article = Path(__file__).resolve().parents[1] / "examples" / "carney-white-house.txt"
    result = CliRunner().invoke(app, ["extract", str(article), "--format", "json", "--date", "2026-05-24"])
    assert result.exit_code == 0
    brief = Brief.model_validate(json.loads(result.output))
    assert brief.meeting.principal == "Mark Carney"


def test_render_shows_a_hand_edit(tmp_path):
    article = Path(__file__).resolve().parents[1] / "examples" / "carney-white-house.txt"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(article), "--out", str(tmp_path), "--date", "2026-05-24"]).exit_code == 0
    brief = tmp_path / "brief.yaml"
    brief.write_text(brief.read_text(encoding="utf-8").replace("prepared_for:\n", "prepared_for: Minister of Finance\n"),
                     encoding="utf-8")
    result = runner.invoke(app, ["render", str(brief)])
    assert result.exit_code == 0, result.output
    assert "Minister of Finance" in (tmp_path / "brief.md").read_text(encoding="utf-8")
    from docx import Document

    document = Document(str(tmp_path / "brief.docx"))
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "Minister of Finance" in text
