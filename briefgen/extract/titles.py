"""Titles and roles: what a name run's words, the words before it and an appositive after it say a
person does.

- Leading title words split off as the role ("U.S. President Donald Trump"); a lowercase title before
  the run counts too ("Conservative leader Pierre Poilievre", "her German counterpart Karl Brandt"); a
  possessive is never a title ("Queen's Park").
- "the Foreign Secretary, David Lammy" or "Orban's spokesman, Zoltan Kovacs": the role before a comma.
- An appositive whose head is a role noun gives role, affiliation and credentials ("Laura Dawson,
  executive director of the Future Borders Coalition").
- A capitalised run right before a lowercase title qualifies it ("Senate Democratic leader Chuck
  Schumer") and is no name.
- A person is an expert when the role or credentials hold an expert word ("economist") or a former
  office ("a former trade negotiator").
Where it fails: a title after the name without a comma ("Lee, leader" is read, "Lee leader of ..." is
not); an appositive longer than 90 characters or with more than eight words is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice

from briefgen.extract import lexicon as lx
from briefgen.extract.document import (
    CONTEXT_CHARS,
    POSSESSIVE,
    TOKEN,
    Token,
    nearest_tokens_before,
    token_forms,
)
from briefgen.regex_cache import compiled
from briefgen.text.segment import Sentence

APPOSITIVE = compiled(
    r"^,\s+(?:(?:the|a|an)\s+)?(?P<owner>(?:[A-Z][\w.\-]*\s+){0,3}[\w.\-]+[’']s\s+)?(?P<role>(?:[^,.;:—()“”\"]|\.(?=\w|\s+[a-z])){2,90}?)"
    r"(?P<stop>[,;—]|\.(?!\w|\s+[a-z])|\s+(?:who|which|and\s+(?:a|an|the)|at|of|in|for|with|since)\s|$)"
)
AFFILIATION = compiled(
    r"^\s+(?:of|at|in|for|with)\s+(?:the\s+)?(?P<org>[^,.;—()]{2,80}?)(?=[,.;—]|\s+(?:who|and|which)\s|$)"
)
# Where an appositive's credentials end, and the article that may open them
CREDENTIALS_END = compiled(r",\s|[;—]|\.(?=\s+[A-Z]|\s*$)|\s+who\s")
LEADING_ARTICLE = compiled(r"^(?:the|a|an)\s+")
# "the Foreign Secretary, David Lammy", "Orban's spokesman, Zoltan Kovacs": the role before the comma
PRE_COMMA_TITLE = compiled(
    r"(?:^|\s)(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+|(?P<owner>[A-Z][\w.\-]*[’']s\s+))"
    r"(?P<role>(?:[\w.’'\-]+\s+){0,5}[\w.’'\-]+),\s*$"
)
NEXT_TOKEN = compiled(r"\s*(" + TOKEN.pattern + ")")  # the token after a position
TITLE_OR_ROLE_WORDS = lx.TITLE_WORDS | lx.ROLE_HEADS
DESCRIPTOR_TOKENS = 6  # how many words before a name a role may take
NEAR_CHARS = 40  # a window before a name that mostly holds DESCRIPTOR_TOKENS words
# Lowercase participles that qualify a role ("managing director", "acting governor").
DESCRIBING = lx.TITLE_MODIFIERS | frozenset("ruling governing leading founding presiding retired elected".split())
# The offices a title may name after "of" ("Secretary of State", "Minister of Finance", "Chancellor of the
# Exchequer" is read up to "the").
OFFICES = lx.TITLE_MODIFIERS | frozenset("exchequer affairs foreign state".split())
# "Kisha Roe, who works as a cabin cleaner at ...": a role told in a relative clause
WORKS_AS = compiled(
    r"^,\s+who\s+(?:works|worked|serves|served|is|was)\s+(?:as\s+)?(?:a|an|the)\s+"
    r"(?P<role>(?:[a-z\-]+\s+){0,3}?[a-z\-]+)(?=\s+(?:at|in|for|with|of|on|from)\b|[,.;]|$)"
)


def may_have_title_before(sentence: Sentence, position: int) -> bool:
    """False when the word right before `position` is plainly not a title or role word (the common case),
    so that the tokens before a name are only made when a title may be there. A word ending in a
    character other than a letter or a period ends in a token of its own (",", "”", "17"); "and" may
    follow a role given to two names, and any word may end a role with "of" ("director of energy
    research"). A title is never read over a possessive ("Carney’s"), a capitalised word that is no
    title ("Since"), a token opening with no letter, a word that ends a role ("on", "urged";
    `_may_end_title`), or an "and" after a word that is no name ("he and")."""
    end = position - sentence.start
    window = sentence.text[max(0, end - 40) : end]
    parts = window.rsplit(None, 1)
    if not parts:
        return False
    word = parts[-1]
    if word.isalpha():
        low = word.lower()
        if low == "and":
            return _may_be_names_before(window)
        if low in TITLE_OR_ROLE_WORDS:
            return True
        if " of " not in window:
            return False
    elif not (word[-1] == "." or word[-1].isalpha()):
        return False
    if end > 40 and len(window.rstrip()) == len(word):
        return True  # the window may have cut the word: its last token is not known
    return _may_end_title(TOKEN.findall(word)[-1])


def _may_end_title(nearest: str) -> bool:
    """Whether a title can be read back from the token right before a name: not from a possessive, a
    capitalised word or a token opening with no letter, unless it is a title itself ("Gov.", "3-star";
    `_title_before` and `descriptor_before` stop at such a word), nor "and" or "of" (which go on over
    the words before them)."""
    _, (_, low, possessive, capitalised) = token_forms(nearest)
    if low in ("and", "of") or is_title(low):
        return True
    if possessive or capitalised or not nearest[0].isalpha():
        return False
    return not (low in lx.DESCRIPTOR_STOPS or (low.endswith(("ed", "ing")) and low not in DESCRIBING))


def _may_be_names_before(window: str) -> bool:
    """Whether the "and" ending `window` may follow a name, whose role may be written before it ("cabinet
    ministers Ada Moyo and Bo Kasi"): not when the word before it ends in a token that is no capitalised
    word or a possessive ("he and"); `descriptor_before` reads on only over such names."""
    parts = window.rsplit(None, 2)
    if len(parts) < 3:
        return True  # the window may have cut the word before "and"
    _, (_, _, possessive, capitalised) = token_forms(TOKEN.findall(parts[1])[-1])
    return capitalised and not possessive


def title_context(sentence: Sentence, position: int) -> list[Token]:
    """The DESCRIPTOR_TOKENS tokens nearest before `position` (nearest first) among those of the
    CONTEXT_CHARS characters before it, the words a title before a name is read from. The NEAR_CHARS
    characters before it are tokenised first: the tokens of a window are the nearest of a wider
    one's, and most windows hold enough of them (tokenising all CONTEXT_CHARS costs more than the rest of
    reading a title)."""
    near = nearest_tokens_before(sentence, position, NEAR_CHARS, DESCRIPTOR_TOKENS)
    if len(near) == DESCRIPTOR_TOKENS or position - sentence.start <= NEAR_CHARS:
        return near
    return nearest_tokens_before(sentence, position, CONTEXT_CHARS, DESCRIPTOR_TOKENS)


def is_title(low: str) -> bool:
    """A title word, or a hyphenated title ("under-secretary", "vice-president", "president-elect")."""
    return low in lx.TITLE_WORDS or ("-" in low and any(part in lx.TITLE_WORDS for part in low.split("-")))


def _title_before(before: list[Token]) -> list[Token]:
    """The lowercase title words and modifiers written right before a run (`before` is nearest first, at
    most DESCRIPTOR_TOKENS), kept only when they hold a title word (not "the Conservative" alone); else a
    role written before the name (`descriptor_before`)."""
    if not before:
        return []
    extra: list[Token] = []
    for tok in before:
        low = tok.lower
        if tok.possessive:  # "Queen's Park", "the President's plan": no title of the name
            break
        if is_title(low) or (
            extra and (low in lx.TITLE_MODIFIERS or (tok.capitalised and low not in lx.SENTENCE_STARTERS))
        ):
            extra.insert(0, tok)
            continue
        break
    if any(is_title(t.lower) for t in extra):
        return extra
    return descriptor_before(before)


def descriptor_before(before: list[Token]) -> list[Token]:
    """A role written in lowercase right before a name (`before` is nearest first): a role noun and the
    words qualifying it ("senior policy adviser", "math teacher", "cabinet ministers"), or a role noun
    and what it is "of" ("director of telecoms research"), with the one capitalised word of an organisation
    or a country written before it ("BT chief executive", "Fiat boss"); before "and", the role of the name
    before ("cabinet ministers Ada Moyo and Bo Kasi"). Words of saying, function words and verbs end it."""
    if before and before[0].lower == "and":
        rest = before[1:]
        names = 0
        while names < len(rest) and names < 4 and rest[names].capitalised and not rest[names].possessive:
            names += 1
        return descriptor_before(rest[names:]) if names else []
    words: list[Token] = []
    owner: list[Token] = []  # the organisation or country written before the role ("BT chief executive")
    for tok in before:
        low = tok.lower
        if tok.capitalised and words and not owner and low not in lx.SENTENCE_STARTERS and not tok.possessive:
            owner = [tok]
            continue
        if tok.capitalised or tok.possessive or not tok.text[0].isalpha() or len(words) == DESCRIPTOR_TOKENS:
            break
        if (low in lx.DESCRIPTOR_STOPS and low != "of") or (low.endswith(("ed", "ing")) and low not in DESCRIBING):
            break
        if owner:
            break
        words.insert(0, tok)
    heads = [k for k, t in enumerate(words) if t.lower in lx.ROLE_HEADS or is_title(t.lower)]
    if not heads:
        return []
    head = heads[-1]
    if head < len(words) - 1 and words[head + 1].lower != "of":
        return []
    start = next((k for k in range(head) if words[k].lower != "of"), head)
    return owner + words[start:]


def split_title(run: list[Token], before: Iterable[Token]) -> tuple[list[Token], list[Token]]:
    """(title tokens, name tokens): the title is everything up to the last title word of the run (a
    capitalised role noun before a name of two words or more counts: "Superintendent Jo McKay"; "of" and
    an office after it belong to it: "Secretary of State Dana Reyes"), extended left over lowercase title
    words and modifiers written before the run (`before` is nearest first)."""
    last_title = -1
    for k, tok in enumerate(run[:-1]):
        if tok.possessive:
            continue
        if is_title(tok.lower) or (tok.lower in lx.ROLE_HEADS and len(run) - k > 2):
            last_title = k
            if k + 2 < len(run) - 1 and run[k + 1].lower == "of" and run[k + 2].lower in OFFICES:
                last_title = k + 2
    before = list(islice(before, DESCRIPTOR_TOKENS))
    if last_title < 0 and len(run) > 2 and run[0].lower in OFFICES and _title_of(before):
        # "Secretary of State Dana Reyes": the run starts after "of", with the office
        return _title_before(before[1:]) + [before[0]] + run[:1], list(run[1:])
    title, name = list(run[: last_title + 1]), list(run[last_title + 1 :])
    return _title_before(before) + title, name


def _title_of(before: list[Token]) -> bool:
    """Whether the words before a run are a title and "of" ("Secretary of ", "Minister of ")."""
    return len(before) > 1 and before[0].lower == "of" and is_title(before[1].lower)


def role_text(tokens: list[Token]) -> str:
    words = [t.bare for t in tokens if t.lower not in lx.HONORIFICS]
    return " ".join(words)


def appositive_role(paragraph: str, end: int) -> tuple[str | None, str | None, str | None]:
    """(role, affiliation, credentials) from an appositive right after a name, if its head is a role noun."""
    if not paragraph.startswith(",", end):  # an appositive opens with a comma: most names have none
        return None, None, None
    tail = paragraph[end : end + 240]
    works = WORKS_AS.match(tail)
    if works and any(w in lx.ROLE_NOUNS or w in lx.ROLE_HEADS for w in works.group("role").split()):
        return works.group("role"), None, None
    match = APPOSITIVE.match(tail)
    if not match:
        return None, None, None
    role = match.group("role").strip()
    words = role.lower().split()
    if not words or len(words) > 8 or not any(w.strip(".") in lx.ROLE_NOUNS for w in words):
        return None, None, None
    if words[0] in lx.SENTENCE_STARTERS or words[0] in lx.REPORTING_VERBS:
        return None, None, None
    owner = (match.group("owner") or "").strip()
    affiliation = POSSESSIVE.sub("", owner).strip() or None
    aff = AFFILIATION.match(tail[match.end("role") :])
    if aff and not affiliation:
        affiliation = aff.group("org").strip()
    cred_end = CREDENTIALS_END.search(tail[2:])
    credentials = tail[2 : 2 + cred_end.start()] if cred_end else tail[2:]
    credentials = LEADING_ARTICLE.sub("", credentials.strip())
    return role, affiliation, credentials or None


def pre_comma_role(before: str) -> str | None:
    """The role written before a comma that ends `before` ("the Foreign Secretary, " → "Foreign
    Secretary", "Orban's spokesman, " → "Orban's spokesman") when it holds a title word."""
    if not before.rstrip().endswith(","):
        return None
    match = PRE_COMMA_TITLE.search(before)
    if match and any(is_title(w.lower()) or w.lower() in lx.ROLE_HEADS for w in match.group("role").split()):
        return (match.group("owner") or "") + match.group("role")
    return None


def modifies_a_title(sentence: Sentence, last: Token) -> bool:
    """Whether the words right after a run are a lowercase title ("leader", "press secretary"): then
    the run qualifies that title ("Senate Democratic leader", "White House press secretary") and is
    no name. Where it fails: a name followed by a bare title without a comma ("Lee leader of ...")."""
    text, position = sentence.text, last.end - sentence.start
    for _ in range(3):  # the tokens after the run (`tokens_after`), each read as it is matched
        word = NEXT_TOKEN.match(text, position)
        if not word or not word.group(1).islower():
            return False
        low = token_forms(word.group(1))[1][1]
        if low in lx.TITLE_WORDS:
            return True
        if low not in lx.TITLE_MODIFIERS:
            return False
        position = word.end()
    return False


@lru_cache(maxsize=4096)  # a person's role recurs with each mention
def is_expert(role: str | None, credentials: str | None) -> bool:
    text = f" {role or ''} {credentials or ''} ".lower()
    words = set(re.findall(r"[a-z\-]+", text))
    return bool(words & lx.EXPERT_WORDS) or any(f" {p}" in text for p in lx.EXPERT_PREFIXES)
