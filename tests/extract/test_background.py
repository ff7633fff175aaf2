"""Background: facts (numbers, events, named arrangements) are picked over filler, in article order, a few
per paragraph; quotations and short lines are not facts."""

from __future__ import annotations

import pytest
from documents import document

from briefgen.extract.background import background
from briefgen.extract.lexicon.background import (
    DESCRIBING_PAIRS,
    FACT_EXAMPLES,
    FACT_NOTHING,
    FACTS_WANTED,
    MAY_COME,
    NOT_FACT_PAIRS,
)
from briefgen.extract.lexicon.risks import RISKS

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


@pytest.mark.parametrize(("not_a_fact", "fact"), NOT_FACT_PAIRS)
def test_a_plain_fact_wins_over_a_quotation_a_threat_or_a_statement(not_a_fact, fact):
    # "Port talks." is too short to be a fact, so neither sentence has the first sentence's bonus
    assert found("Port talks.", not_a_fact, fact, limit=1) == [fact]


@pytest.mark.parametrize("not_a_fact", [pair[0] for pair in NOT_FACT_PAIRS])
def test_what_is_not_a_fact_is_still_kept_when_nothing_better_is_there(not_a_fact):
    assert found("Port talks.", not_a_fact, limit=1) == [not_a_fact]


def test_a_long_article_gives_about_seven_facts_and_a_short_one_all_it_has():
    years = [f"Redline signed accord number {n} with Osprey in {2000 + n}." for n in range(1, 13)]
    doc = document(*years)
    assert len(background(doc.analysis, set(), cues=doc.cues)) == FACTS_WANTED == 7
    doc = document(*years[:3])
    assert len(background(doc.analysis, set(), cues=doc.cues)) == 3


def test_what_may_come_names_risk_constructions():
    assert MAY_COME <= {construction.name for construction in RISKS}


@pytest.mark.parametrize(("describing", "plain"), DESCRIBING_PAIRS)
def test_a_clause_describing_a_party_is_a_fact(describing, plain):
    assert found("Port talks.", plain, describing, limit=1) == [describing]


# Facts scored alike are taken in article order: (scores of the paragraphs' sentences, facts wanted, the chosen)
TIES = [
    ([1.0, 1.0, 1.0], 1, [0]),
    ([1.0, 2.0, 2.0], 1, [1]),
    ([2.0, 1.0, 2.0], 2, [0, 2]),
    ([None, 1.0, 1.0], 1, [1]),  # a sentence that cannot be a fact is never taken
]


@pytest.mark.parametrize(("scores", "limit", "chosen"), TIES)
def test_facts_scored_alike_are_taken_in_article_order(scores, limit, chosen, monkeypatch):
    from briefgen.extract import background as module

    paragraphs = [f"The council approved plan {n} for the harbour on Monday." for n in range(len(scores))]
    monkeypatch.setattr(module, "_score", lambda analysis, s_index, *rest: scores[s_index])
    assert found(*paragraphs, limit=limit) == [paragraphs[k] for k in chosen]
