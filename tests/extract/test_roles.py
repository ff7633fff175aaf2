"""People and their roles as news writing gives them: a role written before the name in lowercase, compound
and hyphenated titles, a role told in a relative clause, a list of names after one role, a name owned by an
organisation, a surname joined by a particle, and organisations whose names join two words with "and"."""

from __future__ import annotations

import pytest
from documents import document


def entities(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    found = document(*paragraphs).analysis.entities.values()
    return {e.name: (e.kind, e.role) for e in found if e.mentions}


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        ("Greenway chief policy adviser Lara Venn criticised the plan.", "Lara Venn", "Greenway chief policy adviser"),
        ("'We will win,' Kestrel chief executive Tomas Ruud said.", "Tomas Ruud", "Kestrel chief executive"),
        ("Primary school music teacher Omar Diaz said the pay was low.", "Omar Diaz", "Primary school music teacher"),
        ("The rise was small, director of retail research Ines Ford said.", "Ines Ford", "director of retail research"),
        ("It was a start, said BBC labour correspondent Will Hart.", "Will Hart", "BBC labour correspondent"),
        ("U.S. Secretary of State Dana Reyes said the talks would go on.", "Dana Reyes", "U.S. Secretary of State"),
        ("Treasury Under-Secretary Paul Grant said the fund would not work.", "Paul Grant", "Treasury Under-Secretary"),
        ("They briefed President-elect Mara Olsen on Friday.", "Mara Olsen", "President-elect"),
        ("Republican state schools Superintendent Jo McKay cited a study.", "Jo McKay", "Superintendent"),
        ("The priest, Fidelis Oko, is acting as a go-between.", "Fidelis Oko", "priest"),
        ("Kia Ruiz, who works as a cabin cleaner at the airport, said she was tired.", "Kia Ruiz", "cabin cleaner"),
        ("The label was bought by a firm owned by talent manager Sam Lee.", "Sam Lee", "talent manager"),
        ("It won backing from congresswoman Ana Ortiz-Vela on Monday.", "Ana Ortiz-Vela", "congresswoman"),
    ],
)
def test_a_role_written_around_the_name(sentence, name, role):
    assert entities(sentence)[name] == ("person", role)


def test_one_role_before_two_names_is_the_role_of_both():
    found = entities("The two are cabinet ministers Rui Sola and Inez Barra, who fled on Tuesday.")
    assert found["Rui Sola"] == found["Inez Barra"] == ("person", "cabinet ministers")


def test_names_in_a_list_only_people_make_are_people():
    found = entities("She has toured with the likes of Zed Marlo and Kia Brandt.")
    assert {"Zed Marlo", "Kia Brandt"} <= set(found)


def test_a_name_owned_by_an_organisation_is_a_person_of_it():
    analysis = document("The meeting between Kestrel boss Tomas Ruud and GM's Rick Vale is set for Tuesday.").analysis
    vale = next(e for e in analysis.entities.values() if e.name == "Rick Vale")
    assert (vale.kind, vale.affiliation) == ("person", "GM")


def test_a_surname_joined_by_a_particle_keeps_the_name_whole():
    found = entities("Tarsi's president, Omar Idris al-Vell, refused. Mr. Vell said so again.")
    people = {name: role for name, (kind, role) in found.items() if kind == "person"}
    assert people == {"Omar Idris al-Vell": "Tarsi's president"}


@pytest.mark.parametrize(
    "sentence, organisation",
    [
        ("The Food and Safety Administration approved the drug on Friday.", "Food and Safety Administration"),
        ("The Rail and General Workers' Union (RGWU) said it would ballot members.", None),
        ("The Public and Civil Staff Union (PCSU) will co-ordinate the action.", "Public and Civil Staff Union"),
    ],
)
def test_an_organisation_joining_two_words_with_and_is_one(sentence, organisation):
    found = entities(sentence)
    assert not [name for name, (kind, _) in found.items() if kind == "person"]
    if organisation:
        assert found[organisation] == ("organization", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm hired consultant Jo Ray last year.",  # a verb before the role noun is no part of it
        "Vantor and Kestrel Motors will meet in Basel.",  # a company's name joins nothing with "and"
        "She has toured with the likes of Paris and Rome.",  # places, not people
        "The manager Microsoft hired left.",  # a one-word name after a role noun
    ],
)
def test_no_person_or_role_from_near_misses(sentence):
    found = entities(sentence)
    people = {name: role for name, (kind, role) in found.items() if kind == "person"}
    assert people.get("Jo Ray", "consultant") == "consultant"
    assert not {"Paris", "Rome", "Microsoft", "Vantor"} & set(people)
    assert "Vantor and Kestrel Motors" not in found
