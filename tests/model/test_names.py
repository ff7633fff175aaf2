"""The one definition of "same person" (model/names.py), and the index that finds a person by any name."""

from __future__ import annotations

import pytest

from briefgen.model.names import PersonIndex, last_name_word, same_person


@pytest.mark.parametrize(
    "name, last",
    [
        ("Donald Trump", "trump"),
        ("Sir Keir Starmer", "starmer"),
        ("King Charles", "charles"),
        ("Mr. O'Neil", "o'neil"),
        ("Ursula von der Leyen", "leyen"),
        ("Julie Bishop", "bishop"),  # a title word as a surname stays the surname
        ("Dr.", None),  # an honorific alone is no name
        ("", None),
    ],
)
def test_last_name_word(name: str, last: str | None) -> None:
    assert last_name_word(name) == last


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Trump", "Donald Trump", True),
        ("President Trump", "Donald Trump", True),  # a title gives no first name
        ("Mr. Trump", "Donald Trump", True),
        ("U.S. President Donald Trump", "Donald Trump", True),
        ("Donald J. Trump", "Donald Trump", True),
        ("Sir Keir Starmer", "Keir Starmer", True),
        ("Prime Minister Mark Carney", "Mark Carney", True),
        ("Julie Bishop", "Bishop", True),
        # counter-examples: the same surname with other first names, or another surname
        ("Melania Trump", "Donald Trump", False),
        ("Justin Trudeau", "Pierre Trudeau", False),
        ("Mark Carney", "Mark Rutte", False),
        ("Donald Trump Jr.", "Donald Trump", False),
        ("Xi", "Xi Jinping", False),  # a surname written first is not read as one
        ("Mr.", "Mr. Smith", False),
        ("", "", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same
    assert same_person(b, a) is same


def test_an_index_finds_the_first_person_of_that_name_added() -> None:
    index = PersonIndex([("Donald Trump", 1), ("Melania Trump", 2), ("Mark Carney", 3), ("Donald Trump", 4)])
    assert index.find("President Trump") == 1  # either Trump: the first one added
    assert index.find("Melania Trump") == 2
    assert index.find_all("Donald Trump") == [1, 4]
    assert index.find("Carney") == 3
    assert index.find("Pierre Poilievre") is None
    assert index.find(None) is None
    assert index.find("") is None
