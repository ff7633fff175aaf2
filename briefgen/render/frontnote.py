"""The front note and its annexes, drafted from a brief's fields: what a principal reads in two minutes.

A briefing note is a short front note (purpose, bottom line, our objectives, their likely asks, key
risks, and the lines to take, defensive lines and recommendation staff write) and annexes behind it
(participants, what they have said, expert advice, background detail, sources). `front_note` sorts
the brief's items into those places so that each is printed once: the front note first, then each
annex takes only what no earlier place printed (`Printed`); a pen picture whose stance the front
note already gives points there instead of repeating it. Nothing is invented: every line is an
item's text, a staff-written field, or words made from the meeting's names.

Where it fails: two items are "the same" when their words match after case and punctuation are set
aside (and a short "Label: " before them), or when half the runs of six words of one stand in the other;
a paraphrase in other words is printed again, and two people said to say the same long sentence show once. An ask whose
author is not a known stakeholder can only be placed by whom it is asked of, else it goes to the
annex. The purpose is composed from the meeting's names unless a person wrote one; an extracted
purpose that is not one of the meeting's evidence sentences is shown as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, TypeVar

from briefgen.model import Advice, Ask, Brief, Evidence, Meeting, Point, Quote, Risk, Side, Stakeholder
from briefgen.model.names import PersonIndex
from briefgen.regex_cache import compiled
from briefgen.render.wording import (
    bottom_line_text,
    capitalized,
    one_line,
    stance_text,
    starts_with_predicate,
    with_subject,
)
from briefgen.render.wording_rules import MEETING_WORDS


class HasText(Protocol):
    """An item of the note: a line, a quote, a risk, advice or a background point."""

    @property
    def text(self) -> str: ...


HasTextT = TypeVar("HasTextT", bound=HasText)

FRONT_ITEMS = 5  # at most this many objectives, asks and key risks in the front note; the rest go to an annex
FEWEST_RISKS = 3  # the front note shows this many risks, high or not, when the brief has them
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
ASK_VERB = {"demand": "wants", "objective": "wants", "offer": "offers", "recommendation": "recommends"}
ASK_PREPOSITION = {"demand": "from", "objective": "from", "offer": "", "recommendation": "to"}
# A short label a drafted line starts with: "Wants: ", "Main risk (high): ", "Expert advice (Dawson): ".
_LABEL = compiled(r"^[^:\n]{1,48}:\s+(?=\S)")
_NOT_WORD = compiled(r"[\W_]+")
_WORD = compiled(r"\w{3,}")
_TRAILING_COMMA_QUOTE = compiled(r",\s*([”\"])\s*$")
_EXPERT_AFTER = compiled(r"\s*\([^()]*\)\s*$")
SHINGLE = 6  # words: a printed run of this many words inside another text is found again there
RESTATES = 0.8  # a bottom line whose words are this much the purpose's only restates the meeting


def same_key(text: str | None) -> str:
    """What two texts are compared by: their words, casefolded, without punctuation or quotation marks."""
    return _NOT_WORD.sub(" ", (text or "").casefold()).strip()


def without_label(text: str) -> str:
    """The text after a short leading "Label: " (as drafted lines have), else the text."""
    return _LABEL.sub("", text, count=1)


class Printed:
    """Texts already printed, with where: so that each item is printed once and later places can point back.

    A text is printed already when its words are (after a leading label), or when at least half of its runs
    of SHINGLE words stand in one printed text: it stands inside that text, or says the same with a few
    words changed ("Cole has demanded that ..." after "Ben Cole demanded that ...").
    """

    def __init__(self) -> None:
        self._where: dict[str, str] = {}
        self._by_shingle: dict[str, list[str]] = {}

    def where(self, text: str | None) -> str | None:
        """Where `text` (or its words after a leading label, or a text it repeats) was printed, or None."""
        for candidate in (text or "", without_label(text or "")):
            key = same_key(candidate)
            found = self._where.get(key) or self._repeated_in(key)
            if found:
                return found
        return None

    def _repeated_in(self, key: str) -> str | None:
        """Where a printed text was printed that holds at least half of `key`'s runs of SHINGLE words."""
        runs = shingles(key.split())
        shared: dict[str, int] = {}
        for run in runs:
            for printed in self._by_shingle.get(run, ()):
                shared[printed] = shared.get(printed, 0) + 1
        for printed, count in shared.items():
            if 2 * count >= len(runs):
                return self._where[printed]
        return None

    def add(self, text: str | None, where: str) -> None:
        for candidate in (text or "", without_label(text or "")):
            key = same_key(candidate)
            if key and key not in self._where:
                self._where[key] = where
                for shingle in shingles(key.split()):
                    self._by_shingle.setdefault(shingle, []).append(key)

    def fresh(self, items: Iterable[HasTextT], where: str) -> list[HasTextT]:
        """The items whose text is not printed yet, each then marked as printed at `where`."""
        kept = []
        for item in items:
            if self.where(item.text) is None:
                kept.append(item)
                self.add(item.text, where)
        return kept


def without_pieces(items: Sequence[HasTextT]) -> list[HasTextT]:
    """The items but those shorter than SHINGLE words whose words stand inside another item of the list (a
    quoted phrase, "very nice", beside the sentence quoting it; "Appalled" beside "He was appalled that ...")."""
    keys = [same_key(item.text) for item in items]

    def piece(number: int) -> bool:
        key = keys[number]
        return len(key.split()) < SHINGLE and any(
            other != number and key != keys[other] and f" {key} " in f" {keys[other]} " for other in range(len(keys))
        )

    return [item for number, item in enumerate(items) if not piece(number)]


def shingles(words: Sequence[str]) -> list[str]:
    """Each run of SHINGLE words in order (none for fewer words): what repeated texts are found by."""
    return list(dict.fromkeys(" ".join(words[start : start + SHINGLE]) for start in range(len(words) - SHINGLE + 1)))


@dataclass
class Line:
    """A line of the note and the evidence its citation is made from."""

    text: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Picture:
    """A participant's pen picture: who they are, and what they want or said (or where the note says it)."""

    person: Stakeholder
    about: str
    stance: str
    evidence: list[Evidence]


@dataclass
class FrontNote:
    purpose: str
    bottom_line: list[str]
    objectives: list[Line]
    their_asks: list[Line]
    key_risks: list[Risk]
    pictures: list[Picture]
    also_mentioned: list[str]
    further_asks: list[Line]
    quotes: list[Quote]
    advice: list[Advice]
    details: list[Point]
    further_risks: list[Risk]


AskGroup = Literal["theirs", "ours", "recommended", "other"]


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
    """Whose ask this is: 'theirs' (the counterpart's side), 'ours' (our side), 'recommended' (advice and our
    offers), else 'other'.

    An ask with no known author is placed by whom it is asked of: asked of us → theirs, of them → ours.
    """
    by_side = sides.find(ask.by)
    if ask.kind == "recommendation" or by_side == "expert":
        return "recommended"
    party = _party_group(by_side, sides.find(ask.of))
    if party != "theirs" and ask.kind == "offer" and by_side in ("principal", "ally", None):
        return "recommended"
    return party


def _party_group(by_side: Side | None, of_side: Side | None) -> Literal["theirs", "ours", "other"]:
    """The side an ask belongs to by who asks it, else by whom it is asked of."""
    if by_side == "counterpart" or (by_side is None and of_side in ("principal", "ally")):
        return "theirs"
    if by_side in ("principal", "ally") or (by_side is None and of_side == "counterpart"):
        return "ours"
    return "other"


def when(meeting: Meeting) -> str:
    """The meeting's date and the article's words for it, as one phrase."""
    if meeting.date and meeting.date_text:
        return f"{meeting.date.isoformat()} ({meeting.date_text})"
    return meeting.date.isoformat() if meeting.date else (meeting.date_text or "")


def purpose_line(meeting: Meeting) -> str:
    """The purpose in one sentence about the meeting: a purpose a person wrote, else one made from its names
    (an extracted purpose that is the article's lead sentence pasted is not one)."""
    purpose = one_line(meeting.purpose)
    pasted = {same_key(evidence.text) for evidence in meeting.evidence}
    if purpose and same_key(purpose) not in pasted:
        return purpose
    details = ", ".join(part for part in (meeting.location, when(meeting)) if part)
    if not (meeting.principal or meeting.counterpart or details):
        return "To brief on what the sources report."
    who = f" {meeting.principal}" if meeting.principal else ""
    other = f" with {meeting.counterpart}" if meeting.counterpart else ""
    return f"To prepare{who} for the meeting{other}" + (f" — {details}." if details else ".")


def restates_meeting(line: str, meeting_words: set[str]) -> bool:
    """Whether a line says little more than the meeting's names, place and time (the purpose says it)."""
    words = {word.casefold() for word in _WORD.findall(line)} - MEETING_WORDS
    return bool(words) and len(words & meeting_words) >= RESTATES * len(words)


def ask_line(ask: Ask, owner: str | None, expected_of: str | None, sides: PersonIndex[Side]) -> Line:
    """An ask as plain prose: its text, after who asks it of whom when the section does not already say so."""
    text = one_line(ask.text)
    by_side = sides.find(ask.by)
    of_side = sides.find(ask.of)
    of = (
        f" {ASK_PREPOSITION[ask.kind]} {ask.of}".replace("  ", " ")
        if ask.of and (expected_of is None or of_side != expected_of)
        else ""
    )
    if ask.by and not of and starts_with_predicate(text):  # "Pledged to push back ..." was said of its author
        return Line(capitalized(with_subject(ask.by, text)), ask.evidence)
    if owner is not None and (ask.by is None or by_side == owner) and not of:
        return Line(f"Offer: {text}" if ask.kind == "offer" else capitalized(text), ask.evidence)
    if ask.by:
        return Line(capitalized(f"{ask.by} {ASK_VERB[ask.kind]}{of}: {text}"), ask.evidence)
    return Line(f"{ask.kind.capitalize()}{of}: {text}", ask.evidence)


def _ask_groups(brief: Brief, sides: PersonIndex[Side]) -> tuple[list[Ask], list[Ask], list[Ask], list[Ask]]:
    """The asks sorted into ours (offers too), theirs, advice (experts' recommendations) and the others'."""
    groups: dict[str, list[Ask]] = {"ours": [], "theirs": [], "advice": [], "other": []}
    for ask in brief.asks:
        by_side = sides.find(ask.by)
        if ask.kind == "recommendation" or by_side == "expert":
            groups["advice"].append(ask)
        else:
            groups[_party_group(by_side, sides.find(ask.of))].append(ask)
    return groups["ours"], groups["theirs"], groups["advice"], groups["other"]


def rank_risks(risks: Sequence[Risk]) -> tuple[list[Risk], list[Risk]]:
    """The key risks (every high one up to FRONT_ITEMS, at least FEWEST_RISKS) and the rest, each most severe
    first (in brief order within a severity)."""
    ranked = sorted(range(len(risks)), key=lambda number: (SEVERITY_ORDER.get(risks[number].severity, 3), number))
    chosen = [number for number in ranked if risks[number].severity == "high"][:FRONT_ITEMS]
    if len(chosen) < FEWEST_RISKS:
        chosen = ranked[:FEWEST_RISKS]
    return [risks[number] for number in chosen], [risks[number] for number in ranked if number not in chosen]


def with_mitigation(risk: Risk) -> Risk:
    """The risk with its mitigation, or none when the mitigation only repeats the risk (or a part of it: the
    advice a drafted mitigation quotes may be the risk's own sentence)."""
    mitigation = one_line(risk.mitigation or "")
    advice = same_key(_EXPERT_AFTER.sub("", mitigation))
    repeats = not advice or same_key(risk.text) in same_key(mitigation) or advice in same_key(risk.text)
    return risk.model_copy(update={"mitigation": None if repeats else mitigation})


def mitigated(risks: Iterable[Risk], printed: Printed, where: str) -> list[Risk]:
    """The risks with their mitigations (with_mitigation); a mitigation printed before is pointed to, not repeated."""
    shown = []
    for risk in map(with_mitigation, risks):
        if risk.mitigation:
            advice = _EXPERT_AFTER.sub("", risk.mitigation)  # a drafted mitigation is advice, then its expert
            earlier = printed.where(risk.mitigation) or printed.where(advice)
            if earlier:
                risk = risk.model_copy(update={"mitigation": "As above." if earlier == where else f"See {earlier}."})
            else:
                printed.add(risk.mitigation, where)
                printed.add(advice, where)
        shown.append(risk)
    return shown


def _evidence_by_text(brief: Brief) -> dict[str, list[Evidence]]:
    """The evidence of each quote and ask by its words: what a stance citing one of them is cited by."""
    found: dict[str, list[Evidence]] = {}
    items: list[Quote | Ask] = [*brief.quotes, *brief.asks]
    for item in items:
        found.setdefault(same_key(item.text), item.evidence)
    return found


def pen_pictures(brief: Brief, printed: Printed) -> tuple[list[Picture], list[str]]:
    """A pen picture for each stakeholder with a role, an affiliation or a stance; the names of the others."""
    cited = _evidence_by_text(brief)
    pictures, names = [], []
    for person in brief.stakeholders:
        about = ", ".join(part for part in (person.role, person.affiliation) if part)
        if person.side != "unknown":
            about = (
                f"{about} ({person.side.replace('_', ' ')})" if about else person.side.replace("_", " ").capitalize()
            )
        stance = stance_text(_TRAILING_COMMA_QUOTE.sub(r"\1", one_line(person.stance)))
        if not (person.role or person.affiliation or stance):
            names.append(person.name)
            continue
        core = without_label(stance)
        evidence = cited.get(same_key(core), person.evidence)
        shown_at = printed.where(stance) if stance else None
        if shown_at:
            label = stance[: len(stance) - len(core)].strip() or "Has said:"
            stance, evidence = f"{label} see {shown_at}", []
        elif stance:
            printed.add(stance, "Annex A")
        pictures.append(Picture(person, about, stance, evidence))
    return pictures, names


def _advice_items(brief: Brief, recommendations: list[Ask]) -> list[Advice]:
    """The expert advice, and experts' recommended asks that no advice item already says."""
    said = {same_key(advice.text) for advice in brief.expert_advice}
    extra = [
        Advice(expert=ask.by, text=ask.text, evidence=ask.evidence)
        for ask in recommendations
        if same_key(ask.text) not in said
    ]
    return [*brief.expert_advice, *extra]


def front_note(brief: Brief) -> FrontNote:
    """Each item of the brief in its one place: the front note's sections, then the annexes."""
    printed = Printed()
    sides = sides_of(brief)
    ours, theirs, recommendations, others = _ask_groups(brief, sides)
    purpose = purpose_line(brief.meeting)
    printed.add(purpose, "Purpose")
    if brief.objectives:
        objectives = [Line(one_line(text)) for text in brief.objectives]
        further = [ask_line(ask, "principal", "counterpart", sides) for ask in ours]
    else:
        drafted = [ask_line(ask, "principal", "counterpart", sides) for ask in ours]
        objectives, further = drafted[:FRONT_ITEMS], drafted[FRONT_ITEMS:]
    objectives = printed.fresh(objectives, "Our objectives")
    asked = [ask_line(ask, "counterpart", "principal", sides) for ask in theirs]
    further += asked[FRONT_ITEMS:]
    asked = printed.fresh(asked[:FRONT_ITEMS], "Their likely asks")
    key_risks, further_risks = rank_risks(brief.risks)
    key_risks = mitigated(printed.fresh(key_risks, "Key risks"), printed, "Key risks")
    for text in [*brief.key_messages, *(raised.line for raised in brief.if_raised), brief.recommendation]:
        printed.add(text, "the lines to take")
    meeting_words = {word.casefold() for word in _WORD.findall(" ".join([purpose, when(brief.meeting)]))}
    summary_lines = [text for text in map(bottom_line_text, brief.summary) if text]
    bottom = [
        line for line in summary_lines if printed.where(line) is None and not restates_meeting(line, meeting_words)
    ]
    for line in bottom:
        printed.add(line, "Bottom line")
    pictures, also_mentioned = pen_pictures(brief, printed)
    further += [ask_line(ask, None, None, sides) for ask in others]
    further = printed.fresh(further, "Annex A")
    advice = printed.fresh(without_pieces(_advice_items(brief, recommendations)), "Annex C")
    quotes = printed.fresh(without_pieces(brief.quotes), "Annex B")
    further_risks = mitigated(printed.fresh(further_risks, "Annex D"), printed, "Annex D")
    return FrontNote(
        purpose=purpose,
        bottom_line=bottom,
        objectives=objectives,
        their_asks=asked,
        key_risks=key_risks,
        pictures=pictures,
        also_mentioned=also_mentioned,
        further_asks=further,
        quotes=quotes,
        advice=advice,
        details=printed.fresh(brief.background, "Annex D"),
        further_risks=further_risks,
    )
