"""Background: facts (numbers, events, named arrangements) are picked over filler, in article order, a few
per paragraph; quotations and short lines are not facts."""

from __future__ import annotations

import pytest
from documents import document

from briefgen.extract.background import background
from briefgen.extract.lexicon.background import FACT_EXAMPLES, FACT_NOTHING

LEAD = "The talks open on the coast this weekend, officials say."
FILLER = "It was a nice day and everyone felt fine about it all."


def found(*paragraphs: str, limit: int = 2):
    doc = document(*paragraphs)
    return [fact.text for fact in background(doc.analysis, set(), limit=limit, cues=doc.cues)]


@pytest.mark.parametrize("fact", FACT_EXAMPLES)
def test_a_fact_is_picked_over_filler(fact):
    assert found(LEAD, FILLER, fact) == [LEAD, fact]


@pytest.mark.parametrize("sentence", FACT_NOTHING)
def test_filler_is_not_picked_over_a_fact(sentence):
    assert found(LEAD, sentence, FACT_EXAMPLES[0]) == [LEAD, FACT_EXAMPLES[0]]


def test_facts_come_in_article_order_with_at_most_two_of_a_short_paragraph():
    doc = document(
        "Redline signed the port accord in March. Osprey signed the same accord in June. "
        "Tarvo signed the accord in 2024. It rained on the coast all week.",
        "About 9,000 drivers work for the three bus firms. The group owns Helix and Norwin.",
    )
    facts = [fact.text for fact in background(doc.analysis, set(), limit=4, cues=doc.cues)]
    assert facts == [
        "Redline signed the port accord in March.",
        "Tarvo signed the accord in 2024.",
        "About 9,000 drivers work for the three bus firms.",
        "The group owns Helix and Norwin.",
    ]


def test_quotations_and_short_lines_are_no_facts():
    assert found("“We signed 12 deals in 2024 and will sign more,” she said.", "Short line 2024.", limit=4) == []
