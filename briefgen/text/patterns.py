"""Regular expressions built from word lists.

A plain alternation of a hundred cue words ("threat|threaten|threatened|...") makes the regex
engine try every word at every position; the same words as a trie ("threat(?:en(?:ed)?)?") branch
on one character at a time, which is several times faster and matches exactly the same text
(the longest word that fits, as a longest-first alternation does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ahocorasick_rs import AhoCorasick, Implementation

from briefgen.regex_cache import compiled


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
    """Any of `words` as whole words, in any case."""
    return compiled(r"\b(?:" + word_alternation(words) + r")\b", re.IGNORECASE)


def fold(text: str) -> str:
    """The text lowercased with every offset kept: the rare character whose lowercase is longer
    ("İ") stays as it is, so a match in the folded text slices the original at the same place."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def _longest_in_lists(words: Sequence[str], lists: Mapping[str, Iterable[str]]) -> dict[str, dict[str, str]]:
    """For each list, each of `words` that begins with a word of the list → the longest such word ending at a
    word boundary: what the list's `cue_pattern(...).match(word)` finds, without compiling the patterns (a cold
    process builds this table before any work). Every word is lowercase, so "in any case" is plain equality."""
    lists_of: dict[str, list[str]] = {}
    for name, members in lists.items():
        for member in members:
            lists_of.setdefault(member, []).append(name)
    longest: dict[str, dict[str, str]] = {name: {} for name in lists}
    for word in words:
        # where a list's word may end inside `word`: before a character that is no word character, or at its end
        ends = [end for end, char in enumerate(word) if not (char.isalnum() or char == "_")] + [len(word)]
        for end in reversed(ends):  # longest first
            for name in lists_of.get(word[:end], ()):
                longest[name].setdefault(word, word[:end])
    return longest


# A cue word as `CueIndex` can tabulate it: a word character at each end, no newline.
_WORD_EDGES = compiled(r"\w(?:.*\w)?")
Hits = tuple[tuple[int, str], ...]  # a tuple: a long article holds one per sentence
SCAN_BATCH = 256  # texts (sentences) searched in one call of the automaton


class CueIndex:
    """Several cue lists found in one pass over texts folded by `fold`, each list's questions then
    answered from a text's hits exactly as its own `cue_pattern` answers them.

    An Aho-Corasick automaton finds every occurrence of every word, overlapping; an occurrence
    counts where `\\b` would hold at both ends (the neighbour is no word character: not alphanumeric,
    not "_"), and at each place only the longest counts. Every word of one list that fits at that
    place is a prefix of it, so the list's own pattern run over that word alone finds the list's
    longest word there; that answer is tabulated once per word.
    Where it fails: a word beginning or ending with a non-word character ("u.s.") has other
    boundaries alone than in a text, so such words are refused (and words holding a newline, which
    sets the texts apart); a text holding a lone surrogate cannot be searched (it has no UTF-8 form)
    and raises UnicodeEncodeError."""

    def __init__(self, lists: Mapping[str, Iterable[str]]):
        lists = {name: sorted({word.lower() for word in words}) for name, words in lists.items()}
        self._words = sorted(set().union(*lists.values()))
        odd = [word for word in self._words if not _WORD_EDGES.fullmatch(word)]
        if odd:
            raise ValueError(f"cue words must begin and end with a word character: {odd}")
        self._automaton = AhoCorasick(self._words, implementation=Implementation.DFA)
        self.longest = _longest_in_lists(self._words, lists)

    def scan(self, texts: Sequence[str]) -> list[Hits]:
        """For each of `texts`, (offset, word) at each place where a word of some list begins, with
        the longest word there. The texts are searched a batch at a time (a call per text costs more
        than the search; a call for a whole long document would hold every raw match in memory at once)."""
        hits: list[Hits] = []
        for first in range(0, len(texts), SCAN_BATCH):
            hits.extend(self._scan_batch(texts[first : first + SCAN_BATCH]))
        return hits

    def _scan_batch(self, texts: Sequence[str]) -> list[Hits]:
        """`scan` of a few texts, searched as one, each set off by newlines: no word holds one, and as
        no word character it leaves the boundaries at a text's edges as they are in the text alone."""
        joined = "\n" + "\n".join(texts) + "\n"
        longest: dict[int, int] = {}  # start in `joined` → index of the longest word there
        for index, start, end in self._automaton.find_matches_as_indexes(joined, overlapping=True):
            if (
                (before := joined[start - 1]).isalnum()
                or before == "_"
                or (after := joined[end]).isalnum()
                or after == "_"
            ):
                continue
            longest[start] = index  # matches come in the order of their ends: the longest last
        # every place in order, each dealt to its text: a text ends before the newline that sets it apart
        hits: list[list[tuple[int, str]]] = [[] for _ in texts]
        words, k, offset, text_end = self._words, 0, 1, 1 + len(texts[0]) if texts else 0
        for start in sorted(longest):
            while start > text_end:
                k += 1
                offset = text_end + 1
                text_end = offset + len(texts[k])
            hits[k].append((start - offset, words[longest[start]]))
        return [tuple(found) for found in hits]

    def search(self, name: str, hits: Hits) -> tuple[int, str] | None:
        """The first cue of list `name` in the scanned text, as `cue_pattern(words).search`: (offset, cue)."""
        longest = self.longest[name]
        for start, word in hits:
            cue = longest.get(word)
            if cue:
                return start, cue
        return None

    def findall(self, name: str, hits: Hits) -> list[str]:
        """The cues of list `name`, as `cue_pattern(words).findall`: left to right, none overlapping."""
        longest = self.longest[name]
        found: list[str] = []
        free = 0
        for start, word in hits:
            cue = longest.get(word) if start >= free else None
            if cue:
                found.append(cue)
                free = start + len(cue)
        return found
