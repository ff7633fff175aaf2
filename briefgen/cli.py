"""The command line: parse options, call one library function, turn a BriefgenError into one line.

`BriefgenGroup` is the last guard: click's usage errors, a full or closed stdout and a broken pipe
also end with one line (or none, for the pipe) and a documented exit code, never a traceback.

Heavy modules (pydantic, docxtpl, lxml) are imported inside the commands that need them so
that `briefgen --help` stays fast.
"""

from __future__ import annotations

import codecs
import errno
import logging
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import typer
from typer.core import TyperGroup

from briefgen.errors import BriefgenError, printable, show_path

USAGE_EXIT = 64
OUTPUT_EXIT = 5
STDOUT = "<stdout>"
# click's UsageError (unknown option, missing argument, bad value), found through a public class
# because typer vendors click in some versions and depends on it in others.
ClickUsageError: type[Any] = next(cls for cls in typer.BadParameter.__mro__ if cls.__name__ == "UsageError")
# Errors of a write to a stream that has no file name: standard output is full, closed or gone.
STREAM_WRITE_ERRORS = {errno.EPIPE, errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF}


class BriefgenGroup(TyperGroup):
    """The root command. Every way a run ends becomes a documented exit code and at most one line on
    stderr: click's usage errors (64, not click's 2, which means "article unreadable" here), a
    BriefgenError, and failures of the process's own streams (stdout full, closed or a broken pipe: 5)."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        arguments = list(sys.argv[1:] if args is None else args)
        code = self.exit_code(arguments, prog_name or self.name or "briefgen", extra)
        if not standalone_mode:
            return code
        sys.exit(code)

    def exit_code(self, arguments: list[str], prog_name: str, extra: dict[str, Any]) -> int:
        """Run the command line; the exit status, having printed at most one line on stderr."""
        if sys.stderr is None:  # closed stderr: messages are lost, as with any program, but never land on stdout
            sys.stderr = open(os.devnull, "w", encoding="utf-8")
        if sys.stdout is None:
            return fail(f"{STDOUT}: standard output is closed; redirect it to a file or /dev/null", OUTPUT_EXIT)
        warnings = WarningLines()
        logging.getLogger("briefgen").addHandler(warnings)
        try:
            code = self.run_command(arguments, prog_name, extra)
            sys.stdout.flush()  # a full disk or a closed pipe shows here, not in the interpreter's exit
            return code
        except ClickUsageError as error:
            if type(error).__name__ == "NoArgsIsHelpError":
                error.show()  # no command given: the help, as before, but with the usage exit status
                return USAGE_EXIT
            where = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
            return fail(f"{error.format_message().rstrip('.')}{where}", USAGE_EXIT)
        except BriefgenError as error:
            return fail(str(error), error.exit_code)
        except KeyboardInterrupt:
            typer.echo("briefgen: interrupted; no file was left half-written", err=True)
            return 130
        except OSError as error:
            if error.filename is None and error.errno in STREAM_WRITE_ERRORS:
                if error.errno == errno.EPIPE:
                    return OUTPUT_EXIT  # the reader stopped reading (`| head`): nothing to tell it
                return fail(f"{STDOUT}: cannot write: {error.strerror or error}", OUTPUT_EXIT)
            where = f"{show_path(error.filename)}: " if error.filename is not None else ""
            return fail(f"{where}{error.strerror or error}", 1)
        except UnicodeEncodeError as error:
            encoding = getattr(sys.stdout, "encoding", None)
            if not encoding or codecs.lookup(encoding).name != codecs.lookup(error.encoding).name:
                raise
            return fail(
                f"{STDOUT}: cannot write: its encoding ({encoding}) cannot hold "
                f"{error.object[error.start : error.end]!r}; set PYTHONIOENCODING=utf-8",
                OUTPUT_EXIT,
            )
        finally:
            logging.getLogger("briefgen").removeHandler(warnings)

    def run_command(self, arguments: list[str], prog_name: str, extra: dict[str, Any]) -> int:
        """Parse the command line and run the command; its exit status (`typer.Exit`, or 0)."""
        try:
            with self.make_context(prog_name, arguments, **extra) as context:
                self.invoke(context)
        except typer.Exit as stop:  # also --help, which exits 0 after printing the help
            return stop.exit_code
        return 0


class WarningLines(logging.Handler):
    """The library's warnings (logger "briefgen": what reading an article changed) as `briefgen: warning: ...`
    lines on stderr, as it is when they come (a test runner swaps it)."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"briefgen: warning: {record.getMessage()}", file=sys.stderr)


def fail(message: str, code: int) -> int:
    """Print one error line on stderr (unprintable characters escaped) and return the exit status."""
    typer.echo(f"briefgen: error: {printable(message)}", err=True)
    return code


HELP = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    name="briefgen",
    cls=BriefgenGroup,
    help="Turn news articles into a negotiation-prep brief (YAML, Markdown, Word, HTML).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: importing rich for it doubles `briefgen --help` time (benchmarks/)
    context_settings=HELP,
)
templates_app = typer.Typer(
    help="Copy and check the templates staff can restyle.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings=HELP,
)
app.add_typer(templates_app, name="templates")

T = TypeVar("T")


def show_version(value: bool) -> None:
    """`--version`: print briefgen's version (pyproject.toml's, read from the installed package) and stop."""
    if value:
        from briefgen.commands.version import package_version

        typer.echo(f"briefgen {package_version()}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=show_version, is_eager=True, help="Print briefgen's version and exit."
    ),
) -> None:
    """Options of briefgen itself, before the command."""


ARTICLES = typer.Argument(..., help="Article files (.txt, .md, .html, .docx) or '-' for stdin.", show_default=False)
PRINCIPAL = typer.Option(None, "--principal", help="Name of the person the brief is prepared for.")
COUNTERPART = typer.Option(None, "--counterpart", help="Name of the other side of the meeting.")
TEMPLATE = typer.Option(
    None, "--template", help="A template file (.docx, .md.j2 or .html.j2) to use instead of the default."
)
FORCE_RENDERS = typer.Option(
    False, "--force", help="Overwrite brief.md, brief.docx... even if a person has edited them."
)
DEFAULT_FORMATS = "md,docx"
TO = typer.Option(
    None,
    "--to",
    "-t",
    help=f"The formats to render, comma-separated: md, docx, html, pdf [default: {DEFAULT_FORMATS}].",
)
# `--format` names how stdout is written (extract, read); on the rendering commands it is kept, hidden and
# with a warning, as another name of `--to`, so that scripts written with it keep working.
OLD_FORMAT = typer.Option(None, "--format", "-f", hidden=True)
QUIET = typer.Option(False, "--quiet", "-q", help="Print nothing when all went well (errors still go to stderr).")


def rendered_formats(to: str | None, old_format: str | None) -> str:
    """The formats of `--to`, or of the deprecated `--format` (with a warning); both given is a usage error."""
    if old_format is None:
        return to if to is not None else DEFAULT_FORMATS
    if to is not None:
        raise typer.Exit(fail("give --to only (--format is its old name)", USAGE_EXIT))
    typer.echo("briefgen: warning: --format is deprecated for the rendered formats; use --to", err=True)
    return old_format


def echo_lines(lines: Iterable[str | Path], quiet: bool) -> None:
    """What a command wrote (paths shown escaped) or reports, one a line, unless `quiet`."""
    if not quiet:
        for line in lines:
            typer.echo(show_path(line) if isinstance(line, Path) else line)


def run(action: Callable[[], T]) -> T:
    """Call a library function; a BriefgenError becomes one line on stderr and its exit code."""
    try:
        return action()
    except BriefgenError as error:
        raise typer.Exit(fail(str(error), error.exit_code)) from None
    except KeyboardInterrupt:
        typer.echo("briefgen: interrupted; no file was left half-written", err=True)
        raise typer.Exit(130) from None


@app.command()
def build(
    articles: list[str] = ARTICLES,
    out: Path | None = typer.Option(None, "--out", "-o", help="Folder for the brief (default: briefs/<date>-<slug>/)."),
    principal: str | None = PRINCIPAL,
    counterpart: str | None = COUNTERPART,
    title: str | None = typer.Option(None, "--title", help="Title of the brief (default: from the articles)."),
    to: str | None = TO,
    old_format: str | None = OLD_FORMAT,
    template: Path | None = TEMPLATE,
    date: str | None = typer.Option(
        None, "--date", help="Date of the brief, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today)."
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite a brief.yaml or a render that a person has edited."),
    each: bool = typer.Option(False, "--each", help="Build one brief per article instead of one from all."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for --each."),
    quiet: bool = QUIET,
) -> None:
    """Build a brief from articles: brief.yaml plus the rendered formats, in one folder."""
    from briefgen.commands import build as building

    options: dict[str, Any] = dict(
        principal=principal,
        counterpart=counterpart,
        title=title,
        formats=rendered_formats(to, old_format),
        template=template,
        date=date,
        force=force,
    )
    if each:
        outcomes = building.build_each(articles, out_root=out, jobs=jobs, **options)
        failures = run(lambda: print_outcomes(outcomes, len(articles), quiet=quiet))
        raise typer.Exit(1 if failures else 0)
    echo_lines(run(lambda: building.build(articles, out=out, **options)), quiet)


def print_outcomes(outcomes: Iterable[Any], total: int, *, quiet: bool = False) -> int:
    """`build --each`: a line per article as it finishes (a failure always, a success unless `quiet`), then
    the tally; returns the number that failed. On a terminal a progress bar shows on stderr, and the lines
    are printed above it (on stdout, unless stdout is the terminal too)."""
    failures = 0
    if not sys.stderr.isatty():
        for outcome in outcomes:
            failures += outcome.problem is not None
            if outcome.problem is not None or not quiet:
                print(outcome_line(outcome), flush=True)
    else:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        bar = Console(stderr=True, highlight=False)
        columns = (TextColumn("building briefs"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=bar, transient=True, redirect_stdout=False, redirect_stderr=False) as progress:
            task = progress.add_task("build", total=total)
            for outcome in outcomes:
                failures += outcome.problem is not None
                if outcome.problem is not None or not quiet:
                    if sys.stdout.isatty():  # one screen: the line goes above the bar, not through it
                        bar.print(outcome_line(outcome), markup=False)
                    else:
                        print(outcome_line(outcome), flush=True)
                progress.advance(task)
    if failures or not quiet:
        print(f"{total - failures} brief(s) built, {failures} failed", flush=True)
    return failures


def outcome_line(outcome: Any) -> str:
    """One article's outcome: `ok: ARTICLE → FOLDER` or `failed: ARTICLE: problem`."""
    if outcome.problem:
        return f"failed: {printable(outcome.problem)}"
    return f"ok: {show_path(outcome.article)} → {show_path(outcome.folder)}"


@app.command()
def extract(
    articles: list[str] = ARTICLES,
    output_format: str = typer.Option(
        "json", "--format", "-f", help="How the brief is written on stdout: json or yaml."
    ),
    principal: str | None = PRINCIPAL,
    counterpart: str | None = COUNTERPART,
    title: str | None = typer.Option(None, "--title", help="Title of the brief."),
    date: str | None = typer.Option(
        None, "--date", help="Date of the brief, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today)."
    ),
) -> None:
    """Print the brief extracted from the articles on stdout (nothing is written)."""
    from briefgen.commands import extract as extraction

    text = run(
        lambda: extraction.extract_text(
            articles, output_format=output_format, principal=principal, counterpart=counterpart, title=title, date=date
        )
    )
    sys.stdout.write(text)


@app.command()
def read(
    article: str = typer.Argument(
        ..., help="An article file (.txt, .md, .html, .docx) or '-' for stdin.", show_default=False
    ),
    output_format: str = typer.Option(
        "text", "--format", "-f", help="How the article is written on stdout: text or json."
    ),
) -> None:
    """Show the article as briefgen reads it: title, metadata, and the paragraphs citations like [1 ¶3] number."""
    from briefgen.commands import read as reading

    sys.stdout.write(run(lambda: reading.read_text(article, output_format=output_format)))


@app.command()
def render(
    brief: Path = typer.Argument(..., help="A brief.yaml (or the folder holding it).", show_default=False),
    to: str | None = TO,
    old_format: str | None = OLD_FORMAT,
    out: Path | None = typer.Option(None, "--out", "-o", help="Folder to write to (default: next to the YAML)."),
    template: Path | None = TEMPLATE,
    force: bool = FORCE_RENDERS,
    quiet: bool = QUIET,
) -> None:
    """Render a brief.yaml again, after a person edited it."""
    from briefgen.commands import render as rendering

    formats = rendered_formats(to, old_format)
    echo_lines(
        run(lambda: rendering.render_files(brief, formats=formats, out=out, template=template, force=force)), quiet
    )


@app.command()
def validate(
    paths: list[Path] = typer.Argument(..., help="brief.yaml files or folders holding them.", show_default=False),
) -> None:
    """Check briefs against the schema; print every problem as `file: field: message`."""
    from briefgen.commands import validate as validation

    problems = run(lambda: validation.validate_paths(paths))
    for line in problems:
        typer.echo(line)
    if problems:
        raise typer.Exit(3)
    typer.echo(f"{len(paths)} ok" if len(paths) > 1 else f"{show_path(paths[0])}: ok")


@app.command()
def check(
    briefs: list[Path] = typer.Argument(..., help="brief.yaml files or folders holding them.", show_default=False),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when a note lacks anything (for pre-commit)."),
) -> None:
    """List what each brief's note still lacks for the principal (lines to take, a recommendation, a date...)."""
    from briefgen.commands import check as checking

    lines, count = run(lambda: checking.check_briefs(briefs))
    for line in lines:
        typer.echo(line)
    if not lines:
        typer.echo(f"{count} ready" if count > 1 else f"{show_path(briefs[0])}: ready")
    raise typer.Exit(1 if strict and lines else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a brief."""
    from briefgen.commands import validate as validation

    typer.echo(validation.schema_text())


@app.command()
def add(
    brief_dir: Path = typer.Argument(..., help="A brief folder (holding brief.yaml).", show_default=False),
    articles: list[str] = ARTICLES,
    to: str | None = TO,
    old_format: str | None = OLD_FORMAT,
    template: Path | None = TEMPLATE,
    force: bool = FORCE_RENDERS,
    quiet: bool = QUIET,
) -> None:
    """Merge new articles into an existing brief, keeping every human edit."""
    from briefgen.commands import add as adding

    formats = rendered_formats(to, old_format)
    echo_lines(
        run(lambda: adding.add_articles(brief_dir, articles, formats=formats, template=template, force=force)), quiet
    )


@app.command()
def diff(
    old: str = typer.Argument(..., help="A brief.yaml, or REV:path for a git revision.", show_default=False),
    new: str = typer.Argument(..., help="A brief.yaml, or REV:path for a git revision.", show_default=False),
) -> None:
    """Show what changed between two briefs, section by section."""
    from briefgen.commands import history

    typer.echo(run(lambda: history.diff_text(old, new)), nl=False)


@app.command()
def textconv(
    path: Path = typer.Argument(..., help="A brief.docx or brief.yaml.", show_default=False),
) -> None:
    """Print a .docx or brief.yaml as plain text (used by git diff)."""
    from briefgen.commands import history

    sys.stdout.write(run(lambda: history.textconv(path)))


@app.command(name="git-setup")
def git_setup(
    repo: Path = typer.Argument(Path("."), help="The git repository to set up."),
    quiet: bool = QUIET,
) -> None:
    """Make `git diff` show brief.docx as readable text."""
    from briefgen.commands import history

    echo_lines(run(lambda: history.git_setup(repo)), quiet)


@app.command(name="list")
def list_briefs(
    folder: Path = typer.Argument(Path("briefs"), help="Folder holding brief folders."),
) -> None:
    """List briefs: date, title, principal and counterpart, version, sources, last change."""
    from briefgen.commands import history

    typer.echo(run(lambda: history.list_table(folder)), nl=False)


@templates_app.command("init")
def templates_init(
    folder: Path = typer.Argument(..., help="Folder to copy the default templates into.", show_default=False),
    force: bool = typer.Option(False, "--force", help="Overwrite templates already there."),
    quiet: bool = QUIET,
) -> None:
    """Copy the default templates (docx, md, html) into a folder for editing."""
    from briefgen.commands import templates

    echo_lines(run(lambda: templates.init_templates(folder, force=force)), quiet)


@templates_app.command("check")
def templates_check(
    template: Path = typer.Argument(..., help="A .docx, .md.j2 or .html.j2 template.", show_default=False),
) -> None:
    """List the variables and fields a template uses that a brief does not have, with the fix; warn when it
    drops the classification."""
    from briefgen.commands import templates

    found = run(lambda: templates.check_template(template))
    for line in [*found.warnings, *found.problems]:
        typer.echo(line)
    if found.problems:
        raise typer.Exit(4)
    typer.echo(f"{show_path(template)}: ok")
