"""Expert advice: experts named, named as a group or a firm, speaking; a person described in others' words
gives no advice; each construction of `lexicon/advice.py` in its examples and near misses."""

from __future__ import annotations

import pytest
from documents import document

from briefgen.extract.advice import expert_advice
from briefgen.extract.lexicon.advice import ADVICE_EXAMPLES, ADVICE_NOTHING, EXPERTS


def found(*paragraphs: str):
    doc = document(*paragraphs)
    return expert_advice(doc.analysis, doc.quotes, doc.cues)


@pytest.mark.parametrize("sentence", [s for c in EXPERTS for s in c.examples])
def test_experts_named_as_a_group_or_a_firm_give_advice(sentence):
    assert found(sentence)


@pytest.mark.parametrize("sentence", [s for c in EXPERTS for s in c.nothing] + list(ADVICE_NOTHING))
def test_no_advice(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, expert", ADVICE_EXAMPLES)
def test_a_named_expert_speaking_gives_advice(sentence, expert):
    assert {item.expert for item in found(sentence)} == {expert}


@pytest.mark.parametrize(
    "sentence, expert, text",
    [
        ("Analysts said the union should settle before winter.", "Analysts", "The union should settle before winter."),
        (
            "Selling the unit may not prove so simple, analysts say.",
            "Analysts",
            "Selling the unit may not prove so simple",
        ),
        (
            "Brokerage Halvard Capital said the bid was likely to be raised.",
            "Halvard Capital",
            "The bid was likely to be raised.",
        ),
    ],
)
def test_who_advises_and_what(sentence, expert, text):
    assert [(item.expert, item.text) for item in found(sentence)] == [(expert, text)]


def test_a_sentence_of_several_recommendations_gives_one_item_each():
    items = found("Economist Dana Roe said Arland should sign the deal, and that it build support at home.")
    assert [item.text for item in items] == ["Arland should sign the deal", "It build support at home."]


def test_where_it_was_said_is_no_advice_and_what_the_expert_added_is():
    items = found("Brokerage Halvard Capital said in a note to clients, adding that any legal fight would be long.")
    assert [item.text for item in items] == ["Any legal fight would be long."]


def test_a_quote_credited_to_no_one_is_the_experts_who_speaks_beside_it():
    items = found("“The real bargaining begins now,” director of retail research Ines Ford said.")
    assert [(item.expert, item.text) for item in items] == [("Ines Ford", "The real bargaining begins now")]
