"""What a page says of its source: a byline's names, and authors without repeats."""

from __future__ import annotations

import pytest

from briefgen.ingest.metadata import byline_authors, clean_authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("by Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By Jane Doe, Staff Writer", ("Jane Doe",)),
        ("By JANE DOE MAR. 13, 2025", ("JANE DOE",)),
        ("by Jane Doe @janedoe March 13, 2025: 3:42 PM ET", ("Jane Doe",)),
        ("By Mary Ann de la Cruz and Jo Li | Reuters", ("Mary Ann de la Cruz", "Jo Li")),
        ("Written by May Smith", ("May Smith",)),
        # near misses
        ("By Friday, the union said it would strike.", ()),
        ("by the end of the week", ()),
        ("By Reuters", ()),
        ("Jane Doe, Reuters", ()),  # a byline without "By" is not read
    ],
)
def test_byline_authors(line: str, authors: tuple[str, ...]) -> None:
    assert byline_authors(line) == authors


def test_clean_authors() -> None:
    assert clean_authors([" Jane  Doe ", "JANE DOE", "", "The Ledger", "John Roe"], outlet="the ledger") == (
        "Jane Doe",
        "John Roe",
    )
