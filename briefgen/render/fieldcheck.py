"""`templates check`'s look at every field a template reads, in every loop and branch, without rendering.

A template reads plain data shaped like `TemplateContext`: `stakeholders` is a list of stakeholders, each
with `name`, `role`...; `{% for person in stakeholders %}{{ person.nmae }}{% endfor %}` reads a field no
stakeholder has. Rendering a sample brief finds such a slip only in the branches the sample takes, and
says "'dict object' has no attribute 'nmae'"; `unknown_fields` walks the parsed template instead,
following each name to the model it stands for (through `for` loops, `set`, `[...]`, `first` and the
filters that keep a list a list) and names each field the model does not have, with the closest one.

Where it fails: a name whose shape it cannot follow (a macro's argument, a loop over a literal list of
pairs, a filter that makes something new) is not checked; the sample render still tries it.
"""

from __future__ import annotations

import difflib
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

# What the plain data of a model is: a dict, so dict's reading methods are fields too (`meeting.items()`).
DICT_METHODS = frozenset({"items", "keys", "values", "get"})
KEEPS_LIST = frozenset({"select", "reject", "selectattr", "rejectattr", "sort", "reverse", "list", "unique"})
TAKES_ITEM = frozenset({"first", "last", "random"})
ATTRIBUTE_FILTERS = frozenset({"selectattr", "rejectattr"})  # their first argument names an item's field


@dataclass(frozen=True)
class ListOf:
    item: Any


@dataclass(frozen=True)
class UnknownField:
    line: int
    subject: str  # what the template reads the field of, as it writes it: "'person'", "an item of 'risks'"
    field: str
    known: tuple[str, ...]

    def message(self, with_line: bool = True) -> str:
        close = difflib.get_close_matches(self.field, self.known, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        where = f"line {self.line}: " if with_line else ""
        return f"{where}{self.subject} has no attribute '{self.field}' (it has: {', '.join(self.known)}{hint})"


def shape_of(annotation: Any) -> Any:
    """A model class, ListOf(shape) for a list, or None for what is not followed (text, numbers, unions)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        shapes = [shape_of(arg) for arg in typing.get_args(annotation) if arg is not type(None)]
        return shapes[0] if len(shapes) == 1 else None
    if origin is list:
        return ListOf(shape_of(typing.get_args(annotation)[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _item(shape: Any) -> Any:
    return shape.item if isinstance(shape, ListOf) else None


def _dotted(expr: Any) -> str:
    from jinja2 import nodes

    if isinstance(expr, nodes.Name):
        return expr.name
    if isinstance(expr, nodes.Getattr):
        return f"{_dotted(expr.node)}.{expr.attr}"
    if isinstance(expr, nodes.Getitem) and isinstance(expr.arg, nodes.Const):
        return f"{_dotted(expr.node)}[{expr.arg.value!r}]"
    if isinstance(expr, nodes.Filter) and expr.node is not None:
        return f"({_dotted(expr.node)} | {expr.name})"
    return "…"


class FieldChecker:
    """Walks a parsed template with each name's shape in scope; collects the unknown fields it reads."""

    def __init__(self, variables: dict[str, Any]) -> None:
        self.variables = variables
        self.found: list[UnknownField] = []

    def field(self, base: Any, name: str, expr: Any, subject: str | None = None) -> Any:
        """The shape of field `name` of `base`, noting it when `base` is a model without it (`subject`: what the
        field is read of, else the expression's owner as the template writes it). A name starting with "_" is
        left to the sandbox, which refuses it as Python internals."""
        if not (isinstance(base, type) and issubclass(base, BaseModel)):
            return None
        if name in base.model_fields:
            return shape_of(base.model_fields[name].annotation)
        if name not in DICT_METHODS and not name.startswith("_"):
            known = tuple(sorted(base.model_fields))
            self.found.append(UnknownField(expr.lineno, subject or f"'{_dotted(expr.node)}'", name, known))
        return None

    def shape(self, expr: Any, scope: dict[str, Any]) -> Any:
        """The shape of an expression, checking every field read within it."""
        from jinja2 import nodes

        if isinstance(expr, nodes.Name):
            return scope.get(expr.name) if expr.ctx == "load" else None
        if isinstance(expr, nodes.Getattr):
            return self.field(self.shape(expr.node, scope), expr.attr, expr)
        if isinstance(expr, nodes.Getitem):
            base = self.shape(expr.node, scope)
            self.shape(expr.arg, scope)
            if isinstance(expr.arg, nodes.Const) and isinstance(expr.arg.value, str):
                return self.field(base, expr.arg.value, expr)
            return _item(base)
        if isinstance(expr, nodes.Filter):
            return self.filtered(expr, scope)
        for child in expr.iter_child_nodes():
            self.shape(child, scope)
        return None

    def filtered(self, expr: Any, scope: dict[str, Any]) -> Any:
        from jinja2 import nodes

        base = self.shape(expr.node, scope) if expr.node is not None else None
        for child in [*expr.args, *expr.kwargs]:
            self.shape(child, scope)
        first = expr.args[0] if expr.args else None
        if expr.name in ATTRIBUTE_FILTERS and isinstance(first, nodes.Const) and isinstance(first.value, str):
            subject = f"an item of '{_dotted(expr.node)}'" if expr.node is not None else None
            self.field(_item(base), first.value.split(".")[0], first, subject)
        if expr.name in KEEPS_LIST:
            return base
        return _item(base) if expr.name in TAKES_ITEM else None

    def visit(self, node: Any, scope: dict[str, Any]) -> None:
        """Check a statement and what it holds; `for`, `set` and macros change what names stand for."""
        from jinja2 import nodes

        if isinstance(node, nodes.For):
            inner = {**scope, "loop": None}
            self.bind(node.target, _item(self.shape(node.iter, scope)), inner)
            for part in ([node.test] if node.test is not None else []) + node.body:
                self.visit(part, inner)
            for part in node.else_:
                self.visit(part, scope)
        elif isinstance(node, nodes.Assign):
            self.bind(node.target, self.shape(node.node, scope), scope)
        elif isinstance(node, (nodes.Macro, nodes.CallBlock)):
            for part in [*node.defaults, *([node.call] if isinstance(node, nodes.CallBlock) else [])]:
                self.visit(part, scope)
            inner = {**scope, **{arg.name: None for arg in node.args}, "caller": None}
            for part in node.body:
                self.visit(part, inner)
        elif isinstance(node, nodes.Expr):
            self.shape(node, scope)
        else:
            if isinstance(node, nodes.AssignBlock):
                self.bind(node.target, None, scope)
            for child in node.iter_child_nodes():
                self.visit(child, scope)

    def bind(self, target: Any, shape: Any, scope: dict[str, Any]) -> None:
        from jinja2 import nodes

        if isinstance(target, nodes.Name):
            scope[target.name] = shape
        else:  # a tuple or a namespace attribute: what it stands for is not followed
            for name in target.find_all(nodes.Name):
                scope[name.name] = None


def unknown_fields(template: Any, context: type[BaseModel], names: set[str]) -> list[UnknownField]:
    """The fields a parsed template reads that the context's models do not have, in template order;
    `names` are the top-level variables the template kind receives."""
    checker = FieldChecker({name: shape_of(context.model_fields[name].annotation) for name in names})
    checker.visit(template, dict(checker.variables))
    return sorted(checker.found, key=lambda found: found.line)
