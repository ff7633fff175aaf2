"""The Jinja sandbox every template runs in: Jinja's immutable sandbox, with growth bounded.

On top of `ImmutableSandboxedEnvironment` (no attribute starting with `_`, no internals of
functions or frames, no changing a list, dict or set), `TemplateSandbox`:
- has no `lipsum` (it generates text of any length), and a `range` of at most MAX_RANGE numbers;
- refuses an operation that would build more than MAX_BUILT characters or items at once:
  `*` on strings and lists, `**` on integers, `%` and `format`/`format_map` with a huge width or
  precision, the padding methods (`center`, `ljust`, `rjust`, `zfill`, `expandtabs`), `replace`,
  and the filters `center`, `indent`, `format`, `replace` and `batch`.

Every refusal is a `TemplateLimitError`. Jinja folds constant expressions when it compiles a
template, but never an intercepted operator, so `{{ 'a' * 10**9 }}` is refused, not built.

Where it fails: growth step by step (a loop that doubles a namespace value, `join` of a long list)
is not refused here; the child process a render runs in (briefgen.render.bounded) bounds its time and
memory.
"""

from __future__ import annotations

from typing import Any

from jinja2 import filters as jinja_filters
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEscapeFormatter, SandboxedFormatter
from jinja2.utils import pass_eval_context
from markupsafe import Markup

from briefgen.regex_cache import compiled

MAX_RANGE = 10_000
MAX_BUILT = 100_000

_PERCENT_FIELD = compiled(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_NUMBER = compiled(r"\d+")


class TemplateLimitError(Exception):
    """A template operation that would build too much; the message says what and the limit."""


def refuse_growth(size: int, what: str) -> None:
    """TemplateLimitError when `what` would build more than MAX_BUILT characters or items."""
    if size > MAX_BUILT:
        raise TemplateLimitError(
            f"{what} would build {size} characters or items (a template may build at most {MAX_BUILT} at once)"
        )


def capped_range(*args: int) -> range:
    """range() for templates: at most MAX_RANGE numbers."""
    numbers = range(*args)
    try:
        count = len(numbers)
    except OverflowError:  # more numbers than a machine word counts
        count = MAX_RANGE + 1
    if count > MAX_RANGE:
        raise TemplateLimitError(
            f"range() of more than {MAX_RANGE} numbers (a template may count to at most {MAX_RANGE})"
        )
    return numbers


def _check_percent(template: str, values: Any) -> None:
    """`template % values` refused when a width or precision (given, or taken from `values` by '*') is too large."""
    starred = values if isinstance(values, tuple) else (values,)
    for field in _PERCENT_FIELD.finditer(template):
        for number in field.groups():
            if number and number != "*":
                refuse_growth(int(number), "a '%' width")
        if "*" in field.groups():
            for value in starred:
                if isinstance(value, int):
                    refuse_growth(value, "a '%' width")


def _check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        for sized, count in ((left, right), (right, left)):
            if isinstance(sized, (str, list, tuple)) and isinstance(count, int):
                refuse_growth(len(sized) * count, "'*'")
    elif operator == "**":
        if isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0:
            refuse_growth(right * abs(left).bit_length(), "'**' (in bits)")
    elif operator == "%" and isinstance(left, str):
        _check_percent(left, right)


def _check_replace(text: str, old: Any, new: Any, count: Any = -1) -> None:
    if isinstance(old, str) and isinstance(new, str) and len(new) > len(old):
        found = len(text) + 1 if old == "" else text.count(old)
        if isinstance(count, int) and count >= 0:
            found = min(found, count)
        refuse_growth(len(text) + found * (len(new) - len(old)), "replace()")


def _check_str_method(text: str, name: str, args: tuple, kwargs: dict) -> None:
    """Refuse a str method call that would build too much: padding, tab expansion, replace."""
    if name in ("center", "ljust", "rjust", "zfill") and args and isinstance(args[0], int):
        refuse_growth(args[0], f"{name}()")
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        if isinstance(size, int):
            refuse_growth(len(text) + text.count("\t") * size, "expandtabs()")
    elif name == "replace" and len(args) >= 2:
        _check_replace(text, *args[:3])


def _check_spec(format_spec: str) -> None:
    for number in _NUMBER.findall(format_spec):
        refuse_growth(int(number), "a format width")


class _BoundedFormatter(SandboxedFormatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        _check_spec(format_spec)
        return super().format_field(value, format_spec)


class _BoundedEscapeFormatter(_BoundedFormatter, SandboxedEscapeFormatter):
    pass


def _bounded_filters() -> dict[str, Any]:
    """Jinja's filters that can build text of any size, with their size checked first."""

    def center(value: Any, width: int = 80) -> str:
        refuse_growth(width if isinstance(width, int) else 0, "the center filter")
        return jinja_filters.do_center(value, width)

    def indent(text: Any, width: Any = 4, first: bool = False, blank: bool = False) -> str:
        per_line = width if isinstance(width, int) else len(str(width))
        refuse_growth(len(str(text)) + (str(text).count("\n") + 1) * per_line, "the indent filter")
        return jinja_filters.do_indent(text, width, first, blank)

    def format_filter(value: Any, *args: Any, **kwargs: Any) -> str:
        _check_percent(str(value), args or kwargs)
        return jinja_filters.do_format(value, *args, **kwargs)

    def replace(eval_ctx, text: Any, old: str, new: str, count: int | None = None) -> str:
        _check_replace(str(text), old, new, -1 if count is None else count)
        return jinja_filters.do_replace(eval_ctx, text, old, new, count)

    def batch(value: Any, linecount: int, fill_with: Any = None):
        refuse_growth(linecount if isinstance(linecount, int) else 0, "the batch filter")
        return jinja_filters.do_batch(value, linecount, fill_with)

    return {
        "center": center,
        "indent": indent,
        "format": format_filter,
        "replace": pass_eval_context(replace),
        "batch": batch,
    }


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox without lipsum, with a capped range and bounded growth (see the module)."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals.pop("lipsum", None)
        self.globals["range"] = capped_range
        self.filters.update(_bounded_filters())

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            _check_str_method(owner, getattr(__obj, "__name__", ""), args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Any:
        """Jinja's sandboxed str.format and format_map, with every format spec's width and precision checked."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        text: str = value.__self__
        formatter = (
            _BoundedEscapeFormatter(self, escape=text.escape) if isinstance(text, Markup) else _BoundedFormatter(self)
        )
        is_format_map = value.__name__ == "format_map"

        def bounded(*args: Any, **kwargs: Any) -> str:
            if is_format_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                return type(text)(formatter.vformat(text, (), args[0]))  # the mapping as given (a defaultdict too)
            return type(text)(formatter.vformat(text, args, kwargs))

        return bounded
