"""The brief: pydantic models whose field names are a contract (the evaluation reads them).

Every model forbids unknown fields, so a typo in a hand-edited brief.yaml is reported
instead of silently ignored. Every extracted item carries `evidence`: the exact sentence
of the source it came from, with 1-based paragraph and sentence numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from briefgen.model.ids import id_words
from briefgen.regex_cache import compiled

SCHEMA_VERSION = 1

Kind = Literal["person", "organization", "country", "group"]
Side = Literal["principal", "counterpart", "ally", "opposition", "expert", "third_party", "unknown"]
AskKind = Literal["demand", "offer", "objective", "recommendation"]
Severity = Literal["high", "medium", "low"]
Decision = Literal["information", "decision"]
# A BCP 47 language tag as Word and HTML take it: "en-GB", "en-CA", "fr", "fr-CA".
LANGUAGE_TAG = compiled(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
DEFAULT_LANGUAGE = "en-GB"


# Half of a UTF-16 pair standing alone ("\ud800" in YAML): no file, in any encoding, can hold it.
LONE_SURROGATE = compiled("[\ud800-\udfff]")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_lone_surrogate(cls, value: object) -> object:
        """Every string of the schema (alone or in a list) can be written: no lone surrogate."""
        for text in value if isinstance(value, list) else (value,):
            found = LONE_SURROGATE.search(text) if isinstance(text, str) else None
            if found:
                raise ValueError(
                    f"holds a lone surrogate (\\u{ord(found.group(0)):04x}), a character no file can hold; remove it"
                )
        return value


class Evidence(Model):
    """Where an item comes from: a source id, 1-based paragraph and sentence, the exact sentence."""

    source: str
    paragraph: int = Field(ge=1)
    sentence: int = Field(ge=1)
    text: str


class Item(Model):
    """Common to every extracted item: a stable id (each item also ends with its `evidence`)."""

    id: str = ""


class Meeting(Model):
    principal: str | None = None
    counterpart: str | None = None
    location: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    purpose: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Stakeholder(Item):
    name: str
    kind: Kind = "person"
    role: str | None = None
    affiliation: str | None = None
    side: Side = "unknown"
    stance: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: int = Field(default=1, ge=0)
    evidence: list[Evidence] = Field(default_factory=list)


class Quote(Item):
    text: str
    speaker: str | None = None
    direct: bool = True
    evidence: list[Evidence] = Field(default_factory=list)


class Advice(Item):
    expert: str | None = None
    credentials: str | None = None
    text: str
    evidence: list[Evidence] = Field(default_factory=list)


class Ask(Item):
    text: str
    by: str | None = None
    of: str | None = None
    kind: AskKind = "demand"
    evidence: list[Evidence] = Field(default_factory=list)


class Risk(Item):
    text: str
    category: str = "general"
    severity: Severity = "medium"
    mitigation: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Point(Item):
    text: str
    evidence: list[Evidence] = Field(default_factory=list)


class IfRaised(Model):
    """A defensive line: what to say if the other side raises `question`."""

    question: str
    line: str


class Source(Model):
    """An article the brief was built from: where it came from (as its page or pasted header says), its copy."""

    id: str
    title: str = ""
    outlet: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: dt.date | None = None
    url: str | None = None
    path: str = ""
    sha256: str = ""
    words: int = Field(default=0, ge=0)


class Brief(Model):
    schema_version: int = SCHEMA_VERSION
    title: str
    classification: str = "UNCLASSIFIED"
    prepared_for: str | None = None
    prepared_by: str | None = None
    # Staff-written furniture of a briefing note (never extracted; `add` keeps what a person wrote).
    approved_by: str | None = None
    contact: str | None = None
    decision: Decision = "information"
    language: str = DEFAULT_LANGUAGE
    date: dt.date | None = None
    version: int = Field(default=1, ge=1)
    meeting: Meeting = Field(default_factory=Meeting)
    summary: list[str] = Field(default_factory=list)
    # Staff-written parts of the front note: shown when filled, left out when empty.
    objectives: list[str] = Field(default_factory=list)
    key_messages: list[str] = Field(default_factory=list)
    if_raised: list[IfRaised] = Field(default_factory=list)
    recommendation: str | None = None
    background: list[Point] = Field(default_factory=list)
    stakeholders: list[Stakeholder] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    expert_advice: list[Advice] = Field(default_factory=list)
    asks: list[Ask] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    # Hash of the content briefgen generated; a brief whose content no longer matches was edited.
    generated: str | None = None

    @field_validator("language")
    @classmethod
    def _language_tag(cls, value: str) -> str:
        """The language Word and HTML mark the document with: a tag such as en-GB, en-CA or fr-CA."""
        if not LANGUAGE_TAG.fullmatch(value):
            raise ValueError("not a language tag such as en-GB, en-US, en-CA or fr-CA")
        return value


SECTION_MODELS: dict[str, type[Item]] = {
    "background": Point,
    "stakeholders": Stakeholder,
    "quotes": Quote,
    "expert_advice": Advice,
    "asks": Ask,
    "risks": Risk,
}
ID_PREFIX = {
    "background": "bg",
    "stakeholders": "p",
    "quotes": "q",
    "expert_advice": "adv",
    "asks": "ask",
    "risks": "risk",
}


def item_id(section: str, text: str) -> str:
    """A stable id from the section and the item's normalised text (same content, same id)."""
    return f"{ID_PREFIX[section]}-{hashlib.sha1(id_words(text).encode('utf-8')).hexdigest()[:8]}"


def json_schema() -> dict:
    """The JSON Schema of a brief (what `briefgen schema` prints)."""
    return Brief.model_json_schema()
