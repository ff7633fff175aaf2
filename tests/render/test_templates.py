"""Staff-editable templates: `templates init`, `templates check`, custom templates, hostile templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from helpers import FIXTURES, fixture_brief
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.errors import TemplateError
from briefgen.render.formats import check_template, render
from briefgen.render.templates import DEFAULT_TEMPLATES, templates_dir

runner = CliRunner()

HOSTILE = {
    "syntax error": ("{{ title }}\n{% if summary %}\nunclosed\n", "syntax error"),
    "unknown variable": ("# {{ titel }}\n", "unknown variable 'titel'"),
    "python internals": ("{{ ''.__class__.__mro__ }}\n", "cannot reach Python internals"),
    "internals of an item": (
        "{% for s in stakeholders %}{{ s.__init__.__globals__ }}{% endfor %}\n",
        "cannot reach Python internals",
    ),
    "format-string escape": ("{{ '{0.__class__}'.format(title) }}\n", "cannot reach Python internals"),
}


def write_docx(path: Path, text: str) -> Path:
    document = Document()
    document.add_paragraph("Briefing note")
    document.add_paragraph(text)
    document.save(str(path))
    return path


def text_template(folder: Path, kind: str, text: str) -> Path:
    if kind == "docx":
        return write_docx(folder / "house.docx", text.strip())
    path = folder / ("house.md.j2" if kind == "md" else "house.html.j2")
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["md", "html", "docx"])
@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_template_fails_with_one_line_naming_it(tmp_path, kind, case):
    source, expected = HOSTILE[case]
    if kind == "docx" and case == "syntax error":
        source = "{{ title }} {% if summary %} unclosed"
    template = text_template(tmp_path, kind, source)
    with pytest.raises(TemplateError) as caught:
        render(fixture_brief("brief-full"), kind, template=template)
    message = str(caught.value)
    assert message.startswith(f"{template}: ") and expected in message
    assert "\n" not in message


def test_unknown_variable_names_what_the_brief_has_and_the_closest(tmp_path):
    template = text_template(tmp_path, "md", "{% for s in stakeholder %}{{ s.name }}{% endfor %}\n")
    with pytest.raises(
        TemplateError, match=r"the brief has: asks, .* title, topics, version; did you mean 'stakeholders'\?"
    ):
        render(fixture_brief("brief-sparse"), "md", template=template)


def test_syntax_error_gives_the_line(tmp_path):
    template = text_template(tmp_path, "md", "# {{ title }}\n\n{{ summary | join(', ' }}\n")
    assert check_template(template) == [f"{template}: line 3: template syntax error: unexpected '}}', expected ')'"]


def test_default_templates_check_clean():
    for name in DEFAULT_TEMPLATES.values():
        assert check_template(templates_dir() / name) == []


@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_check_lists_each_unknown_variable_with_a_suggestion(tmp_path, kind):
    template = text_template(tmp_path, kind, "{{ titel }} {{ stakeholder }} {{ classification }} {{ zzz_nothing }}\n")
    problems = check_template(template)
    assert [line.split(" (the brief has")[0] for line in problems] == [
        f"{template}: unknown variable 'stakeholder'",
        f"{template}: unknown variable 'titel'",
        f"{template}: unknown variable 'zzz_nothing'",
    ]
    assert problems[0].endswith("did you mean 'stakeholders'?)")
    assert problems[1].endswith("did you mean 'title'?)")
    assert "did you mean" not in problems[2]


def test_check_tries_the_template_on_a_sample_brief(tmp_path):
    template = text_template(tmp_path, "md", "{% for s in stakeholders %}{{ s.nmae }}{% endfor %}\n")
    [problem] = check_template(template)
    assert problem.startswith(f"{template}: ") and "nmae" in problem


def test_body_is_known_only_to_the_html_template(tmp_path):
    assert check_template(text_template(tmp_path, "html", "{{ body }}\n")) == []
    [problem] = check_template(text_template(tmp_path, "md", "{{ body }}\n"))
    assert "unknown variable 'body'" in problem


def test_cli_templates_check(tmp_path):
    good = text_template(tmp_path, "md", "# {{ title }}\n")
    result = runner.invoke(app, ["templates", "check", str(good)])
    assert result.exit_code == 0 and result.output == f"{good}: ok\n"

    bad = write_docx(tmp_path / "bad.docx", "{{ titel }}")
    result = runner.invoke(app, ["templates", "check", str(bad)])
    assert result.exit_code == 4
    assert result.output.startswith(f"{bad}: unknown variable 'titel'")

    result = runner.invoke(app, ["templates", "check", str(tmp_path / "missing.docx")])
    assert result.exit_code == 4 and "no such template file" in result.output
    assert "Traceback" not in result.output

    (tmp_path / "not-a-word-file.docx").write_bytes(b"PK\x03\x04 truncated")
    result = runner.invoke(app, ["templates", "check", str(tmp_path / "not-a-word-file.docx")])
    assert result.exit_code == 4 and "is not a readable .docx" in result.output

    result = runner.invoke(app, ["templates", "check", str(tmp_path / "notes.txt")])
    assert result.exit_code == 64 and "use a .docx, .md.j2 or .html.j2 file" in result.output


def test_default_templates_are_package_data():
    """The defaults ship inside the package, briefgen/templates, where importlib.resources finds them: an
    installed wheel holds them, and no copy outside the package is read."""
    import briefgen

    folder = Path(briefgen.__file__).parent / "templates"
    assert templates_dir() == folder
    assert sorted(path.name for path in folder.iterdir()) == sorted(DEFAULT_TEMPLATES.values())
    assert not (Path(briefgen.__file__).parent.parent / "templates").exists()


def test_cli_templates_init_copies_and_refuses_to_overwrite(tmp_path):
    folder = tmp_path / "house"
    result = runner.invoke(app, ["templates", "init", str(folder)])
    assert result.exit_code == 0
    copied = sorted(path.name for path in folder.iterdir())
    assert copied == sorted(DEFAULT_TEMPLATES.values())
    for name in copied:
        assert (folder / name).read_bytes() == (templates_dir() / name).read_bytes()

    (folder / "brief.md.j2").write_text("# {{ title }} (edited)\n", encoding="utf-8")
    result = runner.invoke(app, ["templates", "init", str(folder)])
    assert result.exit_code == 5 and "already exist; use --force" in result.output
    assert (folder / "brief.md.j2").read_text(encoding="utf-8") == "# {{ title }} (edited)\n"

    result = runner.invoke(app, ["templates", "init", str(folder), "--force"])
    assert result.exit_code == 0
    assert (folder / "brief.md.j2").read_bytes() == (templates_dir() / "brief.md.j2").read_bytes()


def test_edited_templates_are_used(tmp_path):
    brief = fixture_brief("brief-full")
    md = text_template(tmp_path, "md", "# {{ title }}\n\nFor {{ prepared_for }}\n")
    assert (
        render(brief, "md", template=md)
        == b"# Carney\xe2\x80\x93Trump meeting at the White House\n\nFor Prime Minister Mark Carney\n"
    )
    assert b"<p>For Prime Minister Mark Carney</p>" in render(brief, "html", template=md)

    page = text_template(tmp_path, "html", "<h1>{{ title }}</h1>{{ body }}\n")
    html = render(brief, "html", template=page).decode()
    assert html.startswith("<h1>Carney–Trump meeting at the White House</h1><h1>") and "<table>" in html

    docx = write_docx(tmp_path / "house.docx", "House style: {{ title }} for {{ prepared_for }}")
    from io import BytesIO

    text = [p.text for p in Document(BytesIO(render(brief, "docx", template=docx))).paragraphs]
    assert text == [
        "Briefing note",
        "House style: Carney–Trump meeting at the White House for Prime Minister Mark Carney",
    ]


def test_cli_render_with_a_docx_template_keeps_default_markdown(tmp_path):
    pytest.importorskip("briefgen.store")
    brief_yaml = tmp_path / "brief.yaml"
    brief_yaml.write_bytes((FIXTURES / "brief-full.yaml").read_bytes())
    docx = write_docx(tmp_path / "house.docx", "House: {{ title }}")
    result = runner.invoke(app, ["render", str(brief_yaml), "--to", "md,docx", "--template", str(docx)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "brief.md").read_bytes() == render(fixture_brief("brief-full"), "md")
    assert "House: Carney" in Document(str(tmp_path / "brief.docx")).paragraphs[1].text

    result = runner.invoke(app, ["render", str(brief_yaml), "--to", "md", "--template", str(docx)])
    assert result.exit_code == 64 and "add --to docx" in result.output
