"""The place, country and organisation lists (extract/lexicon/places.py, organisations.py): every list
states its pattern with invented examples and counter-examples, and each is run through extraction here."""

from __future__ import annotations

import pytest
from rule_examples import check, examples_of, lists_without_examples

from briefgen.extract.lexicon import organisations, places
from briefgen.model.examples import Example

MODULES = (places, organisations)


@pytest.mark.parametrize(("name", "example"), examples_of(MODULES))
def test_a_place_or_organisation_list_finds_what_its_example_says(name: str, example: Example) -> None:
    check(example)


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__)
def test_every_place_and_organisation_list_has_examples(module) -> None:
    assert lists_without_examples(module) == []
