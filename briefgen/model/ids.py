"""The normal forms of an item's text: the words it is deduplicated by (`key_words`) and the words its
id is made from (`id_words`).

Each is the text lowercased (or casefolded), every run of non-word characters made one space, and
trimmed ("U.S.-Canada talks" → "u s canada talks"). Both are worked out one whitespace-free piece at a
time, through a cache of pieces: the same words come back item after item, and whitespace is a
non-word character that no lowercasing looks across (not even the final-sigma rule), so the pieces
are independent of each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable

NON_WORDS = re.compile(r"\W+")


class PieceCache(dict):
    """A whitespace-free piece of text → its normal form, worked out once per distinct piece; emptied
    when it holds `limit` pieces, so that a huge input cannot grow it without end."""

    def __init__(self, normalise: Callable[[str], str], limit: int = 1 << 16):
        super().__init__()
        self.normalise = normalise
        self.limit = limit

    def __missing__(self, piece: str) -> str:
        if len(self) >= self.limit:
            self.clear()
        value = self[piece] = self.normalise(piece)
        return value


_KEY_PIECES = PieceCache(lambda piece: NON_WORDS.sub(" ", piece.lower()).strip())
_ID_PIECES = PieceCache(lambda piece: NON_WORDS.sub(" ", piece.casefold()).strip())


def key_words(text: str) -> str:
    """The text's words, lowercased, joined by single spaces."""
    return " ".join(filter(None, map(_KEY_PIECES.__getitem__, text.split())))


def id_words(text: str) -> str:
    """The text's words, casefolded ("Straße" → "strasse"), joined by single spaces."""
    return " ".join(filter(None, map(_ID_PIECES.__getitem__, text.split())))
