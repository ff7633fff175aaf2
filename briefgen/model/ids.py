"""The normal forms of an item's text: the words it is deduplicated by (`key_words`) and the words its
id is made from (`id_words`).

Each is the text lowercased (or casefolded), every run of non-word characters made one space, and
trimmed ("U.S.-Canada talks" → "u s canada talks").
"""

from __future__ import annotations

from briefgen.regex_cache import compiled

WORD = compiled(r"\w+")


def key_words(text: str) -> str:
    """The text's words, lowercased, joined by single spaces."""
    return " ".join(WORD.findall(text.lower()))


def id_words(text: str) -> str:
    """The text's words, casefolded ("Straße" → "strasse"), joined by single spaces."""
    return " ".join(WORD.findall(text.casefold()))
