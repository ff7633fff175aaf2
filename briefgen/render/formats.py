"""The brief in one format, in a bounded child: `render`; and `check_template` for `templates check`.

What a template cannot do: call a method of a model (it never sees one: pydantic's public
`parse_file` reads files and `parse_raw` unpickles), reach attributes starting with `_`, change a
list or dict, include or import another file (there is no loader), count to more than
sandbox.MAX_RANGE, or build more than sandbox.MAX_BUILT characters or items in one operation
(`*`, `**`, `%`, `format`, padding). A render with a template file given, and every check_template(), runs
in a child process bounded to RENDER_SECONDS and RENDER_MEGABYTES (briefgen.render.bounded); going over
either, or the child dying, is a one-line TemplateError. The shipped templates, briefgen's own files, render
in this process: their work grows only with the brief (a brief.yaml is at most 2 MB), and a child's fork
cost a cold build as much as the render itself (benchmarks/README.md).

Where it fails: a template can still build a large string step by step (a loop doubling a
namespace value); the child's time and memory bounds are what stop it, after up to
RENDER_SECONDS or RENDER_MEGABYTES.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from briefgen.errors import TemplateError, UsageError, show_path
from briefgen.model import Brief, Evidence
from briefgen.render.context import TemplateContext, build_context
from briefgen.render.docx import _open_docx, render_docx
from briefgen.render.environment import jinja_environment
from briefgen.render.markdown import render_html, render_markdown
from briefgen.render.pdf import docx_to_pdf
from briefgen.render.templates import (
    ACCEPTS,
    _read_template,
    _template_problem,
    template_kind,
    unknown_variable,
)

T = TypeVar("T")


RENDER_SECONDS = 30  # a 10 MB brief renders in about 2 s
RENDER_MEGABYTES = 1024  # memory a render may use beyond what briefgen already holds


def render(brief: Brief, fmt: str, template: Path | None = None) -> bytes:
    """The brief in one format ('md', 'docx', 'html' or 'pdf') as file content; Markdown and HTML are UTF-8.

    A template applies to the format of its kind (.docx → docx/pdf, .md.j2 → md/html, .html.j2 → html);
    a template of another kind is a UsageError. The template runs in a child process bounded to
    RENDER_SECONDS and RENDER_MEGABYTES; going over is a TemplateError.
    """
    return render_formats(brief, {fmt: template})[fmt]


def render_formats(brief: Brief, templates: dict[str, Path | None]) -> dict[str, bytes]:
    """The brief in each format of `templates` (format → its template, None for the shipped one), as `render`
    makes each; every format with a template file given is made in one bounded child, the rest here."""
    made: dict[str, Path | None] = {}
    for fmt, template in templates.items():
        _check_format(fmt, template)
        made["docx" if fmt == "pdf" else fmt] = template
    given = {fmt: template for fmt, template in made.items() if template is not None}
    data = _render_each(brief, {fmt: None for fmt in made if fmt not in given})
    if given:
        for fmt in given:
            _import_renderers(fmt)
        data |= _bounded(next(iter(given.values())), _render_each, brief, given)
    return {fmt: docx_to_pdf(data["docx"]) if fmt == "pdf" else data[fmt] for fmt in templates}


def _check_format(fmt: str, template: Path | None) -> None:
    """UsageError for an unknown format, or a template of a kind that cannot render it."""
    if fmt not in ACCEPTS:
        raise UsageError(f"unknown output format {fmt!r}; choose from {', '.join(ACCEPTS)}")
    kind = template_kind(template) if template is not None else None
    if template is not None and kind is not None and kind not in ACCEPTS[fmt]:
        raise UsageError(
            f"{show_path(template)}: a {kind} template cannot render {fmt}; give a {' or '.join(ACCEPTS[fmt])} template"
        )


def _render_each(brief: Brief, templates: dict[str, Path | None]) -> dict[str, bytes]:
    """Each format with its template, in this process (in the bounded child for template files), from one
    template context."""
    context = build_context(brief) if templates else None
    return {fmt: _render_unbounded(brief, fmt, template, context) for fmt, template in templates.items()}


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


def _render_unbounded(brief: Brief, fmt: str, template: Path | None, context: TemplateContext | None = None) -> bytes:
    """The brief as md, html or docx in this process (in a bounded child for a template file given), from its
    template context when given."""
    kind = template_kind(template) if template is not None else None
    context = build_context(brief) if context is None else context
    if fmt == "md":
        return render_markdown(context, template).encode("utf-8")
    if fmt == "html":
        return render_html(context, template if kind == "html" else None, template if kind == "md" else None).encode(
            "utf-8"
        )
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


def sample_brief() -> Brief:
    """A small brief with something in every section and annex, to try a template on (check_template)."""
    evidence = [Evidence(source="s1", paragraph=1, sentence=1, text="A sentence.")]

    def items(*texts: str, **fields: Any) -> list[dict[str, Any]]:
        return [{"text": text, "evidence": evidence, **fields} for text in texts]

    return Brief.model_validate(
        {
            "title": "Sample brief",
            "prepared_for": "A principal",
            "prepared_by": "A staffer",
            "approved_by": "A director",
            "contact": "A phone number",
            "date": "2025-01-01",
            "meeting": {
                "principal": "A",
                "counterpart": "B",
                "location": "Somewhere",
                "date": "2025-01-02",
                "date_text": "next week",
                "purpose": "Talks",
                "evidence": evidence,
            },
            "summary": ["A point."],
            "objectives": ["An objective."],
            "key_messages": ["A line to take."],
            "if_raised": [{"question": "A question?", "line": "An answer."}],
            "recommendation": "A recommendation.",
            "background": items("Context."),
            "stakeholders": [
                {"name": "A", "role": "Leader", "side": "principal", "stance": "Wants a deal", "evidence": evidence},
                {"name": "A place", "kind": "organization", "evidence": evidence},
            ],
            "quotes": items("Words.", speaker="A"),
            "expert_advice": [{"expert": "C", "credentials": "Expert", "text": "Advice.", "evidence": evidence}],
            "asks": items("An ask.", by="B", of="A") + items("An aim.", by="A", of="B") + items("Another.", by="D"),
            "risks": items("A risk.", severity="high", mitigation="A plan.")
            + items("Second risk.", "Third risk.", "Fourth risk."),
            "topics": ["trade"],
            "sources": [{"id": "s1", "title": "An article", "path": "article.txt"}],
        }
    )


@dataclass
class TemplateCheck:
    """What `templates check` found: problems (the template cannot be used as it is) and warnings."""

    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _parsed(path: Path, kind: str) -> Any:
    """The template parsed by Jinja (for a .docx, its body, headers and footers as docxtpl renders them);
    raises jinja2's TemplateSyntaxError, RecursionError, or TemplateError for an unreadable file."""
    env = jinja_environment(kind)
    if kind != "docx":
        return env.parse(_read_template(path))
    document = _open_docx(path)
    source = document.patch_xml(document.xml_to_string(document.docx._element.body))
    for uri in (document.HEADER_URI, document.FOOTER_URI):
        for _, part in document.get_headers_footers(uri):
            source += document.patch_xml(document.get_part_xml(part))
    return env.parse(source)


def check_template(path: Path) -> list[str]:
    """Problems with a template, one line each: syntax errors, unknown variables and fields (with the closest
    name), failures on a sample brief. An empty list means the template renders every section of a brief."""
    return inspect_template(path).problems


def inspect_template(path: Path) -> TemplateCheck:
    """check_template's problems, and for a template without any, warnings: it never shows the classification.

    The check runs in a child bounded like render(): a template that goes over the time or memory bound is
    a TemplateError.
    """
    kind = template_kind(path)
    _import_renderers(kind)
    return _bounded(path, _check_unbounded, path, kind)


def _check_unbounded(path: Path, kind: str) -> TemplateCheck:
    from jinja2 import TemplateSyntaxError, meta

    from briefgen.render.context import TemplateContext
    from briefgen.render.fieldcheck import unknown_fields

    context = build_context(sample_brief())
    known = set(context.variables(kind))
    try:
        parsed = _parsed(path, kind)
    except (TemplateSyntaxError, RecursionError) as error:  # RecursionError: nesting deeper than Jinja's parser goes
        return TemplateCheck([str(_template_problem(path, error))])
    used = set(meta.find_undeclared_variables(parsed))
    shown = f"{show_path(path)}: "
    problems = [shown + unknown_variable(name, known) for name in sorted(used - known)]
    problems += [shown + found.message(kind != "docx") for found in unknown_fields(parsed, TemplateContext, known)]
    warnings = []
    if "classification" not in used and not (kind == "html" and "body" in used):
        warnings.append(
            f"{shown}warning: the template never shows the classification ({{{{ classification }}}}); "
            "a briefing note carries it at the top, or on every page"
        )
    if problems:
        return TemplateCheck(problems)  # warnings are for a template that works
    try:
        if kind == "docx":
            render_docx(sample_brief(), context, path)
        elif kind == "md":
            render_markdown(context, path)
        else:
            render_html(context, path)
    except TemplateError as error:
        return TemplateCheck([str(error)])
    return TemplateCheck([], warnings)
