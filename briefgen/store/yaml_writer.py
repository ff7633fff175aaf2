"""brief.yaml text written directly, without ruamel: the same bytes as `store.yaml`'s round-trip dumper
(block style, mappings indented by 2, a sequence's dash 2 in and its items 4 in, no folding, unicode as is),
for the plain data `brief_to_yaml` gives it. Importing ruamel and running its dumper cost a cold
`briefgen build` a sixth of its time beyond its imports (benchmarks/README.md).

Each string is written as ruamel's emitter writes it (`Emitter.analyze_scalar`, `choose_scalar_style`): plain
when no YAML indicator forbids it and ruamel's YAML 1.2 resolver reads it back as a string, else in single
quotes, or in double quotes when it holds a `'`. What this writer does not write itself is left to ruamel
(`yaml_text` returns None): multi-line text (a `|` block), characters ruamel writes as escapes (controls, a
tab, line and paragraph separators, a byte-order mark), a type or a layout the schema never gives.

Where it fails: it states ruamel's rules as of ruamel.yaml 0.19; tests/store/test_yaml_writer.py compares
both writers on every committed brief, briefs extracted from articles, edited briefs and thousands of
generated strings, so a release of ruamel that quotes differently shows there.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefgen.regex_cache import compiled

# Characters ruamel writes as escapes or in a block (a control, a tab, a line break, a byte-order mark, a
# surrogate): a string holding one is left to ruamel.
LEFT_TO_RUAMEL = compiled("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
# What keeps a string from being written plain in block context (`analyze_scalar`'s block indicators and
# leading or trailing spaces), once LEFT_TO_RUAMEL has ruled out every other whitespace: a document marker;
# an indicator as first character; `?`, `:` or `-` first and alone or before a space; `: ` or a final `:`;
# ` #`; a space first or last.
NOT_PLAIN = compiled(r"^(?:---|\.\.\.|[#,\[\]{}&*!|>'\"%@`]|[?:-](?: |$))|: |:$| #|^ | $")
# ruamel's YAML 1.2 implicit resolvers (ruamel/yaml/resolver.py), each tried only on a string starting with
# one of its first characters: a plain string they match would read back as a bool, a number, null, a date...
RESOLVERS = (
    ("tTfF", r"(?:true|True|TRUE|false|False|FALSE)"),
    (
        "-+0123456789.",
        r"(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)"
        r"|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))",
    ),
    ("-+0123456789", r"(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)"),
    ("<", r"(?:<<)"),
    ("~nN", r"(?:~|null|Null|NULL)"),
    (
        "0123456789",
        r"(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
        r"(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?"
        r"(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)",
    ),
    ("=", r"(?:=)"),
    ("!&*", r"(?:!|&|\*)"),
)
NOT_A_STRING: dict[str, list[re.Pattern[str]]] = {}
for _first, _pattern in RESOLVERS:
    for _character in _first:
        NOT_A_STRING.setdefault(_character, []).append(compiled(f"^{_pattern}$"))
KEY = compiled(r"[A-Za-z_][A-Za-z0-9_]*")


class LeftToRuamel(Exception):
    """A value this writer does not write the way ruamel would: ruamel writes the whole brief."""


def yaml_text(data: dict[str, Any], header: str) -> str | None:
    """`data` (a brief's `model_dump`, evidence last) as brief.yaml text under `header` as comment lines, or
    None when ruamel must write it (see the module docstring)."""
    lines = [f"# {line}\n" if line else "\n" for line in header.split("\n")]
    try:
        _mapping(data, 0, lines, None)
    except LeftToRuamel:
        return None
    return "".join(lines)


def _mapping(mapping: dict[str, Any], indent: int, lines: list[str], first_lead: str | None) -> None:
    """A block mapping's entries at `indent`; the first one after `first_lead` (a sequence's `- `) if given."""
    pad = " " * indent
    for number, (key, value) in enumerate(mapping.items()):
        lead = first_lead if first_lead is not None and number == 0 else pad
        if type(key) is not str or not KEY.fullmatch(key):
            raise LeftToRuamel("a key ruamel might quote")
        if isinstance(value, (dict, list)):
            if not value:
                lines.append(f"{lead}{key}: {'{}' if isinstance(value, dict) else '[]'}\n")
                continue
            if lead is not pad:
                raise LeftToRuamel("a collection first in a sequence's item")  # no brief has one
            lines.append(f"{lead}{key}:\n")
            if isinstance(value, dict):
                _mapping(value, indent + 2, lines, None)
            else:
                _sequence(value, indent + 2, lines)
        else:
            text = scalar(value)
            lines.append(f"{lead}{key}: {text}\n" if text else f"{lead}{key}:\n")


def _sequence(items: list[Any], indent: int, lines: list[str]) -> None:
    """A block sequence, its dashes at `indent` and its items 2 further in."""
    dash = " " * indent + "- "
    for item in items:
        if isinstance(item, dict) and item:
            _mapping(item, indent + 2, lines, dash)
        elif item is None or isinstance(item, (dict, list)):
            raise LeftToRuamel("a null, an empty mapping or a list in a sequence")  # no brief has one
        else:
            lines.append(f"{dash}{scalar(item)}\n")


def scalar(value: Any) -> str:
    """A scalar as ruamel writes it in block context; "" for None (`key:`)."""
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if type(value) is int:
        return str(value)
    if type(value) is dt.date:
        return value.isoformat()
    if type(value) is not str:
        raise LeftToRuamel(type(value).__name__)
    return string(value)


def string(text: str) -> str:
    """A string as ruamel's emitter writes it: plain, 'single-quoted' or "double-quoted"."""
    if not text:
        return "''"
    if LEFT_TO_RUAMEL.search(text):
        raise LeftToRuamel("a character ruamel writes as an escape, or a line break")
    if not NOT_PLAIN.search(text) and not any(pattern.match(text) for pattern in NOT_A_STRING.get(text[0], ())):
        return text
    if "'" in text:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"'{text}'"
