"""The normal forms of an item's text: the words it is deduplicated by (`key_words`) and the words its
id is made from (`id_words`).

Each is the text lowercased (or casefolded), every run of non-word characters made one space, and
trimmed ("U.S.-Canada talks" → "u s canada talks").
"""

from __future__ import annotations

from briefgen.regex_cache import compiled

NON_WORDS = compiled(r"\W+")


def key_words(text: str) -> str:
    """The text's words, lowercased, joined by single spaces."""
    return NON_WORDS.sub(" ", text.lower()).strip()


def id_words(text: str) -> str:
    """The text's words, casefolded ("Straße" → "strasse"), joined by single spaces."""
    return NON_WORDS.sub(" ", text.casefold()).strip()
