"""Every hostile template of issue 13, as a .md.j2, .html.j2 and .docx template, through `render` and
`templates check`: one line naming the template and the problem, exit 4, no traceback, nothing changed
on disk, no code run, no file read. Then the other ways a brief or a file could break rendering: zip
bombs in every .docx briefgen opens, Word's 255-character core properties, dates outside the zip
format's years, SOURCE_DATE_EPOCH of any shape, lone surrogates."""

from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from helpers import FIXTURES, snapshot, zip_bytes
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.history import textconv
from briefgen.render import context as template_context
from briefgen.render import formats as rendering

EXIT_TEMPLATE = 4
SECRET = "TOPSECRET-4711"
SECONDS = 1  # the bounds the tests run with (the defaults, 30 s and 1 GB, would make them slow)
MEGABYTES = 200
PATIENT = 60  # the time bound of rows that must hit another limit first, however loaded the machine

runner = CliRunner()

PICKLE = (
    '{% set _ = meeting.parse_raw(\'cbuiltins\\neval\\n(V(__import__("os").system("id > pwned"), {})[1]\\ntR.\', '
    "content_type='application/pickle', allow_pickle=True) %}"
)

# (case, template text, words the one-line message holds). SECRET_FILE stands for a JSON file holding SECRET.
PAYLOADS: list[tuple[str, str, str]] = [
    ("pickle through parse_raw", PICKLE, "has no attribute 'parse_raw'"),
    ("parse_file reads a file", "{{ meeting.parse_file('SECRET_FILE') }}", "has no attribute 'parse_file'"),
    ("model_validate_json", "{{ meeting.model_validate_json('{}') }}", "has no attribute 'model_validate_json'"),
    ("include a file", "{% include 'SECRET_FILE' %}", "no loader"),
    ("import a file", "{% import 'SECRET_FILE' as secret %}", "no loader"),
    ("python internals", "{{ meeting.__class__.__mro__ }}", "cannot reach Python internals"),
    ("changing the brief", "{% set _ = summary.append('x') %}", "'append' of 'list' object is unsafe"),
    ("string times a million times a thousand", "{{ 'a'*1000000*1000 }}", "refused: '*' would build"),
    ("list multiplication", "{{ ([1] * 100000 * 100000) | length }}", "refused: '*' would build"),
    (
        "nested range(100000) loops",
        "{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}",
        "refused: range() of more than 10000 numbers",
    ),
    ("range(10**9)", "{% for x in range(10**9) %}{{ x }}{% endfor %}", "refused: range() of more than 10000 numbers"),
    (
        "nested range(10000) loops",
        "{% for i in range(10000) %}{% for j in range(10000) %}{% for k in range(10000) %}{% endfor %}{% endfor %}"
        "{% endfor %}",
        f"the template took more than {SECONDS} s",
    ),
    ("lipsum", "{{ lipsum(n=10**7) }}", "unknown variable 'lipsum'"),
    ("endless macro recursion", "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", "recurses too deeply"),
    ("deeply nested expression", "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}", "nests or recurses too deeply"),
    ("deeply nested blocks", "{% if 1 %}" * 3000 + "x" + "{% endif %}" * 3000, "nests or recurses too deeply"),
    (
        "exponential macro recursion",
        "{% macro f(n) %}{% if n < 60 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}{{ f(0) }}",
        f"the template took more than {SECONDS} s",
    ),
    (
        "doubling a string in a loop",
        "{% set ns = namespace(s='ab') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
        f"the template took more than {MEGABYTES} MB of memory",
    ),
    (
        "join of a long list",
        "{{ range(10000) | join('x' * 100000) }}",
        f"the template took more than {MEGABYTES} MB of memory",
    ),
    ("format width", "{{ '{:>999999999}'.format(title) }}", "refused: a format width"),
    ("format_map width", "{{ '{t:>999999999}'.format_map({'t': title}) }}", "refused: a format width"),
    ("percent width", "{{ '%999999999s' % title }}", "refused: a '%' width"),
    ("percent star width", "{{ '%*s' % (999999999, title) }}", "refused: a '%' width"),
    ("format filter width", "{{ '%0999999999d' | format(1) }}", "refused: a '%' width"),
    ("center method", "{{ title.center(10**9) }}", "refused: center()"),
    ("zfill method", "{{ title.zfill(10**9) }}", "refused: zfill()"),
    ("center filter", "{{ title | center(10**9) }}", "refused: the center filter"),
    ("indent filter", "{{ summary | join('\\n') | indent(10**9) }}", "refused: the indent filter"),
    ("replace growth", "{{ ('a' * 1000).replace('', 'b' * 1000) }}", "refused: replace()"),
    ("replace filter growth", "{{ ('a' * 1000) | replace('', 'b' * 1000) }}", "refused: replace()"),
    ("batch filter", "{{ summary | batch(10**9, 'x') | list }}", "refused: the batch filter"),
    ("power", "{{ 10 ** (10 ** 10) }}", "refused: '**' (in bits)"),
]
KINDS = {"md": "house.md.j2", "html": "house.html.j2", "docx": "house.docx"}


@pytest.fixture(autouse=True)
def small_bounds(monkeypatch):
    monkeypatch.setattr(rendering, "RENDER_SECONDS", SECONDS)
    monkeypatch.setattr(rendering, "RENDER_MEGABYTES", MEGABYTES)
    monkeypatch.setattr(textconv, "TEXTCONV_SECONDS", SECONDS * 5)
    monkeypatch.setattr(textconv, "TEXTCONV_MEGABYTES", MEGABYTES)


def time_bound_for(monkeypatch, words: str) -> None:
    """A 1 s bound for the rows that test it; every other row has time to reach its own limit."""
    monkeypatch.setattr(rendering, "RENDER_SECONDS", SECONDS if words.endswith(f"more than {SECONDS} s") else PATIENT)


def write_template(folder: Path, kind: str, text: str) -> Path:
    """The payload as a template of `kind`; in a .docx it is one paragraph of an ordinary document."""
    path = folder / KINDS[kind]
    if kind == "docx":
        document = Document()
        document.add_paragraph("Briefing note")
        document.add_paragraph(text)
        document.save(str(path))
    else:
        path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("rendered") / "brief"
    folder.mkdir()
    (folder / "brief.yaml").write_bytes((FIXTURES / "brief-full.yaml").read_bytes())
    result = runner.invoke(app, ["render", str(folder), "--to", "md,docx,html"])
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def folder(tmp_path, rendered) -> Path:
    """A brief folder of its own holding brief.yaml and its md, docx and html, rendered with the default templates."""
    return Path(shutil.copytree(rendered, tmp_path / "brief"))


def invoke(args: list[str]):
    result = runner.invoke(app, args, catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


def one_line(result) -> str:
    """The only line a failure prints, on stdout (a problem `templates check` found) or stderr."""
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


def assert_harmless(tmp_path: Path, result) -> None:
    assert not (tmp_path / "pwned").exists()
    assert SECRET not in result.stdout + result.stderr


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize(("case", "text", "words"), PAYLOADS, ids=[case for case, _, _ in PAYLOADS])
def test_hostile_template_with_render(tmp_path, folder, monkeypatch, kind, case, text, words):
    time_bound_for(monkeypatch, words)
    monkeypatch.chdir(tmp_path)  # where the pickle payload would write `pwned`
    secret = tmp_path / "secret.json"
    secret.write_text(f'{{"principal": "{SECRET}"}}', encoding="utf-8")
    template = write_template(tmp_path, kind, text.replace("SECRET_FILE", str(secret)))
    before = snapshot(folder)
    result = invoke(["render", str(folder), "--to", kind, "--template", str(template)])
    assert result.exit_code == EXIT_TEMPLATE, result.output
    line = one_line(result)
    assert line.startswith(f"briefgen: error: {template}: ") and words in line, line
    assert snapshot(folder) == before
    assert_harmless(tmp_path, result)


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize(("case", "text", "words"), PAYLOADS, ids=[case for case, _, _ in PAYLOADS])
def test_hostile_template_with_templates_check(tmp_path, monkeypatch, kind, case, text, words):
    time_bound_for(monkeypatch, words)
    monkeypatch.chdir(tmp_path)
    secret = tmp_path / "secret.json"
    secret.write_text(f'{{"principal": "{SECRET}"}}', encoding="utf-8")
    template = write_template(tmp_path, kind, text.replace("SECRET_FILE", str(secret)))
    before = snapshot(tmp_path)
    result = invoke(["templates", "check", str(template)])
    assert result.exit_code == EXIT_TEMPLATE, result.output
    line = one_line(result)
    assert line.removeprefix("briefgen: error: ").startswith(f"{template}: ") and words in line, line
    assert snapshot(tmp_path) == before
    assert_harmless(tmp_path, result)


@pytest.mark.parametrize("kind", list(KINDS))
def test_attribute_syntax_still_reads_the_brief(tmp_path, folder, kind):
    """Plain data, yet `meeting.principal`, `meeting['principal']`, loops and filters work as before."""
    text = (
        "{{ meeting.principal }} / {{ meeting['counterpart'] }} / {{ stakeholders | map(attribute='name') "
        "| join(', ') }} / {{ sources[0].number }} / {{ date }} / {{ expert_advice[0].first }}"
    )
    template = write_template(tmp_path, kind, text)
    result = invoke(["render", str(folder), "--to", kind, "--template", str(template), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = (tmp_path / f"brief.{kind}").read_bytes()
    shown = (
        "\n".join(p.text for p in Document(io.BytesIO(written)).paragraphs)
        if kind == "docx"
        else written.decode("utf-8")
    )
    assert "Mark Carney / Donald Trump / Mark Carney, Donald Trump" in shown
    assert " / 1 / 2025-05-02 / True" in shown
    assert runner.invoke(app, ["templates", "check", str(template)]).exit_code == 0


def test_the_default_templates_get_no_model_objects():
    context = template_context.build_context(rendering.sample_brief())
    for kind in ("md", "html", "docx"):
        variables = context.variables(kind)
        stack = list(variables.values())
        while stack:
            value = stack.pop()
            assert value is None or isinstance(value, (str, int, float, bool, list, dict)), type(value)
            stack.extend(value.values() if isinstance(value, dict) else value if isinstance(value, list) else [])


# --- zip bombs: every .docx briefgen opens -------------------------------------------------


def docx_with(members: dict[str, bytes]) -> bytes:
    """A real .docx with some members replaced or added."""
    buffer = io.BytesIO()
    Document().save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    return zip_bytes({**parts, **members})


BOMBS = {
    "unpacks past 100 MB": lambda: docx_with({"word/media/filler.bin": bytes(120 * 1024 * 1024)}),
    "compressed 1000 to 1": lambda: docx_with({"word/document.xml": b"<w:p/>" * 1_000_000}),
}
# (opener, command, exit status)
OPENERS = [
    (
        "template with render",
        lambda path, folder: ["render", str(folder), "--to", "docx", "--template", str(path)],
        4,
    ),
    ("template with templates check", lambda path, folder: ["templates", "check", str(path)], 4),
    ("article with extract", lambda path, folder: ["extract", str(path)], 2),
    ("textconv", lambda path, folder: ["textconv", str(path)], 2),
]


@pytest.mark.parametrize("bomb", list(BOMBS))
@pytest.mark.parametrize(("opener", "command", "status"), OPENERS, ids=[name for name, _, _ in OPENERS])
def test_every_docx_briefgen_opens_is_checked_for_a_zip_bomb(tmp_path, folder, bomb, opener, command, status):
    path = tmp_path / "bomb.docx"
    path.write_bytes(BOMBS[bomb]())
    before = snapshot(tmp_path)
    result = invoke(command(path, folder))
    assert result.exit_code == status, result.output
    line = one_line(result)
    assert f"{path}: " in line and "refused as a possible zip bomb" in line, line
    assert snapshot(tmp_path) == before


def test_textconv_of_xml_that_parses_huge_is_bounded(tmp_path):
    """Under the zip limits (ratio ~50, 20 MB unpacked), yet millions of empty paragraphs: bounded, one line."""
    rng = random.Random(13)
    filler = "".join(
        "<w:p/>" * 60 + f"<w:p><w:r><w:t>{rng.getrandbits(32):08x}</w:t></w:r></w:p>" for _ in range(50_000)
    )
    buffer = io.BytesIO()
    Document().save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source:
        xml = source.read("word/document.xml").decode("utf-8").replace("<w:body>", "<w:body>" + filler, 1)
    path = tmp_path / "heavy.docx"
    path.write_bytes(docx_with({"word/document.xml": xml.encode("utf-8")}))
    result = invoke(["textconv", str(path)])
    assert result.exit_code == 2, result.output
    line = one_line(result)
    assert line.startswith(f"briefgen: error: {path}: ")
    assert "took more than" in line or "not a readable .docx" in line, line  # memory, time or lxml giving up


# --- Word's 255-character core properties ---------------------------------------------------


def core_properties(path: Path):
    return Document(str(path)).core_properties


def long_brief(tmp_path: Path) -> Path:
    from ruamel.yaml import YAML

    yaml = YAML()
    data = yaml.load((FIXTURES / "brief-full.yaml").read_text(encoding="utf-8"))
    data["title"] = "A title that goes on " + "and on " * 40 + "end"
    data["prepared_by"] = "Staffer " * 40
    data["meeting"]["purpose"] = "A purpose that goes on " + "and on " * 40 + "end"
    data["topics"] = [f"topic number {number}" for number in range(20)]
    folder = tmp_path / "long"
    folder.mkdir()
    with (folder / "brief.yaml").open("w", encoding="utf-8") as stream:
        yaml.dump(data, stream)
    return folder


def test_render_cuts_long_core_properties(tmp_path):
    folder = long_brief(tmp_path)
    result = invoke(["render", str(folder), "--to", "docx"])
    assert result.exit_code == 0, result.output
    props = core_properties(folder / "brief.docx")
    for value in (props.title, props.subject, props.author, props.last_modified_by, props.keywords):
        assert len(value) == 255 and value.endswith("…"), value
    assert props.title.startswith("A title that goes on and on")
    body = " ".join(paragraph.text for paragraph in Document(str(folder / "brief.docx")).paragraphs)
    assert "and on end" in body  # the document itself keeps the whole title


def test_short_core_properties_are_kept_whole(folder):
    props = core_properties(folder / "brief.docx")
    assert props.title == "Carney–Trump meeting at the White House"
    assert "…" not in props.subject + props.keywords


def test_build_with_a_long_title_and_lead_sentence(tmp_path):
    article = tmp_path / "article.txt"
    lead = (
        "Prime Minister Mark Carney will meet U.S. President Donald Trump at the White House next week to "
        "discuss tariffs on steel, aluminum, lumber and autos, the future of the continental trade agreement, "
        "defence spending, border security, critical minerals, energy exports and a long list of other "
        "irritants that officials on both sides say have piled up over the past year."
    )
    assert len(lead) > 300
    article.write_text(lead + "\n\nTrump said the talks would be difficult.\n", encoding="utf-8")
    out = tmp_path / "out"
    title = "Meeting " * 40
    result = invoke(
        ["build", str(article), "--out", str(out), "--date", "2025-05-01", "--title", title, "--to", "md,docx"]
    )
    assert result.exit_code == 0, result.output
    props = core_properties(out / "brief.docx")
    assert len(props.title) == 255 and props.title.endswith("…")
    assert len(props.subject) <= 255


# --- dates the zip format cannot carry, SOURCE_DATE_EPOCH of any shape ---------------------


def zip_times(data: bytes) -> set[tuple[int, ...]]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {info.date_time for info in package.infolist()}


@pytest.mark.parametrize(
    ("date", "stamp"),
    [
        ("1979-12-31", (1980, 1, 1, 0, 0, 0)),
        ("2107-12-31", (2107, 12, 31, 0, 0, 0)),
        ("2108-01-01", (2107, 12, 31, 23, 59, 58)),
        ("9999-12-31", (2107, 12, 31, 23, 59, 58)),
    ],
)
def test_brief_dates_outside_the_zip_years_are_clamped(folder, date, stamp):
    text = (folder / "brief.yaml").read_text(encoding="utf-8")
    (folder / "brief.yaml").write_text(text.replace("date: 2025-05-02", f"date: {date}", 1), encoding="utf-8")
    result = invoke(["render", str(folder), "--to", "docx,md"])
    assert result.exit_code == 0, result.output
    assert zip_times((folder / "brief.docx").read_bytes()) == {stamp}
    assert date in (folder / "brief.md").read_text(encoding="utf-8")  # the brief keeps its own date


@pytest.mark.parametrize(
    ("epoch", "brief_date", "stamp"),
    [
        ("1700000000", "2023-11-14", (2023, 11, 14, 22, 13, 20)),
        ("4354819199", "2107-12-31", (2107, 12, 31, 23, 59, 58)),  # the last second a zip can carry
        ("4354819200", "2108-01-01", (2107, 12, 31, 23, 59, 58)),
        ("253402300799", "9999-12-31", (2107, 12, 31, 23, 59, 58)),
        ("253402300800", None, (1980, 1, 1, 0, 0, 0)),  # past the year 9999: not a time
        ("99999999999999999999", None, (1980, 1, 1, 0, 0, 0)),
        ("9" * 5000, None, (1980, 1, 1, 0, 0, 0)),  # more digits than int() converts
        ("soon", None, (1980, 1, 1, 0, 0, 0)),
        ("-1", None, (1980, 1, 1, 0, 0, 0)),
        ("1.5", None, (1980, 1, 1, 0, 0, 0)),
        ("\u0661\u0662\u0663", None, (1980, 1, 1, 0, 0, 0)),  # Arabic-Indic digits
        ("\u00b2", None, (1980, 1, 1, 0, 0, 0)),  # a digit int() refuses
        ("", None, (1980, 1, 1, 0, 0, 0)),
    ],
)
def test_any_source_date_epoch(monkeypatch, tmp_path, epoch, brief_date, stamp):
    from briefgen.commands.extract import brief_date as date_of_brief

    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert date_of_brief(None) == (dt.date.fromisoformat(brief_date) if brief_date else dt.date.today())
    from helpers import fixture_brief

    assert zip_times(rendering.render(fixture_brief("brief-sparse"), "docx")) == {stamp}


def test_build_with_a_huge_source_date_epoch(monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999999999999")
    article = tmp_path / "article.txt"
    article.write_text("Prime Minister Mark Carney met President Donald Trump at the White House.\n", encoding="utf-8")
    result = invoke(["build", str(article), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"date: {dt.date.today().isoformat()}" in (tmp_path / "out" / "brief.yaml").read_text(encoding="utf-8")


# --- lone surrogates ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_lone_surrogates_render_as_replacement_characters(folder, fmt):
    """`validate` refuses a lone surrogate in brief.yaml; a Brief made in Python may still hold one, and
    rendering it shows U+FFFD instead of failing."""
    from briefgen.store.yaml import load_brief

    brief = load_brief(folder / "brief.yaml")
    brief = brief.model_copy(update={"title": "Carney\ud800Trump meeting \udfff"})
    data = rendering.render(brief, fmt)
    if fmt == "docx":
        document = Document(io.BytesIO(data))
        assert document.core_properties.title == "Carney\ufffdTrump meeting \ufffd"
        data = "\n".join(paragraph.text for paragraph in document.paragraphs).encode("utf-8")
    assert "Carney\ufffdTrump meeting \ufffd".encode("utf-8") in data
