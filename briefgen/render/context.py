"""What a template receives: `TemplateContext`, built from a Brief as plain data.

Every template receives the fields of one typed object, `TemplateContext`, as plain data (dicts,
lists, strings, numbers, booleans, None): the brief's fields, with each item carrying a citation
string ("[1 ¶3]") built from its evidence, the sources numbered, and the asks grouped by side; and
the briefing note laid out by `frontnote.front_note` (purpose, bottom line, objectives, their likely
asks, key risks, then the annexes), each item in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from briefgen.model import Advice, Ask, Brief, Evidence, IfRaised, Meeting, Point, Quote, Risk, Source, Stakeholder
from briefgen.render.frontnote import AskGroup, FrontNote, ask_group, front_note, sides_of, when
from briefgen.render.wording import XML_ILLEGAL, paraphrase

NONE_FOUND = "None identified in the sources."
DECISION_LABELS = {"information": "For information", "decision": "For decision"}
ANNEXES = {
    "participants": "Participants",
    "said": "What they have said",
    "advice": "Expert advice",
    "details": "Background detail",
    "sources": "Sources",
}


_XML_ILLEGAL = XML_ILLEGAL


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
    group: AskGroup = Field(
        default="other",
        description="Whose ask: the counterpart's, our side's, a recommended offer, or another party's.",
    )


class RiskView(Risk, _Cited):
    pass


class LineView(_Cited):
    text: str


class PictureView(_Cited):
    """A participant's pen picture."""

    name: str
    kind: str
    about: str = Field(default="", description="Role, affiliation and side, as words.")
    stance: str = Field(default="", description="What they want or said, or where the note says it.")


class AnnexHeadings(BaseModel):
    """Each annex's heading ("Annex A — Participants"), lettered in order; empty for an annex with nothing in it."""

    participants: str = ""
    said: str = ""
    advice: str = ""
    details: str = ""
    sources: str = ""


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
    approved_by: str | None
    contact: str | None
    decision: str = Field(description="'information' or 'decision'.")
    decision_label: str = Field(description="'For information' or 'For decision'.")
    language: str = Field(description="The document's language tag, e.g. en-GB.")
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
    objectives: list[str] = Field(description="Our objectives as staff wrote them (`our_objectives` is what shows).")
    key_messages: list[str] = Field(description="Lines to take, as staff wrote them.")
    if_raised: list[IfRaised] = Field(description="Defensive lines: a question and the line to take if it is raised.")
    recommendation: str | None
    purpose: str = Field(description="The purpose in one sentence about the meeting.")
    bottom_line: list[str] = Field(description="The summary lines that no other section of the front note prints.")
    our_objectives: list[LineView] = Field(description="Staff's objectives, else drafted from our side's asks.")
    their_asks: list[LineView] = Field(description="Their likely asks, from the counterpart's side's asks.")
    key_risks: list[RiskView] = Field(description="The top risks by severity; mitigation only where one is known.")
    participants: list[PictureView] = Field(description="Annex A: a pen picture of each participant.")
    also_mentioned: list[str] = Field(description="Annex A: names with nothing more to say about them.")
    further_asks: list[LineView] = Field(description="Annex A: asks the front note does not show, in plain prose.")
    said: list[QuoteView] = Field(description="Annex B: the quotes no earlier place prints.")
    advice: list[AdviceView] = Field(description="Annex C: expert advice and recommendations no earlier place prints.")
    details: list[PointView] = Field(description="Annex D: background points no earlier place prints.")
    further_risks: list[RiskView] = Field(description="Annex D: the risks that are not key risks.")
    annex: AnnexHeadings
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
    """Replace XML-illegal control characters and lone surrogates with U+FFFD, visibly, in every string of a
    dumped brief."""
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


def build_context(brief: Brief) -> TemplateContext:
    """The TemplateContext of a brief: its fields, citations per item, numbered sources, asks grouped, and the
    briefing note's sections."""
    numbers = source_numbers(brief.sources)

    def cite(evidence: Iterable[Evidence]) -> str:
        return _clean_text(citation(evidence, numbers))  # a source id the citation falls back to may hold anything

    def view(
        model: type[BaseModel], item: Meeting | Stakeholder | Quote | Advice | Ask | Risk | Point, **extra: Any
    ) -> Any:
        """A view of an item: its fields made XML-safe, its citation, and `extra` fields."""
        return model.model_validate(_clean_text({**item.model_dump(), "cite": cite(item.evidence), **extra}))

    data = _clean_text(brief.model_dump(exclude={*SECTIONS, "meeting", "sources", "date", "generated"}))
    return TemplateContext(
        **data,
        date=brief.date.isoformat() if brief.date else "",
        decision_label=DECISION_LABELS[brief.decision],
        meeting=view(MeetingView, brief.meeting, when=when(brief.meeting)),
        sources=[
            SourceView.model_validate(
                _clean_text({**source.model_dump(), "number": numbers[source.id], "line": source_line(source)})
            )
            for source in brief.sources
        ],
        **_section_views(brief, view),
        **_note_views(front_note(brief), view, cite, has_sources=bool(brief.sources or brief.topics)),
    )


SECTIONS = ("background", "stakeholders", "quotes", "expert_advice", "asks", "risks")


def _quote_view(view, quote: Quote) -> QuoteView:
    """A quote without the comma an article puts before the closing quotation mark ("…him," Trump said); a
    paraphrase as a sentence of its own ("that talks stalled" → "Talks stalled")."""
    text = quote.text.rstrip().rstrip(",")
    return view(QuoteView, quote, text=text if quote.direct else paraphrase(text))


def _advice_views(view, items: Sequence[Advice]) -> list[AdviceView]:
    """Advice items, each marked `first` for its expert's first, so templates give credentials once."""
    experts = [advice.expert for advice in items]
    return [
        view(AdviceView, advice, first=advice.expert not in experts[:number]) for number, advice in enumerate(items)
    ]


def _section_views(brief: Brief, view) -> dict[str, Any]:
    """The brief's sections as views: every item as the brief holds it, and the asks grouped by side."""
    sides = sides_of(brief)
    asks = [view(AskView, ask, group=ask_group(ask, sides)) for ask in brief.asks]
    return {
        "background": [view(PointView, point) for point in brief.background],
        "stakeholders": [view(StakeholderView, person) for person in brief.stakeholders],
        "quotes": [_quote_view(view, quote) for quote in brief.quotes],
        "expert_advice": _advice_views(view, brief.expert_advice),
        "asks": asks,
        **{f"asks_{group}": [ask for ask in asks if ask.group == group] for group in ASK_GROUPS},
        "risks": [view(RiskView, risk) for risk in brief.risks],
    }


ASK_GROUPS = ("theirs", "ours", "recommended", "other")


def _note_views(note: FrontNote, view, cite, *, has_sources: bool) -> dict[str, Any]:
    """The briefing note's sections as views (see frontnote.front_note)."""

    def lines(items) -> list[LineView]:
        return [LineView(text=_clean_text(line.text), cite=cite(line.evidence)) for line in items]

    pictures = [
        PictureView.model_validate(
            _clean_text({"name": pen.person.name, "kind": pen.person.kind, "about": pen.about, "stance": pen.stance})
            | {"cite": cite(pen.evidence)}
        )
        for pen in note.pictures
    ]
    sections = {
        "purpose": _clean_text(note.purpose),
        "bottom_line": _clean_text(note.bottom_line),
        "our_objectives": lines(note.objectives),
        "their_asks": lines(note.their_asks),
        "key_risks": [view(RiskView, risk) for risk in note.key_risks],
        "participants": pictures,
        "also_mentioned": _clean_text(note.also_mentioned),
        "further_asks": lines(note.further_asks),
        "said": [_quote_view(view, quote) for quote in note.quotes],
        "advice": _advice_views(view, note.advice),
        "details": [view(PointView, point) for point in note.details],
        "further_risks": [view(RiskView, risk) for risk in note.further_risks],
    }
    return sections | {"annex": _annex_headings(sections, has_sources)}


def _annex_headings(sections: dict[str, Any], has_sources: bool) -> AnnexHeadings:
    """'Annex A — Participants' and so on, lettered in order, for the annexes that have something in them."""
    filled = {
        "participants": sections["participants"] or sections["also_mentioned"] or sections["further_asks"],
        "said": sections["said"],
        "advice": sections["advice"],
        "details": sections["details"] or sections["further_risks"],
        "sources": has_sources,
    }
    names = [name for name in ANNEXES if filled[name]]
    return AnnexHeadings(**{name: f"Annex {chr(ord('A') + n)} — {ANNEXES[name]}" for n, name in enumerate(names)})
