"""Render a Brief into Markdown, HTML, Word and PDF through sandboxed Jinja templates.

Every template receives the fields of one typed object, `TemplateContext`, as plain data (dicts,
lists, strings, numbers, booleans, None): the brief's fields, with each item carrying a citation
string ("[1 ¶3]") built from its evidence and the sources numbered. One function,
`jinja_environment`, builds the Jinja environment for every format: an immutable sandbox (no
reaching Python internals, no changing the brief), StrictUndefined (a misspelt variable is an
error, not a blank), autoescaped for XML (docx) and HTML, Markdown-escaped for Markdown. Output
never depends on the clock, so the same brief renders to the same bytes.

What a template cannot do: call a method of a model (it never sees one: pydantic's public
`parse_file` reads files and `parse_raw` unpickles), reach attributes starting with `_`, change a
list or dict, include or import another file (there is no loader), count to more than
sandbox.MAX_RANGE, or build more than sandbox.MAX_BUILT characters or items in one operation
(`*`, `**`, `%`, `format`, padding). Every render() and check_template() runs in a child process
bounded to RENDER_SECONDS and RENDER_MEGABYTES (briefgen.render.bounded); going over either, or the child
dying, is a one-line TemplateError.

Where it fails: a template can still build a large string step by step (a loop doubling a
namespace value); the child's time and memory bounds are what stop it, after up to
RENDER_SECONDS or RENDER_MEGABYTES.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable, Literal, Sequence, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from briefgen.errors import BriefgenError, OutputError, TemplateError, UsageError, show_path
from briefgen.model import Advice, Ask, Brief, Evidence, Meeting, Point, Quote, Risk, Source, Stakeholder

T = TypeVar("T")
NONE_FOUND = "None identified in the sources."
DEFAULT_TEMPLATES = {"docx": "brief.docx", "md": "brief.md.j2", "html": "brief.html.j2"}
# Which kinds of template each output format can use: HTML is Markdown wrapped in a page, PDF is the Word file.
ACCEPTS: dict[str, tuple[str, ...]] = {"md": ("md",), "html": ("html", "md"), "docx": ("docx",), "pdf": ("docx",)}
PDF_TIMEOUT_SECONDS = 180
RENDER_SECONDS = 30  # a 10 MB brief renders in about 2 s
RENDER_MEGABYTES = 1024  # memory a render may use beyond what briefgen already holds
CORE_PROPERTY_LIMIT = 255  # Word's (and python-docx's) limit on a core property such as the title

# Characters XML 1.0 cannot hold, and lone surrogates, which no encoding can write; a hand-edited
# brief.yaml may still carry them after ingest removed them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# --- what a template receives -------------------------------------------------------------


class _Cited(BaseModel):
    cite: str = Field(default="", description='Where the item comes from, e.g. "[1 ¶3]" or "[1 ¶3, ¶5; 2 ¶1]".')


class MeetingView(Meeting, _Cited):
    when: str = Field(default="", description="The date and the article's words for it, as one phrase.")


class PointView(Point, _Cited):
    pass


class StakeholderView(Stakeholder, _Cited):
    pass


class QuoteView(Quote, _Cited):
    """A quote; its text loses the comma an article puts before the closing quotation mark ("…him," Trump said)."""


class AdviceView(Advice, _Cited):
    first: bool = Field(default=True, description="The expert's first item, so templates give credentials once.")


class AskView(Ask, _Cited):
    group: Literal["theirs", "ours", "recommended", "other"] = Field(
        default="other", description="Whose ask: the counterpart's, our side's, a recommended offer, or another party's."
    )


class RiskView(Risk, _Cited):
    pass


class SourceView(Source):
    number: int = Field(description="The number items cite this source by.")
    line: str = Field(default="", description="'Headline — Outlet, 12 March 2025, URL'; 'Title — path' without "
                                              "outlet, date or URL.")


class TemplateContext(BaseModel):
    """Everything a template can use, and nothing else: `briefgen templates check` compares against these fields."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int
    title: str
    classification: str
    prepared_for: str | None
    prepared_by: str | None
    date: str = Field(description="The brief's date as YYYY-MM-DD, or empty.")
    version: int
    meeting: MeetingView
    summary: list[str]
    background: list[PointView]
    stakeholders: list[StakeholderView]
    quotes: list[QuoteView]
    expert_advice: list[AdviceView]
    asks: list[AskView]
    asks_theirs: list[AskView]
    asks_ours: list[AskView]
    asks_recommended: list[AskView]
    asks_other: list[AskView]
    risks: list[RiskView]
    topics: list[str]
    sources: list[SourceView]
    none_found: str = Field(default=NONE_FOUND, description="What an empty section says.")
    body: str = Field(default="", description="HTML template only: the Markdown brief converted to HTML.")

    def variables(self, kind: str) -> dict[str, Any]:
        """The variables a template of `kind` receives, as plain data, never model objects (whose methods read
        files and unpickle); attribute syntax (`meeting.principal`) still works, Jinja falls back to the key.
        `body`, for html only, is marked safe HTML."""
        from markupsafe import Markup

        data = self.model_dump(mode="json", exclude=None if kind == "html" else {"body"})
        if kind == "html":
            data["body"] = Markup(self.body)
        return data


def _clean_text(value: Any) -> Any:
    """Replace XML-illegal control characters and lone surrogates with U+FFFD, visibly, in every string of a dumped brief."""
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("\ufffd", value)
    if isinstance(value, list):
        return [_clean_text(item) for item in value]
    if isinstance(value, dict):
        return {key: _clean_text(item) for key, item in value.items()}
    return value


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


def source_line(source: Source) -> str:
    """How the Sources section names a source: "Headline — Outlet, 12 March 2025, URL" from what is known
    of it; without an outlet, a date or a URL, its title and file path as before ("Title — sources/a.txt")."""
    when = f"{source.published.day} {MONTH_NAMES[source.published.month - 1]} {source.published.year}" \
        if source.published else None
    where = ", ".join(part for part in (source.outlet, when, source.url) if part)
    if where:
        return f"{source.title} — {where}" if source.title else where
    if source.title and source.path:
        return f"{source.title} — {source.path}"
    return source.title or source.path or source.id


def source_numbers(sources: Sequence[Source]) -> dict[str, int]:
    """Source id → the 1-based number items cite it by (its position in the brief's sources)."""
    return {source.id: number for number, source in enumerate(sources, start=1)}


def citation(evidence: Iterable[Evidence], numbers: dict[str, int]) -> str:
    """'[1 ¶3]' for evidence in source s1, paragraph 3; paragraphs of one source are grouped, duplicates dropped.

    A source id missing from `numbers` is cited by its digits ("s4" → 4), else by the id itself.
    """
    paragraphs: dict[str, list[int]] = {}
    for item in evidence:
        digits = re.fullmatch(r"[A-Za-z]*(\d+)", item.source)
        label = str(numbers.get(item.source) or (int(digits.group(1)) if digits else item.source))
        seen = paragraphs.setdefault(label, [])
        if item.paragraph not in seen:
            seen.append(item.paragraph)
    if not paragraphs:
        return ""
    return "[" + "; ".join(f"{label} " + ", ".join(f"¶{p}" for p in paras) for label, paras in paragraphs.items()) + "]"


def _sides(brief: Brief) -> dict[str, str]:
    """Casefolded name, alias or surname → side, from the stakeholders and the meeting's two names."""
    sides: dict[str, str] = {}
    for person in brief.stakeholders:
        for name in [person.name, *person.aliases]:
            sides.setdefault(name.casefold(), person.side)
            sides.setdefault(name.split()[-1].casefold() if name.split() else "", person.side)
    for name, side in ((brief.meeting.principal, "principal"), (brief.meeting.counterpart, "counterpart")):
        if name:
            sides[name.casefold()] = side
            sides[name.split()[-1].casefold()] = side
    sides.pop("", None)
    return sides


def ask_group(ask: Ask, sides: dict[str, str]) -> str:
    """Whose ask this is: 'theirs' (the counterpart's side), 'ours' (our side), 'recommended' (advice and our offers), else 'other'.

    An ask with no known author is placed by whom it is asked of: asked of us → theirs, of them → ours.
    """
    by_side = sides.get((ask.by or "").casefold())
    of_side = sides.get((ask.of or "").casefold())
    if ask.kind == "recommendation" or by_side == "expert":
        return "recommended"
    if by_side == "counterpart" or (by_side is None and of_side in ("principal", "ally")):
        return "theirs"
    if ask.kind == "offer" and by_side in ("principal", "ally", None):
        return "recommended"
    if by_side in ("principal", "ally") or (by_side is None and of_side == "counterpart"):
        return "ours"
    return "other"


def _when(meeting: Meeting) -> str:
    if meeting.date and meeting.date_text:
        return f"{meeting.date.isoformat()} ({meeting.date_text})"
    return meeting.date.isoformat() if meeting.date else (meeting.date_text or "")


def build_context(brief: Brief) -> TemplateContext:
    """The TemplateContext of a brief: its fields, citations per item, numbered sources, asks grouped."""
    numbers = source_numbers(brief.sources)
    data = _clean_text(brief.model_dump())
    sides = _sides(brief)

    def cite(evidence: Iterable[Evidence]) -> str:
        return _clean_text(citation(evidence, numbers))  # a source id the citation falls back to may hold anything

    def views(section: str, model: type[BaseModel]) -> list:
        return [model.model_validate({**raw, "cite": cite(item.evidence)})
                for raw, item in zip(data[section], getattr(brief, section))]

    advices = views("expert_advice", AdviceView)
    asks = [AskView.model_validate({**raw, "cite": cite(ask.evidence), "group": ask_group(ask, sides)})
            for raw, ask in zip(data["asks"], brief.asks)]
    meeting = MeetingView.model_validate({**data["meeting"], "cite": cite(brief.meeting.evidence),
                                          "when": _clean_text(_when(brief.meeting))})
    return TemplateContext(
        schema_version=brief.schema_version,
        title=data["title"],
        classification=data["classification"],
        prepared_for=data["prepared_for"],
        prepared_by=data["prepared_by"],
        date=brief.date.isoformat() if brief.date else "",
        version=brief.version,
        meeting=meeting,
        summary=data["summary"],
        background=views("background", PointView),
        stakeholders=views("stakeholders", StakeholderView),
        quotes=[quote.model_copy(update={"text": quote.text.rstrip().rstrip(",")})
                for quote in views("quotes", QuoteView)],
        expert_advice=[advice.model_copy(update={"first": advice.expert not in [a.expert for a in advices[:number]]})
                       for number, advice in enumerate(advices)],
        asks=asks,
        asks_theirs=[ask for ask in asks if ask.group == "theirs"],
        asks_ours=[ask for ask in asks if ask.group == "ours"],
        asks_recommended=[ask for ask in asks if ask.group == "recommended"],
        asks_other=[ask for ask in asks if ask.group == "other"],
        risks=views("risks", RiskView),
        topics=data["topics"],
        sources=[SourceView.model_validate({**raw, "number": numbers[source.id], "line": _clean_text(source_line(source))})
                 for raw, source in zip(data["sources"], brief.sources)],
    )


# --- one Jinja environment for every format -----------------------------------------------

_MD_ALWAYS = re.compile(r"([\\`*_|~])")
_MD_TAG = re.compile(r"<(?=[A-Za-z/!?])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINK = re.compile(r"\]\s*[(\[:]")
_MD_BLOCK_START = re.compile(r"^(#|>|[-+*](?=\s|$)|\d+(?=[.)](\s|$)))")
_LINE_BREAKS = re.compile(r"[ \t\r\n\f\v\x85\u2028\u2029]+")


def escape_markdown(text: str) -> str:
    """Text as one line of Markdown that reads as itself: emphasis, code, tags, tables, links and list or heading starts escaped.

    Brackets are left alone unless they could form a link, so citations like [1 ¶3] stay readable.
    """
    text = _LINE_BREAKS.sub(" ", text).strip()
    text = _MD_ALWAYS.sub(r"\\\1", text)
    text = _MD_TAG.sub(r"\\<", text)
    text = _MD_ENTITY.sub("&amp;", text)
    if _MD_LINK.search(text):
        text = text.replace("[", r"\[").replace("]", r"\]")
    match = _MD_BLOCK_START.match(text)
    if match:
        start = match.group(1)
        text = f"{start}\\{text[len(start):]}" if start[0].isdigit() else f"\\{text}"
    return text


def humanize(value: Any) -> str:
    """'third_party' → 'Third party': a schema value as words for a reader."""
    words = str(value or "").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def nobreak(value: Any) -> str:
    """Spaces as no-break spaces, so a citation like [1 ¶3] never wraps across lines."""
    return str(value or "").replace(" ", "\u00a0")


def _finalize_markdown(value: Any) -> Any:
    from markupsafe import Markup

    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return escape_markdown(str(value))


def _finalize_plain(value: Any) -> Any:
    return "" if value is None else value


def jinja_environment(kind: str):
    """The sandboxed Jinja environment for a template kind ('md', 'html' or 'docx').

    StrictUndefined makes an unknown variable an error; the sandbox (briefgen.render.sandbox) refuses
    attributes such as __class__, changes to lists and dicts, and operations that build too much;
    docx and html autoescape (XML/HTML), md escapes Markdown; None renders as nothing.
    """
    from jinja2 import StrictUndefined

    from briefgen.render.sandbox import TemplateSandbox

    text = kind in ("md", "html")
    env = TemplateSandbox(
        undefined=StrictUndefined,
        autoescape=kind in ("docx", "html"),
        finalize=_finalize_markdown if kind == "md" else _finalize_plain,
        trim_blocks=text,
        lstrip_blocks=text,
        keep_trailing_newline=True,
    )
    env.filters["humanize"] = humanize
    env.filters["nobreak"] = nobreak
    return env


# --- finding templates ---------------------------------------------------------------------


def templates_dir() -> Path:
    """The default templates: briefgen/templates in an installed wheel, else the checkout's top-level templates/."""
    packaged = Path(__file__).resolve().parent.parent / "templates"
    if (packaged / DEFAULT_TEMPLATES["md"]).is_file():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "templates"


def template_kind(path: Path) -> str:
    """'docx', 'md' or 'html' from a template's file name; UsageError for any other name."""
    name = path.name.lower()
    for kind, suffixes in (("docx", (".docx",)), ("md", (".md.j2", ".md")), ("html", (".html.j2", ".html", ".htm"))):
        if name.endswith(suffixes):
            return kind
    raise UsageError(f"{show_path(path)}: not a template briefgen knows; use a .docx, .md.j2 or .html.j2 file")


def template_per_format(template: Path | None, formats: Sequence[str]) -> dict[str, Path | None]:
    """For each output format, the given template if it applies to that format, else None (the default).

    Fails with UsageError when a template is given but none of the formats can use it.
    """
    if template is None:
        return {fmt: None for fmt in formats}
    kind = template_kind(template)
    chosen = {fmt: template if kind in ACCEPTS.get(fmt, ()) else None for fmt in formats}
    if not any(chosen.values()):
        wanted = [fmt for fmt, kinds in ACCEPTS.items() if kind in kinds]
        raise UsageError(f"{show_path(template)}: a {kind} template, but no {' or '.join(wanted)} output was asked for; "
                         f"add --format {wanted[0]}")
    return chosen


def _read_template(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateError("no such template file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError(f"cannot read the template ({error})", path=str(path)) from None


def _template_problem(path: Path, error: Exception, known: Iterable[str] = ()) -> TemplateError:
    """One line naming the template and what is wrong with it, with a suggestion for an unknown name."""
    from jinja2 import TemplateSyntaxError, UndefinedError
    from jinja2.sandbox import SecurityError

    from briefgen.render.sandbox import TemplateLimitError

    if isinstance(error, RecursionError):
        return TemplateError("the template nests or recurses too deeply (a macro calling itself without end?)",
                             path=str(path))
    message = str(getattr(error, "message", None) or error).splitlines()[0] if str(error) else type(error).__name__
    where = ""
    if isinstance(error, TemplateSyntaxError) and error.lineno and path.suffix.lower() != ".docx":
        where = f"line {error.lineno}: "
    snippet = " ".join(" ".join(getattr(error, "docx_context", []) or []).split())
    if snippet:
        where = f"near {snippet[:60]!r}: "
    if isinstance(error, UndefinedError):
        name = re.search(r"'([^']+)' is undefined", message)
        if name:
            return TemplateError(unknown_variable(name.group(1), known), path=str(path))
    if isinstance(error, TemplateLimitError):
        return TemplateError(f"{where}refused: {message}", path=str(path))
    if isinstance(error, SecurityError):
        return TemplateError(f"{where}refused: {message.rstrip('.')} (templates cannot reach Python internals)",
                             path=str(path))
    kind = "syntax error" if isinstance(error, TemplateSyntaxError) else "error"
    return TemplateError(f"{where}template {kind}: {message}", path=str(path))


def unknown_variable(name: str, known: Iterable[str]) -> str:
    """The message for a template variable the brief does not have, with the closest known name."""
    names = sorted(known)
    close = difflib.get_close_matches(name, names, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f"unknown variable '{name}' (the brief has: {', '.join(names)}{hint})"


# --- rendering -----------------------------------------------------------------------------


def _render_text(source: str, path: Path, kind: str, variables: dict[str, Any]) -> str:
    env = jinja_environment(kind)
    try:
        return env.from_string(source).render(variables)
    except MemoryError:
        raise  # the bounded child reports it as the memory limit
    except Exception as error:  # any template failure, including sandbox refusals, becomes one line
        raise _template_problem(path, error, variables) from None


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline: Markdown that diffs well."""
    lines = [line.rstrip() for line in text.splitlines()]
    tidy = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return tidy + "\n"


def render_markdown(context: TemplateContext, template: Path | None = None) -> str:
    """The brief as Markdown from brief.md.j2 (or the given .md.j2)."""
    path = template or templates_dir() / DEFAULT_TEMPLATES["md"]
    return _tidy(_render_text(_read_template(path), path, "md", context.variables("md")))


def markdown_to_html(text: str) -> str:
    """Markdown → an HTML fragment with tables; escaped '<' and '~' stay literal characters."""
    import markdown

    converter = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    for char in ("<", "~"):
        if char not in converter.ESCAPED_CHARS:
            converter.ESCAPED_CHARS.append(char)
    return converter.convert(text)


def render_html(context: TemplateContext, template: Path | None = None, md_template: Path | None = None) -> str:
    """The brief as a standalone HTML page: the Markdown brief converted, wrapped in brief.html.j2."""
    from markupsafe import Markup

    body = markdown_to_html(render_markdown(context, md_template))
    page = context.model_copy(update={"body": Markup(body)})
    path = template or templates_dir() / DEFAULT_TEMPLATES["html"]
    return _tidy(_render_text(_read_template(path), path, "html", page.variables("html")))


def core_property(value: str) -> str:
    """A Word core property: XML-safe, and at most 255 characters (python-docx refuses more), cut with '…'."""
    text = _clean_text(value)
    return text if len(text) <= CORE_PROPERTY_LIMIT else text[:CORE_PROPERTY_LIMIT - 1] + "…"


def _set_properties(document, brief: Brief) -> None:
    """Core properties from the brief, never the clock: title, subject, author, dates, revision."""
    from briefgen.render.docx import fixed_time

    stamp = fixed_time(brief.date).replace(tzinfo=dt.timezone.utc)
    people = " ↔ ".join(name for name in (brief.meeting.principal, brief.meeting.counterpart) if name)
    props = document.core_properties
    props.title = core_property(brief.title)
    props.subject = core_property(brief.meeting.purpose or (f"Meeting: {people}" if people else ""))
    props.author = core_property(brief.prepared_by or "")
    props.last_modified_by = core_property(brief.prepared_by or "")
    props.category = core_property(brief.classification)
    props.keywords = core_property(", ".join(brief.topics))
    props.comments = ""
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
    props.revision = brief.version


def render_docx(brief: Brief, context: TemplateContext, template: Path | None = None) -> bytes:
    """The brief as a Word file from brief.docx (or the given .docx), reproducible byte for byte."""
    import io

    from briefgen.render.docx import fixed_time, reproducible_zip

    path = template or templates_dir() / DEFAULT_TEMPLATES["docx"]
    document = _open_docx(path)
    try:
        document.render(context.variables("docx"), jinja_env=jinja_environment("docx"), autoescape=True)
    except MemoryError:
        raise  # the bounded child reports it as the memory limit
    except Exception as error:  # Jinja and sandbox errors from any part of the document become one line
        raise _template_problem(path, error, context.variables("docx")) from None
    _set_properties(document.docx, brief)
    buffer = io.BytesIO()
    document.save(buffer)
    return reproducible_zip(buffer.getvalue(), fixed_time(brief.date))


def _open_docx(path: Path):
    """A DocxTemplate with its document loaded; TemplateError when the file is missing, not a Word file or a zip bomb."""
    from docxtpl import DocxTemplate

    from briefgen.ingest.zipcheck import check_zip

    if not os.path.isfile(path):  # also False for a name the system refuses (too long)
        raise TemplateError("no such template file", path=str(path))
    check_zip(path, str(path), TemplateError)
    document = DocxTemplate(str(path))
    try:
        document.init_docx()
    except Exception as error:  # python-docx raises zip, XML and key errors for a file that is not a .docx
        raise TemplateError(f"not a Word .docx file that can be read ({type(error).__name__})", path=str(path)) from None
    return document


def docx_to_pdf(docx: bytes) -> bytes:
    """Convert a Word file to PDF with LibreOffice in a private profile (safe to run concurrently).

    Fails with BriefgenError when soffice is missing (saying how to install it) or the conversion fails.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise BriefgenError("--format pdf needs LibreOffice (soffice), which is not installed; "
                            "install it with: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory(prefix="briefgen-pdf-") as folder:
        work = Path(folder)
        (work / "brief.docx").write_bytes(docx)
        command = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(work), str(work / "brief.docx")]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=PDF_TIMEOUT_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            raise BriefgenError(f"LibreOffice took more than {PDF_TIMEOUT_SECONDS}s to convert the brief to PDF") from None
        pdf = work / "brief.pdf"
        if not pdf.is_file():
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise BriefgenError(f"LibreOffice could not convert the brief to PDF ({detail[-1] if detail else 'no output'})")
        return pdf.read_bytes()


def render(brief: Brief, fmt: str, template: Path | None = None) -> bytes:
    """The brief in one format ('md', 'docx', 'html' or 'pdf') as file content; Markdown and HTML are UTF-8.

    A template applies to the format of its kind (.docx → docx/pdf, .md.j2 → md/html, .html.j2 → html);
    a template of another kind is a UsageError. The template runs in a child process bounded to
    RENDER_SECONDS and RENDER_MEGABYTES; going over is a TemplateError.
    """
    if fmt not in ACCEPTS:
        raise UsageError(f"unknown output format {fmt!r}; choose from {', '.join(ACCEPTS)}")
    kind = template_kind(template) if template is not None else None
    if kind is not None and kind not in ACCEPTS[fmt]:
        raise UsageError(f"{show_path(template)}: a {kind} template cannot render {fmt}; give a {' or '.join(ACCEPTS[fmt])} template")
    made = "docx" if fmt == "pdf" else fmt
    _import_renderers(made)
    data = _bounded(template or templates_dir() / DEFAULT_TEMPLATES[made], _render_unbounded, brief, made, template)
    return docx_to_pdf(data) if fmt == "pdf" else data


def _import_renderers(fmt: str) -> None:
    """Import what rendering `fmt` needs here, once, so that each forked child finds it loaded (a child's own
    imports would be paid again by every render, and lost with the child)."""
    import jinja2  # noqa: F401
    import markupsafe  # noqa: F401

    import briefgen.render.sandbox  # noqa: F401

    if fmt == "docx":
        import docxtpl  # noqa: F401
    else:
        import markdown  # noqa: F401


def _render_unbounded(brief: Brief, fmt: str, template: Path | None) -> bytes:
    """The brief as md, html or docx in this process (render() calls it in a bounded child)."""
    kind = template_kind(template) if template is not None else None
    context = build_context(brief)
    if fmt == "md":
        return render_markdown(context, template).encode("utf-8")
    if fmt == "html":
        return render_html(context, template if kind == "html" else None,
                           template if kind == "md" else None).encode("utf-8")
    return render_docx(brief, context, template)


def _bounded(template: Path, function: Callable[..., T], *args: Any) -> T:
    """`function(*args)` in a child bounded to RENDER_SECONDS and RENDER_MEGABYTES; TemplateError naming the template
    when it goes over."""
    from briefgen.render.bounded import ChildFailed, LimitExceeded, run_bounded

    try:
        return run_bounded(function, *args, seconds=RENDER_SECONDS, megabytes=RENDER_MEGABYTES)
    except LimitExceeded as limit:
        memory = " of memory" if limit.resource == "memory" else ""
        raise TemplateError(f"the template took {limit}{memory}", path=str(template)) from None
    except ChildFailed as failure:
        raise TemplateError(f"rendering with this template failed: {failure}", path=str(template)) from None


# --- staff-editable templates ---------------------------------------------------------------


def init_templates(folder: Path, *, force: bool = False) -> list[Path]:
    """Copy the default templates into `folder` for editing; existing files are kept unless `force`.

    Fails with OutputError naming the files that exist (nothing is copied then) or a folder that cannot be written.
    """
    from briefgen.store.files import write_atomic

    source = templates_dir()
    targets = [(source / name, folder / name) for name in DEFAULT_TEMPLATES.values()]
    existing = [show_path(target) for _, target in targets if os.path.lexists(target)]
    if existing and not force:
        raise OutputError(f"{', '.join(existing)} already exist; use --force to overwrite")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for original, target in targets:
            write_atomic(target, original.read_bytes())
    except OSError as error:
        raise OutputError(f"cannot write templates ({error.strerror or error})", path=str(folder)) from None
    return [target for _, target in targets]


def sample_brief() -> Brief:
    """A small brief with one item in every section, to try a template on (check_template)."""
    evidence = [Evidence(source="s1", paragraph=1, sentence=1, text="A sentence.")]
    return Brief.model_validate({
        "title": "Sample brief", "prepared_for": "A principal", "prepared_by": "A staffer", "date": "2025-01-01",
        "meeting": {"principal": "A", "counterpart": "B", "location": "Somewhere", "date": "2025-01-02",
                    "date_text": "next week", "purpose": "Talks", "evidence": evidence},
        "summary": ["A point."],
        "background": [{"text": "Context.", "evidence": evidence}],
        "stakeholders": [{"name": "A", "role": "Leader", "side": "principal", "stance": "Wants a deal", "evidence": evidence}],
        "quotes": [{"text": "Words.", "speaker": "A", "evidence": evidence}],
        "expert_advice": [{"expert": "C", "credentials": "Expert", "text": "Advice.", "evidence": evidence}],
        "asks": [{"text": "An ask.", "by": "B", "of": "A", "evidence": evidence}],
        "risks": [{"text": "A risk.", "severity": "high", "mitigation": "A plan.", "evidence": evidence}],
        "topics": ["trade"],
        "sources": [{"id": "s1", "title": "An article", "path": "article.txt"}],
    })


def _declared_variables(path: Path, kind: str) -> set[str]:
    """The variables a template uses; raises jinja2's TemplateSyntaxError or TemplateError for an unreadable file."""
    from jinja2 import meta

    env = jinja_environment(kind)
    if kind != "docx":
        return set(meta.find_undeclared_variables(env.parse(_read_template(path))))
    return set(_open_docx(path).get_undeclared_template_variables(jinja_env=env))


def check_template(path: Path) -> list[str]:
    """Problems with a template, one line each: syntax errors, unknown variables (with the closest name), failures on a sample brief.

    An empty list means the template renders every section of a brief. The check runs in a child bounded like
    render(): a template that goes over the time or memory bound is a TemplateError.
    """
    kind = template_kind(path)
    _import_renderers(kind)
    return _bounded(path, _check_unbounded, path, kind)


def _check_unbounded(path: Path, kind: str) -> list[str]:
    from jinja2 import TemplateSyntaxError

    context = build_context(sample_brief())
    known = set(context.variables(kind))
    try:
        used = _declared_variables(path, kind)
    except (TemplateSyntaxError, RecursionError) as error:  # RecursionError: nesting deeper than Jinja's parser goes
        return [str(_template_problem(path, error))]
    problems = [f"{path}: {unknown_variable(name, known)}" for name in sorted(used - known)]
    if problems:
        return problems
    try:
        if kind == "docx":
            render_docx(sample_brief(), context, path)
        elif kind == "md":
            render_markdown(context, path)
        else:
            render_html(context, path)
    except TemplateError as error:
        return [str(error)]
    return []
