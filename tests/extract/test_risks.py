"""Risks: each construction of `lexicon/risks.py` is found in its own example sentences and gives no risk in
its near misses; category, severity and the weights of strong and weak signals."""

from __future__ import annotations

import pytest
from documents import document

from briefgen.extract.lexicon.risks import RISKS
from briefgen.extract.risks import risks

EXAMPLES = [(c.name, sentence) for c in RISKS for sentence in c.examples]
NEAR_MISSES = [(c.name, sentence) for c in RISKS for sentence in c.nothing]


def found(*paragraphs: str):
    doc = document(*paragraphs)
    return risks(doc.analysis, doc.quotes, doc.cues)


@pytest.mark.parametrize("name, sentence", EXAMPLES)
def test_each_construction_is_found_in_its_examples(name, sentence):
    items = found(sentence)
    assert items, f"no risk in {sentence!r}"
    assert any(name in item.constructions for item in items), [item.constructions for item in items]


@pytest.mark.parametrize("name, sentence", NEAR_MISSES)
def test_a_near_miss_is_no_risk(name, sentence):
    assert found(sentence) == []


def test_every_construction_states_its_pattern_with_examples_and_a_near_miss():
    for construction in RISKS:
        assert construction.doc.strip(), construction.name
        assert len(construction.examples) >= (2 if construction.strength >= 2 else 1), construction.name
        assert construction.nothing, construction.name


@pytest.mark.parametrize(
    "sentence, category, severity",
    [
        ("Arland has threatened to double port fees if the talks collapse.", "pressure", "high"),
        ("The stoppage could cause delays at the baggage belts.", "general", "low"),
        ("The waiver on grain duties runs until 30 June 2027.", "timing", "medium"),
        ("Ms Lind warned that the strike could cost hospitals millions.", "general", "medium"),
        ("Kordan will not back the proposed clearing fund, its finance minister said.", "negotiation", "high"),
    ],
)
def test_category_and_severity_come_from_the_wording(sentence, category, severity):
    (item,) = found(sentence)
    assert (item.category, item.severity) == (category, severity)


@pytest.mark.parametrize(
    "sentence, is_risk",
    [
        ("Vessa set a 25% tariff on Arland's steel.", False),  # one weak signal
        ("Vessa set a 25% tariff on Arland's steel, raising costs for carmakers.", True),  # two weak signals
        ("In 1998, the rebels threatened to bomb the port.", False),  # history
        ("Strike.", False),  # too short to be a risk
    ],
)
def test_weak_signals_need_a_second_and_history_is_no_risk(sentence, is_risk):
    assert bool(found(sentence)) is is_risk


def test_an_experts_one_weak_signal_is_a_risk():
    assert found("Economist Dana Roe said the tariff would stay for a while.")
    assert not found("Farmer Tom Lee said the tariff would stay for a while.")


def test_a_quote_with_a_weak_signal_and_a_hedge_is_a_risk():
    items = found("“The tariff would stay for years,” the minister said.")
    assert [item.text for item in items] == ["The tariff would stay for years"]
    assert found("“The tariff stays,” the minister said.") == []
