"""The meeting: each frame of `lexicon/meeting_words.py` gives its two parties in its examples and none in
its near misses; organisations, countries and groups as sides, each shown by its representative; the place
of the meeting, not of another event; the sides of everyone; a principal given turns the sides round."""

from __future__ import annotations

import pytest
from documents import document

from briefgen.extract.lexicon.meeting_words import FRAMES
from briefgen.extract.meeting import find_meeting

EXAMPLES = [(f.name, sentence, a, b) for f in FRAMES for sentence, a, b in f.examples]
NEAR_MISSES = [(f.name, sentence) for f in FRAMES for sentence in f.nothing]


def meeting(*paragraphs: str, **given):
    return find_meeting(document(*paragraphs).analysis, **given)


@pytest.mark.parametrize("name, sentence, principal, counterpart", EXAMPLES)
def test_each_frame_names_the_two_sides(name, sentence, principal, counterpart):
    found = meeting(sentence)
    assert found.principal_name == principal
    if counterpart:
        assert found.counterpart_name == counterpart


@pytest.mark.parametrize("name, sentence", NEAR_MISSES)
def test_a_near_miss_names_no_second_side(name, sentence):
    assert meeting(sentence).counterpart_name is None


def test_every_frame_states_its_pattern_with_examples_and_a_near_miss():
    for frame in FRAMES:
        assert frame.doc.strip() and frame.examples and frame.nothing, frame.name


@pytest.mark.parametrize(
    "paragraphs, principal, counterpart",
    [
        (  # a company meets a company: each shown by its chief, linked by "X boss" and "X's"
            [
                "Kestrel will meet car giant Vantor Motors on Tuesday in Basel.",
                "The meeting between Kestrel boss Dana Holm and Vantor's Ray Oduya is set for noon.",
            ],
            "Dana Holm",
            "Ray Oduya",
        ),
        (  # a country and a group: the country by its minister, the group by its name
            ["Arland is seeking to reach a firm agreement with Sahel countries, Arland Foreign Minister Ana Roe said."],
            "Ana Roe",
            "Sahel countries",
        ),
        (  # a group by the leader of one of its organisations; a resident interviewed is nobody's representative
            [
                "Five rail unions will hold talks with Transport Secretary Mara Quist in Dunmore.",
                "Station cleaner Jo Pike said she was tired.",
                "The Rail and Transport Workers Union (RTWU) backs the talks, RTWU leader Sam Vale said.",
            ],
            "Sam Vale",
            "Mara Quist",
        ),
        (  # no frame: the first two parties of the lead; the organisation with no person is shown by name
            [
                "Halden has offered to cut its fees, Halden chief executive Ana Ruiz said.",
                "Regulator Norcom said it would decide in May.",
            ],
            "Ana Ruiz",
            "Norcom",
        ),
    ],
)
def test_sides_are_parties_shown_by_their_representatives(paragraphs, principal, counterpart):
    found = meeting(*paragraphs)
    assert (found.principal_name, found.counterpart_name) == (principal, counterpart)


@pytest.mark.parametrize(
    "paragraphs, location",
    [
        (["Ms Brandt will meet Mr Issak in Tromsø on Friday."], "Tromsø"),
        (["The envoy is in Quito meeting ministers ahead of the June summit in Santiago."], "Quito"),
        (["Rail unions will hold talks with Mara Quist at Labour's spring conference in Dunmore."], "Dunmore"),
        (
            ["Thousands of teachers surrounded the Arland Statehouse to call for more pay from the state government."],
            "Arland Statehouse",
        ),
        (
            [
                "Envoy Tia Park travels to Lima this week.",
                "Ms Park will meet trade minister Ben Cole at the Foreign Ministry.",
            ],
            "Foreign Ministry, Lima",
        ),
    ],
)
def test_the_place_of_the_meeting(paragraphs, location):
    assert meeting(*paragraphs).location == location


def test_everyone_has_the_side_of_the_party_they_belong_to():
    doc = document(
        "Arland Trade Minister Ana Roe will meet Vessa Finance Minister Per Lind in Oslo on Friday.",
        "Arland's trade envoy, Ben Moss, said the talks would be hard.",
        "Economist Dana Cole said both should compromise.",
        "Station cleaner Jo Pike said she was tired.",
    )
    found = find_meeting(doc.analysis)
    sides = {doc.analysis.entities[key].name: side for key, side in found.sides.items()}
    assert sides["Ana Roe"] == "principal" and sides["Per Lind"] == "counterpart"
    assert sides["Ben Moss"] == "principal"  # the principal's own envoy is never the counterpart
    assert sides["Dana Cole"] == "expert" and sides["Jo Pike"] == "third_party"


def test_a_principal_given_turns_every_side_round():
    paragraphs = (
        "Arland Trade Minister Ana Roe will meet Vessa Finance Minister Per Lind in Oslo on Friday.",
        "Vessa's trade envoy, Ben Moss, said the talks would be hard.",
    )
    found = meeting(*paragraphs, principal="Per Lind")
    assert (found.principal_name, found.counterpart_name) == ("Per Lind", "Ana Roe")
    doc = document(*paragraphs)
    sides = {
        doc.analysis.entities[k].name: s for k, s in find_meeting(doc.analysis, principal="Per Lind").sides.items()
    }
    assert sides["Ben Moss"] == "principal" and sides["Ana Roe"] == "counterpart"
