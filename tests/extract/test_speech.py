"""Reported speech (extract/speech.py): one table per construction of news writing, each with the
near-misses that must give nothing. Sentences are written for the test."""

from __future__ import annotations

import pytest
from helpers import brief_of as extract


def reported(text: str) -> dict[str, str | None]:
    """Reported speech found in `text`: its words → its speaker."""
    return {q.text: q.speaker for q in extract(text).quotes if not q.direct}


def assert_reported(text: str, expected: dict[str, str | None]) -> None:
    assert reported(text) == expected


# --- subject first: NP (has, also ...) V (hearer) (adjuncts) (that) CLAUSE ----------------------
SUBJECT_FIRST = [
    (
        "Harbour officials said on Monday that the ferry terminal will close for repairs in March.",
        {"that the ferry terminal will close for repairs in March": "Harbour officials"},
    ),
    (
        "The nurses' union says its members are working double shifts without a break.",
        {"its members are working double shifts without a break": "The nurses' union"},
    ),
    (
        "Mayor Lena Okafor told reporters she would not seek a third term.",
        {"she would not seek a third term": "Lena Okafor"},
    ),
    (
        "In a statement, the Ministry of Transport confirmed the bridge had failed two inspections.",
        {"the bridge had failed two inspections": "the Ministry of Transport"},
    ),
    (
        "The lawsuit alleges that the landlord ignored repeated complaints about mould.",
        {"that the landlord ignored repeated complaints about mould": "The lawsuit"},
    ),
    (
        "Dr. Ravi Menon, an economist at Westbrook University, argued that rate cuts would come too late.",
        {"that rate cuts would come too late": "Ravi Menon"},
    ),
    (
        "Tideway Energy has said it met every deadline — but residents say the pipe leaked twice.",
        {"it met every deadline": "Tideway Energy", "the pipe leaked twice": "residents"},
    ),
    (
        "Sources familiar with the talks have said the bid was hoping to close by the end of the year.",
        {"the bid was hoping to close by the end of the year": "Sources familiar with the talks"},
    ),
    (
        "A release from the union late Friday said a majority of the workers voted to join.",
        {"a majority of the workers voted to join": "A release from the union late Friday"},
    ),
    # a name that looks like a modal is no modal: "Ms. May said"
    (
        "Prime Minister Theresa May spoke. On Tuesday, Ms. May said a time limit could solve the problem.",
        {"a time limit could solve the problem": "Theresa May"},
    ),
    # a group described by a participle
    (
        "But people arrested at the camp alleged to reporters that police had used too much force.",
        {"that police had used too much force": "people arrested at the camp"},
    ),
    # a relative clause: the reported clause opens with its verb
    (
        "The driver had two wounds that police said did not appear self-inflicted.",
        {"did not appear self-inflicted": "police"},
    ),
    # near-misses: negation, a noun-phrase object, a denial, the passive, a comparison, a question
    ("The council has not said whether it will appeal the ruling.", {}),
    ("The council has not said it will appeal the ruling.", {}),
    ("Police never said the road would close for the winter.", {}),
    ("She must have said something right to the panel.", {}),
    ("The index added 1.2 per cent to close at 6,410.", {}),
    ("Okafor denied the allegations on Tuesday.", {}),
    ("He was told he had two weeks to leave the flat.", {}),
    ("Rents are higher than city reports say they are at the moment.", {}),
    ("She did not like what he said about the budget last week.", {}),
    ("A notice of civil claim was filed in court last week.", {}),
    ("Edmonton responded a couple of minutes later when Ruiz scored.", {}),
    ("Mayor Lena Okafor said goodbye to the crew on Friday.", {}),
    ("Economist Lena Okafor stressed the importance of arriving with firm commitments on spending.", {}),
    ("He said his voice breaking with emotion.", {}),
    ("She starred in a play that the United States banned for years.", {}),
]


@pytest.mark.parametrize("text, expected", SUBJECT_FIRST)
def test_subject_first_reports(text, expected):
    assert_reported(text, expected)


# --- clause-final: CLAUSE, NP V (adjuncts). / CLAUSE, V NP (, appositive). ----------------------
CLAUSE_FINAL = [
    (
        "Three people were taken to hospital with minor injuries, police said Sunday.",
        {"Three people were taken to hospital with minor injuries": "police"},
    ),
    (
        "The ferry will resume service on Friday, a spokesperson for the operator said.",
        {"The ferry will resume service on Friday": "a spokesperson for the operator"},
    ),
    (
        "The vote was a turning point for the party, said Amara Diallo, a historian at Lakeside College.",
        {"The vote was a turning point for the party": "Amara Diallo"},
    ),
    (
        "Demand for the new vaccine has outstripped supply, researchers report.",
        {"Demand for the new vaccine has outstripped supply": "researchers"},
    ),
    ("The painting was sold last year, said to be worth more than $2 million.", {}),
    ("Prices rose faster than in May, as economists had predicted.", {}),
    ("Riders waited for hours, the station nearly empty.", {}),
]


@pytest.mark.parametrize("text, expected", CLAUSE_FINAL)
def test_clause_final_attribution(text, expected):
    assert_reported(text, expected)


# --- inserted: A, NP V, B (two clauses) ---------------------------------------------------------
INSERTED = [
    (
        "Farm leader Nora Quist spoke. The new rules, she says, will cost small farms thousands of dollars.",
        {"The new rules": "Nora Quist", "will cost small farms thousands of dollars": "Nora Quist"},
    ),
    (
        "What surprised him most, Halvorsen recalled, was how quiet the town became.",
        {"What surprised him most": "Halvorsen", "was how quiet the town became": "Halvorsen"},
    ),
    ("Her brother, who said little at the hearing, left early.", {}),
    ("The budget, as expected, was approved on Tuesday.", {}),
]


@pytest.mark.parametrize("text, expected", INSERTED)
def test_inserted_attribution(text, expected):
    assert_reported(text, expected)


# --- according to NP ----------------------------------------------------------------------------
ACCORDING = [
    (
        "According to the fire department, the blaze started in a basement storage room.",
        {"the blaze started in a basement storage room": "the fire department"},
    ),
    (
        "Rents in the city rose 11 per cent last year, according to a report by Harbourview Analytics.",
        {"Rents in the city rose 11 per cent last year": "Harbourview Analytics"},
    ),
    (
        "The merger, according to two people familiar with the talks, could be announced next week.",
        {
            "The merger": "two people familiar with the talks",
            "could be announced next week": "two people familiar with the talks",
        },
    ),
    ("The trains ran according to the winter schedule.", {}),
    ("Everything went according to plan, and the bridge opened on time.", {}),
    ("Seats are allocated according to seniority.", {}),
]


@pytest.mark.parametrize("text, expected", ACCORDING)
def test_according_to(text, expected):
    assert_reported(text, expected)


# --- participles and a second verb sharing the subject ------------------------------------------
PARTICIPLES_AND_SECOND_VERBS = [
    (
        "The club apologized on Sunday, saying the ticket prices had been set in error.",
        {"the ticket prices had been set in error": "The club"},
    ),
    (
        "Director Amrit Kaur praised the volunteers, adding that the food bank had never been busier.",
        {"that the food bank had never been busier": "Amrit Kaur"},
    ),
    (
        "Each charge carries up to ten years in prison, the prosecutor said, adding that more charges may follow.",
        {
            "Each charge carries up to ten years in prison": "the prosecutor",
            "that more charges may follow": "the prosecutor",
        },
    ),
    (
        "Mayor Ana Morales said the permit was valid and added that the city had no grounds to revoke it.",
        {"the permit was valid": "Ana Morales", "that the city had no grounds to revoke it": "Ana Morales"},
    ),
    ("She left the room without saying a word.", {}),
    ("The chef finished the sauce, adding a pinch of salt.", {}),
    (
        "Mayor Ana Morales said the permit was valid and left the meeting.",
        {"the permit was valid and left the meeting": "Ana Morales"},
    ),
    ("She added a clause to the contract and signed it.", {}),
    ("Cable had been diagnosed with cancer and told he had three months to live.", {}),
]


@pytest.mark.parametrize("text, expected", PARTICIPLES_AND_SECOND_VERBS)
def test_participles_and_second_verbs(text, expected):
    assert_reported(text, expected)


# --- mixed quotation: the clause as reported speech when its quoted words are a small part -------
MIXED = [
    (
        "Mayor Lena Okafor said she was “deeply troubled” by the audit's findings on Monday.",
        {"she was “deeply troubled” by the audit's findings on Monday": "Lena Okafor"},
    ),
    ("Union leaders warned that the offer was “an insult to every worker on the floor.”", {}),
    ("“We will appeal,” Reyes said.", {}),
    ("She said: “The audit changes nothing at all.”", {}),
]


@pytest.mark.parametrize("text, expected", MIXED)
def test_mixed_quotation(text, expected):
    assert_reported(text, expected)


def test_a_mixed_quotations_words_are_a_direct_quote_of_the_clauses_speaker():
    brief = extract("Mayor Lena Okafor said she was “deeply troubled” by the audit's findings on Monday.")
    direct = {q.text: q.speaker for q in brief.quotes if q.direct}
    assert direct == {"deeply troubled": "Lena Okafor"}


def test_an_advice_sentence_is_also_reported_speech():
    text = "Maya Lind, a labour economist at the Northgate Institute, said the minister should offer a staffing review."
    brief = extract(text)
    assert brief.expert_advice
    assert reported(text) == {"the minister should offer a staffing review": "Maya Lind"}


def test_a_subject_past_two_asides():
    text = (
        "Rep. Lucille Roybal Allard, D-Calif., the incoming chairwoman of the subcommittee, said in an "
        "interview that her office is preparing a bill."
    )
    assert reported(text) == {"that her office is preparing a bill": "Lucille Roybal Allard"}
