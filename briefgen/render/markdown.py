"""The brief as Markdown (brief.md.j2), and as an HTML page: the Markdown converted and wrapped in
brief.html.j2."""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.render.context import TemplateContext
from briefgen.render.environment import _render_text
from briefgen.render.templates import DEFAULT_TEMPLATES, _read_template, templates_dir


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline: Markdown that diffs well."""
    lines = [line.rstrip() for line in text.splitlines()]
    tidy = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return tidy + "\n"


def render_markdown(context: TemplateContext, template: Path | None = None) -> str:
    """The brief as Markdown from brief.md.j2 (or the given .md.j2)."""
    path = template or templates_dir() / DEFAULT_TEMPLATES["md"]
    return _tidy(_render_text(_read_template(path), path, "md", context.variables("md"), shipped=template is None))


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
    return _tidy(_render_text(_read_template(path), path, "html", page.variables("html"), shipped=template is None))
