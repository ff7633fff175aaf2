"""When two names are the same person: the one definition assembly, the `add` merge and rendering use.

Two names are the same person when their last name words are the same and neither gives a first or
middle name the other contradicts: "Trump", "President Trump", "Mr. Trump", "Donald J. Trump" and
"U.S. President Donald Trump" are Donald Trump; "Melania Trump" is not. The last name word is the last
word that is not an honorific or a title kept with a name ("Sir Keir Starmer" → "starmer", "King
Charles" → "charles"); title words before it ("President", "Prime Minister") give no first name.
Where it fails: two people who share a surname and are each named by it alone are one ("Trump"
could be either); a name written with its surname first ("Xi Jinping" as "Xi") is another person.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Generic, TypeVar

from briefgen.model.name_words import HONORIFICS, NAME_KEEPING_TITLES, TITLE_WORDS
from briefgen.regex_cache import compiled

NAME_WORD = compiled(r"[\w’'-]+")
Value = TypeVar("Value")


@lru_cache(maxsize=4096)  # the same names are compared again and again
def _name_parts(name: str) -> tuple[str, frozenset[str]] | None:
    """(last name word, the other words that are no title) of a name; None for a name without words."""
    words = [w for w in NAME_WORD.findall(name.lower()) if w not in HONORIFICS and w not in NAME_KEEPING_TITLES]
    if not words:
        return None
    return words[-1], frozenset(w for w in words[:-1] if w not in TITLE_WORDS)


def last_name_word(name: str) -> str | None:
    """The last word of a name that is not an honorific or a title ("Sir Keir Starmer" → "starmer")."""
    parts = _name_parts(name)
    return parts[0] if parts else None


def same_person(a: str, b: str) -> bool:
    """Whether the names `a` and `b` name the same person (see the module's docstring)."""
    first, second = _name_parts(a), _name_parts(b)
    if first is None or second is None or first[0] != second[0]:
        return False
    return first[1] <= second[1] or second[1] <= first[1]


class PersonIndex(Generic[Value]):
    """Values kept under people's names, found again by any name of the same person; the first one
    added wins when several people match (an index by last name word, so that a lookup meets only the
    names that may match)."""

    def __init__(self, entries: Iterable[tuple[str, Value]] = ()) -> None:
        self._by_last: dict[str, list[tuple[str, Value]]] = {}
        for name, value in entries:
            self.add(name, value)

    def add(self, name: str, value: Value) -> None:
        last = last_name_word(name)
        if last is not None:
            self._by_last.setdefault(last, []).append((name, value))

    def find(self, name: str | None) -> Value | None:
        """The value of the first name added that is the same person as `name`; None if there is none."""
        return next(iter(self.find_all(name)), None)

    def find_all(self, name: str | None) -> list[Value]:
        """The values of every name added that is the same person as `name`, in the order added."""
        last = last_name_word(name) if name else None
        if last is None:
            return []
        return [value for known, value in self._by_last.get(last, ()) if same_person(known, name or "")]
