"""The committed example brief is what briefgen builds from the bundled article, byte for byte."""

from __future__ import annotations

from pathlib import Path

from helpers import snapshot
from typer.testing import CliRunner

from briefgen.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "briefs" / "2026-05-24-carney-white-house"
ARTICLE = ROOT / "examples" / "carney-white-house.txt"


def test_rebuilding_the_example_gives_the_same_files(tmp_path):
    out = tmp_path / "example"
    result = CliRunner().invoke(
        app, ["build", str(ARTICLE), "--out", str(out), "--date", "2026-05-24", "--to", "md,docx,html"]
    )
    assert result.exit_code == 0, result.output
    expected, rebuilt = snapshot(EXAMPLE), snapshot(out)
    assert sorted(rebuilt) == sorted(expected)
    changed = [name for name in expected if expected[name] != rebuilt[name]]
    assert not changed, f"rebuild differs in {changed}; if intended, rebuild the example (see README)"


def test_the_chatbot_trailer_never_reaches_the_example():
    """sources/ keeps the article as given (its sha256 is in the brief); nothing else may hold the noise."""
    for name, data in snapshot(EXAMPLE).items():
        if name.startswith("sources/"):
            continue
        if name.endswith(".docx"):
            from briefgen.history.textconv import textconv

            text = textconv(EXAMPLE / name)
        else:
            text = data.decode("utf-8", "replace")
        assert "summary version" not in text.lower() and "press release" not in text.lower(), name
