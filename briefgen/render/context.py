"""What a template receives: `TemplateContext`, built from a Brief as plain data.

Every template receives the fields of one typed object, `TemplateContext`, as plain data (dicts,
lists, strings, numbers, booleans, None): the brief's fields, with each item carrying a citation
string ("[1 ¶3]") built from its evidence, the sources numbered, and the asks grouped by side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from briefgen.model import Advice, Ask, Brief, Evidence, Meeting, Point, Quote, Risk, Side, Source, Stakeholder
from briefgen.model.names import PersonIndex

NONE_FOUND = "None identified in the sources."


# Characters XML 1.0 cannot hold, and lone surrogates, which no encoding can write; a hand-edited
# brief.yaml may still carry them after ingest removed them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


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


AskGroup = Literal["theirs", "ours", "recommended", "other"]


class AskView(Ask, _Cited):
    group: AskGroup = Field(
        default="other",
        description="Whose ask: the counterpart's, our side's, a recommended offer, or another party's.",
    )


class RiskView(Risk, _Cited):
    pass


class SourceView(Source):
    number: int = Field(description="The number items cite this source by.")
    line: str = Field(
        default="", description="'Headline — Outlet, 12 March 2025, URL'; 'Title — path' without outlet, date or URL."
    )


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


MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def source_line(source: Source) -> str:
    """How the Sources section names a source: "Headline — Outlet, 12 March 2025, URL" from what is known
    of it; without an outlet, a date or a URL, its title and file path as before ("Title — sources/a.txt")."""
    when = (
        f"{source.published.day} {MONTH_NAMES[source.published.month - 1]} {source.published.year}"
        if source.published
        else None
    )
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


def sides_of(brief: Brief) -> PersonIndex[Side]:
    """The side of each name: the meeting's two names first, then every stakeholder's name and aliases
    (the first one found wins), found again by any name of the same person (`model.names`)."""
    sides: PersonIndex[Side] = PersonIndex()
    meeting: tuple[tuple[str | None, Side], ...] = (
        (brief.meeting.principal, "principal"),
        (brief.meeting.counterpart, "counterpart"),
    )
    for name, side in meeting:
        if name:
            sides.add(name, side)
    for stakeholder in brief.stakeholders:
        for name in [stakeholder.name, *stakeholder.aliases]:
            sides.add(name, stakeholder.side)
    return sides


def ask_group(ask: Ask, sides: PersonIndex[Side]) -> AskGroup:
    """Whose ask this is: 'theirs' (the counterpart's side), 'ours' (our side), 'recommended' (advice and our offers), else 'other'.

    An ask with no known author is placed by whom it is asked of: asked of us → theirs, of them → ours.
    """
    by_side = sides.find(ask.by)
    of_side = sides.find(ask.of)
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
    sides = sides_of(brief)

    def cite(evidence: Iterable[Evidence]) -> str:
        return _clean_text(citation(evidence, numbers))  # a source id the citation falls back to may hold anything

    def views(section: str, model: type[BaseModel]) -> list:
        return [
            model.model_validate({**raw, "cite": cite(item.evidence)})
            for raw, item in zip(data[section], getattr(brief, section))
        ]

    advices = views("expert_advice", AdviceView)
    asks = [
        AskView.model_validate({**raw, "cite": cite(ask.evidence), "group": ask_group(ask, sides)})
        for raw, ask in zip(data["asks"], brief.asks)
    ]
    meeting = MeetingView.model_validate(
        {**data["meeting"], "cite": cite(brief.meeting.evidence), "when": _clean_text(_when(brief.meeting))}
    )
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
        quotes=[
            quote.model_copy(update={"text": quote.text.rstrip().rstrip(",")}) for quote in views("quotes", QuoteView)
        ],
        expert_advice=[
            advice.model_copy(update={"first": advice.expert not in [a.expert for a in advices[:number]]})
            for number, advice in enumerate(advices)
        ],
        asks=asks,
        asks_theirs=[ask for ask in asks if ask.group == "theirs"],
        asks_ours=[ask for ask in asks if ask.group == "ours"],
        asks_recommended=[ask for ask in asks if ask.group == "recommended"],
        asks_other=[ask for ask in asks if ask.group == "other"],
        risks=views("risks", RiskView),
        topics=data["topics"],
        sources=[
            SourceView.model_validate({**raw, "number": numbers[source.id], "line": _clean_text(source_line(source))})
            for raw, source in zip(data["sources"], brief.sources)
        ],
    )
