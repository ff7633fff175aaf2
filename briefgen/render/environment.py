"""The one Jinja environment every template runs in (`jinja_environment`), for each kind.

An immutable sandbox (`sandbox.TemplateSandbox`: no reaching Python internals, no changing the
brief, bounded growth), StrictUndefined (a misspelt variable is an error, not a blank),
autoescaped for XML (docx) and HTML, Markdown-escaped for Markdown (`escape_markdown`).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from briefgen.regex_cache import compiled
from briefgen.render.templates import _template_problem

_MD_ALWAYS = compiled(r"([\\`*_|~])")
_MD_TAG = compiled(r"<(?=[A-Za-z/!?])")
_MD_ENTITY = compiled(r"&(?=#?\w+;)")
_MD_LINK = compiled(r"\]\s*[(\[:]")
_MD_BLOCK_START = compiled(r"^(#|>|[-+*](?=\s|$)|\d+(?=[.)](\s|$)))")
_LINE_BREAKS = compiled(r"[ \t\r\n\f\v\x85\u2028\u2029]+")


def escape_markdown(text: str) -> str:
    """Text as one line of Markdown that reads as itself: emphasis, code, tags, tables, links and list or heading
    starts escaped.

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
        text = f"{start}\\{text[len(start) :]}" if start[0].isdigit() else f"\\{text}"
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


_SHIPPED: dict[str, Any] = {}


def shipped_environment(kind: str):
    """`jinja_environment(kind)` for the shipped templates, one per process, keeping what it compiles (in memory,
    and on disk for the next process: briefgen.render.compiled): compiling a shipped template costs more than
    rendering it, and `build --each` renders it for every brief."""
    if kind not in _SHIPPED:
        from briefgen.render.compiled import cached_compile

        env = jinja_environment(kind)
        env.compile = cached_compile(env, kind)
        env.from_string = functools.lru_cache(maxsize=8)(env.from_string)  # docxtpl compiles each part by source
        _SHIPPED[kind] = env
    return _SHIPPED[kind]


def _render_text(source: str, path: Path, kind: str, variables: dict[str, Any], *, shipped: bool = False) -> str:
    env = shipped_environment(kind) if shipped else jinja_environment(kind)
    try:
        return env.from_string(source).render(variables)
    except MemoryError:
        raise  # the bounded child reports it as the memory limit
    except Exception as error:  # any template failure, including sandbox refusals, becomes one line
        raise _template_problem(path, error, variables) from None
