"""Items said again in nearly the same words are one item (`assemble.collect.Collector`)."""

from __future__ import annotations

import pytest

from briefgen.assemble import collect
from briefgen.model import Point
from briefgen.model.ids import key_words

FIRST = "risk talks on steel and aluminum tariffs could reopen the border deal"
SECOND = "trade plan on steel and aluminum tariffs could reopen the border deal"


def collector_of(texts: list[str]) -> collect.Collector:
    collector = collect.Collector("background")
    for text in texts:
        collector.add(text, None, (), lambda evidence, text=text: Point(text=text, evidence=evidence))
    return collector


@pytest.mark.parametrize(
    ("texts", "query", "nearest"),
    [
        ([FIRST, SECOND], "trade talks on steel and aluminum tariffs could reopen the border deal", 0),  # a tie
        ([FIRST, SECOND], "trade plan on steel and aluminum tariffs could reopen the border deals", 1),
        ([FIRST, SECOND], "a wholly different sentence about fishing quotas", None),
        ([], FIRST, None),
    ],
)
def test_the_nearest_item_is_the_most_similar_and_the_first_on_a_tie(
    texts: list[str], query: str, nearest: int | None
) -> None:
    collector = collector_of(texts)
    assert len(collector.items) == len(texts)
    assert collector._nearest(key_words(query)) == nearest


def test_a_near_duplicate_adds_no_item() -> None:
    collector = collector_of([FIRST, FIRST.replace("deal", "deals")])
    assert [item.text for item in collector.items] == [FIRST]


ITEMS = ["alpha bravo common shared", "charlie delta common shared", "echo foxtrot common", "golf hotel"]


@pytest.mark.parametrize(
    ("query", "candidates"),
    [
        ("alpha charlie echo common", [0, 1, 2]),  # the three rarest: held by one item each
        ("common shared hotel golf", [0, 1, 3]),  # "golf", "hotel", then "shared" (2 items) before "common" (3)
        ("golf bravo delta echo", [0, 1, 2]),  # all held once: the first three alphabetically, not "golf"
        ("zulu common shared golf", [0, 1, 2, 3]),  # an unknown word does not count
        ("zulu yankee", []),  # no known word: no item shares one
        ("a b c", [0, 1, 2, 3]),  # no word of 4+ letters: every item
    ],
)
def test_candidates_are_the_items_holding_the_three_rarest_known_words(query: str, candidates: list[int]) -> None:
    collector = collector_of(ITEMS)
    assert len(collector.items) == len(ITEMS)
    assert collector._candidates(key_words(query)) == candidates
