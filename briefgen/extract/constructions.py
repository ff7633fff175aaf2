"""Constructions: the unit of the section rules (asks, risks, advice, the meeting).

A construction is a pattern of news writing anchored on a word: one of its `words` (found with every
other cue word in one scan of the document, `cues.CUES`), the words that must come right before it
(`before`) and right after it (`after`), as regular expressions over the sentence lowercased by
`patterns.fold`, its quotations blanked. "has threatened to double port fees" is the word
"threatened" with " to" after it; "could backfire" is the word "could" with a harm verb after it.

The rule data (`extract/lexicon/`: asks, risks, advice) declares constructions with the pattern they state
(`doc`), invented example sentences in which the construction must be found (`examples`) and near misses
in which it must not (`nothing`); the tests run both through the extractor.
Where it fails: a construction is matched on the words of one sentence, so a pattern spread over two
sentences, or one whose words are in quotation marks, is not seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from briefgen.regex_cache import compiled

# How far before its word a construction's `before` is looked for.
BEFORE_WINDOW = 100


# eq=False: each construction is one rule of the lexicon, the same object wherever it is found; compared and
# hashed by identity, it keys a dict without hashing its words, regexes and examples at every lookup.
@dataclass(frozen=True, eq=False)
class Construction:
    """One of `words`, preceded by `before` and followed by `after` (regexes over folded text); `unless_before`
    and `unless_after` name what must not stand there."""

    name: str
    doc: str
    words: tuple[str, ...]
    after: str = ""
    before: str = ""
    unless_before: str = ""
    unless_after: str = ""
    examples: tuple[str, ...] = ()
    nothing: tuple[str, ...] = ()
    section: str = ""

    @property
    def key(self) -> str:
        """The name of its word list in the cue index."""
        return f"{self.section}.{self.name}"

    @cached_property
    def _after(self) -> re.Pattern[str] | None:
        return compiled(self.after) if self.after else None

    @cached_property
    def _before(self) -> re.Pattern[str] | None:
        return compiled(r"(?:" + self.before + r")\s*\Z") if self.before else None

    @cached_property
    def _unless_before(self) -> re.Pattern[str] | None:
        return compiled(r"(?:" + self.unless_before + r")\s*\Z") if self.unless_before else None

    @cached_property
    def _unless_after(self) -> re.Pattern[str] | None:
        return compiled(self.unless_after) if self.unless_after else None

    def at(self, low: str, start: int, word: str) -> int | None:
        """The end of the construction when its word `word` stands at `start` of `low`, else None."""
        end = start + len(word)
        # what follows first: a match anchored at the word is cheap, the search for what comes before is not
        if self._unless_after is not None and self._unless_after.match(low, end):
            return None
        if self._after is not None:
            found = self._after.match(low, end)
            if found is None:
                return None
            end = found.end()
        window = max(0, start - BEFORE_WINDOW)
        if self._before is not None and not self._before.search(low, window, start):
            return None
        if self._unless_before is not None and self._unless_before.search(low, window, start):
            return None
        return end


@dataclass(frozen=True, eq=False)
class RiskConstruction(Construction):
    """A risk pattern: its `category`, its `strength` (2: a risk alone; 1: a risk with a second signal or
    in an expert's words) and the `severity` its wording gives ("high"; "medium", which a hedge does not
    lower; "" to leave it to the wording)."""

    category: str = "general"
    strength: int = 2
    severity: str = ""


@dataclass(frozen=True, eq=False)
class AskConstruction(Construction):
    """An ask pattern and the `kind` of ask it states (demand, offer or objective); `asked` when the party
    asked is named right after the word, before "to" ("urged the council to ..."); `asked_before` when it is
    the subject before the word and the one who asks said so ("told the crowd that the state should ...")."""

    kind: str = "demand"
    asked: bool = False
    asked_before: bool = False


@dataclass(frozen=True)
class Frame:
    """A way news writing tells who meets whom: a regex over a sentence (case-insensitive) and where the two
    parties stand around its match (`slots`): "subject-object" (A before the match, B after it: "A will meet
    B"), "between" (both after it: "talks between A and B"), "joint" (both before it: "A and B will resume
    talks"), "refusal" (B before, A owning what B refuses: "B cannot support A's fund"), "subject" (A
    only: "A will return to the bargaining table"). `examples` are
    (sentence, A, B) triples the tests run through the meeting; `nothing` sentences give no meeting."""

    name: str
    doc: str
    pattern: str
    slots: str
    examples: tuple[tuple[str, str, str], ...] = ()
    nothing: tuple[str, ...] = ()

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return compiled(self.pattern, re.IGNORECASE)


def words(listed: str) -> tuple[str, ...]:
    """The words of a construction written as one string, separated by commas ("walk out, walkout")."""
    return tuple(word.strip() for word in listed.split(",") if word.strip())


def declare(section: str, *constructions: C) -> tuple[C, ...]:
    """The constructions of one section, each told its section (their keys in the cue index)."""
    named = []
    for construction in constructions:
        object.__setattr__(construction, "section", section)
        named.append(construction)
    keys = [c.name for c in named]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise ValueError(f"{section}: construction names used twice: {sorted(duplicates)}")
    return tuple(named)


def word_lists(constructions: Iterable[Construction]) -> dict[str, tuple[str, ...]]:
    """The cue index's word list of each construction."""
    return {c.key: c.words for c in constructions}


C = TypeVar("C", bound=Construction)
Table = dict[str, list[tuple[C, str]]]


def table(constructions: Iterable[C], longest: Mapping[str, Mapping[str, str]]) -> Table[C]:
    """For each word a cue index reports, the constructions that may stand there and their word at that place
    (`longest`: the index's table of each list, `CueIndex.longest`)."""
    found: Table[C] = {}
    for construction in constructions:
        for hit, word in longest[construction.key].items():
            found.setdefault(hit, []).append((construction, word))
    return found


def find(table: Table[C], low: str, hits: Sequence[tuple[int, str]]) -> list[tuple[int, int, C, str]]:
    """(start, end, construction, its word) of every construction of `table` standing in the folded text `low`,
    given the text's cue-index `hits`, in the order of their places."""
    found: list[tuple[int, int, C, str]] = []
    for start, hit in hits:
        for construction, word in table.get(hit, ()):
            end = construction.at(low, start, word)
            if end is not None:
                found.append((start, end, construction, word))
    return found
