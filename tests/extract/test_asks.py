"""Asks: each construction of `lexicon/asks.py` is found in its own example sentences and gives no ask in its
near misses; who asks and who is asked, kinds, lists, time, and asks in a party's own words."""

from __future__ import annotations

import pytest
from documents import document

from briefgen.extract.advice import expert_advice
from briefgen.extract.asks import asks
from briefgen.extract.lexicon.asks import ASKS, QUOTED_ASKS, RELATIVE_CLAUSE_EXAMPLES

EXAMPLES = [(c.name, sentence) for c in ASKS + QUOTED_ASKS for sentence in c.examples]
NEAR_MISSES = [(c.name, sentence) for c in ASKS + QUOTED_ASKS for sentence in c.nothing]


def found(*paragraphs: str):
    doc = document(*paragraphs)
    advice = expert_advice(doc.analysis, doc.quotes, doc.cues)
    return asks(doc.analysis, doc.quotes, advice, doc.cues)


@pytest.mark.parametrize("name, sentence", EXAMPLES)
def test_each_construction_is_found_in_its_examples(name, sentence):
    items = found(sentence)
    assert [item.construction for item in items if item.construction == name], (name, items)


@pytest.mark.parametrize("name, sentence", NEAR_MISSES)
def test_a_near_miss_is_no_ask(name, sentence):
    assert found(sentence) == []


def test_every_construction_states_its_pattern_with_examples_and_a_near_miss():
    for construction in ASKS + QUOTED_ASKS:
        assert construction.doc.strip(), construction.name
        assert len(construction.examples) >= 2, construction.name
        assert construction.nothing, construction.name


@pytest.mark.parametrize(
    "sentence, text, kind, by, of",
    [
        (
            "Japan wants relief from the 50% levy on its steel exports.",
            "Wants relief from the 50% levy on its steel exports.",
            "demand",
            "Japan",
            None,
        ),
        (
            "The mayor called on the bus operators to restore night routes.",
            "Called on the bus operators to restore night routes.",
            "demand",
            "The mayor",
            "bus operators",
        ),
        (
            "Both sides hope to reach a negotiated deal over state aid, the commissioner said.",
            "Hope to reach a negotiated deal over state aid",
            "objective",
            "Both sides",
            None,
        ),
        (
            "Union leader Ana Diaz told the crowd that the Legislature should spend its cash reserves on schools.",
            "The Legislature should spend its cash reserves on schools.",
            "demand",
            "Ana Diaz",
            "the Legislature",
        ),
        (
            "In return, Vessa will open its ports to aid convoys and free the prisoners.",
            "Will open its ports to aid convoys and free the prisoners.",
            "offer",
            "Vessa",
            None,
        ),
        (
            "Pinecrest offered $14.50 a share in cash and stock.",
            "Offered $14.50 a share in cash and stock.",
            "offer",
            "Pinecrest",
            None,
        ),
    ],
)
def test_an_ask_reads_alone_with_who_asks_and_of_whom(sentence, text, kind, by, of):
    (item,) = found(sentence)
    assert (item.text, item.kind, item.by, item.of) == (text, kind, by, of)


def test_a_list_of_demands_is_one_ask_each_with_its_verb():
    items = found(
        "Ms Cardoso wants spending on maritime patrols, port security to count toward the target, "
        "and a review clause in 2029 for slower economies."
    )
    assert [item.text for item in items] == [
        "Wants spending on maritime patrols",
        "Wants port security to count toward the target",
        "Wants a review clause in 2029 for slower economies.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last week Vessa agreed to pause the levy.",  # conceded before: background
        *RELATIVE_CLAUSE_EXAMPLES,  # a relative clause
        "She did not want to comment on the talks.",  # negated
        "In August.",  # a fragment
    ],
)
def test_no_ask(sentence):
    assert found(sentence) == []


def test_who_asks_is_never_a_fragment():
    (item,) = found("For greater speed, they said they wanted to begin trials in April.")
    assert item.by is None


def test_a_partys_own_words_are_its_ask_and_an_experts_are_a_recommendation():
    items = found(
        "“We need the ministry to decide this week,” union leader Ana Diaz said.",
        "“The ministry should decide now,” said Lena Holt, an economist at the Marsh Institute.",
    )
    assert [(item.kind, item.by) for item in items] == [("demand", "Ana Diaz"), ("recommendation", "Lena Holt")]
