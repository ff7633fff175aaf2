"""What a person's later mentions say they lead ("Ms Roe, who leads Brightwater's team"), and nothing when
the words after a mention are anything else; a person of the lead stands for the party they belong to."""

from __future__ import annotations

import pytest
from documents import document

from briefgen.extract.frames import lead_parties
from briefgen.extract.parties import Members, later_affiliations


@pytest.mark.parametrize(
    "later, found",
    [
        ("Ms Roe, who leads Brightwater's bargaining team, will vote.", ["Brightwater"]),
        ("Ms Roe, who heads the Arland Nurses Union, will vote.", ["Arland Nurses Union"]),
        ("Talks went on. Ms Roe, who  speaks for Vessa Mining, left early.", ["Vessa Mining"]),
        ("Ms Roe, whose team leads Brightwater, will vote.", []),
        ("Ms Roe, who said the offer was low, left early.", []),
        ("Ms Roe, a negotiator for Brightwater, will vote.", []),
        ("Ms Roe,who leads Brightwater's team, will vote.", []),
        ("The offer was low, said Ms Roe.", []),
    ],
)
def test_later_affiliations_are_what_an_appositive_says_a_person_leads(later, found):
    analysis = document("Union negotiator Kia Roe said the offer was low.", later).analysis
    person = next(e for e in analysis.entities.values() if e.name == "Kia Roe")
    assert later_affiliations(analysis, person) == found


@pytest.mark.parametrize(
    "paragraphs, parties",
    [
        (["Canadian Trade Minister Ana Roe said talks with Vessa had stalled.", "Canada wants a deal."], ["Canada"]),
        (
            ["Ana Roe, Canada's trade minister, said talks had stalled.", "Canada wants a deal, Vessa said."],
            ["Canada", "Vessa"],
        ),
        (["Ana Roe, Canada's trade minister, met Vessa.", "Ms Roe said Vessa had moved."], ["Canada"]),
        (["Union negotiator Kia Roe said talks had stalled.", "Canada wants a deal."], ["Kia Roe", "Canada"]),
    ],
)
def test_a_person_of_the_lead_stands_for_the_party_they_belong_to(paragraphs, parties):
    members = Members(document(*paragraphs).analysis)
    assert [party.name for party in lead_parties(members)] == parties
