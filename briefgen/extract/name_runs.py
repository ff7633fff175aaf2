"""Name runs: the sequences of capitalised words in a sentence that may name someone or something.

A *name run* is a sequence of capitalised tokens in one sentence, with up to two lowercase particles
("Ursula von der Leyen") or, after an organisation head, a connector ("Bank of Canada"); possessives
end a run, except before an organisation head ("Prime Minister's Office"). Days and months are never
part of one. Leading words that only open a sentence ("Since") or place a name ("Denver-based") are
stripped from a run's edge.
Where it fails: a name written in lowercase ("bell hooks") is no run; a capitalised word opening a
sentence is a run when it is no sentence starter ("Talks resumed" gives "Talks", which the entity rules
then find no evidence for).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract import lexicon as lx
from briefgen.extract.document import Token, make_token, placed_token, token_forms
from briefgen.extract.lexicon import first_names as fn
from briefgen.regex_cache import compiled
from briefgen.text.patterns import word_alternation
from briefgen.text.segment import Sentence

# A name run, and the same run without its leading edge words (`strip_edges`).
RunPair = tuple[list[Token], list[Token]]


def starts_token(read: int) -> str:
    """Lookbehinds checked after the first `read` characters of a token: it starts no token inside a
    word, nor after joiners that glue it to one ("U.S.-Canada", "Mr.Trump"); chains of more than three
    joiners are not looked behind. (A pattern that opens with a character class lets the regex engine
    skip ahead quickly; one that opens with lookbehinds is tried at every position. After a literal
    word, the lookbehinds run only where the whole word is there.) After whitespace, where most tokens
    start, one lookbehind stands for the four: none of them can hold there."""
    ahead = "." if read == 1 else f".{{{read}}}"
    not_joined = "".join(f"(?<!{before}{ahead})" for before in (r"\w", r"\w[’'.&-]", r"\w[’'.&-]{2}", r"\w[’'.&-]{3}"))
    return rf"(?:(?<=\s{ahead})|{not_joined})"


ENDS_TOKEN = r"(?!\w|[’'.&-]+\w|\.)"
# A token that may be capitalised: it starts with a letter that is not ASCII lowercase (checked with
# str.isupper after the match, since `re` has no class for Unicode capitals).
_CAPITAL_REST = r"\w*(?:[’'.\-&]+\w+)*\.?"
_CAPITAL = r"[^\W\d_a-z]" + _CAPITAL_REST
# The first letter of a capital group: an ASCII capital or any non-ASCII character, then checked against the
# class of `_CAPITAL` by a lookbehind (the scan for two ranges is cheaper than for the Unicode word class).
FIRST_CAPITAL = r"[A-Z\u0080-\U0010FFFF](?<=[^\W\d_a-z])"
_RUN_JOINERS = lx.NAME_PARTICLES | lx.ORG_CONNECTORS
_JOINER = word_alternation(_RUN_JOINERS)
# Capitalised tokens that only whitespace separates, or a lowercase name particle or connector
# ("Ludwig van Beethoven", "Bank of Canada"): every name run lies inside one such group. (The space after a word
# is read once, before any particle: after most words neither a particle nor a capital follows.)
CAPITAL_GROUP = compiled(
    FIRST_CAPITAL + starts_token(1) + _CAPITAL_REST + rf"((?:\s+(?:(?:{_JOINER})\s+){{0,2}}{_CAPITAL})*)"
)


def group_tokens(text: str, start: int) -> list[list[Token]]:
    """The tokens of a CAPITAL_GROUP match of several words, split where a word is not capitalised."""
    groups: list[list[Token]] = []
    group: list[Token] = []
    at = 0
    for word in text.split():  # the words of a group: only whitespace separates them
        at = text.index(word, at)
        if word[0].isupper() or (group and word in _RUN_JOINERS):
            group.append(make_token(word, start + at))
        elif group:
            groups.append(group)
            group = []
        at += len(word)
    if group:
        groups.append(group)
    return groups


def sentence_runs(sentence: Sentence, counts: dict[str, int]) -> list[RunPair]:
    """The name runs of the capital groups of a sentence, each with its edges stripped
    (`strip_edges`), leaving out a one-word run that only opens the sentence ("Since"). Each
    capitalised word standing alone (a group of its own) and not opening the sentence is counted in
    `counts` under its lowercase form: "Dawson" used alone, not "Democratic" of "Senate Democratic"."""
    base = sentence.start
    runs: list[RunPair] = []
    for match in CAPITAL_GROUP.finditer(sentence.text):
        text, more = match.group(0, 1)
        start = base + match.start()
        if not more:  # most groups are one word: its run is the word itself, if it is a name word
            lone = _lone_word(text)
            if lone is None:
                continue
            looked_up, is_run = lone
            if start != base:
                low = looked_up[1][1]
                counts[low] = counts.get(low, 0) + 1
            if is_run:
                run = [placed_token(looked_up, start)]
                runs.append((run, run))
            continue
        for group in group_tokens(text, start):
            if len(group) == 1 and group[0].start != base:
                counts[group[0].lower] = counts.get(group[0].lower, 0) + 1
            for i, j in name_runs(group):
                run = group[i:j]
                stripped = strip_edges(run)
                if stripped or len(run) > 1:
                    runs.append((run, stripped))
    return runs


@lru_cache(maxsize=1 << 16)  # the same words recur
def _lone_word(text: str) -> tuple[tuple[str, tuple[str, str, bool, bool]], bool] | None:
    """What `sentence_runs` needs of a capital group of one word: its `token_forms`, and whether it is a
    name run that `strip_edges` keeps; None for a word that only looks capitalised to CAPITAL_GROUP ("ße")."""
    if not text[0].isupper():
        return None
    looked_up = token_forms(text)
    token = placed_token(looked_up, 0)
    return looked_up, is_name_word(token) and bool(strip_edges([token]))


def is_name_word(token: Token) -> bool:
    return token.capitalised and token.text[0].isalpha() and token.lower not in lx.CALENDAR_WORDS


def _particles_end(tokens: list[Token], j: int) -> int | None:
    """Where a name goes on after one or two particles at `j`, each one space from the next word ("van
    Gogh", "von der Leyen"); None when no name word follows them."""
    n, k = len(tokens), j + 1
    if k < n and tokens[k].text.lower() in lx.NAME_PARTICLES and tokens[k - 1].end + 1 >= tokens[k].start:
        k += 1
    if not (k < n and is_name_word(tokens[k]) and tokens[k - 1].end + 1 >= tokens[k].start):
        return None
    return k


def _month_surname(prev: Token, tok: Token) -> bool:
    """A month's name that is a surname after a first name or an honorific ("Theresa May", "Ms. May")."""
    return (
        tok.capitalised
        and tok.lower in lx.MONTH_SURNAMES
        and not prev.possessive
        and (prev.lower in fn.FEMALE_FIRST_NAMES or prev.lower in fn.MALE_FIRST_NAMES or prev.lower in lx.HONORIFICS)
    )


def _run_end(tokens: list[Token], i: int) -> int:
    """The end of the name run that starts at token `i`."""
    j, n = i + 1, len(tokens)
    while j < n:
        prev, tok = tokens[j - 1], tokens[j]
        if prev.possessive and not (tok.capitalised and tok.lower in lx.ORG_HEADS):
            break
        if is_name_word(tok) and not tok.lower.endswith("-based"):
            j += 1
        elif _month_surname(prev, tok):
            j += 1
        elif tok.text.lower() in lx.NAME_PARTICLES:
            after = _particles_end(tokens, j)
            if after is None:
                break
            j = after
        elif (
            tok.text.lower() in lx.ORG_CONNECTORS
            and j + 1 < n
            and is_name_word(tokens[j + 1])
            and prev.lower in lx.ORG_HEADS
        ):
            j += 1
        else:
            break
    return j


def name_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of capitalised runs; possessives end a run unless an org head follows."""
    runs, i, n = [], 0, len(tokens)
    while i < n:
        if not is_name_word(tokens[i]):
            i += 1
            continue
        j = _run_end(tokens, i)
        runs.append((i, j))
        i = j
    return runs


def strip_edges(run: list[Token]) -> list[Token]:
    """Drop leading words that start a sentence ("Since", "While") or place a name ("Denver-based")."""
    while run and (run[0].lower in lx.SENTENCE_STARTERS or run[0].lower.endswith("-based")):
        run = run[1:]
    return run


@dataclass(frozen=True)
class DocumentRuns:
    """The name runs of every sentence of a document (`sentence_runs`), and how often each capitalised
    word stands alone, not opening a sentence ("Dawson" used alone is someone's surname)."""

    by_sentence: list[list[RunPair]]
    single_counts: dict[str, int]


def document_runs(sentences: list[Sentence]) -> DocumentRuns:
    counts: dict[str, int] = {}
    return DocumentRuns([sentence_runs(sentence, counts) for sentence in sentences], counts)
