"""The command line: parse options, call one library function, turn a BriefgenError into one line.

Heavy modules (pydantic, docxtpl, lxml) are imported inside the commands that need them so
that `briefgen --help` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Optional, TypeVar

import typer

from briefgen.errors import BriefgenError

app = typer.Typer(
    name="briefgen",
    help="Turn news articles into a negotiation-prep brief (YAML, Markdown, Word, HTML).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: importing rich for it doubles `briefgen --help` time (benchmarks/)
)
templates_app = typer.Typer(help="Copy and check the templates staff can restyle.", no_args_is_help=True,
                            rich_markup_mode=None)
app.add_typer(templates_app, name="templates")

T = TypeVar("T")

ARTICLES = typer.Argument(..., help="Article files (.txt, .md, .html, .docx) or '-' for stdin.", show_default=False)
PRINCIPAL = typer.Option(None, "--principal", help="Name of the person the brief is prepared for.")
COUNTERPART = typer.Option(None, "--counterpart", help="Name of the other side of the meeting.")
TEMPLATE = typer.Option(None, "--template", help="A template file (.docx, .md.j2 or .html.j2) to use instead of the default.")
DEFAULT_FORMATS = "md,docx"


def run(action: Callable[[], T]) -> T:
    """Call a library function; a BriefgenError becomes one line on stderr and its exit code."""
    try:
        return action()
    except BriefgenError as error:
        typer.echo(f"briefgen: error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        typer.echo("briefgen: interrupted; no file was left half-written", err=True)
        raise typer.Exit(130) from None


@app.command()
def build(
    articles: list[str] = ARTICLES,
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for the brief (default: briefs/<date>-<slug>/)."),
    principal: Optional[str] = PRINCIPAL,
    counterpart: Optional[str] = COUNTERPART,
    title: Optional[str] = typer.Option(None, "--title", help="Title of the brief (default: from the articles)."),
    formats: str = typer.Option(DEFAULT_FORMATS, "--format", "-f", help="Comma-separated: md, docx, html, pdf."),
    template: Optional[Path] = TEMPLATE,
    date: Optional[str] = typer.Option(None, "--date", help="Date of the brief, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today)."),
    force: bool = typer.Option(False, "--force", help="Overwrite a brief.yaml that a person has edited."),
    each: bool = typer.Option(False, "--each", help="Build one brief per article instead of one from all."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for --each."),
) -> None:
    """Build a brief from articles: brief.yaml plus the rendered formats, in one folder."""
    from briefgen import pipeline

    options = dict(principal=principal, counterpart=counterpart, title=title, formats=formats,
                   template=template, date=date, force=force)
    if each:
        failures = run(lambda: pipeline.build_each(articles, out_root=out, jobs=jobs, **options))
        raise typer.Exit(1 if failures else 0)
    result = run(lambda: pipeline.build(articles, out=out, **options))
    for path in result:
        typer.echo(str(path))


@app.command()
def extract(
    articles: list[str] = ARTICLES,
    output_format: str = typer.Option("json", "--format", "-f", help="json or yaml."),
    principal: Optional[str] = PRINCIPAL,
    counterpart: Optional[str] = COUNTERPART,
    title: Optional[str] = typer.Option(None, "--title", help="Title of the brief."),
    date: Optional[str] = typer.Option(None, "--date", help="Date of the brief, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today)."),
) -> None:
    """Print the brief extracted from the articles on stdout (nothing is written)."""
    from briefgen import pipeline

    text = run(lambda: pipeline.extract_text(articles, output_format=output_format, principal=principal,
                                             counterpart=counterpart, title=title, date=date))
    sys.stdout.write(text)


@app.command()
def read(
    article: str = typer.Argument(..., help="An article file (.txt, .md, .html, .docx) or '-' for stdin.",
                                  show_default=False),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """Show the article as briefgen reads it: title, metadata, and the paragraphs citations like [1 ¶3] number."""
    from briefgen import pipeline

    sys.stdout.write(run(lambda: pipeline.read_text(article, output_format=output_format)))


@app.command()
def render(
    brief: Path = typer.Argument(..., help="A brief.yaml (or the folder holding it).", show_default=False),
    formats: str = typer.Option(DEFAULT_FORMATS, "--format", "-f", help="Comma-separated: md, docx, html, pdf."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder to write to (default: next to the YAML)."),
    template: Optional[Path] = TEMPLATE,
) -> None:
    """Render a brief.yaml again, after a person edited it."""
    from briefgen import pipeline

    for path in run(lambda: pipeline.render_files(brief, formats=formats, out=out, template=template)):
        typer.echo(str(path))


@app.command()
def validate(
    paths: list[Path] = typer.Argument(..., help="brief.yaml files or folders holding them.", show_default=False),
) -> None:
    """Check briefs against the schema; print every problem as `file: field: message`."""
    from briefgen import store

    problems = run(lambda: store.validate_paths(paths))
    for line in problems:
        typer.echo(line)
    if problems:
        raise typer.Exit(3)
    typer.echo(f"{len(paths)} ok" if len(paths) > 1 else f"{paths[0]}: ok")


@app.command()
def schema() -> None:
    """Print the JSON Schema of a brief."""
    import json

    from briefgen.schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def add(
    brief_dir: Path = typer.Argument(..., help="A brief folder (holding brief.yaml).", show_default=False),
    articles: list[str] = ARTICLES,
    formats: str = typer.Option(DEFAULT_FORMATS, "--format", "-f", help="Comma-separated: md, docx, html, pdf."),
    template: Optional[Path] = TEMPLATE,
) -> None:
    """Merge new articles into an existing brief, keeping every human edit."""
    from briefgen import pipeline

    for line in run(lambda: pipeline.add_articles(brief_dir, articles, formats=formats, template=template)):
        typer.echo(line)


@app.command()
def diff(
    old: str = typer.Argument(..., help="A brief.yaml, or REV:path for a git revision.", show_default=False),
    new: str = typer.Argument(..., help="A brief.yaml, or REV:path for a git revision.", show_default=False),
) -> None:
    """Show what changed between two briefs, section by section."""
    from briefgen import history

    typer.echo(run(lambda: history.diff_text(old, new)), nl=False)


@app.command()
def textconv(
    path: Path = typer.Argument(..., help="A brief.docx or brief.yaml.", show_default=False),
) -> None:
    """Print a .docx or brief.yaml as plain text (used by git diff)."""
    from briefgen import history

    sys.stdout.write(run(lambda: history.textconv(path)))


@app.command(name="git-setup")
def git_setup(
    repo: Path = typer.Argument(Path("."), help="The git repository to set up."),
) -> None:
    """Make `git diff` show brief.docx and brief.yaml as readable text."""
    from briefgen import history

    for line in run(lambda: history.git_setup(repo)):
        typer.echo(line)


@app.command(name="list")
def list_briefs(
    folder: Path = typer.Argument(Path("briefs"), help="Folder holding brief folders."),
) -> None:
    """List briefs: date, title, principal and counterpart, version, sources, last change."""
    from briefgen import history

    typer.echo(run(lambda: history.list_table(folder)), nl=False)


@templates_app.command("init")
def templates_init(
    folder: Path = typer.Argument(..., help="Folder to copy the default templates into.", show_default=False),
    force: bool = typer.Option(False, "--force", help="Overwrite templates already there."),
) -> None:
    """Copy the default templates (docx, md, html) into a folder for editing."""
    from briefgen import render as rendering

    for path in run(lambda: rendering.init_templates(folder, force=force)):
        typer.echo(str(path))


@templates_app.command("check")
def templates_check(
    template: Path = typer.Argument(..., help="A .docx, .md.j2 or .html.j2 template.", show_default=False),
) -> None:
    """List the variables a template uses that a brief does not have, with the fix."""
    from briefgen import render as rendering

    problems = run(lambda: rendering.check_template(template))
    for line in problems:
        typer.echo(line)
    if problems:
        raise typer.Exit(4)
    typer.echo(f"{template}: ok")


def main() -> None:
    app()
