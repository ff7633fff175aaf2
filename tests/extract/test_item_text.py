"""Small helpers of `extract.item_text` that the section extractors share."""

from __future__ import annotations

import pytest

from briefgen.extract.item_text import fewer_words


@pytest.mark.parametrize(
    ("text", "count", "fewer"),
    [
        ("The board met on Monday.", 6, True),  # five words
        ("The board met on Monday again.", 6, False),  # six
        ("  The board  met\ton Monday  ", 6, True),  # runs of spaces and a tab are one gap
        ("The board met on Monday again   ", 6, False),  # trailing spaces after the sixth word
        ("Talks resumed in the capital after a week of strikes.", 5, False),
        ("", 1, True),
        ("   ", 1, True),
        ("Talks", 1, False),
    ],
)
def test_fewer_words_counts_as_a_full_split_does(text: str, count: int, fewer: bool) -> None:
    assert fewer_words(text, count) is fewer
    assert fewer_words(text, count) is (len(text.split()) < count)
