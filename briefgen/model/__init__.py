"""The brief as data: the pydantic `Brief` and its items (`brief.py`), and the normal forms item ids and
deduplication are made from (`ids.py`). Every other stage may import from here."""

from briefgen.model.brief import (
    ID_PREFIX,
    LONE_SURROGATE,
    SCHEMA_VERSION,
    SECTION_MODELS,
    Advice,
    Ask,
    AskKind,
    Brief,
    Evidence,
    Item,
    Kind,
    Meeting,
    Model,
    Point,
    Quote,
    Risk,
    Severity,
    Side,
    Source,
    Stakeholder,
    item_id,
    json_schema,
)

__all__ = [
    "ID_PREFIX", "LONE_SURROGATE", "SCHEMA_VERSION", "SECTION_MODELS", "Advice", "Ask", "AskKind", "Brief",
    "Evidence", "Item", "Kind", "Meeting", "Model", "Point", "Quote", "Risk", "Severity", "Side", "Source",
    "Stakeholder", "item_id", "json_schema",
]
