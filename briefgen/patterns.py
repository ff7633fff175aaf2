"""Regular expressions built from word lists.

A plain alternation of a hundred cue words ("threat|threaten|threatened|...") makes the regex
engine try every word at every position; the same words as a trie ("threat(?:en(?:ed)?)?") branch
on one character at a time, which is several times faster and matches exactly the same text
(the longest word that fits, as a longest-first alternation does).
"""

from __future__ import annotations

import re
from typing import Iterable


def word_alternation(words: Iterable[str], *, lower: bool = True) -> str:
    """A regex (without word boundaries) matching any of `words`, as a trie; the longest wins."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word.lower() if lower else word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(trie) if trie else "(?!)"


def _branch(node: dict) -> str:
    alternatives = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if "" in node:
        # a shorter word ends here: the rest is optional, tried first because `?` is greedy
        body = "(?:" + body + ")?"
    return body


def cue_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of `words` as whole words, in text lowercased by `fold` (a case-sensitive regex over
    lowercased text is two to three times faster than a case-insensitive one)."""
    return re.compile(r"\b(?:" + word_alternation(words) + r")\b")


def fold(text: str) -> str:
    """The text lowercased with every offset kept: the rare character whose lowercase is longer
    ("İ") stays as it is, so a match in the folded text slices the original at the same place."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
