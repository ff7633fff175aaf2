"""The entity pass's speed shortcuts give exactly what their plain definitions give (hypothesis, bounded and
derandomized; see tests/test_fast_paths.py for the rule on shortcuts):
- name runs found from capitalised groups are the name runs of the whole sentence's tokens, and a group's
  first letter is found by a cheap range check that the class of capitals then confirms;
- the pronoun pattern finds the tokens that are pronouns;
- `may_have_title_before` never rules out a title word that is there, nor any title the words before a run
  give; the title is read from the nearest tokens of a short window as from those of the whole one; the
  words after a run, matched one token at a time, and the owner before it, checked first by its ending, read
  as their tokens do; the words joined by "and" before an organisation are looked for only after "and"."""

from __future__ import annotations

import re
from itertools import islice

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.extract import document, mentions, name_runs, people, titles
from briefgen.extract import lexicon as lx
from briefgen.text.patterns import fold
from briefgen.text.segment import Sentence

BUDGET = settings(max_examples=300, deadline=None, derandomize=True)

NAME_TEXT_WORDS = [
    "Prime",
    "Minister",
    "Mark",
    "Carney",
    "Carney’s",
    "Trump's",
    "U.S.",
    "Canada-U.S.",
    "Mr.Trump",
    "de",
    "van",
    "of",
    "for",
    "Bank",
    "Office",
    "Ministry",
    "the",
    "said",
    "leader",
    "Conservative",
    "Zoë",
    "Élysée",
    "ße",
    "İstanbul",
    "O'Neil",
    "Denver-based",
    "Since",
    "January",
    ",",
    ".",
    "“",
    "”",
    "(",
    ")",
    "—",
    "he",
    "He",
    "his",
    "her",
    "hers",
    "she's",
    "he.",
    "17",
    "x" * 50,
    "according",
    "to",
    "Gov.",
    "Sen.",
    "(President",
    "“Minister",
    "—Trump",
    "'Trump",
    "word--Word",
    "and",
]
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\u00a0", "\t"])


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(NAME_TEXT_WORDS), min_size=1, max_size=30))
    text = words[0]
    for word in words[1:]:
        text += draw(SEPARATORS) + word
    return text.strip() or "x"


def sentence_of(text: str) -> Sentence:
    return Sentence(paragraph=1, index=1, text=text, start=7)


def sentence_and_tokens(text: str) -> tuple[Sentence, list[document.Token]]:
    """The one sentence of `text`, and all its tokens (at their paragraph offsets)."""
    sentence = sentence_of(text)
    return sentence, document.tokenize(text, sentence.start)


def capital_groups(sentence: Sentence) -> list[list[document.Token]]:
    """The sentence's capitalised tokens in groups (see CAPITAL_GROUP), each whole: the plain definition
    that `sentence_runs` shortcuts. A word that only looked capitalised ("ße") splits its group."""
    groups: list[list[document.Token]] = []
    for match in name_runs.CAPITAL_GROUP.finditer(sentence.text):
        text = match.group(0)
        if not match.group(1):  # one word
            if text[0].isupper():
                groups.append([document.make_token(text, sentence.start + match.start())])
            continue
        groups.extend(name_runs.group_tokens(text, sentence.start + match.start()))
    return groups


def test_a_capital_group_starts_at_the_characters_of_the_capital_class() -> None:
    every_character = "".join(map(chr, range(0x110000)))
    first_capital = re.compile(name_runs.FIRST_CAPITAL)
    assert first_capital.findall(every_character) == re.findall(r"[^\W\d_a-z]", every_character)


@BUDGET
@given(text=sentences())
def test_runs_from_capital_groups_are_the_runs_of_all_tokens(text: str) -> None:
    sentence, tokens = sentence_and_tokens(text)
    expected = [[t.text for t in tokens[i:j]] for i, j in name_runs.name_runs(tokens)]
    found = [[t.text for t in group[i:j]] for group in capital_groups(sentence) for i, j in name_runs.name_runs(group)]
    assert found == expected


@BUDGET
@given(text=sentences())
def test_sentence_runs_are_the_stripped_runs_of_all_tokens(text: str) -> None:
    sentence, tokens = sentence_and_tokens(text)
    expected = []
    for i, j in name_runs.name_runs(tokens):
        run = tokens[i:j]
        stripped = name_runs.strip_edges(run)
        if stripped or len(run) > 1:
            expected.append((run, stripped))
    expected_counts: dict[str, int] = {}
    for group in capital_groups(sentence):
        if len(group) == 1 and group[0].start != sentence.start:
            expected_counts[group[0].lower] = expected_counts.get(group[0].lower, 0) + 1
    counts: dict[str, int] = {}
    found = name_runs.sentence_runs(sentence, counts)
    assert found == expected  # the same tokens, offsets and forms
    assert counts == expected_counts


@BUDGET
@given(text=sentences())
@example(text="She told him that she and he met her; his aide, not hers, said she'd go. Shepherds ushered her.")
def test_pronoun_pattern_finds_pronoun_tokens(text: str) -> None:
    expected = [(t.start, t.end) for t in document.tokenize(text) if t.text.lower() in lx.PERSON_PRONOUNS]
    found = sorted(m.span() for pattern in mentions.PRONOUNS for m in pattern.finditer(fold(text)))
    assert found == expected


@BUDGET
@given(text=sentences())
def test_a_title_word_before_a_name_is_never_ruled_out(text: str) -> None:
    sentence, tokens = sentence_and_tokens(text)
    for k, token in enumerate(tokens):
        if k and tokens[k - 1].lower in lx.TITLE_WORDS:
            assert titles.may_have_title_before(sentence, token.start)


# Words around a name that a title, a role or an owner is read from.
TITLE_TEXT_WORDS = NAME_TEXT_WORDS + [
    "director",
    "spokesman",
    "chief",
    "executive",
    "former",
    "press",
    "secretary",
    "research",
    "President",
    "President’s",
    "Leaders’",
    "Director",
    "vice-president",
    "3-president",
    "co-founder",
    "Of",
    "And",
    "on",
    "urged",
    "retired",
    "managing",
    "x" * 30,
]


@st.composite
def title_sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(TITLE_TEXT_WORDS), min_size=1, max_size=30))
    return " ".join(words)


@BUDGET
@given(text=title_sentences())
@example(text="the director of retired Zed Marlo met spokesman Ada Moyo and Bo Kasi")
def test_a_title_ruled_out_before_a_run_reads_as_none(text: str) -> None:
    sentence, tokens = sentence_and_tokens(text)
    for k, token in enumerate(tokens):
        if not titles.may_have_title_before(sentence, token.start):
            for run in (tokens[k : k + 1], tokens[k : k + 2], tokens[k : k + 3]):
                before = document.tokens_before(sentence, token.start)
                assert titles.split_title(run, before) == titles.split_title(run, [])


@BUDGET
@given(text=title_sentences())
def test_title_context_is_the_nearest_tokens_before(text: str) -> None:
    sentence, tokens = sentence_and_tokens(text)
    for token in tokens:
        expected = list(islice(document.tokens_before(sentence, token.start), titles.DESCRIPTOR_TOKENS))
        assert titles.title_context(sentence, token.start) == expected


@BUDGET
@given(text=title_sentences())
def test_the_words_after_a_run_are_read_as_all_three_are(text: str) -> None:
    sentence, tokens = sentence_and_tokens(text)
    for token in tokens:
        expected = False
        for after in document.tokens_after(sentence, token.end, 3):
            if not after.text.islower() or after.lower in lx.TITLE_WORDS:
                expected = after.text.islower()
                break
            if after.lower not in lx.TITLE_MODIFIERS:
                break
        assert titles.modifies_a_title(sentence, token) == expected


@BUDGET
@given(text=title_sentences())
@example(text="with the Leaders’ Ada Moyo and Bank's Bo Kasi")
def test_an_owner_before_a_name_is_found_as_in_its_tokens(text: str) -> None:
    sentence, tokens = sentence_and_tokens(text)
    for token in tokens:
        before = list(islice(document.tokens_before(sentence, token.start, 40), 2))
        expected = None
        if before and before[0].possessive and before[0].capitalised:
            if not (len(before) > 1 and before[1].capitalised and before[1].lower not in lx.SENTENCE_STARTERS):
                expected = before[0].bare
        assert people.owner_before(sentence, token.start) == expected


@BUDGET
@given(text=title_sentences())
@example(text="the Food and Drug Administration and  Bank of Canada")
def test_words_joined_before_an_organisation_end_in_and(text: str) -> None:
    for end in range(len(text) + 1):
        start = max(0, end - 40)
        if people.JOINED_BEFORE.search(text, start, end):
            assert text[start:end].rstrip().endswith("and")
